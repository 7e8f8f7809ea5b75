"""A title read as a description of someone else just before a name (session 29, succkill).

"وتكليف الفريق الركن المتقاعد عبد الغني الأسدي برئاسة الجهاز": the rank "الفريق الركن",
cut from the name by "المتقاعد" (retired), was resolved as a description of the person the
article named last (Fayyadh), and the appointment went to him. A title-only mention (kind
``desc``) that ends right before a name, with nothing between or only a rank's tail
("المتقاعد", "الركن"), is that name's title: the description is dropped. Any
other word between is kept apart (measured on dev: a verb, a nationality, another title
"استقبل الأمير الرئيسَ الشرع" separate two people as often as not). Nor is a description
of one nationality right after a meeting verb, before a known man of another country: the
verb's subject, then its object ("واستقبل رئيس الوزراء القطري الحيّة", session 63,
``desc_vso_subject_ar``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.desc_vso_subject_ar import title_is_vso_subject_ar

if TYPE_CHECKING:
    from loaders.extract.mention_core import Mention
    from loaders.extract.mentions import Doc


# words that extend a rank without being a title of their own ("الفريق الركن المتقاعد X")
_AR_RANK_TAILS = L._ar("المتقاعد", "الركن", "ركن")


def drop_titles_before_names(doc: Doc, out: list[Mention], lo: int) -> None:
    """Remove from *out* (sorted by position; the mentions of the sentence starting at token
    *lo*) each person description directly followed by another person's name (see the module
    doc)."""
    toks = doc.toks
    drop = []
    for a, b in zip(out, out[1:], strict=False):
        if a.kind != "desc" or b.kind != "name" or a.etype != "Person" or \
                b.etype != "Person" or a.eid == b.eid:
            continue
        gap = b.lo - a.hi
        if gap < 0 or gap > 1 or (b.tlo != -1 and b.tlo < b.lo) or b.prefix:
            continue  # ("التقى الضيف الإيراني بالكاظمي": a preposition, two people)
        if gap == 1 and not (toks[a.hi].ar and toks[a.hi].key in _AR_RANK_TAILS):
            continue
        if gap == 0 and title_is_vso_subject_ar(doc, a.lo, lo, b.eid, a.role_nat):
            continue  # "واستقبل رئيس الوزراء القطري الحيّة": the subject, then the object
        drop.append(a)
    for a in drop:
        out.remove(a)
