"""Two people each named as the object of another's verbs, joined by "and" + a meeting verb,
are no candidate pair of the scorer (``scorer_candidates.sentence_candidates``; session 69,
retrain69).

"Haniyeh was killed hours after he attended the swearing-in of President Masoud Pezeshkian
and met with Supreme Leader Ali Khamenei": Pezeshkian and Khamenei are the objects of
Haniyeh's two verbs ("attended the swearing-in of A", "met with B"), they did not meet each
other; so "X congratulated A and later met B", "X met A, and attended the funeral of B",
«... حضوره مراسم تنصيب A ولقائه B» (the verb or verbal noun carries the «و»). Read only when
the first of the two stands right before "and" (a comma allowed) and a meeting or attendance
word follows at once (an adverb between: "and later met", "and, separately, held talks
with"), and the rules gave one of the two a meeting in the sentence with a third party (the
verbs' subject: "he" = Haniyeh met Khamenei). Kept: "X and Y met" (no verb between), "A
arrived in Beirut and met B" (a place between), "A met B" (no "and")."""

from __future__ import annotations

from loaders.extract.mention_base import Mention
from loaders.extract.scorer_aside import tells_meeting
from loaders.extract.tokens import Tok

_AND_EN = frozenset({"and"})
_THEN_AR = frozenset({"ثم", "و"})
# adverbs between "and" and the verb ("and later met", "and, separately, held talks with")
_ADVERBS_EN = frozenset({"later", "then", "also", "separately", "subsequently", ",",
                         "afterwards", "afterward", "briefly"})
_MAX_GAP = 9  # tokens from the first one's end to the second's title
_MEETING_ROLES = frozenset({"MET_WITH>", "<MET_WITH"})


def _and_meeting_word(toks: list[Tok], x: int, end: int) -> bool:
    """Does "and" + (adverbs) + a meeting or attendance word open toks[x:end] (a comma
    first allowed), or in Arabic a meeting word carrying «و» («ولقائه»، «والتقى») or
    «ثم» + one?"""
    if x < end and toks[x].text in (",", "،"):
        x += 1
    if x >= end:
        return False
    t = toks[x]
    if t.ar:
        if t.key in _THEN_AR:
            return x + 1 < end and tells_meeting(toks[x + 1])
        return t.key[:1] == "و" and any(o == 1 for o, _st in t.stems) and tells_meeting(t)
    if t.key not in _AND_EN:
        return False
    for y in range(x + 1, end):
        if tells_meeting(toks[y]):
            return True
        if toks[y].key not in _ADVERBS_EN:
            return False
    return False


def objects_of_another(toks: list[Tok], a: Mention, b: Mention,
                       by_eid: dict[str, list[tuple[str, str]]]) -> bool:
    """Are *a* and *b* (a first) the objects of another's verbs joined by "and" + a
    meeting word (module doc)? *by_eid*: the rules' relations of the sentence by id (id ->
    [(other id, role)])."""
    end = b.tlo if a.hi <= b.tlo < b.lo else b.lo
    if end - a.hi > _MAX_GAP or not _and_meeting_word(toks, a.hi, end):
        return False
    pair = (a.eid, b.eid)
    for m in (a, b):
        for other, role in by_eid.get(m.eid, ()):
            if role in _MEETING_ROLES and other not in pair:
                return True
    return False
