"""MET_WITH: whom "him" stands for in a clause of contrast (session 67).

"A did not meet B, while (whereas) C received him"; «ولم يلتق A رئيس البرلمان B، بينما
استقبله C» (also «فيما التقاه C»، «في حين اجتمع به C»): the pronoun of the contrast clause is
the main clause's subject A, never the object B of its (negated) meeting. When the main clause
names no subject of its own («ولم يلتق خلال زيارته B، بينما استقبله C»; "He did not meet B,
while C received him"), it is the one the clause carries: "he", else the sentence before's
subject.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import PREPS_WITH_TO, title_start

_AR_IN_WHICH = frozenset({"في", "وفي"})  # «في حين»
_AR_WHEN = frozenset({"حين"})
_EN_CONTRAST = frozenset({"while", "whereas"})
_EN_PREPS = frozenset({"with", "by", "to", "for", "of", "from", "and", "on", "at", "than"})
_EN_VERBS_OR_NEG = L.EN_MEET | L.EN_NEG


def contrast_clause_subject_ar(sr: Any, t: int, host: Any) -> Any:
    """«... ، بينما (فيما، في حين) استقبله C» at the verb *t* (module doc): the main clause's
    subject, else None (no clause of contrast)."""
    cue = t - 1
    if cue <= sr.lo or not (sr.f(cue) & L.AR_WHILE or sr.key(cue) in _AR_WHEN and
                            sr.key(cue - 1) in _AR_IN_WHICH):
        return None
    if sr.key(cue) in _AR_WHEN:
        cue -= 1
    if sr.toks[cue - 1].text not in ("،", ",") and not sr.toks[cue].text.startswith("و"):
        return None
    exclude = host.eid if host is not None else ""
    first = _first_free_person(sr, cue, exclude, lambda m: sr.has_prep(m, PREPS_WITH_TO))
    if first is not None:
        start = title_start(first)
        told_before = range(sr.lo, start)
        if start - sr.lo <= 3 or not any(sr.f(x) & L.AR_MEET or sr.key(x) in L.AR_NEG
                                         for x in told_before):
            return first  # «ولم يلتق A ...» / «A لم يلتق ...»: the subject named
    return sr._prev_subject(exclude=exclude)  # «ولم يلتق خلال زيارته B»: the subject dropped


def contrast_clause_subject_en(sr: Any, host: Any) -> Any:
    """", while (whereas) C received (met) him" with the host *host* (module doc): the main
    clause's subject, else None (no clause of contrast)."""
    cue = title_start(host) - 1
    if cue - 1 <= sr.lo or sr.key(cue) not in _EN_CONTRAST or sr.toks[cue - 1].text != ",":
        return None
    first = _first_free_person(sr, cue, host.eid,
                               lambda m: m.poss or sr.key(title_start(m) - 1) in _EN_PREPS)
    start = title_start(first) if first is not None else cue
    if first is not None and not any(sr.key(x) in _EN_VERBS_OR_NEG for x in range(sr.lo, start)):
        return first  # "A did not meet B, while C received him": A
    he = next((x for x in range(sr.lo, start) if sr.key(x) in ("he", "she")), None)
    if he is not None:  # "He did not meet B, while C received him": whom "he" stands for
        ante = sr._he_at(he)
        return ante if ante is not None and ante.eid != host.eid else None
    return sr._prev_subject(exclude=host.eid)  # "Did not meet B, while C received him"


def _first_free_person(sr: Any, end: int, exclude: str, governed: Any) -> Any:
    """The first person named before *end* in the sentence, not *exclude* and not governed
    by a preposition (*governed*)."""
    people = [m for m in sr.args if m.etype == "Person" and m.hi <= end and m.eid != exclude
              and not governed(m)]
    return min(people, key=lambda m: m.lo) if people else None
