"""A companion told in the sentence right after a meeting (session 42, ncoref).

- ``accompanied_next_en``: "X called on Y. A accompanied the minister / X, and the meeting was
  also attended by B" — the companion sat with X at the meeting just told, so A met X and X's
  partners there (Y, and attendees read in this sentence). Read only when the sentence before
  (or this one) holds a meeting of which X — the object of "accompanied" (a name, or "the
  <title>" resolved by the mention layer) — is a side with a partner; nothing otherwise (no
  meeting, X no side, "accompanied X to <place>" = a trip, "but did not attend").
- Session 58 (conv58), the newest writers' convention (measured by
  ``bench/companion_gold_count.py``: the older dev pairs a stated companion with the host in 22 of
  109 cases, KZ-LE / JG-KP in 28 of 31, the session-58 blind sets in 4 of 5):
  the meeting may be told up to three sentences back ("X sat down with Y. Why it matters: ... .
  A accompanied X"; and the meeting before the latest, "X met Y. A joined X in the delegation.
  B accompanied X", when at most two sentences stand between them); "A (and B) joined X in the delegation / team / talks"
  reads as "accompanied X"; and the passive "X was accompanied by A (and B)" after X's meeting
  (session 42 tried it: +2 TP, +37 FP on the older dev, which does not pair the travelling
  delegation with the hosts). Built but off (``PASSIVE``): measured again in session 58, rules
  core on the older dev 5550/284/566 -> 5554/346/562 (+4 TP, +62 FP in 18 pieces), ``$NEWDEV``
  1626/66/299 -> 1628/67/297, ``$NEW58`` 142/8/55 -> 144/9/53: the newest writers' passive
  companions are mostly read already by the in-sentence rules, the rest is the older writers'.
- Session 70 (blind70i): the passive "X was joined by A (and B)" after X's meeting is read (A
  sat in: "Leaf met al-Sharaa. She was joined by Carstens"); the dev gold pairs such joiners
  with both sides (enJA5, enGS3, enLY5); not in a relative clause ("X, who was joined by his
  wife, later visited a hospital").
"""
from __future__ import annotations

from typing import Any

from loaders.extract.dispatch import needs
from loaders.extract.rule_common import EMPTY

_CUE = frozenset({"accompanied", "joined"})
_STOP_AFTER = frozenset({"to", "on", "in", "at", "during", "for"})
# "A joined X in the (Israeli) delegation / at the talks": the party at the meeting
_JOIN_NOUNS = frozenset({"delegation", "team", "talks", "meeting", "meetings", "session",
                         "negotiations", "delegations"})


def recent_meeting_pairs(sr: Any) -> list[tuple[str, str]]:
    """The meetings read in the three sentences before this one ("X sat down with Y. Why it
    matters: ... . A accompanied X"), the one before the latest too when close to it."""
    pairs: list[tuple[str, str]] = []
    last = sr.si
    for key in ("met_out", "met_prev"):  # (the latest meeting, and the one before it when at
        si, out = sr.doc.state.get(key, (-9, ()))  # most two sentences stand between: "X met
        if last - si > 3:  # Y. A joined X in the delegation. B accompanied X")
            break
        pairs += [(r.source, r.target) for r in out if r.type == "MET_WITH"]
        last = si
    return pairs


def _partners(sr: Any, host: str) -> list[str]:
    """Whom *host* met in this sentence or the latest meeting of the two before."""
    pairs = [(r.source, r.target) for r in sr.out if r.type == "MET_WITH"]
    pairs += recent_meeting_pairs(sr)
    return list(dict.fromkeys(p for pair in pairs if host in pair for p in pair if p != host))


def _joined_party(sr: Any, host: Any) -> bool:
    """"joined X in the (Israeli) delegation / at the talks": X's party at the meeting."""
    if host.hi >= sr.hi or sr.key(host.hi) not in ("in", "at", "on", "for"):
        return False
    return any(sr.key(k) in _JOIN_NOUNS for k in range(host.hi + 1, min(sr.hi, host.hi + 5)))


def _accompanied_by(sr: Any, t: int) -> None:
    """"X was accompanied by A (and B)" after a meeting of X: A (B) met X and X's partners."""
    if t + 1 >= sr.hi or sr.key(t + 1) != "by" or sr.key(t - 1) not in ("was", "were"):
        return
    host = sr.subject_before(t - 1)
    if host is None or host.etype != "Person" or sr.blocked(t, host):
        return
    first = sr.after(t + 2, types=("Person",), maxgap=8)
    if first is None or first.eid == host.eid:
        return
    partners = _partners(sr, host.eid)
    if partners:
        _add(sr, sr.chain(first, ("Person",)), host.eid, partners)


PASSIVE = False  # the passive "X was accompanied by A" (off: module doc, measured per group)


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


@needs((EMPTY, _CUE))  # (its one loop is over these words: relations.run skips it without)
def accompanied_next_en(sr: Any) -> None:
    """"A accompanied X" right after a meeting of X: A met X and X's partners (module doc)."""
    for t in sr.triggers(EMPTY, _CUE):
        if sr.key(t - 1) in ("was", "were"):
            if PASSIVE or sr.key(t) == "joined" and sr.key(t - 2) != "who":
                _accompanied_by(sr, t)  # "X was joined by A": A sat in (module doc; not "X,
                # who was joined by his wife, later visited a hospital": another outing)
        elif sr.key(t - 1) not in ("was", "were", ",", "who") or \
                sr.key(t) == "joined" and sr.key(t - 1) == ",":  # "A, <title> B, joined X in"
            host = sr.after(t + 1, types=("Person",), maxgap=2)
            if host is None:
                continue
            if sr.key(t) == "joined":
                if not _joined_party(sr, host):
                    continue  # "A joined X": only in X's delegation / at the talks
            elif host.hi < sr.hi and sr.key(host.hi) in _STOP_AFTER:
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
