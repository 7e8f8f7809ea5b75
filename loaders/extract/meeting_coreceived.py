"""MET_WITH (session 24, multi): a passive meeting whose subject is a list of people, and a
list of people met "together".

"A and his Iranian counterpart, B, were received in Beijing by Q" / "the German and French
foreign ministers, A and B, were received together by Q" / "A and B were welcomed in Tehran
by Q": each of A and B met Q (the base passive rule reads one subject: the apposition
"his counterpart, B," and "together" before the participle lost the others). With
"together" / "jointly" the guests met each other too ("were received together by Q": A-B);
without it they are only listed (the convention: list members are not paired). Read only
after the plural "were" (a list subject); not negated or planned ("were not received",
"were to be received", "will be received"); the agent is the name after "by" (or the
apposed / titled agent of ``meeting_passive_agent``).

Arabic: "استُقبل A وB في أنقرة، الأربعاء، من قبل C وD": one reception, every two of its
people met (A-C, A-D, B-C, B-D, A-B, C-D); only with "من قبل / من جانب" after the verb (the
active "استقبل C A وB" is read by the base rules); not "سيُستقبل"، "لم يُستقبل".

"X sat down with A and B together at A's home" / "X met A and B together" / "التقى X A وB
معاً": the listed partners met each other too (``together_objects``; the list ends right
before the word, a meeting verb at most eight words before the list; not "will meet").
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.core_recall import passive_by
from loaders.extract.dispatch import register_triggers
from loaders.extract.meeting_comprised_ar import listed_ar
from loaders.extract.meeting_passive_agent import apposed_agent_en, titled_agent_en
from loaders.extract.rule_common import EMPTY, title_start
from loaders.extract.together_apposed_en import together_apposed_en

_EN_PARTICIPLES = frozenset({"received", "welcomed", "hosted", "greeted"})
EN_COREC = _EN_PARTICIPLES
EN_TOGETHER = frozenset({"together", "jointly"})
AR_TOGETHER = L._ar("معا", "معاً", "سوية", "سويا")
AR_COREC = L._ar("استقبل", "واستقبل", "استقبلت", "واستقبلت", "استقبلا", "واستقبلا")
register_triggers(AR_COREC, EN_COREC)
register_triggers(AR_TOGETHER, EN_TOGETHER)
_AR_BY = (("من", "قبل"), ("من", "جانب"))
_AR_NEG = L._ar("لم", "ولم", "لن", "ولن", "لا", "ما")
_EN_ADVS = frozenset({"together", "jointly", "also", "later", "then", "warmly", "first",
                      "separately", "both", "officially", "formally"})
_EN_TOGETHER = frozenset({"together", "jointly"})
# words between two listed guests: "A and his Iranian counterpart, B", "A, B and C"
_EN_LINK = frozenset({"and", ",", "his", "her", "their", "counterpart", "colleague",
                      "counterparts", "fellow", "deputy", "the", "its", "as", "well",
                      "of",  # ("A of Florida and B": a place of A's; session 49)
                      # kin: "Khalifa Haftar and his son Saddam were received" (session 57)
                      "son", "sons", "brother", "wife", "daughter", "father", "nephew"})


def _guests(sr: Any, were: int) -> list[Any]:
    """The people listed right before the "were" at *were* (the last one may be apposed:
    "..., B, were"), else []."""
    end = were - 1 if sr.toks[were - 1].text == "," else were
    people = [m for m in sr.args if m.etype == "Person" and m.hi <= end and not m.poss]
    if people and people[-1].hi != end and sr.toks[were - 1].text == ",":
        # "A of Florida and B of Indiana, the first U.S. lawmakers ..., were received":
        # the subject past its apposition (session 49)
        head = sr.subject_before(were)
        people = [m for m in people if head is not None and m.hi <= head.hi]
        end = head.hi if head is not None else end
        if head is not None and sr.key(end) == "of":  # "B of Indiana, ..."
            nxt = sr.mention_at.get(end + 1)
            end = nxt.hi if nxt is not None and nxt.etype in ("Location", "Country") else end
    if not people or people[-1].hi != end and not (
            sr.key(people[-1].hi) == "of" and end > people[-1].hi):
        return []
    out = [people[-1]]
    for m in reversed(people[:-1]):
        gap = range(m.hi, title_start(out[0]))
        keys = [sr.key(x) for x in gap]
        if not keys or not all(k in _EN_LINK or k in L.NATIONALITY or
                                k in L.EN_TITLE_FIRST or sr.toks[x].cap
                                for k, x in zip(keys, gap, strict=True)) or \
                not ({"and", ","} & set(keys)):
            break
        if any(sr.mention_at.get(x) is not None and sr.mention_at[x].etype == "Person"
               for x in gap):
            break
        out.insert(0, m)
    return out if len(out) > 1 else []


def _received_by_ar(sr: Any, t: int) -> None:
    """"استُقبل A وB ... من قبل C وD" at the verb *t* (module doc)."""
    by = next((y for y in range(t + 2, min(sr.hi - 1, t + 30))
               if (sr.key(y), sr.key(y + 1)) in _AR_BY), None)
    if by is None or sr.key(t - 1) in _AR_NEG:
        return
    first = sr.after(t + 1, types=("Person",), maxgap=2)
    agent = sr.after(by + 2, types=("Person",), maxgap=4)
    if first is None or agent is None or first.hi > by or any(
            sr.toks[x].text in (".", "؛", ":") for x in range(t, agent.lo)):
        return
    guests = [m for m in listed_ar(sr, first) if m.hi <= by]
    hosts = listed_ar(sr, agent)
    if any(m.lo < by and m.etype == "Person" and m not in guests for m in sr.args
           if m.lo > t):
        return  # another person between the guests and "من قبل": not one list
    if sr.blocked(t, first):
        return
    ids = list(dict.fromkeys(m.eid for m in guests + hosts))
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            sr.add("MET_WITH", a, b, "coreceived_ar")


def coreceived(sr: Any) -> None:
    """Pair each listed guest of a plural passive meeting with its agent (module doc)."""
    for t in sr.triggers(AR_COREC, EMPTY):
        _received_by_ar(sr, t)
    for t in sr.triggers(EMPTY, EN_COREC):
        w = t - 1
        together = False
        while w > sr.lo and sr.key(w) in _EN_ADVS:
            together = together or sr.key(w) in _EN_TOGETHER
            w -= 1
        if sr.key(w) != "were":
            continue
        if sr.key(t + 1) in _EN_TOGETHER:  # "were received together by Q"
            together, t = True, t + 1
        by = passive_by(sr, t)
        if by is None:
            continue
        agent = sr.after(by + 1, types=("Person",), maxgap=2)
        if agent is not None and agent.poss:
            continue
        if agent is None:
            agent = apposed_agent_en(sr, by) or titled_agent_en(sr, by)
        guests = _guests(sr, w)
        if agent is None or not guests or sr.blocked(t, guests[0]):
            continue
        agents = sr.people_chain(agent)
        ids = [g.eid for g in guests]
        for a in agents:
            for g in ids:
                if g != a.eid:
                    sr.add("MET_WITH", g, a.eid, "coreceived_en")
        if together:
            for i, a in enumerate(ids):
                for b in ids[i + 1:]:
                    sr.add("MET_WITH", a, b, "coreceived_en")


def together_objects(sr: Any) -> None:
    """"X met A and B together" / "التقى X A وB معاً": A met B (module doc)."""
    for x in sr.triggers(AR_TOGETHER, EN_TOGETHER):
        last = sr.mention_at.get(x - 1)
        if last is None or last.etype != "Person" or last.hi != x:
            if not sr.toks[x].ar and sr.key(x - 1) == ",":
                together_apposed_en(sr, x)  # "... and B, <title of B>, together" (session 72)
            continue
        ar = sr.toks[x].ar
        people = [m for m in sr.args if m.etype == "Person" and m.hi <= x]
        first = None
        for m in people:  # the list ending at *x*: the first member joined up to it
            ch = listed_ar(sr, m) if ar else sr.chain(m, ("Person",))
            if len(ch) >= 2 and ch[-1] is last:
                first = ch
                break
        if first is None:
            if not ar:  # "met A, <title>, and B, <title>, together" (session 72)
                together_apposed_en(sr, x)
            continue
        s0 = title_start(first[0])
        v = next((y for y in range(s0 - 1, max(sr.lo, s0 - 9) - 1, -1)
                  if (sr.f(y) & L.AR_MEET if ar else sr.key(y) in L.EN_MEET)), None)
        if v is None or sr.blocked(v, first[0]):
            continue
        ids = list(dict.fromkeys(m.eid for m in first))
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                sr.add("MET_WITH", a, b, "together_objects")
