"""English: a prepositional aside between a subject and its meeting verb ("X, on his first
visit since he replaced Y, also met Z") leaves X the subject; Y, named inside the aside,
met nobody. Our own sentences, not taken from any dev set.
"""

import pytest

from tests.extract_support import MW, SO, assert_relations

LARIJANI, AHMADIAN = "person:ali-larijani", "person:ali-akbar-ahmadian"
ARAGHCHI, ABDOLLAHIAN = "person:abbas-araghchi", "person:hossein-amir-abdollahian"
BERRI, SALAM = "person:nabih-berri", "person:nawaf-salam"
INTRO = "Iran's top security official Ali Larijani arrived in Beirut on Tuesday. "


# (name, text, must, must_not)
CASES = [
 ("appointed_to_replace",
  INTRO + "Larijani, on his first visit to Lebanon since he was appointed to replace Ali Akbar "
  "Ahmadian, also met Parliament Speaker Nabih Berri and Prime Minister Nawaf Salam.",
  [MW(LARIJANI, BERRI), MW(LARIJANI, SALAM), SO(LARIJANI, AHMADIAN)],
  [MW(AHMADIAN, BERRI), MW(AHMADIAN, SALAM)]),
 ("since_succeeding",
  INTRO + "Larijani, on his first trip abroad since succeeding Ahmadian, met Nabih Berri.",
  [MW(LARIJANI, BERRI)], [MW(AHMADIAN, BERRI)]),
 ("since_killed",
  "Abbas Araghchi, on his first trip since Hossein Amir-Abdollahian was killed, met Nabih "
  "Berri.", [MW(ARAGHCHI, BERRI)], [MW(ABDOLLAHIAN, BERRI)]),
 ("after_death_held_talks",
  "Abbas Araghchi, in his first visit after the death of Hossein Amir-Abdollahian, held talks "
  "with Nabih Berri.", [MW(ARAGHCHI, BERRI)], [MW(ABDOLLAHIAN, BERRI)]),
 # negatives: an object followed by a place aside is no subject of a later verb
 ("object_then_place",
  "Nawaf Salam met Nabih Berri, in Beirut on Monday, and Abbas Araghchi.",
  [MW(SALAM, BERRI)], [MW(BERRI, ARAGHCHI)]),
 ("relative_clause_unchanged",
  INTRO + "Larijani, who replaced Ali Akbar Ahmadian this month, met Nabih Berri.",
  [MW(LARIJANI, BERRI)], [MW(AHMADIAN, BERRI)]),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_subject_before_aside(ex, name, text, must, must_not):
    assert_relations(ex.extract(text, lang="en"), name, must, must_not)
