"""MET_WITH: the visitor is the subject of the meetings that follow the visit.

News of a visit names the visitor once, at the arrival, and the meetings after it have no
subject of their own: "وصل X إلى دمشق، حيث استقبله Y، ثم التقى Z" / "وكان X، الذي ...، قد وصل
إلى بغداد، والتقى Z" / "زيارة X إلى الرياض، التي التقى خلالها Z"; "X arrived in Tehran on
Wednesday and held talks with Z". Also "فيما زاره X في منزله" (X visited him). Z met X -- not Y (who received X), not a person of a
relative clause, and not the first of a list "والتقى Z وW" read as subject and object.

``visitor_meetings(sr)`` runs after every other meeting rule of the sentence. For each meeting
verb without a subject of its own after a visit or an arrival in the same sentence, it adds
(visitor, partner) for the partner and the people listed with it, and drops the MET_WITH
pairs the other rules made of that partner with the one who received the visitor, with a
name after the verb (a relative clause) or with a fellow list member (a companion of the
visitor keeps his pair). Negation, plans and calls
block as elsewhere.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.core_context import arrival_subject_ar
from loaders.extract.dispatch import needs, register_triggers
from loaders.extract.latter_subject import latter_subject
from loaders.extract.meeting_asides_ar import relative_host_ar
from loaders.extract.meeting_clauses import genitive_of_ar, met_in_noun_ar
from loaders.extract.meeting_fallback import (
    _AR_VERBS,
    _AR_WITH_VERBS,
    _partner_ar,
    _partner_en,
    _pron_object,
    _subject_before,
)
from loaders.extract.meeting_reported import EN_AS_DID, said_visited_him_ar
from loaders.extract.meeting_then_more_ar import then_list_ar
from loaders.extract.meeting_titled_lists import titled_members
from loaders.extract.meeting_tour import before_moving_ar, moved_on_before_ar
from loaders.extract.meeting_tour_guest_ar import received_traveller_ar
from loaders.extract.moved_on_subject_ar import meeting_subject_of_object_ar
from loaders.extract.rule_common import EMPTY, title_start
from loaders.extract.title_genitive_ar import title_genitive_ar
from loaders.extract.wire_meetings import subjectless_object_ar

_AR_ARRIVE_V = L._ar("وصل", "وصلت", "زار", "زارت", "حط", "حطت", "توجه", "توجهت")
_AR_VISIT_N = L._ar("زيارة", "الزيارة", "جولة")
_AR_HIS_VISIT = L._ar("وصوله", "وصولها", "زيارته", "زيارتها")  # the visit of someone named before
# the subjunctive of meeting after "قبل أن ينتقل إلى B و" (session 65)
_AR_MEET_SUBJ = L._ar("ويلتقي", "وتلتقي", "ويجتمع", "وتجتمع")
_AR_CONT = frozenset({"حيث", "وحيث", "ثم", "كما", "التي", "الذي"})
_AR_DURING = L._ar("خلالها", "خلاله", "فيها", "اثناءها")
_AR_TIME_REF = L._ar("من", "قبل", "بعد", "وقبل", "وبعد", "عقب", "وعقب")
_EN_ARRIVE = frozenset({"arrived", "visited", "landed", "flew", "travelled", "traveled"})
_EN_MEET_V = frozenset({"met", "received", "hosted"})
_EN_NOUNS = frozenset({"talks", "meeting", "meetings"})
_EN_HOLD = frozenset({"held", "had"})


_AR_MOVED_ON = L._ar("انتقل", "انتقلت", "وانتقل", "وانتقلت",  # moved on (to the next stop);
                    "ينتقل", "تنتقل", "يتوجه", "تتوجه")  # "، قبل أن ينتقل إلى ..." (session 63)
register_triggers(_AR_MOVED_ON, EMPTY)  # (looked up in the sentence's trigger index)
# toured ("جال X على الرؤساء الثلاثة، فالتقى A، ثم B"): a visit whose subject is the visitor
_AR_TOURED = L._ar("جال", "جالت", "وجال", "وجالت")
register_triggers(_AR_TOURED, EMPTY)
# the rules pairing the joined subjects of one verb: fellow travellers, not hosts
_FELLOW_SUBJECT_RULES = frozenset({"joint_subjects_en", "co_subjects"})
_AR_VISITED_HIM = L._ar("زاره", "زارها", "زارهم", "زارته", "زارتها", "زارتهم")


@needs((_AR_VISITED_HIM, EMPTY), (L.AR_MEET, L.EN_MEET))
def visitor_meetings(sr: Any) -> None:
    """Add the visitor's meetings of this sentence and drop the misread pairs (module doc)."""
    for t in sr._by_ar.get(_AR_VISITED_HIM, ()):  # (= sr.triggers(...): declared in @needs)
        if not sr.toks[t].key.startswith("وزار") or _and_visited_him(sr, t):
            _visited_him_ar(sr, t)  # "وزارة" (a ministry), not "وزاره" (spelt with ه)
            said_visited_him_ar(sr, t)  # "قال X إن Y زاره" (meeting_reported.py)
    ts = sr.triggers(L.AR_MEET, L.EN_MEET)
    if not ts:
        return
    if sr.toks[sr.lo].ar:
        relative_host_ar(sr, ts)  # "Y، الذي استقبله ...، كما التقى Z" (meeting_clauses.py)
    vs = sr.triggers(L.AR_VISIT, L.EN_VISIT)
    moves = sr._by_ar.get(_AR_MOVED_ON)  # "وانتقل X إلى دمشق، حيث استقبله Y، ثم ..."
    if moves:
        vs = sorted(set(vs) | set(moves))
    tours = sr._by_ar.get(_AR_TOURED)
    if tours:
        vs = sorted(set(vs) | set(tours))
    if not vs or vs[0] > ts[-1]:
        return
    for t in ts:
        for v in vs:  # (a loop: no generator per verb)
            if v < t:
                break
        else:
            continue
        ar = sr.toks[t].ar
        if latter_subject(sr, t):
            continue  # "والتقى A، ثم التقى الأخير B": A met B, not the visitor (session 25b)
        got = _continued_ar(sr, t, vs) if ar else _continued_en(sr, t, vs)
        if got is None:
            continue
        visitor, partners = got
        if ar and title_genitive_ar(sr, visitor):  # "وصل مستشار المرشد X، Y، ...": Y
            visitor = sr.after(visitor.hi + 1, types=("Person",), maxgap=2)
        if visitor is None or visitor in partners:
            continue
        ids = {p.eid for p in partners}
        keep = ids | {visitor.eid}
        have = {(r.source, r.target) for r in sr.out if r.type == "MET_WITH"}
        as_did = next((y for y in sr._by_en.get(EN_AS_DID, ()) if sr.key(y - 1) == "as"),
                      sr.hi)  # "..., as did Z": Z met the partners too (meeting_reported.py)
        as_did = next((u for u in ts if t < u < as_did and latter_subject(sr, u)), as_did)
        later = {m.eid for m in sr.args if t < m.lo < as_did} - keep  # (not after "ثم التقى الأخير")
        fellow = {(r.source, r.target) for r in sr.out if r.type == "MET_WITH" and
                  r.rule in _FELLOW_SUBJECT_RULES}  # "A, <app.>, and B, <app.>, flew ... and
        # met Z": A travelled with B, no host of his (session 66)
        hosts = {a for a, b in have - fellow if b == visitor.eid} | {
            b for a, b in have - fellow if a == visitor.eid}  # who received the visitor
        wrong = {(a, b) for a, b in have if (a in ids and b in ids) or (
            a in ids and (b in later or b in hosts) and b not in keep) or (
            b in ids and (a in later or a in hosts) and a not in keep)}
        new = [p.eid for p in partners if (visitor.eid, p.eid) not in have and
               (p.eid, visitor.eid) not in have]
        if not (wrong or new) or sr.blocked(t):
            continue  # already read so by the other rules (most sentences)
        if wrong:
            sr.out = [r for r in sr.out if r.type != "MET_WITH" or (r.source, r.target) not in wrong]
        for p in new:
            sr.add("MET_WITH", visitor.eid, p, "visitor_met_ar" if ar else "visitor_met_en")


