"""Session 67 (blind67e): fixes after the first contact of blind set PQ-PR (the Yemen war 2015-2024,
written blind: Saleh killed by the Houthis, al-Sammad and al-Mashat, the Presidential Leadership
Council, the UN envoys, Omani mediation, the Saudi-Houthi talks), each read in several paraphrases.

- Bodies, Arabic and English: the government's and Saudi press's names of the Houthis, «الميليشيات
  / المليشيات الحوثية», «الميليشيا / المليشيا الحوثية», «ميليشيا / ميليشيات / مليشيا / مليشيات
  الحوثي», «الجماعة / الحركة الحوثية», "Houthi militias", are the Houthis (gazetteer aliases of
  ``organization:houthis``); before, «الميليشيات» alone matched the Iraqi militias' alias and the
  killer of Saleh was read as ``organization:iran-backed-militias``. The Iraqi «الميليشيات» stays.
- Meetings, English: an "and" joining two words of one title inside the attendee's apposition,
  "X, the rebels' chief negotiator and spokesman, was also present", "X, deputy prime minister and
  foreign minister, attended the meeting": X attends (``apposition_title_and_en``, read by
  ``attendee_later_en.apposed_attendee_en`` and ``meeting_sides_en.before_apposition``).
- Killings, English: the killer named before a relative clause, "The Houthis, who had fought ...
  against a Saudi-led coalition since 2015, said their fighters had killed Y", "Hamas, which has
  fought Israel since 2007, killed Y": the clause's head, not the body named inside the clause
  (``kill_relative_subject_en``, asked by ``killing_rules_en``); a killer named after the
  clause's comma stays the agent.
"""

import pytest

from tests.extract_support import entity_ids, relation_pairs
from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

SALEH, HOUTHIS, MILITIAS = ("person:ali-abdullah-saleh", "organization:houthis",
                            "organization:iran-backed-militias")
MASHAT, JABER, ABDULSALAM = "person:mahdi-al-mashat", "person:mohammed-al-jaber", "person:mohammed-abdulsalam"
AOUN, ORTAGUS, RAJJI = "person:joseph-aoun", "person:morgan-ortagus", "person:youssef-rajji"
SUDANI, ARAGHCHI, FUAD = "person:mohammed-shia-al-sudani", "person:abbas-araghchi", "person:fuad-hussein"


# --- the Houthis under the government's and Saudi press's names ------------------------------

@pytest.mark.parametrize("text,lang", [
    ("قتلت الميليشيات الحوثية، أمس، الرئيس اليمني السابق علي عبد الله صالح، بعد أيام من المواجهات "
     "في صنعاء.", "ar"),
    ("اغتالت ميليشيا الحوثي الرئيس اليمني السابق علي عبدالله صالح في منزله بصنعاء.", "ar"),
    ("وقتلت مليشيات الحوثي الرئيس السابق علي عبد الله صالح أثناء محاولته الخروج من العاصمة.", "ar"),
    ("قتلت المليشيا الحوثية الرئيس اليمني السابق علي عبد الله صالح جنوب صنعاء.", "ar"),
    ("Houthi militias killed former president Ali Abdullah Saleh in Sanaa on Monday.", "en"),
])
def test_houthi_militia_killer(shipped, text, lang):
    assert relation_pairs(shipped, text, "ASSASSINATED_BY", lang) == {(SALEH, HOUTHIS)}


@pytest.mark.parametrize("text", [
    "وأكد العليمي أن الجماعة الحوثية ترفض كل مبادرات السلام.",
    "وقال المالكي إن الحركة الحوثية أطلقت صاروخاً باليستياً باتجاه جازان.",
    "واتهم الوزير الميليشيات الحوثية بنهب المساعدات في الحديدة.",
])
def test_houthi_body_names_ar(ex, text):
    ids = entity_ids(ex, text, "ar")
    assert HOUTHIS in ids and MILITIAS not in ids


def test_iraqi_militias_stay(ex):
    text = "وقال رئيس الوزراء العراقي إن الميليشيات لن تجر العراق إلى الحرب."
    assert HOUTHIS not in entity_ids(ex, text, "ar")


