"""Session 20 (Arabic people the gazetteer does not know). Our own sentences, not taken from
any dev set.

- ``state_heads_ar``: "رئيس جمهورية X [الصفة] Y": the state's name after a title is skipped and
  Y is the holder, also when X is no country of the lists; "جمهورية / مملكة / سلطنة X" is never
  a person. Negative: a known country ("جمهورية العراق") works as before.
"""

import pytest

from tests.extract_support import MW, assert_relations, person_surfaces

TOURE, GOMEZ = "person:amadu-turi", "person:fernando-ghumez"
RASHID, FUAD = "person:abdul-latif-rashid", "person:fuad-hussein"


@pytest.mark.parametrize("name,text,must", [
    ("unknown_state", "واستقبل فخامة رئيس جمهورية بوروندي أمادو توري الوزير "
     "فرناندو غوميز في القصر.", [MW(TOURE, GOMEZ)]),
    ("state_adjectives", "واستقبل رئيس جمهورية الغابون الديمقراطية الدكتور أمادو توري "
     "الوزير فرناندو غوميز.", [MW(TOURE, GOMEZ)]),
    ("known_state", "واستقبل فخامة رئيس جمهورية العراق عبد اللطيف رشيد في بغداد الوزير "
     "فؤاد حسين.", [MW(RASHID, FUAD)])])
def test_state_title(ex, name, text, must) -> None:
    assert_relations(ex.extract(text, lang="ar"), name, must, [])


@pytest.mark.parametrize("text", [
    "ووصل الوزير إلى جمهورية بوروندي في زيارة رسمية.",
    "وقالت مصادر في سلطنة بروناي إن المحادثات مستمرة.",
    "واستقبل رئيس جمهورية الصومال الفيدرالية الوفد في مقديشو."])
def test_state_no_person(ex, text) -> None:
    """A state's name is no person's name."""
    people = list(person_surfaces(ex.extract(text, lang="ar"), text))
    assert not [p for p in people if p.startswith(("جمهورية", "سلطنة", "مملكة"))], people
