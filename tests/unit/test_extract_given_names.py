"""Arabic people named without a title: a usual given name (given_names.yaml) starts the
name, the following one or two name words complete it, and the name stops at verbs,
prepositions, nouns of saying and known names. Sentences written for these tests (branch
xent); each case lists relations that must be found and ones that must not.
"""

import pytest

from loaders.extract.rules import RuleExtractor
from tests.extract_support import MW, SO, assert_relations

NASRALLAH = "person:hassan-nasrallah"
BARZANI = "person:masoud-barzani"


@pytest.fixture()
def ex():
    return RuleExtractor()  # fresh: no new name remembered from another case


def people(doc):
    return {e["id"] for e in doc["entities"] if e["type"] == "Person"}


def names(doc):
    return {e["name"] for e in doc["entities"] if e["type"] == "Person"}


CASES = [
    # subject and object of a meeting verb, no title on either side
    ("التقى عباس عراقجي فؤاد حسين في بغداد أمس.",
     [MW("person:abbas-araqchi", "person:fuad-hussein")], []),
    ("وكان سعيد جليلي قد التقى قاسم الأعرجي في طهران الشهر الماضي.",
     [MW("person:saeed-jalili", "person:qasim-al-araji")], []),
    # the preposition of the object glued to a given name ("بعباس"), after another name
    ("واجتمع فؤاد حسين بعباس عراقجي على هامش المؤتمر.",
     [MW("person:fuad-hussein", "person:abbas-araqchi")],
     [MW("person:fuad-hussein-babas", "person:abbas-araqchi")]),
    # succession: the new name ends at the known predecessor
    ("وخلف نعيم قاسم حسن نصر الله في منصب الأمين العام للحزب.",
     [SO("person:naim-qasim", NASRALLAH)], []),
    # a definite common noun after the name is no family name ("المنصب")
    ("وتولى نعيم قاسم المنصب بعد اغتيال نصر الله.",
     [SO("person:naim-qasim", NASRALLAH)], [SO("person:naim-qasim-al-mansab", NASRALLAH)]),
    # a name with an al- family name, then a known person
    ("اجتمع حيدر العبادي مع مسعود بارزاني في أربيل.",
     [MW("person:haider-al-abadi", BARZANI)], []),
    # negation still blocks the relation although both people are found
    ("ولم يلتق عباس عراقجي فؤاد حسين خلال الزيارة.",
     [], [MW("person:abbas-araqchi", "person:fuad-hussein")]),
]


@pytest.mark.parametrize(("text", "must", "must_not"), CASES,
                         ids=[f"case{i}" for i in range(len(CASES))])
def test_given_name_relations(ex, text, must, must_not):
    assert_relations(ex.extract(text, lang="ar"), text, must, must_not)


def test_noun_of_saying_is_not_glued_to_the_name(ex):
    doc = ex.extract("ونقلت الوكالة عن المتحدث علي بهادري جهرمي قوله إن الاتفاق مهم.",
                     lang="ar")
    assert "Ali Bahadri Jahrami" in names(doc) or "Ali Bahadori Jahromi" in names(doc), \
        names(doc)
    assert not any("Qulh" in n or "Qawl" in n for n in names(doc)), names(doc)


def test_weak_given_name_needs_a_name_after_it(ex):
    # صالح / سعيد / علي are also ordinary words: no person unless a name word follows
    for text in ("جاء القرار لصالح الحكومة العراقية.",
                 "عاد صالح المسؤول إلى بغداد.",
                 "ودعا رئيس الوزراء إلى الهدوء على الرغم من الهجمات.",
                 "قتل على يد مسلحين مجهولين في بغداد.",
                 "وأكد الوزير حسن النية في المفاوضات.",
                 "وشدد الرئيس على حسن الجوار مع إيران.",
                 "وأعرب عن أمله في أن يكون سعيد الحظ."):
        assert people(ex.extract(text, lang="ar")) == set(), text
    doc = ex.extract("وصل عمار الحكيم إلى طهران والتقى علي لاريجاني.", lang="ar")
    assert {"person:ammar-al-hakim", "person:ali-larijani"} <= people(doc)


def test_given_name_inside_a_body_or_place_is_no_person(ex):
    for text in ("أعلنت كتائب الإمام علي مسؤوليتها عن الهجوم.",
                 "زار الوفد مسجد الإمام علي في النجف.",
                 "وقع الانفجار قرب شارع أبو نواس في بغداد."):
        assert people(ex.extract(text, lang="ar")) == set(), text


def test_single_given_name_is_no_person(ex):
    assert people(ex.extract("قال محمد إن الوفد وصل.", lang="ar")) == set()


# --- names cut at the right place (title fillers, joiners, said-to, coordination) ---------
SPAN_CASES = [
    # a time adverb between the title and the name is neither
    ("قال الرئيس الأميركي آنذاك جو بايدن إن الضربة دفاعية.", {"person:joe-biden"},
     {"Andhak"}),
    # "on its behalf" after the spokesman title
    ("وقال المتحدث باسمها سمير حداد إن الوفد غادر.", {"person:samir-haddad"}, set()),
    # an adjective that ends a body's name inside the title
    ("وقال الأمين العام لحركة المقاومة الإسلامية ماهر الطائي إن الحركة سترد.",
     {"person:maher-al-tai"}, set()),
    # the province after a governor
    ("واستقبل محافظ البصرة أسعد العيداني الوفد.", {"person:asaad-al-eidani"}, set()),
    # joiners (بن، آل) do not count towards the length of a name
    ("التقى الوزير فيصل بن عبد الله بن ناصر آل خليفة في المنامة.",
     {"person:faisal-bin-abdullah-bin-nasser-al-khalifa"}, set()),
    # "said to Rudaw that": the outlet after ل is no part of the name
    ("وقال المسؤول الكردي ريبوار طه لروداو إن الإقليم لن يسمح بذلك.",
     {"person:rebwar-taha"}, {"Rebwar Taha Larudaw"}),
    # a second name joined by و to a first one, with any first name
    ("وقُتل في الغارة القياديان سمير فندي وعزام الأقرع.",
     {"person:samir-fandi", "person:azzam-al-aqraa"}, set()),
]


