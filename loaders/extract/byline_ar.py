"""An Arabic reporter's byline is no person of the news (session 66, blind66h): the Egyptian
and Gulf dailies open a piece with the writer's line, «كتب - محمد عبد الهادي»، «كتبت: سارة
أحمد»، «بقلم أحمد جمعة», before the lede. Its name was read as a person of the piece and then
as the antecedent of the next description: «استقبل الرئيس السيسي ... الرئيس السوداني عمر
البشير» paired Sisi with the reporter, «الرئيس السوداني» read as him, and lost Bashir.

:func:`byline_sentences` finds those lines (one of the first three sentences, its first word
كتب / كتبت / بقلم as written, a dash or colon or nothing after it, then two to five words and the
line's end, no full stop); ``rules`` reads no mention in them. A sentence that goes on («كتب
الرئيس رسالة إلى ...») is longer or ends with a full stop and is read as before."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

_BYLINE_WORDS = frozenset({"كتب", "كتبت", "بقلم"})
_BYLINE_MARKS = frozenset({"-", "–", "—", ":"})
_FIRST_SENTENCES = 3
_MAX_NAME_WORDS = 5


def byline_sentences(toks: Sequence[Any], sents: Sequence[Any]) -> frozenset[int]:
    """The indices of the opening sentences that are a reporter's byline line."""
    out: set[int] = set()
    for si, s in enumerate(sents[:_FIRST_SENTENCES]):
        if s.hi - s.lo < 3 or toks[s.lo].text not in _BYLINE_WORDS:
            continue
        x = s.lo + 1
        if toks[x].text in _BYLINE_MARKS:
            x += 1
        words = toks[x:s.hi]
        if 2 <= len(words) <= _MAX_NAME_WORDS and all(t.ar and not t.punct for t in words):
            out.add(si)
    return frozenset(out)
