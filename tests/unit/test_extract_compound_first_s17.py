"""Session 17: "عبد الله بوحبيب" (a spaced compound first name, then a known surname) is one
person, not a new "Abdullah" beside the known one."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

BOU_HABIB, ARAGHCHI = "person:abdallah-bou-habib", "person:abbas-araghchi"


@pytest.mark.parametrize("text", [
    "التقى عبد الله بوحبيب عراقجي في بيروت.",
    "وزار عبد الله بوحبيب طهران حيث التقى عراقجي.",
    "استقبل عراقجي عبد الله بوحبيب في طهران أمس.",
])
def test_spaced_abd_name_before_known_surname(ex, text: str) -> None:
    doc = ex.extract(text, lang="ar")
    people = sorted(e["id"] for e in doc["entities"] if e["type"] == "Person")
    assert people == sorted([BOU_HABIB, ARAGHCHI]), text
    assert_relations(doc, text, [MW(ARAGHCHI, BOU_HABIB)], [])
