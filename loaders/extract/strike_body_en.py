"""Session 58 (blind58d): English "the IDF strike on <a long target phrase> that killed Y":
the armed body named right before the strike noun is its agent, as a national adjective is
("the Israeli strike on ... that killed Y").

"Brig. Gen. Abbas Nilforoushan was killed in the IDF strike on Hezbollah's underground
headquarters in Beirut's Dahiyeh that killed the group's leader, Hassan Nasrallah": the
killing verb's nearest mention before it is Dahiyeh or Hezbollah, inside the strike's
target phrase; the agent is the IDF, the body right before "strike" (one modifier such as
"drone" or "air" may stand between)."""

from __future__ import annotations

from typing import Any

_EN_STRIKE_MODIFIERS = frozenset({"drone", "air", "missile", "rocket", "artillery", "naval",
                                  "precision", "targeted"})


def strike_body_before_en(sr: Any, sx: int) -> str | None:
    """The organisation named right before the strike noun at *sx* ("the IDF strike", "an
    IRGC drone strike"), else None."""
    end = sx
    if end - 1 > sr.lo and sr.key(end - 1) in _EN_STRIKE_MODIFIERS:
        end -= 1
    m = sr.mention_at.get(end - 1)
    if m is None or m.hi != end or m.etype != "Organization" or m.poss:
        return None
    return m.eid
