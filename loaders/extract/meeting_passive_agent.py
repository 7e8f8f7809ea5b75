"""English passive meeting whose agent is a description with the name in apposition.

"X was received by Iraq's top Shiite cleric, Grand Ayatollah Y, in Najaf" / "was met at the
airport by the country's president, Y": the agent is Y, named after the comma that closes
the description (``meetings.met_passive`` reads only a name right after "by"). The
description is a short noun phrase: an article, a possessive (a country's or "the
country's", or a person's before a lower-case title: "by Prime Minister K's national security
adviser, Y", session 24), adjectives and title words; no verb, no other person, at most
twelve words.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.mention_base import Mention
from loaders.extract.rule_common import person_at, title_start

_MAX_DESC = 12  # "by the General Commander of the Libyan Arab Armed Forces, Y"
_SAYING = frozenset({"said", "says", "told", "added", "stated", "announced", "wrote"})
_DESC_STOP = frozenset({"who", "which", "that", "and", "or", "but", "said", "says", "is", "was",
                        "are", "were", "has", "had", "have", "to", "after", "before", "while"})
_MAX_TITLE = 10
# lower-case words inside a long title before the name that are no title words themselves
# ("by Iranian armed forces chief of staff Y", "by Syria's de facto leader Y", "by interim
# President Y"; session 57)
_TITLE_INNER = frozenset({"de", "facto", "armed", "forces", "interim", "acting", "caretaker",
                          "new", "outgoing", "joint", "transitional", "designate", "elect"})


def _designate(sr: Any, x: int) -> bool:
    """Is the token at *x* the hyphen of "prime minister-designate" / "president-elect"?"""
    return sr.toks[x].text == "-" and sr.key(x + 1) in ("designate", "elect")


def _title_joined_en(sr: Any, x: int) -> bool:
    """Is the token at *x* the "and" that joins two offices of one man, a capitalised title
    word right after it ("by Crown Prince and Prime Minister Y", "by Deputy Prime Minister and
    Foreign Minister Y"; session 65)? Read only after a title word, before any name."""
    nxt = x + 1
    return sr.key(x) == "and" and nxt < sr.hi and sr.toks[nxt].cap and \
        sr.key(nxt) in L.EN_TITLE_FIRST and nxt not in sr.mention_at


def _owner_en(sr: Any, m: Mention) -> bool:
    """Is person *m* the possessor of a lower-case title right after it ("by Prime Minister
    K's national security adviser, Y": K's)?"""
    return m.poss and m.hi < sr.hi and not sr.toks[m.hi].cap and not sr.toks[m.hi].punct


def apposed_agent_en(sr: Any, by: int) -> Mention | None:
    """The person named in apposition to the description after the 'by' at *by* ("by
    Iraq's top Shiite cleric, Grand Ayatollah Y"), else None."""
    x = by + 1
    comma = -1
    for y in range(x, min(sr.hi, x + _MAX_DESC + 1)):
        tk = sr.toks[y]
        if tk.text == ",":
            comma = y
            break
        if tk.punct and tk.text not in ("'", "-", "\u2019") or tk.key in _DESC_STOP:
            return None
        m = sr.mention_at.get(y)
        if m is not None and (m.etype == "Person" and not _owner_en(sr, m) or
                              m.etype == "Country" and not m.poss):
            return None  # a person (or "by Iraq") right away: not a description
    o = x
    while o < comma and sr.key(o) in L.NATIONALITY:
        o += 1  # "by Saudi King Salman's son, Defence Minister Prince Y" (s57)
    owner = person_at(sr, o)
    if comma <= x or sr.key(x) not in ("the", "a", "an", "its", "his", "her") and \
            not sr.toks[x].poss and (sr.mention_at.get(x) is None or
                                     not sr.mention_at[x].poss) and \
            not (owner is not None and _owner_en(sr, owner)):
        return None  # "by the ..." / "by Iraq's ..." / "by Prime Minister K's ..." only
    for m in sr.args:
        if m.etype == "Person" and comma < title_start(m) <= comma + 3 and all(
                sr.toks[y].cap and not sr.toks[y].punct and y not in sr.mention_at
                for y in range(comma + 1, title_start(m))):
            # (capitalised words of a title left outside the name's: "Energy Minister")
            if m.poss or sr.key(m.hi) in _SAYING:
                return None  # "by the delegation, Y said": Y is the speaker
            return m
    return None


def titled_agent_en(sr: Any, by: int) -> Mention | None:
    """The person after a long title with a body's name after the 'by' at *by* ("by (the)
    Leader of the Islamic Revolution Ayatollah Y", "by Speaker of the Parliament Y", "by
    Presidential Leadership Council chairman Y"), else None. Between 'by' and the name only
    "the", "of", capitalised words, bodies and title words; one of them a title word. A few
    lower-case words may stand inside the title ("by Iranian armed forces chief of staff Y",
    "by Syria's de facto leader Y", "by Iraq's prime minister-designate Y"; session 57), and
    two offices joined by "and" ("by Crown Prince and Prime Minister Y"; session 65)."""
    titled = False
    for x in range(by + 1, min(sr.hi, by + 1 + _MAX_TITLE)):
        m = sr.mention_at.get(x)
        if m is not None and m.etype == "Person":
            return m if titled and not m.poss else None
        tk = sr.toks[x]
        if m is None and (_designate(sr, x) or titled and _title_joined_en(sr, x)):
            continue
        if m is None and (tk.punct or not tk.cap and tk.key not in ("the", "of") and
                          tk.key not in L.EN_TITLE_FIRST and tk.key not in _TITLE_INNER):
            return None  # (a title word may be lower-case: "by <Body> chairman Y")
        titled = titled or tk.key in L.EN_TITLE_FIRST
    return None


_PREPS = frozenset({"on", "aboard", "in", "at", "from", "into", "onto", "inside"})
_DETS = frozenset({"a", "an", "the", "his", "her", "its", "their"})


def prep_object_en(sr: Any, m: Mention) -> bool:
    """Is *m* the object of a place preposition ("flew in on a Cham Wings Airbus", "on a
    Qatar Airways Airbus", "at the X hotel")? Such a mention is no subject of a later
    passive verb. Never a subject pronoun ("At the White House he was received by Y": "he"
    stands after the place, it is not governed by "at")."""
    if m.kind == "pron" and sr.key(m.lo) in ("he", "she"):
        return False
    b = title_start(m) - 1
    if b >= sr.lo and sr.key(b) in _PREPS:
        return True  # "at X"
    while b > sr.lo and sr.toks[b].cap and not sr.toks[b].ar:
        b -= 1  # "a Qatar Airways Airbus": capitalised words after an article
    if b <= sr.lo or sr.key(b) not in _DETS:
        return False  # ("On Wednesday X travelled": no article, X is the subject)
    while b > sr.lo and sr.key(b) in _DETS:
        b -= 1
    return sr.key(b) in _PREPS
