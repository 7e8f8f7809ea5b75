"""English: a one-word match of a known person's name that opens a "G X bin F" name is the first
word of another man's name (session 66).

"Ismail Ould Shaikh Ahmad ... met President Hadi and Prime Minister Ahmad Obaid Bin Daghr":
the known-name step matched "Ahmad" alone as the envoy's family name, and "Obaid Bin Daghr"
became a person of its own (the envoy met "himself", and a wrong id). A one-word match followed
right away by a capitalised name word and a "bin / ibn" chain ("Obaid Bin Daghr") is left to
the capitalised-run step, which reads the whole name. A known longer name ("Mohammed bin
Salman") is matched before this as one; "Ahmad said", "Ahmad, the envoy", "Ahmad Obaid" (no
chain after it) keep the match."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.lexicon import EN_BIN

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

_NOT_NAME_NEXT = L.EN_WEEKDAYS | L.EN_MONTHS | L.EN_STOP | L.EN_NOT_NAME | L.EN_TITLE_FIRST


def given_opens_name_en(doc: Doc, lo: int, hi: int, shi: int) -> bool:
    """Is the one-token English person match ``toks[lo:hi]`` (sentence ends at *shi*) the first
    word of "G X bin F"?"""
    toks = doc.toks
    if hi + 2 >= shi or hi - lo != 1 or toks[lo].ar:
        return False
    nxt = toks[hi]
    if not nxt.cap or nxt.punct or nxt.ar or nxt.acronym or nxt.key in _NOT_NAME_NEXT:
        return False
    return toks[hi + 1].key in EN_BIN and toks[hi + 2].cap and not toks[hi + 2].punct
