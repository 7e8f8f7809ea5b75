"""Session 29 (succkill): ASSASSINATED_BY and SUCCESSOR_OF on the newest writers; our own
sentences, in both languages where the construction was built in both, and cases not to read.

- an army that says "the Sept. 27 strike (also) killed X" (a date, a day or "same" before the
  strike noun, "also" before the verb, "had said earlier that") killed X, as "the strike
  killed X" already read; a party or a ministry that says so is no agent.
"""

from __future__ import annotations

import pytest

from tests.extract_support import AB, SO, assert_relations

KARAKI = "person:ali-karaki"
SALAMA = "person:rafa-salama"
HEZBOLLAH = "organization:hezbollah"
IDF = "organization:israel-defense-forces"

_NASRALLAH_KILLED = ("Hezbollah named Naim Kassem as its leader, a month after Hassan Nasrallah "
                     "was killed in an Israeli strike on its headquarters. ")

DATED_STRIKE = [
    ("en", _NASRALLAH_KILLED + "The Israeli military said the Sept. 27 strike also killed Ali "
     "Karaki, the commander of Hezbollah's southern front.", [AB(KARAKI, IDF)], []),
    ("en", _NASRALLAH_KILLED + "The Israeli military said the Friday strike killed Ali Karaki.",
     [AB(KARAKI, IDF)], []),
    ("en", "The Israel Defense Forces announced that Mohammed Deif was killed in an airstrike. "
     "The IDF had said earlier that the July 13 strike had also killed Rafa Salama, the "
     "commander of the Khan Younis Brigade.", [AB(SALAMA, IDF)], []),
    # a party that tells its dead is no agent of the strike
    ("en", "Hezbollah said the Sept. 27 strike also killed Ali Karaki, the commander of its "
     "southern front.", [], [AB(KARAKI, HEZBOLLAH)]),
]


@pytest.mark.parametrize("lang,text,must,must_not", DATED_STRIKE)
def test_succkill_s29_constructions(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


# ---- a rank cut from its name by "المتقاعد" / "الركن" is that name's title ---------------------
ASADI = "person:abdul-ghani-al-asadi"
FAYYADH = "person:falih-al-fayyadh"
ARAJI = "person:qassim-al-araji"
MASHAT = "person:mahdi-al-mashat"

RANK_TAIL_AR = [
    ("ar", "أمر ديواني يُبعد الفياض عن منصبين\nأصدر رئيس الوزراء أمراً بتعيين قاسم الأعرجي "
     "مستشاراً للأمن الوطني خلفاً لفالح الفياض، وتكليف الفريق الركن المتقاعد عبد الغني الأسدي "
     "برئاسة جهاز الأمن الوطني بدلاً من الفياض أيضاً.",
     [SO(ARAJI, FAYYADH), SO(ASADI, FAYYADH)], []),
]


@pytest.mark.parametrize("lang,text,must,must_not", RANK_TAIL_AR)
def test_succkill_s29_rank_tail(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


def test_succkill_s29_rank_tail_is_no_other_person(ex) -> None:
    """"الفريق الركن" before "المتقاعد عبد الغني الأسدي" is no mention of Fayyadh."""
    text = RANK_TAIL_AR[0][1]
    doc = ex.extract(text, lang="ar")
    rank = text.index("الفريق الركن")
    fay = next(e for e in doc["entities"] if e["id"] == FAYYADH)
    assert not any(a <= rank < b for a, b in fay.get("mentions") or [])


# ---- the accuser is no agent, even when the place of the killing names its country -----------
HANIYEH = "person:ismail-haniyeh"
IRAN = "country:iran"
ISRAEL = "country:israel"

ACCUSER_AR = [
    ("ar", "تأتي الجولة بعد أسبوعين من اغتيال إسماعيل هنية في طهران، في هجوم حمّلت الحركة "
     "وإيران إسرائيلَ المسؤولية عنه.", [], [AB(HANIYEH, IRAN), AB(HANIYEH, ISRAEL)]),
    ("en", "The round came two weeks after Ismail Haniyeh was assassinated in Tehran, in an "
     "attack for which Hamas and Iran held Israel responsible.", [],
     [AB(HANIYEH, IRAN), AB(HANIYEH, ISRAEL)]),
    # a killing stated with its agent before the accusation keeps it
    ("ar", "اغتالت إسرائيل إسماعيل هنية في طهران، واتهمت إيران إسرائيل بالوقوف وراء الهجوم.",
     [AB(HANIYEH, ISRAEL)], [AB(HANIYEH, IRAN)]),
]


@pytest.mark.parametrize("lang,text,must,must_not", ACCUSER_AR)
def test_succkill_s29_accuser(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


# ---- "designated to replace Y" is a designation, not (yet) a succession -----------------------
ZURFI = "person:adnan-al-zurfi"
ABDUL_MAHDI = "person:adil-abdul-mahdi"
SALAM = "person:nawaf-salam"
MIKATI = "person:najib-mikati"

DESIGNATED_EN = [
    ("en", "The talks focused on Adnan al-Zurfi, whom President Barham Salih designated this "
     "month to replace caretaker Prime Minister Adil Abdul-Mahdi.", [], [SO(ZURFI, ABDUL_MAHDI)]),
    ("en", "Adnan al-Zurfi was designated to replace Adil Abdul-Mahdi.", [],
     [SO(ZURFI, ABDUL_MAHDI)]),
    # the designate who took over, told with a participle, is read as before
    ("en", "Nawaf Salam was designated to form a government, replacing the caretaker premier "
     "Najib Mikati, and his cabinet won a confidence vote.", [SO(SALAM, MIKATI)], []),
]


@pytest.mark.parametrize("lang,text,must,must_not", DESIGNATED_EN)
def test_succkill_s29_designated(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


# ---- a quoted body in the victim's title: "اغتيال مسؤول ... في «حزب الله» X بغارة إسرائيلية" --
AFIF = "person:mohammad-afif"

QUOTED_BODY_AR = [
    ("ar", "وجاءت الزيارة بعد يومين من اغتيال مسؤول العلاقات الإعلامية في «حزب الله» محمد عفيف "
     "بغارة إسرائيلية على رأس النبع.", [AB(AFIF, ISRAEL)], [AB(AFIF, HEZBOLLAH)]),
    ("ar", "وجاءت الزيارة بعد يومين من اغتيال مسؤول العلاقات الإعلامية في \"حزب الله\" محمد عفيف "
     "بغارة إسرائيلية.", [AB(AFIF, ISRAEL)], [AB(AFIF, HEZBOLLAH)]),
    # no agent told: nothing
    ("ar", "وجاءت الزيارة بعد يومين من اغتيال مسؤول العلاقات الإعلامية في «حزب الله» محمد عفيف "
     "في بيروت.", [], [AB(AFIF, HEZBOLLAH), AB(AFIF, ISRAEL)]),
]


@pytest.mark.parametrize("lang,text,must,must_not", QUOTED_BODY_AR)
def test_succkill_s29_quoted_body(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
