"""Session 72, the lead's mends of merged work: a bare "Bush" is no Ethiopian premier."""

import pytest

from loaders.extract import get_extractor

HAILEMARIAM = "person:hailemariam-desalegn"


@pytest.mark.parametrize("text", [
    "Bush met Blair in London on Monday.",
    "Bush and Putin held talks in Slovenia.",
])
def test_bare_bush_is_not_hailemariam(text):
    """Hailemariam's full name ends in "Boshe"; the alias made the fuzzy step give a bare
    "Bush" his id (attendees72 saw it)."""
    out = get_extractor("rules").extract(text, lang="en")
    assert HAILEMARIAM not in {e["id"] for e in out["entities"]}


def test_hailemariam_still_found():
    text = "Prime Minister Hailemariam Desalegn met Sisi in Cairo."
    out = get_extractor("rules").extract(text, lang="en")
    assert HAILEMARIAM in {e["id"] for e in out["entities"]}
