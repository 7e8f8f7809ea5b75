"""MET_WITH: Arabic "X يجمع A وB في لقاء / قمة" (session 22, second round, meet2ar), and
"جمع X في لقاء A وB" (session 55, :func:`gathered_in_meeting_ar`).

The host who brings people together at a meeting met each of them, and they met each other:
"وانغ يي يجمع في بكين نظيريه A وB في لقاء ثلاثي" (X-A, X-B, A-B), also the verb first
("جمع X A وB في قمة"), and the meeting noun as the subject ("جمع لقاء ثلاثي A وB وC"; session
52). Read only with a meeting noun after the people (لقاء، اجتماع، قمة،
محادثات ...) or a meal ("جمع X A وB إلى مائدة إفطار"، "على مائدة عشاء"، "إلى الغداء"; session
69, blind69e): "يجمع المراقبون على أن ..." (agree) and "يجمع التبرعات" (collects) are not
meetings; the planned and the negated stay out (``blocked``).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.meeting_press import each_pair_met
from loaders.extract.rule_common import EMPTY

AR_BRINGS_TOGETHER = L._ar("يجمع", "جمع", "وجمع", "ويجمع", "جمعت", "وجمعت")
_AR_GATHERING = L.AR_MEET_NOUNS | L._ar("قمة", "القمة", "حوار", "الحوار", "مأدبة") | \
    L._ar("مائدة", "المائدة", "إفطار", "الإفطار", "عشاء", "العشاء", "غداء", "الغداء")  # a meal (s69)
_AR_AGREE = L._ar("على", "علي")  # "يُجمع ... على": agree on
register_triggers(AR_BRINGS_TOGETHER, EMPTY)


def _gathering_after(sr: Any, k: int) -> bool:
    """A meeting noun within six tokens from *k* ("في لقاء"، "في قمة ثلاثية")."""
    return any(sr.f(y) & _AR_GATHERING for y in range(k, min(sr.hi, k + 6)))


def brought_together_ar(sr: Any) -> None:
    """"X يجمع A وB في لقاء" (module doc)."""
    for t in sr.triggers(AR_BRINGS_TOGETHER, EMPTY):
        if sr.f(t + 1) & _AR_AGREE:
            continue
        if sr.f(t + 1) & _AR_GATHERING:  # "جمع لقاء ثلاثي في القاهرة A وB وC" (s52)
            _gathering_subject(sr, t)
            continue
        subj = sr.before(t, types=("Person",), maxgap=1)
        if subj is not None:
            first = sr.after(t + 1, types=("Person",), maxgap=8)
        else:  # the verb first: "جمع X A وB"
            subj = sr.after(t + 1, types=("Person",), maxgap=1)
            first = sr.after(subj.hi, types=("Person",), maxgap=8) if subj is not None else None
        if subj is None or first is None:
            continue
        guests = sr.people_chain(first)
        if not _gathering_after(sr, guests[-1].hi) or sr.blocked(t, subj):
            continue
        people = [subj] + [g for g in guests if g.eid != subj.eid]
        for i, a in enumerate(people):
            for b in people[i + 1:]:
                if a.eid != b.eid:
                    sr.add("MET_WITH", a.eid, b.eid, "brought_together_ar")


def _gathering_subject(sr: Any, t: int) -> None:
    """"جمع لقاء (ثلاثي) (في القاهرة) A وB وC" / "وجمعت قمة A بـB": the meeting noun is the
    subject; the people after it (a list of two or more, within eight words, no clause
    between) met each other."""
    first = sr.after(t + 2, types=("Person",), maxgap=8)
    if first is None or any(sr.toks[y].punct and sr.toks[y].text not in ("،", ",")
                            for y in range(t + 1, first.lo)) or sr.blocked(t, first):
        return
    people = sr.people_chain(first)
    if len(people) < 2:
        nxt = sr.after(first.hi, types=("Person",), maxgap=1)  # "A بـB" / "A مع B"
        if nxt is None or not sr.has_prep(nxt, {"ب", "مع"}):
            return
        people = [first, nxt]
    each_pair_met(sr, people, "brought_together_ar")


# the adjectives of the meeting noun before its objects: "في لقاء واحد / مشترك / ثلاثي"
_AR_MEETING_ADJ = L._ar("واحد", "مشترك", "ثلاثي", "رباعي", "موسع", "مغلق", "خاص", "منفصل")


def gathered_at(sr: Any, t: int) -> bool:
    """Does the meeting noun at *t* follow "جمع (X) في"?"""
    if sr.key(t - 1) not in ("في", "فى"):
        return False
    return any(sr.f(v) & AR_BRINGS_TOGETHER for v in range(max(sr.lo, t - 14), t - 1))


def gathered_in_meeting_ar(sr: Any, t: int) -> None:
    """Add the meetings of "جمع (X) في لقاء (واحد) A وB" for the meeting noun at *t*
    (session 55; from ``meetings._met_svo`` on the noun): the meeting noun in an aside between
    the verb and its objects ("وصل قاآني إلى بغداد، وجمع في لقاء واحد زعيم منظمة بدر A والأمين
    العام للنجباء B"); the subject (named after the verb, else carried from the clause before)
    met A and B, and A and B met each other."""
    v = next((v for v in range(t - 2, max(sr.lo, t - 14) - 1, -1) if sr.f(v) & AR_BRINGS_TOGETHER),
             None)
    if v is None or any(sr.toks[x].punct for x in range(v, t)):
        return
    k = t + 1
    while k < sr.hi and sr.f(k) & _AR_MEETING_ADJ:
        k += 1
    first = sr.after(k, types=("Person",), maxgap=3)
    if first is None or any(sr.toks[x].punct for x in range(k, first.lo)):
        return
    members = sr.chain(first, ("Person",))
    subj = sr.after(v + 1, types=("Person",), maxgap=4)
    if subj is not None and subj.lo >= t:
        subj = None
    if subj is None:
        subj = sr._carried_subject(v)
    if sr.blocked(v):
        return
    people = ([subj] if subj is not None and subj not in members else []) + members
    for i, a in enumerate(people):
        for b in people[i + 1:]:
            sr.add("MET_WITH", a.eid, b.eid, "gathered_in_meeting_ar")
