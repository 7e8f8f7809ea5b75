"""MET_WITH (session 11), our own sentences in both languages:

- step 3a: a place between the meeting noun and its partner: "During talks in Baghdad with
  Y, X discussed ...", "During a meeting in Tehran with Y, X ...", "وفي اجتماع في بغداد مع Y،
  أكد X"; the meeting noun with a pronoun "مباحثاته / محادثاته مع Y" ("قال X عقب مباحثاته مع
  Y إن ...", "وأكد X خلال محادثاته مع Y").
- step 3b: a joint press conference is held in person by both: "X and Y held a joint press
  conference", "X told a joint news conference with Y", "At / Speaking at a joint press
  conference with Y, X said", "X and Z held a joint press conference with Y" (both with Y),
  "عقد X وY مؤتمراً صحفياً مشتركاً", "X وY عقدا مؤتمراً صحفياً مشتركاً", "وقال X في مؤتمر صحفي
  مشترك مع Y". Negatives: planned or negated ("will hold", "are expected to hold", "did
  not hold", "من المقرر أن يعقد", "لم يعقد", "سيعقد"), virtual ("a joint virtual press
  conference", "by video link"), no joint conference ("held a press conference after Y
  left", "said at a press conference that Y would visit"), "a joint committee with Y's
  government", "talks with Y planned for next week".

Each case: (name, text, lang, MET_WITH pairs that must be found, and that must NOT be found).
"""

import pytest

from tests.extract_support import MW, assert_relations

ARAGHCHI, SUDANI = "person:abbas-araghchi", "person:mohammed-shia-al-sudani"
FUAD = "person:fuad-hussein"


