"""The head of an Arabic apposition closed by a comma: "X، قائد القوات البرية، خلف Y" (the
person right before the comma that opens the apposition). Shared by ``succession_rules_ar``
(the subject of "خلف") and ``succession_checks`` ("X، وزير الدفاع، الذي كان K قد عيّنه";
session 69, moved here from ``succession_helpers``)."""

from __future__ import annotations

from typing import Any


def comma_apposed_head_ar(sr: Any, c: int) -> Any:
    """"X، قائد القوات البرية، خلف Y": the person right before the comma that opens the
    apposition closed by the comma at *c* (no verb-like word, no other person inside)."""
    for y in range(c - 1, max(sr.lo, c - 9) - 1, -1):
        if sr.toks[y].text in ("،", ","):
            head = sr.before(y, types=("Person",), maxgap=0)
            if head is None or head.hi != y or y == c - 1:
                return None
            inside = [m for m in sr.args if y < m.lo < c and m.etype == "Person"]
            return None if inside else head
        if sr.toks[y].punct:
            return None
    return None
