"""MET_WITH: Arabic companions set off between commas after a meeting verb (session 26, meet26).

"X يصل إلى بيروت ويلتقي، برفقة C، A وB" read the person after the companion word as the
verb's subject (C met A) and lost X; "والتقى X، يرافقه C، Y" lost C-Y. The phrase is an aside: X (the
clause's subject, named before the verb) and his companions C are one party, the people after
the closing comma the partners: X-A, X-B, C-A, C-B and X-C, the convention of
``meeting_companions`` ("وصل X يرافقه A، والتقى الاثنان Y"). Not negated or planned.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.meeting_press import each_pair_met
from loaders.extract.rule_common import title_start

AR_IN_COMPANY = L._ar("برفقة", "وبرفقة", "بصحبة", "يرافقه", "ويرافقه", "ترافقه", "يرافقها",
                      "يرافقهما", "ويرافقهما")  # (the last two: meeting_toured_with_ar, s39)
register_triggers(AR_IN_COMPANY, frozenset())
_PREPS = {"ب", "ل", "مع", "في", "الي", "من", "عن"}
_COMMAS = ("،", ",")


def _subject_before(sr: Any, t: int) -> Any:
    """The first person of the sentence before the verb at *t* that no preposition governs."""
    return next((m for m in sr.args if m.hi <= t and m.etype == "Person" and
                 not sr.has_prep(m, _PREPS)), None)


def companion_aside_ar(sr: Any) -> None:
    """Add the pairs of "<meeting verb>، برفقة C، A وB" (module doc)."""
    for c in sr.triggers(AR_IN_COMPANY, frozenset()):
        if c - 2 < sr.lo or sr.toks[c - 1].text not in _COMMAS:
            continue
        t, subj = c - 2, None
        if not sr.f(t) & L.AR_MEET:  # "والتقى X، برفقة C، Y": X named after the verb
            subj = next((m for m in sr.args if m.hi == c - 1 and m.etype == "Person"), None)
            t = title_start(subj) - 1 if subj is not None else -1
            if t < sr.lo or not sr.f(t) & L.AR_MEET:
                continue
        close = next((x for x in range(c + 1, min(sr.hi, c + 16))
                      if sr.toks[x].text in _COMMAS or sr.toks[x].text == "."), -1)
        if close < 0 or sr.toks[close].text == ".":
            continue
        comp = [m for m in sr.args if c < m.lo < close and m.etype == "Person"]
        first = next((m for m in sr.args if m.lo > close), None)
        subj = subj or _subject_before(sr, t)
        if not comp or subj is None or first is None or first.etype != "Person" or \
                title_start(first) != close + 1 or sr.blocked(t, subj):
            continue
        objs = sr.chain(first, ("Person",))
        party = [subj] + comp
        each_pair_met(sr, party, "companion_aside_ar")
        for p in party:
            for o in objs:
                if o.eid != p.eid:
                    sr.add("MET_WITH", p.eid, o.eid, "companion_aside_ar")
