"""Session 58 (blind58a): constructions missed or misread on the blind set LR-LS (Iraq and Iran,
2020-2025), fixed in general and tested here on sentences of their own.

- Successions: "X was named / appointed P by K, hours after his predecessor, Y, was killed":
  "his" is X's, not the passive's agent K (``succession_passive_by_en.appointer_subject_en``,
  read by ``succession_rules_en``).
- Successions, Arabic: "X، الذي عيّنه قائد الثورة الإسلامية آية الله السيد K خلفاً لـY" / "عيّنه
  خادم الحرمين الشريفين الملك K": a long title between the appointing verb and the appointer
  the mention does not cover (``succession_checks.appointed_by_pronoun_ar``).
- Meetings, Arabic: "من المقرر أن يتوجه X إلى D، حيث يلتقي Y": the meeting at the end of a
  planned trip is still to come (``meeting_planned_trip``); "توجه X إلى D، حيث التقى Y" is one.
- Killings: "X died in the helicopter crash that (also) killed Y": no killer
  (``kill_accident_en``).
- Meetings: "X took over from Y, who visited Iraq often ..., meeting Z": Y met Z, not X
  (``meeting_frames_en.participle_clause_en``).
- Killings: "The raid on P came weeks after a U.S. strike on a headquarters of G killed X": the
  nearer strike, with its national adjective, names the agent (``killing_rules_en``).
- Meetings: "X held talks with Y, accompanied by Z, and was later received by K": X met K, Y
  and Z did not (``meeting_frames_en.accompanied_subject_en``, ``meetings.met_passive``).
- Killings, Arabic: "X (his other name) وY، اللذين اغتالتهما Z": a bracketed alias does not end
  the list of victims (``chain_paren_alias``, read by ``chains``).
- Killings, Arabic: "قُتل X في هجوم صاروخي للحرس الثوري" / "بقصف صاروخي للجيش الإسرائيلي": an
  adjective between the strike noun and the body's ل (``killing_agents._AR_OP_ADJ``).
- Killings: a lede's unnamed victim named next as "CENTCOM identified the man as Y"
  (``kill_ledes``); a strike with a long place and time phrase before "killed"
  (``wire_kill_rules.strike_subject_en``).
- Successions: "Unlike his predecessor, X speaks ...": X is the main subject, no predecessor
  named (``succession_rules_en``).
- Meetings, Arabic: "وكان X، الذي ...، قد زار D والتقى A وB": X met A and B, who did not meet
  each other (``meeting_clauses.carried_subject_ar``: the head of the relative aside).
- Names, Arabic: "الحشد يحيي الذكرى الخامسة": the verb يحيي (commemorates) before الذكرى is no
  "Yahya al-Dhakra" (``lexicon.AR_COMMON_NOUNS``).
"""

import pytest

from tests.extract_support import entity_ids, relation_pairs
from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

QAANI, SOLEIMANI, KHAMENEI = "person:esmail-qaani", "person:qasem-soleimani", "person:ali-khamenei"
BAGHERI, FIROUZABADI = "person:mohammad-bagheri", "person:hassan-firouzabadi"
FAISAL, ASSAF, SALMAN = ("person:faisal-bin-farhan", "person:ibrahim-al-assaf",
                         "person:salman-bin-abdulaziz")
ARAGHCHI, SUDANI = "person:abbas-araghchi", "person:mohammed-shia-al-sudani"
AMIRAB, RAISI = "person:hossein-amir-abdollahian", "person:ebrahim-raisi"
MALIKI = "person:nouri-al-maliki"
SAIDI, NUJABA, US = ("person:mushtaq-taleb-al-saidi", "organization:harakat-al-nujaba",
                     "country:united-states")
PEZ, HUSSEIN = "person:masoud-pezeshkian", "person:fuad-hussein"
MUHANDIS = "person:abu-mahdi-al-muhandis"


def _succ(ex, text, lang="en"):
    return relation_pairs(ex, text, "SUCCESSOR_OF", lang)


def _kill(ex, text, lang="en"):
    return relation_pairs(ex, text, "ASSASSINATED_BY", lang)


# --- the appointer of a passive is not the owner of "his predecessor" ----------------------

