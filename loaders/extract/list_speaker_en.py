"""English: the source of a trailing attribution is no member of the list before it (session 61).

"Sisi held talks with Palestinian President Mahmoud Abbas, his spokesman Ahmed Fahmy said",
"Witkoff met Netanyahu, Israeli government spokesman David Mencer told reporters", "The king
received X, royal court spokesman Y added": the person joined by a bare comma and followed
right away by a verb of saying is the one who reports the sentence, not one more object of
its verb (``chains.ChainHelpers.chain`` stops before him). A list member joined by "and" is
still one ("X met A, B and C, officials said").
"""

from __future__ import annotations

from typing import Any

_EN_SAID = frozenset({"said", "says", "told", "added", "confirmed", "stated", "noted", "wrote",
                      "announced", "reported", "tweeted"})


def speaker_after_comma_en(sr: Any, gap_keys: list[str], nxt: Any) -> bool:
    """Is *nxt*, joined to the list by a bare comma (*gap_keys*), followed by a verb of
    saying ("..., his spokesman Z said")?"""
    return gap_keys == [","] and nxt.hi < sr.hi and not sr.toks[nxt.lo].ar and \
        sr.key(nxt.hi) in _EN_SAID
