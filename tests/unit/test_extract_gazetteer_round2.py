"""Domain gazetteer, round 2 (session 9): cabinet members, spokesmen, commanders and foreign
officials of the region's news are known in both scripts; their surnames are no keys for
common words; no person alias carries an office title. Sentences written for these tests."""

import re

import pytest

from loaders.extract.gazetteer import DOMAIN_GAZETTEER, read_entries
from loaders.extract.rules import RuleExtractor
from tests.extract_support import people_and_core_relations as _doc


@pytest.fixture(scope="module")
def extractor():
    return RuleExtractor()


@pytest.mark.parametrize("lang,text,eid,surface", [
    ("en", "Iraqi Electricity Minister Ziyad Ali Fadel met Iran's ambassador in Baghdad on "
           "Tuesday to discuss gas supplies.", "person:ziyad-ali-fadel", "Ziyad Ali Fadel"),
    ("ar", "استقبل وزير الخارجية اللبناني يوسف رجي في بيروت، أمس، نظيره القطري.",
     "person:youssef-rajji", "يوسف رجي"),
    ("en", "Kremlin spokesman Dmitry Peskov told reporters the talks would go on.",
     "person:dmitry-peskov", "Dmitry Peskov"),
    ("ar", "قال المتحدث باسم الخارجية القطرية ماجد الأنصاري إن الوساطة مستمرة.",
     "person:majed-al-ansari", "ماجد الأنصاري"),
    ("en", "Mohsen Paknejad, Iran's oil minister, said exports had risen.",
     "person:mohsen-paknejad", "Mohsen Paknejad"),
    ("ar", "أعلنت المتحدثة باسم الحكومة الإيرانية فاطمة مهاجراني أن الاجتماع تأجل.",
     "person:fatemeh-mohajerani", "فاطمة مهاجراني"),
])
def test_round2_people_are_known_in_both_scripts(extractor, lang, text, eid, surface):
    people, _ = _doc(extractor, text, lang)
    assert surface in people.get(eid, []), people


@pytest.mark.parametrize("lang,text,triple", [
    ("en", "An Israeli air strike killed Hamas founder Ahmed Yassin in Gaza City in March 2004.",
     ("ASSASSINATED_BY", "person:ahmed-yassin", "country:israel")),
    ("ar", "اغتالت إسرائيل الشيخ أحمد ياسين مؤسس حركة حماس عام 2004.",
     ("ASSASSINATED_BY", "person:ahmed-yassin", "country:israel")),
    ("ar", "قتل الجيش الإسرائيلي قائد أركان الحوثيين محمد الغماري في غارة على صنعاء.",
     ("ASSASSINATED_BY", "person:mohammed-al-ghamari", "organization:israel-defense-forces")),
    ("en", "Hezbollah lawmaker Hassan Fadlallah met Parliament Speaker Nabih Berri on Monday.",
     ("MET_WITH", "person:hassan-fadlallah", "person:nabih-berri")),
    ("en", "Iraqi Electricity Minister Ziyad Ali Fadel met Iran's ambassador Mohammad Kazem "
           "Al-e Sadegh in Baghdad.",
     ("MET_WITH", "person:mohammad-kazem-al-e-sadegh", "person:ziyad-ali-fadel")),
    ("ar", "التقى وزير الخارجية الإيراني عباس عراقجي في الدوحة المتحدث باسم الخارجية القطرية "
           "ماجد الأنصاري.",
     ("MET_WITH", "person:abbas-araghchi", "person:majed-al-ansari")),
])
def test_core_relations_of_round2_people(extractor, lang, text, triple):
    _, rels = _doc(extractor, text, lang)
    assert triple in rels, sorted(rels)


@pytest.mark.parametrize("lang,text", [
    ("en", "A senior Iranian official said the Iraqi side had been informed of the new sanctions "
           "and that the meeting would be held after the holiday."),
    ("ar", "قال مسؤول أمني إيراني إن الجانب العراقي أُبلغ بالعقوبات الجديدة، وإن اللقاء سيعقد بعد "
           "الأسبوع المقبل في مقر الأمانة العامة."),
    ("ar", "أكد الجانبان أهمية التعاون الأمني، وقالت القوات المسلحة إن الحشد الشعبي شارك في العملية."),
    ("en", "The French delegation said the Syrian base would stay open, an Omani mediator added."),
])
def test_common_words_are_no_round2_people(extractor, lang, text):
    people, _ = _doc(extractor, text, lang)
    assert not people, people


