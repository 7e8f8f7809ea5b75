"""MET_WITH, Arabic: the agencies' reception whose guest comes past an aside (session 29, proto).

"استقبل حضرة صاحب السمو الشيخ X أمير البلاد المفدى، في الديوان الأميري صباح اليوم، فخامة
الرئيس Y رئيس جمهورية ..." / "استقبل رئيس الجمهورية العماد X، قبل ظهر اليوم في قصر بعبدا،
وزير خارجية الجمهورية الإسلامية الإيرانية Y" / "استقبل X، رئيس مجلس القيادة، اليوم في
الرياض، سفير ... Y": the host (with his title), then one or two asides between commas (a time,
a place, the host's title), then the guest with his honorific and a long title. The fallback's
verb-subject-object reading (``meeting_fallback._pair_ar``) looks for the guest within a few
words of the host and gives up past such asides; ``guest_after_aside_ar`` finds the comma
where the guest's part starts and hands it back to the fallback's own partner test.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.meeting_titled_lists import _AR_STOP
from loaders.extract.reception_agent_guest_ar import agent_titled_guest_ar

_COMMAS = ("،", ",")
_MAX_PART = 12  # tokens of the host's title or of an aside, up to its comma
_NOON = L._ar("ظهر", "الظهر", "منتصف")  # "قبل ظهر اليوم", "بعد الظهر": a time, no clause
_AR_RELATIVE = L._ar("الذي", "التي", "الذين")


def _aside_end(sr: Any, y: int, hi: int) -> int | None:
    """The comma that closes the part starting at *y* (a title or a time / place aside: no
    person, verb of meeting, relative or clause word), else None."""
    for z in range(y, min(hi, y + _MAX_PART)):
        if sr.toks[z].text in _COMMAS:
            return z if z > y else None
        if sr.toks[z].punct:
            return None
        o = sr.mention_at.get(z)
        if o is not None and o.etype == "Person":
            return None
        fz = sr.f(z)
        if fz & L.AR_MEET or fz & _AR_RELATIVE or (
                fz & _AR_STOP and not sr.f(z + 1) & _NOON):
            return None
    return None


def guest_after_aside_ar(sr: Any, host: Any, hi: int,
                         partner: Callable[[Any, int, int, Any], Any]) -> Any:
    """The guest after *host* past one or two asides between commas (module doc), else None;
    *partner* is the fallback's partner test, run from the token after the last comma."""
    y = host.hi + 1 if sr.key(host.hi) in _COMMAS else host.hi  # (no title: "X، <aside>، Y")
    for _ in range(3):  # the host's title, then at most two asides
        c = _aside_end(sr, y, hi)
        if c is None:
            return None
        m = partner(sr, c + 1, hi, host)
        if m is None:  # "، الممثل الشخصي للرئيس الفرنسي ... Y" (reception_agent_guest_ar)
            m = agent_titled_guest_ar(sr, c + 1, hi, host)
        if m is not None:
            return m
        y = c + 1
    return None
