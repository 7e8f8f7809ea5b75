"""Names split by a middle part, session 18 second round: a middle initial between a first
name and a known surname ("Gen. Mark A. Milley")."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations


def _ids(doc: dict) -> set[str]:
    return {e["id"] for e in doc["entities"]}


INITIAL = [
    ("Secretary Pompeo was briefed at the White House on Friday by Gen. Mark A. Milley.", "en",
     [MW("person:mike-pompeo", "person:mark-milley")], [MW("person:mike-pompeo", "person:mark")]),
    ("Secretary Pompeo sat down with General Mark A. Milley in Washington.", "en",
     [MW("person:mike-pompeo", "person:mark-milley")], [MW("person:mike-pompeo", "person:mark")]),
]


@pytest.mark.parametrize("text,lang,must,never", INITIAL)
def test_middle_initial(ex, text: str, lang: str, must: list, never: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text[:40], must, never)


def test_other_first_name_before_initial_is_not_him(ex) -> None:
    # another first name before the initial: not read as Mark Milley's first name
    doc = ex.extract("Pompeo met Gen. John A. Milley on Friday.", lang="en")
    assert "person:john" in _ids(doc)
