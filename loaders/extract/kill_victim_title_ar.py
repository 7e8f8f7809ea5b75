"""Arabic killings: a group named after a title word is the victim's, not the killer.

"قُتل مؤسس تنظيم القاعدة وزعيمه أسامة بن لادن في عملية ..." reads the verb as passive: the
body after "مؤسس" / "زعيم" / "قائد" describes the person killed (founder of al-Qaeda),
so it is no subject of an active "killed" (VSO: "قتلت إسرائيل X")."""
from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.mention_core import QUOTES

if TYPE_CHECKING:
    from loaders.extract.mentions import Mention

# "founder" is no title of the lexicon (nobody is addressed by it) but heads a description
_AR_FOUNDER = L._ar("مؤسس", "مؤسسي", "مؤسسو", "المؤسس")


def victim_title_group_ar(sr, t: int, first: Mention) -> bool:
    """Is the body *first*, after the killing verb at *t*, the complement of a title word
    right before it ("قتل زعيم حركة X ..."، "قُتل مؤسس تنظيم القاعدة ...")? Past the quotes
    and a body's head noun before a quoted name («قتلت زعيم تنظيم "أنصار الشريعة" X»: the
    group is X's, session 64)."""
    p = first.lo - 1
    if p > t and sr.toks[p].text in QUOTES:
        p -= 1
        if p > t and sr.key(p) in L.AR_ORG_HEADS:
            p -= 1
    return p > t and (sr.key(p) in L.AR_TITLES or sr.key(p) in _AR_FOUNDER)
