"""Background killings and successions that ordinary wire copy repeats (session 9), our own
sentences in both languages:

- an acting holder after a death or removal: "X, who had been acting foreign minister since
  Y died" / "X was interim leader after the killing of Y" / "X، الذي أدار الوزارة بالوكالة
  بعد وفاة Y" / "وكان X قد تولى الوزارة بالوكالة منذ مقتل Y" / VSO "ويدير X الحزب بالوكالة
  منذ اغتيال Y": X succeeded Y; not "acting since May", not a title in an apposition ("X, the
  acting minister, attended the funeral after Y died"), not negated or counterfactual;
- "Zionist" / "صهيوني" is Israel's adjective in Iranian and "resistance" media ("a Zionist
  airstrike", "بغارة صهيونية"); "anti-Zionist" is not;
- "he" said to be killed after "the funeral / burial of X" is X (an "of" object is otherwise
  no antecedent for "he");
- "X, whose killing / assassination in a U.S. drone strike ordered by Y ...": X by the strike's
  country and by Y; "X's martyrdom in a US strike" / "the martyrdom of X in a US strike" as
  "killing"; no agent ("whose death in a car crash", "whose killing remains unsolved"), a
  denial, or another person's killing ("whose brother was killed"): nothing;
- an Arabic dual or plural object pronoun after a list: "X وY، اللذين اغتالتهما Z" / "اللذين
  قتلتهما غارة أميركية" / "اللذين اغتيلا بغارة أميركية": both by Z / the strike's country; not a
  denial, a negated verb, or another verb ("اللذين استقبلتهما");
- an Arabic counted group with its members named after "، هما / هم": "استشهاد اثنين من
  مستشاريه، هما X وY، في غارة إسرائيلية" / "قُتل اثنان من قادة الحزب، هما X وY، بغارة
  إسرائيلية" (as "بينهم"); not when the names come after the strike, after a speech verb
  ("، وقال مسؤولان، هما X وY، إن ...") or under a denial;
- a second verb of a strike's relative clause after a comma: "الضربة التي نفذتها القوات
  الأميركية قرب المطار، واغتالت X وY" (the executor after "نفذتها/شنّتها"); not another verb
  ("، واستقبلت X") or a negated one;
- a court's verdict against a killer: "sentenced X to death for the killing / murder of Y",
  "X was sentenced ... for killing Y", "X was convicted of killing Y", "found X guilty of the
  assassination of Y", "حكمت المحكمة بالإعدام على X بتهمة قتل Y", "حكماً بالإعدام بحق X
  لإدانته باغتيال Y" -> Y by X; not an acquittal, a charge, an arrest on suspicion ("اعتقلت
  ... بتهمة قتل"), a negated verdict, or a victim named by someone else's speech;
- a military's own claim in wire form: "Israel's military said a day earlier that it had killed
  X, who headed Y, along with Z" (time words between "said" and "that it"; a companion after
  the victim's relative clause), "its jets had killed X together with about 15 commanders,
  among them Y" (Y by X's agent); a list member with a descriptor before the title ("killed X
  and Iraqi militia commander Y"); not another subject after "said" ("said in a statement that
  the army had killed"), not someone met inside the relative clause, not survivors.
"""

import pytest

from loaders.extract.rules import RuleExtractor
from tests.extract_support import AB, SO, assert_relations

KANI, AMIR = "person:ali-bagheri-kani", "person:hossein-amir-abdollahian"
QASSEM, NASRALLAH = "person:naim-qassem", "person:hassan-nasrallah"
MOKHBER, RAISI = "person:mohammad-mokhber", "person:ebrahim-raisi"
ISR, US = "country:israel", "country:united-states"
MOUSAVI, SOLEIMANI = "person:razi-mousavi", "person:qasem-soleimani"
MUHANDIS, TRUMP = "person:abu-mahdi-al-muhandis", "person:donald-trump"
ABBAS, USAF = "person:hassan-abbas", "organization:us-armed-forces"
HASHIMI, OWAID = "person:hisham-al-hashimi", "person:ahmed-hamidawi-owaid"
ATTAR = "person:salim-al-attar"
IDF, SAFIEDDINE = "organization:israel-defense-forces", "person:hashem-safieddine"
HAZIMA, AQIL, WAHBI = "person:ali-hussein-hazima", "person:ibrahim-aqil", "person:ahmed-wahbi"
QASSEM_NAIM = "person:naim-qassem"