def _continued_ar(sr: Any, t: int, vs: list[int]):
    """Arabic: a meeting verb with no subject of its own ("، حيث/ثم/كما التقى Z", "، والتقى
    Z", "التي التقى خلالها Z") after a visit whose visitor is named."""
    fs = sr.f(t)
    moved = moved_on_before_ar(sr, t)  # "، ثم توجه إلى أنقرة والتقى Z" (meeting_tour.py)
    before_moving = moved >= 0 and before_moving_ar(sr, moved)  # "، قبل أن ينتقل إلى B ويلتقي Z"
    if not (fs & _AR_VERBS or fs & _AR_WITH_VERBS or (before_moving and fs & _AR_MEET_SUBJ)) or \
            _pron_object(sr, t):
        return None
    k0 = sr.key(t - 1)
    cont = k0 in _AR_CONT or sr.key(t + 1) in _AR_DURING or (
        sr.toks[t].key.startswith(("و", "ف")) and t - 1 >= sr.lo and sr.toks[t - 1].text in (
            "،", ",")) or moved >= 0
    if not cont:
        return None
    # (not a visit that only dates the sentence: "بعد يومين من زيارة X، والتقى Z"; not the
    # subjectless "ثم توجه" itself: the visit before it names the visitor)
    cands = [x for x in vs if x < t and sr.key(x - 1) not in _AR_TIME_REF and x != moved]
    if not cands and before_moving and moved in vs:
        cands = [moved]  # "بدأ X جولته من كمبالا حيث استقبله H، قبل أن ينتقل إلى أديس أبابا
        # ويلتقي Z": the traveller who moves on is named before the reception (session 65)
    if not cands:
        return None
    visitor = _visitor_ar(sr, cands[-1])
    if visitor is None and len(cands) > 1 and (
            sr.key(cands[-1]) in _AR_HIS_VISIT or (
                k0 != "الذي" and _unowned_visit_noun_ar(sr, cands[-1]))):
        # "وصل X ...، وكان في استقباله لدى وصوله ... Y، ثم التقى Z": "his arrival" is X's;
        # "وصل X ... في إطار جولة إقليمية، ...، بعد محطة في كمبالا التقى خلالها Z": the tour
        # names no one of its own, so it is X's (session 65; not "Y، الذي التقى خلالها Z",
        # Y's own meeting)
        visitor = _visitor_ar(sr, cands[-2])
    if visitor is None:
        return None
    hi = next((x for x in range(t + 1, sr.hi) if sr.toks[x].text in (".", "؛", ";")), sr.hi)
    k = t + 1
    while k < hi and sr.key(k) in _AR_DURING:
        k += 1
    if fs & _AR_WITH_VERBS:
        w = next((x for x in range(k, min(hi, k + 4)) if sr.key(x) in ("مع", "ومع")), None)
        if w is not None:
            k = w + 1
        elif not any(m.lo >= k and m.lo - k <= 3 and m.prefix.lstrip("و").startswith("مع")
                     for m in sr.args):
            return None
    p1 = _partner_ar(sr, k, hi, visitor)
    if p1 is None or _already_met(sr, p1, visitor):
        return None
    nxt = next((m for m in sr.args if m.lo >= p1.hi and m.etype == "Person"), None)
    if nxt is not None and title_start(nxt) == p1.hi and not _waw(sr, nxt) and \
            not sr.has_prep(p1, {"ب", "مع"}):
        return None  # "ثم استقبل Y Z": a subject of its own
    ch = then_list_ar(sr, p1)  # "والتقى A، ثم وزير الدفاع B": B too (meeting_then_more_ar)
    return visitor, ch + [o for o in titled_members(sr, ch[-1]) if o not in ch]


