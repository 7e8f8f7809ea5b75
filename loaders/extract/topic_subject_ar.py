"""The topic of «أما X، فـ...» as the subject of the verb after it (session 56, long56).

Long Arabic analyses switch their topic with «أما»: "أما سلام، فقد زار السعودية حيث استقبله
ولي العهد Y" -- the person after «أما» is the subject of «زار», so the pronoun of «استقبله»
means him, not the visitor of the previous sentence. ``amma_topic_ar`` returns the person
named right after «أما / وأما» when only a comma and «فقد / قد» stand between him and the
verb at *x*; it is called where a verb's subject is looked for before the verb
(``context_speakers.arrival_subject_ar``).
"""

from __future__ import annotations

from typing import Any

from . import lexicon as L
from .rule_common import title_start

_AMMA = L._ar("أما", "وأما")
# what may stand between the topic and its verb: the comma and the particle
_GAP = frozenset({"،", ",", "فقد", "قد", "ف"})


def amma_topic_ar(sr: Any, x: int) -> Any:
    """The person X of "أما X، فقد <verb at x>" (a Person mention), else None."""
    y = x - 1
    while y > sr.lo and (sr.toks[y].text in _GAP or sr.key(y) in _GAP):
        y -= 1
    if y == x - 1:
        return None
    m = next((a for a in sr.args if a.hi == y + 1 and a.etype == "Person"), None)
    return m if m is not None and sr.key(title_start(m) - 1) in _AMMA else None
