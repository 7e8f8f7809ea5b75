"""SUCCESSOR_OF: a post held, handed over, left vacant, or whom X succeeded.

Reads "K named X as army chief, the post Y had held since 2017" / "عيّن K X رئيساً للأركان،
المنصب الذي كان يشغله Y", "X handed over power to Y", "X ..., filling the post left vacant when
Y was killed" and "Y, whom X succeeded (after the U.S. killed him)".
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.core_wire_rules import _EN_APPOINTERS, _appointee
from loaders.extract.kill_beside_en import time_phrase_len
from loaders.extract.mentions import AGENT_TYPES
from loaders.extract.rule_common import EMPTY, EN_PASSIVE_AUX, title_start
from loaders.extract.succession_body_head import body_head_after
from loaders.extract.succession_post_after_death_en import (
    _EN_POST_NOUNS,
    AR_POST_HELD,
    EN_POST_HELD,
    _gone_after,
)
from loaders.extract.succession_words import (
    _AR_POST_W,
    _EN_HANDED,
    _EN_KILL_VERBS,
    _EN_POST,
    _EN_TAKE_POST,
    _EN_TRANSFERRED,
    _EN_VACANT,
    _EN_WHOM,
    _SO,
)

# ---- plain functions of ``sr`` run after ``successor`` (SentenceRules.run) ---------------
# "X took over (the post) from Y", "X, who took over ... after a strike killed Y", "X took the
# helm of ... from Y", "X handed over power to Y", "Y, whom X/he succeeded (after the U.S.
# killed him)", "تسلّم/ورث X رئاسة/قيادة ... من/عن Y" and "سلّم Y السلطة إلى X" (a post, not a
# letter), "X، الذي عيّنه سلفه Y" (the predecessor of the main clause's subject, not of X),
# "X، شقيق ... Z، تولى ..." (X, not Z), "After X was killed, ORG chose Y to lead ...".
_AB = "ASSASSINATED_BY"
_EN_SUCC_VERBS = frozenset({"succeeded", "replaced", "succeeds", "replaces"})  # (present: profiles)
_EN_FILL = frozenset({"filling", "fill", "fills", "filled"})
_AR_APPOINT_ANY = L._ar("عين", "عينت", "يعين", "تعيين", "اختار", "اختارت", "انتخب", "انتخبت",
                        "سمى", "سمت", "كلف", "كلفت", "تسمية")
# the verbal nouns of naming ("مرسوم بتعيين / بتسمية X") and the heads that leave them undone
# ("طالب نواب بتسمية X"، "رفض تعيين X"; session 65)
_AR_APPOINT_NOUN = L._ar("تعيين", "تسمية")
_AR_UNDONE_HEAD = L._ar("طالب", "طالبت", "طالبوا", "يطالب", "تطالب", "مطالبة", "دعا", "دعت",
                        "يدعو", "تدعو", "اقترح", "اقترحت", "يقترح", "تقترح", "رفض", "رفضت",
                        "يرفض", "ترفض", "يعتزم", "تعتزم", "ينوي", "تنوي", "يريد", "تريد")


def post_held_by(sr: Any) -> None:
    """"K named X as army chief, the post Y had held since 2017" / "a position previously held
    by Y" / "عيّن K X رئيساً للأركان، المنصب الذي كان يشغله Y": the appointee X took over the
    post of Y (X is the object of an active appointment verb before, else its subject)."""
    ar = sr.toks[sr.lo].ar
    for t in sr.triggers(AR_POST_HELD, EN_POST_HELD):
        if ar:
            old = sr.after(t + 1, types=("Person",), maxgap=1)
            rel = next((y for y in range(t - 1, max(sr.lo, t - 4) - 1, -1)
                        if sr.key(y) in ("الذي", "التي")), None)
            if old is None or rel is None or not sr.f(rel - 1) & _AR_POST_W and \
                    sr.key(rel - 1) not in ("المنصب", "المنصبين"):
                continue
            verb = next((y for y in range(rel - 2, max(sr.lo, rel - 25) - 1, -1)
                         if sr.f(y) & _AR_APPOINT_ANY), None)
            if verb is None or sr.f(verb) & _AR_APPOINT_NOUN and any(
                    sr.f(y) & _AR_UNDONE_HEAD for y in range(max(sr.lo, verb - 3), verb)):
                continue
            first = sr.after(verb + 1, types=AGENT_TYPES, maxgap=3)
            second = sr.after(first.hi, types=("Person",), maxgap=2) if first else None
            new = second or first  # "عيّن K X": X; "عُيّن X": X
        else:
            if sr.key(t + 1) == "by":  # "a post previously held by Y"
                old = sr.after(t + 2, types=("Person",), maxgap=1)
                back = t - 1
                while back > sr.lo and sr.key(back) in ("previously", "formerly", "long",
                                                        "once", "last"):
                    back -= 1
                if sr.key(back) not in _EN_POST_NOUNS:
                    continue
            else:  # "the post (that) Y (had) held"
                y = t - 1
                while y > sr.lo and sr.key(y) in ("had", "has", "have", "long", "previously"):
                    y -= 1
                old = sr.mention_at.get(y)
                if old is None or old.etype != "Person" or old.hi != y + 1:
                    continue
                b = title_start(old) - 1
                if sr.key(b) in ("that", "which"):
                    b -= 1
                if sr.key(b) not in _EN_POST_NOUNS:
                    continue
                back = b
            if old is None:
                continue
            verb = next((y for y in range(back - 1, max(sr.lo, back - 25) - 1, -1)
                         if sr.key(y) in _EN_APPOINTERS), None)
            new = _appointee(sr, verb) if verb is not None else None
            if new is None:  # "X stepped into / took on the role previously held by Y" (s58)
                verb = _taking_verb_en(sr, back)
                if verb is not None:
                    subj = sr.subject_before(verb, maxgap=20)
                    new = subj if subj is not None and subj.hi <= verb and \
                        not sr._irrealis(verb) else None
        if new is None or new.etype != "Person" or new.eid == old.eid or new.lo > t:
            continue
        if sr.blocked(verb, new) or any(r.type == _SO and r.target == old.eid for r in sr.out):
            continue
        sr.add(_SO, new.eid, old.eid, "post_held_by")


# "stepped into / took on / assumed / filled the role": the taker is the verb's subject
# (finite forms only: a participle's subject is the main clause's, which may be hedged:
# "X is expected to be confirmed ..., taking over a post Y held")
_EN_TAKE_HELD = frozenset({"took", "takes", "assumed", "assumes", "inherited", "inherits",
                           "filled", "fills"})
_EN_STEP_INTO = frozenset({"stepped", "steps", "moved", "moves"})


def _taking_verb_en(sr: Any, post: int) -> int | None:
    """"X stepped into / took on / took over / assumed / filled the role (previously held by
    Y)": the taking verb right before the post noun at *post* (past its determiner), else
    None."""
    y = post - 1
    mods = 0  # "took over the defence portfolio that Y had held" (one or two words of the post
    while y > sr.lo and mods < 2 and not sr.toks[y].punct and sr.mention_at.get(y) is None and \
            sr.key(y) not in ("the", "a", "an", "his", "her", "its", "their") and \
            sr.key(y) not in _EN_TAKE_HELD and sr.key(y) not in ("over", "on", "into", "in", "up"):
        y -= 1  # before its noun; session 60)
        mods += 1
    while y > sr.lo and sr.key(y) in ("the", "a", "same", "top", "key", "senior"):
        y -= 1
    if sr.key(y) in ("into", "in") and sr.key(y - 1) in _EN_STEP_INTO:
        return y - 1
    if sr.key(y) in ("on", "over", "up") and sr.key(y - 1) in ("took", "takes"):
        return y - 1
    return y if sr.key(y) in _EN_TAKE_HELD and sr.key(y) not in ("took", "takes") else None


# a body run by one head, handed over like a post: "handed the embassy to his deputy, X"
_EN_HEADED_BODY = frozenset({"embassy", "mission", "command", "chair", "agency", "bureau",
                             # "handed the intelligence service / the directorate to Y" (s62)
                             "service", "directorate", "department"})


def _apposed_after(sr: Any, x: int) -> Any:
    """"to his deputy, X" / "to the deputy envoy, X": the name after a short description and
    its comma (None when no such apposition)."""
    if sr.key(x) not in ("his", "her", "the", "its", "their"):
        return None
    c = next((y for y in range(x + 1, min(sr.hi, x + 4)) if sr.toks[y].punct), None)
    if c is None or sr.toks[c].text != "," or any(
            sr.mention_at.get(y) is not None for y in range(x, c)):
        return None
    return sr.after(c + 1, types=("Person",), maxgap=0)


def _to_after_post(sr: Any, post: int) -> int | None:
    """The "to" after the post handed over, right after it or past its "of" / "as" phrase
    ("command of the army to Y", "her post as foreign policy chief to Y"), no punctuation and
    no person between; else None."""
    if sr.key(post + 1) == "to":
        return post + 1
    if sr.key(post + 2) == "to":
        return post + 2
    if sr.key(post + 1) not in ("of", "as"):  # ("her post as EU foreign policy chief to
        return None  # Y", session 71)
    for y in range(post + 2, min(sr.hi, post + (7 if sr.key(post + 1) == "of" else 9))):
        if sr.toks[y].punct or getattr(sr.mention_at.get(y), "etype", "") == "Person":
            return None
        if sr.key(y) == "to":
            return y
    return None


# power handed over in the plural or as authority, and "transferred" (session 60: "Hadi
# transferred his powers to a council chaired by X", ``succession_body_head``)
_EN_POWERS = frozenset({"powers", "authority", "authorities"})
_EN_GIVE_POWER = _EN_HANDED | _EN_TRANSFERRED


def handed_over_to_en(sr: Any) -> None:
    """"X handed over power / the post / command to Y": Y succeeded X; "X transferred his powers
    to a council chaired by Y": Y too (session 60); "X handed over (in August 2014 / on
    Friday / last week) to Y" (a short time phrase between, session 67)."""
    for t in sr.triggers(EMPTY, _EN_GIVE_POWER):
        x = t + 1
        over = sr.key(x) == "over"
        if over:
            x += 1
            if sr.key(x + time_phrase_len(sr, x)) == "to":  # "handed over in August 2014 to
                x += time_phrase_len(sr, x)  # the Spanish diplomat Y" (session 67)
        post = next((y for y in range(x, min(sr.hi, x + 4)) if (
            sr.key(y) in _EN_POST or sr.key(y) in _EN_POWERS or sr.key(y) in _EN_HEADED_BODY and
            sr.key(y + 1) in ("to", "over", "of")) and  # (not "the embassy's report")
            sr.key(y) != "control"), None)  # ("handed control of the file to Y")
        gap_old = _post_gap_holder(sr, t) if sr.key(x) == "to" else None
        if gap_old is not None:  # "X was speaker, a post he handed to Y" (session 61)
            post, to = None, x
        elif post is None and over and sr.key(x) == "to":
            to = x  # "X handed over to Y (as / in / on ...)": no object, the post itself
        elif post is None:
            continue
        else:
            to = _to_after_post(sr, post)  # "command (of the army) to Y" (session 53)
            if to is None:
                continue
        new = sr.after(to + 1, types=("Person",), maxgap=2) or _apposed_after(sr, to + 1) or (
            body_head_after(sr, to + 1) if post is not None else None)
        if new is not None and post is None and sr.key(sr.chain(new, ("Person",))[-1].hi) in (
                "a", "an", "the", "his", "her", "their", "its"):
            continue  # "handed over to Y a letter from ...": a thing, not the post
        if gap_old is None and _thing_relative_before(sr, t):
            continue  # "..., head of the council, which handed power to Y": a body's deed
        old = gap_old or sr.subject_before(t, maxgap=25)
        if new is None or old is None or old.etype != "Person" or new.eid == old.eid:
            continue
        if sr.blocked(t, old) or sr._irrealis(t):
            continue
        sr.add(_SO, new.eid, old.eid, "handed_over_to_en")


