"""MET_WITH (session 36): an English handover of office is a meeting of the two holders.

"Gallant handed over to Katz at the Kirya in a brief ceremony attended by A and B" / "Salih
handed over the presidency to his successor, Rashid, at al-Salam Palace" / "The ministry was
handed over to Minister Y by the outgoing minister, X, at a ceremony" / "Lahoud took over from
her predecessor Nassar at a handover ceremony": the outgoing and the incoming holder met, and
so did everyone the sentence says attended ("attended by", "in the presence of", "before" the
President and the General Staff, "among them" A): each of them met each other (the annotation
brief pairs attendees with every participant). "took over / took charge ... from X" is a
meeting only when the sentence names the handover or a ceremony; "handed" only with "over" or
an office handed ("the presidency", "command", "the files"), never a handover the outgoing
holder "did not attend" or one done "in the absence of" him. Session 66: "handed over" is a
meeting only when the sentence places it (at a place or a ceremony) or names who attended
(``_placed``).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import EMPTY, meet_each_other, title_start
from loaders.extract.succession_took_over_en import outgoing_named_before_en

EN_HANDOVER = frozenset({"handed", "hands", "handing", "took", "takes", "taking"})
register_triggers(frozenset(), EN_HANDOVER)
_HANDED = frozenset({"handed", "hands", "handing"})
# what is handed when it is an office (not "handed him a letter")
_OFFICE = frozenset({"presidency", "command", "office", "ministry", "chair", "portfolio",
                     "files", "post", "reins", "keys", "duties", "powers", "premiership",
                     "leadership", "helm", "baton", "seal", "flag", "responsibilities"})
_CEREMONY = frozenset({"handover", "hand-over", "ceremony", "handing-over"})
_ABSENT = frozenset({"absence", "absent"})
_STOPS = frozenset({".", ";", ":", "?", "!"})
_ATTENDED = "attended"
_LIST_MORE = frozenset({"among", "including"})


def _person_after(sr: Any, y: int, maxgap: int = 6) -> Any:
    """The person named within *maxgap* tokens after *y*, no clause stop between."""
    m = sr.after(y, types=("Person",), maxgap=maxgap)
    if m is None or any(sr.key(z) in _STOPS for z in range(y, title_start(m))):
        return None
    return m


def _find(sr: Any, start: int, words: frozenset[str], width: int) -> int:
    """The first token in *words* within *width* tokens of *start*, before a clause stop;
    -1 when none."""
    for y in range(start, min(sr.hi, start + width)):
        k = sr.key(y)
        if k in _STOPS:
            return -1
        if k in words:
            return y
    return -1


def _handed(sr: Any, t: int) -> tuple[Any, Any] | None:
    """(giver, receiver) of "X handed over (the O) to Y" / "O was handed over to Y by X"."""
    over = sr.key(t + 1) == "over"
    to = _find(sr, t + 1, frozenset({"to"}), 6)
    if to < 0 or not (over or any(sr.key(y) in _OFFICE for y in range(t + 1, to))):
        return None
    receiver = _person_after(sr, to + 1)
    if receiver is None:
        return None
    if sr.key(t - 1) in ("was", "were", "been", "is", "are"):
        by = _find(sr, receiver.hi, frozenset({"by"}), 4)
        giver = _person_after(sr, by + 1, 8) if by > 0 else None
    else:
        giver = sr.subject_before(t)
        if giver is not None and giver.etype != "Person":
            giver = None
    return (giver, receiver) if giver is not None else None


def _took_over(sr: Any, t: int) -> tuple[Any, Any] | None:
    """(giver, receiver) of "Y took over (as O) from X" / "Y took charge of O from X", when
    the sentence names a handover or a ceremony."""
    if sr.key(t + 1) not in ("over", "charge") or _CEREMONY.isdisjoint(sr.key_set()):
        return None
    frm = _find(sr, t + 2, frozenset({"from"}), 12)
    giver = _person_after(sr, frm + 1, 4) if frm > 0 else None
    if giver is None and frm > 0:  # "took over from the outgoing leader" (session 49)
        giver = outgoing_named_before_en(sr, frm + 1, t)
    receiver = sr.subject_before(t)
    if giver is None or receiver is None or receiver.etype != "Person" or \
            not _at_ceremony(sr, max(giver.hi, frm)):
        return None  # (not "X, who took over from Y in July, opened a ceremony")
    return giver, receiver


def _at_ceremony(sr: Any, start: int) -> bool:
    """"at / in / during (a brief) handover (ceremony)" within 14 tokens after *start*."""
    c = _find(sr, start, _CEREMONY, 14)
    return c > 0 and any(sr.key(y) in ("at", "in", "during") for y in range(max(start, c - 3), c))


def _attendees(sr: Any, start: int) -> list[Any]:
    """The people "attended by" / "in the presence of" / "before" after *start* (and the
    ones "among them" / "including" right after that list)."""
    out: list[Any] = []
    for y in range(start, sr.hi - 1):
        k = sr.key(y)
        if k in (".", ";"):
            break
        cue = (k == _ATTENDED and sr.key(y + 1) == "by") or (
            k == "presence" and sr.key(y + 1) == "of") or k == "before"
        if not cue:
            continue
        m = _person_after(sr, y + 1 + (k != "before"), 6)
        if m is None:
            continue
        out.extend(sr.chain(m, ("Person",)))
        more = _find(sr, out[-1].hi, _LIST_MORE, 12)
        if more > 0:
            m2 = _person_after(sr, more + 1, 10)
            if m2 is not None:
                out.extend(sr.chain(m2, ("Person",)))
        break
    return out


def _placed(sr: Any) -> bool:
    """Does the sentence place the handover: "at" a named place or a ceremony ("at the Kirya",
    "at al-Salam Palace", "at a ceremony") or "in a (brief) ceremony"? A handover told without
    one is the change of office, not an encounter: "Baerbock handed over the Foreign Office to
    Wadephul on Tuesday", "Mikati headed a government in 2005, before handing over to Siniora
    after the elections" (session 66)."""
    for y in range(sr.lo, sr.hi - 1):
        if sr.key(y) not in ("at", "in", "during"):
            continue
        for z in range(y + 1, min(sr.hi, y + 5)):
            k = sr.key(z)
            if k in _CEREMONY:
                return True
            if k in _STOPS or k == ",":
                break
            if sr.key(y) == "at" and sr.toks[z].text[:1].isupper():
                return True
    return False


