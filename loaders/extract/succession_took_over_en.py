"""SUCCESSOR_OF, English: a post taken over from someone.

Reads "X (had) taken over Hezbollah's operations from Y", "X, who took over the Quds Force after
a U.S. drone strike killed Y", "X took the helm of the ministry from Y", "X assumed command from
Y" (a post: not "took a letter from Y"); a future stated as decided ("X will take over the
ministry from Y" after an announced cabinet, session 67).
"""

from __future__ import annotations

from typing import Any

from loaders.extract.core_context import predecessor_pronoun_en
from loaders.extract.kill_clause_helpers import companion_named
from loaders.extract.rule_common import EMPTY, title_start
from loaders.extract.succession_acting import who_head_past_apposition
from loaders.extract.succession_helpers import decided_future
from loaders.extract.succession_him_apposition_en import past_taker_apposition
from loaders.extract.succession_kin_possessor import kin_possessor, possessed_named
from loaders.extract.succession_listed_dead_en import dead_of_the_post_en
from loaders.extract.succession_nominated import nominated_to_succeed
from loaders.extract.succession_post_span_en import bracket_end, from_place_person
from loaders.extract.succession_rel_heads import generic_who_head
from loaders.extract.succession_words import (
    _EN_KILL_VERBS,
    _EN_OVER,
    _EN_POST,
    _EN_STEP_IN,
    _EN_TAKE,
    _EN_TAKE_POST,
    _SO,
)

_PRONOUN = object()  # "from him": resolved by context_succession.predecessor_pronoun_en


_EN_KILLS = frozenset({"kills", "assassinates"})
_EN_OFFICE_OF = frozenset({"duties", "post", "role", "functions", "responsibilities",
                           "powers", "job", "office", "position", "mantle"})


_EN_OUTGOING = frozenset({"outgoing", "incumbent"})


def outgoing_named_before_en(sr: Any, k: int, t: int) -> Any:
    """"X, who beat Y in the election, took over from the outgoing leader" (*k*: "the"; *t*:
    the verb): Y, the person named last before *t* in this sentence who is no possessor, not
    the taker himself (the sentence's first person); None when there is none (session 49)."""
    if sr.key(k) != "the" or sr.key(k + 1) not in _EN_OUTGOING:
        return None
    before = [m for m in sr.args if m.etype == "Person" and m.hi <= t and not m.poss]
    if len(before) < 2:
        return None
    return before[-1] if before[-1].eid != before[0].eid else None


def took_over_from_en(sr: Any) -> None:
    """"X (had) taken over Hezbollah's operations from Y"; "X, who took over the Quds Force
    after a U.S. drone strike killed Y"; "X took over Y's role / post"."""
    for t in sr.triggers(EMPTY, _EN_OVER):
        if sr.key(t - 1) not in _EN_TAKE:
            continue
        old = None
        office_of = False  # "took over Y's role": Y named as the office's possessor
        x = t
        while x + 1 < min(sr.hi, t + 12):
            x = bracket_end(sr, x + 1) or x + 1  # "takes over U.S. Africa Command (AFRICOM)"
            k = sr.key(x)
            if sr.toks[x].punct and sr.toks[x].text not in ("'", "’", "-"):
                break
            if k == "from":
                old = sr.after(x + 1, types=("Person",), maxgap=2) or \
                    from_place_person(sr, x + 1) or \
                    companion_named(sr, x + 1, 6)  # "from Guinea-Bissau's Y"; "from his
                # father, the founding president Y" (session 54)
                if old is None and sr.key(x + 1) in ("him", "her"):
                    old = _PRONOUN  # "took over from him": the person just killed or named
                if old is None:
                    old = outgoing_named_before_en(sr, x + 1, t)  # "from the outgoing leader"
                break
            holder = sr.mention_at.get(x - 1) if k in _EN_OFFICE_OF else None
            if holder is not None and holder.etype == "Person" and holder.poss and \
                    holder.kind == "name" and holder.hi == x and \
                    title_start(holder) == t + 1:  # (not "the envoy's role from Y", "the
                # files of Y's office")
                old, office_of = holder, True  # "X took over Muhandis's role as chief of
                break  # staff" (session 51)
            if k == "of" and sr.key(x - 1) in _EN_OFFICE_OF:
                # "to take over the duties / post of (President) Y"
                old = sr.after(x + 1, types=("Person",), maxgap=2)
                break
            if k in ("after", "following"):
                # "after a U.S. drone strike killed Y" (the killing of Y is the cause)
                # (the present of timelines: "X takes over P after a strike kills Y")
                kills = _EN_KILL_VERBS | (_EN_KILLS if sr.key(t - 1) == "takes" else EMPTY)
                kv = next((y for y in range(x + 1, min(sr.hi, x + 9))
                           if sr.key(y) in kills), None)
                if kv is not None and sr.key(kv - 1) not in ("was", "were", "been"):
                    old = sr.after(kv + 1, types=("Person",), maxgap=2)
                    if old is not None:  # "took over the foreign ministry after the crash
                        # that killed President Y and Foreign Minister Z": Z (listed_dead_en)
                        old = dead_of_the_post_en(sr, old, t + 1, x)
                break
        if old is None:
            continue
        if sr.key(t - 1) == "taking":
            continue  # the base rules read "taking over from Y" (core_recall)
        if old is not _PRONOUN and old.poss and not office_of:
            old = possessed_named(sr, old)  # "from Assad's last prime minister, W": W
            if old is None:
                continue
        if sr.key(t - 2) == "to" and nominated_to_succeed(sr, t - 1):
            continue  # "whom K nominated in the summer to take over from Y": only proposed
        new = _taker_before(sr, t - 1)
        if kin_possessor(sr, new):
            continue  # "X's daughter took over from Y": not X
        old_id = new and _new_predecessor(sr, t, new, old)
        if not old_id:
            continue  # (or a base rule already read it: "since taking over from Y")
        if _blocked_unless_decided(sr, t - 1, new) or sr._irrealis(t - 1):
            continue
        sr.add(_SO, new.eid, old_id, "took_over_from_en")


