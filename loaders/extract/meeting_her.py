"""MET_WITH: a woman visitor as an Arabic object pronoun, "وصلت الوزيرة X إلى بغداد،
فاستقبلها Y" / "والتقاها Y": "her" stands for a woman named before (a feminine title or verb
right before her name), else for a thing ("وصلت الشحنة ...، فاستقبلها Y": no meeting).
The same agreement picks the antecedent of "لقاء جمعها / جمعه" (``agreeing_antecedent``,
session 68).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start

if TYPE_CHECKING:
    from loaders.extract.relations import SentenceCore

AR_HER_VERBS = L._ar("استقبلها", "التقاها")
_AR_WOMAN_CUES = L._ar(
    "وزيرة", "الوزيرة", "السيدة", "الرئيسة", "رئيسة", "السفيرة", "سفيرة", "المبعوثة",
    "مبعوثة", "الأميرة", "الملكة", "النائبة", "نائبة", "المستشارة", "مستشارة", "المتحدثة",
    "متحدثة", "الممثلة", "ممثلة", "المنسقة", "منسقة", "المديرة", "مديرة", "الأمينة",
    "وكيلة", "مساعدة", "المساعدة", "وصلت", "زارت", "التقت", "توجهت", "اجتمعت", "أجرت",
    "اجرت", "بحثت", "قالت", "وصفت", "حلت", "بدأت")


def woman_named(sr: SentenceCore, eid: str) -> bool:
    """Is the person *eid* named somewhere in the article after a feminine title or verb
    (up to four words before the name)?"""
    for m in sr.doc.ments:
        if m.eid != eid:
            continue
        start = title_start(m)
        for x in range(max(0, start - 4), m.lo):
            if sr.f(x) & _AR_WOMAN_CUES:
                return True
    return False


def agreeing_antecedent(sr: SentenceCore, candidates: list, feminine: bool) -> Any:
    """The first of *candidates* (people, nearest first) a pronoun of that gender can stand
    for: with a feminine pronoun ("جمعها") the nearest woman named so in the article
    (:func:`woman_named`), with a masculine one the nearest other; the nearest of all when
    none agrees (the gender of most names is not known); None without candidates."""
    for m in candidates:
        if woman_named(sr, m.eid) == feminine:
            return m
    return candidates[0] if candidates else None
