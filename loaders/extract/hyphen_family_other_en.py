"""English: a known person's lone family name glued after a hyphen to a capitalised word is the
second half of another family name written with a hyphen: "Abolhassan Bani-Sadr" is not Muqtada
al-Sadr, "Reza Bani-Khamenei" not Ali Khamenei, "Hassan Nouri-Assad" not Bashar al-Assad.
The compound and the name words before it are read as one person (a new one unless the whole
is the known person's own name: "Reza Salehi-Ammiri" stays with ``hyphen_family_join``).
Used by ``person_names._first_names_before_surnames`` (session 69, blind69f)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract.bin_chain_before import BIN_KEYS
from loaders.extract.hyphen_given_left import ARTICLES
from loaders.textnorm import core_tokens

if TYPE_CHECKING:
    from collections.abc import Callable

    from loaders.extract.mention_base import Mention
    from loaders.extract.mentions import Doc
    from loaders.extract.tokens import Tok

# words before a hyphen that make no family name of their own: the article ("al-Sadr", written
# "Al-Sadr"), the chain words ("Bin-Salman", "Ibn-Saud": BIN_KEYS, and "bint") and the kunya
# words ("Abu-Mazen")
_NOT_FAMILY_HALF = ARTICLES | BIN_KEYS | frozenset({"abu", "abou", "umm", "bint"})


def hyphen_family_start(doc: Doc, me: Mention, lo: int, covered: dict[int, Mention],
                        name_word: Callable[[Tok], bool]) -> int | None:
    """*me* is a one-word known person mention whose token before is a hyphen: when that hyphen
    is glued to *me* and to a capitalised word not yet read (the first half of the family name),
    return the first token of the whole name (name words before that half, at most three);
    else None."""
    toks = doc.toks
    h = me.lo - 1
    if me.hi - me.lo != 1 or h - 1 < lo or toks[h].text != "-" or toks[h].end != toks[me.lo].start:
        return None
    half = toks[h - 1]
    if (h - 1) in covered or half.ar or not half.cap or half.punct or half.end != toks[h].start or \
            half.key in _NOT_FAMILY_HALF or not name_word(half):
        return None
    whole = core_tokens(doc.text[half.start:me.end].replace("-", " "))
    if doc.gaz.fuzzy_person(whole, {me.eid}) == me.eid:
        return None  # the known person's own compound name
    q = h - 1
    while q - 1 >= lo and h - 1 - (q - 1) <= 3 and (q - 1) not in covered and \
            toks[q - 1].cap and not toks[q - 1].punct and name_word(toks[q - 1]):
        q -= 1
    return q
