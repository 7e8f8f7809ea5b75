"""Two hosts of one guest (session 61, scorer61): a gate on the learned scorer's ``actor``
candidates (``scorer_candidates.actor_candidate``: the article's main actor, named in an
earlier sentence, paired with the one person of a sentence that does not name him).

A guest received by one host and then by another meets each of them, not the two hosts each
other: «استقبل رئيس الوزراء نواف سلام وزير الخارجية الإيراني عباس عراقجي. ثم التقاه رئيس
الجمهورية جوزاف عون»، «كما استقبله X في وقت لاحق»، «واجتمع به لاحقاً X»، "X received G. Y
later met him", "Y also held talks with him"; nor the one the visitor meets next ("Hochstein
met Berri, then Mikati. He also met army chief Joseph Aoun": not Mikati - Aoun). When the
rules already met the sentence's person with a guest G (a person, not the actor) and met the
actor with G in an earlier sentence, the actor's candidate is no candidate: its sentence
tells another meeting of G's.

Not when the sentence tells that person's part in the meeting told before: an attendance
word ("The meeting was attended by X", «وحضر اللقاء X», "X joined the talks": the
``attend`` cue class of ``scorer_clauses``), "took part in", "sat in on", "together with",
«إلى جانب», or a definite meeting noun ("The meeting, hosted by X, ...", "X, who hosted the
meeting", "X, who brokered the encounter", «وجرى اللقاء بحضور»): on dev such sentences are
the gold's meetings of the actor with that person (67 of the 78 actor candidates where the
rules met the person with the actor's earlier guest), the others are the two hosts (three
of three negatives without those words: arFD4, arJS3, arES4).

The rules' relations are never touched (``$SCORER_GATES`` without "twohosts" switches the
gate off, for measuring).
"""

from __future__ import annotations

from typing import Any

from loaders.extract.scorer_attendees import ATTEND_BIT
from loaders.extract.scorer_features import SentScan, _ar

# a definite meeting noun: the meeting told before ("the meeting", «اللقاء»); not a summit
_EN_DET = frozenset({"the", "both", "that", "this"})
_EN_MEETING = frozenset({"meeting", "meetings", "talks", "encounter", "discussions", "session",
                         "sessions", "reception", "audience", "consultations"})
_EN_DET_REACH = 3  # "the closed-door talks", "the expanded bilateral meeting"
_AR_MEETING = _ar("اللقاء", "اللقاءين", "الاجتماع", "الاجتماعين", "المباحثات", "المحادثات",
                  "الاستقبال", "الجلسة", "المقابلة", "المشاورات")
_AR_CLITICS = ("و", "ف", "ب", "ل", "وب", "ول", "فب")
# a part in the meeting told before, beside the attendance words
_EN_PART = frozenset({("took", "part"), ("take", "part"), ("taking", "part"), ("takes", "part"),
                      ("sat", "in"), ("sits", "in"), ("together", "with"), ("along", "with")})
_AR_TO, _AR_SIDE = _ar("إلى", "الى"), _ar("جانب", "جانبه", "جانبها", "جانبهما")


def _ar_meeting_noun(key: str) -> bool:
    """Is the folded Arabic *key* a definite meeting noun, a proclitic aside?"""
    if key in _AR_MEETING:
        return True
    return any(key.startswith(c) and key[len(c):] in _AR_MEETING for c in _AR_CLITICS)


def _the_meeting(toks: list, lo: int, hi: int) -> bool:
    """Does the sentence name the meeting told before (a definite meeting noun) or a part in
    it ("took part", "together with", «إلى جانب»)?"""
    for k in range(lo, hi):
        t = toks[k]
        if t.punct:
            continue
        if t.ar:
            if _ar_meeting_noun(t.key):
                return True
            if t.key in _AR_TO and k + 1 < hi and toks[k + 1].key in _AR_SIDE:
                return True
            continue
        key = t.key
        if k + 1 < hi and (key, toks[k + 1].key) in _EN_PART:
            return True
        if key in _EN_MEETING:
            for j in range(max(lo, k - _EN_DET_REACH), k):
                if toks[j].key in _EN_DET and not any(toks[x].punct for x in range(j, k)):
                    return True
    return False


def two_hosts(doc: Any, si: int, person: str, actor: str,
              rels_by_sent: dict[int, list[tuple[str, str, str]]],
              scan: SentScan | None = None) -> bool:
    """Is the actor candidate (*actor*, *person*) of sentence *si* a second host of the
    actor's guest (module doc)? *rels_by_sent*: the rules' relations (type, source, target)
    per sentence; *scan*: the sentence's ``SentScan``, if made."""
    guests = set()
    for typ, src, tgt in rels_by_sent.get(si, ()):
        if typ == "MET_WITH" and person in (src, tgt):
            g = tgt if src == person else src
            if g != actor and g.startswith("person:"):
                guests.add(g)
    if not guests:
        return False
    if not any(typ == "MET_WITH" and (src == actor and tgt in guests or
                                      tgt == actor and src in guests)
               for sj, rs in rels_by_sent.items() if sj < si for typ, src, tgt in rs):
        return False
    s = doc.sents[si]
    if scan is None:
        scan = SentScan(doc.toks, s.lo, s.hi)
    if scan.read().bits & ATTEND_BIT:
        return False  # "The meeting was attended by X", «وحضر اللقاء X»
    return not _the_meeting(doc.toks, s.lo, s.hi)
