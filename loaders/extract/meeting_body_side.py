"""MET_WITH (session 24, multi): a body's leaders as one side of a meeting.

"X met at least twice with the leaders of the Coordination Framework" / "X, who met Kataib
Hezbollah's leaders at the airport" / "X met the group's leadership" / "a decision that
followed a meeting between its leaders and X": X met the body (the annotators' pair for a
meeting with a body's unnamed leaders). The body: "the leaders of O", "O's leaders",
"O leaders", or "its / their leaders" for the nearest body named before in the sentence. The
meeting: a meeting verb or noun before the phrase, only adverbs, "with" and "the" between
("met at least twice with", "held talks with"), its subject a person; or "between <the
leaders> and X" / "between X and <the leaders>" after a meeting noun. Not planned, negated,
or a call (``blocked``, at the leaders and, session 66, at the meeting noun: "A meeting between
X and leaders of O has been postponed / was called off").

Arabic: "في قرار جاء بعد اجتماع بين قادتها وY" / "لقاء بين Y وقيادة O" (the pronoun: the
first body of the sentence; "قادة / قيادة O": O), after a meeting noun; "التقى X قادة O" is
read by the base rules already.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import EMPTY, title_start

EN_HEADS = frozenset({"leaders", "leadership", "commanders", "chiefs", "heads"})
_AR_HEADS_OF = L._ar("قادة", "قيادة", "وقادة", "وقيادة")
_AR_HEADS_ITS = L._ar("قادتها", "قيادتها", "قادته", "قيادته", "قادتهم", "قيادتهم", "وقادتها",
                      "وقيادتها", "وقادته", "وقيادته", "وقادتهم", "وقيادتهم")
AR_HEADS = _AR_HEADS_OF | _AR_HEADS_ITS
_AR_UNHELD = L._ar("مرتقب", "مرتقبة", "المرتقب", "المرتقبة", "مقبل", "المقبل", "مقرر", "المقرر",
                   "محتمل", "المحتمل", "طالب", "طالبت", "يطالب", "دعا", "دعت", "يدعو", "رفض",
                   "رفضت", "اقترح", "اقترحت", "سيعقد", "ستعقد")
register_triggers(AR_HEADS, EN_HEADS)
_EN_BETWEEN_ADV = frozenset({"with", "the", "at", "least", "twice", "once", "several", "times",
                             "also", "again", "separately", "repeatedly", "later", "then",
                             "privately", "secretly", "briefly", "top", "senior"})
_EN_VERBS = frozenset({"met", "meets", "meet", "received", "hosted", "receives", "hosts",
                       "talks", "meeting", "meetings", "down", "conferred", "huddled"})
_EN_NOUNS = frozenset({"meeting", "meetings", "talks", "session", "encounter"})
_EN_HELD = frozenset({"held", "holding", "holds", "hold", "had", "sat"})


def _body(sr: Any, x: int) -> tuple[Any, int]:
    """(the body whose leaders the head word at *x* names, first token of the phrase), else
    (None, -1)."""
    if sr.key(x + 1) == "of":
        y = x + 2 + (sr.key(x + 2) == "the")
        m = sr.mention_at.get(y)
        if m is not None and m.etype == "Organization" and m.lo == y:
            return m, x - 1 if sr.key(x - 1) == "the" else x
    m = sr.mention_at.get(x - 1)
    if m is not None and m.etype == "Organization" and m.hi == x:
        s = m.lo - 1 if sr.key(m.lo - 1) == "the" else m.lo
        return m, s  # "Kataib Hezbollah's leaders", "Hezbollah leaders"
    if sr.key(x - 1) in ("its", "their"):
        # the body the sentence is about: its first one ("K announced it was suspending
        # attacks on U.S. troops, ... a meeting between its leaders and X": K)
        body = next((a for a in sr.args if a.hi <= x - 1 and a.etype == "Organization"), None)
        return (body, x - 1) if body is not None else (None, -1)
    if sr.key(x - 1) == "'s" or sr.toks[x - 1].poss:
        if sr.key(x - 2) == "group" or sr.key(x - 1) in ("group", "militia"):
            body = None  # "the group's leaders": the body named last before
            for a in sr.args:
                if a.hi <= x - 1 and a.etype == "Organization":
                    body = a
            return (body, x - 2) if body is not None else (None, -1)
    return None, -1


def _verb_before(sr: Any, s: int) -> int | None:
    """The meeting verb or noun before the phrase at *s*, past adverbs and "with"."""
    y = s - 1
    while y > sr.lo and sr.key(y) in _EN_BETWEEN_ADV and s - y <= 6:
        y -= 1
    return y if sr.key(y) in _EN_VERBS else None


def _between_other(sr: Any, s: int, x: int) -> Any:
    """"a meeting between <its leaders> and X" / "between X and <its leaders>": X, else None."""
    if sr.key(s - 1) == "between" and sr.key(s - 2) in _EN_NOUNS | {"a", "the"}:
        y = x + 1
        if sr.key(y) == "and":
            return sr.after(y + 1, types=("Person",), maxgap=6)
        return None
    if sr.key(s - 1) == "and":
        m = sr.before(s - 1, types=("Person",), maxgap=6)
        if m is not None and sr.key(m.lo - 1) == "between" or (
                m is not None and m.tlo >= 0 and sr.key(m.tlo - 1) == "between"):
            return m
    return None


def _not_held(sr: Any, s: int, x: int) -> bool:
    """Named leaders follow ("the leaders of O, among them A and B": those people are the
    side), or the meeting is only floated or possible."""
    end = x + 1 if sr.key(x + 1) != "of" else next(
        (m.hi for m in sr.args if m.lo >= x + 2), x + 2)
    after = [sr.key(y) for y in range(end, min(sr.hi, end + 14))]
    if any(k in _EN_NAMED and (k != "among" or after[j + 1:j + 2] == ["them"])
           for j, k in enumerate(after)) or any(
            sr.mention_at.get(y) is not None and sr.mention_at[y].etype == "Person"
            for y in ((end, end + 1) if sr.key(end) == "," else (end,)) if y < sr.hi):
        return True
    return any(sr.key(y) in _EN_UNHELD for y in range(max(sr.lo, s - 6), min(sr.hi, x + 12)))


_EN_NAMED = frozenset({"including", "among", "such", ":", "namely", "notably", "led",
                       "headed"})
_EN_UNHELD = frozenset({"floated", "proposed", "possible", "potential", "planned", "mooted",
                        "future", "upcoming", "expected", "sought"})


def _between_ar(sr: Any, x: int) -> None:
    """"اجتماع بين قادتها وY" / "لقاء بين Y وقيادة O" at the head word *x*."""
    k = sr.key(x)
    if sr.f(x) & _AR_HEADS_ITS and not sr.f(x) & _AR_HEADS_OF:
        body = next((a for a in sr.args if a.hi <= x and a.etype == "Organization"), None)
        end = x + 1
    else:
        body = sr.mention_at.get(x + 1)
        if body is None or body.etype != "Organization" or body.lo != x + 1:
            return
        end = body.hi
    if body is None:
        return
    if k.startswith("و"):  # "بين Y وقادتها"
        b = next((y for y in range(x - 1, max(sr.lo, x - 9) - 1, -1) if sr.key(y) == "بين"),
                 None)
        other = sr.after(b + 1, types=("Person",), maxgap=4) if b is not None else None
        if other is None or other.hi > x:
            return
    else:  # "بين قادتها وY"
        b = x - 1 if sr.key(x - 1) == "بين" else None
        other = sr.after(end, types=("Person",), maxgap=6) if b is not None else None
        if other is None or not sr.key(title_start(other)).startswith("و"):
            return
    if not any(sr.f(y) & L.AR_MEET_NOUNS for y in range(max(sr.lo, b - 2), b)) or \
            sr.blocked(b, other) or any(sr.f(y) & _AR_UNHELD for y in range(max(sr.lo, b - 5), b)):
        return  # (not "طالبت بلقاء مرتقب بين قادتها وY")
    sr.add("MET_WITH", other.eid, body.eid, "body_side_ar")


def body_side(sr: Any) -> None:
    """X met the body whose leaders are one side of the meeting (module doc)."""
    for x in sr.triggers(AR_HEADS, EMPTY):
        _between_ar(sr, x)
    for x in sr.triggers(EMPTY, EN_HEADS):
        body, s = _body(sr, x)
        if body is None or (body.kind == "name" and not sr.toks[body.lo].cap) or \
                _not_held(sr, s, x):
            continue  # (not "the leaders of armed factions": no body by name)
        other = _between_other(sr, s, x)
        if other is not None:
            noun = next((y for y in (*range(max(sr.lo, s - 4), s),
                                     *range(max(sr.lo, other.lo - 4), other.lo))
                         if sr.key(y) in _EN_NOUNS), None)
            if noun is not None and not sr.blocked(s, other) and not sr.blocked(noun):
                # (not "A meeting between X and leaders of O has been postponed": s66)
                sr.add("MET_WITH", other.eid, body.eid, "body_side_en")
            continue
        v = _verb_before(sr, s)
        if v is None:
            continue
        if sr.key(v) in _EN_NOUNS | {"down"}:
            h = next((y for y in range(v - 1, max(sr.lo, v - 3) - 1, -1)
                      if sr.key(y) in _EN_HELD), None)
            if h is None:
                continue  # "a meeting with its leaders" without a holder
            v = h
        subj = sr.subject_before(v)
        if subj is None or subj.etype != "Person" or sr.blocked(v, subj):
            continue
        sr.add("MET_WITH", subj.eid, body.eid, "body_side_en")
