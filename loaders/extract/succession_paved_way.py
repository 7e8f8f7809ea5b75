"""SUCCESSOR_OF: a loss that "paved the way" for the next holder, an appointment that
"follows" a loss (session 55).

"Y's resignation paved the way for X to become prime minister", "The death of Y cleared the
way for X to take over", "Y resigned, paving the way for X to succeed him" / "مهّدت استقالة Y
الطريق أمام X لتولي رئاسة الحكومة", "فتحت وفاة Y المجال أمام X ليصبح رئيساً": X succeeded Y.

Read only when the clause names Y's loss (resignation, death, killing, ouster ... as a noun
before the verb or a verb of leaving before ", paving") and X takes a post after it ("to
become <post>", "to take over / office / the helm", "to succeed / replace him", "X's
appointment / election"; «لتولي / ليتولى / ليصبح / لخلافته / لرئاسة»). Not read: "Y's visit
paved the way for X to become PM" (no loss), "Y's death paved the way for X to visit" (no
post), "could pave the way for X to ..." (``_irrealis``).

English nouns of an appointment before "follows / comes after" a loss (:func:`follows_loss_en`):
"X's appointment (as acting president) follows the death of Y", "The election of X comes after
Y's resignation" (the Arabic "يأتي تعيين X بعد وفاة Y" is ``succession_rules_ar``'s). Not read:
"X's visit follows the death of Y" (no appointment).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.core_recall_succession import _AR_GONE_BEFORE, _EN_POST_WORDS
from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import EMPTY
from loaders.extract.succession_words import _SO

_EN_WAY = frozenset({"way"})
_AR_WAY = L._ar("الطريق", "المجال")
_EN_PAVE = frozenset({"paved", "paves", "pave", "paving", "cleared", "clears", "clearing",
                      "opened", "opens", "opening"})
_AR_PAVE = L._ar("مهد", "ومهد", "مهدت", "ومهدت", "يمهد", "تمهد", "فتح", "وفتح", "فتحت",
                 "وفتحت", "يفتح", "تفتح", "أفسح", "وأفسح", "أفسحت", "وأفسحت", "افسح", "افسحت")
_AR_BEFORE = L._ar("أمام", "امام")
# the loss: a noun ("Y's resignation", "the death of Y") or a verb before ", paving the way"
_EN_LOSS_NOUNS = frozenset({"resignation", "death", "killing", "assassination", "ouster",
                            "removal", "departure", "dismissal", "sacking", "exit", "retirement",
                            "impeachment", "abdication", "passing"})
_EN_LOSS_VERBS = frozenset({"resigned", "quit", "died", "retired", "abdicated", "killed",
                            "assassinated", "ousted", "removed", "dismissed", "sacked",
                            "impeached", "stepped"})
_AR_LOSS = _AR_GONE_BEFORE | L._ar("تنحي", "تنحى", "وتنحى", "وفاته", "رحيله", "عزله")
# X takes a post: "X to become P / to take over / to succeed him", "X's appointment"
_EN_TAKE_NEXT = frozenset({"take", "assume", "succeed", "replace", "lead", "head"})
_EN_BE_NAMED = frozenset({"named", "appointed", "elected", "sworn", "confirmed", "chosen",
                          "installed"})
_EN_TAKE_OBJ = frozenset({"over", "office", "power", "charge", "helm", "reins", "command",
                          "the", "his", "her", "up"})
_EN_POSS_NOUNS = frozenset({"appointment", "election", "accession", "ascension", "nomination",
                            "rise", "succession", "elevation"})
_AR_TAKE_NEXT = L._ar("لتولي", "ليتولى", "لتتولى", "ليصبح", "لتصبح", "لتسلم", "ليتسلم",
                      "لخلافته", "لخلافتها", "لرئاسة", "لقيادة", "ليشغل", "لشغل", "لتبوؤ",
                      "ليتبوأ")
_PERSON = ("Person",)


def _takes_post_en(sr: Any, new: Any) -> bool:
    """Does a post-taking phrase follow the new holder *new* ("to become prime minister", "to
    take over", "to succeed him", "to be sworn in", "X's appointment")?"""
    y = new.hi
    if new.poss:
        return sr.key(y) in _EN_POSS_NOUNS
    if sr.key(y) != "to":
        return False
    k = sr.key(y + 1)
    if k in ("become", "becoming"):
        return any(sr.key(z) in _EN_POST_WORDS or sr.key(z).startswith("presiden")
                   for z in range(y + 2, min(sr.hi, y + 8)))
    if k == "be":
        return sr.key(y + 2) in _EN_BE_NAMED
    if k in ("take", "assume"):
        return sr.key(y + 2) in _EN_TAKE_OBJ or sr.key(y + 2) in _EN_POST_WORDS
    return k in _EN_TAKE_NEXT


def _loss_holder_en(sr: Any, v: int, new: Any) -> Any:
    """The one whose loss opens the clause of the verb at *v*: "Y's resignation / the death
    of Y paved", "Y resigned ..., paving / which paved"."""
    for x in range(v - 1, sr.lo - 1, -1):
        k = sr.key(x)
        if k in _EN_LOSS_NOUNS:
            if sr.key(x + 1) == "of":
                old = sr.after(x + 2, types=_PERSON, maxgap=4)
                return old if old is not None and old.hi <= v else None
            old = sr.mention_at.get(x - 1)
            return old if old is not None and old.poss and old.etype == "Person" else None
        if k in _EN_LOSS_VERBS and (sr.key(v) in ("paving", "clearing", "opening") or
                                    sr.key(v - 1) == "which"):
            if k == "stepped" and sr.key(x + 1) not in ("down", "aside"):
                return None
            aux = x - 1 if sr.key(x - 1) in ("was", "were", "had", "has") else x
            old = sr.subject_before(aux, maxgap=12)
            return old if old is not None and old.eid != new.eid else None
    return None


def _paved_en(sr: Any, t: int) -> None:
    v = t - 2 if sr.key(t - 1) == "the" else t - 1
    if sr.key(v) not in _EN_PAVE or sr.key(t + 1) != "for":
        return
    y = t + 2
    if sr.key(y) in ("his", "her", "the"):
        y += 1  # "for his deputy, X"
    new = sr.after(y, types=_PERSON, maxgap=3)
    if new is None or new.etype != "Person" or not _takes_post_en(sr, new):
        return
    old = _loss_holder_en(sr, v, new)
    if old is None or old.eid == new.eid or sr.blocked(v, new) or sr._irrealis(v):
        return
    sr.add(_SO, new.eid, old.eid, "paved_way_en")


def _paved_ar(sr: Any, t: int) -> None:
    if not sr.f(t + 1) & _AR_BEFORE:
        return
    v = next((x for x in range(t - 1, max(sr.lo, t - 14) - 1, -1) if sr.f(x) & _AR_PAVE), None)
    if v is None:
        return
    new = sr.after(t + 2, types=_PERSON, maxgap=3)
    if new is None or not sr.f(new.hi) & _AR_TAKE_NEXT:
        return
    old = None
    for x in range(t - 1, sr.lo - 1, -1):  # "مهدت استقالة Y الطريق" / "استقال Y، ما مهد"
        if sr.f(x) & _AR_LOSS:
            old = sr.after(x + 1, types=_PERSON, maxgap=4)
            break
    # "...، ما / مما مهد الطريق": the relative "ما" (what), no negation
    which = sr.key(v - 1) == "مما" or sr.key(v - 1) == "ما" and sr.toks[v - 2].text in ("،", ",")
    if old is None or old.hi > t or old.eid == new.eid or sr._irrealis(v) or \
            (sr.hypothetical(v) if which else sr.blocked(v, new)):
        return
    sr.add(_SO, new.eid, old.eid, "paved_way_ar")


_EN_FOLLOWS = frozenset({"follows", "followed", "comes", "came"})


def _appointee_en(sr: Any, v: int) -> Any:
    """The appointee of the appointment noun opening the clause of the verb at *v*: "X's
    appointment (as P) follows", "The appointment of X (as P) comes"."""
    for x in range(v - 1, max(sr.lo, v - 12) - 1, -1):
        if sr.toks[x].text in (",", ";", ":"):
            return None
        if sr.key(x) not in _EN_POSS_NOUNS:
            continue
        if sr.key(x + 1) == "of":
            m = sr.after(x + 2, types=_PERSON, maxgap=3)
            return m if m is not None and m.hi <= v and not m.poss else None
        m = sr.mention_at.get(x - 1)
        return m if m is not None and m.poss and m.etype == "Person" else None
    return None


def follows_loss_en(sr: Any, v: int) -> None:
    """"X's appointment follows / comes after the death of Y / Y's resignation"."""
    y = v + 1
    if sr.key(v) in ("comes", "came"):
        if sr.key(y) != "after":
            return
        y += 1
    if sr.key(y) in ("the", "last", "week's", "weeks"):
        y += 1
    new = _appointee_en(sr, v)
    if new is None:
        return
    old = None
    if sr.key(y) in _EN_LOSS_NOUNS and sr.key(y + 1) == "of":
        old = sr.after(y + 2, types=_PERSON, maxgap=4)
    else:
        m = sr.mention_at.get(y)
        if m is not None and m.poss and sr.key(m.hi) in _EN_LOSS_NOUNS:
            old = m
    if old is None or old.etype != "Person" or old.poss and sr.key(old.hi) not in \
            _EN_LOSS_NOUNS or old.eid == new.eid or sr.blocked(v, new) or sr._irrealis(v):
        return
    sr.add(_SO, new.eid, old.eid, "appointment_follows_loss_en")


def paved_way(sr: Any) -> None:
    """"Y's resignation paved the way for X to become P" / "مهّدت استقالة Y الطريق أمام X
    لتولي ...": X succeeded Y."""
    ar = sr.toks[sr.lo].ar
    for t in sr.triggers(_AR_WAY, _EN_WAY):
        (_paved_ar if ar else _paved_en)(sr, t)
    if not ar:
        for v in sr.triggers(EMPTY, _EN_FOLLOWS):
            follows_loss_en(sr, v)


CUES = frozenset({_AR_WAY, _EN_WAY, _EN_FOLLOWS})
register_triggers(_AR_WAY, _EN_WAY)
register_triggers(EMPTY, _EN_FOLLOWS)
