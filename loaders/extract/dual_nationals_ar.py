"""Arabic: "the two ministers / presidents" qualified by two nationalities, «استقبل X
الوزيرين الصيني والباكستاني»، «التقى الرئيسين التركي والإيراني»: the two people the article
titled with those nationalities, not the last two people named.

``plural_refs`` reads a bare dual («الوزيرين») as the last list of two people; with the
nationalities told after it, the reference is the people whose titles carry them (the latest
of each, in this sentence or the two before it): «عقد وزير الخارجية الصيني وانغ يي ... بمشاركة
وزير الخارجية الباكستاني إسحق دار ووزير خارجية حكومة طالبان أمير خان متقي ... استقبل ... آخوند
الوزيرين الصيني والباكستاني» is Wang and Dar, not Dar and Muttaqi. When one nationality has
no such holder, the list found otherwise is kept only if no member carries a nationality
outside the two.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.dual_title_names_ar import dual_title_singular
from loaders.extract.list_qualifiers_ar import nationality_country_ar


def dual_nationals_ar(toks: list, x: int, hi: int) -> tuple[str, str] | None:
    """The two countries of «الوزيرين الصيني والباكستاني» (the dual at *x*), else None."""
    if x + 2 >= hi:
        return None
    first = nationality_country_ar(toks[x + 1].key)
    second_key = toks[x + 2].key
    if first is None or second_key[:1] != "و":
        return None
    second = nationality_country_ar(second_key[1:])
    return (first, second) if second is not None and second != first else None


def _titled_as(toks: list, m: Any, bare: str | None) -> bool:
    """Does the title before *m* hold the dual's singular *bare* («وزير»: «ووزير الخارجية X»,
    «نائب رئيس الوزراء وزير الخارجية X»; any title when the dual is no title, «الرجلين»)?"""
    if bare is None:
        return True
    return m.tlo >= 0 and any(toks[y].key.endswith(bare) and len(toks[y].key) - len(bare) <= 4
                              for y in range(m.tlo, m.lo))


def nationals_members(toks: list, dual_key: str, groups: list[list[Any]],
                      nats: tuple[str, str], found: list[str]) -> list[str]:
    """The people of *groups* (this sentence's, then each sentence's before) titled with each
    of *nats* (and with the dual's title, «الوزيرين»: ministers), the latest first; else
    *found* when none of its people is titled with another nationality; else []."""
    singular = dual_title_singular(dual_key)
    bare = singular[2:] if singular is not None and singular.startswith("ال") else singular
    by_nat: dict[str, str] = {}
    for people in groups:
        for m in reversed(people):
            nat = getattr(m, "role_nat", None)
            if nat in nats and nat not in by_nat and m.eid not in by_nat.values() and \
                    _titled_as(toks, m, bare):
                by_nat[nat] = m.eid
    if len(by_nat) == 2:
        return [by_nat[nats[0]], by_nat[nats[1]]]
    nat_of = {}
    for people in groups:
        for m in people:
            nat = getattr(m, "role_nat", None)
            if nat:
                nat_of.setdefault(m.eid, nat)
    if any(nat_of.get(e) not in (None, *nats) for e in found):
        return []
    return found
