"""A call told first, then a meeting in a side clause that names one caller again (session 18).
Our own sentences, not taken from any dev set.

- "اتصل Z بـX هاتفياً ...، فيما استقبل X السفير Y": X met Y (the call is Z-X only); English
  "Z phoned X ..., while X received Ambassador Y".
- Negatives: the call's own pair (Z-X) is no meeting; with no side-clause opener the call
  still covers the sentence ("اتصل Z بـX هاتفياً وبحث معه ...").
"""

import pytest

from tests.extract_support import MW, assert_relations

POMPEO, MAHDI, TUELLER = ("person:mike-pompeo", "person:adil-abdul-mahdi",
                          "person:matthew-tueller")

# (name, text, lang, must, must_not)
CASES = [
 ("ar_call_then_reception", "وأمس اتصل الوزير مايك بومبيو بعادل عبد المهدي هاتفياً، فيما استقبل "
  "عبد المهدي السفير ماثيو تولر في مكتبه.", "ar", [MW(MAHDI, TUELLER)], [MW(POMPEO, MAHDI)]),
 ("en_call_then_reception", "Mike Pompeo phoned Adil Abdul-Mahdi on Sunday, while Abdul-Mahdi "
  "received Ambassador Matthew Tueller at his office.", "en", [MW(MAHDI, TUELLER)],
  [MW(POMPEO, MAHDI)]),
 ("ar_call_only", "واتصل الوزير مايك بومبيو هاتفياً بعادل عبد المهدي وبحث معه زيارة السفير "
  "ماثيو تولر.", "ar", [], [MW(POMPEO, MAHDI), MW(MAHDI, TUELLER)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_call_then_aside(ex, name, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
