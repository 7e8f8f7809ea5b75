"""ASSASSINATED_BY: a killing told by a third party inside a relative clause about its
killer, "X, who Israel says killed Y" / "X، الذي تقول إسرائيل إنه قتل Y".

The relative clause's subject is X (English: no subject of its own after the verb of
saying; Arabic: the pronoun after إن/أن that agrees with the relative and a verb without an
object pronoun). Y was killed by X only by the speaker's account: an accusation, not a
statement (annotation conventions), and the speaker is never Y's killer. The relations of
the sentence's killing rules whose victim is named only inside such a clause are removed.

Kept: the speaker's own claim "X, who Israel says it killed" (a subject pronoun after the
verb of saying; :mod:`kill_said_it`), "X، الذي تقول إسرائيل إنها قتلته" (an object pronoun),
and the victim named before the clause ("X, who Israel says killed Y, was killed by Z").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import EMPTY

if TYPE_CHECKING:
    from loaders.extract.relations import SentenceCore

AB = "ASSASSINATED_BY"

_EN_REL = frozenset({"who", "whom"})  # (not "which": "a strike, which the army says
# killed Y" is the army's own claim)
_EN_SAY = frozenset({"says", "said", "claims", "claimed", "believes", "believed", "alleges",
                     "alleged", "suspects", "suspected", "thinks", "accuses", "insists",
                     "maintains", "contends", "asserts"})
_EN_HAD = frozenset({"had", "has", "have"})
# the verb of the gapped subject: the killing or its planning
_EN_GAP_VERBS = frozenset({"killed", "assassinated", "murdered", "eliminated", "executed",
                           "shot", "ordered", "planned", "masterminded", "orchestrated",
                           "directed", "organized", "organised", "carried", "led", "oversaw"})
_EN_BE = frozenset({"was", "is", "were", "are"})
_EN_BEHIND = frozenset({"behind", "responsible", "involved"})

_AR_REL_HE = {"الذي": L._ar("إنه", "أنه", "بأنه", "انه", "بانه"),
              "التي": L._ar("إنها", "أنها", "بأنها", "انها", "بانها"),
              "الذين": L._ar("إنهم", "أنهم", "بأنهم", "انهم", "بانهم")}
_AR_REL = L._ar(*_AR_REL_HE)
_AR_REL_HE_F = {L.ar_key(k): v for k, v in _AR_REL_HE.items()}
_AR_SAY = L._ar("تقول", "يقول", "قالت", "قال", "تزعم", "يزعم", "زعمت", "زعم", "تعتقد",
                "يعتقد", "اعتبرت", "تؤكد", "يؤكد", "أكدت", "أكد", "ذكرت", "ذكر",
                "تدعي", "يدعي", "ادعت", "ادعى", "تتهم", "يتهم", "اتهمت")
_AR_QAD = L._ar("قد", "كان")
_AR_GAP_VERBS = L._ar("قتل", "اغتال", "قتلوا", "اغتالوا", "صفى", "أعدم", "نفذ", "دبر", "خطط",
                      "أمر", "قاد", "وقف", "يقف", "كان", "شارك", "أطلق", "قتلت", "اغتالت",
                      "نفذت", "دبرت", "خططت", "أمرت", "قادت", "تقف", "كانت", "شاركت",
                      "أطلقت")


def _en_claim(sr: SentenceCore, w: int) -> int | None:
    """English relative pronoun at *w*: the position of the gapped subject's verb of "who Y
    says killed" / "who, according to Y, killed"; None otherwise."""
    y = w + 1
    if y < len(sr.toks) and sr.toks[y].text == ",":  # (a text may end at the pronoun)
        y += 1
    if sr.key(y) == "according" and sr.key(y + 1) == "to":
        for z in range(y + 2, min(sr.hi, y + 9)):
            if sr.key(z) in _EN_GAP_VERBS:
                return z
        return None
    for z in range(y + 1, min(sr.hi, y + 7)):  # the speaker: one word or more
        tz = sr.toks[z]
        if tz.punct:
            return None
        if sr.key(z) not in _EN_SAY:
            continue
        v = z + 1
        if sr.key(v) in _EN_HAD:
            v += 1
        if sr.key(v) in _EN_GAP_VERBS and sr.mention_at.get(v) is None:
            return v
        if sr.key(v) in _EN_BE and sr.key(v + 1) in _EN_BEHIND:
            return v
        return None
    return None


def _ar_claim(sr: SentenceCore, r: int) -> int | None:
    """Arabic relative pronoun at *r*: the position of the gapped subject's verb of "الذي
    تقول Y إنه قتل"; None otherwise."""
    if not sr.f(r + 1) & _AR_SAY:
        return None
    h = r - 1 if sr.toks[r - 1].text != "،" else r - 2
    if any(sr.f(x) & L.AR_STRIKE for x in (h, h - 1) if x >= sr.lo):
        return None  # "الغارة (الإسرائيلية) التي قال الجيش إنها قتلت Y": the army's own claim
    he = next((_AR_REL_HE_F[fm] for fm in sr.f(r) if fm in _AR_REL_HE_F), EMPTY)
    for z in range(r + 2, min(sr.hi, r + 8)):
        if sr.toks[z].punct:
            return None
        if sr.f(z) & he:
            if z == r + 2:
                return None  # "X، الذي قال إنه قتل Y": X's own claim, no other speaker
            v = z + 1
            if sr.f(v) & _AR_QAD:
                v += 1
            return v if sr.f(v) & _AR_GAP_VERBS else None
    return None


def _clause_end(sr: SentenceCore, v: int) -> int:
    """The end of the clause from *v*: a semicolon, or a comma not followed by a name or
    "and" (a list of victims goes on)."""
    toks = sr.toks
    for x in range(v + 1, sr.hi):
        tx = toks[x]
        if tx.text in (";", "؛"):
            return x
        if tx.text in (",", "،"):
            nxt = sr.mention_at.get(x + 1)
            if nxt is None and sr.key(x + 1) not in ("and", "و"):
                return x
    return sr.hi


def drop_claim_clause(sr: SentenceCore, start: int) -> None:
    """Remove the killing relations (from *start*) whose victim is named only inside a
    relative clause that tells someone else's claim about the clause's head."""
    if _AR_REL not in sr._by_ar and _EN_REL not in sr._by_en:
        return  # (no cue word: no trigger look-up)
    spans: list[tuple[int, int, int]] = []
    for w in sr.triggers(_AR_REL, _EN_REL):
        v = _ar_claim(sr, w) if sr.toks[w].ar else _en_claim(sr, w)
        if v is not None:
            spans.append((w, v, _clause_end(sr, v)))
    if not spans:
        return
    inside: set[str] = set()
    for w, v, end in spans:
        named = {m.eid for m in sr.args if v < m.lo < end}
        before = {m.eid for m in sr.args if m.lo < w}
        inside |= named - before
    if inside:
        sr.out[start:] = [r for r in sr.out[start:] if not (r.type == AB and
                                                            r.source in inside)]


register_triggers(_AR_REL, _EN_REL)
