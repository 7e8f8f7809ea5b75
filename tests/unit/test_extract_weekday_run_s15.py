"""A capitalised run ending in a weekday ("the Tabriz Friday prayer leader") is no person
(session 15); the leader named after it still is. Our own sentences."""

import pytest

from loaders.extract.rules import RuleExtractor


def _people(ex: RuleExtractor, text: str) -> set[str]:
    return {e["id"] for e in ex.extract(text, lang="en")["entities"] if e["type"] == "Person"}


@pytest.mark.parametrize("text,bad", [
    ("Also on board was the Tabriz Friday prayer leader.", "person:tabriz-friday"),
    ("Hassan Nasrallah met the Ardabil Friday prayer leader on Monday.",
     "person:ardabil-friday"),
    ("Thousands joined the Zahedan Friday protests, Hassan Nasrallah said.",
     "person:zahedan-friday"),
])
def test_weekday_run_is_no_person(ex, text, bad):
    assert bad not in _people(ex, text)


@pytest.mark.parametrize("text,eid", [
    ("The Mashhad Friday prayer imam Ahmad Alamolhoda met Hassan Nasrallah.",
     "person:ahmad-alamolhoda"),
    ("Hassan Nasrallah met Samantha Power in Beirut.", "person:samantha-power"),
])
def test_names_stay(ex, text, eid):
    assert eid in _people(ex, text)
