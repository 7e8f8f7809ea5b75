"""People the extractor did not find at all, session 22 (``names``). Our own sentences, not
taken from any dev set.

- Words after a new name that are no name words: "that they" (إنهم)، a part of the month (مطلع،
  منتصف، أواخر)، the jussive "was" (لم تكن)، a host's verb (يستضيف) (``lexicon.AR_STOP``,
  ``lexicon.AR_COMMON_VERBS``); the rank's "أول" opens no name ("الفريق أول X").
- A number opening a line before an Arabic word (a dated line of a timeline) is read as Arabic
  (``tokens._date_language``).
- A one-word new person before a Slavic / Central Asian surname no step took is one name with it
  ("السفير الروسي زامير غالييف", not Zamir and Galyev who "met"; ``name_starts_ar``).
- "خليفة" right after a title, a rank or a nationality is the given name Khalifa ("المشير
  خليفة بلقاسم"), not the noun "successor" (``name_starts_ar.khalifa_after_title``).
- "إمام علي" without the article is one given name, the Tajik Emomali ("إمام علي رحمان"،
  "رستم إمام علي"; ``name_starts_ar.imam_ali_names``).
- More given names of many cultures open a name with no title (``foreign_given_names.yaml``:
  سيزار، ستيفاني، جورجي، أرمين، أمادو، رمطان ...; ``given_names.yaml``: ناصيف، آدم), and
  "شاه" as a weak given name ("الوزير شاه محمود قرشي" was "محمود قرشي").
- A foreign name of three words whose first two end in a long vowel ("أنورا كومارا
  ديساناياكا") opens at its first word (``foreign_names_ar._vowel_first_two``).
"""

from __future__ import annotations

import pytest


def _persons(ex, text: str) -> list[str]:
    doc = ex.extract(text, lang="ar")
    return sorted(text[a:b] for e in doc["entities"] if e["type"] == "Person"
                  for a, b in e.get("mentions") or [])


@pytest.mark.parametrize("text,name", [
    ("وقال وزير الداخلية خورخي ماتورانا إنهم سيواصلون التحقيق.", "خورخي ماتورانا"),
    ("والتقى الوزير نظيره البيلاروسي فيكتور شيمانوف مطلع الشهر الجاري.", "فيكتور شيمانوف"),
    ("وزار رئيس الوزراء الكيني جوناثان موتيسو القاهرة منتصف أبريل.", "جوناثان موتيسو"),
    ("لم تكن ينغلاك شيناواترا في البلاد يومها.", "ينغلاك شيناواترا"),
    ("وزير الخارجية البيروفي ماريو أوليفاريس فاسكيز يستضيف نظيره في ليما.",
     "ماريو أوليفاريس فاسكيز"),
    # the rank's "أول" after a title and its body opens no name
    ("استقبل رئيس مجلس السيادة الفريق أول كمال الزبيدي المبعوث في بورتسودان.", "كمال الزبيدي"),
])
def test_boundary_word_after_new_name(ex, text: str, name: str) -> None:
    assert _persons(ex, text) == [name]


@pytest.mark.parametrize("text,name", [
    ("وقال أنصار أنورا كومارا ديساناياكا إن الحزب سيفوز.", "أنورا كومارا ديساناياكا"),
    ("واستقالت المدعية العامة سارا برونا كينيونيس أمس.", "سارا برونا كينيونيس"),
    ("وعين البرلمان لوسيا مارينا فيلاسكيز خلفاً له.", "لوسيا مارينا فيلاسكيز"),
    # a timeline line opens with a number: the Arabic name steps still run
    ("20 أكتوبر: وصل نواز شريف إلى لندن في زيارة خاصة.", "نواز شريف"),
    ("6 مايو 2023: خلف ماركوس هيلمان سلفه في المنصب.", "ماركوس هيلمان"),
    ("18 أغسطس - 11:25: أجبرت المعارضة سيرج سركيسيان على الاستقالة.", "سيرج سركيسيان"),
    # خليفة after a title is a given name
    ("التقى المشير خليفة الورفلي وزير الدفاع الإيطالي في روما.", "خليفة الورفلي"),
    ("وقال رئيس الوزراء خليفة الغويل إن حكومته باقية.", "خليفة الغويل"),
    ("استقبل الرئيس التونسي العقيد خليفة الزوي في قرطاج.", "خليفة الزوي"),
    # given names of many cultures with no title
    ("وقال سيزار مونتيرو إن التحقيق مستمر.", "سيزار مونتيرو"),
    ("والتقى الوزير ستيفاني لوبيز في الرباط.", "ستيفاني لوبيز"),
    ("وخلف أمادو سانغاري سلفه في المنصب.", "أمادو سانغاري"),
    ("وقال ناصيف فرح إن الحزب لن يشارك.", "ناصيف فرح"),
    ("وخلف أرمين غريغوريان سلفه في المنصب.", "أرمين غريغوريان"),
    # "إمام علي" without the article: one given name
    ("وكان في استقباله رئيس جمهورية طاجيكستان إمام علي نظروف.", "إمام علي نظروف"),
    ("وقال إمام علي نظروف إن بلاده تدعم الحوار.", "إمام علي نظروف"),
    ("وعين الرئيس نجله فرهاد إمام علي رئيساً للبلدية.", "فرهاد إمام علي"),
])
def test_new_name_found(ex, text: str, name: str) -> None:
    # a foreign name of three words opens at its first vowel-final word, and the cases above
    assert name in _persons(ex, text)


