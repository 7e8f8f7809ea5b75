"""French transliteration writes ش as "ch" ("Asaad al-Chaibani", "Ahmed al-Charaa"): a name
with no reading as spelt is looked up with "ch" read as "sh" (session 16,
``FuzzyNames._french_ch``); a name known with "ch" ("Ahmed Chalabi", "Michel Aoun") keeps it.
Our own sentences."""

import pytest

from tests.extract_support import MW, assert_relations


def _people(doc: dict) -> set[str]:
    return {e["id"] for e in doc["entities"] if e["type"] == "Person"}


@pytest.mark.parametrize("text,eid", [
    ("Rubio sat down with Syrian Foreign Minister Asaad al-Chaibani in Antalya.",
     "person:asaad-al-shaibani"),
    ("Le Drian received Assaad Chaibani at the Quai d'Orsay on Monday.",
     "person:asaad-al-shaibani"),
    ("Macron met Ahmed al-Charaa in Paris.", "person:ahmed-al-sharaa"),
])
def test_french_ch_is_sh(ex, text, eid):
    people = _people(ex.extract(text, lang="en"))
    assert eid in people, people
    assert not any("chaibani" in p or "charaa" in p for p in people), people


def test_known_ch_names_stay(ex):
    text = "Ahmed Chalabi met Michel Aoun in Beirut."
    doc = ex.extract(text, lang="en")
    assert {"person:ahmed-chalabi", "person:michel-aoun"} <= _people(doc)
    assert_relations(doc, text, [MW("person:ahmed-chalabi", "person:michel-aoun")], [])
