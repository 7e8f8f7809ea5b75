"""Domain gazetteer, round 4 (session 11): the 2025 Lebanese and Syrian cabinets and
governors, Palestinian, Yemeni, Jordanian, Egyptian, Gulf, Iranian, US and UN office-holders
are known in both scripts; everyday words that are also their surnames ("البساط" the carpet,
"الشعار" the slogan, "الغريب" the stranger, "فتوح" conquests) are not bent into them; a bare
surname links only after the full name. Sentences written for these tests."""

import pytest

from loaders.extract.rules import RuleExtractor
from tests.extract_support import people_and_core_relations as _doc


@pytest.fixture(scope="module")
def extractor():
    return RuleExtractor()


def _has(rels, triple):
    kind, a, b = triple
    return triple in rels or (kind == "MET_WITH" and (kind, b, a) in rels)


# --- step 1: Lebanon and Syria 2025, Palestinian figures ---------------------------------
@pytest.mark.parametrize("lang,text,eid,surface", [
    ("en", "Lebanese Information Minister Paul Morcos said the cabinet approved the plan.",
     "person:paul-morcos", "Paul Morcos"),
    ("ar", "قال وزير الإعلام اللبناني بول مرقص إن الحكومة أقرت الخطة.",
     "person:paul-morcos", "بول مرقص"),
    ("ar", "أعلن المدير العام للأمن العام اللواء حسن شقير توقيف شبكة تهريب.",
     "person:hassan-choucair", "حسن شقير"),
    ("ar", "ألقى رئيس المجلس السياسي في حزب الله إبراهيم أمين السيد كلمة في الضاحية.",
     "person:ibrahim-amin-al-sayyed", "إبراهيم أمين السيد"),
    ("en", "Syria's economy minister Mohammad Nidal al-Shaar signed the deal in Riyadh.",
     "person:mohammad-nidal-al-shaar", "Mohammad Nidal al-Shaar"),
    ("ar", "وقال محافظ حلب عزام الغريب إن الخدمات عادت إلى الأحياء الشرقية.",
     "person:azzam-al-gharib", "عزام الغريب"),
    ("ar", "استقبلت وزيرة الخارجية الفلسطينية فارسين أغابكيان وفدا أوروبيا في رام الله.",
     "person:varsen-aghabekian", "فارسين أغابكيان"),
    ("en", "Palestinian National Initiative leader Mustafa Barghouti warned of famine in Gaza.",
     "person:mustafa-barghouti", "Mustafa Barghouti"),
])
def test_round4_step1_people_in_both_scripts(extractor, lang, text, eid, surface):
    people, _ = _doc(extractor, text, lang)
    assert surface in people.get(eid, []), people


@pytest.mark.parametrize("lang,text,triple", [
    ("en", "Lebanese Health Minister Rakan Nasreddine met Syrian Health Minister Musab al-Ali in "
           "Beirut on Monday.",
     ("MET_WITH", "person:rakan-nasreddine", "person:musab-al-ali")),
    ("ar", "التقى وزير الصحة اللبناني ركان ناصر الدين نظيره السوري مصعب العلي في بيروت.",
     ("MET_WITH", "person:rakan-nasreddine", "person:musab-al-ali")),
    ("ar", "اجتمع وزير العدل عادل نصار مع مفتي الجمهورية الشيخ عبد اللطيف دريان في دار الفتوى.",
     ("MET_WITH", "person:adel-nassar", "person:abdul-latif-derian")),
    ("en", "Hossam Badran, a member of Hamas's political bureau, met Egyptian intelligence chief "
           "Hassan Rashad in Cairo.",
     ("MET_WITH", "person:hossam-badran", "person:hassan-rashad")),
    ("en", "An Israeli air strike in Gaza killed Iyad al-Hassani, head of Islamic Jihad's "
           "military operations.",
     ("ASSASSINATED_BY", "person:iyad-al-hassani", "country:israel")),
    ("ar", "اغتالت إسرائيل إياد الحسني مسؤول العمليات العسكرية في سرايا القدس بغارة على غزة.",
     ("ASSASSINATED_BY", "person:iyad-al-hassani", "country:israel")),
])
def test_core_relations_of_round4_step1_people(extractor, lang, text, triple):
    _, rels = _doc(extractor, text, lang)
    assert _has(rels, triple), sorted(rels)


@pytest.mark.parametrize("lang,text,absent", [
    # the carpet, the slogan, the stranger, conquests, the echo, the Aleppan: everyday words
    ("ar", "رفع المتظاهرون الشعار نفسه وفرشوا البساط للضيف الغريب، وسمعوا الصدي في الساحة، "
           "وتحدث التاجر الحلبي عن فتوح جديدة.",
     {"person:mohammad-nidal-al-shaar", "person:amer-bisat", "person:azzam-al-gharib",
      "person:joe-saddi", "person:marwan-al-halabi", "person:rawhi-fattouh"}),
    ("en", "The mufti said the Lebanese health minister would visit the south.",
     {"person:ahmad-qabalan", "person:rakan-nasreddine"}),
])
def test_common_words_are_no_round4_step1_people(extractor, lang, text, absent):
    people, _ = _doc(extractor, text, lang)
    assert not absent & set(people), people


def test_round4_bare_surname_links_only_after_the_full_name(extractor):
    alone, _ = _doc(extractor, "قال مرقص إن الاجتماع انتهى.", "ar")
    assert "person:paul-morcos" not in alone
    both, _ = _doc(extractor, "قال وزير الإعلام بول مرقص إن الجلسة انتهت. وأضاف مرقص أن "
                              "الحكومة ستجتمع مجددا.", "ar")
    assert both.get("person:paul-morcos") == ["بول مرقص", "مرقص"], both
