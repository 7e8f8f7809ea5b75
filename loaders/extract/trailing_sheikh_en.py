"""English: "Sheikh" written last in a short form of a name whose middle (father's) word it
is ("President Hassan Sheikh names ...", "Hassan Sheikh, who beat ...", "Sharif Sheikh
said"): after an Arabic given name and before a lower-case word, punctuation or the end of the
sentence, the word closes the name instead of being dropped as an honorific (was: the person
"Hassan", who then also took the full "Hassan Sheikh Mohamud" read later). A "Sheikh" before a
capitalised word stays as it was (inside "Lahur Sheikh Jangi", or a style "Sheikh Tamim").
Used by ``mention_runs_en._cap_run``."""

from __future__ import annotations

from collections.abc import Callable

from loaders.extract import lexicon as L
from loaders.extract.tokens import Tok

SHEIKH = frozenset({"sheikh", "shaikh", "shaykh"})


def sheikh_closes_name(toks: list[Tok], j: int, given: Callable[[str], bool]) -> bool:
    """Whether toks[*j*] ("Sheikh") ends a name run: the word before is a capitalised Arabic
    given name (*given*: the Latin spellings of the gazetteer's name words), no title. The
    caller asks only when the word after is not a capitalised name word (or the run ends)."""
    if j < 1 or toks[j].key not in SHEIKH or not toks[j].cap:
        return False
    prev = toks[j - 1]
    return not (prev.punct or not prev.cap or prev.ar or prev.poss or
                prev.key in L.EN_NOT_NAME) and given(prev.key)
