"""MET_WITH that must NOT be produced (session 12, precision), and the meetings next to them
that must stay. Our own sentences, both languages, not taken from any dev set.

- ``meeting_speaker.py``: the speaker of a reported meeting whose verb has its own subject
  ("وأضاف X أن الوفد التقى Y", "X said the delegation met Y", "According to X, ...");
- ``meeting_calls.py``: "X phoned Y. The two men discussed ..." (the call, not a meeting);
- ``meeting_modality.py``: a meeting called for / proposed ("دعا X إلى عقد لقاء مع Y") or
  dated in the future ("ويلتقي X غداً Y", "X meets Y next week").

Each case: (name, text, lang, MET_WITH that must be found, MET_WITH that must NOT be found).
"""

import pytest

from tests.extract_support import MW, assert_relations

SUD, ERDOGAN = "person:mohammed-shia-al-sudani", "person:recep-tayyip-erdogan"
FUAD, RASHID = "person:fuad-hussein", "person:abdul-latif-rashid"
ARAGHCHI, FIDAN = "person:abbas-araghchi", "person:hakan-fidan"
AWADI, QAANI = "person:basim-al-awadi", "person:esmail-qaani"


SPEAKER = [
 # ---- Arabic: the clause after أن / إن has its own subject
 ("ar_added_delegation_met",
  "وأضاف فؤاد حسين أن الوفد التقى الرئيس عبد اللطيف رشيد في بغداد.", "ar", [],
  [MW(FUAD, RASHID)]),
 ("ar_said_delegation_adj_met",
  "وقال وزير الخارجية فؤاد حسين إن الوفد الإيراني التقى رئيس الوزراء محمد شياع السوداني.",
  "ar", [], [MW(FUAD, SUD)]),
 ("ar_spokesman_members_met_with",
  "وأوضح المتحدث باسم الحكومة باسم العوادي أن أعضاء الوفد التركي اجتمعوا بالسوداني في بغداد.",
  "ar", [], [MW(AWADI, SUD)]),
 ("ar_said_officials_met_list",
  "وأكد فؤاد حسين، في تصريح صحفي، أن المسؤولين الأتراك التقوا السوداني والرئيس عبد اللطيف "
  "رشيد.", "ar", [], [MW(FUAD, SUD), MW(FUAD, RASHID), MW(SUD, RASHID)]),
 ("ar_according_then_fa_inna",
  "وبحسب فؤاد حسين، فإن الوفد عقد اجتماعاً مع السوداني.", "ar", [], [MW(FUAD, SUD)]),
 # positives: a pronoun subject is the speaker; a named subject is read as before
 ("ar_said_he_met",
  "وقال فؤاد حسين إنه التقى عباس عراقجي في طهران.", "ar", [MW(FUAD, ARAGHCHI)], []),
 ("ar_said_named_met",
  "وأكد السوداني أن عراقجي التقى فيدان في أنقرة.", "ar", [MW(ARAGHCHI, FIDAN)],
  [MW(SUD, FIDAN)]),
 ("ar_latter_met",
  "ولم يُعلن عن لقاء بين قاآني والسوداني، بينما أفادت مصادر بأن الأخير التقى فؤاد حسين.", "ar",
  [MW(SUD, FUAD)], []),
 # ---- English
 ("en_said_delegation_met",
  "Government spokesman Basim al-Awadi said the Turkish delegation met Prime Minister Mohammed "
  "Shia al-Sudani on Monday.", "en", [], [MW(AWADI, SUD)]),
 ("en_told_that_had_met_list",
  "Fuad Hussein told reporters that the delegation had met Mohammed Shia al-Sudani and "
  "President Abdul Latif Rashid.", "en", [], [MW(FUAD, SUD), MW(FUAD, RASHID), MW(SUD, RASHID)]),
 ("en_according_to",
  "According to Fuad Hussein, the visiting officials held talks with Mohammed Shia al-Sudani.",
  "en", [], [MW(FUAD, SUD)]),
 ("en_said_he_met",
  "Fuad Hussein said he met Abbas Araghchi in Tehran.", "en", [MW(FUAD, ARAGHCHI)], []),
 ("en_said_named_met",
  "Fuad Hussein said Araghchi met Hakan Fidan in Ankara.", "en", [MW(ARAGHCHI, FIDAN)],
  [MW(FUAD, FIDAN)]),
]

