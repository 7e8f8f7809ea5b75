"""Session 21 (``title``): new people introduced by a title or office, then named by surname.
Our own sentences and names (see ``bench/probe_titles.py``), not taken from any dev set.

- A capitalised function or time word after an English title opens no name ("The Governor
  Of Nineveh Province", "MP For Kirkuk", "Interior Minister Monday Statement"); a name after
  the title still reads ("Governor Babagana Zulum").
"""

import pytest


def _people(doc: dict) -> dict[str, list[str]]:
    text = doc["text"]
    return {e["id"]: [text[a:b] for a, b in e.get("mentions") or []]
            for e in doc["entities"] if e["type"] == "Person"}


@pytest.mark.parametrize("text", [
    "The Governor Of Nineveh Province announced a curfew after the attack.",
    "MP For Kirkuk Province said the vote had been delayed.",
    "Interior Minister Monday Statement: the checkpoints stay open.",
])
def test_no_name_after_title_en(ex, text) -> None:
    """A function or time word after a title is no person."""
    assert not _people(ex.extract(text, lang="en"))


def test_name_after_title_en(ex) -> None:
    people = _people(ex.extract("Kano State Governor Musa Danladi Yakasai opened the hospital.",
                                lang="en"))
    assert ["Musa Danladi Yakasai"] in people.values()
