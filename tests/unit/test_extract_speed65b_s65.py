"""Session 65 (speed65b): ``titled_given_name._named`` compares a title's given name with
the first words of a country's known people spelt another way (``given_alike.word_alike``)
only for first words of about its length (one letter more or less), the length test it
made after ``word_alike`` now made before it: the people found are those of the plain scan
("Iraqi Prime Minister Mostaf" -> Mustafa al-Kadhimi ...), with ``word_alike`` called for
less than half of a country's first words (316 of 688 for Iraq and "mostaf"; on first
sight, ~28 ms before)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from loaders.extract import titled_given_name
from loaders.extract.given_alike import word_alike
from loaders.extract.rules import RuleExtractor
from loaders.extract.titled_given_name import by_country


def _plain_named(gaz, key: str, country: str) -> list[str]:
    """``_named`` as it was before session 65 (the length test after ``word_alike``)."""
    people = by_country(gaz).get(country, ())
    named = [eid for eid, firsts in people if key in firsts]
    if not named:
        named = [eid for eid, firsts in people if any(
            len(f) > 2 and len(key) > 2 and word_alike(key, f) and
            (len(key) >= len(f) - 1 and len(f) >= len(key) - 1) for f in firsts)]
    if not named:
        named = sorted(eid for eid in (gaz.guarded.get((key,)) or ())
                       if (e := gaz.get(eid)) is not None and e.country == country)
    return named


@pytest.fixture(scope="module")
def doc() -> SimpleNamespace:
    return SimpleNamespace(gaz=RuleExtractor().gaz)


_KEYS = ["mostaf", "mustafa", "mohamad", "mohammed", "qasem", "qassim", "hadi", "nuri",
         "ab", "x", "ali", "abdulla", "haidar", "حيدر", "مصطفي", "محمد", "نوري", "قاسم",
         "aoun", "najib", "nabih", "benjamin", "binyamin", "kamala", "donal"]
_COUNTRIES = ["country:iraq", "country:iran", "country:lebanon", "country:israel",
              "country:united-states", "country:nowhere"]


def test_named_as_the_plain_scan(doc: SimpleNamespace) -> None:
    for country in _COUNTRIES:
        for key in _KEYS:
            assert titled_given_name._named(doc, key, country) == _plain_named(
                doc.gaz, key, country), (key, country)
    assert "person:mustafa-al-kadhimi" in titled_given_name._named(doc, "mostaf",
                                                                    "country:iraq")


def test_spelling_compared_only_for_words_of_about_the_length(
        doc: SimpleNamespace, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []

    def counted(tok: str, known: str) -> bool:
        seen.append(known)
        return word_alike(tok, known)

    monkeypatch.setattr(titled_given_name, "word_alike", counted)
    every = sum(len(firsts) for _eid, firsts in by_country(doc.gaz)["country:iraq"])
    for key in ("mostaf", "qassim", "ab"):
        seen.clear()
        titled_given_name._named(doc, key, "country:iraq")
        assert all(abs(len(f) - len(key)) <= 1 for f in seen), key
        assert len(seen) < every / 2, key  # (of ~690 first words of Iraq's people)