ACTING_CASES = [
 ("since_died_relative_en",
  "Ali Bagheri Kani, who had been acting foreign minister since Hossein Amir-Abdollahian died "
  "in a helicopter crash, met his Chinese counterpart.",
  [SO(KANI, AMIR)], []),
 ("interim_after_killing_en",
  "Naim Qassem was interim leader of the group after the killing of Hassan Nasrallah.",
  [SO(QASSEM, NASRALLAH)], []),
 ("named_as_acting_en",
  "The council named Naim Qassem as acting secretary-general after Hassan Nasrallah was killed.",
  [SO(QASSEM, NASRALLAH)], []),
 ("since_a_month_en",
  "Ali Bagheri Kani, who has been acting foreign minister since May, met Hossein "
  "Amir-Abdollahian's widow.",
  [], [SO(KANI, AMIR)]),
 ("negated_en",
  "Ali Bagheri Kani was not acting foreign minister after Hossein Amir-Abdollahian died, the "
  "ministry said.",
  [], [SO(KANI, AMIR)]),
 ("apposed_title_en",
  "Ali Bagheri Kani, the acting foreign minister, attended the funeral after Hossein "
  "Amir-Abdollahian died.",
  [], [SO(KANI, AMIR)]),
 ("counterfactual_en",
  "If Ali Bagheri Kani were acting minister after Hossein Amir-Abdollahian died, he would meet "
  "Lavrov.",
  [], [SO(KANI, AMIR)]),
 ("since_killing_qad_ar",
  "وكان علي باقري كني قد تولى الوزارة بالوكالة منذ مقتل حسين أمير عبداللهيان في حادث المروحية.",
  [SO(KANI, AMIR)], []),
 ("relative_ran_after_death_ar",
  "والتقى الوزير علي باقري كني، الذي أدار الوزارة بالوكالة بعد وفاة حسين أمير عبداللهيان، "
  "بنظيره الروسي.",
  [SO(KANI, AMIR)], []),
 ("vso_runs_since_assassination_ar",
  "ويدير نعيم قاسم الحزب بالوكالة منذ اغتيال حسن نصر الله بغارة إسرائيلية.",
  [SO(QASSEM, NASRALLAH)], []),
 ("vso_presidency_ar",
  "وتولى محمد مخبر الرئاسة بالوكالة بعد مصرع إبراهيم رئيسي.",
  [SO(MOKHBER, RAISI)], []),
 ("since_a_month_ar",
  "والتقى علي باقري كني، الذي أدار الوزارة بالوكالة منذ أيار، أرملة حسين أمير عبداللهيان.",
  [], [SO(KANI, AMIR)]),
 ("apposed_title_speaker_ar",
  "وقال علي باقري كني، وزير الخارجية بالوكالة، بعد وفاة حسين أمير عبداللهيان إن الوزارة مستمرة.",
  [], [SO(KANI, AMIR)]),
 ("negated_ar",
  "ولم يتول علي باقري كني الوزارة بالوكالة بعد مقتل حسين أمير عبداللهيان.",
  [], [SO(KANI, AMIR)]),
]


ZIONIST_CASES = [
 ("relative_airstrike_en",
  "Thousands attended the funeral of Razi Mousavi, who was killed in a Zionist airstrike on "
  "Damascus.",
  [AB(MOUSAVI, ISR)], []),
 ("martyred_en",
  "Razi Mousavi was martyred in a Zionist strike on Damascus.",
  [AB(MOUSAVI, ISR)], []),
 ("strike_adjective_ar",
  "واستشهد رضي موسوي بغارة صهيونية على دمشق.",
  [AB(MOUSAVI, ISR)], []),
 ("anti_zionist_is_no_agent_en",
  "An anti-Zionist protester, Razi Mousavi, was killed in a police raid.",
  [], [AB(MOUSAVI, ISR)]),
]

