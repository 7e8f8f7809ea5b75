"""MET_WITH told elliptically or reported by a participant.

- English "X met Y (afterwards), as did Z": Z met Y too (:func:`as_did_en`);
- a participant reporting a visit to himself: "X said (that) Y (had) visited him" / "قال X إن
  Y زاره" (:func:`said_visited_him_en`, :func:`said_visited_him_ar`).

Not a meeting: "as did Z" after no meeting verb or with no named partner ("X attended, as did
Z"), a visit reported by a third person about someone else ("X said Y visited Z": the other
rules read it), a negated or planned visit ("X said Y would visit him": no past form).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import title_start

MW = "MET_WITH"
_NONE: frozenset[str] = frozenset()
_PERSON = ("Person",)
EN_AS_DID = frozenset({"did"})
_EN_MET = frozenset({"met", "received", "hosted", "visited"})
EN_VISITED = frozenset({"visited"})
_EN_HIM = frozenset({"him", "her"})
_EN_SAY = frozenset({"said", "says", "told", "recalled", "revealed", "disclosed"})
_EN_HAD = frozenset({"had", "has", "also", "recently", "personally"})
_AR_THAT = L._ar("إن", "ان", "أن", "بأن", "بان")
_AR_SAY = L._ar("قال", "وقال", "أكد", "وأكد", "ذكر", "وذكر", "كشف", "وكشف", "أوضح", "وأوضح",
                "أفاد", "وأفاد")


def as_did_en(sr: Any) -> None:
    """"X met Y (afterwards), as did Z": Z met Y (the object of the meeting verb of the
    clause before ", as did")."""
    for t in sr.triggers(_NONE, EN_AS_DID):
        if sr.key(t - 1) != "as" or sr.toks[t - 2].text != ",":
            continue
        z = sr.after(t + 1, types=_PERSON, maxgap=4)
        if z is None or any(sr.toks[y].punct for y in range(t + 1, z.lo)):
            continue
        v = next((y for y in range(t - 3, sr.lo - 1, -1) if sr.key(y) in _EN_MET), None)
        if v is None or any(sr.toks[y].text in (";", ".") for y in range(v, t)):
            continue
        obj = sr.after(v + 1, types=_PERSON, maxgap=3)
        if obj is None or obj.lo >= t - 2 or obj.eid == z.eid or sr.blocked(v, obj):
            continue
        sr.add(MW, z.eid, obj.eid, "as_did_en", 0.6)


def said_visited_him_en(sr: Any) -> None:
    """"X said (that) Y (had) visited him": X met Y."""
    for t in sr.triggers(_NONE, EN_VISITED):
        if sr.key(t + 1) not in _EN_HIM:
            continue
        y = t - 1
        while y > sr.lo and sr.key(y) in _EN_HAD:
            y -= 1
        guest = sr.mention_at.get(y)
        if guest is None or guest.etype != "Person" or guest.hi != y + 1:
            continue
        s = title_start(guest) - 1
        if sr.key(s) == "that":
            s -= 1
        if sr.key(s) not in _EN_SAY:
            continue
        host = sr.before(s, types=_PERSON, maxgap=0)
        if host is None or host.eid == guest.eid or sr.blocked(t, guest):
            continue
        sr.add(MW, host.eid, guest.eid, "said_visited_him_en", 0.6)


def said_visited_him_ar(sr: Any, t: int) -> None:
    """"قال X إن Y زاره" (*t*: the verb with its pronoun): X met Y. Called by
    ``meeting_visitor.visitor_meetings``, which reads the verb-first "زاره Y"."""
    guest = sr.before(t, types=_PERSON, maxgap=0)
    if guest is None:
        return
    s = title_start(guest) - 1
    if s < sr.lo or not sr.f(s) & _AR_THAT:
        return
    host = sr.before(s, types=_PERSON, maxgap=0)
    if host is None or host.eid == guest.eid:
        return
    h = title_start(host) - 1
    if h < sr.lo or not sr.f(h) & _AR_SAY or sr.blocked(t, guest):
        return
    sr.add(MW, host.eid, guest.eid, "said_visited_him_ar", 0.6)


for _pair in ((_NONE, EN_AS_DID), (_NONE, EN_VISITED)):
    register_triggers(*_pair)
