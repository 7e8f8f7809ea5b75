"""False meetings, session 16. Our own sentences, not taken from any dev set.

- "X held talks with former prime minister A ... and met B": the object of the first clause
  (a lower-case qualifier before his title) is not the subject of "met B".
- A meeting only planned: "لقاءً مع Y مقرر الثلاثاء", "لقاء مرتقب مع Y", "على أن يعقد
  اجتماعاً مع Y" (but "اجتماعاً كان مقرراً مع Y" was held).
"""

import pytest

from tests.extract_support import MW, assert_relations

LARIJANI, MALIKI, AMIRI, HUSSEIN = ("person:ali-larijani", "person:nouri-al-maliki",
                                    "person:hadi-al-amiri", "person:fuad-hussein")
HAKIM, PEZESHKIAN, GHALIBAF = ("person:ammar-al-hakim", "person:masoud-pezeshkian",
                               "person:mohammad-bagher-ghalibaf")

AR_OPEN = "التقى رئيس تيار الحكمة عمار الحكيم الرئيس الإيراني مسعود بزشكيان"


# (name, text, lang, must, must_not)
CASES = [
 ("en_former_pm_then_met", "Ali Larijani held talks with former prime minister Nouri "
  "al-Maliki at his home on Tuesday evening and met Badr Organization chief Hadi al-Amiri "
  "the next morning.", "en", [MW(LARIJANI, MALIKI), MW(LARIJANI, AMIRI)],
  [MW(AMIRI, MALIKI)]),
 ("en_senior_minister_then_met", "Ali Larijani met veteran foreign minister Fuad Hussein "
  "at the ministry on Monday morning and later met Badr Organization leader Hadi al-Amiri "
  "over dinner.", "en", [MW(LARIJANI, HUSSEIN), MW(LARIJANI, AMIRI)],
  [MW(AMIRI, HUSSEIN)]),
 ("ar_planned_after_that", AR_OPEN + "، وقال مكتبه إن لقاءً مع رئيس مجلس الشورى محمد باقر "
  "قاليباف مقرر الثلاثاء.", "ar", [MW(HAKIM, PEZESHKIAN)],
  [MW(PEZESHKIAN, GHALIBAF), MW(HAKIM, GHALIBAF)]),
 ("ar_planned_genitive", AR_OPEN + ". ولقاء الحكيم مع رئيس مجلس الشورى محمد باقر قاليباف "
  "مقرر يوم الثلاثاء.", "ar", [MW(HAKIM, PEZESHKIAN)], [MW(HAKIM, GHALIBAF)]),
 ("ar_expected_adjective", "وأجرى عمار الحكيم مباحثات مرتقبة مع رئيس مجلس الشورى محمد باقر "
  "قاليباف.", "ar", [], [MW(HAKIM, GHALIBAF)]),
 ("ar_on_condition_holds", AR_OPEN + "، على أن يعقد اجتماعاً مع رئيس مجلس الشورى محمد باقر "
  "قاليباف الثلاثاء.", "ar", [MW(HAKIM, PEZESHKIAN)],
  [MW(PEZESHKIAN, GHALIBAF), MW(HAKIM, GHALIBAF)]),
 # held: the plan was in the past
 ("ar_was_planned_held", "وعقد عمار الحكيم اجتماعا كان مقررا مع رئيس مجلس الشورى محمد باقر "
  "قاليباف.", "ar", [MW(HAKIM, GHALIBAF)], []),
 ("ar_held_no_plan", "وعقد عمار الحكيم اجتماعا مع رئيس مجلس الشورى محمد باقر قاليباف.", "ar",
  [MW(HAKIM, GHALIBAF)], []),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_false_meetings(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
