"""The name given after a long title wins over the office's holder (session 13): "رئيس
الجمهورية العربية السورية في المرحلة الانتقالية أحمد الشرع" is al-Sharaa, not Assad (the
office's holder in the gazetteer); the English "Syria's transitional president Ahmed
al-Sharaa" too. Our own sentences, not taken from any dev set.
"""

import pytest

from tests.extract_support import MW, assert_relations, people_and_core_relations

SHARAA, ASSAD, FIDAN = "person:ahmed-al-sharaa", "person:bashar-al-assad", "person:hakan-fidan"


CASES = [
 ("ar_period_after_long_title_met",
  "التقى رئيس الجمهورية العربية السورية في المرحلة الانتقالية أحمد الشرع وزير الخارجية "
  "التركي هاكان فيدان.", "ar"),
 ("ar_period_after_long_title_received",
  "استقبل رئيس الجمهورية العربية السورية في المرحلة الانتقالية أحمد الشرع في دمشق وزير "
  "الخارجية التركي هاكان فيدان.", "ar"),
 ("ar_during_period_after_title",
  "استقبل رئيس الجمهورية العربية السورية خلال المرحلة الانتقالية أحمد الشرع وزير الخارجية "
  "التركي هاكان فيدان.", "ar"),
 ("ar_period_after_short_title",
  "استقبل الرئيس السوري في الفترة الانتقالية أحمد الشرع وزير الخارجية التركي هاكان فيدان.",
  "ar"),
 ("en_transitional_president",
  "Syria's transitional president Ahmed al-Sharaa met Turkish Foreign Minister Hakan Fidan "
  "in Damascus.", "en"),
 ("en_president_for_transitional_phase",
  "The President of the Syrian Arab Republic for the transitional phase Ahmed al-Sharaa met "
  "Hakan Fidan.", "en"),
]


@pytest.mark.parametrize("name,text,lang", CASES, ids=[c[0] for c in CASES])
def test_name_wins_over_office_holder(ex, name, text, lang):
    people, _core = people_and_core_relations(ex, text, lang)
    assert ASSAD not in people, f"{name}: {people}"
    assert_relations(ex.extract(text, lang=lang), name, [MW(SHARAA, FIDAN)],
                     [MW(ASSAD, FIDAN), MW(ASSAD, SHARAA)])


def test_holder_still_named_by_name(ex):
    text = "استقبل الرئيس السوري بشار الأسد في دمشق وزير الخارجية التركي هاكان فيدان."
    assert_relations(ex.extract(text, lang="ar"), "assad", [MW(ASSAD, FIDAN)], [])
