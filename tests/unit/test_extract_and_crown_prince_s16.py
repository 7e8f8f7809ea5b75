"""Wrong node: "X وولي العهد السعودي Y" -- a title of two words after و ("ولي العهد", the
crown prince) is no person called "Wali al-Ahd" joined to X, and no meeting partner. Our own
sentences, not taken from any dev set.
"""

import pytest

from tests.extract_support import MW, assert_relations

TRUMP, MBS = "person:donald-trump", "person:mohammed-bin-salman"
SISI = "person:abdel-fattah-el-sisi"


# (name, text, must)
CASES = [
 ("met_pair", "التقى الرئيس الأميركي دونالد ترامب وولي العهد السعودي محمد بن سلمان في "
  "الرياض.", [MW(TRUMP, MBS)]),
 ("court_list", "دانت المحكمة الرئيس الأميركي السابق دونالد ترامب وولي العهد السعودي محمد بن "
  "سلمان غيابياً.", []),
 ("object_list", "استقبل الرئيس المصري عبد الفتاح السيسي دونالد ترامب وولي العهد السعودي محمد "
  "بن سلمان في شرم الشيخ.", [MW(SISI, TRUMP), MW(SISI, MBS)]),
]


@pytest.mark.parametrize("name,text,must", CASES, ids=[c[0] for c in CASES])
def test_and_crown_prince_is_a_title(ex, name, text, must):
    doc = ex.extract(text, lang="ar")
    people = {e["id"] for e in doc["entities"] if e["type"] == "Person"}
    assert not any("wali" in p for p in people), f"{name}: {sorted(people)}"
    assert MBS in people
    assert_relations(doc, name, must, [])


def test_a_man_named_wali_still_is_one(ex):
    text = "التقى وزير الخارجية ولي محمد أحمدي بنظيره الأفغاني في كابول."
    doc = ex.extract(text, lang="ar")
    assert any(e["type"] == "Person" for e in doc["entities"])
