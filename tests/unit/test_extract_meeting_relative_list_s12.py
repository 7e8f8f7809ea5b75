"""A meeting's partner list goes on past a relative clause of its last member (session 12,
``meeting_titled_lists.complete_meeting_lists`` with ``context_tails.apposition_tail`` /
``relative_tail_ar``): "met X, who leads <body>, and Y", "held talks with X, who ..., and
(later) with Y", "was received by X, who ..., and by Y", "بحث مع X، الذي ...، ثم مع Y". Our own
sentences in both languages, not taken from any dev set.

Each case: (name, text, lang, MET_WITH that must be found, MET_WITH that must NOT be found).
"""

import pytest

from tests.extract_support import MW, assert_relations

ARAGHCHI, BERRI = "person:abbas-araghchi", "person:nabih-berri"
MIKATI, SUD = "person:najib-mikati", "person:mohammed-shia-al-sudani"
FIDAN, PEZ = "person:hakan-fidan", "person:masoud-pezeshkian"


CASES = [
 ("en_who_clause_naming_a_body",
  "Abbas Araghchi met Nabih Berri, who leads the Amal movement, and Najib Mikati, who heads "
  "the caretaker government.", "en",
  [MW(ARAGHCHI, BERRI), MW(ARAGHCHI, MIKATI)], [MW(BERRI, MIKATI)]),
 ("en_talks_with_and_with_after_clause",
  "Hakan Fidan held talks in Baghdad with Mohammed Shia al-Sudani, who took office in 2022, "
  "and later with Iranian President Masoud Pezeshkian.", "en",
  [MW(FIDAN, SUD), MW(FIDAN, PEZ)], [MW(SUD, PEZ)]),
 ("en_received_by_and_by_after_clause",
  "Abbas Araghchi was received in Beirut by Speaker Nabih Berri, who has held the post since "
  "1992, and by Prime Minister Najib Mikati.", "en",
  [MW(ARAGHCHI, BERRI), MW(ARAGHCHI, MIKATI)], [MW(BERRI, MIKATI)]),
 ("en_and_with_needs_with_before",
  "Abbas Araghchi met Nabih Berri, who heads the Amal movement, and with Najib Mikati "
  "the talks were tense.", "en",
  [MW(ARAGHCHI, BERRI)], [MW(ARAGHCHI, MIKATI)]),
 ("en_member_opening_own_clause",
  "Abbas Araghchi met Nabih Berri, who leads the Amal movement, and Prime Minister Najib "
  "Mikati said the visit was welcome.", "en",
  [MW(ARAGHCHI, BERRI)], [MW(ARAGHCHI, MIKATI)]),
 ("ar_then_with_after_clause",
  "وبحث وزير الخارجية التركي هاكان فيدان مع رئيس الوزراء محمد شياع السوداني، الذي تسلم "
  "منصبه عام 2022، ثم مع الرئيس الإيراني مسعود بزشكيان ملف المياه.", "ar",
  [MW(FIDAN, SUD), MW(FIDAN, PEZ)], [MW(SUD, PEZ)]),
 ("ar_waw_with_after_clause",
  "وتباحث عراقجي مع رئيس البرلمان نبيه بري، الذي يقود حركة أمل، ومع رئيس الحكومة نجيب "
  "ميقاتي في بيروت.", "ar",
  [MW(ARAGHCHI, BERRI), MW(ARAGHCHI, MIKATI)], [MW(BERRI, MIKATI)]),
 ("ar_with_again_but_first_no_with",
  "واستقبل عراقجي رئيس البرلمان نبيه بري، الذي يقود حركة أمل، ومع رئيس الحكومة نجيب "
  "ميقاتي سيبحث لاحقاً ملف الحدود.", "ar",
  [MW(ARAGHCHI, BERRI)], [MW(ARAGHCHI, MIKATI)]),
 ("ar_new_clause_after_relative",
  "والتقى عراقجي رئيس البرلمان نبيه بري، الذي يتولى المنصب منذ 1992، وقال ميقاتي إن لبنان "
  "يرحب بأي دعم.", "ar",
  [MW(ARAGHCHI, BERRI)], [MW(ARAGHCHI, MIKATI)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_meeting_relative_list(ex, name, text, lang, must, must_not):
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
