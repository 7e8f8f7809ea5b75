"""Entity identity within an article: one id per person, whatever part of the name the text
uses later; our own sentences in both languages (not taken from an evaluation set).

- a short form of a name named before in full is the same person: the family name with a
  title ("Minister Guler"), a compound family name in either spelling ("يار الله",
  "Yarallah"), the first name of a "bin" chain ("Prince Abdulaziz"), first + last name
  without the middle ones;
- newspapers that write the article as a word of its own ("Mohammed Shia Al Sudani",
  "Hadi Al Amiri") name the known person, not two people;
- never merged: two people who share a family name (Masoud / Masrour Barzani, Bafel / Qubad
  Talabani, two new people of one family), a father's name after "bin" ("King Salman" is not
  "Khalid bin Salman");
- a description ("the Iranian general", "الجنرال الإيراني", "السفير") is the person the
  article is about among those who fit, not simply the last one named;
- "Sulaimani" is the city in a dateline or after "in/to/near", the person with a first name
  or once the article has named him.
"""

import pytest

from loaders.extract.rules import RuleExtractor
from tests.extract_support import MW, SO, assert_relations

QAANI, SOL = "person:esmail-qaani", "person:qasem-soleimani"
SUDANI, AMIRI = "person:mohammed-shia-al-sudani", "person:hadi-al-amiri"
MASOUD, MASROUR = "person:masoud-barzani", "person:masrour-barzani"
BAFEL, QUBAD = "person:bafel-talabani", "person:qubad-talabani"
SULAY = "location:sulaymaniyah"


@pytest.fixture(scope="module")
def extractor():
    return RuleExtractor()


