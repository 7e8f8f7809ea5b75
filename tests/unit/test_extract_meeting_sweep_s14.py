"""MET_WITH constructions of feature writing, swept from our own sentences (session 14).

- an unreal perfect is no meeting: "was to have met X", "would have met X" (not "is believed
  to have met X"; ``meetings_en.unreal_perfect_en``);
- an opening participial or noun phrase names the main clause's subject's partner: "Having met
  Y in Beirut, X flew on", "Having held talks with Y, X ...", "Fresh from talks with Y, X ...",
  "After three hours of talks with Y, the speaker of parliament, X left" ("Having" is no
  person; ``meeting_frames_en.opening_meeting_en``).

Our own sentences, not taken from any data set. Each case: (name, text, lang, MET_WITH that
must be found, MET_WITH that must NOT be found).
"""

import pytest

from loaders.extract.rules import RuleExtractor
from tests.extract_support import MW, assert_relations

ARA, BERRI = "person:abbas-araghchi", "person:nabih-berri"
FID, LAV = "person:hakan-fidan", "person:sergei-lavrov"
SUD, ERD = "person:mohammed-shia-al-sudani", "person:recep-tayyip-erdogan"
FAIS = "person:faisal-bin-farhan"


@pytest.fixture(scope="module")
def ex():
    return RuleExtractor()


CASES = [
 # ---- an unreal perfect
 ("en_was_to_have_met",
  "Fidan was to have met Lavrov in Moscow, but the trip was cancelled.", "en", [],
  [MW(FID, LAV)]),
 ("en_was_to_have_hosted",
  "Erdogan was to have hosted Sudani in Ankara last week.", "en", [], [MW(ERD, SUD)]),
 ("en_due_to_have_held_talks",
  "Fidan was due to have held talks with Lavrov on Monday.", "en", [], [MW(FID, LAV)]),
 ("en_believed_to_have_met",
  "Fidan is believed to have met Lavrov in Moscow.", "en", [MW(FID, LAV)], []),
 # ---- an opening phrase
 ("en_having_met",
  "Having met Nabih Berri in Beirut, Araghchi flew on to Damascus.", "en", [MW(ARA, BERRI)],
  []),
 ("en_having_held_talks",
  "Having held talks with Lavrov, Fidan returned to Ankara.", "en", [MW(FID, LAV)], []),
 ("en_having_hosted",
  "Having hosted Sudani for lunch, Erdogan left for Baku.", "en", [MW(ERD, SUD)], []),
 ("en_hours_of_talks_apposition",
  "After three hours of talks with Nabih Berri, the speaker of parliament, Araghchi left "
  "without comment.", "en", [MW(ARA, BERRI)], []),
 ("en_fresh_from_talks",
  "Fresh from talks with Faisal bin Farhan in Riyadh, Fidan headed to Doha.", "en",
  [MW(FID, FAIS)], []),
 ("en_having_failed_to_meet",
  "Having failed to meet Lavrov, Fidan returned to Ankara.", "en", [], [MW(FID, LAV)]),
 ("en_before_meeting_future",
  "Before meeting Lavrov, Fidan will visit Baku.", "en", [], [MW(FID, LAV)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_meeting_sweep_s14(ex, name, text, lang, must, must_not):
    doc = ex.extract(text, lang=lang)
    assert_relations(doc, name, must, must_not)


def test_having_is_no_person(ex):
    doc = ex.extract("Having met Nabih Berri in Beirut, Araghchi flew on to Damascus.", lang="en")
    assert "person:having" not in {e["id"] for e in doc["entities"]}
