"""Who "he" is in "<his / X's> first visit ... since he succeeded / replaced Y" (session 19).

A visit or a meeting counted from a succession names the successor in its own phrase:

- "It was His Majesty's first visit to Iran since he succeeded the late Sultan Y": the
  possessor of "first visit" (X's), not the previous sentence's subject;
- "X met Prime Minister Z in Aden, his first meeting with the new head of government since he
  replaced Y": "the new ..." is the person met (Z), not X, the possessor "his".

When it names nobody, :func:`since_he_unsure` (session 19, s19-fp) tells whether the
"first ..." phrase makes "he" someone else than the subject, and then no succession is read.
:func:`since_he_en` is asked by ``successions`` for the subject "he" / "she" right after
"since" (English only; Arabic says "منذ تولّيه", read in ``successions``).
"""

from __future__ import annotations

from typing import Any

_EN_FIRST_OF = frozenset({"visit", "trip", "meeting", "talks", "meetings", "tour", "call",
                          "encounter", "stop", "visits", "trips"})
_EN_POSS_PRON = frozenset({"his", "her"})
# one word between "first" and the noun: "Qaani's first known trip", "his first foreign visit"
_EN_FIRST_ADJ = frozenset({"known", "foreign", "official", "public", "overseas", "publicly",
                           "reported", "formal", "regional", "international", "working",
                           "state"})


def _first_noun(sr: Any, y: int) -> int | None:
    """The noun counted after "first" at *y* ("first visit", "first known trip"), or None."""
    if sr.key(y + 1) in _EN_FIRST_OF:
        return y + 1
    if sr.key(y + 1) in _EN_FIRST_ADJ and sr.key(y + 2) in _EN_FIRST_OF:
        return y + 2
    return None


def since_he_en(sr: Any, x: int) -> Any:
    """The person "he" at *x* (after "since") stands for when the clause before counts a
    first visit / meeting from it (see the module doc); None otherwise."""
    first = next((y for y in range(x - 2, max(sr.lo, x - 16) - 1, -1)
                  if sr.key(y) == "first" and _first_noun(sr, y) is not None), None)
    if first is None or any(sr.toks[y].text in (";", ".") for y in range(first, x)):
        return None
    keys = [sr.key(y) for y in range(_first_noun(sr, first) + 1, x - 1)]
    if "with" in keys and "new" in keys[keys.index("with"):]:
        # "..., his first meeting with the new head of government since he": the one met,
        # the last person named before "his first"
        return next((m for m in reversed(sr.args) if m.etype == "Person" and
                     m.hi <= first - 1 and not m.poss), None)
    owner = sr.mention_at.get(first - 1)
    if owner is not None and owner.etype == "Person" and owner.poss and \
            owner.hi == first:
        return owner  # "His Majesty's first visit to Iran since he"
    return None


# "his first meeting with the new head of government since he replaced Y", "It was His
# Majesty's first visit since he succeeded Y" (session 19): "he" is the one the "first ..."
# phrase is about, which is the sentence's subject only when the phrase opens with "his"
def since_he_unsure(sr: Any, t: int) -> bool:
    """For the succession verb at *t* after "since he": whether a "first <noun> ... since
    he" phrase makes "he" someone else than the sentence's subject: the phrase holds "new"
    ("his first meeting with the new head of government since he replaced Y": the new
    head) or opens with another possessor than "his / her" ("His Majesty's first visit
    since he succeeded Y")."""
    if sr.key(t - 1) not in ("he", "she") or sr.key(t - 2) != "since":
        return False
    for x in range(t - 3, max(sr.lo, t - 16) - 1, -1):
        k = sr.key(x)
        if k in (".", ";"):
            return False
        if k == "first":
            if any(sr.key(y) == "new" for y in range(x + 1, t - 2)):
                return True
            return sr.key(x - 1) not in ("his", "her")
    return False
