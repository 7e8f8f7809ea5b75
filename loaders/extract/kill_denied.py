"""ASSASSINATED_BY: a reported killing that a trailing clause says was denied (session 58).

"وكانت وسائل إعلام سعودية قد زعمت مقتل وزير الدفاع X في الغارة نفسها، وهو ما نفته مصادر
عسكرية" / "Israeli media reported that X was killed in the strike, which the group denied":
the killings of this sentence whose victim is named in the clause the denial closes are
dropped, as ``meeting_denied`` drops such meetings (the same trailing forms: "، وهو ما نفته
Z"، "، الأمر الذي نفاه Z", ", which / a claim / a report Z denied"). Not a denial opening a
clause of its own ("..., ثم نفى Z أن ..."), nor a killing told in an earlier clause.

Called by ``relations.SentenceRules.run`` after the killing rules, on a sentence holding one
of the trailing denial verbs."""

from __future__ import annotations

from typing import Any

from loaders.extract.meeting_denied import AR_DENIED, EN_DENIED, denial_closing

DENIED_CUES = frozenset({AR_DENIED, EN_DENIED})


def denied_killings(sr: Any, n_out: int) -> None:
    """Drop the killings of ``sr.out[n_out:]`` a trailing denial closes (module doc)."""
    for t in sr.triggers(AR_DENIED, EN_DENIED):
        victims = {r.source for r in sr.out[n_out:] if r.type == "ASSASSINATED_BY"}
        closing = denial_closing(sr, t, victims)
        if closing is None:
            continue
        s, last = closing
        start = max((y + 1 for y in range(sr.lo, last) if sr.toks[y].text in (";", "؛")),
                    default=sr.lo)  # (past a ';' another clause: its killings stand)
        told = {m.eid for m in sr.args if start <= m.lo and m.hi <= s}
        keep = sr.out[:n_out] + [r for r in sr.out[n_out:] if not (
            r.type == "ASSASSINATED_BY" and r.source in told)]
        sr.out[:] = keep
