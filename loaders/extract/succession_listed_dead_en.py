"""SUCCESSOR_OF, English: which of several people named dead held the post taken (session 65).

"X, who had run the ministry in an acting capacity since the crash that killed President Y and
Z" / "X took over as acting foreign minister after the crash that killed President Y and Foreign
Minister Z": the death names a list, and the successor took the post of the one whose title
holds the post's words (Z), not of the first named (Y, a president). Read on the person
``succession_post_after_death_en._gone_after`` found, by
``succession_after_death.acting_after_death`` and
``succession_post_after_death_en.took_post_after_death_en``: the one list member titled with the
post's office (and its qualifier: "foreign", "defence", ...); else the first, unless his own
title is another office (then no one: "President Y" did not run a ministry). A death that
names one person, or a post with no office word ("took the helm"), keeps the first.
"""

from __future__ import annotations

from typing import Any

# words that tell one minister's or one president's post from another's
EN_POST_QUAL = frozenset({"foreign", "defence", "defense", "interior", "prime", "vice"})
# the offices a list of the dead is told apart by
_OFFICES = frozenset({"president", "minister", "premier", "prime", "speaker", "governor", "emir",
                      "king", "chief", "commander", "leader", "secretary-general"})
# a post's noun read as its holder's title word ("had run the ministry": a minister)
_POST_HOLDER = {"ministry": "minister", "presidency": "president", "premiership": "prime"}


def _title(sr: Any, m: Any) -> set[str]:
    """The words of the title right before the name *m* ("President Y": {"president"})."""
    return {sr.key(y) for y in range(m.tlo, m.lo)} if 0 <= m.tlo < m.lo else set()


def dead_of_the_post_en(sr: Any, first: Any, lo: int, hi: int) -> Any:
    """The one of the dead listed from *first* who held the post told by the words in
    [*lo*, *hi*) (the taking or acting clause before "after" / "since"), else None; *first*
    when he is named alone or the post names no office."""
    dead = sr.chain(first, types=("Person",))
    if len(dead) < 2:
        return first
    words = {_POST_HOLDER.get(sr.key(y), sr.key(y)) for y in range(lo, hi) if not sr.toks[y].punct}
    post, qual = words & _OFFICES, words & EN_POST_QUAL
    if not post:
        return first
    fits = [m for m in dead if _title(sr, m) & post and _title(sr, m) & EN_POST_QUAL == qual]
    if len(fits) == 1:
        return fits[0]
    if fits:
        return first if first in fits else None
    return None if _title(sr, first) & _OFFICES else first
