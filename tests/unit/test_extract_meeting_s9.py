"""MET_WITH constructions of ordinary wire copy (session 9):

- step 1: the partner is a person whose role phrase names a body before the name: Arabic
  "ممثلَ حركة X في <place> Y", "بمسؤول السياسة الخارجية في الاتحاد الأوروبي Y", "بمبعوث الأمم
  المتحدة الخاص إلى سوريا Y"; English "received the UN Special Envoy for Syria, Y" (capitalised
  title words after the body). The body alone as object ("met Hamas", "التقى ممثلي حركة حماس")
  stays the body, a delegation stays with the delegation rules; a body in quotes after a
  leader noun ("قائد فصيل «X» Y"); "the head of the U.N. mission in Iraq, Y";
- step 2: the clitic of a meeting noun means the arrival's subject, not someone named in a
  phrase before the "، و" that opens its clause ("وصل X إلى بغداد عقب استهداف منزل Z، وكان في
  استقباله Y": X); the head of a delegation is the one received ("وترأس X وفد بلاده ... بدلاً
  من Z، وقد استقبله Y": X); "بعد يوم من استضافته في بغداد Y" (the place is skipped; not
  "استضافته المحتملة"); "استعاد لقاءاته بـY".
- step 3: "، الإثنين،" / "يوم الاثنين" is the day, not "the two" (a reference to the last two
  people named); "X فعل كذا، فيما استقبل Y في أربيل ... Z": Y is the subject of its own
  clause, not X's object; "X is due in Washington next week for talks with Y" is scheduled;
  "a delegation led by its chief of staff, Y" (the title's apposition names the leader).
- step 4: "met X, whose <body> ..., as well as Y and Z" / "..., and Y": the list goes on past a
  "whose" clause that names bodies (not people, not a saying), joined by "and" or "as well as".
- step 5: "He had visited Beirut a week earlier, meeting Y" (a subject pronoun opening the main
  clause of a participle, also after an opening apposition "A former negotiator, he ..."; not
  "He will visit ..., meeting Y"); "meeting Defense Minister Gen. Y" (the abbreviation's period
  inside the title is no clause break).
- step 6: "التقى X Y، وعقد جلسة مباحثات (منفصلة) مع Z": the و-clause's subject is X (the subject
  of the meeting verb before), not Y whom X met.

Our own sentences, in both languages, with negatives (negated, planned, a phone call). Each case:
(name, text, lang, MET_WITH that must be found, MET_WITH that must NOT be found).
"""

import pytest

from tests.extract_support import MW, assert_relations

RASHID, SEILER = "person:abdul-latif-rashid", "person:thomas-zaylar"
EU, UN, HAMAS = "organization:european-union", "organization:united-nations", "organization:hamas"
ASSAD, PEDERSEN = "person:bashar-al-assad", "person:geir-pedersen"
ARAGHCHI, HAYYA = "person:abbas-araghchi", "person:khalil-al-hayya"
FUAD, GROSSI, IAEA = "person:fuad-hussein", "person:rafael-grossi", "organization:iaea"
SUD = "person:mohammed-shia-al-sudani"
FIDAN, SAADI = "person:hakan-fidan", "person:abu-baqir-al-saadi"
SISI, AOUN, NASRALLAH = "person:abdel-fattah-el-sisi", "person:michel-aoun", \
    "person:hassan-nasrallah"
QAANI, GHARAWI = "person:esmail-qaani", "person:haider-al-gharawi"
QASSEM, HEZBOLLAH = "person:naim-qassem", "organization:hezbollah"
MASROUR, NECHIRVAN = "person:masrour-barzani", "person:nechirvan-barzani"
ARAJI, ABBASI = "person:qassim-al-araji", "person:thabet-al-abbasi"
ALLAQ, YELLEN = "person:ali-mohsen-al-alaq", "person:janet-yellen"
FADAVI = "person:mohammed-mehdi-fadavi"
SADR, MALIKI = "person:muqtada-al-sadr", "person:nouri-al-maliki"
KHAZALI, AMIRI = "person:qais-al-khazali", "person:hadi-al-amiri"
BAGHERI, LAVROV = "person:ali-bagheri-kani", "person:sergei-lavrov"
SHORESH = "person:shoresh-ismail"
SABBAGH = "person:bassam-al-sabbagh"


