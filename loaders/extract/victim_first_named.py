"""Whom "his place" / «خلفاً له» stands for after a killing of several: the victim named first.

"Y was killed together with Z in a US strike. X was named chief of staff in his place" and
«اغتالت إسرائيل Y مع Z في الضاحية. وعيّن الحزب X خلفاً له»: of the victims the latest killing
sentence told, the one it names first (Y, the topic), not the companion the rules may have
added last (session 62)."""

from __future__ import annotations

from typing import Any


def first_named_victim(sr: Any, victims: list[tuple[int, str]]) -> str:
    """Of *victims* ((sentence, entity id), in the order the rules noted them), those of the
    latest sentence among them: the one that sentence names first."""
    si = victims[-1][0]
    eids = {e for s_, e in victims if s_ == si}
    first = min((m for m in sr.doc.by_sent.get(si, ()) if m.eid in eids),
                key=lambda m: m.lo, default=None)
    return first.eid if first is not None else victims[-1][1]
