"""Replacements told by a verb, for "the new X" (`coreference._replaced_by`): "Y was
replaced / succeeded by X" and "X replaces / succeeds Y" make X the incoming holder, so that
"the new premier" of the next sentences is X, never Y."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract.rule_common import title_start

if TYPE_CHECKING:
    from loaders.extract.mention_base import Mention
    from loaders.extract.mentions import Doc

_EN_PASSIVE_REPL = frozenset({"replaced", "succeeded"})
_EN_PRESENT_REPL = frozenset({"replaces", "succeeds"})
_EN_BE = frozenset({"was", "is", "been", "were", "be"})


def verb_replacements(doc: Doc, people: list[Mention]) -> dict[str, str]:
    """{outgoing: incoming} of "Y was replaced by X" and "X replaces Y" among *people* (the
    named people of the last sentences, in text order)."""
    toks = doc.toks
    out: dict[str, str] = {}
    for i, m in enumerate(people):
        c = title_start(m) - 1
        if c < 2 or toks[c].ar:
            continue
        k = toks[c].key
        if k == "by" and toks[c - 1].key in _EN_PASSIVE_REPL and toks[c - 2].key in _EN_BE:
            old = next((p for p in reversed(people[:i]) if p.sent == m.sent and
                        p.hi <= c - 2 and c - 2 - p.hi <= 3 and p.eid != m.eid), None)
            if old is not None:
                out[old.eid] = m.eid
        elif k in _EN_PRESENT_REPL:
            new = next((p for p in reversed(people[:i]) if p.sent == m.sent and p.hi <= c and
                        c - p.hi <= 3 and p.eid != m.eid), None)
            if new is not None:
                out[m.eid] = new.eid
    return out


def new_holder_of(doc: Doc, si: int, at_tok: int, eid: str) -> str:
    """*eid*, or the incoming holder when the last sentences told *eid* was replaced ("Y was
    replaced by X. The new premier met Z": X)."""
    from loaders.extract.coreference import _replaced_by

    return _replaced_by(doc, si, at_tok).get(eid, eid)
