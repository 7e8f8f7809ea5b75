"""A known person's honorific alias before another holder's title and name: a title (session 59).

The gazetteer lists the Saudi king's honorific «خادم الحرمين الشريفين» ("Custodian of the Two
Holy Mosques") as King Salman's alias. A piece on an earlier reign writes «خادم الحرمين
الشريفين الملك عبدالله» or «... الملك فهد بن عبدالعزيز»: the honorific was read as Salman and
the king's name left out (or Salman put beside him). When a mention is an alias holding no
word of the person's own names and the word after it (after a ruler's title, «الملك») is the
given name of another known holder of that state (``titled_given_name.national_given_holder``)
or starts another person's name, the mention is that other king's title; the alias alone
elsewhere in such an article, whose owner it never names otherwise, is that king too (session
71). Called by ``rules`` after all sentences are read."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from loaders.extract import given_names as GN
from loaders.extract import lexicon as L
from loaders.extract.titled_given_name import national_given_holder
from loaders.textnorm import core_tokens

if TYPE_CHECKING:
    from loaders.extract.gazetteer_entry import Entry
    from loaders.extract.mention_core import Mention
    from loaders.extract.mentions import Doc

_AR_KING = L._ar("الملك", "العاهل", "الأمير", "السلطان")
_NOT_NAME = frozenset({"بن", "bin", "ibn", "ابن", "ال", "al"})


def _own_words(e: Entry) -> frozenset[str]:
    """The words of the person's names (name, Arabic name), "bin" left out."""
    return _words_of_names(e.name, e.name_ar)


@lru_cache(maxsize=20_000)  # (per pair of names: the same person's mentions, article after article)
def _words_of_names(name: str, name_ar: str | None) -> frozenset[str]:
    return frozenset(w for n in (name, name_ar) if n for w in core_tokens(n) if w not in _NOT_NAME)


def _ruler_title_after(doc: Doc, m: Mention) -> tuple[str, int] | None:
    """The ruler's title («الملك», ...) closing the alias *m* («... الملك» inside it) or right
    after it, and the index of the Arabic word after that title; None without both («خادم
    الحرمين الشريفين الرئيس ...»: the king received the president)."""
    toks = doc.toks
    if m.hi - m.lo >= 2 and toks[m.hi - 1].key in _AR_KING:
        title, at = toks[m.hi - 1].key, m.hi
    elif m.hi < len(toks) and toks[m.hi].key in _AR_KING:
        title, at = toks[m.hi].key, m.hi + 1
    else:
        return None
    return (title, at) if at < len(toks) and toks[at].ar else None


def alias_as_title(doc: Doc) -> None:
    """See the module docstring."""
    toks, gaz, changed = doc.toks, doc.gaz, False
    drop = []
    bare: list[Mention] = []  # the alias alone, no ruler's title after it
    titled: dict[str, set[str]] = {}  # alias owner -> the other kings it titled here
    for m in doc.ments:
        if m.etype != "Person" or m.kind != "name" or not toks[m.lo].ar:
            continue
        e = gaz.get(m.eid)
        if e is None or not e.country:
            continue
        words = core_tokens(doc.text[m.start:m.end])
        if not words or set(words) & _own_words(e):
            continue
        found = _ruler_title_after(doc, m)
        if found is None:
            bare.append(m)
            continue
        title, at = found
        nxt = next((x for x in doc.ments if x.lo == at), None)
        if nxt is not None:
            if nxt.etype == "Person" and nxt.eid != m.eid:
                drop.append(m)  # «... الملك عبدالله بن عبدالعزيز»: his own full name
                titled.setdefault(m.eid, set()).add(nxt.eid)
            continue
        eid = national_given_holder(doc, toks[at], title, "head_state", None, e.country)
        if eid is None and toks[at].key in GN.ALL and toks[at].key not in _own_words(e):
            # «... الملك فهد»: a king the gazetteer does not know, not the alias's owner
            eid = doc.new_entity("Person", toks[at].text, core_tokens(toks[at].text))
        if eid is None or eid == m.eid:
            continue
        titled.setdefault(m.eid, set()).add(eid)
        m.eid, m.lo, m.hi = eid, at, at + 1
        m.start, m.end = toks[at].start, toks[at].end
        changed = True
    for d in drop:
        doc.drop_mention(d)
    changed = _bare_alias_of_titled(doc, bare, titled) or changed
    if changed:
        doc.mentions_changed()


def _bare_alias_of_titled(doc: Doc, bare: list[Mention], titled: dict[str, set[str]]) -> bool:
    """The alias alone («وقد استقبل خادم الحرمين الشريفين ...») in an article where it titled
    one other king («خادم الحرمين الشريفين الملك عبدالله بن عبدالعزيز») and where its owner
    is never named by his own name: that king, not the owner (session 71). True if any
    mention changed."""
    changed = False
    for m in bare:
        kings = titled.get(m.eid)
        if not kings or len(kings) != 1:
            continue
        e = doc.gaz.get(m.eid)
        own = _own_words(e) if e is not None else frozenset()
        if any(o.eid == m.eid and o is not m and o.kind == "name" and
               set(core_tokens(doc.text[o.start:o.end])) & own for o in doc.ments):
            continue  # (the owner named too: «الملك سلمان ...»)
        m.eid = next(iter(kings))
        changed = True
    return changed
