"""MET_WITH (session 36): an Arabic companion named after the meeting he took part in.

"استقبل الرئيس X الموفد Y يرافقه السفير C، وجرى عرض ..." / "والتقى X Y معزّياً، يرافقه نائبه
C" / "واستمع X، وبرفقته C، من Z إلى شرح": the companion C came with one side of the meeting the
sentence has just told, so C met everyone of that meeting (the annotation brief pairs a
companion with both sides). Only after a meeting the rules read in this sentence (a tour or a
visit with a companion, "زار X ويرافقه C مركزاً", is no meeting), not a companion of a journey
told in a relative clause ("Y، الذي وصل إلى بغداد يرافقه C"); the aside between the verb and
the partner is ``meeting_companion_aside_ar``'s.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers

AR_ACCOMPANIED = L._ar("يرافقه", "ويرافقه", "يرافقها", "ويرافقها", "يرافقهما", "يرافقهم",
                       "ترافقه", "وترافقه", "برفقته", "وبرفقته", "برفقتها", "وبرفقتها",
                       "برفقتهما", "بصحبته", "وبصحبته")
register_triggers(AR_ACCOMPANIED, frozenset())
_AR_WHO = L._ar("الذي", "التي", "اللذين", "الذين", "اللذان")


def _companions(sr: Any, t: int) -> list[Any]:
    """The people named right after the companion word at *t* (past their titles)."""
    m = sr.after(t + 1, types=("Person",), maxgap=8)
    if m is None or any(sr.toks[z].punct for z in range(t + 1, m.lo)):
        return []
    return sr.chain(m, ("Person",))


def _in_relative(sr: Any, t: int) -> bool:
    """"Y، الذي وصل إلى بغداد يرافقه C": C came on Y's journey, told in a relative clause
    (the clause back to the last comma opens with الذي / التي)."""
    for y in range(t - 1, max(sr.lo, t - 14) - 1, -1):
        if sr.toks[y].text in ("،", ","):
            return False
        if sr.f(y) & _AR_WHO:
            return True
    return False


def companion_after_ar(sr: Any, n_met: int) -> None:
    """Pair each companion with everyone of the sentence's meeting (module doc); *n_met*:
    the number of relations the sentence had before its meeting rules ran."""
    met = [r for r in sr.out[n_met:] if r.type == "MET_WITH"]
    if not met:
        return
    party = list(dict.fromkeys(p for r in met for p in (r.source, r.target)))
    for t in sr.triggers(AR_ACCOMPANIED, frozenset()):
        if sr.blocked(t) or _in_relative(sr, t):
            continue
        for c in _companions(sr, t):
            for p in party:
                if p != c.eid:
                    sr.add("MET_WITH", c.eid, p, "companion_after_ar")
