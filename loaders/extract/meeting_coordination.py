"""MET_WITH: an Arabic second meeting verb joined by "و" keeps the first one's subject.

"التقى A وB، (بحضور C)، والتقى أيضاً Z": the و-verb after the comma keeps the first verb's
subject, so A and B (its objects) did not meet Z (``second_predicate_subject_ar``; not
"، والتقى Z W" without "أيضاً", where Z may be a new subject, nor "، واستقبله Z"). The English
"X met A and B ..., and then held talks with Z" is read where the second verb's subject is
picked (``meeting_unnamed_subject.py``).

Run from ``meeting_checks.unmet_partners`` after every meeting rule, only on a sentence with
an Arabic meeting word joined by "و" (its cue set) and a MET_WITH pair.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import title_start

if TYPE_CHECKING:
    from loaders.extract.mention_base import Mention
    from loaders.extract.relations import SentenceRules

AR_AND_MEET = L._ar("والتقى", "واستقبل", "واجتمع", "والتقت", "واستقبلت", "واجتمعت", "وبحث")
register_triggers(AR_AND_MEET, frozenset())
CUE_SETS = frozenset({AR_AND_MEET})
_AR_PRON_WITH = L._ar("معه", "معها", "معهم", "به", "بها", "بهم")

# ---- Arabic: "التقى A وB، ...، والتقى أيضاً Z" ----------------------------------------------
_AR_ALSO = L.AR_ALSO
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
    s = title_start(m)
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
