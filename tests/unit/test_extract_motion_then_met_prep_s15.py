"""MET_WITH (Arabic): "ثم توجه إلى بيروت، واجتمع بـA وB" / "واجتمع مع A وB": a sentence that
opens with a verb of motion and names no one continues the previous sentence's visitor, also
when the list after the verb takes a preposition (s15-dr read the form without one).
Our own sentences, not taken from any dev set.
"""

import pytest

from tests.extract_support import MW, assert_relations

ARAGHCHI, BERRI, MIKATI = "person:abbas-araghchi", "person:nabih-berri", "person:najib-mikati"
SUDANI, ERDOGAN, FIDAN = ("person:mohammed-shia-al-sudani", "person:recep-tayyip-erdogan",
                          "person:hakan-fidan")


# (name, text, must, must_not)
CASES = [
 ("ba_list",
  "وصل عباس عراقجي إلى دمشق. ثم توجه إلى بيروت، واجتمع بنبيه بري ونجيب ميقاتي.",
  [MW(ARAGHCHI, BERRI), MW(ARAGHCHI, MIKATI)], [MW(BERRI, MIKATI)]),
 ("maa_list",
  "وصل عباس عراقجي إلى دمشق. ثم توجه إلى بيروت، واجتمع مع نبيه بري ونجيب ميقاتي.",
  [MW(ARAGHCHI, BERRI), MW(ARAGHCHI, MIKATI)], [MW(BERRI, MIKATI)]),
 ("ba_titled_list",
  "زار رئيس الوزراء العراقي محمد شياع السوداني الدوحة أمس. ثم انتقل إلى أنقرة، واجتمع بالرئيس "
  "التركي رجب طيب أردوغان ووزير الخارجية هاكان فيدان.",
  [MW(SUDANI, ERDOGAN), MW(SUDANI, FIDAN)], [MW(ERDOGAN, FIDAN)]),
 # negative: a named subject of its own keeps its reading
 ("named_subject",
  "وصل عباس عراقجي إلى دمشق. وتوجه نجيب ميقاتي إلى بيروت، واجتمع بنبيه بري.",
  [], [MW(ARAGHCHI, BERRI)]),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_motion_then_met_with_preposition(ex, name, text, must, must_not):
    assert_relations(ex.extract(text, lang="ar"), name, must, must_not)
