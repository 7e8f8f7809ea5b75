"""SUCCESSOR_OF, English: a post that "went to" its new holder, named by its old holder's
possessive: "Y's previous job as commander-in-chief of the army went to Maj Gen X", "Y's old
post passed to X", "Y's seat fell to X": X succeeded Y.

The possessive person opens the phrase of a post noun (an adjective or two between: old,
previous, former, vacant), an "as ..." phrase may follow it, and no punctuation stands before
the verb; not "Y's letter went to X" (no post), "the post went to X" (no holder named), "Y's
post will go to X" (only went / passed / fell). Called from
``succession_vocab_en.handover_idioms_en`` (its cue words are registered there)."""

from __future__ import annotations

from typing import Any

EN_WENT = frozenset({"went", "passed", "fell"})
_EN_POSTS = frozenset({"post", "job", "role", "seat", "portfolio", "position", "office",
                       "command", "chair", "presidency", "premiership", "ministry", "posts",
                       "jobs", "roles", "title", "mandate"})
_EN_OLD = frozenset({"old", "previous", "former", "vacant", "own", "last", "then"})
_SO = "SUCCESSOR_OF"


def post_went_en(sr: Any) -> None:
    """The rule of the module docstring."""
    for t in sr.triggers(frozenset(), EN_WENT):
        if sr.key(t + 1) != "to" or sr.blocked(t) or sr._irrealis(t):
            continue
        new = sr.after(t + 2, types=("Person",), maxgap=3)
        if new is None:
            continue
        for x in range(t - 1, max(sr.lo, t - 14) - 1, -1):
            if sr.toks[x].punct and sr.toks[x].text not in ("-", "'"):
                break
            m = sr.mention_at.get(x)
            if m is None or m.etype != "Person" or not m.poss:
                continue
            y = m.hi + (sr.key(m.hi) in ("'s", "’s", "'", "s"))
            while sr.key(y) in _EN_OLD and y < t:
                y += 1
            if sr.key(y) in _EN_POSTS and m.eid != new.eid:
                sr.add(_SO, new.eid, m.eid, "post_went_to_en")
            break
