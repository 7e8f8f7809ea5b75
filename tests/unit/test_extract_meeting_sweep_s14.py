"""MET_WITH constructions of feature writing, swept from our own sentences (session 14).

- an unreal perfect is no meeting: "was to have met X", "would have met X" (not "is believed
  to have met X"; ``meetings_en.unreal_perfect_en``);
- an opening participial or noun phrase names the main clause's subject's partner: "Having met
  Y in Beirut, X flew on", "Having held talks with Y, X ...", "Fresh from talks with Y, X ...",
  "After three hours of talks with Y, the speaker of parliament, X left" ("Having" is no
  person; ``meeting_frames_en.opening_meeting_en``);
- Arabic: "وخلال / وفي اللقاء الذي جمعه بـX (الاجتماع الذي عقده مع X)، أكد Y" and "وإثر
  مباحثاته مع X، عاد Y" (``context_meetings.his_meeting_first_ar``);
- "X and Y held closed-door talks / a face-to-face meeting / three hours of talks"
  (``meeting_phrases.held_before_en``);
- a meeting noun whose genitive met the one after بـ / مع past that one's title ("وجاء لقاء
  X بالرئيس التركي Y", "مباحثات X مع نظيره السعودي Y"; ``meetings._met_svo``);
- "X and his Turkish counterpart, Y, held talks" (a list: ``meeting_phrases.apposed_peer_gap_en``
  in ``SentenceCore.chain``); "X, hosting / receiving / welcoming Y in Ankara, said"
  (``context_meetings.gerund_meeting_en``); "the X-Y meeting", "X and Y's talks"
  (``meeting_phrases.paired_noun_meeting_en``); "X played host to Y"
  (``meeting_phrases.played_host_en``);
- the article's visitor named by description as an object or passive subject: "Y received the
  Iranian visitor", "The Iraqi guest was received by Y", "Y welcomed his guest"
  (``meeting_phrases.guest_as_object_en``);
- "وجلس X إلى / مع Y", "واختلى X بـY" (``meeting_phrases.sat_with_ar``; not "جلس X إلى
  جانب Y");
- a meal together: "X had lunch / dinner with Y", "X lunched with Y", "X and Y had a working
  dinner", "وتناول X (طعام) الغداء مع Y", "وأولم X على شرف Y" (``meeting_phrases.meal_with_en``,
  ``meal_with_ar``, ``meetings_ar._banquet``); not in the future or negated;
- "وقام X بزيارة (رئيس البرلمان) Y" (a person visited; ``meeting_phrases.paid_visit_ar``);
  "وضم اللقاء كلاً من X وY" (the verb before the noun); "X, whom Y had received, ..."
  (``meeting_phrases.whom_met_en``);
- "During his / In a meeting with Y, X said Iraq ...": X is the main clause's subject, no
  speaker of a closing reporting clause (``meeting_frames_en.speaker_partner_en``); "وفي ختام
  / مستهل لقائه Y (المباحثات التي أجراها مع Y)، X" (``context_meetings._opens_sentence_ar``);
- a handshake: "X shook hands with Y", "X and Y shook hands", "وصافح X Y", "وتصافح X وY"
  (``meeting_phrases.shook_hands_en`` / ``shook_hands_ar``; not refused or negated).

Our own sentences, not taken from any data set. Each case: (name, text, lang, MET_WITH that
must be found, MET_WITH that must NOT be found).
"""

import pytest

from tests.extract_support import MW, assert_relations

ARA, BERRI = "person:abbas-araghchi", "person:nabih-berri"
FID, LAV = "person:hakan-fidan", "person:sergei-lavrov"
SUD, ERD = "person:mohammed-shia-al-sudani", "person:recep-tayyip-erdogan"
FAIS = "person:faisal-bin-farhan"
MIK = "person:najib-mikati"
BUS = "person:badr-albusaidi"


