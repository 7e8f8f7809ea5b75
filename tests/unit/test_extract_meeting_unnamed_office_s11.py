"""MET_WITH with an office named without a name (session 11), our own sentences:

- step 4: "the Turkish ambassador" / "بالسفير التركي" (an office one person of a country holds
  at a time) is the person the article named with that title, never another Turk named
  before with another office ("Turkish Foreign Minister X ... then met the Turkish
  ambassador" made X the partner; the Arabic clitic hid the office word); and "ثم التقى Z
  بالسفير التركي" (a title with no name after بـ/مع) keeps Z as the subject, not the object
  of someone named in the sentence before. Kept: the ambassador named before ("Turkish
  Ambassador Y met ... . Z then met the Turkish ambassador" -> Z met Y), "the Turkish foreign
  minister" / "وزير الخارجية التركي" for the foreign minister named before.

Each case: (name, text, lang, MET_WITH pairs that must be found, and that must NOT be found).
"""

import pytest

from tests.extract_support import MW, assert_relations

ARAGHCHI, SUDANI = "person:abbas-araghchi", "person:mohammed-shia-al-sudani"
FIDAN, GUNEY = "person:hakan-fidan", "person:ali-riza-guney"


CASES = [
 ("en_ambassador_is_not_the_foreign_minister",
  "Turkish Foreign Minister Hakan Fidan met Abbas Araghchi. Mohammed Shia al-Sudani then met "
  "the Turkish ambassador.", "en", [MW(ARAGHCHI, FIDAN)], [MW(SUDANI, FIDAN), MW(SUDANI, ARAGHCHI)]),
 ("ar_bi_ambassador_is_not_the_foreign_minister",
  "والتقى وزير الخارجية التركي هاكان فيدان عباس عراقجي. ثم التقى محمد شياع السوداني بالسفير "
  "التركي.", "ar", [MW(ARAGHCHI, FIDAN)], [MW(SUDANI, FIDAN), MW(SUDANI, ARAGHCHI)]),
 ("ar_then_met_unnamed_ambassador_subject_kept",
  "وكان رئيس الوزراء محمد شياع السوداني قد التقى عباس عراقجي. ثم التقى السوداني بالسفير "
  "التركي.", "ar", [MW(ARAGHCHI, SUDANI)], []),
 ("ar_then_met_with_unnamed_ambassador",
  "والتقى وزير الخارجية التركي هاكان فيدان عباس عراقجي. ثم التقى محمد شياع السوداني مع السفير "
  "التركي.", "ar", [], [MW(SUDANI, FIDAN), MW(SUDANI, ARAGHCHI)]),
 # kept: the office named before
 ("en_ambassador_named_before",
  "Turkish Ambassador Ali Riza Guney met Abbas Araghchi. Mohammed Shia al-Sudani then met the "
  "Turkish ambassador.", "en", [MW(SUDANI, GUNEY)], []),
 ("ar_ambassador_named_before",
  "والتقى السفير التركي علي رضا غوناي عباس عراقجي. ثم التقى محمد شياع السوداني بالسفير "
  "التركي.", "ar", [MW(SUDANI, GUNEY)], []),
 ("en_foreign_minister_named_before",
  "Turkish Foreign Minister Hakan Fidan met Abbas Araghchi. Later, Mohammed Shia al-Sudani "
  "received the Turkish foreign minister.", "en", [MW(SUDANI, FIDAN)], []),
 ("ar_foreign_minister_named_before",
  "وكان وزير الخارجية التركي هاكان فيدان قد وصل إلى بغداد. واستقبل محمد شياع السوداني وزير "
  "الخارجية التركي.", "ar", [MW(SUDANI, FIDAN)], []),
 ("ar_dropped_subject_still_read",
  "وصل عباس عراقجي إلى بغداد. والتقى رئيس الوزراء محمد شياع السوداني.", "ar",
  [MW(ARAGHCHI, SUDANI)], []),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_meeting_unnamed_office_s11(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
