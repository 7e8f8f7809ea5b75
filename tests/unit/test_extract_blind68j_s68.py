"""Session 68 (blind68j): fixes after the first contact of blind set RG-RH (Hamas's leadership and the
ceasefire mediation, 2017-2025, written blind), each read in several paraphrases of other people and
outlets.

- Lists, English: a list qualifier joined by a hyphen to the title or nationality after it, "X and
  then-President Y", "A, B and then-Egyptian intelligence chief C met", is a list member as "former
  President Y" was (``chains._qualifier_hyphen``): the subjects of "met" are paired, and the pair
  of a list of hosts with their guest stays.
- Meetings, English: talks introduced with no article and set in a place, "The proposal was
  presented at two days of talks in Doha last week attended by A, B and C", "Talks in Cairo on
  Sunday attended by A and B ended without a deal", are a meeting of their own: the attendees met
  each other, not the principals of a meeting told before in another city
  (``meeting_placed_talks_en``, read by ``meeting_attended``); "X also took part" after them
  joins those attendees. "The meeting in Doha" (definite), "held talks in Doha, attended by" (the
  subject's own talks) and talks in the city of the meeting told before are read as before.
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import sorted_pair as _pair

BURNS, BARNEA, KAMEL, MBAR = ("person:william-burns", "person:david-barnea", "person:abbas-kamel",
                              "person:mohammed-bin-abdulrahman-al-thani")
NETANYAHU, TRUMP, KERRY, BLINKEN = ("person:benjamin-netanyahu", "person:donald-trump",
                                    "person:john-kerry", "person:antony-blinken")
SISI, MCGURK, HAYYA, RASHAD = ("person:abdel-fattah-el-sisi", "person:brett-mcgurk",
                               "person:khalil-al-hayya", "person:hassan-rashad")
KHAMENEI, AHMADINEJAD, MALIKI = ("person:ali-khamenei", "person:mahmoud-ahmadinejad",
                                 "person:nouri-al-maliki")
ERDOGAN, FIDAN, KALIN = "person:recep-tayyip-erdogan", "person:hakan-fidan", "person:ibrahim-kalin"
ARAGHCHI, WITKOFF = "person:abbas-araghchi", "person:steve-witkoff"


# --- "then-" in a list ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, people", [
    ("The framework was drafted in Paris, where CIA Director William Burns, Mossad chief David Barnea "
     "and then-Egyptian intelligence chief Abbas Kamel met in late January.", (BURNS, BARNEA, KAMEL)),
    ("Netanyahu and then-President Donald Trump met at the White House in September 2020.",
     (NETANYAHU, TRUMP)),
    ("In 2014, Netanyahu and then-Secretary of State John Kerry met in Rome for seven hours.",
     (NETANYAHU, KERRY)),
    ("Erdogan and then-intelligence chief Hakan Fidan met in Ankara before the operation.",
     (ERDOGAN, FIDAN)),
])
def test_a_then_hyphen_member_joins_the_list_of_those_who_met(shipped, text, people):
    met = _met(shipped, text)
    for i, a in enumerate(people):
        for b in people[i + 1:]:
            assert _pair(a, b) in met


def test_a_then_hyphen_host_receives_the_guest_with_the_first(shipped):
    met = _met(shipped, "Khamenei and then-President Mahmoud Ahmadinejad received Maliki in Tehran.")
    assert _pair(MALIKI, KHAMENEI) in met
    assert _pair(MALIKI, AHMADINEJAD) in met


@pytest.mark.parametrize("text", [
    "Netanyahu and then-President Donald Trump did not meet during the 2020 campaign.",
    "Netanyahu and then-President Donald Trump were due to meet in Washington, but the visit was "
    "called off.",
])
def test_a_then_hyphen_list_that_did_not_meet(shipped, text):
    assert _pair(NETANYAHU, TRUMP) not in _met(shipped, text)


# --- talks placed elsewhere, attended by ------------------------------------------------------------

_BEFORE = ("U.S. Secretary of State Antony Blinken held three hours of talks with Prime Minister Benjamin "
           "Netanyahu in Jerusalem on Monday. Hamas has rejected the proposal. ")


@pytest.mark.parametrize("text, attendees", [
    (_BEFORE + "The proposal was presented at two days of talks in Doha last week attended by CIA "
     "Director William Burns, Mossad chief David Barnea and Egyptian intelligence chief Abbas Kamel.",
     (BURNS, BARNEA, KAMEL)),
    (_BEFORE + "Talks in Cairo on Sunday attended by Egyptian intelligence chief Abbas Kamel and "
     "Mossad chief David Barnea ended without a deal.", (KAMEL, BARNEA)),
    ("Egyptian President Abdel Fattah el-Sisi received Iranian Foreign Minister Abbas Araghchi in "
     "Cairo on Monday. Araghchi later flew on. The idea came up at talks in Doha on Sunday attended "
     "by Khalil al-Hayya and Egypt's intelligence chief Hassan Rashad.", (HAYYA, RASHAD)),
])
def test_placed_talks_attended_by_are_a_meeting_of_their_own(shipped, rules_only, text, attendees):
    met = _met(shipped, text)
    for i, a in enumerate(attendees):
        for b in attendees[i + 1:]:
            assert _pair(a, b) in met
    met = _met(rules_only, text)  # (the scorer may pair what the rules no longer read)
    earlier = (BLINKEN, NETANYAHU) if BLINKEN in text or "Blinken" in text else (SISI, ARAGHCHI)
    for a in attendees:
        for p in earlier:
            assert _pair(a, p) not in met


def test_one_who_also_took_part_joins_the_placed_talks(rules_only):
    met = _met(rules_only, _BEFORE + "The proposal was presented at two days of talks in Doha last week "
               "attended by CIA Director William Burns and Mossad chief David Barnea. White House "
               "Middle East coordinator Brett McGurk also took part.")
    assert _pair(MCGURK, BURNS) in met and _pair(MCGURK, BARNEA) in met
    assert _pair(BURNS, BLINKEN) not in met and _pair(MCGURK, NETANYAHU) not in met


@pytest.mark.parametrize("text, attendee, principals", [
    # the subject's own talks
    ("Erdogan received Blinken in Ankara. The two men held official talks at the palace in Ankara, "
     "attended by Foreign Minister Hakan Fidan.", FIDAN, (ERDOGAN, BLINKEN)),
    # definite: the meeting told before
    ("Erdogan received Blinken on Monday. The 40-minute meeting in Ankara was also attended by "
     "Foreign Minister Hakan Fidan.", FIDAN, (ERDOGAN, BLINKEN)),
    # talks in the city of the meeting told before
    ("Erdogan received Blinken in Ankara on Monday. Talks in Ankara attended by intelligence chief "
     "Ibrahim Kalin followed.", KALIN, (ERDOGAN, BLINKEN)),
])
def test_the_meeting_told_before_keeps_its_attendee(shipped, text, attendee, principals):
    met = _met(shipped, text)
    for p in principals:
        assert _pair(attendee, p) in met


def test_placed_talks_after_during_are_their_own_for_the_rules(rules_only):
    # (the scorer may still add a pair of this one: the rules no longer read it)
    met = _met(rules_only, _BEFORE + "The text had been drafted during a meeting in Paris in January, "
               "attended by CIA Director William Burns and Qatari Prime Minister Mohammed bin "
               "Abdulrahman Al Thani.")
    assert _pair(BURNS, MBAR) in met
    assert not {_pair(a, p) for a in (BURNS, MBAR) for p in (BLINKEN, NETANYAHU)} & met
