"""Arabic vocabulary of the three core relations (session 20, ``lexar``): verbs and phrases of
Arabic news writing (wire agencies, pan-Arab, Gulf, Levantine and Maghrebi outlets) that the
rules did not read yet. Our own sentences, not taken from any dev set.

- MET_WITH: "تحادث X مع Y" / "وتحادث X وY" (Maghreb wire style for held talks), as "تباحث";
  not a phone call ("تحادث X هاتفياً مع Y") nor a planned one ("من المقرر أن يتحادث").
- SUCCESSOR_OF: "عُيّن X ... عوضاً عن Y" / "بدلاً عن Y" (with عن, as "بدلاً من Y"); not without
  an appointment ("تحدث X عوضاً عن Y": spoke in his stead).
"""

import pytest

from tests.extract_support import MW, SO, assert_relations

ERDOGAN, PEZESHKIAN = "person:recep-tayyip-erdogan", "person:masoud-pezeshkian"
E = "الرئيس التركي رجب طيب أردوغان"
P = "الرئيس الإيراني مسعود بزشكيان"
QASSEM, NASRALLAH = "person:naim-qassem", "person:hassan-nasrallah"

# (name, lang, text, must, must_not)
CASES = [
 ("tahadatha_maa", "ar", f"تحادث {E} مع {P} في قصر الرئاسة بأنقرة.", [MW(ERDOGAN, PEZESHKIAN)], []),
 ("tahadatha_pair", "ar", f"وتحادث {P} و{E} مطولاً في طهران حول أمن الحدود.",
  [MW(ERDOGAN, PEZESHKIAN)], []),
 ("tahadatha_phone", "ar", f"وتحادث {E} هاتفياً مع {P} بشأن الحدود.", [],
  [MW(ERDOGAN, PEZESHKIAN)]),
 ("tahadatha_planned", "ar", f"ومن المقرر أن يتحادث {E} مع {P} في طهران.", [],
  [MW(ERDOGAN, PEZESHKIAN)]),
 ("iwadan_an", "ar", "وعيّن مجلس الشورى الشيخ نعيم قاسم أميناً عاماً للحزب عوضاً عن حسن نصر "
  "الله.", [SO(QASSEM, NASRALLAH)], []),
 ("badalan_an", "ar", "وكُلّف نعيم قاسم بالأمانة العامة بدلاً عن حسن نصر الله.",
  [SO(QASSEM, NASRALLAH)], []),
 ("iwadan_no_post", "ar", "وتحدث نعيم قاسم في المهرجان عوضاً عن حسن نصر الله.", [],
  [SO(QASSEM, NASRALLAH)]),
]


@pytest.mark.parametrize("name,lang,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_vocab_ar(ex, name, lang, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
