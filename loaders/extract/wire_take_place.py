""""Take the place of" in both languages (``took_place_of``): "حلّ (رسمياً) محلّ (سلفه) Y"،
"X، الذي حلّ محلّ Y"، VSO "حلّ X محلّ Y", "حلّ X محلّه" (the pronoun is who the sentence says died
or was removed, ``_gone_person``), "X took / takes the place of Y"; used by the SUCCESSOR_OF rules
of ``wire_succession_en`` and ``wire_succession``."""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start
from loaders.extract.succession_dismisser_ar import KEEP, removed_after_ar
from loaders.extract.succession_nominated import nominated_to_succeed
from loaders.extract.succession_place_aside_ar import place_after_aside
from loaders.extract.succession_removed_titled_ar import removed_past_title_ar
from loaders.extract.wire_cues import _AR_TAKE_PLACE

_AR_PLACE = L._ar("محل", "مكان")
_AR_HIS_PLACE = L._ar("محله", "مكانه", "محلها", "مكانها")
_AR_IN_IT = L._ar("فيها", "فيه", "بها", "به")  # a relative clause's resumptive pronoun
_AR_PLACE_ANY = _AR_PLACE | _AR_HIS_PLACE
_EN_TOOK = frozenset({"took", "takes", "taking", "take"})
_AR_ADV = L._ar("رسميا", "رسمياً", "فعليا", "فعلياً", "بذلك", "اذن")


# "قدّم / أعلن / رفع Y استقالته": the resignation with his pronoun after its verb and Y
_AR_HIS_RESIGNATION = L._ar("استقالته", "استقالتها")
_AR_SUBMITTED = L._ar("قدم", "وقدم", "أعلن", "وأعلن", "رفع", "ورفع", "قدمت", "وقدمت",
                      "أعلنت", "وأعلنت")
_AR_GONE = L._ar("مقتل", "اغتيال", "استشهاد", "وفاة", "رحيل", "استقالة", "اقالة", "إقالة",
                 "اعفاء", "إعفاء", "عزل", "مصرع", "تصفية", "بمقتل", "باغتيال", "باقالة")


def _gone_person(sr: Any, before: int) -> Any:
    """Arabic: the person named after a death or removal noun ("بعد مقتل X", "إقالة X")
    earlier in the sentence (latest first); None after "أقاله K" (K removed someone else:
    ``succession_dismisser_ar``)."""
    for x in range(before - 1, sr.lo - 1, -1):
        if sr.toks[x].ar and sr.f(x) & _AR_HIS_RESIGNATION:
            # "قدّم Y استقالته، وعُيّن X خلفاً له": Y, right before his resignation (s54)
            m = sr.before(x, types=("Person",), maxgap=0)
            if m is not None and m.hi == x and sr.f(title_start(m) - 1) & _AR_SUBMITTED:
                return m
        if sr.toks[x].ar and sr.f(x) & _AR_GONE:
            if removed_after_ar(sr, x, "") != KEEP:
                return None
            m = sr.after(x + 1, types=("Person",), maxgap=2) or \
                removed_past_title_ar(sr, x, before)  # "مقتل رئيس هيئة الأركان ... اللواء Y"
            if m is not None and m.hi <= before:
                return m
    return None


# "أُقيل X من منصبه، وحلّ محله Y", "استقال X ... وحلّ محله Y": X left the post (session 53)
_AR_LEFT = L._ar("أقيل", "أعفي", "استقال", "تنحى", "أقيلت", "أعفيت", "استقالت", "تنحت",
                 # the passive of a killing and deaths: "قُتل / اغتيل / توفي X ...، وحلّ محله Y"
                 # (session 55)
                 "قتل", "اغتيل", "توفي", "استشهد", "اغتيلت", "توفيت", "استشهدت")
_AR_KILLED = L._ar("قتل")


