"""A person named only as the owner of a successor noun is no side of a meeting (session 56).

"التقى خليفة نصر الله بالرئيس بري"، "استقبل بري خليفة نصر الله"، "Nasrallah's successor met
Speaker Berri": the one who met Berri is Nasrallah's successor, not Nasrallah. When the
successor is known, ``succession_rules_ar`` / ``succession_rules_en`` add a description mention
of him over the phrase and the meeting reads that one; the owner himself must never be paired.
``only_successor_owner`` tells ``SentenceBase.add`` that a person the sentence names only
so is no side of a MET_WITH pair, whatever rule reads the meeting; the owner: a person (his
title included) right after «خليفة / سلف» (bare, or after a fused و، ب، ل، وب، ول، ف), with no
clitic of his own, or an English possessive before "successor" / "predecessor".
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start

_AR_SUCC_NOUNS = L._ar("خليفة", "سلف")
_EN_SUCC_NOUNS = frozenset({"successor", "predecessor"})


def successor_owner(sr: Any, m: Any) -> bool:
    """Is the person mention *m* only the owner of a successor noun ("خليفة X", "X's
    successor")? (module doc)"""
    if m.etype != "Person":
        return False
    if not sr.toks[m.lo].ar:
        return m.poss and m.hi < sr.hi and sr.key(m.hi) in _EN_SUCC_NOUNS
    b = title_start(m) - 1
    if b < sr.lo or m.prefix:
        return False
    tok = sr.toks[b]
    return tok.ar and any(st in _AR_SUCC_NOUNS and (off == 0 or tok.key[:off] in (
        "و", "ب", "ل", "وب", "ول", "ف")) for off, st in tok.stems)


def only_successor_owner(sr: Any, eid: str) -> bool:
    """Is every mention of *eid* in the sentence the owner of a successor noun (at least
    one)?"""
    found = False
    for m in sr.args:
        if m.eid == eid:
            if not successor_owner(sr, m):
                return False
            found = True
    return found