def _blocked_unless_decided(sr: Any, verb: int, new: Any) -> bool:
    """``blocked`` for the taking verb at *verb*, except a future stated as decided, as for
    "will succeed" (``decided_future``): "Erdogan named his new cabinet. X will take over the
    Defense Ministry from Y" / "X will take over from Y, the palace announced" (session 67);
    only a negation blocks it then. "X could / is expected to take over from Y" stays blocked."""
    if not sr.blocked(verb, new):
        return False
    return sr.negated(verb, new.lo) or not decided_future(sr, verb)


def _taker_before(sr: Any, verb: int) -> Any:
    """The person who takes over, before the verb at *verb*: "who had taken over" -> the
    person before "who"; otherwise the clause's subject."""
    if sr.key(verb - 1) in ("had", "has", "have"):
        verb -= 1
    if sr.key(verb - 1) == "who":
        new = generic_who_head(sr, verb - 1, sr.before(verb - 1, types=("Person",), maxgap=3) or
                               who_head_past_apposition(sr, verb - 1))  # "X, the chief, who had"
    else:
        new = sr.subject_before(verb, maxgap=25)
    return new if new is not None and new.etype == "Person" else None


def _new_predecessor(sr: Any, t: int, new: Any, old: Any) -> str | None:
    """The predecessor's id (a pronoun "from him" resolved), or None when it is the taker
    himself or a SUCCESSOR_OF to it is already in the sentence's output."""
    old_id = past_taker_apposition(sr, t, new, predecessor_pronoun_en(sr, t, new)) \
        if old is _PRONOUN else old.eid  # ("when X, an adviser to Z, took over from him": not Z)
    if not old_id or old_id == new.eid or any(r.type == _SO and r.target == old_id
                                              for r in sr.out):
        return None
    return old_id


def took_post_from_en(sr: Any) -> None:
    """"X took the helm of the ministry from Y" / "X assumed command from Y" / "X inherited
    the leadership from Y": a post taken from Y (not "took a letter from Y")."""
    for t in sr.triggers(EMPTY, _EN_TAKE_POST):
        if sr.key(t + 1) == "over":
            continue  # took_over_from_en
        post = next((x for x in range(t + 1, min(sr.hi, t + 5)) if sr.key(x) in _EN_POST), None)
        if post is None:
            continue
        frm = next((x for x in range(post + 1, min(sr.hi, post + 9))
                    if sr.key(x) == "from" or sr.toks[x].text in (",", ";", ".")), None)
        if frm is None or sr.key(frm) != "from":
            continue
        old = sr.after(frm + 1, types=("Person",), maxgap=2)
        if old is None and sr.key(frm + 1) in ("him", "her"):
            old = _PRONOUN
        if old is None or (old is not _PRONOUN and old.poss):
            continue  # ("took the job from Zarif's team": not from Zarif)
        new = _taker_before(sr, t)
        old_id = new and _new_predecessor(sr, t, new, old)
        if not old_id:
            continue
        if sr.blocked(t, new) or sr._irrealis(t):
            continue
        sr.add(_SO, new.eid, old_id, "took_post_from_en")


_EN_TAKE_AFTER = _EN_TAKE_POST | _EN_TAKE | _EN_STEP_IN | frozenset({
    "became", "becomes", "become", "served", "serves"})
_EN_GONE_SKIP = frozenset({"the", "a", "an", "of", "late", "slain", "former", "then", "top",
                           "senior", "veteran", "longtime", "u.s.", "us", "american",
                           "israeli", "targeted", "sudden"})
