"""Session 25 (explainer): history told in the background sentences of explainers, profiles
and timelines (successions, meetings and killings told in passing)."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, SO, assert_relations

SALEH = "person:ahmed-ali-saleh"
OMAR_SALEH = "person:omar-salih"
TAHIR = "person:omar-taher"
KARIM = "person:ali-karim"

# ---- "Leadership then passed to his brother, X" / "آلت القيادة إلى X خلفاً له" ---------------
PASSED_ON = [
    ("en", "The group was founded by Ahmed Saleh, who was killed by the army in 2004. Leadership "
     "then passed to his younger brother, Omar Saleh, who has led it ever since.",
     [SO(OMAR_SALEH, SALEH)], []),
    ("en", "Ahmed Saleh founded the movement in 1992. After his death in 2004, the leadership "
     "passed to his brother Omar Saleh.",
     [SO(OMAR_SALEH, SALEH)], []),
    ("en", "The militia's founder, Ahmed Saleh, died in a crash in 2010; command of the force "
     "fell to his deputy, Omar Tahir.",
     [SO(TAHIR, SALEH)], []),
    # no pronoun: no old holder named; a prospect; no leading post
    ("en", "Ahmed Saleh resigned in March. The leadership passed to a council chaired by Omar "
     "Tahir.", [], [SO(TAHIR, SALEH)]),
    ("en", "Ali Karim said his party's leadership would pass to Omar Tahir next year.",
     [], [SO(TAHIR, KARIM)]),
    ("en", "Ali Karim lost the vote. Control of the city fell to his rivals, Omar Tahir said.",
     [], [SO(TAHIR, KARIM)]),
    ("ar", "أسس أحمد صالح الحركة عام 1992 وقتل عام 2004. وانتقلت القيادة بعده إلى شقيقه عمر "
     "صالح.", [SO(OMAR_SALEH, SALEH)], []),
    ("ar", "قُتل أحمد صالح عام 2004، وآلت القيادة إلى عمر طاهر خلفاً له.",
     [SO(TAHIR, SALEH)], []),
    ("ar", "اغتالت إسرائيل أحمد صالح في أيار. وآلت القيادة العسكرية في القطاع إلى عمر طاهر، قائد "
     "لواء الشمال في الجناح العسكري، خلفاً له.", [SO(TAHIR, SALEH)], []),
    # no pronoun; a prospect
    ("ar", "استقال أحمد صالح. وآلت القيادة إلى عمر طاهر في 2010.", [], [SO(TAHIR, SALEH)]),
    ("ar", "وقال علي كريم إن القيادة ستنتقل إلى نائبه عمر طاهر.", [], [SO(TAHIR, KARIM)]),
]


@pytest.mark.parametrize("lang,text,must,must_not", PASSED_ON)
def test_passed_on(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


# ---- "أعلن Y استقالته ...، وعُيّن X خلفاً له": him is Y, the one who resigned ----------------
OWN_LOSS = [
    ("ولم يصمد علي كريم طويلاً: ففي 3 مايو 2025 أعلن استقالته بعد خلافات مع الرئيس، وصدر في "
     "اليوم نفسه قرار بتعيين وزير المالية عمر طاهر خلفاً له.", [SO(TAHIR, KARIM)], []),
    ("أعلن علي كريم استقالته من رئاسة الحكومة، وكلّف الرئيس عمر طاهر خلفاً له.",
     [SO(TAHIR, KARIM)], []),
    ("قدّم علي كريم استقالته في مايو، فعُيّن عمر طاهر خلفاً له.", [SO(TAHIR, KARIM)], []),
    # the one who accepted the resignation is no predecessor
    ("قبل الرئيس أحمد صالح استقالته، وعيّن عمر طاهر خلفاً له.", [], [SO(TAHIR, SALEH)]),
]


@pytest.mark.parametrize("text,must,must_not", OWN_LOSS)
def test_own_loss_ar(ex, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:40], must, must_not)


OSMAN = "person:layla-othman"

# ---- "، ثم خلفها في الملف (عام 2022) X": the subject past the file and a time phrase ---------
KHALAFAHU_GAP = [
    ("استقبل الرئيس المبعوثة الأميركية ليلى عثمان، ثم خلفها في الملف عمر طاهر.",
     [SO(TAHIR, OSMAN)], []),
    ("عينت ليلى عثمان مبعوثة عام 2020، ثم خلفها في المنصب عام 2022 عمر طاهر.",
     [SO(TAHIR, OSMAN)], []),
    ("قُتل أحمد صالح في غارة عام 2019، ثم خلفه في القيادة عام 2020 عمر طاهر.",
     [SO(TAHIR, SALEH)], []),
    ("شغل أحمد صالح المنصب حتى 2019، وخلفه فيه بالوكالة عمر طاهر.", [SO(TAHIR, SALEH)], []),
    # behind her in the photo: no succession
    ("وقفت ليلى عثمان في الصف الأول، ووقف خلفها في الصورة عمر طاهر.", [], [SO(TAHIR, OSMAN)]),
    ("جلست ليلى عثمان في الصف الأول، وخلفها في الصورة عمر طاهر.", [], [SO(TAHIR, OSMAN)]),
]


@pytest.mark.parametrize("text,must,must_not", KHALAFAHU_GAP)
def test_khalafahu_gap_ar(ex, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:40], must, must_not)


RUTO = "person:william-ruto"
KDP = "organization:kurdistan-democratic-party"

# ---- "X fared better with O, holding talks with its leaders A and B": X met A and B -----------
PARTICIPLE_PREP = [
    ("Foreign Minister Ali Karim fared better with the Coordination Framework, holding talks in "
     "Baghdad with its leaders Omar Tahir and Ahmed Saleh later that month.",
     [MW(KARIM, TAHIR), MW(KARIM, SALEH)], []),
    ("William Ruto became president in 2022. He did better with the Kurdistan Democratic Party, "
     "holding talks with its leader Omar Tahir in Erbil.", [MW(RUTO, TAHIR)], []),
    ("President William Ruto broke with the Kurdistan Democratic Party, meeting Omar Tahir "
     "instead.", [MW(RUTO, TAHIR)], [MW(KDP, TAHIR)]),
    # a body that is no prepositional object still leads its own clause ("O, meeting Y, said")
    ("William Ruto became president in 2022. He said the Kurdistan Democratic Party, meeting "
     "Omar Tahir on Monday, had agreed.", [], [MW(RUTO, TAHIR)]),
]


@pytest.mark.parametrize("text,must,must_not", PARTICIPLE_PREP)
def test_participle_after_prep_en(ex, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="en"), text[:40], must, must_not)


# ---- the tour / profile sentence that drops its subject after a place or time adjunct --------
TOUR = "بدأ وزير الخارجية عمر طاهر جولة إقليمية الأربعاء. "
ADJUNCT_OPENED = [
    (TOUR + "ففي بغداد عقد مباحثات مع رئيس الوزراء علي كريم، ثم مع نظيره أحمد صالح.",
     [MW(TAHIR, KARIM), MW(TAHIR, SALEH)], []),
    (TOUR + "وعقد في بغداد مباحثات مع رئيس الوزراء علي كريم.", [MW(TAHIR, KARIM)], []),
    (TOUR + "وفي اليوم التالي التقى رئيس الوزراء علي كريم.", [MW(TAHIR, KARIM)], []),
    (TOUR + "وفي بغداد التقى رئيس الوزراء علي كريم.", [MW(TAHIR, KARIM)], []),
    # the person after the verb meets someone of his own; a person named in the adjunct
    (TOUR + "وفي بغداد التقى رئيس الوزراء علي كريم وفداً من التجار.", [], [MW(TAHIR, KARIM)]),
    (TOUR + "وفي لقاء مع أحمد صالح التقى رئيس الوزراء علي كريم.", [], [MW(TAHIR, KARIM)]),
]


@pytest.mark.parametrize("text,must,must_not", ADJUNCT_OPENED)
def test_adjunct_opened_ar(ex, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[50:90], must, must_not)


# ---- "Y had sat on the council ... . His duties passed to X": his is the sentence's subject --
HIS_POST_PASSED = [
    ("Israel said it had killed Ali Karim in June. Ahmed Saleh had sat on the council beside "
     "Omar Tahir and was Karim's closest adviser. His duties passed to Omar Tahir, who did not "
     "survive the summer either.", [SO(TAHIR, SALEH)], [SO(TAHIR, KARIM)]),
    ("Ali Karim died in 2019 and his role passed to Omar Tahir.", [SO(TAHIR, KARIM)], []),
    # no post: a letter, a house
    ("Ali Karim praised the party. His letter went to Omar Tahir.", [], [SO(TAHIR, KARIM)]),
    ("Ali Karim retired in 2019. His house passed to his son, Omar Tahir.", [],
     [SO(TAHIR, KARIM)]),
]


@pytest.mark.parametrize("text,must,must_not", HIS_POST_PASSED)
def test_his_post_passed_en(ex, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="en"), text[:40], must, must_not)


# ---- "X, who stepped in for Y as acting president": X succeeded Y ---------------------------
STEPPED_IN = [
    ("Caretakers: Omar Tahir, who stepped in for Ali Karim as acting president after the crash, "
     "chaired his second cabinet session.", [SO(TAHIR, KARIM)], []),
    ("Omar Tahir stepped in for Ali Karim as interim leader of the party.", [SO(TAHIR, KARIM)],
     []),
    # a stand-in at an event; a prospect
    ("Omar Tahir stepped in for Ali Karim at the summit in Doha.", [], [SO(TAHIR, KARIM)]),
    ("Omar Tahir will step in for Ali Karim as acting president.", [], [SO(TAHIR, KARIM)]),
]


@pytest.mark.parametrize("text,must,must_not", STEPPED_IN)
def test_stepped_in_for_en(ex, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="en"), text[:40], must, must_not)
