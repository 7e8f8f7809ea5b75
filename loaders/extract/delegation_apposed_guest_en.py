"""The guest before "and the accompanying delegation" past his apposition (English, session 65).

"His Majesty received His Highness X, Crown Prince of Abu Dhabi and Deputy Supreme Commander
of the UAE Armed Forces, and the accompanying delegation, which included Y" / "received X, who
arrived in Baghdad in the morning, and his accompanying delegation, which included Y": the
delegation is X's, and the verb before X is the meeting's (``meetings_en``'s delegation rule
reads "received X and his delegation, which included Y" with nothing between). The apposition
is a title (capitalised words, "of", "and", "the", "for", "to") or a clause opened by "who",
closed by a comma, with no person named in it and no sentence stop.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.rule_common import title_start

_SPAN = 20  # tokens of an apposition at most
_TITLE_WORDS = frozenset({",", "and", "of", "the", "for", "to"})


def apposed_guest_en(sr: Any, comma: int) -> Any:
    """The person whose apposition ends at the comma at *comma* (module doc), else None."""
    if sr.toks[comma].text != ",":
        return None
    guest = None  # the last person named before the comma: none is named in the apposition
    for m in sr.args:
        if m.hi > comma:
            break
        if m.etype == "Person":
            guest = m
    if guest is None or guest.hi >= comma or sr.toks[guest.hi].text != "," or \
            comma - guest.hi > _SPAN:
        return None
    inner = range(guest.hi + 1, comma)
    if any(sr.toks[y].text in (".", ";", ":") for y in inner):
        return None
    if sr.key(guest.hi + 1) == "who":
        return guest
    if all(sr.key(y) in _TITLE_WORDS or sr.toks[y].text[:1].isupper() or
           sr.toks[y].text == "-" for y in inner):
        return guest if title_start(guest) >= sr.lo else None
    return None
