"""An office and its portfolio after "for" ("the Minister of State for International
Cooperation") names nobody (session 15); a name after the office is still found. Our own
sentences."""

import pytest

from loaders.extract.rules import RuleExtractor


def _people(ex: RuleExtractor, text: str) -> set[str]:
    return {e["id"] for e in ex.extract(text, lang="en")["entities"] if e["type"] == "Person"}


@pytest.mark.parametrize("text", [
    "The Minister of State for International Cooperation met Hassan Nasrallah in Beirut.",
    "Hassan Nasrallah met the Minister of State for Regional Development on Monday.",
    "The Secretary of State for Middle East Affairs met Hassan Nasrallah.",
    "Hassan Nasrallah later received the Minister for Rural Development.",
])
def test_office_is_no_person(ex, text):
    assert _people(ex, text) == {"person:hassan-nasrallah"}


@pytest.mark.parametrize("text,eid", [
    ("Qatar's Minister of State for International Cooperation Lolwah al-Khater met Hassan "
     "Nasrallah.", "person:lolwah-al-khater"),
    ("The UN Special Envoy for Yemen Hans Grundberg met Abdulmalik al-Houthi.",
     "person:hans-grundberg"),
    ("A dinner for Ali Hassan was held in Beirut.", "person:ali-hassan"),
])
def test_name_after_office_stays(ex, text, eid):
    assert eid in _people(ex, text)
