"""MET_WITH, Arabic: a meeting its subject cancelled, postponed, declined or refused (session
21, shapear).

"وألغى رئيس الوزراء العراقي X لقاءه مع وزير الخارجية الماليزي Y في اللحظة الأخيرة"، "أرجأ X
اجتماعه بـY"، "اعتذر X عن لقاء Y"، "رفض X لقاء Y": nobody met. The negation words of
``lexicon.AR_NEG`` (ألغى، أرجأ، رفض) block a meeting word at most five tokens after them, so a
subject with a long title between the verb and the meeting noun let the meeting through. Here
the verb opens its clause, its subject (with any title) follows, then the meeting noun (عن
before it allowed); the MET_WITH pairs of that subject with the people after the noun are
dropped, up to the end of the clause. English "X cancelled his meeting with Y" puts the verb
next to the noun and was blocked already.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import needs
from loaders.extract.rule_common import EMPTY, title_start

_AR_CANCEL = L._ar("ألغى", "ألغت", "أرجأ", "أرجأت", "أجل", "أجلت", "رفض", "رفضت", "اعتذر",
                   "اعتذرت", "قاطع", "قاطعت")
_AR_MEETING = L.AR_MEET_NOUNS | L._ar("لقاءه", "لقاءها", "اجتماعه", "اجتماعها", "محادثاته",
                                      "مباحثاته", "زيارته", "زيارتها", "الزيارة", "زيارة")
_AR_ABOUT = frozenset({"عن"})
_AR_CLAUSE_END = frozenset({"،", ",", ".", "؛", ";", "!", "؟", "?"})


@needs((_AR_CANCEL, EMPTY))
def drop_cancelled_ar(sr: Any) -> None:
    """Drop the MET_WITH pairs of the subject of "ألغى X لقاءه مع Y" (module doc)."""
    for v in sr.triggers(_AR_CANCEL, EMPTY):
        subj = next((m for m in sr.args if m.etype == "Person" and title_start(m) == v + 1),
                    None)
        if subj is None:
            continue
        n = subj.hi + (1 if sr.key(subj.hi) in _AR_ABOUT else 0)
        if not sr.f(n) & _AR_MEETING:
            continue
        end = next((z for z in range(n, sr.hi) if sr.toks[z].text in _AR_CLAUSE_END), sr.hi)
        ids = {m.eid for m in sr.args if n < m.lo < end and m.etype == "Person"}
        sr.out[:] = [r for r in sr.out if not (
            r.type == "MET_WITH" and subj.eid in (r.source, r.target) and
            (r.source in ids or r.target in ids))]
