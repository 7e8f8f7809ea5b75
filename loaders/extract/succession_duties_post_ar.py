"""Arabic: an office named after "مهام / أعمال" is the post taken, not a person.

"كلّف K النائب الأول X بمهام رئيس الجمهورية خلفاً لـY" / "بتكليف X بالقيام بأعمال رئيس
الوزراء خلفاً للشهيد Y": the title "رئيس الجمهورية" after "بمهام" names the duties X takes
on; the coreference links such a title to its holder, Y himself, so the nearest person
before "خلفاً" was Y and no succession was read. :func:`duties_taker_ar` gives the caller
(``succession_rules_ar``, "خلفاً لـY") the one charged with the duties: the person named right
before them, the object of a charging verb or noun ("كلّف / بتكليف"). Not read: a speaker or
an appointer not next to the duties ("قال K إن الحكومة ستتولى مهام رئيس الجمهورية").
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start

# "the duties / the work of": the office after them is a post (folded keys, with "بـ / لـ")
_AR_DUTIES = L._ar("مهام", "بمهام", "لمهام", "اعمال", "أعمال", "باعمال", "بأعمال", "لأعمال",
                   "لاعمال")
# "(charged X) with running / carrying out / taking on" the duties
_AR_DUTY_VERBS = L._ar("بالقيام", "القيام", "بتسيير", "تسيير", "بتولي", "تولي", "بإدارة")
_AR_CHARGE = L._ar("كلف", "وكلف", "يكلف", "ويكلف", "كلفت", "تكليف", "بتكليف", "وتكليف",
                   "عين", "وعين", "يعين", "تعيين", "بتعيين", "وتعيين")


def duties_taker_ar(sr: Any, m: Any) -> Any:
    """When the mention *m* is an office description right after "مهام / أعمال" ("بمهام رئيس
    الجمهورية"), the person charged with those duties: named right before them (past "بالقيام /
    بتسيير"), after a charging verb or noun; else None (*m* is no such post, or no taker)."""
    if m is None or m.kind != "desc":
        return None
    x = title_start(m) - 1
    if x <= sr.lo or sr.key(x) not in _AR_DUTIES:
        return None
    if sr.key(x - 1) in _AR_DUTY_VERBS:
        x -= 1
    taker = sr.before(x, types=("Person",), maxgap=0)
    if taker is None or taker.kind != "name" or taker.hi != x or taker.eid == m.eid:
        return None
    if not any(sr.key(y) in _AR_CHARGE for y in range(sr.lo, title_start(taker))):
        return None
    return taker
