"""A verdict "حكماً بالإعدام بحق X، بعد / إثر / عقب إدانته بقتل Y": Y was killed by X (the
conviction word without its ل). Our own sentences, not taken from any dev set."""

import pytest

from tests.extract_support import AB, assert_relations

HASHIMI, OWAID = "person:hisham-al-hashimi", "person:ahmed-hamdawi-owaid"


# (name, text, lang, must, must_not)
CASES = [
 ("ar_baad", "أصدرت محكمة الجنايات حكماً بالإعدام بحق ضابط الشرطة أحمد حمداوي عويد، بعد "
  "إدانته بقتل الخبير الأمني هشام الهاشمي أمام منزله.", "ar", [AB(HASHIMI, OWAID)], []),
 ("ar_ithr", "قضت المحكمة بإعدام أحمد حمداوي عويد إثر إدانته باغتيال هشام الهاشمي.", "ar",
  [AB(HASHIMI, OWAID)], [AB(OWAID, HASHIMI)]),
 # no verdict (an acquittal, a convict's own words): nothing
 ("ar_acquitted", "برأت المحكمة أحمد حمداوي عويد بعد أن رفضت إدانته بقتل هشام الهاشمي.",
  "ar", [], [AB(HASHIMI, OWAID)]),
 ("ar_no_verdict", "وقال أحمد حمداوي عويد إن إدانته بقتل هشام الهاشمي جاءت دون أدلة.", "ar",
  [], [AB(HASHIMI, OWAID)]),
 # the English order keeps working
 ("en_convicted", "Police officer Ahmed Hamdawi Owaid was convicted of killing security "
  "analyst Hisham al-Hashimi in 2020.", "en", [AB(HASHIMI, OWAID)], []),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_convicted_killer(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
