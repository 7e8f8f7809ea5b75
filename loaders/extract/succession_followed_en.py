"""SUCCESSOR_OF, English: "Y was followed by X as <post>" (profiles and timelines).

Reads "Marek Kowal was followed by Pawel Zielinski as party leader in 2020" and "Y was
followed in office by X": X succeeded Y. The post ("as <role>", "in office / in the post")
must be told; "Y was followed by X into the room" gives nothing.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import EMPTY
from loaders.extract.succession_words import _EN_POST, _SO, EN_ROLE

_EN_FOLLOWED = frozenset({"followed"})
_EN_BE = frozenset({"was", "were", "is", "been"})
_EN_DET = frozenset({"the", "his", "her", "that", "this"})
_ROLE = EN_ROLE | _EN_POST | frozenset({"governor", "speaker", "chairman", "chair", "envoy",
                                        "chancellor", "ambassador", "emir", "king"})
CUES = frozenset({_EN_FOLLOWED})


def _post_phrase(sr: Any, x: int) -> bool:
    """"as (party / acting) <role>" or "in (the) office / post" at *x*."""
    if sr.key(x) == "as":
        return any(sr.key(y) in _ROLE for y in range(x + 1, min(sr.hi, x + 5)))
    if sr.key(x) == "in":
        y = x + 1 + (sr.key(x + 1) in _EN_DET)
        return sr.key(y) in _EN_POST
    return False


def followed_by_en(sr: Any) -> None:
    """"Y was followed (in office) by X (as <post>)": X succeeded Y."""
    for t in sr.triggers(EMPTY, _EN_FOLLOWED):
        if sr.key(t - 1) not in _EN_BE:
            continue
        post = _post_phrase(sr, t + 1)
        by = next((y for y in range(t + 1, min(sr.hi, t + 5)) if sr.key(y) == "by" or
                   sr.toks[y].punct), None)
        if by is None or sr.key(by) != "by":
            continue
        new = sr.after(by + 1, types=("Person",), maxgap=3)
        if new is None:
            continue
        if not post and not _post_phrase(sr, new.hi):
            continue
        old = sr.subject_before(t - 1, maxgap=25)
        if old is None or old.etype != "Person" or old.eid == new.eid:
            continue
        if sr.blocked(t, new) or sr._irrealis(t):
            continue
        sr.add(_SO, new.eid, old.eid, "followed_by_en")


register_triggers(EMPTY, _EN_FOLLOWED)
