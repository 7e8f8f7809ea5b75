"""SUCCESSOR_OF, Arabic: the appointee of a gapped, coordinated appointment (session 39).

"انتخب المجلس A نائباً أول بدلاً من B، والسيد C نائباً ثانياً بدلاً من D": the verb is said
once; the second conjunct ("، و C <post> بدلاً من D") has its own appointee C, who replaced D.
The Arabic "بدلاً من" rule (``core_recall_succession.instead_of``) took the verb's first
object A for both markers (A -> D, a false pair, and C -> D lost), as the English "named A as
P in place of B, and C as Q in place of D" did before ``coordinated_appointee_en``.

Only when the earlier conjunct closes with its own replacement: the person B right before
"، و" follows a marker of replacement (بدلاً من، خلفاً لـ، مكان، محل) said after A, and C
(title allowed) opens the و-conjunct and ends before the marker at *t*. An apposition of C in
commas may stand before the post ("، واللواء C، قائد الجيش، رئيساً للأركان بدلاً من D"; session
59): up to two commas that open no و-conjunct are passed over.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start

_AR_REPLACE_MARK = L._ar("بدلا", "بدلاً", "عوضا", "عوضاً", "خلفا", "خلفاً", "مكان", "محل",
                         "لخلافة")


def gapped_appointee_ar(sr: Any, first: Any, t: int) -> Any:
    """The appointee C of the و-conjunct holding the marker at *t*, when the conjunct before
    it (with the first appointee *first*) closed with its own replacement; else None."""
    skipped = 0
    for x in range(t - 1, first.hi, -1):
        if sr.toks[x].text not in ("،", ","):
            continue
        nxt = sr.toks[x + 1] if x + 1 < sr.hi else None
        if nxt is None:
            return None
        c = sr.after(x + 1, types=("Person",), maxgap=2) if nxt.key.startswith("و") else None
        if c is None or c.hi > t:
            skipped += 1  # "، وC، قائد الجيش، وزيراً بدلاً من D": C's apposition
            if skipped > 2:
                return None  # the nearest commas open no و-conjunct
            continue
        if title_start(c) > (x + 1 if skipped else x + 3) or c.eid == first.eid:
            return None  # (past an apposition: the و of the name or its title itself)
        b = sr.before(x, types=("Person",), maxgap=0)
        if b is None or b.hi != x or b.eid in (first.eid, c.eid):
            return None
        if not any(sr.f(y) & _AR_REPLACE_MARK for y in range(first.hi, title_start(b))):
            return None  # "عيّن A وزيراً للمالية ونائباً لرئيس الوزراء، وC ...": no marker
        return c
    return None
