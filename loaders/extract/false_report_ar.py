"""Arabic: a killing or meeting told only in a claim the next sentence corrects is no relation.

A fact check in Arabic ("مسبار"، "فتبينوا"، an agency's «تدقيق») states the claim and then the
correction: «زعم حساب على منصة إكس أن الجيش التركي قتل X. والصحيح أن X لم يُقتل»، «تداولت
صفحات أن Y التقى Z. وهذا الادعاء غير صحيح»، «الادعاء: ... . الحكم: زائف». The relation word
after a verb or noun of claiming or saying («زعم»، «ادعى»، «تداولت»، «مزاعم»، «قال») whose
clause reaches it, with the next sentence opening on a correction («(و)الصحيح / الحقيقة /
الواقع أن»، «(و)هذا (الادعاء / الخبر) غير صحيح / كاذب / مضلل / عارٍ عن الصحة»، «الحكم:
زائف / مضلل») is not read (``modality.blocked`` for the rules, ``scorer_hedged.hedged`` for
the scorer). The English fact checks are ``false_report_en`` (session 57).
"""

from __future__ import annotations

from collections.abc import Sequence

from loaders.extract import lexicon as L
from loaders.extract.tokens import Tok

_REACH = 30  # tokens from the claim word to the relation word
_CLAIM = L._ar("زعم", "زعمت", "يزعم", "تزعم", "زعموا", "ادعى", "ادعت", "يدعي", "تدعي",
               "ادعوا", "ادعاء", "ادعاءات", "مزاعم", "زاعما", "زاعمة", "تداول", "تداولت",
               "يتداول", "تتداول", "متداول", "متداولة", "نشر", "نشرت", "قال", "قالت",
               "ذكر", "ذكرت", "أفاد", "أفادت", "روج", "روجت", "أشاع", "أشاعت", "الادعاء")
_TRUTH = L._ar("الصحيح", "الحقيقة", "الواقع", "والصحيح", "والحقيقة", "والواقع")
# "(و)لكن" opens a correction as "this" does: «لكن الخبر غير صحيح»
_THIS = L._ar("هذا", "هذه", "وهذا", "وهذه", "لكن", "ولكن")
_CLAIM_HEADS = L._ar("الادعاء", "الزعم", "الخبر", "الأخبار", "المعلومات", "المنشور", "الكلام",
                     "الادعاءات", "المزاعم", "النبأ", "الرواية")
_FALSE = L._ar("كاذب", "كاذبة", "مضلل", "مضللة", "خاطئ", "خاطئة", "مفبرك", "مفبركة", "ملفق",
               "ملفقة", "زائف", "زائفة", "عار", "عارية", "عاري", "باطل", "باطلة")
_NOT = L._ar("غير", "ليس", "ليست")
_TRUE = L._ar("صحيح", "صحيحة", "دقيق", "دقيقة")
_LABELS = L._ar("الحكم", "النتيجة", "التقييم", "التصنيف")
_DENIAL = L._ar("لم", "لا", "ليس", "ليست", "غير", "حي", "حيا", "الحياة", "نفى", "نفت", "لن",
                "يزال", "زال", "مازال")
_ENDS = frozenset({".", "؛", ";", ":", "؟", "?", "!"})


def _correction_next(toks: Sequence[Tok], hi: int) -> bool:
    """Does the sentence at *hi* open with a correction (module doc)?"""
    n = len(toks)
    y = hi
    if y >= n or not toks[y].ar:
        return False
    key = toks[y].key
    if key in _LABELS and y + 2 < n and toks[y + 1].key == ":":
        return toks[y + 2].key in _FALSE
    if key in _TRUTH:
        # "والصحيح أن X لم يُقتل / ما زال حياً": a denial in it, not "والصحيح أن حماس أكدت"
        return y + 1 < n and toks[y + 1].key in ("ان", "انه") and any(
            toks[x].key in _DENIAL for x in range(y + 2, min(n, y + 2 + _REACH)) if
            not any(toks[z].key in _ENDS for z in range(y + 2, x)))
    if key in _THIS:
        y += 1
        if y < n and toks[y].key in _CLAIM_HEADS:
            y += 1
        if y < n and toks[y].key in _NOT:
            return y + 1 < n and toks[y + 1].key in _TRUE
        return y < n and toks[y].key in _FALSE
    return False


def claim_corrected_ar(toks: Sequence[Tok], lo: int, hi: int, k: int) -> bool:
    """Is the Arabic relation word at *k* (sentence tokens *lo*..*hi*) told in a claim the
    next sentence corrects (module doc)?"""
    if not toks[k].ar or not _correction_next(toks, hi):
        return False
    for p in range(k - 1, max(lo, k - _REACH) - 1, -1):
        if toks[p].key in _ENDS:
            return False
        if toks[p].key in _CLAIM:
            return True
    return False
