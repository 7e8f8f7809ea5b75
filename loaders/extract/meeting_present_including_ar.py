"""MET_WITH, Arabic: the attendees named after "including" in a group present at a meeting
(session 66).

"توسع اللقاء إلى جلسة عمل بحضور وفدي البلدين، من بينهم وزير الخارجية X ونظيره Y" / "بحضور
أعضاء الوفدين، ومنهم X وY" / "بمشاركة وفد رفيع، في مقدمته X" / "بحضور عدد من أعضاء الوفد، على رأسهم
X": the people named after the cue are the attendees ``meeting_attended_ar.present_ar`` pairs
with the meeting's participants (and, for both countries' delegations, with each other). Only
a delegation right after the presence word (past "عدد من أعضاء") and the cue within six words,
no person, no full stop between; not the leaders present at a summit or a signing ("بحضور قادة
ورؤساء حكومات، من بينهم X": no talks of theirs).

Session 68: the members told by side with a verb of comprising, "جلسة مباحثات موسعة بحضور وفدي
البلدين، ضم الجانب السوري A وB، فيما ضم الجانب الروسي C وD" / "بحضور الوفدين، وضم الوفد التركي A":
"ضم (ال)جانب / (ال)وفد <side>" is the cue, A and B the attendees, and the other side's list after
"، فيما / بينما / و ضم الجانب <side>" is read as "، ومن الجانب <side>"
(``meeting_by_side.other_side_ar``).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

_AR_DELEGATION = L._ar("وفد", "وفدي", "الوفد", "الوفدين", "وفدين", "وفود", "الوفود")
_AR_MEMBERS_OF = L._ar("أعضاء", "اعضاء", "عدد", "من")  # "بحضور (عدد من) أعضاء الوفدين"
# the last word of "(و)من بينهم"، "(و)منهم"، "(و)في مقدمتهم"، "على رأسهم"، "أبرزهم"
_AR_INCLUDING = L._ar("بينهم", "منهم", "ومنهم", "مقدمتهم", "مقدمته", "رأسهم", "رأسه", "راسهم",
                      "راسه", "أبرزهم", "ابرزهم", "يتقدمهم", "يتقدمه")
_REACH = 7
# "ضم (ال)جانب / (ال)وفد <side>" after the delegations present (session 68)
AR_COMPRISED = L._ar("ضم", "وضم", "ضمت", "وضمت")
AR_SIDE_NOUNS = L._ar("الجانب", "جانب", "الوفد", "وفد")


def comprised_side_end(sr: Any, y: int) -> int | None:
    """The position after "ضم (ال)جانب / (ال)وفد <side>" opening at *y* (the side one word:
    "السوري", "الضيف"), else None."""
    if y + 3 >= sr.hi or not sr.f(y) & AR_COMPRISED or not sr.f(y + 1) & AR_SIDE_NOUNS:
        return None
    side = sr.mention_at.get(y + 2)
    if sr.toks[y + 2].punct or side is not None and side.hi > y + 3:
        return None  # (a one-word side may be read as a name: "الوفد السوداني")
    return y + 3


def members_start_ar(sr: Any, t: int) -> int | None:
    """The position after the "including" cue when the presence word at *t* is followed by a
    group noun and the cue (module doc); None otherwise."""
    g = t + 1
    while g < min(sr.hi, t + 4) and sr.f(g) & _AR_MEMBERS_OF:
        g += 1
    if g >= sr.hi or not sr.f(g) & _AR_DELEGATION:
        return None
    for y in range(g + 1, min(sr.hi, g + _REACH)):
        if sr.f(y) & _AR_INCLUDING:
            return y + 1
        end = comprised_side_end(sr, y)
        if end is not None:
            return end
        tk = sr.toks[y]
        if tk.punct and tk.text not in ("،", ","):
            return None
        m = sr.mention_at.get(y)
        if m is not None and m.etype == "Person":
            return None
    return None
