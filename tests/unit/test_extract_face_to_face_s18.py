"""English "X and Y spoke face to face" / "X talked face-to-face with Y" (session 18).
Our own sentences, not taken from any dev set.

- a subject list, then a verb of talking and "face to face": the people of the list met;
- "X sat down face to face with Y": X met Y.
- Negatives: negated ("did not sit down face to face"), a plan ("would talk face to face"),
  and "face" in another sense ("X will face Y in the election").
"""

import pytest

from tests.extract_support import MW, assert_relations

WITKOFF, ARAQCHI = "person:steve-witkoff", "person:abbas-araghchi"
BUSAIDI = "person:badr-albusaidi"

# (name, text, must, must_not)
CASES = [
 ("list_spoke", "Abbas Araqchi and Steve Witkoff talked face to face for an hour in Oman on "
  "Sunday.", [MW(ARAQCHI, WITKOFF)], []),
 ("hyphen_with", "Steve Witkoff later sat down face-to-face with Abbas Araqchi in Rome.",
  [MW(WITKOFF, ARAQCHI)], []),
 ("negated", "Officials said Steve Witkoff and Abbas Araqchi did not sit down face to face in "
  "Rome.", [], [MW(WITKOFF, ARAQCHI)]),
 ("planned", "Badr al-Busaidi said Steve Witkoff would talk face to face with Abbas Araqchi.",
  [], [MW(WITKOFF, ARAQCHI)]),
 ("other_sense", "Steve Witkoff and Abbas Araqchi face tough choices before the next round.",
  [], [MW(WITKOFF, ARAQCHI)]),
]


@pytest.mark.parametrize("name,text,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_face_to_face(ex, name, text, must, must_not) -> None:
    assert_relations(ex.extract(text, lang="en"), name, must, must_not)
