"""A description whose adjective names an armed movement's kind (session 50): "the jihadist
leader", "the militant commander", «القيادي الجهادي» stands for someone who leads or serves a
body the article named, never for a head of state or a minister. "Armed Forces Minister
Florence Parly said the jihadist leader had died in a drone strike" after "President
Emmanuel Macron announced ... Adnan Abu Walid al-Sahrawi, the leader of the Islamic State in
the Greater Sahara": Sahrawi, not Macron (enLE6).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

_EN_AFFILIATION = frozenset({"jihadist", "jihadi", "militant", "islamist", "extremist",
                             "insurgent", "rebel", "terrorist"})
_AR_AFFILIATION = L._ar("الجهادي", "المتشدد", "المتطرف", "الإرهابي", "المتمرد", "الإسلامي")
_WINDOW = 6  # sentences back


def affiliated_holder(doc: Doc, si: int, k: int, hi: int, eid: str | None) -> str | None:
    """*eid*, the person the description at *k* (its title phrase ending at *hi*) was
    resolved to, kept when the description has no such adjective or he is named with a
    body's role; else the latest person so named in the last sentences, or None."""
    toks = doc.toks
    if toks[k].ar:
        if not any(x < len(toks) and toks[x].key in _AR_AFFILIATION for x in (k + 1, hi)):
            return eid
    elif k == 0 or toks[k - 1].key not in _EN_AFFILIATION:
        return eid
    led = {m.eid for m in doc.ments if m.etype == "Person" and m.sent >= si - _WINDOW and
           m.role_org is not None and m.role_org.startswith("organization:") and
           m.role in ("lead", "member")}
    if eid in led:
        return eid
    return next((m.eid for m in reversed(doc.ments) if m.eid in led and m.lo < k), None)