CASES = [
 # ---- step 3a: a place between the noun and "with"; "مباحثاته مع"
 ("en_talks_in_place_with",
  "During talks in Baghdad with Iraqi Prime Minister Mohammed Shia al-Sudani, Iranian Foreign "
  "Minister Abbas Araghchi discussed the border.", "en", [MW(ARAGHCHI, SUDANI)], []),
 ("en_meeting_in_place_with",
  "During a meeting in Tehran with Mohammed Shia al-Sudani, Abbas Araghchi stressed security.",
  "en", [MW(ARAGHCHI, SUDANI)], []),
 ("ar_meeting_in_place_with_fronted",
  "وفي اجتماع في بغداد مع رئيس الوزراء محمد شياع السوداني، أكد وزير الخارجية الإيراني عباس "
  "عراقجي أهمية العلاقات.", "ar", [MW(ARAGHCHI, SUDANI)], []),
 ("ar_said_after_his_talks_with",
  "قال عباس عراقجي عقب مباحثاته مع محمد شياع السوداني إن العلاقات قوية.", "ar",
  [MW(ARAGHCHI, SUDANI)], []),
 ("ar_during_his_talks_with",
  "وأكد عباس عراقجي خلال محادثاته مع محمد شياع السوداني أهمية العلاقات.", "ar",
  [MW(ARAGHCHI, SUDANI)], []),
 ("en_talks_planned_negative",
  "During talks with Mohammed Shia al-Sudani planned for next week, Abbas Araghchi will raise "
  "the border.", "en", [], [MW(ARAGHCHI, SUDANI)]),
 # ---- step 3b: joint press conferences
 ("en_pair_held_joint_press_conference",
  "Abbas Araghchi and Mohammed Shia al-Sudani held a joint press conference in Baghdad.", "en",
  [MW(ARAGHCHI, SUDANI)], []),
 ("en_told_joint_news_conference_with",
  "Abbas Araghchi told a joint news conference with Mohammed Shia al-Sudani that ties were "
  "strong.", "en", [MW(ARAGHCHI, SUDANI)], []),
 ("en_at_joint_press_conference_with_fronted",
  "At a joint press conference with Mohammed Shia al-Sudani, Abbas Araghchi said ties were "
  "strong.", "en", [MW(ARAGHCHI, SUDANI)], []),
 ("en_speaking_at_joint_press_conference",
  "Speaking at a joint press conference with Mohammed Shia al-Sudani, Abbas Araghchi said "
  "ties were strong.", "en", [MW(ARAGHCHI, SUDANI)], []),
 ("en_pair_held_with_third",
  "Abbas Araghchi and Fuad Hussein held a joint press conference with Mohammed Shia "
  "al-Sudani.", "en", [MW(ARAGHCHI, SUDANI), MW(FUAD, SUDANI)], []),
 ("ar_vso_held_joint_press_conference",
  "عقد عباس عراقجي ومحمد شياع السوداني مؤتمرا صحفيا مشتركا في بغداد.", "ar",
  [MW(ARAGHCHI, SUDANI)], []),
 ("ar_svo_dual_held_joint_press_conference",
  "عباس عراقجي ومحمد شياع السوداني عقدا مؤتمرا صحفيا مشتركا.", "ar",
  [MW(ARAGHCHI, SUDANI)], []),
 ("ar_titled_pair_held_joint_press_conference",
  "وعقد وزير الخارجية فؤاد حسين ونظيره الإيراني عباس عراقجي مؤتمرا صحفيا مشتركا في بغداد.",
  "ar", [MW(ARAGHCHI, FUAD)], []),
 ("ar_said_at_joint_press_conference_with",
  "وقال عباس عراقجي في مؤتمر صحفي مشترك مع محمد شياع السوداني إن العلاقات قوية.", "ar",
  [MW(ARAGHCHI, SUDANI)], []),
 # negatives
 ("en_will_hold_joint",
  "Abbas Araghchi will hold a joint press conference with Mohammed Shia al-Sudani on Monday.",
  "en", [], [MW(ARAGHCHI, SUDANI)]),
 ("en_expected_to_hold_joint",
  "Abbas Araghchi and Mohammed Shia al-Sudani are expected to hold a joint press conference.",
  "en", [], [MW(ARAGHCHI, SUDANI)]),
 ("en_did_not_hold_joint",
  "Abbas Araghchi and Mohammed Shia al-Sudani did not hold a joint press conference.", "en",
  [], [MW(ARAGHCHI, SUDANI)]),
 ("en_joint_virtual",
  "Abbas Araghchi held a joint virtual press conference with Mohammed Shia al-Sudani.", "en",
  [], [MW(ARAGHCHI, SUDANI)]),
 ("en_joint_by_video_link",
  "Abbas Araghchi and Mohammed Shia al-Sudani held a joint press conference by video link.",
  "en", [], [MW(ARAGHCHI, SUDANI)]),
 ("en_press_conference_after_left",
  "Abbas Araghchi held a press conference after Mohammed Shia al-Sudani left.", "en",
  [], [MW(ARAGHCHI, SUDANI)]),
 ("en_press_conference_would_visit",
  "Abbas Araghchi said at a press conference that Mohammed Shia al-Sudani would visit.", "en",
  [], [MW(ARAGHCHI, SUDANI)]),
 ("en_joint_committee",
  "Abbas Araghchi said a joint committee with Mohammed Shia al-Sudani's government would meet.",
  "en", [], [MW(ARAGHCHI, SUDANI)]),
 ("ar_scheduled_joint",
  "من المقرر أن يعقد عباس عراقجي ومحمد شياع السوداني مؤتمرا صحفيا مشتركا.", "ar",
  [], [MW(ARAGHCHI, SUDANI)]),
 ("ar_negated_joint",
  "لم يعقد عباس عراقجي ومحمد شياع السوداني مؤتمرا صحفيا مشتركا.", "ar",
  [], [MW(ARAGHCHI, SUDANI)]),
 ("ar_future_joint_with",
  "وقال عباس عراقجي إن محمد شياع السوداني سيعقد مؤتمرا صحفيا مشتركا مع فؤاد حسين.", "ar",
  [], [MW(FUAD, SUDANI), MW(ARAGHCHI, FUAD)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_meeting_press_s11(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