def _unowned_visit_noun_ar(sr: Any, v: int) -> bool:
    """Is *v* a visit noun with no person of its own after it ("في إطار جولة إقليمية")?"""
    return bool(sr.f(v) & _AR_VISIT_N) and sr.after(v + 1, types=("Person",), maxgap=3) is None


def _waw(sr: Any, m: Any) -> bool:
    """Is *m* joined by و ("وY", "ورئيس ... Y"; not "وزير", a word of its own)?"""
    if m.prefix.startswith("و"):
        return True
    k = sr.toks[title_start(m)].key
    return k[:1] == "و" and (k[1:] in L.AR_TITLE_FIRST or k[1:3] == "ال")


def _visitor_ar(sr: Any, v: int):
    """Who visits at *v*: "وصل/زار X" (VSO), "وكان X (، الذي ...،) قد وصل" (SVO), "زيارة X
    إلى ..." (the noun's genitive)."""
    fs = sr.f(v)
    if fs & _AR_VISIT_N:
        m = sr.after(v + 1, types=("Person",), maxgap=3)
        return m if m is not None and title_start(m) - v <= 3 else None
    if not (fs & _AR_ARRIVE_V or fs & _AR_MOVED_ON or fs & _AR_TOURED):
        return None
    envoy = _envoy_of_ar(sr, v)
    if envoy is not None:
        return envoy
    m = sr.after(v + 1, types=("Person",), maxgap=2)
    if m is not None and not sr.has_prep(m, {"ب", "ل", "مع", "الي", "في", "من"}) and \
            not met_in_noun_ar(sr, m) and not genitive_of_ar(sr, m):
        # ("وانتقل بعد لقاء Y إلى ...": Y was met; "وزار ضريح Y": the dead's tomb, s72)
        if subjectless_object_ar(sr, m):  # "(وصل X.) ثم زار Y في مكتبه": X, not Y
            return sr._prev_subject(exclude=m.eid)
        return m
    s = _subject_before(sr, v)
    if s is not None:  # "استقبلها H ...، ثم انتقلت إلى السراي": the guest moved on
        s = received_traveller_ar(sr, s, v, _subject_before) or meeting_subject_of_object_ar(
            sr, s, _pron_object, _subject_before)  # (meeting_tour_guest_ar); "التقى X Y،
        # ثم انتقل / توجه / وصل إلى ...": X, not Y (moved_on_subject_ar; any verb of going,
        # session 63)
        # "حيث استقبله H، بعد محطة في كمبالا التقى خلالها Y، ثم زار جيبوتي": the subject
        # found for Y's meeting is H, the host of the traveller, who is the one moving on
        return received_traveller_ar(sr, s, v) or s
    return s