FUNERAL_CASES = [
 ("funeral_of_then_he_en",
  "Mourners attended the funeral of Razi Mousavi on Friday, a week after he was martyred "
  "alongside Hassan Nasrallah in a Zionist airstrike on Beirut.",
  [AB(MOUSAVI, ISR), AB(NASRALLAH, ISR)], []),
 ("burial_of_then_he_died_en",
  "Crowds gathered for the burial of Razi Mousavi, days after he was killed in an Israeli "
  "strike near Damascus.",
  [AB(MOUSAVI, ISR)], []),
 ("funeral_he_spoke_is_not_the_dead_en",
  "Mourners attended the funeral of Razi Mousavi, where he said Israel would pay.",
  [], [AB(MOUSAVI, ISR)]),
]

WHOSE_CASES = [
 ("whose_assassination_en",
  "Razi Mousavi, whose assassination in an Israeli strike shocked Tehran, was buried on "
  "Friday.",
  [AB(MOUSAVI, ISR)], []),
 ("whose_killing_ordered_by_en",
  "Qaani replaced Qassem Soleimani, whose killing in a U.S. drone strike ordered by President "
  "Donald Trump upended the region.",
  [AB(SOLEIMANI, US), AB(SOLEIMANI, TRUMP)], []),
 ("possessive_martyrdom_en",
  "Qaani took over after Qassem Soleimani's martyrdom in a US strike in 2020.",
  [AB(SOLEIMANI, US)], []),
 ("martyrdom_of_en",
  "The martyrdom of Qassem Soleimani in a US strike changed the region.",
  [AB(SOLEIMANI, US)], []),
 ("whose_death_in_a_crash_en",
  "Razi Mousavi, whose death in a car crash shocked Tehran, was buried on Friday.",
  [], [AB(MOUSAVI, ISR)]),
 ("whose_killing_denied_en",
  "Razi Mousavi, whose killing Israel denied, was buried on Friday.",
  [], [AB(MOUSAVI, ISR)]),
]

DUAL_CASES = [
 ("dual_object_pronoun_ar",
  "وشارك الآلاف في تشييع قاسم سليماني وأبو مهدي المهندس، اللذين اغتالتهما الولايات المتحدة قرب "
  "مطار بغداد.",
  [AB(SOLEIMANI, US), AB(MUHANDIS, US)], []),
 ("dual_object_strike_subject_ar",
  "وشارك الآلاف في تشييع قاسم سليماني وأبو مهدي المهندس اللذين قتلتهما غارة أميركية.",
  [AB(SOLEIMANI, US), AB(MUHANDIS, US)], []),
 ("anniversary_dual_ar",
  "وأحيا الحزب ذكرى استشهاد قاسم سليماني وأبو مهدي المهندس اللذين اغتالتهما الولايات المتحدة.",
  [AB(SOLEIMANI, US), AB(MUHANDIS, US)], []),
 ("dual_passive_ar",
  "وأحيا الحزب ذكرى قاسم سليماني وأبو مهدي المهندس، اللذين اغتيلا بغارة أميركية.",
  [AB(SOLEIMANI, US), AB(MUHANDIS, US)], []),
 ("singular_strike_subject_ar",
  "وشارك الآلاف في تشييع رضي موسوي الذي قتلته غارة إسرائيلية على دمشق.",
  [AB(MOUSAVI, ISR)], []),
 ("dual_denied_ar",
  "وشارك الآلاف في تشييع قاسم سليماني وأبو مهدي المهندس، اللذين نفت الولايات المتحدة أنها "
  "قتلتهما.",
  [], [AB(SOLEIMANI, US), AB(MUHANDIS, US)]),
 ("dual_negated_ar",
  "وشارك الآلاف في تشييع قاسم سليماني وأبو مهدي المهندس اللذين لم تقتلهما غارة أميركية.",
  [], [AB(SOLEIMANI, US), AB(MUHANDIS, US)]),
 ("dual_received_ar",
  "والتقى قاسم سليماني وأبو مهدي المهندس، اللذين استقبلتهما الولايات المتحدة، في بغداد.",
  [], [AB(SOLEIMANI, US), AB(MUHANDIS, US)]),
]

