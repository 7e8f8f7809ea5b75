"""MET_WITH: a pronoun and a named co-subject, "He and Y (then) met Z" / "وهو وY التقيا Z":
the person "he" stands for met whom Y met in the sentence (Y-Z is read by the usual rules).

Run from ``relations.run`` after the meeting rules, only on a sentence that opens with
"he / she and" or "وهو / وهي" and produced a MET_WITH pair (two key look-ups otherwise).

Session 60 (pool60): "he / she and Y" with a joint, face-to-face predicate and no partner of
its own, no "with Z" ("He and Talabani last sat down together in Erbil", "Erdogan flew to
Sochi, where he and Putin signed a memorandum", "where he and President Aliyev had
inaugurated a dam", "He and Pezeshkian held talks"): the person "he" stands for met Y, as "A
and Y signed / held talks" reads for two names (``reciprocal_pronoun_pair``; not by phone or
video, not negated or planned, and the pair only after the sentence's opening or a clause
word). Run from ``relations.run`` on any English sentence with "he / she and" anywhere
(``has_he_and``), whether or not a meeting rule fired.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start

if TYPE_CHECKING:
    from loaders.extract.mention_base import Mention
    from loaders.extract.relations import SentenceRules

_EN_HE = frozenset({"he", "she"})
_AR_HE = L._ar("وهو", "هو", "وهي", "هي")
MET = "MET_WITH"


def opens_with_pronoun_and(sr: SentenceRules) -> bool:
    """Does the sentence open with "He and" / "She and" / "وهو و..." (cheap test)?"""
    lo = sr.lo
    if sr.hi - lo < 4:
        return False
    toks = sr.toks  # (lo + 1 < hi: toks[x].key is sr.key(x), without a call)
    if toks[lo].ar:
        return toks[lo].key in _AR_HE and toks[lo + 1].text.startswith("و")
    return toks[lo].key in _EN_HE and toks[lo + 1].key == "and"


def _co_subject(sr: SentenceRules, start: int) -> Mention | None:
    """The person named first at *start* (with a title before the name, up to 4 words)."""
    for m in sr.args:
        if m.etype == "Person" and (m.lo == start or m.tlo == start) and m.lo <= start + 4:
            return m
    return None


def pronoun_co_subject(sr: SentenceRules, n_met: int) -> None:
    """Add MET_WITH between the person "he"/"وهو" stands for and every partner that the
    named co-subject met in this sentence (relations from index *n_met* of ``sr.out``)."""
    lo = sr.lo
    co = _co_subject(sr, lo + 1 if sr.toks[lo].ar else lo + 2)
    if co is None:
        return
    he = sr._he_at(lo)
    if he is None or he.eid == co.eid:
        return
    partners = []
    for r in sr.out[n_met:]:
        if r.type == MET and co.eid in (r.source, r.target):
            other = r.target if r.source == co.eid else r.source
            if other != he.eid and other not in partners:
                partners.append(other)
    for z in partners:
        sr.add(MET, he.eid, z, "pronoun_co_subject")


# "he and Y" + a joint face-to-face predicate (session 60)
_RECIPROCAL = frozenset({"met", "held", "sat", "signed", "inaugurated", "opened", "unveiled",
                         "co-chaired", "toured", "shook", "laid", "attended", "conferred"})
_HELD_WHAT = frozenset({"talks", "a", "an", "meetings", "consultations", "discussions",
                        "closed-door", "private", "bilateral", "separate", "joint"})
_ADVERBS = frozenset({"had", "have", "has", "then", "last", "also", "jointly", "later",
                      "together", "both", "first", "again", "briefly", "reportedly", "once"})
_OPENERS = frozenset({",", "where", "when", "as", "and", "after", "before", "then", "while",
                      "there", '"', "\u201c", "later"})
_FACE_REACH = 6  # words past the predicate where "by phone" / "video" would tell the means
_NOT_FACE = frozenset({"phone", "telephone", "call", "video", "virtual", "videoconference",
                       "remotely", "online", "letters"})


def has_he_and(sr: SentenceRules) -> bool:
    """Is there "he and" / "she and" in the (English) sentence (cheap test)?"""
    toks = sr.toks
    if toks[sr.lo].ar:
        return False
    ks = sr.key_set()  # (both words among the sentence's keys first: most sentences lack one)
    return "and" in ks and not _EN_HE.isdisjoint(ks) and any(
        toks[x].key in _EN_HE and toks[x + 1].key == "and" for x in range(sr.lo, sr.hi - 3))


def _predicate_at(sr: SentenceRules, y: int) -> bool:
    """A joint predicate at *y*: "met", "held talks", "sat down", "signed", "inaugurated" ..."""
    k = sr.key(y)
    if k not in _RECIPROCAL:
        return False
    if k == "sat":
        return sr.key(y + 1) == "down"
    if k == "held":
        return sr.key(y + 1) in _HELD_WHAT
    if k == "shook":
        return sr.key(y + 1) == "hands"
    return True


def _third_partner(sr: SentenceRules, y: int) -> bool:
    """Does the predicate at *y* have a partner of its own ("met Z", "held talks with Z")?"""
    for m in sr.args:
        if m.etype in ("Person", "Organization") and y < m.lo <= y + _FACE_REACH:
            start = title_start(m)
            if sr.key(y) == "met" and start <= y + 2 or "with" in {
                    sr.key(z) for z in range(y + 1, start)}:
                return True
    return False


def reciprocal_pronoun_pair(sr: SentenceRules) -> None:
    """MET_WITH between the person "he" stands for and the person(s) joined to it by "and"
    before a joint predicate (module doc)."""
    for x in range(sr.lo, sr.hi - 3):
        if sr.key(x) not in _EN_HE or sr.key(x + 1) != "and":
            continue
        if x > sr.lo and sr.key(x - 1) not in _OPENERS:
            continue
        co = next((m for m in sr.args if m.etype == "Person" and m.lo >= x + 2), None)
        if co is None or co.lo > x + 6 or any(sr.toks[z].punct for z in range(x + 2, co.lo)):
            continue  # ("he and Russian President Y": a nationality and a title first)
        named = sr.chain(co, ("Person",))
        y = named[-1].hi
        while y < sr.hi and sr.key(y) in _ADVERBS:
            y += 1
        if not _predicate_at(sr, y) or sr.blocked(y) or any(
                sr.key(z) in _NOT_FACE for z in range(x, min(sr.hi, y + _FACE_REACH))):
            continue  # ("held talks by phone"; not "..., and have since only spoken by phone")
        if _third_partner(sr, y):
            continue  # "he and Y held talks with Z": companions, not paired (session 41)
        he = sr._he_at(x)
        if he is None:
            continue
        for m in named:
            if m.eid != he.eid:
                sr.add(MET, he.eid, m.eid, "pronoun_and_reciprocal")
