"""The meeting noun of "X chaired an emergency meeting of the Ministerial Council for National
Security, attended by A, B and C" / "chaired a meeting of the national emergency committee
attended by A and B" (session 39, meeten): the body the meeting is of stands between the noun
and "attended by", too far for ``core_recall_meetings.attended_meeting``'s four-token look back.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

_MAX_BODY = 12


def meeting_of_body_en(sr: Any, x: int) -> int | None:
    """The position of the meeting noun before "of (the) <body>" that ends right before
    "attended" at *x* (one comma allowed there), else None: only capitalised and lower-case
    words between, no other punctuation, no person."""
    y = x - 1
    if sr.key(y) == ",":
        y -= 1
    for z in range(y, max(sr.lo, y - _MAX_BODY) - 1, -1):
        tk = sr.toks[z]
        m = sr.mention_at.get(z)
        if tk.punct or (m is not None and m.etype == "Person"):
            return None
        if sr.key(z) == "of" and z - 1 >= sr.lo and sr.key(z - 1) in L.EN_MEET_NOUNS:
            return z - 1
        if not (tk.cap or tk.key.isalpha()):
            return None
    return None
