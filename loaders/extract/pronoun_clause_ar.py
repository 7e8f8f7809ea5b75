"""Arabic: a verb with an object pronoun opening a sentence stands for the person before.

Arabic copy names someone and goes on in the next sentence with a verb whose object is a
pronoun suffix: "عاش القيادي في حماس X في بيروت سنوات. واغتالته إسرائيل بغارة" (Israel killed
him), "قاد اللواء X الحرس ست سنوات. وفي آذار خلفه العقيد Y" (in March Y succeeded him). The
killing rules read the pronoun as the person named before the verb in its own sentence, and
the "خلفه" rule wants the verb to open its clause; with nobody named before the verb and
only "و" or a time phrase ("وفي آذار"، "وفي 2 كانون الثاني"، "وبعد أيام") before it, the pronoun
is the previous sentence's subject (:func:`pronoun_victim_ar`, :func:`time_opened_ar`).
A dual or plural pronoun ("واغتالتهما الولايات المتحدة"، "وقد قتلتهم إسرائيل") stands for the
previous sentence's subject together with the persons joined to it by "و" or commas
(:func:`prev_subject_list_ar`); "وقد" opens such a clause as a time phrase does.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.mention_base import Mention

_AR_TIME_OPENER = L._ar(
    "و", "في", "خلال", "بعد", "قبل", "منذ", "عام", "سنة", "الماضي", "الماضية", "الأسبوع",
    "الشهر", "العام", "أمس", "اليوم", "مطلع", "منتصف", "أواخر", "أوائل", "نهاية", "بداية",
    "أيام", "يومين", "أسابيع", "أشهر", "سنوات", "ذلك", "لاحقا", "لاحقاً", "كانون", "الثاني",
    "الأول", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين",
    "يناير", "فبراير", "مارس", "أبريل", "ابريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
    "أكتوبر", "نوفمبر", "ديسمبر", "السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء",
    "الأربعاء", "الخميس", "الجمعة", "قد", "وقد", "ثم", "التالي", "التالية")
_MAX_OPENER = 6


def time_opened_ar(sr: Any, t: int) -> bool:
    """Is the verb at *t* preceded in its sentence only by a short time phrase ("وفي آذار"،
    "وبعد أيام"، "وفي 2 كانون الثاني 2024،"), no person or body named in it?"""
    if t == sr.lo or t - sr.lo > _MAX_OPENER:
        return False
    for y in range(sr.lo, t):
        if sr.mention_at.get(y) is not None:
            return False
        tk = sr.toks[y]
        if not (tk.text in ("،", ",") or tk.text.isdigit() or sr.f(y) & _AR_TIME_OPENER):
            return False
    return True


def pronoun_victim_ar(sr: Any, t: int) -> Mention | None:
    """The person the object pronoun of the killing verb at *t* stands for when the verb opens
    its sentence ("واغتالته إسرائيل"، "وفي آذار اغتالته ...") and the sentence names nobody
    before it: the previous sentence's subject, as a pronoun mention at *t*; else None."""
    if sr.si == 0 or not (t == sr.lo or time_opened_ar(sr, t)):
        return None
    return prev_subject_at_ar(sr, t)


def prev_subject_at_ar(sr: Any, t: int) -> Mention | None:
    """The previous sentence's subject as a pronoun mention at token *t* (what a pronoun or a
    dual word at *t* stands for), else None."""
    prev = sr._prev_subject(exclude="")
    if prev is None:
        return None
    tok = sr.toks[t]
    return Mention(t, t + 1, tok.start, tok.end, prev.eid, "Person", sr.si, kind="pron", tlo=t)


def _waw_title(key: str) -> bool:
    """Is *key* a title word with the conjunction و on it ("والرئيس الإيراني Y"، "والوزير Y"),
    not a title whose first letter is و ("وزير")?"""
    return key.startswith("و") and key[1:] in L.AR_TITLE_FIRST and key not in L.AR_W_TITLE_WORDS


def prev_subject_list_ar(sr: Any, first: Mention) -> list[Mention]:
    """The previous sentence's subject *first* (a pronoun mention from
    :func:`prev_subject_at_ar`) and the persons joined to it there ("وكان X وY في طريقهما"،
    "X وY وZ"، "X والرئيس الإيراني Y"): each next person starts within 2 tokens of the one
    before, after "و" or a comma, or right after it with its title joined by "و"; only
    persons, titles before each name allowed."""
    prev = sorted((m for m in sr.doc.by_sent.get(sr.si - 1, ()) if
                   m.etype == "Person" and not m.in_title), key=lambda m: m.lo)
    head = next((m for m in prev if m.eid == first.eid), None)
    if head is None:
        return [first]
    out = [first]
    seen = {first.eid}
    cur = head
    for m in prev:
        if m.lo < cur.hi or m.eid in seen:
            continue
        start = m.tlo if m.tlo >= 0 else m.lo
        gap = [sr.doc.toks[y].text for y in range(cur.hi, start)]
        joined = m.prefix.startswith("و") or gap[-1:] in (["و"], ["،"], [","]) or \
            not gap and _waw_title(sr.doc.toks[start].key)
        if len(gap) > 2 or not joined or any(g not in ("و", "،", ",") for g in gap):
            break
        out.append(Mention(first.lo, first.hi, first.start, first.end, m.eid, "Person",
                           first.sent, kind="pron", tlo=first.lo))
        seen.add(m.eid)
        cur = m
    return out
