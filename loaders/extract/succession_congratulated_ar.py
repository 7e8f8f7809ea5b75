"""Arabic: who congratulates is not who took the post "خلفاً لـ" Y (session 31, subj).

"وهنأ رئيس الوزراء الضيف بمناسبة تسنّمه منصبه خلفاً لـY", "وهنأ X نظيره الإيراني بتسلّمه
حقيبة الخارجية خلفاً لـY", "أجرى X اتصالاً بنظيره لتهنئته بانتخابه خلفاً لـY": the pronoun of
"تسنّمه / بتسلّمه / بانتخابه" is the congratulated person, the object. When that object is a
description the rules do not resolve ("الضيف", "نظيره الإيراني"), ``khalafan_ar`` took the
nearest free person, the congratulator (the subject of a VSO "وهنأ X ..."), as the successor:
a side carried to the wrong person.
:func:`congratulator_ar` tells it so, and no succession is read (a wrong carry is worse than
none). (Session 37: when the article told that X received a guest, the description
is that guest: ``succession_congratulated_guest_ar``.) A named object ("وهنأ X علي لاريجاني بمناسبة تسنّمه منصبه خلفاً لـY") is the nearest
person before the cue and stays the successor.

English says "congratulated Y on succeeding Z", read by the English rules.
"""

from __future__ import annotations

import re
from typing import Any

from loaders.extract import lexicon as L

# the congratulation verbs and nouns (raw text, diacritics removed; the past verb keeps its
# hamza: folded "هنا" is also "here")
_CONGRATULATE = re.compile(r"^[وف]?(?:هنأ|هنأت|يهنئ|تهنئ|لتهنئ|بتهنئ|مهنئ)")
_DIACRITICS = re.compile("[\u064b-\u0652\u0640]")
_HONORIFICS = L._ar("السيد", "السيدة", "الدكتور", "معالي", "فخامة", "سمو", "دولة", "الشيخ")


def _congratulates(tok: Any) -> bool:
    return bool(tok.ar and _CONGRATULATE.match(_DIACRITICS.sub("", tok.text)))


def congratulator_ar(sr: Any, t: int, new: Any) -> bool:
    """Is *new*, the person ``khalafan_ar`` would make the successor at the cue *t*, the one
    who congratulates: the subject right after a congratulation verb, an object and no other
    person between him and the cue ("وهنأ X الضيف بتسلّمه منصبه خلفاً لـY")? (Not "أجرى X
    اتصالاً بـZ لتهنئته بانتخابه خلفاً لـY", where Z, named, is the nearest person.)"""
    if new is None or new.hi > t:
        return False
    toks = sr.toks
    v = new.lo - 1  # the verb right before the name itself ("وهنأ رئيس الإقليم X": X is no
    # subject but the object, after the subject's title), or before an honorific
    if v >= sr.lo and sr.key(v) in _HONORIFICS:
        v -= 1  # "وهنأ السيد رئيس مجلس الوزراء الضيف ..."
    if v >= sr.lo and toks[v].text == "قد":
        v -= 1
    if v >= sr.lo and _congratulates(toks[v]) and new.hi < t - 1:
        # "وهنأ X الضيف بـ..." (VSO): an object stands between X and the cue
        return not any(m.etype == "Person" and new.hi <= m.lo < t for m in sr.args)
    return False
