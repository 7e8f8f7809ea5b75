"""A compass word and one capitalised word ("East Azerbaijan", "North Waziristan") name a
region, never a person (session 15). Our own sentences."""

import pytest

from loaders.extract.rules import RuleExtractor


def _types(ex: RuleExtractor, text: str) -> dict[str, str]:
    return {e["id"]: e["type"] for e in ex.extract(text, lang="en")["entities"]}


@pytest.mark.parametrize("text,eid", [
    ("Also on board was the governor of East Azerbaijan, Malek Rahmati.",
     "location:east-azerbaijan"),
    ("An earthquake hit East Azerbaijan province on Sunday.", "location:east-azerbaijan"),
    ("Drones struck North Waziristan on Monday.", "location:north-waziristan"),
])
def test_region_is_a_place(ex, text, eid):
    types = _types(ex, text)
    assert eid in types
    assert "person:" + eid.split(":", 1)[1] not in types


@pytest.mark.parametrize("text,eid", [
    ("Hassan Nasrallah met Kanye West in Beirut.", "person:kanye-west"),
    ("Also on board was the governor of East Azerbaijan, Malek Rahmati.",
     "person:malik-rahmati"),
])
def test_people_stay(ex, text, eid):
    assert _types(ex, text).get(eid) == "Person"


def test_west_is_no_person(ex):
    assert "person:west-azerbaijan" not in _types(
        ex, "Hassan Nasrallah met the governor of West Azerbaijan.")
