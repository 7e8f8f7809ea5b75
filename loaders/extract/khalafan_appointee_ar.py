"""SUCCESSOR_OF, Arabic (session 62): the one appointed "خلفاً لـY", past the head of the body
he joins and past a relative clause told in between.

"عيّنت القيادة X وزيراً للخارجية في حكومة تصريف الأعمال برئاسة B، خلفاً لـY" / "عُيّن X
سفيراً في البعثة برئاسة B خلفاً لـY": B, named after «برئاسة», heads the body the post belongs
to; the appointee X, named before him, succeeded Y. "... برئاسة B، الذي خلف C، وذلك خلفاً لـY":
C is named inside a relative clause closed before the cue (and «وذلك» goes back to the main
clause): neither C nor B, but X. Read only when a person stands before them in the clause;
else the nearest person stays. Called from ``succession_rules_ar`` (khalafan_ar).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start

_AR_CHAIRED_BY = L._ar("برئاسة", "برئاسه", "وبرئاسة")
_MAX_STEPS = 3
_REACH = 25


def _skipped(sr: Any, m: Any, t: int) -> bool:
    """Is *m* the head of a body after «برئاسة», or named inside a relative clause closed
    before the cue at *t*?"""
    return sr.key(title_start(m) - 1) in _AR_CHAIRED_BY or sr._in_closed_relative(m, t)


def appointee_before_ar(sr: Any, t: int, new: Any) -> Any:
    """The successor of "خلفاً لـY" at *t*: *new* (the nearest free person before), or the
    person before him when *new* heads the body after «برئاسة» or stands in a closed relative
    clause (module doc)."""
    cur = new
    for _ in range(_MAX_STEPS):
        if cur is None or not _skipped(sr, cur, t):
            return cur if cur is not None else new
        cur = sr._free_person_before(title_start(cur), maxgap=_REACH)
    return new
