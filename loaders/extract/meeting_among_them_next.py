"""MET_WITH (session 63): the guests listed in the sentence after a host received a group.

"Crown Prince Mohammed bin Salman hosted a meeting in Riyadh with the leaders of the Gulf
states, Egypt and Jordan. Among them were Egyptian President X and Jordan's King Y" / "... met
leaders of the Coordination Framework. Among those attending were X and Y" / "... received Gulf
leaders in Riyadh. They included X and Y" / «استقبل الرئيس H القادة العرب في القاهرة. ومن بين
هؤلاء X وY» / «... وكان من بينهم X وY»: each listed person met the host H, the person
before the meeting verb of the sentence before, whose object there is a group ("leaders",
"officials", «القادة», «وفود»), not a person. When that sentence speaks of one gathering ("a
meeting", "a summit", «قمة», «اجتماع») the guests also met each other, as attendees of one
meeting are paired (the dev majority). Nothing when the sentence before is negated or planned
("will host", «سيستقبل», "did not meet"), names no host, or names no group after its verb
(the same-sentence ", among them X and Y" is ``wire_meetings``). The English host may stand
before an aside between commas ("X, a 68-year-old who had served as Y's deputy, received
foreign delegations", session 65).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers

AR_AMONG_THEM = L._ar("بينهم", "هؤلاء", "الحاضرين", "المشاركين", "الضيوف", "المدعوين")
EN_AMONG_THEM = frozenset({"among", "they"})
register_triggers(AR_AMONG_THEM, EN_AMONG_THEM)

_EN_LEAD_WORDS = frozenset({"them", "those", "the", "guests", "attendees", "participants",
                            "present", "attending", "invited", "who", "attended", "at",
                            "meeting", "talks", "summit"})
_EN_BE = frozenset({"were", "was"})
_EN_INCLUDED = frozenset({"included", "include"})
_AR_BETWEEN = L._ar("بين")
# the words before «بينهم» / «هؤلاء»: «وكان من بينهم»، «ومن بين هؤلاء»
_AR_LEAD_WORDS = L._ar("وكان", "كان", "وكانت", "ومن", "من") | _AR_BETWEEN

_EN_HOST_VERBS = frozenset({"hosted", "received", "met", "welcomed", "gathered", "convened",
                            "held"})
_AR_HOST_VERBS = L._ar("استقبل", "واستقبل", "استضاف", "واستضاف", "التقى", "والتقى", "اجتمع",
                       "واجتمع", "جمع", "وجمع", "عقد", "وعقد")
_EN_GROUP = frozenset({"leaders", "officials", "ministers", "heads", "chiefs", "delegations",
                       "commanders", "envoys", "guests", "representatives", "lawmakers",
                       "dignitaries", "figures", "counterparts"})
_AR_GROUP = L._ar("قادة", "القادة", "زعماء", "الزعماء", "رؤساء", "الرؤساء", "وزراء", "الوزراء",
                  "المسؤولين", "مسؤولين", "وفود", "الوفود", "ممثلي", "قيادات", "شخصيات", "الضيوف",
                  "نظرائه", "بقادة", "بزعماء", "برؤساء", "بوزراء", "بممثلي")
_EN_EVENT = frozenset({"meeting", "summit", "gathering", "talks", "session", "dinner",
                       "banquet", "retreat"})
_AR_EVENT = L._ar("اجتماعا", "اجتماع", "لقاء", "قمة", "القمة", "الاجتماع", "اللقاء", "مأدبة")
_EN_NOT = L.EN_NEG | L.EN_MODAL | frozenset({"to"})
# a call or a message to a group is no meeting
_EN_REMOTE = frozenset({"phone", "telephone", "call", "calls", "video", "videoconference",
                        "virtual", "virtually", "online", "letter", "letters", "message"})
_AR_REMOTE = L._ar("هاتفي", "هاتفيا", "اتصال", "اتصالا", "هاتفية", "اتصالات", "رسالة", "برقية",
                   "مكالمة", "بالهاتف", "فيديو", "الفيديو", "افتراضي", "افتراضيا", "رسائل")
_AR_NOT = L._ar("لم", "لن", "لا", "سوف", "يعتزم", "المقرر", "المرتقب", "ينتظر", "قد")


def _listed(sr: Any) -> Any:
    """The first person listed after the opening words of "Among them were / They included /
    «ومن بينهم»", at the start of the sentence; None when the sentence opens otherwise."""
    lo = sr.lo
    if sr.toks[lo].ar:
        x = next((y for y in range(lo, min(sr.hi, lo + 4)) if sr.f(y) & AR_AMONG_THEM), None)
        if x is None or any(not sr.f(y) & _AR_LEAD_WORDS for y in range(lo, x)):
            return None
        if sr.key(x) != "بينهم" and not sr.f(x - 1) & _AR_BETWEEN:
            return None  # «ومن بين هؤلاء / الحاضرين»; «ومن بينهم»
        return sr.after(x + 1, types=("Person",), maxgap=4)
    if sr.key(lo) == "they" and sr.key(lo + 1) in _EN_INCLUDED:
        return sr.after(lo + 2, types=("Person",), maxgap=4)
    if sr.key(lo) != "among":
        return None
    y = lo + 1
    while y < min(sr.hi, lo + 6) and sr.key(y) in _EN_LEAD_WORDS:
        y += 1
    if y == lo + 1 or sr.key(y) not in _EN_BE:
        return None
    return sr.after(y + 1, types=("Person",), maxgap=4)


