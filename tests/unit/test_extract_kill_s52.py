"""Session 52: killings and successions of 2020-2025 (Soleimani, Haniyeh, Nasrallah, the June
2025 strikes on Iran, al-Ghamari, al-Zawahiri ...) in pieces written for the session in the
agencies' styles (AP, Reuters, AFP, Xinhua, IRNA, SANA, Saba, al-Mayadeen, Asharq al-Awsat,
al-Araby al-Jadeed).

- Successions: a fronted clause of taking a post, its taker the main clause's subject ("Since
  taking over from Y, X ...", «منذ توليه المنصب خلفاً لـY، ألقى X»); «بات» (became) before a
  known name is the verb, not the given name Pat; "بات X الزعيمَ الفعلي ... بعد مقتل Y" (a
  definite leader noun after a verb of becoming); «لم يُعيَّن X خلفاً لـY» is no succession.
- Killings: "the killing of X was followed hours later by Y's assassination" (Y is no killer);
  «قُتل X بعد أيام في غارة إسرائيلية» (the time words do not make the strike a date);
  «في الهجمات الإسرائيلية» (a plural strike noun); «لكن X نفسه قُتل ...»; «قال الجيش إنه قضى
  على X» and «قضى جيش الدفاع في غارة دقيقة في منطقة حارة حريك على المدعو X».
"""

import pytest

from tests.extract_support import relation_pairs as _rels

NASRALLAH, QASSEM = "person:hassan-nasrallah", "person:naim-qassem"
HANIYEH, SINWAR = "person:ismail-haniyeh", "person:yahya-sinwar"
SOLEIMANI, QAANI = "person:qasem-soleimani", "person:esmail-qaani"
LARIJANI, AHMADIAN = "person:ali-larijani", "person:ali-akbar-ahmadian"
SAFIEDDINE, SHADMANI = "person:hashem-safieddine", "person:ali-shadmani"
ISRAEL, IDF = "country:israel", "organization:israel-defense-forces"


def _succ(extractor, text: str, lang: str) -> set[tuple[str, str]]:
    return set(_rels(extractor, text, "SUCCESSOR_OF", lang))


def _kill(extractor, text: str, lang: str) -> set[tuple[str, str]]:
    return set(_rels(extractor, text, "ASSASSINATED_BY", lang))


@pytest.mark.parametrize("text,pair", [
    ("Since taking over from Hassan Nasrallah, Naim Qassem has delivered several televised "
     "speeches.", (QASSEM, NASRALLAH)),
    ("Since replacing Ismail Haniyeh as Hamas chief, Yahya Sinwar has rarely been seen in "
     "public.", (SINWAR, HANIYEH)),
    ("After succeeding Qassem Soleimani as head of the Quds Force, Esmail Qaani kept a low "
     "profile.", (QAANI, SOLEIMANI)),
])
def test_a_fronted_taking_clause_is_the_main_subjects_en(shipped, text, pair):
    assert pair in _succ(shipped, text, "en")


@pytest.mark.parametrize("text", [
    "Since taking over from Hassan Nasrallah, Naim Qassem's speeches have grown shorter.",
    "Since taking over from Hassan Nasrallah, according to Nabih Berri, Naim Qassem has "
    "softened.",
    "Since meeting Hassan Nasrallah, Naim Qassem has changed.",
    "Since replacing Ismail Haniyeh, Hamas has been led by Yahya Sinwar.",
])
def test_no_taker_opening_the_main_clause_en(rules_only, text):
    assert not _succ(rules_only, text, "en")


@pytest.mark.parametrize("text,pair", [
    ("منذ توليه المنصب خلفاً لحسن نصر الله، ألقى نعيم قاسم عدة خطابات متلفزة.",
     (QASSEM, NASRALLAH)),
    ("ومنذ تسلمه قيادة الحزب خلفاً لنصر الله، يواجه الشيخ نعيم قاسم ضغوطاً متزايدة.",
     (QASSEM, NASRALLAH)),
    ("في زيارة هي الأولى له منذ تعيينه أميناً للمجلس الأعلى للأمن القومي الإيراني خلفاً لعلي "
     "أكبر أحمديان، وصل علي لاريجاني إلى بيروت الأربعاء.", (LARIJANI, AHMADIAN)),
])
def test_a_fronted_taking_noun_is_the_main_subjects_ar(shipped, text, pair):
    assert pair in _succ(shipped, text, "ar")


@pytest.mark.parametrize("text", [
    "منذ توليه المنصب خلفاً لحسن نصر الله، زاره علي لاريجاني مرتين.",
    "منذ توليه المنصب خلفاً لحسن نصر الله، قال مسؤولون إن نعيم قاسم يقيم في طهران.",
])
def test_no_taker_after_an_object_pronoun_or_a_speaker_ar(rules_only, text):
    assert not {p for p in _succ(rules_only, text, "ar") if p[1] == NASRALLAH}


