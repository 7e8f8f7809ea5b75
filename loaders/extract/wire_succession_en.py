"""SUCCESSOR_OF in English wire-style prose: "X replaced him", "took his place / over his
duties", "was appointed after Y was fired / killed / retired" with the predecessor named in the
sentence, by a pronoun or in the last sentence (``successor_en``, ``replaced_him_en``), and
"named to succeed Y" (``named_to_succeed_en``)."""

from __future__ import annotations

from typing import Any

from loaders.extract.killed_here_en import killed_here_en
from loaders.extract.rule_common import EMPTY, killed_right_after, title_start
from loaders.extract.succession_apposed_of_en import apposed_of_predecessor_en
from loaders.extract.succession_coordinated_en import apposition_after_appointee
from loaders.extract.succession_entrusted_en import EN_APPOINTING
from loaders.extract.succession_nominated import nominated_to_succeed
from loaders.extract.succession_own_post import own_post_appointer_en
from loaders.extract.succession_participle_en import participle_holder_en
from loaders.extract.succession_pronoun import (
    earlier_holder,
    post_went_to_holder,
)
from loaders.extract.succession_removed_apposed_en import apposed_removed_en
from loaders.extract.victim_first_named import first_named_victim
from loaders.extract.wire_cues import _EN_APPOINTERS, _EN_PASS, _EN_SUCC_TRIG, _EN_TOOK_HIS
from loaders.extract.wire_take_place import (
    _EN_TOOK,
    took_place_of,
)

_EN_KILLED = frozenset({"killed", "assassinated", "slew", "murdered", "eliminated"})
_EN_REMOVED = frozenset({"fired", "dismissed", "sacked", "ousted", "removed", "replaced",
                         "deposed", "axed",
                         # "a decree relieving Y of his post ... and appointing X in his place",
                         # "K relieved Y of his duties and named X to replace him" (session 64)
                         "relieved", "relieving", "dismissing", "sacking", "firing", "removing",
                         "ousting"})
# left a post of his own accord (the subject left): "Y retired / resigned / stepped down"
_EN_LEFT_POST = frozenset({"retired", "resigned", "quit", "stepped", "died",
                           # the historic present of timelines: "2021 - Y resigns"
                           "retires", "resigns", "quits", "steps", "dies"})
_EN_STEP = frozenset({"stepped", "steps"})
_EN_RESIGNATION = frozenset({"resignation", "dismissal", "removal", "ouster"})  # "... of Y"  # leaving only with "down"
_EN_LEADER_CUES = frozenset({"new", "leader", "commander", "chief", "head", "secretary-general",
                             "successor", "predecessor", "longtime", "long-time", "late",
                             "top", "founder", "general"})
_EN_HEAD_TITLES = frozenset({"leader", "commander", "chief", "head", "secretary-general",
                             "successor", "president"})
_EN_NP_SKIP = frozenset({"the", "a", "an", "its", "his", "her", "their", "longtime", "long-time",
                         "veteran", "late", "former", "then", "leader", "chief", "commander",
                         "head", "secretary-general", "predecessor", "founder"})


def _removed_person(sr: Any, before: int) -> Any:
    """The person the sentence says was killed or removed before token *before*: the
    object of an active verb ("fired Mark Esper", "killed Y") or the subject of a passive
    one ("Y was also killed in the attack"). Latest such verb wins."""
    for x in range(before - 1, sr.lo - 1, -1):
        k = sr.key(x)
        if k in _EN_LEFT_POST and (k not in _EN_STEP or sr.key(x + 1) == "down"):
            m = sr.before(x, types=("Person",), maxgap=6)  # "Y retired / stepped down"
            if m is not None and sr.toks[x - 1].text == ",":
                # "Y, a commander who had replaced Z as number two, died": Y, not Z
                head = sr.subject_before(x, maxgap=24)
                m = head if head is not None and head.etype == "Person" else m
            if m is not None:
                return m
            continue
        if k in _EN_RESIGNATION and sr.key(x + 1) == "of":
            # "K accepted the resignation of Y and designated X to succeed him" (session 71)
            m = sr.after(x + 2, types=("Person",), maxgap=4)
            if m is not None and m.hi <= before:
                return m
            continue
        if k not in _EN_KILLED and k not in _EN_REMOVED:
            continue
        if sr.key(x - 1) in _EN_PASS or (sr.key(x - 2) in _EN_PASS and
                                           sr.key(x - 1) in ("also", "later", "reportedly")):
            m = sr.before(x, types=("Person",), maxgap=8)
        else:
            m = sr.after(x + 1, types=("Person",), maxgap=4) or apposed_removed_en(sr, x)
            # ("dismissed his head of government, Y, and named X in his place": session 67)
        if m is not None and m.hi <= before:
            return m
    return None


