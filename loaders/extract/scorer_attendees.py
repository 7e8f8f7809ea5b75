"""Session 30 (scorerrecall): candidate pairs of the learned scorer for attendees named in a
sentence after the meeting ("The talks were attended by Foreign Minister Fuad Hussein." /
"وحضر اللقاء وزير الخارجية فؤاد حسين."): each person the sentence names, paired with each
participant of the meeting the rules found in one of the three sentences before (the
nearest sentence holding a MET_WITH of the rules) whom this sentence does not name.

Counted with ``bench/scorer_recall_misses.py``: of the 233 MET_WITH pairs ``rules+scorer``
missed on (A) held out, 68 were of this kind (``b:later+att``), in all nine writers; the
candidate generator paired only mentions of one sentence. Trained with them
(``bench/scorer_generalisation.py --c 0.1``, shipped thresholds) (A) rose from +0.0487 to
+0.0590 over the rules (every writer held out gained or kept its figure), but the older-era
writers (B) fell from -0.0227 to -0.0286 (their gold pairs no attendee with the principals);
at MET_WITH 0.5, (A) +0.0532 and (B) -0.0173 (docs/extraction.md, session 30). **On by
default since the session 30 merge** (``ON``; ``$SCORER_ATTENDEES=0`` switches them off): on
the merged branch, with the bench counting only the pairs inference scores, (A) +0.0472
against +0.0403 without them and (B) -0.0128 against -0.0082; of the 5 older-era false pairs
2 are that era's convention, 3 one title error.

The participant stands as an empty mention at the sentence's start (kind ``prior``, as the
main actor of ``scorer_candidates.actor_candidate``), so the pair's features read the
sentence as they read "He met X"; each candidate also carries ``attprev`` and the
``attprev:`` features below (only these candidates have them: ``scorer_bound`` scores them
as exact, the bound never judges these pairs). Only sentences with an attendance word
(``scorer_clauses.ATTEND``) and a named person, and only pairs the rules did not relate by a
core type; the attendees only by name (not a description the mentions linked), not a person
named inside another's title or as an owner ("the envoy of President-elect Donald Trump,
Steve Witkoff").
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from loaders.extract.mention_base import Mention
from loaders.extract.scorer_features import CUES, Candidate, SentInfo, SentScan
from loaders.extract.scorer_pair import pair_features

# on unless $SCORER_ATTENDEES is "0" (read at import; module doc)
ON = os.environ.get("SCORER_ATTENDEES", "1") != "0"
ATTEND_BIT = 1 << [name for name, _words in CUES].index("attend")
LOOK_BACK = 3  # sentences before the attendees' one where the meeting may be told
_NEAR_BEFORE = 4  # an attendance word this close before the attendee (or its title) ...
_NEAR_AFTER = 8  # ... or this close after it: "attprev:near"
_GAP = ("attprev:gap=1", "attprev:gap=2", "attprev:gap=3")


def _meeting_before(doc: Any, si: int, rels_by_sent: dict[int, list[tuple[str, str, str]]],
                    here: set[str]) -> tuple[int, list[tuple[str, str]]]:
    """(how many sentences back, [(id, entity type)]) of the participants of the nearest
    MET_WITH of the rules in the LOOK_BACK sentences before *si* whom *here* does not hold;
    (0, []) if none."""
    for gap in range(1, LOOK_BACK + 1):
        sj = si - gap
        if sj < 0:
            break
        ids: list[str] = []
        for typ, src, tgt in rels_by_sent.get(sj, ()):
            if typ == "MET_WITH":
                for e in (src, tgt):
                    if e not in ids:
                        ids.append(e)
        if ids:
            types = {m.eid: m.etype for m in doc.by_sent.get(sj) or ()}
            return gap, [(e, types.get(e, "Person")) for e in ids if e not in here]
    return 0, []


_MEET_BIT = 1 << [name for name, _words in CUES].index("meet")
_NONE: frozenset[str] = frozenset()


def _meeting_here_before(b: Mention, ments: list[Mention], scan: SentScan,
                         prior: Callable[[], list[tuple[str, str]]]) -> bool:
    """Does the sentence tell a meeting of its own before its first attendance word (before
    the attendee *b*): a meeting word there and a person named there who took no part in the
    meeting told before (*prior*: its participants, made when needed)? "At the Grand Serail,
    Prime Minister Nawaf Salam received the French envoy in the presence of X", «والتقى
    (بلينكن) لاحقاً وزير الأمن يوآف غالانت بحضور رئيس الأركان X»، «واستقبل الرئيس الإيراني
    إبراهيم رئيسي رئيسَ الوزراء بحضور X»: X attended the meeting told here, not the one of the
    sentences before. Not "Before the summit, Erdogan met each of his guests in the presence
    of X" (Erdogan took part in the meeting before), "The meeting, held in the presence of X,
    ..." / "The talks were attended by A and X" (no one named before the attendance word)."""
    att = -1
    meet = False
    for k, bits, _words in scan.cues or ():
        if k >= b.lo:
            break
        if bits & ATTEND_BIT:
            att = k
            break
        if bits & _MEET_BIT:
            meet = True
    if att < 0 or not meet:
        return False
    named = {m.eid for m in ments if m.hi <= att and m.etype == "Person" and m.kind != "ref"}
    if not named:
        return False
    told = {e for e, _t in prior()}
    return not named <= told


