"""The object of an Arabic killing verb given as a leader's description followed by a
known-as apposition: «حيّد زعيم تنظيم «داعش»، المكنى أبو X،» -> X (session 70).

A bare description after "حيّد" may stand for another man and is not read; the apposition
«، المكنى / الملقب / المعروف بـ NAME» right after it names him."""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.mention_core import QUOTES

_MAX_DESC = 8  # tokens of the description before its comma ("زعيم تنظيم «داعش» الإرهابي")


def aka_described_object_ar(sr: Any, start: int) -> Any:
    """The person named by the known-as apposition of the leader's description starting at
    *start* ("زعيم ... ، المكنى أبو X"): a leader noun first, no named person and no
    punctuation but quotes before the comma, the name at most one token after the cue; None
    else."""
    if not sr.f(start) & L.AR_LEADER_NOUNS:
        return None
    for y in range(start + 1, min(sr.hi - 2, start + _MAX_DESC)):
        tok = sr.toks[y]
        if tok.text in ("،", ","):
            if sr.key(y + 1) not in L.AR_KNOWN_AS:
                return None
            m = sr.after(y + 2, types=("Person",), maxgap=1)
            return m if m is not None and m.kind == "name" else None
        if tok.punct and tok.text not in QUOTES:
            return None
        m = sr.mention_at.get(y)
        if m is not None and m.etype == "Person" and m.kind == "name":
            return None  # (the description itself may be a mention: «زعيم تنظيم «داعش»»)
    return None