def _appointee(sr: Any, verb: int) -> Any:
    """Who the appointment verb at *verb* installs: its object (active) or its subject."""
    if sr.key(verb - 1) in _EN_PASS:
        return sr.subject_before(verb - 1, maxgap=20)
    m = sr.after(verb + 1, types=("Person",), maxgap=4)
    if m is not None and m.poss:  # "named Soleimani's deputy, Esmail Qaani, to ..."
        m = sr.after(m.hi, types=("Person",), maxgap=3)
    return m


def _pronoun_predecessor(sr: Any, verb: int, new: Any, t: int) -> str | None:
    """Whom "him" in "K appointed X to replace him" / "in his place" stands for: the person
    the sentence says was killed or removed before the appointment ("fired Mark Esper and
    installed Miller in his place"), else the possessor in the object ("named X, Y's deputy,
    to succeed him", "named Y's deputy, X, to replace him"), else the victim of a killing
    the last sentences reported with its agent, else the first person named before the verb
    who is neither X nor the one appointing ("Y died on Friday, and K named X to replace
    him"); first of all the one an earlier clause says took over ("She replaced Y in 2022,
    and X was appointed to replace her": she)."""
    held = earlier_holder(sr, verb, new)
    if held is None and sr.key(verb - 1) in _EN_PASS:  # "his old post went to X, who was ..."
        held = post_went_to_holder(sr, verb, new)
    if held is not None:
        return held
    old = _removed_person(sr, verb)
    if old is not None:
        return old.eid
    namer = sr.before(verb, types=("Person",), maxgap=12) if sr.key(verb - 1) not in _EN_PASS \
        else None
    if namer is not None and killed_right_after(sr.toks, namer):
        namer = None  # "its leader, Y, has been killed, and named X to replace him": Y
    skip = {new.eid} | ({namer.eid} if namer is not None else set())
    old = next((m for m in sr.args if verb < m.lo < t and m.poss and
                m.etype == "Person" and m.eid not in skip), None)
    if old is None and sr.key(verb - 1) in _EN_PASS:
        # passive: "Y's deputy, X, was named to replace him": the possessor of the subject
        old = next((m for m in sr.args if m.hi <= verb and m.poss and m.etype == "Person" and
                    m.eid not in skip and m.hi <= new.lo), None)
    if old is None and sr.key(t) in ("him", "her"):
        old = apposed_of_predecessor_en(sr, verb, new, t)  # "X, a lieutenant of Y, to succeed him"
    if old is not None:
        return old.eid
    here = killed_here_en(sr, verb, skip)  # "Y ... was killed ..., and K named X to replace him"
    if here is not None:
        return here
    victims = [(s_, e) for s_, e in sr.doc.state.get("victims", ())
               if sr.si - 2 <= s_ < sr.si and e not in skip]
    if victims:
        if victims[-1][0] < sr.si - 1:
            # "Y1 is killed. ... Y2 dies. X is named deputy in his place": the last sentence's
            # leaver, not a victim told two sentences back (session 33)
            left = _left_last_sentence(sr, skip)
            if left is not None:
                return left
        return first_named_victim(sr, victims)
    if sr.key(verb - 1) in _EN_PASS and sr.key(sr.lo) in ("his", "her") and \
            new.lo - sr.lo <= 6:
        # "His first deputy, X, was appointed to take over his duties": whose deputy, the
        # previous sentence's subject
        p = sr._prev_subject(exclude=new.eid)
        if p is not None:
            return p.eid
    old = next((m for m in sr.args if m.hi <= verb and m.etype == "Person" and
                not m.poss and m.eid not in skip), None)
    if old is None:
        return _he_was_removed(sr, verb, skip) or _left_last_sentence(sr, skip) or \
            own_post_appointer_en(sr, namer, verb)  # "K was elected president and named X"
        # "Y retired in March. X took his place."
    return old.eid


