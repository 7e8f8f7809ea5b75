"""Arabic: the name of an airport told between a reception and its host (session 66).

"وكان في استقباله بمطار تونس قرطاج الدولي الرئيس X" / "في استقباله بمطار هواري بومدين الدولي
الرئيس X": the airport's name, a few words closed by "الدولي" (or "العسكري"), is a place, not
the host; a person's name inside it (Houari Boumediene, Rafic Hariri) is the airport's, not a
receiver. Used by ``meetings_ar._late_subject`` (the host named after "في استقباله").
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

_AR_AIRPORT = L._ar("مطار", "بمطار", "المطار", "لمطار")
_AR_AIRPORT_CLOSE = L._ar("الدولي", "العسكري", "الرئاسي")
_MAX_NAME = 4  # words of the airport's name


def past_airport_name_ar(sr: Any, x: int) -> int | None:
    """The position after "مطار <name> الدولي" when the airport noun stands at *x* and its name
    (at most four words, no punctuation) closes with "الدولي"; None otherwise."""
    if not sr.f(x) & _AR_AIRPORT:
        return None
    for y in range(x + 1, min(sr.hi, x + 2 + _MAX_NAME)):
        if sr.toks[y].punct:
            return None
        if sr.f(y) & _AR_AIRPORT_CLOSE:
            return y + 1 if y > x + 1 else None
    return None
