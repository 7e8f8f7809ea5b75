"""English: a lone given name of a person the article has named in full before.

"Walid Jumblatt ... his son Taymour Jumblatt. Taymour took over from his father",
"Prime Minister Abiy Ahmed ... signed by Abiy and Muse Bihi Abdi", "Erywan Yusof ... took
over the envoy's role from Erywan", "Sheikh Nawaf al-Ahmad al-Jaber al-Sabah ... Nawaf had
himself taken over": one capitalised word, no name word next to it, that opens the name of
exactly one person named before in the article with two name words or more, and is no name
word of any other person named so far, is that person. (Earlier steps find such a word only
in some positions: a bullet's opener, next to met / succeeded, after an honorific.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.given_named_before import name_words
from loaders.extract.kin_possessive_en import _lone_name_at
from loaders.extract.mention_base import Mention, make_mention
from loaders.textnorm import _core_tokens

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

def lone_given_names_en(doc: Doc, si: int, covered: dict[int, Mention],
                        out: list[Mention]) -> None:
    """Mentions of the people of the module docstring in sentence *si* (added to *out*)."""
    toks = doc.toks
    s = doc.sents[si]
    first, words = name_words(doc)
    if not first:
        return
    cands = [k for k in range(s.lo, s.hi) if toks[k].key in first and
             _lone_name_at(doc, k, s.hi, covered) and
             (k == s.lo or not toks[k - 1].cap or toks[k - 1].punct) and
             (k == s.lo or toks[k - 1].key != "the") and toks[k].key not in L.EN_TITLE_FIRST]
    # ("the Sultan", "the King": a title, no given name)
    if not cands:
        return
    here = {w for m in out if m.etype == "Person" and m.kind == "name"
            for w in _core_tokens(doc.text[m.start:m.end])}
    for k in cands:
        key = toks[k].key
        ids = first.get(key)
        if not ids or len(ids) != 1 or words.get(key) != ids:
            continue
        eid = next(iter(ids))
        if key in here and not any(m.eid == eid for m in out):
            continue  # a name word of someone else named in this sentence
        me = make_mention(doc, si, k, k + 1, eid)
        out.append(me)
        covered[k] = me
