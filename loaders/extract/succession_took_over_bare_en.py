"""SUCCESSOR_OF, English (session 61): a bare "Y took over." after a departure told.

"X served as secretary until he resigned in October 2007; Y took over." / "X led Hezbollah until
he was killed in September 2024. Y took over." / "X stepped down in 2022 and Y took over." /
"Abu al-Hasan killed in Daraa province. Abu al-Hussein took over." (timelines): "took over" with
no object, no "from" and no "as" after it (those are ``succession_took_over_en``'s and the
appointment rules'), its subject a person named right before it. A departure (resigned,
stepped down, killed, died, ousted ...) must be told in this sentence before the taker or in the
sentence before, and the predecessor is who left there: the person right before the verb ("X
was killed"), the sentence's first person for "he" ("X served until he resigned"), for a noun
("after X's death") whom "him" would stand for (``context_succession.predecessor_pronoun_en``).
"Y took over." alone relates nobody. The past "took" only ("Y will take
over": a plan), not negated.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.context_succession import predecessor_pronoun_en
from loaders.extract.succession_words import _SO

# what may follow "took over" for it to have no object: the end of the clause or a time
_EN_AFTER = frozenset({".", ";", ",", "in", "on", "days", "weeks", "months", "hours", "shortly",
                       "soon", "later", "immediately", "within", "after", "following", "that",
                       "at"})
_EN_THE_TIME = frozenset({"next", "following", "same"})  # "took over the next day"
_EN_ADV = frozenset({"then", "later", "quickly", "soon", "swiftly", "briefly", "eventually"})
_EN_DEPART = frozenset({"resigned", "quit", "retired", "killed", "died", "assassinated", "ousted",
                        "removed", "dismissed", "fired", "sacked", "deposed", "toppled",
                        "overthrown", "executed", "martyred", "slain", "stepped", "left",
                        "abdicated", "dead", "death", "killing", "resignation", "ouster"})


def _no_object(sr: Any, t: int) -> bool:
    """Nothing but the clause's end or a time phrase after "over" at *t*."""
    if t + 1 >= sr.hi:
        return True
    k = sr.key(t + 1)
    if k == "the":
        return sr.key(t + 2) in _EN_THE_TIME
    if k in ("in", "on", "at"):  # not "in his place" ... fine too; not "on behalf of"
        return sr.key(t + 2) != "behalf"
    return k in _EN_AFTER


_EN_DEPART_NOUNS = frozenset({"death", "killing", "resignation", "ouster"})
_EN_AUX = frozenset({"was", "were", "had", "has", "been", "reportedly", "also", "then", "later"})


def _departure_in(sr: Any, lo: int, hi: int) -> int | None:
    """The last departure word among the document's tokens [lo, hi), else None."""
    toks = sr.doc.toks
    return next((y for y in range(hi - 1, lo - 1, -1) if toks[y].key in _EN_DEPART and (
        toks[y].key != "stepped" or y + 1 < hi and toks[y + 1].key in ("down", "aside"))),
        None)


def _leaver(sr: Any, si: int, lo: int, d: int) -> str | None:
    """Who left at the departure word *d* of sentence *si* (from token *lo*): the person right
    before it ("X was killed", "X stepped down"), or for "he" / "she" the sentence's first
    person ("X served until he resigned"); None for a noun or anyone else."""
    toks = sr.doc.toks
    if toks[d].key in _EN_DEPART_NOUNS:
        return None
    y = d - 1
    while y > lo and toks[y].key in _EN_AUX:
        y -= 1
    people = sorted((m for m in sr.doc.by_sent.get(si, ()) if m.etype == "Person" and
                     not m.poss and not m.in_title and m.lo >= lo), key=lambda m: m.lo)
    if toks[y].key in ("he", "she"):  # the person named before the sentence's first "he";
        first = next(z for z in range(lo, y + 1) if toks[z].key in ("he", "she"))
        if people and people[0].hi <= first:
            return people[0].eid
        # "He became secretary in 2005, succeeding Y, ... until he resigned; Z took over":
        # the one the opening "He" stands for, named in an earlier sentence
        return sr._antecedent(lo, exclude=set()) if first == lo and si == sr.si else None
    return next((m.eid for m in people if m.hi == y + 1), None)


def took_over_bare_en(sr: Any) -> None:
    """"X resigned in 2007; Y took over." -> Y succeeded X (module doc)."""
    for t in sr.triggers(frozenset(), frozenset({"over"})):
        if sr.key(t - 1) != "took" or not _no_object(sr, t):
            continue
        s = t - 2
        while s > sr.lo and sr.key(s) in _EN_ADV:
            s -= 1
        new = sr.mention_at.get(s)
        if new is None or new.etype != "Person" or new.hi != s + 1 or new.poss:
            continue
        si, lo = sr.si, sr.lo
        d = _departure_in(sr, lo, new.lo)
        if d is None and sr.si > 0:
            si, lo = sr.si - 1, sr.doc.sents[sr.si - 1].lo
            d = _departure_in(sr, lo, sr.doc.sents[si].hi)
        if d is None or sr.blocked(t - 1, new) or sr._irrealis(t - 1):
            continue
        old = _leaver(sr, si, lo, d)
        if old is None and sr.doc.toks[d].key in _EN_DEPART_NOUNS:
            old = predecessor_pronoun_en(sr, t, new)  # "after X's death, Y took over"
        if old and old != new.eid:
            sr.add(_SO, new.eid, old, "took_over_bare_en")
