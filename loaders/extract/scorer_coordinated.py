"""The scorer's sentence pairs (``scorer_candidates.sentence_candidates``) left out when the two
are joined by "and" as the subjects of a clause holding no core cue (session 68, retrain68b).

"French envoy Jean-Yves Le Drian and Saudi envoy Yazid bin Farhan had lobbied Lebanese blocs
for weeks; Le Drian held talks with Berri": the two did the same thing side by side (lobbied),
they did not meet each other; the meeting cue stands in another clause (after ";", "while",
"but", "who": ``SentInfo.marks``). Also «وكان المبعوث الفرنسي جان إيف لودريان والمبعوث السعودي
يزيد بن فرحان قد ضغطا على الكتل، بينما أجرى لودريان محادثات مع بري». Kept: "X and Y held talks"
(the cue in their clause), a list after the cue ("met X and Y": the cue in the clause), and
pairs the rules related (never candidates)."""

from __future__ import annotations

from bisect import bisect_left

from loaders.extract import lexicon as L
from loaders.extract.mention_base import Mention
from loaders.extract.scorer_features import ALL_CUES, SentInfo

_AND_EN = "and"
_AND_AR = "و"


def _joined_by_and(si: SentInfo, a: Mention, b: Mention) -> bool:
    """Is *b* (its title phrase, if any, and the nationality words before it: "Saudi envoy
    Y") right after an "and" / «و» standing right after *a*, or after *a* with «و» on the
    first word of its title or name («والمبعوث السعودي Y»)?"""
    toks = si.toks
    start = b.tlo if a.hi <= b.tlo < b.lo else b.lo
    x = a.hi
    if x >= start:
        return x == start and toks[x].ar and toks[x].key[:1] == _AND_AR and \
            any(o == 1 for o, _st in toks[x].stems)
    if toks[x].key != _AND_EN and toks[x].key != _AND_AR:
        return False
    return all(toks[y].key in L.NATIONALITY for y in range(x + 1, start))


# clause marks that are no boundary here: a hyphen inside a name or a compound ("Jean-Yves",
# "UN-backed"), the brackets and quotes of an alias («عبد العزيز المحمداوي (أبو فدك)»)
_NOT_BOUNDARY = frozenset({"-", "–", "—", "(", ")", "\""})


def coordinated_without_cue(si: SentInfo, a: Mention, b: Mention, ms: list[Mention]) -> bool:
    """Are *a* and *b* ("X and Y", titles allowed) in one clause of the sentence that holds
    no core cue word (meet, succession, killing), one of them named again in a later clause
    of its own (the meeting he alone held: "X and Y had lobbied ...; X held talks with Z")?
    *ms*: the sentence's mentions. Co-members of a delegation or co-attendees named once
    ("a delegation of X and Y, where they met Z"; "attended by X and Y") stay candidates."""
    if not _joined_by_and(si, a, b):
        return False
    toks = si.toks
    marks = [k for k in si.marks if toks[k].text not in _NOT_BOUNDARY]
    i = bisect_left(marks, a.hi)
    if i < len(marks) and marks[i] < b.lo:
        return False  # (a mark between them)
    p = bisect_left(marks, a.lo)
    c_lo = marks[p - 1] + 1 if p > 0 else si.lo
    if i >= len(marks):
        return False  # (the clause runs to the sentence's end: no clause of its own after)
    c_hi = marks[i]
    if not any(m.lo > c_hi and (m.eid == a.eid or m.eid == b.eid) for m in ms):
        return False  # (neither named again after the clause)
    lo = si.lo
    bits = si.bits
    return not any(bits[k - lo] & ALL_CUES for k in range(c_lo, c_hi))
