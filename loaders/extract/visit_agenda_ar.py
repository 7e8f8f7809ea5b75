"""A visit's agenda, not its outcome (Arabic, session 58).

"يصل X إلى الدوحة في زيارة يلتقي خلالها Y" / "يبدأ X زيارة إلى بيروت يجتمع خلالها مع Y" /
"وصل X ... في جولة يبحث فيها مع Y": an imperfect meeting verb followed by "during it"
(خلالها / فيها / أثناءها) right after a visit or tour noun tells what the visit is to hold,
a plan, so no MET_WITH. The past "في زيارة التقى خلالها Y" is the meeting itself.
Asked by ``modality.Modality.hypothetical``.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import forms
from loaders.extract.tokens import Tok

# "during it": read also by meeting_chain.visit_during_guest_ar
AR_DURING_IT = L._ar("خلالها", "خلاله", "فيها", "اثناءها", "أثناءها")
_VISIT = L._ar("زيارة", "زياره", "زيارته", "زيارتها", "جولة", "جوله", "جولته", "رحلة", "رحله")
VISIT_NOUNS = _VISIT  # (read by meeting_future_adjunct_ar)
_IMPERFECT = "يتن"


def visit_agenda_at(toks: list[Tok], lo: int, hi: int, k: int) -> bool:
    """True when the Arabic verb at *k* (sentence tokens *lo*..*hi*) is an imperfect after a
    visit noun and before "خلالها / فيها": what the visit will hold ("في زيارة يلتقي خلالها
    Y")."""
    key = toks[k].key
    if key[:1] in "وف" and len(key) > 4:
        key = key[1:]
    if key[:1] not in _IMPERFECT or k + 1 >= hi or not forms(toks[k + 1]) & AR_DURING_IT:
        return False
    for x in range(k - 1, max(lo, k - 7) - 1, -1):
        if forms(toks[x]) & _VISIT:
            return True
        if toks[x].text in (".", "؛", ";"):
            return False
    return False


def visit_agenda_ar(sr: Any, k: int) -> bool:
    """:func:`visit_agenda_at` on the sentence *sr* (the rules' test)."""
    return visit_agenda_at(sr.toks, sr.lo, sr.hi, k)


def visit_agenda_in(toks: list[Tok], lo: int, hi: int, before: int) -> bool:
    """Does an Arabic sentence (tokens *lo*..*hi*) hold a visit's agenda verb before token
    *before* (the partner named after it; the scorer's veto: ``scorer_hedged.hedged``)?"""
    return toks[lo].ar and any(visit_agenda_at(toks, lo, hi, k)
                               for k in range(lo, min(hi - 1, before))
                               if toks[k + 1].key in AR_DURING_IT)
