"""A killing word that closes a negated "among those killed": nobody was killed.

"X was not among those killed in the Israeli strike", "Neither X nor Y were among those
killed by ...", "ولم يكن القيادي X بين الذين قتلوا في الغارة", "نفت الحركة أن يكون X من بين
الذين استشهدوا": the killing word (قتلوا، killed) belongs to the group X is said not to be part
of, so X is no victim of the strike's agent. The rules that read "among those killed"
(``kill_among_ar.among_killed_ar``, ``kill_same_strike.among_killed_en``) and the passive rules that
take the word before "who were killed" as the victim (``rel_passive_ar``, ``killed_by_en``)
ask :func:`negated_among` first.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

_EN_AMONG_FILL = frozenset({"those", "the", "people", "men", "officials", "commanders",
                            "fighters", "members", "ones", "who", "were", "was", "being"})
_EN_NEG = L.en_keys("not", "neither", "nor", "never", "none", "denied", "denies",
                    "wasn't", "weren't", "isn't", "aren't")
_EN_STOP = frozenset({"but", "while", "whereas", "although", ";", ".", "however"})
_AR_AMONG = L._ar("بين")
_AR_AMONG_FILL = L._ar("الذين", "من", "القتلى", "الضحايا", "الشهداء", "اللذين")
_AR_NEG = L._ar("لم", "ليس", "ليسوا", "ليست", "لا", "لن", "نفى", "نفت", "ينفي", "تنفي")
_AR_STOP = L._ar("لكن", "لكنه", "لكنها", "بينما", "غير", "بل")
_BACK = 14  # tokens looked back from "among" for the negation


def negated_among(sr: Any, t: int) -> bool:
    """True when the killing word at *t* ends "among those killed" / "بين الذين قتلوا" (or
    "بين القتلى") and a negation or denial precedes "among" in the same clause."""
    lo = sr.lo
    a = t - 1
    if sr.toks[t].ar:
        while a >= lo and a > t - 3 and not sr.f(a) & _AR_AMONG:
            if not sr.f(a) & _AR_AMONG_FILL:
                return False
            a -= 1
        if a < lo or not sr.f(a) & _AR_AMONG:
            return False
        for x in range(a - 1, max(lo, a - _BACK) - 1, -1):
            fx = sr.f(x)
            if fx & _AR_NEG:
                return True
            if fx & _AR_STOP or sr.toks[x].text in (".", "؛", ";"):
                return False
        return False
    while a >= lo and a > t - 4 and sr.key(a) != "among":
        if sr.key(a) not in _EN_AMONG_FILL:
            return False
        a -= 1
    if a < lo or sr.key(a) != "among":
        return False
    for x in range(a - 1, max(lo, a - _BACK) - 1, -1):
        k = sr.key(x)
        if k in _EN_NEG:
            return True
        if k in _EN_STOP:
            return False
    return False
