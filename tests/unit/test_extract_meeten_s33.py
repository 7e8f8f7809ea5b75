"""Session 33 (meeten): English MET_WITH recall on attendee constructions of JY-KG.

Counted on the dev writers' English text from JY-KG's misses, built when the kind recurs in at
least 3 writers whose gold pairs them that way (attendees pair with every participant and
with each other):
- "..., with X sitting in (on the talks)" (FX-FZ, JG-JI, KB-KD: ``meeting_sat_in_en``);
- "X attended / joined / took part in the <Name> meeting / talks" (HB-HD, IX-IZ, KE-KG:
  ``meeting_place_named_en``), a place in the name picking the meeting told there.
Sentences are our own; the positive cases fail on the base (61da6602)."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

SAT_IN = [
    ("Prime Minister Karim Haddad met US envoy John Carter in Baghdad on Monday, with "
     "Foreign Minister Walid Nasser sitting in.",
     [MW("person:john-carter", "person:walid-nasser"),
      MW("person:karim-haddad", "person:walid-nasser")], []),
    # a meeting of three: the attendee met all of them
    ("On Friday Karim Haddad and Omar Farah met Saudi Finance Minister John Carter at a "
     "roundtable, with the bank's regional vice-president, Walid Nasser, sitting in.",
     [MW("person:karim-haddad", "person:walid-nasser"),
      MW("person:omar-farah", "person:walid-nasser"),
      MW("person:john-carter", "person:walid-nasser")], []),
    # no comma before "with"; only the meeting of the clause after ", where"
    ("The envoy John Carter later met Prime Minister Omar Farah at the Serail, then drove to "
     "the parliament, where Speaker Karim Haddad received him with his adviser Walid Nasser "
     "sitting in.",
     [MW("person:karim-haddad", "person:walid-nasser"),
      MW("person:john-carter", "person:walid-nasser")],
     [MW("person:omar-farah", "person:walid-nasser")]),
    # two meetings, one attendee at both; the partners of separate meetings stay apart
    ("John Carter met separately with Karim Haddad and then with Omar Farah, with envoy "
     "Walid Nasser sitting in on both meetings.",
     [MW("person:karim-haddad", "person:walid-nasser"),
      MW("person:omar-farah", "person:walid-nasser")],
     [MW("person:karim-haddad", "person:omar-farah")]),
]

NOT_SAT_IN = [
    # a seat somewhere, no attendance
    ("Karim Haddad met John Carter on Monday, with Walid Nasser sitting in the front row of "
     "the hall.",
     [MW("person:john-carter", "person:karim-haddad")],
     [MW("person:karim-haddad", "person:walid-nasser")]),
    ("Karim Haddad met John Carter on Monday; Walid Nasser was sitting in the car.",
     [MW("person:john-carter", "person:karim-haddad")],
     [MW("person:karim-haddad", "person:walid-nasser")]),
    # a phone call is no meeting
    ("Karim Haddad spoke by phone with John Carter on Monday, with Walid Nasser sitting in.",
     [], [MW("person:karim-haddad", "person:walid-nasser"),
          MW("person:john-carter", "person:karim-haddad")]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), SAT_IN + NOT_SAT_IN)
def test_sitting_in(ex, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="en"), text[:60], must, must_not)


PLACE_NAMED = [
    ("President Karim Haddad hosted Prime Minister John Carter at the White House on Tuesday. "
     "Secretary of State Walid Nasser, adviser Laura Stone and envoy Omar Farah joined the "
     "Oval Office meeting, a person familiar with the talks said.",
     [MW("person:john-carter", "person:walid-nasser"),
      MW("person:karim-haddad", "person:omar-farah"),
      MW("person:laura-stone", "person:walid-nasser")], []),
    # the meeting told in the place named, not the one told in between elsewhere
    ("Karim Haddad held talks with John Carter in Nairobi on Thursday. The visit followed a "
     "stop in Kampala, where Haddad was received by Omar Farah. Intelligence chief Walid "
     "Nasser also took part in the Nairobi talks, photographs showed.",
     [MW("person:john-carter", "person:walid-nasser"),
      MW("person:karim-haddad", "person:walid-nasser")],
     [MW("person:omar-farah", "person:walid-nasser")]),
    ("President Karim Haddad received John Carter in Cairo on Tuesday. Walid Nasser attended "
     "the Cairo meeting.",
     [MW("person:john-carter", "person:walid-nasser")], []),
]

NOT_PLACE_NAMED = [
    # a place no meeting told names: no meeting
    ("Karim Haddad held talks with John Carter in Nairobi on Thursday. The visit followed a "
     "stop in Kampala, where Haddad was received by Omar Farah. Intelligence chief Walid "
     "Nasser also took part in the Cairo talks, photographs showed.",
     [MW("person:john-carter", "person:karim-haddad")],
     [MW("person:omar-farah", "person:walid-nasser"),
      MW("person:karim-haddad", "person:walid-nasser")]),
    # a summit is no meeting of two
    ("Karim Haddad attended the Arab League summit in Cairo. Walid Nasser attended the Arab "
     "League meeting.", [], [MW("person:karim-haddad", "person:walid-nasser")]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), PLACE_NAMED + NOT_PLACE_NAMED)
def test_place_named_meeting(ex, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="en"), text[:60], must, must_not)
