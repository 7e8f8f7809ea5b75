"""SUCCESSOR_OF, English: "K replaced his <office>, Y, with X" (the one replaced in apposition).

"President K replaced his long-time defence minister, Y, with the economist X in May" and
"K replaces the army chief, Y, with X": X -> Y (K only decided). The plain "K replaced Y with
X" is read by the base rule (``succession_rules_en``); here Y stands between commas after a
description. ``with_after_post`` (session 24) gives X of "K replaced Y as national security
adviser with X" / "K replaced Y at the head of the service with X" (a post phrase between Y and
"with", to the base rule; it read K -> Y or nothing). Session 70: the new man described before
his name, "K replaced Y with his deputy, X" (``with_new_en``), and Y's apposition long or with a
relative clause, "K has replaced Y, the intelligence chief who ran ... for two decades, with
his deputy, X" (``with_after_apposition``, to the base rule). Not read: "K replaced his defence minister, Y, and met X" (no "with"), "K
replaced the old rules, with Y's support" (no person set off between the verb and "with").
"""

from __future__ import annotations

from typing import Any

from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import EMPTY, title_start
from loaders.extract.succession_words import _SO

_EN_REPLACED = frozenset({"replaced", "replaces"})
CUES = frozenset({_EN_REPLACED})
_SPAN = 12  # words from the verb to the description's end


def replaced_with_en(sr: Any) -> None:
    """"K replaced (his / the) <description>, Y, with X": X -> Y."""
    for t in sr.triggers(EMPTY, _EN_REPLACED):
        if sr.key(t - 1) in ("was", "were", "been", "is", "be", "being"):
            continue  # (the passive is read elsewhere)
        old = next((m for m in sr.args if m.etype == "Person" and t < m.lo and
                    title_start(m) - t <= _SPAN), None)
        if old is None or old.poss or sr.toks[title_start(old) - 1].text != ",":
            continue
        if any(sr.toks[y].punct and sr.toks[y].text != "-"
               for y in range(t + 1, title_start(old) - 1)):
            continue
        if old.hi + 1 >= sr.hi or sr.toks[old.hi].text != "," or sr.key(old.hi + 1) != "with":
            continue
        new = with_new_en(sr, old.hi + 2)
        if new is None or new.eid == old.eid:
            continue
        if sr.blocked(t, new) or sr._irrealis(t):
            continue
        sr.add(_SO, new.eid, old.eid, "replaced_apposed_with_en")


_WITH_DESC = frozenset({"his", "her", "its", "their", "the"})


def with_new_en(sr: Any, k: int) -> Any:
    """The person X named from *k* on, right after "with": "with X", "with <title> X", "with
    his deputy, X" (at most three words of description, then a comma); else None."""
    new = sr.after(k, types=("Person",), maxgap=2)
    if new is None and sr.key(k) in _WITH_DESC:
        c = next((y for y in range(k + 1, min(sr.hi, k + 5)) if sr.toks[y].punct), None)
        if c is None or sr.toks[c].text != "," or any(
                y in sr.mention_at for y in range(k, c)):
            return None
        new = sr.after(c + 1, types=("Person",), maxgap=0)
        if new is None:
            m = sr.after(c + 1, types=("Person",), maxgap=4)
            new = m if m is not None and title_start(m) == c + 1 else None
    return None if new is None or new.poss else new


_APPOSITION_STOP = frozenset({";", "(", ")", ":", '"'})


def with_after_apposition(sr: Any, old: Any) -> Any:
    """"replaced Y, <a description of at most 24 words naming no one>, with X": X, else
    None (another comma before "with", a person named in the description)."""
    if sr.key(old.hi) != ",":
        return None
    for y in range(old.hi + 1, min(sr.hi - 1, old.hi + 26)):
        tok = sr.toks[y]
        if tok.text == ",":
            return with_new_en(sr, y + 2) if sr.key(y + 1) == "with" else None
        m = sr.mention_at.get(y)
        if (m is not None and m.etype == "Person") or tok.text in _APPOSITION_STOP:
            return None
    return None


_POST_OPEN = frozenset({"as", "at"})
_POST_STOP = frozenset({"and", "who", "which", "that", "after", "before", "when", "while",
                        "said", "but"})


def with_after_post(sr: Any, old: Any) -> Any:
    """"replaced Y as / at <post, at most 10 words> with X": X (None otherwise: a clause or a
    person inside the post phrase, "with" farther, "with the support of X")."""
    x = old.hi
    if sr.key(x) not in _POST_OPEN:
        return None
    for y in range(x + 1, min(sr.hi, x + 11)):
        ty = sr.toks[y]
        if ty.key == "with":
            new = sr.after(y + 1, types=("Person",), maxgap=3)
            if new is None or new.poss or any(sr.toks[z].punct or sr.key(z) in ("of", "support")
                                              for z in range(y + 1, title_start(new))):
                return None
            return new
        if ty.punct or ty.key in _POST_STOP:
            return None
        m = sr.mention_at.get(y)
        if m is not None and m.etype == "Person":
            return None
    return None


register_triggers(EMPTY, _EN_REPLACED)
