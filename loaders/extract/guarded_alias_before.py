"""A known person's ambiguous short name used before the article names him in full
(cataphora): the headline "فيدان يستقبل الشيباني وأبو قصرة وخطاب في أنقرة", then "وزير الدفاع
مرهف أبو قصرة"; "Abu Qasra in Ankara", then "Defence Minister Murhaf Abu Qasra".

The gazetteer lists such short names ("أبو قصرة", "Abu Qasra": a kunya or family name others
bear too) as ambiguous: matched only once the article has named the person otherwise. Read
before the full name, the short name became a new person of its own, with the relations of
the headline. ``guarded_alias_before`` (after all sentences are read, before the relations)
hands the mentions of such a new person over to the known one when its name, as written,
is an ambiguous name of exactly one known person whom the article names in full later (a
mention of two words or more), and the new person has no mention of a longer name of its
own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract.gazetteer_entry import alias_tokens
from loaders.extract.person_hand_over import hand_over_people

if TYPE_CHECKING:
    from loaders.extract.mention_core import Mention
    from loaders.extract.mentions import Doc


def guarded_alias_before(doc: Doc) -> None:
    """See the module docstring."""
    gaz = doc.gaz
    entries = gaz.entries
    new = [m for m in doc.ments if m.kind == "name" and m.etype == "Person" and
           m.eid not in entries]
    if not new:
        return
    first_full: dict[str, int] = {}  # known person -> offset of his first full mention
    for m in doc.ments:
        if m.kind == "name" and m.hi - m.lo >= 2 and m.eid in entries and (
                m.eid not in first_full or m.start < first_full[m.eid]):
            first_full[m.eid] = m.start
    if not first_full:
        return
    hand_over_people(doc, ((m, _known_owner(doc, m, first_full)) for m in new), new)


def _known_owner(doc: Doc, m: Mention, first_full: dict[str, int]) -> str | None:
    """The one known person whose ambiguous name *m* is, as written, named in full after it
    (*first_full*: known person -> offset of his first full mention); else None."""
    gaz = doc.gaz
    keys = alias_tokens(doc.text[m.start:m.end])[0]
    guard = gaz.guarded.get(keys) or set()
    owners = {h[0] for h in gaz.exact.get(keys, ()) if h[0] in guard and
              h[0] in first_full and first_full[h[0]] > m.start}
    return next(iter(owners)) if len(owners) == 1 else None
