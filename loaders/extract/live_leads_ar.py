"""Arabic sentences that open with a time stamp, a date in figures, a bullet or a dash
(session 24, meetargs): "14:35 - خلال تعليق الجلسة، التقى ..."، "• 2025: اجتمع ..."، "- في
الدوحة، اجتمع ...". The rules tell an Arabic sentence by its first token
(``sr.toks[sr.lo].ar``): with a figure or a mark first, such a live-blog or timeline line was
read by the English rules and skipped by the Arabic ones. :func:`arabic_leads` marks those
leading tokens Arabic when the first word after them is Arabic (an English line,
"14:35 - Hochstein arrives", is left as it is)."""

from __future__ import annotations

from typing import Any

_LEAD_MAX = 8  # tokens of a stamp: "18 أغسطس - 11:25 :" has its month word, Arabic


def arabic_leads(toks: list[Any], sents: list[Any]) -> None:
    """Mark Arabic the figures and marks that open a sentence whose first word is Arabic."""
    for s in sents:
        first = toks[s.lo] if s.lo < s.hi else None
        if first is None or first.ar or first.cap or not (first.punct or first.key[:1].isdigit()):
            continue
        x = s.lo
        while x < min(s.hi, s.lo + _LEAD_MAX) and not toks[x].ar and (
                toks[x].punct or toks[x].key[:1].isdigit()):
            x += 1
        if x < s.hi and toks[x].ar:
            for y in range(s.lo, x):
                toks[y].ar = True
