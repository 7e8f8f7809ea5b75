"""SUCCESSOR_OF, English: "X (, a long apposition,) was elected by K to succeed Y" (session 38).

The one chosen is the subject of the passive before "by", not K, and may stand far from the
infinitive when an apposition follows his name ("Naim Kassem, 71, for three decades deputy to
the late secretary-general, was elected by the party's Shura Council to succeed Y"): the
nearest person before "to succeed" was too far for ``succession_rules_en._succeeded_en``, and
K (a council) is no person.

``appointer_subject_en`` (session 58): "X was named commander of the Quds Force by Supreme
Leader K on January 3, hours after his predecessor, Y, was killed": "his" is X's, the one
named, not K's, the agent of the passive next to the possessive.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.rule_common import EN_PASSIVE_AUX, title_start

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


_AGENT_SPAN = 12  # tokens from the passive participle to "by"


def appointer_subject_en(sr: Any, m: Any) -> Any:
    """For a person *m* who is the agent of "X was named / appointed (P) by m", X (a
    person, not possessive), else None."""
    by = title_start(m) - 1
    if by < sr.lo or sr.key(by) != "by":
        return None
    for v in range(by - 1, max(sr.lo, by - _AGENT_SPAN) - 1, -1):
        tk = sr.toks[v]
        if tk.punct and tk.text not in ("'", "\u2019"):
            return None
        if sr.key(v) in _EN_CHOSEN and sr.key(v - 1) in EN_PASSIVE_AUX:
            x = sr.subject_before(v - 1, maxgap=25)
            return x if x is not None and x.etype == "Person" and not x.poss and \
                x.eid != m.eid else None
    return None