def _ids_by_surface(doc: dict, text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for e in doc["entities"]:
        for a, b in e.get("mentions") or []:
            out.setdefault(text[a:b], set()).add(e["id"])
    return out


def _id_at(doc: dict, text: str, surface: str, name: str) -> str:
    """The one id of the person mentions inside the (unique) occurrence of *surface*."""
    assert text.count(surface) == 1, f"{name}: {surface!r} must occur once in the text"
    lo = text.index(surface)
    hi = lo + len(surface)
    hits = {e["id"] for e in doc["entities"] if e["type"] == "Person"
            for a, b in e.get("mentions") or [] if a < hi and lo < b}
    assert len(hits) == 1, f"{name}: {surface!r} -> {sorted(hits)}"
    return next(iter(hits))


# (name, text, surfaces that must name ONE id, surfaces that must name DIFFERENT ids)
SAME_CASES = [
 ("title_surname_after_full_en",
  "Turkish Defence Minister Yasar Guler met his Iraqi counterpart in Ankara on Monday. "
  "Minister Guler said the two armies would share intelligence.",
  ["Yasar Guler", "Minister Guler"], []),
 ("general_surname_after_full_en",
  "Jordan's army chief, Major General Yousef Ahmed al-Hunaiti, arrived in Baghdad on Sunday. "
  "General Hunaiti was received at the defence ministry.",
  ["Yousef Ahmed al-Hunaiti", "General Hunaiti"], []),
 ("prince_first_name_of_bin_chain_en",
  "Saudi Interior Minister Prince Faisal bin Turki bin Nasser arrived in Baghdad. "
  "Prince Faisal then held talks with Iraqi officials.",
  ["Faisal bin Turki bin Nasser", "Prince Faisal then"], []),
 ("first_and_last_without_middle_en",
  "Syrian chief of staff General Jamal Kamel Youssef Darwish arrived in Tehran. "
  "General Jamal Darwish later visited a drone factory.",
  ["Jamal Kamel Youssef Darwish", "Jamal Darwish"], []),
 ("compound_family_joined_en",
  "Iraqi army chief of staff Lieutenant General Abdul Amir Rashid Yar Allah flew to Tehran. "
  "General Yarallah said the border pact was working.",
  ["Abdul Amir Rashid Yar Allah", "Yarallah"], []),
 ("compound_family_ar",
  "وصل رئيس أركان الجيش العراقي الفريق أول ركن عبد الأمير رشيد يار الله إلى طهران. "
  "وكان يار الله قد التقى أمس وزير الدفاع العراقي.",
  ["عبد الأمير رشيد يار الله", "وكان يار الله"], []),
 ("spaced_article_known_en",
  "Prime Minister Mohammed Shia Al Sudani met Fatah leader Hadi Al Amiri in Baghdad. "
  "Mr Al Sudani later spoke to reporters.",
  ["Mohammed Shia Al Sudani", "Mr Al Sudani"], ["Mohammed Shia Al Sudani", "Hadi Al Amiri"]),
 ("same_family_known_en",
  "KDP leader Masoud Barzani hosted a dinner in Erbil for Prime Minister Masrour Barzani.",
  [], ["Masoud Barzani", "Masrour Barzani"]),
 ("same_family_known_talabani_en",
  "PUK leader Bafel Talabani and Deputy Prime Minister Qubad Talabani met in Sulaimani.",
  [], ["Bafel Talabani", "Qubad Talabani"]),
 ("same_family_new_people_en",
  "Kurdish commander Karwan Hamid Shwani met Turkish envoy Sherko Shwani in Erbil.",
  [], ["Karwan Hamid Shwani", "Sherko Shwani"]),
 ("same_family_new_people_ar",
  "التقى القائد الكردي كاروان حميد شواني المبعوث التركي شيركو شواني في أربيل.",
  [], ["كاروان حميد شواني", "شيركو شواني"]),
 ("bin_father_is_not_the_son_en",
  "Saudi Defence Minister Prince Khalid bin Salman carried a letter from King Salman.",
  [], ["Khalid bin Salman", "King Salman"]),
]


@pytest.mark.parametrize("name,text,same,different", SAME_CASES,
                         ids=[c[0] for c in SAME_CASES])
def test_one_id_per_person(extractor, name, text, same, different):
    doc = extractor.extract(text)
    if same:
        ids = {_id_at(doc, text, s, name) for s in same}
        assert len(ids) == 1, f"{name}: {same} -> {sorted(ids)}"
    if different:
        ids = [_id_at(doc, text, s, name) for s in different]
        assert len(set(ids)) == len(ids), f"{name}: {different} -> {ids}"


def test_spaced_article_is_the_known_person(extractor):
    text = "Prime Minister Mohammed Shia Al Sudani received Hadi Al Amiri in Baghdad."
    ids = {e["id"] for e in extractor.extract(text)["entities"]}
    assert {SUDANI, AMIRI} <= ids
    assert not any(i.startswith(("person:mohammed-shia", "person:hadi")) and
                   i not in (SUDANI, AMIRI) for i in ids), sorted(ids)


def test_partial_name_relation_goes_to_the_full_person(extractor):
    text = ("Saudi Defence Minister Prince Khalid bin Salman met President Masoud Pezeshkian "
            "in Tehran on Thursday. Prince Khalid later held talks with Mohammad Bagheri.")
    doc = extractor.extract(text)
    persons = {e["id"] for e in doc["entities"] if e["type"] == "Person"}
    assert "person:khalid" not in persons
    assert_relations(doc, "prince_khalid", [MW("person:khalid-bin-salman",
                                               "person:mohammad-bagheri")], [])


# (name, text, relations that must be found, relations that must NOT be found)
DESC_CASES = [
 ("iranian_general_is_the_subject_en",
  "Esmail Qaani, the Quds Force commander, flew into Baghdad on Monday. Qaani, who succeeded "
  "Qasem Soleimani in 2020, has visited Iraq often. The Iranian general was received by "
  "Prime Minister Mohammed Shia al-Sudani.",
  [MW(QAANI, SUDANI)], [MW(SOL, SUDANI)]),
 ("iranian_general_is_the_subject_ar",
  "زار قائد فيلق القدس إسماعيل قاآني بيروت سراً في أول زيارة له منذ تسلّمه منصبه خلفاً "
  "للجنرال قاسم سليماني. وأوضحت المصادر أن الجنرال الإيراني اجتمع بالأمين العام لحزب الله "
  "نعيم قاسم.",
  [MW(QAANI, "person:naim-qassem")], [MW(SOL, "person:naim-qassem")]),
 ("only_one_iranian_named_en",
  "Iranian Foreign Minister Abbas Araghchi arrived in Baghdad on Sunday. The Iranian minister "
  "met Prime Minister Mohammed Shia al-Sudani.",
  [MW("person:abbas-araghchi", SUDANI)], []),
 ("ambassador_new_not_predecessor_ar",
  "قدّم السفير الأردني الجديد لدى العراق ماهر الطراونة أوراق اعتماده إلى الرئيس العراقي، "
  "خلفاً للسفير منتصر الزعبي. ونقل الطراونة تحيات العاهل الأردني. وكان السفير قد التقى وزير "
  "الخارجية فؤاد حسين.",
  [MW("person:maher-al-tarawna", "person:fuad-hussein")],
  [MW("person:mantasr-al-zabi", "person:fuad-hussein")]),
]


@pytest.mark.parametrize("name,text,must,must_not", DESC_CASES,
                         ids=[c[0] for c in DESC_CASES])
def test_description_is_the_salient_person(extractor, name, text, must, must_not):
    assert_relations(extractor.extract(text), name, must, must_not)


# (name, text, surface, expected id)
PLACE_PERSON_CASES = [
 ("dateline_city_en", "SULAIMANI, Kurdistan Region - Bafel Talabani met a US delegation.",
  "SULAIMANI", SULAY),
 ("in_city_en", "Qaani made an unannounced stop in Sulaimani on Tuesday.", "Sulaimani", SULAY),
 ("to_city_en", "Bafel Talabani flew from Erbil to Sulaimani on Monday.", "Sulaimani", SULAY),
 ("city_province_en", "Three fighters were killed in a drone strike in Sulaimani province.",
  "Sulaimani", SULAY),
 ("person_with_first_name_en",
  "Qaani took over after Qassim Sulaimani was killed in a US strike.", "Qassim Sulaimani", SOL),
 ("person_named_before_en",
  "Qaani succeeded Qasem Soleimani in 2020. Sulaimani had led the force for two decades.",
  "Sulaimani", SOL),
 ("city_ar", "السليمانية - قتل ثلاثة مسلحين بغارة لطائرة مسيرة في محافظة السليمانية.",
  "السليمانية", SULAY),
]


@pytest.mark.parametrize("name,text,surface,eid", PLACE_PERSON_CASES,
                         ids=[c[0] for c in PLACE_PERSON_CASES])
def test_city_or_person(extractor, name, text, surface, eid):
    by = _ids_by_surface(extractor.extract(text), text)
    assert by.get(surface) == {eid}, f"{name}: {surface!r} -> {by.get(surface)}; {by}"


def test_stop_in_city_does_not_give_the_person_a_meeting(extractor):
    text = ("SULAIMANI, Kurdistan Region - Iran's Quds Force chief Ismael Qaani made an "
            "unannounced stop in Sulaimani on Tuesday, where he met PUK President Bafel "
            "Talabani. Qaani succeeded Qasem Soleimani in 2020.")
    doc = extractor.extract(text)
    assert_relations(doc, "sulaimani_stop", [MW(QAANI, BAFEL), SO(QAANI, SOL)],
                     [MW(SOL, BAFEL)])


# step 2: honorifics, aliases in parentheses, a family name shared in the article, the
# object noun after a name
STEP2_SAME = [
 ("alias_in_parentheses_ar",
  "والتقى قائد فيلق القدس الأمين العام لكتائب سيد الشهداء فالح جبار الساعدي (أبو تراب) "
  "في بغداد. وقال أبو تراب إن اللقاء كان مثمراً.",
  ["فالح جبار الساعدي", "(أبو تراب)"], []),
 ("alias_in_parentheses_en",
  "Qaani also met the Kataib Sayyid al-Shuhada chief Falih Jabbar al-Saadi (Abu Turab) in "
  "Baghdad.",
  ["Falih Jabbar al-Saadi", "Abu Turab"], []),
 ("family_name_of_the_person_named_en",
  "Israel said it had killed Mohammed Sinwar, the brother of the slain leader Yahya Sinwar. "
  "An air strike in Khan Younis killed Sinwar along with an aide.",
  ["Mohammed Sinwar", "killed Sinwar"], ["Mohammed Sinwar", "Yahya Sinwar"]),
 ("family_name_most_named_en",
  "KDP leader Masoud Barzani met Prime Minister Masrour Barzani in Erbil. Masrour Barzani then "
  "flew to Ankara, where Barzani met Turkish officials.",
  ["Masrour Barzani in", "where Barzani"], ["Masoud Barzani", "Masrour Barzani in"]),
]


@pytest.mark.parametrize("name,text,same,different", STEP2_SAME,
                         ids=[c[0] for c in STEP2_SAME])
def test_one_id_per_person_step2(extractor, name, text, same, different):
    test_one_id_per_person(extractor, name, text, same, different)


# (name, text, person ids that must be found, id prefixes that must not)
HONORIFIC_CASES = [
 ("ayatollah_uzma_ar",
  "كما استقبل قائد الثورة آية الله العظمى السيد علي الخامنئي السلطان العماني في طهران.",
  ["person:ali-khamenei"], ["person:aya", "person:ayat"]),
 ("hujjat_al_islam_ar",
  "وقال ممثل المرشد في الحرس الثوري حجة الإسلام عبد الله حاجي صادقي إن الحرس جاهز.",
  ["person:abdullah-hajji-sadqi"], ["person:haja", "person:hujja", "person:hojja"]),
 ("hojatoleslam_en",
  "Iran's representative in the Quds Force, Hojatoleslam Mohsen Qomi, met Hezbollah officials "
  "in Beirut.",
  ["person:mohsen-qomi"], ["person:hojatoleslam"]),
 ("object_noun_after_name_ar",
  "كما استقبل محافظ كرمان مهران فاطمي الوفدَ العراقي ورئيسه.",
  [], ["person:mahran-fatmi-al", "person:mehran-fatemi-al"]),
 ("topic_noun_after_name_ar",
  "وبحث وزير الداخلية مع قائد حرس الحدود العميد حسين كريمي آليات ضبط الحدود.",
  [], ["person:hussein-karimi-al", "person:hussein-karimi-aliat", "person:husain-karimi-aliat"]),
]


@pytest.mark.parametrize("name,text,must,must_not", HONORIFIC_CASES,
                         ids=[c[0] for c in HONORIFIC_CASES])
def test_honorifics_and_objects_are_no_names(extractor, name, text, must, must_not):
    ids = {e["id"] for e in extractor.extract(text)["entities"]}
    for eid in must:
        assert eid in ids, f"{name}: missing {eid}; got {sorted(ids)}"
    for prefix in must_not:
        assert not any(i.startswith(prefix) for i in ids), f"{name}: {sorted(ids)}"


@pytest.mark.parametrize("text,name", [
    ("وبحث وزير الداخلية مع قائد حرس الحدود العميد حسين كريمي آليات ضبط الحدود.", "حسين كريمي"),
    ("كما استقبل محافظ كرمان مهران فاطمي الوفدَ العراقي ورئيسه.", "مهران فاطمي"),
])
def test_object_noun_ends_the_name(extractor, text, name):
    doc = extractor.extract(text)
    names = {text[a:b] for e in doc["entities"] if e["type"] == "Person"
             for a, b in e.get("mentions") or []}
    assert name in names, names


# step 3 (gazetteer data): countries named by their people, well-known officials in Arabic
DATA_CASES = [
 ("americans_as_agent_ar",
  "وقال المتحدث إن القائد الذي اغتاله الأميركيون قرب مطار بغداد سيبقى رمزاً.",
  ["country:united-states"]),
 ("americans_plural_oblique_ar",
  "وذكّر المرشد بأن الأمريكيين قتلوا ضيف العراق في بغداد.", ["country:united-states"]),
 ("zionist_regime_en",
  "Tehran blamed the Zionist regime for the attack on the consulate.", ["country:israel"]),
 ("turkish_ministers_ar",
  "وكان يشار غولر قد تسلّم وزارة الدفاع التركية خلفاً لخلوصي أكار.",
  ["person:yasar-guler", "person:hulusi-akar"]),
 ("us_envoy_ar",
  "واجتمع المبعوث الأميركي آموس هوكشتاين في بيروت برئيس مجلس النواب نبيه بري.",
  ["person:amos-hochstein", "person:nabih-berri"]),
]


@pytest.mark.parametrize("name,text,must", DATA_CASES, ids=[c[0] for c in DATA_CASES])
def test_gazetteer_data(extractor, name, text, must):
    ids = {e["id"] for e in extractor.extract(text)["entities"]}
    for eid in must:
        assert eid in ids, f"{name}: missing {eid}; got {sorted(ids)}"


def test_americans_killed_gives_the_country(extractor):
    text = "وقال قاآني إن سليماني الذي اغتاله الأميركيون بأمر من ترامب سيبقى رمزاً."
    assert_relations(extractor.extract(text), "americans_killed",
                     [("ASSASSINATED_BY", SOL, "country:united-states")], [])


@pytest.mark.parametrize("text", [
    "واستقبل رئيس إقليم كوردستان نيجيرفان بارزاني وزير الطاقة التركي في أربيل.",
    "والتقى رئيس الوزراء محمد شياع السوداني وزيرة الخارجية السويدية في بغداد.",
])
def test_title_after_a_name_is_not_a_coordinated_person(extractor, text):
    ids = {e["id"] for e in extractor.extract(text)["entities"] if e["type"] == "Person"}
    assert not any(i.startswith(("person:zir", "person:zira")) for i in ids), sorted(ids)


def test_coordinated_person_after_a_name_still_found(extractor):
    text = "والتقى قاآني هادي العامري وقيس الخزعلي في بغداد."
    assert_relations(extractor.extract(text), "coordinated",
                     [MW(QAANI, AMIRI), MW(QAANI, "person:qais-al-khazali")], [])
