"""Session 21, second round (succ2): SUCCESSOR_OF shapes of political and military news that
``bench/probe_successions.py`` found unread or misread, each with a case not to read."""

from __future__ import annotations

import pytest

from tests.extract_support import SO, assert_relations

NAZAROV = "person:rustam-nazarov"
KARIMOV = "person:farid-karimov"

# ---- the predecessor fled, was toppled / deposed / impeached --------------------------------
GONE = [
    ("Rustam Nazarov took office on Monday after Farid Karimov fled the country amid protests.",
     [SO(NAZAROV, KARIMOV)], []),
    ("Rustam Nazarov took power in 2019 after Farid Karimov was toppled by the army.",
     [SO(NAZAROV, KARIMOV)], []),
    ("Rustam Nazarov became interim president after Farid Karimov was impeached.",
     [SO(NAZAROV, KARIMOV)], []),
    # a flight taken, no post: nothing
    ("Rustam Nazarov took a flight to Dubai after Farid Karimov fled the country.",
     [], [SO(NAZAROV, KARIMOV)]),
]

TANAKA = "person:hiroshi-tanaka"
WATANABE = "person:kenji-watanabe"
# ---- the passive with the place of the post between verb and "by" ---------------------------
AT_BY = [
    ("Governor Hiroshi Tanaka was succeeded at the central bank by Kenji Watanabe in April.",
     [SO(WATANABE, TANAKA)], []),
    ("Hiroshi Tanaka was replaced at the helm of the army by Kenji Watanabe.",
     [SO(WATANABE, TANAKA)], []),
    # "by" of another verb after a comma: nothing
    ("Hiroshi Tanaka was replaced at the summit, attended by Kenji Watanabe.",
     [], [SO(WATANABE, TANAKA)]),
]

HADDAD = "person:tarek-haddad"
KHATIB = "person:omar-khatib"
# ---- a prospect before "successor to / of": no succession -----------------------------------
PROSPECT = [
    ("Diplomats see Tarek Haddad as the likely successor of Omar Khatib.",
     [], [SO(HADDAD, KHATIB)]),
    ("Tarek Haddad, a potential successor to Omar Khatib, said the party was united.",
     [], [SO(HADDAD, KHATIB)]),
    # the successor named as such, and the one who did succeed later
    ("Tarek Haddad, the successor of Omar Khatib, said the party was united.",
     [SO(HADDAD, KHATIB)], []),
    ("Tarek Haddad, the eventual successor to Omar Khatib, joined the party in 1990.",
     [SO(HADDAD, KHATIB)], []),
]
CASES = GONE + AT_BY + PROSPECT


@pytest.mark.parametrize(("text", "must", "must_not"), CASES)
def test_successions_en(ex, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang="en"), text[:40], must, must_not)


BAYATI = "person:karim-al-bayati"
JUBOURI = "person:saad-al-jubouri"
# ---- Arabic: the taker of the first clause succeeds in a coordinated one --------------------
COORDINATED_AR = [
    ("وتسلم كريم البياتي منصبه رسمياً اليوم، ويخلف سعد الجبوري الذي استقال الشهر الماضي.",
     [SO(BAYATI, JUBOURI)], []),
    ("عُيّن كريم البياتي وزيراً للدفاع، ويخلف سعد الجبوري.", [SO(BAYATI, JUBOURI)], []),
    # "his successor" in the coordinated clause: the relation turns the other way, never X -> Y
    ("تسلم كريم البياتي منصبه رسمياً اليوم، وخلفه سعد الجبوري.", [], [SO(BAYATI, JUBOURI)]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), COORDINATED_AR)
def test_successions_ar(ex, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:40], must, must_not)


MOKOENA = "person:lindiwe-mokoena"
NKOSI = "person:sipho-nkosi"
TAYI = "person:abdul-karim-al-tayi"
HAMDANI = "person:yousef-al-hamdani"
# ---- a post taken that ends the predecessor's tenure / passes to the taker ------------------
TENURE_EN = [
    ("Lindiwe Mokoena was elected speaker on Thursday, ending Sipho Nkosi's ten-year tenure.",
     [SO(MOKOENA, NKOSI)], []),
    ("Parliament elected Lindiwe Mokoena speaker, ending Sipho Nkosi's decade-long rule.",
     [SO(MOKOENA, NKOSI)], []),
    # no post taken: nothing
    ("Protests ended Sipho Nkosi's rule, Lindiwe Mokoena said.", [], [SO(MOKOENA, NKOSI)]),
    ("Lindiwe Mokoena won the vote, ending Sipho Nkosi's rule.", [], [SO(MOKOENA, NKOSI)]),
]
PASSED_AR = [
    ("آلت الرئاسة إلى عبد الكريم الطائي بعد وفاة يوسف الحمداني.", [SO(TAYI, HAMDANI)], []),
    ("وانتقلت قيادة الحزب إلى عبد الكريم الطائي إثر استقالة يوسف الحمداني.",
     [SO(TAYI, HAMDANI)], []),
    # a meeting after, a post that may pass: nothing
    ("آلت الرئاسة إلى عبد الكريم الطائي بعد لقائه يوسف الحمداني.", [], [SO(TAYI, HAMDANI)]),
    ("وقد تؤول الرئاسة إلى عبد الكريم الطائي بعد وفاة يوسف الحمداني.", [], [SO(TAYI, HAMDANI)]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), TENURE_EN)
def test_ending_tenure_en(ex, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang="en"), text[:40], must, must_not)


@pytest.mark.parametrize(("text", "must", "must_not"), PASSED_AR)
def test_passed_to_ar(ex, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:40], must, must_not)


KOWAL = "person:marek-kowal"
ZIELINSKI = "person:pawel-zielinski"
# ---- "Y was followed by X as <post>" --------------------------------------------------------
FOLLOWED_EN = [
    ("President Marek Kowal was followed by Pawel Zielinski as party leader in 2020.",
     [SO(ZIELINSKI, KOWAL)], []),
    ("Marek Kowal was followed in office by Pawel Zielinski.", [SO(ZIELINSKI, KOWAL)], []),
    # no post told: nothing
    ("Marek Kowal was followed by Pawel Zielinski into the hall.", [], [SO(ZIELINSKI, KOWAL)]),
    ("Marek Kowal was closely followed by Pawel Zielinski in the polls.",
     [], [SO(ZIELINSKI, KOWAL)]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), FOLLOWED_EN)
def test_followed_by_en(ex, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang="en"), text[:40], must, must_not)
