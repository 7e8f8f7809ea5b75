"""SUCCESSOR_OF, English: "X stepped in for Y as acting president" / "X, who stepped in for Y
as acting president after the crash, chaired ...": X succeeded Y (acting holders count).
An "as <post>" phrase must follow Y: "stepped in for Y at the summit" is a stand-in at an
event, no succession. Called from ``succession_tenure_end.tenure_end`` (cue words below)."""

from __future__ import annotations

from typing import Any

EN_STEPPED = frozenset({"stepped", "steps", "stepping"})
_EN_POSTISH = frozenset({"acting", "interim", "caretaker", "president", "premier", "minister",
                         "leader", "head", "chief", "speaker", "chairman", "commander",
                         "governor", "envoy", "director", "secretary", "emir", "king"})
_SO = "SUCCESSOR_OF"


def stepped_in_for_en(sr: Any) -> None:
    """The rule of the module docstring."""
    for t in sr.triggers(frozenset(), EN_STEPPED):
        if sr.key(t + 1) != "in" or sr.key(t + 2) != "for" or sr.blocked(t) or \
                sr._irrealis(t):
            continue
        old = sr.after(t + 3, types=("Person",), maxgap=2)
        if old is None or old.poss or sr.key(old.hi) != "as" or not any(
                sr.key(y) in _EN_POSTISH for y in range(old.hi + 1, min(sr.hi, old.hi + 4))):
            continue
        new = sr.subject_before(t, maxgap=6)
        if new is None or new.etype != "Person" or new.eid == old.eid:
            continue
        sr.add(_SO, new.eid, old.eid, "stepped_in_for_en")
