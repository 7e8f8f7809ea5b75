"""MET_WITH: a reported meeting that a trailing clause says was denied (session 19).

"وأفادت مصادر بأن X التقى في بغداد Y، وهو ما نفته الحركة" / "Sources said X met Y in Baghdad,
which the movement denied" (also "a claim / a report (that) Z denied"): the pairs named before
the denial are dropped. Only a denial that closes the meeting's clause, right after a comma,
counts: "التقى X Y، ثم نفى Z أن ..." (a later statement of its own) does not; past a ';' only
the pairs with someone named after it ("X met A; media said he also met C, a report Z
denied": X-C, not X-A; session 20).

A later clause denying the meeting itself ("..., غير أن مكتبه نفى حصول اللقاء", "..., but his
office denied the meeting took place") is ``meeting_denied_later`` (session 25).

Called by ``meeting_checks.unmet_partners`` on a sentence holding a denial verb (``CUE_SETS``).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.meeting_denied_later import (
    AR_DENY,
    AR_KNOWLEDGE,
    EN_DENY,
    EN_KNOWLEDGE,
    denied_later,
    unknown_later,
)

AR_DENIED = L._ar("نفاه", "نفته", "نفوه", "نفياه", "نفتها", "نفاها")
EN_DENIED = frozenset({"denied", "denies", "rejected"})
_EN_CLAIM = frozenset({"which", "claim", "claims", "report", "reports", "account"})
_EN_DET = frozenset({"a", "an", "the", "this"})

register_triggers(AR_DENIED, EN_DENIED)
register_triggers(AR_DENY, EN_DENY)
register_triggers(AR_KNOWLEDGE, EN_KNOWLEDGE)
CUE_SETS = frozenset({AR_DENIED, EN_DENIED, AR_DENY, EN_DENY, AR_KNOWLEDGE, EN_KNOWLEDGE})


def _opening_comma(sr: Any, y: int) -> bool:
    """Is the token before *y* a comma?"""
    return y - 1 > sr.lo and sr.toks[y - 1].text in ("،", ",")


def _denial_start(sr: Any, t: int) -> int:
    """The first token of a denial clause "، وهو ما نفته Z" / ", which Z denied" / ", a claim
    Z denied" whose verb is at *t*, else -1."""
    if sr.toks[t].ar:
        y = t - 2  # "وهو ما نفته" / "الأمر الذي نفاه"
        if y > sr.lo and sr.key(y) in ("وهو", "وهذا", "الامر") and \
                sr.key(y + 1) in ("ما", "الذي") and _opening_comma(sr, y):
            return y
        return -1
    for y in range(t - 1, max(sr.lo, t - 7), -1):  # ", which the movement denied"
        k = sr.key(y)
        if k in (",", ".", ";") or y in sr.mention_at and sr.mention_at[y].etype == "Person":
            return -1
        if k in _EN_CLAIM:
            s = y - 1 if sr.key(y - 1) in _EN_DET else y
            return s if _opening_comma(sr, s) else -1
    return -1


def denial_closing(sr: Any, t: int, named: set[str]) -> tuple[int, int] | None:
    """(the first token of the trailing denial clause whose verb is at *t*
    (:func:`_denial_start`), the end of the last mention of *named* before it) when the
    denial closes that mention's clause, no comma or ';' between; else None ("التقى X Y،
    ونفى الأخير ...، وهو ما نفته Z": another clause's denial). Also read by ``kill_denied``."""
    s = _denial_start(sr, t)
    if s < 0:
        return None
    last = max((m.hi for m in sr.args if m.hi <= s and m.eid in named), default=-1)
    if last < 0 or any(sr.toks[y].text in ("،", ",", ";", "؛") for y in range(last, s - 1)):
        return None
    return s, last


def denied_meetings(sr: Any) -> None:
    """Drop the MET_WITH pairs of this sentence named before a trailing denial (module doc)."""
    if AR_DENY in sr.present_sets or EN_DENY in sr.present_sets:
        denied_later(sr)  # "..., غير أن مكتبه نفى حصول اللقاء" (session 25)
    if AR_KNOWLEDGE in sr.present_sets or EN_KNOWLEDGE in sr.present_sets:
        unknown_later(sr)  # "..., إلا أن مصدراً قال إنه لا علم له بلقاء" (session 70)
    for t in sr.triggers(AR_DENIED, EN_DENIED):
        met = {e for r in sr.out if r.type == "MET_WITH" for e in (r.source, r.target)}
        closing = denial_closing(sr, t, met)
        if closing is None:
            continue
        s = closing[0]
        before = {m.eid for m in sr.args if m.hi <= s}
        after = {m.eid for m in sr.args if m.lo >= s}
        # "X held talks with A and B; media said he also met C, a report Z denied": only the
        # clause after the last ';' is denied (A and B are not; session 20)
        semi = max((y for y in range(sr.lo, s) if sr.toks[y].text in (";", "؛")), default=-1)
        told = {m.eid for m in sr.args if semi < m.lo < s} if semi >= 0 else before
        sr.out[:] = [r for r in sr.out if not (
            r.type == "MET_WITH" and r.source in before and r.target in before and
            (r.source in told or r.target in told) and
            not (r.source in after or r.target in after))]
