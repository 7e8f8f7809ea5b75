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

_AOUN_SHTAYYEH = ("استقبل الرئيس اللبناني ميشال عون رئيس الوزراء الفلسطيني محمد اشتية في "
                  "بعبدا. ")
_SHTAYYEH_MIKATI = MW("person:mohammad-shtayyeh", "person:najib-mikati")

GUEST_SUBJECT += [
    # SVO after "إن" with a nationality adjective after the word
    (_AOUN_SHTAYYEH + "وقالت مصادر إن الضيف الفلسطيني التقى مساء رئيس الحكومة نجيب ميقاتي.",
     [_SHTAYYEH_MIKATI], []),
    # "X قد التقى الضيف": the guest is the object of X, not the subject of a later name
    (_AOUN_SHTAYYEH + "وكان الرئيس نبيه بري قد التقى الضيف مساء أمس قبل أن يغادر نجيب ميقاتي "
     "إلى باريس.",
     [MW("person:mohammad-shtayyeh", "person:nabih-berri")],
     [_SHTAYYEH_MIKATI, MW("person:nabih-berri", "person:najib-mikati")]),
]

GUEST_SUBJECT_NOT = [
    # the partner's envoy ("بممثل عن"), or a name past a comma and a negation: not met
    (_AOUN_SHTAYYEH + "وقد التقى الضيف عند وصوله إلى المطار بممثل عن رئيس الحكومة نجيب "
     "ميقاتي.", [_SHTAYYEH_MIKATI]),
    (_AOUN_SHTAYYEH + "وأكد أن الضيف التقى في وقت سابق عددا من المسؤولين، ولم يلتق نجيب "
     "ميقاتي.", [_SHTAYYEH_MIKATI]),
    (_AOUN_SHTAYYEH + "وأكد أن الضيف لم يلتق رئيس الحكومة نجيب ميقاتي.", [_SHTAYYEH_MIKATI]),
    (_AOUN_SHTAYYEH + "ثم التقى الضيف عن قرب رئيس الحكومة نجيب ميقاتي.", [_SHTAYYEH_MIKATI]),
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


# ---- "نظيره الإيراني" when the two titles differ in words: one holding the other with a
# portfolio word shared, or the same rank and portfolio first (coref_peers._same_office); the
# attendee after "حضرها" is the name his title runs into (meeting_attended_ar.attendees_ar) --
COUNTERPART = [
    # "وزير الخارجية والمغتربين" and "وزير خارجية الجمهورية الإسلامية الإيرانية" (main: nothing)
    ("وصل وزير خارجية الجمهورية الإسلامية الإيرانية عباس عراقجي إلى دمشق مساء الأحد. وفي مقر "
     "الوزارة، عقد وزير الخارجية والمغتربين السوري أسعد حسن الشيباني محادثات مع نظيره الإيراني.",
     [MW("person:abbas-araghchi", "person:asaad-al-shaibani")], []),
    # the attendee is the ambassador named after his title, not the premier named before it
    # (main: the premier read for "الأمين العام" met the host)
    ("استقبل الرئيس اللبناني جوزاف عون وزير الخارجية الإيراني عباس عراقجي. ثم استقبله رئيس مجلس "
     "الوزراء نواف سلام في السراي. وفي قصر بسترس، عقد وزير الخارجية يوسف رجي جلسة محادثات مع "
     "نظيره الإيراني، حضرها الأمين العام للوزارة السفير هاني شميطلي.",
     [MW("person:abbas-araghchi", "person:youssef-rajji"),
      MW("person:hani-shamitli", "person:youssef-rajji")],
     [MW("person:nawaf-salam", "person:youssef-rajji")]),
]

COUNTERPART += [
    # a deputy premier who is also foreign minister holds the office
    ("وقال نائب رئيس الوزراء وزير الخارجية العماني خالد الحارثي إن المفاوضات مستمرة. وفي "
     "مسقط، التقى وزير الخارجية الإيراني عباس عراقجي نظيره العماني لبحث الملف النووي.",
     [MW("person:abbas-araghchi", "person:khaled-al-harthi")], []),
]

COUNTERPART_NOT = [
    # a deputy (or assistant) foreign minister is no counterpart of the foreign minister
    ("وقال نائب وزير الخارجية العماني خالد الحارثي إن المفاوضات مستمرة. وفي مسقط، التقى وزير "
     "الخارجية الإيراني عباس عراقجي نظيره العماني لبحث الملف النووي.",
     [MW("person:abbas-araghchi", "person:khaled-al-harthi")]),
    ("وقال مساعد وزير الخارجية العماني خالد الحارثي إن المفاوضات مستمرة. وفي مسقط، التقى وزير "
     "الخارجية الإيراني عباس عراقجي نظيره العماني لبحث الملف النووي.",
     [MW("person:abbas-araghchi", "person:khaled-al-harthi")]),
    ("وقال وزير الخارجية العماني خالد الحارثي إن المفاوضات مستمرة. وفي مسقط، التقى نائب وزير "
     "الخارجية الإيراني عباس عراقجي نظيره العماني لبحث الملف النووي.",
     [MW("person:abbas-araghchi", "person:khaled-al-harthi")]),
    # another portfolio: the interior minister is no counterpart of the foreign minister
    ("وصل وزير الداخلية الإيراني إسكندر مؤمني إلى دمشق مساء الأحد. وفي مقر الوزارة، عقد وزير "
     "الخارجية والمغتربين السوري أسعد حسن الشيباني محادثات مع نظيره الإيراني.",
     [MW("person:asaad-al-shaibani", "person:eskandar-momeni")]),
    # cut right after the cue word: no counterpart, no crash
    ("وصل وزير خارجية الجمهورية الإسلامية الإيرانية عباس عراقجي إلى دمشق. وعقد وزير الخارجية "
     "والمغتربين السوري أسعد حسن الشيباني محادثات مع نظيره",
     [MW("person:abbas-araghchi", "person:asaad-al-shaibani")]),
    ("استقبل وزير الخارجية يوسف رجي نظيره الإيراني عباس عراقجي، حضرها",
     [MW("person:abbas-araghchi", "person:nawaf-salam")]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), COUNTERPART)
def test_counterpart_office(ex: Any, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], must, must_not)


@pytest.mark.parametrize(("text", "must_not"), COUNTERPART_NOT)
def test_counterpart_office_negative(ex: Any, text: str, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], [], must_not)
