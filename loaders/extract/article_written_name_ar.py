"""Of two known people whose Arabic names differ only by the article, the one the text writes
(session 69, blind69i).

Arabic alias keys drop the article, so «محمد الناصر» (Mohamed Ennaceur, Tunisia's interim
president in 2019) and «محمد ناصر» (a Hezbollah commander) are one key; when both are left for a
name the article has not named before, the first listed one was taken, and Tunisia's interim
president became the Lebanese commander ("خلفا للرئيس المؤقت محمد الناصر"). The person one of
whose own Arabic names is written word for word as the text writes it (with its article, or
without it) is preferred (``known_names``: only where two or more candidates are left).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.textnorm import normalize

if TYPE_CHECKING:
    from loaders.extract.gazetteer import Gazetteer


def written_as_in_text(gaz: Gazetteer, ids: list[str], written: tuple[str, ...]) -> list[str]:
    """The ids among *ids* one of whose Arabic names is *written* (normalised words) exactly;
    *ids* itself when none or all are."""
    out = []
    for i in ids:
        e = gaz.get(i)
        if e is None:
            continue
        names = [e.name_ar or "", *e.aliases, *e.ambiguous]
        if any(tuple(normalize(n).split()) == written for n in names if n):
            out.append(i)
    return out if out and len(out) < len(ids) else ids
