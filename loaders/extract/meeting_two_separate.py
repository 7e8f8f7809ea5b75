"""MET_WITH (session 64, seen64): two meetings told in one sentence, the first with A and the
second with B, with people present at the second.

- Arabic: «عقد X اجتماعين منفصلين، الأول مع A، والثاني مع B بحضور C وD»، «عقب لقاءين عقدهما
  المسؤول القطري، الأول مع A، ثم مع B وE»، «جلستين، الأولى مع A والثانية مع B»;
- English: "X held two separate meetings, the first with A and the second with B, in the
  presence of C and D", "two rounds of talks, one with A and the other with B".

The subject (the nearest person named before "the first", not the object of a preposition)
met A, B and C; B, E, C and D met each other (one meeting); A met none of them: the pairs other
rules read between A and the second meeting's people are dropped. Not read: a negated or
planned pair of meetings ("لم يعقد"، "will hold two meetings"), nor a sentence without the dual
or plural meeting noun before "the first". Called from ``relations.py`` on the noun's cue.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.meeting_comprised_ar import listed_with_more_ar
from loaders.extract.rule_common import title_start

# the meeting noun counted two (Arabic dual) or in the plural (English, with "two" / "separate")
AR_TWO_MEETINGS = L._ar("اجتماعين", "اجتماعان", "لقاءين", "لقاءان", "جلستين", "جلستان",
                        "اجتماعيين", "جولتين", "جولتان")
EN_TWO_MEETINGS = L._en("meetings", "talks", "sessions", "rounds", "encounters")
register_triggers(AR_TWO_MEETINGS, EN_TWO_MEETINGS)
_EN_COUNTED = L._en("two", "separate", "2")
_AR_FIRST = L._ar("الأول", "الاول", "الأولى", "الاولى", "أولهما", "اولهما")
_AR_SECOND = L._ar("الثاني", "والثاني", "الثانية", "والثانية", "الآخر", "والآخر", "الأخرى",
                   "والأخرى", "ثانيهما", "وثانيهما", "ثم")
_AR_WITH = L._ar("مع")
_EN_FIRST = L._en("first", "one")
_EN_SECOND = L._en("second", "other", "another", "latter")
_AR_PLANNED = L._ar("سيعقد", "يعقد", "سيعقده", "سيعقدهما", "مرتقبين", "مقررين", "المقرر", "لم",
                    "ولم", "لن", "ولن")
_EN_PLANNED = L._en("will", "would", "planned", "plans", "scheduled", "expected", "not", "never",
                    "cancelled", "canceled", "to")
_AR_END = L._ar("وقال", "قال", "وأكد", "وأضاف", "حيث", "فيما", "بينما", "وذلك", "قبل", "بعد")
_EN_END = L._en("said", "where", "while", "before", "after", "which")
_STOPS = frozenset({".", "؛", ";", ":", "!", "?", "؟"})


def _first_marker(sr: Any, t: int) -> int | None:
    """The word "the first" ("الأول مع" / "the first with" / "one with") within ten words after
    the meeting noun at *t* (past a colon, not a full stop), its "with" right after it; else
    None."""
    ar = sr.toks[t].ar
    for x in range(t + 1, min(sr.hi - 1, t + 11)):
        if sr.toks[x].text in _STOPS and sr.toks[x].text != ":":  # ("two meetings: the first")
            return None
        if ar and sr.f(x) & _AR_FIRST and sr.f(x + 1) & _AR_WITH:
            return x
        if not ar and sr.key(x) in _EN_FIRST and sr.key(x + 1) == "with":
            return x
    return None


def _second_marker(sr: Any, first: int) -> int | None:
    """"والثاني مع" / "ثم مع" / "the second with" / "the other with" after *first* (at most 40
    words, no full stop between); else None."""
    ar = sr.toks[first].ar
    for x in range(first + 2, min(sr.hi - 1, first + 40)):
        if sr.toks[x].text in _STOPS:
            return None
        if ar and sr.key(x) in _AR_SECOND and sr.f(x + 1) & _AR_WITH:
            return x
        if not ar and sr.key(x) in _EN_SECOND and sr.key(x + 1) == "with":
            return x
    return None


def _counted_noun(sr: Any, t: int) -> bool:
    """English: "two (separate) meetings", "separate rounds of talks": a count or "separate"
    at most three words before the plural noun at *t*."""
    return any(sr.key(x) in _EN_COUNTED for x in range(max(sr.lo, t - 3), t))


def _planned(sr: Any, t: int) -> bool:
    """A planned, negated or called-off pair of meetings (a word of it at most seven words
    before the noun at *t*, in its clause), or the noun *t* blocked."""
    ar = sr.toks[t].ar
    for x in range(t - 1, max(sr.lo, t - 7) - 1, -1):
        if sr.toks[x].text in ("،", ",") and x < t - 1:
            break
        if sr.key(x) in (_AR_PLANNED if ar else _EN_PLANNED):
            return True
    return sr.blocked(t)


def _people(sr: Any, lo: int, hi: int) -> list[Any]:
    """The people named between *lo* and *hi* (their names starting there)."""
    return [m for m in sr.args if m.etype == "Person" and lo <= m.lo < hi]


def _second_end(sr: Any, start: int) -> tuple[int, int | None]:
    """(end of the second meeting's partners, the presence word or None) from *start*: the
    presence word ("بحضور" / "in the presence of" / "attended by"), a full stop or a new
    clause after a comma ("، وقال"، ", where")."""
    ar = sr.toks[start].ar
    for x in range(start, sr.hi):
        tk = sr.toks[x]
        if tk.text in _STOPS:
            return x, None
        if ar and sr.key(x) in L.AR_IN_PRESENCE:
            return x, x
        if not ar and (sr.key(x) == "presence" and sr.key(x - 1) == "the"
                       or sr.key(x) == "by" and sr.key(x - 1) == "attended"):
            return x, x
        if tk.text in ("،", ",") and sr.key(x + 1) in (_AR_END if ar else _EN_END):
            return x, None
    return sr.hi, None


def _present(sr: Any, p: int) -> list[Any]:
    """The people listed after the presence word at *p*."""
    first = sr.after(p + 1, types=("Person",), maxgap=6)
    if first is None or any(sr.toks[x].text in _STOPS for x in range(p, first.lo)):
        return []
    if sr.toks[p].ar:
        return listed_with_more_ar(sr, first)
    return sr.people_chain(first)


def _subject(sr: Any, first: int, taken: set[str]) -> Any:
    """The nearest person named before "the first" at *first*, not the object of a
    preposition (ب / ل / "with" / "by"); else None."""
    for m in reversed(sr.args):
        if m.hi > first or m.etype != "Person" or m.eid in taken:
            continue
        start = title_start(m)
        k = sr.key(start)
        if sr.toks[start].ar:
            if m.prefix.lstrip("وف")[:1] in ("ب", "ل") or k[:1] in ("ب", "ل") and \
                    not k.startswith(("لي", "بن")) or sr.f(start - 1) & _AR_WITH:
                continue
        elif sr.key(start - 1) in ("with", "by", "to"):
            continue
        return m
    return None


def two_separate_meetings(sr: Any) -> None:
    """The subject met A, B and C; the second meeting's people met each other; A met none of
    them (module doc)."""
    for t in sr.triggers(AR_TWO_MEETINGS, EN_TWO_MEETINGS):
        if not sr.toks[t].ar and not _counted_noun(sr, t):
            continue
        first = _first_marker(sr, t)
        if first is None:
            continue
        second = _second_marker(sr, first)
        if second is None or _planned(sr, t):
            continue
        firsts = _people(sr, first + 2, second)
        end, presence = _second_end(sr, second + 2)
        seconds = _people(sr, second + 2, end)
        present = _present(sr, presence) if presence is not None else []
        if not firsts or not seconds:
            continue
        first_ids = {m.eid for m in firsts}
        later_ids = list(dict.fromkeys(m.eid for m in seconds + present
                                       if m.eid not in first_ids))
        subj = _subject(sr, first, first_ids | set(later_ids))
        if subj is None:
            continue
        later = set(later_ids)
        sr.out[:] = [r for r in sr.out if not (
            r.type == "MET_WITH" and (r.source in first_ids and r.target in later or
                                      r.target in first_ids and r.source in later))]
        for a in first_ids:
            sr.add("MET_WITH", subj.eid, a, "two_separate_meetings")
        group = [subj.eid] + later_ids
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                sr.add("MET_WITH", a, b, "two_separate_meetings")
