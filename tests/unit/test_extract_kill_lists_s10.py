"""Victim lists and relatives (session 10), our own sentences in both languages:

- a list member after an apposition that names someone else: "X، نجل رئيس الحركة Z، والعريف
  في قوة الأمن ... (لخويا) Y" (Y too, never Z), "قتلت إسرائيل X، قائد قوة الرضوان، والقيادي Y";
- "X was killed along with his deputy, Y, in ..." (Y too);
- "X, the son / a close aide of Y, was killed" and "X, Y's cousin, was killed": X, not Y;
- someone named only as whose relative died ("killed the brother of X", "X's son was killed",
  "قتلت غارة ... شقيق X", "ثلاثة من أبناء X") is no victim; "نجل X Y" / "the son of X, Y,"
  makes Y the victim.
"""

import pytest

from loaders.extract.rules import RuleExtractor
from tests.extract_support import AB, assert_relations

SHUKR, AQIL = "person:fuad-shukr", "person:ibrahim-aqil"
HUMAM, KHALIL = "person:humam-al-hayya", "person:khalil-al-hayya"
DOSARI = "person:badr-al-dusri"
HANIYEH, NAS, SAFI = "person:ismail-haniyeh", "person:hassan-nasrallah", \
    "person:hashem-safieddine"
KAZEMI, MOHAQEQ = "person:mohammad-kazemi", "person:hassan-mohaqeq"
SOL, MUH = "person:qasem-soleimani", "person:abu-mahdi-al-muhandis"
AROURI, AQRA = "person:saleh-al-arouri", "person:azzam-al-aqra"
US, ISR = "country:united-states", "country:israel"

CASES = [
 # ---- lists past an apposition -------------------------------------------------------------
 ("list_past_apposition_with_owner_ar",
  "وقُتل في الغارة الإسرائيلية همام الحية، نجل رئيس الحركة في غزة خليل الحية، والعريف في "
  "قوة الأمن الداخلي القطرية (لخويا) بدر الدوسري، فيما نجا أعضاء الوفد.",
  [AB(HUMAM, ISR), AB(DOSARI, ISR)], [AB(KHALIL, ISR)]),
 ("list_past_apposition_vso_ar",
  "قتلت إسرائيل إبراهيم عقيل، قائد قوة الرضوان، والقيادي فؤاد شكر.",
  [AB(AQIL, ISR), AB(SHUKR, ISR)], []),
 ("apposition_then_clause_ar",
  "قتلت إسرائيل إبراهيم عقيل، قائد قوة الرضوان، وقال فؤاد شكر إن الرد قادم.",
  [AB(AQIL, ISR)], [AB(SHUKR, ISR)]),
 ("companion_list_kept_ar",
  "قتلت غارة إسرائيلية القيادي في حماس صالح العاروري ومرافقه عزام الأقرع.",
  [AB(AROURI, ISR), AB(AQRA, ISR)], []),
 ("along_with_his_deputy_en",
  "Majid Khademi replaced Mohammad Kazemi, who was killed along with his deputy, Hassan "
  "Mohaqeq, in an Israeli airstrike a day earlier.",
  [AB(KAZEMI, ISR), AB(MOHAQEQ, ISR)], []),
 # ---- who the apposition describes ---------------------------------------------------------
 ("aide_of_y_en",
  "Fuad Shukr, a close aide of Hassan Nasrallah, was killed in an Israeli strike.",
  [AB(SHUKR, ISR)], [AB(NAS, ISR)]),
 ("ys_cousin_en",
  "Hassan Nasrallah, Hashem Safieddine's cousin, was killed in an Israeli strike.",
  [AB(NAS, ISR)], [AB(SAFI, ISR)]),
 ("son_of_known_unknown_name_en",
  "Hammam al-Hayya, the son of Khalil al-Hayya, was killed in an Israeli strike on Doha.",
  [], [AB(KHALIL, ISR)]),
 # ---- relatives ----------------------------------------------------------------------------
 ("the_son_of_x_passive_en",
  "The son of Khalil al-Hayya was killed in an Israeli strike on Doha.",
  [], [AB(KHALIL, ISR)]),
 ("xs_son_passive_en",
  "Khalil al-Hayya's son was killed in an Israeli strike on Doha.",
  [], [AB(KHALIL, ISR)]),
 ("killed_the_brother_of_en",
  "An Israeli strike killed the brother of Ismail Haniyeh in Gaza.",
  [], [AB(HANIYEH, ISR)]),
 ("three_of_xs_sons_en",
  "Israel killed three of Ismail Haniyeh's sons in Gaza.",
  [], [AB(HANIYEH, ISR)]),
 ("son_of_passive_ar",
  "قُتل نجل خليل الحية في غارة إسرائيلية على الدوحة.",
  [], [AB(KHALIL, ISR)]),
 ("brother_of_object_ar",
  "قتلت غارة إسرائيلية شقيق إسماعيل هنية في غزة.",
  [], [AB(HANIYEH, ISR)]),
 ("three_of_sons_ar",
  "اغتالت إسرائيل ثلاثة من أبناء إسماعيل هنية.",
  [], [AB(HANIYEH, ISR)]),
 ("son_of_x_named_y_ar",
  "وقتل في الغارة الإسرائيلية نجل خليل الحية همام الحية.",
  [AB(HUMAM, ISR)], [AB(KHALIL, ISR)]),
 ("his_son_is_a_list_member_ar",
  "اغتالت الولايات المتحدة قاسم سليماني ومرافقه أبو مهدي المهندس.",
  [AB(SOL, US), AB(MUH, US)], []),
]


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_kill_lists(extractor, name, text, must, must_not):
    assert_relations(extractor.extract(text), name, must, must_not)


# ---- "X, <apposition>, and several of his ministers were killed"; speakers of the toll ------
RAHAWI, HOUTHI = "person:ahmed-al-rahawi", "person:abdul-malik-al-houthi"

GROUP_CASES = [
 ("head_and_group_long_apposition_en",
  "Ghamari is the most senior Houthi commander to die since August, when Ahmed al-Rahawi, "
  "prime minister of the Houthi-run government in Sanaa, and several of his ministers were "
  "killed in an Israeli strike on the capital.",
  [AB(RAHAWI, ISR)], [AB(HOUTHI, ISR)]),
 ("head_and_two_aides_en",
  "Fuad Shukr, a senior commander, and two of his aides were killed in an Israeli strike on "
  "Beirut.",
  [AB(SHUKR, ISR)], []),
 ("speaker_of_aides_killed_en",
  "Fuad Shukr said that several of his aides were killed in an Israeli strike.",
  [], [AB(SHUKR, ISR)]),
 ("speaker_after_relative_clause_en",
  "Fuad Shukr, who survived, said several of his aides were killed in an Israeli strike.",
  [], [AB(SHUKR, ISR)]),
 ("relative_clause_keeps_victim_en",
  "Fuad Shukr, who had survived two attempts, was killed in an Israeli strike on Beirut.",
  [AB(SHUKR, ISR)], []),
 ("relative_clause_with_said_keeps_victim_en",
  "Fuad Shukr, who said he feared for his life, was killed in an Israeli strike on Beirut.",
  [AB(SHUKR, ISR)], []),
]


@pytest.mark.parametrize("name,text,must,must_not", GROUP_CASES, ids=[c[0] for c in GROUP_CASES])
def test_head_and_group(extractor, name, text, must, must_not):
    assert_relations(extractor.extract(text), name, must, must_not)
