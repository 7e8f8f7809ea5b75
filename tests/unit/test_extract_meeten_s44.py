"""Session 44 (meeten): English MET_WITH recall on attendees, and a body named as the venue.

- "X and Y held talks at the <ministry>, joined by Z": a body after "at / in (the)" right
  after the meeting verb is where they met, not a party (``meeting_press.venue_before_with_en``,
  read by ``meetings._met_svo``; session 19 read it only before "with Y").
"""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

FUAD = "person:fuad-hussein"
BLINKEN = "person:antony-blinken"
KHAIRALLAH = "person:nizar-khairallah"
MINISTRY = "organization:iraqi-foreign-ministry"
PENTAGON = "organization:us-department-of-defense"

CASES = [
    # a ministry as the venue of a plural subject's talks: the two met, the body did not
    ("en", "On Sunday Fuad Hussein and Antony Blinken held talks at the Iraqi foreign "
     "ministry, joined by the Iraqi ambassador Nizar Khairallah.",
     [MW(FUAD, BLINKEN)], [MW(MINISTRY, FUAD), MW(MINISTRY, BLINKEN)]),
    ("en", "Fuad Hussein and Antony Blinken met at the Pentagon on Friday.",
     [MW(FUAD, BLINKEN)], [MW(PENTAGON, FUAD), MW(PENTAGON, BLINKEN)]),
    # negative: one person at a venue met nobody
    ("en", "Fuad Hussein held talks at the Pentagon.", [], [MW(PENTAGON, FUAD)]),
    # the partner after "with" past the venue stays
    ("en", "Fuad Hussein held talks at the Pentagon with Antony Blinken.",
     [MW(FUAD, BLINKEN)], [MW(PENTAGON, FUAD)]),
    # crash safety: the text ends right after the cue
    ("en", "Fuad Hussein and Antony Blinken held talks at the", [], []),
    ("en", "Fuad Hussein and Antony Blinken held talks at the Pentagon", [],
     [MW(PENTAGON, FUAD)]),
]


@pytest.mark.parametrize("lang,text,must,must_not", CASES)
def test_meeten_s44(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
