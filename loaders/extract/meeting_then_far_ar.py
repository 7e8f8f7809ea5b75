"""MET_WITH (session 38, meetar): "، ثم Y" that continues an Arabic meeting's objects past
what the ثم-list readers of ``meetings_ar`` step over.

``meetings_ar._then_more`` reads "التقى X Y في مكتبه، ثم Z" (only a place between Y and ثم,
the first object within fourteen words of the verb, a title of at most five words after
ثم). Writers put more between:

- an aside on the subject: "التقى X، وهو محافظ ... الأسبق ورئيس كتلة ...، زعيمَ A ثم رئيسَ B";
- a purpose or a relative clause after the object: "والتقى X أيضاً A، الذي خلف ...، لبحث
  آلية ...، ثم السفيرةَ B";
- a place after ثم: "التقى X في الرياض A، ثم في مسقط B";
- a long title after "ثم مع": "بحث X مع A، ثم مع وزير الدولة بوزارة الخارجية القطرية B".

In all of them X, the subject of the meeting verb before ثم, met B. Read only when X met
someone named between the verb and ثم in this sentence (the clause is a meeting read by the
base rules), nothing but "مع", a place phrase and a title stands between ثم and B (no verb,
no negation, no call: "ثم التقى B", "ثم غادر"، "ثم لم يلتق B", "ثم اتصل بـB" are clauses of
their own), B is no subject of a verb right after him ("ثم رئيس البرلمان B أعلن ..."), and
the verb is no purpose noun ("لبحث"، "للقاء": the verb of the clause before it is taken).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.meetings_ar import (
    _AR_NOT,
    _MEET_NOUNS,
    _VISIT_VERBS,
    _blocked,
    _clause_subject,
)
from loaders.extract.rule_common import EMPTY, title_start

AR_THEN = L._ar("ثم", "وثم")
register_triggers(AR_THEN, EMPTY)
_ENDS = frozenset({".", "؛", ";", "!", "؟", "?", ":"})
_SPAN = 45  # words from the meeting verb to ثم
_TITLE = 10  # words of title between ثم (its مع / place) and the name
# "ثم اتصل بـ B" / "ثم هاتف B": a call, no meeting (session 53)
_CALL_AR = L._ar("اتصل", "واتصل", "يتصل", "هاتف", "يهاتف", "اتصالا", "اتصالاً", "هاتفيا",
                 "هاتفياً", "راسل", "تحدث")


def then_far_ar(sr: Any, n_met: int) -> None:
    """The subject of the meeting before "، ثم Y" met Y (module doc)."""
    if not sr.toks[sr.lo].ar:
        return
    verbs = sr.triggers(L.AR_MEET, EMPTY)
    if not verbs:
        return
    for c in sr.triggers(AR_THEN, EMPTY):
        t = _verb_before(sr, verbs, c)
        if t is None:
            continue
        b = _person_after_then(sr, c + 1)
        if b is None or _opens_clause(sr, b):
            continue
        s = _clause_subject(sr, t)
        if s is None or s.eid == b.eid or s.lo >= c or _blocked(sr, t, s):
            continue
        here = {m.eid for m in sr.args if t < m.lo < c and m.etype == "Person"}
        if not any(r.type == "MET_WITH" and s.eid in (r.source, r.target) and
                   ({r.source, r.target} - {s.eid}) & here for r in sr.out[n_met:]):
            continue
        sr.add("MET_WITH", s.eid, b.eid, "then_far_ar")


def _opens_clause(sr: Any, b: Any) -> bool:
    """Is *b* the subject of a verb right after him ("ثم رئيس البرلمان B أعلن ...")?"""
    for y in range(b.hi, min(b.hi + 3, sr.hi)):
        if sr.toks[y].punct:
            return False
        if sr.key(y) in L.AR_COMMON_VERBS or sr.f(y) & (L.AR_MEET | _VISIT_VERBS):
            return True
    return False


def _verb_before(sr: Any, verbs: list[int], c: int) -> int | None:
    """The meeting verb of the clause that ثم at *c* continues: the last one before it, past
    purpose nouns ("لبحث"، "للقاء"); None past a stop or too far."""
    for v in reversed(verbs):
        if v >= c:
            continue
        if c - v > _SPAN or any(sr.toks[x].text in _ENDS for x in range(v, c)):
            return None
        k = sr.key(v)
        if k[:1] == "ل" or k in _MEET_NOUNS:
            continue
        return v
    return None


def _person_after_then(sr: Any, k: int) -> Any:
    """The person ثم adds: past "مع", a place phrase ("في مسقط") and a title, no verb or
    punctuation between; else None."""
    if sr.key(k) == "مع":
        k += 1
    if sr.key(k) in ("في", "فى"):
        m = sr.mention_at.get(k + 1)
        if m is None or m.etype not in ("Location", "Country"):
            return None
        k = m.hi
    for m in sr.args:
        s = title_start(m)
        if s < k or m.in_title:
            continue
        if s - k > _TITLE:
            return None
        if m.etype != "Person" or m.kind != "name":
            continue  # a body in the title ("بوزارة الخارجية القطرية"), a description
        for y in range(k, s):
            if sr.toks[y].punct or sr.f(y) & (L.AR_MEET | _VISIT_VERBS | _AR_NOT) or \
                    sr.key(y) in L.AR_COMMON_VERBS or sr.key(y) in _CALL_AR:
                return None
        return m
    return None
