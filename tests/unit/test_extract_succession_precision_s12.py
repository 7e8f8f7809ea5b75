"""SUCCESSOR_OF that must NOT be produced (session 12, precision; ``succession_checks.py``):
the appointer of "X، الذي كلّفه K ... خلفاً لـY" is no successor (X is), and an appointment
told in a side clause after "خلفاً لـY" ("، فيما عُيّن Z") is someone else's. Our own
sentences, not taken from any dev set.

Each case: (name, text, lang, SUCCESSOR_OF that must be found, that must NOT be found).
"""

import pytest

from tests.extract_support import SO, assert_relations

ABDULLAH, SAFADI = "person:abdullah-ii", "person:ayman-safadi"
JAFAR, KHASAWNEH = "person:jafar-hassan", "person:bisher-al-khasawneh"
RASHID, SUD, KADHIMI = ("person:abdul-latif-rashid", "person:mohammed-shia-al-sudani",
                        "person:mustafa-al-kadhimi")
MEKDAD, MUALLEM = "person:faisal-mekdad", "person:walid-muallem"
QAANI, SOLEIMANI = "person:esmail-qaani", "person:qasem-soleimani"
HALBOUSI, JABOURI = "person:mohammed-al-halbousi", "person:salim-al-jabouri"


CASES = [
 ("ar_relative_head_appointed_by_king",
  "استقبل العاهل الأردني الملك عبد الله الثاني وزير الخارجية أيمن الصفدي. واحتفظ الصفدي "
  "بحقيبته في حكومة جعفر حسان، الذي كلّفه الملك في أيلول الماضي بتشكيل الحكومة خلفاً لبشر "
  "الخصاونة.", "ar", [SO(JAFAR, KHASAWNEH)], [SO(ABDULLAH, KHASAWNEH), SO(SAFADI, KHASAWNEH)]),
 ("ar_relative_head_named_appointer",
  "وصل الرئيس العراقي عبد اللطيف رشيد إلى عمان. وكان رئيس الوزراء محمد شياع السوداني، الذي "
  "كلّفه رشيد بتشكيل الحكومة خلفاً لمصطفى الكاظمي، قد زار عمان.", "ar", [SO(SUD, KADHIMI)],
  [SO(RASHID, KADHIMI)]),
 ("ar_side_clause_appointment",
  "ويتولى وزير الخارجية السعودي الخارجية منذ 2019 خلفاً لإبراهيم العساف، فيما عُيّن المقداد في "
  "منصبه أواخر 2020 خلفاً للراحل وليد المعلم.", "ar", [SO(MEKDAD, MUALLEM)],
  [SO(MEKDAD, "person:ebrahim-al-asaf")]),
 # positives: an appointment right after the cue, a relative clause with the appointee named
 ("ar_appointment_after_cue",
  "خلفاً لقاسم سليماني، عيّن المرشد علي خامنئي العميد إسماعيل قاآني قائداً لفيلق القدس.", "ar",
  [SO(QAANI, SOLEIMANI)], []),
 ("ar_met_relative_appointed",
  "التقى السوداني محمد الحلبوسي، الذي عيّنه البرلمان رئيساً له خلفاً لسليم الجبوري.", "ar",
  [SO(HALBOUSI, JABOURI)], []),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_succession_precision_s12(ex, name, text, lang, must, must_not):
    doc = ex.extract(text, lang=lang)
    assert_relations(doc, name, must, must_not)