def _he_was_removed(sr: Any, verb: int, skip: set[str]) -> str | None:
    """"Y did not last long. He was removed in July, when X was appointed in his place":
    a sentence opened by he / she who left or was removed before the appointment verb at
    *verb*: the previous sentence's subject (None without such a verb or subject)."""
    if sr.key(sr.lo) not in ("he", "she") or not any(
            sr.key(x) in _EN_REMOVED or sr.key(x) in _EN_LEFT_POST or sr.key(x) in _EN_KILLED
            for x in range(sr.lo + 1, verb)):
        return None
    p = sr._prev_subject(exclude=next(iter(skip)) if len(skip) == 1 else "")
    return p.eid if p is not None and p.eid not in skip else None


_EN_WAS = frozenset({"was", "has", "had"})  # "..., General Y, was fired / has been removed"
_BACK = 3  # sentences looked back for the one who left (session 60, as the Arabic
# ``succession_prev_left_ar``: "Y resigned in August. The resignation drew criticism. K
# appointed X to replace him")


def _left_last_sentence(sr: Any, skip: set[str]) -> str | None:
    """The person the previous sentence (else the nearest of the last three that tells one)
    says left, was removed or was killed: a person followed within a few words by such a verb
    ("Y retired in March", "Y was fired")."""
    toks = sr.doc.toks
    for si in range(sr.si - 1, max(-1, sr.si - 1 - _BACK), -1):
        for m in sorted((m for m in sr.doc.by_sent.get(si, ()) if m.etype == "Person" and
                         m.eid not in skip and not m.poss), key=lambda m: m.lo):
            for y in range(m.hi, min(len(toks), m.hi + 4)):
                k = toks[y].key
                if (k in _EN_LEFT_POST or k in _EN_REMOVED or k in _EN_KILLED) and (
                        k not in _EN_STEP or y + 1 < len(toks) and toks[y + 1].key == "down"):
                    return m.eid
                if toks[y].punct and not (y == m.hi and toks[y].text == "," and
                                          y + 1 < len(toks) and (
                                              toks[y + 1].key in _EN_LEFT_POST or
                                              toks[y + 1].key in _EN_WAS)):
                    break  # "Y's deputy, Z, dies": the apposition's closing comma; "The
                    # army chief, General Y, was dismissed" (session 71)
    return None


