"""MET_WITH (session 38, meeten): the subject of an arrival, then "and was received by Y".

"X arrived in Baghdad on Wednesday on his first foreign trip since taking office, and was
received at the Government Palace by Y" / "X arrived in the Chechen Republic on Tuesday on his
first visit to the region in thirteen years and was met at the airport by Y" / "X, commander of
..., landed at Baghdad airport shortly after midnight on Friday on a flight from Damascus and
was met on the tarmac by Y": X met Y (HN, GK, CS; the short form, "X arrived in Tehran on
Tuesday and was received by Y", was read already). ``meetings.met_passive`` looks for the
subject within twelve words before "was"; the arrival's adverbials (date, purpose, origin) push
it further. Read only when that finds nobody: the arrival verb ("arrived", "landed", "flew",
...) within ``_REACH`` words before "and was (then) <participle>", no person and no stop between
it and "and" (the dot of a month's short form, "Jan. 3", is none); its subject
(``subject_before``), named right before it or before an apposition set off by commas, is the
one received (not "a delegation sent by X arrived ...",
"X said the ship arrived ...").
"""

from __future__ import annotations

from typing import Any

from loaders.extract.core_recall import EN_ADV
from loaders.extract.month_dates_en import EN_MONTH_WORDS
from loaders.extract.rule_common import title_start

_ARRIVAL = frozenset({"arrived", "landed", "flew", "travelled", "traveled", "came", "returned"})
_REACH = 24
_GOVERNORS = frozenset({"by", "of", "from", "to", "with", "for"})  # "a delegation sent by X"


def arrival_subject_en(sr: Any, t: int) -> Any:
    """The subject of the arrival coordinated with the passive participle at *t*, else None."""
    y = t - 1
    while y > sr.lo and sr.key(y) in EN_ADV:
        y -= 1  # "was then received"
    if sr.key(y) not in ("was", "were") or sr.key(y - 1) != "and":
        return None
    a = y - 1
    for v in range(a - 1, max(sr.lo, a - _REACH) - 1, -1):
        if sr.toks[v].text == "." and sr.key(v - 1) in EN_MONTH_WORDS:
            continue  # "shortly after midnight on Jan. 3" (session 40)
        if sr.toks[v].text in (".", ";", ":") or (
                (m := sr.mention_at.get(v)) is not None and m.etype == "Person"):
            return None  # (someone named between: not the arrival's subject for sure)
        if sr.key(v) in _ARRIVAL:
            subj = sr.subject_before(v, maxgap=16)
            if subj is None or subj.etype != "Person" or subj.poss or \
                    sr.key(title_start(subj) - 1) in _GOVERNORS or not (
                    subj.hi == v or sr.key(subj.hi) == "," and sr.key(v - 1) == ","):
                return None  # (right before the verb, or set off by an apposition: not "a
            return subj  # delegation sent by X arrived", "X said the ship arrived")
    return None
