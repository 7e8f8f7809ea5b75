"""The people an English "brought together" names, as far as its list goes (session 60,
blind60d).

"The meeting brought together X and Y" is read by ``meeting_frames_en.brought_together_en``
through the usual list chain, which stops at a "with" and at long protocol titles. Gulf copy
writes the list in two halves and with honorifics: "The informal meeting brought together HH
the Amir and HRH the Crown Prince with UAE President HH Sheikh X, Kuwait's Amir HH Sheikh Y,
Egyptian President Z and King W of Jordan", "The talks brought Foreign Minister A together
with B and C" is read elsewhere. :func:`together_people` gives every person named (by name,
title or honorific) from the first one after "together" to the end of the list: the list may
go on over commas, "and", "with", "as well as" and the capitalised words of titles (with a
country's possessive, a nationality, "the", "his"); any other lower-case word (a verb, "to",
"for", "in", "who", "said") or a semicolon ends it; the words of a person's own title before
his name ("Hamas negotiator X") belong to him.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.mention_base import Mention
from loaders.extract.rule_common import title_start

# lower-case words that may stand inside the list between two people
_GAP_WORDS = frozenset({"and", "with", "as", "well", "the", "his", "her", "their", "its", "of",
                        "also", "both", "fellow", "then", "former", "acting", "deputy", "&"})
_GAP_PUNCT = frozenset({",", "(", ")", "'", "\u2019", '"', "\u201c", "\u201d"})


def _gap_ok(sr: Any, lo: int, hi: int) -> bool:
    """May tokens [lo, hi) stand between two members of the list?"""
    for x in range(lo, hi):
        t = sr.toks[x]
        if t.punct:
            if t.text not in _GAP_PUNCT:
                return False
            continue
        if t.ar or t.cap or t.key in _GAP_WORDS:
            continue  # (a title's capitalised words: "Egyptian President", "Kuwait's Amir")
        return False
    return True


def together_people(sr: Any, first: Mention) -> list[Mention]:
    """The people of the list that opens with *first* (module doc), in order, one mention
    each (the outer one where a reference and a title overlap)."""
    out: list[Mention] = []
    end = first.lo
    for m in sorted((m for m in sr.args if m.lo >= first.lo and m.etype == "Person"),
                    key=lambda m: (m.lo, -m.hi)):
        if m.lo < end:
            continue  # (inside the last member: its title, its reference)
        start = max(end, min(m.lo, title_start(m)))  # ("Hamas negotiator X": his title)
        if start > end and not _gap_ok(sr, end, start):
            break
        end = m.hi
        if all(o.eid != m.eid for o in out):
            out.append(m)
    return out
