"""ASSASSINATED_BY, English: "X said Y had killed him" -- "him" is not the speaker X (session 25).

A speaker alive to report a killing is not its victim: "Defence Minister X said the army had
killed him", "Hezbollah mourned Z, and X said Israel had killed him" -> "him" is the person named
before the speaker (Z), nobody when there is none (``kill_clause_helpers._speaker_not_victim`` is the passive's
"X said (that) six people were killed"). Called by ``killing_rules_en`` on the object
of an active killing verb when it is the pronoun "him" / "her".
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from loaders.extract.kill_clause_helpers import _EN_SAID_VERBS
from loaders.extract.mention_core import Mention

_EN_SAY = _EN_SAID_VERBS | {"acknowledged", "insisted"}


def not_the_speaker(sr: Any, t: int, victim: Mention) -> Mention | None:
    """*victim* (a "him" after the killing verb at *t*) unless it stands for the speaker of the
    clause the verb is reported in; then the person named before the speaker, or None."""
    for m in sr.args:
        if m.hi > t or m.etype != "Person" or m.eid != victim.eid or m is victim:
            continue
        if sr.key(m.hi) in _EN_SAY or (sr.key(m.hi + 1) in _EN_SAY and
                                       sr.key(m.hi) in ("also", "later", "then", "has", "had")):
            eid = sr._antecedent(m.lo, exclude={victim.eid})
            return replace(victim, eid=eid) if eid is not None else None
    return victim