def _envoy_of_ar(sr: Any, v: int):
    """"وصل الموفد الشخصي للرئيس الفرنسي X": the person whose title runs from the definite
    words after the verb at *v* into a genitive "لل..." (the envoy of the president X, whose
    title the mention holds), else None."""
    m = sr.after(v + 1, types=("Person",), maxgap=6)
    if m is None:
        return None
    ts = title_start(m)
    if not v + 1 < ts <= v + 4 or not sr.key(ts).startswith("لل"):
        return None
    if all(sr.key(x).startswith("ال") and not sr.toks[x].punct for x in range(v + 1, ts)):
        return m
    return None


def _continued_en(sr: Any, t: int, vs: list[int]):
    """English: "X arrived in Tehran (on ...) and met / held talks with Z": the subject of
    the arrival, when the meeting verb follows "and" with no subject of its own."""
    key = sr.key(t)
    if key in _EN_NOUNS:
        h = t - 1
        while h > sr.lo and sr.key(h) in ("a", "separate", "closed-door", "private", "formal"):
            h -= 1
        if sr.key(h) not in _EN_HOLD or sr.key(t + 1) != "with":
            return None
        verb, k = h, t + 2
    elif key in _EN_MEET_V:
        verb, k = t, t + 1
    else:
        return None
    b = verb - 1
    while b > sr.lo and sr.key(b) in ("also", "later", "then", "separately"):
        b -= 1
    if sr.key(b) != "and":
        return None
    v = max([x for x in vs if x < verb and sr.key(x) in _EN_ARRIVE], default=None)
    if v is None:
        return None
    p = _partner_en(sr, k, sr.hi, None)
    if p is None or _already_met(sr, p):
        return None  # most sentences: the verb rules read it right
    visitor = sr.subject_before(v)
    if visitor is None or visitor.etype != "Person" or visitor.poss:
        return None
    # nothing between the arrival and the "and" may hold a verb of a new clause
    if any(sr.toks[x].text in (";", ".") or sr.key(x) in ("who", "which", "while", "but")
           for x in range(v, b)):
        return None
    if p.eid == visitor.eid:
        return None
    ch = sr.chain(p, ("Person",))
    return visitor, ch + [o for o in titled_members(sr, ch[-1]) if o not in ch]


