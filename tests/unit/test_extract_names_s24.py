"""People not found at all, session 24 (``names``). Our own sentences, not taken from any dev set.

- "الحاج" inside a name before a bare name word is the family-name particle (Hajj): "مهند الحاج
  علي"، "حسن الحاج حسن" (``arabic_name_span._hajj_goes_on``); the honorific before a name stays
  out of it ("الحاج محمد رعد").
- A name after a title and the body it serves in: "الباحث في مؤسسة القرن X Y إن"، "القيادية في
  وحدات حماية المرأة X Y مع" (``body_member_names_ar.title_body_names``); not ordinary words
  after the body ("أستاذ العلوم السياسية"), not the next member of a list.
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


@pytest.mark.parametrize("text,name", [
    ("وقال الباحث في مؤسسة الأفق دارا كوران إن المفاوضات متعثرة.", "دارا كوران"),
    ("وقال المحلل في معهد الدراسات الاستراتيجية نوزاد هركي إن التصعيد متوقع.", "نوزاد هركي"),
    ("قُتلت القيادية في وحدات حماية الشعب روجدا آمد مع مقاتلين آخرين.", "روجدا آمد"),
    ("واختفى الموظف في جهاز الأمن الوطني سيبان تهليل عرب، وقال الجهاز إنه خُطف.",
     "سيبان تهليل عرب"),
    ("والتقى الوزير مدير إدارة أفريقيا في البنك الدولي كوامي أودونغو.", "كوامي أودونغو"),
    ("وقال عضو المكتب السياسي في الحزب الديمقراطي هيمن هورامي إن الحوار مستمر.",
     "هيمن هورامي"),
])
def test_name_after_title_and_body(ex, text: str, name: str) -> None:
    assert name in _mentions(ex, text)


@pytest.mark.parametrize("text,word", [
    ("وقال الباحث في مركز الدراسات الاستراتيجية أستاذ العلوم السياسية إن الوضع خطير.",
     "أستاذ"),
    ("وقال المسؤول في وزارة الخارجية الأمريكية إن الوضع خطير.", "الأمريكية"),
    ("وقال المتحدث في البيان الرسمي اليوم إن الوفد وصل.", "الرسمي"),
])
def test_no_name_after_body(ex, text: str, word: str) -> None:
    assert not any(word in m for m in _mentions(ex, text))


def test_next_list_member_not_joined(ex) -> None:
    text = "وقُتل القياديان في الحركة سامح السراج وسامي عودة في الغارة."
    assert not any(m.startswith("وسامي") for m in _mentions(ex, text))