def _thing_relative_before(sr: Any, t: int) -> bool:
    """The handing verb at *t* has "which" for subject, within three plain words before it
    ("the military council, which (had / on Sunday) handed power to Y"): a body, not the
    sentence's person, handed the power over (session 69: "Clinton held talks with Tantawi,
    head of the SCAF, which handed executive power to Morsy" read Morsy as Clinton's
    successor)."""
    for y in range(t - 1, max(sr.lo, t - 4) - 1, -1):
        if sr.key(y) == "which":
            return True
        if sr.toks[y].punct or y in sr.mention_at:
            return False
    return False


def _post_gap_holder(sr: Any, t: int) -> Any:
    """"X was speaker of parliament (from 2008 to 2020), a post he handed (over) to Y" / "X
    led the council, the position she passed to Y": the post named before the pronoun
    subject of the handing verb at *t* is its object; the holder is the sentence's first person
    (no possessor, no part of a title), the one "he" stands for. Else None."""
    if sr.key(t - 1) not in ("he", "she") or sr.key(t - 2) not in _EN_POST or \
            sr.key(t - 3) not in ("a", "the") or sr.key(t - 4) != ",":
        return None
    return next((m for m in sr.args if m.etype == "Person" and m.hi <= t - 4 and
                 not m.poss and not m.in_title), None)


