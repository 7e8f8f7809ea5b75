"""A newly elected or appointed holder names his own successor in the post he leaves.

Arabic:
"انتخب البرلمان W رئيساً، فعيّن بدوره X خلفاً له في رئاسة الحكومة"، "انتُخب W رئيساً للبلاد،
وعيّن X خلفاً له": X succeeded W, the one the sentence elevated before the appointment verb,
which has no subject of its own (the appointee right after it, "بدوره" allowed between).

Read only when the sentence names no one removed, killed or gone (``pronoun_predecessor_ar``
tries those first) and the appointment is a verb, not a verbal noun of a decree ("وتعيين X
خلفاً له"). Not "عيّن الرئيس K X خلفاً له" (a subject of its own: K may name a successor to
someone else). Called from ``core_recall_succession.pronoun_predecessor_ar``.

English: "K was elected president and named X to replace him as prime minister", "Parliament
elected K president, and he appointed X to succeed him": X succeeded K, the appointer, when the
sentence elevated him before the appointment verb and names no one else who left (called last
from ``wire_succession_en._pronoun_predecessor``)."""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

_AR_APPOINTED_V = L._ar("عين", "فعين", "وعين", "عينت", "فعينت", "وعينت", "سمى", "فسمى", "وسمى",
                        "كلف", "فكلف", "وكلف", "اختار", "فاختار", "واختار")
_AR_IN_TURN = L._ar("بدوره", "بدورها")
# the elevation before: "انتخب (البرلمان) W رئيساً"، "انتُخب W"، "أدى W اليمين"، "تولى W الرئاسة"
_AR_ELEVATED = L._ar("انتخب", "وانتخب", "انتخبت", "وانتخبت", "اختير", "واختير", "نصب", "ونصب",
                     "ادى", "وادى", "أدى", "وأدى", "تولى", "وتولى", "أصبح", "اصبح", "وأصبح")


def own_post_appointer_ar(sr: Any, ap: int, new: str) -> str | None:
    """The one elevated before the subjectless appointment verb at *ap* (module doc)."""
    if not sr.f(ap) & _AR_APPOINTED_V:
        return None
    nxt = ap + 1 + (sr.key(ap + 1) in _AR_IN_TURN)
    m = sr.after(nxt, types=("Person",), maxgap=0)
    if m is None or m.eid != new:
        return None  # "عيّن الرئيس K X": a subject of its own
    for x in range(ap - 1, max(sr.lo, ap - 25) - 1, -1):
        if sr.f(x) & _AR_ELEVATED:
            w = sr.after(x + 1, types=("Person",), maxgap=2)
            if w is not None and w.hi <= ap and w.eid != new:
                return w.eid
            return None
    return None


_EN_ELEVATED = frozenset({"elected", "sworn", "became", "installed", "inaugurated", "promoted"})


def own_post_appointer_en(sr: Any, namer: Any, verb: int) -> str | None:
    """The appointer *namer* of the verb at *verb*, when an elevation word stands between his
    name and the verb ("K was elected president and named X to replace him"; "elected K
    president, and he appointed X": the one after the elevation word)."""
    if namer is None:
        return None
    x = next((y for y in range(verb - 1, max(sr.lo, verb - 12) - 1, -1)
              if sr.key(y) in _EN_ELEVATED), None)
    if x is None:
        return None
    if namer.hi <= x:
        return namer.eid  # "K was elected president and named X"
    w = sr.after(x + 1, types=("Person",), maxgap=0)  # "elected K president, and he appointed"
    if w is not None and sr.key(verb - 1) in ("he", "she"):
        return w.eid
    return None
