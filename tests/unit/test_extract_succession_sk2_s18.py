"""Session 18, second round: successions and killings the first round left (this file: the
holder of "his old post went to X, who was appointed to replace him", "وكان قد خلف Y" with its
subject dropped, "the president" after "Mr. X")."""

from __future__ import annotations

import pytest

from tests.extract_support import AB, SO, assert_relations

QAANI = "person:esmail-qaani"
SOLEIMANI = "person:qasem-soleimani"
HEJAZI = "person:mohammad-hejazi"
MUHANDIS = "person:abu-mahdi-al-muhandis"

# ---- "S had been Y's deputy; his old post went to X, who was appointed to replace him" ------
POST_WENT = [
    ("Esmail Qaani served for years as Qasem Soleimani's deputy; his former job went to "
     "Mohammad Hejazi, who was named to succeed him.", "en",
     [SO(HEJAZI, QAANI)], [SO(HEJAZI, SOLEIMANI)]),
    ("Esmail Qaani had long been Qasem Soleimani's deputy; his old post passed to Mohammad "
     "Hejazi, who was appointed to replace him in January.", "en",
     [SO(HEJAZI, QAANI)], [SO(HEJAZI, SOLEIMANI)]),
    # no "his post went to": the possessor of the deputy is still who "him" names
    ("Qasem Soleimani's deputy, Esmail Qaani, was named to succeed him.", "en",
     [SO(QAANI, SOLEIMANI)], []),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), POST_WENT)
def test_post_went_to_holder(ex, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


# ---- "وكان قد خلف Y": the subject dropped, the previous sentence's subject ----------------------
ASADI = "person:abdul-ghani-al-asadi"
FAYYADH = "person:falih-al-fayyadh"
KANA_QAD = [
    ("وأعلن عبد الغني الأسدي استقالته من رئاسة الجهاز يوم الأحد. وكان قد خلف فالح الفياض في "
     "المنصب عام 2020، وفق مصادر حكومية.", "ar", [SO(ASADI, FAYYADH)], [SO(FAYYADH, ASADI)]),
    ("وغادر إسماعيل قاآني طهران صباح اليوم متوجهاً إلى بغداد. وكان قد خلف قاسم سليماني في "
     "قيادة فيلق القدس.", "ar", [SO(QAANI, SOLEIMANI)], []),
    # no person in the previous sentence: nobody to read as the subject
    ("وتواصلت الاجتماعات في بغداد حتى المساء. وكان قد خلف فالح الفياض في المنصب عام 2020.",
     "ar", [], [SO(ASADI, FAYYADH)]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), KANA_QAD)
def test_kana_qad_khalafa_prev_subject(ex, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


# ---- "the president" after "Mr. X": a courtesy title is no office (coreference.py) ----------
TRUMP = "person:donald-trump"
POMPEO = "person:mike-pompeo"


COURTESY = [
    ("Aides said Mr. Trump had weighed the options over the holiday weekend. A week later, "
     "the president ordered the drone strike that killed Qasem Soleimani outside the airport.",
     "en", [AB(SOLEIMANI, TRUMP)], []),
    # "Mr. Pompeo" holds no presidency: "the president" stays Trump, named with his title
    ("President Trump returned to Washington on Sunday. Mr. Pompeo briefed reporters in the "
     "afternoon. Later, the president ordered the drone strike that killed Qasem Soleimani.",
     "en", [AB(SOLEIMANI, TRUMP)], [AB(SOLEIMANI, POMPEO)]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), COURTESY)
def test_courtesy_title_president(ex, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


# ---- "وقُتل في الغارة أيضاً X" far from the one strike the article told (strike_refs.py) ------
FILLER_AR = ("وقال مسؤولون في بغداد إن الحكومة ستعقد اجتماعاً طارئاً. وصوّت النواب على قرار "
             "جديد في جلسة مسائية. وردّت الخارجية ببيان مقتضب. ")
FILLER_EN = ("Officials in Baghdad said the cabinet would meet on Sunday. Lawmakers voted on a "
             "resolution in the evening. The ministry answered with a short statement. ")
FAR_STRIKE = [
    ("قُتل قاسم سليماني في غارة بطائرة مسيّرة أمر بها الرئيس الأميركي دونالد ترامب. " + FILLER_AR +
     "وقُتل في الغارة أيضاً أبو مهدي المهندس.", "ar", [AB(MUHANDIS, TRUMP)], []),
    ("Qasem Soleimani was killed in a drone strike ordered by President Donald Trump. " +
     FILLER_EN + "Abu Mahdi al-Muhandis was also killed in the strike.", "en",
     [AB(MUHANDIS, TRUMP)], []),
    # two strikes told in two sentences: the far one is not sure
    ("قُتل قاسم سليماني في غارة أمر بها الرئيس الأميركي دونالد ترامب. وقصفت إسرائيل مواقع "
     "قرب دمشق في غارة. " + FILLER_AR + "وقُتل في الغارة أيضاً أبو مهدي المهندس.", "ar", [],
     [AB(MUHANDIS, TRUMP)]),
]


@pytest.mark.parametrize(("text", "lang", "must", "must_not"), FAR_STRIKE)
def test_only_strike_far_back(ex, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
