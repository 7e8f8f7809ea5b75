"""Session 52: relations and names a researcher would notice wrong, found on short pieces
written for the session in the agencies' styles (AP, Reuters, AFP, Anadolu, IRNA, SANA,
Saba, WAFA, INA, Kurdistan 24, Asharq al-Awsat) and checked against dev.

- Successions: «أصبح / بات X القائدَ (الفعلي) للحركة بعد مقتل Y» (a definite predicate;
  «ثم أصبح الرجل الأول ...»: the subject of the clause before);
  "X became the group's de facto leader after the killing of his brother Y".
- Successions: «أنهى K مهام الوزير الأول Y، وكلّف X بتولي مهام الوزير الأول» (a dismissal,
  then an appointment to the post named again: succession_same_post_ar).
- Successions: "Z, an official appointed by K to replace Y": Z replaced Y, not K (the agent
  of the participle) nor the sentence's subject.
- Meetings: attendees told two sentences after the meeting ("The meeting was also attended
  by A. B and C also took part.") met its principals, not only the attendees told between;
  "On the Syrian side, A and B took part."
- Killings: «أقرّ / اعترف X بمسؤوليته عن اغتيال Y» (not negated) names the killer; «أعلن
  الجيش أنه "قضى" على Y»; «في قصف للاحتلال» (Israel, once the article names its army so);
  the place is no agent ("killed by a bomb in Moscow", "an attack in Moscow claimed by
  Ukraine", "by gunmen in Iraq" gave Russia and Iraq); "Among those killed in the strike
  were A and B"; «استهدف X ...، في غارة أسفرت عن مقتل Y» (the strike an adjunct of the
  clause before; «أعلن X وY أنهما استهدفا»).
- Meetings: "Y, a senior adviser to President X": X is whom Y advises, not a party (the
  scorer paired him).
- Meetings: «مبعوث أمير قطر Y», «سفير خادم الحرمين الشريفين لدى اليمن Y»: Y, the envoy,
  was met (not the head of state of the title, whom the name was read with).
- Names: «مهند الحاج علي» after a preposition is one name (الحاج, the family name's
  particle, was read as the honorific before «علي»); «حليف» (an ally) is no misspelt
  حاليفا (Aharon Haliva); «بن فرحان» alone is Faisal bin Farhan once he is named; a new
  Chinese name in pinyin keeps its spelling in its id ("Han Zheng" was "Han Deng");
  «الرئيس الشرع» is Ahmed al-Sharaa (a family name he shares with his brother, the one
  bearer with that title); «السيد الرئيس X» after X was named: «السيد» ("Mr.") was read
  as a description of X and the sentence's meeting was lost (SANA's style); "X،
  المهندس المدني الذي ..." (an engineer) is not al-Muhandis.
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs as _rels
from tests.extract_support import sorted_pair as _pair


def _people(extractor, text: str, lang: str) -> dict[str, list[str]]:
    """Person id -> the surfaces of its mentions in *text*."""
    doc = extractor.extract(text, lang=lang)
    return {e["id"]: [text[a:b] for a, b in e.get("mentions", [])]
            for e in doc["entities"] if e["id"].startswith("person:")}


IDRIS, DAFALLAH = "person:kamil-idris", "person:dafallah-al-hajj-ali"
BURHAN, LAMAMRA = "person:abdel-fattah-al-burhan", "person:ramtane-lamamra"
ERDOGAN, SHARAA = "person:recep-tayyip-erdogan", "person:ahmed-al-sharaa"
FIDAN, SHAIBANI = "person:hakan-fidan", "person:asaad-al-shaibani"
FAISAL, SUDANI = "person:faisal-bin-farhan", "person:mohammed-shia-al-sudani"
FUAD = "person:fuad-hussein"


# --- successions -------------------------------------------------------------------------

SUDAN = ("Sudan's army chief, Gen. Abdel Fattah Burhan, met the U.N. envoy Ramtane Lamamra "
         "in Port Sudan on Saturday. ")


@pytest.mark.parametrize("sentence", [
    "Lamamra later met Prime Minister Kamil Idris, a former U.N. official appointed by Burhan "
    "in May to replace Dafallah al-Haj Ali.",
    "Prime Minister Kamil Idris, a former U.N. official appointed by Burhan to replace "
    "Dafallah al-Haj Ali, also met Lamamra.",
])
def test_the_appointee_of_a_reduced_relative_replaced_the_predecessor(shipped, sentence):
    succ = _rels(shipped, SUDAN + sentence, "SUCCESSOR_OF", "en")
    assert (IDRIS, DAFALLAH) in succ
    assert (BURHAN, DAFALLAH) not in succ and (LAMAMRA, DAFALLAH) not in succ


def test_appointed_by_k_to_replace_still_reads_the_passive_subject(shipped):
    text = SUDAN + "Kamil Idris was appointed by Burhan in May to replace Dafallah al-Haj Ali."
    succ = _rels(shipped, text, "SUCCESSOR_OF", "en")
    assert (IDRIS, DAFALLAH) in succ and (BURHAN, DAFALLAH) not in succ


# --- meetings ----------------------------------------------------------------------------

ISTANBUL = ("Turkish President Recep Tayyip Erdogan received Syrian President Ahmed al-Sharaa "
            "in Istanbul on Saturday. The meeting was also attended by Foreign Minister Hakan "
            "Fidan. ")


@pytest.mark.parametrize("sentence", [
    "On the Syrian side, Foreign Minister Asaad al-Shaibani took part.",
    "Foreign Minister Asaad al-Shaibani also took part.",
    "Also present were Foreign Minister Asaad al-Shaibani and Defense Minister Murhaf Abu "
    "Qasra.",
])
def test_attendees_told_after_other_attendees_met_the_principals(rules_only, sentence):
    met = _met(rules_only, ISTANBUL + sentence)
    assert _pair(SHAIBANI, ERDOGAN) in met and _pair(SHAIBANI, FIDAN) in met


@pytest.mark.parametrize("sentence", [
    "On the Syrian side, nobody spoke to reporters.",
    "Foreign Minister Asaad al-Shaibani took part in a rally in Damascus.",
])
def test_no_attendance_without_taking_part_in_the_meeting(rules_only, sentence):
    assert _pair(SHAIBANI, ERDOGAN) not in _met(rules_only, ISTANBUL + sentence)


def test_attendees_after_a_sentence_without_a_meeting_get_no_principals(rules_only):
    text = ("Turkish President Recep Tayyip Erdogan received Syrian President Ahmed al-Sharaa "
            "in Istanbul on Saturday. Fidan later flew to Doha. Foreign Minister Asaad "
            "al-Shaibani also took part.")
    assert _pair(SHAIBANI, ERDOGAN) not in _met(rules_only, text)


# --- names -------------------------------------------------------------------------------

@pytest.mark.parametrize("tail", ["خلفاً لمهند الحاج علي.", "خلفاً لحسن الحاج حسن.",
                                  "خلفاً لدفع الله الحاج علي."])
def test_hajj_inside_a_name_after_a_preposition_keeps_the_family_name(rules_only, tail):
    text = "عين البرهان كامل إدريس رئيساً للوزراء " + tail
    surfaces = [s for ss in _people(rules_only, text, "ar").values() for s in ss]
    name = tail.removeprefix("خلفاً ل").rstrip(".")
    assert name in surfaces


def test_hajj_before_a_name_is_still_the_honorific(rules_only):
    text = "وقال محمد إن الحاج قاسم سليماني كان قائداً لفيلق القدس."
    assert "person:qasem-soleimani" in _people(rules_only, text, "ar")


@pytest.mark.parametrize("text", [
    "وحضر رئيس مجلس النواب نبيه بري، حليف الحزب الذي يتولى التفاوض باسمه.",
    "وقال حليف الحزب إن الوضع صعب.",
])
def test_an_ally_is_no_misspelt_known_name(rules_only, text):
    assert "person:aharon-haliva" not in _people(rules_only, text, "ar")


def test_a_misspelt_known_name_is_still_read(rules_only):
    text = "وقال رئيس الاستخبارات العسكرية الإسرائيلية أهارون هاليفا إنه سيستقيل."
    assert "person:aharon-haliva" in _people(rules_only, text, "ar")


@pytest.mark.parametrize("bin_word", ["بن", "ابن"])
def test_bin_and_the_fathers_name_alone_is_the_person_named_before(shipped, bin_word):
    text = ("استقبل السوداني وزير الخارجية السعودي الأمير فيصل بن فرحان. "
            f"كما التقى {bin_word} فرحان نظيره العراقي فؤاد حسين.")
    assert _pair(FAISAL, FUAD) in _met(shipped, text, "ar")


def test_bin_and_a_fathers_name_is_nobody_before_the_person_is_named(rules_only):
    text = "وقال الوزير إن بن فرحان لم يصل بعد."
    assert FAISAL not in _people(rules_only, text, "ar")


# --- killings: an admission of responsibility ---------------------------------------------

@pytest.mark.parametrize(("text", "pair"), [
    ("وأقرّ الجيش الإسرائيلي بمسؤوليته عن اغتيال القيادي في حماس صالح العاروري في بيروت.",
     ("person:saleh-al-arouri", "organization:israel-defense-forces")),
    ("واعترفت إسرائيل بمسؤوليتها عن اغتيال رئيس المكتب السياسي لحماس إسماعيل هنية في طهران.",
     ("person:ismail-haniyeh", "country:israel")),
])
def test_an_admitted_killing_names_its_killer(shipped, text, pair):
    assert pair in _rels(shipped, text, "ASSASSINATED_BY", "ar")


@pytest.mark.parametrize("text", [
    "ولم تقر إسرائيل بمسؤوليتها عن اغتيال العالم محسن فخري زاده.",
    "ونفت إسرائيل مسؤوليتها عن اغتيال العالم محسن فخري زاده.",
    "ولم تعلن أي جهة مسؤوليتها عن اغتيال العالم محسن فخري زاده.",
])
def test_a_denied_or_unadmitted_killing_has_no_killer(rules_only, text):
    assert not _rels(rules_only, text, "ASSASSINATED_BY", "ar")


# --- meetings: an envoy titled by the one he acts for -------------------------------------

KHULAIFI, ALIMI = "person:mohammed-al-khulaifi", "person:rashad-al-alimi"
AL_JABER, SALMAN = "person:mohammed-al-jaber", "person:salman-bin-abdulaziz"


@pytest.mark.parametrize("text", [
    "استقبل العليمي مبعوث أمير قطر محمد الخليفي.",
    "استقبل الرئيس العليمي مبعوث ملك الأردن محمد الخليفي.",
])
def test_the_envoy_of_a_head_of_state_named_after_the_title_was_met(shipped, text):
    assert _pair(KHULAIFI, ALIMI) in _met(shipped, text, "ar")


def test_the_head_of_state_named_after_his_envoy_was_not_met(rules_only):
    # (the scorer still adds this pair: an unnamed envoy leaves it nobody else to read)
    text = "استقبل العليمي مبعوث أمير قطر الشيخ تميم بن حمد."
    assert _pair("person:tamim-bin-hamad-al-thani", ALIMI) not in _met(rules_only, text, "ar")


@pytest.mark.parametrize("text", [
    "استقبل رئيس مجلس القيادة الرئاسي الدكتور رشاد محمد العليمي، اليوم، سفير خادم الحرمين "
    "الشريفين لدى اليمن محمد آل جابر.",
    "استقبل العليمي سفير خادم الحرمين الشريفين محمد آل جابر.",
])
def test_the_ambassador_of_the_custodian_is_met_not_the_king(shipped, text):
    met = _met(shipped, text, "ar")
    assert _pair(AL_JABER, ALIMI) in met and _pair(SALMAN, ALIMI) not in met


def test_the_custodian_himself_still_meets(shipped):
    text = "استقبل خادم الحرمين الشريفين الملك سلمان العليمي."
    assert _pair(SALMAN, ALIMI) in _met(shipped, text, "ar")


# --- names: Chinese names in pinyin keep their spelling -------------------------------------

@pytest.mark.parametrize(("name", "eid"), [
    ("Han Zheng", "person:han-zheng"), ("Cui Wei", "person:cui-wei"),
    ("Zheng Shanjie", "person:zheng-shanjie"), ("Dai Bing", "person:dai-bing"),
])
def test_a_new_chinese_name_is_not_respelt_as_an_arabic_one(rules_only, name, eid):
    text = f"Chinese Vice President {name} met with Iraqi Foreign Minister Fuad Hussein."
    assert _pair(eid, FUAD) in _met(rules_only, text)


def test_an_arabic_name_in_latin_script_is_still_respelt(rules_only):
    text = "Iraqi lawmaker Hossein al-Mousavi met Foreign Minister Fuad Hussein."
    assert _pair("person:hussein-al-moussawi", FUAD) in _met(rules_only, text)


# --- names: a one-word family name two known people share, after a head of state's title ---

SHARAA_TEXTS = [
    "وفي اللقاء الذي جمع الرئيس الشرع بالرئيس ترامب في الرياض، قال الشرع إن سوريا تتغير.",
    "والتقى ترامب الرئيس السوري الشرع في الرياض.",
]


@pytest.mark.parametrize("text", SHARAA_TEXTS)
def test_the_president_sharaa_is_ahmed_al_sharaa(shipped, text):
    assert _pair(SHARAA, "person:donald-trump") in _met(shipped, text, "ar")


def test_a_family_name_after_a_title_two_known_holders_share_stays_unresolved(rules_only):
    # (Michel and Joseph Aoun were both presidents: neither is chosen)
    people = _people(rules_only, "والتقى الرئيس عون السفير الفرنسي.", "ar")
    assert "person:joseph-aoun" not in people and "person:michel-aoun" not in people


def test_sharaa_as_a_common_word_is_nobody(rules_only):
    assert SHARAA not in _people(rules_only, "وقال إن حكم الشرع الإسلامي واضح.", "ar")


# --- meetings: "السيد الرئيس X" after X was named ------------------------------------------

def test_mr_president_before_a_name_named_before_is_no_second_mention(shipped):
    text = ("التقى ترامب أحمد الشرع في الرياض. واستقبل السيد الرئيس أحمد الشرع اليوم وزير "
            "الاستثمار السعودي خالد الفالح.")
    assert _pair(SHARAA, "person:khalid-al-falih") in _met(shipped, text, "ar")


def test_the_one_an_adviser_advises_was_not_met(shipped):
    text = ("Libyan Prime Minister Abdulhamid al-Dbeibah met U.S. envoy Massad Boulos, a senior "
            "adviser to President Donald Trump on Africa, in Tripoli on Wednesday.")
    met = _met(shipped, text)
    assert _pair("person:abdul-hamid-dbeibah", "person:massad-boulos") in met
    assert _pair("person:abdul-hamid-dbeibah", "person:donald-trump") not in met
    assert _pair("person:donald-trump", "person:massad-boulos") not in met


# --- killings: "the army said it finished X off"; the occupation's shelling; a place -------

IDF = "organization:israel-defense-forces"


@pytest.mark.parametrize(("text", "victim"), [
    ("وأعلن الجيش الإسرائيلي أنه قضى على قائد قوة الرضوان إبراهيم عقيل في غارة على الضاحية "
     "الجنوبية.", "person:ibrahim-aqil"),
    ('وقال جيش الاحتلال إنه "قضى" على القيادي في القسام رائد سعد.', "person:raed-saad"),
])
def test_the_army_that_says_it_finished_x_off_killed_him(shipped, text, victim):
    assert (victim, IDF) in _rels(shipped, text, "ASSASSINATED_BY", "ar")


@pytest.mark.parametrize("text", [
    "وقال الجيش الإسرائيلي إنه قضى ثلاثة أيام في المنطقة مع القيادي رائد سعد.",
    "وأكد الجيش الإسرائيلي أنه لم يقض على القيادي رائد سعد.",
])
def test_no_killing_without_finishing_off(rules_only, text):
    assert not _rels(rules_only, text, "ASSASSINATED_BY", "ar")


def test_the_occupations_shelling_names_israel_once_the_army_is_named(shipped):
    text = ("وتوغلت قوات الاحتلال في رفح. واستشهد القائد في سرايا القدس علي حسن غالي في قصف "
            "للاحتلال على رفح.")
    assert ("person:ali-hassan-ghali", "country:israel") in _rels(
        shipped, text, "ASSASSINATED_BY", "ar")


@pytest.mark.parametrize("text", [
    "Russian General Igor Kirillov was killed by a bomb in Moscow.",
    "Russian General Igor Kirillov was killed in a bomb attack in Moscow claimed by Ukraine.",
    "Iraqi commander Abu Baqir al-Saadi was killed by gunmen in Iraq.",
])
def test_the_place_of_a_killing_is_not_its_agent(rules_only, text):
    agents = {t for _v, t in _rels(rules_only, text, "ASSASSINATED_BY", "en")}
    assert not agents & {"country:russia", "country:iraq"}


def test_the_claimer_after_the_place_is_the_agent(rules_only):
    text = "Russian General Igor Kirillov was killed in a bomb attack in Moscow claimed by Ukraine."
    assert ("person:igor-kirillov", "country:ukraine") in _rels(
        rules_only, text, "ASSASSINATED_BY", "en")


# --- successions: "became the (de facto) leader after the killing of (his brother) Y" -------

M_SINWAR, Y_SINWAR = "person:mohammed-sinwar", "person:yahya-sinwar"


@pytest.mark.parametrize(("text", "lang"), [
    ("وأصبح محمد السنوار القائد الفعلي للحركة في غزة بعد مقتل شقيقه يحيى السنوار.", "ar"),
    ("Mohammed Sinwar became the group's de facto leader after the killing of his brother "
     "Yahya Sinwar.", "en"),
    ("Mohammed Sinwar became the group's leader in Gaza after the killing of his brother "
     "Yahya.", "en"),
    ("وتولى محمد السنوار قيادة كتائب القسام بعد مقتل محمد الضيف، ثم أصبح الرجل الأول للحركة "
     "في غزة بعد مقتل شقيقه يحيى السنوار.", "ar"),
])
def test_became_the_leader_after_the_killing_of_y(shipped, text, lang):
    assert (M_SINWAR, Y_SINWAR) in _rels(shipped, text, "SUCCESSOR_OF", lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("وأصبح محمد السنوار مطلوباً بعد مقتل شقيقه يحيى السنوار.", "ar"),
    ("وأصبح محمد السنوار الرجل الثاني في الحركة بعد مقتل يحيى السنوار.", "ar"),
    ("وزار محمد السنوار القاهرة، ثم أصبح مطلوباً بعد مقتل يحيى السنوار.", "ar"),
    ("Mohammed Sinwar became angry after the killing of his brother Yahya Sinwar.", "en"),
])
def test_became_without_a_post_is_no_succession(rules_only, text, lang):
    assert not _rels(rules_only, text, "SUCCESSOR_OF", lang)


# --- successions: a dismissal, then an appointment to the same post -------------------------

@pytest.mark.parametrize(("text", "pair"), [
    ("أنهى الرئيس الجزائري عبد المجيد تبون، الخميس، مهام الوزير الأول نذير العرباوي، وكلّف "
     "وزير الصناعة سيفي غريب بتولي مهام الوزير الأول بالنيابة.",
     ("person:sifi-ghrieb", "person:nadir-larbaoui")),
    ("أقال الرئيس التونسي قيس سعيد رئيس الحكومة أحمد الحشاني، وعيّن كمال المدوري رئيساً "
     "للحكومة.", ("person:kamel-maddouri", "person:ahmed-hachani")),
])
def test_the_one_appointed_to_the_dismissed_ones_post_succeeded_him(shipped, text, pair):
    assert pair in _rels(shipped, text, "SUCCESSOR_OF", "ar")


@pytest.mark.parametrize("text", [
    "أقال الرئيس التونسي قيس سعيد وزير الداخلية كمال الفقي، وعيّن خالد النوري سفيراً في "
    "الرباط.",
    "لم يقل الرئيس التونسي قيس سعيد رئيس الحكومة أحمد الحشاني، وعيّن كمال المدوري رئيساً "
    "للحكومة.",
])
def test_no_succession_to_another_post_or_without_a_dismissal(rules_only, text):
    assert not _rels(rules_only, text, "SUCCESSOR_OF", "ar")


# --- names: "X، المهندس المدني": a profession said of X, not al-Muhandis ---------------------

def test_an_engineer_apposed_to_a_new_name_is_not_al_muhandis(shipped):
    text = ("عيّن الرئيس الصومالي محمد عبد الله فرماجو، الخميس، محمد حسين روبلي، المهندس المدني "
            "الذي عمل سنوات في منظمة العمل الدولية، رئيساً للوزراء خلفاً لحسن علي خيري.")
    succ = _rels(shipped, text, "SUCCESSOR_OF", "ar")
    assert ("person:mohamed-hussein-roble", "person:hassan-ali-khaire") in succ
    assert not any(s == "person:abu-mahdi-al-muhandis" for s, _t in succ)


def test_al_muhandis_coordinated_after_soleimani_is_still_him(rules_only):
    text = "وقتل قاسم سليماني، والمهندس في غارة أمريكية قرب مطار بغداد."
    assert "person:abu-mahdi-al-muhandis" in _people(rules_only, text, "ar")


# --- killings: "Among those killed in the strike were A and B" ------------------------------

@pytest.mark.parametrize("text", [
    "Israel struck Hamas leaders in Doha on Tuesday. Among those killed in the strike were "
    "Hammam al-Hayya and Jihad Labad, Hamas said.",
    "Among those killed in the Israeli strike were Hammam al-Hayya and Jihad Labad.",
])
def test_victims_after_a_fronted_among_those_killed(shipped, text):
    kills = _rels(shipped, text, "ASSASSINATED_BY", "en")
    assert {("person:hammam-al-hayya", "country:israel"),
            ("person:jihad-labad", "country:israel")} <= kills


@pytest.mark.parametrize("text", [
    "Among those killed in the strike were not Hammam al-Hayya or Jihad Labad, Hamas said.",
    "A strike flattened the building. Among those killed were Hammam al-Hayya and Jihad Labad.",
    "Among those attending the Israeli briefing were Hammam al-Hayya and Jihad Labad.",
])
def test_no_killer_without_a_stated_agent_or_a_killing(rules_only, text):
    assert not _rels(rules_only, text, "ASSASSINATED_BY", "en")


# --- killings: "X struck ...، في غارة أسفرت عن مقتل Y" -----------------------------------------

@pytest.mark.parametrize("text", [
    "استهدف الجيش الإسرائيلي قيادة حماس في الدوحة، في غارة أسفرت عن مقتل همام الحية.",
    "أعلن الجيش الإسرائيلي والشاباك أنهما استهدفا قيادة حماس في الدوحة، في غارة أسفرت عن "
    "مقتل همام الحية.",
])
def test_the_striker_of_the_clause_before_a_strike_adjunct_killed(shipped, text):
    assert ("person:hammam-al-hayya", IDF) in _rels(shipped, text, "ASSASSINATED_BY", "ar")


def test_a_strike_adjunct_after_another_clause_names_no_killer(rules_only):
    text = "زار الجيش الإسرائيلي مواقع في الدوحة، في غارة أسفرت عن مقتل همام الحية."
    assert ("person:hammam-al-hayya", IDF) not in _rels(rules_only, text, "ASSASSINATED_BY",
                                                          "ar")


# --- successions: standing aside in a race hands over no post -------------------------------

def test_a_candidate_standing_aside_in_a_race_is_no_succession(shipped):
    text = ("The candidate Ali Larijani stepped aside in favour of Masoud Pezeshkian in the "
            "race.")
    assert not _rels(shipped, text, "SUCCESSOR_OF", "en")


def test_a_ruler_stepping_aside_for_his_son_is_one(rules_only):
    text = "Emir Hamad bin Khalifa stepped aside in favour of his son Tamim bin Hamad Al Thani."
    assert ("person:tamim-bin-hamad-al-thani", "person:hamad-bin-khalifa-al-thani") in _rels(
        rules_only, text, "SUCCESSOR_OF", "en")
