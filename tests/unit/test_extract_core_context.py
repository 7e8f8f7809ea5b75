"""Core relations whose partner is a pronoun, a quotation's speaker or a sentence-initial
meeting phrase (rules of ``loaders/extract/core_context.py`` and the pronoun and agent cases
they feed in ``relations.py``). Our own sentences, in both languages; each construction has
negated, planned, remote or otherwise non-qualifying variants that must give nothing.

Each case: (name, text, relations that must be found, relations that must NOT be found).
"""

import pytest

from loaders.extract.rules import RuleExtractor
from tests.extract_support import AB, MW, SO, assert_relations

SOL, MUH = "person:qasem-soleimani", "person:abu-mahdi-al-muhandis"
QAANI, KADH = "person:esmail-qaani", "person:mustafa-al-kadhimi"
KHAZ, AMIRI = "person:qais-al-khazali", "person:hadi-al-amiri"
NAS, TRUMP = "person:hassan-nasrallah", "person:donald-trump"
US, ISR = "country:united-states", "country:israel"
NETANYAHU = "person:benjamin-netanyahu"

CASES = [
    # ---- SUCCESSOR_OF: "وخلفه (في المنصب) X" ---------------------------------------------
    ("khalafahu_same_sentence_ar",
     "قُتل سليماني في غارة أميركية قرب مطار بغداد، وخلفه في المنصب إسماعيل قاآني.",
     [SO(QAANI, SOL), AB(SOL, US)], []),
    ("khalafahu_next_sentence_ar",
     "قُتل سليماني في غارة أميركية قرب مطار بغداد. وخلفه في قيادة فيلق القدس إسماعيل قاآني.",
     [SO(QAANI, SOL)], []),
    ("khalfahu_behind_him_ar",
     "ألقى سليماني كلمة في بغداد. ووقف خلفه قاآني طوال الكلمة.",
     [], [SO(QAANI, SOL)]),
    # ---- SUCCESSOR_OF: "X succeeded / replaced him" --------------------------------------
    ("succeeded_him_after_killing_en",
     "Soleimani was killed in a U.S. strike in January 2020. Qaani, his deputy, succeeded "
     "him.",
     [SO(QAANI, SOL), AB(SOL, US)], []),
    ("replaced_him_agentless_killing_en",
     "Soleimani was killed in January 2020. Qaani replaced him days later.",
     [SO(QAANI, SOL)], []),
    ("did_not_replace_him_en",
     "Soleimani was killed in January 2020. Qaani did not replace him.",
     [], [SO(QAANI, SOL)]),
    ("may_succeed_him_en",
     "Soleimani was killed in January 2020. Qaani may succeed him.",
     [], [SO(QAANI, SOL)]),
    ("succeeded_him_two_candidates_en",
     "Khamenei praised Soleimani on Friday. Qaani succeeded him in 2020.",
     [], [SO(QAANI, "person:ali-khamenei")]),
    # ---- MET_WITH: "قال X إنه التقاه / اجتمع به" -----------------------------------------
    ("said_he_met_him_ar",
     "وصل قاآني إلى بغداد يوم الثلاثاء. وقال الخزعلي إنه التقاه في مكتبه.",
     [MW(QAANI, KHAZ)], []),
    ("confirmed_he_met_with_him_ar",
     "وصل قاآني إلى بغداد. وأكد العامري أنه اجتمع به مطولاً.",
     [MW(QAANI, AMIRI)], []),
    ("denied_he_met_him_ar",
     "وصل قاآني إلى بغداد. ونفى الخزعلي أنه التقاه.",
     [], [MW(QAANI, KHAZ)]),
    ("said_he_did_not_meet_him_ar",
     "وصل قاآني إلى بغداد. وقال الخزعلي إنه لم يلتقه.",
     [], [MW(QAANI, KHAZ)]),
    ("said_he_will_meet_him_ar",
     "وصل قاآني إلى بغداد. وقال الخزعلي إنه سيلتقيه الأسبوع المقبل.",
     [], [MW(QAANI, KHAZ)]),
    ("said_he_called_him_ar",
     "وصل قاآني إلى بغداد. وقال الخزعلي إنه اتصل به هاتفياً.",
     [], [MW(QAANI, KHAZ)]),
    # ---- MET_WITH: "خلال لقائه X، أكد Y" --------------------------------------------------
    ("during_his_meeting_first_ar",
     "وخلال لقائه رئيس الوزراء مصطفى الكاظمي في بغداد، أكد قاآني دعم إيران للعراق.",
     [MW(QAANI, KADH)], []),
    ("during_his_meeting_bi_ar",
     "وخلال اجتماعه بهادي العامري، شدد قاآني على التهدئة.",
     [MW(QAANI, AMIRI)], []),
    ("during_his_planned_meeting_ar",
     "وخلال لقائه المرتقب مع الكاظمي، سيؤكد قاآني دعم إيران.",
     [], [MW(QAANI, KADH)]),
    # ---- MET_WITH: "X was visited by Y" ---------------------------------------------------
    ("visited_by_person_en",
     "Qaani was visited by Hadi al-Amiri at his hotel.",
     [MW(QAANI, AMIRI)], []),
    ("place_visited_by_en",
     "Baghdad was visited by Qaani last week.",
     [], [MW(QAANI, "location:baghdad")]),
    ("not_visited_by_en",
     "Qaani was not visited by al-Amiri.",
     [], [MW(QAANI, AMIRI)]),
    ("will_be_visited_by_en",
     "Qaani will be visited by al-Amiri on Friday.",
     [], [MW(QAANI, AMIRI)]),
    # ---- MET_WITH: the speaker of a quotation that opens the sentence ---------------------
    ("quote_first_i_met_him_en",
     "Qaani visited Baghdad on Tuesday. \"I met him at the airport,\" al-Amiri said.",
     [MW(QAANI, AMIRI)], []),
    ("quote_first_we_met_named_en",
     "\"We met Qaani twice,\" said Hadi al-Amiri.",
     [MW(QAANI, AMIRI)], []),
    ("quote_first_did_not_meet_en",
     "Qaani visited Baghdad. \"I did not meet him,\" al-Amiri said.",
     [], [MW(QAANI, AMIRI)]),
    ("quote_first_will_meet_en",
     "Qaani visited Baghdad. \"I will meet him on Friday,\" al-Amiri said.",
     [], [MW(QAANI, AMIRI)]),
    # ---- ASSASSINATED_BY: agent as an adjective, victims are no agents, counterfactuals ----
    ("trump_ordered_strike_passive_en",
     "Soleimani was killed in a Trump-ordered strike at Baghdad airport.",
     [AB(SOL, TRUMP)], []),
    ("not_killed_in_ordered_strike_en",
     "Soleimani was not killed in a Trump-ordered strike, the report said.",
     [], [AB(SOL, TRUMP)]),
    ("strike_that_killed_also_killed_en",
     "The U.S. strike that killed Soleimani also killed al-Muhandis.",
     [AB(SOL, US), AB(MUH, US)], [AB(MUH, SOL)]),
    ("strike_no_agent_also_killed_en",
     "The drone strike that killed Soleimani also killed al-Muhandis.",
     [], [AB(MUH, SOL)]),
    ("had_killed_counterfactual_en",
     "Had the U.S. killed Soleimani, Iran would have retaliated.",
     [], [AB(SOL, US)]),
    ("if_had_killed_counterfactual_en",
     "If the U.S. had killed Soleimani, Iran would have retaliated.",
     [], [AB(SOL, US)]),
    ("also_killed_in_the_strike_ordered_by_en",
     "Hassan Nasrallah was killed in an Israeli strike on Beirut on Friday. Also killed in "
     "the strike, which officials said was ordered by Prime Minister Benjamin Netanyahu, was "
     "commander Ali Karaki.",
     [AB(NAS, ISR), AB(NAS, NETANYAHU), AB("person:ali-karaki", NETANYAHU)], []),
    ("also_killed_agentless_first_killing_en",
     "Hassan Nasrallah was killed in a strike on Beirut on Friday. Also killed in the strike, "
     "which officials said was ordered by Prime Minister Benjamin Netanyahu, was commander "
     "Ali Karaki.",
     [], [AB(NAS, NETANYAHU)]),
    # ---- ASSASSINATED_BY: "وقُتل معه X" / "Also killed was X" (the same strike) -------------
    ("killed_with_him_next_sentence_ar",
     "اغتيل حسن نصر الله بغارة إسرائيلية على الضاحية الجنوبية. وقُتل معه القياديان علي كركي "
     "وإبراهيم عقيل.",
     [AB("person:ali-karaki", ISR), AB("person:ibrahim-aqil", ISR)], []),
    ("killed_with_him_agentless_ar",
     "اغتيل حسن نصر الله بغارة على الضاحية الجنوبية. وقُتل معه القيادي علي كركي.",
     [], [AB("person:ali-karaki", ISR)]),
    ("also_killed_was_en",
     "Hassan Nasrallah was killed in an Israeli strike on Beirut. Also killed was commander "
     "Ali Karaki.",
     [AB("person:ali-karaki", ISR)], []),
    ("also_killed_was_agentless_en",
     "Hassan Nasrallah was killed in a strike on Beirut. Also killed was commander Ali "
     "Karaki.",
     [], [AB("person:ali-karaki", ISR)]),
    # ---- lists broken by an apposition -------------------------------------------------
    ("killed_x_head_of_y_and_z_en",
     "A U.S. strike killed Qassem Soleimani, head of the Quds Force, and militia commander "
     "Abu Mahdi al-Muhandis.",
     [AB(SOL, US), AB(MUH, US)], []),
    ("met_x_head_of_y_and_z_en",
     "Qaani met Hadi al-Amiri, head of the Badr Organization, and Qais al-Khazali in Baghdad.",
     [MW(QAANI, AMIRI), MW(QAANI, KHAZ)], []),
    ("met_x_head_of_y_and_z_said_en",
     "Qaani met Hadi al-Amiri, head of the Badr Organization, and Qais al-Khazali said the "
     "visit was secret.",
     [MW(QAANI, AMIRI)], [MW(QAANI, KHAZ)]),
    # ---- who ordered the strike, later in the sentence ------------------------------------
    ("adding_strike_on_the_orders_of_en",
     "A U.S. strike killed Qassem Soleimani near Baghdad airport, the Pentagon said, adding "
     "that the strike had been carried out on the orders of President Donald Trump.",
     [AB(SOL, US), AB(SOL, TRUMP)], []),
    ("adding_strike_not_on_the_orders_of_en",
     "A U.S. strike killed Qassem Soleimani near Baghdad airport, the Pentagon said, adding "
     "that the strike had not been carried out on the orders of President Donald Trump.",
     [AB(SOL, US)], [AB(SOL, TRUMP)]),
    ("direct_order_from_ar",
     "قُتل سليماني في غارة أميركية قرب مطار بغداد بأمر مباشر من الرئيس دونالد ترامب.",
     [AB(SOL, US), AB(SOL, TRUMP)], []),
    ("direct_order_from_then_president_ar",
     "قُتل سليماني في غارة أميركية بأمر مباشر من الرئيس الأميركي آنذاك دونالد ترامب.",
     [AB(SOL, TRUMP)], []),
    ("met_then_prime_minister_ar",
     "والتقى قاآني رئيس الوزراء العراقي آنذاك مصطفى الكاظمي.",
     [MW(QAANI, KADH)], []),
    # ---- "X ورفيقه Y قد قتلا": companions and the dual ------------------------------------
    ("companion_dual_killed_ar",
     "وكان سليماني ورفيقه أبو مهدي المهندس قد قتلا قرب مطار بغداد في غارة نفذتها طائرة "
     "مسيرة أميركية بأمر من الرئيس دونالد ترامب.",
     [AB(SOL, US), AB(MUH, US), AB(SOL, TRUMP), AB(MUH, TRUMP)], []),
    ("companion_dual_killed_agentless_ar",
     "وكان سليماني ونائبه قد قتلا في غارة بطائرة مسيرة قرب مطار بغداد.",
     [], [AB(SOL, US)]),
    # ---- a و-verb after a comma continues the clause's subject -----------------------------
    ("arrived_comma_then_met_list_ar",
     "وكان قاآني قد وصل إلى بيروت في الرابع من أكتوبر، والتقى رئيس مجلس النواب نبيه بري "
     "ورئيس الوزراء نجيب ميقاتي.",
     [MW(QAANI, "person:nabih-berri"), MW(QAANI, "person:najib-mikati")],
     [MW("person:nabih-berri", "person:najib-mikati")]),
    ("arrived_comma_did_not_meet_ar",
     "وصل قاآني إلى بيروت، ولم يلتق رئيس الوزراء نجيب ميقاتي.",
     [], [MW(QAANI, "person:najib-mikati")]),
    ("arrived_comma_called_ar",
     "وصل قاآني إلى بيروت، واتصل هاتفياً برئيس الوزراء نجيب ميقاتي.",
     [], [MW(QAANI, "person:najib-mikati")]),
    ("received_comma_then_own_subject_ar",
     "استقبل الكاظمي قاآني في بغداد، والتقى العامري بالخزعلي.",
     [MW(KADH, QAANI), MW(AMIRI, KHAZ)], [MW(QAANI, AMIRI), MW(KADH, AMIRI)]),
    # ---- English relative clauses and appositions --------------------------------------
    ("received_x_the_general_who_succeeded_en",
     "Kadhimi received Qaani, the Iranian general who succeeded Qassem Soleimani at the helm "
     "of the Quds Force, in Baghdad on Sunday.",
     [MW(KADH, QAANI), SO(QAANI, SOL)], [MW(KADH, SOL)]),
    ("received_x_the_general_who_met_en",
     "Kadhimi received Qaani, the Iranian general who often met Soleimani, in Baghdad.",
     [MW(KADH, QAANI)], [MW(KADH, SOL)]),
    ("long_relative_clause_subject_en",
     "Qaani, who took over the Quds Force after Qassem Soleimani was killed by a U.S. drone "
     "in January 2020 near the airport of Baghdad, also met former prime minister Nouri "
     "al-Maliki.",
     [MW(QAANI, "person:nouri-al-maliki")], [MW(SOL, "person:nouri-al-maliki")]),
    ("list_and_the_title_en",
     "Qaani met Nouri al-Maliki and the deputy commander of the Joint Operations Command, "
     "Lt. Gen. Qais al-Muhammadawi.",
     [MW(QAANI, "person:nouri-al-maliki"), MW(QAANI, "person:qais-al-muhammadawi")], []),
    # ---- passives with a time phrase, long appositions, "and his counterpart Y" ----------
    ("replaced_months_later_by_en",
     "Shamkhani was replaced months later by Ali Akbar Ahmadian.",
     [SO("person:ali-akbar-ahmadian", "person:ali-shamkhani")], []),
    ("not_replaced_months_later_by_en",
     "Shamkhani was not replaced months later by Ali Akbar Ahmadian.",
     [], [SO("person:ali-akbar-ahmadian", "person:ali-shamkhani")]),
    ("killed_x_long_apposition_and_deputy_en",
     "Israeli air strikes on the consulate killed General Mohammad Reza Zahedi, a senior Quds "
     "Force commander in charge of Syria and Lebanon, and his deputy Mohammad Hadi Haji "
     "Rahimi.",
     [AB("person:mohammad-reza-zahedi", ISR), AB("person:mohammad-hadi-haji-rahimi", ISR)],
     []),
    ("met_x_and_his_counterpart_y_en",
     "Qaani flew to Damascus, where he met President Bashar al-Assad and his Syrian "
     "counterpart Faisal Mekdad.",
     [MW(QAANI, "person:bashar-al-assad"), MW(QAANI, "person:faisal-mekdad")], []),
    # ---- "الأخير" / "the latter"; the arrival's subject as the pronoun's antecedent -------
    ("the_latter_met_ar",
     "ولم يعلن عن لقاء بين قاآني ووزير الخارجية السوري فيصل المقداد، بينما أفادت مصادر بأن "
     "الأخير التقى السفير الإيراني حسين أكبري.",
     [MW("person:faisal-mekdad", "person:hossein-akbari")],
     [MW(QAANI, "person:hossein-akbari"), MW(QAANI, "person:faisal-mekdad")]),
    ("the_latter_met_after_country_ar",
     "ولم يعلن عن لقاء بين قاآني والوزير فيصل المقداد، بينما أفادت مصادر سورية بأن الأخير "
     "التقى السفير الإيراني حسين أكبري.",
     [MW("person:faisal-mekdad", "person:hossein-akbari")],
     [MW(QAANI, "person:hossein-akbari"), MW(QAANI, "person:faisal-mekdad")]),
    ("the_latter_met_en",
     "Qaani met Kadhimi in Baghdad. The latter later met Hadi al-Amiri.",
     [MW(QAANI, KADH), MW(KADH, AMIRI)], [MW(QAANI, AMIRI)]),
    ("arrived_heading_delegation_received_him_ar",
     "ووصل قاآني إلى بغداد على رأس وفد ضم مساعده هادي العامري، واستقبله رئيس الوزراء مصطفى "
     "الكاظمي فور وصوله.",
     [MW(QAANI, KADH)], [MW(AMIRI, KADH)]),
    ("comma_then_met_bi_title_ar",
     "زار قاآني دمشق الأسبوع الماضي، واجتمع بالرئيس السوري بشار الأسد، بعد أيام من اغتيال "
     "المستشار رضي موسوي بغارة إسرائيلية.",
     [MW(QAANI, "person:bashar-al-assad"), AB("person:razi-mousavi", ISR)],
     [MW("person:bashar-al-assad", "person:razi-mousavi")]),
    # ---- "met Y's son / successor (, X)": the object is not Y ------------------------------
    ("met_possessed_unnamed_en",
     "Kadhimi met Soleimani's son in Baghdad.",
     [], [MW(KADH, SOL)]),
    ("met_possessed_apposition_en",
     "Kadhimi met Soleimani's son, Hassan Nasrallah, in Baghdad.",
     [MW(KADH, NAS)], [MW(KADH, SOL)]),
    ("met_possessed_successor_en",
     "Kadhimi met Soleimani's successor in Baghdad.",
     [], [MW(KADH, SOL), SO(KADH, SOL)]),
    # ---- a delegation headed by Y, plans with "على أن", names set off by commas -----------
    ("received_in_place_delegation_headed_by_ar",
     "وعلى هامش المراسم، استقبل الكاظمي في بغداد وفداً إيرانياً برئاسة قائد فيلق القدس "
     "إسماعيل قاآني.",
     [MW(KADH, QAANI)], []),
    ("received_in_place_delegation_no_head_ar",
     "واستقبل الكاظمي في بغداد وفداً إيرانياً، والتقى العامري لاحقاً.",
     [MW(KADH, AMIRI)], [MW(KADH, "location:baghdad")]),
    ("visit_on_condition_meets_planned_ar",
     "ومن المقرر أن يزور الكاظمي طهران في يناير المقبل، على أن يلتقي المرشد علي خامنئي.",
     [], [MW(KADH, "person:ali-khamenei")]),
    ("stressed_that_met_past_ar",
     "وأكد العامري على أن قاآني التقى الكاظمي.",
     [MW(QAANI, KADH)], []),
    ("predecessor_comma_name_comma_met_en",
     "Biden hosted al-Sudani, the first such visit since his predecessor, Mustafa al-Kadhimi, "
     "met Biden in the Oval Office.",
     [MW("person:joe-biden", "person:mohammed-shia-al-sudani"),
      MW("person:joe-biden", KADH)], [MW("person:mohammed-shia-al-sudani", KADH)]),
    ("list_comma_met_en",
     "Qaani, Kadhimi, and Amiri met in Baghdad.",
     [MW(QAANI, KADH), MW(QAANI, AMIRI)], []),
    # ---- "with X meeting Y", "X, meeting Y,", "met the Iranian delegation" -----------------
    ("with_x_meeting_envoys_of_countries_en",
     "Talks resumed in Vienna on Monday, with Iran's new chief negotiator Ali Bagheri Kani "
     "meeting envoys of Britain, France and China.",
     [MW("country:france", "person:ali-bagheri-kani"),
      MW("country:china", "person:ali-bagheri-kani")], []),
    ("x_comma_meeting_y_en",
     "Qaani, meeting Kadhimi in Baghdad, urged calm.",
     [MW(QAANI, KADH)], []),
    ("x_meeting_y_would_en",
     "Qaani meeting Kadhimi would be a mistake.",
     [], [MW(QAANI, KADH)]),
    ("x_was_not_meeting_y_en",
     "Qaani was not meeting Kadhimi, the office said.",
     [], [MW(QAANI, KADH)]),
    ("met_the_iranian_delegation_en",
     "Mikhail Ulyanov said he had met the Iranian delegation on Sunday.",
     [MW("country:iran", "person:mikhail-ulyanov")], []),
    ("did_not_meet_the_iranian_delegation_en",
     "Mikhail Ulyanov did not meet the Iranian delegation.",
     [], [MW("country:iran", "person:mikhail-ulyanov")]),
    ("met_own_delegation_en",
     "Abbas Araghchi met the Iranian delegation.",
     [], [MW("country:iran", "person:abbas-araghchi")]),
    # ---- "الراحل" = the person the text said was killed -----------------------------------
    ("the_deceased_had_met_ar",
     "اغتال مسلحون مجهولون الباحث هشام الهاشمي أمام منزله. وكان الراحل قد التقى الكاظمي قبل "
     "أسابيع.",
     [MW("person:hisham-al-hashimi", KADH)], []),
    ("the_deceased_no_killing_ar",
     "وصل قاآني إلى بغداد. وكان الراحل قد التقى الكاظمي قبل أسابيع.",
     [], [MW(QAANI, KADH)]),
    # ---- a visit paid to a person is a meeting ------------------------------------------
    ("paid_a_visit_to_person_en",
     "Qaani paid a visit to Kadhimi at his office.",
     [MW(QAANI, KADH)], []),
    ("visited_person_en",
     "Qaani, who visited Kadhimi in Baghdad, left on Monday.",
     [MW(QAANI, KADH)], []),
    ("visited_place_en",
     "Qaani visited Baghdad on Monday.",
     [], [MW(QAANI, "location:baghdad")]),
    ("visited_persons_office_en",
     "Qaani visited Kadhimi's office.",
     [], [MW(QAANI, KADH)]),
    ("will_visit_person_en",
     "Qaani will visit Kadhimi next week.",
     [], [MW(QAANI, KADH)]),
    ("zara_person_vso_ar",
     "وزار قاآني الكاظمي في مكتبه.",
     [MW(QAANI, KADH)], []),
    ("zara_person_svo_ar",
     "قاآني زار الكاظمي في مكتبه.",
     [MW(QAANI, KADH)], []),
    ("zara_shrine_of_person_ar",
     "وزار قاآني ضريح سليماني.",
     [], [MW(QAANI, SOL)]),
    ("lam_yazur_person_ar",
     "ولم يزر قاآني الكاظمي.",
     [], [MW(QAANI, KADH)]),
    ("sayazur_person_ar",
     "وسيزور قاآني الكاظمي.",
     [], [MW(QAANI, KADH)]),
    # ---- "was received by X and later by Y" ---------------------------------------------
    ("received_by_x_and_later_by_y_en",
     "Qaani, who arrived on Monday, was received by Kadhimi and later by Amiri.",
     [MW(QAANI, KADH), MW(QAANI, AMIRI)], []),
    ("received_by_x_and_by_ys_aides_en",
     "Qaani was received by Kadhimi and by Amiri's aides.",
     [MW(QAANI, KADH)], [MW(QAANI, AMIRI)]),
    # ---- "قال X إن Y التقاه": the pronoun is the speaker ---------------------------------
    ("said_y_met_him_speaker_ar",
     "وقال نصر الله في كلمة متلفزة إن سليماني التقاه مرات عدة.",
     [MW(NAS, SOL)], []),
    ("said_y_did_not_meet_him_ar",
     "وقال نصر الله إن سليماني لم يلتقه.",
     [], [MW(NAS, SOL)]),
    # ---- "استقبل X الضيفَ الإيراني": the guest is the visitor / protagonist --------------
    ("received_the_guest_visitor_ar",
     "وصل قاآني إلى بغداد. واستقبل العامري الضيف الإيراني في منزله.",
     [MW(QAANI, AMIRI)], []),
    ("received_the_guest_protagonist_ar",
     "وأوضح المصدر أن قاآني حث الفصائل على وقف الهجمات. كما استقبل هادي العامري الضيفَ "
     "الإيراني في منزله.",
     [MW(QAANI, AMIRI)], []),
    ("received_the_guest_not_the_killed_ar",
     "قُتل سليماني في غارة أميركية. واستقبل العامري الضيف الإيراني في منزله.",
     [], [MW(SOL, AMIRI)]),
    ("did_not_receive_the_guest_ar",
     "وصل قاآني إلى بغداد. ولم يستقبل العامري الضيف الإيراني.",
     [], [MW(QAANI, AMIRI)]),
    # ---- "named Y's deputy, X, to replace him" -------------------------------------------
    ("named_deputy_apposition_to_replace_him_en",
     "Soleimani was killed in a U.S. strike. Khamenei named Soleimani's deputy, Esmail "
     "Qaani, to replace him.",
     [SO(QAANI, SOL)], [SO(SOL, "person:ali-khamenei"), SO(QAANI, "person:ali-khamenei")]),
]


@pytest.fixture(scope="module")
def extractor():
    return RuleExtractor()


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_context_sentence(extractor, name, text, must, must_not):
    doc = extractor.extract(text)
    assert_relations(doc, name, must, must_not)


@pytest.mark.parametrize("text", [
    "وخلفه", "وخلفه في", "وخلفه في المنصب", "قال الخزعلي إنه التقاه", "وخلال لقائه",
    "وخلال لقائه الكاظمي", "Qaani was visited by", "\"I met him,\"", "\"I met him,\" said",
    "a Trump-", "Had the U.S. killed", "Qaani succeeded him", "Qaani met Amiri,",
    "Qaani met Amiri, head", "وقتل معه", "Also killed was", "Soleimani was killed. Also killed was",
])
def test_context_rules_at_end_of_text(extractor, text):
    """A text ending right after a cue: no rule looks past the last token."""
    for t in (text, "قاآني " + text, "Qaani " + text):
        assert isinstance(extractor.extract(t)["relations"], list)
