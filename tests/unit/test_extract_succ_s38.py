"""Session 38 (succ): SUCCESSOR_OF recall.

1. "It is X's first known trip to Z since he succeeded Y": an adjective between "first" and
   the counted visit ("first known / foreign / official trip") still makes "he" the possessor
   X (``succession_since_he``); the base read nothing (it only knew "first trip").
"""

from __future__ import annotations

import pytest

from tests.extract_support import SO, assert_relations

QAANI = "person:esmail-qaani"
SOLEIMANI = "person:qasem-soleimani"
BARZANI = "person:masrour-barzani"
ARAGHCHI = "person:abbas-araghchi"
BAGHERI = "person:ali-bagheri-kani"
SUDANI = "person:mohammed-shia-al-sudani"

CASES = [
    # 1. fail on the base: "first known / foreign trip"
    ("en", "Masrour Barzani received Esmail Qaani in Erbil on Sunday. "
     "It was Qaani's first known visit to the region since he succeeded Qasem Soleimani in 2020.",
     [SO(QAANI, SOLEIMANI)], [SO(BARZANI, SOLEIMANI)]),
    ("en", "Mohammed Shia al-Sudani met Abbas Araghchi in Baghdad. "
     "It was Araghchi's first foreign trip since he replaced Ali Bagheri Kani last month.",
     [SO(ARAGHCHI, BAGHERI)], [SO(SUDANI, BAGHERI)]),
    # negatives: the trip is someone else's than the one who succeeded; no "first" phrase
    ("en", "Masrour Barzani received Esmail Qaani in Erbil on Sunday. "
     "It was Barzani's first known meeting with the general since Qaani's predecessor "
     "Qasem Soleimani died.",
     [], [SO(BARZANI, SOLEIMANI)]),
    ("en", "Mohammed Shia al-Sudani met Abbas Araghchi in Baghdad. "
     "It was Sudani's first official meeting with an Iranian minister since Ali Bagheri Kani "
     "left the ministry.",
     [], [SO(SUDANI, BAGHERI), SO(ARAGHCHI, BAGHERI)]),
]


@pytest.mark.parametrize("lang,text,must,must_not", CASES)
def test_succ_s38(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
