"""MET_WITH, Arabic (session 71): guests received one after another, listed after the object
of a continuing meeting verb with «، ثم» or a glued «، فـ»: "فقد استقبل جلالته A، كما استقبل
B، فالرئيس C، ثم رئيس السلطة D": the host met B, C and D, and B is no subject of C (read by
``meetings_ar._also_met``)."""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start

_THEN = L._ar("ثم", "وثم")
_MAX = 6  # guests added at most
_NAME_LINKS = L._ar("بن", "ابن", "آل", "بنت")


def _opens_at(sr: Any, p: Any, x: int) -> bool:
    """Does *p* (its title) open at *x*, or only words of its office stand between (no
    punctuation, verb or other person: «رئيس السلطة الوطنية الفلسطينية Y»)?"""
    if title_start(p) == x:
        return True
    return p.lo - x <= 5 and not any(
        sr.toks[y].punct or sr.f(y) & L.AR_MEET or
        (m := sr.mention_at.get(y)) is not None and m.etype == "Person" for y in range(x, p.lo))


def _past_name_tail(sr: Any, x: int) -> int:
    """Past the words of a name the mention left out at *x*: «بن / آل» and the word after it
    ("تميم بن حمد"، "محمد آل ثاني"), else *x*."""
    if x + 1 < sr.hi and sr.key(x) in _NAME_LINKS and sr.toks[x + 1].ar and \
            not sr.toks[x + 1].punct and sr.mention_at.get(x + 1) is None:
        return x + 2
    return x


def _ends_at(sr: Any, x: int) -> bool:
    """Punctuation or the sentence's end at *x*, past a name's left-out tail?"""
    x = _past_name_tail(sr, x)
    return x >= sr.hi or sr.toks[x].punct


def then_guests_ar(sr: Any, last: Any) -> list[Any]:
    """The people after *last* each opened by «، ثم» (its title right after) or by a title
    or name glued to فـ right after the comma; [] when none follows."""
    out: list[Any] = []
    while len(out) < _MAX:
        x = _past_name_tail(sr, last.hi)
        if x >= sr.hi or sr.toks[x].text not in ("،", ","):
            return out
        x += 1
        if x >= sr.hi or not sr.toks[x].ar:
            return out
        then = sr.key(x) in _THEN
        if then:
            x += 1
        elif not sr.key(x).startswith("ف"):
            return out
        p = sr.after(x, types=("Person",), maxgap=5)
        if p is None or not (_opens_at(sr, p, x) if then else title_start(p) == x):
            return out  # (not "، فيما رفض Y لقاءه")
        if p.prefix.lstrip("وف")[:1] in ("ب", "ل"):
            return out
        more = [c for c in sr.chain(p, ("Person",)) if c not in out]
        if not more or not _ends_at(sr, more[-1].hi):
            return out  # "، ثم Y يرفض استقباله": Y is a clause's subject
        out += more
        last = out[-1]
    return out
