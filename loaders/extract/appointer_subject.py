"""SUCCESSOR_OF (session 66): the successor found is the one who made the appointment; the
scorer's gate "appointer" (``scored``) and the rules' "succeeded_en"
(``succession_rules_en``) drop such a pair.

"Kazemi replaces Fayyadh with Araji", "Alimi appoints bin Mubarak to succeed Maeen",
«العليمي يعيّن بن مبارك خلفاً لمعين عبدالملك», «الرئيس X يكلّف Y بتشكيل الحكومة خلفاً لـZ»:
the subject of an appointing verb named the successor; he took no one's post. The rules read the
appointee (``succession_*``); when his name is not found (a headline's bare "Araji", «بن مبارك»)
the scorer paired the appointer with the predecessor, and the rules' "X names bin Mubarak PM,
replacing Y" took the clause's subject. The successor candidate is the appointer
when an active appointing verb follows his name right away (no comma): a present headline verb
("appoints / names / nominates / taps / picks / designates", «يعيّن / يكلّف / يسمّي»), a past
one ("appointed / named", «عيّن / كلّف») with someone named after it (a person, «بن / أبو»), or
"replaces / replaced Y with Z". Not "Araji replaces Fayyadh" (he is the successor), nor the
headline's passive "Araji appointed national security adviser" (no one named after the verb).
"""

from __future__ import annotations

from loaders.extract import lexicon as L
from loaders.extract.mention_base import Mention
from loaders.extract.rule_common import forms, title_start
from loaders.extract.tokens import Tok

_EN_APPOINTS = frozenset({"appoints", "names", "nominates", "taps", "picks", "designates",
                          "tasks"})
_EN_APPOINTED = frozenset({"appointed", "named", "nominated", "tapped", "picked", "designated",
                           "tasked"})
_EN_REPLACE = frozenset({"replaces", "replaced"})
_EN_NOT_OBJECT = frozenset({"by", "as", "to", "for", "in", "on", "at", ","})
_AR_APPOINTS = L._ar("يعين", "يكلف", "يسمي", "تعين", "تكلف")
_AR_APPOINTED = L._ar("عين", "كلف", "سمى", "عينت", "كلفت")
_AR_NAME_OPENERS = L._ar("بن", "ابن", "أبو", "ابو")


def appointer_successor(m: Mention, toks: list[Tok], hi: int, ments: list[Mention]) -> bool:
    """Is the successor candidate *m* the subject of an active appointing verb right after his
    name (the sentence ends at *hi*; *ments*: its mentions)? See the module docstring."""
    v = m.hi
    if v >= hi:
        return False
    t = toks[v]
    if t.ar:
        fs = forms(t)
        if fs & _AR_APPOINTS:
            return True
        return bool(fs & _AR_APPOINTED) and _named_next(v + 1, toks, hi, ments, m)
    key = t.key
    if key in _EN_APPOINTS:
        return v + 1 < hi and toks[v + 1].key not in _EN_NOT_OBJECT
    if key in _EN_APPOINTED:
        return _named_next(v + 1, toks, hi, ments, m)
    if key in _EN_REPLACE:
        return any(toks[x].key == "with" for x in range(v + 2, min(hi, v + 10)))
    return False


def _named_next(x: int, toks: list[Tok], hi: int, ments: list[Mention], m: Mention) -> bool:
    """Does someone's name open at token *x* (a person mention other than *m*, a title before
    it included, or «بن / أبو» opening a name no list knows)?"""
    if x >= hi:
        return False
    if toks[x].ar and forms(toks[x]) & _AR_NAME_OPENERS:
        return True
    return any(o.etype == "Person" and o.eid != m.eid and
               title_start(o) <= x + 1 and o.lo >= x for o in ments)


# "K, 79, moved to settle the succession, naming his nephew X as deputy crown prince": the
# object of K's appointing verb is no one K succeeded (session 71)
_EN_APPOINTING = frozenset({"naming", "appointing", "picking", "choosing", "tapping",
                            "installing", "promoting", "elevating"})
_EN_KIN_BETWEEN = frozenset({"his", "her", "their", "own", "nephew", "son", "brother",
                             "half-brother", "cousin", "daughter", "deputy", "the", "a"})


def appointee_named(succ: Mention, pred: Mention, toks: list[Tok]) -> bool:
    """Is *pred* the object of an appointing participle after *succ* ("*succ* ..., naming his
    nephew *pred* as ...")? Then *succ* made the appointment and succeeded no one there."""
    x = title_start(pred) - 1
    lo = max(succ.hi, x - 4)
    while x > lo and toks[x].key in _EN_KIN_BETWEEN:
        x -= 1
    return x >= succ.hi and toks[x].key in _EN_APPOINTING and not pred.poss
