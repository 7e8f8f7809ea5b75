"""ASSASSINATED_BY (session 66, blind66d): "X said (on <date>) (that) its strike ... killed Y".

"US Africa Command (AFRICOM) said on October 3 that its airstrike near Jilib, in Middle Juba,
killed Y" / "the Israeli military said its strike on a building in Haret Hreik, south of
Beirut, had killed Y" / "CENTCOM said its precision strike near Idlib, in northwestern Syria,
killed Y": Y was killed by the speaker, who claims the strike as his own ("its", "their").
``killing_rules_en`` reads the subject of "killed" within eight words; a strike's place phrase
set off by commas pushes the speaker further. Asked only when no subject was found there
(``killing_rules_en._killed_en``), after ``kill_said_it.speaker_it_killed`` ("said it had
killed Y"): the strike noun within sixteen words before the verb, no person, body or country
(but a country of the place phrase, "in northwestern Syria") and no stop or verb of saying
between them; "its / their" (and at most two modifiers) before
the noun; then (past "that", a date or time words) a verb of saying whose subject, right before
it, is an organisation or a country (or "the army").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract.kill_said_it import (
    EN_SAID_IT_VERBS,
    bare_army,
    before_quoted_verb,
    date_filler_back,
)
from loaders.extract.national_armies import ARMY_WORDS

if TYPE_CHECKING:
    from loaders.extract.mention_core import Mention
    from loaders.extract.relations import SentenceCore

_STRIKES = frozenset({"strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "bombing",
                      "operation", "attack"})
_MODIFIERS = frozenset({"air", "drone", "precision", "latest", "own", "targeted", "missile",
                        "retaliatory", "overnight"})
_ITS = frozenset({"its", "their"})
_HAD = frozenset({"had", "has", "have", "also"})
_REACH = 16
_AGENT_TYPES = ("Organization", "Country", "Person")
_PLACE_PREPS = frozenset({"in", "near", "on", "at", "of", "outside", "inside", "across"})


def _place_country(sr: SentenceCore, m: Mention) -> bool:
    """Is the country *m* inside the strike's place phrase ("near Idlib, in northwestern
    Syria": a preposition at most two words before it)?"""
    return m.etype == "Country" and any(sr.key(y) in _PLACE_PREPS
                                        for y in range(max(sr.lo, m.lo - 2), m.lo))


def speaker_its_strike_en(sr: SentenceCore, t: int) -> Mention | None:
    """The speaker who claims the strike that is the subject of "killed" at *t* (module doc),
    else None."""
    y = before_quoted_verb(sr, t)
    while y > sr.lo and sr.key(y) in _HAD:
        y -= 1
    head = None
    for x in range(y, max(sr.lo, y - _REACH) - 1, -1):
        k = sr.key(x)
        if k in _STRIKES:
            head = x
            break
        m = sr.mention_at.get(x)
        if k in (".", ";") or k in EN_SAID_IT_VERBS or (
                m is not None and m.etype in _AGENT_TYPES and not _place_country(sr, m)):
            return None
    if head is None:
        return None
    w = head - 1
    while w > sr.lo and w >= head - 2 and sr.key(w) in _MODIFIERS:
        w -= 1
    if sr.key(w) not in _ITS:
        return None
    w -= 1
    if sr.key(w) == "that":
        w -= 1
    w = date_filler_back(sr, w)
    if sr.key(w) not in EN_SAID_IT_VERBS:
        return None
    z = w - 1
    if sr.key(z) == ")" and sr.key(z - 2) == "(":
        z -= 3  # "US Africa Command (AFRICOM) said"
    m = sr.mention_at.get(z)
    if m is None and sr.key(z) in ARMY_WORDS and sr.key(z - 1) == "the":
        return bare_army(sr, z)
    if m is None or m.hi != z + 1 or m.etype not in ("Organization", "Country"):
        return None
    return m
