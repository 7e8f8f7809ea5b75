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
    return b >= sr.lo and owner_ar(sr.doc, m)


def owner_ar(doc: Any, m: Any) -> bool:
    """Is the Arabic person mention *m* (of any sentence of *doc*) right after «خليفة /
    سلف», with no clitic of its own? Then it is no subject a later sentence carries on
    ("وتولى خليفة سليماني إسماعيل قاآني القيادة. والتقى ...": Qaani; session 57)."""
    b = title_start(m) - 1
    if b < 0 or m.prefix or m.etype != "Person":
        return False
    tok = doc.toks[b]
    return tok.ar and any(st in _AR_SUCC_NOUNS and (off == 0 or tok.key[:off] in (
        "و", "ب", "ل", "وب", "ول", "ف")) for off, st in tok.stems)


def successor_noun_here(sr: Any) -> bool:
    """Does the sentence hold a successor noun at all ("successor", "predecessor", a stem
    «خليفة / سلف»)? Without one no mention is an owner (``only_successor_owner`` is False for
    all): a test made once per sentence, not two per pair (speed)."""
    if not _EN_SUCC_NOUNS.isdisjoint(sr.key_set()):
        return True
    for t in sr.toks[sr.lo:sr.hi]:  # (a loop, not any(): no generator per sentence)
        if t.ar:
            for _o, st in t.stems:
                if st in _AR_SUCC_NOUNS:
                    return True
    return False


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


def _successor_mention(sr: Any, eid: str) -> Any:
    """The mention of the successor named right after the owner *eid* (see
    :func:`named_successor`), else None."""
    for m in sr.args:
        if m.eid != eid or not successor_owner(sr, m):
            continue
        nxt = m.hi + 1 if not sr.toks[m.lo].ar else m.hi
        if nxt < sr.hi and sr.toks[nxt].text in (",", "،"):
            nxt += 1
        n = next((p for p in sr.args if p.etype == "Person" and title_start(p) == nxt), None)
        return n if n is not None and n.eid != eid else None
    return None


def object_after_successor(sr: Any, eid: str) -> str | None:
    """Arabic, no comma: "التقى خليفة نصر الله الشيخ نعيم قاسم وزير الخارجية Y": the meeting
    rule reads the successor as the object; the one met is the titled person right after
    him (Y), with no clitic of his own but «ب»; else None (session 57)."""
    n = _successor_mention(sr, eid)
    if n is None or not sr.toks[n.lo].ar or n.hi >= sr.hi:
        return None
    p = next((p for p in sr.args if p.etype == "Person" and title_start(p) == n.hi), None)
    if p is None or p.eid in (eid, n.eid) or p.prefix.lstrip("ب"):
        return None
    return p.eid


def named_successor(sr: Any, eid: str) -> str | None:
    """The person named right after the owner *eid* of a successor noun, the successor
    himself ("التقى خليفة سليماني(،) إسماعيل قاآني Y", "Soleimani's successor, Esmail
    Qaani, met Y": Qaani), else None (session 57)."""
    n = _successor_mention(sr, eid)
    return n.eid if n is not None else None
