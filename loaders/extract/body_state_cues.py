"""Is a body whose short name is ambiguous ("RSF": the Rapid Support Forces or Reporters
Without Borders; "SAF") the one the article is about? An ambiguous gazetteer name is matched
only once its entity was named otherwise (``known_names``); for a body listed with a
``country`` (a state's armed group or army), its Latin acronym is also that body when the
article names the state: the state itself, its nationality word ("Sudanese paramilitary RSF
fighters", "killed by the RSF in Darfur ... Sudan's war"), its one-word English name anywhere
("X was killed by the RSF, Sudan's army said": session 57) or a person or place of it named
before. Arabic words and lower-case words are left alone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc
    from loaders.extract.tokens import Tok


def body_state_named(doc: Doc, eid: str, tok: Tok) -> bool:
    """True when *eid* is a body with a ``country`` written by the acronym *tok* and the
    article names that state (mentioned before *tok*, or its nationality word anywhere)."""
    if not eid.startswith("organization:") or tok.ar or not tok.text.isupper():
        return False
    state = doc.country_of(eid)
    if not state:
        return False
    if state in doc.mentioned_ids() or state in doc.sent_ids:
        return True
    if any(m != eid and doc.country_of(m) == state for m in doc.mentioned_ids()):
        return True
    nat = L.NATIONALITY
    exact = doc.gaz.exact
    return any(t.key in nat and nat[t.key] == state or
               not t.ar and t.cap and any(h[0] == state for h in exact.get((t.key,), ()))
               for t in doc.toks)
