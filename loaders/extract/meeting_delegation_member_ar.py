"""MET_WITH (session 38, meetar): a member of a delegation named after its meeting met
everyone of that meeting.

"التقى وفد من حماس برئاسة A، مساء الثلاثاء في القاهرة، رئيس المخابرات B. وضمّ الوفد C." /
"حيث التقى وفد الحركة برئاسة A، وضم الوفد C": C sat at the delegation's meeting, so C met
the head A and everyone A met there (B, the attendees read with A). The dev gold pairs such
members in the Gaza, Kurdish and Cairo writers (IU, JU, KF, KG, KI).

Read only for the past verb right before "الوفد" ("وضم الوفد"، "ضمّ الوفد"; a planned or
negated "يضم" is no cue), the members listed right after it, and a delegation "وفد ...
برئاسة A" in this sentence before the verb or in the meeting sentence just before (the last
sentence with a meeting, at most two back), where A met someone.

Session 58: "X، الذي وصل على رأس وفد ضم A وB" after X's talks: A and B met X and whom X
met in that sentence (``_led_delegation``).

Session 63: the head named after a verb of heading, "وفداً من قيادة حماس يترأسه / يرأسه / يقوده
A" or "بقيادة A", as after "برئاسة A".

Session 62: the delegation named by its side, "وضم وفد الحركة / وفد حماس / فيما ضم وفد الاتحاد
الوطني C", as "وضم الوفد C"; and a guest received "Y والوفد المرافق له" heads his delegation as
"وفد ... برئاسة Y" does (``meeting_delegation_owned_ar``).

Session 67: the side in quotes, «وضم وفد «قسد» C» after «وفد من قسد برئاسة A»
(``_past_quoted_side``).

Session 56: "التقى X A وB، بحضور C. وضمّ الوفد الزائر D، وE." -- a visiting delegation
with no head named: its members met everyone of the meeting sentence just before ("الوفد
الزائر" only: the members of a visitor's "الوفد المرافق" are not said to sit at each of his
meetings), when that sentence's pairs make one meeting (every person met there linked to
every other through them).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.meeting_delegation_owned_ar import owned_delegation_ar, with_accompanying_ar
from loaders.extract.meeting_took_part_ar import _listed
from loaders.extract.mention_core import QUOTES
from loaders.extract.rule_common import EMPTY, title_start

AR_COMPRISED_DELEGATION = L._ar("ضم", "وضم")
register_triggers(AR_COMPRISED_DELEGATION, EMPTY)
_AR_THE_DELEGATION = L._ar("الوفد")
# "برئاسة A" and its verbs "يترأسه / يرأسه / ترأسه / يقوده A", "بقيادة A" (session 63)
AR_DELEGATION_HEADED = L._ar("برئاسة", "وبرئاسة", "يترأسه", "يرأسه", "ترأسه", "يقوده", "بقيادة")
_AR_VISITING = L._ar("الزائر")
AR_DELEGATION_NOUNS = L._ar("وفد", "وفدا", "وفداً", "الوفد")
_AR_ON = L._ar("على")
_AR_TOP = L._ar("رأس")
_HEAD_GAP = 8  # words of title between برئاسة and the head's name
_DELEGATION_GAP = 12  # words between the delegation noun and برئاسة
_BACK = 2  # sentences back to the delegation's meeting


def delegation_member_ar(sr: Any, n_met: int) -> None:
    """Pair the members named after "وضم الوفد" with the delegation's meeting (module doc)."""
    for v in sr.triggers(AR_COMPRISED_DELEGATION, EMPTY):
        if not sr.f(v + 1) & _AR_THE_DELEGATION and not owned_delegation_ar(sr, v + 1):
            _led_delegation(sr, v, n_met)
            continue
        members = _listed(sr, _past_quoted_side(sr, v + 2))
        if not members:
            continue
        if sr.f(v + 2) & _AR_VISITING and _visiting_members(sr, members):
            continue
        head = _head(sr, sr.lo, v, sr.ments)
        rels = sr.out[n_met:]
        if head is None:
            si, out = sr.doc.state.get("met_out", (-9, ()))
            if not 0 < sr.si - si <= _BACK:
                continue
            sent = sr.doc.sents[si]
            head = _head(sr, sent.lo, sent.hi, sr.doc.by_sent.get(si, ()))
            rels = out
        if head is None:
            continue
        _pair_members(sr, members, head, rels)