_AR_TOGETHER = L._ar("معا", "معاً", "سويا", "سوياً")


def _and_visited_him(sr: Any, t: int) -> bool:
    """«وزاره» spelt with a final ه, not ة, and no definite noun after it (not «وزاره الخارجية»,
    a ministry typed with ه): "and visited him" (session 72)."""
    return sr.toks[t].text[-1:] == "ه" and t + 1 < sr.hi and \
        not sr.key(t + 1).startswith("ال")


def _visited_him_ar(sr: Any, t: int) -> None:
    """"فيما زاره (مساء الثلاثاء) X في منزله": X visited him, in person -- a meeting with the
    person the pronoun means (the sentence's first person no preposition governs, else the
    previous sentence's subject)."""
    if sr.toks[t].key.endswith("ها") and any(
            v < m.lo and m.hi <= t and m.etype in ("Location", "Country")
            for v in sr.triggers(L.AR_VISIT, L.EN_VISIT) if v < t for m in sr.args):
        return  # "زار X بيروت ...، كما زارها Z": Z visited the city, he met nobody here
    hi = next((x for x in range(t + 1, sr.hi) if sr.toks[x].text in (".", "؛", ";")), sr.hi)
    visitor = _partner_ar(sr, t + 1, hi, None)
    if visitor is None or sr.has_prep(visitor, {"ب", "مع"}):
        return
    host = arrival_subject_ar(sr, t) or next(
        (m for m in sr.args if m.hi <= t and m.etype == "Person" and
         not sr.has_prep(m, {"ب", "ل", "مع", "من", "عن", "الي", "علي", "في"}) and
         m.eid != visitor.eid), None)  # the clause's subject: "وكان X قد استقبل Y، فيما زاره Z"
    if host is None and all(sr.toks[x].key in ("و", "ثم", "كما", "وقد", "قد", "فيما")
                            for x in range(sr.lo, t)):
        host = sr._prev_subject(exclude=visitor.eid)
    if host is None or host.eid == visitor.eid or sr.blocked(t, visitor):
        return
    ch = sr.chain(visitor, ("Person",))
    ch = ch + [o for o in titled_members(sr, ch[-1]) if o not in ch]  # "X والأمين العام لـB Y"
    for v in ch:
        if v.eid != host.eid:
            sr.add("MET_WITH", v.eid, host.eid, "visited_him_ar")
    if len(ch) > 1 and any(sr.key(x) in _AR_TOGETHER for x in range(t + 1, hi)):
        for i, a in enumerate(ch):  # "وزاره معاً X وY": the visitors came together (session 72)
            for b in ch[i + 1:]:
                if a.eid != b.eid and host.eid not in (a.eid, b.eid):
                    sr.add("MET_WITH", a.eid, b.eid, "visited_him_ar")


def _already_met(sr: Any, p: Any, visitor: Any = None) -> bool:
    """Did the rules already pair *p* with the visitor (else the sentence's first person, the
    usual subject of an arrival) and with nobody else? Then there is nothing to add or drop."""
    v = visitor.eid if visitor is not None else None
    if visitor is None:
        for m in sr.args:  # (a loop: no generator per call)
            if m.etype == "Person":
                v = m.eid
                break
    if v is None:
        return False
    others = [r.target if r.source == p.eid else r.source for r in sr.out
              if r.type == "MET_WITH" and p.eid in (r.source, r.target)]
    return bool(others) and others.count(v) == len(others)  # (all of them v; in C)
