"""MET_WITH (session 72, attendees72): "X, flanked by A, B and C, ..." -- the people standing
at X's side at one appearance met X and each other.

"Sisi, flanked by the Grand Imam A, Pope B and politician C, spoke after a meeting with the
three men" / "talks with the crown prince, who was flanked by Foreign Minister A and Prince
B" / "General X announced it on television, flanked by A, B and C, all of whom had met the
general": X, A, B and C are paired (dev 3,009: the gold pairs the flanked person and the
flankers, and the flankers with each other, in the three sentences of this shape that tell a
meeting, all by the newest writers; an older writer's "X announced it at a news conference,
flanked by A and B" pairs none, so the sentence must name a meeting). The flankers of the one
met in "talks with X, who was flanked by A and B" met X's partner too. X is the person right
before ", flanked by", the head of ", who was flanked by", or the person opening the sentence
when ", flanked by" follows its clause; "X, flanked by A and B, held talks with Z" gives
X-Z when the meeting rules took a flanker for the verb's subject.
The flankers are the people listed right after "by" ("A, the Grand Imam of Al-Azhar B and
C": a title of up to eight words before each), two or more of them: one aide at X's side
("Sudani, flanked by Fuad Hussein, met Araghchi") stays unpaired, as the meeting rules'
cases have it. Not a negated or planned appearance. A
flanker's pairs with the people X met stay as ``meeting_frames_en.accompanied_subject_en``
reads them.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import title_start

AR_FLANKED: frozenset[str] = frozenset()
EN_FLANKED = frozenset({"flanked"})
register_triggers(AR_FLANKED, EN_FLANKED)

_CLAUSE = frozenset({"who", "whom", "which", "that", "said", "says", "spoke", "after",
                     "before", "when", "while", "to", "as", "at", "in", "on"})
_TITLE_REACH = 8
_UNREAL = L.EN_NEG | L.EN_MODAL
# the sentence tells a meeting (a news conference with people at one's side is none)
_MEETING = frozenset({"met", "meet", "meeting", "meetings", "talks", "received", "hosted",
                      "audience"})


def _next_flanker(sr: Any, j: int) -> Any:
    """The person whose title starts at *j* or a few title words after it (no punctuation but
    a hyphen, no clause word between), else None."""
    for m in sr.args:
        if m.etype != "Person" or m.lo < j:
            continue
        t0 = title_start(m)
        if t0 - j > _TITLE_REACH or any(
                sr.toks[x].punct and sr.key(x) != "-" or sr.key(x) in _CLAUSE
                for x in range(j, min(t0, m.lo))):
            return None
        return _holder_after(sr, m) or m
    return None


def _holder_after(sr: Any, m: Any) -> Any:
    """The person named a few title words after *m* when *m* is itself a title read as a
    person ("the Grand Imam of al-Azhar Ahmed al-Tayeb": Tayeb, not "Grand Imam"), else None."""
    n = next((p for p in sr.args if p.etype == "Person" and p.lo >= m.hi), None)
    if n is None or n.lo - m.hi > 4 or any(sr.toks[x].punct and sr.key(x) != "-" or
                                           sr.key(x) == "and" for x in range(m.hi, n.lo)):
        return None
    return n


def _flankers(sr: Any, t: int) -> list[Any]:
    """The people listed right after "flanked by" at *t* ("A, B and C": the list ends at its
    last person joined by "and"; "flanked by A, met Z" is A alone)."""
    first = _next_flanker(sr, t + 2)
    out: list[Any] = []
    keep = 1
    while first is not None and first not in out:
        out.append(first)
        k = first.hi
        if sr.key(k) == "," and sr.key(k + 1) == "and":
            k += 1
        if sr.key(k) not in (",", "and"):
            break
        first = _next_flanker(sr, k + 1)
        if first is not None and sr.key(k) == "and":
            keep = len(out) + 1
    return out[:keep]


def _flanked(sr: Any, t: int) -> Any:
    """The person flanked (module doc), else None."""
    if sr.key(t - 1) == "was" and sr.key(t - 2) == "who" and sr.key(t - 3) == ",":
        return next((m for m in sr.args if m.etype == "Person" and m.hi == t - 3), None)
    if sr.key(t - 1) != ",":
        return None
    before = next((m for m in sr.args if m.etype == "Person" and m.hi == t - 1), None)
    if before is not None:
        return before
    first = next((m for m in sr.args if m.etype == "Person"), None)
    if first is not None and title_start(first) <= sr.lo + 1 and first.hi < t - 1:
        return first  # "General X announced it ..., flanked by A and B"
    return None


def flanked_by_en(sr: Any, n_met: int) -> None:
    """Pair the flanked person and the flankers of "X, flanked by A and B" (module doc);
    *n_met*: the first of this sentence's MET_WITH pairs."""
    if _MEETING.isdisjoint(sr.key_set()):
        return  # ("X announced it at a news conference, flanked by A and B": enBC5)
    for t in range(sr.lo + 1, sr.hi - 2):
        if sr.key(t) != "flanked" or sr.key(t + 1) != "by":
            continue
        x = _flanked(sr, t)
        people = _flankers(sr, t)
        if x is None or len(people) < 2 or sr.blocked(t, x) or any(
                sr.key(y) in _UNREAL for y in range(x.hi, t)):
            continue  # ("X will appear on television, flanked by A")
        ids = list(dict.fromkeys([x.eid] + [m.eid for m in people]))
        if x.hi == t - 1:  # "X, flanked by A and B, held talks with Z": X met Z (the meeting
            flank = set(ids[1:])  # rules took the last flanker for the verb's subject)
            met = [r.target if r.source in flank else r.source for r in sr.out[n_met:]
                   if r.type == "MET_WITH" and (r.source in flank) != (r.target in flank)]
            for z in dict.fromkeys(met):
                if z != x.eid:
                    sr.add("MET_WITH", x.eid, z, "flanked_by_en")
        if sr.key(t - 2) == "who":  # "talks with X, who was flanked by A and B": A and B
            ids += [p for r in sr.out[n_met:] if r.type == "MET_WITH" and x.eid in (  # sat
                r.source, r.target) for p in (r.source, r.target) if p not in ids]  # in too
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                sr.add("MET_WITH", a, b, "flanked_by_en")
