"""Two English readings around an appointment (session 71, helper ``blind71d``).

- ``by_before_title_en``: the "by" of "X, appointed by hard-line President K to replace Y"
  when lower-case words (and their hyphens) stand between "by" and K's title: K is the
  appointer, X the successor, as without the adjective.
- ``would_be_named_en``: "(sources said) X would be named minister for political affairs,
  replacing Y": the participle after the comma is as unreal as the modal clause before it,
  however long the post's name (the modal test of ``modality`` looks only five words back).
"""

from __future__ import annotations

from typing import Any

from loaders.extract.rule_common import title_start

# modals that leave an appointment unreal ("will" stays with the decided-future reading)
_EN_UNREAL_MODALS = frozenset({"would", "could", "might", "may"})
_EN_BE_NAMED = frozenset({"named", "appointed", "nominated", "chosen", "picked", "made",
                          "elected", "promoted", "tapped", "given"})

# words that end the run of adjectives looked over ("the man who appointed X": no "by")
_EN_NO_ADJ = frozenset({"who", "which", "that", "and", "or", "to", "as", "appointed", "named",
                        "nominated", "chosen", "picked", "tapped", "installed", "selected"})


def by_before_title_en(sr: Any, m: Any) -> int | None:
    """The "by" right before *m*'s title, over at most four lower-case words and hyphens
    ("by hard-line President K", "by newly elected President K", "by pro-Western
    President K"), else None."""
    x = title_start(m) - 1
    for _ in range(5):
        if x <= sr.lo:
            return None
        if sr.key(x) == "by":
            return x
        t = sr.toks[x]
        if t.text != "-" and (t.punct or t.key in _EN_NO_ADJ or not (
                t.text[:1].islower() or sr.toks[x - 1].text == "-")):  # ("pro-Western")
            return None
        x -= 1
    return None


def would_be_named_en(sr: Any, t: int) -> bool:
    """The participle at *t* ("replacing", "succeeding") follows a comma closing a clause
    "would / could / might / may be named ...", in at most fourteen words."""
    if t - 1 <= sr.lo or sr.toks[t - 1].text != ",":
        return False
    for x in range(t - 2, max(sr.lo, t - 16), -1):
        tx = sr.toks[x]
        if tx.punct and tx.text != "-":
            return False
        if sr.key(x) in _EN_BE_NAMED and sr.key(x - 1) == "be" and \
                sr.key(x - 2) in _EN_UNREAL_MODALS:
            return True
    return False