def test_verb_or_article_word_not_opening_foreign_name(ex) -> None:
    # negatives: a dual verb, an al- word or a و-word before the two-word name stays out
    assert _persons(ex, "والتقيا كومارا ديساناياكا في كولومبو.") == ["كومارا ديساناياكا"]
    assert _persons(ex, "وقالت الصحيفة إن كومارا ديساناياكا سيزور الهند.") == \
        ["كومارا ديساناياكا"]


def test_dated_line_relation(ex) -> None:
    text = "11 نوفمبر: التقى نواز شريف الرئيس سيرج سركيسيان في يريفان."
    doc = ex.extract(text, lang="ar")
    assert [r for r in doc["relations"] if r["type"] == "MET_WITH"]


def test_number_before_latin_word_not_arabic(ex) -> None:
    # negative: an English dated line stays English
    doc = ex.extract("6 May 2023: Foreign Minister Pekka Haavisto met Rahimullah Soltani.",
                     lang="en")
    assert {e["name"] for e in doc["entities"] if e["type"] == "Person"} >= {"Pekka Haavisto"}


@pytest.mark.parametrize("text", [
    "والتقى الوزير المبعوث الروسي زامير غالييف في طشقند.",
    "استقبل الرئيس الإيراني السفير الروسي زامير غالييف.",
])
def test_one_word_new_person_before_foreign_surname(ex, text: str) -> None:
    doc = ex.extract(text, lang="ar")
    assert _persons(ex, text)[-1] == "زامير غالييف"
    assert not [r for r in doc["relations"] if r["type"] == "MET_WITH" and
                "zamir" in r["source"] + r["target"] and "galy" in r["source"] + r["target"]]


def test_known_person_before_foreign_surname_kept(ex) -> None:
    # negative: a gazetteer person named by his surname stays himself
    assert _persons(ex, "استقبل بوتين غالييف في الكرملين.") == ["بوتين", "غالييف"]


def test_khalifa_as_successor_noun_kept(ex) -> None:
    # negatives: "the successor of Soleimani" and "a successor to him" are no person Khalifa
    doc = ex.extract("أعلن الحرس الثوري اسم خليفة سليماني في قيادة فيلق القدس.", lang="ar")
    assert not [e for e in doc["entities"] if e["type"] == "Person" and
                e["name"].startswith("Khalifa")]
    assert _persons(ex, "واختار المجلس القائد خليفة له.") == []


def test_given_name_in_place_name_not_person(ex) -> None:
    # negative: "تيمور الشرقية" (East Timor) is no Timur
    assert _persons(ex, "تقع جمهورية تيمور الشرقية في جنوب شرق آسيا.") == []


def test_shah_opens_a_name_before_a_given_name(ex) -> None:
    assert _persons(ex, "والتقى الوزير شاه كريم دراني في كابل.") == ["شاه كريم دراني"]
    assert _persons(ex, "والتقى الوزير شاه محمود دراني في كابل.") == ["شاه محمود دراني"]
    # negative: the Shah of Iran is no given name
    assert _persons(ex, "زار شاه إيران الولايات المتحدة عام 1977.") == []


def test_imam_ali_religious_and_preposition_kept(ex) -> None:
    # negatives: the Imam Ali with the article, and "أمام" (in front of) before Ali
    assert _persons(ex, "زار الوزير مرقد الإمام علي في النجف.") == []
    assert _persons(ex, "ووقف أمام علي حسن الجمهور.") == ["علي حسن"]
