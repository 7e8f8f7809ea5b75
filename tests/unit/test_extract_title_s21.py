"""Session 21 (``title``): new people introduced by a title or office, then named by surname.
Our own sentences and names (see ``bench/probe_titles.py``), not taken from any dev set.

- A capitalised function or time word after an English title opens no name ("The Governor
  Of Nineveh Province", "MP For Kirkuk", "Interior Minister Monday Statement"); a name after
  the title still reads ("Governor Babagana Zulum").
- ``lone_surname_ar``: a military rank and one unknown word ("العقيد ساغالو", "الفريق البرهان")
  is a new person when the word comes back alone later in the article ("والتقى ساغالو البرهان");
  not a word that comes back only after a title, an honorific ("الفريق الشهيد"), or the family
  name of someone named in full there ("المشير حفتر" after "خالد حفتر").
- ``definite_phrase_ar``: an unknown name ends before an al- noun followed by a definite
  adjective (the object in verb-subject-object order: "سيروان حمه كريم الوحدات الجديدة",
  "أبو ريشة الجدول الزمني"); a family name before a day or another nisba stays. So too
  before a common noun in the accusative, its tanween unwritten ("سيروان بارزنجي وفدا من
  ...", "أبو علي الكرخي بيانا"; ``arabic_names``), not before a given name ("محمد رضا").
  A compound given name inside a name no longer ends it ("قاري فصيح الدين فطرت").
- ``surname_keys``: a new person named by three words or more is named again by his last two
  words ("كاظم زاده", "حمه كريم") and, in Latin script, by a middle surname written alone
  ("Arriaga" for "Julio Cesar Arriaga Mendez"); not a usual given name (the father's:
  "Idriss Deby"), not a word written only inside other names ("Said Abdullahi Deni").
- ``known_names``: two words that name a known person, then an al- family name, are another
  person ("Karim Nouri al-Issawi" is not Karim al-Nouri); not before "bin" ("Sultan Haitham
  bin Tarik").
"""

import pytest

from tests.extract_support import people_and_core_relations


def _people(ex, text: str, lang: str) -> dict[str, list[str]]:
    return people_and_core_relations(ex, text, lang)[0]


# (text, language): no person at all
NO_PERSON = [
    # a function or time word after an English title
    ("The Governor Of Nineveh Province announced a curfew after the attack.", "en"),
    ("MP For Kirkuk Province said the vote had been delayed.", "en"),
    ("Interior Minister Monday Statement: the checkpoints stay open.", "en"),
    # an Arabic rank and a word that comes back only after the rank again (a unit)
    ("وأعلن اللواء الثامن انتهاء العملية. وانسحب اللواء الثامن من المدينة.", "ar"),
    # an honorific after the rank
    ("وزار الوفد منزل الفريق الشهيد. وقال إن الشهيد قدم الكثير.", "ar"),
    # a one-off word after a rank (no evidence it is a name)
    ("وقال العقيد ساغالو للتلفزيون إن المرحلة ستستمر.", "ar"),
    # what a titled person announces (lexicon.AR_COMMON_NOUNS)
    ("وأعلن قائد عمليات بغداد فرض حظر التجوال في المدينة.", "ar"),
    ("وأعلن قائد الشرطة بدء العملية الأمنية.", "ar"),
    ("وأعلن المتحدث باسم الجيش تعليق الرحلات.", "ar"),
]


@pytest.mark.parametrize("text,lang", NO_PERSON)
def test_no_person(ex, text, lang) -> None:
    assert not _people(ex, text, lang)


def test_name_after_title_en(ex) -> None:
    people = _people(ex, "Kano State Governor Musa Danladi Yakasai opened the hospital.", "en")
    assert ["Musa Danladi Yakasai"] in people.values()


# ---- an Arabic rank and one word, then that word alone (lone_surname_ar) -------------------

def test_rank_and_one_word_then_surname_ar(ex) -> None:
    """"العقيد ساغالو ... الفريق البرهان ... والتقى ساغالو البرهان": two new people, one id each,
    and their meeting."""
    text = ("وقال العقيد ساغالو للتلفزيون الرسمي إن المرحلة ستستمر عامين. ورفض الفريق البرهان "
            "الخطة. والتقى ساغالو البرهان في مقر الوزارة يوم الخميس.")
    people, core = people_and_core_relations(ex, text, "ar")
    assert sorted(people.values()) == [["البرهان", "البرهان"], ["ساغالو", "ساغالو"]]
    assert {frozenset((s, t)) for typ, s, t in core if typ == "MET_WITH"} == {frozenset(people)}


def test_lone_word_named_in_full_elsewhere_ar(ex) -> None:
    """"المشير حفتر" after "خالد حفتر" and "صدام حفتر": a family name of people named in full,
    not a new one-word person (since session 43 the regional gazetteer knows the three, and
    the marshal is Khalifa Haftar)."""
    text = ("وعين المشير خليفة حفتر الفريق صدام حفتر نائبا له، والفريق خالد حفتر رئيسا للأركان. "
            "واستقبل المشير حفتر رئيس المجلس في الرجمة.")
    people = _people(ex, text, "ar")
    assert all(pid.endswith("-haftar") and pid.count("-") == 1 for pid in people), people
    assert "حفتر" in people["person:khalifa-haftar"]


# ---- the name ends before a definite noun and its adjective (definite_phrase_ar) ----------

