"""An ambiguous known full name is the known person when his nationality is stated by it
(session 25).

Names the gazetteer lists as ambiguous ("Mohammad Mustafa", "محمد مصطفى": many people bear
them) are read as the known person only when the article named him before. A full name of
two words or more with the person's own nationality word in the same clause ("Palestinian
Prime Minister Mohammad Mustafa", "Mohammad Mustafa was sworn in as Palestinian prime
minister", "رئيس الوزراء الفلسطيني محمد مصطفى") states who he is as well: the known person.
Not a lone word (a family name alone says less), not another nationality ("the Egyptian
Mohammad Mustafa"), not past a full stop. The nationality that ends the title right before the
name is decisive even when another one follows (session 45: "جمعته بالرئيس الصومالي حسن شيخ
ورئيس الوزراء الإثيوبي آبي أحمد").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

_BEFORE = 5  # words before the name: "Palestinian Prime Minister X", "رئيس الوزراء الفلسطيني X"
_AFTER = 10  # words after it: "X was sworn in as Palestinian prime minister"
# the nearest nationality word before the name, at most this many words before it (the end of
# his title: "الرئيس الصومالي X", "Somali President X"), is his, whatever nationality follows
_RIGHT_BEFORE = 2
_NOT_GIVEN = frozenset({"abu", "umm", "bin", "ibn", "al", "ابو", "ام", "ابن", "بن", "ابي"})
_STOPS = frozenset({".", "!", "?", ";", "؛", "؟"})


def own_nationality_near(doc: Doc, eid: str, lo: int, hi: int, bearers: set[str]) -> bool:
    """Does the clause around the name at tokens [lo, hi) state the known person *eid*'s
    country by a nationality word, and no other country's? Not when another known bearer of
    the name (*bearers*) is of that country too, nor for a kunya or a "bin" form ("Saudi ...
    bin Laden", "أبو ريشة")."""
    e = doc.gaz.get(eid)
    country = e.country if e is not None and e.type == "Person" else None
    if not country or doc.toks[lo].key in _NOT_GIVEN or any(
            (o := doc.gaz.get(b)) is not None and o.country == country
            for b in bearers if b != eid):
        return False
    toks = doc.toks
    nat = L.NATIONALITY
    seen: set[str] = set()
    for x in range(lo - 1, max(-1, lo - 1 - _BEFORE), -1):
        if toks[x].text in _STOPS:
            break
        if toks[x].key in nat:
            if not seen and x >= lo - _RIGHT_BEFORE and nat[toks[x].key] == country:
                return True  # "بالرئيس الصومالي حسن شيخ ورئيس الوزراء الإثيوبي ..." (s45)
            seen.add(nat[toks[x].key])
    for x in range(hi, min(len(toks), hi + _AFTER)):
        if toks[x].text in _STOPS:
            break
        if toks[x].key in nat:
            seen.add(nat[toks[x].key])
    return seen == {country}
