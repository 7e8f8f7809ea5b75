"""SUCCESSOR_OF: a post taken that ends the predecessor's tenure, or that passes to the taker.

Reads "X was elected speaker on Thursday, ending Y's ten-year tenure" / "Parliament elected X
speaker, ending Y's rule" and "آلت الرئاسة إلى X بعد وفاة Y" / "وانتقلت قيادة الحزب إلى X
إثر استقالة Y": X succeeded Y. Nothing without a taking verb ("Protests ended Y's rule"), nor
for a prospect or a plan (the modality checks of the sentence).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import EMPTY, title_start
from loaders.extract.succession_after_death import _AR_POST_TAKEN
from loaders.extract.succession_clause_words import gone_ar
from loaders.extract.succession_followed_en import CUES as FOLLOWED_CUES
from loaders.extract.succession_followed_en import followed_by_en
from loaders.extract.succession_passed_on import EN_PASSED, passed_on_ar, passed_on_en
from loaders.extract.succession_words import _AR_AFTER, _SO

_EN_ENDING = frozenset({"ending", "ended", "ends"})
_EN_TENURE = frozenset({"tenure", "rule", "reign", "term", "era", "stint", "presidency",
                        "premiership", "leadership", "time", "spell", "mandate"})
_EN_TAKING = L.EN_APPOINT | frozenset({"sworn", "designated", "confirmed", "picked"})
_AR_PASSED = L._ar("آلت", "الت", "وآلت", "والت", "انتقلت", "وانتقلت", "اوكلت", "أوكلت",
                   "وأوكلت", "واوكلت")
CUES = frozenset({_EN_ENDING, _AR_PASSED, EN_PASSED}) | FOLLOWED_CUES


def _tenure_owner_en(sr: Any, t: int) -> Any:
    """After "ending" at *t*: the person of "Y's (ten-year / decade-long) tenure"."""
    m = sr.after(t + 1, types=("Person",), maxgap=2)
    if m is None or not m.poss or title_start(m) > t + 2:
        return None
    for y in range(m.hi, min(sr.hi, m.hi + 4)):
        if sr.key(y) in _EN_TENURE:
            return m
        if sr.toks[y].punct and sr.toks[y].text != "-":
            return None
    return None


def ending_tenure_en(sr: Any) -> None:
    """"X was elected speaker, ending Y's ten-year tenure": X succeeded Y."""
    for t in sr.triggers(EMPTY, _EN_ENDING):
        if sr.toks[t - 1].text != ",":
            continue
        old = _tenure_owner_en(sr, t)
        if old is None:
            continue
        verb = next((x for x in range(t - 2, max(sr.lo, t - 16) - 1, -1)
                     if sr.key(x) in _EN_TAKING), None)
        if verb is None:
            continue
        if sr.key(verb - 1) in ("was", "were", "is", "has", "had", "been"):
            new = sr.before(verb, types=("Person",), maxgap=3)
        else:
            new = sr.after(verb + 1, types=("Person",), maxgap=2) if sr.key(verb) in (
                "elected", "appointed", "named", "chose", "picked") and sr.before(
                verb, types=("Person",), maxgap=3) is None else None
            new = new or sr.before(verb, types=("Person",), maxgap=3)
        if new is None or new.eid == old.eid or new.hi > t:
            continue
        if sr.blocked(verb, new) or sr._irrealis(verb):
            continue
        sr.add(_SO, new.eid, old.eid, "ending_tenure_en")


def passed_to_ar(sr: Any) -> None:
    """"آلت الرئاسة إلى X بعد وفاة Y" / "وانتقلت القيادة إلى X إثر استقالة Y": X succeeded Y
    (a post noun after the verb, a death or removal after "بعد / إثر")."""
    for t in sr.triggers(_AR_PASSED, EMPTY):
        x = t + 1
        if not sr.f(x) & _AR_POST_TAKEN:
            continue
        to = next((y for y in range(x + 1, min(sr.hi, x + 6)) if sr.key(y) in L.AR_TO or
                   sr.toks[y].key in L.AR_TO), None)
        if to is None:
            continue
        new = sr.after(to + 1, types=("Person",), maxgap=2)
        if new is None:
            continue
        aft = next((y for y in range(new.hi, min(sr.hi, new.hi + 4)) if sr.f(y) & _AR_AFTER),
                   None)
        old = gone_ar(sr, aft) if aft is not None else None
        if old is None:
            passed_on_ar(sr, t, to, new)  # "آلت القيادة إلى X خلفاً له" (succession_passed_on)
            continue
        if old.eid == new.eid:
            continue
        if sr.blocked(t, new) or sr._irrealis(t):
            continue
        sr.add(_SO, new.eid, old.eid, "passed_to_ar")


def tenure_end(sr: Any) -> None:
    """Run the rules of this module and "was followed by X as <post>" (behind ``CUES``)."""
    if sr.toks[sr.lo].ar:
        passed_to_ar(sr)
    else:
        ending_tenure_en(sr)
        followed_by_en(sr)
        if EN_PASSED in sr.present_sets:
            passed_on_en(sr)  # "Leadership then passed to his brother, X" (succession_passed_on)


register_triggers(EMPTY, _EN_ENDING)
register_triggers(_AR_PASSED, EMPTY)
register_triggers(EMPTY, EN_PASSED)
