"""Arabic: a death told with the martyr's idiom and "of his wounds" before the strike: "X،
الذي ارتقى شهيداً متأثراً بجراحه جراء غارات العدو الصهيوني"، "قضى متأثراً بجروحه إثر غارة
إسرائيلية".

``killing_rules.KillingRules.assassinated`` reads "ارتقى / قضى" (no killing verb on their own:
"قضى" is also "spent", "ارتقى" "rose") as a death only when a strike noun follows within three
words. ``wounds_before_strike`` lets that strike stand past the idiom: an optional "شهيداً" /
"شهيدين" / "شهداء", an optional "متأثراً بجراحه / بجروحه / بإصابته" (its agreement forms) and
a cause word ("جراء"، "إثر"، "بسبب"، "في"), the strike noun right after."""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

_MARTYR = L._ar("شهيدا", "شهيداً", "شهيدين", "شهيدان", "شهداء", "شهيدة")
_AFFECTED = L._ar("متأثرا", "متأثراً", "متأثرين", "متأثرة", "متاثرا")
_WOUNDS = L._ar("بجراحه", "بجروحه", "بإصابته", "بجراحهما", "بجراحهم", "بجروحهم", "بجراحها",
                "بجروحها", "بإصابتها", "بإصاباته")
_CAUSE = L._ar("جراء", "إثر", "بسبب", "في", "خلال")


def wounds_before_strike(sr: Any, t: int) -> bool:
    """After the dying verb at *t*: the idiom of the module doc, then a strike noun?"""
    y = t + 1
    if sr.f(y) & _MARTYR:
        y += 1
    if sr.f(y) & _AFFECTED and sr.f(y + 1) & _WOUNDS:
        y += 2
    if y == t + 1 or not sr.f(y) & _CAUSE:
        return False
    return y + 1 < sr.hi and bool(sr.f(y + 1) & L.AR_STRIKE)