def filled_vacancy_en(sr: Any) -> None:
    """"X ..., filling the post left vacant when Y was killed" / "X fills the seat vacated by
    Y": Y's post went to X."""
    for t in sr.triggers(EMPTY, _EN_VACANT):
        fill = next((y for y in range(t - 1, max(sr.lo, t - 6) - 1, -1)
                     if sr.key(y) in _EN_FILL), None)
        if fill is None:
            _vacant_post_apposition(sr, t)
            continue
        old = sr.after(t + 1, types=("Person",), maxgap=5)
        if old is None or old.lo - t > 6:
            old = _holder_before_vacated(sr, fill, t)  # "filling the post Y vacated" (s58)
        if old is None:
            continue
        if sr.toks[fill - 1].text == ",":
            new = sr.subject_before(fill - 1, maxgap=30)
        else:
            new = sr.subject_before(fill, maxgap=20)
        if new is None or new.etype != "Person" or new.eid == old.eid:
            continue
        if any(r.type == _SO and r.target == old.eid for r in sr.out):
            continue
        if sr.blocked(fill, new) or sr._irrealis(fill):
            continue
        sr.add(_SO, new.eid, old.eid, "filled_vacancy_en")


def _holder_before_vacated(sr: Any, fill: int, t: int) -> Any:
    """"filling the post Y vacated" / "the seat Y (had) left vacant": Y, the person right
    before "vacated" / "(had) left vacant" at *t* and after the verb of filling at *fill*
    (None otherwise)."""
    v = t
    if sr.key(v) == "vacant" and sr.key(v - 1) == "left":
        v -= 1
    if sr.key(v - 1) in ("had", "has"):
        v -= 1
    old = sr.before(v, types=("Person",), maxgap=0)
    return old if old is not None and old.hi == v and old.lo > fill + 1 and \
        not old.poss else None


