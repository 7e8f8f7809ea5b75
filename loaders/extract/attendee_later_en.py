"""MET_WITH (session 29, attend): English attendee sentences told after the meeting, in forms
the attendee rules (``meeting_attended._attendees_en``, ``meeting_present_more._sat_in``)
did not read. Counted on IX-JF and IO-IW, each form checked on the other writers' dev text:

- the attendee first (or the last of a list opening the sentence, session 61: "Foreign Minister
  A and B, director of ..., attended the meeting"), then a long apposition ending in a place or
  body, or opening with no article: "Brett McGurk, the White House coordinator for the Middle East, attended the
  meeting." / "Qutaiba Idlbi, director of the Americas department at the Syrian foreign
  ministry, also took part, the source said." (``apposed_attendee_en``);
- "also took part" with nothing after it but a comma or the stop (``bare_took_part_en``;
  session 61: "also sat in", "took part on the Russian side", and the meeting told up to
  two sentences back when one sentence (a call: "Erdogan joined by phone") stands between);
- "attended part of the talks" (``names_meeting_en``);
- the companions named last, "was joined by A and B, who also sat in on the meeting", "was
  accompanied by A, and by B, both of whom took part in the talks" (``relative_to_comma_en``).

Whom the attendee met is read as before (``meeting_attended._partners``,
``meeting_present_more._pair_sides``).
"""

from __future__ import annotations

from typing import Any

from loaders.extract.apposition_title_and_en import joins_title_words_en
from loaders.extract.meeting_place_named_en import place_named_meeting_en
from loaders.extract.meeting_sides_en import names_the_meeting
from loaders.extract.rule_common import title_start

_CLAUSE = frozenset({"who", "whom", "which", "said", "says", "and", "met", "while", "when",
                     "after", "before", "as"})
_MAX_APPOSITION = 16


def apposed_attendee_en(sr: Any, close: int) -> Any:
    """The person X opening the sentence ("X, <apposition>, attended"), whose apposition the
    comma *close* ends: no person, clause word or other punctuation inside it; else None."""
    for w in range(close - 1, max(sr.lo, close - _MAX_APPOSITION) - 1, -1):
        k = sr.key(w)
        if k == ",":
            m = sr.mention_at.get(w - 1)
            if m is None or m.etype != "Person" or m.hi != w or w - 1 == close - 1:
                return None
            return m if title_start(m) == sr.lo or m.lo == sr.lo or \
                _listed_from_start(sr, m) else None
        if sr.toks[w].punct or k in _CLAUSE and not joins_title_words_en(sr, w) or (
                w in sr.mention_at and sr.mention_at[w].etype == "Person" and
                not sr.mention_at[w].poss and sr.mention_at[w].kind != "desc"):
            return None  # ("the chief negotiator and spokesman": apposition_title_and_en;
            # a possessor or a description inside is his own office's: "X, the President's
            # special envoy, also took part", session 72)
    return None


def _listed_from_start(sr: Any, m: Any) -> bool:
    """Is *m* the last of a list of people opening the sentence ("Foreign Minister A and B,
    <apposition>, attended the meeting"; session 61)?"""
    for c in sr.args:
        if c.etype != "Person" or c.lo >= m.lo:
            continue
        if sr.lo not in (c.lo, title_start(c)) and not (  # ("Iranian Foreign Minister A
                title_start(c) == sr.lo + 1 and sr.toks[sr.lo].cap):  # and B, ...")
            return False
        ch = sr.chain(c, ("Person",))
        return len(ch) > 1 and ch[-1] is m
    return False


def bare_took_part_en(sr: Any, t: int) -> bool:
    """"X also took part." / "X also took part, the source said" (*t*: "took"); session 61:
    "X and Y also sat in, a White House official said", "X took part / sat in on the Russian
    side." (the side named after the verb, as "On the Syrian side, A took part")."""
    if t + 1 >= sr.hi or (sr.key(t), sr.key(t + 1)) not in (("took", "part"), ("sat", "in")):
        return False
    end = _side_after(sr, t + 2)
    if end < sr.hi and sr.key(end) not in (",", "."):
        return False  # (the clause goes on: "took part in the conference")
    # a meeting told before: "also", a side named ("on the Russian side"), or "sat in"
    return end > t + 2 or sr.key(t - 1) == "also" or sr.key(t) == "sat" or _side_opener(sr)


def bare_also_attended_en(sr: Any) -> bool:
    """Does the sentence say "X (, <apposition>,) also attended." with nothing after the verb
    but a comma or the stop ("Tut Gatluak, the president's adviser, also attended.", "X also
    attended, the agency said")? "Also" ties the attendance to the meeting told before
    (session 66: as "also took part", ``bare_took_part_en``)."""
    for y in range(sr.lo + 1, sr.hi - 1):
        if sr.key(y) == "attended" and sr.key(y - 1) == "also":
            return y + 1 == sr.hi or sr.key(y + 1) in (",", ".", ";")
    return False


def _side_after(sr: Any, y: int) -> int:
    """The token after "on / from the <one or two words> side" starting at *y* (*y* if none)."""
    if sr.key(y) not in ("on", "from") or sr.key(y + 1) != "the":
        return y
    for z in (y + 3, y + 4):
        if z < sr.hi and sr.key(z) == "side":
            return z + 1
    return y


def _side_opener(sr: Any) -> bool:
    """Does the sentence open with "On / From the <country> side," ("On the Syrian side, A
    and B took part.")?"""
    return sr.key(sr.lo) in ("on", "from") and sr.key(sr.lo + 1) == "the" and any(
        sr.key(y) == "side" and sr.key(y + 1) == "," for y in range(sr.lo + 2, sr.lo + 5))


def names_meeting_en(sr: Any, t: int) -> bool:
    """Does a meeting follow *t*: "the meeting" (``names_the_meeting``) or "part of the
    talks"? (Not "the Addis Ababa talks": which meeting a place names is not read, and the
    latest one told may be another: enHB1.)"""
    if names_the_meeting(sr, t) or place_named_meeting_en(sr, t) is not None:
        return True  # ("the Oval Office meeting": ``meeting_place_named_en``, session 33)
    if sr.key(t + 1) == "the" and sr.key(t + 2) in _PART_QUALS and sr.key(t + 3) == "part":
        t += 2  # "joined the second / closing part of the talks" (session 70, blind70i)
    return sr.key(t + 1) == "part" and sr.key(t + 2) == "of" and names_the_meeting(sr, t + 2)


# which part of a meeting one joined or attended
_PART_QUALS = frozenset({"first", "second", "third", "last", "final", "latter", "closing",
                         "opening", "later", "early", "main", "expanded", "restricted"})


_BOTH = frozenset({"both", "all", "each"})


def relative_to_comma_en(sr: Any, y: int) -> int:
    """The comma before "who" / "both of whom" ending at *y* (the list before it attended),
    else *y*."""
    if sr.key(y) == "who" and sr.key(y - 1) == ",":
        return y - 1
    if sr.key(y) == "whom" and sr.key(y - 1) == "of" and sr.key(y - 2) in _BOTH and \
            sr.key(y - 3) == ",":
        return y - 3
    return y
