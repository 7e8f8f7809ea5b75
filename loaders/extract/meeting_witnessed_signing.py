"""MET_WITH: leaders who witnessed a signing together (session 51).

"Egyptian President X and Greek Prime Minister Y witnessed / oversaw the signing of several
agreements", «وشهد الرئيس X ورئيس الوزراء اليوناني Y توقيع عدد من الاتفاقيات»: the people
of the subject list sat at one ceremony, so every two of them met. Only a list of two or more
named people (a single witness is told with the signers by ``meeting_ceremony_en``); not a
plan or negation, nor a remote ceremony ("by video link").

Session 70: "A, B and C attended the signing ceremony at the palace, along with D" / "A
attended the signing of the accord, along with B", «وحضر X وY مراسم / حفل التوقيع»: the subjects and the people listed after
", along with" at one signing (the writers pair "the four leaders" of it, RR3). Only "the / a
signing" right after "attended" (not "the funeral", "a conference"); ", along with" must close
the clause the verb opens (no other verb, no ", who" in between). "X signed the accord in the
presence of A (and B)" / "The accord was signed (by X) in the presence of A and B": the signer
named (the subject list, or the agent after "by") and the people present met, and the people
present met each other (``presence_at_signing_en``; writers RR5, SQ4, SR6 pair them so), when
no meeting of the signers was read there (the base reads "X and Y signed ..."). Only
"signed" at most twelve words before "in the presence of", no full stop, semicolon or "who"
between; not negated or planned, nor by video link.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.meeting_audiences_attended import apposed_more_en
from loaders.extract.meeting_press import (
    each_pair_met,
    people_before_verb_en,
    remote_en,
)

EN_WITNESSED = frozenset({"witnessed", "oversaw", "witness", "oversee"})
EN_ATTENDED_SIGNING = frozenset({"attended"})
_EN_SIGNING_VERBS = EN_WITNESSED | EN_ATTENDED_SIGNING
register_triggers(frozenset(), _EN_SIGNING_VERBS)
AR_WITNESSED = L._ar("شهد", "وشهد", "شهدا", "وشهدا")
register_triggers(AR_WITNESSED, frozenset())
AR_ATTENDED_SIGNING = L._ar("حضر", "وحضر")  # «وحضر X وY مراسم التوقيع» (session 70)
register_triggers(AR_ATTENDED_SIGNING, frozenset())
_AR_THE_SIGNING = L._ar("توقيع", "التوقيع")
_AR_SIGNING_VERBS = AR_WITNESSED | AR_ATTENDED_SIGNING
_EN_DET = frozenset({"the", "a"})
AR_SIGNING = L._ar("توقيع", "التوقيع", "مراسم", "مراسيم")  # the signing (ceremony) witnessed


def _along_with_en(sr: Any, y: int) -> list:
    """The people of ", along with D (and E)" after the signing noun at *y*, in the same
    clause (no verb-like comma clause between: at most twelve words, no "who"), else []."""
    for k in range(y + 1, min(sr.hi - 2, y + 14)):
        w = sr.key(k)
        if w in ("who", "which", ";", "while", "where", "before", "after"):
            return []
        if w == "," and sr.key(k + 1) == "along" and sr.key(k + 2) == "with":
            first = sr.after(k + 3, types=("Person",), maxgap=6)
            if first is None or first.poss:
                return []
            return sr.chain(first, ("Person",))
    return []


_EN_PRESENCE = frozenset({"presence"})
register_triggers(frozenset(), _EN_PRESENCE)
_EN_SIGNED_WORDS = frozenset({"signed", "inked"})
_NOT_YET = frozenset({"to", "will", "would", "could", "may", "might", "shall", "should", "not",
                      "never", "expected", "due", "set"})
_CLAUSE_STOPS = frozenset({".", ";", "who", "which", "while", "whereas", "met", "received",
                           "held", "visited", "said", "told", "hosted", "welcomed", "then"})


def _signers_en(sr: Any, v: int) -> list:
    """The people who signed at *v*: the and-list before an active "signed", the agent after
    "signed by" (up to the "in"), else []."""
    if sr.key(v + 1) == "by":
        m = sr.after(v + 2, types=("Person",), maxgap=3)
        return sr.chain(m, ("Person",)) if m is not None and not m.poss else []
    if sr.key(v - 1) in ("was", "were", "been", "be", "is", "are"):
        return []
    return [m for m in people_before_verb_en(sr, v)[1] if not m.poss]


def _by_including_en(sr: Any, k: int) -> list:
    """", by representatives of the parties, including X (and Y)" right after the people
    present (ending at *k*): X and Y signed; else []."""
    if sr.key(k) != "," or sr.key(k + 1) != "by":
        return []
    inc = next((y for y in range(k + 2, min(sr.hi, k + 12))
                if sr.key(y) == "including" or sr.key(y) in _CLAUSE_STOPS), None)
    if inc is None or sr.key(inc) != "including" or sr.key(inc - 1) != "," or any(
            y in sr.mention_at and sr.mention_at[y].etype == "Person" for y in range(k + 2, inc)):
        return []
    m = sr.after(inc + 1, types=("Person",), maxgap=4)
    return sr.chain(m, ("Person",)) if m is not None else []


def presence_at_signing_en(sr: Any) -> None:
    """"X signed ... in the presence of A and B": X, A and B met (module doc)."""
    for t in sr.triggers(frozenset(), _EN_PRESENCE):
        if not (sr.key(t - 1) == "the" and sr.key(t - 2) == "in" and sr.key(t + 1) == "of"):
            continue
        v = next((y for y in range(t - 3, max(sr.lo, t - 16) - 1, -1)
                  if sr.key(y) in _EN_SIGNED_WORDS or sr.key(y) in _CLAUSE_STOPS), None)
        if v is None or sr.key(v) not in _EN_SIGNED_WORDS:
            continue
        first = sr.after(t + 2, types=("Person",), maxgap=4)
        if first is None or first.poss or remote_en(sr) or sr.blocked(v, first) or \
                sr._irrealis(v) or any(sr.key(y) in _NOT_YET for y in range(max(sr.lo, v - 3), v)):
            continue  # ("is to be signed", "will be signed")
        if any(r.type == "MET_WITH" and r.sent == sr.si for r in sr.out):
            continue  # ("X and Y signed ... in the presence of Z": the signers' meeting, its
            # people present read by ``meeting_sides_en.present_partners``)
        present = apposed_more_en(sr, sr.chain(first, ("Person",)))
        people = _signers_en(sr, v) or _by_including_en(sr, present[-1].hi)
        people = people + [m for m in present if m not in people]
        if len(people) >= 2:
            each_pair_met(sr, people, "presence_at_signing_en")


def witnessed_signing_en(sr: Any) -> None:
    """"X and Y witnessed / oversaw the signing of ...": X met Y; "X (and Y) attended the
    signing ceremony, along with Z": each two of them met."""
    for t in sr.triggers(frozenset(), _EN_SIGNING_VERBS):
        y = t + 1 if sr.key(t + 1) in _EN_DET else t
        if sr.key(y + 1) != "signing":
            continue
        people = people_before_verb_en(sr, t)[1]
        if sr.key(t) in EN_ATTENDED_SIGNING:
            if y == t:
                continue  # ("attended signing ...": no article, not the rite)
            people = people + [m for m in _along_with_en(sr, y + 1) if m not in people]
        if len(people) >= 2 and not (remote_en(sr) or any(m.poss for m in people) or
                                     sr.blocked(t, people[0]) or sr._irrealis(t)):
            each_pair_met(sr, people, "witnessed_signing_en")


