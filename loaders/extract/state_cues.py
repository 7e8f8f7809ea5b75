"""Is a state whose bare name is ambiguous ("Chad", "تشاد", "مالي", "Georgia") what the article is
about? An ambiguous gazetteer name is matched only once its entity was named otherwise
(``known_names``); for a state, its capital or a body of it named before ("Bamako", "N'Djamena":
``country`` of a mentioned entity), or its nationality word anywhere in the article
("Chadian", "الرئيس التشادي", "Georgian") name it too. Not for an Arabic word with the article
("المالي": the adjective "financial", never the state's name)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc
    from loaders.extract.tokens import Tok


def state_named_otherwise(doc: Doc, eid: str, tok: Tok) -> bool:
    """True when *eid* is a state the article names by its capital, one of its bodies or
    people (mentioned before *tok*), or its nationality word (anywhere)."""
    if not eid.startswith("country:") or (tok.ar and tok.key.startswith("ال")):
        return False
    if any(doc.country_of(m) == eid for m in doc.mentioned_ids()) or \
            any(doc.country_of(m) == eid for m in doc.sent_ids):
        return True
    nat = L.NATIONALITY
    return any(t.key in nat and nat[t.key] == eid for t in doc.toks)


def adjective_form(doc: Doc, eid: str, tok: Tok) -> bool:
    """Is *tok* the article form of a state's bare Arabic name ("المالي" for مالي, "financial"),
    an adjective rather than the name? (The state's names never take the article then.)"""
    if not (tok.ar and tok.key.startswith("ال") and eid.startswith("country:")):
        return False
    e = doc.gaz.get(eid)
    return e is not None and not any(
        n.startswith(("ال", "إل", "أل")) and len(n.split()) == 1 for n in e.all_names())
