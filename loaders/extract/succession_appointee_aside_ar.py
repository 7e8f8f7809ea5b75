"""The one an Arabic appointing verb charges when a day or a date stands between the
appointer and him: «كلّف الرئيس K، الأربعاء، الأمين العام للحكومة X بتسيير مهام رئيس
الوزراء، عقب استقالة Y» (X, not the appointer K, is the one charged; session 71)."""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.khalafahu_gap_ar import AR_DATE_WORDS

_AR_TIME_ASIDE = L.AR_WEEKDAYS | AR_DATE_WORDS | L._ar("أمس", "اليوم", "يوم", "مساء", "صباح")


def appointee_past_day_ar(sr: Any, t: int) -> Any:
    """The person named right after a comma, a day or date aside and a comma (and his
    title, five words at most) within fourteen words after the appointing verb at *t*, when
    a person (the appointer) is named between the verb and the aside («كلّف K، الأربعاء، X»،
    «كلّف رئيس المجلس، الفريق K، الأربعاء، X»; a number counts as a date word), or None."""
    appointer = None
    for x in range(t + 1, min(sr.hi - 2, t + 15)):
        if sr.toks[x].punct and sr.toks[x].text not in ("،", ","):
            return None
        if appointer is None:
            m = sr.mention_at.get(x)
            if m is not None and m.etype == "Person":
                appointer = m
            continue
        if sr.toks[x].text not in ("،", ",") or x < appointer.hi:
            continue
        y = x + 1
        while y < min(sr.hi, x + 5) and (sr.f(y) & _AR_TIME_ASIDE or sr.toks[y].text.isdigit()):
            y += 1
        if y == x + 1 or y >= sr.hi or sr.toks[y].text not in ("،", ","):
            continue
        m = sr.after(y + 1, types=("Person",), maxgap=5)  # (past his title)
        if m is None or m.eid == appointer.eid or \
                any(sr.toks[z].punct for z in range(y + 1, m.lo)):
            return None
        return m
    return None
