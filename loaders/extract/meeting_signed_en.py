"""MET_WITH (English, session 18): those who signed an agreement together met.

- "X and Y (later) signed a memorandum / an accord / the deal ...": X met Y; also when each
  stands in apposition to his title, "Washington's peace envoy, X, and the Taliban's top
  political leader, Y, signed the deal" (``meeting_apposed_subjects_en``, session 65);
- "X signed a border security memorandum (in Baghdad) with Y (and Z)", "X signed on behalf of
  the Sultanate alongside his counterpart, Y": X met Y (and Z);
- "The agreement was signed (in Beijing) by X(, <title>,) and Y": X met Y (session 19, second
  round: also "The joint statement was signed by X and Y"; a statement only when joint).

Only with an agreement noun (a decree or a law signed is no meeting), only people, not when
the sentence tells a call, a letter or a video link, nor when negated or hypothetical ("urged
him not to sign the deal with Y"). Run by ``meetings_en.meetings_en`` on the cue "signed".
"""

from __future__ import annotations

from typing import Any

from loaders.extract.meeting_apposed_subjects_en import apposed_subjects_en
from loaders.extract.meeting_press import (
    each_pair_met,
    people_before,
    people_before_verb_en,
    remote_en,
)
from loaders.extract.meeting_signed_more import apposed_cosigners_en, second_signer_en

EN_SIGNED = frozenset({"signed", "inked", "co-signed", "cosigned"})
_EN_AGREEMENT = frozenset({"agreement", "agreements", "memorandum", "memoranda", "memorandums",
                           "mou", "mous", "accord", "accords", "deal", "deals", "pact", "pacts",
                           "treaty", "treaties", "protocol", "protocols", "contract",
                           "contracts", "declaration", "charter", "convention", "roadmap",
                           "understanding", "document", "documents"})
_EN_JOINT_TEXT = frozenset({"statement", "communique", "communiqué"})
_EN_WITH = frozenset({"with", "alongside"})
_EN_BE = frozenset({"was", "were", "been", "be", "is", "are"})
_EN_STOP = frozenset({".", ";", "who", "which", "that", "after", "before", "while", "and"})


def _agreement_after(sr: Any, t: int) -> int:
    """Index of the agreement noun of "signed <det> (adjectives) <noun>" (-1 if none); also
    "signed (and issued) a (trilateral) joint statement" (session 53)."""
    for y in range(t + 1, min(sr.hi, t + 8)):
        k = sr.key(y)
        if k in _EN_AGREEMENT or k in _EN_JOINT_TEXT and sr.key(y - 1) == "joint":
            return y
        if k == "and" and y == t + 1 and sr.key(y + 1) in _EN_ISSUED:
            continue  # "signed and issued a joint statement"
        if k in _EN_STOP or k == ",":
            return -1
    return -1


_EN_ISSUED = frozenset({"issued", "released", "adopted"})


def _partner_after(sr: Any, t: int) -> Any:
    """The first person of "... with / alongside (his counterpart,) Y" after *t* (the clause's
    own words only: no other person, no new clause between)."""
    for y in range(t + 1, min(sr.hi, t + 14)):
        k = sr.key(y)
        if k in _EN_STOP:
            return None
        m = sr.mention_at.get(y)
        if m is not None and m.etype == "Person":
            return None  # "signed X's plan with Y": not this construction
        if k in _EN_WITH:
            # ("with his Afghan and Uzbek counterparts, A and B": six words before A)
            first = sr.after(y + 1, types=("Person",), maxgap=7 if "counterparts" in (
                sr.key(z) for z in range(y + 1, min(sr.hi, y + 8))) else 5)
            if first is None or first.poss or any(sr.toks[z].punct and sr.key(z) != ","
                                                  for z in range(y + 1, first.lo)):
                return None
            return first
    return None


