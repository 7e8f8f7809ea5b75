"""MET_WITH (session 24, multi): a traveller and his companions, then "the two / the three /
they" at a meeting: each of them met the partner, and they met each other (one party).

"X travelled to Damascus with Foreign Minister A, and the two were received by Y" / "he
accompanied A on a trip to Kabul, where they were received by Y" / "X, accompanied by A and
B, flew to D, where the three held talks with Y" / "زار X أنقرة، برفقة A وB، حيث عقد الثلاثة
محادثات مع Y"، "وصل X يرافقه A، والتقى الاثنان Y": X-Y, A-Y (B-Y), X-A (A-B ...). The party
is the companions' sentence's own: the traveller (the subject of the verb before "with" /
"برفقة", or of "accompanied"), and the people listed after the companion word; a number
("the three", "الثلاثة") must match it. The partner is the first other person after the plural
word, with a meeting word between them. Not planned or negated (``blocked``).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.meeting_comprised_ar import listed_ar

_EN_COUNT = {"two": 2, "three": 3, "four": 4, "both": 2, "they": 0}
_AR_COUNT = {L.ar_key(w): n for w, n in (("الثلاثة", 3), ("الاربعة", 4), ("الاثنان", 2),
                                                 ("الاثنين", 2), ("كلاهما", 2))}
EN_PLURAL = frozenset(_EN_COUNT)
AR_PLURAL = L._ar(*_AR_COUNT, "الأربعة")
register_triggers(AR_PLURAL, EN_PLURAL)
_EN_WITH_AFTER = frozenset({"travelled", "traveled", "flew", "went", "arrived", "came",
                            "headed", "visited", "returned", "travelling", "traveling"})
_AR_WITH = L._ar("برفقة", "بصحبة", "يرافقه", "ويرافقه", "ترافقه", "يرافقها", "ورافقه", "رافقه")
_EN_UNREAL = frozenset({"will", "would", "to", "expected", "due", "set", "may", "could",
                        "plan", "planned", "not", "never"})
_EN_MEET = L.EN_MEET | frozenset({"held", "received", "welcomed"})
_AR_MEET = L.AR_MEET | L._ar("محادثات", "مباحثات", "عقد", "أجرى", "اجرى")


def _party_en(sr: Any, x: int) -> list[Any]:
    """The traveller and his companions named before *x* (module doc), else []."""
    for c in range(x - 1, sr.lo, -1):
        k = sr.key(c)
        if k == "accompanied":
            if sr.key(c + 1) == "by":  # "X, accompanied by A and B,"
                first = sr.after(c + 2, types=("Person",), maxgap=4)
                head = sr.before(c, types=("Person",), maxgap=3)
            else:  # "he accompanied A on a trip"
                first = sr.after(c + 1, types=("Person",), maxgap=4)
                head = sr.subject_before(c)
        elif k == "with" and any(sr.key(v) in _EN_WITH_AFTER
                                 for v in range(max(sr.lo, c - 6), c)):
            v = max(v for v in range(max(sr.lo, c - 6), c) if sr.key(v) in _EN_WITH_AFTER)
            first = sr.after(c + 1, types=("Person",), maxgap=4)
            head = sr.subject_before(v)
        else:
            continue
        if first is None or head is None or first.hi > x or head.etype != "Person":
            return []
        comp = [m for m in sr.people_chain(first) if m.hi <= x]
        return [head] + [m for m in comp if m.eid != head.eid]
    return []


def _party_ar(sr: Any, x: int) -> list[Any]:
    c = next((y for y in range(x - 1, sr.lo, -1) if sr.f(y) & _AR_WITH), None)
    if c is None:
        return []
    first = sr.after(c + 1, types=("Person",), maxgap=4)
    head = None
    for m in sr.args:  # the nearest person before the companion word, not after ب / ل
        if m.hi <= c and m.etype == "Person" and m.prefix.lstrip("وف")[:1] not in ("ب", "ل"):
            head = m
    if first is None or head is None or first.hi > x:
        return []
    comp = [m for m in listed_ar(sr, first) if m.hi <= x]
    return [head] + [m for m in comp if m.eid != head.eid]


def companions_met(sr: Any) -> None:
    """The party of a traveller and his companions met the partner and each other."""
    for x in sr.triggers(AR_PLURAL, EN_PLURAL):
        ar = sr.toks[x].ar
        if ar:
            n = _AR_COUNT.get(sr.key(x).replace("أ", "ا"), 0)
        else:
            k = sr.key(x)
            if k in ("two", "three", "four") and sr.key(x - 1) != "the":
                continue
            n = _EN_COUNT[k]
        party = _party_ar(sr, x) if ar else _party_en(sr, x)
        ids = list(dict.fromkeys(m.eid for m in party))
        if len(ids) < 2 or (n and len(ids) != n):
            continue
        y = next((m for m in sr.args if m.lo > x and m.etype == "Person" and
                  m.eid not in ids and m.lo - x <= 10), None)
        if y is None:
            continue
        lo = x - 2 if ar else x + 1  # (Arabic VSO: "والتقى الاثنان Y")
        z = next((z for z in range(max(sr.lo, lo), y.lo) if z != x and (
            sr.f(z) & _AR_MEET if ar else sr.key(z) in _EN_MEET)), None)
        if z is None or sr.blocked(z, party[0]) or any(
                sr.key(w) in _EN_UNREAL for w in range(x + 1, z)) or (
                ar and sr.key(z).lstrip("و").startswith(("سي", "ست"))):
            continue  # "and the two will meet Y", "وسيلتقي الاثنان Y"
        for i, a in enumerate(ids):
            sr.add("MET_WITH", a, y.eid, "companions_met")
            for b in ids[i + 1:]:
                sr.add("MET_WITH", a, b, "companions_met")
