"""SUCCESSOR_OF, Arabic: "X، الذي خلفه في منصب <title>" with no name after the post (session 38),
and "X الذي خلفه (في المنصب) (عام 2021)." with nothing after the verb but a post or a time
phrase before the clause ends (session 64, seen64).

"يعتمد K على نائبه X، الذي خلفه في منصب نائب قائد الفيلق": the title after "في منصب" is the
post, not the successor; with no name after it the relative clause's head X succeeded him (the
-ه: the person named before X). ``context_succession.khalafahu_ar`` took the title for a
person (it was linked to K, the commander) and read K succeeded X, the wrong way round.

Session 64: "في عهد الأمين العام A، ثم في عهد B الذي خلفه." / "عمل مع الرئيس A، ثم مع B الذي
خلفه عام 2021" / "وزير الخارجية A، وكذلك B الذي خلفه لاحقاً": B succeeded A (the -ه: the
person named before B) when the clause ends right after the verb's post and time phrases
(``clause_ends_at``); a word of any other kind there may be a successor the names pass missed
("X الذي خلفه حكيم الله": Hakimullah succeeded X), so nothing is read.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.rule_common import title_start


def post_title_at(sr: Any, x: int, m: Any) -> bool:
    """Is the person mention *m* found for the successor only the post's title, right at *x*
    after "في منصب" (no name of its own, nor a name right after it)?"""
    return m is not None and m.kind != "name" and m.lo == x and \
        sr.after(m.hi, types=("Person",), maxgap=0) is None


def pronoun_before_head(sr: Any, head: Any) -> str | None:
    """Whom the -ه of "X، الذي خلفه" stands for when X is the successor: the nearest person
    named before X's title in the sentence (not X), else None."""
    lo = title_start(head)
    for m in reversed(sr.args):
        if m.etype == "Person" and m.hi <= lo and m.eid != head.eid:
            return m.eid
    return None


_CLAUSE_END_MARKS = frozenset({"،", ",", ".", "؛", ";", ":", ")", "»", '"', "-", "–"})


def clause_ends_at(sr: Any, x: int) -> bool:
    """Does the clause end at token *x* (punctuation or the sentence's end)?"""
    return x >= sr.hi or sr.toks[x].text in _CLAUSE_END_MARKS
