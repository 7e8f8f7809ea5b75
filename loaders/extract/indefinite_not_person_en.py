"""English: a capitalised name right after the indefinite article is no person (session 40,
``kill``).

"flew in on a Cham Wings Airbus", "an Amiri aide said", "a Houthi official told AFP", "a Savaya
visit", "a Troika Plus meeting", "give Sudani a Second Term": after "a / an" a capitalised word
is an adjective of a noun, a product or a brand, never a person's name (a person named after
an article takes "the" and a title: "the commander, X"). The name steps read such runs as
new people ("Cham Wings Airbus" became the second of "both men" and took the killing of Abu
Mahdi al-Muhandis's companion) or as a known person by his surname. The person mentions (kind
``name``, no title read before them) whose first word follows "a" / "an" are dropped; not one
before a hyphen ("in a Trump-ordered strike": the person's deed).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from loaders.extract.mention_core import Mention
    from loaders.extract.tokens import Tok

_EN_INDEFINITE = frozenset({"a", "an"})


def drop_indefinite_people(toks: list[Tok], lo: int, out: list[Mention]) -> None:
    """Remove from *out* each person name right after "a" / "an" (see the module doc); *lo*
    is the sentence's first token."""
    drop = [m for m in out if m.etype == "Person" and m.kind == "name" and m.lo > lo and
            (m.tlo == -1 or m.tlo >= m.lo) and not m.prefix and
            toks[m.lo - 1].key in _EN_INDEFINITE and not (
                m.hi < len(toks) and toks[m.hi].text in ("-", "\u2011"))]
    for m in drop:
        out.remove(m)
