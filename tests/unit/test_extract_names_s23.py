"""People the extractor did not find, or found under another person's id, session 23
(``names``). Our own sentences, not taken from any dev set.

- A one-word nickname after a new full name and a cue ("X Y Z, better known as N") that a
  known person's name matches only by a near spelling is an alias of the full name, not that
  known person (``nicknames_en.fuzzy_nickname`` in ``coref_after.resolve_aka``).
- The dual, plural and feminine counterpart words (نظيريه، نظراءه، نظرائه، نظيرتها ...) end
  the name before them and title the one after, as نظيره does (``lexicon.AR_TITLES``).
"""

from __future__ import annotations

import pytest


def _ids(ex, text: str, lang: str) -> dict[str, list[str]]:
    doc = ex.extract(text, lang=lang)
    return {e["id"]: sorted(text[a:b] for a, b in e.get("mentions") or [])
            for e in doc["entities"] if e["type"] == "Person"}


def _pairs(ex, text: str, lang: str, rel: str = "MET_WITH") -> set[frozenset[str]]:
    doc = ex.extract(text, lang=lang)
    return {frozenset((r["source"], r["target"])) for r in doc["relations"] if r["type"] == rel}


@pytest.mark.parametrize("text,full,nick", [
    ("The paramilitary commander Mohamed Hamdan Dagalo, better known as Hemeti, held talks "
     "with Ethiopian Prime Minister Abiy Ahmed in Addis Ababa.", "Mohamed Hamdan Dagalo", "Hemeti"),
    ("Rebel leader Juma Salim Karume, known as Hemati, met Kenyan President William Ruto.",
     "Juma Salim Karume", "Hemati"),
])
def test_fuzzy_nickname_joins_new_full_name(ex, text: str, full: str, nick: str) -> None:
    ids = _ids(ex, text, "en")
    assert not any("hemmati" in i for i in ids)
    assert any(full in ms and nick in ms for ms in ids.values())


def test_exact_known_nickname_still_known(ex) -> None:
    # the nickname written as the known person's name: the older rule (the known person)
    ids = _ids(ex, "Abdolnaser Hemmati, known as Hemmati, met William Ruto in Nairobi.", "en")
    assert "person:abdolnaser-hemmati" in ids


@pytest.mark.parametrize("text,names", [
    ("واستقبل الرئيس الجنرال موسى كانتي نظيريه الغيني العقيد سيكو دومبويا والتشادي محمد ديبي.",
     ["موسى كانتي", "سيكو دومبويا"]),
    ("والتقى وزير الخارجية الروسي سيرغي لافروف نظراءه سامي بوزيد (تونس) ومحمد سالم (ليبيا).",
     ["سيرغي لافروف", "سامي بوزيد"]),
    ("واستقبلت الوزيرة سارة موريس نظيرتها الكينية ماري أوما في جنيف.", ["سارة موريس", "ماري أوما"]),
])
def test_counterparts_end_the_name(ex, text: str, names: list[str]) -> None:
    found = [m for ms in _ids(ex, text, "ar").values() for m in ms]
    assert all(n in found for n in names)
    assert not any("نظير" in m or "نظراء" in m for m in found)


def test_counterpart_word_alone_is_no_person(ex) -> None:
    # no name after the word: no person made of it
    found = [m for ms in _ids(ex, "وبحث الوزير مع نظرائه العرب الأوضاع في المنطقة.", "ar").values()
             for m in ms]
    assert not any("نظراء" in m for m in found)
