"""Recall of the three core relations on unseen-style news sentences (our own sentences, not
taken from any held-out set): hosts and passives with an adverb or a place before the agent,
calls that are no meeting, companions of a victim, agents stated before the strike, agents in
a relative clause, deaths "in a strike", and the negated, modal and agentless variants that
must stay unannotated.

Each case: (name, text, relations that must be found, relations that must NOT be found).
New people's ids are compared by their cross-script spelling skeleton, as ``python -m loaders
evaluate`` does.
"""

import pytest

from loaders.extract.rules import RuleExtractor
from tests.extract_support import AB, MW, SO, assert_relations

SOL, MUH = "person:qasem-soleimani", "person:abu-mahdi-al-muhandis"
QAANI, KADH = "person:esmail-qaani", "person:mustafa-al-kadhimi"
SUD, NAS = "person:mohammed-shia-al-sudani", "person:hassan-nasrallah"
TRUMP, US, ISR = "person:donald-trump", "country:united-states", "country:israel"
AMIRI, FAY = "person:hadi-al-amiri", "person:falih-al-fayyadh"
KHAZ = "person:qais-al-khazali"


CASES = [
    # ---- MET_WITH: hosts, passives with something before 'by', calls ----------------------
    ("host_welcomed_en",
     "President Joe Biden welcomed Iraqi Prime Minister Mohammed Shia al-Sudani to the White "
     "House on Monday.",
     [MW("person:joe-biden", SUD)], []),
    ("host_welcomes_present_en",
     "Lebanese Prime Minister Najib Mikati welcomes Iranian Foreign Minister Abbas Araghchi "
     "in Beirut.",
     [MW("person:najib-mikati", "person:abbas-araghchi")], []),
    ("welcomed_a_decision_en",
     "Kadhimi welcomed the decision by Hezbollah to withdraw.",
     [], [MW(KADH, "organization:hezbollah")]),
    ("passive_place_before_by_en",
     "The Iraqi premier Mustafa al-Kadhimi was received at the Pentagon by Defense Secretary "
     "Lloyd Austin on Tuesday.",
     [MW(KADH, "person:lloyd-austin")], []),
    ("passive_adverb_before_by_en",
     "Esmail Qaani, who arrived on Sunday, was received later by Hadi al-Amiri.",
     [MW(QAANI, AMIRI)], []),
    ("passive_also_aux_en",
     "Qaani was also warmly welcomed in Baghdad by Falih al-Fayyadh.",
     [MW(QAANI, FAY)], []),
    ("passive_not_received_en",
     "Qaani was not received by Kadhimi during the visit.",
     [], [MW(QAANI, KADH)]),
    ("passive_clause_break_en",
     "Qaani was received in Baghdad, where talks were hosted by Kadhimi's office.",
     [], [MW(QAANI, KADH)]),
    ("video_link_en",
     "Sudani held talks with Qais al-Khazali by video link on Monday, his office said.",
     [], [MW(SUD, KHAZ)]),
    ("phone_call_en",
     "In a phone call on Sunday, Kadhimi discussed the attacks with Hadi al-Amiri.",
     [], [MW(KADH, AMIRI)]),
    ("spoke_by_phone_en",
     "Sudani spoke by telephone with Iranian President Masoud Pezeshkian.",
     [], [MW(SUD, "person:masoud-pezeshkian")]),
    ("video_conference_ar",
     "وبحث السوداني مع الرئيس الإيراني مسعود بزشكيان عبر دائرة الفيديو التطورات في المنطقة.",
     [], [MW(SUD, "person:masoud-pezeshkian")]),
    ("phone_call_ar",
     "وأجرى الكاظمي اتصالاً هاتفياً مع هادي العامري بحث خلاله الأوضاع.",
     [], [MW(KADH, AMIRI)]),
    ("in_person_ar_still_met",
     "التقى الكاظمي هادي العامري في بغداد، بعد يوم من اتصال بينهما.",
     [], []),
    ("met_in_person_en",
     "Qaani met Amiri in Baghdad on Sunday, a day after they had spoken.",
     [MW(QAANI, AMIRI)], []),
    # ---- ASSASSINATED_BY: companions ---------------------------------------------------
    ("companion_far_along_with_en",
     "Qassem Soleimani, the commander of the Quds Force, was killed in a U.S. drone strike "
     "near Baghdad airport in January 2020, along with Abu Mahdi al-Muhandis.",
     [AB(SOL, US), AB(MUH, US)], []),
    ("companion_together_with_en",
     "Soleimani was assassinated by an American drone together with Muhandis.",
     [AB(SOL, US), AB(MUH, US)], []),
    ("companion_alongside_en",
     "Nasrallah was killed in an Israeli airstrike on Beirut alongside Abbas Nilforoushan.",
     [AB(NAS, ISR), AB("person:abbas-nilforoushan", ISR)], []),
    ("companion_agentless_en",
     "Soleimani was killed in a drone strike in Baghdad, along with Muhandis.",
     [], [AB(SOL, US), AB(MUH, US)]),
    ("companion_other_clause_en",
     "Soleimani was killed by a U.S. drone after he met Muhandis, along with Qaani's envoy.",
     [AB(SOL, US)], [AB(MUH, US)]),
    ("companion_ma_after_agent_ar",
     "وكان المهندس قد قُتل بغارة أمريكية مع قائد فيلق القدس قاسم سليماني قرب مطار بغداد.",
     [AB(MUH, US), AB(SOL, US)], []),
    ("companion_ma_before_agent_ar",
     "وقتل سليماني مع المهندس في ضربة أميركية قرب مطار بغداد الدولي.",
     [AB(SOL, US), AB(MUH, US)], []),
    ("companion_rel_clause_ar",
     "عُيّن أبو فدك خلفاً للمهندس الذي قُتل بغارة أميركية برفقة الجنرال قاسم سليماني.",
     [AB(MUH, US), AB(SOL, US)], []),
    ("companion_ila_janib_ar",
     "قُتل سليماني بضربة أمريكية إلى جانب المهندس مطلع 2020.",
     [AB(SOL, US), AB(MUH, US)], []),
    ("companion_meeting_ma_ar",
     "قُتل سليماني بضربة أمريكية بعد لقائه مع المهندس في بغداد.",
     [AB(SOL, US)], [AB(MUH, US)]),
    ("companion_agentless_ar",
     "وقُتل سليماني مع المهندس في غارة بطائرة مسيّرة قرب المطار.",
     [], [AB(SOL, US), AB(MUH, US)]),
    # ---- ASSASSINATED_BY: a strike ordered by X (Arabic relative) ----------------------
    ("ordered_biha_ar",
     "قُتل سليماني في ضربة بطائرة مسيرة أمر بها الرئيس الأمريكي دونالد ترامب.",
     [AB(SOL, TRUMP)], []),
    ("ordered_biha_companion_ar",
     "وكان المهندس قد قُتل مع سليماني في ضربة أمر بها ترامب قرب مطار بغداد.",
     [AB(MUH, TRUMP), AB(SOL, TRUMP)], []),
    ("ordered_by_en",
     "Soleimani was killed along with Muhandis in a strike ordered by Donald Trump.",
     [AB(SOL, TRUMP), AB(MUH, TRUMP)], []),
    # ---- ASSASSINATED_BY: died in a strike ---------------------------------------------
    ("qada_israeli_strike_ar",
     "انتخب نعيم قاسم أميناً عاماً خلفاً لحسن نصر الله، الذي قضى في غارة إسرائيلية على "
     "الضاحية الجنوبية.",
     [AB(NAS, ISR)], []),
    ("qada_no_agent_ar",
     "نعى الحزب حسن نصر الله الذي قضى في غارة على الضاحية الجنوبية.",
     [], [AB(NAS, ISR)]),
    ("qada_spent_ar",
     "وكان هادي العامري قد قضى سنوات في إيران قبل أن يعود إلى العراق.",
     [], []),
    ("qada_court_ar",
     "قضت محكمة أمريكية بسجن قيس الخزعلي غيابياً.",
     [], [AB(KHAZ, US)]),
    # ---- ASSASSINATED_BY: the agent stated before the strike -------------------------
    ("carried_out_strike_that_killed_ar",
     "أعلنت القيادة المركزية الأمريكية أن قواتها نفذت غارة في بغداد أسفرت عن مقتل القيادي "
     "في كتائب حزب الله أبو باقر الساعدي.",
     [AB("person:abu-baqir-al-saadi", "organization:us-central-command")], []),
    ("vso_strike_led_to_ar",
     "شنت إسرائيل غارة على الضاحية الجنوبية أدت إلى مقتل حسن نصر الله.",
     [AB(NAS, ISR)], []),
    ("strike_adj_result_ar",
     "وتسببت غارة أمريكية على موكب قرب المطار في مقتل قاسم سليماني.",
     [AB(SOL, US)], []),
    ("strike_result_agentless_ar",
     "وأسفر انفجار قرب المطار عن مقتل قاسم سليماني.",
     [], [AB(SOL, US)]),
    ("strike_result_agentless_2_ar",
     "وأعلنت مصادر أن غارة بطائرة مسيرة أسفرت عن مقتل أبو باقر الساعدي.",
     [], [AB("person:abu-baqir-al-saadi", US)]),
    ("they_struck_attack_that_killed_en",
     "Iran's Revolutionary Guards said on Monday they had struck an Israeli base in northern "
     "Iraq with missiles, an attack that killed Kurdish businessman Peshraw Dizayee.",
     [AB("person:peshraw-dizayee", "organization:irgc")], []),
    ("org_struck_attack_that_killed_en",
     "Israel struck the southern suburbs of Beirut on Friday, an attack that killed "
     "Hassan Nasrallah.",
     [AB(NAS, ISR)], []),
    ("agentless_attack_that_killed_en",
     "Gunmen opened fire on his car, an attack that killed Hisham al-Hashimi.",
     [], [AB("person:hisham-al-hashimi", "country:iraq")]),
    ("accused_struck_en",
     "Iran accused Israel of carrying out a strike, an attack that killed the scientist Mohsen "
     "Fakhrizadeh.",
     [], [AB("person:mohsen-fakhrizadeh", ISR)]),
    # ---- SUCCESSOR_OF: whose successor, participles, instead of, unnamed predecessor ------
    ("whose_successor_commas_en",
     "Protests marked the anniversary of the killing of Qassem Soleimani, whose successor, "
     "Esmail Qaani, visited Baghdad on Monday.",
     [SO(QAANI, SOL)], [SO(SOL, QAANI)]),
    ("whose_successor_no_comma_en",
     "Muhandis, whose successor Abu Fadak al-Mohammedawi rarely speaks in public, was killed "
     "in 2020.",
     [SO("person:abdul-aziz-al-muhammadawi", MUH)], []),
    ("whose_predecessor_en",
     "Sudani, whose predecessor Mustafa al-Kadhimi left Iraq in 2023, met Qaani.",
     [SO(SUD, KADH)], [SO(KADH, SUD)]),
    ("whose_successor_was_named_by_en",
     "Soleimani, whose successor was named by Ali Khamenei within hours, was buried in "
     "Kerman.",
     [], [SO("person:ali-khamenei", SOL)]),
    ("whose_son_en",
     "Soleimani, whose daughter Zeinab Soleimani spoke at the funeral, was buried in Kerman.",
     [], [SO("person:zeinab-soleimani", SOL)]),
    ("replacing_participle_descriptors_en",
     "Masoud Pezeshkian was sworn in as president on Tuesday, replacing the late hard-liner "
     "Ebrahim Raisi.",
     [SO("person:masoud-pezeshkian", "person:ebrahim-raisi")], []),
    ("succeeding_participle_en",
     "Naim Qassem was elected secretary-general on Tuesday, succeeding the slain Hassan "
     "Nasrallah.",
     [SO("person:naim-qassem", NAS)], []),
    ("in_place_of_passive_en",
     "Hadi al-Amiri was appointed commander in place of Abu Mahdi al-Muhandis.",
     [SO(AMIRI, MUH)], []),
    ("instead_of_active_en",
     "Khamenei named Esmail Qaani to lead the force instead of Qassem Soleimani's deputy.",
     [], [SO(QAANI, SOL)]),
    ("instead_of_no_appointment_en",
     "Qaani met Amiri instead of Kadhimi on Sunday.",
     [], [SO(AMIRI, KADH), SO(QAANI, KADH)]),
    ("badalan_minhu_dismissal_ar",
     "أصدر الكاظمي أمراً بإعفاء فالح الفياض من منصبه، وتعيين النائب قاسم الأعرجي مستشاراً للأمن "
     "الوطني بدلاً منه.",
     [SO("person:qasim-al-araji", FAY)], [SO(KADH, FAY)]),
    ("badalan_min_named_ar",
     "وقرر المجلس تسمية الشيخ نعيم قاسم أميناً عاماً بدلاً من حسن نصر الله.",
     [SO("person:naim-qassem", NAS)], []),
    ("badalan_minhu_no_dismissal_ar",
     "والتقى الكاظمي هادي العامري، وتعيين ممثل بدلاً منه.",
     [], [SO(AMIRI, KADH)]),
    ("badalan_no_appointment_ar",
     "وحضر العامري الاجتماع بدلاً من الفياض.",
     [], [SO(AMIRI, FAY)]),
    ("his_predecessor_unnamed_en",
     "Qassem Soleimani was killed in 2020. Iran's new Quds Force chief Esmail Qaani is seen "
     "as less charismatic than his predecessor.",
     [SO(QAANI, SOL)], []),
    ("his_predecessor_never_named_en",
     "Iran's new Quds Force chief Esmail Qaani is seen as less charismatic than his "
     "predecessor.",
     [], [SO(QAANI, SOL)]),
    ("his_predecessor_negated_en",
     "Esmail Qaani never replaced his predecessor's network, officials said.",
     [], []),
    ("salafuhu_unnamed_ar",
     "قُتل قاسم سليماني قبل عام. ويرى مراقبون أن إسماعيل قاآني أقل حضوراً من سلفه في "
     "الساحة العراقية.",
     [SO(QAANI, SOL)], []),
    ("salafuhu_never_named_ar",
     "وتولى قاآني قيادة فيلق القدس خلفا لسلفه الذي قتل بغارة.",
     [], [SO(QAANI, SOL)]),
    # ---- MET_WITH: Arabic VSO with a long titled subject and a place before the object ----
    ("vso_long_title_place_ar",
     "التقى القائد العام للحرس الثوري الإيراني اللواء حسين سلامي، في طهران أمس، رئيسَ هيئة "
     "الحشد الشعبي فالح الفياض.",
     [MW("person:hossein-salami", FAY)], []),
    ("vso_apposed_subject_place_ar",
     "استقبل رئيس الوزراء العراقي، مصطفى الكاظمي، اليوم الأحد في بغداد، قائد فيلق القدس "
     "الإيراني الجنرال إسماعيل قاآني.",
     [MW(KADH, QAANI)], []),
    ("vso_place_no_comma_ar",
     "التقى الكاظمي في طهران المرشد الإيراني علي خامنئي.",
     [], [MW(KADH, "country:iran")]),
    ("vso_negated_ar",
     "لم يلتق رئيس الوزراء العراقي مصطفى الكاظمي، في طهران أمس، المرشد علي خامنئي.",
     [], [MW(KADH, "person:ali-khamenei")]),
    # ---- MET_WITH: "received him" refers to the visitor ------------------------------
    ("received_him_visitor_two_back_ar",
     "التقى حسين سلامي في طهران رئيسَ هيئة الحشد الشعبي فالح الفياض، الذي يزور إيران على "
     "رأس وفد أمني. وأشاد سلامي بدور الحشد. واستقبله لاحقاً رئيس الأركان اللواء محمد باقري.",
     [MW(FAY, "person:mohammad-bagheri")], [MW("person:hossein-salami",
                                                "person:mohammad-bagheri")]),
    ("received_him_delegation_head_ar",
     "وصل رئيس الوزراء العراقي مصطفى الكاظمي إلى طهران على رأس وفد يضم وزير الخارجية فؤاد "
     "حسين. واستقبله الرئيس الإيراني حسن روحاني.",
     [MW(KADH, "person:hassan-rouhani")], [MW("person:fuad-hussein", "person:hassan-rouhani")]),
    ("received_him_then_met_ar",
     "وصل الكاظمي إلى طهران. واستقبله الرئيس حسن روحاني في قصر سعد آباد، قبل أن يلتقي المرشد "
     "الأعلى علي خامنئي.",
     [MW(KADH, "person:ali-khamenei"), MW(KADH, "person:hassan-rouhani")],
     [MW("person:hassan-rouhani", "person:ali-khamenei")]),
    ("received_him_then_would_meet_ar",
     "وصل الكاظمي إلى طهران. واستقبله روحاني، على أن يلتقي المرشد علي خامنئي غداً.",
     [], [MW(KADH, "person:ali-khamenei")]),
    # ---- MET_WITH: more partners after a group noun, a place or a time --------------------
    ("group_noun_then_list_en",
     "Mohammad Kawtharani met Kataib Hezbollah commanders and Asaib Ahl al-Haq leader Qais "
     "al-Khazali in March.",
     [MW("person:mohammad-kawtharani", KHAZ),
      MW("person:mohammad-kawtharani", "organization:kataib-hezbollah")], []),
    ("group_noun_and_with_en",
     "Qaani also held talks with Kataib Hezbollah commanders and with Badr Organization chief "
     "Hadi al-Amiri, the sources said.",
     [MW(QAANI, AMIRI)], []),
    ("and_later_with_en",
     "Qaani sat down with former prime minister Nouri al-Maliki at his residence and later "
     "with Fatah leader Hadi al-Amiri.",
     [MW(QAANI, "person:nouri-al-maliki"), MW(QAANI, AMIRI)], []),
    ("and_later_with_negated_en",
     "Qaani did not sit down with Nouri al-Maliki at his residence and later with Hadi "
     "al-Amiri.",
     [], [MW(QAANI, AMIRI)]),
    ("later_with_other_verb_en",
     "Qaani met Maliki at his residence and later spoke with reporters about Hadi al-Amiri.",
     [MW(QAANI, "person:nouri-al-maliki")], [MW(QAANI, AMIRI)]),
    ("ila_janib_after_place_ar",
     "وأجرى قاآني زيارة إلى بغداد، التقى خلالها السوداني في مكتبه بالقصر الحكومي، إلى جانب "
     "رئيس هيئة الحشد الشعبي فالح الفياض.",
     [MW(QAANI, SUD), MW(QAANI, FAY)], []),
    ("wa_maa_after_place_ar",
     "واجتمع قاآني بالسوداني في مكتبه ومع رئيس هيئة الحشد فالح الفياض.",
     [MW(QAANI, SUD), MW(QAANI, FAY)], []),
    ("other_clause_after_place_ar",
     "التقى قاآني السوداني في مكتبه، حيث أكد الفياض دعم الحكومة.",
     [MW(QAANI, SUD)], [MW(QAANI, FAY)]),
    # ---- MET_WITH: modality "due to", meeting nouns "session/dialogue" -----------------
    ("due_to_meet_en",
     "Qaani travelled to Beirut and had been due to meet Hassan Nasrallah when the bombing "
     "began.",
     [], [MW(QAANI, NAS)]),
    ("due_to_cause_en",
     "Due to the crisis, Qaani met Hadi al-Amiri in Baghdad on Monday.",
     [MW(QAANI, AMIRI)], []),
    ("dialogue_session_en",
     "A day earlier, Iraqi Foreign Minister Fuad Hussein held a strategic dialogue session "
     "with Secretary of State Mike Pompeo.",
     [MW("person:fuad-hussein", "person:mike-pompeo")], []),
    ("delegation_including_en",
     "Kadhimi's delegation, including Foreign Minister Fuad Hussein, held a “strategic "
     "dialogue” session with Secretary of State Mike Pompeo and Energy Secretary Dan "
     "Brouillette.",
     [MW("person:fuad-hussein", "person:mike-pompeo"),
      MW("person:fuad-hussein", "person:dan-brouillette")], []),
    ("dialogue_no_with_en",
     "Fuad Hussein said the strategic dialogue session was useful, Pompeo added.",
     [], [MW("person:fuad-hussein", "person:mike-pompeo")]),
    # ---- MET_WITH: pronoun objects and dropped subjects --------------------------------
    ("received_him_en",
     "Esmail Qaani arrived in Baghdad on Monday. Kadhimi received him at the government "
     "palace.",
     [MW(QAANI, KADH)], []),
    ("when_arrived_received_him_en",
     "When Esmail Qaani landed in Beirut, Hassan Nasrallah met him at the airport.",
     [MW(QAANI, NAS)], []),
    ("refused_to_receive_him_en",
     "Esmail Qaani arrived in Najaf. Ali al-Sistani refused to receive him.",
     [], [MW(QAANI, "person:ali-al-sistani")]),
    ("dropped_subject_coordinated_ar",
     "وصل قاآني إلى بغداد. والتقى رئيس الوزراء مصطفى الكاظمي وقادة الفصائل.",
     [MW(QAANI, KADH)], []),
    ("vso_compound_subject_object_ar",
     "والتقى الكاظمي والعامري قاآني في بغداد.",
     [MW(KADH, QAANI), MW(AMIRI, QAANI)], []),
    ("vso_plain_object_ar",
     "وصل قاآني إلى بغداد. والتقى الكاظمي هادي العامري.",
     [MW(KADH, AMIRI)], [MW(QAANI, AMIRI)]),
    # ---- SUCCESSOR_OF / ASSASSINATED_BY: more forms ------------------------------------
    ("succeeded_in_year_by_en",
     "Qaani was succeeded in 2025 by his deputy Mohammad Reza Fallahzadeh.",
     [SO("person:mohammad-reza-fallahzadeh", QAANI)], []),
    ("active_strike_ordered_by_en",
     "The United States killed Soleimani and Muhandis in a drone strike ordered by Trump.",
     [AB(SOL, US), AB(MUH, US), AB(SOL, TRUMP), AB(MUH, TRUMP)], []),
    ("on_possessive_orders_en",
     "Soleimani was killed on Trump's orders in January 2020.",
     [AB(SOL, TRUMP)], []),
    ("on_orders_agentless_en",
     "Soleimani was killed on the orders of an unknown commander.",
     [], [AB(SOL, TRUMP)]),
    # ---- ASSASSINATED_BY: the agent in a later sentence --------------------------------
    ("later_carried_out_the_strike_en",
     "A U.S. drone strike in Baghdad killed Abu Taqwa al-Saidi, a Nujaba commander. The "
     "Pentagon said U.S. forces carried out the strike in self-defence.",
     [AB("person:mushtaq-taleb-al-saidi", US)], []),
    # (session 27, kill_claim_later: a killing told without its agent takes the one that
    # "carried out the strike" next, as the writers since session 21 annotate it)
    ("later_carried_out_agentless_first_en",
     "A drone strike in Baghdad killed Abu Taqwa al-Saidi, a Nujaba commander. The Pentagon "
     "said U.S. forces carried out the strike in self-defence.",
     [AB("person:mushtaq-taleb-al-saidi", US)], []),
    ("later_denied_the_strike_en",
     "A U.S. drone strike in Baghdad killed Abu Taqwa al-Saidi. The Pentagon denied that U.S. "
     "forces carried out the strike.",
     [], [AB("person:mushtaq-taleb-al-saidi", "organization:us-armed-forces")]),
    ("later_accused_the_strike_en",
     "A U.S. drone strike in Baghdad killed Abu Taqwa al-Saidi. Iraqi officials accused Israel of "
     "having carried out the strike.",
     [], [AB("person:mushtaq-taleb-al-saidi", ISR)]),
    ("later_indefinite_strike_en",
     "A U.S. drone strike in Baghdad killed Abu Taqwa al-Saidi. Israel carried out a strike in "
     "Syria the same day.",
     [], [AB("person:mushtaq-taleb-al-saidi", ISR)]),
    ("later_ordered_not_annotated_ar",
     "اغتالت الولايات المتحدة قاسم سليماني في بغداد. وقالت وزارة الدفاع إن الرئيس دونالد "
     "ترامب أمر بتنفيذ الضربة.",
     [AB(SOL, US)], [AB(SOL, TRUMP)]),
    ("later_executed_the_strike_ar",
     "قُتل القيادي أبو باقر الساعدي بغارة أمريكية في بغداد. ونفذت القوات الأمريكية "
     "الغارة بحسب بيان للبنتاغون.",
     [AB("person:abu-baqir-al-saadi", "organization:us-armed-forces")], []),
    ("later_adopted_agentless_first_ar",  # (read since session 70: kill_claim_opening_ar)
     "قُتل العميد رضا موسوي في دمشق. وتبنت إسرائيل العملية في بيان.",
     [AB("person:reza-mousavi", ISR)], []),
    ("later_no_earlier_killing_ar",
     "التقى قاآني العامري في بغداد. ونفذت القوات الأمريكية الغارة على موقع للكتائب.",
     [], [AB(AMIRI, "organization:us-armed-forces")]),
    # ---- MET_WITH: meetings attended by, "among them", envoys of a country ---------------
    ("chaired_meeting_attended_by_en",
     "Qaani chaired a meeting attended by Hadi al-Amiri and Qais al-Khazali.",
     [MW(QAANI, AMIRI), MW(QAANI, KHAZ)], []),
    ("chaired_meeting_attended_by_ar",
     "وترأس قاآني اجتماعاً حضره هادي العامري وقيس الخزعلي.",
     [MW(QAANI, AMIRI), MW(QAANI, KHAZ)], []),
    ("meeting_took_part_ar",
     "وعقد الكاظمي اجتماعاً شارك فيه قائد فيلق القدس إسماعيل قاآني.",
     [MW(KADH, QAANI)], []),
    ("attended_funeral_not_meeting_en",
     "Hadi al-Amiri attended the funeral, which was also attended by Qais al-Khazali.",
     [], [MW(AMIRI, KHAZ)]),
    ("among_them_ar",
     "والتقى قاآني عدداً من قادة الفصائل، بينهم هادي العامري وقيس الخزعلي.",
     [MW(QAANI, AMIRI), MW(QAANI, KHAZ)], []),
    ("min_baynihim_ar",
     "واجتمع الكاظمي بقادة الفصائل، ومن بينهم قيس الخزعلي.",
     [MW(KADH, KHAZ)], []),
    ("representatives_of_countries_ar",
     "وعقد كبير المفاوضين الإيرانيين علي باقري كني اجتماعاً مع منسق الاتحاد الأوروبي إنريكي "
     "مورا، كما التقى ممثلي روسيا والصين.",
     [MW("person:ali-bagheri-kani", "person:enrique-mora"),
      MW("person:ali-bagheri-kani", "country:russia"),
      MW("person:ali-bagheri-kani", "country:china")], []),
    ("representatives_of_countries_en",
     "Iran's chief negotiator Ali Bagheri Kani also met representatives of Russia and China "
     "in Vienna.",
     [MW("person:ali-bagheri-kani", "country:russia"),
      MW("person:ali-bagheri-kani", "country:china")], []),
    ("country_without_envoys_en",
     "Iran's chief negotiator Ali Bagheri Kani met Iran-backed militia leaders and China's "
     "ambassador.",
     [], [MW("person:ali-bagheri-kani", "country:china"),
          MW("person:ali-bagheri-kani", "country:iran")]),
    ("country_without_envoys_ar",
     "والتقى الكاظمي في إيران المرشد علي خامنئي.",
     [MW(KADH, "person:ali-khamenei")], [MW(KADH, "country:iran")]),
    # ---- descriptions standing for a person named before -----------------------------
    ("the_iranian_diplomat_en",
     "Iranian Foreign Minister Abbas Araghchi arrived in Baghdad on Sunday. The Iranian "
     "diplomat met Prime Minister Mohammed Shia al-Sudani hours later.",
     [MW("person:abbas-araghchi", SUD)], []),
    ("the_iranian_diplomat_ar",
     "وصل وزير الخارجية الإيراني عباس عراقجي إلى بغداد. والتقى الدبلوماسي الإيراني رئيس "
     "الوزراء محمد شياع السوداني.",
     [MW("person:abbas-araghchi", SUD)], []),
    ("chief_negotiator_ar",
     "وترأس الوفد الإيراني نائب وزير الخارجية علي باقري كني. وعقد كبير المفاوضين الإيرانيين "
     "اجتماعاً مع منسق الاتحاد الأوروبي إنريكي مورا.",
     [MW("person:ali-bagheri-kani", "person:enrique-mora")], []),
    # ---- ASSASSINATED_BY: the strike as subject -----------------------------------------
    ("strike_subject_vso_ar",
     "قتلت غارة أمريكية سليماني والمهندس قرب مطار بغداد.",
     [AB(SOL, US), AB(MUH, US)], [AB(MUH, SOL)]),
    ("strike_subject_agentless_ar",
     "قتلت غارة بطائرة مسيرة سليماني والمهندس قرب مطار بغداد.",
     [], [AB(MUH, SOL), AB(SOL, US)]),
    ("claimed_the_life_ar",
     "وأودت الضربة الأمريكية بحياة سليماني ورفيقه المهندس.",
     [AB(SOL, US)], []),
    ("claimed_the_life_agentless_ar",
     "وأودت الضربة بحياة قاسم سليماني.",
     [], [AB(SOL, US)]),
    ("claimed_the_life_en",
     "The Israeli strike that claimed the life of Hassan Nasrallah levelled six buildings.",
     [AB(NAS, ISR)], []),
    # ---- SUCCESSOR_OF: "after his death" ------------------------------------------------
    ("took_over_after_his_death_en",
     "Esmail Qaani, Soleimani's longtime deputy, took over the Quds Force after his death.",
     [SO(QAANI, SOL)], [SO(SOL, QAANI)]),
    ("took_over_after_his_death_negated_en",
     "Esmail Qaani, Soleimani's deputy, never took over the Quds Force after his death.",
     [], [SO(QAANI, SOL)]),
    # ---- batch: carried subjects with a pronoun object, lists with qualifiers -------------
    ("haythu_istaqbalahu_ar",
     "ثم توجه بومبيو إلى أربيل، حيث استقبله رئيس حكومة إقليم كوردستان نيجيرفان بارزاني.",
     [MW("person:mike-pompeo", "person:nechirvan-barzani")], []),
    ("visit_iltaqa_fiha_ar",
     "وأجرى قاآني زيارة إلى بغداد التقى فيها رئيس الوزراء مصطفى الكاظمي.",
     [MW(QAANI, KADH)], []),
    ("list_with_former_en",
     "Before the vote, al-Sudani met with Badr Organization leader Hadi al-Amiri and former "
     "Prime Minister Nouri al-Maliki, a framework official said.",
     [MW(SUD, AMIRI), MW(SUD, "person:nouri-al-maliki")], []),
    ("list_with_late_en",
     "Qaani recalled that he had met the late Hassan Nasrallah and the late Muhandis.",
     [MW(QAANI, NAS)], []),
    ("at_the_direction_of_en",
     "Soleimani was killed in a strike carried out at the direction of President Donald Trump.",
     [AB(SOL, TRUMP)], []),
    ("hall_mahall_relative_ar",
     "ويرأس الوفد نائب وزير الخارجية علي باقري كني، الذي حلّ محلّ الوزير عباس عراقجي على "
     "رأس الفريق المفاوض.",
     [SO("person:ali-bagheri-kani", "person:abbas-araghchi")], []),
    ("hall_mahall_vso_ar",
     "وحلّ الشيخ نعيم قاسم محلّ حسن نصر الله في الأمانة العامة للحزب.",
     [SO("person:naim-qassem", NAS)], []),
    ("hall_mahall_negated_ar",
     "ولم يحلّ الشيخ نعيم قاسم محلّ حسن نصر الله بعد.",
     [], [SO("person:naim-qassem", NAS)]),
    ("took_the_place_of_en",
     "Ali Bagheri Kani, the deputy foreign minister, took the place of Abbas Araghchi as "
     "chief negotiator.",
     [SO("person:ali-bagheri-kani", "person:abbas-araghchi")], []),
    ("took_the_place_of_possessive_en",
     "Bagheri Kani took the place of Araghchi's deputy at the talks.",
     [], [SO("person:ali-bagheri-kani", "person:abbas-araghchi")]),
    # ---- batch: "بحث معه", discussion by two subjects, orders inside VSO, became after -----
    ("bahatha_maahu_ar",
     "وصل رئيس الوزراء مصطفى الكاظمي إلى طهران. وبحث معه الرئيس حسن روحاني العلاقات "
     "الثنائية.",
     [MW(KADH, "person:hassan-rouhani")], []),
    ("bahatha_maahu_topic_ar",
     "اجتمع قاآني بالأمين العام لحزب الله حسن نصر الله، وبحث معه «أوضاع الفصائل العراقية».",
     [MW(QAANI, NAS)], [MW(NAS, "organization:iran-backed-militias")]),
    ("ijtamaa_bihi_ar",
     "وصل قاآني إلى بيروت. واجتمع به الأمين العام لحزب الله حسن نصر الله.",
     [MW(QAANI, NAS)], []),
    ("discussed_two_subjects_ar",
     "بحث رئيس الوزراء الكاظمي وقائد فيلق القدس قاآني التطورات الأمنية.",
     [MW(KADH, QAANI)], []),
    ("discussed_one_subject_topic_ar",
     "بحث الكاظمي التطورات الأمنية في العراق وسوريا.",
     [], [MW(KADH, "country:iraq")]),
    ("discussed_negated_ar",
     "لم يبحث الكاظمي وقاآني أي ملفات أمنية.",
     [], [MW(KADH, QAANI)]),
    ("vso_ordered_by_between_ar",
     "اغتالت الولايات المتحدة بأمر من ترامب الجنرال قاسم سليماني.",
     [AB(SOL, US), AB(SOL, TRUMP)], [AB(TRUMP, US)]),
    ("became_commander_after_killing_ar",
     "وأصبح قاآني قائداً لفيلق القدس بعد مقتل سليماني.",
     [SO(QAANI, SOL)], []),
    ("became_stronger_after_killing_ar",
     "وأصبح قاآني أكثر حذراً بعد مقتل سليماني.",
     [], [SO(QAANI, SOL)]),
    ("vso_commander_of_forces_after_place_ar",
     "استقبل رئيس الوزراء مصطفى الكاظمي، اليوم في بغداد، قائد قوات التحالف الدولي الجنرال "
     "الأميركي كينيث ماكنزي.",
     [MW(KADH, "person:kenneth-mckenzie")],
     [MW(KADH, "organization:international-coalition")]),
    # ---- batch: meeting of X with Y, orders without agent, appointments after خلفاً لـ ----
    ("liqaa_x_bi_y_ar",
     "لقاء قاآني بالكاظمي استمر ساعة كاملة.",
     [MW(QAANI, KADH)], []),
    ("liqaa_x_maa_y_ar",
     "وتناول لقاء قاآني مع الخزعلي ملف الانسحاب.",
     [MW(QAANI, KHAZ)], []),
    ("liqaa_x_bi_place_ar",
     "لقاء قاآني ببغداد استمر ساعة.",
     [], [MW(QAANI, "location:baghdad")]),
    ("strike_that_killed_ordered_by_en",
     "The drone strike that killed Soleimani was ordered by Trump.",
     [AB(SOL, TRUMP)], []),
    ("strike_that_killed_not_ordered_en",
     "The drone strike that killed Soleimani was not ordered by Trump, the general said.",
     [], [AB(SOL, TRUMP)]),
    ("khalafan_then_appointed_ar",
     "خلفاً لسليماني، عيّن خامنئي قاآني قائداً لفيلق القدس.",
     [SO(QAANI, SOL)], [SO("person:ali-khamenei", SOL)]),
    ("khalafan_then_passive_appointed_ar",
     "خلفاً لسليماني، عُيّن قاآني قائداً لفيلق القدس.",
     [SO(QAANI, SOL)], []),
    ("leads_as_his_successor_en",
     "Naim Qassem, Nasrallah's deputy for three decades, now leads Hezbollah as his "
     "successor.",
     [SO("person:naim-qassem", NAS)], [SO(NAS, "person:naim-qassem")]),
    # ---- batch: sentence-initial meetings, "their meeting", hosted a dinner for, جمع لقاء --
    ("in_a_meeting_with_en",
     "In a meeting with Hadi al-Amiri on Sunday, Qaani urged restraint.",
     [MW(QAANI, AMIRI)], []),
    ("during_talks_with_negated_en",
     "During talks with Hadi al-Amiri, Qaani did not raise the issue, but they never met "
     "Sadr.",
     [MW(QAANI, AMIRI)], [MW(QAANI, "person:muqtada-al-sadr")]),
    ("during_their_meeting_en",
     "Qaani told Kadhimi during their meeting that Iran wanted calm.",
     [MW(QAANI, KADH)], []),
    ("their_meeting_planned_en",
     "Qaani and Kadhimi will discuss the attacks in their meeting next week.",
     [], [MW(QAANI, KADH)]),
    ("hosted_dinner_for_en",
     "Kadhimi hosted a dinner for Qaani and Amiri at his residence.",
     [MW(KADH, QAANI), MW(KADH, AMIRI)], []),
    ("hosted_a_conference_on_en",
     "Kadhimi hosted a conference on water security, Qaani said.",
     [], [MW(KADH, QAANI)]),
    ("jamaa_liqaa_thulathi_ar",
     "وجمع لقاء ثلاثي الكاظمي وقاآني والعامري في بغداد.",
     [MW(KADH, QAANI), MW(KADH, AMIRI), MW(QAANI, AMIRI)], []),
    ("named_to_succeed_him_en",
     "Khamenei named Qaani, Soleimani's deputy, to succeed him.",
     [SO(QAANI, SOL)], [SO(QAANI, "person:ali-khamenei")]),
    ("appointed_to_replace_him_en",
     "Soleimani was killed in the strike, and Khamenei appointed Esmail Qaani to replace him.",
     [SO(QAANI, SOL)], [SO(QAANI, "person:ali-khamenei")]),
]


@pytest.fixture(scope="module")
def extractor():
    return RuleExtractor()


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_core_recall_sentence(extractor, name, text, must, must_not):
    doc = extractor.extract(text)
    assert_relations(doc, name, must, must_not)


@pytest.mark.parametrize("text", [
    "والتقى قاآني قادة الفصائل",          # the text ends right after a group object
    "والتقى قاآني قادة الفصائل،",
    "التقى قاآني الكاظمي إلى",
    "Soleimani was killed in a U.S. strike along",
    "Qaani was received at",
    "وأودت الضربة الأمريكية بحياة",
    "وحلّ الشيخ نعيم قاسم محلّ",
])
def test_text_cut_after_a_cue_does_not_crash(extractor, text):
    """A rule looking one token past the end of the text gives nothing (no IndexError)."""
    doc = extractor.extract(text)
    assert isinstance(doc["relations"], list)