@pytest.mark.parametrize("text,surface", [
    ("وتفقد قائد عمليات بغداد الفريق الركن سيروان حمه كريم الوحدات الجديدة.", "سيروان حمه كريم"),
    ("ورفض الشيخ أبو ريشة الجدول الزمني للانتخابات.", "أبو ريشة"),
    ("واستعرض اللواء حامد ناجي الخطة الأمنية للمدينة.", "حامد ناجي"),
    # an indefinite accusative common noun, its tanween unwritten (arabic_names)
    ("واستقبل قائد قوات البيشمركة اللواء سيروان بارزنجي وفدا من التحالف.", "سيروان بارزنجي"),
    ("وأصدر المتحدث باسم الحركة أبو علي الكرخي بيانا أكد فيه موقفها.", "أبو علي الكرخي"),
])
def test_name_ends_before_object_phrase_ar(ex, text, surface) -> None:
    """Verb, titled subject, then a definite object with its adjective: the name ends before
    the object."""
    people = _people(ex, text, "ar")
    assert [surface] in people.values(), people


@pytest.mark.parametrize("text,surface", [
    ("والتقى وزير الدفاع حامد ناجي المهداوي الجمعة في بغداد.", "حامد ناجي المهداوي"),
    ("وقال اللواء أبو عمر الحسني القرشي إن العملية انتهت.", "أبو عمر الحسني القرشي"),
    ("وقال وزير النفط محمد رضا إن الإنتاج ارتفع.", "محمد رضا"),
    # a compound given name "X الدين" inside the name, then the family name
    ("والتقى الوزير الأفغاني قاري فصيح الدين فطرت نظيره الباكستاني.", "قاري فصيح الدين فطرت"),
    ("وقال القيادي محمد نجم الدين الكاكائي إن الحركة مستعدة.", "محمد نجم الدين الكاكائي"),
    ("وأصدر المتحدث باسم الحركة محمد نجم الدين الكاكائي بيانا.", "محمد نجم الدين الكاكائي"),
])
def test_family_name_kept_ar(ex, text, surface) -> None:
    """A family name before a day or another nisba stays in the name."""
    people = _people(ex, text, "ar")
    assert [surface] in people.values(), people


# ---- later short forms of a new person's name (surname_keys) ---------------------------

@pytest.mark.parametrize("text,lang,full,short", [
    ("Interior Minister Julio Cesar Arriaga Mendez flew to Baghdad. MP Sirwan Hamakarim "
     "called for a vote. Arriaga and Hamakarim met behind closed doors.", "en",
     "Julio Cesar Arriaga Mendez", "Arriaga"),
    ("ووصل مستشار الأمن الوطني مهرداد كاظم زاده إلى العاصمة. ووصل الوزير دميتري فولوشينكو "
     "إلى بغداد. وبحث كاظم زاده مع فولوشينكو سبل التعاون.", "ar", "مهرداد كاظم زاده",
     "كاظم زاده"),
    ("ونفى المتحدث باسم الحركة سيروان حمه كريم أي دور في الهجوم. وترأس الوزير إرنستو "
     "فيلالوبوس الجلسة. وحل فيلالوبوس محل حمه كريم في المنصب.", "ar", "سيروان حمه كريم",
     "حمه كريم"),
])
def test_short_form_is_same_person(ex, text, lang, full, short) -> None:
    """A later two-word family name or a Spanish paternal surname names the person
    introduced in full (one id), and the relation is his."""
    people, core = people_and_core_relations(ex, text, lang)
    assert any(full in ms and short in ms for ms in people.values()), people
    assert core, "the relation of the short form"


def test_middle_word_inside_names_en(ex) -> None:
    """"Said Abdullahi Deni" is not "Mohamed Abdullahi Farmaajo": a middle word written only
    inside names names nobody alone."""
    people, _ = people_and_core_relations(
        ex, "President Mohamed Abdullahi Farmaajo met Puntland President Said Abdullahi Deni "
            "in Mogadishu.", "en")
    assert any("Said Abdullahi Deni" in ms for ms in people.values()), people


# ---- a name before what a titled person announces (lexicon.AR_COMMON_NOUNS) --------------

def test_name_before_announced_object_ar(ex) -> None:
    """"وأعلن اللواء عبد الولي حرسي ورسمه انتهاء العملية": the name ends before انتهاء."""
    people = _people(ex, "وأعلن اللواء عبد الولي حرسي ورسمه انتهاء العملية.", "ar")
    assert ["عبد الولي حرسي ورسمه"] in people.values(), people


# ---- a known person's first words before another family name (known_names) ---------------

def test_known_words_before_other_family_en(ex) -> None:
    """"Karim Nouri al-Issawi": the gazetteer's Karim al-Nouri is written "Karim Nouri", but an
    al- family name after it makes someone else, named again by "Issawi"."""
    people, core = people_and_core_relations(
        ex, "A senior official in the Badr Organisation, Karim Nouri al-Issawi, said the talks "
            "had failed. Issawi met the US envoy Tom Barrack on Monday.", "en")
    assert ["Karim Nouri al-Issawi", "Issawi"] in people.values(), people
    assert "person:karim-al-nouri" not in people
    assert len(core) == 1


def test_known_name_with_bin_chain_en(ex) -> None:
    """Not before "bin": "Sultan Haitham bin Tarik" stays the known person."""
    people, _ = people_and_core_relations(
        ex, "Sultan Haitham bin Tarik met Iranian President Ebrahim Raisi in Tehran.", "en")
    assert any(pid.startswith("person:haitham") for pid in people), people
