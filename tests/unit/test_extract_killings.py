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
  [AB(SAADI, "country:united-states")], [AB(SAADI, USAF)]),
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
 # ---- more forms: nominal agents, reduced relatives, 'its forces', blame ----
 ("washington_killed_en", "Washington killed Qassem Soleimani in a drone strike in January 2020.", [AB(SOL, US)], []),
 ("us_assassinated_en", "The United States assassinated Qassem Soleimani in Baghdad.", [AB(SOL, US)], []),
 ("poss_assassination_by_en", "Iraqis marked the anniversary of Soleimani's assassination by the United States.", [AB(SOL, US)], []),
 ("us_assassination_of_en", "Iraqis marked the anniversary of the U.S. assassination of Qassem Soleimani.", [AB(SOL, US)], []),
 ("israels_assassination_of_en", "Hamas condemned Israel's assassination of Ismail Haniyeh.", [AB(HAN, ISR)], []),
 ("reduced_rel_en", "Hassan Nasrallah, killed by an Israeli strike in September, was buried in Beirut.", [AB(NAS, ISR)], []),
 ("warplanes_en", "Israeli warplanes killed Hezbollah commander Fuad Shukr in Beirut.", [AB(SHUKR, ISR)], []),
 ("died_us_strike_en", "Abu Baqir al-Saadi died in a U.S. drone strike in Baghdad.", [AB(SAADI, US)], []),
 ("among_those_killed_en", "Hezbollah commander Fuad Shukr was among those killed in an Israeli strike on Beirut.", [AB(SHUKR, ISR)], []),
 ("drone_killed_two_en", "An Israeli drone killed Hezbollah commander Fuad Shukr and Hamas military chief Mohammed Deif.", [AB(SHUKR, ISR), AB(DEIF, ISR)], []),
 ("idf_eliminated_en", "The IDF said it had eliminated Hamas military chief Mohammed Deif.", [AB(DEIF, IDF)], []),
 ("israeli_military_announced_en", "The Israeli military announced it had killed Hashem Safieddine, Hezbollah's executive council head.", [AB(SAFI, IDF)], []),
 ("us_military_said_en", "The U.S. military said it killed Kataib Hezbollah commander Abu Baqir al-Saadi in a strike in Baghdad.", [AB(SAADI, USAF)], []),
 ("its_forces_killed_en", "Israel's military said its forces killed Hamas military chief Mohammed Deif in Khan Younis.", [AB(DEIF, IDF)], []),
 ("trump_said_ordered_en", "Trump said he ordered the strike that killed Qassem Soleimani.", [AB(SOL, TRUMP)], []),
 ("killing_by_israel_en", "Hezbollah vowed to avenge Nasrallah's killing by Israel.", [AB(NAS, ISR)], []),
 ("never_confirmed_en", "Israel has never confirmed that it killed Ismail Haniyeh.", [], [AB(HAN, ISR)]),
 ("behind_killing_en", "Iran said Israel was behind the killing of Ismail Haniyeh.", [], [AB(HAN, ISR)]),
 ("did_not_claim_en", "Israel did not claim responsibility for the strike that killed Fuad Shukr.", [], [AB(SHUKR, ISR)]),
 ("vowed_revenge_en", "Iran vowed revenge for the killing of Soleimani, blaming the United States.", [], [AB(SOL, US)]),
 ("title_quds_commander_en", "Qassem Soleimani landed in Baghdad from Damascus. Minutes later, a U.S. drone strike killed the Quds Force commander and his Iraqi host.", [AB(SOL, US)], [AB("person:esmail-qaani", US)]),
 # Arabic
 ("strike_subject_ar", "قتلت غارة إسرائيلية القيادي في حزب الله فؤاد شكر في الضاحية الجنوبية.", [AB(SHUKR, ISR)], []),
 ("result_ar", "أدت غارة أمريكية إلى مقتل القيادي في كتائب حزب الله أبو باقر الساعدي.", [AB(SAADI, US)], []),
 ("drone_assassinated_ar", "اغتالت طائرة مسيرة أمريكية القيادي في كتائب حزب الله أبو باقر الساعدي في بغداد.", [AB(SAADI, US)], []),
 ("qada_targeted_ar", "قضى الأمين العام لحزب الله حسن نصر الله في غارة إسرائيلية استهدفت مقر الحزب.", [AB(NAS, ISR)], []),
 ("us_army_announced_ar", "أعلن الجيش الأمريكي أنه قتل القيادي في كتائب حزب الله أبو باقر الساعدي في بغداد.", [AB(SAADI, USAF)], []),
 ("us_forces_killed_ar", "قتلت القوات الأمريكية القيادي في كتائب حزب الله أبو باقر الساعدي.", [AB(SAADI, USAF)], []),
 ("martyr_whom_us_ar", "وأحيا أنصاره ذكرى الشهيد قاسم سليماني الذي اغتالته الولايات المتحدة.", [AB(SOL, US)], []),
 ("rel_killed_strike_ar", "وخلف قاآني قاسم سليماني، الذي قتل بضربة أميركية عام 2020.", [AB(SOL, US)], []),
 ("ightiyal_israel_li_ar", "ودان الحزب اغتيال إسرائيل لإسماعيل هنية في طهران.", [AB(HAN, ISR)], []),
 ("ightiyal_us_ar", "وتحل ذكرى اغتيال الولايات المتحدة قاسم سليماني.", [AB(SOL, US)], []),
 ("quwwatuhu_ar", "أكد الجيش الإسرائيلي، مساء الخميس، أن قواته قتلت القائد العسكري لحركة حماس محمد الضيف.", [AB(DEIF, IDF)], []),
 ("istushhida_bighara_ar", "استشهد القيادي في حزب الله فؤاد شكر بغارة إسرائيلية على الضاحية.", [AB(SHUKR, ISR)], []),
 ("khalifa_killed_ar", "قتل سليماني في بغداد. وبعد أسابيع زار خليفة سليماني بغداد.", [], [AB("person:esmail-qaani", US)]),
 # negatives ar
 ("vowed_ar", "وتوعد حزب الله بالرد على اغتيال حسن نصر الله.", [], [AB(NAS, ISR)]),
 ("accused_kill_ar", "اتهمت إيران إسرائيل بقتل إسماعيل هنية في طهران.", [], [AB(HAN, ISR)]),
 ("denied_ar2", "ونفت واشنطن أن تكون قد قتلت أبو باقر الساعدي.", [], [AB(SAADI, US)]),
 ("no_agent_ar", "واغتيل إسماعيل هنية في مقر إقامته في طهران.", [], [AB(HAN, ISR)]),
 ("crash_ar2", "وقُتل الرئيس الإيراني إبراهيم رئيسي في تحطم مروحية في أذربيجان الشرقية.", [], [AB("person:ebrahim-raisi", "country:iran")]),
 # ---- fire of, strike relatives, whom, claimed responsibility; negatives ----
 ("list_before_agent_ar", "اغتيل قاسم سليماني وأبو مهدي المهندس بضربة أمريكية قرب مطار بغداد.", [AB(SOL, US), AB(MUH, US)], []),
 ("def_strike_result_ar", "وأسفرت الغارة الإسرائيلية عن مقتل القيادي في حزب الله فؤاد شكر.", [AB(SHUKR, ISR)], []),
 ("rel_shannatha_ar", "وقُتل القيادي في حزب الله فؤاد شكر في غارة شنتها طائرات إسرائيلية على الضاحية.", [AB(SHUKR, ISR)], []),
 ("binayran_ar", "وقُتل أبو باقر الساعدي بنيران القوات الأمريكية في بغداد.", [AB(SAADI, USAF)], []),
 ("ightalathu_tayyara_ar", "وكان فؤاد شكر قد اغتالته طائرة إسرائيلية مسيرة في الضاحية.", [AB(SHUKR, ISR)], []),
 ("rel_strike_order_ar", "ويحيي العراقيون ذكرى المهندس الذي اغتيل بضربة أمريكية بأمر من ترامب.", [AB(MUH, US), AB(MUH, TRUMP)], []),
 ("carried_strike_killed_ar", "نفذت الولايات المتحدة ضربة قتلت القيادي في كتائب حزب الله أبو باقر الساعدي.", [AB(SAADI, US)], []),
 ("awdat_bihayat_ar", "وتعهد الحزب بالرد على الضربة الأمريكية التي أودت بحياة أبو مهدي المهندس.", [AB(MUH, US)], []),
 ("strike_that_killed_ar", "ووصف الحشد الضربة الأميركية التي قتلت أبو باقر الساعدي بأنها اعتداء.", [AB(SAADI, US)], []),
 ("ightiyal_title_ar", "وتحل ذكرى اغتيال قائد فيلق القدس قاسم سليماني بغارة أمريكية قرب المطار.", [AB(SOL, US)], []),
 ("maqtal_ar", "وأكد الحزب مقتل فؤاد شكر بغارة إسرائيلية.", [AB(SHUKR, ISR)], []),
 ("adopted_ar", "وتبنت إسرائيل اغتيال القيادي في حزب الله فؤاد شكر.", [AB(SHUKR, ISR)], []),
 ("admitted_ar", "وأقر وزير الدفاع الإسرائيلي يسرائيل كاتس بأن إسرائيل اغتالت إسماعيل هنية.", [AB(HAN, ISR)], []),
 ("claimed_resp_en", "Israel claimed responsibility for killing Hezbollah commander Fuad Shukr.", [AB(SHUKR, ISR)], []),
 ("confirmed_en", "Israel confirmed it killed Hamas military chief Mohammed Deif.", [AB(DEIF, ISR)], []),
 ("pair_were_killed_en", "Soleimani and Muhandis were killed in a U.S. strike near Baghdad airport.", [AB(SOL, US), AB(MUH, US)], []),
 ("when_drone_struck_en", "Soleimani was killed along with Muhandis when a U.S. drone struck their convoy.", [AB(SOL, US), AB(MUH, US)], []),
 ("strike_that_killed_also_en", "The U.S. strike that killed Soleimani also killed Muhandis.", [AB(SOL, US), AB(MUH, US)], []),
 ("drone_ordered_by_killed_en", "A drone strike ordered by Trump killed Soleimani in January 2020.", [AB(SOL, TRUMP)], [AB(SOL, US)]),
 ("whom_us_killed_en", "Soleimani, whom the United States killed in 2020, was buried in Kerman.", [AB(SOL, US)], []),
 ("assassination_in_us_strike_en", "Iraq's parliament voted days after the assassination of Soleimani in a U.S. strike.", [AB(SOL, US)], []),
 ("assassinated_ordered_en", "Soleimani was assassinated in a U.S. drone strike ordered by President Donald Trump.", [AB(SOL, US), AB(SOL, TRUMP)], []),
 ("which_killed_en", "A U.S. drone strike, which killed Soleimani and Muhandis, stunned Baghdad.", [AB(SOL, US), AB(MUH, US)], []),
 ("israel_killed_end_said_en", "Israel killed Hezbollah commander Fuad Shukr in a strike on Beirut, the Israeli military said.", [AB(SHUKR, ISR)], []),
 ("after_killed_by_en", "Naim Qassem took over after Hassan Nasrallah was killed by Israel in September.", [AB(NAS, ISR)], []),
 ("killed_by_israeli_forces_en", "Hamas leader Yahya Sinwar was killed by Israeli forces in Rafah.", [AB("person:yahya-sinwar", IDF)], []),
 ("in_killing_of_en", "Iraq issued a warrant for Trump's arrest over his role in the killing of Muhandis.", [], [AB(MUH, TRUMP)]),
 ("iran_says_killed_en", "Iran says the United States killed Soleimani illegally.", [AB(SOL, US)], []),
 ("neg_did_not_kill_en", "Washington did not kill Muhandis, the Pentagon insisted.", [], [AB(MUH, US)]),
 ("neg_ar_lam", "ولم تقتل إسرائيل هنية، بحسب مسؤول إسرائيلي.", [], [AB(HAN, ISR)]),
 ("binayran_unknown_ar", "وقُتل أبو باقر الساعدي بنيران مسلحين مجهولين في بغداد.", [], [AB(SAADI, US), AB(SAADI, "country:iraq")]),
 ("ightalathu_no_nat_ar", "وكان فؤاد شكر قد اغتالته طائرة مسيرة في الضاحية.", [], [AB(SHUKR, ISR)]),
 ("strike_that_killed_no_nat_ar", "ووصف الحشد الضربة التي قتلت أبو باقر الساعدي بأنها اعتداء أمريكي.", [], [AB(SAADI, US)]),
 ("whom_met_en", "Muhandis, whom Qaani met often, was killed in a drone strike.", [], [AB(MUH, "person:esmail-qaani")]),
 ("no_group_claimed_en", "No group claimed responsibility for the killing of Hezbollah commander Fuad Shukr.", [], [AB(SHUKR, "organization:hezbollah")]),
 ("not_claimed_en", "Israel has not claimed responsibility for killing Ismail Haniyeh.", [], [AB(HAN, ISR)]),
 # ---- lists before a passive, slain by, relative passives; threats and attempts ----
 ("killed_us_strike_list_title_en", "Abu Mahdi al-Muhandis, the deputy chief of the PMF, and Quds Force commander Qassem Soleimani were killed in a U.S. drone strike in 2020.", [AB(SOL, US), AB(MUH, US)], []),
 ("us_carried_out_en", "The United States carried out the strike that killed Soleimani.", [AB(SOL, US)], []),
 ("slain_by_en", "Hezbollah leader Hassan Nasrallah, slain by Israel last year, was buried in February.", [AB(NAS, ISR)], []),
 ("killed_in_israeli_airstrikes_list_en", "Hassan Nasrallah and Hashem Safieddine were both killed in Israeli airstrikes in 2024.", [AB(NAS, ISR), AB(SAFI, ISR)], []),
 ("trump_killed_en", "Trump killed Soleimani, Iranian officials said, vowing revenge.", [AB(SOL, TRUMP)], []),
 ("ar_israel_ightalat_list", "اغتالت إسرائيل حسن نصر الله وهاشم صفي الدين في غارات على الضاحية.", [AB(NAS, ISR), AB(SAFI, ISR)], []),
 ("ar_idf_title_victim", "وأعلن الجيش الإسرائيلي أنه اغتال قائد الوحدة الجوية في حزب الله محمد سرور.", [AB("person:mohammed-srour", IDF)], []),
 ("ar_strike_ordered_netanyahu", "وقال مكتب نتنياهو إن رئيس الوزراء بنيامين نتنياهو أمر بتنفيذ الغارة التي قتلت حسن نصر الله.", [AB(NAS, NET)], []),
 ("ar_maqtalihi_bighara", "وخلف نعيم قاسم حسن نصر الله بعد مقتله بغارة إسرائيلية.", [AB(NAS, ISR)], []),
 ("ar_rel_qutila_ala_yad_us", "وشارك في التشييع أنصار المهندس الذي قتل على يد القوات الأمريكية.", [AB(MUH, USAF)], []),
 ("ar_negative_planned", "وتخطط إسرائيل لاغتيال القيادي في حماس محمد الضيف.", [], [AB(DEIF, ISR)]),
 ("ar_negative_threat", "وهددت إسرائيل باغتيال الأمين العام لحزب الله نعيم قاسم.", [], [AB("person:naim-qassem", ISR)]),
 ("en_negative_threat", "Israel threatened to kill Hezbollah leader Naim Qassem.", [], [AB("person:naim-qassem", ISR)]),
 ("en_negative_attempt", "Israel tried to kill Hamas military chief Mohammed Deif several times.", [], [AB(DEIF, ISR)]),
 ("en_negative_survived", "Mohammed Deif survived an Israeli strike in 2014.", [], [AB(DEIF, ISR)]),
 ("killed_by_strike_that_trump_ordered_en",
  "Soleimani was killed by a drone strike that Trump ordered.",
  [AB(SOL, TRUMP)], [AB(SOL, US)]),
 ("killed_in_strike_inquiry_ordered_en",
  "Soleimani was killed in a drone strike, and Iraq ordered an inquiry.",
  [], [AB(SOL, "country:iraq")]),
 ("killed_strike_not_ordered_by_en",
  "Soleimani was killed in a drone strike that was not ordered by Trump, officials claimed.",
  [], [AB(SOL, TRUMP)]),
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
