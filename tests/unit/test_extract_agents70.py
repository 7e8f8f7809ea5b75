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


# ---- Arabic: a named gunman who fired on a person told as killed (kill_gunman_ar) ----
DURI = "person:karim-al-duri"
_SHOT_AR = ("أدى السياسي جمال الحسيني اليمين حاكماً للإقليم خلفاً لسامي الهلالي، الذي قُتل برصاص "
            "أحد حراسه في بغداد الأسبوع الماضي.")
GUNMAN_CASES = [
 ("gunman_was_subject_ar", "ar", _SHOT_AR + " وكان كريم الدوري، وهو عنصر في الشرطة، قد أطلق النار "
  "على الهلالي لدى خروجه من مطعم، ثم سلّم نفسه.", [AB(HILALI, DURI)], []),
 ("gunman_vso_ar", "ar", _SHOT_AR + " وأطلق المسلح كريم الدوري النار على الهلالي أمام منزله.",
  [AB(HILALI, DURI)], []),
 ("gunman_wounded_only_ar", "ar", "أطلق المسلح كريم الدوري النار على سامي الهلالي فأصابه في ساقه.",
  [], [AB(HILALI, DURI)]),
 ("gunman_no_killing_ar", "ar", "التقى كريم الدوري سامي الهلالي في بغداد. وأطلق كريم الدوري النار "
  "على الهلالي في خلاف لاحق.", [], [AB(HILALI, DURI)]),
 ("gunman_accused_ar", "ar", _SHOT_AR + " واتهمت الشرطة كريم الدوري بإطلاق النار على الهلالي.",
  [], [AB(HILALI, DURI)]),
 ("gunman_negated_ar", "ar", _SHOT_AR + " ولم يطلق كريم الدوري النار على الهلالي، بحسب محاميه.",
  [], [AB(HILALI, DURI)]),
]


@pytest.mark.parametrize(("name", "lang", "text", "must", "must_not"), GUNMAN_CASES,
                         ids=[c[0] for c in GUNMAN_CASES])
def test_gunman70(shipped, name, lang, text, must, must_not) -> None:
    assert_relations(shipped.extract(text, lang=lang), name, must, must_not)


# ---- a victim in a passive relative clause; Hassan II and a kin word before «المغفور له» ----
SUCC = "SUCCESSOR_OF"
M6, H2 = "person:mohammed-vi", "person:hassan-ii"
MORE_CASES = [
 ("relative_passive_claim_ar", "ar", "أدى جمال الحسيني اليمين محافظاً خلفاً لسامي الهلالي، الذي "
  "اغتيل في تفجير سيارة مفخخة الشهر الماضي. وتبنّى تنظيم داعش العملية.",
  [AB(HILALI, ISIS)], []),
 ("relative_active_ar", "ar", "أدى جمال الحسيني اليمين محافظاً خلفاً لسامي الهلالي، الذي قتل "
  "كريم الدوري في اشتباك الشهر الماضي. وتبنّى تنظيم داعش العملية.", [], [AB(HILALI, ISIS)]),
 ("hassan_ii_forgiven_ar", "ar", "وكان الملك محمد السادس قد اعتلى العرش يوم الجمعة، خلفاً "
  "لوالده المغفور له الحسن الثاني.", [(SUCC, M6, H2)], []),
 ("hassan_ii_title_ar", "ar", "اعتلى محمد السادس العرش خلفاً للملك الحسن الثاني.",
  [(SUCC, M6, H2)], []),
 ("hassan_ii_en", "en", "Mohammed VI succeeded his father, King Hassan II, who died in 1999.",
  [(SUCC, M6, H2)], []),
 ("funeral_of_forgiven_ar", "ar", "الملك محمد السادس يستقبل قادة الدول المشاركين في جنازة "
  "المغفور له الحسن الثاني", [], [("MET_WITH", H2, M6), ("MET_WITH", M6, H2)]),
 ("hassan_ii_met_not_succeeded_ar", "ar", "استقبل الملك الحسن الثاني في الرباط الرئيس الفرنسي "
  "جاك شيراك.", [], [(SUCC, M6, H2)]),
]


@pytest.mark.parametrize(("name", "lang", "text", "must", "must_not"), MORE_CASES,
                         ids=[c[0] for c in MORE_CASES])
def test_more70(shipped, name, lang, text, must, must_not) -> None:
    assert_relations(shipped.extract(text, lang=lang), name, must, must_not)


# the rules' fallback reading only (the scorer still pairs the host with the dead man here)
RULES_CASES = [
 ("forgiven_not_object_ar", "ar", "استقبل الرئيس جمال الحسيني الوفود المشاركة في تشييع "
  "المغفور له سامي الهلالي.", [], [("MET_WITH", "person:jamal-al-husseini", HILALI)]),
]


@pytest.mark.parametrize(("name", "lang", "text", "must", "must_not"), RULES_CASES,
                         ids=[c[0] for c in RULES_CASES])
def test_rules70(rules_only, name, lang, text, must, must_not) -> None:
    assert_relations(rules_only.extract(text, lang=lang), name, must, must_not)
