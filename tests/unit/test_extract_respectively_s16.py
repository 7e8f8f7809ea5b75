""""A1 and A2 met B1 and B2, respectively" / "على التوالي": A1 met B1 and A2 met B2, not
A1-B2, A2-B1 nor A1-A2 (session 16, meeting_respectively.py). Our own sentences."""

import pytest

from tests.extract_support import MW, assert_relations

RAJJI, MENASSA = "person:youssef-rajji", "person:michel-menassa"
SHAIBANI, QASRA = "person:asaad-al-shaibani", "person:murhaf-abu-qasra"
ARAGHCHI, FUAD = "person:abbas-araghchi", "person:fuad-hussein"

RIGHT = [MW(RAJJI, SHAIBANI), MW(MENASSA, QASRA)]
WRONG = [MW(RAJJI, QASRA), MW(MENASSA, SHAIBANI), MW(RAJJI, MENASSA), MW(SHAIBANI, QASRA)]


@pytest.mark.parametrize("text,lang", [
    ("The prime minister was accompanied by Foreign Minister Youssef Rajji and Defense Minister "
     "Michel Menassa, who met their Syrian counterparts, Asaad al-Shaibani and Murhaf Abu Qasra, "
     "respectively.", "en"),
    ("Youssef Rajji and Michel Menassa met Asaad al-Shaibani and Murhaf Abu Qasra respectively.",
     "en"),
    ("والتقى يوسف رجي وميشال منسى نظيريهما أسعد الشيباني ومرهف أبو قصرة على التوالي.", "ar"),
])
def test_pairs_in_order(ex, text, lang):
    assert_relations(ex.extract(text, lang=lang), text, RIGHT, WRONG)


def test_lists_of_different_length_are_left(ex):
    text = "Abbas Araghchi and Fuad Hussein met Asaad al-Shaibani, respectively."
    doc = ex.extract(text, lang="en")
    assert_relations(doc, text, [MW(ARAGHCHI, SHAIBANI), MW(FUAD, SHAIBANI)], [])
