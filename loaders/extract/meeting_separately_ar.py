"""MET_WITH (session 24, multi): Arabic "كلاً على حدة" / "بشكل منفصل" after a meeting's
listed partners: the subject met each of them, they did not meet each other.

"وكان الموفد X قد زار بيروت والتقى A وB كلاً على حدة": X-A, X-B (the verb with no subject of
its own after "قد زار" was read as "A met B"); "التقى X A وB، كل على حدة"، "واستقبل X A وB
بشكل منفصل"، "على انفراد". The subject is the nearest person named before the list (after
the verb: VSO, else before it), not the object of a preposition (بـ، لـ). The pairs between
the listed partners that other rules read in this sentence are dropped. English "met A and B
separately" is read by the base rules already.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.meeting_comprised_ar import waw_word
from loaders.extract.rule_common import EMPTY, title_start

AR_APART = L._ar("حدة", "حده", "انفراد", "منفصل", "منفصلة", "منفصلين", "منفصلتين")
register_triggers(AR_APART, EMPTY)
_AR_HIDDA = L._ar("حدة", "حده")
_AR_EACH = L._ar("كلا", "كلاً", "كل", "كلٌّ", "كلّ", "منهما", "منهم", "على", "علي", "بشكل",
                 "بصورة", "،", ",")


def _list_before(sr: Any, x: int) -> list[Any]:
    """The people listed right before the marker at *x* ("A وB كلاً على حدة"), else []."""
    y = x - 1
    while y > sr.lo and sr.key(y) in _AR_EACH and x - y <= 4:
        y -= 1
    last = sr.mention_at.get(y)
    if last is None or last.etype != "Person":
        return []
    people = [m for m in sr.args if m.etype == "Person" and m.hi <= last.hi]
    out = [last]
    for m in reversed(people[:-1]):
        if m.eid == out[0].eid:
            continue
        start = title_start(out[0])
        if m.hi > start or start - m.hi > 6 or not (
                out[0].prefix.startswith("و") or waw_word(sr, start)) or any(
                sr.toks[z].punct for z in range(m.hi, start)):
            break
        out.insert(0, m)
    return out if len(out) > 1 else []


def _subject(sr: Any, listed: list[Any]) -> Any:
    """The nearest person before the list, not after ب / ل, else None."""
    first = title_start(listed[0])
    ids = {m.eid for m in listed}
    for m in reversed(sr.args):
        if m.hi > first or m.etype != "Person" or m.eid in ids:
            continue
        k = sr.key(title_start(m))
        if m.prefix.lstrip("وف")[:1] in ("ب", "ل") or k[:1] in ("ب", "ل") and \
                not k.startswith(("لي", "بن")):
            continue
        return m
    return None


def separately_ar(sr: Any) -> None:
    """X met each listed partner, the partners not each other (module doc)."""
    for x in sr.triggers(AR_APART, EMPTY):
        if sr.f(x) & _AR_HIDDA and sr.key(x - 1) not in ("على", "علي"):
            continue
        listed = _list_before(sr, x)
        if not listed:
            continue
        first = title_start(listed[0])
        if not any(sr.f(y) & L.AR_MEET for y in range(max(sr.lo, first - 12), first)):
            continue  # a meeting verb or noun before the list
        ids = {m.eid for m in listed}
        sr.out[:] = [r for r in sr.out if not (
            r.type == "MET_WITH" and r.source in ids and r.target in ids)]
        subj = _subject(sr, listed)
        if subj is None or sr.blocked(first, subj):
            continue
        for m in listed:
            sr.add("MET_WITH", subj.eid, m.eid, "separately_ar")