def _vacant_post_apposition(sr: Any, t: int) -> None:
    """"K named X as the new commander, a post (that had been) vacant since Y was killed" /
    "X took over the ministry, a job left vacant after Y resigned": the one appointed or
    taking over (the object of named/appointed, else the subject) succeeded Y."""
    comma = next((y for y in range(t - 1, max(sr.lo, t - 8) - 1, -1)
                  if sr.toks[y].text == ","), None)
    if comma is None or sr.key(comma + 1) not in ("a", "the") or \
            sr.key(comma + 2) not in _EN_POST_NOUNS | _EN_POST:
        return
    old = _gone_after(sr, t) if sr.key(t + 1) in ("since", "after", "when", "following") else \
        None
    if old is None and sr.key(t + 1) in ("since", "after", "when", "following"):
        old = _gone_after(sr, t + 1)
    if old is None:
        return
    verb = next((y for y in range(comma - 1, max(sr.lo, comma - 16) - 1, -1)
                 if sr.key(y) in L.EN_APPOINT or sr.key(y) in _EN_TAKE_POST), None)
    if verb is None:
        return
    obj = sr.after(verb + 1, types=("Person",), maxgap=3)
    if obj is not None and obj.hi <= comma and sr.key(verb - 1) not in EN_PASSIVE_AUX:
        new = obj  # "K named X as the new commander, a post ..."
    else:
        new = sr.subject_before(verb, maxgap=20)
    if new is None or new.etype != "Person" or new.eid == old.eid:
        return
    if sr.blocked(verb, new) or sr._irrealis(verb):
        return
    sr.add(_SO, new.eid, old.eid, "vacant_post_en")


def whom_succeeded_en(sr: Any) -> None:
    """"Y, whom X succeeded (as ...)" / "Y, whom he succeeded": X (or the sentence's subject
    for "he") succeeded Y; "... after the U.S. killed him": Y was killed by the U.S."""
    for t in sr.triggers(EMPTY, _EN_WHOM):
        old = sr.before(t, types=("Person",), maxgap=1)
        if old is None or old.kind != "name":
            continue
        x = t + 1
        new = None
        if sr.key(x) in ("he", "she"):
            x += 1
        else:
            new = sr.after(x, types=("Person",), maxgap=0)
            if new is None:
                continue
            x = new.hi
        if sr.key(x) in ("had", "has", "later", "eventually"):
            x += 1
        if sr.key(x) not in _EN_SUCC_VERBS:
            continue
        if new is None:
            # "he": the subject of the main clause, named before Y
            new = next((m for m in sr.args if m.etype == "Person" and m.hi <= title_start(old)
                        and m.eid != old.eid and not m.in_title), None)
            if new is None:
                new = sr._prev_subject(old.eid)
        if sr.key(x + 1) == "with" and sr.key(x) in ("replaced", "replace", "replaces"):
            # "Y, whom K replaced with X": X is the new one, K only decided (session 53)
            new = sr.after(x + 2, types=("Person",), maxgap=2)
        if new is None or new.eid == old.eid or sr.blocked(x, new):
            continue
        sr.add(_SO, new.eid, old.eid, "whom_succeeded_en")
        # "... after the United States killed him" (him = Y)
        for y in range(x + 1, min(sr.hi, x + 14)):
            if sr.key(y) in _EN_KILL_VERBS and sr.key(y + 1) in ("him", "her"):
                agent = sr.before(y, types=("Country", "Organization", "Person"), maxgap=1)
                if agent is not None and agent.eid not in (old.eid, new.eid) and \
                        sr.key(y - 1 - (agent.hi - agent.lo)) != "was" and not sr.blocked(y):
                    sr.add(_AB, old.eid, agent.eid, "whom_succeeded_killed_him_en")
                break
            if sr.toks[y].text in (",", ";", "."):
                break
