"""Words and helpers the SUCCESSOR_OF clause rules of ``succession_clauses`` share: the person
ending at a token ("X، الرئيس السابق، ..."), the going of the predecessor ("since Y's death", "after
Y resigned", "منذ وفاة Y", "اغتيال Y": ``gone_en``, ``gone_ar``) and the Arabic appointment verbs
("عُيّن", "اختير")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L

if TYPE_CHECKING:
    from loaders.extract.mentions import Mention
    from loaders.extract.relations import SentenceCore


SO = "SUCCESSOR_OF"


PERSON = ("Person",)

COMMAS = ("،", ",")


def person_ending_at(sr: SentenceCore, end: int) -> Mention | None:
    """The person whose name ends right before token *end*."""
    m = sr.mention_at.get(end - 1)
    return m if m is not None and m.etype == "Person" and m.hi == end else None


EN_GONE_NOUN = frozenset({"death", "killing", "assassination", "resignation", "ouster",
                          "dismissal", "removal", "departure", "retirement"})

EN_GONE_VERB = frozenset({"died", "resigned", "retired", "quit", "killed", "assassinated",
                          "ousted", "dismissed", "removed", "fired", "sacked"})

AR_GONE = L._ar("اغتيال", "مقتل", "وفاة", "وفاه", "رحيل", "استشهاد", "مصرع", "استقالة",
                "استقاله", "اقالة", "اقاله", "إقالة", "تنحي", "عزل", "تقاعد")


def gone_en(sr: SentenceCore, x: int) -> Mention | None:
    """After "since/after" at *x*: the person whose going follows ("Y's death", "the death
    of Y", "Y died / was killed / resigned")."""
    y = x + 1
    if sr.key(y) == "the" and sr.key(y + 1) in EN_GONE_NOUN and sr.key(y + 2) == "of":
        return sr.after(y + 3, types=PERSON, maxgap=1)
    m = sr.after(y, types=PERSON, maxgap=1)
    if m is None:
        return None
    z = m.hi
    if m.poss and sr.key(z) in EN_GONE_NOUN:
        return m
    while sr.key(z) in ("was", "were", "had", "been", "has"):
        z += 1
    return m if sr.key(z) in EN_GONE_VERB or sr.key(z) == "stepped" and sr.key(z + 1) in (
        "down", "aside") else None


def gone_ar(sr: SentenceCore, x: int) -> Mention | None:
    """After "منذ/بعد" at *x*: the person of "وفاة / مقتل / استقالة Y"."""
    if not sr.f(x + 1) & AR_GONE:
        return None
    return sr.after(x + 1, types=PERSON, maxgap=3)  # (a mention may start at the noun)


AR_APPOINTED = L._ar("عين", "عينت", "عُيّن", "يعين", "تعيين", "اختير", "اختار", "اختارت",
                     "انتخب", "انتخبت", "سمى", "سمت", "كلف", "كلفت")


def relative_clause_end_ar(sr: SentenceCore, t: int) -> int:
    """The comma closing the relative clause "X، الذي <verb at t> ...،" (the verb right after
    "الذي / التي" after a comma), else the sentence's end: a time phrase past that comma is the
    main clause's ("قاليباف، الذي تولّى قيادتها بنفسه، في أول زيارة ... منذ اغتيال Y")."""
    if t - 2 < sr.lo or sr.key(t - 1) not in ("الذي", "التي") or \
            sr.toks[t - 2].text not in COMMAS:
        return sr.hi
    return next((x for x in range(t + 1, sr.hi) if sr.toks[x].text in COMMAS), sr.hi)
