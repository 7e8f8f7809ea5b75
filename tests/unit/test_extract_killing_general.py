"""ASSASSINATED_BY (and a few SUCCESSOR_OF) constructions by general class, our own sentences in
both languages (written for the class, not taken from an evaluation set):

- a participle after an apposition: "X, the Iranian general killed by the US", "X, the Quds
  Force commander killed in a US strike", "X, the commander killed alongside Y by a drone";
  Arabic "X، القائد السابق للفيلق الذي قُتل بضربة أميركية" (the named head, not the title);
- the executor of the strike: "بضربة نفذتها القوات الأمريكية", "في غارة جوية شنّها طيران X";
  an organisation before the strike noun: "a Saudi-led coalition air strike" (not Saudi Arabia);
- dual and plural adjectives: "في غارتين إسرائيليتين", "الذي اغتاله الأميركيون";
  "اللذين استشهدا" (both people of the list before);
- companions: "killed X along with Y", "الذي اغتالته Z مع Y";
- "held talks" is no accusation ("held X responsible" is);
- order phrases, one parser (orders.py): "ordered by then-President X", "بغارة أمر بها X",
  "بأوامر X", "on the direct orders of X", "a strike that X ordered"; not "أمر X بسحب ..." nor
  "defied orders of X";
- successions: "قبل أن يخلف X Y" (verb first), "في عهد سلف X، Y" / "Y، سلف X", "Y's deputy, X,
  was named to replace him" (him = Y, not another victim of the same strike);
- and what must stay without a relation: an active "killed" with its object ("Israel killed
  X" stays active: X is the victim, Israel the agent), a participle without an agent,
  accusations, a negated killing, an ordinary march ("مسيرة") with no killing.
"""

import pytest

from loaders.extract.rules import RuleExtractor
from tests.extract_support import AB, SO, assert_relations

SOL, MUH = "person:qasem-soleimani", "person:abu-mahdi-al-muhandis"
QAANI, AMIRI = "person:esmail-qaani", "person:hadi-al-amiri"
NAS, SAFI = "person:hassan-nasrallah", "person:hashem-safieddine"
QASSEM, TRUMP = "person:naim-qassem", "person:donald-trump"
YSINWAR, DEIF = "person:yahya-sinwar", "person:mohammed-deif"
HOUTHI = "person:abdul-malik-al-houthi"
SUDANI, KADHIMI = "person:mohammed-shia-al-sudani", "person:mustafa-al-kadhimi"
SHAMKHANI, AHMADIAN = "person:ali-shamkhani", "person:ali-akbar-ahmadian"
ARAGHCHI, MIKATI = "person:abbas-araghchi", "person:najib-mikati"
US, ISR, KSA = "country:united-states", "country:israel", "country:saudi-arabia"
USAF, COAL = "organization:us-armed-forces", "organization:saudi-led-coalition"

