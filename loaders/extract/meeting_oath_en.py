"""MET_WITH, English (session 38, meeten): an oath sworn before a person, and who attended it.

The English side of ``meeting_oath_ar`` (whose doc leaves "sworn in before Y" to meeten): the
annotators read a swearing-in as a sitting of all present (JS, KC, KF, KK):

- "X was sworn in (on Thursday) (as head of ...) before (President) Y": X met Y;
  "X (and the ministers of his cabinet) took the (constitutional) oath before Y": the same;
- "..., in the presence of A (and B)" / "... at / in a ceremony (at the PM's Office) attended
  by A, B and C": the attendees met the one sworn in, the one he swore before, and each
  other ("X was sworn in at a ceremony attended by A and B" without a "before": X, A, B).

The subject is the person right before "was / were / been sworn" or "took (the ...) oath"
(``subject_before``); "before" within twelve words after the oath word and a person right
after it (a title allowed; "His Majesty (the Amir)" before it). Not read: a planned or negated oath ("will be
sworn in", "was not sworn in": only after was / were / been / took, and ``blocked``), an
oath before a body ("before parliament": no person there; its attendees are still read),
a list after a comma clause of its own (the attendee list must follow "presence of" / "by").
"""

from __future__ import annotations

from typing import Any

from loaders.extract.dispatch import register_triggers
from loaders.extract.meeting_assessment_en import titled_list
from loaders.extract.rule_common import EMPTY, pair_all, title_start

EN_SWORN = frozenset({"sworn", "oath"})
register_triggers(EMPTY, EN_SWORN)
_PASSIVE = frozenset({"was", "were", "been"})
_OATH_GAP = frozenset({"the", "constitutional", "legal", "oath", "official", "his", "her",
                       "their"})
_STOP = frozenset({".", ";", ":", "?", "!"})
_SPAN = 12  # words after the oath word searched for "before" / the attendees
_CEREMONY = frozenset({"ceremony"})
_HONORIFICS = frozenset({"his", "her", "majesty", "highness", "excellency", "royal", "the"})


def _verb(sr: Any, t: int) -> int | None:
    """The verb of "was / were / been sworn in" or "took (the ...) oath" at *t*, else None."""
    if sr.key(t) == "sworn":
        return t - 1 if sr.key(t + 1) == "in" and sr.key(t - 1) in _PASSIVE else None
    v = t - 1
    while v > sr.lo and sr.key(v) in _OATH_GAP:
        v -= 1
    return v if sr.key(v) == "took" else None


def _word_after(sr: Any, start: int, word: str) -> int | None:
    """The first *word* within ``_SPAN`` words from *start*, no sentence stop before it."""
    for x in range(start, min(sr.hi, start + _SPAN)):
        if sr.toks[x].text in _STOP:
            return None
        if sr.key(x) == word:
            return x
    return None


def _attendees(sr: Any, t: int) -> list:
    """"in the presence of A (and B)" / "(a) ceremony ... attended by A, B and C" after *t*."""
    for x in range(t + 1, min(sr.hi, t + 3 * _SPAN)):
        if sr.toks[x].text in _STOP:
            return []
        k = sr.key(x)
        if (k == "presence" and sr.key(x + 1) == "of") or (
                k == "attended" and sr.key(x + 1) == "by" and
                any(sr.key(y) in _CEREMONY for y in range(max(t, x - 8), x))):
            first = sr.after(x + 2, types=("Person",), maxgap=6)
            return titled_list(sr, first) if first is not None else []
    return []


def oath_en(sr: Any) -> None:
    """The one sworn in, the one he swore before and the attendees met (module doc)."""
    if sr.toks[sr.lo].ar:
        return
    for t in sr.triggers(EMPTY, EN_SWORN):
        v = _verb(sr, t)
        if v is None:
            continue
        subj = sr.subject_before(v, maxgap=12)
        if subj is None or subj.etype != "Person" or sr.blocked(v, subj):
            continue
        b = _word_after(sr, t + 1, "before")
        partner = None
        if b is not None:
            x = b + 1
            while x < sr.hi and sr.key(x) in _HONORIFICS:
                x += 1  # "before His Majesty King Y"
            partner = next((m for m in sr.args if m.etype == "Person" and m.eid != subj.eid
                            and b < title_start(m) <= x + 2), None)  # ("His Highness the
            # Amir Sheikh Y": "His Highness" may be read as the subject again)
        if partner is not None and partner.eid != subj.eid:
            sr.add("MET_WITH", subj.eid, partner.eid, "oath_before_en")
        principals = {subj.eid} | ({partner.eid} if partner is not None else set())
        people = [a for a in _attendees(sr, t) if a.eid not in principals]
        if people:
            pair_all(sr, people, principals, "oath_attended_en")
