"""Sirwan Barzani shares his family name with the other Barzanis, so a bare "Barzani" /
"بارزاني" is his only once the article has named him; a lone respelt "بارازاني" is still the
Barzani the article named (a fallback for a family name only ambiguous entries carry).
Session 16, our own sentences."""

import pytest

from tests.extract_support import MW, assert_relations, person_surfaces

SIRWAN, MASROUR = "person:sirwan-barzani", "person:masrour-barzani"
SUDANI = "person:mohammed-shia-al-sudani"


@pytest.mark.parametrize("text,lang", [
    ("Barzani said the region was ready for talks with Baghdad.", "en"),
    ("Barzani told reporters in Erbil that the budget dispute was settled.", "en"),
])
def test_bare_barzani_is_not_sirwan(ex, text, lang):
    assert person_surfaces(ex.extract(text, lang=lang), text).get("Barzani") != SIRWAN


@pytest.mark.parametrize("text,lang,surface,eid", [
    ("والتقى القائد في البيشمركة سيروان بارزاني رئيس الوزراء محمد شياع السوداني في بغداد.",
     "ar", "سيروان بارزاني", SIRWAN),
    ("وصل القائد سيروان بارزاني إلى بغداد. والتقى بارزاني رئيس الوزراء محمد شياع السوداني.",
     "ar", "بارزاني", SIRWAN),
    ("وصل القائد سيروان بارازاني إلى بغداد. والتقى بارازاني رئيس الوزراء محمد شياع السوداني.",
     "ar", "بارازاني", SIRWAN),
    ("وصل رئيس حكومة الإقليم مسرور بارازاني إلى بغداد. والتقى بارازاني رئيس الوزراء محمد "
     "شياع السوداني.", "ar", "بارازاني", MASROUR),
    ("Peshmerga commander Sirwan Barzani arrived in Baghdad. Barzani later met Mohammed Shia "
     "al-Sudani.", "en", "Barzani", SIRWAN),
])
def test_named_barzani(ex, text, lang, surface, eid):
    doc = ex.extract(text, lang=lang)
    assert person_surfaces(doc, text).get(surface) == eid
    assert_relations(doc, text[:30], [MW(eid, SUDANI)], [])