def signed_together_en(sr: Any) -> None:
    """The signers of one agreement met (module doc)."""
    for t in sr.triggers(frozenset(), EN_SIGNED | EN_SIGNATURES):
        if sr.key(t) in EN_SIGNATURES:
            _put_signatures(sr, t)
            continue
        if sr.key(t - 1) in _EN_BE:  # "The agreement was signed (in B) by X and Y"
            _passive(sr, t)
            continue
        v, people = people_before_verb_en(sr, t)
        if len(people) < 2:  # "X and Y, the leader of Z, signed"
            people = apposed_cosigners_en(sr, v) or apposed_subjects_en(sr, v)
            # ("The US envoy, X, and the Taliban's leader, Y, signed": s65)
        a = _agreement_after(sr, t)
        if len(people) >= 2 and a >= 0:
            if not (remote_en(sr) or any(m.poss for m in people) or sr.blocked(t, people[0])):
                with_ = _partner_after(sr, a)  # "A and B signed a joint statement with C"
                more = [o for o in sr.chain(with_, ("Person",)) if o not in people] \
                    if with_ is not None else []
                each_pair_met(sr, people + more, "signed_together_en")
            continue
        first = _partner_after(sr, t)
        if first is None:
            continue
        a = _agreement_after(sr, t)
        if a < 0 and sr.key(t + 1) not in ("on", "for"):  # "signed on behalf of B alongside Y"
            continue
        subj = sr.subject_before(t)
        if subj is None or subj.etype != "Person" or subj.poss or sr.blocked(t, subj) or \
                remote_en(sr):
            continue
        for o in sr.chain(first, ("Person",)):
            if o.eid != subj.eid:
                sr.add("MET_WITH", subj.eid, o.eid, "signed_with_en")


EN_SIGNATURES = frozenset({"signatures"})


def _put_signatures(sr: Any, t: int) -> None:
    """"X and Y put their signatures to the deal" (session 49): the signers met."""
    if sr.key(t - 1) != "their" or sr.key(t - 2) not in ("put", "affixed", "placed") or \
            sr.key(t + 1) not in ("to", "on"):
        return
    if _agreement_after(sr, t + 1) < 0:
        return
    v = t - 2
    people = people_before(sr, v)
    if len(people) < 2:
        people = apposed_cosigners_en(sr, v)
    if len(people) >= 2 and not (remote_en(sr) or any(m.poss for m in people) or
                                 sr.blocked(v, people[0])):
        each_pair_met(sr, people, "signed_together_en")


_EN_PLACE_WORDS = frozenset({"at", "in", "the", "of", "on", "headquarters", "palace", "office", "foreign",
                             "seat", "ministry", "presidential", "royal", "building", "residence"})


def _place_phrase(sr: Any, lo: int, hi: int) -> bool:
    """Are the tokens from *lo* to *hi* a place ("at the headquarters of the General
    Intelligence Service", "on Thursday at the foreign ministry"; session 65): place words and
    capitalised names only, opening with "at" / "in" / "on", no punctuation and no person?"""
    if sr.key(lo) not in ("at", "in", "on"):
        return False
    for y in range(lo, hi):
        tok = sr.toks[y]
        if tok.punct or not (tok.cap or sr.key(y) in _EN_PLACE_WORDS):
            return False
        m = sr.mention_at.get(y)
        if m is not None and m.etype == "Person":
            return False
    return True


def _passive(sr: Any, t: int) -> None:
    """"<agreement> was signed (in B) by X and Y": X met Y."""
    if not any(sr.key(y) in _EN_AGREEMENT or (sr.key(y) in _EN_JOINT_TEXT and
                                               sr.key(y - 1) == "joint")
               for y in range(max(sr.lo, t - 8), t)):
        return  # (a statement only when joint: "The joint statement was signed by X and Y")
    by = next((y for y in range(t + 1, min(sr.hi, t + 14)) if sr.key(y) == "by"), None)
    if by is None or by > t + 5 and not _place_phrase(sr, t + 1, by):
        return
    first = sr.after(by + 1, types=("Person",), maxgap=6)
    if first is None or first.poss or remote_en(sr) or sr.blocked(t, first):
        return
    people = sr.chain(first, ("Person",))
    if len(people) == 1:  # "by X, the Kingdom's minister of state, and Y"
        second = after_apposition(sr, first) or second_signer_en(sr, first)
        people = [first, second] if second is not None else people
    if len(people) >= 2:
        each_pair_met(sr, people, "signed_by_en")


def after_apposition(sr: Any, first: Any) -> Any:
    """Y of "X, <title naming no one>, and Y" (None if no such Y)."""
    if sr.key(first.hi) != ",":
        return None
    for y in range(first.hi + 1, min(sr.hi, first.hi + 20)):
        k = sr.key(y)
        if k in (".", ";", ":"):
            return None
        m = sr.mention_at.get(y)
        if m is not None and m.etype == "Person":
            return None
        if k == "and" and sr.key(y - 1) == ",":
            y += sr.key(y + 1) == "by"  # "joined by X, <title>, and by Y"
            nxt = sr.after(y + 1, types=("Person",), maxgap=4)
            if nxt is None or nxt.poss or any(sr.toks[z].punct for z in range(y + 1, nxt.lo)):
                return None
            return nxt
    return None
