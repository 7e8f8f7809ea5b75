"""Session 20 (lexen): English ways of telling an in-person meeting, from general news usage:
"had a (private) audience with", "held / had a summit with", "paid a courtesy call on",
"X and Y conferred / huddled", "held a working lunch / dinner with"; each with a case that
must not be read (a plan, a phone call, an object that is no partner)."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

ERDOGAN = "person:recep-tayyip-erdogan"
MBS = "person:mohammed-bin-salman"
PAIR = MW(ERDOGAN, MBS)

AUDIENCE_SUMMIT = [
    ("Recep Tayyip Erdogan had a private audience with Mohammed bin Salman at Al-Yamamah.",
     [PAIR], []),
    ("Last spring Recep Tayyip Erdogan held a bilateral summit with Mohammed bin Salman.",
     [PAIR], []),
    ("Recep Tayyip Erdogan had a summit with Crown Prince Mohammed bin Salman in Jeddah.",
     [PAIR], []),
    # sought, planned, or a summit with others
    ("Recep Tayyip Erdogan sought an audience with Mohammed bin Salman in vain.", [], [PAIR]),
    ("Recep Tayyip Erdogan will hold a summit with Mohammed bin Salman next month.", [], [PAIR]),
    ("Recep Tayyip Erdogan held a summit with Gulf rulers after Mohammed bin Salman left.",
     [], [PAIR]),
]

COURTESY = [
    ("Recep Tayyip Erdogan paid a courtesy call on Crown Prince Mohammed bin Salman in Jeddah.",
     [PAIR], []),
    # "to" may be a telephone call; a denial
    ("Recep Tayyip Erdogan made a courtesy call to Mohammed bin Salman on Eid.", [], [PAIR]),
    ("Recep Tayyip Erdogan never paid a courtesy call on Mohammed bin Salman.", [], [PAIR]),
]

CONFERRED = [
    ("Recep Tayyip Erdogan and Mohammed bin Salman huddled for an hour in Jeddah.", [PAIR], []),
    ("Recep Tayyip Erdogan and Mohammed bin Salman conferred at the palace on Sunday.",
     [PAIR], []),
    # by telephone; an award conferred; aides before the other arrived
    ("Recep Tayyip Erdogan and Mohammed bin Salman conferred by telephone on Sunday.",
     [], [PAIR]),
    ("Recep Tayyip Erdogan conferred an award on Mohammed bin Salman in Ankara.", [], [PAIR]),
    ("Recep Tayyip Erdogan conferred with aides before Mohammed bin Salman arrived.",
     [], [PAIR]),
]

MEALS = [
    ("Recep Tayyip Erdogan held a working dinner with Mohammed bin Salman in Jeddah.",
     [PAIR], []),
    ("Recep Tayyip Erdogan held a working lunch with his ministers before Mohammed bin Salman "
     "landed.", [], [PAIR]),
]


@pytest.mark.parametrize(("text", "must", "must_not"),
                         AUDIENCE_SUMMIT + COURTESY + CONFERRED + MEALS)
def test_meeting_idioms_en(ex, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang="en"), text[:40], must, must_not)


# ---- the present tense of headlines and timelines ------------------------------------------
PRESENT = [
    ("June 2019 - Recep Tayyip Erdogan sits down with Mohammed bin Salman in Jeddah.", [PAIR], []),
    ("Recep Tayyip Erdogan lunches with Mohammed bin Salman at the Red Sea palace.", [PAIR], []),
    ("Recep Tayyip Erdogan dines with Mohammed bin Salman in Jeddah.", [PAIR], []),
    ("Recep Tayyip Erdogan huddles with Mohammed bin Salman in Jeddah.", [PAIR], []),
    ("Recep Tayyip Erdogan confers with Mohammed bin Salman at Al-Salam palace.", [PAIR], []),
    ("Recep Tayyip Erdogan greets Mohammed bin Salman at Esenboga airport.", [PAIR], []),
    ("- 2019: Recep Tayyip Erdogan visits Mohammed bin Salman in Jeddah.", [PAIR], []),
    ("2019 - Recep Tayyip Erdogan calls on Crown Prince Mohammed bin Salman in Jeddah.",
     [PAIR], []),
    # an appeal, a crowd, a place, a plan, a phone, a plural noun: nothing
    ("Recep Tayyip Erdogan calls on Mohammed bin Salman to end the blockade.", [], [PAIR]),
    ("Recep Tayyip Erdogan greets the crowd before Mohammed bin Salman speaks.", [], [PAIR]),
    ("Recep Tayyip Erdogan visits Riyadh as Mohammed bin Salman leaves for Paris.", [], [PAIR]),
    ("Recep Tayyip Erdogan will visit Mohammed bin Salman next week.", [], [PAIR]),
    ("Recep Tayyip Erdogan huddles with Mohammed bin Salman by phone.", [], [PAIR]),
    ("After two visits Mohammed bin Salman agreed to see Recep Tayyip Erdogan.", [], [PAIR]),
    ("Recep Tayyip Erdogan sits on the board while Mohammed bin Salman chairs it.", [], [PAIR]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), PRESENT)
def test_meeting_present_en(ex, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang="en"), text[:40], must, must_not)
