"""MET_WITH, Arabic (session 67): the guest past a reception's aside whose title opens with an
agent noun governing another's office.

"استقبل رئيس مجلس النواب نبيه بري، ظهر اليوم في عين التينة، الممثل الشخصي للرئيس الفرنسي وزير
الخارجية السابق جان إيف لودريان" / "استقبل الرئيس جوزاف عون، قبل ظهر اليوم في قصر بعبدا، المبعوث
الخاص للرئيس الأميركي إلى الشرق الأوسط ستيف ويتكوف": ``reception_aside_ar`` finds the comma where
the guest's part starts, but the fallback's partner test refuses the name there, whose title
carries the ل of "للرئيس" (read as "to Y") or an "إلى" of the posting (read as "a letter to Y").
After a definite agent noun (الممثل / المبعوث / الموفد) opening the part, the name that closes
the part (a comma, a stop or the clause's end right after it) is the agent himself; not the
one he acts for when that one closes it with only his ل-title before him ("المبعوث الخاص للرئيس
الأميركي دونالد ترامب،": no envoy named).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.meeting_titled_lists import _AR_STOP

_AGENT_HEADS = L._ar("الممثل", "الممثلة", "المبعوث", "المبعوثة", "الموفد", "الموفدة")
_MAX_PART = 14  # tokens from the agent noun to the end of the guest's name
_PREPS = ("ل", "ب", "ك")  # a proclitic preposition on the name itself


def _title_carries_lam(sr: Any, m: Any) -> bool:
    """Is *m* named with only a ل-title before him ("للرئيس الأميركي دونالد ترامب"), the one
    the agent acts for?"""
    if not 0 <= m.tlo < m.lo:
        return False
    first = sr.toks[m.tlo].key.lstrip("وف")
    if not first.startswith("ل"):
        return False
    return not any(sr.key(x) in L.AR_TITLE_FIRST for x in range(m.tlo + 1, m.lo))


def agent_titled_guest_ar(sr: Any, k: int, hi: int, host: Any) -> Any:
    """The guest named at the end of the part opening at *k* with a definite agent noun
    (module doc), else None."""
    if k >= hi or not sr.f(k) & _AGENT_HEADS:
        return None
    last = None
    for z in range(k + 1, min(hi, k + _MAX_PART)):
        if sr.toks[z].punct:
            break
        if sr.f(z) & L.AR_MEET or sr.f(z) & _AR_STOP:
            return None
        o = sr.mention_at.get(z)
        if o is not None and o.etype == "Person" and o.lo == z:
            last = o
    else:
        z = min(hi, k + _MAX_PART)
        if z < hi:
            return None  # the part runs on past the window
    if last is None or last.hi != z or last.kind != "name" or last.eid == host.eid:
        return None
    if last.prefix.lstrip("وف")[:1] in _PREPS or _title_carries_lam(sr, last):
        return None
    return last
