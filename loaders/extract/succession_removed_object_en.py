"""SUCCESSOR_OF, English: the predecessor as the object of a removal clause after "after".

"Israel Katz was named defense minister after Netanyahu fired Yoav Gallant", "X was elected
speaker a year after the supreme court ousted Y", "X took command after Israel killed Y": the
one removed is the person after the active removal verb, not its agent named first (session
57; ``SuccessionRulesEn._appointed_en`` took the first person after "after").
"""

from __future__ import annotations

from typing import Any

from loaders.extract.rule_common import title_start

# active verbs of removing someone from a post (their object is the one gone)
_EN_REMOVED_ACTIVE = frozenset({"fired", "sacked", "ousted", "dismissed", "removed", "killed",
                                "assassinated", "deposed", "toppled", "overthrew", "impeached",
                                "unseated"})
_EN_PASSIVE = frozenset({"was", "were", "been", "is", "be", "being", "had"})


# bodies that remove someone from a post, named by a noun ("the supreme court ousted Y")
_EN_REMOVER_NOUNS = frozenset({"court", "parliament", "council", "government", "cabinet",
                               "assembly", "judiciary", "junta", "president", "king", "emir",
                               "sultan", "premier", "minister", "leadership", "board"})


def _agent_before(sr: Any, v: int) -> bool:
    """A named person or body, or a remover's noun, right before the verb at *v*."""
    m = sr.mention_at.get(v - 1)
    if m is not None and m.etype in ("Person", "Organization", "Country"):
        return True
    return sr.key(v - 1) in _EN_REMOVER_NOUNS


def removed_object_en(sr: Any, start: int, span: int = 8) -> Any:
    """The person right after an active removal verb within *span* words from *start* (the
    word after "after" / "following"), when a named person or body or a remover's noun stands
    right before the verb as its agent; else None. Not a passive ("after Y was fired by K"),
    not an event's agent ("after a drone strike killed Y")."""
    for v in range(start, min(sr.hi, start + span)):
        if sr.toks[v].punct:
            return None
        if sr.key(v) not in _EN_REMOVED_ACTIVE:
            continue
        if v == start or sr.key(v - 1) in _EN_PASSIVE or not _agent_before(sr, v):
            return None  # ("after a drone strike killed Y" names no remover: session 15's
            # reading of the post stands)
        m = sr.after(v + 1, types=("Person",), maxgap=1)
        if m is None or title_start(m) > v + 2:
            return None
        return m
    return None
