"""MET_WITH, Arabic: verbs of talks that the meeting rules did not list (session 21, shapear).

Written from Arabic news style: "واستعرض X مع Y آفاق التعاون"، "وتناول X مع Y العلاقات" (reviewed,
addressed with), "وتبادل X وY وجهات النظر" (exchanged views), and the headline's dual present
"X وY يبحثان العلاقات الثنائية" / "يستعرضان" / "يتباحثان". The subject is the person right after
the verb (a title allowed), the partner the one after مع (a title allowed); or two or more
people joined by و after the verb (``core_recall.discussed_pair``), or before a dual verb that
ends the headline's subject. تبادل needs views or talk as its object ("تبادل X وY الاتهامات"،
"تبادل الأسرى" are no meeting); the blockers of the meeting rules (negation, plans, calls) apply.

Session 55: the past dual after the coordinated subjects of wire copy translated from English
("X and Y held talks"): "X وY عقدا / أجريا محادثات (اجتماعاً، قمة)" (a meeting noun right
after the verb), "X وY (قد) بحثا / ناقشا / تباحثا ..." ("بحثاً عن" is "in search of").
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.core_recall_meetings import discussed_pair
from loaders.extract.dispatch import needs
from loaders.extract.rule_common import person_at
from loaders.extract.topic_nouns_ar import AR_DUAL_TALK

_EMPTY: frozenset[str] = frozenset()
_AR_WITH_VERBS = L._ar("استعرض", "استعرضت", "واستعرض", "تناول", "تناولت", "وتناول")
_AR_EXCHANGE = L._ar("تبادل", "وتبادل", "تبادلت", "وتبادلت")
_AR_VIEWS = L._ar("وجهات", "الآراء", "آراء", "الأحاديث", "الحديث", "وجهتي")
_AR_DUAL = AR_DUAL_TALK
_AR_DUAL_HELD = L._ar("عقدا", "أجريا", "اجريا", "عقدوا", "أجروا", "اجروا")
_AR_DUAL_PAST = L._ar("بحثا", "ناقشا", "تباحثا", "بحثوا", "ناقشوا", "تباحثوا")
_AR_TALKS = L._ar("محادثات", "مباحثات", "اجتماعا", "اجتماعاً", "لقاء", "لقاءً", "لقاءا", "قمة",
                  "جلسة", "جلسات", "جولة", "محادثاتهما", "مباحثاتهما", "اجتماعهما", "لقاءهما")
_AR_MAY = L._ar("قد")
_AR_VERBS = _AR_WITH_VERBS | _AR_EXCHANGE | _AR_DUAL | _AR_DUAL_HELD | _AR_DUAL_PAST
_AR_WITH = frozenset({"مع"})



def _pairs(sr: Any, t: int) -> list[tuple[str, str]]:
    """The pairs of people that met by the verb at *t* (module doc)."""
    fs = sr.f(t)
    if fs & (_AR_DUAL_HELD | _AR_DUAL_PAST) and not fs & _AR_DUAL:
        if fs & _AR_DUAL_HELD and not any(sr.f(y) & _AR_TALKS for y in (t + 1, t + 2)):
            return []  # "X وY عقدا اتفاقاً": no talks held
        if sr.key(t + 1) == "عن":
            return []  # "بحثاً عن": in search of
    if fs & (_AR_DUAL | _AR_DUAL_HELD | _AR_DUAL_PAST):
        end = t - 1 if t - 1 > sr.lo and sr.f(t - 1) & _AR_MAY else t  # "X وY قد عقدا"
        last = next((m for m in sr.args if m.etype == "Person" and m.hi == end), None)
        if last is None:
            return []
        head = next((m for m in sr.args if m.etype == "Person" and m.hi <= last.lo and
                     last in sr.chain(m, ("Person",))), None)
        ch = [m for m in sr.chain(head, ("Person",)) if m.etype == "Person" and m.hi <= t] \
            if head is not None else []
        if len(ch) < 2 or sr.blocked(t, ch[0]):
            return []
        return [(ch[i].eid, ch[j].eid) for i in range(len(ch)) for j in range(i + 1, len(ch))]
    subj = person_at(sr, t + 1)
    if subj is None:
        return []
    if sr.key(subj.hi) in _AR_WITH and fs & _AR_WITH_VERBS:
        partner = person_at(sr, subj.hi + 1)
        if partner is None or partner.eid == subj.eid or sr.blocked(t, subj):
            return []
        return [(subj.eid, m.eid) for m in sr.chain(partner, ("Person",))
                if m.etype == "Person" and m.eid != subj.eid]
    pairs = discussed_pair(sr, t)
    if pairs and fs & _AR_EXCHANGE:
        end = max(m.hi for m in sr.args if m.etype == "Person" and m.eid in pairs[-1])
        if not sr.f(end) & _AR_VIEWS:
            return []
    return pairs


@needs((_AR_VERBS, _EMPTY))
def talk_verbs_ar(sr: Any) -> None:
    """Add the MET_WITH pairs of the talk verbs of the module doc."""
    for t in sr.triggers(_AR_VERBS, _EMPTY):
        for a, b in _pairs(sr, t):
            sr.add("MET_WITH", a, b, "talk_verbs_ar")
