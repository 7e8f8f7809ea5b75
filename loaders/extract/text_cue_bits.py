"""Per token text, which of ``find_mentions``' tests of a sentence's text it may pass
(session 66, speed66: the same mentions, fewer substring scans).

``find_mentions`` tests the text of every sentence for cue strings before it runs a step:
``monarch_state_refs`` ("king", "Emir", «العاهل», ...: 12 strings), ``unqualified_groups``
("faction", "militia", «فصائل», ...: 13), ``group_adjective_mentions`` ("Houthi"),
``has_kin_ar`` («نجل», «شقيق», ...), ``role_cue`` («الموظف», «الضابط», ...),
``has_possessive_kin`` and ``has_his_kin`` ("son", "brother", ...; the latter a regular
expression in any case), ``english_pope_refs`` ("ope", "ontiff"), the name chains (" bin ",
" ibn ", " ben ") and ``other_occupiers_ar`` («احتلال», session 68): about 40 scans of a ~150-character text per sentence, nearly all of them
finding nothing.

Each such cue holds a run of letters (the longest one is used: "groups" of "armed groups",
"brother" of "half-brother", "bin" of " bin "). The tokenizer never splits a run of letters
(``tokens._TOKEN_RE``: a word is a maximal run of word characters; a dotted acronym takes one
letter before each dot), so a sentence whose text holds the cue has a token whose text holds
that run. ``text_cue_bits(text)`` gives one bit per test for a token text holding one of the
test's runs (for the English kin words: one the kin words' expression finds in any case,
``kin_possessive_en.KIN_ANY_CASE``: a kin word the sentence's expression matches is a run of
letters too, or ends with one, "brother" of "half-brother"); it is part of the token's pass bits (``mentions._pass_bits``, cached per token
text), and ``find_mentions`` runs a test only when the sentence's pass bits (``w.bits``,
already or'ed) have its bit. The test itself is unchanged, so the mentions are the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from loaders.extract.body_member_names_ar import ROLE_TEXTS
from loaders.extract.generic_group_bodies import GROUP_CUES
from loaders.extract.group_adjective_en import CUES as GROUP_ADJ_CUES
from loaders.extract.kin_family_ar import KIN_CUES
from loaders.extract.kin_possessive_en import KIN_ANY_CASE
from loaders.extract.monarch_state_refs import CUE_WORDS as ROYAL_CUES
from loaders.extract.occupier_adjective_ar import OCCUPATION_STEM

# find_mentions' own cue strings (read there too)
POPE_TEXTS = ("ope", "ontiff")  # english_pope_refs: "pope", "Pope", "pontiff"
BIN_TEXTS = (" bin ", " ibn ", " ben ")  # _bin_chain_after, known_bin_chain_en

# bits 20-28 of the pass bits (mention_core's step bits are 0-19)
B_ROYAL, B_GROUP_WORDS, B_GROUP_ADJ, B_KIN_AR, B_ROLE_AR, B_KIN_EN, B_POPE, B_BIN, B_OCCUPATION = \
    (1 << n for n in range(20, 29))

_LETTERS = re.compile(r"[^\W\d_]+")


def _runs(cues: Iterable[str]) -> tuple[str, ...]:
    """The longest run of letters of each cue (two letters or more)."""
    out = []
    for cue in cues:
        run = max(_LETTERS.findall(cue), key=len)
        assert len(run) >= 2, cue
        out.append(run)
    return tuple(dict.fromkeys(out))


_TABLE = (
    (B_ROYAL, _runs(ROYAL_CUES)),
    (B_GROUP_WORDS, _runs(GROUP_CUES)),
    (B_GROUP_ADJ, _runs(GROUP_ADJ_CUES)),
    (B_KIN_AR, _runs(KIN_CUES)),
    (B_ROLE_AR, _runs(ROLE_TEXTS)),
    (B_POPE, _runs(POPE_TEXTS)),
    (B_BIN, _runs(BIN_TEXTS)),
    (B_OCCUPATION, _runs((OCCUPATION_STEM,))),
)


# any run or kin word in any case: a text without one has none of the bits (one search in C
# on the first sight of a token text, instead of the eight tests below)
_ANY = re.compile("|".join([KIN_ANY_CASE.pattern, *(re.escape(r) for _b, runs in _TABLE
                                                    for r in runs)]), re.IGNORECASE)


def text_cue_bits(text: str) -> int:
    """The bits of the tests whose cue's run of letters *text* (a token's text) holds."""
    if _ANY.search(text) is None:
        return 0
    b = B_KIN_EN if KIN_ANY_CASE.search(text) is not None else 0
    for bit, runs in _TABLE:
        if any(map(text.__contains__, runs)):
            b |= bit
    return b
