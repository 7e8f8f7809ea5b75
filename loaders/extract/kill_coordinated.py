"""ASSASSINATED_BY: the killer is the subject of the first verb of a coordinated verb phrase,
far before "and killed": "U.S. forces carried out the strike on the car in eastern Baghdad
and killed X", "Israeli jets struck the building in the Dahiyeh district of southern Beirut
and killed Y" (:func:`coordinated_killer_en`, asked by the active rule of
``KillingRules.assassinated`` when no agent stands near "killed").

Not when another clause with its own subject intervenes ("... where / as / after / that
..."), not a passive first verb ("the car was struck ... and killed" has no agent there).

And a passive whose auxiliary governs two coordinated participles: "X was abducted and killed
by Y", "X was tracked and killed by Israel" (:func:`coordinated_participle_en`, session 56:
the passive rule of ``killing_rules_en`` takes the auxiliary three words back).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.mention_base import AGENT_TYPES

if TYPE_CHECKING:
    from loaders.extract.relations import SentenceCore

_EN_ACT = frozenset({"struck", "carried", "conducted", "launched", "bombed", "hit", "targeted",
                     "attacked", "raided", "fired", "shelled", "stormed", "ambushed",
                     "dropped", "opened", "bombarded", "pounded", "blew", "hunted",
                     "tracked", "surrounded", "besieged", "waged"})
_EN_STOP = frozenset({"that", "who", "which", "whom", "when", "where", "after", "before",
                      "while", "as", "because", "but", "said", "says", "say", "told", "since",
                      "if", "until", "although", "though", "and", "or", "claimed", "denied"})
_EN_ADV = frozenset({"then", "later", "also", "reportedly", "had", "has", "have", "first"})
_EN_PASSIVE = frozenset({"was", "were", "been", "be", "being", "is", "are"})
_EN_FORCE = frozenset({"jets", "warplanes", "aircraft", "drones", "drone", "troops", "forces",
                       "soldiers", "helicopters", "army", "military", "navy", "commandos",
                       "planes", "fighters", "gunships"})
_EN_PREP = frozenset({"in", "on", "at", "of", "by", "from", "near", "with", "into", "to",
                      "against", "for"})


_EN_IRREGULAR_PP = frozenset({"shot", "taken", "caught", "beaten", "hit", "held", "driven",
                              "led", "brought", "stabbed"})


def coordinated_participle_en(sr: SentenceCore, t: int) -> bool:
    """"<aux> <participle> and <killed at t>": "was abducted and killed", "were shot and
    killed" (the first participle a lower-case "-ed" word or an irregular one)."""
    if sr.key(t - 1) != "and" or t - 3 < sr.lo or sr.key(t - 3) not in _EN_PASSIVE:
        return False
    tp = sr.toks[t - 2]
    return not tp.cap and not tp.punct and (
        tp.key.endswith("ed") or tp.key in _EN_IRREGULAR_PP)


def coordinated_killer_en(sr: SentenceCore, t: int) -> str | None:
    """The agent of "killed" at *t* right after "and": the subject of the first verb of the
    coordination (a strike or raid verb, up to 30 tokens back), named or a nationality before
    a force noun ("Israeli jets"); None otherwise."""
    a = t - 1
    if sr.key(a) in _EN_ADV:
        a -= 1  # "and then / later killed"
    if sr.key(a) != "and":
        return None
    for x in range(a - 1, max(sr.lo - 1, t - 31), -1):
        k = sr.key(x)
        if k in _EN_STOP or sr.toks[x].text in (";", ":"):
            return None
        if k in _EN_ACT:
            return _subject_of(sr, x)
    return None


def _subject_of(sr: SentenceCore, v: int) -> str | None:
    """The named or national subject right before the active verb at *v*."""
    y = v - 1
    while y > sr.lo and sr.key(y) in _EN_ADV:
        y -= 1
    if sr.key(y) in _EN_PASSIVE:
        return None
    m = sr.mention_at.get(y)
    if m is not None:
        if m.hi != y + 1 or m.etype not in AGENT_TYPES or sr.key(m.lo - 1) in _EN_PREP:
            return None
        return m.eid
    if sr.key(y) in _EN_FORCE and sr.key(y - 1) not in _EN_PREP:
        lo = y - 3
        for z in range(y - 1, max(sr.lo, y - 4) - 1, -1):
            if sr.key(z) in _EN_PREP:
                lo = z + 1
                break
        return sr.nat_agent(lo, y)
    return None


