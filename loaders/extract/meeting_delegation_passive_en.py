"""English host of a delegation named as the agent of a passive meeting verb.

"Syrian President X was visited / received by a Druze delegation headed by Sheikh Y": X met
the delegation, so X met its head Y (``meetings_en.delegations_en`` reads the members; this
module finds the host, the subject of "was visited by", which the active "X received a
delegation headed by Y" finds through the verb before the delegation; session 57).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.core_recall import passive_by
from loaders.extract.mention_base import Mention

_EN_PASSIVE_MEET = frozenset({"received", "visited", "hosted", "met", "welcomed", "greeted"})


def passive_host_en(sr: Any, lo: int) -> tuple[Mention, int] | None:
    """The subject of the passive meeting verb whose 'by' agent is the delegation phrase
    starting at *lo* ("X was visited on Tuesday by a delegation ..."), with the verb's
    position; else None."""
    by = lo - 1
    while by > sr.lo and (sr.key(by) in ("a", "an", "the") or sr.key(by) in L.NATIONALITY):
        by -= 1
    if sr.key(by) != "by":
        return None
    for t in range(by - 1, max(sr.lo, by - 9) - 1, -1):
        if sr.key(t) in _EN_PASSIVE_MEET and sr.mention_at.get(t) is None:
            if passive_by(sr, t) != by or not sr.passive_aux_before(t):
                return None
            if sr.key(t - 1) == "be" and sr.key(t - 2) == "to":
                return None  # "is to be received by": planned
            subj = sr.subject_before(t - 1, maxgap=12)
            return (subj, t) if subj is not None and subj.etype == "Person" else None
    return None
