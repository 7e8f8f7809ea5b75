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
Session 65: a dual reference as that subject, "وقال S إن الرئيسين عقدا محادثات" (the two people
the reference stands for: ``plural_refs``).
The photo caption of the satellite channels' sites, an active participle between two people:
"الرئيس اللبناني جوزيف عون مستقبلاً المبعوث الأمريكي توم باراك في قصر بعبدا (الرئاسة)"،
"الرئيس السوري أحمد الشرع مصافحاً الرئيس الأمريكي دونالد ترامب" (the first person right
before the participle, the second's title or name right after it; "مستقبلاً" alone is also
"in the future": nothing without a person on both sides).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.core_recall_meetings import discussed_pair
from loaders.extract.dispatch import needs
from loaders.extract.rule_common import EMPTY, person_at, title_start
from loaders.extract.topic_nouns_ar import AR_DUAL_TALK

_AR_WITH_VERBS = L._ar("استعرض", "استعرضت", "واستعرض", "تناول", "تناولت", "وتناول")
_AR_EXCHANGE = L._ar("تبادل", "وتبادل", "تبادلت", "وتبادلت")
_AR_VIEWS = L._ar("وجهات", "الآراء", "آراء", "الأحاديث", "الحديث", "وجهتي")
_AR_DUAL = AR_DUAL_TALK
_AR_DUAL_HELD = L._ar("عقدا", "أجريا", "اجريا", "عقدوا", "أجروا", "اجروا")
_AR_DUAL_PAST = L._ar("بحثا", "ناقشا", "تباحثا", "بحثوا", "ناقشوا", "تباحثوا")
_AR_TALKS = L._ar("محادثات", "مباحثات", "اجتماعا", "اجتماعاً", "لقاء", "لقاءً", "لقاءا", "قمة",
                  "جلسة", "جلسات", "جولة", "محادثاتهما", "مباحثاتهما", "اجتماعهما", "لقاءهما")
_AR_MAY = L._ar("قد")
_AR_CAPTION = L._ar("مستقبلا", "مستقبلاً", "مستقبلة", "مستقبلةً", "مصافحا", "مصافحاً",
                    "مصافحة", "مصافحةً")
_AR_VERBS = _AR_WITH_VERBS | _AR_EXCHANGE | _AR_DUAL | _AR_DUAL_HELD | _AR_DUAL_PAST | \
    _AR_CAPTION
_AR_WITH = frozenset({"مع"})
_COMMAS = ("،", ",")



def _pairs(sr: Any, t: int) -> list[tuple[str, str]]:
    """The pairs of people that met by the verb at *t* (module doc)."""
    fs = sr.f(t)
    if fs & _AR_CAPTION:
        return _caption_pair(sr, t)
    if fs & (_AR_DUAL_HELD | _AR_DUAL_PAST) and not fs & _AR_DUAL:
        if fs & _AR_DUAL_HELD and not any(sr.f(y) & _AR_TALKS for y in (t + 1, t + 2)):
            return []  # "X وY عقدا اتفاقاً": no talks held
        if sr.key(t + 1) == "عن":
            return []  # "بحثاً عن": in search of
    if fs & (_AR_DUAL | _AR_DUAL_HELD | _AR_DUAL_PAST):
        end = t - 1 if t - 1 > sr.lo and sr.f(t - 1) & _AR_MAY else t  # "X وY قد عقدا"
        apposed = end - 1 > sr.lo and sr.toks[end - 1].text in _COMMAS
        if apposed:  # "وكان وزراء الخارجية، X وY وZ، قد عقدوا اجتماعاً": a list between
            end -= 1  # commas, apposed to the description of its members (session 69)
        last = next((m for m in sr.args if m.etype == "Person" and m.hi == end), None)
        if last is None:
            return []
        if last.kind == "ref":  # "وقال S إن الرئيسين عقدا محادثات" (s65)
            return [] if sr.blocked(t, last) else _dual_ref_pairs(sr, last)
        head = next((m for m in sr.args if m.etype == "Person" and m.hi <= last.lo and
                     last in sr.chain(m, ("Person",))), None)
        ch = [m for m in sr.people_chain(head) if m.hi <= t] \
            if head is not None else []
        if len(ch) < 2 or sr.blocked(t, ch[0]) or apposed and \
                sr.toks[title_start(ch[0]) - 1].text not in _COMMAS:
            return []  # (not "X وY، عقدا": the opening comma of the apposition needed)
        return [(ch[i].eid, ch[j].eid) for i in range(len(ch)) for j in range(i + 1, len(ch))]
    subj = person_at(sr, t + 1)
    if subj is None:
        return []
    if sr.key(subj.hi) in _AR_WITH and fs & _AR_WITH_VERBS:
        partner = person_at(sr, subj.hi + 1)
        if partner is None or partner.eid == subj.eid or sr.blocked(t, subj):
            return []
        return [(subj.eid, m.eid) for m in sr.people_chain(partner) if m.eid != subj.eid]
    pairs = discussed_pair(sr, t)
    if pairs and fs & _AR_EXCHANGE:
        end = max(m.hi for m in sr.args if m.etype == "Person" and m.eid in pairs[-1])
        if not sr.f(end) & _AR_VIEWS:
            return []
    return pairs


def _dual_ref_pairs(sr: Any, ref: Any) -> list[tuple[str, str]]:
    """The pair a dual reference stands for as the subject of a past dual verb of talks ("وقال
    بيسكوف إن الرئيسين عقدا محادثات ثنائية، تلاها عشاء عمل بحضور A وB", "وأكد المتحدث أن
    الوزيرين أجريا مباحثات"): the two people ``plural_refs`` found for it (session 65; the
    attendees after بحضور then join them: ``meeting_attended_ar.present_ar``)."""
    from loaders.extract.plural_refs import member_pairs  # noqa: PLC0415 (import cycle; rare)

    return member_pairs(sr, [ref])


def _caption_pair(sr: Any, t: int) -> list[tuple[str, str]]:
    """"X مستقبلاً / مصافحاً Y": X named right before the participle at *t* (no proclitic
    on the participle), opening the sentence with his title, Y's title or name right after
    it (module doc)."""
    if sr.toks[t].key[:1] in ("و", "ف", "ب", "ل") or sr.toks[t].key.startswith("ال"):
        return []
    host = next((m for m in sr.args if m.etype == "Person" and m.hi == t and
                 m.kind == "name"), None)
    if host is None or not all(sr.toks[y].punct for y in range(sr.lo, title_start(host))):
        return []  # the caption opens with its first person ("قد يلتقي X مستقبلاً Y": "in
        # the future", a clause of its own)
    guest = person_at(sr, t + 1)
    if guest is None or guest.eid == host.eid or sr.blocked(t, host):
        return []
    return [(host.eid, guest.eid)]


@needs((_AR_VERBS, EMPTY))
def talk_verbs_ar(sr: Any) -> None:
    """Add the MET_WITH pairs of the talk verbs of the module doc."""
    for t in sr.triggers(_AR_VERBS, EMPTY):
        for a, b in _pairs(sr, t):
            sr.add("MET_WITH", a, b, "talk_verbs_ar")
