"""Session 19, second round (killings and successions): the reduced passive of timelines and
headlines ("X killed in a US raid"), and "succeeded him" after it in the same sentence."""

from __future__ import annotations

import pytest

from tests.extract_support import AB, SO, assert_relations

BAGHDADI = "person:abu-bakr-al-baghdadi"
ZARQAWI = "person:abu-musab-al-zarqawi"
QURASHI = "person:abu-ibrahim-al-hashimi-al-qurashi"
KARAKI = "person:ali-karaki"
HEZBOLLAH = "organization:hezbollah"
US = "country:united-states"

# ---- "X killed by/in a US strike" without its auxiliary -------------------------------------
REDUCED = [
    ("- 2006: Abu Musab al-Zarqawi killed by an American airstrike north of Baghdad.", "en",
     [AB(ZARQAWI, US)], []),
    ("2019 - Abu Bakr al-Baghdadi killed in a US commando raid in northwestern Syria.", "en",
     [AB(BAGHDADI, US)], []),
    # the timeline's own succession: him is the man just killed, not an earlier victim
    ("- 2006: Abu Musab al-Zarqawi killed by an American airstrike near Baqubah. "
     "- 2019: Abu Bakr al-Baghdadi killed in a US raid in Idlib; Abu Ibrahim al-Hashimi "
     "al-Qurashi succeeded him.", "en",
     [AB(BAGHDADI, US), SO(QURASHI, BAGHDADI)], [SO(QURASHI, ZARQAWI)]),
    # an active "killed" with its object after a phrase is not the reduced passive
    ("Hezbollah killed in a raid the militia commander Ali Karaki.", "en",
     [AB(KARAKI, HEZBOLLAH)], []),
    # "in" + no strike noun: nothing read as a killing of the name
    ("Abu Bakr al-Baghdadi killed in the name of a caliphate he never ruled.", "en",
     [], [AB(BAGHDADI, US)]),
]


# ---- "neutralised" (Turkish official usage for a killing); "Name (ACRONYM)" as the agent ----
MIT = "organization:turkish-national-intelligence-organization"
HUSSEINI = "person:abu-al-hussein-al-husseini-al-qurashi"
FIDAN = "person:hakan-fidan"
KALIN = "person:ibrahim-kalin"
NEUTRALISED = [
    ("Abu al-Hussein al-Husseini al-Qurashi was neutralised near Jindires in an operation "
     "conducted by the National Intelligence Organisation (MIT), officials said.", "en",
     [AB(HUSSEINI, MIT)], []),
    ("Officials said the National Intelligence Organization (MIT) had \"neutralized\" Abu "
     "al-Hussein al-Husseini al-Qurashi in northern Syria.", "en",
     [AB(HUSSEINI, MIT)], []),
    # no person neutralised: nothing
    ("The MIT neutralised the threat before Hakan Fidan arrived in Damascus.", "en",
     [], [AB(FIDAN, MIT)]),
    # "headed by Y; X replaced him": Y, not the victim of the sentence before
    ("Turkish intelligence said it had killed Abu al-Hussein al-Husseini al-Qurashi. The MIT "
     "was led at the time by Hakan Fidan; Ibrahim Kalin replaced him in June.", "en",
     [SO(KALIN, FIDAN)], [SO(KALIN, HUSSEINI)]),
]


# ---- "in Y's place", "in succession to Y" -------------------------------------------------
FAISAL = "person:faisal-bin-farhan"
JUBEIR = "person:adel-al-jubeir"
PLACE = [
    ("In October 2019 Faisal bin Farhan was named foreign minister in Adel al-Jubeir's place.",
     "en", [SO(FAISAL, JUBEIR)], []),
    ("The group said Abu al-Hussein al-Husseini al-Qurashi had been chosen as its leader in "
     "succession to Abu Ibrahim al-Hashimi al-Qurashi.", "en", [SO(HUSSEINI, QURASHI)], []),
    # a seat, not a post: nothing
    ("Faisal bin Farhan sat in Adel al-Jubeir's place at the dinner.", "en",
     [], [SO(FAISAL, JUBEIR)]),
]


# ---- the sentence's opening name before a long apposition and "was killed" ---------------
LONG_APPOSITION = [
    ("WASHINGTON — Abu Bakr al-Baghdadi, the secretive head of the Islamic State who declared "
     "himself caliph from a mosque in Mosul in the summer of 2014, was killed in a raid by "
     "American special forces in northwestern Syria, officials said.", "en",
     [AB(BAGHDADI, US)], []),
    # the opening name is someone who speaks; the one killed is described, not named
    ("Abu Musab al-Zarqawi said in a recording that a man, a courier of the group who had "
     "carried his letters from Baghdad to the border for many years, was killed in an "
     "American raid.", "en", [], [AB(ZARQAWI, US)]),
]


# ---- "took over ... from his brother, Y" ----------------------------------------------------
KBS = "person:khalid-bin-salman"
MBS = "person:mohammed-bin-salman"
FROM_APPOSED = [
    ("Khalid bin Salman, who took over the ministry in 2022 from his brother, Crown Prince "
     "Mohammed bin Salman, flew to Tehran on Thursday.", "en", [SO(KBS, MBS)], []),
    # the role noun has no name of its own after it: nothing
    ("Khalid bin Salman took over the ministry from his brother in 2022, Mohammed bin Salman "
     "said.", "en", [], [SO(KBS, MBS)]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"),
                         REDUCED + NEUTRALISED + PLACE + LONG_APPOSITION + FROM_APPOSED)
def test_kill_succession_s19b(ex, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
