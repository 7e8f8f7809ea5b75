"""Session 31 (meetar): Arabic MET_WITH recall of the rules, an oath sworn before a person.

Counted on session 30's writers (JP-JX, dev since session 31): "أدى X اليمين أمام Y" stood
in all three of them (a judge, a prime minister, two ministers and an intelligence chief
sworn in before the head of state) and in two older writers (GA-GC, JM-JO); the annotators
read each as X met Y, and those present ("بحضور Z") as meeting both. The sentences below are
our own. English writes "sworn in before Y": ``meeten``'s topic, so the English case here is
only a negative one (an oath before a body is no meeting), passing on the base too.
"""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

FAYYADH = "person:falih-al-fayyadh"
RASHID = "person:abdul-latif-rashid"
SUDANI = "person:mohammed-shia-al-sudani"
SHEIKH = "person:hussein-al-sheikh"
ABBAS = "person:mahmoud-abbas"
MUSTAFA = "person:mohammed-mustafa"

CASES = [
    # the subject after the verb, a date between it and the oath, a title before the partner
    ("ar", "أدى وزير الداخلية الجديد فالح الفياض، صباح اليوم، اليمين القانونية أمام رئيس "
     "الجمهورية عبد اللطيف رشيد في قصر السلام.", [MW(FAYYADH, RASHID)], []),
    # the subject named before "قد أدى"
    ("ar", "وكان محمد شياع السوداني قد أدى اليمين الدستورية أمام الرئيس عبد اللطيف رشيد قبل "
     "أسبوعين.", [MW(SUDANI, RASHID)], []),
    # القسم for اليمين, and one present at the oath met both
    ("ar", "وأدى السفير الجديد حسين الشيخ القسم أمام الرئيس محمود عباس في رام الله، بحضور "
     "رئيس الوزراء محمد مصطفى.", [MW(SHEIKH, ABBAS), MW(SHEIKH, MUSTAFA), MW(ABBAS, MUSTAFA)],
     []),
    # negatives: a planned oath, a negated one, an oath before a body
    ("ar", "ومن المنتظر أن يؤدي فالح الفياض اليمين أمام الرئيس عبد اللطيف رشيد الأسبوع "
     "المقبل.", [], [MW(FAYYADH, RASHID)]),
    ("ar", "ولم يكن فالح الفياض قد أدى اليمين أمام الرئيس عبد اللطيف رشيد حتى مساء أمس.", [],
     [MW(FAYYADH, RASHID)]),
    ("ar", "أدى فالح الفياض اليمين الدستورية أمام مجلس النواب، ثم استقبل السفراء.", [],
     [MW(FAYYADH, RASHID)]),
    ("en", "Falih al-Fayyadh took the oath of office before parliament on Sunday, with "
     "President Abdul Latif Rashid away in Paris.", [], [MW(FAYYADH, RASHID)]),
]


@pytest.mark.parametrize("lang,text,must,must_not", CASES)
def test_meetar_s31(ex, lang: str, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, must_not)


def test_oath_before_body_no_pair_s31(ex) -> None:
    """An oath before a body relates its swearer to nobody."""
    doc = ex.extract("أدى محمد شياع السوداني اليمين الدستورية أمام مجلس النواب بحضور السفراء.",
                     lang="ar")
    assert not [r for r in doc["relations"] if r["type"] == "MET_WITH"]
