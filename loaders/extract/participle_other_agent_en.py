"""English: "by hosting Z" told of someone other than the main clause's subject (session 68).

``meeting_frames_en.participle_clause_en`` pairs the subject of the main clause with the
objects of a participle after it ("X visited Baghdad, meeting Y", "X ended the rift by
hosting Z"). Two shapes give the participle another agent, and the subject met no one:

- the means of a deed the subject charges someone else with, a gerund after "of" / "for"
  (:func:`means_of_another_deed_en`, blind68a): "X accused Y of violating the deal by hosting
  Z", "X criticised Y for prolonging the war by hosting Z": the host is Y;
- a clause the subject reports, with a subject of its own (:func:`reported_other_subject_en`,
  blind68d): "X said that by hosting Y, Z had ...", "X said (that) Z had violated the accord
  by hosting Y": Z hosted Y, not the speaker X.
"""

from __future__ import annotations

from typing import Any

# a verb of saying opening a reported clause, and the auxiliaries after that clause's subject
_EN_SAID = frozenset({"said", "says", "told", "added", "argued", "warned", "noted", "insisted"})
_EN_CLAUSE_AUX = frozenset({"had", "has", "have", "was", "were", "is", "are", "would", "will"})


def means_of_another_deed_en(sr: Any, lo: int, by: int) -> bool:
    """Does "by" at *by* end the means of a deed told as a gerund after "of" / "for" between
    *lo* and it ("X accused Y of violating the deal by hosting Z")?"""
    for y in range(lo, by):
        if sr.key(y) in ("of", "for") and any(
                sr.key(z).endswith("ing") and len(sr.key(z)) > 4 and sr.key(z).isalpha()
                for z in range(y + 1, min(by, y + 5))):
            return True
    return False


def reported_other_subject_en(sr: Any, subj: Any, t: int) -> bool:
    """Does the participle at *t* belong to a clause reported by *subj* with a subject of its
    own? "X said that by hosting Y, Z had ..." (the clause opens with the participle phrase:
    its subject comes after it), "X said (that) Z had violated the accord by hosting Y"."""
    if sr.key(t - 2) == "that":
        return True
    for y in range(subj.hi, t - 1):
        if sr.key(y) not in _EN_SAID:
            continue
        z = y + 2 if sr.key(y + 1) == "that" else y + 1
        m = sr.mention_at.get(z)
        if m is None and sr.key(z) == "the":
            m = sr.mention_at.get(z + 1)
        if m is not None and m.hi < t and m.etype in ("Person", "Organization", "Country") and \
                sr.key(m.hi) in _EN_CLAUSE_AUX:
            return True
    return False
