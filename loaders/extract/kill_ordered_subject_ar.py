"""ASSASSINATED_BY, Arabic: the strike or unit that is the killing verb's subject when an order
phrase names the one who ordered it after the victim (session 69, blind69c).

"قتلت قوة أميركية خاصة أسامة بن لادن في أبوت آباد في عملية أمر بها الرئيس باراك أوباما",
"قتلت غارة أميركية قاسم سليماني قرب مطار بغداد في عملية أمر بها الرئيس دونالد ترامب": the
agent looked for after the victim is the orderer, and it stopped the look for the subject
before the victim, so the United States was lost. The convention gives both ("a US strike
ordered by Trump" -> the United States and Trump). Read for an active killing verb whose
subject is a strike noun or a unit noun with a nationality before the victim, when an order
phrase ("أمر بها / به X"، "بأمر من X", ``killing_rules._ordered_at``) follows the victims."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.kill_self_word_ar import national_unit_ar

_REACH = 14  # words after the victims in which the order phrase is looked for


def ordered_subject_side_ar(sr: Any, t: int, first: Any, victims: list[Any],
                            ordered_at: Callable[[Any, int], bool]) -> str | None:
    """The nationality of the strike / unit subject between the verb at *t* and the first
    victim *first* when an order phrase follows *victims* (module doc); else None."""
    if first.lo <= t + 1:
        return None
    end = victims[-1].hi
    if not any(ordered_at(sr, y) for y in range(end, min(sr.hi - 1, end + _REACH))):
        return None
    if any(sr.f(y) & L.AR_STRIKE for y in range(t + 1, first.lo)):
        return sr.nat_agent(t + 1, first.lo)  # "قتلت غارة أميركية X"
    return national_unit_ar(sr, t + 1)  # "قتلت قوة أميركية خاصة X"