NAMELY_CASES = [
 ("namely_then_strike_ar",
  "أعلن الحرس الثوري استشهاد اثنين من مستشاريه، هما رضي موسوي وحسن عباس، في غارة شنّها الكيان "
  "الصهيوني على دمشق.",
  [AB(MOUSAVI, ISR), AB(ABBAS, ISR)], []),
 ("namely_passive_ar",
  "قُتل اثنان من قادة الحزب، هما رضي موسوي وحسن عباس، بغارة إسرائيلية.",
  [AB(MOUSAVI, ISR), AB(ABBAS, ISR)], []),
 ("namely_speakers_ar",
  "قُتل اثنان من عناصر الحزب في غارة إسرائيلية، وقال مسؤولان، هما رضي موسوي وحسن عباس، إن "
  "الغارة استهدفت منزلاً.",
  [], [AB(MOUSAVI, ISR), AB(ABBAS, ISR)]),
 ("namely_denied_ar",
  "نفى الحرس الثوري مقتل اثنين من مستشاريه، هما رضي موسوي وحسن عباس، في غارة إسرائيلية.",
  [], [AB(MOUSAVI, ISR), AB(ABBAS, ISR)]),
]

STRIKE_CLAUSE_CASES = [
 ("executor_then_comma_ar",
  "وتعيد الغارة إلى الأذهان الضربة التي نفذتها القوات الأميركية قرب مطار بغداد، واغتالت قاسم "
  "سليماني وأبو مهدي المهندس.",
  [AB(SOLEIMANI, USAF), AB(MUHANDIS, USAF)], []),
 ("country_executor_ar",
  "وتذكّر الهجمات بالغارة التي شنّتها إسرائيل على دمشق، وقتلت رضي موسوي.",
  [AB(MOUSAVI, ISR)], []),
 ("other_verb_ar",
  "وتذكّر الهجمات بالغارة التي شنّتها إسرائيل على دمشق، واستقبلت رضي موسوي.",
  [], [AB(MOUSAVI, ISR)]),
 ("negated_ar",
  "وتذكّر الهجمات بالغارة التي شنّتها إسرائيل على دمشق، ولم تقتل رضي موسوي.",
  [], [AB(MOUSAVI, ISR)]),
]

VERDICT_CASES = [
 ("sentenced_for_murder_of_en",
  "An Iraqi court on Sunday sentenced police officer Ahmed Hamdawi Owaid to death for the "
  "murder of Hisham al-Hashimi.",
  [AB(HASHIMI, OWAID)], []),
 ("passive_sentenced_for_killing_en",
  "Ahmed Hamdawi Owaid was sentenced to death for killing Hisham al-Hashimi.",
  [AB(HASHIMI, OWAID)], []),
 ("convicted_of_killing_en",
  "Ahmed Hamdawi Owaid was convicted of killing Hisham al-Hashimi in 2020.",
  [AB(HASHIMI, OWAID)], []),
 ("found_guilty_en",
  "The court found Ahmed Hamdawi Owaid guilty of the assassination of Hisham al-Hashimi.",
  [AB(HASHIMI, OWAID)], []),
 ("acquitted_en",
  "A court acquitted Ahmed Hamdawi Owaid of the killing of Hisham al-Hashimi.",
  [], [AB(HASHIMI, OWAID)]),
 ("charged_en",
  "Ahmed Hamdawi Owaid was charged with the killing of Hisham al-Hashimi.",
  [], [AB(HASHIMI, OWAID)]),
 ("suspicion_en",
  "Ahmed Hamdawi Owaid was arrested on suspicion of the killing of Hisham al-Hashimi.",
  [], [AB(HASHIMI, OWAID)]),
 ("not_convicted_en",
  "Ahmed Hamdawi Owaid was not convicted of killing Hisham al-Hashimi.",
  [], [AB(HASHIMI, OWAID)]),
 ("victim_is_the_speaker_en",
  "A court sentenced Ahmed Hamdawi Owaid to prison for the killing of a police officer, Hisham "
  "al-Hashimi said.",
  [], [AB(HASHIMI, OWAID)]),
]

