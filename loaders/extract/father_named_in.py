"""A bare family name when the article names a father and his sons after him (session 39,
``names``).

Arabic names a son with his father's full name after his given name: "المشير خليفة حفتر"
and his sons "الفريق أول صدام خليفة حفتر", "الفريق أول خالد خليفة حفتر". A later bare "حفتر"
("استقبل المشير حفتر") took the person named last (a son); it is the father, the man the sons'
names are built on. ``father_named_in`` is called by ``person_ids._resolve_name`` on the
candidate the bare surname found.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.textnorm import core_tokens

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc


def _forms(ent: dict) -> list[list[str]]:
    return [t for t in (core_tokens(n) for n in [ent["name"], *ent.get("aliases", ())]) if t]


def father_named_in(doc: Doc, eid: str, etype: str) -> str:
    """*eid*, or the new person whose whole name (two words or more) ends a longer form of
    *eid*'s name ("Khalifa Haftar" in "Khaled Khalifa Haftar")."""
    ent = doc.new_entities.get(eid)
    if ent is None or etype != "Person":
        return eid
    mine = [t for t in _forms(ent) if len(t) >= 3]
    if not mine:
        return eid
    for oid, other in doc.new_entities.items():
        if oid == eid or not oid.startswith("person:"):
            continue
        if any(2 <= len(th) < len(m) and m[-len(th):] == th
               for th in _forms(other) for m in mine):
            return oid
    return eid
