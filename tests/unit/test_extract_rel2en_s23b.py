"""Session 23, second round (rel2en): the English relation step when the people are found:
a place no mention reads before a list member's title ("A and Somaliland leader B met"), a
coordinated "and then held talks with him" after an object list, "and is expected to ..." as a
new clause, "received by A and, separately, by B", "in the presence of his son, C", a long
description before the passive agent. Our own sentences, with negatives (English only: the
constructions are read by English rules)."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

MACRON = "person:emmanuel-macron"
ERDOGAN = "person:recep-tayyip-erdogan"
PUTIN = "person:vladimir-putin"
LUKASHENKO = "person:alexander-lukashenko"
BZHANIA = "person:aslan-bzhania"
KRASNO = "person:vadim-krasnoselsky"

# ---- "A and Somaliland leader B met": a capitalised place word before the title -----------
PLACE_BEFORE_TITLE = [
    ("Recep Tayyip Erdogan and Transnistria leader Vadim Krasnoselsky met in Ankara on Monday.",
     [MW(ERDOGAN, KRASNO)], []),
    ("Emmanuel Macron and Abkhazia leader Aslan Bzhania sat down in Paris for talks.",
     [MW(MACRON, BZHANIA)], []),
    # the list is the object: its members are not paired with each other
    ("Vladimir Putin received Alexander Lukashenko and Abkhazia leader Aslan Bzhania in Sochi.",
     [MW(PUTIN, LUKASHENKO), MW(PUTIN, BZHANIA)], [MW(LUKASHENKO, BZHANIA)]),
    # a clause of its own after ", and": no list
    ("Vladimir Putin met Alexander Lukashenko on Friday, and Abkhazia leader Aslan Bzhania "
     "praised the talks.", [MW(PUTIN, LUKASHENKO)], [MW(PUTIN, BZHANIA), MW(LUKASHENKO, BZHANIA)]),
    ("Recep Tayyip Erdogan and Transnistria leader Vadim Krasnoselsky did not meet in Ankara.",
     [], [MW(ERDOGAN, KRASNO)]),
]



# ---- "X criticised A and B, and then held talks with him": X is the subject, not B -----------
SCHOLZ = "person:olaf-scholz"
MELONI = "person:giorgia-meloni"
BAERBOCK = "person:annalena-baerbock"
TALKS_WITH_HIM = [
    ("Emmanuel Macron criticised Olaf Scholz and Giorgia Meloni, and then held talks with him.",
     [], [MW(SCHOLZ, MELONI)]),
    ("Emmanuel Macron praised Giorgia Meloni and Olaf Scholz on Monday and later held talks "
     "with him in Rome.", [], [MW(SCHOLZ, MELONI)]),
    # one person between the subject and "and then held talks with him": that one
    ("Olaf Scholz welcomed Emmanuel Macron at the airport and later held talks with him.",
     [MW(SCHOLZ, MACRON)], []),
    # a subject of its own before "held": the older reading
    ("Emmanuel Macron arrived in Berlin on Monday. Annalena Baerbock welcomed him, and Olaf "
     "Scholz then held talks with him.", [MW(SCHOLZ, MACRON), MW(BAERBOCK, MACRON)], []),
]



# ---- "X flew to D for talks with Y and is expected to return": the later "expected" is a new
# clause of the same subject, not the meeting's modality ------------------------------------
AND_AUX = [
    ("Emmanuel Macron flew to Berlin for talks with Olaf Scholz and is expected to return on "
     "Monday.", [MW(MACRON, SCHOLZ)], []),
    ("Recep Tayyip Erdogan held talks with Vladimir Putin in Sochi and will travel to Minsk on "
     "Tuesday.", [MW(ERDOGAN, PUTIN)], []),
    ("Emmanuel Macron held talks with Olaf Scholz and was due to meet Giorgia Meloni later.",
     [MW(MACRON, SCHOLZ)], [MW(MACRON, MELONI)]),
    # still planned or sought
    ("Emmanuel Macron sought talks with Olaf Scholz and is expected to arrive on Monday.",
     [], [MW(MACRON, SCHOLZ)]),
    ("A meeting between Emmanuel Macron and Olaf Scholz is expected on Monday.",
     [], [MW(MACRON, SCHOLZ)]),
    ("Talks with Olaf Scholz and Giorgia Meloni are expected on Monday, Emmanuel Macron said.",
     [], [MW(MACRON, SCHOLZ), MW(MACRON, MELONI)]),
]



# ---- "was received by A and, separately / later, by B": B too; a subject misread as its own
# agent pairs nobody -------------------------------------------------------------------------
STEINMEIER = "person:frank-walter-steinmeier"
KHAMENEI = "person:ali-khamenei"
PEZESHKIAN = "person:masoud-pezeshkian"
MORE_AGENTS = [
    ("Emmanuel Macron was received by Olaf Scholz and, separately, by Frank-Walter Steinmeier.",
     [MW(MACRON, SCHOLZ), MW(MACRON, STEINMEIER)], [MW(SCHOLZ, STEINMEIER)]),
    ("Recep Tayyip Erdogan arrived in Moscow on Monday; he was welcomed by Vladimir Putin and, "
     "later, by Alexander Lukashenko.", [MW(ERDOGAN, PUTIN), MW(ERDOGAN, LUKASHENKO)],
     [MW(PUTIN, LUKASHENKO)]),
    # a comma aside that is no adverb of time or manner: not read
    ("Emmanuel Macron was received by Olaf Scholz and, according to aides, criticised by "
     "Frank-Walter Steinmeier.", [MW(MACRON, SCHOLZ)], [MW(MACRON, STEINMEIER)]),
    # the subject resolves to the first agent: no pair with the second one
    ("Ali Khamenei spoke on television. Khamenei was also received by Ali Khamenei and, "
     "separately, by President Masoud Pezeshkian.", [], [MW(KHAMENEI, PEZESHKIAN)]),
]



# ---- "A was received by B, in the presence of his son / her deputy, C": C met both (the
# countries unknown; a title with abbreviations before C) -----------------------------------
KUBIS = "person:jan-kubis"
MENFI = "person:mohammed-al-menfi"
ZENENGA = "person:raisedon-zenenga"
PRESENCE_KIN = [
    ("Jan Kubis met Mohamed al-Menfi in Tripoli in the presence of his deputy, Raisedon "
     "Zenenga.", [MW(KUBIS, MENFI), MW(ZENENGA, KUBIS), MW(ZENENGA, MENFI)], []),
    ("Jan Kubis was received in Tripoli by Mohamed al-Menfi, in the presence of his adviser, "
     "Lt. Gen. Raisedon Zenenga.", [MW(KUBIS, MENFI), MW(ZENENGA, KUBIS), MW(ZENENGA, MENFI)],
     []),
    # nobody's: session 28 (meet) pairs him with both all the same (the brief pairs an
    # attendee with every participant; before, the countries telling nothing gave no pair)
    ("Jan Kubis met Mohamed al-Menfi in Tripoli in the presence of Raisedon Zenenga.",
     [MW(KUBIS, MENFI), MW(ZENENGA, KUBIS), MW(ZENENGA, MENFI)], []),
    ("Jan Kubis met Mohamed al-Menfi in Tripoli, and Raisedon Zenenga praised his son.",
     [MW(KUBIS, MENFI)], [MW(ZENENGA, KUBIS), MW(ZENENGA, MENFI)]),
]



# ---- "was received by the <long title of a body>, Y": the agent after a description of up to
# twelve words; "The Envoy of the UN Secretary-General and head of ..., X": the holder of the
# title is no list member --------------------------------------------------------------------
GUTERRES = "person:antonio-guterres"
LONG_AGENT = [
    ("Jan Kubis was received on Monday by the Chairman of the Presidential Council of the "
     "Government of National Unity, Mohamed al-Menfi.", [MW(KUBIS, MENFI)], []),
    ("The Personal Envoy of the UN Secretary-General and head of the UN mission, Jan Kubis, "
     "was received on Monday by Mohamed al-Menfi.", [MW(KUBIS, MENFI)], [MW(GUTERRES, MENFI)]),
    ("The Envoy of President Vladimir Putin and head of the Russian delegation, Sergei Lavrov, "
     "met Olaf Scholz in Berlin.", [], [MW(PUTIN, SCHOLZ)]),
    # a list of two titled people: both met
    ("Vladimir Putin and Defence Minister Sergei Shoigu received Alexander Lukashenko in Sochi.",
     [MW(PUTIN, LUKASHENKO), MW("person:sergei-shoigu", LUKASHENKO)], []),
]


@pytest.mark.parametrize("text,must,must_not", PLACE_BEFORE_TITLE + TALKS_WITH_HIM + AND_AUX +
                         MORE_AGENTS + PRESENCE_KIN + LONG_AGENT)
def test_relation_step_en(ex, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="en"), text[:40], must, must_not)