@pytest.mark.parametrize("text, new, old, appointer", [
    ("Esmail Qaani was named head of the Quds Force by Ayatollah Ali Khamenei, hours after his "
     "predecessor, Qasem Soleimani, was killed.", QAANI, SOLEIMANI, KHAMENEI),
    ("Mohammad Bagheri was appointed chief of staff of the armed forces by Supreme Leader Ali "
     "Khamenei in June 2016, days after his predecessor, Hassan Firouzabadi, stepped down.",
     BAGHERI, FIROUZABADI, KHAMENEI),
])
def test_passive_appointee_owns_his_predecessor(shipped, text, new, old, appointer):
    succ = _succ(shipped, text)
    assert (new, old) in succ
    assert (appointer, old) not in succ


@pytest.mark.parametrize("text, new, old, appointer", [
    ("وكان قائد فيلق القدس إسماعيل قاآني، الذي عيّنه قائد الثورة الإسلامية آية الله السيد علي "
     "خامنئي خلفاً لقاسم سليماني، قد وصل إلى بغداد.", QAANI, SOLEIMANI, KHAMENEI),
    ("وكان وزير الخارجية الأمير فيصل بن فرحان، الذي عيّنه خادم الحرمين الشريفين الملك سلمان بن "
     "عبد العزيز خلفاً لإبراهيم العساف، قد زار بغداد.", FAISAL, ASSAF, SALMAN),
])
def test_arabic_appointer_behind_a_long_title(shipped, text, new, old, appointer):
    succ = _succ(shipped, text, "ar")
    assert (new, old) in succ
    assert (appointer, old) not in succ


# --- a meeting at the end of a planned trip ------------------------------------------------

def test_planned_trip_where_clause_is_no_meeting(shipped):
    text = "ومن المقرر أن يتوجه عراقجي يوم الأحد إلى بغداد، حيث يلتقي رئيس الوزراء محمد شياع السوداني."
    assert _pair(ARAGHCHI, SUDANI) not in _met(shipped, text, "ar")


def test_trip_done_where_clause_is_a_meeting(shipped):
    text = "وتوجه عراقجي يوم الأحد إلى بغداد، حيث التقى رئيس الوزراء محمد شياع السوداني."
    assert _pair(ARAGHCHI, SUDANI) in _met(shipped, text, "ar")


# --- an accident kills, nobody carries it out -----------------------------------------------

@pytest.mark.parametrize("text", [
    "Foreign Minister Hossein Amir-Abdollahian died in the helicopter crash that killed President "
    "Ebrahim Raisi.",
    "Foreign Minister Hossein Amir-Abdollahian died in the May helicopter crash that also killed "
    "President Ebrahim Raisi.",
])
def test_death_in_a_crash_has_no_killer(shipped, text):
    assert (RAISI, AMIRAB) not in _kill(shipped, text)


# --- a participle ending a relative clause ---------------------------------------------------

def test_participle_after_who_clause_is_the_relative_heads(shipped):
    text = ("Mohammad Bagheri took over from Hassan Firouzabadi, who visited Baghdad often during his "
            "years in the post, meeting Nouri al-Maliki.")
    met = _met(shipped, text)
    assert _pair(FIROUZABADI, MALIKI) in met
    assert _pair(BAGHERI, MALIKI) not in met


# --- the nearer strike names the agent ---------------------------------------------------------

def test_nearer_strike_with_adjective_names_the_killer(shipped):
    text = ("The raid on the depot came weeks after a U.S. strike on a headquarters of Harakat "
            "al-Nujaba in Baghdad killed Mushtaq Taleb al-Saidi.")
    kill = _kill(shipped, text)
    assert (SAIDI, US) in kill
    assert (SAIDI, NUJABA) not in kill


# --- "held talks with Y, accompanied by Z, and was later received by K" ---------------------

def test_coordinated_passive_after_a_companion(shipped):
    text = ("Iraqi Prime Minister Mohammed Shia al-Sudani held talks in Tehran with President Masoud "
            "Pezeshkian, accompanied by Foreign Minister Fuad Hussein, and was later received by "
            "Supreme Leader Ali Khamenei.")
    met = _met(shipped, text)
    assert _pair(SUDANI, KHAMENEI) in met
    assert _pair(SUDANI, PEZ) in met
    assert _pair(PEZ, KHAMENEI) not in met
    assert _pair(HUSSEIN, KHAMENEI) not in met