def _removed_person(sr: Any, before: int) -> Any:
    """The person the latest removal verb before *before* removed: the object of VSO "أقال K
    X", the subject of "أُقيل / استقال X" (after the verb or right before it); None."""
    for x in range(before - 1, sr.lo - 1, -1):
        key = sr.key(x)
        key = key[1:] if key[:1] in ("و", "ف") and len(key) > 4 else key
        if key in _AR_LEFT:
            m = sr.after(x + 1, types=("Person",), maxgap=1) or \
                sr.before(x, types=("Person",), maxgap=1)
            if m is not None and key in _AR_KILLED and \
                    sr.after(m.hi, types=("Person",), maxgap=1) is not None:
                return None  # "قتل X Y": X killed Y (active), no one left the post
            return m if m is not None and m.hi <= before else None
        if sr.toks[x].ar and x + 1 < before:
            gone = removed_after_ar(sr, x, "")
            if gone not in (KEEP, None):
                return next((m for m in sr.args if m.eid == gone and x < m.lo < before), None)
    return None


def took_place_of(sr: Any, t: int) -> tuple[str, str] | None:
    """(new, old) of a "take the place of" construction; *t* is its verb:

    - Arabic "حلّ (رسمياً) محلّ (سلفه) Y": the subject before the verb (also the head of "X،
      الذي حلّ محلّ Y" or "X، أوراق اعتماده ليحلّ محلّ Y"), or VSO "حلّ X محلّ Y";
      "حلّ X محلّه / مكانه": the pronoun is who the sentence says died or was removed
      ("بعد اغتيال Y، حلّ X محلّه");
    - English "X took/takes the place of Y" (not "of Y's deputy": someone else)."""
    if sr.toks[t].ar:
        if not sr.f(t) & _AR_TAKE_PLACE or nominated_to_succeed(sr, t):
            return None
        x = t + 1
        if sr.key(x) in _AR_IN_IT:
            x += 1  # "الحكومة التي حلّ فيها X محلّ Y": the relative clause's own subject X
        new = sr.after(x, types=("Person",), maxgap=0)
        if new is not None and sr.f(new.hi) & _AR_PLACE_ANY:
            x = new.hi  # VSO: "حلّ X محلّ Y"
        elif new is not None and (aside_end := place_after_aside(sr, new)) is not None:
            x = aside_end  # "حلّ X «أبو فدك» / X، الرئيس ...، محلّ Y"
        elif new is None and sr.key(x) in _AR_HIS_PLACE and \
                sr.after(x + 1, types=("Person",), maxgap=0) is not None:
            # "أُقيل X من منصبه، وحلّ محله Y": Y after the pronoun took the place of the one
            # removed (session 53)
            new = sr.after(x + 1, types=("Person",), maxgap=0)
            old = _gone_person(sr, t) or _removed_person(sr, t)
            if old is None or new.eid == old.eid or old.poss or sr.blocked(t, new):
                return None
            return (new.eid, old.eid)
        else:
            new = sr.before(t, types=("Person",), maxgap=14)
        while x < sr.hi and sr.f(x) & _AR_ADV:
            x += 1
        if sr.key(x) in _AR_HIS_PLACE:
            old = _gone_person(sr, t)
        elif sr.f(x) & _AR_PLACE:
            x += 1
            if sr.key(x) in ("سلفه", "سلفها"):
                x += 1
            old = sr.after(x, types=("Person",), maxgap=1)
        else:
            return None
    else:
        if sr.key(t) not in _EN_TOOK or sr.key(t + 1) != "the" or \
                sr.key(t + 2) != "place" or sr.key(t + 3) != "of":
            return None
        new = sr.subject_before(t, maxgap=20)
        old = sr.after(t + 4, types=("Person",), maxgap=3)
    if new is None or old is None or new.etype != "Person" or new.eid == old.eid or \
            old.poss or sr.blocked(t, new):
        return None
    return (new.eid, old.eid)
