"""Session 31 (scorerrec): an oath taken before someone as a meeting for the learned scorer
("Minister X was sworn in before President Y" / "أدى الوزير X اليمين أمام الرئيس Y").

Counted on (A) held out with ``bench/scorer_recall_misses.py`` (base 051c9796): 10 MET_WITH
pairs of such sentences were never judged (no meeting cue word: ``b:nocue``, JS-JU 5, JV-JX 3)
and 4 more scored low (JP-JR, JS-JU, JM-JO); in the texts of the dev writers the
construction stands 24 times in 16 writers, with 17 gold MET_WITH pairs in 8. A sentence
with an oath word after a verb of taking it ("أدى / أداء / sworn / took") and a word of
presence after it ("أمام", "بحضور", "before", "in front of", "in the presence of") is gated
in for MET_WITH as if it held a meeting cue; its candidates (and those of a sentence gated in
anyway) carry ``oath`` and, for a pair with a side named right after that word (its title
included), ``oath:before``. New feature names: the shipped weights do not know them, so
``rules+scorer``'s output is unchanged until the weights are retrained; ``scorer_bound``
counts them at their largest weight (not among its exact families), so it stays exact.
Held out (``bench/scorer_generalisation.py --c 0.1``, shipped thresholds): (A) +0.0419 ->
+0.0435 over the rules (MET_WITH 670/131/303 -> 673/131/300: JS-JU, JV-JX, JM-JO one pair
each), (B) -0.0122 -> -0.0128 (one borderline pair of BH-BJ, whose texts hold no oath).
Switched by ``$SCORER_OATH`` (read at import; on unless "0").
"""

from __future__ import annotations

import os
from operator import attrgetter

from loaders.extract.mention_base import Mention
from loaders.extract.scorer_features import _ar
from loaders.extract.tokens import Tok

OATH = os.environ.get("SCORER_OATH", "1") != "0"

_OATH_WORDS = _ar("اليمين", "القسم", "يمين") | frozenset({"oath", "sworn"})
_TAKE_WORDS = _ar("أدى", "ادى", "يؤدي", "أداء", "اداء", "تأدية", "وأدى", "وادى", "أدت", "ادت",
                  "بأداء", "باداء", "لأداء", "لاداء", "تؤدي", "يؤديان", "أديا", "ادوا", "أدوا",
                  "وأدت") | frozenset({"sworn", "took", "take", "takes", "taking", "taken",
                                       "administered", "swore", "swear", "swears"})
_BEFORE_WORDS = _ar("أمام", "امام", "بحضور") | frozenset({"before", "front", "presence", "by"})
_TAKE_GAP = 8  # the verb of taking at most this many tokens before the oath word (VSO)
_BEFORE_GAP = 14  # the presence word at most this many tokens after it
_KEY = attrgetter("key")
_NEAR = 4  # a side named this close after the presence word: "oath:before"


def oath_before(toks: list[Tok], lo: int, hi: int) -> int:
    """The position of the presence word after an oath taken in the sentence, or -1.

    Example: "Minister X was sworn in before President Y" -> the position of "before";
    "أدى الوزير X اليمين أمام الرئيس Y" -> that of "أمام"; "the far right" -> -1.
    """
    if _OATH_WORDS.isdisjoint(map(_KEY, toks[lo:hi])):  # (in C: most sentences hold none)
        return -1
    for k in range(lo, hi):
        t = toks[k]
        if t.key == "sworn" or (t.key in _OATH_WORDS and any(
                toks[j].key in _TAKE_WORDS for j in range(max(lo, k - _TAKE_GAP), k))):
            for j in range(k + 1, min(hi, k + 1 + _BEFORE_GAP)):
                if toks[j].key in _BEFORE_WORDS:
                    return j
    return -1


def oath_in(toks: list[Tok]) -> bool:
    """Does any of *toks* (an article's) hold an oath word? (When none does, no sentence of
    it has an ``oath_before``: checked once per article, in C.)"""
    return not _OATH_WORDS.isdisjoint(map(_KEY, toks))


def oath_features(a: Mention, b: Mention, at: int) -> list[str]:
    """``oath`` and, when a side (its title included) stands right after the presence word
    at *at*, ``oath:before``.

    Example: "X was sworn in before President Y" / "أدى X اليمين أمام الرئيس Y": (X, Y) gets
    both.
    """
    for m in (a, b):
        lo = m.tlo if 0 <= m.tlo < m.lo else m.lo
        if at < lo <= at + _NEAR:
            return ["oath", "oath:before"]
    return ["oath"]