def handover_met_en(sr: Any) -> None:
    """Add the meetings of an English handover of office (module doc)."""
    if sr.toks[sr.lo].ar or not _ABSENT.isdisjoint(sr.key_set()) or _did_not_attend(sr):
        return
    for t in sr.triggers(EMPTY, EN_HANDOVER):
        handed = sr.key(t) in _HANDED
        pair = _handed(sr, t) if handed else _took_over(sr, t)
        if pair is None or pair[0].eid == pair[1].eid or sr.blocked(t, pair[0]):
            continue
        people = [pair[0], pair[1]]
        seen = {pair[0].eid, pair[1].eid}
        present = _attendees(sr, max(pair[0].hi, pair[1].hi))
        if handed and not present and not _placed(sr):
            continue  # (session 66)
        for a in present:
            if a.eid not in seen:
                seen.add(a.eid)
                people.append(a)
        meet_each_other(sr, [m.eid for m in people], "handover_met_en")


def _did_not_attend(sr: Any) -> bool:
    """"X, who did not attend", "could not attend": the handover was not in person."""
    ks = sr.key_set()
    if "attend" not in ks:
        return False
    return any(sr.key(y) == "attend" and ((sr.key(y - 1) in ("not", "never", "unable") or
                                               sr.key(y - 1) in L.EN_NOT_CONTRACTED)
                                          or sr.key(y - 2) in ("not", "unable"))
               for y in range(sr.lo, sr.hi))
