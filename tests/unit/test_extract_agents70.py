"""ASSASSINATED_BY: killers named outside the killing's clause (session 70, helper
``agents70``). Our own sentences, not taken from any dev set; negatives for each reading.

- an Arabic claim opening the sentence after a killing told with no agent («قُتل X ... .
  وتبنّى تنظيم Y العملية»)، and a second claim with «كما» for the same dead
  (``kill_claim_opening_ar``); the office before a rank ("قُتل قائد شرطة المحافظة العميد X")
  and a list through a short apposition («العماد X، صهر Z، ورئيس الخلية العماد W»)
  (``kill_claim_next_ar._killed_before``, ``kill_victim_lists.titled_list``);
- English "A and B both claimed responsibility" (``kill_claim_both_en``) and a list of the
  dead through a possessor and a kin word ("killed A, Assad's cousin B and C").
"""

import pytest

from tests.extract_support import AB, assert_relations

HILALI = "person:sami-al-hilali"
SHARIF, HAMDI = "person:kamal-al-sharif", "person:adel-al-hamdi"
KHALAF = "person:samir-khalaf"
BARAKAT, MOUSA = "person:adel-barakat", "person:kamal-mousa"
ISIS, NUSRA = "organization:islamic-state", "organization:al-nusra-front"
SHABAAB, HTS = "organization:al-shabaab", "organization:hayat-tahrir-al-sham"
PENTAGON = "organization:us-department-of-defense"

_KILLED_AR = ("قُتل قائد شرطة المحافظة العميد سامي الهلالي في انفجار عبوة ناسفة قرب منزله في "
              "الموصل مساء الاثنين.")
_KILLED_EN = "Police chief Samir Khalaf was killed when a bomb exploded under his car in Aleppo on Monday."

