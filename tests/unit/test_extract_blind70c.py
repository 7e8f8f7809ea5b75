"""Session 70 (blind70c): fixes after the first contact of blind set SW-SX (the Islamic State's
leaders and their killers, 2006-2023, written blind), each read in other sentences, names and
outlets than the set's.

- A headline's speaker label "X: <subject> killed in ..." ("Biden: al-Qaeda chief killed in US
  strike") is the speaker, never the victim (``kill_clause_helpers._speaker_not_victim``); a
  list's "X: killed by Y" is left as it was.
- A leader's description followed by a known-as apposition names him: «حيّد زعيم تنظيم «داعش»
  الإرهابي، المكنى X» / "neutralised the group's leader, known as X" -> X
  (``kill_aka_object_ar``, from the three Arabic "حيّد" readings; ``kill_reduced_en
  .neutralised_object``), and the description takes X's id, not the one the description lookup
  guessed (``coref_after.resolve_aka``).
- "by" after a participle of a message ("in a statement read by its spokesman, Y", "in a video
  released by Z") names no killer (``killing_agents._EN_BY_COMPANY``).
- The doer of "عملية (إنزال جوي) نفذتها قوة أميركية خاصة" is told by the nationality adjective
  of the noun phrase after the verb, past two words of the operation's kind
  (``KillingAgents._doer_nationality_ar``).
"""

import pytest

from tests.extract_support import relation_pairs

MIT = "organization:turkish-national-intelligence-organization"
TAF = "organization:turkish-armed-forces"
US, IRAQ = "country:united-states", "country:iraq"
MOSULI, HASKAWI = "person:abu-saeed-al-musli", "person:abu-judi-al-haskawi"
BIDEN, MACRON, ZAWAHIRI = "person:joe-biden", "person:emmanuel-macron", "person:ayman-al-zawahiri"


@pytest.mark.parametrize("text, victim, agent, speaker", [
    ("Biden: al-Qaeda chief killed in US strike in Kabul\n"
     "WASHINGTON - Al-Qaeda leader Ayman al-Zawahiri was killed in a U.S. drone strike in Kabul, "
     "President Joe Biden said.", ZAWAHIRI, US, BIDEN),
    ("Macron: Sahel jihadist chief killed in French drone strike\n"
     "PARIS - The leader of the group, Adnan Abu Walid al-Sahrawi, was killed in a strike by French "
     "forces in Mali, President Emmanuel Macron said.", None, None, MACRON),
])
def test_headline_speaker_is_no_victim(shipped, text, victim, agent, speaker):
    pairs = relation_pairs(shipped, text, "ASSASSINATED_BY", "en")
    assert not any(v == speaker for v, _ in pairs)
    if victim:
        assert (victim, agent) in pairs


@pytest.mark.parametrize("text, lang, victim, agent", [
    ("أعلنت الاستخبارات التركية أنها «حيّدت» زعيم تنظيم «داعش» الإرهابي، المكنى أبو سعيد الموصلي، "
     "في ريف حلب.", "ar", MOSULI, MIT),
    ("وحيّدت القوات التركية قائد وحدات حماية الشعب في عين العرب، الملقب أبو جودي الحسكاوي، في غارة "
     "بطائرة مسيّرة.", "ar", HASKAWI, TAF),
    ("قال الجيش التركي إنه «حيّد» قائد الوحدات الكردية، المعروف بأبي جودي الحسكاوي، في غارة جوية.",
     "ar", HASKAWI, TAF),
    ("وقالت أنقرة إن جهاز الاستخبارات التركي «حيّد» زعيم التنظيم في سوريا، المكنى أبو سعيد الموصلي.",
     "ar", MOSULI, MIT),
    ("Turkish intelligence neutralised the group's leader, known as Abu Said al-Mosuli, in northern "
     "Syria.", "en", MOSULI, MIT),
])
def test_neutralised_leader_known_as(rules_only, text, lang, victim, agent):
    assert (victim, agent) in relation_pairs(rules_only, text, "ASSASSINATED_BY", lang)


def test_known_as_names_the_description(rules_only):
    text = ("أعلنت الاستخبارات التركية أنها «حيّدت» زعيم تنظيم «داعش» الإرهابي، المكنى أبو سعيد "
            "الموصلي، في ريف حلب.")
    doc = rules_only.extract(text, lang="ar")
    ids = {r["source"] for r in doc["relations"]} | {r["target"] for r in doc["relations"]}
    assert "person:abu-bakr-al-baghdadi" not in ids


@pytest.mark.parametrize("text, lang", [
    ("وحيّدت القوات التركية زعيم الوحدات الكردية في غارة قرب عين العرب.", "ar"),
    ("Turkish intelligence neutralised the threat, known as a sleeper cell, before Abu Said "
     "al-Mosuli arrived.", "en"),
])
def test_neutralised_without_a_named_object(rules_only, text, lang):
    assert not relation_pairs(rules_only, text, "ASSASSINATED_BY", lang)


@pytest.mark.parametrize("text, victim, agent", [
    ("أعلنت واشنطن مقتل القيادي أبو سعيد الموصلي في عملية إنزال جوي نفذتها قوة أميركية خاصة قرب "
     "دير الزور.", MOSULI, US),
    ("أعلنت واشنطن مقتل أبو سعيد الموصلي في عملية إنزال نفذتها قوة أميركية.", MOSULI, US),
    ("وأعلنت بغداد مقتل أبو سعيد الموصلي في عملية أمنية نفذتها قوة عراقية خاصة في الأنبار.",
     MOSULI, IRAQ),
])
def test_operation_done_by_national_force_ar(shipped, text, victim, agent):
    assert (victim, agent) in relation_pairs(shipped, text, "ASSASSINATED_BY", "ar")


FSA, IS = "organization:free-syrian-army", "organization:islamic-state"
HALABI = "person:abu-karim-al-halabi"


@pytest.mark.parametrize("text, victim, wrong", [
    ("The group said its leader, Abu Said al-Mosuli, had been killed, in a statement read by its "
     "spokesman, Abu Karim al-Halabi.", MOSULI, HALABI),
    ("Abu Said al-Mosuli was shot dead by gunmen, in a video released by the Islamic State.",
     MOSULI, IS),
])
def test_message_voice_is_no_killer(shipped, text, victim, wrong):
    assert (victim, wrong) not in relation_pairs(shipped, text, "ASSASSINATED_BY", "en")


def test_killer_before_the_message(shipped):
    text = ("Abu Said al-Mosuli was killed by the Free Syrian Army in Daraa, a statement issued by "
            "the group said.")
    assert (MOSULI, FSA) in relation_pairs(shipped, text, "ASSASSINATED_BY", "en")
