"""Two bodies joined by a hyphen or a slash before an English title, "UN-Arab League special envoy
Lakhdar Brahimi", "AU-UN envoy X", "the EU/US mediator X": both are part of the title (the envoy is
the one named, not the first body), as "UN special envoy X" was. ``joint_body_before`` gives the
first body so that ``titles`` marks it as inside the title."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from loaders.extract.mention_base import Mention
    from loaders.extract.tokens import Tok

_JOINERS = frozenset({"-", "/", "–"})


def joint_body_before(toks: list[Tok], covered: dict[int, Mention], body: Mention,
                      lo: int) -> Mention | None:
    """The organisation joined to *body* (the title's body) by a hyphen or slash right before
    it, or None."""
    x = body.lo - 1
    if x - 1 < lo or toks[x].text not in _JOINERS:
        return None
    m = covered.get(x - 1)
    return m if m is not None and m.hi == x and m.etype == "Organization" else None
