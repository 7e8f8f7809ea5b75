"""A short "Bin X" name for the one person of the article named "... bin X" (session 59).

Gulf and Saudi royals are called by their father's name after "bin": "Sheikh Mohamed bin
Zayed ... Bin Zayed later met Sisi", "Faisal bin Farhan ... Bin Farhan said". Where the
gazetteer does not list the short form, "Bin Zayed" became a new person of its own with the
later sentences' relations. A new person whose whole name is "bin / ibn / بن / ابن" and one
word is the one person whose longer mention in the article holds that very pair ("Mohamed
bin Zayed"); two such people ("Mohamed bin Zayed" and "Abdullah bin Zayed") leave it as it
is. Called by ``rules`` after all sentences are read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

_BIN = frozenset({"bin", "ibn", "ben"}) | L._ar("بن", "ابن")


def bin_short_name(doc: Doc) -> None:
    """See the module docstring."""
    toks, entries = doc.toks, doc.gaz.entries
    short = [m for m in doc.ments if m.etype == "Person" and m.kind == "name" and
             m.hi - m.lo == 2 and m.eid not in entries and toks[m.lo].key in _BIN]
    if not short:
        return
    moved: dict[str, str] = {}  # the new person's id -> the person named in full
    for m in short:
        father = toks[m.lo + 1].key
        owners = {o.eid for o in doc.ments if o.etype == "Person" and o.kind == "name" and
                  o.hi - o.lo >= 3 and o.eid != m.eid and any(
                      toks[y].key in _BIN and toks[y + 1].key == father
                      for y in range(o.lo + 1, o.hi - 1))}
        if len(owners) == 1:
            moved[m.eid] = owners.pop()
    if not moved:
        return
    for m in doc.ments:  # (each mention of the new person: a description resolved to it too)
        if m.eid in moved:
            m.eid = moved[m.eid]
    doc.mentions_changed()
