"""ASSASSINATED_BY: an Arabic claim "أعلن(ت) أنه / أنها قتل(ت) X" whose subject is left out
because it is the one of the clause or sentence before (session 36, ``kill``).

Arabic drops a subject that carries over from the clause before:

- in the same sentence, after a killing told with its agent: "بعدما اغتالت إسرائيل X في غارة
  ...، ثم أعلنت في 22 تشرين الأول أنها قتلت Y" (Israel announced it killed Y);
- at the start of the next sentence, after a killing claimed or told with its agent:
  "وكان الجيش الإسرائيلي قد أعلن أنه قتل X ... . كما أعلن أنه اغتال Y".

:func:`elided_claimer_ar` is asked by ``kill_claims_verdicts.announced_it_killed_ar`` when its
verb of saying has no speaker of its own: it returns the agent the clause before gave a killing
(one agent only), else None.

Not read: a verb of saying with a subject of its own (the caller reads it), a verb that does not
open its clause ("وقال مسؤولون إن الجيش أعلن أنه ...": a subject stands before it), a sentence
before with no killing or with two agents (whose claim it is cannot be told), and a killing by
a person (a person's "أعلن أنه قتل" is read as a confession elsewhere).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

AB = "ASSASSINATED_BY"
_BODIES = ("Country", "Organization")
# what opens a clause whose subject carries over: "ثم أعلنت"، "كما أعلن"، "وأعلن"، "، أعلن"
_AR_THEN = L._ar("ثم", "كما", "فيما", "بينما")
_AR_HAD = L._ar("قد", "كان", "وكان", "كانت", "وكانت")  # "وكان قد أعلن"
_COMMA = frozenset({"،", ","})


def _opens_clause(sr: Any, say: int) -> bool:
    """The verb of saying at *say* opens its clause: "ثم / كما أعلن"، "وأعلن"، "، أعلن"
    (also "وكان قد أعلن")."""
    y = say - 1
    while y >= sr.lo and sr.f(y) & _AR_HAD:
        y -= 1
    if y < sr.lo:
        return True
    return bool(sr.f(y) & _AR_THEN) or sr.toks[y].text in _COMMA or (
        y == say - 1 and sr.toks[say].text.startswith("و"))


def _sentence_start(sr: Any, say: int) -> bool:
    """The verb of saying at *say* opens the sentence ("كما أعلن"، "وأعلن"، "ثم أعلن")."""
    y = say - 1
    while y >= sr.lo and (sr.f(y) & (_AR_HAD | _AR_THEN)):
        y -= 1
    return y < sr.lo


def elided_claimer_ar(sr: Any, say: int) -> str | None:
    """The agent of a claim at *say* whose subject is left out (see the module doc): the
    body that killed someone earlier in this sentence (the nearest before the verb), else,
    when the verb opens the sentence, the one body the sentence before gave a killing."""
    if not _opens_clause(sr, say):
        return None
    etype = sr.doc.etype
    here = {r.target for r in sr.out if r.type == AB and r.sent == sr.si}
    if here:
        m = next((m for m in reversed(sr.args) if m.hi <= say and m.eid in here), None)
        if m is None or m.etype not in _BODIES:
            return None
        return m.eid
    if not _sentence_start(sr, say):
        return None
    before = {a for s_, a in sr.doc.kill_agents if s_ == sr.si - 1}
    if len(before) != 1:
        return None
    agent = next(iter(before))
    return agent if etype(agent) in _BODIES else None
