"""A description right after what a person's office said: that person (session 58, ``en58``).

American and British outlets report a readout through its sender: "Netanyahu's office said the
prime minister had met with Witkoff", "Erdogan's office said the Turkish president received
Sharaa", "Pezeshkian's spokesman said the president met Sharif in Tehran". The description
that opens the reported clause is the owner of the office that speaks, named in the same
sentence (the search of ``coreference.resolve_description`` looks at earlier sentences only, and
``desc_same_sentence`` leaves out the sentence's first person, here the owner).

Read only when the owner can bear the title: the office words of ``coref_offices`` (premier,
president, emir, king ...) must be among his title hints, other head words must fit his
gazetteer profile (``description_fit.fits_title``). Not read: "the new prime minister" (a
qualified description is someone else), "Netanyahu's office said the Qatari prime minister
..." (another nationality than the owner's), a speaker who is no office of a person
("The Kremlin said the president ...").

>>> sorted(_SPEAKERS)[:3]
['aide', 'aides', 'camp']
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.coref_offices import holds_office, office_words
from loaders.extract.description_fit import fits_title, head_word

if TYPE_CHECKING:
    from loaders.extract.mention_base import Mention
    from loaders.extract.mentions import Doc

# the staff that speaks for a person: "X's office / spokesman / aides said"
_SPEAKERS = frozenset({"office", "spokesman", "spokeswoman", "spokesperson", "aides", "aide",
                       "camp", "team", "spokesmen", "bureau"})
_SAID = frozenset({"said", "says", "announced", "confirmed", "stated", "added", "noted"})


def office_owner_antecedent(doc: Doc, current: Iterable[Mention], at_tok: int,
                            role_nat: str | None, qual: str | None) -> str | None:
    """The person whose office speaks right before the description at *at_tok* ("X's office
    said (that) the prime minister"), when he can bear its title; else None."""
    if qual is not None:
        return None
    toks = doc.toks
    x = at_tok - 1
    while x > at_tok - 3 and x >= 0 and toks[x].key in L.NATIONALITY:
        x -= 1  # "the Turkish president"
    if x >= 0 and toks[x].key == "the":
        x -= 1
    if x >= 0 and toks[x].key == "that":
        x -= 1
    if x < 1 or toks[x].key not in _SAID:
        return None
    x -= 1
    if toks[x].key == "press" or toks[x].key not in _SPEAKERS:
        return None
    if x >= 1 and toks[x - 1].key == "press":
        x -= 1  # "X's press office said"
    owner = next((m for m in current if m.etype == "Person" and m.hi == x and m.poss), None)
    if owner is None:
        return None
    if role_nat is not None and doc.country_of(owner.eid) not in (None, role_nat):
        return None  # "X's office said the Qatari prime minister ...": someone else
    office = office_words(doc, at_tok)
    if office is not None:
        return owner.eid if holds_office(doc, owner.eid, office) else None
    word = head_word(doc, at_tok, at_tok + 3)
    return owner.eid if word is not None and fits_title(doc, owner.eid, word) else None
