"""SUCCESSOR_OF, English: "X (, a long apposition,) was elected by K to succeed Y" (session 38).

The one chosen is the subject of the passive before "by", not K, and may stand far from the
infinitive when an apposition follows his name ("Naim Kassem, 71, for three decades deputy to
the late secretary-general, was elected by the party's Shura Council to succeed Y"): the
nearest person before "to succeed" was too far for ``succession_rules_en._succeeded_en``, and
K (a council) is no person.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.rule_common import EN_PASSIVE_AUX

_EN_CHOSEN = frozenset({"elected", "named", "appointed", "chosen", "picked", "selected",
                        "tapped", "designated", "nominated", "installed", "confirmed"})
_SPAN = 10  # tokens from "by" to the infinitive's "to"


def passive_by_subject_en(sr: Any, to: int) -> Any:
    """For "to" at *to* before "succeed / replace": the subject X of "X was elected by K
    (in January) to ...", a person; None without such a passive agent phrase."""
    for x in range(to - 1, max(sr.lo, to - _SPAN) - 1, -1):
        if sr.toks[x].punct:
            return None
        if sr.key(x) != "by":
            continue
        v = x - 1
        if sr.key(v) not in _EN_CHOSEN or sr.key(v - 1) not in EN_PASSIVE_AUX:
            return None
        m = sr.subject_before(v - 1, maxgap=25)
        return m if m is not None and m.etype == "Person" and not m.poss else None
    return None
