"""SUCCESSOR_OF, the explainer's "leadership passed to his brother": a leading post handed
on, its old holder a pronoun.

Reads "Leadership (of the movement) then passed to his younger brother, X", "After his death
the command fell to his deputy X", "Y had sat on the council ... . His duties passed to X", "وآلت القيادة (العسكرية في القطاع) إلى X ...، خلفاً له",
"وانتقلت القيادة بعده إلى شقيقه X": X succeeded the person the pronoun stands for (the one
the text just said was killed or removed, else the nearest person before: the helpers of
"X succeeded him" / "عيّن X خلفاً له"). Not "the leadership passed to X" with no pronoun
(no old holder named), "control of the city fell to X", a post possessed by a named person
("Y's post went to X": ``succession_post_went_en``), nor for a prospect ("will pass to").
Called from ``succession_tenure_end.tenure_end`` (English) and ``passed_to_ar`` (Arabic).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.context_succession import predecessor_pronoun_en
from loaders.extract.core_recall_succession import pronoun_predecessor_ar

EN_PASSED = frozenset({"passed", "fell", "went", "shifted"})
_EN_LEAD = frozenset({"leadership", "command", "helm", "mantle", "reins", "presidency",
                      "chairmanship", "premiership", "leader", "post", "office",
                      # "His duties passed to X" (the holder's own post, "his" before it)
                      "duties", "role", "job", "position", "seat", "portfolio", "powers",
                      "responsibilities"})
# words allowed between the post noun and the verb ("Leadership of the group then passed")
_EN_BETWEEN = frozenset({"then", "eventually", "subsequently", "later", "soon", "quickly",
                         "formally", "effectively", "of", "the", "group", "movement", "party",
                         "organisation", "organization", "militia", "network", "force",
                         "wing", "council", "country"})
_EN_HIS = frozenset({"his", "her"})
_SO = "SUCCESSOR_OF"


def passed_on_en(sr: Any) -> None:
    """The English rule of the module docstring."""
    for t in sr.triggers(frozenset(), EN_PASSED):
        if sr.key(t + 1) != "to" or sr.blocked(t) or sr._irrealis(t):
            continue
        noun = None
        for x in range(t - 1, max(sr.lo, t - 7) - 1, -1):
            k = sr.key(x)
            if k in _EN_LEAD:
                noun = x
                break
            if k not in _EN_BETWEEN or sr.mention_at.get(x) is not None:
                break
        if noun is None or (sr.mention_at.get(noun - 1) is not None) or \
                sr.key(noun - 1) in ("'s", "’s"):
            continue  # "Y's post went to X": post_went_en
        new = sr.after(t + 2, types=("Person",), maxgap=5)
        if new is None or new.poss:
            continue
        # the pronoun: "to his brother, X" or "After his death, ..." before the post noun
        his = [y for y in range(sr.lo, new.lo) if sr.key(y) in _EN_HIS and
               (y > t or y < noun)]
        if not his:
            continue
        old = None
        if his[0] < noun and not any(m.etype == "Person" and m.hi <= his[0] for m in sr.args):
            old = sr._subject_antecedent(his[0])  # "Y had sat on the council ... . His
        old = old or predecessor_pronoun_en(sr, t, new)  # duties passed to X": Y
        if old is not None and old != new.eid:
            sr.add(_SO, new.eid, old, "passed_on_en")


_AR_LAHU = L._ar("له", "لها")
_AR_AFTER_HIM = L._ar("بعده", "بعدها")
# kin or deputy with the pronoun ("إلى شقيقه X", "إلى نائبه X")
_AR_HIS_KIN = L._ar("شقيقه", "شقيقها", "أخيه", "اخيه", "نجله", "نجلها", "ابنه", "ابنها",
                    "نائبه", "نائبها", "صهره", "ولده")


def pronoun_cue_ar(sr: Any, t: int, to: int, new: Any) -> bool:
    """After "آلت / انتقلت <post> ... إلى X" (the verb at *t*, إلى at *to*): the old holder
    is a pronoun: "بعده" before إلى, a kin noun with its pronoun before X, or "خلفاً له"
    within the phrase after X (before a full stop)."""
    if any(sr.f(y) & _AR_AFTER_HIM for y in range(t + 1, to)):
        return True
    if any(sr.f(y) & _AR_HIS_KIN for y in range(to + 1, new.lo)):
        return True
    for y in range(new.hi, min(sr.hi - 1, new.hi + 16)):
        if sr.toks[y].text in (".", "؛"):
            return False
        if sr.f(y) & L.AR_KHALAFAN and sr.f(y + 1) & _AR_LAHU:
            return True
    return False


def passed_on_ar(sr: Any, t: int, to: int, new: Any) -> None:
    """The Arabic rule of the module docstring (the verb at *t*, إلى at *to*, X *new*)."""
    if not pronoun_cue_ar(sr, t, to, new) or sr.blocked(t, new) or sr._irrealis(t):
        return
    old = pronoun_predecessor_ar(sr, t, new.eid)
    if old is None and not any(m.etype == "Person" and m.hi <= t for m in sr.args):
        prev = sr._prev_subject(exclude=new.eid)  # "أسس Y الحركة ... . وانتقلت القيادة
        old = prev.eid if prev is not None else None  # بعده إلى شقيقه X": Y
    if old is not None and old != new.eid:
        sr.add(_SO, new.eid, old, "passed_on_ar")
