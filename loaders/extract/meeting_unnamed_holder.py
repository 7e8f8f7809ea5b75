"""A body inside the title of an unnamed person is not a meeting partner.

"X met the head of Egyptian intelligence" / "التقى X رئيس المخابرات المصرية": the object is a
person the writer does not name (the intelligence chief), not the service, so no MET_WITH with
the body. A name after the title ("met the head of Egyptian intelligence, Hassan Badran") is
resolved before this check by the callers, which then hand over the person, not the body.
The same with the body before the head noun (session 27): "President X receives Hamas
representative", "meets UN envoy in Muscat" (a headline; the body names the person), not
"met Hamas officials" (plural: the body's people).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.mentions import Mention

# the head noun of a title that holds a body: "head of Y", "Y's chief", "رئيس Y"
_EN_HOLDER_HEADS = L._en("head", "chief", "director", "commander", "leader", "boss",
                         "spokesman", "spokeswoman", "spokesperson", "envoy", "ambassador",
                         "president", "chairman", "secretary", "minister", "governor")
# (singular only: "met leaders of Y" / "التقى قادة Y" is a meeting with the body)
_AR_HOLDER_HEADS = L._ar("قائد", "القائد", "زعيم", "الزعيم", "رئيس", "آمر", "أمين", "مدير",
                         "سفير", "مبعوث", "متحدث", "الناطق", "ناطق", "وزير", "محافظ", "نائب",
                         "وكيل", "ممثل", "مندوب", "مستشار")

# "Y representative" / "Y's envoy": a singular head noun after the body, with these between
_EN_HEADS_AFTER = _EN_HOLDER_HEADS | L._en("representative", "official", "negotiator",
                                           "mediator", "delegate", "emissary")
_EN_BETWEEN = L._en("'s", "’s", "special", "senior", "top", "chief", "deputy")


def _head_after_en(sr: Any, o: Mention) -> bool:
    """Does a singular title head noun follow the body *o* ("Hamas representative", "UN
    special envoy"), with no person named right after it?"""
    y = o.hi
    while y < sr.hi and y < o.hi + 3 and sr.toks[y].key in _EN_BETWEEN:
        y += 1
    if y >= sr.hi or sr.toks[y].key not in _EN_HEADS_AFTER:
        return False
    return not any(m.etype == "Person" and y < m.lo <= y + 3 for m in sr.args)


def unnamed_holder_body(sr: Any, t: int, o: Mention) -> bool:
    """True when *o*, an object of the meeting verb at *t*, is a body right after a title
    head noun ("the head of Y", "رئيس Y") with no person between: someone unnamed. Also
    for a subject before the verb ("رئيس مجلس القيادة يستقبل السفير", a headline)."""
    if o.etype != "Organization":
        return False
    start = max(t + 1 if o.lo > t else sr.lo, o.lo - 3)
    for m in sr.args:
        if m is not o and start < m.hi <= o.lo:
            start = m.hi  # not the subject's own title: "التقى رئيس الوزراء X ..."
    ar = sr.toks[o.lo].ar
    heads = _AR_HOLDER_HEADS if ar else _EN_HOLDER_HEADS
    return any(sr.toks[y].key in heads for y in range(start, o.lo)) or (
        not ar and _head_after_en(sr, o))
