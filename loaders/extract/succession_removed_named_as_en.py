"""SUCCESSOR_OF, English (session 66): a removal, then another named "as" the same post.

"In August 2020, he relieved Y, the minister responsible for foreign affairs since 1997, and
named X, his long-serving deputy, as foreign minister", "King K sacked Y and appointed X as
foreign minister", "K removed Y from his post and appointed X as interior minister": X took
Y's post. Read by ``succession_removed_gave_en`` (the removal verb, its object Y and the
appointment verb after "and") when no "to the post" follows X. The post after "as" must be an
office ("minister", "chief", "governor", ...; not "adviser", "deputy", "envoy"), and what the
text says Y held (his title, his apposition, "from / as <post>") must share a word with it
when it says anything: "dismissed Defence Minister Y and appointed X as foreign minister" is
no succession.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.kill_beside_en import past_apposition

_OFFICES = frozenset({"minister", "secretary", "chief", "head", "commander", "governor",
                      "ambassador", "president", "premier", "director", "chairman", "speaker",
                      "mayor", "prosecutor", "attorney-general", "treasurer", "spokesman"})
_NOT_THE_POST = frozenset({"adviser", "advisor", "deputy", "assistant", "envoy", "special",
                           "honorary", "acting", "interim", "caretaker"})
# words that say nothing of which post ("from his post", "the minister responsible for")
_EMPTY_WORDS = frozenset({"the", "a", "an", "his", "her", "its", "their", ",", "-", "from",
                          "of", "as", "post", "job", "role", "position", "office", "since",
                          "responsible", "for", "in", "charge", "new", "then", "longtime",
                          "long-serving", "veteran", "minister", "and", "affairs"})
_POST_END = 7  # words of the post after "as"


def _content(sr: Any, lo: int, hi: int) -> set[str]:
    """The words of tokens [lo, hi) that tell which post (no numbers, no empty words)."""
    return {sr.key(y) for y in range(lo, hi) if not sr.toks[y].punct and
            sr.key(y) not in _EMPTY_WORDS and not sr.key(y).isdigit()}


def named_as_same_post(sr: Any, t: int, g: int, old: Any, new: Any) -> bool:
    """Is *new*, named by the appointment verb at *g*, named "as" the post that *old* (the
    object of the removal verb at *t*) was removed from (module doc)?"""
    x = past_apposition(sr, new)  # "named X, his long-serving deputy, as ..."
    if sr.key(x) != "as":
        return False
    post_hi = x + 1
    while post_hi < min(sr.hi, x + 1 + _POST_END) and not sr.toks[post_hi].punct and \
            sr.key(post_hi) not in ("in", "on", "at", "after", "and", "to", "until"):
        post_hi += 1
    post_words = {sr.key(y) for y in range(x + 1, post_hi)}
    if not post_words & _OFFICES or post_words & _NOT_THE_POST:
        return False  # ("named X as his adviser": not the post Y left)
    held = _content(sr, t + 1, old.lo) | _content(sr, old.hi, g - 1)
    return not held or bool(held & _content(sr, x + 1, post_hi))
