"""A companion told in the sentence right after a meeting (session 42, ncoref).

- ``accompanied_next_en``: "X called on Y. A accompanied the minister / X, and the meeting was
  also attended by B" — the companion sat with X at the meeting just told, so A met X and X's
  partners there (Y, and attendees read in this sentence). Read only when the sentence before
  (or this one) holds a meeting of which X — the object of "accompanied" (a name, or "the
  <title>" resolved by the mention layer) — is a side with a partner; nothing otherwise (no
  meeting, X no side, "accompanied X to <place>" = a trip, "but did not attend").
- Tried: the passive "X was accompanied by A" after a meeting: +2 TP, +37 FP on dev (a
  travelling delegation member is mostly not paired with the hosts in the gold).
"""
from __future__ import annotations

from typing import Any

from loaders.extract.rule_common import _EMPTY, previous_meeting_pairs

_CUE = frozenset({"accompanied"})
_STOP_AFTER = frozenset({"to", "on", "in", "at", "during", "for"})


def _partners(sr: Any, host: str) -> list[str]:
    """Whom *host* met in this sentence or the one right before."""
    pairs = [(r.source, r.target) for r in sr.out if r.type == "MET_WITH"]
    pairs += previous_meeting_pairs(sr)  # the meeting told in the sentence right before
    return list(dict.fromkeys(p for pair in pairs if host in pair for p in pair if p != host))


def _denied_after(sr: Any, y: int) -> bool:
    """Does the clause after *y* deny the attendance ("but did not attend", "never sat in")?"""
    for k in range(y, min(sr.hi, y + 12)):
        w = sr.key(k)
        if w in (";", "."):
            return False
        if w in ("not", "n't", "never", "but"):
            return True
    return False


def _add(sr: Any, people: list[Any], host: str, partners: list[str]) -> None:
    """Pair each companion with the host and the host's partners."""
    for a in people:
        if a.eid == host or a.eid in partners:
            continue
        for p in [host] + partners:
            sr.add("MET_WITH", a.eid, p, "accompanied_next_en")


def accompanied_next_en(sr: Any) -> None:
    """"A accompanied X" right after a meeting of X: A met X and X's partners (module doc)."""
    for t in sr.triggers(_EMPTY, _CUE):
        if sr.key(t - 1) not in ("was", "were", ",", "who"):
            host = sr.after(t + 1, types=("Person",), maxgap=2)
            if host is None or host.hi < sr.hi and sr.key(host.hi) in _STOP_AFTER:
                continue  # "accompanied X to Kabul / on a trip": the trip, not the meeting
            if _denied_after(sr, host.hi):
                continue  # "A accompanied X but did not attend the meeting"
            who = sr.subject_before(t)
            if who is None or who.etype != "Person" or who.eid == host.eid or \
                    sr.blocked(t, who):
                continue
            partners = _partners(sr, host.eid)
            if partners:
                _add(sr, sr.chain(who, ("Person",)), host.eid, partners)
