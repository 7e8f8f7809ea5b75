"""Session 29 (succkill): ASSASSINATED_BY and SUCCESSOR_OF on the newest writers; our own
sentences, in both languages where the construction was built in both, and cases not to read.

- an army that says "the Sept. 27 strike (also) killed X" (a date, a day or "same" before the
  strike noun, "also" before the verb, "had said earlier that") killed X, as "the strike
  killed X" already read; a party or a ministry that says so is no agent.
"""

from __future__ import annotations

import pytest

from tests.extract_support import AB, assert_relations

KARAKI = "person:ali-karaki"
SALAMA = "person:rafa-salama"
HEZBOLLAH = "organization:hezbollah"
IDF = "organization:israel-defense-forces"

_NASRALLAH_KILLED = ("Hezbollah named Naim Kassem as its leader, a month after Hassan Nasrallah "
                     "was killed in an Israeli strike on its headquarters. ")

DATED_STRIKE = [
    ("en", _NASRALLAH_KILLED + "The Israeli military said the Sept. 27 strike also killed Ali "
     "Karaki, the commander of Hezbollah's southern front.", [AB(KARAKI, IDF)], []),
    ("en", _NASRALLAH_KILLED + "The Israeli military said the Friday strike killed Ali Karaki.",
     [AB(KARAKI, IDF)], []),
    ("en", "The Israel Defense Forces announced that Mohammed Deif was killed in an airstrike. "
     "The IDF had said earlier that the July 13 strike had also killed Rafa Salama, the "
     "commander of the Khan Younis Brigade.", [AB(SALAMA, IDF)], []),
    # a party that tells its dead is no agent of the strike
    ("en", "Hezbollah said the Sept. 27 strike also killed Ali Karaki, the commander of its "
     "southern front.", [], [AB(KARAKI, HEZBOLLAH)]),
]


@pytest.mark.parametrize("lang,text,must,must_not", DATED_STRIKE)
def test_succkill_s29_constructions(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
