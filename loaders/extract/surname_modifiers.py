"""English: a person's bare surname used as a modifier before another person's title
(session 19).

"talks with Houthi chief negotiator Mohammed Abdulsalam", "Erdogan spokesman Ibrahim Kalin":
the one-word name right before the title of the person named after it is not a mention of
its own -- in an article that named "Abdul-Malik al-Houthi" the bare "Houthi" would
otherwise be him, and he, not the negotiator, would be met. The name is kept as a word of
the title (``Mention.in_title``: no rule reads it as an argument).
"""

from __future__ import annotations

from typing import Any


def surname_modifiers_en(out: list[Any]) -> None:
    """Mark the one-word person names of *out* (a sentence's mentions, sorted) that the title
    of the next person's mention follows right away ("Houthi | chief negotiator X")."""
    for a, b in zip(out, out[1:], strict=False):
        if a.etype == "Person" and b.etype == "Person" and a.hi - a.lo == 1 and \
                a.kind == "name" and b.kind == "name" and a.tlo in (-1, a.lo) and \
                b.tlo == a.hi and b.tlo < b.lo and not a.poss:
            a.in_title = True
