"""Session 33 (meetar): Arabic MET_WITH, a meeting one person convened and a list attended.

Counted on the dev writers (JY-KG read for the first time): "عقد / ترأس / أجرى X اجتماعاً
(تقييماً، مشاورات) ... بحضور (بمشاركة) A وB" stood in 15 sentences of 11 writers and the
annotators paired everyone in it; the ones with no partner after the noun (no pair for the
attendee rules to join) were all missed, in IU-IW, JP-JR and KE-KG (twice). The sentences
below are our own.

Second kind: the attendees of an oath told in the next sentence ("أدى X اليمين أمام Y. وجرت
المراسم بحضور Z" / "وحضر مراسم أداء اليمين A وB"), in JP-JR, JS-JU and KB-KD, paired by the
gold with both and each other (KB1's oath itself is not read: an honorific before the head of
state, one writer only).
"""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

SUDANI = "person:mohammed-shia-al-sudani"
FAYYADH = "person:falih-al-fayyadh"
ARAJI = "person:qassim-al-araji"
AMIRI = "person:hadi-al-amiri"
NETANYAHU = "person:benjamin-netanyahu"
KATZ = "person:israel-katz"
BARNEA = "person:david-barnea"
RASHID = "person:abdul-latif-rashid"
OATH = "أدى محمد شياع السوداني اليمين الدستورية أمام الرئيس عبد اللطيف رشيد في قصر السلام. "

CASES = [
    # a convener, an adverbial and an adjective, then a list of titled attendees
    ("ar", "وعقد رئيس الوزراء محمد شياع السوداني مساء الأحد اجتماعاً أمنياً بحضور رئيس هيئة "
     "الحشد الشعبي فالح الفياض ومستشار الأمن القومي قاسم الأعرجي.",
     [MW(SUDANI, FAYYADH), MW(SUDANI, ARAJI), MW(FAYYADH, ARAJI)], []),
    # ترأس, a comma before "بحضور", and a long title opening the second attendee
    ("ar", "وترأس نتنياهو اجتماعاً طارئاً للمجلس الوزاري المصغر، بحضور وزير الدفاع يسرائيل "
     "كاتس ورئيس جهاز الموساد دافيد برنياع.",
     [MW(NETANYAHU, KATZ), MW(NETANYAHU, BARNEA), MW(KATZ, BARNEA)], []),
    # أجرى ... مشاورات بمشاركة
    ("ar", "وأجرى فالح الفياض مشاورات مطولة في بغداد بمشاركة هادي العامري وقاسم الأعرجي.",
     [MW(FAYYADH, AMIRI), MW(FAYYADH, ARAJI), MW(AMIRI, ARAJI)], []),
    # negatives: a planned meeting, a negated one, "بحضور" after no holding verb
    ("ar", "ومن المقرر أن يعقد السوداني اجتماعاً أمنياً بحضور فالح الفياض وقاسم الأعرجي.",
     [], [MW(SUDANI, FAYYADH), MW(FAYYADH, ARAJI)]),
    ("ar", "ولم يعقد السوداني أي اجتماع بحضور فالح الفياض وقاسم الأعرجي منذ أسابيع.",
     [], [MW(SUDANI, FAYYADH), MW(FAYYADH, ARAJI)]),
    ("ar", "وأعلن السوداني خطة أمنية جديدة، وسط ترحيب فالح الفياض وقاسم الأعرجي.",
     [], [MW(SUDANI, FAYYADH), MW(FAYYADH, ARAJI)]),
    # a ceremony held in someone's presence is no meeting of its organiser with him
    ("ar", "وعقد السوداني مؤتمراً صحفياً بحضور الصحفيين، ثم غادر إلى أربيل.", [], []),
    # the attendees of an oath told in the next sentence
    ("ar", OATH + "وحضر مراسم أداء اليمين فالح الفياض وهادي العامري.",
     [MW(FAYYADH, SUDANI), MW(FAYYADH, RASHID), MW(AMIRI, SUDANI), MW(AMIRI, RASHID),
      MW(FAYYADH, AMIRI)], []),
    ("ar", OATH + "وجرت المراسم بحضور رئيس هيئة الحشد الشعبي فالح الفياض.",
     [MW(FAYYADH, SUDANI), MW(FAYYADH, RASHID)], []),
    # negatives: no oath right before; an attendee who did not come
    ("ar", "وصل محمد شياع السوداني إلى أربيل أمس. وحضر مراسم التشييع فالح الفياض وهادي "
     "العامري.", [], [MW(FAYYADH, SUDANI), MW(FAYYADH, AMIRI)]),
    ("ar", OATH + "ولم يحضر المراسم فالح الفياض.", [], [MW(FAYYADH, SUDANI), MW(FAYYADH, RASHID)]),
    # English: the same meeting (read by the English rules; passes on the base too)
    ("en", "Netanyahu held a security meeting on Sunday attended by Defence Minister Israel "
     "Katz and Mossad chief David Barnea.", [MW(NETANYAHU, KATZ), MW(NETANYAHU, BARNEA)], []),
]


@pytest.mark.parametrize("lang,text,must,must_not", CASES)
def test_meetar_s33(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)
