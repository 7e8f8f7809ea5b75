"""MET_WITH (session 27, meet27): the partners listed after one meeting verb, then told as one
meeting, met each other.

- "التقى X ... A وB وC، إضافة إلى D، في اجتماع استمر ثلاث ساعات" / "استضاف X A وB في لقاء
  ثلاثي" / "خلال اجتماع": one meeting of all (A-B, A-C ..., and X-D);
- "X held talks with A, B and C, together with D" / "X met A and B in a joint meeting": the
  same (D joins the list).

A bare list stays one relation per partner (the annotation brief: "X met A, B and C" gives
X-A, X-B, X-C unless the text says they met together); here the list must end right before
"في / خلال اجتماع (لقاء)" or "in a (joint / single ...) meeting" or "together with". Not with
"مع / with" after the noun (another meeting: "في اجتماع مع Y"), nor a planned or negated
meeting (``blocked``).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.meeting_comprised_ar import listed_with_more_ar
from loaders.extract.rule_common import title_start

AR_ONE_MEETING = L._ar("اجتماع", "لقاء", "اجتماعٍ", "لقاءٍ")
EN_ONE_MEETING = frozenset({"meeting", "session", "together"})
register_triggers(AR_ONE_MEETING, EN_ONE_MEETING)

_AR_IN = L._ar("في", "خلال", "وفي", "وخلال")
_AR_WITH = L._ar("مع", "بين")
_EN_ADJ = frozenset({"joint", "single", "one", "closed", "closed-door", "long", "lengthy",
                     "three-hour", "two-hour", "trilateral", "four-way", "three-way",
                     "quadrilateral", "private", "late-night", "rare", "brief", "special",
                     "expanded", "combined"})
_AR_APART = L._ar("منفصل", "منفصلة", "منفرد", "منفردة", "آخر", "اخر", "ثان", "ثاني", "لاحق")
_STOPS = frozenset({".", ";", "؛", ":"})
_AR_VERBS = L._ar("التقى", "التقت", "اجتمع", "اجتمعت", "استقبل", "استقبلت", "استضاف",
                  "استضافت", "والتقى", "واجتمع", "واستقبل", "واستضاف")
_EN_VERBS = frozenset({"met", "received", "hosted", "talks", "welcomed"})


def _trigger_start_ar(sr: Any, t: int) -> int | None:
    """"(،) في / خلال اجتماع": the first token of the phrase, else None."""
    if sr.key(t - 1) not in _AR_IN:
        return None
    nxt = [sr.key(x) for x in range(t + 1, min(sr.hi, t + 4))]
    if any(k in _AR_WITH or k.startswith(("مع", "بين")) for k in nxt[:3]):
        return None  # "في اجتماع مع Y": another partner
    if any(sr.f(x) & _AR_APART for x in range(t + 1, min(sr.hi, t + 3))):
        return None  # "في لقاء منفصل": each apart
    return t - 1


def _trigger_start_en(sr: Any, t: int) -> int | None:
    """"in a (joint) meeting" / "together with": the first token of the phrase, else None."""
    if sr.key(t) == "together":
        return t if sr.key(t + 1) == "with" else None
    x = t - 1
    while x > sr.lo and sr.key(x) in _EN_ADJ:
        x -= 1
    if sr.key(x) not in ("a", "an") or sr.key(x - 1) not in ("in", "during", "at"):
        return None
    if sr.key(t + 1) in ("with", "between") or any(
            sr.key(y) in ("separate", "another", "second", "later") for y in range(x, t)):
        return None
    return x - 1


def _verb_before(sr: Any, s: int, ar: bool) -> int | None:
    """The one meeting verb before *s* in its clause (None when there are two: two
    meetings)."""
    found = None
    for x in range(s - 1, max(sr.lo, s - 45) - 1, -1):
        if sr.toks[x].text in _STOPS:
            break
        if (sr.f(x) & _AR_VERBS) if ar else sr.key(x) in _EN_VERBS:
            if found is not None:
                return None
            found = x
    return found


def _name_after_description(sr: Any, d: Any, end: int) -> Any:
    """"إضافة إلى مسؤولة السياسة الخارجية في الاتحاد الأوروبي كايا كالاس": a description read
    inside a title the next name ends at *end* stands for that name; else None."""
    q = next((a for a in sr.args if a.etype == "Person" and a.kind == "name" and
              a.hi == end and a.lo >= d.hi), None)
    if q is None or q.lo - d.hi > 8 or any(sr.toks[x].punct for x in range(d.hi, q.lo)):
        return None
    return q


def _list_ending_at(sr: Any, v: int, end: int, ar: bool) -> list[Any]:
    """The list of two or more people after the verb at *v* that ends at token *end* (the
    first person after *v* that opens such a list: past a subject after an Arabic verb)."""
    for p in sr.args:
        if p.etype != "Person" or title_start(p) <= v or p.hi > end:
            continue
        ch = listed_with_more_ar(sr, p) if ar else sr.chain(p, ("Person",))
        ch = [m for m in ch if m.etype == "Person"]
        if len(ch) >= 2 and ch[-1].hi != end and ch[-1].kind != "name":
            ch[-1] = _name_after_description(sr, ch[-1], end) or ch[-1]
        if len(ch) >= 2 and ch[-1].hi == end:
            return ch
    return []


def one_meeting_objects(sr: Any) -> None:
    """Pair the partners of one meeting verb told as one meeting (module doc)."""
    for t in sr.triggers(AR_ONE_MEETING, EN_ONE_MEETING):
        ar = sr.toks[t].ar
        s = _trigger_start_ar(sr, t) if ar else _trigger_start_en(sr, t)
        if s is None:
            continue
        end = s - 1 if sr.toks[s - 1].text in ("،", ",") else s
        v = _verb_before(sr, end, ar)
        if v is None or sr.blocked(v):
            continue
        members = _list_ending_at(sr, v, end, ar)
        if not members:
            continue  # the list must end right before the phrase
        if not ar and sr.key(t) == "together":
            more = sr.after(t + 2, types=("Person",), maxgap=6)
            if more is None or any(sr.toks[x].punct for x in range(t + 2, title_start(more))):
                continue
            members += sr.people_chain(more)
        ids = list(dict.fromkeys(m.eid for m in members))
        hubs = {e for r in sr.out if r.type == "MET_WITH" and ids[0] in (r.source, r.target)
                for e in (r.source, r.target)} - set(ids)
        hub = next((a.eid for a in sr.args if a.eid in hubs and title_start(a) <= v + 10), None)
        if hub is None:
            continue  # the subject must have met the first partner in this sentence
        for i, a in enumerate(ids):
            sr.add("MET_WITH", hub, a, "one_meeting_objects")
            for b in ids[i + 1:]:
                sr.add("MET_WITH", a, b, "one_meeting_objects")
