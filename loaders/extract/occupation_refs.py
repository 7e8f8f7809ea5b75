"""A bare "the occupation" / "الاحتلال" as a reference mention of Israel (session 38, kill).

Palestinian, Lebanese and Iranian copy names Israel by the occupation alone once it has named it
in an occupation phrase: "X، الذي اغتاله الاحتلال في طهران"، "وكان الاحتلال قد اغتال X"، "X,
who was assassinated by the occupation in Nuseirat". The gazetteer reads the phrases
("الاحتلال الإسرائيلي"، "دولة الاحتلال"، "جيش الاحتلال" -> Israel / its army) but not the bare
word, which would be wrong in other copy ("الاحتلال الأمريكي للعراق", "the occupation of Iraq").

:func:`occupation_refs` makes the bare word a reference mention (kind ``"ref"``) of
``country:israel`` only when the article itself names Israel or its army with an occupation
word ("جيش الاحتلال"، "قوات الاحتلال الصهيوني", "the occupation army"), and only for the bare
word: not inside a mention, not before an adjective ("الاحتلال الأمريكي"، "الاحتلال العثماني"),
not "the occupation of ..." nor "the occupation army / forces" (a phrase of its own).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.mention_base import Mention

ISRAEL = "country:israel"
_ISRAEL_SIDE = frozenset({ISRAEL, "organization:israel-defense-forces"})
AR_CUES = L._ar("الاحتلال", "والاحتلال", "فالاحتلال", "للاحتلال")  # ("في قصف للاحتلال": s52)
EN_CUES = frozenset({"occupation"})
_AR_WORD = "احتلال"
# English nouns that make "the occupation <noun>" a phrase of its own (its army, its forces)
_EN_PHRASE = frozenset({"army", "forces", "force", "troops", "soldiers", "authorities",
                        "government", "regime", "state", "of", "entity", "police"})


# Palestinian places and bodies: Arabic copy about them calls Israel "the occupation" without
# first writing "جيش الاحتلال" ("استشهد X برصاص الاحتلال في جنين"; session 54)
_PALESTINIAN = frozenset({"location:gaza-strip", "location:west-bank", "location:jenin",
                          "location:rafah", "location:khan-younis", "location:nablus",
                          "location:tulkarm", "country:palestine", "organization:hamas",
                          "organization:palestinian-islamic-jihad",
                          "organization:al-quds-brigades", "organization:al-qassam-brigades"})


def _israel_named_so(sr: Any, en: bool) -> bool:
    """The article names Israel or its army with an occupation word: a mention of either whose
    text holds it ("جيش الاحتلال"), or (English) "occupation army / forces" or "Israeli
    occupation" anywhere; or (Arabic) it names a Palestinian place or body."""
    doc = sr.doc
    texts = doc.texts
    for ms in doc.by_sent.values():
        for m in ms:
            if m.eid in _ISRAEL_SIDE and any(_AR_WORD in w or w.lower() == "occupation"
                                             for w in texts[m.lo:m.hi]):
                return True
            if not en and m.eid in _PALESTINIAN:
                return True
    if en:
        keys = [t.key for t in doc.toks]
        for k in range(1, len(keys) - 1):
            if keys[k] == "occupation" and (keys[k + 1] in ("army", "forces") or
                                            keys[k - 1] == "israeli"):
                return True
    return False


def occupation_refs(sr: Any, hits: list[int], en: bool) -> list[Mention]:
    """The reference mentions of Israel for this sentence's bare "the occupation" /
    "الاحتلال" at *hits* (see the module doc)."""
    toks = sr.toks
    found = []
    for x in hits:
        if any(m.lo <= x < m.hi for m in sr.ments):
            continue  # "جيش الاحتلال", "الاحتلال الإسرائيلي": a name of its own (also in a
            # title: "مسؤول ملف الأسرى في جيش الاحتلال Y")
        if en:
            if x - 1 < sr.lo or toks[x - 1].key != "the" or (
                    x + 1 < sr.hi and toks[x + 1].key in _EN_PHRASE) or toks[x].poss:
                continue
            lo = x - 1
        else:
            nxt = toks[x + 1] if x + 1 < sr.hi else None
            if nxt is not None and nxt.ar and nxt.key.startswith("ال"):
                continue  # "الاحتلال الأمريكي": another occupier, or another phrase
            lo = x
        found.append((lo, x))
    if not found or not _israel_named_so(sr, en):
        return []
    return [Mention(lo, x + 1, toks[lo].start, toks[x].end, ISRAEL, "Country", sr.si,
                    kind="ref", tlo=lo, prefix=_prefix(toks[x].key) if not en else "")
            for lo, x in found]


def _prefix(key: str) -> str:
    """The conjunction or preposition glued before "الاحتلال" ("والاحتلال": "و",
    "للاحتلال": "ل"), else ""."""
    return key[0] if key[0] in "وفل" else ""
