"""ASSASSINATED_BY (session 33, kill): English "martyred" as the verb of a strike (the Iranian
outlets' usage), our own sentences.

- active, a strike noun (or "also" after it) right before it: "That raid martyred X", "The
  enemy's strikes on Isfahan also martyred X, Y and Z";
- a participle after a noun: "X and Y were among the officers martyred in the US attacks".

Negatives: the adjective ("the martyred commander X", "honoured martyred generals X and Y"),
"martyred" with no strike before it ("Z had also martyred X": unread, as before), and those
"martyred in the war" with no agent.
"""

import pytest

from tests.extract_support import AB, assert_relations

BAGHERI, SALAMI = "person:mohammad-bagheri", "person:hossein-salami"
RASHID, ZAHEDI = "person:gholam-ali-rashid", "person:mohammad-reza-zahedi"
ISR, US = "country:israel", "country:united-states"


CASES = [
    ("en_raid_martyred",
     "Israel bombed the consulate annex in Damascus on April 1. That raid martyred Mohammad "
     "Reza Zahedi and six other advisers.", [AB(ZAHEDI, ISR)], []),
    ("en_strikes_on_city_also_martyred_list",
     "The Israeli strikes on Isfahan also martyred Mohammad Bagheri, Hossein Salami and "
     "Gholam Ali Rashid.", [AB(BAGHERI, ISR), AB(SALAMI, ISR), AB(RASHID, ISR)], []),
    ("en_among_officers_martyred_in",
     "Mohammad Bagheri and Hossein Salami were among the senior officers martyred in the "
     "Israeli attacks.", [AB(BAGHERI, ISR), AB(SALAMI, ISR)], []),
    ("en_those_martyred_in_us_strike",
     "Hossein Salami was among those martyred in the US strike.", [AB(SALAMI, US)], []),
    # negatives
    ("en_adjective_martyred_commander",
     "Mourners carried portraits of the martyred commander Mohammad Bagheri through Tehran.",
     [], [AB(BAGHERI, "country:iran")]),
    ("en_adjective_before_names",
     "Israel's enemies honoured martyred generals Mohammad Bagheri and Hossein Salami.",
     [], [AB(BAGHERI, ISR), AB(SALAMI, ISR)]),
    ("en_no_strike_noun_before",
     "A preacher claimed that Israel had also martyred Hossein Salami.", [], [AB(SALAMI, ISR)]),
    ("en_martyred_in_the_war_no_agent",
     "The families of those martyred in the war met Mohammad Bagheri.", [], []),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_kill_martyred_s33(ex, name, text, must, must_not):
    assert_relations(ex.extract(text, lang="en"), name, must, must_not)
