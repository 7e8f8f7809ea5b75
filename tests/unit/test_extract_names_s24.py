"""People not found at all, session 24 (``names``). Our own sentences, not taken from any dev set.

- "الحاج" inside a name before a bare name word is the family-name particle (Hajj): "مهند الحاج
  علي"، "حسن الحاج حسن" (``arabic_name_span._hajj_goes_on``); the honorific before a name stays
  out of it ("الحاج محمد رعد").
"""

from __future__ import annotations

import pytest


def _ids(ex, text: str, lang: str = "ar") -> dict[str, list[str]]:
    doc = ex.extract(text, lang=lang)
    return {e["id"]: sorted(text[a:b] for a, b in e.get("mentions") or [])
            for e in doc["entities"] if e["type"] == "Person"}


def _mentions(ex, text: str, lang: str = "ar") -> set[str]:
    return {m for ms in _ids(ex, text, lang).values() for m in ms}


@pytest.mark.parametrize("text,name", [
    ("وقال الخبير رامي الحاج حسين إن الأزمة ستطول.", "رامي الحاج حسين"),
    ("التقى الرئيس عون النائب حسن الحاج حسن في بعبدا.", "حسن الحاج حسن"),
    ("واستقبل الوزير السفير صلاح الحاج أحمد في مكتبه.", "صلاح الحاج أحمد"),
])
def test_hajj_inside_name(ex, text: str, name: str) -> None:
    assert name in _mentions(ex, text)


def test_hajj_honorific_before_name(ex) -> None:
    ms = _mentions(ex, "والتقى الحاج محمد رعد الرئيس عون في بعبدا.")
    assert "محمد رعد" in ms
    assert not any("الحاج" in m for m in ms)
