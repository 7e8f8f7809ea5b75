"""A body named as the place where something is said or done is no partner of the scorer's
sentence pairs (``scorer_candidates.sentence_candidates``; session 72, retrain72).

"The announcement was made at the White House, adding that a small team had killed X",
"Trump spoke to reporters at the White House, noting that a unit had killed Y", "X met Y at
the Pentagon": the body right after "at" is where it happened, not the killer of X nor a
side of the meeting (the retrained weights gave X killed by the White House). English only:
the Arabic «في» before a body is also membership («قيادي في حماس») and stays a partner.
One plain word test per English body mention; the same body named otherwise in the sentence
("the White House said its forces ...") still pairs through that mention."""

from __future__ import annotations

from loaders.extract.mention_base import Mention
from loaders.extract.tokens import Tok

_AT_EN = frozenset({"at", "inside", "outside"})  # (where, not who)


def body_as_place(m: Mention, toks: list[Tok], lo: int) -> bool:
    """Is *m* an English body named right after "at" / "inside" / "outside" ("the" between
    at most; *lo*: the sentence's first token)?"""
    if m.etype != "Organization":
        return False
    j = m.lo - 1
    if j >= lo and toks[j].key == "the":
        j -= 1
    return j >= lo and not toks[j].ar and toks[j].key in _AT_EN
