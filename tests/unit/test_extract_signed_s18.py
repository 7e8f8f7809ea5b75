"""Those who signed an agreement together met (session 18, ``meeting_signed_en``). Our own
sentences, not taken from any dev set.

- "X and Y signed a memorandum", "X signed a trade accord in Ankara with Y (and Z)", "X signed
  on behalf of his government alongside his counterpart, Y", "The agreement was signed by X,
  <title>, and Y": X met Y.
- Negatives: a decree or a law signed (no agreement noun), a negated or urged signing, a
  signing by video link, and the one whose plan was signed.
"""

import pytest

from tests.extract_support import MW, assert_relations

ARAJI, LARIJANI, SUDANI = ("person:qassim-al-araji", "person:ali-larijani",
                           "person:mohammed-shia-al-sudani")
FIDAN, FUAD, SHAMKHANI = "person:hakan-fidan", "person:fuad-hussein", "person:ali-shamkhani"
ARAGHCHI, GROSSI, BUSAIDI = ("person:abbas-araghchi", "person:rafael-grossi",
                             "person:badr-albusaidi")
RASHID = "person:abdul-latif-rashid"

# (name, text, lang, must, must_not)
CASES = [
 ("en_pair_signed", "On Tuesday Abbas Araghchi and Rafael Grossi signed a technical agreement on "
  "the inspections.", "en", [MW(ARAGHCHI, GROSSI)], []),
 ("en_signed_with", "Hakan Fidan later signed a water-sharing memorandum in Baghdad with "
  "Foreign Minister Fuad Hussein.", "en", [MW(FIDAN, FUAD)], []),
 ("en_signed_alongside", "Badr Albusaidi signed on behalf of Oman alongside his Iranian "
  "counterpart, Abbas Araghchi.", "en", [MW(BUSAIDI, ARAGHCHI)], []),
 ("en_passive_apposition", "The security accord was signed in Baghdad by Qassim al-Araji, "
  "Iraq's national security adviser, and Ali Shamkhani.", "en", [MW(ARAJI, SHAMKHANI)], []),
 ("en_decree", "Mohammed Shia al-Sudani signed a decree naming Qassim al-Araji as adviser.",
  "en", [], [MW(SUDANI, ARAJI)]),
 ("en_urged_not", "Ali Larijani urged Qassim al-Araji not to sign the deal.", "en", [], []),
 ("en_negated", "Qassim al-Araji and Ali Larijani have not signed the memorandum yet.", "en",
  [], [MW(ARAJI, LARIJANI)]),
 ("en_video", "Hakan Fidan and Fuad Hussein signed the agreement by video link.", "en", [],
  [MW(FIDAN, FUAD)]),
 ("en_someones_plan", "Hakan Fidan signed Abdul Latif Rashid's water plan with Fuad Hussein.",
  "en", [], [MW(FIDAN, RASHID)]),
]


@pytest.mark.parametrize("name,text,lang,must,must_not", CASES, ids=[c[0] for c in CASES])
def test_signed(ex, name, text, lang, must, must_not) -> None:
    assert_relations(ex.extract(text, lang=lang), name, must, must_not)
