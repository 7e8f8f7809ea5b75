"""Session 44 (topic mdesc): a meeting side named only by a description. "الضيف / الزائر"
as the SUBJECT of an Arabic meeting verb ("كما التقى الضيف (الفلسطيني) Y", "إن الضيف التقى
Y") is the guest of the meeting told just before, never its host
(``meeting_guest_subject_ar``); sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract_support import MW, assert_relations

_BERRY_ARAGHCHI = ("استقبل رئيس مجلس النواب نبيه بري وزير الخارجية الإيراني عباس عراقجي في "
                   "عين التينة، ثم اجتمع عراقجي مع رئيس الحكومة نواف سلام. ")

GUEST_SUBJECT = [
    # VSO: the visitor every pair of the meeting before shares, not the host (main: Berri)
    (_BERRY_ARAGHCHI + "كما التقى الضيف الأمين العام لحزب الله نعيم قاسم.",
     [MW("person:abbas-araghchi", "person:naim-qassem")],
     [MW("person:nabih-berri", "person:naim-qassem")]),
    # SVO after "إن" (main: nothing)
    (_BERRY_ARAGHCHI + "وقالت مصادر إن الضيف التقى مساءً الأمين العام لحزب الله نعيم قاسم.",
     [MW("person:abbas-araghchi", "person:naim-qassem")],
     [MW("person:nabih-berri", "person:naim-qassem")]),
    # two sides: the one received, not the host who received him (main: both)
    ("وكان الرئيس العراقي عبد اللطيف رشيد قد استقبل العاهل الأردني الملك عبد الله الثاني في "
     "بغداد. كما التقى الضيف رئيس مجلس النواب محمد الحلبوسي.",
     [MW("person:abdullah-ii", "person:mohammed-al-halbousi")],
     [MW("person:abdul-latif-rashid", "person:mohammed-al-halbousi")]),
]

GUEST_SUBJECT_NOT = [
    # a nationality no side of the meeting before has: nobody (main: the host)
    ("وكان الرئيس الإيراني مسعود بزشكيان قد استقبل رئيس المكتب السياسي لحماس إسماعيل هنية عصر "
     "الثلاثاء. كما التقى الضيف الروسي الأمين العام لحركة الجهاد زياد النخالة.",
     [MW("person:masoud-pezeshkian", "person:ziyad-al-nakhalah"),
      MW("person:ismail-haniyeh", "person:ziyad-al-nakhalah")]),
    # no meeting told before: no guest
    ("التقى الضيف الأمين العام لحزب الله نعيم قاسم. وكان وزير الخارجية عباس عراقجي في طهران.",
     [MW("person:abbas-araghchi", "person:naim-qassem")]),
    # cut right after the cue words: nothing new, no crash
    (_BERRY_ARAGHCHI + "كما التقى الضيف",
     [MW("person:nabih-berri", "person:nawaf-salam")]),
    (_BERRY_ARAGHCHI + "وقالت مصادر إن الضيف",
     [MW("person:nabih-berri", "person:nawaf-salam")]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), GUEST_SUBJECT)
def test_guest_subject(ex: Any, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], must, must_not)


@pytest.mark.parametrize(("text", "must_not"), GUEST_SUBJECT_NOT)
def test_guest_subject_negative(ex: Any, text: str, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], [], must_not)
