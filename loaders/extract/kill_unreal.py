"""Killing words that state no killing: a plot or an attempt, a rumour, an alternative.

- a plot or an attempt: "charged X with plotting to assassinate Y", "tried to kill Y",
  "would kill Y", "a failed assassination of Y", "an assassination attempt on Y",
  "بالتخطيط لاغتيال Y"، "حاول الحرس اغتيال Y"، "محاولة اغتيال Y"، "مخطط لقتل Y". An English
  base form after "to" or a modal is never a reported killing ("to kill", "would
  assassinate"); an Arabic killing word counts as attempted only after an attempt / plot
  word, since "انتقاماً لاغتيال Y" (revenge for the killing) states it;
- a rumour: "Rumours had circulated that X had been killed", "amid speculation that X was
  killed", "شائعات عن مقتل X"، "ترددت أنباء غير مؤكدة عن مقتل X";
- an alternative: "X had been killed or detained", "قُتل أو اعتُقل".

:func:`unreal_killing` is asked by ``ModalityHelpers.blocked`` for the killing word at *k*
(every killing rule asks ``blocked`` at its trigger); a word that is no killing word costs
one set look-up, and the scan back for a rumour word runs only when the sentence's keys
hold one (``key_set``).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

EN_KILL_ANY = L.EN_KILL | L.EN_KILL_NOUNS | frozenset({"killings", "assassinations"})
_EN_MODALS = frozenset({"to", "would", "will", "could", "might", "may", "can", "should",
                        "must", "'d", "'ll", "cannot"})
_EN_ATTEMPT = frozenset({"plot", "plots", "plotted", "plotting", "attempt", "attempted",
                         "attempts", "attempting", "failed", "foiled", "thwarted", "botched",
                         "planned", "planning", "plan", "conspiracy", "conspiring",
                         "conspired", "bid"})
_EN_RUMOUR = frozenset({"rumours", "rumors", "rumour", "rumor", "speculation",
                        "unconfirmed"})
_EN_ALT = frozenset({"detained", "arrested", "captured", "injured", "wounded", "kidnapped",
                     "abducted", "missing", "jailed"})
AR_KILL_ANY = L.AR_KILL | L.AR_KILL_STRONG
_AR_ATTEMPT = L._ar("محاولة", "محاولات", "حاول", "حاولت", "يحاول", "تحاول", "يحاولون",
                    "حاولوا", "التخطيط", "تخطيط", "خطط", "خططت", "يخطط", "تخطط", "خططوا",
                    "مخطط", "مخططا", "مخططات", "مؤامرة", "التآمر", "تآمر", "سعى", "سعت",
                    "يسعى", "تسعى", "السعي", "خطة", "احباط", "أحبط", "أحبطت", "فاشلة")
_AR_RUMOUR = L._ar("شائعات", "إشاعات", "اشاعات", "شائعة", "إشاعة", "اشاعة", "تكهنات")
_AR_TO = L._ar("إلى", "الى", "في")
_AR_OR = L._ar("أو", "او")
_AR_ALT = L._ar("اعتقل", "اعتقال", "أسر", "أصيب", "اصيب", "إصابة", "اصابة", "خطف", "اختطف",
                "جرح", "اختفى")
_EN_CLAUSE = frozenset({".", ";", "but", "while", "however"})
_AR_BEFORE = _AR_ATTEMPT | _AR_RUMOUR  # (one test of the four words before: إلى only shifts)


def unreal_killing(sr: Any, k: int) -> bool:
    """True when the killing word at *k* is attempted, planned, rumoured or one of two
    alternatives (see the module doc)."""
    tok = sr.toks[k]
    if tok.ar:
        if sr.f(k).isdisjoint(AR_KILL_ANY):
            return False
        f1 = sr.f(k + 1)
        if not f1.isdisjoint(_AR_ATTEMPT):  # "عملية اغتيال فاشلة"
            return True
        if k + 2 < sr.hi and not f1.isdisjoint(_AR_OR) and \
                not sr.f(k + 2).isdisjoint(_AR_ALT):
            return True  # "قُتل أو اعتُقل"
        if sr.with_forms(_AR_BEFORE, max(sr.lo, k - 4), k):  # (the words read below)
            return _unreal_before_ar(sr, k)
        return False
    key = tok.key
    if key not in EN_KILL_ANY:
        return False
    # (the keys of k - 1 and k + 1 read inline, "" outside the sentence as ``key()`` gives:
    # this runs for every English killing word a rule tests, speed64b)
    lo, hi, toks = sr.lo, sr.hi, sr.toks
    kp = toks[k - 1].key if lo <= k - 1 < hi else ""
    if key in L.EN_KILL_BASE and kp in _EN_MODALS:
        return True  # "plotting to assassinate Y", "would kill Y"
    if kp in _EN_ATTEMPT or kp in ("the", "an", "a") and sr.key(k - 2) in _EN_ATTEMPT:
        return True  # "a failed assassination of Y", "plotted the killing of Y"
    kn = toks[k + 1].key if lo <= k + 1 < hi else ""
    if kn in ("attempt", "attempts", "plot", "plots", "bid"):
        return True  # "an assassination attempt on Y"
    if kn == "or" and sr.key(k + 2) in _EN_ALT:
        return True  # "had been killed or detained"
    if _EN_RUMOUR.isdisjoint(sr.key_set()):
        return False  # (no rumour word in the sentence: the scan back finds none)
    for y in range(k - 1, max(sr.lo, k - 14) - 1, -1):
        ky = sr.key(y)
        if ky in _EN_CLAUSE:
            break
        if ky in _EN_RUMOUR:
            return True  # "Rumours had circulated that X had been killed"
    return False


def _unreal_before_ar(sr: Any, k: int) -> bool:
    """An attempt or plot word right before the Arabic killing word at *k*, or a rumour word
    among the four before it (called only when one of those words has such a form)."""
    b = k - 1
    if b >= sr.lo and sr.f(b) & _AR_TO:
        b -= 1  # "سعى إلى اغتيال Y"
    for y in range(b, max(sr.lo, b - 2) - 1, -1):  # "محاولة (فاشلة ل)اغتيال Y"
        if sr.f(y) & _AR_ATTEMPT:
            return True
    return any(sr.f(y) & _AR_RUMOUR for y in range(max(sr.lo, k - 4), k))
