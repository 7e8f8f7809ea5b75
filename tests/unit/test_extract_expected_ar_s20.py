"""Arabic "يُنتظر أن يلتقي / يستقبل" (it is expected that ... meets) is a plan, not a meeting
(session 20, ``lexicon.AR_MODAL`` gains "ينتظر", as "يتوقع" and "يرتقب"); English "is expected to
meet" is a plan already. Our own sentences, not taken from any dev set.

Negative (what must still be read): a meeting held, with a plan in the clause after it
("التقى X Y، فيما يُنتظر أن يصل Z").
"""

import pytest

from tests.extract_support import MW, assert_relations

ARAGHCHI, ABDELATTY = "person:abbas-araghchi", "person:badr-abdelatty"
SISI = "person:abdel-fattah-al-sisi"

# (name, lang, text, must, must_not)
CASES = [
 ("where_expected_to_meet", "ar", "وصل عراقجي إلى القاهرة أمس، حيث يُنتظر أن يلتقي وزير الخارجية "
  "المصري بدر عبد العاطي.", [], [MW(ARAGHCHI, ABDELATTY)]),
 ("expected_to_receive", "ar", "ويُنتظر أن يستقبل الرئيس عبد الفتاح السيسي وزير الخارجية الإيراني "
  "عباس عراقجي الأحد.", [], [MW(ARAGHCHI, SISI)]),
 ("expected_to_meet_en", "en", "Araghchi arrived in Cairo on Saturday, where he is expected to meet "
  "Egyptian Foreign Minister Badr Abdelatty.", [], [MW(ARAGHCHI, ABDELATTY)]),
 ("met_then_expected_arrival", "ar", "التقى عراقجي وزير الخارجية المصري بدر عبد العاطي في القاهرة، "
  "فيما يُنتظر أن يصل المبعوث الأميركي ستيف ويتكوف غداً.", [MW(ARAGHCHI, ABDELATTY)], []),
]


@pytest.mark.parametrize("name,lang,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_expected_ar(ex, name, lang, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
