"""SUCCESSOR_OF, English: "in his place" after a post taken, and the present of timelines.

Reads a post the subject took himself before "in his / her place" ("Y resigned and X was / is
sworn in as president in his place", "X became / becomes Senate speaker in her place", "His
deputy, X, stepped in as acting envoy in his place"), and the historic present of timelines
and headlines before the marker of a replacement ("3 Jan 2020: K names Y's deputy, X, to
replace him", "The council names X chief of staff in place of Y", "K appoints X in his
place"), and "K appointed X as prime minister, head of government, in replacement of Y" (the
past too for this marker). The pronoun is resolved as for "K appointed X to replace him"
(``wire_succession_en._pronoun_predecessor``: the one removed, killed or named before). Not
read: "X took part in the talks in his place" (no post), "K may name X to replace him".
"""

from __future__ import annotations

from typing import Any

from loaders.extract.core_recall_succession import _EN_POST_WORDS
from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import EMPTY, title_start
from loaders.extract.succession_words import _SO
from loaders.extract.wire_succession_en import _appointee, _pronoun_predecessor

# the historic present of timelines and headlines ("2020 - K names X to replace him")
_EN_APPOINTS = frozenset({"names", "appoints", "picks", "chooses", "selects", "taps",
                          "installs", "elects", "designates", "promotes", "reappoints"})
# a post the subject took himself: "was sworn in as", "became", "stepped in as", "assumed"
_EN_TOOK_SELF = frozenset({"sworn", "became", "becomes", "stepped", "steps", "assumed",
                           "assumes"})
# a post's duties carried out: "X would carry out / perform / exercise the duties (functions,
# powers) of the prime minister in his place" (session 60: the acting holder after a death)
_EN_DUTY_VERBS = frozenset({"carry", "carries", "carried", "carrying", "perform", "performs",
                            "performed", "exercise", "exercises", "exercised", "discharge",
                            "discharges", "discharged"})
_EN_DUTIES = frozenset({"duties", "functions", "powers", "tasks", "responsibilities"})
_EN_PLACE = frozenset({"place", "stead", "replacement"})
# "appointed X as prime minister in replacement of Y" (the wire copy of French "en remplacement
# de"): the past too, for this marker only ("in place of Y" after them is core_recall_succession's)
_EN_APPOINTED = frozenset({"appointed", "named", "designated", "installed", "elected", "chosen"})
_EN_HIM = frozenset({"him", "her"})
CUES = frozenset({_EN_PLACE, _EN_HIM})
_STOP = frozenset({".", ";", ":", "!", "?"})
_SPAN = 14  # words from the verb to the marker (a name counts as one)


def _verb_before(sr: Any, t: int, past: bool = False) -> int | None:
    """The nearest appointing (present; also past with *past*) or post-taking verb before
    the marker at *t*, in its clause (a name counts as one word)."""
    budget = _SPAN
    x = t - 1
    while x >= sr.lo and budget > 0:
        if sr.toks[x].text in _STOP:
            return None
        k = sr.key(x)
        if k in _EN_APPOINTS or k in _EN_TOOK_SELF or past and k in _EN_APPOINTED or \
                k in _EN_DUTY_VERBS and _duties_after(sr, x):
            return x
        m = sr.mention_at.get(x)
        if m is not None:
            x = min(m.lo, title_start(m))  # (the whole name and its title at once)
        x -= 1
        budget -= 1
    return None


def _duties_after(sr: Any, v: int) -> bool:
    """"carry out / perform the duties (of ...)" at *v*: a duties noun within three words
    after the verb (its "out" and a determiner between)."""
    return any(sr.key(y) in _EN_DUTIES for y in range(v + 1, min(sr.hi, v + 4)))


