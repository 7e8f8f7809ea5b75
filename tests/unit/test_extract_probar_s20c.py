"""Session 20, entity round 2 (``probar``): Arabic people the gazetteer does not know, found
by probing with our own sentences (Afghan, Pakistani and other names), not taken from any
dev set.

- ``lexicon.AR_TITLES`` / ``titles._HONORIFIC_PHRASES``: the Afghan and South Asian styles
  "الملا"، "المولوي"، "مولانا" stand before a name as "الشيخ" does ("التقى الملا X Y Z"،
  "خلفاً للملا X Y", with a glued preposition). Negative: "الملا" alone ("وقال الملا إن
  ...") and the plural "الملالي" are no person.
"""

import pytest

from tests.extract_support import AB, MW, SO, assert_relations

ZARDAD, HAYSOM = "person:naseerallah-zardad", "person:nicholas-haysum"
AKHTAR, US = "person:akhtar-mansour", "country:united-states"
KABIR, AKHUND = "person:abdul-kabir", "person:hassan-akhund"
ASSAD, FADL = "person:bashar-al-assad", "person:fadl-al-rahman"

# (name, lang, text, must, must_not)
CASES = [
 ("ar_mawlawi_after_title", "ar", "استقبل زعيم الحركة المولوي نصير الله زرداد المبعوث الأممي "
  "نيكولاس هايسوم في قندهار.", [MW(ZARDAD, HAYSOM)], []),
 ("ar_mullah_killed", "ar", "قُتل الملا أختر منصور بغارة أميركية في بلوشستان.",
  [AB(AKHTAR, US)], []),
 ("ar_mullah_glued_successor", "ar", "عُيّن المولوي عبد الكبير خلفاً للملا حسن أخوند.",
  [SO(KABIR, AKHUND)], []),
 ("ar_maulana_object", "ar", "التقى بشار الأسد مولانا فضل الرحمن في دمشق.",
  [MW(ASSAD, FADL)], []),
]


@pytest.mark.parametrize("name,lang,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_probar(ex, name, lang, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)


@pytest.mark.parametrize("text", ["وقال الملا إن الاجتماع كان مثمراً.",
                                  "اجتمع علماء الدين والملالي في المسجد الكبير."])
def test_probar_no_person(ex, text) -> None:
    doc = ex.extract(text, lang="ar")
    assert not [e for e in doc["entities"] if e["type"] == "Person"]
