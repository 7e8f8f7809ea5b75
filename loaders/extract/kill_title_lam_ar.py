"""Arabic killings: a body glued to «لـ» after a title is the victim's, who comes next.

"استشهد المعاون العسكري لحركة النجباء X إثر استهداف طائرة مسيرة أمريكية ..." and
"اغتيل المسؤول الإعلامي لحزب الله X بغارة إسرائيلية" / "قُتل الأمين العام المساعد لحركة Y X":
after a passive or intransitive killing verb, a group carrying the proclitic «لـ» ("of") is the
complement of the victim's title (with its adjectives, which a bare title check misses), never
the killer: the victim is the person named right after it, and the means follows him
(session 62)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L

if TYPE_CHECKING:
    from loaders.extract.mentions import Mention

# "طائرة تابعة للجيش": a body «لـ» after these owns the means, it is no title's complement
_AR_BELONGING = L._ar("تابعة", "التابعة", "تابع", "التابع", "تابعين", "التابعين", "تابعون", "موالية",
                      "الموالية", "موالون", "موالين", "الموالين")


def title_complement_victim_ar(sr, t: int, first: Mention | None) -> Mention | None:
    """After the passive / intransitive killing verb at *t*, when *first* (the first mention
    after it) is a group or country with «لـ» glued on, in a title's phrase (no means and no
    "belonging to" between), the person named right after it (the victim); else None."""
    if first is None or first.etype == "Person" or "ل" not in first.prefix or \
            first.lo - t > 4:
        return None
    if any(sr.f(y) & L.AR_STRIKE or sr.key(y) in _AR_BELONGING or sr.toks[y].punct
           for y in range(t + 1, first.lo)):
        return None
    return sr.after(first.hi, types=("Person",), maxgap=2)
