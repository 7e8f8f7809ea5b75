"""English: a given name of one known person right before the family name of another is a
new person of that family, not the two known people.

"Khalifa Haftar and his son, Lt. Gen. Saddam Haftar": "Saddam" is Saddam Hussein's first
name and "Haftar" Khalifa Haftar's family name, and the longest-match walk of
``known_names._known_names`` read them as those two people; "Putin met Adam Kadyrov" the same
way. ``given_before_other_family`` tells the walk to leave both words, so the capitalised run
becomes one new person ("Saddam Haftar"). A surname before a surname ("Trump Putin summit")
and a known person's own full name are not touched.

Session 25, second round: a known person's family name right before two more capitalised
words is the first word of another, longer name ("Abiy Ahmed ... his Somali counterpart Ahmed
Moalim Fiqi" read Abiy Ahmed and "Moalim Fiqi": ``family_before_longer_name``); not before
one word, a word of his own names, a title or a word that names no one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.headline_verbs_en import HEADLINE_VERBS_EN
from loaders.textnorm import _core_tokens

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

# common nouns a capitalised surname qualifies ("the Erdogan Era", "Trump Administration",
# "the Sinwar Brothers"): no second name word
_EN_SURNAME_NOUNS = L.EN_ORG_HEADS | frozenset({
    "regime", "era", "family", "camp", "rule", "presidency", "years", "loyalists", "cabinet",
    "doctrine", "brothers", "sisters", "clan", "plan", "visit", "talks", "summit", "meeting",
    "deal", "supporters", "allies", "aides", "initiative", "proposal", "speech", "residence",
    "palace", "mosque", "bridge", "square", "street", "airport", "hospital", "foundation",
    "center", "centre", "institute", "university", "school", "stadium", "tower", "dam"})


def given_before_other_family(doc: Doc, eid: str, lo: int, s_hi: int, trie: dict) -> bool:
    """Is the one Latin word at *lo*, read as the known person *eid*, the first word of his
    name, and the capitalised word after it no word of his names but the family name of
    another person (known, or new: after another given name elsewhere in the article)?"""
    toks = doc.toks
    nxt = lo + 1
    if nxt >= s_hi or not toks[nxt].cap or toks[nxt].punct or toks[nxt].ar:
        return False
    key = toks[nxt].key
    entry = doc.gaz.get(eid)
    if entry is None or _core_tokens(entry.name)[:1] != (toks[lo].key,) or \
            key in L.EN_NOT_NAME or key in L.EN_STOP or \
            any(key in _core_tokens(name) for name in entry.all_names()):
        return False
    first = toks[lo].key
    for k in range(1, len(toks)):
        if k != nxt and toks[k].key == key and toks[k - 1].cap and not toks[k - 1].ar and \
                toks[k - 1].key != first and toks[k - 1].key not in L.EN_NOT_NAME and \
                not toks[k - 1].punct:
            return True  # "Khalifa Haftar ... his son Saddam Haftar": another given name
    node = trie.get(key)
    for hit in (node[0] or ()) if node is not None else ():
        o = doc.gaz.get(hit[0])
        if o is not None and hit[0] != eid and o.type == "Person" and \
                _core_tokens(o.name)[-1:] == (key,):
            return True  # the family name of a known person
    return False


def _name_word_en(doc: Doc, j: int, names: set[str]) -> bool:
    t = doc.toks[j]
    return t.cap and not t.punct and not t.ar and t.key not in L.EN_NOT_NAME and \
        t.key not in HEADLINE_VERBS_EN and t.key not in L.EN_STOP and t.key not in names and t.key not in L.EN_QUALIFIERS and \
        t.key not in L.EN_TITLE_WORDS


def family_before_longer_name(doc: Doc, eid: str, lo: int, s_hi: int) -> bool:
    """Is the one Latin word at *lo*, read as the known person *eid* by his family name, the
    first word of a name of three (two capitalised words after it that are none of his), the
    person named before (a back-reference, not a headline's "Biden Signals Interest")?"""
    if lo + 2 >= s_hi or eid not in doc.mentioned_ids():
        return False
    entry = doc.gaz.get(eid)
    new = doc.new_entities.get(eid)
    if entry is not None:
        all_names = list(entry.all_names())
    elif new is not None:  # (a new person named before: "Abiy Ahmed")
        all_names = [new["name"], *new["aliases"]]
    else:
        return False
    if _core_tokens(all_names[0])[-1:] != (doc.toks[lo].key,):
        return False
    names = {w for name in all_names for w in _core_tokens(name)}
    return _name_word_en(doc, lo + 1, names) and _name_word_en(doc, lo + 2, names) and \
        not (lo + 3 < s_hi and doc.toks[lo + 3].cap and not doc.toks[lo + 3].punct)


def family_before_other_given_en(doc: Doc, eid: str, lo: int, s_hi: int, trie: dict) -> bool:
    """Is the one Latin word at *lo*, read as the known person *eid* by his family name, the
    given name of another person whose own family name follows ("Kurdish activist Fidan
    Doğan" is no Hakan Fidan; "opposition MP Erdoğan Toprak" no Recep Tayyip Erdogan; session
    61)? The word after is a capitalised name word that is none of his names, no word of a
    known name (a place, a body, another person: "Erdogan Ankara"), no headline verb, title
    or qualifier, and no third capitalised word follows (``family_before_longer_name``
    reads that one); the person himself is not named in full elsewhere in the article."""
    toks = doc.toks
    nxt = lo + 1
    if nxt >= s_hi or lo > 0 and toks[lo - 1].cap and not toks[lo - 1].punct and \
            toks[lo - 1].key not in L.EN_TITLE_WORDS:
        return False  # (a capitalised name word before it: a longer name; "MP" is a title)
    entry = doc.gaz.get(eid)
    if entry is None:
        return False
    core = _core_tokens(entry.name)
    if len(core) < 2 or core[-1:] != (toks[lo].key,) or eid in doc.mentioned_ids():
        return False
    names = {w for name in entry.all_names() for w in _core_tokens(name)}
    if not _name_word_en(doc, nxt, names) or toks[nxt].key in trie or \
            toks[nxt].key in _EN_SURNAME_NOUNS:
        return False
    return not (nxt + 1 < s_hi and toks[nxt + 1].cap and not toks[nxt + 1].punct)
