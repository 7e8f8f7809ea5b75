"""Arabic: a known person's name followed by the rest of his father chain (session 53).

Gulf protocol writes "الشيخ محمد بن عبد الرحمن بن جاسم آل ثاني رئيس مجلس الوزراء وزير
الخارجية" where the gazetteer's alias "الشيخ محمد بن عبد الرحمن" matched first: the mention
stopped before "بن جاسم آل ثاني", so the titles after the chain were read as descriptions
of someone named before (the Pakistani guest became "وزير الخارجية"). The chain "بن ... آل
X" whose family word X is one of the person's own names is part of his name. A name with no
dynasty followed by his grandfather's ("فيصل بن فرحان بن عبدالله") is extended while the
gazetteer's names are matched (``name_tails.grandfather_end``). The chain may be the dynasty alone
("الأمير محمد بن نايف بن عبدالعزيز آل سعود" when the gazetteer matched up to the grandfather),
and the ruling family of the person's own country counts as his family name when his gazetteer
names write none (session 72: "آل سعود" was left a second mention of another prince named
"... آل سعود" before, and «خلفاً له» read that one).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc, Mention

_BIN = L._ar("بن", "ابن")
_AL = L._ar("آل")
_BIN_AL = _BIN | _AL
_MAX = 7  # words of the chain: "بن عبد الرحمن بن جاسم آل ثاني"
# the ruling family (the word after "آل") of a monarchy, for a person of that country
_DYNASTY = {"country:saudi-arabia": L._ar("سعود"), "country:qatar": L._ar("ثاني"),
            "country:bahrain": L._ar("خليفة"), "country:oman": L._ar("سعيد"),
            "country:united-arab-emirates": L._ar("نهيان", "مكتوم")}


def _family_words(doc: Doc, eid: str) -> set[str]:
    """The folded words after "آل" in the known person's Arabic names."""
    e = doc.gaz.get(eid)
    if e is None:
        return set()
    out = set()
    for n in e.all_names():
        ws = [L.fold_ar(w) for w in n.split()]
        out.update(ws[i + 1] for i, w in enumerate(ws[:-1]) if w in _AL)
    return out


def bin_chain_after_ar(doc: Doc, si: int, covered: dict[int, Mention],
                       out: list[Mention]) -> None:
    """Extend a known person's Arabic mention over "بن Y (بن Z) آل X" right after it when X
    is his family name (no other mention inside the chain)."""
    toks = doc.toks
    hi = doc.sents[si].hi
    for m in list(out):
        b = m.hi
        if m.etype != "Person" or b + 1 >= hi or toks[b].key not in _BIN_AL or \
                not toks[b].ar or (toks[b].key in _BIN and b + 3 >= hi):
            continue
        e = b
        while e < min(hi, b + _MAX) and toks[e].ar and not toks[e].punct and \
                toks[e].key not in _AL and covered.get(e) in (None, m):
            e += 1
        if e + 1 >= hi or toks[e].key not in _AL or covered.get(e + 1) not in (None, m):
            continue
        fam = _family_words(doc, m.eid)
        if toks[e + 1].key not in (fam or _DYNASTY.get(doc.country_of(m.eid) or "", ())):
            continue
        e += 2
        for x in range(b, e):
            covered[x] = m
        m.hi, m.end = e, toks[e - 1].end