CALLS = [
 ("en_phoned_two_men_discussed",
  "Araghchi phoned Hakan Fidan on Monday. The two men discussed the situation in Syria.", "en",
  [], [MW(ARAGHCHI, FIDAN)]),
 ("en_phone_call_two_ministers_talked",
  "Araghchi spoke with Hakan Fidan in a phone call on Monday. The two ministers also talked "
  "about trade.", "en", [], [MW(ARAGHCHI, FIDAN)]),
 ("en_telephoned_he_and_discussed",
  "Araghchi telephoned Hakan Fidan on Monday. He and Fidan discussed the situation in Syria.",
  "en", [], [MW(ARAGHCHI, FIDAN)]),
 # positive: a meeting, then the discussion
 ("en_received_two_men_discussed",
  "Araghchi received Hakan Fidan in Tehran on Monday. The two men discussed the situation in "
  "Syria.", "en", [MW(ARAGHCHI, FIDAN)], []),
 ("ar_phoned_two_sides",
  "أجرى عراقجي اتصالاً هاتفياً مع هاكان فيدان. وبحث الوزيران التطورات الإقليمية.", "ar", [],
  [MW(ARAGHCHI, FIDAN)]),
]

MODALITY = [
 # ---- called for / proposed
 ("en_called_for_meeting",
  "Sudani called for a meeting with Erdogan to discuss water.", "en", [], [MW(SUD, ERDOGAN)]),
 ("en_pressed_for_talks",
  "Sudani pressed for direct talks with Erdogan on water quotas.", "en", [],
  [MW(SUD, ERDOGAN)]),
 ("en_demanded_meeting",
  "Sudani demanded an urgent meeting with Erdogan.", "en", [], [MW(SUD, ERDOGAN)]),
 ("ar_called_for_meeting_vso",
  "دعا السوداني إلى عقد لقاء مع أردوغان لبحث ملف المياه.", "ar", [], [MW(SUD, ERDOGAN)]),
 ("ar_demanded_meeting",
  "وطالب السوداني بعقد اجتماع مع الرئيس التركي رجب طيب أردوغان.", "ar", [],
  [MW(SUD, ERDOGAN)]),
 ("ar_proposed_meeting_between",
  "اقترح السوداني عقد اجتماع بين عراقجي وفيدان في بغداد.", "ar", [],
  [MW(ARAGHCHI, FIDAN)]),
 # positives: a request in another phrase, a meeting held
 ("en_called_for_calm_then_met",
  "Sudani, who had called for calm, met Erdogan in Ankara on Monday.", "en",
  [MW(SUD, ERDOGAN)], []),
 ("ar_called_for_calm_in_meeting",
  "دعا السوداني إلى التهدئة خلال لقائه الرئيس التركي رجب طيب أردوغان في أنقرة.", "ar",
  [MW(SUD, ERDOGAN)], []),
 # ---- dated in the future
 ("ar_meets_tomorrow",
  "ويلتقي السوداني غداً الرئيس التركي رجب طيب أردوغان.", "ar", [], [MW(SUD, ERDOGAN)]),
 ("ar_meets_next_week",
  "ويجتمع السوداني الأسبوع المقبل مع الرئيس التركي رجب طيب أردوغان في أنقرة.", "ar", [],
  [MW(SUD, ERDOGAN)]),
 ("ar_receives_next_sunday",
  "ويستقبل السوداني يوم الأحد المقبل الرئيس التركي رجب طيب أردوغان.", "ar", [],
  [MW(SUD, ERDOGAN)]),
 ("en_meets_tomorrow",
  "Sudani meets Erdogan in Ankara tomorrow.", "en", [], [MW(SUD, ERDOGAN)]),
 ("en_hosts_next_month",
  "Sudani hosts Erdogan in Baghdad next month.", "en", [], [MW(SUD, ERDOGAN)]),
 # positives: the next phase is a topic; a headline present tense; a future in another clause
 ("ar_topic_next_phase",
  "التقى السوداني الرئيس التركي رجب طيب أردوغان وبحثا المرحلة المقبلة.", "ar",
  [MW(SUD, ERDOGAN)], []),
 ("en_headline_meets",
  "Sudani meets Erdogan in Ankara on Tuesday.", "en", [MW(SUD, ERDOGAN)], []),
 ("ar_lunch_is_no_tomorrow",  # "غداء" (lunch) folds like "غدا" (tomorrow)
  "التقى رئيس الوزراء محمد شياع السوداني وزير الخارجية التركي هاكان فيدان على مأدبة غداء في "
  "بغداد.", "ar", [MW(SUD, FIDAN)], []),
 ("en_met_and_will_meet",
  "Sudani met Erdogan in Ankara on Monday and will fly to Doha next week.", "en",
  [MW(SUD, ERDOGAN)], []),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", SPEAKER + CALLS + MODALITY,
                         ids=[c[0] for c in SPEAKER + CALLS + MODALITY])
def test_precision_s12(ex, name, text, lang, must, must_not):
    doc = ex.extract(text, lang=lang)
    assert_relations(doc, name, must, must_not)
