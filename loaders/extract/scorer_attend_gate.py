"""Attendees of another meeting (session 56; called by ``scored.ScoredExtractor``, a veto on
the scorer's MET_WITH from the two candidate kinds that pair a person with someone the
sentence does not name):

- an attendee of the sentence's own meeting is no attendee of the meeting told before
  (``scorer_attendees``, kind "prior"): "Abbas met President Aoun at Baabda. He then met Prime
  Minister Salam at the Grand Serail, with Ambassador X also present" / «... ثم التقى رئيس
  الوزراء سلام، بحضور السفير X»: X attended the talks with Salam, not those with Aoun. So
  when the rules paired X with one the sentence names by name who met another it names by
  name (X - Salam, Salam - Abbas); co-attendees paired only with each other ("attended by
  X and Y") or X's meeting with one alone ("X attended the meeting, a day after talks with
  Y") keep the candidate;
- the article's main actor (``scorer_candidates.actor_candidate``, kind "actor") is no
  partner of an attendee of a meeting he was not at: "The Emir met President Abbas. The
  meeting was attended by the Prime Minister, Sheikh X." in an article whose most named person
  is someone else: X attended the Emir's talks with Abbas (the rules' latest meeting before,
  ``scorer_attendees._meeting_before``), not talks with the actor. Not when the sentence
  names several meetings ("The meetings were attended by X": the actor's may be one).

The rules' relations are never touched.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.principal_named import _ar_word
from loaders.extract.scorer_attendees import ATTEND_BIT, _meeting_before
from loaders.extract.scorer_features import SentScan, _ar


def by_sentence(rels: list) -> dict[int, list[tuple[str, str, str]]]:
    """The rules' relations (type, source, target) of each sentence (a ``Rel`` is (type,
    source, target, sentence, ...))."""
    out: dict[int, list[tuple[str, str, str]]] = {}
    for r in rels:
        out.setdefault(r[3], []).append((r[0], r[1], r[2]))
    return out


_MEETINGS = frozenset({"meetings", "sessions", "rounds"}) | _ar(
    "اللقاءات", "لقاءات", "الاجتماعات", "اجتماعات", "الجلسات", "جلسات")


def _own_meeting(b: str, named: set[str], rels: list[tuple[str, str, str]]) -> bool:
    """Did the rules place *b* at this sentence's own meeting: a MET_WITH of *b* with one it
    names (*named*: the ids it names by name), who has a MET_WITH with another it names?"""
    met: dict[str, set[str]] = {}
    for typ, src, tgt in rels:
        if typ == "MET_WITH" and src in named and tgt in named:
            met.setdefault(src, set()).add(tgt)
            met.setdefault(tgt, set()).add(src)
    return any(met.get(x, set()) - {b} for x in met.get(b, ()))


def other_meeting(cand: Any, si: int, doc: Any,
                  rels_by_sent: dict[int, list[tuple[str, str, str]]]) -> bool:
    """Does the scorer's candidate *cand* of sentence *si* pair an attendee with someone of a
    meeting he did not attend (module doc)?"""
    kind = cand.a.kind
    if kind not in ("prior", "actor"):
        return False
    ments = doc.by_sent.get(si) or ()
    if kind == "prior":
        named = {m.eid for m in ments if m.etype == "Person" and m.kind == "name"}
        return _own_meeting(cand.b.eid, named, rels_by_sent.get(si, []))
    s = doc.sents[si]
    toks = doc.toks
    if not SentScan(toks, s.lo, s.hi).read().bits & ATTEND_BIT or any(
            toks[k].key in _MEETINGS or _ar_word(toks[k]) in _MEETINGS
            for k in range(s.lo, s.hi)):
        return False  # ("the meetings were attended by X": of several, maybe the actor's)
    here = {m.eid for m in ments if m.etype == "Person"}
    _gap, prior = _meeting_before(doc, si, rels_by_sent, here)
    return bool(prior) and all(eid != cand.a.eid for eid, _t in prior)
