"""Session 44 (meeten): English MET_WITH recall on attendees, and a body named as the venue.

- "X and Y held talks at the <ministry>, joined by Z": a body after "at / in (the)" right
  after the meeting verb is where they met, not a party (``meeting_press.venue_before_with_en``,
  read by ``meetings._met_svo``; session 19 read it only before "with Y").
- "X and Y signed a memorandum. The signing was attended by A and B", "X was sworn in before
  Y. Z also attended the ceremony": a ceremony's attendee met every participant of the latest
  meeting, and the attendees met each other (``meeting_ceremony_en``, read by
  ``meeting_attended.attended_meeting``); not one with a meeting of his own in his sentence.
  After review: only when that meeting was a signing, an oath or a handover told in this
  sentence or the one before, the ceremony a bare / signing one, no time shift between.
"""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

FUAD = "person:fuad-hussein"
BLINKEN = "person:antony-blinken"
KHAIRALLAH = "person:nizar-khairallah"
MINISTRY = "organization:iraqi-foreign-ministry"
PENTAGON = "organization:us-department-of-defense"
AUSTIN = "person:lloyd-austin"
SUDANI = "person:mohammed-shia-al-sudani"
RASHID = "person:abdul-latif-rashid"
MACRON = "person:emmanuel-macron"
SCHOLZ = "person:olaf-scholz"
JOHNSON = "person:boris-johnson"
TRUDEAU = "person:justin-trudeau"
PUTIN = "person:vladimir-putin"
ERDOGAN = "person:recep-tayyip-erdogan"
LAVROV = "person:sergei-lavrov"
AKAR = "person:hulusi-akar"

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
    # a signing's attendees met both signers and each other, whatever their side
    ("en", "Fuad Hussein and Antony Blinken signed a memorandum of understanding in Baghdad "
     "on Monday. The signing was attended by Lloyd Austin and Nizar Khairallah.",
     [MW(AUSTIN, FUAD), MW(AUSTIN, BLINKEN), MW(KHAIRALLAH, FUAD), MW(KHAIRALLAH, BLINKEN),
      MW(AUSTIN, KHAIRALLAH)], []),
    # an oath's attendee told in the next sentence met the one sworn in and the one before whom
    ("en", "Mohammed Shia al-Sudani was sworn in before President Abdul Latif Rashid on "
     "Thursday. Fuad Hussein also attended the ceremony.",
     [MW(FUAD, SUDANI), MW(FUAD, RASHID)], []),
    # negative: an attendee with talks of his own in his sentence met only his partner
    ("en", "Fuad Hussein and Antony Blinken signed a memorandum in Baghdad on Monday. Lloyd "
     "Austin, who attended the ceremony, held separate talks with Nizar Khairallah.",
     [MW(AUSTIN, KHAIRALLAH)], [MW(AUSTIN, FUAD), MW(AUSTIN, BLINKEN)]),
    # negative: "the signing of agreements" is no ceremony attended
    ("en", "Fuad Hussein met Antony Blinken in Baghdad. Lloyd Austin attended the signing of "
     "agreements with oil companies.", [MW(FUAD, BLINKEN)],
     [MW(AUSTIN, FUAD)]),
    # negative (review): a ceremony after talks is no rite of theirs
    ("en", "Emmanuel Macron met Olaf Scholz in Paris on Monday. A week later, Boris Johnson "
     "attended the ceremony for the victims in London.", [MW(MACRON, SCHOLZ)],
     [MW(JOHNSON, MACRON), MW(JOHNSON, SCHOLZ)]),
    ("en", "Emmanuel Macron met Olaf Scholz in Paris on Monday. The funeral ceremony of the late "
     "king was attended by Boris Johnson and Justin Trudeau.", [MW(MACRON, SCHOLZ)],
     [MW(JOHNSON, MACRON), MW(JOHNSON, SCHOLZ), MW(TRUDEAU, MACRON), MW(TRUDEAU, SCHOLZ),
      MW(JOHNSON, TRUDEAU)]),
    ("en", "Vladimir Putin met Recep Tayyip Erdogan in Moscow on Monday. Earlier, the "
     "wreath-laying ceremony was attended by Sergey Lavrov and Hulusi Akar.",
     [MW(PUTIN, ERDOGAN)],
     [MW(LAVROV, PUTIN), MW(LAVROV, ERDOGAN), MW(AKAR, PUTIN), MW(AKAR, ERDOGAN),
      MW(LAVROV, AKAR)]),
    # negative: after a signing, still another event (a time shift, a funeral, told further back)
    ("en", "Emmanuel Macron and Olaf Scholz signed a treaty in Paris on Monday. A week later, "
     "Boris Johnson attended the ceremony for the victims in London.", [MW(MACRON, SCHOLZ)],
     [MW(JOHNSON, MACRON), MW(JOHNSON, SCHOLZ)]),
    ("en", "Emmanuel Macron and Olaf Scholz signed a treaty in Paris on Monday. The funeral "
     "ceremony of the late king was attended by Boris Johnson.", [MW(MACRON, SCHOLZ)],
     [MW(JOHNSON, MACRON), MW(JOHNSON, SCHOLZ)]),
    ("en", "Emmanuel Macron and Olaf Scholz signed a treaty in Paris on Monday. Macron then flew "
     "home. The signing ceremony was attended by Boris Johnson.", [MW(MACRON, SCHOLZ)],
     [MW(JOHNSON, MACRON), MW(JOHNSON, SCHOLZ)]),
    # the signing ceremony right after the signing stays
    ("en", "Emmanuel Macron and Olaf Scholz signed a treaty in Paris on Monday. The signing "
     "ceremony was attended by Boris Johnson and Justin Trudeau.",
     [MW(JOHNSON, MACRON), MW(JOHNSON, SCHOLZ), MW(TRUDEAU, MACRON), MW(JOHNSON, TRUDEAU)], []),
    # crash safety: the text ends right after the cue
    ("en", "Fuad Hussein and Antony Blinken signed a memorandum. The signing was attended by",
     [], []),
    ("en", "Fuad Hussein was sworn in before Abdul Latif Rashid. Lloyd Austin also attended the",
     [], [MW(AUSTIN, FUAD)]),
    ("en", "Fuad Hussein and Antony Blinken held talks at the", [], []),
    ("en", "Fuad Hussein and Antony Blinken held talks at the Pentagon", [],
     [MW(PENTAGON, FUAD)]),
]


@pytest.mark.parametrize("lang,text,must,must_not", CASES)
def test_meeten_s44(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
