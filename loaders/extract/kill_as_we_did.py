"""ASSASSINATED_BY: "(just) as we did to A, B and C" - the others of a list of known victims.

A threat that points at past killings: "We will cut off the head of their leadership, just as
we did to Haniya, Sinwar and Nasrallah", "Israel would strike the Houthi leadership as it had
struck down Hanieh, Yahya Sinwar and Hassan Nasrallah", «سنضرب قيادتهم كما فعلنا بهنية
والسنوار ونصر الله». The list is read as killings by the country that an earlier relation of
the document already gives as the killer of one of its people (Israel for Haniyeh, told as
such before); a list with no such person, or whose known killers are several countries, gives
nothing. Only the verb "did"/"فعلنا" after "as"/كما, or "struck down", reads a list, and only
after a threat to strike or kill in the same sentence.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import needs
from loaders.extract.kill_cues import AB

AR_DID_TO = L._ar("فعلنا", "فعلناه")
EN_DID_TO = frozenset({"did", "done", "struck"})
_EN_WE = frozenset({"we", "it", "they"})
_EN_AUX = frozenset({"had", "have", "has"})
_AR_AS = L._ar("كما", "مثلما")
# the threat the comparison belongs to, before it in the sentence ("We will strike / cut off
# the head of ...", «سنضرب قيادتهم»): "We will honour them, as we did to A and B" reads nothing
_EN_THREAT = frozenset({"strike", "kill", "eliminate", "hit", "target", "cut", "destroy",
                        "fate", "hunt", "assassinate", "pursue", "eliminated", "killed"})
_AR_THREAT = L._ar("سنضرب", "نضرب", "سنلاحق", "سنستهدف", "سنقتل", "سنغتال", "سنصفي",
                   "سنقضي", "سنطارد", "سنطال", "المصير", "مصير", "سنقطع", "سنضربهم",
                   "سنلاحقهم", "سنستهدفهم", "سنقتلهم", "سنطاردهم")


def _list_start_en(sr: Any, x: int) -> int | None:
    """The first token of the list after "as we did (to)" / "as it had struck down" (the
    verb at *x*), or None when the verb is not in that frame."""
    k = sr.key(x)
    y = x - 1
    if sr.key(y) in _EN_AUX:
        y -= 1
    if sr.key(y) not in _EN_WE or sr.key(y - 1) != "as":
        return None
    if k == "struck":
        return x + 2 if sr.key(x + 1) == "down" else None
    return x + 2 if sr.key(x + 1) == "to" else None


def _list_start_ar(sr: Any, x: int) -> int | None:
    """The token after "كما فعلنا" (the verb at *x*) where "بـA" starts ("مع A": the token
    after مع), else None."""
    if not sr.f(x - 1) & _AR_AS:
        return None
    nxt = x + 1
    if nxt < sr.hi and sr.key(nxt) == "مع":
        return nxt + 1
    if nxt >= sr.hi or not sr.toks[nxt].text.startswith("ب"):
        return None
    return nxt


def _known_country(sr: Any, eids: set[str]) -> str | None:
    """The one country a relation of the document so far gives as the killer of one of
    *eids* (``doc.kill_pairs``: (sentence, victim, agent) of every ASSASSINATED_BY added)."""
    found = {t for _s, v, t in sr.doc.kill_pairs if v in eids and t.startswith("country:")}
    return found.pop() if len(found) == 1 else None


@needs((AR_DID_TO, EN_DID_TO))
def as_we_did_to(sr: Any) -> None:
    """"just as we did to A, B and C" / «كما فعلنا بـA وB وC»: the people of the list by the
    country already known as the killer of one of them (see the module doc)."""
    for x in sr.triggers(AR_DID_TO, EN_DID_TO):
        start = _list_start_ar(sr, x) if sr.toks[x].ar else _list_start_en(sr, x)
        if start is None or not any(
                sr.f(y) & _AR_THREAT if sr.toks[y].ar else sr.key(y) in _EN_THREAT
                for y in range(sr.lo, x)):
            continue
        first = sr.mention_at.get(start)
        if first is None or first.etype != "Person" or first.lo != start:
            continue
        people = sr.chain(first, ("Person",))
        if len(people) < 2:
            continue
        eids = {m.eid for m in people}
        country = _known_country(sr, eids)
        if country is None or sr.negated(x):
            continue
        for m in people:
            if m.eid != country:
                sr.add(AB, m.eid, country, "as_we_did_to")
