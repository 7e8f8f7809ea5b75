"""MET_WITH: a pronoun and a named co-subject, "He and Y (then) met Z" / "وهو وY التقيا Z":
the person "he" stands for met whom Y met in the sentence (Y-Z is read by the usual rules).

Run from ``relations.run`` after the meeting rules, only on a sentence that opens with
"he / she and" or "وهو / وهي" and produced a MET_WITH pair (two key look-ups otherwise).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L

if TYPE_CHECKING:
    from loaders.extract.mention_base import Mention
    from loaders.extract.relations import SentenceRules

_EN_HE = frozenset({"he", "she"})
_AR_HE = L._ar("وهو", "هو", "وهي", "هي")
MET = "MET_WITH"


def opens_with_pronoun_and(sr: SentenceRules) -> bool:
    """Does the sentence open with "He and" / "She and" / "وهو و..." (cheap test)?"""
    lo = sr.lo
    if sr.hi - lo < 4:
        return False
    toks = sr.toks  # (lo + 1 < hi: toks[x].key is sr.key(x), without a call)
    if toks[lo].ar:
        return toks[lo].key in _AR_HE and toks[lo + 1].text.startswith("و")
    return toks[lo].key in _EN_HE and toks[lo + 1].key == "and"


def _co_subject(sr: SentenceRules, start: int) -> Mention | None:
    """The person named first at *start* (with a title before the name, up to 4 words)."""
    for m in sr.args:
        if m.etype == "Person" and (m.lo == start or m.tlo == start) and m.lo <= start + 4:
            return m
    return None


def pronoun_co_subject(sr: SentenceRules, n_met: int) -> None:
    """Add MET_WITH between the person "he"/"وهو" stands for and every partner that the
    named co-subject met in this sentence (relations from index *n_met* of ``sr.out``)."""
    lo = sr.lo
    co = _co_subject(sr, lo + 1 if sr.toks[lo].ar else lo + 2)
    if co is None:
        return
    he = sr._he_at(lo)
    if he is None or he.eid == co.eid:
        return
    partners = []
    for r in sr.out[n_met:]:
        if r.type == MET and co.eid in (r.source, r.target):
            other = r.target if r.source == co.eid else r.source
            if other != he.eid and other not in partners:
                partners.append(other)
    for z in partners:
        sr.add(MET, he.eid, z, "pronoun_co_subject")
