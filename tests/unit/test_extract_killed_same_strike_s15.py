"""ASSASSINATED_BY: the victims of "the same strike" in a later sentence take the first
killing's agent, also when the list goes on after a comma with و + a title ("العميد X،
وقائد الجبهة الجنوبية في الحزب Y"); a clause of its own after the comma is no victim. Our own
sentences, not taken from any dev set."""

import pytest

from tests.extract_support import AB, rels

ISRAEL, KARAKI = "country:israel", "person:ali-karaki"
NILFOROUSHAN, NASRALLAH = "person:abbas-nilforoushan", "person:hassan-nasrallah"


@pytest.mark.parametrize("text", [
    "اغتيل حسن نصر الله بغارة إسرائيلية. وقتل في الغارة نفسها العميد عباس نيلفروشان، "
    "وقائد الجبهة الجنوبية علي كركي.",
    "اغتيل حسن نصر الله بغارة إسرائيلية على الضاحية. وقُتل في الغارة نفسها العميد عباس "
    "نيلفروشان، وقائد الجبهة الجنوبية في الحزب علي كركي.",
])
def test_titled_victim_after_comma(ex, text):
    got = rels(ex.extract(text, lang="ar"))
    assert {AB(NASRALLAH, ISRAEL), AB(NILFOROUSHAN, ISRAEL), AB(KARAKI, ISRAEL)} <= got


@pytest.mark.parametrize("text,victim", [
    ("The Israeli army said it killed Hassan Nasrallah. The strike also killed Ali Karaki.",
     KARAKI),
    ("أعلن الجيش الإسرائيلي أنه اغتال حسن نصر الله. وأسفرت الغارة أيضا عن مقتل علي كركي.",
     KARAKI),
])
def test_same_strike_next_sentence(ex, text, victim):
    lang = "en" if text.isascii() else "ar"
    assert any(r[0] == "ASSASSINATED_BY" and r[1] == victim
               for r in rels(ex.extract(text, lang=lang)))


@pytest.mark.parametrize("text,lang", [
    ("اغتيل حسن نصر الله بغارة إسرائيلية. وقتل في الغارة نفسها عباس نيلفروشان، وقائد "
     "الجبهة الجنوبية علي كركي يتوعد بالرد.", "ar"),
    ("أعلن الجيش الإسرائيلي أنه اغتال حسن نصر الله. وأدت غارة أخرى إلى مقتل علي كركي.", "ar"),
    ("The Israeli army said it killed Hassan Nasrallah. Ali Karaki died of a heart attack.",
     "en"),
])
def test_not_a_victim_of_that_strike(ex, text, lang):
    assert not any(r[0] == "ASSASSINATED_BY" and r[1] == KARAKI
                   for r in rels(ex.extract(text, lang=lang)))
