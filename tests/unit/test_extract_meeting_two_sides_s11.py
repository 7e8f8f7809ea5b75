"""MET_WITH (session 11): "the two sides" / "the two men" met, our own sentences.

- step 7: after a sentence that names exactly two people, Arabic "وبحث الجانبان ..." /
  "والتقى الجانبان ..." / "وبحث الرجلان ..." (the dual right after a meeting verb is its
  subject) and English "The two sides discussed ..." (like "the two men") are a meeting of
  those two, also when the first sentence only planned it ("وصل X إلى بغداد للقاء Y",
  "X flew to Baghdad to meet Y"). Negatives: negated or planned ("ولم يلتق الجانبان بعد",
  "ومن المقرر أن يلتقي الجانبان"), after a phone call ("اتصل X هاتفياً بـY. وبحث الجانبان"),
  a sentence before that names three people, "بين الجانبين" (no reference: "في أول لقاء بين
  الجانبين منذ وصولها إلى بغداد" gives no visit to the other side).

Each case: (name, text, lang, relations that must be found, and that must NOT be found).
"""

import pytest

from tests.extract_support import MW, assert_relations

ARAGHCHI, SUDANI = "person:abbas-araghchi", "person:mohammed-shia-al-sudani"
FUAD = "person:fuad-hussein"
VISITED_BAGHDAD_ARAGHCHI = ("VISITED", ARAGHCHI, "location:baghdad")


CASES = [
 ("ar_two_sides_discussed_after_plan",
  "وصل عباس عراقجي إلى بغداد للقاء محمد شياع السوداني. وبحث الجانبان العلاقات.", "ar",
  [MW(ARAGHCHI, SUDANI)], []),
 ("ar_two_men_discussed",
  "وصل عباس عراقجي إلى بغداد للقاء محمد شياع السوداني. وبحث الرجلان العلاقات.", "ar",
  [MW(ARAGHCHI, SUDANI)], []),
 ("ar_two_sides_met",
  "وصل عباس عراقجي إلى بغداد للقاء محمد شياع السوداني. والتقى الجانبان في القصر الحكومي.",
  "ar", [MW(ARAGHCHI, SUDANI)], []),
 ("en_two_sides_discussed",
  "Abbas Araghchi flew to Baghdad to meet Mohammed Shia al-Sudani. The two sides discussed "
  "trade.", "en", [MW(ARAGHCHI, SUDANI)], []),
 # negatives
 ("ar_two_sides_not_yet_met",
  "وصل عباس عراقجي إلى بغداد للقاء محمد شياع السوداني. ولم يلتق الجانبان بعد.", "ar",
  [], [MW(ARAGHCHI, SUDANI)]),
 ("ar_two_sides_scheduled",
  "وصل عباس عراقجي إلى بغداد للقاء محمد شياع السوداني. ومن المقرر أن يلتقي الجانبان غدا.",
  "ar", [], [MW(ARAGHCHI, SUDANI)]),
 ("ar_two_sides_after_phone_call",
  "اتصل عباس عراقجي هاتفيا بمحمد شياع السوداني. وبحث الجانبان العلاقات.", "ar",
  [], [MW(ARAGHCHI, SUDANI)]),
 ("ar_three_named_before",
  "وصل عباس عراقجي إلى بغداد للقاء محمد شياع السوداني وفؤاد حسين. وبحث الجانبان العلاقات.",
  "ar", [], [MW(ARAGHCHI, SUDANI), MW(ARAGHCHI, FUAD)]),
 ("ar_between_the_two_sides_no_visit",
  "التقى محمد شياع السوداني عباس عراقجي في مكتبه، في أول لقاء معلن بين الجانبين منذ "
  "وصوله إلى بغداد.", "ar", [MW(ARAGHCHI, SUDANI)],
  [("VISITED", SUDANI, "location:baghdad")]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_meeting_two_sides_s11(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
