"""Session 36, Arabic MET_WITH recall (topic meetar): sentence shapes the rules missed, with
sentences written for these tests (other people, dates and word orders)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract_support import MW, assert_relations

# ---- "استقبل X، يوم الخميس 5 حزيران (يونيو) 2025، Y": a month's gloss inside the date aside ----
DATE_GLOSS_ASIDE = [
    ("استقبل الأمير محمد بن سلمان، يوم الأربعاء 9 تشرين الأول (أكتوبر) 2024، وزير الخارجية "
     "التركي هاكان فيدان في جدة.",
     [MW("person:hakan-fidan", "person:mohammed-bin-salman")], []),
    # a person inside the brackets is no date's gloss: the aside is not skipped to the object
    ("استقبل الأمير محمد بن سلمان، يوم الأربعاء 9 تشرين الأول (بحسب عادل الجبير) 2024، وزير "
     "الخارجية التركي هاكان فيدان في جدة.",
     [], [MW("person:adel-al-jubeir", "person:hakan-fidan")]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), DATE_GLOSS_ASIDE)
def test_date_gloss_aside(ex: Any, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], must, must_not)


def test_date_gloss_aside_negative(ex: Any) -> None:
    text = ("لم يستقبل الأمير محمد بن سلمان، يوم الأربعاء 9 تشرين الأول (أكتوبر) 2024، وزير "
            "الخارجية التركي هاكان فيدان في جدة.")
    assert_relations(ex.extract(text, lang="ar"), "negative", [],
                     [MW("person:hakan-fidan", "person:mohammed-bin-salman")])


# ---- "جولة محادثات ...، شارك فيها A، وB، وC" / "قمة ...، جمعت A وB وC": every two met ----------
TOOK_PART = [
    ("انطلقت في الدوحة مساء الخميس جولة جديدة من المحادثات بشأن تبادل الأسرى، شارك فيها وزير "
     "الخارجية الأميركي أنتوني بلينكن، ورئيس الوزراء الإسرائيلي بنيامين نتنياهو، ورئيس "
     "المخابرات العامة المصرية اللواء حسن رشاد.",
     [MW("person:antony-blinken", "person:benjamin-netanyahu"),
      MW("person:antony-blinken", "person:hassan-rashad"),
      MW("person:benjamin-netanyahu", "person:hassan-rashad")], []),
    ("واختُتمت في القاهرة قمة استمرت يومين حول إعادة إعمار غزة، جمعت الرئيس عبد الفتاح السيسي "
     "والملك عبد الله الثاني ورئيس الوزراء القطري الشيخ محمد بن عبد الرحمن آل ثاني.",
     [MW("person:abdel-fattah-el-sisi", "person:abdullah-ii"),
      MW("person:abdullah-ii", "person:mohammed-bin-abdulrahman-al-thani")], []),
    # a masculine noun: "شارك فيه"
    ("وانعقد في بغداد صباح الاثنين اجتماع أمني موسع بشأن ضبط الحدود، شارك فيه وزير الدفاع "
     "ثابت العباسي، ورئيس أركان الجيش عبد الأمير يار الله.",
     [MW("person:abdul-amir-yarallah", "person:thabet-al-abbasi")], []),
]

TOOK_PART_NOT = [
    # not a meeting noun
    ("واندلعت حرب طاحنة في الجنوب عام 2006، شارك فيها الأمين العام لحزب الله حسن نصر الله، "
     "ورئيس الحكومة الإسرائيلية إيهود أولمرت.",
     [MW("person:ehud-olmert", "person:hassan-nasrallah")]),
    # a protest is no meeting noun either
    ("وشهدت بغداد مظاهرة كبيرة، شارك فيها وزير الدفاع ثابت العباسي، ورئيس أركان الجيش عبد "
     "الأمير يار الله.",
     [MW("person:abdul-amir-yarallah", "person:thabet-al-abbasi")]),
    # negated
    ("لم تُعقد جولة جديدة من المحادثات في القاهرة، شارك فيها وزير الخارجية الأميركي أنتوني "
     "بلينكن، ورئيس الوزراء الإسرائيلي بنيامين نتنياهو.",
     [MW("person:antony-blinken", "person:benjamin-netanyahu")]),
    # someone named between the noun and the verb
    ("وعقدت جولة من المحادثات في الدوحة برعاية الشيخ تميم بن حمد آل ثاني، شارك فيها وزير "
     "الخارجية الأميركي أنتوني بلينكن، ورئيس الوزراء الإسرائيلي بنيامين نتنياهو.",
     [MW("person:antony-blinken", "person:benjamin-netanyahu")]),
    # planned
    ("وكانت جلسة البرلمان مقررة الأسبوع المقبل، شارك فيها رئيس الحكومة نواف سلام، والنائب علي "
     "حسن خليل.",
     [MW("person:ali-hassan-khalil", "person:nawaf-salam")]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), TOOK_PART)
def test_took_part_list(ex: Any, text: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], must, must_not)


@pytest.mark.parametrize(("text", "must_not"), TOOK_PART_NOT)
def test_took_part_list_negative(ex: Any, text: str, must_not: list) -> None:
    assert_relations(ex.extract(text, lang="ar"), text[:50], [], must_not)
