"""People the extractor did not find at all, session 22 (``names``). Our own sentences, not
taken from any dev set.

- Words after a new name that are no name words: "that they" (إنهم)، a part of the month (مطلع،
  منتصف، أواخر)، the jussive "was" (لم تكن)، a host's verb (يستضيف) (``lexicon.AR_STOP``,
  ``lexicon.AR_COMMON_VERBS``).
"""

from __future__ import annotations

import pytest


def _persons(ex, text: str) -> list[str]:
    doc = ex.extract(text, lang="ar")
    return sorted(text[a:b] for e in doc["entities"] if e["type"] == "Person"
                  for a, b in e.get("mentions") or [])


@pytest.mark.parametrize("text,name", [
    ("وقال وزير الداخلية خورخي ماتورانا إنهم سيواصلون التحقيق.", "خورخي ماتورانا"),
    ("والتقى الوزير نظيره البيلاروسي فيكتور شيمانوف مطلع الشهر الجاري.", "فيكتور شيمانوف"),
    ("وزار رئيس الوزراء الكيني جوناثان موتيسو القاهرة منتصف أبريل.", "جوناثان موتيسو"),
    ("لم تكن ينغلاك شيناواترا في البلاد يومها.", "ينغلاك شيناواترا"),
    ("وزير الخارجية البيروفي ماريو أوليفاريس فاسكيز يستضيف نظيره في ليما.",
     "ماريو أوليفاريس فاسكيز"),
])
def test_boundary_word_after_new_name(ex, text: str, name: str) -> None:
    assert _persons(ex, text) == [name]
