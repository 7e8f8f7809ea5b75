"""A compound given name "عبد X" followed by a family name of its own is someone new, not the
known person whose family name is "عبد X" ("عبد المهدي الزيدي" is not Adil Abdul-Mahdi; "Abdul-Mahdi
al-Zaidi" neither). Our own sentences, not taken from any dev set.
"""

import pytest

from tests.extract_support import MW, assert_relations, person_surfaces, skeleton_key

ADIL, QAANI, ARAGHCHI = "person:adil-abdul-mahdi", "person:esmail-qaani", "person:abbas-araghchi"
ZAIDI = "person:abdul-mahdi-al-zaidi"


# (name, text, lang, surface, id)
IDS = [
 ("ar_object", "التقى قاآني عبد المهدي الزيدي في بغداد.", "ar", "عبد المهدي الزيدي", ZAIDI),
 ("ar_subject", "التقى عبد المهدي الزيدي عباس عراقجي في بغداد.", "ar", "عبد المهدي الزيدي",
  ZAIDI),
 ("en_hyphen", "Qaani met Abdul-Mahdi al-Zaidi in Baghdad.", "en", "Abdul-Mahdi al-Zaidi", ZAIDI),
 ("en_spaced", "Qaani met Abdul Mahdi al-Zaidi in Baghdad.", "en", "Abdul Mahdi al-Zaidi", ZAIDI),
 # negatives: the family name alone, or the full name, is still Adil Abdul-Mahdi
 ("ar_bare_family_name", "التقى قاآني عبد المهدي في بغداد.", "ar", "عبد المهدي", ADIL),
 ("ar_full_name", "التقى قاآني عادل عبد المهدي في بغداد.", "ar", "عادل عبد المهدي", ADIL),
 ("ar_before_weekday", "التقى قاآني عبد المهدي الاثنين في بغداد.", "ar", "عبد المهدي", ADIL),
 ("ar_before_nationality", "قال عبد المهدي العراقي إن اللقاء كان مثمرا.", "ar", "عبد المهدي",
  ADIL),
 ("en_bare_family_name", "Qaani met Abdul-Mahdi in Baghdad.", "en", "Abdul-Mahdi", ADIL),
 ("en_full_name", "Qaani met Adil Abdul-Mahdi in Baghdad.", "en", "Adil Abdul-Mahdi", ADIL),
 ("ar_known_abd_full", "التقى قاآني عبد الملك الحوثي في صنعاء.", "ar", "عبد الملك الحوثي",
  "person:abdul-malik-al-houthi"),
]


@pytest.mark.parametrize("name,text,lang,surface,eid", IDS, ids=[c[0] for c in IDS])
def test_abd_compound_given_name(ex, name, text, lang, surface, eid):
    got = person_surfaces(ex.extract(text, lang=lang), text)
    assert surface in got, f"{name}: {surface!r} not a person mention; got {got}"
    assert skeleton_key(("X", got[surface], "")) == skeleton_key(("X", eid, "")), \
        f"{name}: {surface!r} -> {got[surface]}, expected {eid}"


def test_no_meeting_with_the_other_person(ex):
    assert_relations(ex.extract("التقى قاآني عبد المهدي الزيدي في بغداد.", lang="ar"),
                     "ar_meeting", [MW(QAANI, ZAIDI)], [MW(QAANI, ADIL)])
