"""Session 24, second round (timeline): pieces that are not plain narrative: profiles and
timelines told in sentences led by "he" / "she" (the subject carried from the first
sentence that names one, not the last person named)."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

TAHIR = "person:omar-tahir"
KARIM = "person:ali-karim"
RUTO = "person:william-ruto"
OSMAN = "person:leila-osman"
SALEH = "person:ahmed-saleh"

# ---- "X ... . In 2019 he became ... Y. In 2020 he met Z": X met Z ----------------------------
PRONOUN_CHAIN = [
    ("Lieutenant General Omar Tahir, the new army chief, was barely known in 2019. After the "
     "coup he became head of the council, which worked alongside Prime Minister Ali Karim. "
     "Months later he held talks with Kenyan President William Ruto in Nairobi.",
     [MW(TAHIR, RUTO)], [MW(KARIM, RUTO)]),
    # two pronoun-led sentences between, the subject after a fronted clause
    ("When the army removed Ahmed Saleh in 2018, Leila Osman took charge of the council. "
     "She appointed Ali Karim as her deputy. In March she dismissed the cabinet of Omar Tahir. "
     "A year later she sat down with William Ruto in Mombasa.",
     [MW(OSMAN, RUTO)], [MW(TAHIR, RUTO), MW(SALEH, RUTO), MW(KARIM, RUTO)]),
    # a fronted apposition before the subject; "she" twelve words into its sentence
    ("A former teacher, Leila Osman was elected president in 2012, succeeding Ahmed Saleh. "
     "In 2017 she handed power to Omar Tahir, who beat her in the vote. She returned to "
     "office in 2022, succeeding Tahir, in a race in which Saleh also stood and lost. Her "
     "first trip abroad after the vote took her to Nairobi, where she was received by "
     "Kenyan President William Ruto.",
     [MW(OSMAN, RUTO)], [MW(SALEH, RUTO), MW(TAHIR, RUTO)]),
    # the sentence before names its own subject: that one, as before
    ("Ali Karim was elected in 2012. Omar Tahir became prime minister in May. In June he held "
     "talks with William Ruto in Nairobi.",
     [MW(TAHIR, RUTO)], [MW(KARIM, RUTO)]),
]


@pytest.mark.parametrize("text,must,must_not", PRONOUN_CHAIN)
def test_pronoun_chain_en(ex, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="en"), text[:40], must, must_not)


FIDAN = "person:hakan-fidan"
SHARAA = "person:ahmed-al-sharaa"
SHAIBANI = "person:asaad-al-shaibani"
AOUN = "person:joseph-aoun"
BARRACK = "person:tom-barrack"
SAFADI = "person:ayman-safadi"

# ---- "A joins them" after a meeting (live blogs, briefs) -------------------------------------
JOINS_THEM = [
    ("en", "10:30 - Foreign Minister Ali Karim is at the palace for talks with President William "
     "Ruto. Ruto's chief of staff, former minister Leila Osman, joins them.",
     [MW(OSMAN, KARIM), MW(OSMAN, RUTO)], []),
    ("en", "Foreign Minister Ali Karim met President William Ruto on Monday. Leila Osman later "
     "joined them for the talks.",
     [MW(OSMAN, KARIM), MW(OSMAN, RUTO)], []),
    # not a meeting she joined
    ("en", "Foreign Minister Ali Karim met President William Ruto on Monday. Leila Osman later "
     "joined them in condemning the attack.",
     [MW(KARIM, RUTO)], [MW(OSMAN, KARIM), MW(OSMAN, RUTO)]),
    ("ar", "التقى وزير الخارجية التركي هاكان فيدان الرئيس السوري أحمد الشرع في دمشق. وانضم "
     "إليهما لاحقاً وزير الخارجية السوري أسعد الشيباني.",
     [MW(SHAIBANI, FIDAN), MW(SHAIBANI, SHARAA)], []),
    ("ar", "10:30 - الرئيس جوزاف عون يستقبل المبعوث الأميركي توم براك في قصر بعبدا. المستشار "
     "الإعلامي للرئيس النائب أيمن الصفدي ينضم إليهما.",
     [MW(SAFADI, AOUN), MW(SAFADI, BARRACK)], []),
    # a tour, not the talks
    ("ar", "التقى هاكان فيدان أحمد الشرع في دمشق. وانضم إليهما أسعد الشيباني في جولة على "
     "الأسواق.",
     [MW(FIDAN, SHARAA)], [MW(SHAIBANI, FIDAN), MW(SHAIBANI, SHARAA)]),
]


@pytest.mark.parametrize("lang,text,must,must_not", JOINS_THEM)
def test_joins_them(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


# ---- "X, a <description> who replaced Y ... and has since met Z": X met Z ---------------------
RELATIVE_HEAD = [
    ("The mission is led by Ali Karim, a former Kenyan minister who replaced Omar Tahir as head "
     "of the mission in 2022 and has since met President William Ruto dozens of times.",
     [MW(KARIM, RUTO)], [MW(TAHIR, RUTO)]),
    ("Ali Karim, the lawyer who succeeded Omar Tahir in the 2019 vote and later met "
     "William Ruto, resigned on Monday.",
     [MW(KARIM, RUTO)], [MW(TAHIR, RUTO)]),
    # a comma closes the relative clause: Ruto is the subject of "met"
    ("Ruto received Ali Karim, who replaced Omar Tahir in 2022, and met Leila Osman.",
     [], [MW(TAHIR, OSMAN)]),
]


@pytest.mark.parametrize("text,must,must_not", RELATIVE_HEAD)
def test_relative_object_head_en(ex, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="en"), text[:40], must, must_not)
