"""A lone family name met before the full name of the article ("UN envoy Tetteh holds talks
..." in a headline, then "Hanna Serwaa Tetteh, was received ..."): one person.

The name steps read the headline's "Tetteh" as a new person of its own, and a later bare
"Tetteh" as that one again, so the full name was a second person the relations never reached.
``lone_surname_first`` (after the article, with ``coref_after.resolve_aka``) gives the lone
name's mentions to the one person of the article whose name ends with that word; two such
people ("Khalifa Haftar", "Saddam Haftar") leave it alone, unless a later lone family name
with the same title was read as one of them ("meets President Barzani" in the headline, then
Masoud and Nechirvan Barzani, both presidents, then "President Barzani said ..." read as
Masoud: the headline's is Masoud; session 64). A family name with its article
("President Al-Mashat receives ...", then "Mahdi Al-Mashat") is a lone name too (session 27).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

_ARTICLES = ("al", "el")


def _one_word(name: str) -> bool:
    """A new person's name of one word, or of one word after its article ("al Mashat")."""
    return " " not in name or (name[:3].lower() in ("al ", "el ") and name.count(" ") == 1)


def _lone_span(doc: Doc, lo: int, hi: int) -> bool:
    """The tokens lo..hi are one word: "Tetteh", "Al-Mashat", "al Mashat"."""
    n = hi - lo
    if n == 1:
        return True
    toks = doc.toks
    return toks[lo].key in _ARTICLES and (n == 2 or (n == 3 and toks[lo + 1].text == "-"))


def lone_surname_first(doc: Doc) -> None:
    """See the module docstring. (Token keys only, and nothing when no new person has a
    one-word name: the usual article.)"""
    new = doc.new_entities
    if not any(_one_word(e["name"]) for e in new.values()):
        return
    toks = doc.toks
    lone: dict[str, str | None] = {}  # eid -> its one word, None once named longer
    longer: dict[str, set[str]] = {}  # a longer name's last word -> its people
    first_at: dict[str, int] = {}
    lone_roles: dict[str, set[str | None]] = {}  # a new lone name -> the roles of its titles
    known_lone: dict[tuple[str, str | None], set[str]] = {}  # (word, role) -> known people
    for m in doc.ments:
        if m.etype != "Person" or m.kind != "name":
            continue
        first_at.setdefault(m.eid, m.lo)
        if _lone_span(doc, m.lo, m.hi):
            lone.setdefault(m.eid, toks[m.hi - 1].key)
            if m.eid in new:
                lone_roles.setdefault(m.eid, set()).add(m.role)
            else:
                known_lone.setdefault((toks[m.hi - 1].key, m.role), set()).add(m.eid)
        else:
            lone[m.eid] = None
            longer.setdefault(toks[m.hi - 1].key, set()).add(m.eid)
    changed = False
    for eid, key in lone.items():
        if key is None or eid not in new or doc.gaz.get(eid) is not None:
            continue
        full = longer.get(key, set()) - {eid}
        if len(full) > 1:
            full = _titled_same_later(lone_roles.get(eid, set()), key, full, known_lone)
        if len(full) != 1:
            continue  # none, or two of the family
        target = next(iter(full))
        if first_at[target] < first_at[eid]:
            continue  # the full name first: the older steps
        for mm in doc.ments:
            if mm.eid == eid:
                mm.eid = target
        doc._add_alias(target, new[eid]["name"])
        changed = True
    if changed:
        doc.mentions_changed()


def _titled_same_later(roles: set[str | None], key: str, full: set[str],
                       known_lone: dict[tuple[str, str | None], set[str]]) -> set[str]:
    """Of several people of the family named in full, the one a later lone family name with
    the same title was read as ("meets President Barzani" in the headline, then Masoud and
    Nechirvan Barzani, both presidents, then "President Barzani made it clear ...", read as
    Masoud): the headline's is that one. Else all of them (the name stays apart)."""
    if len(roles) != 1 or None in roles:
        return full  # an untitled lone name, or titled two ways
    later = known_lone.get((key, next(iter(roles))), set()) & full
    return later if len(later) == 1 else full

