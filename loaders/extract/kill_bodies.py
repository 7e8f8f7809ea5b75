"""ASSASSINATED_BY: which bodies speak for a killing (session 22, ``kill``).

An army, a military command or an intelligence service that announces a killing or says its
strike killed someone is the killing's agent (``kill_claims``, ``kill_speaker_strike``): a
body the gazetteer describes as an army, armed forces, a military command or an intelligence
or security service ("United States military command for Africa (AFRICOM)", "France's
military", "Ukraine's security and intelligence service (SBU)"); not a ministry, a media
office, an alliance, the police, a party, a council or an armed group ("Iraqi military media
office", "Iran's Ministry of Defence", "Military alliance of Russia ...": a group speaks for
its attacks through its claims, ``kill_claim_next_*``).
"""

from __future__ import annotations

import re
from typing import Any

_ARMED = re.compile(r"\b(army|military|armed forces|air force|navy|intelligence|security "
                    r"service)\b", re.I)
_NOT_ARMED = re.compile(r"\b(ministry|media|alliance|police|party|council|militant|militia|"
                        r"paramilitary|group|movement|private)\b", re.I)
_KNOWN: dict[str, bool] = {}


def armed_body(sr: Any, eid: str) -> bool:
    """*eid* is a state's army, military command or intelligence service (by its gazetteer
    description; cached per id)."""
    got = _KNOWN.get(eid)
    if got is None:
        e = sr.doc.gaz.get(eid) if eid.startswith("organization:") else None
        desc = getattr(e, "description", None) or ""
        got = _KNOWN[eid] = bool(_ARMED.search(desc)) and not _NOT_ARMED.search(desc)
    return got


def owned_body(sr: Any, m: Any) -> Any:
    """The body a possessive country names right after it ("by Iran's Islamic Revolutionary
    Guard Corps (IRGC)", "Turkey's intelligence agency": the body, not the country), else
    *m* (session 22)."""
    if m is None or m.etype != "Country" or not m.poss:
        return m
    x = m.hi + (sr.key(m.hi) in ("'s", "’s", "s", "'"))
    b = sr.mention_at.get(x)
    return b if b is not None and b.lo == x and b.etype == "Organization" else m
