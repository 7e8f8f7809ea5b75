"""Session 33 (meeten): English MET_WITH recall on attendee constructions of JY-KG.

Counted on the dev writers' English text from JY-KG's misses, built when the kind recurs in at
least 3 writers whose gold pairs them that way (attendees pair with every participant and
with each other):
- "..., with X sitting in (on the talks)" (FX-FZ, JG-JI, KB-KD: ``meeting_sat_in_en``).
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
