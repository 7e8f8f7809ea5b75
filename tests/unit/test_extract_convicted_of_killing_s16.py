"""ASSASSINATED_BY, Arabic: a court that convicted people of a killing ("دانت المحكمة X وY
بقتل Z", "أدانت محكمة X باغتيال Z"): Z -> each convicted person, as English "convicted X of
killing Z" already gave. Not an accusation, not a negated verdict, not the condemnation of
the killing itself. Our own sentences, not taken from any dev set.
"""

import pytest

from tests.extract_support import AB, assert_relations

SAMMAD, TRUMP = "person:saleh-al-sammad", "person:donald-trump"
MBS, SOLEIMANI = "person:mohammed-bin-salman", "person:qasem-soleimani"


# (name, text, lang, must, must_not)
CASES = [
 ("ar_two_convicted", "وكانت المحكمة الجزائية في صنعاء قد دانت الرئيس الأميركي السابق دونالد "
  "ترامب وولي العهد السعودي محمد بن سلمان بقتل صالح الصماد.", "ar",
  [AB(SAMMAD, TRUMP), AB(SAMMAD, MBS)], []),
 ("ar_one_convicted_assassination", "أدانت محكمة إيرانية دونالد ترامب غيابياً باغتيال قاسم "
  "سليماني.", "ar", [AB(SOLEIMANI, TRUMP)], []),
 ("ar_court_first_then_name", "دانت المحكمة دونالد ترامب بقتل صالح الصماد، وأصدرت بحقه حكماً "
  "بالإعدام.", "ar", [AB(SAMMAD, TRUMP)], []),
 ("en_already", "A Houthi court convicted Donald Trump of killing Saleh al-Sammad.", "en",
  [AB(SAMMAD, TRUMP)], []),
 # negatives: an accusation; a negated verdict; condemning the killing
 ("ar_accused", "اتهمت الجماعة دونالد ترامب بقتل صالح الصماد.", "ar", [],
  [AB(SAMMAD, TRUMP)]),
 ("ar_not_convicted", "لم تدن المحكمة دونالد ترامب بقتل صالح الصماد.", "ar", [],
  [AB(SAMMAD, TRUMP)]),
 ("ar_condemned_killing", "دان محمد بن سلمان مقتل صالح الصماد في الحديدة.", "ar", [],
  [AB(SAMMAD, MBS)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_convicted_of_killing(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