# ---- Arabic: "نفذت القوات الأمريكية غارة ... وقتلت X" ------------------------------------
_AR_AND_KILLED = L._ar("وقتلت", "فقتلت", "واغتالت", "فاغتالت", "وقتلوا", "واغتالوا")
_AR_ACT = L._ar("نفذت", "نفذ", "شنت", "شن", "استهدفت", "استهدف", "قصفت", "قصف", "اغارت",
                "أغارت", "هاجمت", "هاجم", "ضربت", "اقتحمت", "اقتحم", "داهمت", "داهم",
                "نصبت", "اطلقت", "أطلقت")
# the verb with its object pronoun: "الحرب التي شنتها إسرائيل على لبنان واغتالت X"
_AR_ACT_PRON = frozenset({w + "ها" for w in _AR_ACT} | {w + "ه" for w in _AR_ACT})
_AR_STOP = L._ar("التي", "الذي", "الذين", "حيث", "بعد", "قبل", "عندما", "حين", "بينما",
                 "قال", "قالت", "ان", "أن", "إن", "انها", "أنها", "إنها", "لكن", "فيما", "كما",
                 "اعلن", "أعلن", "اعلنت", "أعلنت")
_AR_FORCE = L._ar("طائرات", "طائرة", "مقاتلات", "القوات", "قوات", "الجيش", "جيش", "مسيرة",
                  "مسيرات", "مروحيات", "الطائرات", "المقاتلات", "جنود", "الجنود")


def coordinated_killer_ar(sr: SentenceCore, t: int) -> str | None:
    """The agent of "وقتلت / واغتالت" at *t*: the subject of the first verb of the
    coordination ("نفذت القوات الأمريكية غارة على موكب قرب مطار بغداد وقتلت X", also "القوات
    الأمريكية نفذت ..."), up to 30 tokens back; None when a clause of its own intervenes."""
    if sr.toks[t].text.replace("ـ", "") not in _AR_AND_KILLED and \
            sr.key(t) not in _AR_AND_KILLED:
        return None
    own = sr.mention_at.get(t + 1)
    if own is not None and own.lo == t + 1 and own.etype in AGENT_TYPES and \
            own.etype != "Person":
        return None  # "... واغتالت إسرائيل بعدها X": the verb's own subject (review s42)
    for x in range(t - 1, max(sr.lo - 1, t - 31), -1):
        if sr.f(x) & _AR_STOP or sr.toks[x].text in ("؛", ";", ":", "."):
            return None
        if (sr.f(x) & _AR_ACT or _relative_act(sr, x, t)) and \
                not sr.toks[x].text.startswith(("و", "ف")):
            return _subject_ar(sr, x)
    return None


def _relative_act(sr: SentenceCore, x: int, t: int) -> bool:
    """"الحرب التي شنتها إسرائيل على لبنان واغتالت X": the act verb with its object pronoun
    opening a definite relative clause, "and killed" inside it (no comma between; not
    "لهجوم شنته Y على المدينة، وقتلت (القوات) خلاله X": the main clause's verb)."""
    return sr.key(x) in _AR_ACT_PRON and sr.key(x - 1) in ("التي", "الذي") and not any(
        sr.toks[y].text in ("،", ",") for y in range(x + 1, t))


def _subject_ar(sr: SentenceCore, v: int) -> str | None:
    """The named or national subject right after (VSO) or right before (SVO) the verb *v*."""
    m = sr.mention_at.get(v + 1)
    if m is not None:
        return m.eid if m.lo == v + 1 and m.etype in AGENT_TYPES else None
    if sr.f(v + 1) & _AR_FORCE:
        return sr.nat_agent(v + 1, v + 4)
    m = sr.mention_at.get(v - 1)
    if m is not None and m.hi == v and m.etype in AGENT_TYPES:
        return m.eid
    return None
