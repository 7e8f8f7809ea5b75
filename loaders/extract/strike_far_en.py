"""ASSASSINATED_BY, English: the strike verb far before ", killing X".

"An Israeli drone struck a car on the Tyre-Naqoura coastal road near the town of Mansouri in
southern Lebanon on Tuesday, killing X", "Iran struck a building in Erbil, the capital of Iraq's
semi-autonomous Kurdistan region, with ballistic missiles, killing X": the strike verb stands
more than 14 tokens before the participle, past place and time adjuncts.
``wire_kill_rules.strike_agent_before`` looks 14 tokens back, as a verb further off mostly heads
another clause ("Israel struck Gaza and Hamas fired rockets, killing X"); this module reaches
further only over one clause: no word that opens another one (and, which, who, after, said ...),
no semicolon and no person between the verb and the participle."""

from __future__ import annotations

from typing import Any

# words that open another clause between a far strike verb and ", killing"
_EN_OTHER_CLAUSE = frozenset({"who", "which", "that", "after", "before", "when", "while",
                              "as", "where", "whom", "whose", "because", "since", "and",
                              "but", "said", "says", "told", "saying", "killing", "killed",
                              "wounding", "injuring", "then", "amid"})
FAR_REACH = 32  # tokens back from the participle (a sentence's adjuncts, not the one before)


def far_strike_verb(sr: Any, t: int, near: int, verbs: frozenset[str]) -> int | None:
    """The strike verb (a key of *verbs*) more than *near* and at most ``FAR_REACH`` tokens
    before the participle at *t*, when every token between them belongs to its clause; None
    when another clause, a semicolon or a person stands between."""
    for x in range(t - 2, max(sr.lo, t - FAR_REACH) - 1, -1):
        tk = sr.toks[x]
        if tk.key in verbs:
            return x if t - x > near else None
        if tk.key in _EN_OTHER_CLAUSE or tk.text in (";", ":", "(", ")") or tk.ar:
            return None
        m = sr.mention_at.get(x)
        if m is not None and m.etype == "Person":
            return None
    return None
