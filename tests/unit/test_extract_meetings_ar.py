"""Arabic MET_WITH constructions (``loaders/extract/meetings_ar.py`` and the base rules):
delegations headed by / including someone, object pronouns with the subject after an
adverbial, "قبل أن يلتقي Y ... ثم Z", named members of a group object, and what is no
meeting (uncertain, planned, denied, by phone, a body in a title). Our own sentences, each
construction in several word orders, clitics and spellings, with negative variants.

Each case: (name, text, relations that must be found, relations that must NOT be found).
"""

import pytest

from loaders.extract.rules import RuleExtractor
from tests.extract_support import MW, assert_relations

QAANI, KADH = "person:esmail-qaani", "person:mustafa-al-kadhimi"
SUD, ARAJI = "person:mohammed-shia-al-sudani", "person:qassim-al-araji"
HAYYA, HAMAS = "person:khalil-al-hayya", "organization:hamas"
HEZ, NQ, SAFA = "organization:hezbollah", "person:naim-qassem", "person:wafiq-safa"
LARI, AMANI = "person:ali-larijani", "person:mojtaba-amani"
BERRI, SALAM = "person:nabih-berri", "person:nawaf-salam"
ARAGH, FUAD = "person:abbas-araghchi", "person:fuad-hussein"
RASHID, ASSAD = "person:abdul-latif-rashid", "person:bashar-al-assad"
FAYY, KHAZ, KAABI = "person:falih-al-fayyadh", "person:qais-al-khazali", "person:akram-al-kaabi"
AMIRI, SADR = "person:hadi-al-amiri", "person:muqtada-al-sadr"
NAKH, PIJ = "person:ziyad-al-nakhalah", "organization:palestinian-islamic-jihad"
MASJ, IRGC = "person:iraj-masjedi", "organization:irgc"
ERDO, WITK = "person:recep-tayyip-erdogan", "person:steve-witkoff"
BUSAIDI, HALB = "person:badr-albusaidi", "person:mohammed-al-halbousi"
KHAM, SOL = "person:ali-khamenei", "person:qasem-soleimani"
FRAME, JAOUN = "organization:coordination-framework", "person:joseph-aoun"
KH = "organization:kataib-hezbollah"
RAVANCHI, MALIKI = "person:majid-takht-ravanchi", "person:nouri-al-maliki"

