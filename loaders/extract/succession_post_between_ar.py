"""SUCCESSOR_OF, Arabic: the post named between the successor and the predecessor, VSO
(session 21, shapear).

"ويخلف X في هذا المنصب Y"، "خلف X في الأمانة العامة للحزب Y"، "يخلف X في قيادة العمليات الفريق
Y الذي أحيل إلى التقاعد": the verb, its subject X, a phrase of في and the post (up to seven
words, no punctuation, no person, no relative pronoun; a body may name the post), then the object Y (with a title). The rule of
``successions`` reads "خلف X Y" and "خلف في المنصب Y"; a longer post phrase between the two
names made it drop the sentence. Not read: a verb after a person ("قال X إن Y خلف ..." is the
SVO rule's), "يخلف X في المنصب الذي شغله Y" (a relative clause), the blockers of the
succession rules (negation, plans, "مرشح لخلافة").
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import needs
from loaders.extract.rule_common import EMPTY, person_at
from loaders.extract.succession_inverted_ar import object_first_ar
from loaders.extract.succession_words import _AR_POST_W

SO = "SUCCESSOR_OF"
_AR_KHALAFA = L._ar("خلف", "وخلف", "فخلف", "يخلف", "ويخلف", "ليخلف", "تخلف", "وتخلف", "لتخلف")
_AR_IN = frozenset({"في", "فى"})
_AR_STOPS = L._ar("الذي", "التي", "الذين", "منذ", "بعد", "قبل", "حتى", "عندما", "حين",
                  "ان", "إن", "أن", "لكن", "ثم", "و")
# the post a joined verb's phrase must name ("في هذا المنصب"، "في رئاسة الحكومة")
_AR_POST_WORDS = _AR_POST_W | L._ar("منصب", "رئاسة", "قيادة", "الأمانة", "زعامة")
_AR_PREPS = frozenset({"ب", "ل", "مع", "من", "على", "عن", "الى", "إلى", "في", "ك"})
_PUNCT = frozenset({"،", ",", ".", "؛", ";", ":", "(", ")", "«", "»", "-", "–"})



@needs((_AR_KHALAFA, EMPTY))
def post_between_ar(sr: Any) -> None:
    """Add X -> Y for "خلف X في <post> Y" (module doc)."""
    for t in sr.triggers(_AR_KHALAFA, EMPTY):
        if sr.toks[t].key not in _AR_KHALAFA or any(
                m.etype == "Person" and m.hi <= t and t - m.hi <= 3 for m in sr.args):
            continue  # (an SVO subject before the verb: the successions rule's)
        new = person_at(sr, t + 1)
        if new is None and sr.key(t + 1) in _AR_IN and sr.toks[t].text.startswith("و"):
            # "وتعد X، ...، أول امرأة ...، وتخلف في هذا المنصب Y": the subject of the clause
            # the verb is joined to (session 71)
            new = _joined_clause_subject_ar(sr, t)
            if new is None:
                continue
            x = t + 2
        elif new is None or sr.key(new.hi) not in _AR_IN:
            continue
        else:
            x = new.hi + 1
        start = x
        old = None
        while x < min(sr.hi, start + 7):
            if sr.toks[x].text in _PUNCT or sr.key(x) in _AR_STOPS or not sr.toks[x].ar:
                break
            old = person_at(sr, x)
            m = sr.mention_at.get(x)
            if old is not None or m is not None and m.etype == "Person":
                break  # (a body in the post is part of it: "في الأمانة العامة لحزب الله")
            x += 1
        if old is None or old.eid == new.eid or x == start or sr.blocked(t, new) or (
                start == t + 2 and not any(sr.f(y) & _AR_POST_WORDS for y in range(start, x))):
            # (a joined verb's phrase must name the post: "وتخلف في ذلك اليوم X عن ..." is
            # X staying away)
            continue
        if object_first_ar(sr, new, old):  # "وخلف X (killed before) في قيادة ... اللواء Y"
            new, old = old, new
        sr.add(SO, new.eid, old.eid, "post_between_ar")


def _joined_clause_subject_ar(sr: Any, t: int) -> Any:
    """The subject shared by the clause that "وخلف / وتخلف" at *t* joins: the sentence's
    first person, before *t*, governed by no preposition, with no other person between it and
    *t*; else None."""
    first = next((m for m in sr.args if m.etype == "Person"), None)
    if first is None or first.hi > t or sr.has_prep(first, _AR_PREPS):
        return None
    if any(m.etype == "Person" and m.lo >= first.hi and m.hi <= t and m.eid != first.eid
           for m in sr.args):
        return None
    return first
