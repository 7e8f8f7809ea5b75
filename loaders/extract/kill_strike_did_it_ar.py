"""ASSASSINATED_BY (session 66, blind66d): an Arabic strike, the subject of the killing verb, that
the speaker says he carried out.

"وأعلنت القيادة الأمريكية في أفريقيا (أفريكوم) أن غارة جوية نفذتها قرب بلدة جلب قتلت X" /
"وأعلن الجيش الإسرائيلي أن غارة نفذها على بيروت قتلت القيادي X" / "وكان الجيش المالي قد أعلن
أن غارة بمسيّرة نفذها قرب تين زواتين قتلت X": X was killed by the speaker (AFRICOM, the
Israeli army, the Malian army). The strike names no nationality of its own; the "did it" word
right after it (``core_recall_kill.AR_DID_IT_PRON``: نفذها، نفذتها، شنها ...) points to the
subject of the speech verb before it (``core_recall_kill.announcer``), as after "أسفرت عن مقتل"
(``killing_nominal``, ``core_recall_kill.strike_agent_back``). Read by
``kill_agents_ar.strike_subject_ar`` when the strike's nationality gives no agent: the "did it"
word within six words before the verb, with no punctuation and no person between, and a strike
noun at most two words before it.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.core_recall_kill import AR_DID_IT_PRON, AR_STRIKE_NOUNS, announcer

_REACH = 6  # "نفذتها قرب بلدة جلب في إقليم جوبا" before the verb
_NOUN_BACK = 2  # "غارة جوية نفذتها", "غارة بمسيّرة نفذها"
_AGENTS = ("Organization", "Country")


def did_it_announcer_ar(sr: Any, verb: int) -> str | None:
    """The speaker who says he carried out the strike that is the subject of the killing verb
    at *verb* ("أعلنت X أن غارة نفذتها ... قتلت"), else None."""
    for x in range(verb - 1, max(sr.lo, verb - 1 - _REACH) - 1, -1):
        if sr.toks[x].punct or (x in sr.mention_at and sr.mention_at[x].etype == "Person"):
            return None
        if not sr.f(x) & AR_DID_IT_PRON:
            continue
        for y in range(x - 1, max(sr.lo, x - _NOUN_BACK) - 1, -1):
            if sr.toks[y].punct:
                return None
            if sr.f(y) & AR_STRIKE_NOUNS:
                spk = announcer(sr, y)
                return spk.eid if spk is not None and spk.etype in _AGENTS else None
        return None
    return None
