"""People the extractor did not find, session 22 second round (``names2``). Our own sentences.

- A family name starting with ل after a lone given name is part of the name ("رمطان لعمامرة"،
  "رشيد لعرابة"), not the preposition and a noun; "لزيارة"، "لمواجهة الأزمة" still end the name
  (``l_surnames_ar.l_surname_after_given``).
"""

from __future__ import annotations

import pytest


def _persons(ex, text: str) -> list[str]:
    doc = ex.extract(text, lang="ar")
    return sorted(text[a:b] for e in doc["entities"] if e["type"] == "Person"
                  for a, b in e.get("mentions") or [])


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
