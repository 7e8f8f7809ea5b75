"""English: the title a name is apposed to after a possessive ("its leader, Abu X," / "the
group's spokesman, Y,"): the title word, for "the leader" / "the spokesman" named later to
find the one so titled (session 71: "the leader had been killed" is not the spokesman named
last)."""

from __future__ import annotations

from typing import Any

_EN_OWNER = frozenset({"its", "their", "his", "her", "'s", "’s"})


def apposed_title_en(doc: Any, m: Any) -> int | None:
    """The index of the lower-case title word right before ", <m>" after a possessive ("its
    leader, X"), else None."""
    x = m.lo - 2
    if x < 1 or doc.toks[m.lo - 1].text != ",":
        return None
    t = doc.toks[x]
    if t.ar or t.punct or not t.text.isalpha() or not t.text.islower() or \
            doc.toks[x - 1].key not in _EN_OWNER:
        return None
    return x


def apposed_titled_en(doc: Any, ments: Any, at_tok: int) -> str | None:
    """The one person among *ments* named as "<possessive> <title>, X" with the title word
    of the description at *at_tok* ("its leader, X" for "the leader"), else None (none, or
    several so titled)."""
    word = doc.toks[at_tok].key
    found = {m.eid for m in ments if m.kind == "name" and
             (x := apposed_title_en(doc, m)) is not None and doc.toks[x].key == word}
    return next(iter(found)) if len(found) == 1 else None