def test_a_bare_surname_links_only_after_the_full_name(extractor):
    """'Tamim' alone is the Emir of Qatar as often as Iraq's planning minister: it names the
    minister only once the article has named him in full."""
    people, _ = _doc(extractor, "Planning Minister Mohammed Tamim chaired the meeting. Tamim "
                                "said the census would start in November.", "en")
    assert people.get("person:mohammed-tamim") == ["Mohammed Tamim", "Tamim"]
    people, _ = _doc(extractor, "Tamim said the census would start in November.", "en")
    assert "person:mohammed-tamim" not in people
    people, _ = _doc(extractor, "وصل وزير الخارجية الكويتي عبد الله اليحيا إلى بغداد، ثم التقى "
                                "اليحيا رئيس الوزراء.", "ar")
    assert people.get("person:abdullah-al-yahya") == ["عبد الله اليحيا", "اليحيا"]


# an office held is no part of a name: "X, the army's spokesman" as an alias made a dateline
# or a headline a mention of X (session 8). Ranks before a name ("General X") are names.
_OFFICE_EN = re.compile(r"\b(minister|governor|spokesman|spokeswoman|spokesperson|ambassador|"
                        r"envoy|secretary|speaker|chief|deputy|head|commander|adviser|advisor|"
                        r"mayor|director|chairman)\b", re.I)
_OFFICE_AR = {"وزير", "محافظ", "المتحدث", "المتحدثة", "متحدث", "سفير", "مبعوث", "نائب", "رئيس", "مسؤول",
              "قائد", "مستشار", "مدير", "العام", "زعيم", "إقليم", "الجيش"}


def test_no_person_alias_carries_an_office_title():
    for e in read_entries(DOMAIN_GAZETTEER):
        if e.type != "Person":
            continue
        for name in e.all_names():
            words = name.split()
            assert not _OFFICE_EN.search(name), (e.id, name)
            assert not _OFFICE_AR.intersection(words), (e.id, name)


# --- step 2: armed groups, state and international bodies, outlets ----------------------
def _bodies(extractor, text, lang):
    doc = extractor.extract(text, lang=lang)
    return {e["id"]: [text[a:b] for a, b in e.get("mentions") or []] for e in doc["entities"]
            if e["type"] in ("Organization", "Outlet")}


@pytest.mark.parametrize("lang,text,eid,surface", [
    ("en", "A US drone strike in Kabul killed al-Qaeda leader Ayman al-Zawahiri.",
     "organization:al-qaeda", "al-Qaeda"),
    ("ar", "قال زعيم تنظيم القاعدة أيمن الظواهري إن التنظيم سيواصل القتال.",
     "organization:al-qaeda", "تنظيم القاعدة"),
    ("en", "Maria Zakharova, spokeswoman of the Russian Foreign Ministry, told Sputnik the talks "
           "would resume.", "organization:russian-foreign-ministry", "Russian Foreign Ministry"),
    ("ar", "نقلت وكالة سبوتنيك عن المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا قولها إن "
           "المحادثات ستستأنف.", "outlet:sputnik", "وكالة سبوتنيك"),
    ("en", "UNRWA and the World Health Organization warned of famine, Channel 12 reported.",
     "organization:unrwa", "UNRWA"),
    ("ar", "أعلنت هيئة المنافذ الحدودية إغلاق أحد المنافذ، فيما قالت منظمة العفو الدولية إن التحقيق "
           "مستمر.", "organization:iraqi-border-ports-authority", "هيئة المنافذ الحدودية"),
])
def test_round2_bodies_and_outlets_in_both_scripts(extractor, lang, text, eid, surface):
    assert surface in _bodies(extractor, text, lang).get(eid, [])


@pytest.mark.parametrize("lang,text", [
    ("ar", "سقطت طائرة مسيرة قرب القاعدة الأميركية في عين الأسد، وأكدت القاعدة أن الأضرار طفيفة."),
    ("en", "Petra is an ancient city, and MENA markets fell on Monday."),
])
def test_common_words_are_no_round2_bodies(extractor, lang, text):
    """'القاعدة' is 'the base' before it is al-Qaeda; 'Petra', 'MENA' are a city and a region."""
    assert not _bodies(extractor, text, lang)
