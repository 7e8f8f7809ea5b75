"""Whom "him" / "her" in "..., and X was named to succeed him" stands for when the same
sentence first told of an earlier succession: "He took over from Y in 2022, and X has been
named to succeed him" / "She replaced Y in 2022, and X was appointed to replace her": the one
who took over (now leaving), not the Y they once replaced."""

from __future__ import annotations

from typing import Any

_EN_SUCC_ACTIVE = frozenset({"replaced", "succeeded", "replaces", "succeeds"})
_EN_TOOK = frozenset({"took", "takes", "taking"})
_EN_PASS = frozenset({"was", "been", "is", "be", "being", "were"})


def earlier_holder(sr: Any, verb: int, new: Any) -> str | None:
    """The subject of an active succession ("S replaced / succeeded Y", "S took over from Y")
    before the appointment verb at *verb*; None when there is none."""
    for x in range(verb - 1, sr.lo, -1):
        k = sr.key(x)
        if k in _EN_SUCC_ACTIVE:
            y = x + 1
        elif k in _EN_TOOK and sr.key(x + 1) == "over":
            y = next((z + 1 for z in range(x + 2, min(verb, x + 6)) if sr.key(z) == "from"),
                     None)
            if y is None:
                continue
        else:
            continue
        if sr.key(x - 1) in _EN_PASS:
            return None  # "S was replaced by Y": S left, the existing rules resolve it
        old = sr.after(y, types=("Person",), maxgap=3)
        if old is None or old.hi > verb or old.kind != "name":
            return None
        subj = sr.subject_before(x, maxgap=12)
        if subj is None or subj.etype != "Person" or subj.eid in (new.eid, old.eid):
            return None
        return subj.eid
    return None


_EN_POST_NOUNS = frozenset({"post", "job", "position", "seat", "role", "office", "portfolio"})
_EN_WENT = frozenset({"went", "passed", "fell"})


def post_went_to_holder(sr: Any, verb: int, new: Any) -> str | None:
    """The holder in "S had been Y's deputy; his old post went to X, who was appointed to
    replace him": the person subject before "his" (S), not the possessor Y. Requires
    "his/her (old/former) post/job/... went/passed to X" with X the appointee; None else."""
    for x in range(new.lo - 1, max(sr.lo, new.lo - 3), -1):
        if sr.key(x) != "to":
            continue
        if sr.key(x - 1) not in _EN_WENT or sr.key(x - 2) not in _EN_POST_NOUNS:
            return None
        his = next((y for y in range(x - 3, max(sr.lo - 1, x - 5), -1)
                    if sr.key(y) in ("his", "her")), None)
        if his is None:
            return None
        subj = next((m for m in sr.args if m.hi <= his and m.etype == "Person" and
                     not m.poss and m.eid != new.eid), None)
        return subj.eid if subj is not None else None
    return None


_EN_POST_SKIP = frozenset({"the", "a", "an", "over", "his", "her", "its", "their"})


def post_holder_before(sr: Any, t: int, new: Any) -> str | None:
    """Whom "him" stands for in "X takes over the finance ministry from him" when the sentence
    before names several people: the one it names closest before the same post ("Y replaced
    Z, who had also run the finance ministry since W resigned": Z). The post is the words
    between the verb at *t* and "from"; None when that sentence does not name it again, or
    another person stands between the holder and it."""
    words: list[str] = []
    for x in range(t + 1, min(sr.hi, t + 8)):
        k = sr.key(x)
        if k == "from":
            break
        if sr.toks[x].punct or sr.mention_at.get(x) is not None:
            return None
        if k not in _EN_POST_SKIP:
            words.append(k)
    else:
        return None
    if not words or sr.si == 0:
        return None
    doc = sr.doc
    s = doc.sents[sr.si - 1]
    n = len(words)
    for y in range(s.lo, s.hi - n + 1):
        if [doc.toks[z].key for z in range(y, y + n)] != words:
            continue
        people = [m for m in doc.by_sent.get(sr.si - 1, ()) if m.etype == "Person" and
                  m.hi <= y and m.eid != new.eid and not m.in_title and not m.poss]
        if people:
            near = max(people, key=lambda m: m.hi)
            if y - near.hi <= 12:
                return near.eid
    return None