VERDICT_AR_CASES = [
 ("death_sentence_charge_ar",
  "حكمت محكمة الجنايات بالإعدام على القيادي سليم العطار بتهمة قتل هشام الهاشمي.",
  [AB(HASHIMI, ATTAR)], []),
 ("verdict_conviction_ar",
  "أصدرت محكمة جنايات الرصافة حكماً بالإعدام بحق القيادي سليم العطار لإدانته باغتيال هشام الهاشمي.",
  [AB(HASHIMI, ATTAR)], []),
 ("acquittal_ar",
  "برّأت المحكمة القيادي سليم العطار من تهمة قتل هشام الهاشمي.",
  [], [AB(HASHIMI, ATTAR)]),
 ("arrest_on_charge_ar",
  "اعتقلت السلطات القيادي سليم العطار بتهمة قتل هشام الهاشمي.",
  [], [AB(HASHIMI, ATTAR)]),
]

CLAIM_CASES = [
 ("said_earlier_that_it_relative_companion_en",
  "Israel's military said a day earlier that it had killed Hashem Safieddine, who headed the "
  "group's Executive Council, along with Ali Hussein Hazima, in the strike.",
  [AB(SAFIEDDINE, IDF), AB(HAZIMA, IDF)], []),
 ("said_in_a_statement_en",
  "The Israeli army said in a statement that it had killed Hashem Safieddine.",
  [AB(SAFIEDDINE, IDF)], []),
 ("strike_relative_companion_en",
  "An Israeli strike killed Hashem Safieddine, who headed the council, together with Ali "
  "Hussein Hazima.",
  [AB(SAFIEDDINE, ISR), AB(HAZIMA, ISR)], []),
 ("together_with_count_among_en",
  "Israel's military said its jets had killed Ibrahim Aqil together with about 15 commanders, "
  "among them Ahmed Wahbi.",
  [AB(AQIL, IDF), AB(WAHBI, IDF)], []),
 ("list_with_descriptor_title_en",
  "The U.S. drone strike that killed Qassem Soleimani and Iraqi militia commander Abu Mahdi "
  "al-Muhandis shocked Iraq.",
  [AB(SOLEIMANI, US), AB(MUHANDIS, US)], []),
 ("another_subject_after_said_en",
  "Hezbollah said in a statement that the army had killed Hashem Safieddine.",
  [], [AB(SAFIEDDINE, "organization:hezbollah")]),
 ("met_inside_relative_en",
  "An Israeli strike killed Hashem Safieddine, who had met Ali Hussein Hazima along with Naim "
  "Qassem.",
  [AB(SAFIEDDINE, ISR)], [AB(HAZIMA, ISR), AB(QASSEM_NAIM, ISR)]),
 ("survivors_en",
  "Israel's military said its jets had killed Ibrahim Aqil; 15 commanders, among them Ahmed "
  "Wahbi, survived.",
  [AB(AQIL, IDF)], [AB(WAHBI, IDF)]),
 ("met_together_with_en",
  "Ibrahim Aqil met Ahmed Wahbi together with 15 commanders, among them Hassan Nasrallah.",
  [], [AB(NASRALLAH, AQIL)]),
]


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


# what each case table shows (the test id starts with its key)
CASE_TABLES = {
    "acting_holder_after_death": ACTING_CASES,
    "zionist_is_israel": ZIONIST_CASES,
    "funeral_of_the_dead": FUNERAL_CASES,
    "whose_killing_and_martyrdom": WHOSE_CASES,
    "dual_relative_ar": DUAL_CASES,
    "namely_members_ar": NAMELY_CASES,
    "strike_clause_second_verb_ar": STRIKE_CLAUSE_CASES,
    "verdict_against_killer": VERDICT_CASES + VERDICT_AR_CASES,
    "military_claims_and_lists": CLAIM_CASES,
}
ALL_CASES = [(f"{table}-{case[0]}", *case[1:])
             for table, cases in CASE_TABLES.items() for case in cases]


@pytest.mark.parametrize("name,text,must,must_not", ALL_CASES, ids=[c[0] for c in ALL_CASES])
def test_background_killings_and_successions(extractor, name, text, must, must_not):
    assert_relations(extractor.extract(text), name, must, must_not)

