"""Session 67 (residual67b-ar): Arabic constructions the blind sets PU-QF (Iraq under al-Kadhimi,
Lebanon 2019-2025, Soleimani's aftermath, Turkey and the Kurds, Sudan, Gaza 2023-2025) still
missed, each read in several paraphrases, with negative cases.

- Killings, Arabic: «الاحتلال الصهيوني» ("the Zionist occupation") names Israel, as «العدو
  الصهيوني» and «الاحتلال الإسرائيلي» already did (gazetteer alias of ``country:israel``): «خلفاً
  لهنية الذي اغتاله الاحتلال الصهيوني»، «وكان الاحتلال الصهيوني قد اغتال X»; «قوات الاحتلال
  الصهيوني» stays the army.
- Killings, Arabic: a claim told by a participle of saying after a clause, «واعترف الجيش
  الإسرائيلي بتنفيذ الغارة، زاعماً أنه اغتال X»، «وتبنّت إسرائيل الضربة، مؤكدةً أنها قتلت X»: the
  speaker is the body right after the sentence's opening verb
  (``kill_claim_participle_ar``, asked by ``kill_claims_verdicts.it_killed_speaker_ar``); not a
  spokesman («أكد المتحدث باسم X ...، موضحاً أنها قتلت Y»), not a negated or hedged claim.
- Meetings, Arabic: «شارك A في قمة (مسار أستانا) الثلاثية مع B وC» is a summit held together, as
  «عقد A قمة ثلاثية مع B وC» already was: A, B and C all met (``meeting_all_sides._took_part_with``);
  not a summit of many («قمة مجموعة العشرين»), a planned one («المقبلة»), «سيشارك» or «لم يشارك».
"""

import pytest

from tests.extract_support import met_sorted as _met
from tests.extract_support import relation_pairs
from tests.extract_support import sorted_pair as _pair

ISRAEL, IDF = "country:israel", "organization:israel-defense-forces"
HANIYEH, AROURI = "person:ismail-haniyeh", "person:saleh-al-arouri"
AQIL, ISSA = "person:ibrahim-aqil", "person:marwan-issa"
ERDOGAN, RAISI, PUTIN = "person:recep-tayyip-erdogan", "person:ebrahim-raisi", "person:vladimir-putin"
SISI, ABDULLAH, KADHIMI = "person:abdel-fattah-el-sisi", "person:abdullah-ii", "person:mustafa-al-kadhimi"
MELONI, MACRON, SCHOLZ = "person:giorgia-meloni", "person:emmanuel-macron", "person:olaf-scholz"


def _killed(ex, text):
    return relation_pairs(ex, text, "ASSASSINATED_BY", "ar")


# --- «الاحتلال الصهيوني» is Israel -------------------------------------------------------------

@pytest.mark.parametrize("text, victim", [
    ("أعلنت حركة حماس اختيار يحيى السنوار رئيساً لمكتبها السياسي، خلفاً للقائد الشهيد إسماعيل "
     "هنية، الذي اغتاله الاحتلال الصهيوني فجر الحادي والثلاثين من تموز في طهران.", HANIYEH),
    ("وكان الاحتلال الصهيوني قد اغتال الشيخ صالح العاروري في غارة على الضاحية الجنوبية لبيروت.",
     AROURI),
    ("اغتال الاحتلال الصهيوني رئيس المكتب السياسي لحركة حماس إسماعيل هنية في طهران.", HANIYEH),
    ("استشهد القائد صالح العاروري في غارة للاحتلال الصهيوني على الضاحية الجنوبية لبيروت.", AROURI),
])
def test_the_zionist_occupation_is_israel(shipped, text, victim):
    assert (victim, ISRAEL) in _killed(shipped, text)


def test_the_zionist_occupation_forces_stay_the_army(rules_only):
    text = "اغتالت قوات الاحتلال الصهيوني إسماعيل هنية في طهران."
    assert _killed(rules_only, text) == {(HANIYEH, IDF)}


@pytest.mark.parametrize("text", [
    "نفى الاحتلال الصهيوني أن يكون قد اغتال الشيخ صالح العاروري في بيروت.",
    "هدد الاحتلال الصهيوني باغتيال إسماعيل هنية إذا لم تفرج الحركة عن الأسرى.",
])
def test_a_denied_or_threatened_killing_by_the_zionist_occupation_is_none(rules_only, text):
    assert _killed(rules_only, text) == set()


# --- «، زاعماً أنه اغتال X»: the claim of the body that opens the sentence ---------------------

