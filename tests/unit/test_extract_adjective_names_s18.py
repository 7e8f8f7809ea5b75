"""Capitalised words read as a new person, session 18 second round: a compound of
adjectives of peoples or faiths ("the Arab-Islamic summit") names nobody."""

from __future__ import annotations


def _people(doc: dict) -> set[str]:
    return {e["id"] for e in doc["entities"] if e["type"] == "Person"}


def test_adjective_compound_is_no_person(ex) -> None:
    doc = ex.extract("Pezeshkian flew to Riyadh for the extraordinary Arab-Islamic summit on "
                     "Lebanon.", lang="en")
    assert not any("arab" in i or "islamic" in i for i in _people(doc)), _people(doc)
    doc = ex.extract("Officials prepared the Gulf-Iranian talks in Muscat.", lang="en")
    assert not any("gulf" in i for i in _people(doc)), _people(doc)


def test_a_name_with_such_a_word_is_still_a_person(ex) -> None:
    doc = ex.extract("Pezeshkian met Arab Hussein in Beirut on Monday.", lang="en")
    assert any("arab-hussein" in i for i in _people(doc)), _people(doc)
