"""Arabic meetings whose subject the writer leaves out (session 14, batch DA-DC):

- "استقبل X Y وZ، وبحث معهما / معهم ...": the pronoun stands for the pair met before; the
  clause adds no one (a body named later, "بالتحالف مع الحزب", is no partner);
- a sentence opening "كما / ثم التقى ... القيادي في الحزب X، ..." with one person and a comma
  or the end after him: X is the object, the subject the previous sentence's.

Our own sentences, not taken from any dev set.
"""

import pytest

from tests.extract_support import MW, assert_relations

SADR, HALBOUSI, KHANJAR = ("person:muqtada-al-sadr", "person:mohammed-al-halbousi",
                           "person:khamis-al-khanjar")
SUDANI, AMIRI, KHAZALI = ("person:mohammed-shia-al-sudani", "person:hadi-al-amiri",
                          "person:qais-al-khazali")
REBAR, MASROUR = "person:rebar-ahmed", "person:masrour-barzani"
SADEGH, REWAZ = "person:mohammad-kazem-al-e-sadegh", "person:rewaz-fayeq"
SOV, KDP, CF = ("organization:sovereignty-alliance", "organization:kurdistan-democratic-party",
                "organization:coordination-framework")


# (name, text, must, must_not)
CASES = [
 ("with_them_dual",
  "وكان الصدر قد استقبل في منزله بالنجف الشهر الماضي الحلبوسي ورئيس تحالف السيادة خميس الخنجر، "
  "وبحث معهما تشكيل حكومة أغلبية بالتحالف مع الحزب الديمقراطي الكردستاني.",
  [MW(SADR, HALBOUSI), MW(SADR, KHANJAR)], [MW(SOV, HALBOUSI), MW(SOV, KHANJAR)]),
 ("with_them_plural",
  "استقبل رئيس الوزراء محمد شياع السوداني في بغداد هادي العامري وقيس الخزعلي، وبحث معهم التهدئة "
  "بالتنسيق مع الإطار التنسيقي.",
  [MW(SUDANI, AMIRI), MW(SUDANI, KHAZALI)], [MW(CF, AMIRI), MW(CF, KHAZALI)]),
 ("also_met_titled_object",
  "وصل الصدر إلى الحنانة مساء الأحد. كما التقى في منزله بعد أيام القيادي في الحزب الديمقراطي "
  "الكردستاني ريبر أحمد، مرشح الحزب لرئاسة الجمهورية.",
  [MW(SADR, REBAR)], [MW(KDP, REBAR)]),
 ("then_met_at_end",
  "استقبل مسرور بارزاني في أربيل وفداً حكومياً. ثم التقى في وقت لاحق رئيس تحالف السيادة خميس "
  "الخنجر.", [MW(MASROUR, KHANJAR)], []),
 # negatives: a subject with an object of his own, and one with a relative clause, keep theirs
 ("also_met_subject_object",
  "وصل الصدر إلى الحنانة مساء الأحد. كما التقى القيادي في الحزب الديمقراطي الكردستاني ريبر أحمد "
  "رئيس تحالف السيادة خميس الخنجر في أربيل.", [MW(REBAR, KHANJAR)], [MW(SADR, REBAR)]),
 ("also_met_subject_relative",
  "وصل الصدر إلى الحنانة مساء الأحد. كما التقى آل صادق، الذي خلف إيرج مسجدي، رئيسة البرلمان "
  "ريواز فائق.", [MW(SADEGH, REWAZ)], [MW(SADR, SADEGH)]),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_dropped_meeting_subject_ar(ex, name, text, must, must_not):
    assert_relations(ex.extract(text, lang="ar"), name, must, must_not)


def test_english_counterpart_unchanged(ex):
    text = ("Sadr received Halbousi and Khanjar at his home in Najaf and discussed with them a "
            "majority government. He also met KDP official Rebar Ahmed weeks later.")
    assert_relations(ex.extract(text, lang="en"), "en", [MW(SADR, HALBOUSI), MW(SADR, REBAR)],
                     [MW(KDP, REBAR)])
