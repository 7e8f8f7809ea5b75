"""The members of an armed group named by its adjective: "Houthi fighters", "Huthi gunmen".

An organisation listed as "<Word> rebels" or "<Word> militia" ("Houthi rebels", "FARC rebels",
"Badr militia") is also named by that word before another noun of its armed members:
"In 2017 Houthi fighters killed X" gives the Houthis, not a person whose family name is
al-Houthi. A nationality word is no group ("Iraqi militia": "Iraqi fighters" is no one
organisation), nor a word of several groups.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

_HEADS = ("rebels", "militia")
_MEMBERS = ("fighters", "gunmen", "militants", "militiamen", "rebels", "militia")


def _group_word(alias: str) -> str:
    """"Houthi" of "Houthi rebels" ("" for any other alias)."""
    words = alias.split()
    if len(words) != 2 or words[1] not in _HEADS or not words[0][:1].isupper() or \
            not words[0].isascii() or "'" in words[0]:
        return ""
    return words[0]


def add_member_aliases(entries: Any, nationalities: frozenset[str]) -> None:
    """Give each organisation with a "<Word> rebels / militia" alias the other member nouns
    after that word (in place; see the module doc)."""
    words: dict[str, list[str]] = {}
    for e in entries:
        if e.type != "Organization":
            continue
        own = {_group_word(a) for a in e.aliases} - {""}
        words[e.id] = [w for w in own if w.lower() not in nationalities]
    count = Counter(w for ws in words.values() for w in ws)
    for e in entries:
        ws = [w for w in words.get(e.id, ()) if count[w] == 1]
        if not ws:
            continue
        known = set(e.aliases)
        e.aliases = [*e.aliases, *(f"{w} {n}" for w in sorted(ws) for n in _MEMBERS
                                   if f"{w} {n}" not in known)]
