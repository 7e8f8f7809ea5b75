"""MET_WITH (session 57): an attendee of a meeting named by its two sides in his own clause.

- English: "Z (also) attended / sat in on / joined / took part in X's meeting (in P) with Y
  (, together with A and B)";
- Arabic: "(و)حضر Z لقاء / اجتماع / مباحثات X مع Y", "وشارك Z في اجتماع X مع Y".

X met Y (read by the meeting rules already); the attendee Z, and those "together with" him,
met X and Y (a meeting of two: an attendee met both, as ``meeting_sides_en.side_partners``
reads "one side's man at a meeting of two"), and each other. Not when negated or planned
("did not attend", "لم يحضر", "is expected to attend"), not by video link (dropped by
``sentence_base.add``). The relative form "Z، الذي حضر لقاء A مع B" is
``meeting_attended_ar.attended_with_ar``'s. Run by ``meetings_en.meetings_en`` and
``meetings_ar.meetings_ar`` on the verbs of attending. "Z sat in on the talks with Y" (no X
named: the talks told before) is ``meeting_attended_with_told_en``'s (session 64).
"""

from __future__ import annotations

from itertools import combinations
from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.meeting_attended_with_told_en import attended_talks_with_told_en
from loaders.extract.rule_common import title_start

EN_ATTEND_VERBS = frozenset({"attended", "attends", "attend", "attending", "sat", "joined",
                             "took"})
AR_ATTEND_VERBS = L._ar("حضر", "وحضر", "شارك", "وشارك", "حضرت", "وحضرت", "شاركت", "وشاركت")
_EN_MEETING = frozenset({"meeting", "meetings", "talks", "session", "dinner", "lunch",
                         "consultations", "discussions"})
_EN_MODS = frozenset({"first", "second", "weekly", "private", "closed-door", "late-night",
                      "security", "lengthy", "brief", "recent", "latest"})
_EN_ALSO_WITH = frozenset({"together", "along", "alongside"})
_AR_MEETING = L._ar("لقاء", "اجتماع", "مباحثات", "محادثات", "اجتماعات", "لقاءات", "مشاورات")
_AR_IN = L._ar("في")
_AR_WITH = L._ar("مع")


def _met(sr: Any, x: Any, y: Any, attendees: list[Any], rule: str) -> None:
    """The attendees met X, Y and each other."""
    sides = [p for m in (x, y) for p in sr.chain(m, ("Person",))]
    people = list({a.eid: a for a in attendees}.values())
    for a in people:
        for s in sides:
            if a.eid != s.eid:
                sr.add("MET_WITH", a.eid, s.eid, rule)
    for a, b in combinations(people, 2):
        if a.eid != b.eid:
            sr.add("MET_WITH", a.eid, b.eid, rule)


def attended_named_en(sr: Any) -> None:
    """"Z attended X's meeting with Y (, together with A and B)" (module doc)."""
    for v in sr.triggers(frozenset(), EN_ATTEND_VERBS):
        x = v + 1
        if sr.key(v) == "sat":
            if (sr.key(x), sr.key(x + 1)) != ("in", "on"):
                continue
            x += 2
        elif sr.key(v) == "took":
            if (sr.key(x), sr.key(x + 1)) != ("part", "in"):
                continue
            x += 2
        host = next((m for m in sr.args if m.etype == "Person" and m.poss and
                     title_start(m) in (x, x + 1)), None)
        if host is None:
            attended_talks_with_told_en(sr, v, x)  # "Z sat in on the talks with Y" (s64)
            continue
        if not (title_start(host) == x or sr.key(x) == "the"):
            continue
        n = host.hi
        while n < min(sr.hi, host.hi + 3) and sr.key(n) in _EN_MODS:
            n += 1
        if sr.key(n) not in _EN_MEETING:
            continue
        w = next((k for k in range(n + 1, min(sr.hi, n + 6)) if sr.key(k) == "with"), None)
        if w is None or any(sr.toks[k].punct for k in range(n + 1, w)):
            continue
        partner = sr.after(w + 1, types=("Person",), maxgap=10)
        if partner is None or partner.eid == host.eid or partner.poss or \
                any(sr.key(k) == ";" for k in range(w + 1, partner.lo)):
            continue
        subj = sr.subject_before(v)
        if subj is None or subj.etype != "Person" or subj.poss or sr.blocked(v, subj):
            continue
        attendees = list(sr.chain(subj, ("Person",)))
        k = partner.hi
        while k < sr.hi and sr.toks[k].punct and sr.key(k) == ",":
            k += 1
        if sr.key(k) in _EN_ALSO_WITH and sr.key(k + 1) == "with" or sr.key(k) == "alongside":
            more = sr.after(k + 1, types=("Person",), maxgap=6)
            if more is not None and not more.poss:
                attendees += sr.chain(more, ("Person",))
        _met(sr, host, partner, attendees, "attended_named_en")


def attended_named_ar(sr: Any) -> None:
    """"وحضر Z لقاء X مع Y" / "وشارك Z في اجتماع X مع Y" (module doc)."""
    for v in sr.triggers(AR_ATTEND_VERBS, frozenset()):
        subj = next((m for m in sr.args if m.etype == "Person" and title_start(m) == v + 1 and
                     not m.prefix.lstrip("و")), None)
        if subj is None or sr.blocked(v, subj):
            continue
        n = subj.hi + (sr.f(subj.hi) & _AR_IN != frozenset())  # "وشارك Z في اجتماع"
        if not sr.f(n) & _AR_MEETING:
            continue
        host = next((m for m in sr.args if m.etype == "Person" and title_start(m) == n + 1 and
                     not m.prefix), None)
        if host is None or not sr.f(host.hi) & _AR_WITH:
            continue
        partner = next((m for m in sr.args if m.etype == "Person" and
                        title_start(m) == host.hi + 1 and not m.prefix), None)
        if partner is None or partner.eid == host.eid:
            continue
        _met(sr, host, partner, list(sr.chain(subj, ("Person",))), "attended_named_ar")