def _before_aside_en(toks: Any, people: list, lo: int, v: int) -> Any:
    """English: the person right before an aside between commas that ends at the verb at *v*
    ("X, a 68-year-old who had served as Y's first vice president, received ..."; session
    65), else None."""
    if v - 1 <= lo or toks[v - 1].text != ",":
        return None
    opening = next((y for y in range(v - 2, max(lo, v - 25) - 1, -1) if toks[y].text == ","),
                   None)
    if opening is None:
        return None
    return next((m for m in people if m.hi == opening and not m.poss), None)


def _host_before(sr: Any) -> tuple[str, bool] | None:
    """The host of the sentence before (module doc) and whether it speaks of one gathering."""
    doc = sr.doc
    if sr.si == 0:
        return None
    prev = doc.sents[sr.si - 1]
    toks = doc.toks
    for v in range(prev.lo, prev.hi):
        tk = toks[v]
        if tk.ar:
            if not sr.f(v) & _AR_HOST_VERBS:
                continue
        elif tk.key not in _EN_HOST_VERBS:
            continue
        if any((sr.f(y) & _AR_NOT) if toks[y].ar else toks[y].key in _EN_NOT
               for y in range(max(prev.lo, v - 3), v)) or any(
                (sr.f(y) & _AR_REMOTE) if toks[y].ar else toks[y].key in _EN_REMOTE
                for y in range(prev.lo, prev.hi)):
            return None  # "did not meet", "will host", «لم يستقبل»; "held a video call"
        people = [m for m in doc.ments if m.sent == sr.si - 1 and m.etype == "Person"]
        host = None
        if tk.ar:  # VSO: «استقبل الرئيس H القادة», the subject right after the verb
            host = next((m for m in people if v < m.lo <= v + 6 and
                         all(toks[y].key != "،" for y in range(v, m.lo))), None)
            obj_from = host.hi if host is not None else v + 1
        else:
            host = next((m for m in reversed(people) if m.hi <= v and not m.poss and
                         v - m.hi <= 3), None) or _before_aside_en(toks, people, prev.lo, v)
            obj_from = v + 1
        if host is None:
            return None
        end = min(prev.hi, obj_from + 14)
        if any(m.lo >= obj_from and m.lo < obj_from + 3 for m in people):
            return None  # a person met, not a group ("received X and leaders ...")
        group = any((sr.f(y) & _AR_GROUP) if toks[y].ar else toks[y].key in _EN_GROUP
                    for y in range(obj_from, end))
        if not group:
            return None
        event = any((sr.f(y) & _AR_EVENT) if toks[y].ar else toks[y].key in _EN_EVENT
                    for y in range(prev.lo, prev.hi))
        return host.eid, event
    return None


def among_them_next(sr: Any) -> None:
    """Pair the people listed after "Among them were" with the host of the sentence before
    (module doc)."""
    first = _listed(sr)
    if first is None or sr.blocked(sr.lo):
        return
    hit = _host_before(sr)
    if hit is None:
        return
    host, event = hit
    guests = [m.eid for m in sr.people_chain(first)]
    for i, g in enumerate(guests):
        if g != host:
            sr.add("MET_WITH", host, g, "among_them_next")
        if event:
            for h in guests[i + 1:]:
                if h != g and host not in (g, h):
                    sr.add("MET_WITH", g, h, "among_them_next")
