"""MET_WITH (session 18): the host of a welcome ceremony met the guest.

- Arabic: "أقام X مراسم استقبال رسمية لـY" / "وكان X قد أقام حفل استقبال رسمي لـY";
- English: "X held / hosted an official welcome (welcoming) ceremony for Y".

The host is the subject of the verb of holding (after it, VSO, or before it: "وكان X قد أقام",
"X held"); the guest is the person right after "لـ" / "for" (titles allowed). Not when negated
or planned ("سيقيم", "will hold"). A pronoun guest ("أقام له Y مراسم استقبال"، "for him") is the
visitor named before (``meeting_noun_sides.ceremony_for_him``, session 23). Run by ``meetings_ar.meetings_ar`` on the cue "استقبال" and by
``meetings_en.meetings_en`` on "ceremony".
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.meeting_noun_sides import ceremony_for_him
from loaders.extract.rule_common import person_at, title_start

AR_WELCOME = L._ar("استقبال")
EN_CEREMONY = frozenset({"ceremony"})
_AR_TO_HIM = L._ar("له", "لها")
_AR_CEREMONY = L._ar("مراسم", "مراسيم", "حفل", "حفلة")
_AR_HELD = L._ar("أقام", "اقام", "أقامت", "اقامت", "نظم", "نظمت", "أجرى", "اجرى", "أجرت")
_AR_OFFICIAL = L._ar("رسمية", "رسمي", "رسميا", "رسميه", "حافلة", "حافل")
_EN_HELD = frozenset({"held", "hosted", "gave", "organized", "organised", "staged"})
_EN_WELCOME = frozenset({"welcome", "welcoming", "reception", "red-carpet", "official", "formal",
                         "an", "a", "the", "grand", "state", "arrival"})


def _pair(sr: Any, host: Any, guest: Any, t: int, rule: str) -> None:
    if host is None or guest is None or host.etype != "Person" or host.eid == guest.eid or \
            host.poss or sr.blocked(t, host):
        return
    for g in sr.chain(guest, ("Person",)):
        if g.eid != host.eid:
            sr.add("MET_WITH", host.eid, g.eid, rule)


def welcome_ceremony_ar(sr: Any) -> None:
    """"أقام X مراسم استقبال رسمية لـY": X met Y (module doc)."""
    for t in sr.triggers(AR_WELCOME, frozenset()):
        c = t - 1
        if c <= sr.lo or not sr.f(c) & _AR_CEREMONY:
            continue
        v = next((x for x in range(c - 1, max(sr.lo, c - 12) - 1, -1) if sr.f(x) & _AR_HELD),
                 None)
        if v is None:
            continue
        g0 = t + 1 + bool(sr.f(t + 1) & _AR_OFFICIAL)
        guest = next((m for m in sr.args if m.etype == "Person" and title_start(m) == g0 and
                      "ل" in m.prefix.lstrip("و")[:1]), None)
        if guest is None and sr.key(g0) in ("ل", "لـ"):
            guest = person_at(sr, g0 + 1)
        host = next((m for m in sr.args if m.etype == "Person" and v < m.lo and m.hi <= c and
                     not m.prefix.lstrip("و")), None)
        if guest is None and _AR_TO_HIM & {sr.key(v + 1), sr.key(g0)}:
            ceremony_for_him(sr, v, host, "welcome_ceremony_ar")  # "أقام له Y مراسم استقبال"
            continue
        if guest is None:
            continue
        if host is None and sr.key(v - 1) == "قد":  # "وكان X قد أقام"
            host = sr.before(v - 1, types=("Person",), maxgap=2)
        _pair(sr, host, guest, v, "welcome_ceremony_ar")


def welcome_ceremony_en(sr: Any) -> None:
    """"X held an official welcome ceremony for Y": X met Y (module doc)."""
    for t in sr.triggers(frozenset(), EN_CEREMONY):
        if sr.key(t + 1) != "for":
            continue
        v = t - 1
        while v > sr.lo and sr.key(v) in _EN_WELCOME and t - v < 5:
            v -= 1
        if sr.key(v) not in _EN_HELD or not any(sr.key(x) in ("welcome", "welcoming",
                                                                "reception", "red-carpet")
                                                 for x in range(v + 1, t)):
            continue
        if sr.key(t + 2) in ("him", "her"):  # "where Y held a welcome ceremony for him"
            ceremony_for_him(sr, v, sr.subject_before(v), "welcome_ceremony_en")
            continue
        guest = sr.after(t + 2, types=("Person",), maxgap=5)
        if guest is None or guest.poss or any(sr.toks[x].punct for x in range(t + 2, guest.lo)):
            continue
        _pair(sr, sr.subject_before(v), guest, v, "welcome_ceremony_en")
