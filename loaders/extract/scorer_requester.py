"""Scorer gate "requester" (session 64): no ASSASSINATED_BY from the scorer whose agent is named
only as the one a strike was carried out for.

"A U.S. airstrike carried out at the request of the Federal Government of Somalia killed X",
"an Israeli strike conducted on behalf of the Lebanese army", «غارة أميركية نُفذت بطلب من
الحكومة الصومالية»: the government asked for the strike; the rules give the strike's own
adjective as the agent (``killing_rules_en``), and the scorer is not to add the requester
beside it. Not when the sentence names it otherwise too ("the Somali government said its
forces killed X").
"""

from __future__ import annotations

from loaders.extract import lexicon as L
from loaders.extract.mention_base import Mention
from loaders.extract.rule_common import forms
from loaders.extract.tokens import Tok

# English: "(at) the request of", "on behalf of", "in support of", "at the invitation of"
_EN_FOR_WHOM = frozenset({"request", "behalf", "support", "invitation", "behest"})
_EN_GAP = frozenset({"the", "a", "an"})
# Arabic: «بطلب من»، «بناء على طلب»، «لصالح»، «دعماً لـ»
_AR_FOR_WHOM = L._ar("بطلب", "طلب", "لصالح", "دعما", "دعماً")
_AR_GAP = L._ar("من", "الى", "إلى", "على")


def requester_agent(m: Mention, toks: list[Tok], lo: int, ments: list[Mention]) -> bool:
    """Is the killer *m* named in this sentence (*ments*: its mentions) only after "the request
    of" / "on behalf of" / «بطلب من» (module doc)?"""
    return all(_for_whom(o, toks, lo) for o in ments if o.eid == m.eid) and \
        _for_whom(m, toks, lo)


def _for_whom(m: Mention, toks: list[Tok], lo: int) -> bool:
    """Is the mention *m* (its title first) the object of "(at) the request of" / "on behalf
    of" / «بطلب من» / «لصالح» (the sentence starting at token *lo*)?"""
    b = (m.tlo if 0 <= m.tlo < m.lo else m.lo) - 1
    if toks[m.lo].ar:
        if m.prefix.lstrip("و") == "ل" and b >= lo and forms(toks[b]) & _AR_FOR_WHOM:
            return True  # «لصالح»: the name's own لـ
        while b >= lo and forms(toks[b]) & _AR_GAP:
            b -= 1
        return b >= lo and bool(forms(toks[b]) & _AR_FOR_WHOM)
    while b >= lo and toks[b].key in _EN_GAP:
        b -= 1
    return b - 1 >= lo and toks[b].key == "of" and toks[b - 1].key in _EN_FOR_WHOM