CASES = [
 # ---- participle after an apposition --------------------------------------------------
 ("apposition_participle_by_en",
  "Hezbollah published photographs of its fighters with Qasem Soleimani, the Iranian general "
  "killed by the United States in Baghdad in 2020.",
  [AB(SOL, US)], []),
 ("apposition_participle_in_strike_en",
  "A mural shows Qasem Soleimani, the Quds Force commander killed in a US drone strike in 2020.",
  [AB(SOL, US)], [AB(QAANI, US)]),
 ("apposition_participle_alongside_en",
  "One of the founders was Abu Mahdi al-Muhandis, the militia commander killed alongside Qasem "
  "Soleimani by a U.S. drone strike.",
  [AB(MUH, US), AB(SOL, US)], [AB(SOL, MUH)]),
 ("participle_no_agent_en",
  "A mural shows Qasem Soleimani, the Quds Force commander killed in a drone strike in 2020.",
  [], [AB(SOL, US)]),
 ("active_killed_stays_active_en",
  "Abbas Araghchi flew to Beirut a week after Israel killed Hassan Nasrallah in a strike.",
  [AB(NAS, ISR)], [AB(ARAGHCHI, ISR)]),
 ("held_talks_no_accusation_en",
  "Abbas Araghchi held talks with Najib Mikati in Beirut, a week after Israel killed "
  "Hezbollah leader Hassan Nasrallah.",
  [AB(NAS, ISR)], [AB(MIKATI, ISR)]),
 ("held_responsible_is_accusation_en",
  "Iran held Israel responsible for killing Hassan Nasrallah.",
  [], [AB(NAS, ISR)]),
 ("relative_after_title_apposition_ar",
  "عمل الدبلوماسي سنوات في فريق قاسم سليماني، القائد السابق للفيلق الذي قُتل مطلع 2020 بضربة "
  "أميركية قرب المطار.",
  [AB(SOL, US)], []),
 ("relative_no_agent_ar",
  "عمل الدبلوماسي سنوات في فريق قاسم سليماني، القائد السابق للفيلق الذي قُتل مطلع 2020 بضربة "
  "جوية قرب المطار.",
  [], [AB(SOL, US)]),
 # ---- executor of the strike, organisation before the strike noun ----------------------
 ("strike_executed_by_forces_ar",
  "وناقش الجانبان اغتيال قاسم سليماني وأبي مهدي المهندس بضربة نفذتها القوات الأمريكية قرب "
  "المطار.",
  [AB(SOL, USAF), AB(MUH, USAF)], []),
 ("strike_launched_by_coalition_ar",
  "قُتل عبد الملك الحوثي في غارة جوية شنّها طيران التحالف بقيادة السعودية على الحديدة.",
  [AB(HOUTHI, COAL)], [AB(HOUTHI, KSA)]),
 ("coalition_air_strike_en",
  "Abdul-Malik al-Houthi was killed in a Saudi-led coalition air strike on Hodeidah.",
  [AB(HOUTHI, COAL)], [AB(HOUTHI, KSA)]),
 # ---- dual / plural adjectives and relatives ----------------------------------------------
 ("dual_relative_dual_adjective_ar",
  "شيّع لبنان حسن نصر الله وهاشم صفي الدين، اللذين استشهدا في غارتين إسرائيليتين على الضاحية.",
  [AB(NAS, ISR), AB(SAFI, ISR)], []),
 ("plural_nationality_noun_agent_ar",
  "وقال هادي العامري إن قاسم سليماني الذي اغتاله الأميركيون قرب المطار سيبقى رمزاً.",
  [AB(SOL, US)], [AB(AMIRI, US)]),
 ("march_is_no_strike_ar",
  "شارك هادي العامري في مسيرة إيرانية في بغداد.",
  [], [AB(AMIRI, "country:iran")]),
 # ---- companions ----------------------------------------------------------------------
 ("killed_along_with_en",
  "An Israeli air strike killed Yahya Sinwar along with Mohammed Deif in Gaza.",
  [AB(YSINWAR, ISR), AB(DEIF, ISR)], []),
 ("relative_with_companion_ar",
  "أكد هادي العامري أن المشاريع انطلقت بتوجيه من قاسم سليماني، قائد قوة القدس السابق الذي "
  "اغتالته القوات الأمريكية مع أبي مهدي المهندس قرب مطار بغداد.",
  [AB(SOL, USAF), AB(MUH, USAF)], [AB(AMIRI, USAF)]),
 ("negated_relative_with_companion_ar",
  "وقال هادي العامري إن القوات الأمريكية لم تقتل قاسم سليماني مع أبي مهدي المهندس.",
  [], [AB(SOL, USAF), AB(MUH, USAF)]),
 # ---- order phrases (orders.order_phrase_at, the one parser of the three callers) ---------
 ("orderer_next_sentence_then_title_en",
  "A US drone strike killed Qasem Soleimani and Abu Mahdi al-Muhandis near Baghdad airport. "
  "The strike, ordered by then-President Donald Trump, hit their convoy at night.",
  [AB(SOL, TRUMP), AB(MUH, TRUMP), AB(SOL, US)], []),
 ("amara_biha_verb_first_ar",
  "اغتيل قاسم سليماني بغارة أميركية أمر بها الرئيس دونالد ترامب.",
  [AB(SOL, TRUMP), AB(SOL, US)], []),
 ("bi_awamir_without_min_ar",
  "قُتل قاسم سليماني بغارة أميركية بأوامر دونالد ترامب.",
  [AB(SOL, TRUMP), AB(SOL, US)], []),
 ("amara_verb_object_other_act_ar",
  "أمر دونالد ترامب بسحب القوات، وقُتل قاسم سليماني في غارة بطائرة مسيرة.",
  [], [AB(SOL, TRUMP)]),
 ("direct_orders_of_en",
  "Qasem Soleimani was killed in a drone strike carried out on the direct orders of Donald "
  "Trump.",
  [AB(SOL, TRUMP)], []),
 ("strike_that_x_ordered_en",
  "Qasem Soleimani was killed in a drone strike that Donald Trump ordered.",
  [AB(SOL, TRUMP)], []),
 ("defied_orders_of_other_en",
  "Qasem Soleimani was killed in a drone strike, and Donald Trump later defied orders of the "
  "Pentagon.",
  [], [AB(SOL, TRUMP), AB(SOL, "organization:pentagon")]),
 # ---- successions -----------------------------------------------------------------------
 ("passive_named_to_replace_him_possessor_en",
  "Israeli strikes killed Hassan Nasrallah and Hashem Safieddine in Beirut. Nasrallah's "
  "deputy, Naim Qassem, was named weeks later to replace him.",
  [SO(QASSEM, NAS)], [SO(QASSEM, SAFI)]),
 ("an_yakhluf_verb_first_ar",
  "ووقّع الاتفاق علي شمخاني ونظيره العراقي قاسم الأعرجي، قبل أن يخلف علي أكبر أحمديان "
  "شمخاني في المنصب.",
  [SO(AHMADIAN, SHAMKHANI)], [SO("person:qassim-al-araji", AHMADIAN)]),
 ("salaf_construct_then_name_ar",
  "استضافت بغداد جولات الحوار في عهد سلف السوداني، مصطفى الكاظمي، الذي زار الرياض.",
  [SO(SUDANI, KADHIMI)], [SO(KADHIMI, SUDANI)]),
 ("name_then_salaf_construct_ar",
  "وقال مصطفى الكاظمي، سلف السوداني، إن الحوار مستمر.",
  [SO(SUDANI, KADHIMI)], [SO(KADHIMI, SUDANI)]),
 ("salaf_without_name_ar",
  "انتقد هادي العامري سلف السوداني في كلمته.",
  [], [SO(SUDANI, AMIRI)]),
]


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_killing_general(extractor, name, text, must, must_not):
    assert_relations(extractor.extract(text), name, must, must_not)
