"""Session 20 (lexen): English handover idioms of news style, written from general usage
("stepped into the shoes of", "made way for", "stepped down in favour of", "handed over to",
"passed the baton to", "ceded the post to"), each with a case that must not be read."""

from __future__ import annotations

import pytest

from tests.extract_support import SO, assert_relations

MBS = "person:mohammed-bin-salman"
MBN = "person:mohammed-bin-nayef"
KHAMENEI = "person:ali-khamenei"
KHOMEINI = "person:ruhollah-khomeini"

SHOES = [
    ("Ali Khamenei stepped into Ruhollah Khomeini's shoes in 1989.", [SO(KHAMENEI, KHOMEINI)], []),
    ("In 2017 Mohammed bin Salman stepped into the shoes of Muhammad bin Nayef as heir.",
     [SO(MBS, MBN)], []),
    ("Ali Khamenei filled the shoes of Ruhollah Khomeini after the funeral.",
     [SO(KHAMENEI, KHOMEINI)], []),
    # doubt, or no shoes of a person: nothing
    ("Mohammed bin Salman could never fill Muhammad bin Nayef's shoes, critics said.",
     [], [SO(MBS, MBN)]),
    ("Mohammed bin Salman stepped into the car of Muhammad bin Nayef.", [], [SO(MBS, MBN)]),
]

MADE_WAY = [
    ("Ruhollah Khomeini gave way to Ali Khamenei in 1989.", [SO(KHAMENEI, KHOMEINI)], []),
    ("Muhammad bin Nayef made way for his deputy, Mohammed bin Salman, in June.",
     [SO(MBS, MBN)], []),
    ("Ruhollah Khomeini stepped aside for Ali Khamenei, state radio said.",
     [SO(KHAMENEI, KHOMEINI)], []),
    ("Muhammad bin Nayef stepped down in favour of Mohammed bin Salman.", [SO(MBS, MBN)], []),
    # a thing, a vote, a candidacy or a plan: nothing
    ("Muhammad bin Nayef made way for the motorcade of Mohammed bin Salman in Riyadh.",
     [], [SO(MBS, MBN)]),
    ("Muhammad bin Nayef gave way to tears as Mohammed bin Salman spoke.", [], [SO(MBS, MBN)]),
    ("Muhammad bin Nayef voted in favour of Mohammed bin Salman.", [], [SO(MBS, MBN)]),
    ("Muhammad bin Nayef withdrew his candidacy in favour of Mohammed bin Salman.",
     [], [SO(MBS, MBN)]),
    ("Muhammad bin Nayef will step aside for Mohammed bin Salman next year.", [], [SO(MBS, MBN)]),
]

HANDED = [
    ("Muhammad bin Nayef handed over to Mohammed bin Salman in June.", [SO(MBS, MBN)], []),
    ("Muhammad bin Nayef handed over the ministry to Mohammed bin Salman.", [SO(MBS, MBN)], []),
    ("Ruhollah Khomeini passed the baton to Ali Khamenei, his aides said.",
     [SO(KHAMENEI, KHOMEINI)], []),
    ("Ruhollah Khomeini ceded the presidency to Ali Khamenei.", [SO(KHAMENEI, KHOMEINI)], []),
    # a letter handed over, a ball passed, ground ceded: no post
    ("Muhammad bin Nayef handed over to Mohammed bin Salman a letter from the king.",
     [], [SO(MBS, MBN)]),
    ("Muhammad bin Nayef passed the ball to Mohammed bin Salman.", [], [SO(MBS, MBN)]),
    ("Muhammad bin Nayef ceded ground to Mohammed bin Salman in the talks.", [], [SO(MBS, MBN)]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), SHOES + MADE_WAY + HANDED)
def test_handover_idioms_en(ex, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang="en"), text[:40], must, must_not)


# ---- "X took over in his place" (the predecessor named before) ------------------------------
IN_HIS_PLACE = [
    ("Muhammad bin Nayef was deposed in a palace coup in June. Mohammed bin Salman took over in "
     "his place.", [SO(MBS, MBN)], []),
    ("Ruhollah Khomeini died in June 1989, and Ali Khamenei takes over in his place.",
     [SO(KHAMENEI, KHOMEINI)], []),
    # a plan; a crowd
    ("Muhammad bin Nayef was removed in June. Mohammed bin Salman will take over in his place.",
     [], [SO(MBS, MBN)]),
    ("Mohammed bin Salman praised Muhammad bin Nayef. Then the crowds took over in his place.",
     [], [SO(MBS, MBN)]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), IN_HIS_PLACE)
def test_took_over_in_his_place_en(ex, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang="en"), text[:40], must, must_not)
