"""SUCCESSOR_OF in wire-style prose, the Arabic rules and the entry: "حل X محل Y"، "خلفاً
لـY"، "بدلاً من Y" after a death or removal (``successor_ar``; "take the place of" is
``wire_take_place``) and ``wire_successor``, which runs them with the English ones of
``wire_succession_en``."""

from __future__ import annotations

from typing import Any

from loaders.extract.rule_common import EMPTY
from loaders.extract.wire_cues import _AR_KHALAFAN, _AR_SUCC_TRIG
from loaders.extract.wire_succession_en import successor_en
from loaders.extract.wire_take_place import (
    _gone_person,
    took_place_of,
)


def successor_ar(sr: Any) -> list[tuple[str, str, int, str]]:
    """Arabic "حلّ (رسمياً) محلّ (سلفه) Y" (:func:`took_place_of`): the subject replaced Y;
    "بعد مقتل Y، عيّن K X خلفاً له": X succeeded Y (the pronoun: who died or was removed)."""
    out: list[tuple[str, str, int, str]] = []
    for t in sr.triggers(_AR_SUCC_TRIG, EMPTY):
        if sr.f(t) & _AR_KHALAFAN and sr.key(t + 1) in ("له", "لها", "منه", "منها"):
            old = _gone_person(sr, t)
            new = sr.before(t, types=("Person",), maxgap=4)
            if old is not None and new is not None and new.eid != old.eid and new.lo > old.lo:
                out.append((new.eid, old.eid, t, "khalafan_lahu_ar"))
            continue
        pair = took_place_of(sr, t)
        if pair is not None:
            out.append((*pair, t, "took_place_of"))
    return out


def wire_successor(sr: Any) -> None:
    """Add the successions of :func:`successor_en` / :func:`successor_ar` (not negated)."""
    ar = sr.toks[sr.lo].ar
    for new, old, t, rule in (successor_ar(sr) if ar else successor_en(sr)):
        if not sr.blocked(t):
            sr.add("SUCCESSOR_OF", new, old, rule)
