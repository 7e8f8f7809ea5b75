"""SUCCESSOR_OF, English: a removal, then the same post given to another in the same clause
(session 60).

"In early July the premier removed Y from the post of national security adviser and gave it to
X", "K stripped Y of the intelligence service and handed it to X", "K relieved the general Y of
his command and gave it to X", "K fired Y as defence minister and handed the portfolio to X":
X took the post Y was removed from. The removed person is the object right after the removal
verb; the post is named between him and "and" ("from / of / as ..."), or as the object of the
giving verb ("the post / job / portfolio ..."); the new holder follows "to". Not: a removal
that is negated, planned or demanded (``blocked``, ``_irrealis``), "gave it to" with no post
named before ("removed Y and gave a speech to X"), a giving verb far from the removal (more
than 22 words after the removed person), another person named between the two verbs.

Session 62: an appointment instead of the giving verb, the post after the new holder ("removed
Y and named X to the post", "fired Y and appointed X to the job", "sacked Y and installed X in
the role"), and the removed one as "him" / "her" ("Y served as adviser until July 2020, when K
removed him and named X to the post": the person named first in the sentence who is not K;
after a pronoun subject "he", the subject of the sentence before).
"""

from __future__ import annotations

from typing import Any

from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import EMPTY
from loaders.extract.succession_removed_named_as_en import named_as_same_post
from loaders.extract.succession_words import _EN_POST, _SO

_EN_REMOVED = frozenset({"removed", "sacked", "dismissed", "fired", "relieved", "stripped",
                         "ousted", "removes", "sacks", "dismisses", "fires", "relieves", "strips"})
CUES = frozenset({_EN_REMOVED})
_EN_GAVE = frozenset({"gave", "handed", "passed", "entrusted", "gives", "hands", "passes",
                      "entrusts"})
_EN_APPOINTED = frozenset({"named", "appointed", "installed", "picked", "tapped", "chose",
                           "names", "appoints", "installs", "picks", "taps", "chooses"})
_EN_HIM = frozenset({"him", "her"})
_POST_MARKS = frozenset({"from", "of", "as"})  # "removed Y from the post of ..." / "as minister"
_SPAN = 22  # words from the removed person to the giving verb (past an apposition)


def _giving(sr: Any, lo: int) -> tuple[int, bool] | None:
    """The giving verb after "and" within the span from *lo*, and whether a post was marked
    between *lo* and it ("from / of / as"); None at a stop (a period, ";", a person named)."""
    marked = False
    for y in range(lo, min(sr.hi - 2, lo + _SPAN)):
        k = sr.key(y)
        if sr.toks[y].punct and sr.toks[y].text not in (",", "-"):
            return None
        m = sr.mention_at.get(y)
        if m is not None and m.etype == "Person":
            return None
        if k in _POST_MARKS:
            marked = True
        if k == "and" and (sr.key(y + 1) in _EN_GAVE or sr.key(y + 1) in _EN_APPOINTED):
            return y + 1, marked
    return None


def removed_and_gave_en(sr: Any) -> None:
    """The sentences of the module doc."""
    for t in sr.triggers(EMPTY, _EN_REMOVED):
        if sr.key(t - 1) in ("was", "were", "been", "is", "be", "being"):
            continue  # (the passive: "Y was removed ... and X named": read elsewhere)
        if sr.key(t + 1) in _EN_HIM:
            old, old_hi = _him(sr, t), t + 2  # "K removed him and named X to the post"
        else:
            old = sr.after(t + 1, types=("Person",), maxgap=4)
            old_hi = old.hi if old is not None else t
        if old is None or old.poss:
            continue
        found = _giving(sr, old_hi)
        if found is None:
            continue
        g, marked = found
        obj = g + 1
        if sr.key(g) in _EN_APPOINTED:
            _appointed_to_post(sr, t, g, old)
            continue
        if sr.key(obj) == "it":
            if not marked:
                continue  # "removed Y and gave it to X": no post named
            to = obj + 1
        else:
            post = next((y for y in range(obj, min(sr.hi, obj + 4)) if sr.key(y) in _EN_POST),
                        None)
            if post is None:
                continue
            to = post + 1
        if sr.key(to) != "to":
            continue
        new = sr.after(to + 1, types=("Person",), maxgap=3)
        if new is None or new.eid == old.eid or new.poss:
            continue
        if sr.blocked(t, old) or sr._irrealis(t):
            continue
        sr.add(_SO, new.eid, old.eid, "removed_and_gave_en")


def _him(sr: Any, t: int) -> Any:
    """"K removed him": the person named first in the sentence before *t* who is not K (the
    removal verb's subject), no possessor; None."""
    k = sr.subject_before(t)
    named = next((m for m in sr.args if m.etype == "Person" and m.hi <= t and not m.poss and
                  (k is None or m.eid != k.eid)), None)
    if named is None and (sr.key(sr.lo) in ("he", "she") or any(
            sr.key(y) in ("he", "she") and sr.toks[y - 1].text == "," for y in range(sr.lo + 1, t))):
        # "He also served as adviser until July 2020, when K removed him": the subject of
        # the sentence before
        return sr._prev_subject(exclude=k.eid if k is not None else "")
    return named


def _appointed_to_post(sr: Any, t: int, g: int, old: Any) -> None:
    """"removed Y and named X to the post / in the job" (*g*: the appointment verb): X
    succeeded Y; the post word must follow X right after "to / in (the)"."""
    new = sr.after(g + 1, types=("Person",), maxgap=2)
    if new is None or new.eid == old.eid or new.poss:
        return
    y = new.hi
    if (sr.key(y) not in ("to", "in") or sr.key(y + 1) not in ("the", "his", "her") or
            sr.key(y + 2) not in _EN_POST or sr.key(y + 3) == "of") and \
            not named_as_same_post(sr, t, g, old, new):  # "... and named X as foreign minister"
        return  # ("named X to the post of adviser": another post)
    if sr.blocked(t, old) or sr._irrealis(t):
        return
    sr.add(_SO, new.eid, old.eid, "removed_and_gave_en")


register_triggers(EMPTY, _EN_REMOVED)
