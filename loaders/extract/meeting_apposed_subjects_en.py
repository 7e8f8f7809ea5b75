"""MET_WITH (English): coordinated subjects set off by appositions before a verb with no object.

"The Houthi negotiator, A, and the government's chief delegate, B, met face to face",
"A, the host, and Russian President B met in Sochi", "Turkey's foreign minister, A, and his
Russian counterpart, B, met in Antalya": A and B met. ``chains.chain`` stops at the comma of an
apposition, so ``meetings._met_svo`` (the "X and Y met" path) asks ``apposed_subjects_en``
when no plain list ends before the verb. Only when A is the first person of the sentence and the
gaps hold titles (no verb, no other person): not "X received Y, the minister, and Z met W", nor
"Y's son and successor, X, met Z" (Y the owner of both title nouns, session 56).
A nickname closing an apposition is the same person: "Shimon Peres and Mahmud Abbas, the head of
the PLO's international relations department better known as Abu Mazen, signed the accord"
(session 69, residual69).
"""

from __future__ import annotations

from typing import Any

from loaders.extract.rule_common import title_start

_EN_VERBISH = frozenset({"said", "says", "who", "whom", "which", "was", "is", "were", "are", "had",
                         "has", "have", "will", "would", "met", "received", "told", "after",
                         "before", "while", "when", "as", "but", "or", "then", "also"})
_MAX_GAP = 16


def _title_gap(sr: Any, a: int, b: int, joins: bool) -> bool:
    """Do the tokens a..b-1 hold only commas and title words (with one "and" when *joins*)?"""
    if b - a > _MAX_GAP or b <= a:
        return False
    ands = 0
    for y in range(a, b):
        tok = sr.toks[y]
        m = sr.mention_at.get(y)
        if tok.ar or m is not None and m.etype == "Person" and m.kind != "desc":
            return False  # (a title word read as a description: "the government's chief")
        if tok.key == "and":
            ands += 1
        elif tok.key in _EN_VERBISH or (tok.punct and tok.text != ","):
            return False
    return ands == (1 if joins else 0)


_EN_KNOWN = frozenset({"known", "nicknamed", "dubbed"})


def _known_as(sr: Any, a: Any, b: Any) -> bool:
    """Is *b* the nickname of *a* given in its apposition: "A, (the head of C,) (better) known as
    B" (the same id; only title words between, session 69)?"""
    if a.eid != b.eid or sr.key(b.lo - 1) not in ("as", "nicknamed", "dubbed"):
        return False
    k = b.lo - 2 if sr.key(b.lo - 1) == "as" else b.lo - 1
    if sr.key(k) not in _EN_KNOWN or sr.key(a.hi) != ",":
        return False
    k -= sr.key(k - 1) in ("better", "also", "widely", "commonly")
    return k == a.hi + 1 or sr.key(k - 1) != "," and _title_gap(sr, a.hi, k, False) or \
        sr.key(k - 1) == "," and _title_gap(sr, a.hi, k - 1, False)


def apposed_subjects_en(sr: Any, t: int) -> list:
    """The people listed with appositions right before the verb at *t* (module doc); []
    unless two or more are found."""
    people = [m for m in sr.args if m.etype == "Person" and m.hi <= t and m.kind != "desc"]
    if len(people) < 2 or sr.toks[t].ar:
        return []
    last = max(people, key=lambda m: m.hi)
    if last.hi != t and not (sr.toks[last.hi].text == "," and _title_gap(sr, last.hi, t, False)
                             and sr.toks[t - 1].text == ","):
        return []  # "B met", "B, met" after its title, "B, the host, met"
    out = [last]
    while True:
        cur = out[0]
        start = title_start(cur)
        prev = [m for m in people if m.hi <= start and m not in out]
        if not prev:
            break
        a = max(prev, key=lambda m: m.hi)
        if _known_as(sr, a, cur):
            out[0] = a  # "B, the head of C better known as Abu D": one person
            continue
        if a.poss or not _title_gap(sr, a.hi, start, True):
            break  # (not "Y's deputy and successor, X, met Z": Y owns the titles, s56)
        out.insert(0, a)
    first = out[0]
    if len(out) < 2 or any(m.lo < first.lo for m in people) or \
            any(sr.toks[y].key in _EN_VERBISH for y in range(sr.lo, first.lo)):
        return []  # "X received Y, the minister, and Z met W"
    return out
