"""The people listed after "including" / "among them" in a meeting's group object met each other.

"X met Coordination Framework leaders, including A and B" / "اجتمع X بقادة الإطار التنسيقي، ومنهم A
وB" / "التقى X قادة فصائل، بينهم A وB": one meeting with a body's leaders, the named ones its
participants; the current annotation brief pairs every two named participants of the same meeting,
so A met B too (X-A and X-B are read by the meeting rules). A bare list ("X met A and B") stays one
relation per member (the issue); here a group noun ("leaders", "team", "قادة", "وفد") must stand
before the cue, a meeting word before the group noun, and X must have met the first listed person
in this sentence. Not "a council of seven, among them A and B" (no meeting word), nor a planned or
negated meeting (``blocked``). A guest coordinated with the group before it ("received K and the
council's members, including A and B", session 69) is one of them: K-A, K-B too.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.meeting_comprised_ar import listed_ar
from loaders.extract.rule_common import title_start

EN_INCLUDING = frozenset({"including", "among"})
AR_INCLUDING = L._ar("بينهم", "منهم", "ومنهم")
register_triggers(AR_INCLUDING, EN_INCLUDING)

_EN_GROUP = frozenset({"leaders", "officials", "commanders", "heads", "chiefs", "team", "members",
                       "figures", "delegation", "delegations", "representatives", "ministers",
                       "envoys", "lawmakers", "politicians", "leadership", "notables"})
_AR_GROUP = L._ar("قادة", "بقادة", "قيادات", "بقيادات", "زعماء", "بزعماء", "مسؤولين", "بمسؤولين",
                  "مسؤولي", "بمسؤولي", "أعضاء", "بأعضاء", "ممثلي", "بممثلي", "وفد", "وفدا", "وفداً",
                  "الوفد", "بوفد", "شخصيات", "بشخصيات", "رؤساء", "برؤساء", "وزراء", "بوزراء")


def _group_before(sr: Any, x: int, ar: bool) -> int | None:
    """The group noun within six words before the cue at *x* ("leaders, including")."""
    for y in range(x - 1, max(sr.lo, x - 7) - 1, -1):
        if (sr.f(y) & _AR_GROUP) if ar else sr.key(y) in _EN_GROUP:
            return y
        if sr.key(y) in (".", ";", ":"):
            return None
    return None


def _coordinated_guest_en(sr: Any, g: int) -> Any:
    """The person K of "K and the council's members" / "K and members of ..." before the group
    noun at *g* (session 69), else None."""
    y = g - 1
    if sr.toks[y].poss and not sr.toks[y].cap and y not in sr.mention_at:
        y -= 1
    y -= sr.key(y) == "the"
    if sr.key(y) != "and":
        return None
    k = sr.mention_at.get(y - 1)
    return k if k is not None and k.etype == "Person" and not k.poss else None


def including_members(sr: Any) -> None:
    """"X met the leaders, including A and B" / "التقى X قادة، بينهم A وB": A-B (module doc)."""
    for x in sr.triggers(AR_INCLUDING, EN_INCLUDING):
        ar = sr.toks[x].ar
        if ar and not sr.key(x).endswith(("منهم", "بينهم")):
            continue  # (a form of "منهم" is "من": not "من قبل")
        if not ar and sr.key(x) == "among" and sr.key(x + 1) not in ("them", "those", "whom"):
            continue
        g = _group_before(sr, x, ar)
        if g is None:
            continue
        v = next((y for y in range(g - 1, max(sr.lo, g - 12) - 1, -1)
                  if (sr.f(y) & L.AR_MEET if sr.toks[y].ar else sr.key(y) in L.EN_MEET)), None)
        if v is None or sr.blocked(v):
            continue
        first = next((m for m in sr.args if m.etype == "Person" and m.lo > x), None)
        if first is None or title_start(first) - x > 8:
            continue
        ch = listed_ar(sr, first) if ar else sr.chain(first, ("Person",))
        if not ar and sr.key(title_start(ch[-1]) - 1) != "and":
            continue  # "leaders, including A, military spokesman B said": no list
        ids = list(dict.fromkeys(m.eid for m in ch))
        k = _coordinated_guest_en(sr, g) if not ar else None
        if k is not None and k.eid not in ids and any(
                r.type == "MET_WITH" and k.eid in (r.source, r.target) for r in sr.out):
            ids.insert(0, k.eid)  # "received K and the council's members, including A and B"
        if len(ids) < 2 or not any(r.type == "MET_WITH" and ids[0] in (r.source, r.target)
                                   for r in sr.out):
            continue
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                sr.add("MET_WITH", a, b, "including_members")
