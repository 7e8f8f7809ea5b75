"""Session 58 (blind58d): the meeting a "with Z also present" clause attends is the main
clause's, not one told in a relative aside before it.

"Araghchi, who arrived from Damascus where he had met Syrian President Bashar al-Assad a day
earlier, was later received by President Erdogan, with Fidan and MIT chief Kalin also
present": the sentence reads two meetings (Araghchi-Assad, Araghchi-Erdogan); the attendees
were at the second. A pair one of whose people is named in this sentence only inside a
relative aside (", who / where / which ... ,") before the attendees is left out of the
attended meeting, when another pair remains."""

from __future__ import annotations

from typing import Any

_EN_RELATIVE = frozenset({"who", "whom", "where", "which"})


def _asides_before(sr: Any, end: int) -> list[tuple[int, int]]:
    """The token spans of the relative asides (", who ... ,") that close before *end*."""
    spans, y = [], sr.lo + 1
    while y < end:
        if sr.key(y) in _EN_RELATIVE and sr.key(y - 1) == ",":
            z = next((x for x in range(y + 1, end) if sr.key(x) == ","), None)
            if z is None:
                break
            spans.append((y, z))
            y = z
        y += 1
    return spans


def main_clause_pairs_en(sr: Any, pairs: list[tuple[str, str]], end: int) -> list[tuple[str, str]]:
    """*pairs* without those one of whose people is named before *end* only inside a relative
    aside (module doc); *pairs* unchanged when none or all would go."""
    if len(pairs) < 2:
        return pairs
    spans = _asides_before(sr, end)
    if not spans:
        return pairs

    def aside_only(eid: str) -> bool:
        at = [m.lo for m in sr.args if m.eid == eid and m.lo < end]
        return bool(at) and all(any(a < x < b for a, b in spans) for x in at)

    keep = [p for p in pairs if not any(aside_only(e) for e in p)]
    return keep or pairs
