"""MET_WITH with an Arabic meeting noun that carries the subject's pronoun (session 11):

- step 6: the accusative form after إن/أن ("وقال X إن لقاءه مع Y تناول ...", "وأكد X أن لقاءه
  بـY كان مثمراً"), "مباحثاته / محادثاته" (step 3a) likewise, "إضافة إلى لقائه مع Y" (held).
  Negatives: a meeting looked forward to or not held ("يتطلع إلى لقائه مع Y", "إن لقاءه مع Y
  لم يعقد بعد", "لقاءه المرتقب"); a negation that is about something else stays a meeting
  ("خلال لقائه Y أن العراق لن يكون ...").

Each case: (name, text, lang, MET_WITH pairs that must be found, and that must NOT be found).
"""

import pytest

from tests.extract_support import MW, assert_relations

ARAGHCHI, HALBOUSI = "person:abbas-araghchi", "person:mohammed-al-halbousi"


CASES = [
 ("ar_inna_liqaahu_ma3a",
  "وقال الحلبوسي إن لقاءه مع عراقجي تناول التجارة.", "ar", [MW(ARAGHCHI, HALBOUSI)], []),
 ("ar_anna_liqaahu_bi",
  "وأكد محمد الحلبوسي أن لقاءه بعباس عراقجي كان مثمرا.", "ar", [MW(ARAGHCHI, HALBOUSI)], []),
 ("ar_besides_his_meeting",
  "وزار الحلبوسي طهران، بالإضافة إلى لقائه مع عباس عراقجي.", "ar",
  [MW(ARAGHCHI, HALBOUSI)], []),
 ("ar_negation_of_other_verb_kept",
  "وأكد الحلبوسي خلال لقائه عباس عراقجي أن العراق لن يكون منطلقا للاعتداء على جيرانه.", "ar",
  [MW(ARAGHCHI, HALBOUSI)], []),
 # negatives
 ("ar_looking_forward_to_meeting",
  "وقال الحلبوسي إنه يتطلع إلى لقائه مع عراقجي.", "ar", [], [MW(ARAGHCHI, HALBOUSI)]),
 ("ar_meeting_not_held_yet",
  "وقال الحلبوسي إن لقاءه مع عراقجي لم يعقد بعد.", "ar", [], [MW(ARAGHCHI, HALBOUSI)]),
 ("ar_expected_meeting",
  "وقال الحلبوسي إن لقاءه المرتقب مع عراقجي سيتناول التجارة.", "ar", [],
  [MW(ARAGHCHI, HALBOUSI)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_meeting_pron_noun_s11(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
