"""Session 20, entity round 2 (``probar``): Arabic people the gazetteer does not know, found
by probing with our own sentences (Afghan, Pakistani and other names), not taken from any
dev set.

- ``lexicon.AR_TITLES`` / ``title_extent_ar._HONORIFIC_PHRASES``: the Afghan and South Asian styles
  "الملا"، "المولوي"، "مولانا" stand before a name as "الشيخ" does ("التقى الملا X Y Z"،
  "خلفاً للملا X Y", with a glued preposition). Negative: "الملا" alone ("وقال الملا إن
  ...") and the plural "الملالي" are no person.
- ``arabic_given_names._ar_given_name_span`` / ``_ar_name_span``: a two-word given name "X الدين"،
  "X الله"، "X الرحمن"، "X الحق" keeps the family name after it ("التقى ... نور الدين عزيزي"،
  "وزير الخارجية ضياء الحق رشيدي"), not only "نور الدين". Negative: "الله أكبر" after a
  given name is no family name.
- ``theophoric_names_ar.theophoric_people``: "W الدين|الله F" with a first word no list knows
  ("التقى ... شرف الدين بهادري"، "قُتل حكيم الله زرداد بغارة ...") is a new person.
  Negative: fixed phrases ("أمين عام حزب الله نعيم قاسم" keeps the body, "رجل الدين X",
  "في سبيل الله") make no person of W الله / W الدين.
- ``given_names.yaml``: South Asian and Afghan given names (عمران، نواز، شهباز، بلاول، جاويد،
  برويز، ناريندرا ...) open a name without a title ("اجتمع عمران خان مع ..."). Negative: the
  given name alone ("وقال عمران إن ...") is no person.
"""

import pytest

from tests.extract_support import AB, MW, SO, assert_relations

SHARAF, HAKIM = "person:sharaf-al-din-bahadori", "person:al-hakimallah-zardad"
ZARDAD, HAYSOM = "person:naseerallah-zardad", "person:nicholas-haysum"
AKHTAR, US = "person:akhtar-mansour", "country:united-states"
NOUR, KHALIL = "person:nour-al-din-azizi", "person:khalil-al-rahman-jalal"
DIAA = "person:diaa-al-haq-rashidi"
KABIR, AKHUND = "person:abdul-kabir", "person:mohammad-hassan-akhund"  # known since s43
ASSAD, FADL = "person:bashar-al-assad", "person:fazl-ur-rehman"  # known since s43

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
 ("ar_din_family_object", "ar", "التقى الرئيس بشار الأسد نور الدين عزيزي في دمشق.",
  [MW(ASSAD, NOUR)], [MW(ASSAD, "person:nour-al-din")]),
 ("ar_rahman_family_successor", "ar", "عُيّن خليل الرحمن جلال خلفاً لبشار الأسد.",
  [SO(KHALIL, ASSAD)], []),
 ("ar_haq_after_title", "ar", "استقبل وزير الخارجية ضياء الحق رشيدي بشار الأسد في كابول.",
  [MW(DIAA, ASSAD)], [MW("person:diaa-al-haq", ASSAD)]),
 ("ar_theophoric_object", "ar", "التقى الرئيس بشار الأسد شرف الدين بهادري في دمشق.",
  [MW(ASSAD, SHARAF)], []),
 ("ar_theophoric_killed", "ar", "قُتل حكيم الله زرداد بغارة أميركية في وزيرستان.",
  [AB(HAKIM, US)], []),
 ("ar_south_asian_given", "ar", "اجتمع عمران خان مع بشار الأسد في إسلام آباد.",
  [MW("person:amran-khan", ASSAD)], []),
 ("ar_south_asian_given_object", "ar", "استقبل بشار الأسد برويز زرداد في دمشق.",
  [MW(ASSAD, "person:barwiz-zardad")], []),
]


@pytest.mark.parametrize("name,lang,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_probar(ex, name, lang, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)


@pytest.mark.parametrize("text", ["وقال الملا إن الاجتماع كان مثمراً.",
                                  "اجتمع علماء الدين والملالي في المسجد الكبير.",
                                  "وقال رجل الدين إن القتال في سبيل الله واجب.",
                                  "ودعا أنصار الله جماهير صنعاء إلى التظاهر.",
                                  "وقال عمران إن الاتفاق نهائي."])
def test_probar_no_person(ex, text) -> None:
    doc = ex.extract(text, lang="ar")
    assert not [e for e in doc["entities"] if e["type"] == "Person"]


def test_probar_allah_akbar(ex) -> None:
    doc = ex.extract("اجتمع محمد الله أكبر مع المحتجين.", lang="ar")
    assert not [e for e in doc["entities"] if e["id"].endswith("akbar")]


def test_probar_hezbollah_not_person(ex) -> None:
    doc = ex.extract("التقى أمين عام حزب الله نعيم قاسم وفداً إيرانياً.", lang="ar")
    ids = {e["id"] for e in doc["entities"]}
    assert not [i for i in ids if i.startswith("person:") and "allah" in i]
