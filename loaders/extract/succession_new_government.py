"""SUCCESSOR_OF: "The new government replaces that of Y" after its prime minister was named
(session 60, blind60d).

Agency copy on a cabinet sworn in names the new prime minister in one sentence and gives his
predecessor in the next, with the government as the subject: «أدى رئيس الوزراء X وأعضاء حكومته
اليمين ... وتأتي الحكومة الجديدة خلفاً لحكومة Y»، «وتخلف الحكومة الجديدة حكومة Y»، "Prime
Minister X and his ministers were sworn in. The new government replaces that of Y / the
cabinet of Y", "The new cabinet succeeds Y's government". X succeeded Y when X is the one
person titled head of government (prime minister, premier, «رئيس الوزراء / الحكومة / مجلس
الوزراء», «د.» allowed before the name) in this sentence before the government or in the two
sentences before; nothing when there
is none or two, when the predecessor is that same person, or when the clause is negated or
hypothetical.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import title_start
from loaders.extract.succession_words import _SO

_AR_GOV = L._ar("الحكومة", "والحكومة", "الحكومه")
_AR_NEW = L._ar("الجديدة", "الجديده")
_AR_INSTEAD = L._ar("خلفا", "خلفاً")
_AR_OF_GOV = L._ar("لحكومة", "لحكومه", "حكومة", "حكومه")
_AR_SUCCEEDS = L._ar("تخلف", "وتخلف", "خلفت", "وخلفت")
_AR_REPLACE = L._ar("بدلا", "بدلاً")
_EN_GOV = frozenset({"government", "cabinet"})
_EN_REPLACES = frozenset({"replaces", "replaced", "succeeds", "succeeded", "replace", "succeed"})
_EN_SKIP = frozenset({"the", "caretaker", "outgoing", "previous", "interim", "transitional"})
_AR_PM_HEADS = L._ar("رئيس", "ورئيس")
_AR_PM_TAILS = L._ar("الوزراء", "الحكومة", "الحكومه", "الوزرا")
_HONORIFICS = L._ar("د", "الدكتور", "المهندس") | {".", "dr", "doctor"}
CUES = frozenset({_AR_GOV, _EN_GOV})


def _heads_government(sr: Any, m: Any) -> bool:
    """Is the person mention *m* titled head of government right before his name (a
    nationality word after an Arabic title, «د.» / "Dr." before the name allowed)?"""
    toks = sr.doc.toks
    lo = max(0, min(title_start(m), m.lo - 6))
    keys = [toks[x].key for x in range(lo, m.lo)]
    while keys and keys[-1] in _HONORIFICS:
        keys.pop()
    if keys and keys[-1] in L.NATIONALITY and toks[m.lo - 1].ar:
        keys.pop()  # ("رئيس الوزراء الفلسطيني X")
    if keys[-1:] == ["premier"] or keys[-2:] == ["prime", "minister"]:
        return True
    return len(keys) >= 2 and keys[-2] in _AR_PM_HEADS and keys[-1] in _AR_PM_TAILS or \
        len(keys) >= 3 and keys[-3] in _AR_PM_HEADS and keys[-2] == L.fold_ar("مجلس")


def _premier_before(sr: Any, before: int) -> str | None:
    """The one person titled head of government in the two sentences before or in this one
    before token *before* (None for none or two)."""
    found: list[str] = []
    for si in (sr.si - 2, sr.si - 1, sr.si):
        for m in sr.doc.by_sent.get(si, ()):
            if m.etype == "Person" and (si < sr.si or m.hi <= before) and \
                    _heads_government(sr, m) and m.eid not in found:
                found.append(m.eid)
    return found[0] if len(found) == 1 else None


def _predecessor_ar(sr: Any, g: int) -> Any:
    """Y of «الحكومة الجديدة خلفاً لحكومة Y / تخلف حكومة Y / بدلاً من حكومة Y» (the government
    noun at *g*)."""
    x = g + 2
    if sr.key(x) in _AR_INSTEAD and sr.key(x + 1) in _AR_OF_GOV:
        return sr.after(x + 2, types=("Person",), maxgap=3)
    if sr.key(x) in _AR_REPLACE and sr.key(x + 1) == L.fold_ar("من") and \
            sr.key(x + 2) in _AR_OF_GOV:
        return sr.after(x + 3, types=("Person",), maxgap=3)
    if sr.key(g - 1) in _AR_SUCCEEDS and sr.key(x) in _AR_OF_GOV:
        return sr.after(x + 1, types=("Person",), maxgap=3)
    return None


def _predecessor_en(sr: Any, g: int) -> Any:
    """Y of "the new government replaces that of Y / the (caretaker) cabinet of Y / Y's
    government" (the government noun at *g*)."""
    v = g + 1
    if sr.key(v) == "will":
        v += 1
    if sr.key(v) not in _EN_REPLACES:
        return None
    x = v + 1
    if sr.key(x) == "that" and sr.key(x + 1) == "of":
        return sr.after(x + 2, types=("Person",), maxgap=2)
    while sr.key(x) in _EN_SKIP:
        x += 1
    if sr.key(x) in _EN_GOV and sr.key(x + 1) in ("of", "led"):
        return sr.after(x + 2, types=("Person",), maxgap=3)
    m = sr.after(x, types=("Person",), maxgap=0)
    return m if m is not None and m.poss and sr.key(m.hi) in _EN_GOV else None


def new_government(sr: Any) -> None:
    """"The new government replaces that of Y" (module doc): its prime minister succeeded Y."""
    for g in sr.triggers(_AR_GOV, _EN_GOV):
        if sr.toks[g].ar:
            if sr.key(g + 1) not in _AR_NEW:
                continue
            old = _predecessor_ar(sr, g)
        else:
            if sr.key(g - 1) != "new" or sr.key(g - 2) != "the":
                continue
            old = _predecessor_en(sr, g)
        if old is None or sr.blocked(g) or sr._irrealis(g):
            continue
        new = _premier_before(sr, g)
        if new is not None and new != old.eid:
            sr.add(_SO, new, old.eid, "new_government")


register_triggers(_AR_GOV, _EN_GOV)
