"""Handing a person's mentions over to another person when every one of them reads as that
person (the last step of ``guarded_alias_before`` and ``styled_short_name``, after all
sentences are read; session 69's review).

Each of those passes reads, mention by mention, whom a short form names ("وأبو قصرة" ->
Murhaf Abu Qasra named in full later; "King Abdullah" -> "King Abdullah bin Abdulaziz" of the
same article); a person is handed over only when all his read mentions name the same one
other person (two readings of one person: he keeps his mentions)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from loaders.extract.mention_core import Mention
    from loaders.extract.mentions import Doc


def hand_over_people(doc: Doc, readings: Iterable[tuple[Mention, str | None]],
                     ments: Iterable[Mention]) -> None:
    """*readings*: (mention, the person it names instead, None: no other). Every mention in
    *ments* of a person whose read mentions all name one and the same other person now names
    that person; ``doc.mentions_changed()`` when any did."""
    target: dict[str, str | None] = {}  # person -> the one he is, None: keep him
    for m, got in readings:
        if m.eid in target and target[m.eid] != got:
            got = None  # (two readings of one person: keep him)
        target[m.eid] = got
    changed = False
    for m in ments:
        eid = target.get(m.eid)
        if eid is not None:
            m.eid = eid
            changed = True
    if changed:
        doc.mentions_changed()
