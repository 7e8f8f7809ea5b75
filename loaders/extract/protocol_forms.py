"""The style of state news agencies (session 25, ``protocol``): WAM, SPA, ONA, KUNA, SANA ...

- "The meeting / audience was attended by the Deputy Minister of Foreign Affairs, X": the
  attendee named after a long title and a comma (``titled_after_by_en``, called from
  ``meeting_attended._attendees_en``); after a meeting of two, he met both, whose side he
  is of not said (``meeting_attended_by_en``, called from ``meeting_attended._partners``).
- The blessing after a ruler («حفظه الله»، "يحفظه الله"، "- حفظه الله ورعاه -") is read as
  spaces (``blank_blessings_ar``, called from ``rules.RuleExtractor._extract``).
"""

from __future__ import annotations

import re
from typing import Any

# lower-case words inside a capitalised title ("the Custodian of the Two Holy Mosques'
# Ambassador to Yemen")
_EN_TITLE_GLUE = frozenset({"the", "of", "for", "and", "to", "in", "'s", "'", "’s", "’"})


def titled_after_by_en(sr: Any, k: int) -> Any:
    """The person named after a title and a comma from token *k* ("the Deputy Minister of
    Foreign Affairs, X"), else None: capitalised words and title glue only, at most 14."""
    y = k
    while y < min(sr.hi, k + 14):
        t = sr.toks[y]
        if t.text == ",":
            break
        if t.punct and t.text not in ("'", "’") or not (t.cap or t.key in _EN_TITLE_GLUE):
            return None
        y += 1
    else:
        return None
    if y == k:
        return None
    m = sr.mention_at.get(y + 1)
    return m if m is not None and m.etype == "Person" and m.lo == y + 1 else None


_EN_MEETING_NOUNS = frozenset({"meeting", "audience", "talks", "reception", "session",
                               "meetings", "discussions"})


def meeting_attended_by_en(sr: Any) -> bool:
    """Does the sentence open "The meeting / audience / talks ... (was) attended by" (the
    agencies' sentence after a reception, whose attendee met both sides of a meeting of two,
    his side not said)?"""
    lo = sr.lo
    if sr.key(lo) != "the" or sr.key(lo + 1) not in _EN_MEETING_NOUNS:
        return False
    return any(sr.key(y) == "attended" and sr.key(y + 1) == "by"
               for y in range(lo + 2, min(sr.hi - 1, lo + 6)))


# the blessing after a ruler's name or title: «حفظه الله»، "يحفظه الله"، "- حفظه الله ورعاه -"،
# "(أيده الله)"
_AR_BLESSING = re.compile(
    r"[«\"(\-–—]?[ \t]*ي?(?:حفظه|حفظها|رعاه|رعاها|أيده|أيدها|سلمه|سدده)[ \t]+الله"
    r"(?:[ \t]+و(?:رعاه|رعاها|أيده|أيدها|حفظه|حفظها|سدد[ \t]+خطاه))?[ \t]*[»\")\-–—]?")


def blank_blessings_ar(text: str) -> str:
    """*text* with the blessings after a ruler's name written as spaces (the same length: the
    offsets of every other word stay): "استقبل الشيخ X رئيس الدولة «حفظه الله» اليوم Y" reads
    as "استقبل الشيخ X رئيس الدولة اليوم Y" -- never a person, never a clause break."""
    if "الله" not in text:
        return text
    return _AR_BLESSING.sub(lambda mo: " " * len(mo.group(0)), text)
