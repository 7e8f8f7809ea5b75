"""Session 71 (blind71e): fixes after the first contact of blind set TU-TV (al-Qaeda's leaders
killed and replaced, 2011-2020, written blind), each read in sentences of other people.

- Meetings, English: the dateline's "here" between a meeting verb and its object ("A and B held
  talks here on Friday with X") no longer hides the object (``subjects._close_object``); a
  planned, negated or unheld meeting stays none.
- Killings, English: "X spoke at the White House, adding / saying / noting that a small team had
  killed Y": the clause after the participle of saying has its own subject, so the body named
  before it is no agent (``kill_clause_helpers._said_other_subject``); "adding that U.S. forces
  had killed Y" keeps the forces.
- Gazetteer: AQAP's leaders Nasir al-Wuhayshi, Qasim al-Raymi and Khalid Batarfi, al-Qaeda's Abu
  Muhammad al-Masri (Abdullah Ahmed Abdullah, no longer read as Afghanistan's Abdullah Abdullah)
  and Abu al-Khayr al-Masri, HTS's first leader Hashem al-Sheikh, Admiral Mike Mullen.
"""

import pytest

from tests.extract_support import entity_ids, relation_pairs
from tests.extract_support import met_sorted as _met

LAVROV, SHOIGU, ERDOGAN, FIDAN = ("person:sergei-lavrov", "person:sergei-shoigu",
                                  "person:recep-tayyip-erdogan", "person:hakan-fidan")
SHARIF, MUNIR, ARAGHCHI = "person:shehbaz-sharif", "person:asim-munir", "person:abbas-araghchi"
BAGHDADI, SOLEIMANI, HAMZA = ("person:abu-bakr-al-baghdadi", "person:qasem-soleimani",
                              "person:hamza-bin-laden")


def _pair(a, b):
    return (a, b) if a < b else (b, a)


# --- "held talks here on Friday with X" -----------------------------------------------------

@pytest.mark.parametrize("text, pairs", [
    ("Foreign Minister Sergei Lavrov and Defence Minister Sergei Shoigu held talks here on Tuesday "
     "with President Recep Tayyip Erdogan.", [(LAVROV, ERDOGAN), (SHOIGU, ERDOGAN)]),
    ("Sergei Lavrov and Sergei Shoigu met here today with Recep Tayyip Erdogan and Hakan Fidan.",
     [(LAVROV, ERDOGAN), (SHOIGU, ERDOGAN), (LAVROV, FIDAN), (SHOIGU, FIDAN)]),
    ("Prime Minister Shehbaz Sharif and Army Chief Asim Munir held talks here on Monday with "
     "Iranian Foreign Minister Abbas Araghchi.", [(SHARIF, ARAGHCHI), (MUNIR, ARAGHCHI)]),
])
def test_here_before_object_en(shipped, text, pairs):
    got = _met(shipped, text)
    for a, b in pairs:
        assert _pair(a, b) in got, (a, b, got)


@pytest.mark.parametrize("text", [
    "Sergei Lavrov and Sergei Shoigu arrived here on Tuesday; President Recep Tayyip Erdogan is "
    "expected to meet them next week.",
    "Sergei Lavrov and Sergei Shoigu will hold talks here on Tuesday with President Recep Tayyip "
    "Erdogan.",
    "Sergei Lavrov and Sergei Shoigu did not hold talks here with President Recep Tayyip Erdogan.",
])
def test_here_unheld_meeting_en(shipped, text):
    got = _met(shipped, text)
    assert _pair(LAVROV, ERDOGAN) not in got and _pair(SHOIGU, ERDOGAN) not in got, got


def test_here_single_subject_unchanged(shipped):
    text = "President Recep Tayyip Erdogan received here on Monday Foreign Minister Sergei Lavrov."
    assert _pair(ERDOGAN, LAVROV) in _met(shipped, text)


def test_here_ar_unchanged(shipped):
    text = "استقبل رئيس الوزراء شهباز شريف هنا اليوم وزير الخارجية الإيراني عباس عراقجي."
    assert _pair(SHARIF, ARAGHCHI) in _met(shipped, text, "ar")


# --- "..., adding that a small team had killed Y" -------------------------------------------

def _killers(ex, text, lang="en"):
    return relation_pairs(ex, text, "ASSASSINATED_BY", lang)


@pytest.mark.parametrize("text, victim", [
    ("The announcement was made at the White House, adding that a small team had killed Abu Bakr "
     "al-Baghdadi after a firefight.", BAGHDADI),
    ("Trump spoke to reporters at the White House, noting that a small unit had killed Qasem "
     "Soleimani at the airport.", SOLEIMANI),
])
def test_adding_that_clause_subject_en(shipped, text, victim):
    got = _killers(shipped, text)
    assert not any(v == victim and a == "organization:white-house" for v, a in got), got


