"""MET_WITH: a second meeting predicate joined by "and" keeps the first one's subject.

"X met A and B at his office, and then held separate talks with Y" / "The premier received A
on Tuesday and later met Y": the predicate after "and (then / later / also)" has no subject
of its own, so its subject is X (or the unnamed premier), never A or B, the objects of the
first verb that a rule took as the nearest person before it. The pairs of A and B with the
partners of the second predicate are dropped; if the first verb's subject is a named person,
he gets the people among them instead (a body met through a delegation is left out). "X met A, and B held talks with Y" (B names its subject) is left
alone.

Arabic likewise: "التقى A وB، (بحضور C)، والتقى أيضاً Z": the و-verb after the comma keeps the
first verb's subject, so A and B (its objects) did not meet Z (``second_predicate_subject_ar``;
not "، والتقى Z W" without "أيضاً", where Z may be a new subject, nor "، واستقبله Z").

Run from ``meeting_checks.unmet_partners`` after every meeting rule, only on a sentence with
"and" or an Arabic meeting word (its cue sets) and a MET_WITH pair.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.meeting_guest import drop_meetings_between

if TYPE_CHECKING:
    from loaders.extract.mention_base import Mention
    from loaders.extract.relations import SentenceRules

EN_AND = L._en("and")
register_triggers(frozenset(), EN_AND)
AR_AND_MEET = L._ar("والتقى", "واستقبل", "واجتمع", "والتقت", "واستقبلت", "واجتمعت", "وبحث")
register_triggers(AR_AND_MEET, frozenset())
CUE_SETS = frozenset({EN_AND, AR_AND_MEET})
_AR_PRON_WITH = L._ar("معه", "معها", "معهم", "به", "بها", "بهم")

_EN_VERBS = L._en("met", "received", "hosted", "welcomed", "greeted", "conferred")
_EN_NOUNS = L._en("talks", "meeting", "meetings")
_EN_HOLD = L._en("held", "had")
_EN_THEN = L._en("then", "later", "also", "subsequently", "afterwards", "separately", "briefly")
_EN_FIRST_VERBS = L._en("met", "received", "hosted", "welcomed", "greeted", "talks",
                        "meeting")
_EN_CLAUSE = L._en("who", "which", "whom", "whose", "while", "but", "after", "before",
                   "when", "as")


def _second_predicate(sr: SentenceRules, t: int) -> int:
    """Position of "and" before the meeting predicate at *t* when nothing but adverbs stands
    between them ("and then held talks with", ", and later met"), else -1."""
    k = sr.key(t)
    if k in _EN_VERBS:
        v = t
    elif k in _EN_NOUNS and sr.key(t - 1) in _EN_HOLD:
        v = t - 1
    elif k in _EN_NOUNS and sr.key(t - 1) in ("a", "an", "separate") and \
            sr.key(t - 2) in _EN_HOLD:
        v = t - 2
    else:
        return -1
    a = v - 1
    while a > sr.lo and sr.key(a) in _EN_THEN:
        a -= 1
    return a if sr.key(a) == "and" else -1


def second_predicate_subject_en(sr: SentenceRules) -> None:
    """Drop (or give to the first verb's subject) the pairs of the first verb's objects with
    the partners of a second predicate joined by "and" (module doc)."""
    if sr.toks[sr.lo].ar or not any(r.type == "MET_WITH" for r in sr.out):
        return
    ands = sr.triggers(frozenset(), EN_AND)
    for t in sr.triggers(frozenset(), L.EN_MEET):
        if not any(0 < t - x <= 4 for x in ands):
            continue  # no "and" right before this meeting word
        a = _second_predicate(sr, t)
        if a < 0:
            continue
        t0 = next((y for y in range(a - 1, sr.lo - 1, -1) if sr.key(y) in _EN_FIRST_VERBS and
                   sr.mention_at.get(y) is None), -1)
        if t0 < 0 or any(sr.key(y) in _EN_CLAUSE for y in range(t0 + 1, a)):
            continue
        objs = {m.eid for m in sr.args if t0 < m.lo < a and
                m.etype in ("Person", "Organization")}
        later = {m.eid for m in sr.args if m.lo > t and m.etype in ("Person", "Organization")}
        people = {m.eid for m in sr.args if m.lo > t and m.etype == "Person"}  # (gets them)
        before = {m.eid for m in sr.args if m.hi <= a}
        partners = later - before
        if not objs or not partners:
            continue
        subj = sr.subject_before(t0)
        moved = drop_meetings_between(sr, objs, partners)
        if not moved:
            continue
        if subj is not None and subj.etype == "Person" and subj.eid not in objs and \
                not sr.blocked(t, subj):
            for p in sorted(moved & people):
                sr.add("MET_WITH", subj.eid, p, "second_predicate_en")


# ---- Arabic: "التقى A وB، ...، والتقى أيضاً Z" ----------------------------------------------
_AR_ALSO = L._ar("أيضا", "ايضا", "أيضاً", "كذلك")
_AR_PUNCT = ("،", ",")


def _objects_before_ar(sr: SentenceRules, t0: int, c: int) -> set[str]:
    """The people the meeting verb at *t0* took as objects up to the comma at *c*: all of
    them when its subject stands before it or was dropped ("حيث التقى A وB"), else those
    after its VSO subject ("التقى X A وB"; "واستقبل X وفداً": none)."""
    people = [m for m in sr.args if t0 < m.lo < c and m.etype == "Person"]
    if sr.before(t0, types=("Person",), maxgap=2) is not None:
        return {m.eid for m in people}  # "X التقى A (وB)": all objects
    if len(people) >= 2 and _joined_ar(sr, people[1]) and not _joined_ar(sr, people[0]):
        return {m.eid for m in people}  # "حيث التقى A وB": the subject was dropped
    return {m.eid for m in people[1:]}  # "التقى X A (وB)", "واستقبل X وفداً": X the subject


def _joined_ar(sr: SentenceRules, m: Mention) -> bool:
    """Is the mention (with its title) joined by و to what comes before ("ووزير الخارجية X",
    "والرئيس X", "وX"; not the title "وزير" itself)?"""
    s = m.tlo if 0 <= m.tlo < m.lo else m.lo
    k = sr.key(s)
    return m.prefix.startswith("و") or (k[:1] == "و" and k not in L.AR_TITLE_FIRST and (
        k[1:] in L.AR_TITLE_FIRST or k.startswith("وال") or s == m.lo))


def second_predicate_subject_ar(sr: SentenceRules) -> None:
    """"التقى A وB، ...، والتقى أيضاً Z": the second verb keeps the first one's subject; A and
    B (its objects) did not meet Z."""
    if not sr.toks[sr.lo].ar or not any(r.type == "MET_WITH" for r in sr.out):
        return
    verbs = [t for t in sr.triggers(L.AR_MEET, frozenset()) if not sr.f(t) & L.AR_MEET_NOUNS]
    drop: set[tuple[str, str]] = set()
    for i, t in enumerate(verbs):
        if i == 0 or not sr.toks[t].key.startswith("و") or sr.toks[t - 1].text not in _AR_PUNCT:
            continue
        if sr.key(t).endswith(("ه", "ها", "هم")) or sr.f(t + 1) & _AR_PRON_WITH:
            continue  # "واستقبله X": a new subject after the object pronoun
        later = [m for m in sr.args if m.lo > t and m.etype == "Person"]
        end = next((y for y in range(t + 1, sr.hi) if sr.toks[y].text in _AR_PUNCT + (".",)),
                   sr.hi)
        later = [m for m in later if m.lo < end]
        if not later or (len(later) >= 2 and not sr.f(t + 1) & _AR_ALSO):
            continue  # "، والتقى Z W": Z may be a new subject
        objs = _objects_before_ar(sr, verbs[i - 1], t - 1)
        partners = {m.eid for m in later} - {m.eid for m in sr.args if m.lo < t}
        drop.update((a, b) for a in objs for b in partners)
    if not drop:
        return
    drop |= {(b, a) for a, b in drop}
    sr.out[:] = [r for r in sr.out if not (r.type == "MET_WITH" and (r.source, r.target) in drop)]
