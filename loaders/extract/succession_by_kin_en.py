"""SUCCESSOR_OF, English: the successor named after a kin phrase of the passive's "by" (session
67, blind67f): "King Abdullah died and was succeeded by his half-brother Salman bin
Abdulaziz", "Sultan Qaboos was succeeded by his younger half-brother Haitham bin Tariq", "the
emir was replaced by his step-son X". The passive reading (``succession_rules_en._succeeded_en``)
looks for the new holder within three tokens of "by"; a hyphenated kin word ("half-brother" is
three tokens) or a kin word with an adjective put him further. ``past_kin_phrase`` gives the
position after such a phrase, so the same short gap applies to the name itself. An in-law
("Mughniyeh was succeeded as military commander by his brother-in-law Mustafa Badreddine", "by
his son-in-law X") is five tokens: the phrase ends after "law" (session 69, blind69e).
"""

from __future__ import annotations

from typing import Any

_POSSESSIVE = frozenset({"his", "her", "their"})
_KIN = frozenset({"brother", "son", "nephew", "cousin", "uncle", "father", "grandson",
                  "sister", "daughter"})
_KIN_ADJ = frozenset({"eldest", "elder", "younger", "youngest", "older", "oldest", "only"})
_PREFIX = frozenset({"half", "step"})


def past_kin_phrase(sr: Any, x: int) -> int:
    """After "his [adjective] [half- / step-]<kin>[,]" at *x*, the position that follows it;
    *x* itself when no such phrase opens there."""
    if sr.key(x) not in _POSSESSIVE:
        return x
    y = x + 1
    if sr.key(y) in _KIN_ADJ:
        y += 1
    if sr.key(y) in _PREFIX and sr.key(y + 1) == "-":
        y += 2
    if sr.key(y) not in _KIN:
        return x
    if sr.key(y + 1) == "-" and sr.key(y + 2) == "in" and sr.key(y + 3) == "-" and \
            sr.key(y + 4) == "law":
        y += 4  # "his brother-in-law X": five tokens (session 69)
    return y + 2 if sr.key(y + 1) == "," else y + 1
