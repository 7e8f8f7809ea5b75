"""Session 22, second round (meet2ar): the host's present tense "X يستضيف (في Y) Z" is an
in-person meeting (timeline and headline style); the future, the planned and the negated are not,
nor a city or a base that hosts (the feminine تستضيف is not read)."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

SHOUKRY = "person:sameh-shoukry"
SAFADI = "person:ayman-safadi"
FUAD = "person:fuad-hussein"
SISI = "person:abdel-fattah-el-sisi"
ABDULLAH = "person:abdullah-ii"

CASES = [
    ("وزير الخارجية المصري سامح شكري يستضيف في القاهرة نظيريه الأردني أيمن الصفدي والعراقي "
     "فؤاد حسين في اجتماع ثلاثي.",
     [MW(SHOUKRY, SAFADI), MW(SHOUKRY, FUAD), MW(SAFADI, FUAD)], []),
    ("يستضيف الرئيس المصري عبد الفتاح السيسي اليوم في القاهرة العاهل الأردني الملك عبد الله الثاني.",
     [MW(SISI, ABDULLAH)], []),
    # planned, future, negated: no meeting
    ("من المقرر أن يستضيف الرئيس المصري عبد الفتاح السيسي في القاهرة العاهل الأردني الملك عبد "
     "الله الثاني.", [], [MW(SISI, ABDULLAH)]),
    ("الرئيس المصري عبد الفتاح السيسي لا يستضيف العاهل الأردني الملك عبد الله الثاني هذا العام.",
     [], [MW(SISI, ABDULLAH)]),
    # a city hosts a conference: the people named do not meet
    ("تستضيف القاهرة مؤتمراً اقتصادياً يشارك فيه وزير الخارجية الأردني أيمن الصفدي، وقال الرئيس "
     "المصري عبد الفتاح السيسي إن المؤتمر مهم.", [], [MW(SISI, SAFADI)]),
]


# ---- "X يجمع A وB في لقاء": the host and the people he brings together all met ------------
MACRON = "person:emmanuel-macron"
SCHOLZ = "person:olaf-scholz"
DRAGHI = "person:mario-dragi"
TOGETHER = [
    ("الرئيس الفرنسي إيمانويل ماكرون يجمع المستشار الألماني أولاف شولتس ورئيس الوزراء الإيطالي "
     "ماريو دراغي في باريس في قمة ثلاثية.",
     [MW(MACRON, SCHOLZ), MW(MACRON, DRAGHI), MW(SCHOLZ, DRAGHI)], []),
    ("جمع الرئيس الفرنسي إيمانويل ماكرون المستشار الألماني أولاف شولتس ورئيس الوزراء الإيطالي "
     "ماريو دراغي في قمة ثلاثية في باريس.",
     [MW(MACRON, SCHOLZ), MW(MACRON, DRAGHI), MW(SCHOLZ, DRAGHI)], []),
    # agree, collect, planned, negated: no meeting
    ("يجمع المراقبون على أن الرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني أولاف شولتس "
     "يختلفان في ملف الطاقة.", [], [MW(MACRON, SCHOLZ)]),
    ("يجمع الرئيس الفرنسي إيمانويل ماكرون التبرعات لضحايا الزلزال، وقال المستشار الألماني أولاف "
     "شولتس إن بلاده ستساهم.", [], [MW(MACRON, SCHOLZ)]),
    ("من المقرر أن يجمع الرئيس الفرنسي إيمانويل ماكرون المستشار الألماني أولاف شولتس ورئيس "
     "الوزراء الإيطالي ماريو دراغي في قمة ثلاثية.", [], [MW(MACRON, SCHOLZ), MW(SCHOLZ, DRAGHI)]),
    ("الرئيس الفرنسي إيمانويل ماكرون لا يجمع المستشار الألماني أولاف شولتس ورئيس الوزراء الإيطالي "
     "ماريو دراغي في قمة.", [], [MW(MACRON, SCHOLZ), MW(SCHOLZ, DRAGHI)]),
]


@pytest.mark.parametrize("text,must,must_not", CASES + TOGETHER)
def test_host_and_brought_together_ar(ex, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:40], must, must_not)