CASES = [
    # ---- a delegation as the object: its head, members and the body it comes from --------
    ("delegation_object_headed_vso_ar",
     "التقى رئيس الوزراء محمد شياع السوداني، الأحد في بغداد، وفداً من حركة حماس برئاسة "
     "القيادي في الحركة خليل الحية.",
     # (session 62, pool62: the named head met the host, not his body: dev gold 18 folders
     # to 6, both languages)
     [MW(SUD, HAYYA)], [MW(SUD, HAMAS)]),
    ("delegation_object_headed_harakat_ar",
     "استقبلَ الكاظمي في مكتبه وفداً إيرانياً رفيعاً يرأسه علي لاريجاني.",
     [MW(KADH, LARI)], []),
    ("delegation_object_including_svo_ar",
     "وكان رئيس مجلس النواب نبيه بري قد استقبل وفداً من حزب الله يضم نعيم قاسم ووفيق صفا.",
     # (session 45, compdeleg: the members of a delegation with no head met each other, as
     # the newest dev writers pair them: arJL4, arJO6, arLB5, arLE3)
     [MW(BERRI, NQ), MW(BERRI, SAFA), MW(NQ, SAFA)], [MW(BERRI, HEZ)]),  # (s62: no body)
    ("delegation_object_with_clitic_ar",
     "واجتمع عراقجي في طهران بوفد من حركة الجهاد الإسلامي بقيادة أمينها العام زياد النخالة.",
     [MW(ARAGH, NAKH)], []),
    ("delegation_object_unmarked_ar",
     "والتقى السوداني وفد حركة حماس برئاسة خليل الحية في بغداد.",
     [MW(SUD, HAYYA)], [MW(HAMAS, HAYYA), MW(SUD, HAMAS)]),  # (s62: no body)
    ("delegation_object_no_head_ar", "واستقبل عراقجي في طهران وفداً من حركة حماس.",
     [MW(ARAGH, HAMAS)], []),
    ("delegation_object_unknown_body_ar",
     "التقى قاآني في طهران وفداً من لجنة العلاقات الخارجية في مجلس النواب العراقي برئاسة "
     "هادي العامري.",
     [MW(QAANI, AMIRI)], [MW(QAANI, "organization:iraqi-parliament")]),
    ("delegation_of_committee_is_its_head_ar",
     "التقى قاآني في طهران وفداً من لجنة الأمن والدفاع في مجلس النواب العراقي برئاسة هادي "
     "العامري. وكان قاليباف قد استقبل الوفد العراقي أمس.",
     [MW(QAANI, AMIRI), MW(AMIRI, "person:mohammad-bagher-ghalibaf")],
     [MW(QAANI, "organization:iraqi-parliament"),
      MW(QAANI, "organization:iraqi-parliament-security-defence-committee")]),
    ("delegation_object_denied_ar",
     "ولم يستقبل الكاظمي الوفد الذي يرأسه لاريجاني.",
     [], [MW(KADH, LARI)]),
    ("delegation_object_planned_ar",
     "ومن المقرر أن يستقبل السوداني غداً وفداً من حماس برئاسة خليل الحية.",
     [], [MW(SUD, HAYYA), MW(SUD, HAMAS)]),
    ("delegation_arrived_only_ar",
     "ووصل وفد من حركة حماس برئاسة خليل الحية إلى القاهرة مساء الأحد.",
     [], [MW(HAMAS, HAYYA)]),
    # ---- a delegation as the subject ---------------------------------------------------------
    ("delegation_subject_vso_ar",
     "التقى وفد من حركة حماس برئاسة خليل الحية، مساء الأحد في طهران، وزيرَ الخارجية عباس "
     "عراقجي.",
     [MW(HAYYA, ARAGH)], [MW(HAMAS, HAYYA), MW(HAMAS, ARAGH)]),  # (s62: no body)
    ("delegation_subject_with_ba_ar",
     "واجتمع وفد من حزب الله يترأسه نعيم قاسم بالرئيس السوري بشار الأسد في دمشق.",
     [MW(NQ, ASSAD)], [MW(HEZ, ASSAD)]),  # (s62: the named head, not his body)
    ("delegation_subject_denied_ar",
     "ولم يلتقِ وفد حماس برئاسة الحية أي مسؤول إيراني خلال الزيارة.",
     [], [MW(HAMAS, HAYYA)]),
    # ---- "الوفد" later: the delegation named before ----------------------------------------------
    ("the_delegation_again_ar",
     "وصل وفد من حركة حماس برئاسة خليل الحية إلى طهران. واستقبل عراقجي الوفد في مقر "
     "الخارجية.",
     [MW(ARAGH, HAYYA)], []),
    ("the_delegation_again_svo_ar",
     "زار وفد عراقي يرأسه فؤاد حسين طهران أمس. وكان علي لاريجاني قد استقبل الوفد العراقي.",
     [MW(LARI, FUAD)], []),
    ("the_delegation_refused_ar",
     "وصل وفد من حركة حماس برئاسة خليل الحية إلى طهران. ورفض عراقجي استقبال الوفد.",
     [], [MW(ARAGH, HAYYA)]),
    ("accompanying_delegation_member_ar",
     "واستقبل الكاظمي قاآني والوفد المرافق له، الذي يضم السفير إيرج مسجدي، في قصر الحكومة.",
     [MW(KADH, QAANI), MW(KADH, MASJ)], [MW(QAANI, MASJ)]),
    # ---- an object pronoun, the subject after an adverbial ---------------------------------------
    ("received_him_at_airport_ar",
     "وصل علي لاريجاني إلى بيروت يوم الجمعة. واستقبله في المطار السفير الإيراني مجتبى أماني.",
     [MW(LARI, AMANI)], []),
    ("received_him_on_arrival_ar",
     "وصل عراقجي إلى بغداد صباح الاثنين. واستقبله لدى وصوله وزير الخارجية فؤاد حسين.",
     [MW(ARAGH, FUAD)], []),
    ("met_him_instead_ar",
     "وصل قاآني إلى بغداد مساء الأحد. ولم يلتقِ السوداني الضيف الإيراني، واجتمع به بدلاً "
     "منه مستشار الأمن القومي قاسم الأعرجي.",
     [MW(QAANI, ARAJI)], [MW(QAANI, SUD)]),
    ("received_him_yesterday_ar",
     "وصل قاآني إلى بغداد. واستقبله أمس في مكتبه رئيس منظمة بدر هادي العامري.",
     [MW(QAANI, AMIRI)], []),
    ("talked_with_him_by_phone_ar",
     "وصل قاآني إلى بيروت. وبحث معه هاتفياً الأمين العام لحزب الله نعيم قاسم التطورات.",
     [], [MW(QAANI, NQ)]),
    ("not_received_at_airport_ar",
     "وصل قاآني إلى بغداد. ولم يستقبله في المطار رئيس الوزراء الكاظمي.",
     [], [MW(QAANI, KADH)]),
    # ---- "قبل أن يلتقي Y ...، ثم Z" and lists continued by ثم ---------------------------------------
    ("received_then_met_list_ar",
     "وصل علي لاريجاني إلى بيروت. واستقبله في المطار السفير مجتبى أماني، قبل أن يلتقي رئيس "
     "مجلس النواب نبيه بري في عين التينة، ثم رئيس الحكومة نواف سلام في السراي.",
     [MW(LARI, AMANI), MW(LARI, BERRI), MW(LARI, SALAM)],
     [MW(BERRI, SALAM), MW(AMANI, BERRI)]),
    ("met_then_list_vso_ar",
     "التقى عراقجي في بغداد الرئيس عبد اللطيف رشيد في قصر بغداد، ثم رئيس الوزراء محمد شياع "
     "السوداني في مكتبه.",
     [MW(ARAGH, RASHID), MW(ARAGH, SUD)], [MW(RASHID, SUD)]),
    ("met_then_travelled_ar",
     "التقى عراقجي الرئيس عبد اللطيف رشيد، ثم توجه إلى أربيل حيث زار الإقليم.",
     [MW(ARAGH, RASHID)], []),
    # ---- named members of a group object ---------------------------------------------------------
    ("group_object_among_them_ar",
     "التقى قاآني في بغداد رئيس هيئة الحشد فالح الفياض وعدداً من قادة الفصائل، بينهم قيس "
     "الخزعلي وأكرم الكعبي.",
     [MW(QAANI, FAYY), MW(QAANI, KHAZ), MW(QAANI, KAABI), MW(KHAZ, KAABI)], []),  # (s24b)
    ("group_object_among_them_svo_ar",
     "وكان قاآني قد اجتمع بالفياض وبعدد من قيادات الحشد، من بينهم هادي العامري.",
     [MW(QAANI, FAYY), MW(QAANI, AMIRI)], []),
    ("group_object_not_met_ar",
     "والتقى قاآني الفياض، ولم يلتقِ قادة الفصائل، ومنهم الخزعلي.",
     [MW(QAANI, FAYY)], [MW(QAANI, KHAZ)]),
    # ---- uncertain and planned meetings -------------------------------------------------------------
    ("unclear_whether_met_ar",
     "ولم يتضح ما إذا كان الصدر قد التقى قاآني خلال الزيارة.",
     [], [MW(SADR, QAANI)]),
    ("unknown_whether_met_clause_ar",
     "وأكد مصدر أن قاآني التقى الفياض، فيما لا يعرف إن كان العامري قد اجتمع بقاآني.",
     [MW(QAANI, FAYY)], [MW(AMIRI, QAANI)]),
    ("source_says_met_ar",
     "وأكد مصدر مطلع أن الصدر التقى قاآني في النجف.",
     [MW(SADR, QAANI)], []),
    ("anticipated_meeting_noun_ar",
     "وتحدث الوزير عن لقاء مرتقب بين الرئيس التركي رجب طيب أردوغان والسوداني.",
     [], [MW(ERDO, SUD)]),
    ("scheduled_meeting_noun_ar",
     "وأشار المتحدث إلى الاجتماع المزمع بين عراقجي وويتكوف في مسقط.",
     [], [MW(ARAGH, WITK)]),
    ("held_meeting_between_ar",
     "وجرى لقاء بين عراقجي وويتكوف في مسقط يوم السبت.",
     [MW(ARAGH, WITK)], []),
    # ---- a body in a title before the verb is no subject ------------------------------------------
    # ---- passive and reception nouns ---------------------------------------------------------------
    ("passive_min_qibal_ar", "استُقبل قاآني في بغداد من قبل رئيس الوزراء مصطفى الكاظمي.",
     [MW(QAANI, KADH)], []),
    ("passive_min_janib_ar",
     "واستُقبل عراقجي لدى وصوله إلى بغداد من جانب وزير الخارجية فؤاد حسين.",
     [MW(ARAGH, FUAD)], []),
    ("in_his_reception_ar", "وصل قاآني إلى بغداد، وكان في استقباله رئيس الحشد فالح الفياض.",
     [MW(QAANI, FAYY)], []),
    ("reception_noun_from_ar", "وحظي قاآني باستقبال رسمي من رئيس الوزراء الكاظمي.",
     [MW(QAANI, KADH)], []),
    ("reception_noun_refused_ar", "ورفض الكاظمي استقبال قاآني في مكتبه.",
     [], [MW(QAANI, KADH)]),
    ("received_him_svo_next_sentence_ar",
     "وصل عراقجي إلى بغداد. وكان السوداني قد استقبله في المطار.",
     [MW(ARAGH, SUD)], []),
    # ---- reported speech, VSO / SVO, كما / ثم, lists ---------------------------------------------
    ("reported_he_met_ar", "وكشف العامري أنه التقى قاآني في بغداد الأسبوع الماضي.",
     [MW(AMIRI, QAANI)], []),
    ("reported_agency_ar", "وذكرت وكالة الأنباء العراقية أن السوداني التقى عراقجي في بغداد.",
     [MW(SUD, ARAGH)], []),
    ("reported_sources_ar",
     "وقالت مصادر إن قاآني اجتمع مساء الأحد بزعيم عصائب أهل الحق قيس الخزعلي.",
     [MW(QAANI, KHAZ)], []),
    ("discussed_with_ar", "وبحث السوداني مع عراقجي العلاقات الثنائية.", [MW(SUD, ARAGH)], []),
    ("also_met_list_ar", "التقى قاآني الفياض، كما التقى الخزعلي والعامري.",
     [MW(QAANI, FAYY), MW(QAANI, KHAZ), MW(QAANI, AMIRI)], [MW(FAYY, KHAZ), MW(KHAZ, AMIRI)]),
    ("also_met_with_ba_ar", "والتقى عراقجي السوداني، كما اجتمع بوزير الخارجية فؤاد حسين.",
     [MW(ARAGH, SUD), MW(ARAGH, FUAD)], [MW(SUD, FUAD)]),
    ("then_met_with_ba_ar", "استقبل السوداني عراقجي في مكتبه، ثم اجتمع بالعامري.",
     [MW(SUD, ARAGH), MW(SUD, AMIRI)], [MW(ARAGH, AMIRI)]),
    ("also_met_own_subject_ar", "التقى قاآني الفياض، كما التقى الخزعلي عراقجي.",
     [MW(QAANI, FAYY), MW(KHAZ, ARAGH)], [MW(QAANI, KHAZ)]),
    ("held_meeting_with_members_ar",
     "وعقد قاآني اجتماعاً مع قادة الإطار التنسيقي بينهم هادي العامري.",
     [MW(QAANI, AMIRI)], []),
    ("held_talks_counterpart_ar",
     "وأجرى عراقجي مباحثات مع نظيره العماني بدر البوسعيدي في مسقط.",
     [MW(ARAGH, BUSAIDI)], []),
    ("each_of_three_ar", "والتقى قاآني كلاً من هادي العامري وقيس الخزعلي وأكرم الكعبي.",
     [MW(QAANI, AMIRI), MW(QAANI, KHAZ), MW(QAANI, KAABI)], [MW(AMIRI, KHAZ)]),
    ("with_each_of_ar", "واجتمع السوداني بكل من العامري والخزعلي.",
     [MW(SUD, AMIRI), MW(SUD, KHAZ)], [MW(AMIRI, KHAZ)]),
    ("svo_four_titles_ar",
     "قاآني التقى رئيس الوزراء محمد شياع السوداني ورئيس منظمة بدر هادي العامري وزعيم "
     "العصائب قيس الخزعلي ورئيس هيئة الحشد الشعبي فالح الفياض.",
     [MW(QAANI, SUD), MW(QAANI, AMIRI), MW(QAANI, KHAZ), MW(QAANI, FAYY)],
     [MW(SUD, AMIRI), MW(KHAZ, FAYY)]),
    ("harakat_vso_ar", "التَقَى قاآنِي الكاظميَّ فِي بغداد.", [MW(QAANI, KADH)], []),
    ("fa_clitic_ar", "فالتقى قاآني العامري في مكتبه.", [MW(QAANI, AMIRI)], []),
    ("dropped_subject_next_sentence_ar",
     "وصل قاآني إلى بغداد يوم الأحد. والتقى العامري والخزعلي.",
     [MW(QAANI, AMIRI), MW(QAANI, KHAZ)], [MW(AMIRI, KHAZ)]),
    ("two_subjects_met_ar", "والتقى السوداني وعراقجي في بغداد.", [MW(SUD, ARAGH)], []),
    ("latter_then_met_ar",
     "واستقبل السوداني عراقجي، قبل أن يلتقي الأخير رئيس البرلمان محمد الحلبوسي.",
     [MW(ARAGH, SUD), MW(ARAGH, HALB)], [MW(SUD, HALB)]),
    ("relative_clause_subject_ar", "وقال العامري، الذي التقى قاآني أمس، إن الوضع مستقر.",
     [MW(AMIRI, QAANI)], []),
    ("relative_clause_object_ar", "وأشاد الخزعلي بالعامري الذي اجتمع بقاآني في بغداد.",
     [MW(AMIRI, QAANI)], [MW(KHAZ, QAANI)]),
    ("bare_ambiguous_surname_after_full_name_ar",
     "التقى عراقجي خليل الحية في طهران أمس. وكان الحية قد التقى الفياض في بغداد.",
     [MW(ARAGH, HAYYA), MW(HAYYA, FAYY)], []),
    ("bare_ambiguous_surname_alone_ar", "وكان الحية قد التقى الفياض في بغداد.",
     [], [MW(HAYYA, FAYY)]),
    # ---- credentials, a time phrase before the object, prepositional objects, bodies ------------
    ("credentials_to_ar",
     "سلّم السفير الإيراني الجديد مجتبى أماني أوراق اعتماده إلى الرئيس اللبناني جوزاف عون.",
     [MW(AMANI, JAOUN)], []),
    ("credentials_time_between_ar",
     "سلّم السفير الإيراني الجديد لدى لبنان مجتبى أماني، اليوم الاثنين، نسخة من أوراق "
     "اعتماده إلى وزير الخارجية فؤاد حسين.",
     [MW(AMANI, FUAD)], []),
    ("credentials_copy_li_ar",
     "وقدم السفير مجتبى أماني نسخة من أوراق اعتماده لوزير الخارجية فؤاد حسين.",
     [MW(AMANI, FUAD)], []),
    ("credentials_not_yet_ar",
     "ولم يقدم السفير مجتبى أماني أوراق اعتماده إلى الرئيس جوزاف عون.",
     [], [MW(AMANI, JAOUN)]),
    ("object_after_time_phrase_ar",
     "وأشار المتحدث إلى أن عراقجي، الذي عاد من نيويورك الشهر الماضي، التقى قبيل مغادرته "
     "طهران المرشد علي خامنئي.",
     [MW(ARAGH, KHAM)], []),
    ("object_after_arrival_phrase_ar",
     "والتقى عراقجي لدى وصوله إلى بغداد رئيس الوزراء محمد شياع السوداني.",
     [MW(ARAGH, SUD)], []),
    ("prep_object_then_group_ar",
     "وصل قاآني إلى بغداد، حيث اجتمع بالكاظمي وبقادة الإطار التنسيقي.",
     [MW(QAANI, KADH), MW(QAANI, FRAME)], []),
    ("leaders_in_body_ar",
     "وصل قاآني إلى بغداد، حيث اجتمع بالكاظمي وبقادة في الإطار التنسيقي.",
     [MW(QAANI, KADH), MW(QAANI, FRAME)], []),
    ("officials_of_body_ar", "والتقى السوداني ممثلين عن كتائب حزب الله في مكتبه.",
     [MW(SUD, KH)], []),
    ("leaders_purpose_trip_ar",
     "ويُنتظر أن يزور قاآني بغداد الأسبوع المقبل للقاء قيادات في الإطار التنسيقي.",
     [], [MW(QAANI, FRAME)]),
    ("leaders_with_named_members_ar",
     "واجتمع قاآني بقادة الإطار التنسيقي في بغداد، ومن بينهم العامري والخزعلي.",
     [MW(QAANI, AMIRI), MW(QAANI, KHAZ)], []),
    # ---- companions, the guest, several-party meetings, "لقاء الأخير بـY" ----------------------------
    ("companion_of_guest_ar",
     "واستقبل السوداني عراقجي، يرافقه مساعده مجيد تخت روانجي، في قصر الحكومة.",
     [MW(SUD, ARAGH), MW(SUD, RAVANCHI), MW(ARAGH, RAVANCHI)], []),  # (his own side: s36)
    ("in_company_of_host_side_ar", "والتقى السوداني عراقجي برفقة وزير الخارجية فؤاد حسين.",
     [MW(SUD, ARAGH)], []),
    ("on_the_sidelines_ar", "والتقى عراقجي على هامش القمة رئيس الوزراء محمد شياع السوداني.",
     [MW(ARAGH, SUD)], []),
    ("feminine_verb_ar", "والتقت وزيرة الخارجية الأميركية هيلاري كلينتون بنوري المالكي.",
     [MW("person:hillary-clinton", MALIKI)], []),
    ("after_his_meeting_ar", "وقال عراقجي عقب لقائه السوداني إن العلاقات متينة.",
     [MW(ARAGH, SUD)], []),
    ("relative_object_pronoun_ar", "وأكد الخزعلي، الذي التقاه قاآني أمس، أن الوضع مستقر.",
     [MW(KHAZ, QAANI)], []),
    ("with_each_of_maa_ar", "واجتمع قاآني مع كل من العامري والخزعلي في بغداد.",
     [MW(QAANI, AMIRI), MW(QAANI, KHAZ)], [MW(AMIRI, KHAZ)]),
    ("asked_to_meet_ar", "وطلب قاآني لقاء الصدر.", [], [MW(QAANI, SADR)]),
    ("if_they_meet_ar", "وإذا التقى قاآني الصدر فسيكون ذلك أول لقاء بينهما.", [],
     [MW(QAANI, SADR)]),
    ("guest_with_relative_clause_ar",
     "وصل قاآني إلى بغداد أمس. والتقى الضيف الإيراني، الذي يزور العراق للمرة الثالثة، رئيس "
     "الوزراء الكاظمي.",
     [MW(QAANI, KADH)], []),
    ("two_subjects_held_meeting_ar", "وعقد السوداني وعراقجي اجتماعاً مغلقاً في بغداد.",
     [MW(SUD, ARAGH)], []),
    ("three_party_meeting_grouped_ar", "وعقد اجتماع ثلاثي ضم السوداني وعراقجي وفؤاد حسين.",
     [MW(SUD, ARAGH), MW(SUD, FUAD), MW(ARAGH, FUAD)], []),
    ("planned_meeting_grouped_ar",
     "ومن المقرر عقد اجتماع ثلاثي يضم السوداني وعراقجي وفؤاد حسين.",
     [], [MW(SUD, ARAGH), MW(SUD, FUAD)]),
    ("latter_meeting_noun_ar",
     "والتقى السوداني عراقجي، بعد يومين من لقاء الأخير بالرئيس السوري بشار الأسد في دمشق.",
     [MW(SUD, ARAGH), MW(ARAGH, ASSAD)], [MW(SUD, ASSAD)]),
    ("said_to_someone_ar", "وقال العامري للخزعلي إن قاآني التقى الفياض.",
     [MW(QAANI, FAYY)], [MW(AMIRI, KHAZ), MW(AMIRI, QAANI)]),
    ("anniversary_of_killing_ar",
     "والتقى السوداني عراقجي في الذكرى الرابعة لاغتيال قاسم سليماني وأبي مهدي المهندس.",
     [MW(SUD, ARAGH)], [MW(SUD, SOL), MW(SUD, "person:abu-mahdi-al-muhandis")]),
    ("arrived_heading_delegation_ar",
     "ووصل عراقجي إلى مسقط على رأس وفد ضم مساعده مجيد تخت روانجي، واستقبله وزير الخارجية "
     "العماني بدر البوسعيدي.",
     [MW(ARAGH, BUSAIDI)], [MW(RAVANCHI, ARAGH)]),
    ("speaker_is_the_pronoun_ar",
     "قال الأمين العام لحزب الله نعيم قاسم في كلمة متلفزة إن المقاومة باقية. وأضاف أن قاآني "
     "زار بيروت مرات عدة، واجتمع به في الضاحية.",
     [MW(QAANI, NQ)], []),
    ("speaker_named_pronoun_ar",
     "وأكد العامري أن قاآني وصل إلى بغداد أمس، والتقاه في مكتبه.",
     [MW(QAANI, AMIRI)], []),
    ("speaker_denied_pronoun_ar",
     "وأكد العامري أن قاآني وصل إلى بغداد أمس، ولم يلتقه.",
     [], [MW(QAANI, AMIRI)]),
    # ---- more meeting verbs and frames: تباحث، تشاور، استضاف، حلّ ضيفاً، "في لقاء مع X، قال Y" -----
    ("in_a_meeting_with_then_said_ar",
     "وفي لقاء مع عراقجي في بغداد، قال السوداني إن العلاقات متينة.", [MW(SUD, ARAGH)], []),
    ("in_an_interview_with_outlet_ar",
     "وفي لقاء مع قناة الجزيرة، قال السوداني إن العلاقات مع طهران متينة.", [],
     [MW(SUD, "outlet:al-jazeera")]),
    ("numbers_of_files_not_body_ar",
     "وبحث السوداني مع عراقجي عدداً من الملفات الإقليمية.", [MW(SUD, ARAGH)], []),
    ("in_an_expected_meeting_with_ar",
     "وفي لقاء مرتقب مع عراقجي، سيؤكد السوداني أن العلاقات متينة.", [], [MW(SUD, ARAGH)]),
    ("passive_warmly_received_ar", "واستُقبل عراقجي بحفاوة من قبل السوداني.",
     [MW(SUD, ARAGH)], []),
    ("tabahatha_pair_ar", "وتباحث السوداني وعراقجي في العلاقات الثنائية.",
     [MW(SUD, ARAGH)], []),
    ("tabahatha_with_ar", "وتباحث السوداني مع عراقجي في بغداد.", [MW(SUD, ARAGH)], []),
    ("tashawara_with_ar", "وتشاور عراقجي مع السوداني حول التطورات في بغداد.",
     [MW(SUD, ARAGH)], []),
    ("tabahatha_by_phone_ar", "وتباحث السوداني وعراقجي هاتفياً في التطورات.", [],
     [MW(SUD, ARAGH)]),
    ("hosted_dinner_ar", "واستضاف السوداني عراقجي في مأدبة عشاء ببغداد.",
     [MW(SUD, ARAGH)], []),
    ("refused_to_host_ar", "ورفض السوداني استضافة عراقجي.", [], [MW(SUD, ARAGH)]),
    ("was_guest_of_ar", "وحل عراقجي ضيفاً على السوداني في بغداد.", [MW(SUD, ARAGH)], []),
    ("session_of_talks_ar", "وعقد السوداني جلسة مباحثات مع عراقجي في بغداد.",
     [MW(SUD, ARAGH)], []),
    ("delegation_each_of_ar", "والتقى السوداني بوفد إيراني يضم كلاً من عراقجي ولاريجاني.",
     [MW(SUD, ARAGH)], []),
    ("time_between_verb_and_ba_ar", "والتقى السوداني، مساء الأحد، بعراقجي.",
     [MW(SUD, ARAGH)], []),
    ("over_two_days_each_of_ar",
     "والتقى قاآني على مدى يومين كلاً من العامري والخزعلي.",
     [MW(QAANI, AMIRI), MW(QAANI, KHAZ)], [MW(AMIRI, KHAZ)]),
    ("talks_brought_them_together_ar",
     "ووقّع السوداني والرئيس السوري بشار الأسد، اليوم الخميس، مذكرة تفاهم عقب مباحثات "
     "ثنائية جمعتهما.",
     [MW(SUD, ASSAD)], []),
    ("in_his_reception_then_received_him_ar",
     "وصل عراقجي إلى بغداد. وكان في استقباله بمطار بغداد الدولي وزير الخارجية فؤاد حسين، ثم "
     "استقبله رئيس الوزراء محمد شياع السوداني في مكتبه.",
     [MW(ARAGH, FUAD), MW(ARAGH, SUD)], [MW(FUAD, SUD)]),
    ("foremost_among_them_ar",
     "وزار قاآني بغداد، واجتمع بقادة الفصائل المسلحة، وفي مقدمهم زعيم عصائب أهل الحق قيس "
     "الخزعلي وزعيم منظمة بدر هادي العامري.",
     [MW(QAANI, KHAZ), MW(QAANI, AMIRI)], [MW(KHAZ, AMIRI)]),
    # ---- spurious partners --------------------------------------------------------------------------
    # (session 19: the one present met the other side, meeting_attended_ar.present_ar)
    ("in_presence_of_ar", "والتقى السوداني عراقجي في بغداد بحضور وزير الخارجية فؤاد حسين.",
     [MW(SUD, ARAGH), MW(ARAGH, FUAD), MW(SUD, FUAD)], []),
    ("phone_call_ar", "وبحث السوداني في اتصال هاتفي مع عراقجي التطورات.", [], [MW(SUD, ARAGH)]),
    ("video_call_ar", "وعقد السوداني اجتماعاً عبر الفيديو مع عراقجي.", [], [MW(SUD, ARAGH)]),
    ("cancelled_meeting_ar", "وأُلغي لقاء كان مقرراً بين السوداني وعراقجي.", [],
     [MW(SUD, ARAGH)]),
    ("postponed_meeting_ar", "وأرجئ الاجتماع بين قاآني والصدر إلى موعد لاحق.", [],
     [MW(QAANI, SADR)]),
    ("apologised_ar", "واعتذر الصدر عن استقبال قاآني.", [], [MW(QAANI, SADR)]),
    ("denial_ar", "ونفى مكتب الصدر أن يكون الصدر قد التقى قاآني.", [], [MW(QAANI, SADR)]),
    ("did_not_meet_ar", "ولم يلتقِ قاآني الصدر خلال زيارته.", [], [MW(QAANI, SADR)]),
    ("refused_meeting_ar", "ورفض الصدر لقاء قاآني.", [], [MW(QAANI, SADR)]),
    ("future_ar", "وسيلتقي قاآني الصدر في النجف.", [], [MW(QAANI, SADR)]),
    ("expected_ar", "ومن المتوقع أن يلتقي عراقجي السوداني غداً.", [], [MW(ARAGH, SUD)]),
    ("seeks_ar", "ويسعى قاآني إلى لقاء الصدر.", [], [MW(QAANI, SADR)]),
    ("relative_clause_visit_ar", "والتقى قاآني العامري، الذي كان قد زار الخزعلي أمس.",
     [MW(QAANI, AMIRI)], [MW(QAANI, KHAZ)]),
    ("message_from_ar", "والتقى السوداني عراقجي لبحث رسالة من المرشد علي خامنئي.",
     [MW(SUD, ARAGH)], [MW(SUD, KHAM), MW(ARAGH, KHAM)]),
    ("topic_person_ar", "والتقى السوداني عراقجي وبحثا ملف اغتيال قاسم سليماني.",
     [MW(SUD, ARAGH)], [MW(SUD, SOL), MW(ARAGH, SOL)]),
    ("place_in_member_title_no_visit_ar",
     "واستقبل السوداني مؤمني والوفد المرافق له، الذي يضم قائد قوى الأمن الداخلي في الجمهورية "
     "الإسلامية العميد أحمد رضا رادان.",
     [MW(SUD, "person:ahmad-reza-radan")], [("VISITED", SUD, "country:iran")]),
    ("place_between_host_and_guest_visit_ar",
     "استقبل السوداني، يوم الاثنين، في بغداد وزير الخارجية عباس عراقجي.",
     [MW(SUD, ARAGH), ("VISITED", ARAGH, "location:baghdad")], []),
    ("body_in_title_not_subject_ar",
     "أفادت مصادر بأن قائد فيلق القدس التابع للحرس الثوري الإيراني، إسماعيل قاآني، وصل إلى "
     "بغداد، والتقى خلال زيارته فالح الفياض.",
     [MW(QAANI, FAYY)], [MW(IRGC, FAYY)]),
]


