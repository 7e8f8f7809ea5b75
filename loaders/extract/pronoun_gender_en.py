"""English "he" / "she" never stands for a person the article gives the other gender
(session 31, subj).

"Vice President Sara Duterte, the former leader's daughter, said she ... . Marcos has pulled
Manila closer to Washington: he met Y": when the subject search falls back on the last person
named (Marcos unknown), "he" became Sara Duterte, who met Y. A wrong carry is worse than none:
:func:`gender_clash_en` tells ``subjects._he_at`` to leave the pronoun unresolved when the
article marks the chosen person with the other gender and never with the pronoun's.

The marks are read from the article itself, not from lists of names: an honorific before a
mention ("Mr." / "Ms." / "Mrs."), a gendered word in the person's title or in an apposition
right after the name ("the former leader's daughter", "spokeswoman X"), and the first
personal pronoun after the person named as a sentence's subject, before anyone else is named
("X said she ...", "X, 52, said his government ..."). Arabic marks gender on the verb and is
read by its own rules (``meeting_her``).
"""

from __future__ import annotations

from typing import Any

from loaders.extract.rule_common import title_start

_FEMALE = frozenset({"ms", "mrs", "madam", "madame", "dame", "lady", "daughter", "wife",
                     "widow", "sister", "mother", "granddaughter", "niece", "spokeswoman",
                     "chairwoman", "congresswoman", "businesswoman", "queen", "princess",
                     "sheikha", "she", "her", "hers", "herself"})
_MALE = frozenset({"mr", "son", "husband", "widower", "brother", "father", "grandson",
                   "nephew", "spokesman", "chairman", "congressman", "businessman", "king",
                   "prince", "emir", "sultan", "ayatollah", "he", "him", "his", "himself"})
_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
_APPOSITION_OPENERS = frozenset({"the", "a", "an"})
_APPOSITION_SPAN = 8  # words of an apposition read after the name
_PRONOUN_SPAN = 25  # words after a subject read for its first pronoun
_UNSET = object()


def _mark(key: str) -> str | None:
    return "f" if key in _FEMALE else "m" if key in _MALE else None


def _mention_marks(doc: Any, m: Any, first_in_sentence: bool,
                   people_at: dict[int, str]) -> set[str]:
    """The gender marks the text gives the mention *m* (see the module doc);
    *people_at*: the person named at each token."""
    toks, out = doc.toks, set()
    b = title_start(m)
    y = b - 1
    if y >= 0 and toks[y].text == ".":
        y -= 1  # "Mr. X"
    for z in [y, *range(b, m.lo)]:
        if 0 <= z < len(toks) and not toks[z].ar and toks[z].key not in _PRONOUNS:
            g = _mark(toks[z].key)
            if g:
                out.add(g)
    hi = len(toks)
    if m.hi < hi and toks[m.hi].text == "," and m.hi + 1 < hi and \
            toks[m.hi + 1].key in _APPOSITION_OPENERS:  # "X, the former leader's daughter,"
        for z in range(m.hi + 2, min(hi, m.hi + 2 + _APPOSITION_SPAN)):
            if toks[z].punct or toks[z].key in ("who", "whose", "which"):
                break
            g = _mark(toks[z].key) if toks[z].key not in _PRONOUNS else None
            if g:
                out.add(g)
    if first_in_sentence and not m.poss:
        for z in range(m.hi, min(hi, m.hi + _PRONOUN_SPAN)):
            if toks[z].ar or toks[z].text in (".", "?", "!", ";"):
                break
            other = people_at.get(z)
            if other is not None and other != m.eid:
                break
            if toks[z].key in _PRONOUNS:
                out.add("f" if toks[z].key in _FEMALE else "m")
                break
    return out


def _gender_marks(doc: Any) -> dict[str, set[str]]:
    """Every person's gender marks in the article, computed once per article."""
    got = doc.state.get("gender_marks", _UNSET)
    if got is not _UNSET:
        return got
    marks: dict[str, set[str]] = {}
    seen_sent: set[int] = set()
    people = sorted((m for m in doc.ments if m.etype == "Person" and m.kind == "name"),
                    key=lambda m: m.lo)
    people_at = {z: m.eid for m in people for z in range(m.lo, m.hi)}
    for m in people:
        first = m.sent not in seen_sent
        seen_sent.add(m.sent)
        marks.setdefault(m.eid, set()).update(_mention_marks(doc, m, first, people_at))
    doc.state["gender_marks"] = marks
    return marks


def gender_clash_en(sr: Any, x: int, eid: str) -> bool:
    """Does the article mark the person *eid* with the other gender than the pronoun at *x*
    ("he" / "she") and never with the pronoun's own?"""
    k = sr.toks[x].key
    if sr.toks[x].ar or k not in ("he", "she"):
        return False
    own = "m" if k == "he" else "f"
    marks = _gender_marks(sr.doc).get(eid, ())
    return bool(marks) and own not in marks


def gender_marks_of(doc: Any, eid: str) -> set[str]:
    """The gender marks ("m" / "f") the article gives the person *eid* (module doc)."""
    return set(_gender_marks(doc).get(eid, ()))
