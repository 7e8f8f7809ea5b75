"""SUCCESSOR_OF: an abdication in someone's favour (session 52).

"تنازل الأمير Y عن الحكم لصالح نجله X" / "تنازل Y عن العرش لابنه X" / "أعلن Y تنازله عن
الحكم لابنه X" (session 71) / "Y abdicated in favour
of his son X" / "Y stepped down in favor of X" / "Y was ousted (as crown prince) in favour of X"
(session 57): X succeeded Y. The Arabic needs the post given
up (عن الحكم / العرش / السلطة / منصبه ...): "تنازل عن حصته لصالح نجله" is a share, not a post.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import title_start
from loaders.extract.succession_vocab_en import EN_RACE
from loaders.extract.succession_words import _SO

# the noun with its owner's pronoun: "أعلن Y تنازله عن الحكم لابنه X" (session 71)
_AR_OWN_ABDICATION = L._ar("تنازله", "بتنازله", "تنازلها", "بتنازلها")
_AR_ABDICATE = L._ar("تنازل", "وتنازل", "تنازلت", "وتنازلت") | _AR_OWN_ABDICATION
# a denied, refused or planned one before that noun: "رفض / نفى / يعتزم Y تنازله" ("كان Y قد
# أعلن تنازله" is a past perfect: "قد" is left out)
_AR_NOT_DONE = (L.AR_NEG | L.AR_MODAL) - L._ar("قد")
# passive removals: "Y was ousted / removed (as crown prince in 2017) in favour of X" (s57)
_EN_REMOVED = frozenset({"ousted", "removed", "sidelined", "deposed", "dismissed", "replaced"})
_EN_ABDICATE = frozenset({"abdicated", "stepped", "stood"}) | _EN_REMOVED
_AR_POST = L._ar("الحكم", "العرش", "السلطة", "الامارة", "الإمارة", "منصبه", "منصبها",
                 "الرئاسة", "الزعامة", "القيادة", "المنصب", "الملك")
# "لصالح نجله" / "لنجله" / "لابنه" / "لشقيقه" / "لولي عهده"
_AR_FAVOUR = L._ar("لصالح", "لنجله", "لابنه", "لشقيقه", "لأخيه", "لاخيه", "لولي", "لابنته",
                   "لنائبه")
_AR_KIN = L._ar("نجله", "ابنه", "شقيقه", "أخيه", "اخيه", "ولي", "عهده", "ابنته", "نائبه")
CUES = frozenset({_AR_ABDICATE, _EN_ABDICATE})


def _abdicated_ar(sr: Any, v: int) -> None:
    if sr.key(v) in _AR_OWN_ABDICATION:  # "أعلن Y (الثلاثاء) تنازله": the announcer Y
        old = sr.before(v, types=("Person",), maxgap=10)
        if old is not None and any(sr.f(x) & _AR_NOT_DONE for x in range(
                max(sr.lo, title_start(old) - 3), v)):
            return
    else:
        old = sr.after(v + 1, types=("Person",), maxgap=2) or sr.before(
            v, types=("Person",), maxgap=1)
    if old is None:
        return
    x = max(old.hi, v + 1)
    if sr.key(x) != "عن" or not sr.f(x + 1) & _AR_POST:
        return
    y = x + 2
    if not sr.f(y) & _AR_FAVOUR:
        return
    z = y + 1
    while z < min(sr.hi, y + 3) and sr.f(z) & _AR_KIN and z not in sr.mention_at:
        z += 1
    new = sr.after(z, types=("Person",), maxgap=1)
    if new is None or new.eid == old.eid or sr.blocked(v, new) or sr._irrealis(v):
        return
    sr.add(_SO, new.eid, old.eid, "abdicated_ar")


def _abdicated_en(sr: Any, v: int) -> None:
    x = v + 1
    if sr.key(v) in ("stepped", "stood"):
        if sr.key(x) not in ("down", "aside"):
            return
        x += 1
    elif sr.key(v) in _EN_REMOVED:
        if sr.key(v - 1) not in ("was", "were", "been"):
            return
        x = next((y for y in range(v + 1, min(sr.hi - 2, v + 9)) if sr.key(y) == "in" and
                  sr.key(y + 1) in ("favour", "favor")), v + 1)
        if any(sr.toks[y].punct for y in range(v + 1, x)):
            return
        v -= 1  # (the subject before the auxiliary)
    if sr.key(x) != "in" or sr.key(x + 1) not in ("favour", "favor") or sr.key(x + 2) != "of":
        return
    old = sr.before(v - 1 if sr.key(v - 1) in ("had", "has") else v, types=("Person",),
                    maxgap=0)
    z = x + 3
    while z < min(sr.hi, x + 6) and sr.key(z) in ("his", "her", "son", "brother", "daughter",
                                                  "crown", "prince", "deputy", "heir", "the"):
        z += 1
    new = sr.after(z, types=("Person",), maxgap=0)
    if old is None or new is None or new.eid == old.eid or sr.blocked(v, new) or \
            sr._irrealis(v) or any(sr.key(y) in EN_RACE for y in range(sr.lo, sr.hi)):
        return  # ("the candidate Y stepped aside in favour of X in the race": no post)
    sr.add(_SO, new.eid, old.eid, "abdicated_en")


def abdicated(sr: Any) -> None:
    """"تنازل Y عن الحكم لصالح نجله X" / "Y abdicated in favour of his son X": X succeeded Y."""
    ar = sr.toks[sr.lo].ar
    for v in sr.triggers(_AR_ABDICATE, _EN_ABDICATE):
        (_abdicated_ar if ar else _abdicated_en)(sr, v)


register_triggers(_AR_ABDICATE, _EN_ABDICATE)
