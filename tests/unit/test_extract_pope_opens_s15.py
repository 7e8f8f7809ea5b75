"""A church leader's style opening a sentence ("Pope Francis granted ...", "Patriarch X
urged ..."): the person is kept whatever verb follows (session 15). Our own sentences."""

import pytest

from loaders.extract.rules import RuleExtractor


def _ids(text: str, ex: RuleExtractor, lang: str) -> set[str]:
    return {e["id"] for e in ex.extract(text, lang=lang)["entities"]}


@pytest.mark.parametrize("text,eid", [
    ("Pope Francis granted an audience to Barham Salih.", "person:pope-francis"),
    ("Pope Leo gave Mohammed Shia al-Sudani a medal on Friday.", "person:pope-leo"),
    ("Pope Francis, in Najaf, met Ali al-Sistani.", "person:pope-francis"),
    ("Pope Francis granted asylum to the family.", "person:pope-francis"),
    ("Patriarch Bechara al-Rai urged Najib Mikati to act.", "person:bechara-boutros-al-rai"),
    ("On Sunday Pope Leo prayed in Beirut.", "person:pope-leo"),
])
def test_style_keeps_the_person(ex, text, eid):
    assert eid in _ids(text, ex, "en")


def test_arabic_pope_opening(ex):
    assert "person:pope-francis" in _ids("البابا فرنسيس منح الرئيس برهم صالح وساما.", ex, "ar")


@pytest.mark.parametrize("text,not_eid", [
    ("Pope Francis Foundation gave aid to Iraq.", "person:pope-francis"),
    ("Cardinal rules were broken, Barham Salih said.", "person:cardinal-rules"),
])
def test_not_a_person(ex, text, not_eid):
    assert not_eid not in _ids(text, ex, "en")
