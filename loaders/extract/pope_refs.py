"""English "the pope" for the pope the article named (session 12).

"Pope Francis met Ali al-Sistani in Najaf. The pope later met Mustafa al-Kadhimi": "The
pope" (also "the Pope", "the pontiff", "the Holy Father") is the latest pope named before
in the article (``person:pope-...``), as Arabic "بابا الفاتيكان" / "الحبر الأعظم" are; with
no pope named it is nobody. "Pope X" is a name (``person:pope-x``), never a reference.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract.mention_base import Mention, make_mention

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

_POPE_WORDS = frozenset({"pope", "pontiff"})


def _latest_pope(doc: Doc, out: list[Mention]) -> str | None:
    """The id of the latest pope named so far (this sentence first), else ``None``."""
    for ms in (out, doc.ments):
        for m in reversed(ms):
            if m.etype == "Person" and m.eid.startswith("person:pope-"):
                return m.eid
    return None


def english_pope_refs(doc: Doc, si: int, covered: dict[int, Mention],
                      out: list[Mention]) -> None:
    """Mentions for "the pope" / "the pontiff" in sentence *si*."""
    s = doc.sents[si]
    toks = doc.toks
    for k in range(s.lo + 1, s.hi):
        t = toks[k]
        if k in covered or toks[k - 1].key != "the":
            continue
        if t.key not in _POPE_WORDS:
            continue
        end = k + 1
        if end < s.hi and toks[end].cap and not toks[end].punct and end not in covered:
            continue  # ("the Pope Francis Foundation": a name goes on)
        eid = _latest_pope(doc, out)
        if eid is None:
            return
        me = make_mention(doc, si, k - 1, end, eid, kind="desc")
        out.append(me)
        for x in range(k - 1, end):
            covered[x] = me
