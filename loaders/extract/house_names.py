"""A person's name before "House" / «هاوس» names a building, not the person (session 55,
``seen55``).

"اجتمع X في دار الضيافة «بلير هاوس» بـY", "at Blair House", "محادثات في لانكستر هاوس": a
guest house or a palace named after a person or a family. The name steps read the known surname
("بلير") as Tony Blair, who then became the object of the meeting verb. The person mentions
(kind ``name``, no title read before them) whose next word is «هاوس» / «هاوز» (Arabic) or a
capitalised "House" not followed by another capitalised word (English: not "House Speaker") are
dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from loaders.extract.mention_core import Mention
    from loaders.extract.tokens import Tok

_AR_HOUSE = frozenset({"هاوس", "هاوز"})


def _house_after(toks: list[Tok], hi: int) -> bool:
    """Whether the word at *hi* is "House" of a building's name."""
    if hi >= len(toks):
        return False
    word = toks[hi].text
    if word in _AR_HOUSE:
        return True
    if word != "House":
        return False
    nxt = toks[hi + 1].text if hi + 1 < len(toks) else ""
    return not nxt[:1].isupper()


def drop_house_names(toks: list[Tok], out: list[Mention]) -> None:
    """Remove from *out* each untitled person name right before "House" / «هاوس»."""
    drop = [m for m in out if m.etype == "Person" and m.kind == "name" and
            (m.tlo == -1 or m.tlo >= m.lo) and _house_after(toks, m.hi)]
    for m in drop:
        out.remove(m)