@pytest.mark.parametrize("text,pair", [
    ("بات نعيم قاسم أميناً عاماً لحزب الله إثر مقتل نصر الله.", (QASSEM, NASRALLAH)),
    ("خلص التقرير إلى أن المصري سيف العدل بات الزعيمَ الفعلي لتنظيم القاعدة بعد مقتل أيمن "
     "الظواهري، وأنه يقيم في إيران.", ("person:saif-al-adel", "person:ayman-al-zawahiri")),
])
def test_became_after_a_death_ar(shipped, text, pair):
    assert pair in _succ(shipped, text, "ar")


def test_bat_before_a_known_name_is_the_verb(rules_only):
    ents = {e["id"] for e in rules_only.extract("بات محمد باقري رئيساً للأركان. وقال المتحدث "
                                                "باسم البنتاغون بات رايدر إن", lang="ar")["entities"]}
    assert "person:mohammad-bagheri" in ents and "person:pat-ryder" in ents
    assert not any(e.startswith("person:pat-") and e != "person:pat-ryder" for e in ents)


@pytest.mark.parametrize("text", [
    "لم يُعيَّن هاشم صفي الدين خلفاً لنصر الله، إذ قُتل قبل ذلك.",
    "لم يعين الحزب هاشم صفي الدين خلفاً لنصر الله.",
    "لم يتول هاشم صفي الدين المنصب خلفاً لنصر الله.",
])
def test_a_negated_appointment_is_no_succession_ar(shipped, text):
    assert (SAFIEDDINE, NASRALLAH) not in _succ(shipped, text, "ar")


def test_a_negated_other_verb_leaves_the_succession(rules_only):
    text = ("لم يكن تعيين علي لاريجاني أميناً للمجلس الأعلى للأمن القومي في آب 2025 خلفاً لعلي "
            "أكبر أحمديان مجرد تبديل إداري.")
    assert (LARIJANI, AHMADIAN) in _succ(rules_only, text, "ar")


@pytest.mark.parametrize("text", [
    "The killing of Fuad Shukr was followed hours later by Haniyeh's assassination in Tehran.",
    "The killing of Fuad Shukr was followed by Haniyeh's assassination in Tehran.",
])
def test_followed_by_another_killing_is_no_killer(shipped, text):
    assert not any(k == HANIYEH for _v, k in _kill(shipped, text, "en"))


def test_carried_out_by_is_still_the_killer(rules_only):
    text = "The killing of Saleh al-Arouri was carried out by Israel, a U.S. official said."
    assert ("person:saleh-al-arouri", ISRAEL) in _kill(rules_only, text, "en")


@pytest.mark.parametrize("text,pair", [
    ("قُتل غلام علي رشيد في الهجمات الإسرائيلية.", ("person:gholam-ali-rashid", ISRAEL)),
    ("قُتل علي شادماني بعد أيام في غارة إسرائيلية.", (SHADMANI, ISRAEL)),
    ("لكن شادماني نفسه قُتل بعد أيام في غارة إسرائيلية. علي شادماني", (SHADMANI, ISRAEL)),
    ("وعلي شادماني هو الآخر قُتل في غارة إسرائيلية.", (SHADMANI, ISRAEL)),
    ("قال الجيش الإسرائيلي إنه قضى على هاشم صفي الدين في غارة على الضاحية.", (SAFIEDDINE, IDF)),
    ("قضى جيش الدفاع في غارة دقيقة في منطقة حارة حريك على المدعو هيثم علي الطبطبائي.",
     ("person:haytham-ali-tabatabai", IDF)),
])
def test_killings_ar(shipped, text, pair):
    assert pair in _kill(shipped, text, "ar")


@pytest.mark.parametrize("text", [
    "قُتل محمد السنوار بعد أيام من الغارة الإسرائيلية على خانيونس.",  # the strike dates it
    "علي شادماني نفسه نجا من غارة إسرائيلية.",
    "قال حزب الله إنه قضى على آمال نتنياهو.",
])
def test_no_killing_ar(rules_only, text):
    assert not _kill(rules_only, text, "ar")


# second round: "by gunmen in Tehran" (the place is no agent), "قبل أن يُقتل (هو الآخر) في
# غارة Y" / "before being killed in a Y strike" (the main clause's subject), "Israel, which
# ..., later admitted it had killed X"

@pytest.mark.parametrize("text,lang", [
    ("Ismail Haniyeh was killed by gunmen in Tehran.", "en"),
    ("Hamas leader Ismail Haniyeh was killed by the occupation in Tehran.", "en"),
    ("اغتيل إسماعيل هنية على يد مسلحين في طهران.", "ar"),
])
def test_the_place_after_by_is_no_killer(shipped, text, lang):
    assert not any(k == "country:iran" for _v, k in _kill(shipped, text, lang))


@pytest.mark.parametrize("text,lang,agent", [
    ("Ismail Haniyeh was killed by Israeli agents in Tehran.", "en", ISRAEL),
    ("اغتيل إسماعيل هنية على يد الموساد في طهران.", "ar", "organization:mossad"),
])
def test_the_agent_before_the_place_stays(rules_only, text, lang, agent):
    assert (HANIYEH, agent) in _kill(rules_only, text, lang)


