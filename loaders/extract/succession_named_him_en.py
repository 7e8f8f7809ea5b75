"""SUCCESSOR_OF, English (session 71): "Y named him (as) his successor" -- the "him" named.

"Haitham was sworn in after the letter in which the late Sultan Qaboos named him as his
successor was opened" / "X, whom King Y had named him his heir ...": the appointing verb has a
pronoun object, so its subject Y (the person right before the verb) is the one succeeded and
the person "him / her" stands for (the nearest one named before Y, in this sentence or an
earlier one) is the successor. Read only when "him / her" follows the verb and nothing but
"as" stands between it and "his / her successor"; the rest is left to ``succession_rules_en``.
"""

from __future__ import annotations

from typing import Any

_EN_HIM = frozenset({"him", "her"})


def named_him_successor_en(sr: Any, verb: int, t: int) -> tuple[str, str] | None:
    """(successor id, predecessor id) for "<Y> <verb> him (as) his <successor at t>", else None."""
    if sr.key(verb + 1) not in _EN_HIM or not (
            verb + 3 == t or (verb + 4 == t and sr.key(verb + 2) == "as")):
        return None
    namer = sr.before(verb, types=("Person",), maxgap=1)
    if namer is None or namer.poss or namer.kind == "pron":
        return None
    succ = sr._antecedent(namer.tlo if 0 <= namer.tlo < namer.lo else namer.lo,
                          exclude={namer.eid})
    if succ is None:
        return None
    return succ, namer.eid
