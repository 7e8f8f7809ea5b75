"""SUCCESSOR_OF, Arabic: "سبقه في المنصب Y" (Y preceded him in the post; session 55).

Biographies and Wikipedia-style profiles name the predecessor with the verb سبق and a pronoun:
"عباس عراقجي، وزير خارجية إيران، سبقه في المنصب علي باقري كني"، and the infobox line of an
Arabic Wikipedia page "سبقه علي باقري كني" (the line alone, right after the office lines).
"Him" is the person named before in the sentence, else the piece's subject
(``pronoun_topic.topic_antecedent``); he succeeded Y.

Only with the post after the verb ("في المنصب / في منصبه / في هذا المنصب") or as the infobox
line (the verb opens the sentence and Y closes it): "وصل X، وسبقه Y إلى القاهرة" (Y arrived
first) and "سبقه Y بأيام" are no succession.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import needs
from loaders.extract.pronoun_topic import topic_antecedent
from loaders.extract.rule_common import EMPTY, person_at
from loaders.extract.succession_words import _AR_POST_W

_AR_PRECEDED_HIM = L._ar("سبقه", "سبقها")
_AR_IN = L._ar("في")
_AR_THIS = L._ar("هذا", "ذلك")


def past_post_ar(sr: Any, x: int) -> int:
    """Where the name starts after "في المنصب / في منصبه / في هذا المنصب" at *x*; -1 when
    no post phrase is there."""
    if sr.key(x) not in _AR_IN:
        return -1
    if sr.f(x + 1) & _AR_POST_W:
        return x + 2
    if sr.key(x + 1) in _AR_THIS and sr.f(x + 2) & _AR_POST_W:
        return x + 3
    return -1


@needs((_AR_PRECEDED_HIM, EMPTY))
def preceded_him_ar(sr: Any) -> None:
    """Add X -> Y for "X ...، سبقه في المنصب Y" and the infobox line "سبقه Y" (module doc)."""
    for t in sr.triggers(_AR_PRECEDED_HIM, EMPTY):
        x = past_post_ar(sr, t + 1)
        infobox = x < 0 and all(sr.toks[y].punct for y in range(sr.lo, t))
        old = person_at(sr, x if x >= 0 else t + 1)
        if old is None:
            continue
        if infobox and not all(sr.toks[y].punct for y in range(old.hi, sr.hi)):
            continue  # "سبقه Y إلى القاهرة": arrived first
        if x < 0 and not infobox:
            continue
        new = sr.before(t, types=("Person",), maxgap=12)
        new_id = new.eid if new is not None else topic_antecedent(sr, t)
        if new_id is None or new_id == old.eid or sr.blocked(t):
            continue
        sr.add("SUCCESSOR_OF", new_id, old.eid, "preceded_him_ar")