def test_saying_that_clause_subject_rules_en(rules_only):
    text = ("General Kenneth McKenzie briefed reporters at the Pentagon, saying that a team of "
            "rangers had killed Abu Bakr al-Baghdadi in Barisha.")
    assert not _killers(rules_only, text)


def test_adding_that_named_forces_kept_en(shipped):
    text = ("The Pentagon issued a statement, adding that U.S. forces had killed Hamza bin Laden "
            "in a raid.")
    # "U.S. forces" name the country (usforces71's count of the dev gold, session 71)
    assert (HAMZA, "country:united-states") in _killers(shipped, text)


def test_adding_that_ar_unchanged(shipped):
    text = ("وتحدث أوباما في كلمة متلفزة من البيت الأبيض، مضيفاً أن فريقاً صغيراً قتل أسامة بن "
            "لادن بعد اشتباك.")
    assert not _killers(shipped, text, "ar")


# --- gazetteer ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, eid", [
    ("Nasser al-Wuhayshi, the AQAP chief, was seen in a video in 2014.", "en",
     "person:nasir-al-wuhayshi"),
    ("ظهر زعيم التنظيم ناصر الوحيشي في تسجيل مصور عام 2014.", "ar", "person:nasir-al-wuhayshi"),
    ("Qassim al-Rimi called for attacks in a 2017 audio message.", "en", "person:qasim-al-raymi"),
    ("دعا قاسم الريمي في تسجيل صوتي إلى شن هجمات.", "ar", "person:qasim-al-raymi"),
    ("Khaled Batarfi appeared in a new video on Sunday.", "en", "person:khalid-batarfi"),
    ("ظهر خالد باطرفي في إصدار مرئي جديد.", "ar", "person:khalid-batarfi"),
    ("Abdullah Ahmed Abdullah was indicted in New York in 1998.", "en",
     "person:abu-muhammad-al-masri"),
    ("وُجهت إلى عبد الله أحمد عبد الله تهم في نيويورك عام 1998.", "ar",
     "person:abu-muhammad-al-masri"),
    ("Ahmed Hassan Abu al-Khayr was freed by Iran in 2015.", "en", "person:abu-al-khayr-al-masri"),
    ("أفرجت إيران عن أحمد حسن أبو الخير عام 2015.", "ar", "person:abu-al-khayr-al-masri"),
    ("Hashem al-Sheikh was named to lead the new alliance.", "en", "person:hashem-al-sheikh"),
    ("Admiral Mike Mullen testified before the Senate on Tuesday.", "en", "person:mike-mullen"),
])
def test_gazetteer_entries(ex, text, lang, eid):
    assert eid in entity_ids(ex, text, lang), entity_ids(ex, text, lang)


def test_abdullah_ahmed_abdullah_not_abdullah_abdullah(ex):
    text = "وُجهت إلى عبد الله أحمد عبد الله تهم في نيويورك عام 1998."
    assert "person:abdullah-abdullah" not in entity_ids(ex, text, "ar")


# --- "the raid (in P) in which US commandos killed Y" -----------------------------------------

@pytest.mark.parametrize("text, victim, agents", [
    ("It was the highest-level American visit since the May 2 raid in Abbottabad in which US "
     "commandos killed Osama bin Laden.", "person:osama-bin-laden",
     {"country:united-states", "organization:us-armed-forces"}),
    ("It came a year after the strike in Baghdad in which Israeli commandos killed Qasem Soleimani.",
     SOLEIMANI, {"country:israel"}),
    ("Officials described the raid in which American special forces killed Abu Bakr al-Baghdadi in "
     "Barisha.", BAGHDADI, {"country:united-states", "organization:us-armed-forces"}),
    ("Pakistan condemned the raid in Abbottabad in which US commandos killed Osama bin Laden.",
     "person:osama-bin-laden", {"country:united-states", "organization:us-armed-forces"}),
])
def test_strike_in_which_subject_en(shipped, text, victim, agents):
    got = _killers(shipped, text)
    assert any(v == victim and a in agents for v, a in got), got
    assert not any(a == "country:pakistan" for _, a in got), got


@pytest.mark.parametrize("text", [
    "It was the first visit since the raid in which gunmen killed Osama bin Laden.",
    "Israel denied any role in the strike in which unknown attackers killed Mohsen Fakhrizadeh.",
    "Officials said the raid in which US commandos allegedly killed Osama bin Laden was never "
    "confirmed.",
])
def test_strike_in_which_no_agent_en(shipped, text):
    assert not _killers(shipped, text)


def test_strike_in_which_ar_unchanged(shipped):
    text = ("وهي أرفع زيارة أميركية منذ الغارة التي قتلت فيها قوات أميركية خاصة أسامة بن لادن في "
            "أبوت آباد.")
    # indefinite «قوات أميركية خاصة» name the country (usforces71, session 71)
    assert ("person:osama-bin-laden", "country:united-states") in _killers(shipped, text, "ar")
