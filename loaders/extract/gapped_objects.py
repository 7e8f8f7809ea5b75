"""MET_WITH and ASSASSINATED_BY: a second object after a gap (verb ellipsis, "gapping").

A writer who tells two meetings or two killings of one subject often leaves the verb out of
the second and keeps each object's own place or time phrase:

- "X met A on Wednesday and B on Thursday" / "X met A in Cairo, then B in Amman" / "X met A
  and later B";
- "Israel killed A in Beirut and later B in Tehran" / "Israel killed A in January and B in
  July";
- «التقى X A يوم الأربعاء، وبعد ذلك B» / «التقى X A، وكذلك B» / «اغتالت إسرائيل A في بيروت ثم B في طهران» /
  «اغتالت إسرائيل A في يناير وB في يوليو».

The list readers (``chains.chain``) stop at the place or time phrase. ``gapped_next`` gives B
for an object A: past A's own place / time phrase, a connector ("and", "and then/later",
", then", «ثم», «وبعد ذلك», «ولاحقاً», «وكذلك»; a bare "and" / «و» only after such a phrase, so a
plain list is left to the chain), at most a title, the person B, then only B's own place /
time phrase and the clause's end (punctuation or the sentence's end). Anything else between
(a verb, a negation, "but", a possessive "B's") gives None: "and B vowed revenge" is B's own
clause; so is a third gapped object after B's own phrase ("met A in Kampala, then B in Addis
Ababa and C in Nairobi": B and C, session 67, residual67b-en). ``gapped_more`` adds, for the relations of one type that a sentence's rules added, the
same relation with B in A's place (called from ``relations.run`` for MET_WITH and from
``kill_victim_lists.extend_victims`` for ASSASSINATED_BY).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start

# English prepositions opening an object's place or time phrase
_EN_PREPS = frozenset({"in", "on", "at", "near", "during", "inside", "outside", "early",
                       "late", "last", "earlier", "this"})
# words a short place / time phrase may hold after its preposition
_EN_PHRASE_WORDS = frozenset({"the", "a", "capital", "city", "palace", "morning", "afternoon",
                              "evening", "night", "week", "month", "year", "day", "of",
                              "southern", "northern", "eastern", "western", "central",
                              "presidential", "royal", "same", "next", "strike", "raid"})
_EN_BARE_TIME = frozenset({"yesterday", "today", "earlier", "later", "separately"})
_EN_THEN = frozenset({"then", "later", "afterwards", "subsequently"})
# Arabic time words standing alone ("أمس"، "الأربعاء")
_AR_TIME = L.AR_WEEKDAYS | L._ar("أمس", "امس", "اليوم", "لاحقا", "لاحقاً", "مساء", "صباح", "ظهر")
_AR_TIME_HEAD = L._ar("يوم", "مساء", "صباح", "ظهر", "خلال", "مطلع", "أواخر", "أوائل", "منتصف",
                      "عام", "سنة", "العام", "الشهر", "الأسبوع")
# "a few months earlier", "two days later", "hours later", "years ago"
_EN_SPAN_WORDS = frozenset({"a", "an", "few", "two", "three", "four", "five", "several", "some",
                            "hours", "days", "weeks", "months", "years", "day", "week",
                            "month", "year", "minutes"})
_EN_SPAN_END = frozenset({"earlier", "later", "ago", "before", "after"})
_AR_PREPS = L._ar("في", "فى", "ب")
_AR_THEN = L._ar("ثم", "وثم", "ولاحقا", "ولاحقاً", "لاحقا", "لاحقاً", "وكذلك", "وكذا")
_AR_AFTER_THAT = L._ar("وبعد", "بعد", "وعقب")
_AR_THAT = L._ar("ذلك", "ذاك")
_EN_RELATIVE = frozenset({"who", "whose", "whom", "which"})
_PHRASE_TYPES = frozenset({"Location", "Country"})
_CLOSE = frozenset({".", ",", ";", ":", "،", "؛", "!", "?", "؟", ")", "»", '"'})


def _skip_phrase(sr: Any, x: int) -> int:
    """Past one place or time phrase at *x* ("in Beirut", "on Wednesday", "last month", "in
    July", «في بيروت», «يوم الخميس», «أمس»); *x* itself when none opens there."""
    if x >= sr.hi:
        return x
    tk = sr.toks[x]
    if tk.punct:
        return x
    if tk.ar:
        f = sr.f(x)
        if f & _AR_TIME:
            return x + 1
        if tk.key in ("قبل", "بعد") and sr.f(x + 1) & _AR_THAT:  # «قبل ذلك (بأشهر)»
            return x + 3 if x + 2 < sr.hi and sr.toks[x + 2].key.startswith("ب") and \
                sr.mention_at.get(x + 2) is None and not sr.toks[x + 2].punct else x + 2
        if not (f & _AR_TIME_HEAD or tk.key in _AR_PREPS):
            return x
        y, n = x + 1, 0
        while y < sr.hi and n < 3 and not sr.toks[y].punct:
            m = sr.mention_at.get(y)
            if m is not None and m.etype not in _PHRASE_TYPES:
                break
            if m is None and (sr.toks[y].key.startswith("و") and n or
                              sr.f(y) & (_AR_THEN | _AR_AFTER_THAT) or
                              n and (sr.f(y) & _AR_TIME_HEAD or
                                     sr.toks[y].key in ("قبل", "بعد"))):
                break  # «في يناير وB»: the connector of the next object
            y = m.hi if m is not None else y + 1
            n += 1
        return y if n else x
    if tk.key in _EN_BARE_TIME:
        return x + 1
    if tk.key in _EN_SPAN_WORDS:  # "a few months earlier"
        y = x
        while y < min(sr.hi, x + 4) and sr.key(y) in _EN_SPAN_WORDS:
            y += 1
        return y + 1 if y > x and sr.key(y) in _EN_SPAN_END else x
    if tk.key == "of":  # "King Abdullah II of Jordan": the name's own country
        m = sr.mention_at.get(x + 1)
        return m.hi if m is not None and m.lo == x + 1 and m.etype in _PHRASE_TYPES else x
    if tk.key not in _EN_PREPS:
        return x
    y, n = x + 1, 0
    while y < sr.hi and n < 4 and not sr.toks[y].punct:
        m = sr.mention_at.get(y)
        k = sr.key(y)
        if m is not None:
            if m.etype not in _PHRASE_TYPES:
                break
            y = m.hi
        elif k in L.EN_WEEKDAYS or k in L.EN_MONTHS or k in _EN_PHRASE_WORDS or k.isdigit() or \
                sr.toks[y].cap:
            y += 1
        else:
            break
        n += 1
    return y if n else x


def _skip_phrases(sr: Any, x: int) -> tuple[int, bool]:
    """Past up to three place / time phrases; (the position, whether one was skipped)."""
    start = x
    for _ in range(3):
        y = _skip_phrase(sr, x)
        if y == x:
            break
        x = y
    return x, x > start


def _past_connector(sr: Any, x: int, phrased: bool) -> int:
    """The position after the connector at *x* ("and (then|later)", ", then", «ثم»,
    «وبعد ذلك»), -1 when none; a bare "and" / «و» (returned as *x* itself for the و of the
    next word) counts only after a place or time phrase (*phrased*)."""
    comma = sr.key(x) in (",", "،")
    if comma:
        x += 1
    tk = sr.toks[x] if x < sr.hi else None
    if tk is None:
        return -1
    if tk.ar:
        f = sr.f(x)
        if f & _AR_THEN:
            return x + 1
        if f & _AR_AFTER_THAT and sr.f(x + 1) & _AR_THAT:
            return x + 2
        if phrased and tk.key.startswith("و") and sr.mention_at.get(x) is not None or \
                phrased and tk.key.startswith("و") and tk.key[1:] in L.AR_TITLE_FIRST:
            return x  # «في يناير وإسماعيل هنية» / «وقائد ...»
        return -1
    k = tk.key
    if k == "and":
        if sr.key(x + 1) == ",":  # "and, hours later, B": a time aside after "and"
            y, aside = _skip_phrases(sr, x + 2)
            if aside and sr.key(y) == ",":
                return y + 1
        if sr.key(x + 1) in _EN_THEN:
            return x + 2
        return x + 1 if phrased else -1
    if k in _EN_THEN and (comma or phrased):
        return x + 1
    return -1


def gapped_next(sr: Any, m: Any) -> Any:
    """The person B of "... <m> <place/time>, then|and (later) B <place/time>" (module doc),
    None otherwise."""
    if m.etype != "Person" or m.poss:
        return None
    x, phrased = _skip_phrases(sr, m.hi)
    y = _past_connector(sr, x, phrased)
    if y < 0:
        return None
    b = sr.after(y, types=("Person",), maxgap=6)
    if b is None or b is m or b.poss or b.eid == m.eid:
        return None
    if sr.toks[b.lo].ar:
        if b.lo != y and title_start(b) != y:
            return None  # «ثم لدى X»: only a title may stand before B
    else:
        for z in range(y, title_start(b)):
            tk = sr.toks[z]
            if tk.punct or sr.mention_at.get(z) is not None and \
                    sr.mention_at[z].etype not in _PHRASE_TYPES or \
                    not tk.cap and tk.key not in ("the", "his", "her", "its", "their"):
                return None  # "and then met B" / "and not B": a clause of its own
    if b.prefix.lstrip("وف")[:1] in ("ب", "ل") and \
            b.prefix.lstrip("وف")[:1] != m.prefix.lstrip("وف")[:1]:
        return None  # «ثم لـB» after a bare object
    z, phrased_b = _skip_phrases(sr, b.hi)
    if z < sr.hi and sr.toks[z].text not in _CLOSE and not (
            phrased_b and not sr.toks[z].ar and sr.toks[z].key == "and" and
            gapped_next(sr, b) is not None):
        return None  # "and B in Tehran vowed revenge": B's own clause (not "then B in Addis
        # Ababa and C in Nairobi": a third gapped object follows B's phrase, session 67)
    if z + 1 < sr.hi and sr.toks[z].text in (",", "،") and (
            sr.key(z + 1) in _EN_RELATIVE or sr.f(z + 1) & L.AR_REL_PRONOUNS) and any(
                sr.toks[y].text in (",", "،") for y in range(z + 2, sr.hi - 1)):
        return None  # "X, who met A in Cairo, and B, who met C, both called": B a subject
        # (not "and later B, whose country chaired the summit.": the sentence ends there)
    if z < sr.hi and sr.toks[z].text in (",", "،") and z + 1 < sr.hi and \
            not sr.toks[z + 1].punct and sr.mention_at.get(z + 1) is None and \
            sr.toks[z + 1].ar:
        return None  # «وB في طهران، وتوعد ...»
    return b


def gapped_more(sr: Any, start: int, rtype: str, rule: str) -> None:
    """For each *rtype* relation of ``sr.out[start:]`` whose side is a person mention A with a
    gapped next object B (``gapped_next``), the same relation with B in A's place."""
    # B is a person argument after A (``sr.after``) named neither A nor the relation's other
    # side: without such a person no relation is added
    people = [m for m in sr.args if m.etype == "Person"]
    by_eid: dict[str, list[Any]] = {}
    for m in people:
        by_eid.setdefault(m.eid, []).append(m)
    if len(by_eid) < 2:
        return
    nexts: dict[int, Any] = {}  # gapped_next per mention: one A recurs in several relations
    for r in list(sr.out[start:]):
        if r.type != rtype or by_eid.keys() <= {r.source, r.target}:
            continue
        sides = ((r.source, r.target), (r.target, r.source)) if rtype == "MET_WITH" else \
            ((r.source, r.target),)  # (a victim's, not an agent's, next object)
        for side, other in sides:
            for m in by_eid.get(side, ()):
                for p in people:  # (a loop, not any(): no generator per mention)
                    if p.lo >= m.hi and p.eid != side and p.eid != other:
                        break
                else:
                    continue  # no person after A who could be a new B (the first B must be)
                b = m
                for _ in range(4):
                    if id(b) not in nexts:  # (gapped_next reads no relation sr.add adds)
                        nexts[id(b)] = gapped_next(sr, b)
                    b = nexts[id(b)]
                    if b is None or b.eid in (side, other):
                        break
                    if rtype == "MET_WITH":
                        sr.add(rtype, other, b.eid, rule)
                    else:  # ASSASSINATED_BY: victim -> agent
                        sr.add(rtype, b.eid, other, rule)
