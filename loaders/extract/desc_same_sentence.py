"""A description whose title word was given to one person earlier in the same sentence ("Bagheri
hosted Saudi Defence Minister Prince Khalid bin Salman in April; the prince was also received
by Y", "the minister" after "Foreign Minister X met Z"), session 23 (``desc``).

``resolve_description`` searches the sentences before the description, so a person named in its
own sentence was passed over for an older one ("the prince" -> the commander named two
sentences before). Only the very title word counts (the title before the name, or a royal
title opening it), not the sentence's first person (its subject: "X, who had welcomed the
minister, said"), and only when one person of the sentence bears it: two ministers named
before "the minister" is no guess. English only (an Arabic title is a phrase: "وزير الخارجية
في الإدارة الجديدة" is no "وزير" of another clause)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from loaders.extract.mention_core import Mention
    from loaders.extract.mentions import Doc


def same_title_antecedent(doc: Doc, current: Iterable[Mention], at_tok: int,
                          qual: str | None) -> str | None:
    """The one person named earlier in this sentence (*current*) with the title word of the
    description at *at_tok* ("Prince X ...; the prince"), None when none or several."""
    toks = doc.toks
    if qual is not None or toks[at_tok].ar:
        return None  # ("the new minister" is someone else; Arabic titles are phrases)
    key = toks[at_tok].key
    people = sorted((m for m in current if m.etype == "Person" and m.lo < at_tok),
                    key=lambda m: m.lo)
    ids: set[str] = set()
    for m in people[1:]:  # (not the sentence's first person: "X, who had welcomed the
        # minister, said": the minister is someone else)
        if m.kind != "name" or m.eid == people[0].eid:
            continue  # (the title before the name, and the name's first word: "Prince X")
        words = range(m.tlo if 0 <= m.tlo < m.lo else m.lo, min(m.lo + 1, m.hi))
        if any(toks[x].key == key for x in words):
            ids.add(m.eid)
    return ids.pop() if len(ids) == 1 else None
