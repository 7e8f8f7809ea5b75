"""SUCCESSOR_OF for an acting (interim) holder who took over after a death or removal.

Run by ``successions.more_successions`` when the sentence holds an acting word
(بالوكالة / بالنيابة; acting / interim / caretaker):

- Arabic: "أدار X الوزارة بالوكالة بعد وفاة Y", "X، الذي أدار الهيئة بالوكالة منذ استقالة Y"
  (verbs of running a post: أدار، يدير، شغل، قاد؛ تولى/تسلّم are handled by
  ``SuccessionRules.successor``);
- English: "X, who had been acting foreign minister since Y died", "X has run the ministry as
  acting minister since the death of Y", "X, interim governor after Y resigned".

Not a succession: no loss of Y stated ("acting minister since 2019"), no post after the acting
word ("acting on orders since Y died"), a plan or negation (``blocked``).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

_SO = "SUCCESSOR_OF"
AR_ACTING = L._ar("بالوكالة", "بالوكاله", "بالنيابة", "بالنيابه")
EN_ACTING = frozenset({"acting", "interim", "caretaker"})
_AR_RAN = L._ar("ادار", "أدار", "يدير", "تدير", "ادارت", "شغل", "يشغل", "قاد", "يقود")
_AR_SINCE = L._ar("بعد", "عقب", "اثر", "إثر", "منذ")
_AR_LOSS = L._ar("اغتيال", "مقتل", "وفاة", "وفاه", "رحيل", "استقالة", "استقاله", "اقالة",
                 "إقالة", "مصرع", "استشهاد", "تصفية", "إعفاء", "اعفاء", "إنهاء", "انهاء",
                 "عزل", "تنحي", "تنحية")
_AR_LOSS_TAIL = L._ar("عضوية", "عضويه", "خدمات", "مهام", "تكليف", "ولاية", "ولايه", "الوزير",
                      "الرئيس", "رئيسه", "سلفه")
_EN_SINCE = frozenset({"since", "after", "following"})
_EN_LOSS_NOUNS = frozenset({"death", "killing", "assassination", "resignation", "dismissal",
                            "ouster", "removal", "departure", "sacking"})
_EN_LOSS_VERBS = frozenset({"died", "killed", "assassinated", "resigned", "ousted", "removed",
                            "sacked", "fired", "quit"})
_EN_POSTS = frozenset({"minister", "president", "prime", "premier", "governor", "head", "chief",
                       "leader", "commander", "director", "ambassador", "speaker", "mayor",
                       "chairman", "chair", "secretary", "secretary-general", "foreign",
                       "interior", "defence", "defense", "finance", "oil", "army", "police",
                       "intelligence", "security", "national", "deputy", "chief-of-staff",
                       "envoy", "general", "emir", "king", "ruler", "administrator", "mufti"})


def _ar_old(sr: Any, t: int) -> Any:
    """The person whose loss the phrase after the acting word at *t* states
    ("بالوكالة بعد/منذ وفاة (الوزير) Y")."""
    for x in range(t + 1, min(sr.hi, t + 4)):
        if sr.f(x) & _AR_SINCE:
            y = x + 1
            if not sr.f(y) & _AR_LOSS:
                return None
            y += 1
            if sr.f(y) & _AR_LOSS_TAIL and y not in sr.mention_at:
                y += 1
            return sr.after(y, types=("Person",), maxgap=3)
        if sr.toks[x].punct:
            return None
    return None


def _acting_ar(sr: Any, t: int) -> None:
    verb = next((x for x in range(t - 1, max(sr.lo, t - 9) - 1, -1)
                 if sr.f(x) & _AR_RAN), None)
    if verb is None:
        return
    old = _ar_old(sr, t)
    if old is None:
        return
    new = None
    if sr.key(verb - 1) in ("الذي", "التي"):
        c = verb - 2
        if c >= sr.lo and sr.toks[c].text in ("،", ","):
            c -= 1
        new = sr.mention_at.get(c)
    if new is None:
        new = sr.after(verb + 1, types=("Person",), maxgap=3)  # "وأدار نائب الوزير X ..."
        if new is not None and new.hi > t:
            new = None
    if new is None:
        new = sr._free_person_before(verb, maxgap=8)
    if new is None or new.etype != "Person" or new.eid == old.eid or sr.blocked(verb, new):
        return
    sr.add(_SO, new.eid, old.eid, "acting_after_loss_ar")


def _en_old(sr: Any, t: int) -> Any:
    """The person whose loss is stated after "since/after/following" within a few words of
    the acting post at *t*."""
    for x in range(t + 1, min(sr.hi, t + 8)):
        k = sr.key(x)
        if sr.toks[x].punct:
            return None
        if k not in _EN_SINCE:
            continue
        y = x + 1
        if sr.key(y) == "the":
            y += 1
        if sr.key(y) in _EN_LOSS_NOUNS and sr.key(y + 1) == "of":
            return sr.after(y + 2, types=("Person",), maxgap=2)
        m = sr.after(y, types=("Person",), maxgap=2)
        if m is None:
            return None
        z = m.hi
        if z < sr.hi and sr.toks[z].text in ("'s", "’s", "'"):
            z += 1
        if any(sr.key(w) in _EN_LOSS_NOUNS or sr.key(w) in _EN_LOSS_VERBS
               for w in range(z, min(sr.hi, z + 3))):
            return m
        return None
    return None


def _acting_en(sr: Any, t: int) -> None:
    if not any(sr.key(y) in _EN_POSTS for y in range(t + 1, min(sr.hi, t + 4))):
        return  # "acting on orders": no post
    old = _en_old(sr, t)
    if old is None:
        return
    who = next((x for x in range(t - 1, max(sr.lo, t - 7) - 1, -1) if sr.key(x) == "who"),
               None)
    new = None
    if who is not None:
        new = sr.before(who, types=("Person",), maxgap=2)
    if new is None:
        new = sr.subject_before(t, maxgap=14)
    if new is None or new.etype != "Person" or new.eid == old.eid or sr.blocked(t, new):
        return
    sr.add(_SO, new.eid, old.eid, "acting_after_loss_en")


def acting_after_loss(sr: Any) -> None:
    """Add "X (acting holder) -> Y (whose death/removal opened the post)"; once per
    predecessor (an earlier rule's relation for Y wins)."""
    for t in sr._by_ar.get(AR_ACTING, ()) if sr.toks[sr.lo].ar else sr._by_en.get(EN_ACTING, ()):
        n = len(sr.out)
        taken = {r.target for r in sr.out if r.type == _SO}
        if sr.toks[t].ar:
            _acting_ar(sr, t)
        else:
            _acting_en(sr, t)
        if len(sr.out) > n and sr.out[-1].target in taken:
            del sr.out[n:]
