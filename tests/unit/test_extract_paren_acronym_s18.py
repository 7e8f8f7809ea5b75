"""A body's name followed by its acronym in brackets, session 18 second round: the name is
the acronym's body and the bracketed acronym is no separate (subject) mention."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

CASES = [
    ("The Deputy Commander of the Islamic Revolution Guards Corps (IRGC), General Ali Fadavi, "
     "received Hadi al-Amiri in Tehran on Monday.", "en",
     [MW("person:ali-fadavi", "person:hadi-al-amiri")],
     [MW("organization:irgc", "person:hadi-al-amiri")]),
]


@pytest.mark.parametrize("text,lang,must,never", CASES)
def test_acronym_is_no_subject(ex, text: str, lang: str, must: list, never: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, never)


def _ids(doc: dict) -> set[str]:
    return {e["id"] for e in doc["entities"]}


def test_name_takes_the_acronyms_id(ex) -> None:
    doc = ex.extract("A spokesman for the Islamic Revolution Guards Corps (IRGC) spoke to "
                     "reporters in Tehran.", lang="en")
    ids = _ids(doc)
    assert "organization:irgc" in ids
    assert not any("revolution-guards" in i for i in ids), ids


def test_initials_that_do_not_spell_it_stay_apart(ex) -> None:
    # the bracketed word is another body's acronym, not this name's initials
    doc = ex.extract("Members of the Coordination Framework (IRGC) met in Baghdad.", lang="en")
    assert "organization:coordination-framework" in _ids(doc)
