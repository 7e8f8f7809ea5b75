"""Helpers shared by the extraction unit tests."""

from __future__ import annotations

from typing import Any

Triple = tuple[str, str, str]


def norm(trip: Triple) -> Triple:
    """A (type, source, target) triple with MET_WITH (symmetric) in canonical order."""
    typ, s, t = trip
    if typ == "MET_WITH" and t < s:
        s, t = t, s
    return (typ, s, t)


def rels(doc: dict[str, Any]) -> set[Triple]:
    """The relations of an extracted article as a set of canonical triples."""
    return {norm((r["type"], r["source"], r["target"])) for r in doc["relations"]}