def replaced_him_en(sr: Any, t: int) -> tuple[str, str] | None:
    """(new, old) of "K appointed/named X (, Y's deputy,) to replace/succeed him" and "K
    installed X in his place" (also passive: "X was named to succeed him"); *t* is the
    pronoun 'him'/'her' or the 'place' of "in his/her place". None when unclear."""
    k = sr.key(t)
    first = t - 3  # the last word before "to replace him" / "in his place"
    if k in ("him", "her"):
        if sr.key(t - 1) not in ("replace", "succeed") or sr.key(t - 2) != "to" or \
                nominated_to_succeed(sr, t - 1):
            return None  # "X has been nominated to succeed him": not (yet) a succession
        span = 16
    elif k == "take" and sr.key(t - 1) == "to" and sr.key(t + 1) == "over" and \
            sr.key(t + 2) in ("his", "her") and sr.key(t + 3) in _EN_DUTIES:
        # "X was appointed to take over his duties": as "to replace him"
        span, first, t = 16, t - 2, t + 2
    elif k in ("place", "stead") and sr.key(t - 1) in ("his", "her") and (
            sr.key(t - 2) in _EN_TOOK_HIS or sr.key(t - 2) == "in" and sr.key(t - 3) == "over" and
            sr.key(t - 4) in _EN_TOOK_HIS):
        # "Y retired in March and X took his place / took over in his place" (session 20: the
        # second): the subject took it
        v = t - 2 if sr.key(t - 2) in _EN_TOOK_HIS else t - 4
        return _subject_in_place(sr, v, v, t)
    elif k in ("place", "stead") and sr.key(t - 1) in ("his", "her") and sr.key(t - 2) == "in" \
            and (v := _duties_in_place(sr, t)) is not None:
        # "X would carry out the duties of the prime minister in his place" (session 58): the
        # acting holder is the subject of the duty verb
        return _subject_in_place(sr, v, v - 1 if sr.key(v - 1) in _EN_MODALS else v, t)
    elif k in ("place", "stead") and sr.key(t - 1) in ("his", "her") and sr.key(t - 2) == "in":
        span = 8
    else:
        return None
    # (a name counts as one word: "named a militant, Abu al-Hussein al-Husseini al-Qurashi,
    # to replace him")
    # (session 70: its title too: "naming former Interior Minister X national security adviser
    # in his place")
    span += sum(m.hi - title_start(m) - 1 for m in sr.args if m.etype == "Person" and
                t - span - 12 <= m.lo and m.hi <= t)
    if k in ("place", "stead"):
        span += apposition_after_appointee(sr, t, span)
    verb = next((x for x in range(first, max(sr.lo, t - span) - 1, -1)
                 if sr.key(x) in _EN_APPOINTERS or sr.key(x) in EN_APPOINTING), None)
    if verb is None:
        return None
    new = _appointee(sr, verb)
    if new is None or new.etype != "Person":
        return None
    old = _pronoun_predecessor(sr, verb, new, t)
    if old is None or old == new.eid or sr.blocked(verb, new):
        return None
    return (new.eid, old)


def _subject_in_place(sr: Any, v: int, before: int, t: int) -> tuple[str, str] | None:
    """(new, old) of "X took his place" / "X would carry out the duties in his place": X the
    person subject before *before* (the verb *v*, or its modal), old the one "his" at *t*
    stands for (``_pronoun_predecessor``); None when unclear."""
    new = sr.subject_before(before, maxgap=20)
    if new is None or new.etype != "Person" or sr.blocked(v, new):
        return None
    old = _pronoun_predecessor(sr, v, new, t)
    return (new.eid, old) if old and old != new.eid else None


_EN_DUTY_VERBS = frozenset({"carry", "assume", "perform", "exercise", "discharge", "take",
                            "carried", "assumed", "performed", "exercised", "took",
                            "carries", "assumes", "performs", "exercises", "takes"})
_EN_MODALS = frozenset({"would", "will", "to", "shall"})


def _duties_in_place(sr: Any, t: int) -> int | None:
    """The duty verb of "carry out / assume / perform the duties (of the prime minister) in
    his place" ending at the "place" of *t*, else None."""
    d = next((y for y in range(t - 3, max(sr.lo, t - 9) - 1, -1) if sr.key(y) in _EN_DUTIES),
             None)
    if d is None or any(sr.toks[y].punct for y in range(d, t)):
        return None
    v = d - 1
    if sr.key(v) in ("the", "his", "her"):
        v -= 1
    if sr.key(v) in ("out", "over", "up"):
        v -= 1
    return v if v > sr.lo and sr.key(v) in _EN_DUTY_VERBS else None


