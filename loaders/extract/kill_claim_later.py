"""ASSASSINATED_BY: a killing told without its agent, then who carried out the strike in a
later clause or sentence (session 27, ``kill27``), both languages.

News tells the death first and who struck after it, often in the next sentence:

- "A drone strike on Thursday killed X, a security source said. Hours later, the Pentagon
  said US forces had carried out the strike" / "X and another member were killed, and
  within hours the Pentagon said U.S. forces had carried out the strike";
- "قُتل X ... بضربة طائرة مسيّرة ... . وأعلنت وزارة الدفاع الأميركية أن القوات الأميركية
  نفّذت الضربة" / "... . وأعلنت القيادة المركزية الأميركية أنها نفذت الضربة".

:func:`note_unclaimed` (run last by ``killings.more_killings``) remembers the people a
sentence says were killed when no agent was read for them; :func:`carried_out_later` gives
them the side that "carried out the strike" (its subject, or the speaker when "it" or "its
forces" did it: ``core_recall_strike_later.did_strike_agent``) in the same sentence after
them or in the next two sentences. A killing whose agent was read keeps it
(``core_recall_strike_later.strike_agent_later`` adds the executor to those).

Not read here: a claim opening the next sentence ("... . وتبنّت Y العملية": read by
:mod:`kill_claim_opening_ar` since session 70, which leaves a ministry's claim out as the
older held-out piece ``ar7_no_agent_then_agent`` does), a verb of execution whose object is no strike told before ("carried out a raid in
Kirkuk", "نفذت عملية أخرى"), a denial or a negated execution ("denied it had carried out the
strike", "لم تنفذ"), a conditional, and a killing more than two sentences back.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.core_recall_strike_later import did_strike_agent
from loaders.extract.dispatch import register_triggers
from loaders.extract.kill_claim_next_ar import _AR_KILLED_N, _AR_KILLED_V, _killed_before
from loaders.extract.kill_claim_next_en import _killed_in
from loaders.extract.kill_cues import _EN_KILLED
from loaders.extract.kill_victim_lists import apposition_head
from loaders.extract.rule_common import EMPTY

AB = "ASSASSINATED_BY"
_EN_DID = frozenset({"carried", "conducted", "executed"})
_AR_DID = L._ar("نفذ", "نفذت", "نفذا")
_BACK = 2  # sentences back to the killing
# an English killing told by a verb of killing or a strike (not "died" alone)
_EN_KILLING_WORDS = frozenset({"killed", "killing", "assassinated", "strike", "airstrike",
                               "raid", "bombing", "drone"})
_AR_KILLED = _AR_KILLED_V | _AR_KILLED_N  # (the words _killed_before starts from)
register_triggers(_AR_DID, _EN_DID)
register_triggers(_AR_KILLED, EMPTY)
LATER_CUES = frozenset({_AR_DID, _EN_DID})  # (the gate in relations.run)


def _apposed_killed_en(sr: Any) -> list[Any]:
    """"X, <apposition>, was killed" and "X and <another member / two aides> were killed"
    (not "... was killed by Y"): X."""
    out = []
    for k in sr.triggers(EMPTY, _EN_KILLED):
        if sr.key(k - 1) not in ("was", "were") or "by" in (sr.key(k + 1), sr.key(k + 2)):
            continue
        if sr.toks[k - 2].text == ",":
            head = apposition_head(sr, k - 2)
            if head is not None:
                out.append(head)
            continue
        if sr.key(k - 1) != "were":
            continue
        for y in range(k - 2, max(sr.lo, k - 9), -1):  # "X and another member of Y were"
            if sr.toks[y].punct or sr.mention_at.get(y) is not None and \
                    sr.mention_at[y].etype == "Person":
                break
            if sr.key(y) == "and":
                head = sr.mention_at.get(y - 1)
                if head is not None and head.etype == "Person" and head.hi == y and \
                        not head.poss:
                    out.append(head)
                break
    return out


def note_unclaimed(sr: Any) -> None:
    """Remember the people this sentence says were killed and that have no agent in it
    (with the token after each, for a verb of execution later in the same sentence)."""
    had = {r.source for r in sr.out if r.type == AB}
    for m in sr.args:  # (a loop, not all(): no generator per sentence)
        if m.etype == "Person" and m.eid not in had:
            break
    else:
        return  # (everyone named has an agent, or nobody is named: most killing sentences)
    if sr.toks[sr.lo].ar:
        if not sr.triggers(_AR_KILLED, EMPTY):
            return
        dead = _killed_before(sr, sr.lo, sr.hi, had)
    elif _EN_KILLING_WORDS.isdisjoint(sr.key_set()):
        return  # ("X died in Beirut; the army said it had carried it out as planned": no
        # killing told, "it" is another deed)
    else:
        dead = _killed_in(sr, sr.si, sr.lo, sr.hi) + _apposed_killed_en(sr)
    dead = [m for m in dead if m.eid not in had]
    if dead:
        sr.doc.state.setdefault("unclaimed", []).extend((sr.si, m.hi, m.eid) for m in dead)


def _victims(sr: Any, x: int) -> list[str]:
    """The people killed without an agent before the verb at *x*: in this sentence, else in
    the latest of the two sentences before with any."""
    noted = sr.doc.state.get("unclaimed", ())
    here = [e for s_, hi, e in noted if s_ == sr.si and hi <= x]
    if here:
        return list(dict.fromkeys(here))
    back = [s_ for s_, _hi, _e in noted if sr.si - _BACK <= s_ < sr.si]
    if not back:
        return []
    last = max(back)
    return list(dict.fromkeys(e for s_, _hi, e in noted if s_ == last))


def carried_out_later(sr: Any) -> None:
    """"<Y> carried out the strike" / "<Y> نفذت الضربة" after a killing told without an agent:
    its victims by Y (see the module doc)."""
    if "unclaimed" not in sr.doc.state:
        return
    for x in sr.triggers(_AR_DID, _EN_DID):
        agent = did_strike_agent(sr, x, it=True)
        if agent is None or agent.etype == "Person" or sr.negated(x) or \
                sr.blocked(x, agent) or sr._irrealis(x):
            continue
        had = {r.source for r in sr.out if r.type == AB}
        for v in _victims(sr, x):
            if v != agent.eid and v not in had:
                sr.add(AB, v, agent.eid, "carried_out_later")
