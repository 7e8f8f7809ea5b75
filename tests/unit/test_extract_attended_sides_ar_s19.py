"""Arabic attendees of a meeting of two (session 19). Our own sentences, not taken from any dev set.

- "وحضر اللقاء X" after a meeting of two: X met the participant of the other country (not his
  own side's: whom he met there is not said);
- "وشارك في المباحثات من الجانب العراقي X وY" / "وحضرها عن الجانب التركي X": a side named, so
  X met every participant, and the attendees of that list met each other;
- "وحضر المباحثات وزير الخارجية التركي X ونظيره العراقي Y": counterparts of two countries met
  each other (two ministers merely listed did not: ``test_extract_the_two_met_s16``);
- the talks told two sentences back ("وكان ... قد وصل" between) still count.
- Negatives: the attendee's own side when no side is named; "ولم يحضر اللقاء X" (negated);
  "أقيمت مأدبة حضرها X" (no talks named).
"""

import pytest

from tests.extract_support import MW, assert_relations

ERDOGAN, SUDANI = "person:recep-tayyip-erdogan", "person:mohammed-shia-al-sudani"
FUAD, ARAJI, FIDAN = "person:fuad-hussein", "person:qassim-al-araji", "person:hakan-fidan"
RECEIVED = "استقبل الرئيس التركي رجب طيب أردوغان في أنقرة رئيس الوزراء العراقي محمد شياع السوداني. "
TALKS = ("عقد الرئيس التركي رجب طيب أردوغان مباحثات مع رئيس الوزراء العراقي محمد شياع السوداني "
         "في أنقرة. ")

# (name, text, must, must_not)
CASES = [
 ("other_side", RECEIVED + "وحضر اللقاء وزير الخارجية العراقي فؤاد حسين.",
  [MW(FUAD, ERDOGAN), MW(FUAD, SUDANI)], []),
 ("side_named_two_back", TALKS + "وكان السوداني قد وصل إلى أنقرة صباحاً. وشارك في المباحثات من "
  "الجانب العراقي وزير الخارجية فؤاد حسين ومستشار الأمن القومي قاسم الأعرجي.",
  [MW(FUAD, ERDOGAN), MW(FUAD, SUDANI), MW(ARAJI, ERDOGAN), MW(ARAJI, SUDANI), MW(FUAD, ARAJI)], []),
 ("attended_it_side", "وصل رئيس الوزراء العراقي محمد شياع السوداني إلى أنقرة واستقبله الرئيس رجب "
  "طيب أردوغان. وعقد الجانبان جلسة مباحثات، وحضرها عن الجانب التركي وزير الخارجية هاكان فيدان.",
  [MW(FIDAN, ERDOGAN), MW(FIDAN, SUDANI)], []),
 ("counterparts", TALKS + "وحضر المباحثات وزير الخارجية التركي هاكان فيدان ونظيره العراقي فؤاد حسين.",
  [MW(FIDAN, SUDANI), MW(FUAD, ERDOGAN), MW(FIDAN, FUAD), MW(FIDAN, ERDOGAN), MW(FUAD, SUDANI)], []),
 ("negated", RECEIVED + "ولم يحضر اللقاء وزير الخارجية العراقي فؤاد حسين.",
  [], [MW(FUAD, ERDOGAN), MW(FUAD, SUDANI)]),
 ("no_talks", RECEIVED + "ثم أقيمت مأدبة حضرها وزير الخارجية العراقي فؤاد حسين.",
  [], [MW(FUAD, ERDOGAN), MW(FUAD, SUDANI)]),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_attended_sides_ar(ex, name, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang="ar"), name, must, must_not)
