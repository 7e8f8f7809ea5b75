"""MET_WITH (English, session 18): lists and subjects around a meeting verb's objects.

- ``generic_before_complement`` / ``past_first_object`` / ``chain_past_body`` (used by
  ``meeting_frames_en.generic_object_including_en``): "Ghaani met Kazemi and later leaders of
  the Coordination Framework, including A of <body> and <body> chief B"; with
  ``generic_before_adjunct`` (session 55): "X met <body> leaders at Y's house in Baghdad on
  December 29, including A": a place / time adjunct between the group noun and its list;
- ``as_well_as_en``: "X met A for the first time, as well as B and C";
- ``and_with_title_en``: "X held talks with A and with the caretaker prime minister, B";
- ``and_in_place_with_en`` (session 66): "X held talks in Nouakchott with A and in Algiers with B";
- ``pronoun_before_with_object``: "..., during which he held talks with Y and was (then)
  received by Z", "X held talks with Y before being received by Z": he / X, not Y (used by ``meetings.met_passive`` and ``passive_apposed_agent_en``);
- ``described_head_past_relative``: "The Amir, who was accompanied by C, also met Z": the
  previous sentence's subject, not C.
- ``aside_then_with_en`` (session 19, used by ``core_recall_objects.more_objects``): "X held talks
  with A and, on the sidelines of the ceremony, with B": X met B too.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.rule_common import EMPTY, title_start

_EN_THEN = frozenset({"later", "then", "also", "afterwards", "subsequently"})


def generic_before_complement(sr: Any, g: int, generic: frozenset[str]) -> int:
    """*g* if it is a generic noun; else the generic noun before an "of <body>" complement
    ending at *g* ("leaders of the Shia Coordination Framework", "leaders of Iran-aligned
    factions"); else -1."""
    if sr.key(g) in generic and sr.mention_at.get(g) is None:
        return g
    for y in range(g, max(sr.lo, g - 8), -1):
        m = sr.mention_at.get(y)
        if (m is not None and m.etype == "Person") or (sr.toks[y].punct and
                                                        sr.toks[y].text not in ("-", "'")):
            return -1
        if sr.key(y) == "of":
            ok = sr.key(y - 1) in generic and sr.mention_at.get(y - 1) is None
            return y - 1 if ok else -1
    return -1


_EN_ADJUNCT_PREPS = frozenset({"at", "in", "on", "during"})
_EN_ADJUNCT_STOPS = frozenset({"with", "and", "who", "which", "where", "that", "to", "by"})


def generic_before_adjunct(sr: Any, g: int, generic: frozenset[str]) -> int:
    """The generic noun before a place / time adjunct ending at *g* ("leaders at Y's house in
    Baghdad on December 29", "officials in Tehran on Monday"), found by
    ``generic_before_complement`` right before the adjunct's first preposition; else -1. The
    adjunct has no punctuation but an apostrophe or hyphen, no "with / and" and no clause
    word; at most 14 tokens."""
    for y in range(g, max(sr.lo, g - 14), -1):
        t = sr.toks[y]
        if (t.punct and t.text not in ("-", "'", "'s")) or sr.key(y) in _EN_ADJUNCT_STOPS:
            return -1
        if sr.key(y) in _EN_ADJUNCT_PREPS and y < g:
            h = generic_before_complement(sr, y - 1, generic)
            if h >= 0:
                return h
    return -1


def past_first_object(sr: Any, y: int) -> int:
    """The token before "<person> and (later) (the)" ending at *y* (the verb's first object),
    else *y* itself (session 66: "met A and the ambassadors of ..., including B")."""
    z = y
    while z > sr.lo and (sr.key(z) in _EN_THEN or sr.key(z) == "the" and z == y):
        z -= 1
    if sr.key(z) != "and":
        return y
    m = sr.mention_at.get(z - 1)
    if m is None or m.etype != "Person":
        return y
    return title_start(m) - 1


def chain_past_body(sr: Any, people: list[Any]) -> list[Any]:
    """*people* (a list ending at its last member) continued past "X of <body> and (<body>
    chief) Y" / "X of <body> and Y, <title>": Y is the list's next member."""
    out = list(people)
    while out:
        last = out[-1]
        y = last.hi
        if sr.key(y) != "of":
            break
        y += 1 + (sr.key(y + 1) == "the")
        body = sr.mention_at.get(y)
        if body is None or body.etype not in ("Organization", "Country"):
            break
        if sr.key(body.hi) != "and":
            break
        nxt = sr.after(body.hi + 1, types=("Person",), maxgap=8)
        if nxt is None or nxt.poss or any(sr.toks[z].punct and sr.toks[z].text != "-"
                                          for z in range(body.hi + 1, nxt.lo)):
            break
        out += sr.people_chain(nxt)
    return out


EN_WELL = frozenset({"well"})
_EN_CLAUSE = frozenset({"who", "which", "that", "and", "said", "says", "but", "while", "where",
                        "when", "after", "before", "had", "has", "was", "were", "is"})


def as_well_as_en(sr: Any) -> None:
    """"X met A for the first time, as well as B and C": B and C were met by whoever met A in
    this sentence (the one named before A), past a short adjunct after A."""
    for t in sr.triggers(frozenset(), EN_WELL):
        a = t - 1
        if sr.key(a) != "as" or sr.key(t + 1) != "as" or sr.key(a - 1) != ",":
            continue
        first = sr.after(t + 2, types=("Person",), maxgap=6)
        if first is None or first.poss or any(sr.toks[z].punct for z in range(t + 2, first.lo)):
            continue
        obj = None
        for y in range(a - 2, max(sr.lo, a - 9), -1):
            m = sr.mention_at.get(y)
            if m is not None and m.etype == "Person":
                obj = m
                break
            if sr.key(y) in _EN_CLAUSE or sr.toks[y].punct:
                break
        if obj is None or obj.hi == a - 1:
            continue  # right before the comma: the list itself reads it
        subjects = {o.eid for r in sr.out if r.type == "MET_WITH" and obj.eid in (r.source,
                                                                               r.target)
                    for o in sr.args if o.eid in (r.source, r.target) and o.eid != obj.eid
                    and o.hi <= obj.lo}
        for s in subjects:
            for m in sr.people_chain(first):
                if m.eid != s:
                    sr.add("MET_WITH", s, m.eid, "as_well_as_en")


EN_WITH = frozenset({"with"})


def _met_before(sr: Any, obj: Any) -> set[str]:
    """The people named before *obj* who met *obj* in this sentence's output."""
    return {o.eid for r in sr.out if r.type == "MET_WITH" and obj.eid in (r.source, r.target)
            for o in sr.args if o.eid in (r.source, r.target) and o.eid != obj.eid
            and o.hi <= obj.lo}


def and_with_title_en(sr: Any) -> None:
    """"X held talks with A and with the caretaker prime minister, B": whoever met A met B (a
    description and a comma between "with" and B)."""
    for t in sr.triggers(EMPTY, EN_WITH):
        obj = sr.mention_at.get(t - 2) if sr.key(t - 1) == "and" else None
        if obj is None or obj.etype != "Person" or obj.hi != t - 1:
            continue
        nxt = sr.after(t + 1, types=("Person",), maxgap=8)
        if nxt is None or nxt.poss or sr.key(nxt.lo - 1) != "," or any(
                sr.toks[z].punct or sr.key(z) in _EN_CLAUSE for z in range(t + 1, nxt.lo - 1)):
            continue  # (a name right after "with" is read by the list itself)
        for s in _met_before(sr, obj):
            if s != nxt.eid:
                sr.add("MET_WITH", s, nxt.eid, "and_with_title_en")


_EN_IN_AT = frozenset({"in", "at"})


def and_in_place_with_en(sr: Any) -> None:
    """"X held talks in Nouakchott with A and in Algiers with B" / "X met in Cairo with A and in
    Amman with B": whoever met A met B too, at another place (session 66); A did not meet B."""
    for t in sr.triggers(EMPTY, EN_WITH):
        place = sr.mention_at.get(t - 1)
        if place is None or place.etype not in ("Location", "Country") or place.hi != t or \
                sr.key(place.lo - 1) not in _EN_IN_AT or sr.key(place.lo - 2) != "and":
            continue
        obj = sr.mention_at.get(place.lo - 3)
        if obj is None or obj.etype != "Person" or obj.hi != place.lo - 2:
            continue
        nxt = sr.after(t + 1, types=("Person",), maxgap=6)
        if nxt is None or nxt.poss or any(sr.toks[z].punct for z in range(t + 1, nxt.lo)):
            continue
        for s in _met_before(sr, obj):
            if s != nxt.eid:
                sr.add("MET_WITH", s, nxt.eid, "and_in_place_with_en")


def _passive_after_object(sr: Any, s_hi: int, t: int) -> bool:
    """Only "and (then) was / were (later)" or "(,) before / after being" between the object
    ending at *s_hi* and the passive participle at *t* (session 25)."""
    ks = [sr.key(y) for y in range(s_hi, t)]
    if ks[:1] == [","]:
        ks = ks[1:]
    if ks[:1] == ["and"]:
        rest = [k for k in ks[1:] if k not in _EN_THEN]
        return rest in (["was"], ["were"])
    return len(ks) == 2 and ks[0] in ("before", "after") and ks[1] == "being"


def pronoun_before_with_object(sr: Any, t: int, subj: Any) -> Any:
    """"..., during which he held talks with Y and (then) was received by Z", "he held talks
    with Y before being received by Z": the subject of the passive at *t* is "he" (the first
    verb's subject; nobody when "he" has no antecedent) or the person named before the verb,
    not Y, the object of "with"; else *subj*."""
    if subj is None or sr.key(title_start(subj) - 1) != "with" or \
            not _passive_after_object(sr, subj.hi, t):
        return subj
    for y in range(title_start(subj) - 2, max(sr.lo, title_start(subj) - 7) - 1, -1):
        if sr.key(y) in ("he", "she"):
            he = sr._he_at(y)
            return he if he is None or he.eid != subj.eid else subj
        m = sr.mention_at.get(y)
        if m is not None and m.etype == "Person" and not m.poss and m.eid != subj.eid:
            return m  # "X held talks with Y before being received by Z": X
        if sr.toks[y].punct or m is not None:
            return subj
    return subj


_EN_DESC_HEAD_MAX = 4  # "The Amir", "The Iraqi premier", "The new foreign minister"


def described_head_past_relative(sr: Any, t: int, subj: Any) -> Any:
    """"The Amir, who was accompanied by X, also met Y": the subject of the verb at *t* is
    the description opening the sentence -- the previous sentence's subject -- not X, named
    inside the closed "who" clause; else *subj*."""
    if subj is None or sr.key(sr.lo) != "the":
        return subj
    c = sr.lo + 1
    while c < sr.lo + 1 + _EN_DESC_HEAD_MAX and sr.key(c) != ",":
        if sr.mention_at.get(c) is not None and sr.mention_at[c].etype == "Person":
            return subj
        c += 1
    if sr.key(c) != "," or sr.key(c + 1) not in ("who", "whom") or subj.lo <= c + 1:
        return subj
    close = t - 1
    while close > c and sr.key(close) in _EN_THEN:
        close -= 1
    if sr.key(close) != "," or subj.hi > close:
        return subj
    head = sr._prev_subject(exclude=subj.eid)
    return head if head is not None else subj


_EN_ASIDE_MAX = 12


def aside_then_with_en(sr: Any, c: int) -> list:
    """The partners after "and, <aside>, with" whose aside opens at the comma *c* ("with A
    and, on the sidelines of the ceremony, with B": [B]); [] when no "with" closes an aside
    that names nobody."""
    for y in range(c + 1, min(sr.hi, c + _EN_ASIDE_MAX)):
        m = sr.mention_at.get(y)
        if m is not None and m.etype in ("Person", "Organization"):
            return []
        if sr.key(y) == "," and sr.key(y + 1) == "with":
            p = sr.after(y + 2, types=("Person", "Organization"), maxgap=3)
            return sr.chain(p) if p is not None else []
        if sr.toks[y].punct and sr.key(y) not in ("-", "'"):
            return []
    return []
