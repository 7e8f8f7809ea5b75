"""A purpose "للقاء X وY" (to meet X and Y) is no meeting of X with Y (session 11,
``meetings._met_svo``, the "لقاء X وY" reading): the noun's genitive list is the objects of a
meeting still to come, not two people who met. "لقاء X وY" without the ل stays a meeting of
the two. Our own sentences in both languages, not taken from any dev set.

Each case: (name, text, lang, MET_WITH that must be found, MET_WITH that must NOT be found).
"""

import pytest

from tests.extract_support import MW, assert_relations

FIDAN = "person:hakan-fidan"
NECH, MASROUR = "person:nechirvan-barzani", "person:masrour-barzani"


CASES = [
 ("ar_purpose_li_liqa",
  "وتوجه وزير الخارجية التركي هاكان فيدان إلى أربيل للقاء رئيس الإقليم نيجيرفان بارزاني "
  "ورئيس حكومته مسرور بارزاني.", "ar", [], [MW(NECH, MASROUR), MW(FIDAN, NECH)]),
 ("ar_planned_purpose",
  "ومن المقرر أن يصل فيدان الأربعاء إلى أربيل للقاء نيجيرفان بارزاني ومسرور بارزاني.", "ar",
  [], [MW(NECH, MASROUR), MW(FIDAN, MASROUR)]),
 ("ar_meeting_of_two_kept",
  "ولقاء نيجيرفان بارزاني ومسرور بارزاني تناول الموازنة.", "ar", [MW(NECH, MASROUR)], []),
 ("en_purpose_to_meet",
  "Fidan flew to Erbil to meet Nechirvan Barzani and Masrour Barzani.", "en",
  [], [MW(NECH, MASROUR), MW(FIDAN, NECH)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_meeting_purpose(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