@pytest.mark.parametrize("text, victim, agent", [
    ("واعترف جيش العدو الإسرائيلي بتنفيذ الغارة، زاعماً أنه اغتال إبراهيم عقيل وعدداً من قادة "
     "قوة الرضوان خلال اجتماع لهم.", AQIL, IDF),
    ("اعترف الجيش الإسرائيلي بتنفيذ الغارة على الضاحية، مؤكداً أنه اغتال إبراهيم عقيل.", AQIL, IDF),
    ("وتبنت إسرائيل الضربة، مؤكدةً أنها قتلت صالح العاروري.", AROURI, ISRAEL),
    ("وكان الجيش الإسرائيلي قد تبنى الغارة على النصيرات، معلناً أنه قتل مروان عيسى.", ISSA, IDF),
    ("ثم أعلن الجيش الإسرائيلي مسؤوليته عن الغارة، زاعماً أنه اغتال إبراهيم عقيل.", AQIL, IDF),
])
def test_a_participle_of_saying_tells_the_opening_bodys_claim(shipped, text, victim, agent):
    assert (victim, agent) in _killed(shipped, text)


@pytest.mark.parametrize("text", [
    "اعترف الجيش الإسرائيلي بتنفيذ الغارة، مؤكداً أنه لم يقتل إبراهيم عقيل.",
    "اعترف الجيش الإسرائيلي بتنفيذ الغارة، زاعماً أنه استهدف إبراهيم عقيل.",
    "نفى الجيش الإسرائيلي تنفيذ الغارة، مؤكداً أنه لم يستهدف إبراهيم عقيل.",
    "قال الجيش الإسرائيلي إنه سيواصل عملياته، زاعماً أنه قد يغتال إبراهيم عقيل.",
])
def test_a_negated_or_unfulfilled_participle_claim_is_no_killing(rules_only, text):
    assert _killed(rules_only, text) == set()


def test_a_spokesmans_participle_claim_names_no_body(rules_only):
    text = ("أكد المتحدث باسم البنتاغون أن القوات الأمريكية نفذت الضربة، موضحاً أنها قتلت "
            "مروان عيسى.")
    assert not any(agent == "organization:us-department-of-defense"
                   for _v, agent in _killed(rules_only, text))


# --- «شارك A في قمة ثلاثية مع B وC» -------------------------------------------------------------

@pytest.mark.parametrize("text, a, b, c", [
    ("شارك الرئيس التركي رجب طيب أردوغان في القمة الثلاثية مع الرئيس الإيراني إبراهيم رئيسي "
     "والرئيس الروسي فلاديمير بوتين في طهران.", ERDOGAN, RAISI, PUTIN),
    ("وفي وقت لاحق، شارك الرئيس التركي رجب طيب أردوغان في قمة مسار أستانا الثلاثية مع الرئيس "
     "الإيراني إبراهيم رئيسي والرئيس الروسي فلاديمير بوتين، وأكد أن بلاده ستواصل مكافحة الإرهاب.",
     ERDOGAN, RAISI, PUTIN),
    ("وشارك الرئيس المصري عبد الفتاح السيسي في قمة ثلاثية مع العاهل الأردني الملك عبد الله الثاني "
     "ورئيس الوزراء العراقي مصطفى الكاظمي في بغداد.", SISI, ABDULLAH, KADHIMI),
    ("شاركت رئيسة الوزراء الإيطالية جورجيا ميلوني في القمة الثلاثية في روما مع الرئيس الفرنسي "
     "إيمانويل ماكرون والمستشار الألماني أولاف شولتس.", MELONI, MACRON, SCHOLZ),
])
def test_taking_part_in_a_trilateral_summit_with_two_is_one_table(shipped, text, a, b, c):
    met = _met(shipped, text, "ar")
    assert {_pair(a, b), _pair(a, c), _pair(b, c)} <= met


@pytest.mark.parametrize("text", [
    "لم يشارك الرئيس التركي رجب طيب أردوغان في القمة الثلاثية مع الرئيس الإيراني إبراهيم رئيسي "
    "والرئيس الروسي فلاديمير بوتين.",
    "سيشارك الرئيس التركي رجب طيب أردوغان في القمة الثلاثية مع الرئيس الإيراني إبراهيم رئيسي "
    "والرئيس الروسي فلاديمير بوتين.",
    "شارك الرئيس التركي رجب طيب أردوغان في القمة الثلاثية المقبلة مع الرئيس الإيراني إبراهيم "
    "رئيسي والرئيس الروسي فلاديمير بوتين.",
])
def test_a_negated_or_planned_summit_is_no_meeting(rules_only, text):
    assert _met(rules_only, text, "ar") == set()


def test_a_summit_of_many_is_not_read_as_a_meeting(rules_only):
    text = "شارك الرئيس التركي رجب طيب أردوغان في قمة مجموعة العشرين مع الرئيس الأمريكي جو بايدن."
    assert _met(rules_only, text, "ar") == set()
