"""MET_WITH (session 72, attendees72): "A, B and C, all of whom had met X" -- each of a listed
group met X, the object of the relative's meeting verb.

"Three envoys, A, B and C, all of whom had met the king, left the capital" / "A and B, both of
whom held talks with X last year": A-X, B-X, C-X. The meeting rules read "whom had met X" as
a clause whose subject is the person right before it, so they paired only the last of the
list with X (the first one of an apposed list dropped) and ``co_subjects`` paired the listed
people with each other, which the sentence does not say: each met X, maybe alone. Those list
pairs are dropped here, unless the list is the company of one appearance ("X announced it,
flanked by A, B and C, all of whom had met the general earlier": A, B and C stood together
with X, and the gold pairs all of them, enTN1; "the general" there is the general the
sentence named, not a description read as someone else). Not a negated or planned meeting
("all of whom will meet X", "had never met"): nothing is read then; "none / neither of whom
had met X", and a count that is not the list's ("A, B and C, two of whom had met X": which
two is not said), drop the pairs the meeting rules read inside the list and with X.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import title_start

AR_OF_WHOM: frozenset[str] = frozenset()
EN_OF_WHOM = frozenset({"whom"})
register_triggers(AR_OF_WHOM, EN_OF_WHOM)

_QUANT = frozenset({"all", "both", "each", "two", "three", "four", "five", "none",
                    "neither"})
_NONE = frozenset({"none", "neither"})
_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5}
_AUX = frozenset({"had", "have", "has", "also", "already", "earlier", "previously", "since",
                  "recently", "separately", "individually", "then", "once"})
_NOT = L.EN_NEG | L.EN_MODAL | frozenset({"never", "to", "not"})
_COMPANY = frozenset({"flanked", "joined", "accompanied"})
_APART = frozenset({"separately", "individually"})


def _partner_start(sr: Any, y: int) -> int | None:
    """The first token of the partner after "whom" at *y* ("had met X", "held talks with X",
    "had been received by X"), else None (no meeting verb, or a negated / planned one)."""
    z = y + 1
    while z < sr.hi and sr.key(z) in _AUX:
        z += 1
    k = sr.key(z) if z < sr.hi else ""
    if k in _NOT:
        return None
    if k == "met":
        return z + 1 + (sr.key(z + 1) == "with")
    if k == "held" and sr.key(z + 1) == "talks" and sr.key(z + 2) == "with":
        return z + 3
    if k == "been" and sr.key(z + 1) == "received" and sr.key(z + 2) == "by":
        return z + 3
    return None


def _listed(sr: Any, comma: int) -> list[Any]:
    """The people of the list ending at *comma* ("A, B and C," / "A and B,"), first to last;
    [] unless the last one ends right at the comma and two or more are listed."""
    last = next((m for m in sr.args if m.etype == "Person" and m.hi == comma), None)
    if last is None:
        return []
    for m in sr.args:
        if m.etype != "Person" or m.lo > last.lo:
            continue
        ch = sr.chain(m, ("Person",))
        if last in ch:
            listed = ch[: ch.index(last) + 1]
            break
    else:
        return []
    while True:  # "A, the Grand Imam of Al-Azhar B and C": a titled member the chain left out
        comma = _title_comma(sr, title_start(listed[0]))
        before = None if comma is None else next(
            (m for m in sr.args if m.etype == "Person" and m.hi == comma), None)
        if before is None or before in listed:
            break
        listed.insert(0, before)
    return listed if len(listed) >= 2 else []


def _title_comma(sr: Any, t0: int) -> int | None:
    """The comma before the title words ending at *t0* ("A, the Grand Imam of Al-Azhar B":
    up to eight words, no other punctuation but a hyphen, no person), else None."""
    for x in range(t0 - 1, max(sr.lo, t0 - 9) - 1, -1):
        if sr.key(x) == ",":
            return x
        m = sr.mention_at.get(x)
        if sr.toks[x].punct and sr.key(x) != "-" or m is not None and m.etype == "Person":
            return None
    return None


def _titled_before(sr: Any, head: str, lo: int) -> Any:
    """The person before *lo* in this sentence whose title holds *head*, the head word of a
    description ("General A announced it, flanked by ..., all of whom had met the general":
    A), else None."""
    for m in sr.args:
        if m.etype == "Person" and m.hi <= lo and m.kind == "name" and any(
                sr.key(x) == head for x in range(title_start(m), m.lo)):
            return m
    return None


def _in_company(sr: Any, t0: int) -> bool:
    """"flanked / joined / accompanied by" right before the list's first title at *t0* (up to
    three lower-case words between: "flanked by liberal politician A")."""
    for x in range(t0 - 1, max(sr.lo, t0 - 5), -1):
        if sr.key(x) == "by":
            return sr.key(x - 1) in _COMPANY
        if sr.toks[x].punct or sr.toks[x].cap:
            return False
    return False


def _drop_listed(sr: Any, n_met: int, group: set[str]) -> None:
    """Drop this sentence's MET_WITH pairs inside *group* ("A, B and C, none of whom had met
    X": the list and X)."""
    sr.out[n_met:] = [r for r in sr.out[n_met:] if not (
        r.type == "MET_WITH" and r.source in group and r.target in group)]


def of_whom_met_en(sr: Any, n_met: int) -> None:
    """Pair each listed person with the partner of ", all of whom had met X" (module doc)."""
    for y in range(sr.lo + 3, sr.hi - 2):
        if sr.key(y) != "whom" or sr.key(y - 1) != "of" or sr.key(y - 2) not in _QUANT or \
                sr.key(y - 3) != ",":
            continue
        listed = _listed(sr, y - 3)
        start = _partner_start(sr, y)
        if start is None or not listed:
            continue
        partner = sr.after(start, types=("Person",), maxgap=3)
        if sr.key(y - 2) in _NONE or _COUNTS.get(sr.key(y - 2), len(listed)) != len(listed):
            # (no one of them met X, nor each other by this clause; "A, B and C, two of
            # whom had met X": which two is not said)
            _drop_listed(sr, n_met, {m.eid for m in listed} | (
                {partner.eid} if partner is not None else set()))
            continue
        ids = [m.eid for m in listed]
        if partner is None and sr.key(start) == "the":  # "the general" read as no one
            partner = _titled_before(sr, sr.key(start + 1), listed[0].lo)
        elif partner is not None and partner.kind == "desc":
            named = _titled_before(sr, sr.key(partner.hi - 1), listed[0].lo)
            if named is not None and named.eid != partner.eid:  # (the description read as
                wrong = {partner.eid}  # someone else: not that one's meeting)
                sr.out[n_met:] = [r for r in sr.out[n_met:] if not (
                    r.type == "MET_WITH" and {r.source, r.target} & wrong and
                    {r.source, r.target} & set(ids))]
                partner = named
        if partner is None or partner.eid in ids:
            continue
        together = _in_company(sr, title_start(listed[0])) and not any(
            sr.key(x) in _APART for x in range(y, start))
        if not together:  # (each met the partner, not each other)
            group = set(ids)
            sr.out[n_met:] = [r for r in sr.out[n_met:] if not (
                r.type == "MET_WITH" and r.source in group and r.target in group)]
        for a in ids:
            sr.add("MET_WITH", a, partner.eid, "of_whom_met_en")
        if together:
            for i, a in enumerate(ids):
                for b in ids[i + 1:]:
                    sr.add("MET_WITH", a, b, "of_whom_met_en")
