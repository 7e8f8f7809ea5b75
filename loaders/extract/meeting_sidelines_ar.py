""""التقى X، على هامش قمة بريكس في قازان، Y": the partner comes after the sidelines aside
(session 52).

The event of "على هامش <event>" (a summit, a body's meetings) stands between the verb's subject
and its object; the base reading took the body named in it ("بريكس") for the partner. When the
first mention after the subject is inside such an aside (no person in it), the partner is the
first person after it: past the aside's closing comma, or, without commas, right after the
event's words (at most ten words on, no clause or full stop between).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start

_SIDELINES = L._ar("هامش")
_REACH = 10  # words from the subject to "هامش"; from the event's mention to the partner


def sideline_object_ar(sr: Any, a: int, first: Any) -> Any:
    """The person after a "على هامش ..." aside that opens after token *a* (the subject's
    end) and holds *first*, a body or place (module doc), else None."""
    if first is None or first.etype == "Person":
        return None
    h = next((y for y in range(a, min(first.lo, a + _REACH)) if sr.key(y) in _SIDELINES), None)
    if h is None:
        return None
    for m in sr.args:
        if m.lo < first.hi or m.etype != "Person":
            continue
        start = title_start(m)
        if start - first.hi > _REACH:
            return None
        if any(sr.toks[y].punct and sr.toks[y].text not in ("،", ",", "-")
               for y in range(first.hi, start)) or any(
                sr.f(y) & L.AR_MEET for y in range(first.hi, start)):
            return None
        return m
    return None

