"""MET_WITH (English, session 49): "X met / signed ... with his Afghan and Uzbek counterparts,
A and B": the counterparts listed after the plural noun met each other too, as Arabic "التقى
X نظيريه Y وZ" reads (``meeting_gathered_ar.counterparts_met_ar``), and the verb's subject X
met each of them (``signed_with_en`` reads the list after "counterparts" as well).

Only after a verb or noun of meeting or signing earlier in the sentence, not a call or a video
link (``meeting_press.remote_en``), not negated or hypothetical (``SentenceCore.blocked``).
Run by ``meetings_en.meetings_en`` on the cue "counterparts".

Session 68: a meeting noun whose predicate follows the list is not held when that predicate is
a plan or a cancellation ("A meeting in Moscow between X and his Turkish and Iranian
counterparts, A and B, will go ahead / was postponed": the noun's own check,
``SentenceCore.blocked``, counts a fixed number of words and stops short of a long list).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.meeting_noun_sides import EN_UNHELD
from loaders.extract.meeting_press import each_pair_met, remote_en

EN_COUNTERPARTS = frozenset({"counterparts"})
_EN_TOGETHER_VERBS = L.EN_MEET | frozenset({"signed", "signing", "hosted", "held"})
_EN_MEETING_NOUNS = frozenset({"meeting", "meetings", "talks", "summit", "session"})


def counterparts_met_en(sr: Any) -> None:
    """"... his Afghan and Uzbek counterparts, A and B": A met B (module doc)."""
    for t in sr.triggers(frozenset(), EN_COUNTERPARTS):
        verb = next((v for v in range(t - 1, sr.lo - 1, -1)
                     if sr.key(v) in _EN_TOGETHER_VERBS), None)
        if verb is None or sr.blocked(verb) or remote_en(sr):
            continue
        first = sr.after(t + 1, types=("Person",), maxgap=1)
        if first is None or any(sr.toks[x].text != "," for x in range(t + 1, first.lo)):
            continue
        members = sr.chain(first, ("Person",))
        if len(members) < 2 or _unheld_after_list(sr, verb, members[-1].hi):
            continue
        each_pair_met(sr, members, "counterparts_met_en")
        subj = sr.subject_before(verb)  # "X met / held talks with his ... counterparts"
        if subj is not None and subj.etype == "Person" and not subj.poss and \
                subj.hi <= verb and all(m.eid != subj.eid for m in members):
            for m in members:
                sr.add("MET_WITH", subj.eid, m.eid, "counterparts_met_en")


def _unheld_after_list(sr: Any, verb: int, end: int) -> bool:
    """Is the meeting noun at *verb* ("A meeting between X and his counterparts, A and B,")
    followed right after the list ending at *end* by a plan or a cancellation ("will go ahead",
    "is expected", "was postponed", "did not take place")?"""
    if sr.key(verb) not in _EN_MEETING_NOUNS:
        return False
    start = end + (sr.key(end) == ",")
    return any(sr.key(y) in EN_UNHELD for y in range(start, min(sr.hi, start + 3)))


EN_CONVENED = frozenset({"convened", "chaired", "convenes", "chairs"})
_EN_MEETING_NOUNS = frozenset({"meeting", "meetings", "session", "talks"})


def convened_with_list_en(sr: Any) -> None:
    """"X convened / chaired (his first security) meeting (,) with A, B and C" (session 49):
    A, B and C sat at one table, so they met each other too (X's own pairs come from the
    meeting rules)."""
    for t in sr.triggers(frozenset(), EN_CONVENED):
        n = next((y for y in range(t + 1, min(sr.hi, t + 6))
                  if sr.key(y) in _EN_MEETING_NOUNS), None)
        if n is None or sr.blocked(t) or remote_en(sr):
            continue
        w = n + 1 + (sr.key(n + 1) == ",")
        if sr.key(w) != "with":
            continue
        first = sr.after(w + 1, types=("Person",), maxgap=4)
        if first is None or any(sr.toks[x].punct for x in range(w + 1, first.lo)):
            continue
        members = sr.chain(first, ("Person",))
        if len(members) >= 2:
            each_pair_met(sr, members, "convened_with_list_en")
