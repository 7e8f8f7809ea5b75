"""MET_WITH, English (session 67): "X met Y (in P, on <day>) alongside Z": Z, named right after
"alongside" at the end of a meeting's clause, took part in it: Z met X and Y.

"Mahmoud Jibril met Hillary Clinton alongside Mustafa Abdul Jalil" / "Walid Jumblatt met Ahmed
al-Sharaa in Damascus alongside his son Taymour Jumblatt" / "Sisi received Haftar on Sunday
alongside Aguila Saleh" / "Jibril, who met Clinton alongside Abdel Jalil, ...": Abdul Jalil met
Jibril and Clinton. The meeting is a pair the meeting rules read in this sentence with the last
person before "alongside" (only a place, a day or a comma between: not "Qaani met Amiri, whose Badr
Organisation fought alongside Soleimani's forces"). Run last by
``meetings_en.meetings_en``. Not "talks with Y alongside talks with Z" (another meeting: a
meeting word between "alongside" and Z), not a phone call (no pair is read there), not "stood
alongside Y" (Y is the pair's own member).
"""

from __future__ import annotations

from typing import Any

from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import EMPTY, title_start

EN_ALONGSIDE = frozenset({"alongside"})
register_triggers(EMPTY, EN_ALONGSIDE)
# a word between "alongside" and Z that makes Z the partner of another meeting or act
_OTHER_ACT = frozenset({"with", "talks", "meeting", "meetings", "calls", "call", "visits", "visit",
                        "a", "an", "by", "against"})
# the lower-case words of a place or a day between Y and "alongside" ("in the capital on Sunday");
# any other ("whose Badr Organisation fought alongside"): another clause, not the meeting's
_PLACE_DAY = frozenset({"in", "on", "at", "the", "of", "last", "this", "earlier", "later", "early",
                        "late", "morning", "evening", "afternoon", "night", "week", "city",
                        "capital", "palace", "headquarters"})


def alongside_companion_en(sr: Any) -> None:
    """"X met Y alongside Z": Z met X and Y (module doc)."""
    for t in sr.triggers(EMPTY, EN_ALONGSIDE):
        z = sr.after(t + 1, types=("Person",), maxgap=4)
        if z is None or z.poss or any(sr.toks[y].punct or sr.key(y) in _OTHER_ACT
                                      for y in range(t + 1, title_start(z))):
            continue  # ("alongside Soleimani's forces": not a person's company)
        near = sr.before(t, types=("Person",), maxgap=8)
        if near is None or near.eid == z.eid or any(
                sr.toks[y].text in (";", ":", "(") or not sr.toks[y].punct and
                not sr.toks[y].cap and not sr.toks[y].text.isdigit() and
                sr.key(y) not in _PLACE_DAY for y in range(near.hi, t)):
            continue
        sides = {p for r in sr.out if r.sent == sr.si and r.type == "MET_WITH" and
                 near.eid in (r.source, r.target) for p in (r.source, r.target)}
        if z.eid in sides or sr.blocked(t, z):
            continue
        for p in sorted(sides):
            sr.add("MET_WITH", z.eid, p, "alongside_companion_en", 0.6)
