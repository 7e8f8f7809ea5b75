"""Session 17: a known person whose last name is a usual given name ("عبد ربه منصور هادي"):
a later bare "هادي" / "لهادي" / "Hadi" in the article is him, not a stranger; a first name
before another family name ("هادي العامري") is still the other person."""

from __future__ import annotations

import pytest

from tests.extract_support import MW, assert_relations

HADI, AMIRI = "person:abdrabbuh-mansur-hadi", "person:hadi-al-amiri"
FAISAL, GRIFFITHS = "person:faisal-bin-farhan", "person:martin-griffiths"


def _spans(doc: dict, text: str, eid: str) -> list[str]:
    """The texts of *eid*'s mentions."""
    ent = next((e for e in doc["entities"] if e["id"] == eid), None)
    return [text[a:b] for a, b in ent.get("mentions", [])] if ent else []


@pytest.mark.parametrize("text,lang,bare", [
    ("استقبل الرئيس اليمني عبد ربه منصور هادي السفير الأمريكي في الرياض. وقدم السفير لهادي "
     "رسالة من بايدن.", "ar", "هادي"),
    ("التقى غريفيث الرئيس عبد ربه منصور هادي في الرياض. وقال هادي إن الحرب يجب أن تنتهي.",
     "ar", "هادي"),
    ("Martin Griffiths met Yemeni President Abd Rabbuh Mansour Hadi in Riyadh. Griffiths later "
     "handed Hadi a letter.", "en", "Hadi"),
])
def test_bare_given_surname_is_the_named_person(ex, text: str, lang: str, bare: str) -> None:
    doc = ex.extract(text, lang=lang)
    assert bare in _spans(doc, text, HADI), text


@pytest.mark.parametrize("text,lang,must,must_not", [
    ("استقبل الرئيس اليمني عبد ربه منصور هادي المبعوث الأممي في الرياض. ثم التقى هادي وزير "
     "الخارجية السعودي فيصل بن فرحان.", "ar", [MW(HADI, FAISAL)], []),
    ("Abd Rabbuh Mansour Hadi flew to Riyadh on Monday. Later Hadi met Saudi Foreign Minister "
     "Faisal bin Farhan.", "en", [MW(HADI, FAISAL)], []),
    ("التقى عبد ربه منصور هادي مارتن غريفيث في الرياض. وفي بغداد التقى غريفيث هادي العامري.",
     "ar", [MW(GRIFFITHS, AMIRI)], [MW(GRIFFITHS, "person:hadi")]),
])
def test_meetings_of_the_bare_name(ex, text: str, lang: str, must: list, must_not: list) -> None:
    assert_relations(ex.extract(text, lang=lang), text, must, must_not)
