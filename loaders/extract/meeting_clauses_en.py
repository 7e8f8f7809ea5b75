"""MET_WITH in English: which clause a meeting verb's subject and objects belong to (session 11),
run from the meeting rule (``meetings._met_svo``) on a sentence with a meeting verb:

- "met X and Y, and Z visited Beirut a week later": Z opens a clause of his own (a verb follows
  him), so he is no object of "met" (``objects_in_clause_en``, ``new_clause_after_comma_and``);
- "X was received by Y at his office and later held talks with Z": the subject of the verb after
  "and" is the passive's subject X, not its agent Y (``passive_subject_en``);
- "X held talks in Cairo with Y, and in Doha this week met Z": the second verb has no subject of
  its own and Y is the first meeting's object, so X met Z (``earlier_subject_en``);
- "met Z, Pentagon officials said": the body of a reporting clause is no object; "a delegation
  led by X" (``named_group_members_en``); a "who" whose head is no name (``unnamed_who_head_en``)."""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.meeting_passive_agent import apposed_agent_en
from loaders.extract.meeting_possessed import apposed_object_subject_en
from loaders.extract.meeting_relative_list import relative_clause_cut
from loaders.extract.meeting_unnamed_subject import earlier_meeting_subject_en
from loaders.extract.rule_common import EN_PASSIVE_AUX, person_at, title_start

_EN_CLAUSE_VERBS = frozenset({
    "visited", "arrived", "met", "said", "told", "travelled", "traveled", "flew", "went", "came",
    "returned", "left", "held", "signed", "received", "hosted", "called", "spoke", "was", "were",
    "is", "are", "had", "has", "have", "will", "would", "did", "does", "later", "also",
    "declined", "refused", "stayed", "remained", "attended", "joined",
    # (session 53) "killed ... along with B, and C replaced him": C no victim
    "replaced", "succeeded", "became", "vowed", "ordered", "announced", "condemned", "denied",
    "warned", "urged"})


def new_clause_after_comma_and(sr: Any, gap_keys: list[str], cur: Any, nxt: Any) -> bool:
    """"A was received by B, and C met D", "X met B, and Iraqi PM C met D": the ", and"
    (*gap_keys*, a nationality may follow) between B (*cur*, governed by a word before it:
    "by", a verb) and C (*nxt*, a verb after it) opens a new clause whose subject is C, so B
    and C are no list ("X, B, and C met": B after a list comma stays a list member)."""
    if gap_keys[:2] != [",", "and"] or sr.key(nxt.hi) not in _EN_CLAUSE_VERBS or not all(
            g in L.NATIONALITY or g == "the" for g in gap_keys[2:]):
        return False
    s = title_start(cur)
    return s > sr.lo and sr.key(s - 1) not in (",", "and", "(", "-")


def objects_in_clause_en(sr: Any, objs: list[Any]) -> list[Any]:
    """*objs* up to the first later member that a verb follows ("..., and Z visited it")."""
    for i in range(1, len(objs)):
        o = objs[i]
        if sr.key(o.hi) not in _EN_CLAUSE_VERBS:
            continue
        b = title_start(o) - 1
        while b > objs[i - 1].hi and (sr.key(b) in L.NATIONALITY or sr.key(b) == "the" or
                                      sr.toks[b].cap):
            b -= 1  # "and Iraqi Prime Minister Z visited", "..., Foreign Minister Z said"
        if sr.key(b) in ("and", ","):
            return objs[:i]
    for i in range(1, len(objs)):
        o = objs[i]
        if sr.key(o.hi) in _EN_REPORTERS and sr.key(o.hi + 1) in _EN_SAID:
            return objs[:i]  # "met Z, Pentagon officials said"
    # "included X, who met Y, and Z": Z goes with X (meeting_relative_list.py)
    return relative_clause_cut(sr, objs)


_EN_LED_BY = frozenset({"led", "headed"})


def named_group_members_en(sr: Any, body: Any) -> Any:
    """"met Coordination Framework figures X and Y" / "Hamas officials X and Y": the first
    member named right after the body's group noun (the partners are the people named, not
    the body); else None."""
    k = body.hi
    if k + 1 >= sr.hi or sr.key(k) not in L.EN_GROUP_HEADS or body.poss:
        return None
    if sr.key(k + 1) in _EN_LED_BY and sr.key(k + 2) == "by":
        # "a Hamas delegation headed by X": its head X, not the body
        p = sr.after(k + 3, types=("Person",), maxgap=4)
        return p if p is not None and all(
            not sr.toks[y].punct for y in range(k + 3, title_start(p))) else None
    p = sr.mention_at.get(k + 1)
    if p is None or p.etype != "Person" or k + 1 not in (p.lo, title_start(p)):
        return None
    return p


_EN_REPORTERS = frozenset({"officials", "official", "sources", "source", "spokesman",
                           "spokeswoman", "spokesperson", "diplomats", "officers", "aides"})

_EN_SAID = frozenset({"said", "say", "says", "told", "added", "reported", "confirmed"})

_EN_THEN = frozenset({"later", "then", "also", "subsequently", "afterwards", "separately"})


_EN_MEET_PARTICIPLES = frozenset({"received", "met", "welcomed", "greeted", "hosted"})

_EN_BY_BACK = 24  # "by Y, the speaker of parliament who has become ..., and then met Z"