# (name, lang, text, must, must_not)
CASES = [
 # ---- Arabic: the claim opening the next sentence ----
 ("opening_adopted_ar", "ar", _KILLED_AR + " وتبنّى تنظيم داعش العملية في بيان.",
  [AB(HILALI, ISIS)], []),
 ("opening_announced_ar", "ar", "اغتيل القاضي سامي الهلالي برصاص مسلحين أمام المحكمة في "
  "بلدوين. وأعلنت حركة الشباب مسؤوليتها عن الهجوم.", [AB(HILALI, SHABAAB)], []),
 ("opening_two_claims_ar", "ar", "قُتل وزير الداخلية في حكومة النظام اللواء كمال الشريف ونائبه "
  "العميد عادل الحمدي في تفجير استهدف مقر الوزارة في دمشق.\nوأصيب في التفجير عدد من الحراس.\n"
  "وتبنّت جبهة النصرة العملية، وقال متحدث باسمها إنها البداية.\n"
  "كما أعلن «تنظيم داعش» في بيان مسؤوليته عن التفجير.",
  [AB(SHARIF, NUSRA), AB(HAMDI, NUSRA), AB(SHARIF, ISIS), AB(HAMDI, ISIS)], []),
 ("opening_list_apposition_ar", "ar", "قُتل وزير الداخلية اللواء كمال الشريف ونائبه العميد عادل "
  "الحمدي، صهر بشار الأسد، ورئيس الأركان العماد سامي الهلالي في تفجير في دمشق. وتبنّت جبهة "
  "النصرة العملية.", [AB(SHARIF, NUSRA), AB(HAMDI, NUSRA), AB(HILALI, NUSRA)],
  [AB("person:bashar-al-assad", NUSRA)]),
 ("opening_denied_ar", "ar", _KILLED_AR + " ونفى تنظيم داعش مسؤوليته عن العملية.",
  [], [AB(HILALI, ISIS)]),
 ("opening_negated_ar", "ar", _KILLED_AR + " ولم يتبنَّ تنظيم داعش العملية حتى الآن.",
  [], [AB(HILALI, ISIS)]),
 ("opening_reported_ar", "ar", _KILLED_AR + " وقالت مصادر أمنية إن تنظيم داعش تبنّى العملية.",
  [], [AB(HILALI, ISIS)]),
 ("opening_accused_ar", "ar", _KILLED_AR + " واتهمت الحكومة تنظيم داعش بتنفيذ العملية.",
  [], [AB(HILALI, ISIS)]),
 ("opening_other_target_ar", "ar", _KILLED_AR + " وتبنّى تنظيم داعش الهجوم على قاعدة عسكرية "
  "قرب كركوك.", [], [AB(HILALI, ISIS)]),
 ("opening_ministry_ar", "ar", _KILLED_AR + " وتبنّت وزارة الدفاع الأميركية العملية.",
  [], [AB(HILALI, PENTAGON)]),
 ("opening_no_killing_ar", "ar", "التقى قائد شرطة المحافظة العميد سامي الهلالي وفداً عشائرياً "
  "في الموصل. وتبنّى تنظيم داعش العملية.", [], [AB(HILALI, ISIS)]),
 ("opening_too_far_ar", "ar", _KILLED_AR + " وشُيّع في اليوم التالي. وعاد الهدوء إلى المدينة. "
  "وتبنّى تنظيم داعش العملية.", [], [AB(HILALI, ISIS)]),
 ("opening_survived_ar", "ar", "نجا قائد شرطة المحافظة العميد سامي الهلالي من انفجار عبوة "
  "ناسفة قرب منزله. وتبنّى تنظيم داعش العملية.", [], [AB(HILALI, ISIS)]),
 # ---- English: two claimers, both ----
 ("both_claimed_en", "en", _KILLED_EN + " The Nusra Front and the Islamic State both claimed "
  "responsibility.", [AB(KHALAF, NUSRA), AB(KHALAF, ISIS)], []),
 ("both_apposed_en", "en", _KILLED_EN + " The Nusra Front and a rival Islamist group, Hayat "
  "Tahrir al-Sham, both claimed responsibility.", [AB(KHALAF, NUSRA), AB(KHALAF, HTS)], []),
 ("both_denied_en", "en", _KILLED_EN + " The Nusra Front and the Islamic State both denied "
  "responsibility.", [], [AB(KHALAF, NUSRA), AB(KHALAF, ISIS)]),
 ("both_blamed_en", "en", _KILLED_EN + " Officials blamed the Nusra Front and the Islamic "
  "State.", [], [AB(KHALAF, NUSRA), AB(KHALAF, ISIS)]),
 ("both_reported_en", "en", _KILLED_EN + " Officials said the Nusra Front and the Islamic "
  "State both claimed responsibility.", [], [AB(KHALAF, NUSRA), AB(KHALAF, ISIS)]),
 ("both_other_deed_en", "en", _KILLED_EN + " The Nusra Front and the Islamic State both "
  "claimed responsibility for a separate attack in Idlib.",
  [], [AB(KHALAF, NUSRA), AB(KHALAF, ISIS)]),
 # ---- English: the dead listed through a possessor and a kin word ----
 ("list_kin_possessor_en", "en", "The bomb, which killed Interior Minister Samir Khalaf, "
  "Assad's cousin Adel Barakat and Kamal Mousa, a former general, hit the ministry. The Nusra "
  "Front claimed responsibility.", [AB(KHALAF, NUSRA), AB(BARAKAT, NUSRA), AB(MOUSA, NUSRA)],
  [AB("person:bashar-al-assad", NUSRA)]),
 ("list_kin_wounded_en", "en", "The bomb, which killed Interior Minister Samir Khalaf and "
  "wounded Assad's cousin Adel Barakat, hit the ministry. The Nusra Front claimed "
  "responsibility.", [AB(KHALAF, NUSRA)], [AB(BARAKAT, NUSRA)]),
]


@pytest.mark.parametrize(("name", "lang", "text", "must", "must_not"), CASES,
                         ids=[c[0] for c in CASES])
def test_agents70(shipped, name, lang, text, must, must_not) -> None:
    assert_relations(shipped.extract(text, lang=lang), name, must, must_not)
