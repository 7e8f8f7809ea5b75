"""SUCCESSOR_OF constructions (session 10), our own sentences in both languages:

- step 1: "خلفه" with the pronoun: the person after it is the successor of the one the pronoun
  stands for, whatever the word's reading -- a verb opening a clause after the predecessor's
  death or resignation ("قُتل X في غارة، وخلفه Y", also without the comma, "فخلفه",
  "ليخلفه", with diacritics "وخَلَفَهُ"), a noun after a preposition or as an object ("أشاد X
  بخَلَفه Y", "سلّم X القيادة إلى خلفه Y", "التقى X خلفَه Y"); English "X praised / handed
  command to his successor, Y". The direction was reversed before (X -> Y). Negatives: "وقف
  خلفه" (behind him), "X stood with Y behind him", "has not yet named his successor".

Each case: (name, text, lang, SUCCESSOR_OF that must be found, and that must NOT be found).
"""

import pytest

from loaders.extract.rules import RuleExtractor
from tests.extract_support import SO, assert_relations

HASSAN, JUBOURI = "person:karim-hassan", "person:saad-al-jubouri"
JABOURI = "person:saad-jabouri"
SOL, QAANI = "person:qasem-soleimani", "person:esmail-qaani"


@pytest.fixture(scope="module")
def ex():
    return RuleExtractor()


CASES = [
 # ---- step 1: "خلفه" = his successor / succeeded him
 ("ar_killed_comma_wa_khalafahu",
  "وقُتل العميد سعد الجبوري في غارة، وخلفه العميد كريم حسن.", "ar",
  [SO(HASSAN, JUBOURI)], [SO(JUBOURI, HASSAN)]),
 ("ar_killed_comma_khalafahu_diacritics",
  "وقُتل العميد سعد الجبوري في غارة، وخَلَفَهُ العميد كريم حسن.", "ar",
  [SO(HASSAN, JUBOURI)], [SO(JUBOURI, HASSAN)]),
 ("ar_known_killed_khalafahu",
  "واغتيل قاسم سليماني في بغداد، وخَلَفه إسماعيل قاآني.", "ar",
  [SO(QAANI, SOL)], [SO(SOL, QAANI)]),
 ("ar_killed_no_comma_fa_khalafahu",
  "وقُتل العميد سعد الجبوري في غارة فخلفه العميد كريم حسن.", "ar",
  [SO(HASSAN, JUBOURI)], [SO(JUBOURI, HASSAN)]),
 ("ar_resigned_li_yakhlufahu",
  "واستقال الوزير سعد الجبوري في آذار، ليخلفه الوزير كريم حسن.", "ar",
  [SO(HASSAN, JUBOURI)], [SO(JUBOURI, HASSAN)]),
 ("ar_died_khalafahu_his_deputy",
  "وتوفي الرئيس سعد الجبوري عام 2019، وخلَفه نائبه كريم حسن.", "ar",
  [SO(HASSAN, JUBOURI)], [SO(JUBOURI, HASSAN)]),
 ("ar_praised_bi_khalafihi",
  "وأشاد اللواء سعد الجبوري بخَلَفه اللواء كريم حسن.", "ar",
  [SO(HASSAN, JUBOURI)], [SO(JUBOURI, HASSAN)]),
 ("ar_met_khalafahu_object",
  "والتقى اللواء سعد الجبوري خلفَه اللواء كريم حسن.", "ar",
  [SO(HASSAN, JUBOURI)], [SO(JUBOURI, HASSAN)]),
 ("ar_handed_to_khalafihi",
  "وسلّم اللواء سعد الجبوري القيادة إلى خلفه اللواء كريم حسن.", "ar",
  [SO(HASSAN, JUBOURI)], [SO(JUBOURI, HASSAN)]),
 ("ar_handed_li_khalafihi",
  "وسلّم اللواء سعد الجبوري القيادة لخلفه اللواء كريم حسن.", "ar",
  [SO(HASSAN, JUBOURI)], [SO(JUBOURI, HASSAN)]),
 ("en_handed_command_to_his_successor",
  "General Saad Jabouri handed command to his successor, General Karim Hassan.", "en",
  [SO(HASSAN, JABOURI)], [SO(JABOURI, HASSAN)]),
 ("en_met_his_successor_no_comma",
  "General Saad Jabouri met his successor General Karim Hassan on Monday.", "en",
  [SO(HASSAN, JABOURI)], [SO(JABOURI, HASSAN)]),
 # negatives
 ("ar_stood_behind_him",
  "ووقف العميد سعد الجبوري وخلفه العميد كريم حسن.", "ar", [],
  [SO(HASSAN, JUBOURI), SO(JUBOURI, HASSAN)]),
 ("ar_army_stands_behind_him",
  "وقال الرئيس سعد الجبوري إن الجيش يقف خلفه، وأكد العميد كريم حسن ذلك.", "ar", [],
  [SO(HASSAN, JUBOURI), SO(JUBOURI, HASSAN)]),
 ("en_not_yet_named_his_successor",
  "General Saad Jabouri has not yet named his successor, General Karim Hassan said.", "en", [],
  [SO(HASSAN, JABOURI), SO(JABOURI, HASSAN)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_succession_s10(ex, name, text, lang, must, must_not):
    doc = ex.extract(text, lang=lang, meta={"id": name})
    assert_relations(doc, name, must, must_not)