MSINWAR = "person:mohammed-sinwar"


@pytest.mark.parametrize("text,lang", [
    ("وتولى محمد السنوار قيادة القسام بعد مقتل الضيف، قبل أن يُقتل هو الآخر في غارة إسرائيلية "
     "على خانيونس.", "ar"),
    ("قاد محمد السنوار القسام أشهراً قبل أن يقتل بغارة إسرائيلية.", "ar"),
    ("Mohammed Sinwar led the Qassam Brigades for months before being killed in an Israeli "
     "strike.", "en"),
])
def test_killed_in_a_clause_of_time_after_the_subject(shipped, text, lang):
    assert (MSINWAR, ISRAEL) in _kill(shipped, text, lang)


@pytest.mark.parametrize("text", [
    "استقبل نعيم قاسم محمد السنوار قبل أن يُقتل بغارة إسرائيلية.",
    "قاد محمد السنوار هجوماً قبل أن يقتل قائد الشرطة سالم الخالدي في غارة.",
    "والعامري التقى قائد فيلق القدس قاسم سليماني مرات عدة قبل أن يُقتل الأخير بغارة أميركية.",
])
def test_no_main_subject_killed(rules_only, text):
    kills = _kill(rules_only, text, "ar")
    assert (MSINWAR, ISRAEL) not in kills and QASSEM not in {v for v, _k in kills}
    assert "person:hadi-al-amiri" not in {v for v, _k in kills}


def test_a_which_clause_between_the_speaker_and_its_verb(shipped):
    text = ("Israel, which did not claim the killing at the time, later admitted it had killed "
            "Ismail Haniyeh.")
    assert (HANIYEH, ISRAEL) in _kill(shipped, text, "en")


# «لنجله» (ل on a kin word with its pronoun) names the one the post is handed to

@pytest.mark.parametrize("text,pair", [
    ("سلّم حمد بن خليفة آل ثاني السلطة لنجله تميم بن حمد آل ثاني.",
     ("person:tamim-bin-hamad-al-thani", "person:hamad-bin-khalifa-al-thani")),
    ("وسلّم وليد جنبلاط رئاسة الحزب لنجله تيمور جنبلاط.",
     ("person:taymour-jumblatt", "person:walid-jumblatt")),
])
def test_handed_to_his_son_with_li(shipped, text, pair):
    assert pair in _succ(shipped, text, "ar")


def test_a_letter_handed_to_his_son_is_no_succession(rules_only):
    assert not _succ(rules_only, "سلّم حمد بن خليفة آل ثاني رسالة لنجله تميم بن حمد آل ثاني.",
                     "ar")


# the strike noun right after an active killing verb is its subject, the victim past a date or
# an unknown description

@pytest.mark.parametrize("text,pair", [
    ("وقتلت غارة إسرائيلية في آب رئيس حكومة الحوثيين أحمد غالب الرهوي وعدداً من وزرائه.",
     ("person:ahmed-al-rahawi", ISRAEL)),
    ("قتلت غارة إسرائيلية العالم النووي فريدون عباسي في منزله بطهران.",
     ("person:fereydoun-abbasi", ISRAEL)),
])
def test_a_strike_subject_and_a_victim_further_on(shipped, text, pair):
    assert pair in _kill(shipped, text, "ar")


def test_a_strike_subject_past_punctuation_names_no_victim(rules_only):
    text = "قتلت غارة إسرائيلية، بحسب مصادر، مدنيين في الجنوب، وقال أحمد غالب الرهوي إن"
    assert not _kill(rules_only, text, "ar")


# «خلفاً للشهيد القائد»: the one person the article just said was killed or martyred

GHAMARI, MADANI = "person:mohammed-al-ghamari", "person:yousef-al-madani"


def test_in_place_of_the_martyred_leader(shipped):
    text = ("صنعاء - نعت القوات المسلحة اليمنية رئيس هيئة الأركان العامة اللواء الركن محمد "
            "عبدالكريم الغماري، الذي ارتقى شهيداً أثناء أدائه واجبه الجهادي.\n"
            "وأعلن البيان تعيين اللواء الركن يوسف حسن المداني رئيساً لهيئة الأركان العامة خلفاً "
            "للشهيد القائد.")
    assert (MADANI, GHAMARI) in _succ(shipped, text, "ar")


def test_two_dead_leaders_leave_the_martyr_unresolved(rules_only):
    text = ("أعلن حزب الله استشهاد أمينه العام حسن نصر الله في غارة إسرائيلية. وبعد أيام قُتل "
            "هاشم صفي الدين بغارة إسرائيلية أخرى. وانتخب مجلس الشورى الشيخ نعيم قاسم أميناً "
            "عاماً خلفاً للسيد الشهيد.")
    assert not {p for p in _succ(rules_only, text, "ar") if p[0] == QASSEM}


def test_missiles_fired_from_a_country_still_name_it(rules_only):
    text = "Karwan Sherzad was killed by missiles fired from Iran."
    assert ("person:karwan-sherzad", "country:iran") in _kill(rules_only, text, "en")
