"""Where a victim list ends: "قتلت إسرائيل X، ووزير الخارجية Y يتوعد بالرد" / "Israel killed X,
and Foreign Minister Y vowed revenge" -- the name after the comma and "و" / "and" is the subject
of a new clause with its own predicate (the verb right after the name), not another victim.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start

_EN_PRESENT = L._en("vows", "says", "warns", "threatens", "condemns", "pledges", "promises",
                    "calls", "denounces", "accuses", "blames", "mourns", "insists", "urges",
                    # past verbs of saying with no -ed: "..., and air force chief Y said ..."
                    "said", "told", "wrote", "spoke")
_AR_PERFECT = L._ar("قال", "قالت", "اكد", "اكدت", "اعلن", "اعلنت", "دان", "دانت", "ندد", "نددت",
                    "حمل", "حملت", "اتهم", "اتهمت", "هدد", "هددت", "نعى", "نعت")


def _predicate_after(sr: Any, x: int) -> bool:
    """Is token *x* (right after a name) a finite verb opening that name's own predicate?"""
    if x >= sr.hi or sr.toks[x].punct or sr.mention_at.get(x) is not None:
        return False
    tk = sr.toks[x]
    k = tk.key
    if tk.ar:
        if k in _AR_PERFECT:
            return True
        # an imperfect verb يفعل / يتفعل / تتفعّل with no article, known name word or title
        return 4 <= len(k) <= 6 and k[0] in ("ي", "ت") and k not in sr.doc.gaz.ar_latin and \
            k not in L.AR_TITLE_FIRST and not any(p.tlo == x for p in sr.args)
    return not tk.cap and (k in _EN_PRESENT or (k.endswith("ed") and len(k) > 4))


# a verb of the item's own after its apposition (not "were": the whole list is the subject)
_OWN_VERB = L._en("was", "is", "has", "died", "survived", "escaped") | L._ar(
    "قتل", "قتلت", "توفي", "توفيت", "نجا", "نجت", "أصيب", "أصيبت", "اغتيل", "اغتيلت")


def _predicate_after_apposition(sr: Any, x: int) -> bool:
    """", <apposition of at most 14 tokens>, <verb>" from token *x* right after a name:
    "..., and in 2022 Y, a commander of the YPJ, was killed in a drone strike" / "وY، رئيس
    المكتب السياسي لحماس، توفي في طهران"."""
    if x >= sr.hi or sr.toks[x].text not in (",", "،"):
        return False
    close = next((y for y in range(x + 1, min(sr.hi, x + 16))
                  if sr.toks[y].text in (",", "،", ".", ";", "؛")), None)
    if close is None or sr.toks[close].text not in (",", "،") or close + 1 >= sr.hi:
        return False
    return sr.key(close + 1) in _OWN_VERB or _predicate_after(sr, close + 1)


def victims_before_new_clause(sr: Any, victims: list) -> list:
    """*victims* (a list from ``chain``) cut before the first member after a comma whose name
    is followed by its own verb (right after it or after its apposition)."""
    for i in range(1, len(victims)):
        m = victims[i]
        start = title_start(m)
        if any(sr.toks[y].text in (",", "،") for y in range(victims[i - 1].hi, start)) and (
                _predicate_after(sr, m.hi) or _predicate_after_apposition(sr, m.hi)):
            return victims[:i]
    return victims