def _took_self(sr: Any, v: int, t: int) -> Any:
    """The subject of the post-taking verb at *v*: "X was / is sworn in (as P)", "X became
    P", "X stepped in (as P)", "X assumed the presidency" (None without a post)."""
    k = sr.key(v)
    if k in ("sworn", "stepped", "steps") and sr.key(v + 1) != "in":
        return None  # ("stepped down": no post taken)
    if k != "sworn" and not any(sr.key(y) in _EN_POST_WORDS or
                                sr.key(y).startswith("presiden") for y in range(v + 1, t)):
        return None  # ("became angry in his place": no post)
    if k in _EN_DUTY_VERBS:  # "X would carry out the duties of the prime minister": X
        if sr.key(v - 1) in ("may", "might", "could", "to") or \
                sr.key(v) in ("carry", "carries", "carried", "carrying") and sr.key(v + 1) != "out":
            return None
        aux = v - 1 if sr.key(v - 1) in ("will", "would", "shall", "has", "had") else v
        return sr.subject_before(aux, maxgap=20)
    aux = v - 1 if sr.key(v - 1) in ("was", "is", "were", "been", "has", "had") else v
    if sr.key(aux - 1) in ("has", "had", "have"):
        aux -= 1
    if sr.key(aux - 1) == "who":
        return sr.before(aux - 1, types=("Person",), maxgap=3)
    return sr.subject_before(aux, maxgap=20)

_EN_CONDITION = frozenset({"if", "unless", "whether"})


def condition_before_en(sr: Any, start: int) -> bool:
    """Does a conditional word ("if", "unless", "whether") open the clause holding *start*
    (back to the sentence start or a comma / semicolon)?"""
    for y in range(start - 1, sr.lo - 1, -1):
        if sr.toks[y].text in (",", ";", ":"):
            return False
        if sr.key(y) in _EN_CONDITION:
            return True
    return False


def in_place_en(sr: Any) -> None:
    """"X was sworn in / became P / stepped in in his place"; "K names / appoints X to
    replace him / in his place / in place of Y / in Y's place" (the present of timelines)."""
    for t in sr.triggers(EMPTY, _EN_PLACE | _EN_HIM):
        k = sr.key(t)
        old_named = None
        if k in _EN_HIM:
            if sr.key(t - 1) not in ("replace", "succeed") or sr.key(t - 2) != "to":
                continue
            start = t - 2
        elif sr.key(t - 1) in ("his", "her") and sr.key(t - 2) == "in" and k != "replacement":
            start = t - 2
        elif sr.key(t - 1) == "in" and sr.key(t + 1) == "of":
            old_named = sr.after(t + 2, types=("Person",), maxgap=3)
            if old_named is None or old_named.poss:
                continue
            start = t - 1
        elif k == "replacement":
            continue
        else:
            owner = sr.mention_at.get(t - 1)
            if owner is None or not owner.poss or sr.key(owner.lo - 1) != "in":
                continue  # "in Y's place"
            old_named, start = owner, owner.lo - 1
        v = _verb_before(sr, start, past=k == "replacement" or sr.key(t - 1) in ("his", "her"))
        # ("K named X as acting chief of staff in his place": the past too, session 64)
        if v is None or ((sr.key(v) in _EN_TOOK_SELF or sr.key(v) in _EN_DUTY_VERBS) and k in _EN_HIM):
            continue
        if sr.key(v) in _EN_APPOINTS or sr.key(v) in _EN_APPOINTED:
            if sr.key(v - 1) in ("who", "to", "will", "would", "may", "might", "could"):
                continue
            new = _appointee(sr, v)
        else:
            new = _took_self(sr, v, start)
        if new is None or new.etype != "Person" or new.hi > start:
            continue
        old = old_named.eid if old_named is not None else \
            _pronoun_predecessor(sr, v, new, t)
        # (an acting holder's duties are announced in the future and hold at once: "X will /
        # would carry out the duties ... in his place"; the modal itself is no hedge there)
        modal = v - 1 if sr.key(v) in _EN_DUTY_VERBS and sr.key(v - 1) in ("will", "would") \
            else v
        if modal != v and any(sr.key(y) in _EN_CONDITION for y in range(sr.lo, v)):
            continue  # "If Y is killed, X will carry out his duties in his place"
        if not old or old == new.eid or sr.blocked(modal, new) or sr._irrealis(modal) or \
                condition_before_en(sr, v):
            continue
        sr.add(_SO, new.eid, old, "in_place_en")


register_triggers(EMPTY, _EN_PLACE)
register_triggers(EMPTY, _EN_HIM)
