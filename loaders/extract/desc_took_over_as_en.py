"""English "the new <title>" backed by a holder who "took over as" that office (session 42, ncoref).

"X on Tuesday took over as the country's 17th chief of the army staff, replacing Y. ... Later
in the day, the new army chief called on Z": the description's title word ("army") stands in
the office phrase after "as" a few words after X's name, farther than
``desc_qualified._titled_as`` looks ("elected X as speaker"). Used only as the last fallback of
``desc_qualified.backed_description`` for "the new <title>", among the incoming holders of the
replacements told in the last sentences, and kept only when exactly one fits.
"""

from __future__ import annotations

from typing import Any

_AS_GAP = 5  # words between the name and "as" ("X on Tuesday took over as")
_OFFICE_SPAN = 12  # words of the office phrase after "as"
_STOP = frozenset({",", ".", ";", ":", "replacing", "succeeding", "after", "who", "and"})


def took_over_as(doc: Any, eid: str, key: str, at_tok: int) -> bool:
    """Does a name of *eid* before *at_tok* have "as" within a few words after it, followed in
    the same clause by the title word *key*?"""
    toks = doc.toks
    n = len(toks)
    for m in doc.ments:
        if m.eid != eid or m.kind != "name" or m.lo >= at_tok:
            continue
        y = m.hi
        while y < min(n, m.hi + _AS_GAP) and toks[y].key != "as" and toks[y].key not in _STOP:
            y += 1
        if y >= n or toks[y].key != "as":
            continue
        for x in range(y + 1, min(n, y + 1 + _OFFICE_SPAN, at_tok)):
            if toks[x].key in _STOP:
                break
            if toks[x].key == key:
                return True
    return False


def older_titled_holder(doc: Any, si: int, key: str, at_tok: int) -> str | None:
    """The one incoming holder of a replacement told 4-11 sentences back (past the window of
    ``coreference._replaced_by``) given the title word *key* ("took over as ... army ...", or
    "<title> X"), when no replacement of the last sentences fits; never a holder replaced in
    turn since, and None unless exactly one fits."""
    from loaders.extract.coreference import _replaced_by
    from loaders.extract.desc_qualified import _titled_as

    repl: dict[str, str] = {}
    for s in (si, si - 4, si - 8):
        if s >= 0:
            repl.update(_replaced_by(doc, s, at_tok))
    fit = {new for new in repl.values() if new not in repl and
           (took_over_as(doc, new, key, at_tok) or _titled_as(doc, new, key, at_tok))}
    return fit.pop() if len(fit) == 1 else None
