"""Arabic "أي لقاء" (any meeting) under a negation opened earlier in the clause is no
meeting: "لم يُدرج على جدول الزيارة أي لقاء مع Y", "لم يصدر عن الحزب أي إعلان عن لقاء بين
X وY". Without the negation, or with the negation in another clause, the meeting stands.
Our own sentences, not taken from any dev set.
"""

import pytest

from tests.extract_support import met_pairs

AOUN, SALAM, RAJJI = "person:joseph-aoun", "person:nawaf-salam", "person:youssef-rajji"
QASSEM, PEZESHKIAN = "person:naim-qassem", "person:masoud-pezeshkian"
BARRACK = "person:tom-barrack"


@pytest.mark.parametrize("text,pair", [
    ("ولم يصدر عن حزب الله أي إعلان عن لقاء بين أمينه العام نعيم قاسم والرئيس الإيراني "
     "مسعود بزشكيان.", (QASSEM, PEZESHKIAN)),
    ("ولم تعلن الرئاسة حتى مساء أمس عن أي لقاء بين الرئيس جوزاف عون والمبعوث الأميركي "
     "توم براك.", (AOUN, BARRACK)),
    ("التقى الرئيس جوزاف عون رئيس الحكومة نواف سلام، بينما لم يُدرج على جدول الزيارة أي "
     "لقاء مع وزير الخارجية يوسف رجي.", (SALAM, RAJJI)),
    ("لم تشهد الزيارة التي استمرت يومين أي اجتماع بين الرئيس جوزاف عون وتوم براك.",
     (AOUN, BARRACK)),
])
def test_any_meeting_under_negation_is_none(ex, text, pair):
    assert frozenset(pair) not in met_pairs(ex.extract(text, lang="ar"))


@pytest.mark.parametrize("text,pair", [
    # the real meeting of the same sentence stays
    ("التقى الرئيس جوزاف عون رئيس الحكومة نواف سلام، بينما لم يُدرج على جدول الزيارة أي "
     "لقاء مع وزير الخارجية يوسف رجي.", (AOUN, SALAM)),
    # the negation belongs to another clause
    ("لم يتأخر الرد، وعقد الرئيس جوزاف عون لقاء مع توم براك في بعبدا.", (AOUN, BARRACK)),
    # no "أي"
    ("وأعلنت الرئاسة عن لقاء بين الرئيس جوزاف عون والمبعوث الأميركي توم براك.",
     (AOUN, BARRACK)),
])
def test_real_meetings_stay(ex, text, pair):
    assert frozenset(pair) in met_pairs(ex.extract(text, lang="ar"))
