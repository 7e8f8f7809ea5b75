"""May a person the gazetteer says nothing about be called by a description's head word ("the
Ghanaian diplomat", "the envoy", "the general")? The titles the article itself gave him decide,
session 23 (``desc``).

``description_fit.fits_title`` rejects only people whose gazetteer entry names another kind of
post; a new person fitted any description, so "The Ghanaian diplomat ... met Z" went to Field
Marshal X, named last, not to the UN representative Y. ``titled_in_article`` reads the title
words before each of his names ("Field Marshal X", "Special Representative Y") and an apposition
right after one ("X, a veteran Lao diplomat,"): none of them of the head word's kind is a
reject; no title at all says nothing (``None``). English only (the head words' fitting words
are English)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

_APPOSED_OPENERS = frozenset({"a", "an", "the"})


def _title_text(doc: Doc, eid: str) -> str | None:
    """The lower-cased title words the article gave *eid* before his names and in an
    apposition right after one (None: no title, or an Arabic one)."""
    toks = doc.toks
    parts: list[str] = []
    for m in doc.ments:
        if m.eid != eid or m.kind != "name":
            continue
        if toks[m.lo].ar:
            return None
        if 0 <= m.tlo < m.lo:
            parts.extend(toks[x].key for x in range(m.tlo, m.lo))
        x = m.hi
        if x + 1 < len(toks) and toks[x].text == "," and toks[x + 1].key in _APPOSED_OPENERS:
            for y in range(x + 2, min(x + 10, len(toks))):
                if toks[y].punct:
                    break
                parts.append(toks[y].key)
    return " ".join(parts) if parts else None


def titled_in_article(doc: Doc, eid: str, fitting: tuple[str, ...]) -> bool | None:
    """Does a title the article gave *eid* hold one of the *fitting* words? None when it
    gave him none."""
    text = _title_text(doc, eid)
    if text is None:
        return None
    return any(w in text for w in fitting)
