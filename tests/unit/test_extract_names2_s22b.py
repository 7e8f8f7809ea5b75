"""People the extractor did not find, session 22 second round (``names2``). Our own sentences.

- A family name starting with ل after a lone given name is part of the name ("رمطان لعمامرة"،
  "رشيد لعرابة"), not the preposition and a noun; "لزيارة"، "لمواجهة الأزمة" still end the name
  (``l_surnames_ar.l_surname_after_given``).
- A month or its abbreviation before a number opening a timeline line ("Jun 2022:", "Sept 14 -")
  is a date, not a known person of that name (``month_dates_en.month_before_number``).
- "المالي" right after a political title and before a name is "Malian", not "financial" ("الرئيس
  المالي X"; not "المستشار المالي X"; ``ambiguous_nisba_ar.malian_after_title``).
"""

from __future__ import annotations

import pytest

from tests.unit.test_extract_names_s22 import _persons


@pytest.mark.parametrize("text,name", [
    ("والتقى الرئيس المبعوث رمطان لعمامرة في تونس.", "رمطان لعمامرة"),
    ("والتقى الوزير السفير رشيد لعرابة في الرباط.", "رشيد لعرابة"),
    ("واستقبل الرئيس المبعوث كريم لعمامرة، وبحثا الوضع.", "كريم لعمامرة"),
    # with no title, after a verb (the given-name step)
    ("وكان الوزير سمير بوزيد، الذي خلف خالد لعرابة في يناير، قد زار تونس.", "خالد لعرابة"),
])
def test_l_surname_after_given(ex, text: str, name: str) -> None:
    assert name in _persons(ex, text)


@pytest.mark.parametrize("text,name", [
    ("ووصل الرئيس أحمد لزيارة رسمية إلى تونس.", "أحمد"),
    ("ودعا الوزير محمد لمواجهة الأزمة.", "محمد"),
    ("ودعا الوزير محمد لمشاركة واسعة.", "محمد"),
    ("وخلف أحمد لزيارة الوزير في مارس.", None),
])
def test_preposition_noun_ends_name(ex, text: str, name: str | None) -> None:
    assert _persons(ex, text) == ([name] if name else [])


def _en_persons(ex, text: str) -> list[str]:
    doc = ex.extract(text, lang="en")
    return sorted(e["id"] for e in doc["entities"] if e["type"] == "Person")


@pytest.mark.parametrize("text,ids", [
    ("Jun 2021: Dong Jun met Lloyd Austin in Singapore.", ["person:dong-jun", "person:lloyd-austin"]),
    ("May 2018: Theresa May hosted Donald Trump in London.",
     ["person:donald-trump", "person:theresa-may"]),
])
def test_month_before_number_is_no_person(ex, text: str, ids: list[str]) -> None:
    doc = ex.extract(text, lang="en")
    assert _en_persons(ex, text) == ids
    assert all(m[0] > 0 for e in doc["entities"] for m in e.get("mentions") or [])


def test_month_word_name_still_read(ex) -> None:
    # not before a number: "Jun" after the given name is the known person's name
    assert "person:dong-jun" in _en_persons(ex, "Chinese Defence Minister Dong Jun met Lloyd Austin.")


@pytest.mark.parametrize("text,name", [
    ("واستقبل الرئيس المالي سيدو كوليبالي الوفد في باماكو.", "سيدو كوليبالي"),
    ("والتقى رئيس الوزراء المالي موسى مايغا نظيره في داكار.", "موسى مايغا"),
])
def test_malian_after_title(ex, text: str, name: str) -> None:
    doc = ex.extract(text, lang="ar")
    assert name in _persons(ex, text)
    assert any(r["type"] == "LEADS" and r["target"] == "country:mali" for r in doc["relations"])


def test_financial_adviser_not_malian(ex) -> None:
    doc = ex.extract("وقال المستشار المالي سمير بوزيد إن الأسواق مستقرة.", lang="ar")
    assert not any(r.get("target") == "country:mali" for r in doc["relations"])
