"""The nationality of the aircraft that carried a strike out, past the aircraft's model
(session 50): «بضربة جوية نفذتها طائرات F-16 العراقية», «طائرات من طراز إف-16 العراقية»:
Iraq. The model's Latin letters, digits and hyphen cut the phrase, so the adjective was not
read and the killing had no agent."""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.core_recall_kill import _AR_WEAPON_WORDS

_AR_AIRCRAFT = _AR_WEAPON_WORDS | L._ar("الطائرات", "الطائرة", "مروحيات", "الحربية", "المسيرة",
                                        "طراز", "من", "إف", "اف")  # ("طائرات من طراز إف-16")
_REACH = 7


def nationality_past_model_ar(sr: Any, i: int) -> str | None:
    """The country of the nationality adjective after the aircraft words and the model
    designation that begin at *i*; None when no model stands between (the usual reading
    covers that) or no adjective follows."""
    y, model = i, False
    end = min(sr.hi, i + _REACH)
    while y < end:
        t = sr.toks[y]
        if not t.ar and not t.punct or t.text in ("-", "–") or t.key.isdigit():
            model = True  # "F-16", "16", "-"
        elif not sr.f(y) & _AR_AIRCRAFT:
            break
        y += 1
    if not model or y >= end:
        return None
    return sr.nat_agent(y, y + 1)
