"""What a speaker said after or during a meeting is no modality of the meeting (session 21,
``shapeen``), English.

News reports what a leader said at or after talks, and what he said is often a plan: "X said
after talks with Y that Estonia would send aid", "After meeting Y, X said the talks would
resume", "X stressed during talks with Y in Oslo that ...". The modal of the reported clause
("would", "could", "will", a negation) belongs to what was said, not to the meeting, which took
place. The checks of a meeting's modality ask :func:`said_that_before` (a meeting noun in an
adverbial phrase of a speech verb: the "that" after it opens the report) and
:func:`report_start` (the first speech verb after the main clause's subject, where the window
of modals to read ends).

A sentence can also open on the speaker's participle before the meeting phrase: "Speaking
(to reporters / at a news conference) after talks with Y, X said ..." (:func:`past_speaking`),
read then as "After talks with Y, X said ...".
"""

from __future__ import annotations

from typing import Any

from loaders.extract.rule_common import _EN_SPEECH_VERBS

# verbs that report a statement, after which a "that"-clause or a bare clause is its content
EN_SAY_VERBS = _EN_SPEECH_VERBS | frozenset({
    "stressed", "noted", "insisted", "warned", "emphasised", "emphasized", "announced",
    "declared", "affirmed", "assured", "indicated", "explained", "confirmed", "argued",
    "underlined", "underscored", "reiterated", "tells", "stresses"})
_EN_SPEAKING = frozenset({"speaking", "talking", "addressing", "writing"})
_EN_AFTER = frozenset({"after", "following", "during"})


def said_that_before(sr: Any, k: int) -> bool:
    """Is there a speech verb before the meeting noun at *k* in its sentence ("X said after
    talks with Y that ..."), so that a "that" after the noun opens what was said?"""
    return any(sr.key(y) in EN_SAY_VERBS for y in range(sr.lo, k))


def report_start(sr: Any, lo: int, hi: int) -> int:
    """The first speech verb in [lo, hi) ("X said the talks would ..."), else *hi*: the
    words after it are the report's."""
    return next((y for y in range(lo, min(hi, sr.hi)) if sr.key(y) in EN_SAY_VERBS), hi)


def past_speaking(sr: Any) -> int:
    """The position of "after / following" when the sentence opens with a speaker's
    participle before it ("Speaking (to reporters) after talks with Y, X said"), else the
    sentence start."""
    lo = sr.lo
    if sr.key(lo) not in _EN_SPEAKING:
        return lo
    for y in range(lo + 1, min(sr.hi, lo + 7)):
        if sr.toks[y].punct:
            return lo
        if sr.key(y) in _EN_AFTER:
            return y
    return lo
