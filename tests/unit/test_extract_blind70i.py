"""Session 70 (blind70i): fixes after the first contact of blind set TI-TJ (Syria from the fall
of Assad to mid-2025, written blind), each read here in other words, other people and places.

- "X met Y. She was joined by A and B": the companions sat in, so A and B met X and Y
  (``accompanied_next_en``: the passive "was joined by", the passive "accompanied by" stays off).
- "B, led by Y, claimed the killing of X" / "B, headed by Y, claimed responsibility for the
  killing of X": the agent is the body B, not its leader named in the aside
  (``led_by_aside_en``, read by the claim rules).
- "received the spokesman of the committee formed to investigate ..., Omar al-Khatib": the name
  after the comma (a lower-case particle "al-" in it, a long complement) is the person met, the
  description is no one named before (``appositive_names.apposed_name_en``).
- "A joined the second / final part of the talks": A attended the meeting told before
  (``attendee_later_en.names_meeting_en``).
- "<agent> struck Y, killing the prime minister of the rebel administration, X": the victim
  apposed after a long title (``wire_kill_rules.more_kills_en`` reads
  ``kill_apposed_victim_en``, whose title nouns now include minister / premier / president).
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs
from tests.extract_support import sorted_pair as _pair

BLINKEN, SUDANI, ROMANOWSKI = ("person:antony-blinken", "person:mohammed-shia-al-sudani",
                               "person:alina-romanowski")
PUTIN, ERDOGAN, LAVROV = ("person:vladimir-putin", "person:recep-tayyip-erdogan",
                          "person:sergei-lavrov")
HAMAS, HANIYEH = "organization:hamas", "person:ismail-haniyeh"
ISIS, BAGHDADI = "organization:islamic-state", "person:abu-bakr-al-baghdadi"
AOUN = "person:joseph-aoun"


@pytest.mark.parametrize("text", [
    "Secretary of State Antony Blinken met Prime Minister Mohammed Shia al-Sudani in Baghdad on "
    "Sunday. He was joined by Ambassador Alina Romanowski.",
    "Iraq's prime minister, Mohammed Shia al-Sudani, received Antony Blinken at his office on "
    "Sunday. Blinken was joined by the U.S. ambassador, Alina Romanowski, and two aides.",
])
def test_joined_by_after_a_meeting_sat_in(shipped, text):
    pairs = _met(shipped, text)
    assert _pair(BLINKEN, SUDANI) in pairs
    assert {_pair(ROMANOWSKI, BLINKEN), _pair(ROMANOWSKI, SUDANI)} <= pairs


def test_joined_by_on_a_trip_is_no_meeting(shipped):
    text = ("Antony Blinken flew to Baghdad on Sunday. He was joined by Ambassador Alina "
            "Romanowski.")
    assert not _met(shipped, text)


@pytest.mark.parametrize("text, agent, leader", [
    ("The Islamic State, led by Abu Bakr al-Baghdadi, claimed the killing of Karim Saleh in "
     "Mosul.", ISIS, BAGHDADI),
    ("Hamas, headed by Ismail Haniyeh, claimed responsibility for the killing of Yosef Mizrahi "
     "near Hebron.", HAMAS, HANIYEH),
    ("Hamas, which was led by Ismail Haniyeh, claimed the assassination of Yosef Mizrahi.",
     HAMAS, HANIYEH),
])
def test_the_body_named_before_a_led_by_aside_claims(shipped, text, agent, leader):
    pairs = relation_pairs(shipped, text, "ASSASSINATED_BY", "en")
    assert any(a == agent for _, a in pairs)
    assert not any(a == leader for _, a in pairs)


def test_a_leader_who_claims_stays_the_agent(shipped):
    text = "In a statement on Monday, Ismail Haniyeh claimed the killing of Yosef Mizrahi."
    pairs = relation_pairs(shipped, text, "ASSASSINATED_BY", "en")
    assert any(a == HANIYEH for _, a in pairs)


@pytest.mark.parametrize("text", [
    "Nizar Haddad, a former judge, was shot dead on Friday. President Joseph Aoun received the "
    "spokesman of the national committee set up to investigate the killings, Omar al-Khatib, at "
    "Baabda on Monday.",
    "Nizar Haddad was shot dead on Friday. Joseph Aoun received the head of the committee formed "
    "to look into the port explosion, Omar el-Khatib, on Monday.",
])
def test_a_long_description_before_an_apposed_name_is_no_one_before(shipped, text):
    pairs = _met(shipped, text)
    assert not any("person:nizar-haddad" in p for p in pairs)


@pytest.mark.parametrize("text", [
    "Vladimir Putin received Recep Tayyip Erdogan in Sochi on Monday. Foreign Minister Sergei "
    "Lavrov joined the final part of the talks.",
    "Putin hosted Erdogan at his residence on Monday. Lavrov joined the second part of the "
    "meeting, the Kremlin said.",
])
def test_joined_a_part_of_the_talks(shipped, text):
    pairs = _met(shipped, text)
    assert _pair(PUTIN, ERDOGAN) in pairs
    assert {_pair(LAVROV, PUTIN), _pair(LAVROV, ERDOGAN)} <= pairs


@pytest.mark.parametrize("text", [
    "Russian jets struck a government building in Idlib on Monday, killing the prime minister of "
    "the rebel administration, Yaman Tarek Kanaan, and three of his aides.",
    "Russian aircraft bombed a meeting in Idlib, killing the president of the local council, Yaman "
    "Tarek Kanaan.",
])
def test_killing_an_apposed_titled_victim_after_the_strike(shipped, text):
    pairs = relation_pairs(shipped, text, "ASSASSINATED_BY", "en")
    assert any(v.startswith("person:yaman") and a == "country:russia" for v, a in pairs)
