""""<agent> flattened / destroyed / levelled <building>, killing X": what the strike did to a
building is a strike verb like "struck" (session 16). Our own sentences; an agent that is no
country or body (a storm) gives nothing."""

import pytest

from tests.extract_support import AB, assert_relations


@pytest.mark.parametrize("text,victim,agent", [
    ("On April 1, an Israeli strike flattened the consular annex of Iran's embassy in Damascus, "
     "killing Brig. Gen. Mohammad Reza Zahedi, the senior Quds Force commander.",
     "person:mohammad-reza-zahedi", "country:israel"),
    ("A U.S. drone destroyed the car near the airport, killing Abu Mahdi al-Muhandis.",
     "person:abu-mahdi-al-muhandis", "country:united-states"),
    ("Israeli jets levelled a building in Beirut's southern suburbs, killing Hassan Nasrallah.",
     "person:hassan-nasrallah", "country:israel"),
])
def test_destroyed_killing(ex, text, victim, agent):
    assert_relations(ex.extract(text, lang="en"), text, [AB(victim, agent)], [])


def test_storm_is_no_agent(ex):
    text = "The storm destroyed the house near Basra, killing Abu Mahdi al-Muhandis."
    doc = ex.extract(text, lang="en")
    assert not [r for r in doc["relations"] if r["type"] == "ASSASSINATED_BY"]
