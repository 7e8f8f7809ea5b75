"""SUCCESSOR_OF, English: whose is a trailing ", replacing / succeeding Y" (session 39).

"Qatar's emir, Sheikh T, held talks with him ..., a day after S was named president for the
transitional period, replacing Assad": the participle belongs to the nearest clause that
gives someone a post, S's passive appointment, not to the sentence's subject T. Likewise
"sworn in along with 15 ministers, among them G as Interior Minister, succeeding Y": G,
the one given the post right before the comma, not the sentence's subject.

Read only when the participle follows a comma and, between it and the nearest person
before, nothing but the post stands: either "S was / were / is / are / been named |
appointed | elected | sworn in | chosen | designated | installed | confirmed | picked ... ,"
or "G as <title> ,", or "K named / appointed G <post>," (G), or a relative clause on a person
"X, who ...," (X, session 62: "K received X, who was named president on Wednesday, succeeding
Y", "K met X, who took office in May, replacing Y"). Otherwise the base
reading (the subject before) stands. Called from ``succession_rules_en._succeeded_en``.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start

_EN_PASSIVE_APPOINT = frozenset({"named", "appointed", "elected", "sworn", "chosen",
                                 "designated", "installed", "confirmed", "picked"})
_EN_BE = frozenset({"was", "were", "is", "are", "been"})
# the appointee right after an active verb of appointing is the one the participle is said of
# (session 49: "Al-Sharaa, whose <body> led the offensive ..., named X caretaker prime
# minister, replacing Y" gave Al-Sharaa)
_EN_ACTIVE_APPOINT = frozenset({"named", "appointed", "nominated", "picked", "chose", "tapped",
                                "designated", "installed"})
_EN_RELATIVE = frozenset({"who"})
_REACH = 16  # words between the appointment and the participle
# a person after these words witnessed or made the appointment ("sworn in before K", "named
# by K"): the participle after him is said of the one appointed, named before (session 48)
_EN_OATH_WITNESS = frozenset({"before", "by"})


def _family_tail_as(sr: Any, e: int, t: int) -> bool:
    """Whether a family name left out of a name's span ("al-Thani", "Nahyan") ends at *e*
    and "as" follows it before *t*."""
    if sr.toks[e].ar:
        return False
    if sr.toks[e].text in ("al", "el", "Al", "El") and sr.toks[e + 1].text == "-":
        e += 3
    elif sr.toks[e].text[:1].isupper():
        e += 1
    else:
        return False
    return e < t - 1 and sr.key(e) == "as"


def participle_holder_en(sr: Any, t: int) -> Any:
    """The person given a post in the clause right before ", <participle> Y" at *t*, when
    that clause is a passive appointment or an "X as <title>" phrase, or the person named
    before the one it was taken before / from ("X was sworn in before K, succeeding Y": X,
    session 48); else None."""
    if t - 1 <= sr.lo or sr.toks[t - 1].text != "," or not sr.key(t).endswith("ing"):
        return None
    for x in range(t - 2, max(sr.lo, t - _REACH) - 1, -1):
        k = sr.key(x)
        m = sr.mention_at.get(x)
        if m is not None and m.etype == "Person":
            if sr.key(m.hi) == "as" and m.hi < t - 1:
                return m  # "among them G as Interior Minister, succeeding Y"
            if _family_tail_as(sr, m.hi, t):
                return m  # "with Sheikh A bin N bin K al-Thani as Prime Minister, replacing
                # Y": a family name left out of the name's span (session 71)
            if sr.key(title_start(m) - 1) in _EN_ACTIVE_APPOINT:
                return m  # "K, whose ..., named X caretaker prime minister, replacing Y"
            at = _phrase_start(sr, title_start(m)) - 1
            if sr.key(at) in _EN_OATH_WITNESS:  # "sworn in before K, succeeding Y": not K
                holder = sr.before(at, types=("Person",), maxgap=_REACH)
                return holder if holder is not None and holder.etype == "Person" else None
            return None  # someone else is named nearer: the base reading
        if k in _EN_PASSIVE_APPOINT and sr.key(x - 1) in _EN_BE and \
                sr.key(x - 2) not in _EN_RELATIVE:  # ("who was named": the head, below)
            s = sr.before(x - 1, types=("Person",), maxgap=0)
            return s if s is not None and s.hi == x - 1 else None
        if k in _EN_RELATIVE and x - 1 > sr.lo and sr.toks[x - 1].text == ",":
            # "K received X, who was named president on Wednesday / took office in May,
            # succeeding Y": the relative clause's head X, not the sentence's subject K
            s = sr.before(x - 1, types=("Person",), maxgap=0)
            return s if s is not None and s.hi == x - 1 else None
        if sr.toks[x].text in (";", ":", "(", ")"):
            return None
    return None


def _phrase_start(sr: Any, p: int) -> int:
    """Where the noun phrase ending in a person's title at *p* starts: capitalised words
    and a body's or a state's name before the title ("before Sovereign Council chairman
    Gen. K": at Sovereign), at most six words back."""
    lo = max(sr.lo, p - 6)
    while p - 1 >= lo and (sr.toks[p - 1].cap or sr.key(p - 1) in L.EN_TITLE_WORDS or
                           sr.toks[p - 1].text == "." or sr.key(p - 1) in ("'s", "the")):
        p -= 1
    return p




_EN_FRONTED_PARTICIPLES = frozenset({"replacing", "succeeding"})
_EN_GERUND_SUBJECT = frozenset({"would", "will", "is", "was", "could", "can", "may", "might",
                                "has", "had", "remains", "be", "proved", "seems", "means"})


def fronted_participle_holder_en(sr: Any, t: int) -> Any:
    """"Replacing / Succeeding Y (as <post>), X took command ...": the participle opening
    the sentence at *t* is said of the main clause's subject, the person named right after
    the first comma past Y (a title before him allowed); else None (session 57)."""
    if t != sr.lo or sr.key(t) not in _EN_FRONTED_PARTICIPLES:
        return None
    for c in range(t + 2, min(sr.hi, t + 12)):
        if sr.toks[c].text in (";", ":", "(", ")", ".", "?", "!") or \
                sr.key(c) in _EN_GERUND_SUBJECT:
            return None  # ("Replacing Y would be hard, X said": the gerund is a subject)
        if sr.toks[c].text == ",":
            m = sr.after(c + 1, types=("Person",), maxgap=4)
            if m is None or any(sr.toks[y].punct for y in range(c + 1, title_start(m))):
                return None
            return m
    return None
