"""The regular army of each country the gazetteer knows one for, read from the gazetteer's own
names: an organisation called "<nationality> army" or "<nationality> military" ("Sudanese
army" -> ``organization:sudanese-armed-forces``, "Ethiopian army" -> the ENDF, "Israeli army"
-> the IDF). Used where a bare "the army" or an army's unit stands for the army of the country
told ("the army's 6th Infantry Division killed X" in an article on Sudan: the Sudanese army;
``kill_said_it.bare_army``, ``kill_army_unit_en``)."""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

# the second word of an army's name ("Sudanese army"), and a bare "the army's" / "the military"
ARMY_WORDS = frozenset({"army", "military"})
# the head of an army or a force before "of" ("the commander of the US forces", "army chief")
EN_ARMY_HEADS = frozenset({"chief", "commander", "head"})
_FACT = "national_armies"  # the gazetteer's token_facts key of the table built here


def _armies(gaz: Any) -> dict[str, str]:
    """country id -> its army's id (built once per gazetteer; a country with two such
    organisations keeps none: no guess)."""
    got = gaz.token_facts.get(_FACT)
    if got is not None:
        return got
    found: dict[str, set[str]] = {}
    nat = L.NATIONALITY
    for e in gaz.entries.values():
        if e.type != "Organization":
            continue
        for name in (e.name, *e.aliases):
            words = name.lower().split()
            if len(words) == 2 and words[1] in ARMY_WORDS and words[0] in nat:
                found.setdefault(nat[words[0]], set()).add(e.id)
    got = {c: next(iter(ids)) for c, ids in found.items() if len(ids) == 1}
    gaz.token_facts[_FACT] = got
    gaz.token_facts[_FACT + "_ids"] = frozenset(got.values())
    return got


def army_of(gaz: Any, country: str) -> str | None:
    """The id of *country*'s regular army, else None."""
    return _armies(gaz).get(country)


def is_national_army(gaz: Any, eid: str) -> bool:
    """Is *eid* the regular army of a country (as :func:`army_of` reads them)?"""
    _armies(gaz)
    return eid in gaz.token_facts[_FACT + "_ids"]
