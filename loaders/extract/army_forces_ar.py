"""«قوات الجيش» ("the army's forces", "the army troops"): no body of its own called "Army
Forces", but the army the article named before it («أعلن الجيش الإسرائيلي ... أن قوات الجيش
قتلت X»: the Israel Defense Forces), or no body at all when the article names no army
(session 63, helper kill63)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from loaders.extract import arabic_bodies as AB
from loaders.extract import lexicon as L

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

_FORCES = L.fold_ar("قوات")
_ARMY = L.fold_ar("جيش")
_ARMY_NAME = (L.fold_ar("الجيش "), L.fold_ar("جيش "))


def is_army_forces(head: str, words: list[tuple[str, str | None]]) -> bool:
    """The translated body is «قوات الجيش» alone: the head قوات and one definite noun جيش."""
    if head != _FORCES or len(words) != 1 or words[0][1] is not None:
        return False
    stem, definite, _of = AB.split_word(words[0][0])
    return stem == _ARMY and definite


def army_named_before(doc: Doc, out: list[Any], k: int) -> str | None:
    """The id of the last state army (a known body whose Arabic name is «الجيش ...» /
    «جيش ...») named in the article before token *k*, else None."""
    best: tuple[int, str] | None = None
    for m in [*doc.ments, *out]:
        if m.etype != "Organization" or m.lo >= k:
            continue
        e = doc.gaz.get(m.eid)
        name_ar = getattr(e, "name_ar", None) if e is not None else None
        if not name_ar or not L.fold_ar(name_ar).startswith(_ARMY_NAME):
            continue
        if best is None or m.lo > best[0]:
            best = (m.lo, m.eid)
    return best[1] if best is not None else None