@pytest.mark.parametrize(("text", "must", "bad_names"), SPAN_CASES,
                         ids=[f"span{i}" for i in range(len(SPAN_CASES))])
def test_name_spans(ex, text, must, bad_names):
    from tests.extract_support import skeleton_key

    doc = ex.extract(text, lang="ar")
    got = {skeleton_key(("X", p, p))[1] for p in people(doc)}
    for eid in must:
        assert skeleton_key(("X", eid, eid))[1] in got, f"{text}: {eid} not in {people(doc)}"
    assert not (names(doc) & bad_names), names(doc)


def test_persian_compound_name_is_not_shortened(ex):
    doc = ex.extract("استقبل رئيس السلطة القضائية غلام حسين محسني إجئي وفداً عراقياً.",
                     lang="ar")
    # (a known person now: the whole name links to the domain gazetteer entry)
    assert any(len(n.split()) == 4 for n in names(doc)) or \
        "person:gholam-hossein-mohseni-ejei" in {e["id"] for e in doc["entities"]}, names(doc)


def test_body_after_in_is_no_killer(ex):
    doc = ex.extract("وقُتل معه القياديان في كتائب القسام سمير فندي وعزام الأقرع.", lang="ar")
    assert not [r for r in doc["relations"] if r["type"] == "ASSASSINATED_BY"]


def test_usual_latin_spelling_of_new_names(ex):
    # names.yaml: conventional romanisation of common name words for new people's ids
    doc = ex.extract("وقال القيادي في الحشد الشعبي قاسم مصلح إن الرد قادم.", lang="ar")
    assert "Qasem Muslih" in names(doc), names(doc)
    doc = ex.extract("واستقبل الوزير الجنرال الأميركي جويل فاويل.", lang="ar")
    assert any(n.startswith("Joel ") for n in names(doc)), names(doc)


def test_envoy_to_a_region_then_a_foreign_name(ex):
    # "إلى الشرق الأوسط" after a posted title; a foreign family name starting with و
    doc = ex.extract("شارك المبعوث الأميركي الخاص إلى الشرق الأوسط ستيف ويتكوف في المحادثات.",
                     lang="ar")
    assert "Steve Witkuf" in names(doc) or "Steve Witkoff" in names(doc), names(doc)


def test_conjunction_before_an_al_name_starts_the_next_person(ex):
    doc = ex.extract("وقُتل في الغارة القياديان سمير فندي وخضر الأقرع.", lang="ar")
    assert {"Samir Fandi", "Khadr al-Aqra"} <= names(doc), names(doc)


def test_indefinite_title_word_and_an_adjective_is_no_person(ex):
    doc = ex.extract("ولم تعلن الحركة اسم خليفته، وسط ترجيحات بتشكيل مجلس قيادي مؤقت.",
                     lang="ar")
    assert people(doc) == set(), people(doc)


def test_participle_after_a_given_name_is_no_family_name(ex):
    doc = ex.extract("أكد المتحدث أن مدرسة الحاج قاسم باقية، في ذكرى استشهاد الفريق قاسم "
                     "سليماني.", lang="ar")
    assert people(doc) == {"person:qasem-soleimani"}, people(doc)


def test_final_ha_is_romanised_as_a_consonant():
    # a final ح after a consonant cluster reads -ih, so the id keeps its h (skeleton of
    # "Muflih", not of "Muflah" whose -ah would read as a teh marbuta)
    from loaders.textnorm import skeleton, transliterate_ar

    for ar, latin in (("مفلح", "Muflih"), ("مصلح", "Muslih"), ("سميح", "Samih")):
        assert skeleton(transliterate_ar(ar)) == skeleton(latin), transliterate_ar(ar)
    assert transliterate_ar("صباح").endswith("ah")  # a long a stays


def test_two_names_side_by_side_are_two_people(ex):
    # "قاسم مصلح" ends before the known "هادي العامري" (no "son of Hadi al-Amiri" reading)
    doc = ex.extract("التقى قاسم مصلح هادي العامري في بغداد.", lang="ar")
    assert {"person:hadi-al-amiri"} < people(doc) and len(people(doc)) == 2, people(doc)
    doc = ex.extract("وقال علي هادي العامري إن الوضع مستقر.", lang="ar")
    assert len(people(doc)) == 1, people(doc)


def test_body_name_before_the_given_name_is_left_out(ex):
    doc = ex.extract("وقال رئيس كتلة صادقون عدنان فيحان إن القرار ملزم.", lang="ar")
    assert names(doc) == {"Adnan Fihan"} or names(doc) == {"Adnan Fayhan"}, names(doc)


def test_verbal_noun_or_a_body_after_a_title_is_no_name(ex):
    for text in ("حيث نقل إليه رئيس الوزراء العراقي رسالة تحذير من استمرار الهجمات.",
                 "وقال رئيس كتلة صادقون النيابية إن القرار ملزم."):
        assert people(ex.extract(text, lang="ar")) == set(), text
    doc = ex.extract("وقال الوزير توفيق الياسري إن الوضع مستقر.", lang="ar")
    assert names(doc) == {"Tawfiq al-Yasiri"}, names(doc)
