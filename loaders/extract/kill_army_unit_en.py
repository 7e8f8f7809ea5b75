"""ASSASSINATED_BY, English: a unit of an army as the killer is that army.

- "the army's 6th Infantry Division said its forces had killed X", "The Sudanese army's 22nd
  Division killed X", "The IDF's 98th Division killed X", "Israel's Golani Brigade killed X":
  the unit is named as a new body ("organization:infantry-division"), which no reader or
  annotator takes for the killer: the army whose possessive stands before it (a bare "the
  army's" is the army of the country told before, ``kill_said_it.bare_army``; a country's
  possessive its regular army, ``national_armies``) -- :func:`army_of_unit`, asked by
  ``SentenceBase.add`` for a killer whose id ends in a unit word (:func:`is_unit_id`);
- "said the army's special force(s) / units / troops had (also) killed X": no body is named
  before the verb; the army is the killer (:func:`army_part_killed`, asked by the active rule
  of ``killing_rules_en`` when no agent stands near the verb, as ``said_army_killed`` is).

Not another body's unit ("Hezbollah's Radwan Force"): the owner must be an army, a country or
a bare "army" / "military".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from loaders.extract.kill_said_it import bare_army
from loaders.extract.national_armies import ARMY_WORDS, army_of, is_national_army

if TYPE_CHECKING:
    from loaders.extract.mention_core import Mention
    from loaders.extract.relations import SentenceCore
    from loaders.extract.tokens import Tok

# the last word of a unit's name (the id's last part: "organization:infantry-division")
_UNIT_ID_ENDS = frozenset({"division", "brigade", "regiment", "battalion", "corps"})
_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$")
_UNIT_ADJ = frozenset({"elite", "special", "armoured", "armored", "infantry", "mechanised",
                       "mechanized", "airborne", "commando"})
# a part of an army told in lower case: "the army's special force had also killed X"
_PART_NOUNS = frozenset({"force", "forces", "unit", "units", "troops", "soldiers", "commandos",
                         "division", "brigade"})
_PART_ADJ = frozenset({"special", "elite", "own"})
_HAD_ALSO = frozenset({"had", "has", "have", "also", "reportedly"})


def is_unit_id(eid: str) -> bool:
    """Does the id *eid* end in a unit's word ("organization:infantry-division",
    "organization:98th-division")?"""
    return eid[max(eid.rfind("-"), eid.rfind(":")) + 1:] in _UNIT_ID_ENDS


def _owner_army(sr: SentenceCore, y: int) -> str | None:
    """The army named by the possessive at *y* ("the army's", "the Sudanese army's", "the
    IDF's", "Israel's"), else None."""
    tok = sr.toks[y]
    if not tok.poss:
        return None
    m = sr.mention_at.get(y)
    if m is not None and m.hi == y + 1:
        if m.etype == "Country":
            return army_of(sr.doc.gaz, m.eid)
        return m.eid if m.etype == "Organization" and is_national_army(sr.doc.gaz, m.eid) \
            else None
    if m is None and tok.key in ARMY_WORDS and sr.key(y - 1) == "the":
        army = bare_army(sr, y)
        return army.eid if army is not None else None
    return None


def _before_unit_words(toks: list[Tok], lo: int, m: Mention) -> int:
    """The token before the ordinals and unit adjectives in front of the unit *m* ("the
    army's | 6th Infantry Division"), not before *lo*: where its owner's possessive stands."""
    y = m.lo - 1
    while y > lo and (_ORDINAL.match(toks[y].text) or toks[y].key in _UNIT_ADJ):
        y -= 1
    return y


def owned_unit(m: Mention, toks: list[Tok], lo: int) -> bool:
    """Is *m* an army's unit named after an owner's possessive ("the army's 6th Infantry
    Division", "the IDF's 98th Division")? The scorer gives it no killing (``scored``): the
    rules give the army (:func:`army_of_unit`)."""
    if m.etype != "Organization" or not is_unit_id(m.eid):
        return False
    y = _before_unit_words(toks, lo, m)
    return y >= lo and toks[y].poss


def army_of_unit(sr: SentenceCore, unit: str) -> str | None:
    """The army that owns the unit *unit* named as a killer in this sentence ("the army's 6th
    Infantry Division"), else None (module doc)."""
    for m in sr.ments:
        if m.eid != unit or m.etype != "Organization":
            continue
        y = _before_unit_words(sr.toks, sr.lo, m)
        if y >= sr.lo:
            return _owner_army(sr, y)
    return None


def army_part_killed(sr: SentenceCore, t: int) -> Mention | None:
    """English "killed" at *t* after "the army's special force(s) / units / troops (had)
    (also)": that army (a mention of it made for the sentence), else None."""
    y = t - 1
    while y > sr.lo and sr.key(y) in _HAD_ALSO:
        y -= 1
    if sr.key(y) not in _PART_NOUNS or sr.toks[y].cap:
        return None
    y -= 1
    while y > sr.lo and sr.key(y) in _PART_ADJ:
        y -= 1
    tok = sr.toks[y]
    if not tok.poss or tok.key not in ARMY_WORDS or sr.key(y - 1) != "the" or \
            sr.mention_at.get(y) is not None:
        return None
    return bare_army(sr, y)
