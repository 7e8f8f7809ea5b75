"""A lone family name met before the full name of the article ("UN envoy Tetteh holds talks
..." in a headline, then "Hanna Serwaa Tetteh, was received ..."): one person.

The name steps read the headline's "Tetteh" as a new person of its own, and a later bare
"Tetteh" as that one again, so the full name was a second person the relations never reached.
``lone_surname_first`` (after the article, with ``coref_after.resolve_aka``) gives the lone
name's mentions to the one person of the article whose name ends with that word; two such
people ("Khalifa Haftar", "Saddam Haftar") leave it alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.textnorm import core_tokens

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc


def lone_surname_first(doc: Doc) -> None:
    """See the module docstring."""
    words: dict[str, list[str]] = {}  # eid -> the longest name's core words
    first_at: dict[str, int] = {}
    for m in doc.ments:
        if m.etype != "Person" or m.kind != "name":
            continue
        w = core_tokens(doc.text[m.start:m.end])
        if len(w) > len(words.get(m.eid, ())):
            words[m.eid] = w
        first_at.setdefault(m.eid, m.lo)
    lone = {eid: w[0] for eid, w in words.items() if len(w) == 1 and
            eid in doc.new_entities and doc.gaz.get(eid) is None}
    if not lone:
        return
    changed = False
    for eid, last in lone.items():
        full = [f for f, w in words.items() if len(w) > 1 and w[-1] == last]
        if len(full) != 1 or first_at[full[0]] < first_at[eid]:
            continue  # none, two of the family, or the full name first (the older steps)
        for mm in doc.ments:
            if mm.eid == eid:
                mm.eid = full[0]
        doc._add_alias(full[0], doc.new_entities[eid]["name"])
        changed = True
    if changed:
        doc.mentions_changed()