@pytest.fixture(scope="module")
def extractor():
    return RuleExtractor()


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_arabic_meeting(extractor, name, text, must, must_not):
    doc = extractor.extract(text, lang="ar")
    assert_relations(doc, name, must, must_not)


@pytest.mark.parametrize("text", [
    "والتقى الوزير الإيراني في كربلاء المحافظ نصيف الخطابي وتفقد المنافذ الحدودية.",
    "واستقبل السوداني عراقجي وجال معه في المنطقة الخضراء.",
])
def test_visitor_verb_after_name_is_no_person(extractor, text):
    """A و-verb after a name ("وتفقد المنافذ", "وجال") starts no second person."""
    doc = extractor.extract(text, lang="ar")
    names = [e.get("name_ar") or e["name"] for e in doc["entities"] if e["type"] == "Person"]
    assert not any(n.startswith(("تفقد", "وتفقد", "جال", "وجال")) for n in names), names


@pytest.mark.parametrize("text", [
    "التقى وفد", "التقى وفد من", "التقى وفد من حماس برئاسة", "واستقبله في", "واستقبله في المطار",
    "قبل أن يلتقي", "التقى قاآني الفياض، ثم", "وعدداً من قادة الفصائل، بينهم",
    "لم يتضح ما إذا", "لقاء مرتقب", "والوفد المرافق له، الذي يضم",
])
def test_arabic_meeting_cues_at_end_of_text(extractor, text):
    """A text ending right after a cue: no rule looks past the last token."""
    for t in (text, "قاآني " + text, "وصل قاآني إلى بغداد. " + text):
        assert isinstance(extractor.extract(t, lang="ar")["relations"], list)


def test_arabic_meeting_cases_cut_anywhere(extractor):
    """Every case cut after any word (the text ends mid-construction): no rule fails."""
    for _name, text, _must, _must_not in CASES:
        words = text.split()
        for i in range(1, len(words), 2):
            assert isinstance(extractor.extract(" ".join(words[:i]), lang="ar")["relations"],
                              list)