def _past_quoted_side(sr: Any, x: int) -> int:
    """The word after a side named in quotes at *x* («وضم وفد «قسد» C»: C; session 67), else
    *x*."""
    if sr.toks[x].text not in QUOTES:
        return x
    return next((y + 1 for y in range(x + 1, min(sr.hi, x + 6)) if sr.toks[y].text in QUOTES), x)


def _led_delegation(sr: Any, v: int, n_met: int) -> None:
    """"X، الذي وصل على رأس وفد ضم A وB" / "وصل X على رأس وفد رفيع ضم A وB" (session 58): the
    members A, B met X and everyone X met in this sentence (not a plan: "يضم" is no cue)."""
    d = next((y for y in range(v - 1, max(sr.lo, v - 4) - 1, -1)
              if sr.f(y) & AR_DELEGATION_NOUNS), None)
    if d is None or d - 2 < sr.lo or any(sr.toks[y].punct for y in range(d, v)) or \
            sr.key(d - 2) not in _AR_ON or sr.key(d - 1) not in _AR_TOP:
        return
    head = max((m for m in sr.args if m.etype == "Person" and m.hi <= d - 2 and
                d - 2 - m.hi <= 3), key=lambda m: m.hi, default=None)
    if head is None or any(sr.toks[y].punct and sr.toks[y].text not in ("،", ",") or
                           sr.mention_at.get(y) is not None for y in range(head.hi, d - 2)):
        return
    _pair_members(sr, _listed(sr, v + 1), head, sr.out[n_met:])


def _pair_members(sr: Any, members: list[Any], head: Any, rels: Any) -> None:
    """Pair each of *members* with the delegation's *head* and with everyone the head met in
    *rels* (MET_WITH pairs); nothing when the head met nobody there."""
    met = {r.target if r.source == head.eid else r.source for r in rels
           if r.type == "MET_WITH" and head.eid in (r.source, r.target)}
    if not met:
        return
    for m in members:
        for p in sorted(met | {head.eid}):
            if p != m.eid:
                sr.add("MET_WITH", m.eid, p, "delegation_member_ar")


def _visiting_members(sr: Any, members: list[Any]) -> bool:
    """"وضم الوفد الزائر D" with no head: D met everyone of the meeting just before, when
    its pairs make one meeting (module doc); True when paired so."""
    if _head(sr, sr.lo, sr.hi, sr.ments) is not None:
        return False
    si, out = sr.doc.state.get("met_out", (-9, ()))
    if sr.si - si != 1:
        return False
    if _head(sr, sr.doc.sents[si].lo, sr.doc.sents[si].hi, sr.doc.by_sent.get(si, ())):
        return False
    pairs = [(r.source, r.target) for r in out if r.type == "MET_WITH"]
    people = {p for pair in pairs for p in pair}
    if not people:
        return False
    seen, todo = set(), [next(iter(people))]
    while todo:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        todo += [b if a == p else a for a, b in pairs if p in (a, b)]
    if seen != people:
        return False  # two meetings there: whose delegation is not said
    for m in members:
        for p in sorted(people):
            if p != m.eid:
                sr.add("MET_WITH", m.eid, p, "delegation_member_ar")
    return True


def _head(sr: Any, lo: int, hi: int, ments: Any) -> Any:
    """The person named right after "برئاسة" that follows a delegation noun in [lo, hi)."""
    for x in range(lo, hi):
        if not sr.f(x) & AR_DELEGATION_HEADED:
            continue
        if not any(sr.f(y) & AR_DELEGATION_NOUNS for y in range(max(lo, x - _DELEGATION_GAP), x)):
            continue
        head = min((m for m in ments if m.etype == "Person" and not m.in_title and
                    x < title_start(m) <= x + _HEAD_GAP and m.hi <= hi),
                   key=lambda m: m.lo, default=None)
        if head is not None and not any(sr.toks[y].punct for y in range(x, title_start(head))):
            return head
    return with_accompanying_ar(sr, lo, hi, ments)