def _far_agent_by(sr: Any, subj: Any, a: int) -> int | None:
    """The 'by' a few words before *subj* ("by Y", "by Qatar's Emir, Sheikh Y") when *subj*
    is at most 23 words before *a* with no ';' between, else None."""
    if a - subj.hi > _EN_BY_BACK:
        return None
    s0 = title_start(subj)
    b = next((x for x in range(s0 - 1, max(sr.lo, s0 - 6) - 1, -1) if sr.key(x) == "by"), None)
    if b is None or any(sr.key(x) in (";", ":") for x in range(subj.hi, a)):
        return None
    return b


def passive_subject_en(sr: Any, t: int, subj: Any) -> Any:
    """"X was received by Y (at ...) and later held talks with Z": X, the subject of the
    passive before "and", for the verb at *t* whose nearest person *subj* is the passive's
    agent or someone after it; else *subj*."""
    if subj is None or subj.etype != "Person":
        return subj
    a = t - 1
    lo, toks = sr.lo, sr.toks  # (tokens inside the sentence: toks[x].key is sr.key(x))
    while a > lo and (toks[a].key in _EN_THEN or toks[a].key in ("held", "had", "hold")):
        a -= 1
    if sr.key(a) not in ("and", ",") or a <= subj.lo:
        return subj  # ("X was received by Y, then met Z": the comma too)
    b = None  # the last "by" in the 11 words before a (a loop: no generator)
    for x in range(a - 1, max(lo, a - 12), -1):
        if toks[x].key == "by":
            b = x
            break
    if b is None and a - subj.hi > 8:
        b = _far_agent_by(sr, subj, a)  # "by Y, <a long description>, and then met Z"
    if b is None or subj.lo < b:
        return subj
    agent = sr.mention_at.get(b + 1)
    if agent is None and sr.key(b - 1) in _EN_MEET_PARTICIPLES:
        # ("received by President Y", "by Qatar's Emir, Sheikh Y": a title or a description)
        agent = person_at(sr, b + 1) or apposed_agent_en(sr, b)
    if agent is None or agent.etype != "Person" or (subj is not agent and subj.eid != agent.eid
                                                    and subj.lo < agent.hi):
        return subj
    aux = next((x for x in range(b - 1, max(sr.lo, b - 6) - 1, -1)
                if sr.key(x) in EN_PASSIVE_AUX), None)
    if aux is None or not sr.key(aux + 1).endswith("ed") and sr.key(aux + 1) not in (
            "met", "seen", "greeted"):
        return subj
    p = sr.before(aux, types=("Person",), maxgap=1)
    if p is None and aux - 1 >= sr.lo and sr.key(aux - 1) in ("he", "she"):
        return sr._he_at(aux - 1)  # "he was received by Y, then met Z": he, never Y
    if p is None or p.eid == agent.eid or any(
            sr.toks[x].text in (",", ";") for x in range(p.hi, aux)):
        return subj
    return p


def earlier_subject_en(sr: Any, t: int, subj: Any) -> Any:
    """"X held talks with Y, and in Doha this week met Z": X, the partner a meeting rule
    already gave the nearest person Y when Y stands before ", and (adverbials) <verb>" with
    no one named after it; else *subj* (module doc)."""
    if subj is None or subj.etype != "Person":
        return subj
    carried, first = earlier_meeting_subject_en(sr, t, subj)
    if carried:
        return first  # "The premier met X and Y, and then held talks with Z": not Y-Z
    apposed = apposed_object_subject_en(sr, t, subj)  # "X met K's successor, Y, and
    if apposed is not None:  # hosted Z": X (meeting_possessed.py)
        return apposed
    if not sr.out:
        return subj
    a = next((x for x in range(subj.hi, t) if sr.key(x) == "and"), None)
    if a is None or sr.key(a - 1) != "," or any(
            subj.hi <= m.lo < t and m.etype in ("Person", "Organization") for m in sr.args):
        return subj
    partners = [r.source if r.target == subj.eid else r.target for r in sr.out
                if r.type == "MET_WITH" and subj.eid in (r.source, r.target)]
    firsts = [m for m in sr.args if m.hi <= title_start(subj) and m.etype == "Person" and
              m.eid in partners]
    if len(firsts) != 1 or not any(
            firsts[0].hi <= t0 < subj.lo and sr._close_object(t0, subj)
            for t0 in sr.triggers(L.AR_MEET, L.EN_MEET)):
        return subj  # Y must be the object of the meeting word before it
    return firsts[0]


_EN_WHO_OUTER_VERBS = frozenset({"said", "says", "told", "wrote", "announced", "confirmed",
                                 "reported", "added", "included", "wounded", "injured"})

_EN_WHO_AUX = frozenset({"were", "was", "had", "has", "have", "is", "are", "been", "also",
                         "reportedly", "then", "later"})


def unnamed_who_head_en(sr: Any, k: int) -> bool:
    """"X said the strike also killed other commanders who were meeting with Y": the verb
    at *k* follows a "who" that belongs to a noun nobody names (an uncapitalised word right
    before it, and no person in the 8 words before or a verb between him and it), not X."""
    w = k - 1
    while w > sr.lo and sr.toks[w].key in _EN_WHO_AUX:
        w -= 1
    if w <= sr.lo or sr.toks[w].key != "who" or sr.toks[w].ar:
        return False
    head = sr.before(w, types=("Person",), maxgap=8)
    b = w - 1
    if b < sr.lo or sr.toks[b].punct or sr.toks[b].cap or sr.mention_at.get(b) is not None:
        return False
    return head is None or any(sr.toks[y].key in _EN_WHO_OUTER_VERBS or sr.f(y) & L.EN_KILL
                               for y in range(head.hi, w))