def witnesses_ar(sr: Any, t: int) -> list:
    """«وشهد X وY ...»: the people named right after the verb at *t* (the first with no clitic
    and no mark before it, a title at most), else []."""
    first = sr.after(t + 1, types=("Person",), maxgap=2)
    if first is None or first.prefix or any(sr.toks[y].punct for y in range(t + 1, first.lo)):
        return []
    return sr.chain(first, ("Person",))


_AR_SIGNED_V = L._ar("وقع", "ووقع", "وقعت", "ووقعت", "وقعا", "ووقعا")
AR_SIGNED_PRESENCE = L._ar("بحضور", "وبحضور")
register_triggers(AR_SIGNED_PRESENCE, frozenset())


def presence_at_signing_ar(sr: Any) -> None:
    """«وقّع الطرفان الاتفاق بحضور A وB» (session 70): the people present at one signing met
    each other (the named signers and the people present are paired by
    ``meeting_attended_ar.present_ar``). The signing verb at most twelve words before «بحضور»,
    no full stop between; not negated or planned."""
    for t in sr.triggers(AR_SIGNED_PRESENCE, frozenset()):
        v = next((y for y in range(t - 1, max(sr.lo, t - 13) - 1, -1)
                  if sr.f(y) & _AR_SIGNED_V or sr.toks[y].text in (".", "؛", ";")), None)
        if v is None or not sr.f(v) & _AR_SIGNED_V:
            continue
        first = sr.after(t + 1, types=("Person",), maxgap=4)
        if first is None or any(sr.toks[y].punct for y in range(t + 1, first.lo)):
            continue
        present = sr.chain(first, ("Person",))
        if len(present) >= 2 and not sr.blocked(v, first) and not sr._irrealis(v):
            each_pair_met(sr, present, "presence_at_signing_ar")


def witnessed_signing_ar(sr: Any) -> None:
    """«وشهد X وY توقيع ...» (VSO), «وحضر X وY مراسم التوقيع»: X met Y."""
    for t in sr.triggers(_AR_SIGNING_VERBS, frozenset()):
        people = witnesses_ar(sr, t)
        signing = _AR_THE_SIGNING if sr.f(t) & AR_ATTENDED_SIGNING else AR_SIGNING
        if len(people) < 2 or not any(sr.f(y) & signing for y in range(
                people[-1].hi, min(sr.hi, people[-1].hi + 3))) or sr.blocked(t, people[0]):
            continue
        each_pair_met(sr, people, "witnessed_signing_ar")
