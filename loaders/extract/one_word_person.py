"""A new person known so far only by one word ("UN Envoy Lamamra", a headline's "PM
Mustafa") is the same man as a full name ending in that word read after it ("Ramtane
Lamamra"): the lone word then names the full-name person, not nobody.

Without this, ``Doc.remember`` saw two new people sharing the family name ("lamamra" and
"ramtane-lamamra") and made the bare word ambiguous, so every later "Lamamra" in the body
went unread. Two full names sharing the word ("Rodrigo Duterte", "Sara Duterte") still make
it ambiguous: only a person with no other name word gives way."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc


def form_only(doc: Doc, eid: str, form: tuple[str, ...]) -> bool:
    """Is the new entity *eid* a person every reading of whose name so far is *form* (folded
    words; one word here, 2+ in ``short_form_person``)?"""
    ent = doc.new_entities.get(eid)
    if ent is None or ent.get("type") != "Person":
        return False
    forms = doc.session.get("toks", {}).get(eid) or []
    return bool(forms) and all(tuple(t for t in f if t) == form for f in forms)


def named_by_word_only(doc: Doc, eid: str, word: str) -> bool:
    """Is the new entity *eid* a person every reading of whose name so far is the one
    folded *word* (no given name seen for it)?"""
    return form_only(doc, eid, (word,))
