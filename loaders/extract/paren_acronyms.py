"""English: a body's name followed by its acronym in brackets ("the Islamic Revolution
Guards Corps (IRGC)", "Iraq's Popular Mobilization Forces (PMF)").

The acronym only repeats the name before it: the name takes the acronym's id when its
initials spell it (one body, not a new "Islamic Revolution Guards Corps" beside the IRGC),
and the bracketed repetition is no mention of its own, so that it cannot stand as the
nearest subject of a verb after a long title ("The Commander of the Quds Force of the
Islamic Revolution Guards Corps (IRGC), Brigadier General Esmail Qaani, received X": Qaani
received X, not the IRGC)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from loaders.extract.mention_base import Mention
    from loaders.extract.mentions import Doc

_BODY_TYPES = frozenset({"Organization", "Outlet"})


def _initials(words: list[str]) -> str:
    """Initial letters of the capitalised words ("Islamic Revolution Guards Corps" -> IRGC;
    "of", "the" are skipped; "Al-Quds" gives "A")."""
    return "".join(w[0] for w in words if w[:1].isupper())


def en_paren_acronyms(doc: Doc, out: list[Mention]) -> None:
    """Drop from *out* the mention of "(ACRONYM)" right after a mention of the same body,
    giving that body's mention the acronym's id when its capitalised words' initials spell
    the acronym."""
    toks = doc.toks
    n = len(toks)
    by_hi = {m.hi: m for m in out if m.etype in _BODY_TYPES}
    drop = []
    for a in out:
        if a.hi - a.lo != 1 or a.etype not in _BODY_TYPES or a.lo < 2 or a.hi >= n or \
                toks[a.lo - 1].text != "(" or toks[a.hi].text != ")":
            continue
        word = toks[a.lo].text
        if len(word) < 2 or not word.isupper():
            continue
        b = by_hi.get(a.lo - 1)
        if b is None or b is a:
            continue
        if b.eid != a.eid:
            if b.etype != a.etype or doc.gaz.get(b.eid) is not None or \
                    _initials(doc.text[b.start:b.end].replace("-", " ").split()) != word:
                continue
            b.eid = a.eid
        drop.append(a)
    if drop:
        out[:] = [m for m in out if all(m is not d for d in drop)]
