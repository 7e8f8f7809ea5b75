"""Arabic list members the chain of coordinated mentions (``chains.chain``) did not join.

- A member followed by a short bracket, then و + the next member: "نظراءه عبد الله ديوب (مالي)
  وبكاري ياو سانغاري (النيجر) وكاراموكو جان ماري تراوري (بوركينا فاسو)" (the bracket holds
  the member's country, found as a mention or not).
- A coordinated nationality and a bare rank before the next member: "نظيريه المالي العقيد X
  والبوركيني النقيب Y" (النقيب and الرائد are no titles: نقيب / رائد are given names too).
- A title held under another title before the next member (session 25, second round): "بحضور
  وزير الخارجية X ومستشار رئيس الوزراء Y"، "ومدير مكتب رئيس الجمهورية Y"، "ومبعوث الرئيس Y": the
  mention's title starts at the inner one (رئيس الوزراء), the head in construct before it
  (و + an indefinite title word, an office noun after it) is its title too.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.list_qualifiers_ar import coordinated_qualifier_ar

_BARE_RANKS = L._ar("النقيب", "الرائد", "الملازم")
_MAX_IN_BRACKETS = 3


def bracket_member_ar(sr: Any, cur: Any, types: Any) -> Any:
    """The next list member after "cur (Country)" when a و-word opens it right after ")",
    else None."""
    toks = sr.toks
    o = cur.hi
    if o >= sr.hi or toks[o].text != "(" or not toks[o - 1].ar:
        return None
    q = next((x for x in range(o + 2, min(sr.hi, o + 2 + _MAX_IN_BRACKETS)) if
              toks[x].text == ")"), None)
    if q is None or q + 1 >= sr.hi or not toks[q + 1].key.startswith("و"):
        return None
    nxt = next((m for m in sr.args if m.lo > q), None)
    if nxt is None or nxt.etype not in types or nxt.etype != cur.etype:
        return None
    start = nxt.tlo if nxt.tlo >= 0 else nxt.lo
    return nxt if start == q + 1 else None


def rank_after_nationality_ar(gap: list[Any]) -> bool:
    """Is the gap between two members "والبوركيني النقيب" (و + nationality, a bare rank)?"""
    return len(gap) == 2 and gap[0].ar and gap[0].key.startswith("و") and \
        coordinated_qualifier_ar(gap[0].key[1:]) and gap[1].key in _BARE_RANKS


# heads of a title in construct before another title ("مستشار رئيس الوزراء") that the title
# lexicon does not hold, and the office nouns after them ("مدير مكتب"، "رئيس ديوان")
_OUTER_HEADS = L._ar("مساعد", "مبعوث", "سكرتير", "ممثل", "مستشارة", "مساعدة", "مديرة")
_OFFICES = L._ar("مكتب", "ديوان")


def title_of_title_ar(gap: list[Any], nxt: Any) -> bool:
    """Is the gap before the next member *nxt* (a person whose title opens right after it)
    "ومستشار" / "ومدير مكتب" / "ورئيس ديوان", the head of a title held under *nxt*'s title?"""
    if not 1 <= len(gap) <= 2 or nxt.etype != "Person" or not 0 <= nxt.tlo < nxt.lo:
        return False
    w = gap[0]
    if not w.ar or w.punct or not w.key.startswith("و"):
        return False
    head = w.key[1:]
    if head.startswith("ال") or (head not in L.AR_TITLES and head not in _OUTER_HEADS):
        return False
    return len(gap) == 1 or gap[1].key in _OFFICES
