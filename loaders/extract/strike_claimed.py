"""ASSASSINATED_BY: a strike named without its agent, claimed later in the same sentence.

A long sentence often tells the death and the strike first and who carried it out at its end:

- "X was killed in Beirut on Friday in a strike on his car that Israel later said it
  carried out" / "... in a strike in Beirut, which Israel later claimed";
- "قُتل X في غارة على بيروت تبنّتها إسرائيل" / "... في غارة على الضاحية أعلنت إسرائيل
  مسؤوليتها عنها" / "قُتل X في غارة على بيروت، وتبنّت إسرائيل العملية لاحقاً" / "...، وأعلن
  الجيش الإسرائيلي مسؤوليته عنها".

:func:`claimed_strike_agent` is asked by ``KillingAgents._agent_after`` for a strike noun that
names no agent of its own (no nationality, no "by"): it reads the clause after the noun's
place phrase. A denial ("which Israel denied carrying out", "نفت إسرائيل مسؤوليتها"), a
negated claim ("لم تتبنّ أي جهة العملية", "that no group has claimed") or a claim by nobody
named gives no agent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.orders import AR_ORDER_B
from loaders.extract.strike_verb_reach import before_time_phrase

if TYPE_CHECKING:
    from loaders.extract.mentions import Mention
    from loaders.extract.relations import SentenceCore

_AGENTS = ("Country", "Organization")

# ---- English ---------------------------------------------------------------------------
# a place or target phrase after the strike noun ("a strike on his car in Beirut")
_EN_PLACE_PREPS = frozenset({"on", "in", "at", "near", "against", "targeting", "outside",
                             "inside", "south", "north", "east", "west", "of"})
_EN_REL = frozenset({"that", "which"})
_EN_ADV = frozenset({"later", "only", "subsequently", "publicly", "officially", "eventually",
                     "swiftly", "quickly", "itself", "also"})
_EN_SAID = frozenset({"said", "says", "confirmed", "acknowledged", "admitted", "announced",
                      "stated"})
_EN_SELF = frozenset({"it", "they", "he"})  # "said it had carried out" (not "said was")
_EN_OWN = frozenset({"its", "their", "his"})  # "said its jets carried out"
_EN_HAD = frozenset({"had", "has", "have"})
_EN_DONE = frozenset({"carried", "conducted", "launched", "claimed", "executed", "staged",
                      "mounted"})


def _en_place_end(sr: SentenceCore, x: int) -> int:
    """The token after the place phrases that follow the strike noun at *x* ("on his car
    in southern Beirut"): *x* + 1 when none follows; at most eight tokens, no punctuation,
    no person and no relative word inside."""
    y = x + 1
    while sr.key(y) in _EN_PLACE_PREPS:
        z = y + 1
        while z < min(sr.hi, y + 6) and not sr.toks[z].punct and sr.key(z) not in _EN_REL \
                and sr.key(z) not in _EN_PLACE_PREPS:
            m = sr.mention_at.get(z)
            if m is not None and m.etype == "Person":
                return x + 1
            z += 1
        if z - x > 9:
            return x + 1
        y = z
    return y


def _en_claimed(sr: SentenceCore, x: int) -> Mention | None:
    """English: "(on P) (,) (that / which) Y (later) (said) (it) (had) carried out /
    claimed" after the strike noun at *x*, also ", an attack Y ordered" (an apposition) and
    a person who "(said he had) ordered" it: Y."""
    y = _en_place_end(sr, x)
    comma = sr.key(y) == ","
    if comma:
        y += 1
        if sr.key(y) in ("a", "an", "the") and sr.key(y + 1) in _EN_STRIKE_HEADS:
            y += 2  # "..., an attack Trump ordered"
            comma = False
    if sr.key(y) in _EN_REL:
        y += 1
    elif comma:
        return None  # "..., Hezbollah claimed.": a reporting clause, not the strike's agent
    elif y >= sr.hi or y == x + 1 and sr.toks[y].punct:
        return None  # (the strike noun ends the sentence, or a clause mark follows it)
    agent = sr.after(y, types=_AGENTS_ORDER, maxgap=1)
    if agent is None or any(sr.toks[z].punct for z in range(y, agent.lo)):
        return None
    if agent.etype == "Person":
        return agent if _en_ordered_by(sr, agent.hi) else None
    z = agent.hi
    if sr.key(z) in _EN_ADV:
        z += 1
    if sr.key(z) in _EN_SAID:  # the speaker's own act: "said it / its jets (had)"
        z += 1
        if sr.key(z) == "that":
            z += 1
        if sr.key(z) in _EN_OWN:
            z += 2
        elif sr.key(z) in _EN_SELF:
            z += 1
        else:
            return None  # "which the Pentagon said was carried out ...": not the speaker's
    if sr.key(z) in _EN_HAD:
        z += 1
    if sr.key(z) in _EN_ADV:
        z += 1
    if sr.key(z) not in _EN_DONE or sr.key(z + 1) in _EN_CLAIM_THAT:
        return None  # "a strike that Hezbollah claimed was Israeli": a claim about it
    return agent


_AGENTS_ORDER = ("Country", "Organization", "Person")
_EN_CLAIM_THAT = frozenset({"was", "were", "is", "had", "to", "as", "that"})
_EN_STRIKE_HEADS = frozenset({"strike", "attack", "airstrike", "raid", "operation", "bombing"})
_EN_ORDERED = frozenset({"ordered", "authorized", "authorised", "approved"})


def _en_ordered_by(sr: SentenceCore, z: int) -> bool:
    """After a person at *z*: "(later) (said he) (had) ordered / authorized" (the strike)."""
    if sr.key(z) in _EN_ADV:
        z += 1
    if sr.key(z) in _EN_SAID:
        z += 1
        if sr.key(z) == "that":
            z += 1
        if sr.key(z) not in ("he", "she"):
            return False
        z += 1
    if sr.key(z) in _EN_HAD:
        z += 1
    if sr.key(z) in ("personally", "directly", "himself", "herself"):
        z += 1  # "an attack Trump himself ordered"
    return sr.key(z) in _EN_ORDERED


# ---- Arabic ----------------------------------------------------------------------------
_AR_PLACE_PREPS = L._ar("على", "في", "قرب", "داخل", "استهدفت", "شمال", "جنوب", "شرق", "غرب",
                        "بالقرب", "وسط", "ضد")
# "تبنّتها Y", "نفّذتها Y": the strike as the object pronoun of the agent's verb
_AR_CLAIMED_IT = L._ar("تبنتها", "تبناها", "تبنته", "تبناه", "نفذتها", "نفذها", "شنتها", "شنها",
                       "نفذته", "شنته")
# "وتبنّت Y العملية", "وأعلنت Y مسؤوليتها عنها"
_AR_ADOPTED = L._ar("تبنت", "تبنى", "وتبنت", "وتبنى", "اعلنت", "اعلن", "واعلنت", "واعلن")
_AR_RESP = L._ar("مسؤوليتها", "مسؤوليته", "المسؤولية", "مسؤوليتهم")
_AR_ABOUT_IT = L._ar("عنها", "عنه")
_AR_THE_OP = L._ar("العملية", "العمليه", "الهجوم", "الغارة", "الغاره", "الضربة", "الضربه",
                   "الاغتيال", "التفجير", "القصف")
_AR_LATER = L._ar("لاحقا", "لاحقاً", "رسميا", "رسمياً", "فورا", "فوراً")
_AR_STOP = L._ar("قال", "وقال", "قالت", "وقالت", "فيما", "بينما", "لكن", "ولكن", "نفت", "ونفت")


def _ar_after_adopted(sr: SentenceCore, y: int) -> Mention | None:
    """At *y* "تبنّت / أعلنت": its subject Y when the object is the operation ("تبنّت Y
    العملية") or the responsibility for it ("أعلن Y مسؤوليته عنها / عن الغارة")."""
    agent = sr.after(y + 1, types=_AGENTS, maxgap=0)
    if agent is None:
        return None
    z = agent.hi
    if sr.f(z) & _AR_LATER:
        z += 1
    fz = sr.f(z)
    if fz & _AR_THE_OP and "علن" not in sr.key(y):  # "تبنّت Y العملية", not "أعلنت Y الهجوم"
        return agent
    if fz & _AR_RESP:
        z += 1
        if sr.f(z) & _AR_LATER:
            z += 1
        if sr.f(z) & _AR_ABOUT_IT or sr.key(z) == "عن" and sr.f(z + 1) & _AR_THE_OP:
            return agent
    return None


# "بضربة قالت / أعلنت Y أنها نفّذتها" (session 24): the claimer's own saying, the strike
# the object pronoun of its verb or the subject of the passive "نُفذت بأمر من Z"
_AR_SAID_V = L._ar("قال", "قالت", "اكد", "اكدت", "ذكر", "ذكرت")
_AR_THAT_IT = L._ar("انها", "انه", "بانها", "بانه")
_AR_DONE_PASSIVE = L._ar("نفذت", "شنت", "نفذ", "شن")


def _ar_said_did(sr: SentenceCore, y: int) -> Mention | None:
    """At the saying verb *y* after the strike noun: "قالت / أعلنت Y (إ/أ)نها نفّذتها / شنّها"
    or "أنها نُفذت بأمر / بتوجيه من Z" (the strike as subject, the order named): Y; None for
    anything else (a report about the strike, "قالت Y إنها استهدفت مدنيين")."""
    agent = sr.after(y + 1, types=_AGENTS, maxgap=0)
    if agent is None or not sr.f(agent.hi) & _AR_THAT_IT:
        return None
    z = agent.hi + 1
    fz = sr.f(z)
    if fz & _AR_CLAIMED_IT:
        return agent
    if fz & _AR_DONE_PASSIVE and sr.f(z + 1) & AR_ORDER_B:
        return agent  # "أنها نُفذت بأمر من الرئيس Z"
    return None


def _ar_claimed(sr: SentenceCore, x: int) -> Mention | None:
    """Arabic: the claim after the strike noun at *x* and its place phrase: "تبنّتها Y",
    "أعلنت Y مسؤوليتها عنها", "، وتبنّت Y العملية (لاحقاً)" (within 14 tokens, the same
    clause or the one after a comma)."""
    commas = 0
    for y in range(x + 1, min(sr.hi, x + 15)):
        tk = sr.toks[y]
        if tk.punct:
            if tk.text not in ("،", ",") or commas:
                return None
            commas += 1
            continue
        fy = sr.f(y)
        if fy & _AR_SAID_V:  # "بضربة أعلنت / قالت Y أنها نفّذتها / أنها نُفذت بأمر من Z"
            return _ar_said_did(sr, y)
        if fy & _AR_STOP:
            return None
        if fy & _AR_CLAIMED_IT:
            return sr.after(y + 1, types=_AGENTS, maxgap=0)
        if fy & _AR_ADOPTED:
            return _ar_after_adopted(sr, y) or (
                _ar_said_did(sr, y) if "علن" in sr.key(y) else None)
        m = sr.mention_at.get(y)
        if m is not None and m.etype == "Person":
            return None  # another clause about someone
    return None


def claim_after_ar(sr: SentenceCore, x: int) -> str | None:
    """Arabic: the body a clause after token *x* says claimed the strike ("، وأعلن Y
    مسؤوليته عنه", "، وتبنّى Y الهجوم"); None when none or negated."""
    agent = _ar_claimed(sr, x - 1)
    if agent is None or sr.negated(agent.lo) or sr.negated(agent.hi):
        return None
    return agent.eid


def claimed_strike_agent(sr: SentenceCore, x: int) -> str | None:
    """The country or body that a clause after the strike noun at *x* says carried it out
    or claimed it (see the module doc); None when there is none, or the claim is negated."""
    agent = _ar_claimed(sr, x) if sr.toks[x].ar else _en_claimed(sr, x)
    if agent is None or sr.negated(agent.lo) or sr.negated(agent.hi):
        return None
    return agent.eid


# ---- the claim before "the strike that killed X" -------------------------------------------
_EN_STRIKE_MODS = frozenset({"the", "a", "an", "air", "drone", "missile", "deadly", "rocket",
                             "targeted", "precision", "suicide", "car", "bomb"})
_EN_CLAIM_V = frozenset({"claimed", "claims", "acknowledged", "admitted"})
_EN_OUT = frozenset({"out"})
_AR_CLAIM_V = L._ar("تبنت", "تبنى", "وتبنت", "وتبنى")
_AR_ANNOUNCE_V = L._ar("اعلنت", "اعلن", "واعلنت", "واعلن")


def _en_claimer_before(sr: SentenceCore, x: int) -> Mention | None:
    """English, the strike noun at *x*: "Y claimed (responsibility for) the strike", "Y
    (said it) carried out the strike", "Y acknowledged the attack": Y."""
    y = x - 1
    while y > sr.lo and sr.key(y) in _EN_STRIKE_MODS and x - y < 5:
        y -= 1
    y = before_time_phrase(sr, y)  # "Y claimed on Thursday the bombing" (s65)
    if sr.key(y) == "for" and sr.key(y - 1) == "responsibility":
        y -= 2
    elif sr.key(y) in _EN_OUT and sr.key(y - 1) in ("carried", "conducted"):
        y -= 1
    elif sr.key(y) not in _EN_CLAIM_V and sr.key(y) not in ("conducted", "launched"):
        return None
    if sr.key(y) not in _EN_CLAIM_V and sr.key(y) not in ("carried", "conducted", "launched"):
        return None
    z = before_time_phrase(sr, y - 1)  # "Y on Thursday claimed the bombing" (s65)
    if sr.key(z) in _EN_HAD:
        z -= 1
    if sr.key(z) in _EN_ADV:
        z -= 1
    if sr.key(z) in _EN_SELF and sr.key(z - 1) in _EN_SAID:  # "Y said it carried out"
        z -= 2
        if sr.key(z) in _EN_ADV:
            z -= 1
    m = sr.mention_at.get(z)
    return m if m is not None and m.etype in _AGENTS and m.hi == z + 1 else None


def _ar_claimer_before(sr: SentenceCore, x: int) -> Mention | None:
    """Arabic, the strike noun at *x*: "تبنّت Y الغارة", "أعلنت Y مسؤوليتها عن الغارة": Y."""
    y = x - 1
    if sr.key(y) == "عن" and sr.f(y - 1) & _AR_RESP:
        y -= 2
        verbs = _AR_ANNOUNCE_V | _AR_CLAIM_V
    else:
        verbs = _AR_CLAIM_V
    if sr.f(y) & _AR_LATER:
        y -= 1
    m = sr.mention_at.get(y)
    if m is None or m.etype not in _AGENTS or m.hi != y + 1 or not sr.f(m.lo - 1) & verbs:
        return None
    return m


def claimer_before_strike(sr: SentenceCore, x: int) -> str | None:
    """Who the clause before the strike noun at *x* says claimed or carried it out ("Y
    claimed responsibility for the strike that killed X", "تبنّت Y الغارة التي قتلت X");
    None when nobody or the claim is negated ("Y did not claim the strike")."""
    m = _ar_claimer_before(sr, x) if sr.toks[x].ar else _en_claimer_before(sr, x)
    if m is None or sr.negated(m.lo) or sr.negated(m.hi + 1):
        return None
    return m.eid
