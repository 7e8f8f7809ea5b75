"""Arabic: the person a "خلفاً له / لها / مكانه / بدلاً منه" pronoun stands for when the
sentence names no one who left and no one was reported killed: the one the previous sentence
(session 60: the nearest of the last three that reports one) says resigned, died, was killed or
removed ("استقالت الوزيرة Y في مايو. وعيّن المجلس X خلفاً
لها", "قُتل القائد Y بغارة. وعيّن المجلس X خلفاً له").

The leaving word stands right before the (titled) name, "استقال الوزير Y" / "وقُتل القائد Y",
or within two words after it, "Y استقال / قد استقال"; or he is the object of an active removal
verb whose subject is named ("أوقف رئيس الحكومة K وزيرة الخارجية Y عن العمل. وكلّف K الوزير X
بتسيير مهام الوزارة بدلاً منها", session 58). Only one such person may be named there
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


# active removal verbs "أقال / أوقف / عزل K Y" (the object left; session 58)
_AR_REMOVED_ACTIVE = L._ar("أقال", "وأقال", "اقال", "أقالت", "أوقف", "وأوقف", "أوقفت", "أعفى",
                           "وأعفى", "اعفى", "أعفت", "عزل", "وعزل", "عزلت")
_OBJECT_REACH = 8  # words between the remover's name and his object's title or name


def _removed_objects(toks: list, prev: list, sent_lo: int, sent_hi: int) -> set[str]:
    """The people the previous sentence's active removal verbs removed: the person after the
    remover named right after the verb, no punctuation between (module doc)."""
    out: set[str] = set()
    people = sorted(prev, key=lambda m: m.lo)
    for y in range(sent_lo, sent_hi):
        if not forms(toks[y]) & _AR_REMOVED_ACTIVE:
            continue
        after = [m for m in people if m.lo > y]
        if len(after) < 2:
            continue
        k, obj = after[0], after[1]
        k_lo = k.tlo if 0 <= k.tlo < k.lo else k.lo
        o_lo = obj.tlo if 0 <= obj.tlo < obj.lo else obj.lo
        if k_lo - y > 4 or o_lo - k.hi > _OBJECT_REACH or k.eid == obj.eid or any(
                toks[z].punct for z in range(y, o_lo)):
            continue
        out.add(obj.eid)
    return out


def _left_here(toks: list, m: Any, sent_lo: int, sent_hi: int) -> bool:
    """*m* is named right after a leaving word or is followed by one within two words."""
    lo = m.tlo if m.tlo >= 0 else m.lo
    if lo - 1 >= sent_lo and forms(toks[lo - 1]) & _AR_LEFT:
        return True  # "استقال الوزير Y"
    if lo - 2 > sent_lo and toks[lo - 1].text in ("،", ",") and not m.prefix[:1] == "و" and \
            any(forms(toks[j]) & _AR_LEFT and not any(toks[z].punct for z in range(j, lo - 1))
                for j in range(lo - 2, max(sent_lo, lo - 5) - 1, -1)):
        return True  # "أُقيل رئيس الأركان، الفريق Y،" (the apposed name; session 71)
    for y in range(m.hi, min(sent_hi, m.hi + 3)):
        if toks[y].punct:
            return False
        if forms(toks[y]) & _AR_LEFT:
            return True  # "Y استقال"
        if toks[y].key not in _AR_BETWEEN:
            return False
    return False


_BACK = 3  # sentences looked back (session 60: "أوقف K الوزيرة Y عن العمل" two sentences of
# reactions before "وكلّف K X بتسيير مهام الوزارة بدلاً منها")


def left_last_sentence_ar(sr: Any, new: str) -> str | None:
    """The one person the nearest of the last three sentences that reports a leaving says
    left his post, died or was killed (see the module docstring); None when none or several
    there, or when that is *new*."""
    toks = sr.doc.toks
    for si in range(sr.si - 1, max(-1, sr.si - 1 - _BACK), -1):
        prev = [m for m in sr.doc.by_sent.get(si, ()) if m.etype == "Person" and
                not m.in_title and m.eid != new]
        if not prev:
            continue
        s = sr.doc.sents[si]
        left = {m.eid for m in prev if _left_here(toks, m, s.lo, s.hi)} | \
            _removed_objects(toks, prev, s.lo, s.hi)
        if left:
            return next(iter(left)) if len(left) == 1 else None
    return None
