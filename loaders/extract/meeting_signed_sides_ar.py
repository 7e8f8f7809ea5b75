"""MET_WITH: Arabic signers named by their sides, «وقّعه عن الجانب X A، وعن الجانب Y B» (session 67).

State agencies tell who signed an accord side by side after the accord: «... مذكرة تفاهم،
وقّعها عن الجانب السوري وزير الطاقة A، وعن التحالف رئيس المجموعة B», «ووقّع الاتفاق عن الجانب
العراقي مستشار الأمن القومي A، وعن الجانب الإيراني B». The signers sat at one signing: A met B.
The leaders who witnessed it in the same sentence («وشهد السوداني توقيع محضر ...، الذي وقّعه
عن الجانب العراقي A، وعن الجانب الإيراني B», «وشهد الرئيس X والمبعوث Y ... توقيع مذكرة ...،
وقّعها عن ...») met each signer and each other, as the dev sets annotate the witnesses of a
signing (``meeting_witnessed_signing``). Each signer is the first person named after «عن» /
«وعن» and his side; the sides follow one another with only a comma between. Negation and plans
block (``blocked``).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.meeting_press import each_pair_met
from loaders.extract.meeting_signed_ar import AR_SIGNED
from loaders.extract.meeting_witnessed_signing import AR_SIGNING, AR_WITNESSED, witnesses_ar

_FOR = L._ar("عن", "وعن")
_AND_FOR = L._ar("وعن")
_VERB_TO_SIDE = 4  # «ووقّع الاتفاق الأمني عن الجانب»: the accord's words before the first side
_SIDE_TO_NAME = 12  # «عن الجانب العراقي مستشار الأمن القومي A»: the side and the title
_WITNESS_REACH = 40  # words «شهد» may stand before the signing verb


def _signer_after(sr: Any, p: int) -> Any:
    """The person named after the «عن» at *p* and his side, with no mark between, else None."""
    m = sr.after(p + 1, types=("Person",), maxgap=_SIDE_TO_NAME)
    if m is None or any(sr.toks[y].punct and sr.toks[y].text not in ("«", "»")
                        for y in range(p + 1, m.lo)):
        return None
    return m


def _side_signers(sr: Any, t: int) -> list:
    """The signers of the signing verb at *t*, one per side (module doc)."""
    p = next((y for y in range(t + 1, min(sr.hi, t + 1 + _VERB_TO_SIDE)) if sr.f(y) & _FOR), None)
    if p is None or any(sr.toks[y].punct for y in range(t + 1, p)):
        return []
    out: list = []
    while p is not None:
        m = _signer_after(sr, p)
        if m is None:
            break
        out.append(m)
        y = m.hi
        if y < sr.hi and sr.toks[y].text in ("،", ","):
            y += 1
        p = y if y < sr.hi and sr.key(y) in _AND_FOR else None
    return out


def _witnesses(sr: Any, t: int) -> list:
    """«وشهد X (وY) ... توقيع ...»: the people who witnessed the signing told before the verb
    at *t* in its sentence (named right after «شهد»), else []."""
    for w in range(t - 1, max(sr.lo, t - _WITNESS_REACH) - 1, -1):
        if not sr.f(w) & AR_WITNESSED:
            continue
        people = witnesses_ar(sr, w)
        if not people or not any(sr.f(y) & AR_SIGNING for y in range(people[-1].hi, t)):
            return []
        return people
    return []


def signed_by_sides_ar(sr: Any) -> None:
    """«وقّعه عن الجانب X A، وعن الجانب Y B» (and the witnesses before): every two met."""
    for t in sr.triggers(AR_SIGNED, frozenset()):
        signers = _side_signers(sr, t)
        if len(signers) < 2 or sr.blocked(t, signers[0]):
            continue
        each_pair_met(sr, _witnesses(sr, t) + signers, "signed_by_sides_ar")
