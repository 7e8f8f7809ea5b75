"""The person a piece is about, as the antecedent of a pronoun nothing nearer settles
(session 24, second round, ``pronoun``).

"he" / "she" with no person named as a subject in its sentence before it nor in the previous
sentence used to stand for the last person named, whoever it was: in a profile of Burhan,
"In August 2019 he became head of the Sovereign Council, which shared power with Prime
Minister Abdalla Hamdok. In February 2020 he met Netanyahu" gave Hamdok, and "The crash came
two months after Prigozhin's mutiny, during which he met Y" the last person of the sentences
before. The piece's subject is the more salient one: the one person its headline names, when
the body names him again before the pronoun (``topic_person``, ``topic_antecedent``).

Clause order inside one sentence: "A met X on Monday, and Y held talks with him" -- "him" is X,
the person the first clause met, before any visitor of the sentences before
(``met_before_and_en``)."""

from __future__ import annotations

from operator import attrgetter
from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.mention_core import Mention
from loaders.extract.rule_common import EN_PREDICATES, title_start

_UNSET = object()
_ETYPE = attrgetter("etype")


def topic_person(doc: Any) -> str | None:
    """The one person the first sentence (the headline) names by name, if the body names him
    again; None when it names none or several. Computed once per article."""
    got = doc.state.get("topic_person", _UNSET)
    if got is not _UNSET:
        return got
    head = {m.eid for m in doc.by_sent.get(0, ()) if m.etype == "Person" and
            m.kind == "name"}
    topic = None
    if len(head) == 1 and len(doc.sents) > 1:
        eid = next(iter(head))
        if any(m.eid == eid and m.sent > 0 for m in doc.ments):
            topic = eid
    doc.state["topic_person"] = topic
    return topic


def topic_antecedent(sr: Any, x: int) -> str | None:
    """The piece's subject for the pronoun at token *x* of the sentence of *sr*, when he was
    named before it (in an earlier sentence or earlier in this one); else None."""
    doc = sr.doc
    topic = topic_person(doc)
    if topic is None or sr.si == 0:
        return None
    for m in doc.ments:
        if m.eid == topic and (m.sent < sr.si or (m.sent == sr.si and m.hi <= x)):
            return topic
    return None


def topic_mention_ar(sr: Any, t: int, exclude: str) -> Any:
    """Arabic: the piece's subject as the person a clitic on the verb at *t* stands for
    ("استقبله الرئيس Y" opening a sentence of a profile of X: X), as a mention at *t*; not
    the verb's own subject *exclude*, and only when he was named before."""
    eid = topic_antecedent(sr, t)
    if eid is None or eid == exclude:
        return None
    tok = sr.toks[t]
    return Mention(t, t + 1, tok.start, tok.end, eid, "Person", sr.si, kind="pron", tlo=t)


def prev_with_person(doc: Any, si: int) -> int:
    """The sentence before *si* whose subject a "he" / "she" of *si* may carry: the previous
    one, or the one before it when the previous one names no person at all ("X met Y at
    Baabda. The presidency later said some of her remarks were wrong. She also called on Z":
    X; session 41, corefen). -1 for none."""
    if si >= 2 and "Person" not in map(_ETYPE, doc.by_sent.get(si - 1, ())):  # (in C)
        return si - 2
    return si - 1


_EN_ARTICLES = frozenset({"the", "a", "an"})
_EN_HOST_LEAD = frozenset({"the", "'s", "s", "'"})


def met_before_and_en(sr: Any, host: Any) -> Any:
    """English "A met X in D on Monday, and (K's emir,) Y held talks with him / received him":
    "him" is X, the person the first clause of the same sentence met, not a visitor of the
    sentences before. *host* is Y; returns X's mention or None. X must directly follow a
    meeting verb ("met X", "received X"), ", and" must open Y's clause with no verb between
    it and Y."""
    b = title_start(host)
    a = next((x for x in range(b - 1, max(sr.lo, b - 7) - 1, -1) if sr.key(x) == "and"), None)
    if a is None or a - 1 < sr.lo or sr.toks[a - 1].text != ",":
        return None
    if any(sr.f(y) & EN_PREDICATES for y in range(a + 1, b)):
        return None
    here = sr.before(a, types=("Person",), maxgap=20)
    if here is None or here.poss or here.eid == host.eid:
        return None
    v = title_start(here) - 1
    while v >= sr.lo and sr.key(v) in _EN_ARTICLES:
        v -= 1
    if v < sr.lo or sr.key(v) not in L.EN_MEET or sr.key(v) in ("talks", "session",
                                                                  "meeting", "dialogue"):
        return None
    return here