# --- an "and" inside the attendee's title ----------------------------------------------------

@pytest.mark.parametrize("text,host,guest,attendee", [
    ("Mahdi al-Mashat received Mohammed Al-Jaber, the Saudi ambassador to Yemen. Mohammed Abdul "
     "Salam, the rebels' chief negotiator and spokesman, was also present.", MASHAT, JABER, ABDULSALAM),
    ("Mahdi al-Mashat received Mohammed Al-Jaber, the Saudi ambassador to Yemen. Mohammed Abdul "
     "Salam, the group's spokesman and chief negotiator, who had flown in with the Omani delegation "
     "from Muscat, was also present.", MASHAT, JABER, ABDULSALAM),
    ("President Joseph Aoun received Morgan Ortagus at Baabda Palace on Friday. Youssef Rajji, "
     "minister of foreign affairs and emigrants, attended the meeting.", AOUN, ORTAGUS, RAJJI),
    ("Prime Minister Mohammed Shia al-Sudani received Abbas Araghchi in Baghdad on Sunday. Fuad "
     "Hussein, deputy prime minister and foreign minister, was also present.", SUDANI, ARAGHCHI, FUAD),
])
def test_attendee_title_with_and(ex, text, host, guest, attendee):
    assert _met(ex, text) >= {_pair(host, guest), _pair(host, attendee), _pair(guest, attendee)}


def test_attendee_and_another_person_not_apposed(ex):
    """An "and" before a named person opens a list, not a title: the named one is no attendee
    through the apposition."""
    text = ("President Joseph Aoun received Morgan Ortagus at Baabda Palace on Friday. Youssef Rajji, "
            "the foreign minister, and Abbas Araghchi spoke by phone on Saturday.")
    assert _pair(ORTAGUS, ARAGHCHI) not in _met(ex, text)


def test_attendee_title_with_and_later_meeting_not_met(ex):
    text = ("President Joseph Aoun received Morgan Ortagus at Baabda Palace on Friday. Youssef Rajji, "
            "minister of foreign affairs and emigrants, will attend the next round.")
    assert _pair(ORTAGUS, RAJJI) not in _met(ex, text)


# --- the killer named before a relative clause ------------------------------------------------

SAMMAD, DEIF = "person:saleh-al-sammad", "person:mohammed-deif"
COALITION, ISRAEL, HAMAS = "organization:saudi-led-coalition", "country:israel", "organization:hamas"


@pytest.mark.parametrize("text,victim,agent", [
    ("The Iran-aligned Houthis, who had fought alongside Saleh's loyalists against a Saudi-led "
     "military coalition since 2015, said their fighters had killed Ali Abdullah Saleh.", SALEH, HOUTHIS),
    ("The Houthis, who fought the Saudi-led coalition for years, killed Ali Abdullah Saleh on Monday.",
     SALEH, HOUTHIS),
    ("Hamas, which has fought Israel since 2007, said its fighters had killed Ali Abdullah Saleh.",
     SALEH, HAMAS),
    ("Israel, which has fought Hamas in Gaza since October, killed Mohammed Deif in a strike in "
     "Khan Younis.", DEIF, ISRAEL),
])
def test_killer_before_relative_clause(ex, text, victim, agent):
    assert relation_pairs(ex, text, "ASSASSINATED_BY", "en") == {(victim, agent)}


def test_killer_after_relative_clause_named(ex):
    """A killer named after the clause is the agent, not the clause's head."""
    text = "The Houthis, who fought the Saudi-led coalition, said Israel killed Saleh al-Sammad."
    assert relation_pairs(ex, text, "ASSASSINATED_BY", "en") == {(SAMMAD, ISRAEL)}


def test_relative_clause_of_a_place_no_head(ex):
    text = ("An airstrike on the Houthi stronghold, which the coalition said housed weapons, killed "
            "Saleh al-Sammad.")
    assert (SAMMAD, COALITION) not in relation_pairs(ex, text, "ASSASSINATED_BY", "en")
