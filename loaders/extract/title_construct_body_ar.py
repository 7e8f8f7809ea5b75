"""Arabic titles: a portfolio noun in construct with a named body ("وزير خارجية حكومة طالبان
X", "القائم بأعمال وزير خارجية حكومة طالبان X", "وزير دفاع حكومة الوحدة الوطنية X").

``titles`` reads a plain title's indefinite noun ("وزير خارجية ...") as part of the title when
a definite word follows it ("وزير خارجية السودان"); the body named right after it (a known
organization, «حكومة طالبان») completes the construct the same way. Without this, "القائم
بأعمال وزير خارجية" stopped at «خارجية» and, definite through «القائم», was read as a
description of the minister named earlier in the sentence (QV2: «استقبل وزير الخارجية حسين
أمير عبداللهيان القائم بأعمال وزير خارجية حكومة طالبان المولوي أمير خان متقي، بحضور ...»
lost the guest and the attendee).
"""

from __future__ import annotations

from typing import Any


def construct_body_next_ar(covered: dict[int, Any], j: int) -> bool:
    """Does a known organization's name start at *j* (the complement of the title noun before
    it)?"""
    m = covered.get(j)
    return m is not None and m.lo == j and m.etype == "Organization"