# --- a bracketed alias inside a list of victims ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "أحيت الهيئة ذكرى نائب رئيس الهيئة أبو مهدي المهندس (جمال جعفر آل إبراهيم) وقائد فيلق القدس "
    "الفريق الحاج قاسم سليماني، اللذين اغتالتهما الولايات المتحدة بطائرة مسيرة قرب مطار بغداد.",
    "ونعت الحركة أبو مهدي المهندس (جمال جعفر آل إبراهيم) والحاج قاسم سليماني اللذين قتلتهما غارة "
    "أمريكية قرب مطار بغداد.",
])
def test_bracketed_alias_keeps_the_list_of_victims(shipped, text):
    kill = _kill(shipped, text, "ar")
    assert (MUHANDIS, US) in kill
    assert (SOLEIMANI, US) in kill


def test_comma_after_brackets_opens_an_apposition(shipped):
    text = ("وفي 4 يناير 2024 قُتل مشتاق طالب السعيدي (أبو تقوى)، القيادي في الحركة، بضربة أعلنت وزارة "
            "الدفاع الأميركية أنها نفذتها.")
    kill = _kill(shipped, text, "ar")
    assert all(v == SAIDI for v, _ in kill)


# --- "يحيي الذكرى" is a verb and its object ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "الحشد يحيي الذكرى الخامسة لاستشهاد قادة النصر",
    "وفصائل المقاومة تحيي الذكرى الرابعة في بغداد ويحيي الذكرى أنصارها",
])
def test_commemorates_the_anniversary_is_no_name(shipped, text):
    assert not any(i.startswith("person:") for i in entity_ids(shipped, text, "ar"))


# --- Arabic strike noun, adjective, then the body ---------------------------------------------

@pytest.mark.parametrize("text, victim, agent", [
    ("وقُتل رجل الأعمال بيشرو دزيي في هجوم صاروخي للحرس الثوري الإيراني على منزله في أربيل.",
     "person:peshraw-dizayee", "organization:irgc"),
    ("واغتيل القيادي في حزب الله فؤاد شكر بقصف صاروخي للجيش الإسرائيلي على مبنى في الضاحية الجنوبية.",
     "person:fuad-shukr", "organization:israel-defense-forces"),
])
def test_arabic_strike_adjective_before_the_body(shipped, text, victim, agent):
    assert (victim, agent) in _kill(shipped, text, "ar")


# --- a lede's victim identified in the next sentence ------------------------------------------

def test_lede_victim_identified_as(shipped):
    text = ("A U.S. drone strike on a car in eastern Baghdad on Wednesday night killed a senior "
            "commander of Kataib Hezbollah, U.S. officials said. CENTCOM identified the man as Abu "
            "Baqir al-Saadi.")
    assert ("person:abu-baqir-al-saadi", US) in _kill(shipped, text)


# --- "Unlike his predecessor, X" -----------------------------------------------------------------

def test_unlike_his_predecessor_names_no_predecessor(shipped):
    text = ("Mohammad Reza Fallahzadeh became deputy commander of the Quds Force in 2021. Unlike his "
            "predecessor, Esmail Qaani speaks little Arabic.")
    assert ("person:mohammad-reza-fallahzadeh", QAANI) not in _succ(shipped, text)


def test_his_predecessor_apposition_still_read(shipped):
    text = ("Mohammad Reza Fallahzadeh became deputy commander in 2021. His predecessor, Mohammad "
            "Hejazi, had died in April.")
    assert ("person:mohammad-reza-fallahzadeh", "person:mohammad-hejazi") in _succ(shipped, text)


# --- "وكان X، الذي ...، قد زار D والتقى A وB" ------------------------------------------------------

@pytest.mark.parametrize("text, subj, a, b", [
    ("وكان قائد فيلق القدس إسماعيل قاآني، الذي عيّنه علي خامنئي خلفاً لسليماني بعد ساعات من "
     "اغتياله، قد زار بغداد الأسبوع الماضي والتقى فالح الفياض وهادي العامري في مقر الهيئة.",
     QAANI, "person:falih-al-fayyadh", "person:hadi-al-amiri"),
    ("وكان وزير الخارجية عباس عراقجي، الذي تولى المنصب في آب الماضي، قد زار بيروت والتقى نبيه "
     "بري ونجيب ميقاتي.", ARAGHCHI, "person:nabih-berri", "person:najib-mikati"),
])
def test_relative_aside_head_is_the_carried_subject(shipped, text, subj, a, b):
    met = _met(shipped, text, "ar")
    assert _pair(subj, a) in met
    assert _pair(subj, b) in met
    assert _pair(a, b) not in met
