"""A person named by the leading words of his full name (session 18).

Gulf papers often leave out the dynasty's name: "خلفاً للشيخ سالم عبدالله الجابر" for
"سالم عبد الله الجابر الصباح". A new Arabic name of three name words or more that is the whole of a
known person's name but its last word, and leads to that one person only, is that person
(instead of a shorter form matched by spelling, "سالم الجابر" ~ "سليم الجبوري"). And a given
name with the father's name in the article ("أحمد العبدالله") is the one person the article
named in full with those two words first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.textnorm import core_tokens, is_arabic

if TYPE_CHECKING:
    from loaders.extract.gazetteer import Gazetteer
    from loaders.extract.mentions import Doc

_NOT_A_WORD = L.AR_NAME_JOINERS  # the same list as mention_core._JOINERS


def known_by_leading_words(gaz: Gazetteer, toks: list[str]) -> str | None:
    """The one known person whose name is *toks* (folded core tokens, Arabic, three
    name words or more) and one more word; None if no such name, or several."""
    if len(toks) < 3 or not all(is_arabic(t) for t in toks) or \
            sum(1 for t in toks if t not in _NOT_A_WORD) < 3:
        return None  # ("محمد عبد الرحمن", "محمد بن سلمان": two names, a common pair)
    node = gaz.name_trie().get(toks[0])
    for t in toks[1:]:
        if node is None:
            return None
        node = node[1].get(t)
    if node is None or node[0] is not None or len(node[1]) != 1:
        return None
    child = next(iter(node[1].values()))
    hits = child[0]
    if not hits or child[1]:
        return None  # (a longer name goes on: not the family name alone that is left out)
    ids = {h[0] for h in hits}
    if len(ids) != 1:
        return None
    eid = next(iter(ids))
    e = gaz.get(eid)
    return eid if e is not None and e.type == "Person" else None


def father_short_of_named(doc: Doc, surface: str, toks: list[str]) -> str | None:
    """The one person named before in the article in full (three words or more) whose
    first two name words are *toks*, when *surface* writes the second with the article, as
    Gulf papers write the father's name in a short form: "الشيخ أحمد العبدالله" after
    "أحمد عبدالله الأحمد الصباح", "Sheikh Ahmad Al-Abdullah" after "Ahmad Abdullah Al-Ahmad
    Al-Sabah". None if no one or several."""
    words = surface.split()
    if len(toks) != 2 or len(words) != 2 or not (
            words[1].startswith(("ال", "أل")) or words[1].lower().startswith(("al-", "el-"))):
        return None
    found: set[str] = set()
    text = doc.text
    for m in doc.ments:
        if m.etype != "Person" or m.kind != "name":
            continue
        ct = core_tokens(text[m.start:m.end])
        if len(ct) >= 3 and ct[0] == toks[0] and ct[1] == toks[1]:
            found.add(m.eid)
    return next(iter(found)) if len(found) == 1 else None
