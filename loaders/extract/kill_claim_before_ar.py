"""ASSASSINATED_BY (Arabic): a claim of the strike told before the killing it caused, in the
same sentence (session 40, ``kill``); ``kill_claim_next_ar`` reads the claim told after it.

- "وكان Y قد أعلن مسؤوليته عن القصف الذي استهدف المنزل ...، ما أدى إلى مقتل X وابنته";
- "وكانت Y قد أعلنت مساء الأربعاء مسؤوليتها عن ضربة استهدفت ...، قُتل فيها X";
- "فالغارة، التي أعلن Y مسؤوليته عنها ...، أصابت اجتماعاً وأودت أيضاً بـ X وY".

The claimer (a body, a country or a person: after the verb, or before "قد أعلن") is the agent
of each person the rest of the sentence says the strike killed ("ما أدى / أسفرت عن مقتل X",
"قُتل فيها X", "أودت (أيضاً) بـ X"). Not read: a negated claim, a claim of another deed ("عن
الهجوم على قاعدة ..."), a killing with no tie to the claimed strike (a verb of killing not
followed by "فيها / فيه", a killing noun not led to by the strike).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.dispatch import needs
from loaders.extract.kill_claim_next_ar import _AR_ANNOUNCED, _strike_result
from loaders.extract.kill_same_strike_ar import claimed_him_ar
from loaders.extract.kill_victim_lists import titled_list, titles_as_names
from loaders.extract.rule_common import EMPTY, title_start

if TYPE_CHECKING:
    from loaders.extract.mentions import Mention
    from loaders.extract.relations import SentenceCore

AB = "ASSASSINATED_BY"
_AGENTS = ("Country", "Organization", "Person")

_AR_QAD = L._ar("قد")
_AR_RESP = L._ar("مسؤوليتها", "مسؤوليته", "مسؤوليتهم")
_AR_ABOUT_IT = L._ar("عنها", "عنه")
_AR_ABOUT = L._ar("عن")
# the claimed strike after "عن": definite or not ("عن القصف الذي"، "عن ضربة استهدفت")
_AR_OP = L.AR_STRIKE | L._ar("الغارة", "الغاره", "الضربة", "الضربه", "القصف", "الهجوم",
                             "العملية", "العمليه", "التفجير", "الاستهداف")
_AR_OTHER_TARGET = L._ar("على", "ضد", "اخر", "آخر", "الآخر", "الاخر", "اخرى", "أخرى")
_AR_KILLED_N = L._ar("مقتل", "اغتيال", "استشهاد")
_AR_KILLED_IN_V = L._ar("قتل", "وقتل", "استشهد", "واستشهد", "اغتيل", "قضى")
_AR_IN_IT = L._ar("فيها", "فيه")


def _claim(sr: SentenceCore, c: int) -> tuple[Mention, int] | None:
    """The claimer of "أعلن" at *c* and the position after the claimed object, when the
    object is "مسؤوليته عن <strike>" or "مسؤوليته عنها" (a relative clause on the strike)."""
    agent = sr.after(c + 1, types=_AGENTS, maxgap=0)
    if agent is None and c - 1 > sr.lo and sr.f(c - 1) & _AR_QAD:
        y = c - 1  # "وكان Y قد أعلن", "وكانت Y (البنتاغون) قد أعلنت"
        if sr.key(y - 1) == ")":
            y = next((q for q in range(y - 2, max(sr.lo, y - 6) - 1, -1)
                      if sr.key(q) == "("), y)
        agent = sr.before(y, types=_AGENTS, maxgap=0)
        z = c + 1
    elif agent is not None:
        z = agent.hi
    else:
        return None
    if agent is None:
        return None
    r = next((y for y in range(z, min(sr.hi, z + 8)) if sr.f(y) & _AR_RESP), None)
    if r is None or any(sr.toks[y].punct for y in range(z, r)):
        return None
    if sr.f(r + 1) & _AR_ABOUT_IT:
        return agent, r + 2
    if sr.f(r + 1) & _AR_ABOUT and sr.f(r + 2) & _AR_OP and not sr.f(r + 3) & _AR_OTHER_TARGET:
        return agent, r + 3
    return None


def _victims_from(sr: SentenceCore, lo: int) -> list[Mention]:
    """The persons the sentence from *lo* on says the strike killed."""
    out: list[Mention] = []
    for m in sr.args:
        if m.etype != "Person" or m.lo < lo or m in out:
            continue
        b = title_start(m) - 1  # (past a title: "قُتل فيها القيادي X")
        if b > lo and sr.f(b) & _AR_KILLED_N and _strike_result(sr, b) or any(
                q - 1 > lo and sr.f(q) & _AR_IN_IT and sr.f(q - 1) & _AR_KILLED_IN_V and
                not sr.toks[b].punct for q in (b, b - 1)):  # (a title word not read as one:
            # "قُتل فيها المعاون X")
            out += [v for v in titled_list(sr, titles_as_names(sr, sr.chain(m, ("Person",))))
                    if v not in out]  # "ما أدى إلى مقتل X وY"، "قُتل فيها المعاون X"
    for p in claimed_him_ar(sr):  # "وأودت (أيضاً) بوزير الخارجية X وY"
        m = sr.mention_at.get(-p)
        if m is not None and m.lo >= lo and m not in out:
            out += [v for v in sr.chain(m, ("Person",)) if v not in out]
    return out


@needs((_AR_RESP, EMPTY))
def claimed_before_ar(sr: SentenceCore) -> None:
    """"أعلن Y مسؤوليته عن القصف ...، ما أدى إلى مقتل X": X by Y (see the module doc)."""
    for c in sr.triggers(_AR_ANNOUNCED, EMPTY):
        found = _claim(sr, c)
        if found is None:
            continue
        agent, z = found
        if sr.negated(c) or sr.blocked(c, agent) or sr._irrealis(c):
            continue
        for v in _victims_from(sr, z):
            if v.eid != agent.eid:
                sr.add(AB, v.eid, agent.eid, "claimed_before_ar")
