"""English: the predecessor told in the main clause before a subordinate "after he was
killed" (session 51). The one who died is the one replaced: "X was replaced by Y after he
was killed" (X, the passive's subject), "Y replaced / succeeded X after he was killed" (X,
the object), whoever is named nearer the pronoun."""

from __future__ import annotations

from typing import Any

_REPLACE = frozenset({"replaced", "succeeded"})
_PASSIVE_AUX = frozenset({"was", "were", "been", "is"})


def predecessor_before_en(sr: Any, sub: int) -> Any:
    """The person replaced in the clause before the subordinator at *sub*, else None."""
    verb = next((y for y in range(sub - 1, sr.lo, -1) if sr.key(y) in _REPLACE), None)
    if verb is None:
        return None
    if sr.key(verb - 1) in _PASSIVE_AUX:
        m = sr.subject_before(verb - 1, maxgap=12)  # "X was replaced (as ...) by Y"
    else:
        m = sr.after(verb + 1, types=("Person",), maxgap=2)  # "Y replaced X"
        if m is not None and m.lo >= sub:
            m = None
    return m if m is not None and m.etype == "Person" else None
