"""MET_WITH (Arabic): more objects of a visitor's meeting after "، ثم".

"زار X الرياض، والتقى ولي العهد A، ثم وزير الدفاع B": the visitor X met A and B (not A-B).
``meeting_visitor._continued_ar`` reads the subjectless "والتقى A" after the visit; its list of
partners goes on past "، ثم (title) B" as ``meetings_ar._then_list`` reads it for a verb with
a subject of its own ("التقى X A في مكتبه، ثم B"). Not "ثم التقى B" / "ثم زارها B" (a clause of
its own).
"""

from __future__ import annotations

from typing import Any


def then_list_ar(sr: Any, first: Any) -> list[Any]:
    """*first*, its list, and the people added after it by "، ثم (title) Y"."""
    from loaders.extract.meetings_ar import _then_list  # (meetings_ar imports the visitor pass)

    return _then_list(sr, first)
