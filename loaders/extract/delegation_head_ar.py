"""Arabic: «رئيس وفد حركة حماس» (the head of the Hamas delegation) names no one by office (session
66).

Without a name right after it (a second title stands between: «رئيس وفد حركة حماس عضو مكتبها
السياسي موسى أبو مرزوق»), the title step read «رئيس ... حركة حماس» as a description of the
movement's head and gave it Ismail Haniyeh. The head of a body's delegation is whoever the body
sent, not its leader: ``title_holders.title_holder`` leaves such a title without a description
(the name after the stacked title is read by its own title)."""

from __future__ import annotations

from loaders.extract import lexicon as L
from loaders.extract.rule_common import forms
from loaders.extract.tokens import Tok

_AR_HEAD = L._ar("رئيس", "ورئيس", "رئيسة", "ورئيسة")
_AR_DELEGATION = L._ar("وفد", "الوفد")


def delegation_head_ar(toks: list[Tok], k: int, hi: int) -> bool:
    """Is the Arabic title at *k* (the sentence ends at *hi*) "head of the delegation (of X)"?"""
    return k + 1 < hi and toks[k].ar and bool(forms(toks[k]) & _AR_HEAD) and \
        bool(forms(toks[k + 1]) & _AR_DELEGATION)