CASES = [
 # ---- an unreal perfect
 ("en_was_to_have_met",
  "Fidan was to have met Lavrov in Moscow, but the trip was cancelled.", "en", [],
  [MW(FID, LAV)]),
 ("en_was_to_have_hosted",
  "Erdogan was to have hosted Sudani in Ankara last week.", "en", [], [MW(ERD, SUD)]),
 ("en_due_to_have_held_talks",
  "Fidan was due to have held talks with Lavrov on Monday.", "en", [], [MW(FID, LAV)]),
 ("en_believed_to_have_met",
  "Fidan is believed to have met Lavrov in Moscow.", "en", [MW(FID, LAV)], []),
 # ---- an opening phrase
 ("en_having_met",
  "Having met Nabih Berri in Beirut, Araghchi flew on to Damascus.", "en", [MW(ARA, BERRI)],
  []),
 ("en_having_held_talks",
  "Having held talks with Lavrov, Fidan returned to Ankara.", "en", [MW(FID, LAV)], []),
 ("en_having_hosted",
  "Having hosted Sudani for lunch, Erdogan left for Baku.", "en", [MW(ERD, SUD)], []),
 ("en_hours_of_talks_apposition",
  "After three hours of talks with Nabih Berri, the speaker of parliament, Araghchi left "
  "without comment.", "en", [MW(ARA, BERRI)], []),
 ("en_fresh_from_talks",
  "Fresh from talks with Faisal bin Farhan in Riyadh, Fidan headed to Doha.", "en",
  [MW(FID, FAIS)], []),
 ("en_having_failed_to_meet",
  "Having failed to meet Lavrov, Fidan returned to Ankara.", "en", [], [MW(FID, LAV)]),
 ("en_before_meeting_future",
  "Before meeting Lavrov, Fidan will visit Baku.", "en", [], [MW(FID, LAV)]),
 # ---- Arabic opening phrases
 ("ar_during_the_meeting_that_joined_him",
  "وخلال اللقاء الذي جمعه بنظيره الروسي سيرغي لافروف، شدد فيدان على وحدة الأراضي السورية.",
  "ar", [MW(FID, LAV)], []),
 ("ar_in_the_meeting_that_joined_him",
  "وفي اللقاء الذي جمعه برئيس مجلس النواب نبيه بري، أكد عراقجي دعم بلاده للبنان.", "ar",
  [MW(ARA, BERRI)], []),
 ("ar_meeting_he_held_with",
  "وخلال الاجتماع الذي عقده مع رئيس الوزراء نجيب ميقاتي، أكد عراقجي دعم بلاده.", "ar",
  [MW(ARA, MIK)], []),
 ("ar_right_after_his_talks",
  "وإثر مباحثاته مع الرئيس رجب طيب أردوغان، عاد السوداني إلى بغداد.", "ar", [MW(SUD, ERD)],
  []),
 ("ar_planned_meeting_phrase",
  "وخلال اللقاء الذي كان مقرراً أن يجمعه بلافروف، سيؤكد فيدان موقف بلاده.", "ar", [],
  [MW(FID, LAV)]),
 ("ar_meeting_of_with_title",
  "وتناول لقاء عراقجي مع رئيس البرلمان نبيه بري الوضع في الجنوب.", "ar", [MW(ARA, BERRI)],
  []),
 ("ar_meeting_of_bi_title",
  "وجاء لقاء السوداني بالرئيس التركي رجب طيب أردوغان بعد أشهر من التوتر.", "ar",
  [MW(SUD, ERD)], []),
 ("ar_talks_of_with_counterpart",
  "وأسفرت مباحثات فيدان مع نظيره السعودي فيصل بن فرحان عن اتفاق على تشكيل لجنة.", "ar",
  [MW(FID, FAIS)], []),
 ("ar_meeting_of_planned_postponed",
  "وكان لقاء عراقجي المرتقب مع رئيس البرلمان نبيه بري قد أرجئ.", "ar", [], [MW(ARA, BERRI)]),
 # ---- lists, participles, paired nouns, "played host to"
 ("en_and_his_counterpart_apposed",
  "Lavrov and his Turkish counterpart, Hakan Fidan, held talks in Moscow.", "en",
  [MW(FID, LAV)], []),
 ("en_and_his_guest_apposed_met",
  "Erdogan and his guest, Sudani, met at the palace.", "en", [MW(ERD, SUD)], []),
 ("en_hosting_participle",
  "Erdogan, hosting Sudani in Ankara, said the two countries would expand trade.", "en",
  [MW(ERD, SUD)], []),
 ("en_receiving_participle",
  "Berri, receiving Araghchi at his residence, stressed Lebanon's sovereignty.", "en",
  [MW(BERRI, ARA)], []),
 ("en_receiving_backing_no_meeting",
  "Berri, receiving Hezbollah's backing, won the vote.", "en", [],
  [MW(BERRI, "organization:hezbollah")]),
 ("en_hyphen_pair_meeting",
  "The Sudani-Erdogan meeting lasted three hours.", "en", [MW(SUD, ERD)], []),
 ("en_and_possessive_meeting",
  "Fidan and Lavrov's meeting in Moscow produced no breakthrough.", "en", [MW(FID, LAV)], []),
 ("en_planned_hyphen_pair_meeting",
  "The planned Sudani-Erdogan meeting was postponed.", "en", [], [MW(SUD, ERD)]),
 ("en_played_host_to",
  "Erdogan played host to Sudani at the presidential complex.", "en", [MW(ERD, SUD)], []),
 ("en_will_play_host_to",
  "Erdogan will play host to Sudani next month.", "en", [], [MW(ERD, SUD)]),
 # ---- the visitor by description
 ("en_received_the_visitor",
  "Iranian Foreign Minister Abbas Araghchi arrived in Beirut on Monday. Speaker Nabih Berri "
  "received the Iranian visitor at his residence.", "en", [MW(ARA, BERRI)], []),
 ("en_guest_was_received_by",
  "Mohammed Shia al-Sudani flew to Ankara. The Iraqi guest was received by President Recep "
  "Tayyip Erdogan at the presidential complex.", "en", [MW(SUD, ERD)], []),
 ("en_welcomed_his_guest",
  "Mohammed Shia al-Sudani flew to Ankara on Monday. Erdogan welcomed his guest at the "
  "airport.", "en", [MW(SUD, ERD)], []),
 ("en_did_not_receive_the_guest",
  "Mohammed Shia al-Sudani flew to Ankara on Monday. Erdogan did not receive the Iraqi guest.",
  "en", [], [MW(SUD, ERD)]),
 # ---- sat with
 ("ar_sat_to",
  "وجلس عراقجي إلى البوسعيدي ساعتين.", "ar", [MW(ARA, BUS)], []),
 ("ar_sat_with_counterpart",
  "وجلس عراقجي مع نظيره العماني بدر البوسعيدي ساعتين.", "ar", [MW(ARA, BUS)], []),
 ("ar_alone_with",
  "واختلى السوداني بأردوغان في مكتبه.", "ar", [MW(SUD, ERD)], []),
 ("ar_sat_beside",
  "وجلس السوداني إلى جانب أردوغان في القمة.", "ar", [], [MW(SUD, ERD)]),
 ("ar_did_not_sit_with",
  "ولم يجلس عراقجي مع البوسعيدي.", "ar", [], [MW(ARA, BUS)]),
 # ---- meals
 ("en_had_dinner_with",
  "Sudani had dinner with Erdogan in Ankara.", "en", [MW(SUD, ERD)], []),
 ("en_lunched_with",
  "Sudani lunched with Erdogan at the palace.", "en", [MW(SUD, ERD)], []),
 ("en_pair_had_working_dinner",
  "Sudani and Erdogan had a working dinner on Tuesday.", "en", [MW(SUD, ERD)], []),
 ("en_will_have_dinner",
  "Sudani will have dinner with Erdogan on Friday.", "en", [], [MW(SUD, ERD)]),
 ("en_did_not_have_lunch",
  "Sudani did not have lunch with Erdogan.", "en", [], [MW(SUD, ERD)]),
 ("ar_ate_lunch_with",
  "وتناول السوداني طعام الغداء مع أردوغان.", "ar", [MW(SUD, ERD)], []),
 ("ar_ate_dinner_with_title",
  "وتناول السوداني العشاء مع الرئيس التركي رجب طيب أردوغان في أنقرة.", "ar", [MW(SUD, ERD)],
  []),
 ("ar_will_eat_with",
  "وسيتناول السوداني العشاء مع أردوغان.", "ar", [], [MW(SUD, ERD)]),
 ("ar_gave_feast_in_honour",
  "وأولم أردوغان على شرف السوداني في أنقرة.", "ar", [MW(ERD, SUD)], []),
 # ---- a visit paid to a person, "ضم اللقاء", "whom Y received"
 ("ar_paid_visit_to_person",
  "وقام وزير الخارجية الإيراني عباس عراقجي بزيارة رئيس مجلس النواب نبيه بري في مقره.", "ar",
  [MW(ARA, BERRI)], []),
 ("ar_paid_visit_not_done",
  "ولم يقم عراقجي بزيارة نبيه بري.", "ar", [], [MW(ARA, BERRI)]),
 ("ar_meeting_included",
  "وضم اللقاء كلاً من فيدان ولافروف.", "ar", [MW(FID, LAV)], []),
 ("en_whom_received",
  "Sudani, whom Erdogan had received a day earlier, flew home on Tuesday.", "en",
  [MW(SUD, ERD)], []),
 ("en_whom_hoped_to_meet",
  "Sudani, whom Erdogan had hoped to meet, flew home.", "en", [], [MW(SUD, ERD)]),
 ("en_whom_never_met",
  "Sudani, whom Erdogan never met, flew home.", "en", [], [MW(SUD, ERD)]),
 # ---- the main clause after an opening meeting phrase; handshakes
 ("en_in_a_meeting_with_said",
  "In a meeting with Erdogan on Monday, Sudani said Iraq wanted more water.", "en",
  [MW(SUD, ERD)], []),
 ("en_during_his_meeting_said",
  "During his meeting with Erdogan, Sudani said Iraq needs water.", "en", [MW(SUD, ERD)], []),
 ("en_closing_reporting_clause",
  "Sudani met Erdogan in Ankara, Iraq's Foreign Minister Fuad Hussein said.", "en",
  [MW(SUD, ERD)], [MW(SUD, "person:fuad-hussein"), MW(ERD, "person:fuad-hussein")]),
 ("ar_at_the_end_of_talks_he_held",
  "وفي ختام المباحثات التي أجراها مع أردوغان، عاد السوداني إلى بغداد.", "ar", [MW(SUD, ERD)],
  []),
 ("ar_at_the_end_of_his_meeting",
  "وفي ختام لقائه الرئيس رجب طيب أردوغان، قال السوداني إن العلاقات متينة.", "ar",
  [MW(SUD, ERD)], []),
 ("en_shook_hands_with",
  "Sudani shook hands with Erdogan at the start of the summit.", "en", [MW(SUD, ERD)], []),
 ("en_pair_shook_hands",
  "Sudani and Erdogan shook hands in front of the cameras.", "en", [MW(SUD, ERD)], []),
 ("en_refused_to_shake_hands",
  "Sudani refused to shake hands with Erdogan.", "en", [], [MW(SUD, ERD)]),
 ("ar_shook_hands_vso",
  "وصافح السوداني أردوغان في مستهل القمة.", "ar", [MW(SUD, ERD)], []),
 ("ar_pair_shook_hands",
  "وتصافح السوداني وأردوغان أمام عدسات المصورين.", "ar", [MW(SUD, ERD)], []),
 ("ar_refused_handshake",
  "ورفض السوداني مصافحة أردوغان.", "ar", [], [MW(SUD, ERD)]),
 # ---- "held" past modifiers
 ("en_pair_held_closed_door_talks",
  "Sudani and Erdogan held closed-door talks in Ankara.", "en", [MW(SUD, ERD)], []),
 ("en_pair_held_hours_of_talks",
  "The two leaders, Sudani and Erdogan, held three hours of talks.", "en", [MW(SUD, ERD)],
  []),
 ("en_pair_held_face_to_face_meeting",
  "Sudani and Erdogan held a face-to-face meeting on Tuesday.", "en", [MW(SUD, ERD)], []),
 ("en_pair_will_hold_talks",
  "Sudani and Erdogan will hold closed-door talks next week.", "en", [], [MW(SUD, ERD)]),
 ("en_pair_attended_meeting",
  "Sudani and Erdogan attended a meeting of the Arab League.", "en", [], [MW(SUD, ERD)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_meeting_sweep_s14(ex, name, text, lang, must, must_not):
    doc = ex.extract(text, lang=lang)
    assert_relations(doc, name, must, must_not)


def test_having_is_no_person(ex):
    doc = ex.extract("Having met Nabih Berri in Beirut, Araghchi flew on to Damascus.", lang="en")
    assert "person:having" not in {e["id"] for e in doc["entities"]}
