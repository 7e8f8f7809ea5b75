"""English: a compound given name in two words ("Abd Rabbo", "Abdel Fattah", "Abu Bakr") before
a known person's shorter name is his: "President Abd Rabbo Mansour Hadi" is Abdrabbuh Mansur Hadi
(known as "Mansour Hadi"), not a new "Abd Rabbo" beside him.

``person_names._first_names_before_surnames`` joins a first name before a known name one word
at a time, when the longer name is still the same person's; "Rabbo Mansour Hadi" is nobody's,
because "Rabbo" is half of a given name. ``compound_given_before`` tries the two words of such
a given name at once ("Abd / Abdel / Abdul / Abu" and the word after it), and joins them when
the whole is still the same known person ("Abdul Rabbo Ahmed Hadi" is not)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.textnorm import core_tokens

if TYPE_CHECKING:
    from loaders.extract.mention_core import Mention
    from loaders.extract.mentions import Doc

# the first words of two-word Arabic given names, as Latin writes them
EN_COMPOUND_GIVEN_FIRST = frozenset({"abd", "abdul", "abdel", "abdal", "abdol", "abdoul", "abu",
                                     "abou"})


def compound_given_before(doc: Doc, me: Mention, p: int, covered: dict[int, Mention],
                          slo: int) -> bool:
    """Join "Abd W" (tokens ``p - 1``, ``p``) to the known name *me* right after it when the
    whole names the same person; True when joined."""
    q = p - 1
    toks = doc.toks
    if q < slo or q in covered or toks[q].key not in EN_COMPOUND_GIVEN_FIRST or \
            not toks[q].cap:
        return False
    if doc.gaz.fuzzy_person(core_tokens(doc.text[toks[q].start:me.end]), {me.eid}) != me.eid:
        return False
    me.lo, me.tlo, me.start = q, q, toks[q].start
    covered[q] = covered[p] = me
    return True
