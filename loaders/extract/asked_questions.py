"""A relation asked about, not stated: a question that ends its sentence (session 55).

"هل يلتقي ترامب بالمرشد الإيراني علي خامنئي؟"، "هل اغتالت إسرائيل X؟"، "Did Netanyahu meet Y?":
headlines and explainers ask; the rules (``modality.ModalityHelpers.hypothetical``) and the
scorer (``scorer_hedged.hedged``) read no meeting, killing or succession there.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

QUESTION_MARKS = frozenset({"؟", "?"})
_AR_WHETHER = L._ar("هل", "وهل", "فهل")
_EN_ASKING = frozenset({"did", "does", "do", "will", "would", "has", "have", "had", "is",
                        "was", "could", "can", "should"})


def asked_question(toks: Any, lo: int, k: int) -> bool:
    """Does the question ending its sentence (the caller tests the mark) ask the relation at
    *k* ("هل (سـ)يلتقي X بـY؟"، "وهل اغتالت Z X؟", "Did / Will X meet Y?")? The sentence opens
    with the question word; no full stop or colon between it and *k* (a headline of two
    parts: "X met Y: will Z follow?" keeps its statement)."""
    first = toks[lo]
    if first.ar:
        if first.key not in _AR_WHETHER:
            return False
    elif first.key not in _EN_ASKING:
        # a short label before a colon ("Fact check: Did X meet Y?", "Q: Will X ...?";
        # session 56): the question opens after it
        lo = next((y + 1 for y in range(lo + 1, min(k - 1, lo + _LABEL_MAX))
                   if toks[y].text == ":"), -1)
        if lo < 0 or toks[lo].ar or toks[lo].key not in _EN_ASKING:
            return False
    return not any(toks[y].text in (".", ":") for y in range(lo + 1, k))


_LABEL_MAX = 4  # tokens of a label before its colon ("Fact check", "Q", "Analysis")
