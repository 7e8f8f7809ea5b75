"""English: a one-word place name standing between a given name and "bin / ibn" is a word of
that person's name: "Ahmed Obeid bin Dagher" (no El-Obeid, the Sudanese city), "Mohammed Homs
bin Ali". A city is never written between a first name and the father's name, so the
known-name step leaves the word to the name steps (``known_names._known_names``, beside
``given_name_places.given_name_before_family``), which read the whole "G W bin F" as one
person. Only when the word before is a usual given name: "in Riyadh bin Salman said" keeps
the city."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract.lexicon import EN_BIN

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc



def place_inside_bin_name_en(doc: Doc, slo: int, lo: int, hi: int, shi: int) -> bool:
    """Is the one-token English place match ``toks[lo:hi]`` (sentence ``[slo, shi)``) the
    middle name of "Given <place> bin Father"?"""
    toks = doc.toks
    if lo <= slo or hi + 1 >= shi or toks[hi].key not in EN_BIN:
        return False
    father, given = toks[hi + 1], toks[lo - 1]
    if not father.cap or father.punct or not given.cap or given.punct:
        return False
    return doc.gaz.is_given_name(given.key) or doc.gaz.latin_given(given.key) is not None
