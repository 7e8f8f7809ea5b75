"""A meeting still to come behind an adjunct (Arabic, session 60).

The future prefix «سـ» on a verb, or a planned visit, hedges the meeting word of its clause
even when a phrase of time or occasion stands between them:

- «وصل X إلى بيروت، وسيعقد خلال زيارته لقاءً مع Y», «وسيبحث على هامش زيارته مع Y»,
  «وستناقش خلال اجتماعها مع Y»: a future verb, then "during (his visit / the meeting)", then
  the meeting word (``sentence_core`` reads only a future verb right before the noun);
- «ويبحث X خلال زيارته المرتقبة مع Y», «يلتقي X في زيارته المقبلة Y»: the meeting falls
  within a visit called planned or coming, whatever the verb's tense.

Not «سيواصل جهوده بعد لقائه مع Y» (after a meeting: held), nor «التقى X Y قبيل زيارته
المرتقبة» (before the planned visit). Asked by ``modality.ModalityHelpers.hypothetical``
for an Arabic meeting word.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import given_names as GN
from loaders.extract import lexicon as L
from loaders.extract.visit_agenda_ar import VISIT_NOUNS

# the words of an adjunct of time or occasion between a verb and its meeting word
_DURING = L._ar("خلال", "أثناء", "اثناء", "في", "على", "هامش", "ضمن")
_OCCASION = VISIT_NOUNS | L.AR_MEET_NOUNS | L._ar(
    "لقائه", "لقائها", "اجتماعه", "اجتماعها", "محادثاته", "محادثاتها", "مباحثاته",
    "مباحثاتها", "الزيارة", "الجولة")
_PLANNED = L._ar("المرتقبة", "المرتقب", "المقبلة", "المقبل", "المقررة", "المقرر", "المزمعة",
                 "المنتظرة", "القادمة", "المرتقبه", "المقبله", "المقرره", "المزمعه", "المنتظره",
                 "القادمه")
_SOWFA = L._ar("سوف", "وسوف", "فسوف")
_ADJUNCT_MAX = 5  # words of the adjunct skipped back from the meeting word
_STOPS = (".", ",", "،", ";", "؛", ":", "(", ")")


def _future_verb(sr: Any, x: int) -> bool:
    """Is token *x* a verb with the future prefix («سيعقد»، «وستناقش»، «سنبحث»; not «سياسة»،
    «سيارة»، «سيطرة», nor a name word: «سيف»، «سيروان») or «سوف» + a verb?"""
    t = sr.toks[x]
    if not t.ar or t.text.endswith("ة"):
        return False
    if x > sr.lo and sr.f(x - 1) & _SOWFA:
        return True
    for fm in sr.f(x):
        if fm[:1] == "س" and fm[1:2] in ("ي", "ت", "ن") and 5 <= len(fm) <= 7 and \
                fm[2:3] != "ا" and fm not in GN.ALL and fm[1:] not in GN.ALL and \
                fm not in sr.doc.gaz.ar_latin:
            return True
    return False


def future_adjunct_ar(sr: Any, k: int) -> bool:
    """Is the Arabic meeting word at *k* hedged by a future verb before an adjunct ("وسيعقد
    خلال زيارته لقاء مع Y") or by a planned visit in its clause (module doc)?"""
    x = k - 1
    while x >= sr.lo and k - x <= _ADJUNCT_MAX and sr.f(x) & (_DURING | _OCCASION) and \
            sr.toks[x].text not in _STOPS and sr.mention_at.get(x) is None:
        x -= 1
    if x < k - 1 and x >= sr.lo and _future_verb(sr, x):
        return True
    return _planned_visit_around(sr, k)


def _planned_visit_around(sr: Any, k: int) -> bool:
    """A visit called planned or coming («خلال زيارته المرتقبة») after «خلال / في / أثناء /
    على هامش», in the clause of the meeting word at *k* (within ten words either side)."""
    lo, hi = max(sr.lo - 1, k - 10), min(sr.hi, k + 11)
    for y in range(k - 1, lo, -1):  # back to the clause's start
        if sr.toks[y].text in _STOPS:
            lo = y
            break
    for y in range(k + 1, hi):
        if sr.toks[y].text in _STOPS:
            hi = y
            break
    for y in sr.with_forms(VISIT_NOUNS, lo + 1, hi - 1):
        if sr.f(y + 1) & _PLANNED and sr.f(y - 1) & _DURING:
            return True
    return False
