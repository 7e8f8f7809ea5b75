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
names one person, or a post with no office word ("took the helm"), keeps the first. A list with
no title at all ("after a helicopter crash killed Raisi and Amir-Abdollahian", session 66) is
told apart by the gazetteer's titles: "took over the ministry" is Amir-Abdollahian's post.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.kill_list_more_en import more_victims_en

# words that tell one minister's or one president's post from another's
EN_POST_QUAL = frozenset({"foreign", "defence", "defense", "interior", "prime", "vice"})
# the offices a list of the dead is told apart by
_OFFICES = frozenset({"president", "minister", "premier", "prime", "speaker", "governor", "emir",
                      "king", "chief", "commander", "leader", "secretary-general"})
# the determiners that open a description before a comma and a name ("and his foreign
# minister, Y")
_APPOSED_DETS = frozenset({"his", "her", "its", "their", "the"})
# a post's noun read as its holder's title word ("had run the ministry": a minister)
_POST_HOLDER = {"ministry": "minister", "presidency": "president", "premiership": "prime"}


def _title(sr: Any, m: Any) -> set[str]:
    """The words of the title right before the name *m* ("President Y": {"president"}), or of
    the description before a comma and the name ("and his foreign minister, Y": {"foreign",
    "minister"}, session 66)."""
    if 0 <= m.tlo < m.lo:
        return {sr.key(y) for y in range(m.tlo, m.lo)}
    c = m.lo - 1
    if c <= sr.lo or sr.toks[c].text != ",":
        return set()
    words: set[str] = set()
    for y in range(c - 1, max(sr.lo, c - 7) - 1, -1):
        if sr.toks[y].punct or sr.mention_at.get(y) is not None:
            return set()
        if sr.key(y) in _APPOSED_DETS:
            return words
        words.add(sr.key(y))
    return set()


def _known_title(sr: Any, m: Any) -> set[str]:
    """The words of the gazetteer's titles of *m* ("foreign minister": {"foreign",
    "minister"}); empty for a person the gazetteer does not know."""
    e = sr.doc.gaz.get(m.eid)
    return {w for t in e.titles for w in t.lower().split()} if e is not None else set()


def dead_of_the_post_en(sr: Any, first: Any, lo: int, hi: int) -> Any:
    """The one of the dead listed from *first* who held the post told by the words in
    [*lo*, *hi*) (the taking or acting clause before "after" / "since"), else None; *first*
    when he is named alone or the post names no office."""
    dead = sr.chain(first, types=("Person",))
    if len(dead) < 2:
        dead = dead + more_victims_en(sr, dead[-1])  # "Y and his foreign minister, Z"
    if len(dead) < 2:
        return first
    words = {_POST_HOLDER.get(sr.key(y), sr.key(y)) for y in range(lo, hi) if not sr.toks[y].punct}
    post, qual = words & _OFFICES, words & EN_POST_QUAL
    if not post:
        return first
    if not any(_title(sr, m) & _OFFICES for m in dead):
        # no title in the list ("after a crash killed Raisi and Amir-Abdollahian"): the
        # gazetteer's titles tell the minister from the president (session 66)
        fits = [m for m in dead if (known := _known_title(sr, m)) & post and
                (not qual or known & EN_POST_QUAL == qual)]
        return fits[0] if len(fits) == 1 else first
    fits = [m for m in dead if _title(sr, m) & post and (
        not qual or _title(sr, m) & EN_POST_QUAL == qual)]  # ("took over the ministry": any
    # minister's; "the foreign ministry": the foreign minister's, session 68)
    if len(fits) == 1:
        return fits[0]
    if fits:
        return first if first in fits else None
    return None if _title(sr, first) & _OFFICES else first
