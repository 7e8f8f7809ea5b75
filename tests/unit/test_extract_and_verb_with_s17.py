""""التقى X Y، واجتمع بـZ" (session 17): a second meeting verb glued to و after a comma, its
object with its preposition right after it (no subject of its own between), continues the first
verb's subject: X met Z, not Y-Z; after "زار X B (في ...) حيث التقى Y" that subject is the
visitor X. A verb followed by a subject of its own ("، واجتمع W بـZ") is left to the other
rules. English "..., and met with Z" was already read. Our own sentences, not taken from any
dev set."""

import pytest

from tests.extract_support import MW, assert_relations

LARIJANI, SUDANI, ARAJI = ("person:ali-larijani", "person:mohammed-shia-al-sudani",
                           "person:qassim-al-araji")
FIDAN, ARAGHCHI, SHAIBANI = "person:hakan-fidan", "person:abbas-araghchi", "person:asaad-al-shaibani"

# (name, text, lang, must, must_not)
CASES = [
 ("ar_and_met_with", "التقى علي لاريجاني رئيس الوزراء محمد شياع السوداني، واجتمع بمستشار الأمن "
  "القومي قاسم الأعرجي.", "ar", [MW(LARIJANI, SUDANI), MW(LARIJANI, ARAJI)],
  [MW(SUDANI, ARAJI)]),
 ("ar_visited_where_dated", "وفي أول جولة له، زار علي لاريجاني بغداد في 11 آب/أغسطس حيث التقى "
  "رئيس الوزراء محمد شياع السوداني، واجتمع بمستشار الأمن القومي قاسم الأعرجي.", "ar",
  [MW(LARIJANI, SUDANI), MW(LARIJANI, ARAJI)], [MW(SUDANI, ARAJI)]),
 ("ar_and_talks_with", "استقبل وزير الخارجية التركي هاكان فيدان عباس عراقجي، واجتمع مع وزير "
  "الخارجية السوري أسعد الشيباني.", "ar", [MW(FIDAN, ARAGHCHI), MW(FIDAN, SHAIBANI)],
  [MW(ARAGHCHI, SHAIBANI)]),
 # negative: a subject of its own
 ("ar_own_subject", "التقى علي لاريجاني رئيس الوزراء محمد شياع السوداني، واجتمع قاسم الأعرجي "
  "بهاكان فيدان.", "ar", [MW(LARIJANI, SUDANI)], [MW(LARIJANI, FIDAN), MW(LARIJANI, ARAJI)]),
 ("en_and_met_with", "Ali Larijani visited Baghdad on August 11, where he met Prime Minister "
  "Mohammed Shia al-Sudani, and met with national security adviser Qassim al-Araji.", "en",
  [MW(LARIJANI, SUDANI), MW(LARIJANI, ARAJI)], [MW(SUDANI, ARAJI)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_and_verb_with(ex, name, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
