"""Wrong node: a description of an office ("لرئيس الوزراء", "the prime minister") right
after the article said who was replaced ("خلفاً لـY", "replacing Y") is not Y; with nobody
else fitting it stays unlinked ("former" descriptions are not checked). Our own sentences,
not taken from any dev set.
"""

import pytest

from tests.extract_support import named_surfaces

HABTOOR = "person:abdulaziz-bin-habtoor"

# (name, text, lang, description word that must not be Y's)
CASES = [
 ("ar_deputy_of_pm",
  "وعيّنه مهدي المشاط رئيساً لحكومة جديدة خلفاً لعبد العزيز بن حبتور. ونص القرار على تعيين "
  "محمد مفتاح نائباً أول لرئيس الوزراء.", "ar", "رئيس"),
 ("en_deputy_to_pm",
  "Mahdi al-Mashat appointed him head of a new government, replacing Abdulaziz bin Habtoor. "
  "The decree named Mohammed Miftah first deputy to the prime minister.", "en", "prime"),
]


@pytest.mark.parametrize("name,text,lang,word", CASES, ids=[c[0] for c in CASES])
def test_office_is_not_the_one_replaced(ex, name, text, lang, word):
    got = [s.lower() for s in named_surfaces(text, ex.extract(text, lang=lang)).get(HABTOOR, [])]
    assert not any(word in s for s in got), f"{name}: {got}"

