"""Where one Arabic name ends and the next begins (session 13, second pass): a name ending in a
family particle "آل X" is closed, the next name starts a new person ("التقى منصور آل ثاني
عباس عراقجي" is two people, not person:thani-araghchi). Our own sentences, not taken from any
dev set.
"""

import pytest

from tests.extract_support import MW, assert_relations, person_surfaces

ARAGHCHI, GHALIBAF = "person:abbas-araghchi", "person:mohammad-bagher-ghalibaf"


# (name, text, lang, surfaces that must be person mentions with these ids, relations)
CASES = [
 ("ar_al_thani_then_name", "التقى منصور آل ثاني عباس عراقجي في الدوحة.", "ar",
  {"منصور آل ثاني": "person:mansour-al-thani", "عباس عراقجي": ARAGHCHI},
  [MW("person:mansour-al-thani", ARAGHCHI)]),
 ("ar_al_saud_then_name", "التقى فيصل آل سعود عباس عراقجي في الرياض.", "ar",
  {"فيصل آل سعود": "person:faisal-al-saud", "عباس عراقجي": ARAGHCHI},
  [MW("person:faisal-al-saud", ARAGHCHI)]),
 ("ar_long_al_thani_then_name",
  "استقبل الشيخ محمد بن عبد الرحمن آل ثاني محمد باقر قاليباف في الدوحة.", "ar",
  {"محمد باقر قاليباف": GHALIBAF},
  [MW("person:mohammed-bin-abdulrahman-al-thani", GHALIBAF)]),
 ("en_al_thani_then_name", "Mansour Al Thani met Abbas Araghchi in Doha.", "en",
  {"Mansour Al Thani": "person:mansour-al-thani", "Abbas Araghchi": ARAGHCHI},
  [MW("person:mansour-al-thani", ARAGHCHI)]),
]


@pytest.mark.parametrize("name,text,lang,ids,rels", CASES, ids=[c[0] for c in CASES])
def test_family_particle_closes_name(ex, name, text, lang, ids, rels):
    doc = ex.extract(text, lang=lang)
    got = person_surfaces(doc, text)
    for surface, eid in ids.items():
        assert got.get(surface) == eid, f"{name}: {surface!r} -> {got.get(surface)}; got {got}"
    assert not any(v.startswith("person:thani-") or v.startswith("person:saud-")
                   for v in got.values()), f"{name}: a name across آل X; got {got}"
    assert_relations(doc, name, rels, [])


# negatives: a known first name before a known surname still joins it
NEG = [
 ("ar_first_name_before_surname", "التقى قاآني علي هادي العامري في بغداد.", "ar",
  "علي هادي العامري"),
 ("ar_al_sheikh_family", "التقى تركي آل الشيخ عباس عراقجي في الرياض.", "ar", "تركي آل الشيخ"),
]


@pytest.mark.parametrize("name,text,lang,surface", NEG, ids=[c[0] for c in NEG])
def test_names_still_joined(ex, name, text, lang, surface):
    got = person_surfaces(ex.extract(text, lang=lang), text)
    assert surface in got, f"{name}: {surface!r} not one person mention; got {got}"
