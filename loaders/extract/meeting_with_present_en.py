"""Session 30 (meet30): English "..., with <title>, X, and Y also present / attending": the
attendees of a "with" clause named after their titles in appositions
(``meeting_attended._with_attending_en`` read only names right after "with" or after a short
title).

"met Prime Minister Nawaf Salam at the Grand Serail, with the head of the Lebanese-Palestinian
Dialogue Committee, Ramez Dimashkieh, and Palestinian Ambassador Ashraf Dabbour also present",
"received the Iranian general, with Tehran's consul general in Erbil, Nasrollah Rashnoudi,
attending the meeting": the list is read back from the last attendee to the clause's "with"
(after a comma), past a title of at most ten words (bodies and places in it) and past an
apposed name's two commas; another person named, a clause word or other punctuation stops it
(the title read as a description of someone, "the head", does not)."""

from __future__ import annotations

from typing import Any

from loaders.extract.rule_common import title_start

_TITLE_WORDS = 10  # the most words between "with" (or "and") and an attendee's name
_STOP = frozenset({"who", "which", "said", "says", "told", "met", "received", ";", ".", ":"})


def apposed_before_close(sr: Any, close: int) -> Any:
    """The person X of "<title>, X," whose closing comma is *close*, else None."""
    o = sr.mention_at.get(close - 1)
    if o is None or o.etype != "Person" or o.hi != close or \
            "," not in (sr.key(o.lo - 1), sr.key(title_start(o) - 1)):
        return None
    return o


def _opening_comma(sr: Any, o: Any) -> int:
    """The comma before the apposed name *o* (before its name, else before its title)."""
    return o.lo - 1 if sr.key(o.lo - 1) == "," else title_start(o) - 1


def with_list_back_en(sr: Any, people: list) -> list:
    """*people* (the list ending at the last attendee) with the attendees apposed before it,
    when "with" opens the list after a comma; else [] (module doc)."""
    out = list(people)
    z, words = title_start(out[0]) - 1, 0
    if sr.key(z) == "," and sr.key(out[0].hi) == ",":
        z -= 1  # "with <title>, X, and Y": X apposed to his title
    while z > sr.lo and words <= _TITLE_WORDS:
        k = sr.key(z)
        if k == "with":
            return out if sr.key(z - 1) == "," else []
        if k == "and" and sr.key(z - 1) == ",":
            o = apposed_before_close(sr, z - 1)  # "<title>, X, and Y": X, then his title
            if o is None:
                return []
            out.insert(0, o)
            z, words = _opening_comma(sr, o) - 1, 0  # (past X's opening comma)
            continue
        o = sr.mention_at.get(z)
        if k in _STOP or (sr.toks[z].punct and k not in ("'s", "-")) or \
                (o is not None and o.etype == "Person" and o.kind == "name"):
            return []  # (not the title itself read as a description: "the head of ...")
        z -= 1
        words += 1
    return []
