"""Arabic: the person a "خلفاً له / لها / مكانه / بدلاً منه" pronoun stands for when the
sentence names no one who left and no one was reported killed: the one the previous sentence
says resigned, died, was killed or removed ("استقالت الوزيرة Y في مايو. وعيّن المجلس X خلفاً
لها", "قُتل القائد Y بغارة. وعيّن المجلس X خلفاً له").

The leaving word stands right before the (titled) name, "استقال الوزير Y" / "وقُتل القائد Y",
or within two words after it, "Y استقال / قد استقال". Only one such person may be named there
(several leave the pronoun unread); "يستقيل" (the present, a demand or plan) is no leaving word.
Called from ``core_recall_succession.pronoun_predecessor_ar``."""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import forms

# past-tense leaving, removal and death words (a man or a woman), and the passive killings
_AR_LEFT = L._ar(
    "استقال", "استقالت", "توفي", "توفيت", "توفى", "قتل", "قتلت", "اغتيل", "اغتيلت",
    "استشهد", "استشهدت", "اقيل", "أقيل", "أقيلت", "اقيلت", "أعفي", "اعفي", "أعفيت", "اعفيت",
    "عزل", "عزلت", "تنحى", "تنحت", "تقاعد", "تقاعدت", "رحل", "رحلت")
# what may stand between the name and a leaving word after it: "Y قد استقال", "Y، الذي كان ..."
_AR_BETWEEN = L._ar("قد", "فقد", "وقد", "ثم")


def _left_here(toks: list, m: Any, sent_lo: int, sent_hi: int) -> bool:
    """*m* is named right after a leaving word or is followed by one within two words."""
    lo = m.tlo if m.tlo >= 0 else m.lo
    if lo - 1 >= sent_lo and forms(toks[lo - 1]) & _AR_LEFT:
        return True  # "استقال الوزير Y"
    for y in range(m.hi, min(sent_hi, m.hi + 3)):
        if toks[y].punct:
            return False
        if forms(toks[y]) & _AR_LEFT:
            return True  # "Y استقال"
        if toks[y].key not in _AR_BETWEEN:
            return False
    return False


def left_last_sentence_ar(sr: Any, new: str) -> str | None:
    """The one person of the previous sentence it says left his post, died or was killed
    (see the module docstring); None when none or several, or when that is *new*."""
    if sr.si < 1:
        return None
    prev = [m for m in sr.doc.by_sent.get(sr.si - 1, ()) if m.etype == "Person" and
            not m.in_title and m.eid != new]
    if not prev:
        return None
    toks, s = sr.doc.toks, sr.doc.sents[sr.si - 1]
    left = {m.eid for m in prev if _left_here(toks, m, s.lo, s.hi)}
    return next(iter(left)) if len(left) == 1 else None