CASES = [
 # ---- step 1: a body inside the partner's role phrase
 ("ar_representative_of_body_in_place",
  "استقبل رئيس الجمهورية عبد اللطيف رشيد، اليوم الأحد، ممثلَ الاتحاد الأوروبي في العراق توماس "
  "زايلر.", "ar", [MW(RASHID, SEILER)], [MW(RASHID, EU)]),
 ("ar_prep_object_envoy_special_to",
  "والتقى الرئيس السوري بشار الأسد بمبعوث الأمم المتحدة الخاص إلى سوريا غير بيدرسن في دمشق.",
  "ar", [MW(ASSAD, PEDERSEN)], [MW(ASSAD, UN)]),
 ("ar_official_for_file_in_body",
  "اجتمع وزير الخارجية الإيراني عباس عراقجي، الثلاثاء، بمسؤول العلاقات الخارجية في حركة حماس "
  "خليل الحية.", "ar", [MW(ARAGHCHI, HAYYA)], [MW(ARAGHCHI, HAMAS)]),
 ("ar_body_alone_stays_body",
  "التقى وزير الخارجية فؤاد حسين ممثلي حركة حماس في الدوحة.", "ar", [MW(FUAD, HAMAS)], []),
 ("ar_delegation_led_by_names_head",  # (session 62, pool62: the body no more: most writers)
  "استقبل رئيس الوزراء محمد شياع السوداني وفداً من حركة حماس في بغداد برئاسة خليل الحية.", "ar",
  [MW(SUD, HAYYA)], [MW(SUD, HAMAS)]),
 ("ar_negated_meeting",
  "لم يلتقِ وزير الخارجية فؤاد حسين مسؤولَ الملف النووي في الوكالة الدولية للطاقة الذرية "
  "رافائيل غروسي.", "ar", [], [MW(FUAD, GROSSI), MW(FUAD, IAEA)]),
 ("en_body_then_capitalised_title_comma_name",
  "Syrian President Bashar al-Assad received the UN Special Envoy for Syria, Geir Pedersen, in "
  "Damascus on Sunday.", "en", [MW(ASSAD, PEDERSEN)], [MW(ASSAD, UN)]),
 ("en_body_met_speaker_after",  # "X said": the speaker is no partner
  "Iraqi Foreign Minister Fuad Hussein met Hamas in Doha, Khalil al-Hayya said.", "en",
  [MW(FUAD, HAMAS)], [MW(FUAD, HAYYA)]),
 ("en_expected_to_meet",
  "Iraqi Foreign Minister Fuad Hussein is expected to meet the IAEA Director General, Rafael "
  "Grossi, next week.", "en", [], [MW(FUAD, GROSSI), MW(FUAD, IAEA)]),
 ("en_phone_call",
  "Iraqi Foreign Minister Fuad Hussein spoke by phone with the UN Special Envoy for Syria, Geir "
  "Pedersen.", "en", [], [MW(FUAD, PEDERSEN), MW(FUAD, UN)]),
 ("ar_leader_of_quoted_body",
  "والتقى وزير الخارجية فؤاد حسين زعيمَ «حزب الله» نعيم قاسم في بيروت.", "ar",
  [MW(FUAD, QASSEM)], [MW(FUAD, HEZBOLLAH)]),
 ("ar_leaders_of_quoted_body_then_speaker",
  "والتقى وزير الخارجية فؤاد حسين قادة «حزب الله» في بيروت، وقال نعيم قاسم إن اللقاء كان "
  "إيجابياً.", "ar", [MW(FUAD, HEZBOLLAH)], [MW(FUAD, QASSEM)]),
 ("en_head_of_body_mission_in_place",
  "Prime Minister Mohammed Shia al-Sudani met the head of the EU delegation in Baghdad, Thomas "
  "Seiler.", "en", [MW(SUD, "person:thomas-seiler")], [MW(SUD, EU)]),
 # ---- step 2: whom the clitic of a meeting noun means
 ("ar_reception_clitic_is_the_arrival_subject",
  "وصل وزير الخارجية التركي هاكان فيدان، اليوم الأحد، إلى بغداد بعد يومين من اغتيال القيادي "
  "في كتائب حزب الله أبو باقر الساعدي بغارة أميركية، وكان في استقباله بالمطار وزير الخارجية "
  "فؤاد حسين.", "ar", [MW(FUAD, FIDAN)], [MW(FUAD, SAADI)]),
 ("ar_during_his_meeting_speaker_after_comma",  # the speaker of the new clause, no arrival
  "وصل وزير الخارجية التركي هاكان فيدان إلى بغداد، وقال رئيس الوزراء محمد شياع السوداني خلال "
  "لقائه به إن العلاقات متينة.", "ar", [], [MW(SUD, SUD)]),
 ("ar_head_of_delegation_received",
  "وترأس وزير الخارجية فؤاد حسين وفد بلاده إلى القمة بدلاً من رئيس الوزراء محمد شياع "
  "السوداني، وقد استقبله الرئيس المصري عبد الفتاح السيسي.", "ar", [MW(SISI, FUAD)],
  [MW(SISI, SUD)]),
 ("ar_head_of_delegation_not_received",
  "وترأس وزير الخارجية فؤاد حسين وفد بلاده إلى القمة بدلاً من رئيس الوزراء محمد شياع "
  "السوداني، ولم يستقبله الرئيس المصري عبد الفتاح السيسي.", "ar", [],
  [MW(SISI, FUAD), MW(SISI, SUD)]),
 ("ar_days_after_hosting_him",
  "وأشاد رئيس الوزراء محمد شياع السوداني بالتعاون الأمني، وذلك بعد يومين من استضافته في "
  "بغداد وزيرَ الخارجية التركي هاكان فيدان.", "ar", [MW(SUD, FIDAN)], []),
 ("ar_possible_hosting_not_held",
  "ويتحدث السوداني عن استضافته المحتملة في بغداد وزيرَ الخارجية التركي هاكان فيدان الشهر "
  "المقبل.", "ar", [], [MW(SUD, FIDAN)]),
 ("ar_recalled_his_meetings_with",
  "واستعاد الرئيس اللبناني ميشال عون لقاءاته بالأمين العام لحزب الله حسن نصر الله خلال "
  "الحرب.", "ar", [MW(AOUN, NASRALLAH)], []),
 # ---- step 3: Monday, "فيما" clauses, "is due", "led by its <title>, X"
 ("ar_monday_is_no_pair_while_clause",
  "وتفقّد رئيس حكومة إقليم كوردستان مسرور بارزاني المكان، فيما استقبل رئيس الإقليم نيجيرفان "
  "بارزاني في أربيل، الإثنين، وفداً من الحكومة الاتحادية برئاسة مستشار الأمن الوطني قاسم "
  "الأعرجي.", "ar", [MW(NECHIRVAN, ARAJI)], [MW(MASROUR, NECHIRVAN), MW(MASROUR, ARAJI)]),
 ("ar_whereas_clause_own_subject",
  "وزار وزير الدفاع ثابت العباسي المكان، بينما استقبل رئيس الوزراء محمد شياع السوداني في بغداد "
  "وزيرَ الخارجية فؤاد حسين.", "ar", [MW(SUD, FUAD)], [MW(ABBASI, SUD), MW(ABBASI, FUAD)]),
 ("ar_the_two_after_between_still_a_pair",
  "وصل وزير الخارجية فؤاد حسين ووزير الدفاع ثابت العباسي إلى أنقرة. وجرى لقاء بين الاثنين "
  "والرئيس التركي رجب طيب أردوغان.", "ar",
  [MW(FUAD, "person:recep-tayyip-erdogan"), MW(ABBASI, "person:recep-tayyip-erdogan")], []),
 ("en_is_due_for_talks",
  "Central Bank of Iraq Governor Ali Al Allaq is due in Washington next week for talks with "
  "Treasury Secretary Janet Yellen.", "en", [], [MW(ALLAQ, YELLEN)]),
 ("en_was_in_city_for_talks",
  "Central Bank of Iraq Governor Ali Al Allaq was in Washington last week for talks with "
  "Treasury Secretary Janet Yellen.", "en", [MW(ALLAQ, YELLEN)], []),
 ("en_due_to_reason_not_planned",
  "The delay was due to a dispute, Ali Al Allaq said after meeting Janet Yellen in Washington.",
  "en", [MW(ALLAQ, YELLEN)], []),
 ("en_delegation_led_by_its_title_comma_name",
  "In Kerman, Governor Mohammad Mehdi Fadaei received a delegation of Lebanon's Hezbollah led "
  "by its deputy secretary-general, Naim Qassem, at the shrine.", "en",
  [MW(FADAVI, QASSEM)], []),
 ("en_delegation_led_by_title_then_new_clause",
  "In Kerman, Governor Mohammad Mehdi Fadaei received a delegation of Lebanon's Hezbollah led "
  "by its deputy secretary-general, and Naim Qassem later praised the visit.", "en", [],
  [MW(FADAVI, QASSEM)]),
 # ---- step 4: the list goes on past a "whose" clause
 ("en_whose_clause_as_well_as_list",
  "Muqtada al-Sadr met Nouri al-Maliki, whose State of Law coalition is part of the Framework, "
  "as well as Qais al-Khazali and Hadi al-Amiri, head of the Badr Organization.", "en",
  [MW(SADR, MALIKI), MW(SADR, KHAZALI), MW(SADR, AMIRI)], [MW(MALIKI, KHAZALI)]),
 ("en_whose_clause_and_member",
  "Muqtada al-Sadr met Nouri al-Maliki, whose coalition leads the Framework, and Qais "
  "al-Khazali, the statement said.", "en", [MW(SADR, MALIKI), MW(SADR, KHAZALI)], []),
 ("en_whose_clause_then_new_clause",
  "Muqtada al-Sadr met Nouri al-Maliki, whose coalition leads the Framework, and Qais "
  "al-Khazali said the talks failed.", "en", [MW(SADR, MALIKI)], [MW(SADR, KHAZALI)]),
 ("en_whose_clause_naming_a_person",
  "Muqtada al-Sadr met Nouri al-Maliki, whose ally Hadi al-Amiri stayed away, as well as Qais "
  "al-Khazali.", "en", [MW(SADR, MALIKI)], [MW(SADR, AMIRI)]),
 # ---- step 5: participle clauses with a pronoun subject, titles with "Gen."
 ("en_pronoun_subject_participle_after_apposition",
  "Iran's acting foreign minister Ali Bagheri Kani met Russian Foreign Minister Sergei Lavrov in "
  "Moscow on Tuesday. A former chief nuclear negotiator, he had visited Beirut and Damascus a "
  "week earlier, meeting Hezbollah leader Hassan Nasrallah.", "en",
  [MW(BAGHERI, LAVROV), MW(BAGHERI, NASRALLAH)], [MW(LAVROV, NASRALLAH)]),
 ("en_pronoun_subject_participle_planned",
  "Iran's acting foreign minister Ali Bagheri Kani met Russian Foreign Minister Sergei Lavrov in "
  "Moscow on Tuesday. He will visit Beirut next week, meeting Hezbollah leader Hassan "
  "Nasrallah.", "en", [MW(BAGHERI, LAVROV)], [MW(BAGHERI, NASRALLAH)]),
 ("en_participle_object_title_with_abbreviation",
  "Defence Minister Thabet al-Abbasi visited Erbil on Sunday, meeting Peshmerga Minister Lt. "
  "Gen. Shoresh Ismail.", "en", [MW(ABBASI, SHORESH)], []),
 # ---- step 6: the subject of "، وعقد/وأجرى ... مباحثات مع Z"
 ("ar_and_held_talks_subject_is_the_meeter",
  "التقى وزير الخارجية عباس عراقجي الرئيس السوري بشار الأسد، وأجرى محادثات مع وزير الخارجية "
  "بسام الصباغ.", "ar", [MW(ARAGHCHI, ASSAD), MW(ARAGHCHI, SABBAGH)], [MW(ASSAD, SABBAGH)]),
 ("ar_and_held_separate_session",
  "والتقى وزير الخارجية عباس عراقجي الرئيسَ السوري بشار الأسد، وعقد جلسة مباحثات منفصلة مع "
  "نظيره السوري بسام الصباغ.", "ar", [MW(ARAGHCHI, SABBAGH)], [MW(ASSAD, SABBAGH)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_meeting_s9(ex, name, text, lang, must, must_not):
    doc = ex.extract(text, lang=lang)
    assert_relations(doc, name, must, must_not)