def successor_en(sr: Any) -> list[tuple[str, str, int, str]]:
    """English successions the main rules miss; returns (new, old, trigger, rule):

    - "K appointed X ... to replace him/her" and "K installed X in his place"
      (:func:`replaced_him_en`);
    - "K named X as its new leader, a month after a strike killed (longtime leader) Y";
    - "(since) taking/takes over from Y": the sentence's subject took over from Y;
    - "X took the place of Y" (:func:`took_place_of`).
    """
    out: list[tuple[str, str, int, str]] = []
    hi = sr.hi
    for t in sr.triggers(EMPTY, _EN_SUCC_TRIG):
        k = sr.key(t)
        if k in ("him", "her", "place", "stead") or k == "take" and sr.key(t + 1) == "over":
            pair = replaced_him_en(sr, t)
            if pair is not None:
                out.append((*pair, t, "replace_him_en" if k not in ("place", "stead")
                            else "in_his_place_en"))
        elif k in _EN_APPOINTERS and sr.key(t - 1) not in _EN_PASS and sr.key(t - 1) != "who":
            new = sr.after(t + 1, types=("Person",), maxgap=4)
            if new is None:
                continue
            aft = next((x for x in range(new.hi, min(hi, new.hi + 14))
                        if sr.key(x) in ("after", "following")), None)
            if aft is None or any(sr.toks[y].text in (";", ".") for y in range(new.hi, aft)):
                continue
            cue_new = any(sr.key(y) in _EN_LEADER_CUES for y in range(new.hi, aft))
            keys = {sr.key(y) for y in range(new.hi, aft)}
            head_new = bool(keys & _EN_HEAD_TITLES) or (  # "its new secretary-general"
                "new" in keys and bool(keys & (_EN_LEADER_CUES | {"secretary"} - {"new"})))
            kx = next((x for x in range(aft + 1, min(hi, aft + 14))
                       if sr.key(x) in _EN_KILLED and sr.key(x - 1) not in _EN_PASS), None)
            if kx is None:
                continue
            y = kx + 1
            while y < hi and sr.key(y) in _EN_NP_SKIP:
                y += 1
            old = sr.after(y, types=("Person",), maxgap=0)
            if old is None or old.eid == new.eid:
                continue
            cue_old = any(sr.key(z) in _EN_LEADER_CUES for z in range(kx + 1, old.lo)) or \
                bool(old.role)
            if head_new or (cue_new and cue_old):
                out.append((new.eid, old.eid, t, "named_after_killing_en"))
        elif k in _EN_TOOK and sr.key(t + 1) == "the":
            pair = took_place_of(sr, t)
            if pair is not None:
                out.append((*pair, t, "took_place_of"))
        elif k in ("taking", "takes", "take") and sr.key(t + 1) == "over" and \
                sr.key(t + 2) == "from":
            old = sr.after(t + 3, types=("Person",), maxgap=2)
            if old is None:
                continue
            subj = next((m for m in sr.args if m.etype == "Person" and m.hi <= t and
                         not sr._object_marked(m) and not m.poss), None)
            subj = participle_holder_en(sr, t) or subj  # "K met X, who was appointed in
            # December, taking over from Y": X (session 62)
            if k == "takes":  # "K praised ... as X takes over from Y": the finite verb's own
                subj = next((m for m in sr.args if m.etype == "Person" and m.hi == t),
                            subj)  # subject X, not K (session 71)
            if subj is not None and subj.eid != old.eid:
                out.append((subj.eid, old.eid, t, "taking_over_from_en"))
    return out


# what one takes over from a predecessor: "appointed to take over his duties"
_EN_DUTIES = frozenset({"duties", "post", "position", "role", "job", "responsibilities",
                        "functions", "powers", "portfolio"})


def named_to_succeed_en(sr: Any) -> None:
    """"X, named/appointed to succeed/replace Y, ..." -> X succeeded Y (a reduced passive
    after the person it describes)."""
    for t in sr.triggers(EMPTY, _EN_APPOINTERS):
        if sr.key(t + 1) != "to" or sr.key(t + 2) not in ("succeed", "replace") or \
                nominated_to_succeed(sr, t + 2):
            continue
        old = sr.after(t + 3, types=("Person",), maxgap=2)
        new = sr.before(t, types=("Person",), maxgap=2)
        if old is None or new is None or new.eid == old.eid:
            continue
        if sr.toks[t - 1].text not in (",", "—") and sr.key(t - 1) not in ("was", "been",
                                                                            "is", "being"):
            continue
        if not sr.blocked(t, new):
            sr.add("SUCCESSOR_OF", new.eid, old.eid, "named_to_succeed_en")
