"""English: a successor noun followed by a hedge is a succession not yet made.

"Y's successor could be Z", "Y's successor has not been named", "Y's successor is expected to
be chosen by the council", "Y's successor remains unclear": no SUCCESSOR_OF is read from the
noun's later person (the successor rules otherwise pair "Y's successor" with the next person
named who leads what Y led). "Y's successor, Z, ..." and "Z became Y's successor" are untouched.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

# a modal, a negation or a word of doubt within the few words after the noun
_EN_HEDGES = L._en("could", "may", "might", "would", "not", "yet", "expected", "likely",
                   "unlikely", "possible", "possibly", "probably", "unclear", "undecided",
                   "unknown", "uncertain", "speculation", "tipped", "rumoured", "rumored")


def successor_unsettled_en(sr: Any, t: int) -> bool:
    """True when a hedge follows the successor noun at *t* within four words of its clause."""
    for y in range(t + 1, min(t + 5, sr.hi)):
        if sr.toks[y].punct:
            return False
        if sr.key(y) in _EN_HEDGES or sr.key(y) == "n't":
            return True
    return False
