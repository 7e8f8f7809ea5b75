"""English MET_WITH shapes found by ``bench/probe_shapes_en.py`` (session 21, ``shapeen``).

- the past progressive: "X was meeting (with) Y in Cairo when the news broke" (X met Y; not "the
  priority was meeting Y's demands", a possessive; not "is meeting", often a plan);
- "the meeting of X and Y" as "the meeting between X and Y" (two people joined by "and");
- a time phrase before the "after" that opens a sentence: "A day / Hours / Shortly after
  meeting Y in Paris, X flew to Berlin" (read as "After meeting Y, X ...").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract.reported_scope_en import past_speaking

if TYPE_CHECKING:
    from loaders.extract.mentions import Mention
    from loaders.extract.relations import SentenceCore

_PERSON = ("Person",)
EN_PAST_BE = frozenset({"was", "were"})
_EN_OPEN_AFTER = frozenset({"after", "following"})
# a time phrase before "after": "A day after", "Two days after", "Hours after", "Shortly after",
# "Less than a week after", "Only days after"
_EN_TIME_LEAD = frozenset({
    "a", "an", "one", "two", "three", "four", "five", "several", "few", "day", "days", "hours",
    "hour", "minutes", "moments", "weeks", "week", "months", "shortly", "soon", "just", "only",
    "barely", "less", "than", "mere", "immediately", "night", "morning"})


def progressive_meeting_en(sr: SentenceCore, t: int) -> tuple[Mention, Mention] | None:
    """(subject, object) of "X was / were meeting Y" at the "meeting" token *t*, or None."""
    if sr.key(t - 1) not in EN_PAST_BE:
        return None
    w = t + 2 if sr.key(t + 1) == "with" else t + 1  # ("was meeting with Y")
    obj = sr.after(w, types=_PERSON, maxgap=1)
    if obj is None or obj.poss or any(sr.toks[y].punct for y in range(w, obj.lo)):
        return None
    subj = sr.before(t - 1, types=_PERSON, maxgap=0)
    if subj is None or subj.hi != t - 1 or subj.poss or subj is obj or sr.blocked(t, subj):
        return None
    return subj, obj


def meeting_of_pair(sr: SentenceCore, t: int) -> int | None:
    """The "of" of "the meeting of X and Y" (the meeting noun at *t*) when two people joined
    by "and" follow it, to be read as "between"; else None."""
    if sr.key(t + 1) != "of" or sr.key(t - 1) != "the":
        return None
    first = sr.after(t + 2, types=_PERSON, maxgap=3)
    if first is None or first.poss or any(sr.toks[y].punct for y in range(t + 2, first.lo)):
        return None
    second = sr.after(first.hi, types=_PERSON, maxgap=4)
    if second is None or [sr.key(y) for y in range(first.hi, second.lo)][:1] != ["and"]:
        return None
    return t + 1


def opening_lead(sr: SentenceCore) -> int:
    """Where the opening "after / following" of a sentence stands past a speaker's participle
    ("Speaking to reporters after ...") or a time phrase ("A day after ...", "Hours
    after ..."); the sentence start otherwise."""
    lo = past_speaking(sr)
    if lo != sr.lo or sr.key(lo) not in _EN_TIME_LEAD:
        return lo
    for y in range(lo + 1, min(sr.hi, lo + 6)):
        k = sr.key(y)
        if k in _EN_OPEN_AFTER:
            return y
        if k not in _EN_TIME_LEAD:
            break
    return lo
