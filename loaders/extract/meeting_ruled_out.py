"""MET_WITH: a meeting someone rules out is no meeting (session 27).

"Pezeshkian ruled out any meeting with US envoy Steve Witkoff" / "استبعد X أي لقاء مع Y": the
meeting noun after "ruled out" / "استبعد" names a meeting that did not happen, so the pairs with
the people named after it, in its clause, are dropped. (A plain negation, "did not meet", is
``modality.negated``; a denial, ``meeting_denied``.)

Called by ``meeting_checks.unmet_partners`` on a sentence holding one of the verbs
(``CUE_SETS``).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers

_EN_RULE = L._en("ruled", "rules", "rule", "ruling", "excluded", "excludes", "excluding")
_AR_RULE = L._ar("استبعد", "يستبعد", "استبعدت", "تستبعد", "مستبعدا")
# the meeting nouns that may follow (after "any", "a", "direct" ...)
_EN_MEETING = L._en("meeting", "meetings", "talks", "meet", "summit", "encounter", "contact",
                    "contacts", "negotiations")
_AR_MEETING = L._ar("لقاء", "اللقاء", "لقاءات", "اجتماع", "الاجتماع", "اجتماعات", "محادثات",
                    "مفاوضات", "مباحثات", "قمة")
_CLAUSE_END = frozenset({",", ";", ".", "،", "؛", "but", "لكن", "ولكن"})

register_triggers(_AR_RULE, _EN_RULE)
CUE_SETS = frozenset({_AR_RULE, _EN_RULE})


def _meeting_after(sr: Any, t: int) -> int:
    """The position of a meeting noun within four words after the verb at *t* ("ruled out
    any direct meeting"; eight in Arabic, whose subject may come between: "استبعد الرئيس X
    أي لقاء"), else -1; English "rule(d)" needs "out"."""
    y = t + 1
    if not sr.toks[t].ar and sr.key(t).startswith("rul"):
        if sr.key(y) != "out":
            return -1
        y += 1
    ar = sr.toks[t].ar
    words = _AR_MEETING if ar else _EN_MEETING
    for x in range(y, min(sr.hi, y + (8 if ar else 4))):
        if sr.key(x) in _CLAUSE_END:
            return -1
        if sr.key(x) in words or (ar and sr.f(x) & _AR_MEETING):
            return x
    return -1


def ruled_out_meetings(sr: Any) -> None:
    """Drop this sentence's MET_WITH pairs with someone named after a ruled-out meeting, in
    its clause (module doc)."""
    for t in sr.triggers(_AR_RULE, _EN_RULE):
        x = _meeting_after(sr, t)
        if x < 0:
            continue
        end = next((y for y in range(x + 1, sr.hi) if sr.key(y) in _CLAUSE_END and
                    not (y + 1 < sr.hi and (y + 1) in sr.mention_at)), sr.hi)
        after = {m.eid for m in sr.args if x < m.lo < end}
        if after:
            sr.out[:] = [r for r in sr.out if not (
                r.type == "MET_WITH" and r.sent == sr.si and
                (r.source in after or r.target in after))]
