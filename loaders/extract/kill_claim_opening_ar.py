"""ASSASSINATED_BY: an Arabic claim opening the sentence after a killing told without an agent
(session 70, ``agents70``); the next-sentence counterpart of :mod:`kill_claim_next_ar`.

"قُتل وزير الدفاع X ونائبه Y في تفجير استهدف اجتماعاً ... . وتبنّى الجيش السوري الحر
العملية" / "... . وأعلنت حركة الشباب مسؤوليتها (عن الهجوم)": the claimer opening the
sentence (behind و، ثم، وقد) is the agent of each person one of the two sentences before says
was killed with no agent (``kill_claim_later.note_unclaimed``); a second claim opening the
next sentence with «كما» ("كما أعلن «لواء الإسلام» في بيان مسؤوليته عن التفجير") is for the
same dead, also when they lie three sentences back (the blind writers of session 69 pair
both claimers; the older held-out piece ``ar7_no_agent_then_agent`` leaves the Pentagon's
claim out: a ministry claiming a strike is left to the rules that read the country).

Not read: a negated, denied, doubted or reported claim (the claim verb must open the
sentence; «ولم تعلن أي جهة مسؤوليتها»، «نفى»), a claim of another deed («عن الهجوم على
قاعدة ...»)، a claim naming its own victim (``killing_nominal``), a claim whose sentence
names a person killed (read in the sentence itself), a killing whose agent was read, a
ministry as the claimer, and a claimer that is a person.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.kill_claim_later import _victims
from loaders.extract.kill_claim_next_ar import _AR_GROUP_WORDS as _AR_CLAIM_GROUP_WORDS
from loaders.extract.kill_claim_next_ar import AR_CLAIM_NEXT, _claim_object
from loaders.extract.rule_common import EMPTY

if TYPE_CHECKING:
    from loaders.extract.relations import SentenceCore

AB = "ASSASSINATED_BY"
_AGENTS = ("Country", "Organization")
_AR_ALSO = L._ar("كما")
_AR_OPENERS = L._ar("ثم", "وقد", "قد")
_AR_GROUP_WORDS = _AR_CLAIM_GROUP_WORDS | L._ar("مجموعة")  # (تنظيم، جماعة، حركة ... and مجموعة)
_AR_MINISTRY = L._ar("وزارة", "الوزارة")
_STATE = "claimed_opening_ar"
_QUOTES = frozenset({"«", "»", '"', "“", "”"})
OPENING_CUES = frozenset({AR_CLAIM_NEXT})  # (the gate in relations.run, with LATER_CUES)


def _claimer(sr: SentenceCore, c: int) -> object | None:
    """The body or country right after the claim verb at *c* (past a quotation mark and a
    group word: «تنظيم»، «جماعة»)."""
    y = c + 1
    if y < sr.hi and sr.toks[y].text in _QUOTES:
        y += 1
    if sr.f(y) & _AR_GROUP_WORDS and sr.mention_at.get(y) is None:
        y += 1
        if y < sr.hi and sr.toks[y].text in _QUOTES:
            y += 1
    m = sr.mention_at.get(y)
    if m is None or m.lo != y or m.etype not in _AGENTS or sr.f(m.lo) & _AR_MINISTRY:
        return None
    return m


def claimed_opening_ar(sr: SentenceCore) -> None:
    """"قُتل X ... . وتبنّى Y العملية" / "... . كما أعلن Y مسؤوليته عن التفجير": X by Y (see
    the module doc)."""
    if AR_CLAIM_NEXT not in sr._by_ar or sr.si == 0 or not sr.toks[sr.lo].ar:
        return
    also = bool(sr.f(sr.lo) & _AR_ALSO)
    for c in sr.triggers(AR_CLAIM_NEXT, EMPTY):
        opening = c == sr.lo or c == sr.lo + 1 and (also or sr.f(sr.lo) & _AR_OPENERS)
        if not opening:
            continue
        agent = _claimer(sr, c)
        if agent is None or not _claim_object(sr, c, agent):
            continue
        end = next((y for y in range(c + 1, sr.hi) if sr.toks[y].punct and
                    sr.toks[y].text not in _QUOTES), sr.hi)
        if any(m.etype == "Person" and c < m.lo < end for m in sr.args):
            continue  # (a person in the claim: read by the rules of its own sentence)
        if sr.negated(c) or sr.blocked(c, agent) or sr._irrealis(c):
            continue
        state = sr.doc.state.get(_STATE)
        if also and state is not None and state[0] == sr.si - 1:
            victims = list(state[1])  # "كما أعلن Y2 مسؤوليته": the dead of Y1's claim
        else:
            victims = _victims(sr, c)
        if not victims:
            continue
        sr.doc.state[_STATE] = (sr.si, tuple(victims))
        had = {r.source for r in sr.out if r.type == AB}
        for v in victims:
            if v != agent.eid and v not in had:
                sr.add(AB, v, agent.eid, "claimed_opening_ar")
