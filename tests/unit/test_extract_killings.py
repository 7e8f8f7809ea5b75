"""ASSASSINATED_BY (victim -> perpetrator) in wire prose, our own sentences in both languages
(not taken from any evaluation set): agents far from the victim in the same sentence, the
orderer of the strike ("on the orders of", "بأمر مباشر من", "the Trump-ordered strike", "The
strike was ordered by X" in the next sentence), victim lists with appositions and titles,
"Also killed was Z" / "وقُتل معه" / "ورفيقه", died-in-a-strike with the victim after the verb,
", killing him", the armies of the US and Israel as agents; and the cases that must stay
without a relation: no agent, blame, accusation, denial, a crash, a counterfactual, a clause
between list members, a negated order.

Each case: (name, text, relations that must be found, relations that must NOT be found).
New people's ids are compared by their cross-script spelling skeleton, as ``python -m loaders
evaluate`` does.
"""

import pytest

from loaders.extract.rules import RuleExtractor
from tests.extract_support import AB, assert_relations

SOL, MUH = "person:qasem-soleimani", "person:abu-mahdi-al-muhandis"
NAS, HAN = "person:hassan-nasrallah", "person:ismail-haniyeh"
TRUMP, US, ISR = "person:donald-trump", "country:united-states", "country:israel"
NET, BIDEN = "person:benjamin-netanyahu", "person:joe-biden"
USAF, IDF = "organization:us-armed-forces", "organization:israel-defense-forces"
SHUKR, DEIF, SAADI = "person:fuad-shukr", "person:mohammed-deif", "person:abu-baqir-al-saadi"
AROURI, SAFI = "person:saleh-al-arouri", "person:hashem-safieddine"
CASES = [
 ("far_agent_orders_en",
  "A U.S. drone strike near the Syrian border on Tuesday killed Abu Baqir al-Saadi, a senior "
  "commander of Kataib Hezbollah, and Qassem Soleimani, the head of the Quds Force, officials said, "
  "adding that the operation had been carried out on the orders of President Joe Biden.",
  [AB(SAADI, US), AB(SAADI, BIDEN), AB(SOL, US), AB(SOL, BIDEN)], []),
 ("next_sentence_ordered_en",
  "An American drone strike killed Qassem Soleimani near Baghdad airport. The strike was ordered "
  "by President Donald Trump, the Pentagon said.",
  [AB(SOL, US), AB(SOL, TRUMP)], []),
 ("also_killed_was_en",
  "A U.S. strike killed Qassem Soleimani at Baghdad airport on Friday. Also killed was Abu Mahdi "
  "al-Muhandis, the deputy head of the Popular Mobilization Forces.",
  [AB(SOL, US), AB(MUH, US)], []),
 ("killed_in_israeli_strike_on_en",
  "Hezbollah commander Fuad Shukr was killed in an Israeli strike on Beirut's southern suburbs on "
  "Tuesday.",
  [AB(SHUKR, ISR)], []),
 ("the_israeli_strike_that_killed_en",
  "Hezbollah vowed to avenge the Israeli strike that killed Hassan Nasrallah.",
  [AB(NAS, ISR)], []),
 ("who_was_assassinated_by_en",
  "Hamas named a new leader to succeed Ismail Haniyeh, who was assassinated by Israel in Tehran in "
  "2024.",
  [AB(HAN, ISR)], []),
 ("israel_killed_en",
  "Israel killed Hezbollah leader Hassan Nasrallah in September.",
  [AB(NAS, ISR)], []),
 ("military_said_it_killed_en",
  "Israel's military said it had killed Hashem Safieddine, the head of Hezbollah's executive "
  "council, in a strike in October.",
  [AB(SAFI, IDF)], [AB(SAFI, ISR)]),
 ("trump_ordered_strike_en",
  "Iraqi lawmakers condemned the Trump-ordered strike that killed Soleimani and Muhandis.",
  [AB(SOL, TRUMP), AB(MUH, TRUMP)], []),
 ("strike_ordered_by_netanyahu_en",
  "The strike, ordered by Prime Minister Benjamin Netanyahu, killed Hassan Nasrallah and several "
  "commanders.",
  [AB(NAS, NET)], []),
 ("killing_him_en",
  "Israeli jets struck the building where Hezbollah commander Fuad Shukr was staying, killing him.",
  [AB(SHUKR, ISR)], []),
 ("victim_list_en",
  "Israeli air strikes killed Hamas military chief Mohammed Deif and Hezbollah commander Fuad Shukr.",
  [AB(DEIF, ISR), AB(SHUKR, ISR)], []),
 ("killed_by_us_forces_en",
  "Kataib Hezbollah commander Abu Baqir al-Saadi was killed by U.S. forces in Baghdad.",
  [AB(SAADI, USAF)], []),
 ("admitted_killed_en",
  "Israeli Defence Minister Israel Katz admitted that Israel killed Ismail Haniyeh.",
  [AB(HAN, ISR)], []),
 ("martyred_by_us_army_en",
  "Abu Mahdi al-Muhandis was martyred by the US army at Baghdad airport, Kataib Hezbollah said.",
  [AB(MUH, USAF)], []),
 # Arabic
 ("ightil_bighara_israeliya_ar",
  "اغتيل القيادي في حزب الله فؤاد شكر بغارة إسرائيلية على الضاحية الجنوبية لبيروت.",
  [AB(SHUKR, ISR)], []),
 ("istushhida_ghara_nafadhatha_ar",
  "استشهد قائد فيلق القدس قاسم سليماني ونائب رئيس هيئة الحشد الشعبي أبو مهدي المهندس في غارة "
  "نفذتها طائرة مسيّرة أميركية بأمر مباشر من الرئيس الأميركي آنذاك دونالد ترامب.",
  [AB(SOL, US), AB(MUH, US), AB(SOL, TRUMP), AB(MUH, TRUMP)], []),
 ("rafiquhu_ar",
  "وكان سليماني ورفيقه أبو مهدي المهندس قد قُتلا في ضربة أمريكية قرب مطار بغداد.",
  [AB(SOL, US), AB(MUH, US)], []),
 ("qada_bidarba_ar",
  "قضى القيادي في حركة حماس صالح العاروري بضربة إسرائيلية في بيروت.",
  [AB(AROURI, ISR)], []),
 ("qutila_maahu_ar",
  "اغتيل القيادي في حركة حماس صالح العاروري بغارة إسرائيلية في بيروت. وقُتل معه القيادي في "
  "الحركة محمد الضيف.",
  [AB(AROURI, ISR), AB(DEIF, ISR)], []),
 ("fi_alghara_nafsiha_ar",
  "قُتل الأمين العام لحزب الله حسن نصر الله بغارة إسرائيلية على الضاحية. وقُتل في الغارة نفسها "
  "القيادي في الحزب فؤاد شكر.",
  [AB(NAS, ISR), AB(SHUKR, ISR)], []),
 ("jaysh_alana_annahu_qatala_ar",
  "أعلن الجيش الإسرائيلي أنه قتل رئيس المجلس التنفيذي لحزب الله هاشم صفي الدين في غارة.",
  [AB(SAFI, IDF)], [AB(SAFI, ISR)]),
 ("jaysh_akkada_quwwatuhu_ar",
  "أكد الجيش الإسرائيلي أن قواته قتلت القائد العسكري لحركة حماس محمد الضيف في خان يونس.",
  [AB(DEIF, IDF)], []),
 ("ala_yad_aljaysh_alamriki_ar",
  "استشهد أبو مهدي المهندس على يد الجيش الأمريكي قرب مطار بغداد.",
  [AB(MUH, USAF)], []),
 ("ightalat_israel_ar",
  "اغتالت إسرائيل رئيس المكتب السياسي لحركة حماس إسماعيل هنية في طهران.",
  [AB(HAN, ISR)], []),
 ("alladhi_ightalathu_ar",
  "نعى الحزب أمينه العام حسن نصر الله، الذي اغتالته إسرائيل في أيلول.",
  [AB(NAS, ISR)], []),
 ("liightiyal_ala_yad_quwwat_ar",
  "أحيا أنصار الحشد ذكرى اغتيال سليماني والمهندس على يد القوات الأميركية.",
  [AB(SOL, USAF), AB(MUH, USAF)], [AB(SOL, US)]),
 # negatives
 ("no_agent_drone_en",
  "Soleimani was killed in a drone strike near Baghdad airport.",
  [], [AB(SOL, US)]),
 ("blamed_en",
  "Iran blamed Israel for the killing of Ismail Haniyeh in Tehran.",
  [], [AB(HAN, ISR)]),
 ("did_not_comment_en",
  "Ismail Haniyeh was killed in Tehran on Wednesday. Israel did not comment.",
  [], [AB(HAN, ISR)]),
 ("accused_en",
  "Hezbollah accused Washington of killing Abu Mahdi al-Muhandis.",
  [], [AB(MUH, US)]),
 ("helicopter_crash_en",
  "Iranian President Ebrahim Raisi died in a helicopter crash in May, Iran said.",
  [], [AB("person:ebrahim-raisi", "country:iran")]),
 ("counterfactual_en",
  "If the United States had killed Muhandis, Iraq would have expelled its troops.",
  [], [AB(MUH, US)]),
 ("warrant_en",
  "An Iraqi court issued an arrest warrant for Donald Trump over the killing of Muhandis.",
  [], [AB(MUH, TRUMP)]),
 ("blamed_ar",
  "وحمّلت طهران إسرائيل مسؤولية اغتيال إسماعيل هنية.",
  [], [AB(HAN, ISR)]),
 ("accused_ar",
  "واتهم حزب الله واشنطن باغتيال أبو مهدي المهندس.",
  [], [AB(MUH, US)]),
 ("denied_ar",
  "ونفت إسرائيل أي علاقة لها باغتيال إسماعيل هنية.",
  [], [AB(HAN, ISR)]),
 ("crash_ar",
  "لقي الرئيس الإيراني إبراهيم رئيسي حتفه في تحطم مروحية.",
  [], [AB("person:ebrahim-raisi", "country:iran")]),
 ("list_clause_between_en",
  "An Israeli strike killed Hezbollah commander Fuad Shukr, the group said, and Hassan Nasrallah "
  "vowed revenge.",
  [AB(SHUKR, ISR)], [AB(NAS, ISR)]),
 ("orderer_negated_en",
  "A U.S. drone strike killed Qassem Soleimani near Baghdad airport, although the operation was "
  "not ordered by President Donald Trump, officials said.",
  [AB(SOL, US)], [AB(SOL, TRUMP)]),
 ("later_order_no_agent_before_en",
  "Qassem Soleimani was killed in a drone strike near Baghdad airport. The strike was ordered by "
  "President Donald Trump, Iraqi officials alleged.",
  [], [AB(SOL, TRUMP)]),
 ("also_killed_no_agent_en",
  "Qassem Soleimani was killed in a drone strike at Baghdad airport. Also killed was Abu Mahdi "
  "al-Muhandis.",
  [], [AB(MUH, US)]),
 ("killed_with_him_no_agent_ar",
  "قُتل القيادي في حركة حماس صالح العاروري في انفجار في بيروت. وقُتل معه القيادي في الحركة محمد "
  "الضيف.",
  [], [AB(DEIF, ISR)]),
 ("killing_him_no_agent_en",
  "Gunmen struck the car in which Hezbollah commander Fuad Shukr was travelling, killing him.",
  [], [AB(SHUKR, ISR)]),
 ("companion_no_agent_ar",
  "وكان سليماني ورفيقه أبو مهدي المهندس قد قُتلا في انفجار قرب مطار بغداد.",
  [], [AB(SOL, US), AB(MUH, US)]),
 ("qada_vso_no_agent_ar",
  "قضى القيادي في حركة حماس صالح العاروري بانفجار في بيروت.",
  [], [AB(AROURI, ISR)]),
 ("conditional_ar",
  "لو اغتالت الولايات المتحدة أبو مهدي المهندس لطالب العراق بانسحاب قواتها.",
  [], [AB(MUH, US)]),
 ("trump_ordered_strike_ar",
  "واستشهد قاسم سليماني بضربة أمريكية بأوامر من الرئيس دونالد ترامب.",
  [AB(SOL, US), AB(SOL, TRUMP)], []),
]


@pytest.fixture(scope="module")
def extractor():
    return RuleExtractor()


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_killing_sentence(extractor, name, text, must, must_not):
    doc = extractor.extract(text)
    assert_relations(doc, name, must, must_not)


def test_order_in_next_sentence_names_the_article_sentence(extractor):
    """The orderer found in the next sentence is evidenced by that sentence."""
    doc = extractor.extract(
        "An American drone strike killed Qassem Soleimani near Baghdad airport. The strike was "
        "ordered by President Donald Trump, the Pentagon said.")
    rel = next(r for r in doc["relations"] if r["type"] == "ASSASSINATED_BY" and
               r["target"] == TRUMP)
    assert rel["evidence"]["sentence"].startswith("The strike was ordered")
    assert rel["method"] == "rule:ordered_later"
