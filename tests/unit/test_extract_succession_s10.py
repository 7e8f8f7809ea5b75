"""SUCCESSOR_OF constructions (session 10), our own sentences in both languages:

- step 1: "خلفه" with the pronoun: the person after it is the successor of the one the pronoun
  stands for, whatever the word's reading -- a verb opening a clause after the predecessor's
  death or resignation ("قُتل X في غارة، وخلفه Y", also without the comma, "فخلفه",
  "ليخلفه", with diacritics "وخَلَفَهُ"), a noun after a preposition or as an object ("أشاد X
  بخَلَفه Y", "سلّم X القيادة إلى خلفه Y", "التقى X خلفَه Y"); English "X praised / handed
  command to his successor, Y". The direction was reversed before (X -> Y). Negatives: "وقف
  خلفه" (behind him), "X stood with Y behind him", "has not yet named his successor".
- step 2: chosen for a post after the predecessor's death: Arabic verbs of choosing with a
  title in the accusative ("انتُخب X أميناً عاماً بعد اغتيال Y", "انتخب مجلس الشورى X أميناً
  عاماً ...", "انتخبت حركة ... X رئيساً ...", "X، الذي اختير أميناً عاماً بعد مقتل Y",
  "اختير X قائداً إثر وفاة Y"); English "stepped in (as leader) / into the role", "was sworn
  in as president", "took charge of the group", "has led / headed the group since Y was
  killed". Negatives: "قبل اغتيال", negation, "عضواً" (no leading title), "اختار X البقاء",
  "after a meeting with Y"; "stepped out of the car", "stepped up attacks", "led the funeral
  procession", "has led protests / headed the investigation since", "took charge of the
  investigation", "could step in", "before the death of".

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


STEP2 = [
 ("ar_passive_elected_after_assassination",
  "وانتُخب الشيخ كريم حسن أميناً عاماً للحزب بعد اغتيال الشيخ سعد الجبوري.", "ar",
  [SO(HASSAN, JUBOURI)], [SO(JUBOURI, HASSAN)]),
 ("ar_council_elected_after_assassination",
  "وانتخب مجلس الشورى الشيخ كريم حسن أميناً عاماً بعد اغتيال الشيخ سعد الجبوري.", "ar",
  [SO(HASSAN, JUBOURI)], []),
 ("ar_movement_elected_head_after",
  "وانتخبت حركة حماس كريم حسن رئيساً لمكتبها السياسي بعد اغتيال سعد الجبوري.", "ar",
  [SO(HASSAN, JUBOURI)], []),
 ("ar_relative_chosen_after_killing",
  "وكان الشيخ كريم حسن، الذي اختير أميناً عاماً بعد مقتل الشيخ سعد الجبوري، قد ألقى كلمة.",
  "ar", [SO(HASSAN, JUBOURI)], []),
 ("ar_chosen_commander_after_death",
  "واختير اللواء كريم حسن قائداً للفيلق إثر وفاة اللواء سعد الجبوري.", "ar",
  [SO(HASSAN, JUBOURI)], []),
 ("en_stepped_into_role_after_death",
  "General Karim Hassan stepped into the role after General Saad Jabouri's death.", "en",
  [SO(HASSAN, JABOURI)], []),
 ("en_stepped_in_as_leader_after_killed",
  "General Karim Hassan stepped in as leader after Saad Jabouri was killed.", "en",
  [SO(HASSAN, JABOURI)], []),
 ("en_took_charge_of_group_after",
  "General Karim Hassan took charge of the group after Saad Jabouri was killed.", "en",
  [SO(HASSAN, JABOURI)], []),
 ("en_sworn_in_after_death_of",
  "General Karim Hassan was sworn in as president after the death of Saad Jabouri.", "en",
  [SO(HASSAN, JABOURI)], []),
 ("en_has_led_since_killed",
  "General Karim Hassan has led the group since Saad Jabouri was killed in 2024.", "en",
  [SO(HASSAN, JABOURI)], []),
 ("en_has_headed_since_killing_of",
  "General Karim Hassan has headed the group since the killing of Saad Jabouri.", "en",
  [SO(HASSAN, JABOURI)], []),
 # negatives
 ("ar_elected_before_assassination",
  "وانتُخب الشيخ كريم حسن أميناً عاماً للحزب قبل اغتيال الشيخ سعد الجبوري.", "ar", [],
  [SO(HASSAN, JUBOURI)]),
 ("ar_not_elected",
  "ولم يُنتخب الشيخ كريم حسن أميناً عاماً بعد اغتيال الشيخ سعد الجبوري.", "ar", [],
  [SO(HASSAN, JUBOURI)]),
 ("ar_elected_member_no_lead",
  "وانتُخب الشيخ كريم حسن عضواً في المجلس بعد اغتيال الشيخ سعد الجبوري.", "ar", [],
  [SO(HASSAN, JUBOURI)]),
 ("ar_elected_after_meeting",
  "وانتخب الشيخ كريم حسن رئيساً للبرلمان بعد اجتماع مع الشيخ سعد الجبوري.", "ar", [],
  [SO(HASSAN, JUBOURI)]),
 ("en_stepped_out_of_car",
  "General Karim Hassan stepped out of the car after General Saad Jabouri was killed.", "en",
  [], [SO(HASSAN, JABOURI)]),
 ("en_stepped_up_attacks",
  "General Karim Hassan stepped up attacks after General Saad Jabouri was killed.", "en",
  [], [SO(HASSAN, JABOURI)]),
 ("en_has_led_protests_since",
  "General Karim Hassan has led protests since General Saad Jabouri was killed.", "en",
  [], [SO(HASSAN, JABOURI)]),
 ("en_has_headed_investigation_since",
  "General Karim Hassan has headed the investigation since the killing of Saad Jabouri.", "en",
  [], [SO(HASSAN, JABOURI)]),
 ("en_took_charge_of_investigation",
  "General Karim Hassan took charge of the investigation after Saad Jabouri was killed.", "en",
  [], [SO(HASSAN, JABOURI)]),
 ("en_could_step_in",
  "General Karim Hassan could step in as leader after Saad Jabouri was killed.", "en",
  [], [SO(HASSAN, JABOURI)]),
 ("en_sworn_in_before_death",
  "General Karim Hassan was sworn in as president before the death of Saad Jabouri.", "en",
  [], [SO(HASSAN, JABOURI)]),
]
CASES += STEP2


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_succession_s10(ex, name, text, lang, must, must_not):
    doc = ex.extract(text, lang=lang, meta={"id": name})
    assert_relations(doc, name, must, must_not)
