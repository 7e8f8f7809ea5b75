"""English: the first names of the people an article has named in full, for a lone given name
later: ``name_words`` (first name word -> people, any name word -> people, kept up to date in
``doc.state``) feeds ``lone_given_en`` (a lone capitalised word no step read) and
``named_before_by_given`` (called by ``person_ids._resolve_name``: a lone word the gazetteer
matched to someone else only in another spelling, "Gibril Ibrahim ... Gibril took over the
movement": Gibril Ibrahim, not Mahmoud Jibril)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.textnorm import _core_tokens

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

_STATE = "given_named_before"  # doc.state: (mentions read, first word -> ids, name word -> ids)


def name_words(doc: Doc) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """(first name word -> the people named in full with it, any name word -> its people)
    of the person mentions found so far, kept up to date in ``doc.state``."""
    seen, first, words = doc.state.get(_STATE, (0, {}, {}))
    ments = doc.ments
    text = doc.text
    for m in ments[seen:]:
        if m.etype != "Person" or m.kind != "name" or doc.toks[m.lo].ar:
            continue
        ct = _core_tokens(text[m.start:m.end])  # (the cached tuple: read only)
        for w in ct:
            words.setdefault(w, set()).add(m.eid)
        if len(ct) >= 2:
            first.setdefault(ct[0], set()).add(m.eid)
    doc.state[_STATE] = (len(ments), first, words)
    return first, words


def named_before_by_given(doc: Doc, key: str, eid: str) -> str | None:
    """The person named in full before whose first name is the lone word *key*, when the
    gazetteer matched that word to *eid* only in another spelling: "Gibril Ibrahim ... Gibril
    took over the movement" is Gibril Ibrahim, not Mahmoud Jibril (whose names spell "Jibril",
    "Gebril"), when the article has not named Mahmoud Jibril. A word that is one of *eid*'s
    own spellings ("Abbas" for Mahmoud Abbas) keeps *eid*; so does a first name two people
    named before share, or one that is a name word of another person named so far."""
    first, words = name_words(doc)
    ids = first.get(key)
    if not ids or len(ids) != 1 or words.get(key) != ids or eid in ids or \
            eid in doc.mentioned_ids():
        return None
    e = doc.gaz.get(eid)
    if e is None or any(key in _core_tokens(n) for n in (e.name, *e.aliases)):
        return None
    return next(iter(ids))
