"""Gulf names' "bin" chains cut short in English (session 38, names).

- Before a family name another person of the article already took: in "Tamim bin Hamad Al
  Thani ... Mohammed bin Abdulrahman bin Jassim Al Thani" the family name "Al Thani" is a
  mention of Tamim, and the walk back over the first names before it
  (``person_names._first_names_before_surnames``) stopped at the lower-case "bin", leaving
  "Jassim Al Thani" a new person. The chain "X bin Y (bin Z)" is one name: the walk goes on
  over each "bin / ibn" and the name word before it (``bin_chain_start``).
- A family "Al Said" after a chain ("Faisal bin Turki Al Said", "Theyazin bin Haitham Al
  Said"): "Said" is no verb there (``gulf_chain_before``, read by
  ``mention_runs_en._cap_run``).
- Arabic too (session 66): Gulf protocol's "السيد بدر بن حمد بن حمود البوسعيدي", "الشيخ سالم بن
  خالد بن حمود الحارثي": the walk back from a known family name stopped at "بن", leaving "حمد
  البوسعيدي" a new person and "بدر بن" another. Each "بن / ابن" and the name word before it
  (a spaced "عبد الرحمن" counts as one) are walked over the same way."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract.lexicon import EN_BIN

if TYPE_CHECKING:
    from collections.abc import Callable

    from loaders.extract.mention_core import Mention
    from loaders.extract.mentions import Doc
    from loaders.extract.tokens import Tok

_BIN_AR = frozenset({"بن", "ابن"})
_ABD = "عبد"
BIN_KEYS = EN_BIN | _BIN_AR  # the link word in either script, as token keys


def bin_chain_start(doc: Doc, covered: dict[int, Mention], q: int, lo: int,
                    name_word: Callable[[Doc, Tok], bool]) -> int:
    """Where a name whose first word is at *q* + 1 begins when "bin / ibn" (Arabic "بن /
    ابن") and a name word stand right before it (again and again, at most three links, not
    before sentence start *lo*): the index before the chain's first word, else *q* unchanged."""
    toks = doc.toks
    for _ in range(3):
        if q - 1 < lo or q in covered or (q - 1) in covered or not name_word(doc, toks[q - 1]):
            break
        t = toks[q]
        if t.ar:
            if t.key not in _BIN_AR:
                break
            q -= 2  # "بن حمد": one given name per link
            if q >= lo and toks[q].key == _ABD and q not in covered:
                q -= 1  # "بن عبد الرحمن": the spaced compound is one name
        else:
            if t.key not in EN_BIN:
                break
            q -= 2  # "Abdulrahman bin": one given name per link
    return q


def gulf_chain_before(toks: list[Tok], k: int, j: int) -> bool:
    """Does the capitalised run from *k* hold a "bin / ibn" link before the family "Al" at
    *j*?"""
    return any(toks[x].key in EN_BIN for x in range(k + 1, j - 1))
