"""MET_WITH (session 29, multi): the joined subjects of one meeting met each other.

"A and the head of Central Command, B, met Y", "A of Germany and B of France held talks with
Y", "وعاد A وB من الدوحة، حيث التقيا Y": the meeting rules pair A-Y and B-Y; A and B sat on
the same side of one meeting, so the annotation brief ("every named participant of a meeting")
pairs them too. Only a subject list qualifies: the two are joined by "and" / و (one chain) and
both stand before the partner they share; an object list ("X met A and B", "استقبل X A وB",
the shared partner first) is a plain list of partners and stays unpaired. Not when "also" /
كما / أيضاً comes before the partner ("A and B were also received by Y": one more reception in
a list, each guest maybe alone), nor in a sentence of mediated talks ("with W relaying
proposals between them; the two men did not meet face to face", "بشكل غير مباشر"), nor at
a large event ("A and B joined Y for a summit": fellow guests of a summit, a conference, a
ceremony or a funeral, the convention of `meeting_present_more.co_joiners_en`), nor for kin
("X and his brother Y met Z", "بافل طالباني وشقيقه قوباد": session 13's convention; not the
kin of a third person: "X and Trump's son-in-law Y met Z" pairs X and Y, session 62), nor
right after the meeting verb ("استقبل A وB C": an Arabic verb-first clause, where the list
may as well be the object: session 13's convention) or a preposition ("flew to D with A and B;
the two were received by Y": companions, whom `meeting_companions` reads).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.chains import _EN_KIN
from loaders.extract.meeting_co_attendees import _ATTEND_RULES
from loaders.extract.rule_common import title_start

_ALSO = frozenset({"also", "كما", "وكما", "ايضا"})
_APART = frozenset({"indirect", "indirectly", "face", "separately", "separate", "بينهما",
                    "منفصل", "منفصله", "حده"})  # (folded: كلٌّ على حدة، بشكل منفصل)
_EVENTS = frozenset({"summit", "conference", "forum", "ceremony", "funeral", "inauguration",
                     "القمه", "قمه", "الموتمر", "موتمر", "المنتدي", "حفل", "مراسم", "التشييع"})
_NOT_ONE_TABLE = _APART | _EVENTS
_MEET_VERBS = L.AR_MEET | L.EN_MEET
_BEFORE_OBJECT = _MEET_VERBS | {"with", "by", "to", "مع", "برفقه", "يرافقه"}
_KIN = _EN_KIN | L.AR_KIN_HIS | L._ar("شقيقها", "نجلها", "ابنها", "صهره")
_DIRECT_AR = frozenset({"مباشر", "مباشره"})  # after غير: "غير مباشرة"


def co_subjects(sr: Any, n_met: int) -> None:
    """Pair the joined subjects of one meeting (module doc)."""
    partners: dict[str, set[str]] = {}
    for r in sr.out[n_met:]:
        if r.type == "MET_WITH" and not r.rule.startswith(_ATTEND_RULES):
            partners.setdefault(r.source, set()).add(r.target)
            partners.setdefault(r.target, set()).add(r.source)
    shared = [y for y, ps in partners.items() if len(ps) >= 2]
    if not shared or talks_apart(sr):
        return
    first: dict[str, Any] = {}
    for m in sr.args:
        if m.etype == "Person" and m.eid not in first:
            first[m.eid] = m
    for y in shared:
        my = first.get(y)
        if my is None:
            continue
        side = [first[p] for p in partners[y] if p in first and first[p].hi <= my.lo]
        if len(side) < 2:
            continue
        side.sort(key=lambda m: m.lo)
        if any(sr.key(x) in _ALSO for x in range(sr.lo, my.lo)):
            continue
        joined = [m for m in sr.chain(side[0], ("Person",)) if m.hi <= my.lo]
        if any(not sr.f(x).isdisjoint(_KIN) and not sr.toks[x - 1].poss
               for x in range(joined[0].hi, joined[-1].lo)) or (
                not sr.f(title_start(joined[0]) - 1).isdisjoint(_BEFORE_OBJECT)) or (
                sr.has_prep(joined[0], {"ب", "مع", "ل"})):
            continue
        ids = [m.eid for m in joined if m.eid in partners[y]]
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                if a != b and b not in partners.get(a, ()):
                    sr.add("MET_WITH", a, b, "co_subjects")


def talks_apart(sr: Any) -> bool:
    """The sentence tells talks held apart or through a mediator, or a large event (module
    doc; the sentence's key set first, the tokens only for "غير مباشرة")."""
    keys = sr.key_set()
    if not keys.isdisjoint(_NOT_ONE_TABLE):
        return True
    return "غير" in keys and not keys.isdisjoint(_DIRECT_AR) and any(
        sr.key(x) in _DIRECT_AR and sr.key(x - 1) == "غير" for x in range(sr.lo + 1, sr.hi))
