"""SUCCESSOR_OF, English: the predecessor named inside the appointee's apposition by "of"
(session 69, blind69c).

"The Taliban chose Hakimullah Mehsud, a young lieutenant of Baitullah Mehsud, to succeed him",
"Hamas chose Yahya Sinwar, a close ally of Ismail Haniyeh, to succeed him", "Hezbollah named
Naim Qassem, the deputy of Hassan Nasrallah, to succeed him": "him" is the one the apposition
relates the appointee to, as with the possessive ("X, Y's deputy, to succeed him", read by
``wire_succession_en._pronoun_predecessor``). Read when the apposition opens with a comma right
after the appointee, holds lower-case words only up to "of" (no other punctuation, no person
between), and closes with a comma right before "to replace / to succeed"."""

from __future__ import annotations

from typing import Any

from loaders.extract.rule_common import title_start
from loaders.extract.succession_nominated import nominated_to_succeed

_MAX_WORDS = 8  # words between the opening comma and "of"


def apposed_of_predecessor_en(sr: Any, verb: int, new: Any, t: int) -> Any:
    """The person Y of "K <verb> X, <words> of Y, to replace/succeed him" (module doc), X
    being *new* and *t* the pronoun; else None, also when K only nominated X ("has nominated
    X, the deputy of Y, to succeed him": the nomination word is further back than
    ``nominated_to_succeed`` looks by default)."""
    if new.hi >= t or sr.toks[new.hi].text != "," or sr.key(t - 2) != "to" or \
            sr.toks[t - 3].text != "," or nominated_to_succeed(sr, t - 1, span=t - verb + 1):
        return None
    old = next((m for m in sr.args if new.hi < m.lo and m.hi == t - 3), None)
    if old is None or old.etype != "Person" or old.eid == new.eid:
        return None
    of = title_start(old) - 1
    if sr.key(of) != "of" or not 1 <= of - new.hi - 1 <= _MAX_WORDS:
        return None
    if any(sr.toks[y].punct or sr.toks[y].cap or sr.mention_at.get(y) is not None
           for y in range(new.hi + 1, of)):
        return None  # ("X, head of the Y Council of Z,": a title of names, not "a deputy of")
    return old