def _near_attend(scan: SentScan, m: Mention) -> bool:
    """Does an attendance word stand just before the mention (or its title) or just after?"""
    lo = m.tlo if 0 <= m.tlo < m.lo else m.lo
    for k, bits, _words in scan.cues or ():
        if bits & ATTEND_BIT and (lo - _NEAR_BEFORE <= k < lo or m.hi <= k < m.hi + _NEAR_AFTER):
            return True
    return False


def _in_title_of(b: Mention, people: list[Mention]) -> bool:
    """Is *b* named inside the title phrase before another person's name ("the envoy of
    President-elect Donald Trump, Steve Witkoff")?"""
    if b.in_title:
        return True
    for p in people:
        if p is not b and 0 <= p.tlo < p.lo and p.tlo <= b.lo and b.hi <= p.lo:
            return True
    return False


def attendee_candidates(doc: Any, si: int, ments: list[Mention], people: list[Mention],
                        lang: str, related: set[frozenset[str]],
                        rels_by_sent: dict[int, list[tuple[str, str, str]]],
                        scan: SentScan) -> list[Candidate]:
    """The candidates of sentence *si* (module doc): *people*, its named people; *related*:
    pairs of ids the rules related by a core type (empty for training); *rels_by_sent*: the
    rules' relations (type, source, target) per sentence; *scan*: the sentence's read
    ``SentScan``."""
    if not scan.bits & ATTEND_BIT:
        return []
    here = {m.eid for m in ments}
    gap, prior = _meeting_before(doc, si, rels_by_sent, here)
    if not prior:
        return []
    s = doc.sents[si]
    roles: dict[str, set[str]] = {}
    for typ, src, tgt in rels_by_sent.get(si, ()):
        roles.setdefault(src, set()).add(typ + ">")
        roles.setdefault(tgt, set()).add("<" + typ)
    info: SentInfo | None = None
    out = []
    seen: set[str] = set()
    for b in people:
        if b.eid in seen or b.kind != "name" or b.poss or _in_title_of(b, people):
            continue
        own = _meeting_here_before(b, ments, scan,
                                   lambda: _meeting_before(doc, si, rels_by_sent, set())[1])
        # ("Salam received the envoy in the presence of X": X attended this sentence's
        # meeting; only its parties the rules read here, "His Excellency", stay partners)
        seen.add(b.eid)
        near = _near_attend(scan, b)
        for eid, etype in prior:
            if frozenset((eid, b.eid)) in related:
                continue
            if own and "MET_WITH>" not in roles.get(eid, _NONE) and \
                    "<MET_WITH" not in roles.get(eid, _NONE):
                continue
            if info is None:
                info = SentInfo(doc.toks, s.lo, s.hi, ments)
            a = Mention(s.lo, s.lo, s.start, s.start, eid, etype, si, kind="prior")
            f = pair_features(info, a, b, ments, lang, roles)
            f.append("attprev")
            f.append(_GAP[gap - 1])
            if near:
                f.append("attprev:near")
            out.append(Candidate(a, b, f))
    return out
