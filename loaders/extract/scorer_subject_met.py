"""The scorer's actor pair (``scorer_candidates.actor_candidate``) left out when the
sentence's one person is the subject of its meeting and the rules read whom he met (session
69, retrain69).

"US envoy Steve Witkoff arrived ... On Tuesday, Egypt's intelligence chief Hassan Rashad met
the Hamas delegation and, separately, the Israeli team": the meeting is Rashad's with Hamas
(the rules read it), not the article's main actor Witkoff's with Rashad; so "Hezbollah leader
Hassan Nasrallah has also hosted Iraqi faction leaders" (not Kawtharani's), «والتقى رئيس
المخابرات المصرية حسن رشاد وفد حماس». Read when the rules gave the person a meeting in the
sentence with someone else than the actor, named after him, the meeting word standing
between the two and none before him (English), or (Arabic, verb first) the verb standing
right before his title. Kept: "Later he met X" (X after the verb: the actor's partner), "X
was received by the actor's host" (no partner of X read)."""

from __future__ import annotations

from loaders.extract.mention_base import Mention
from loaders.extract.scorer_features import CUE_BIT, SentScan
from loaders.extract.tokens import Tok

_MEET = CUE_BIT["MET_WITH"]
_VERB_REACH_AR = 2  # «والتقى (لاحقاً) رئيس ... X»: words between the verb and X's title


def subject_met(toks: list[Tok], lo: int, hi: int, scan: SentScan | None, b: Mention,
                actor: str, rule_rels: list[tuple[str, str, str]],
                ments: list[Mention]) -> bool:
    """Is *b*, the one person of the sentence toks[lo:hi], the subject of a meeting the rules
    read there with someone else than *actor*, named after him (module doc)? *scan*: the
    sentence's ``SentScan`` if made; *rule_rels*: the rules' relations of the sentence."""
    partners = set()
    for typ, src, tgt in rule_rels:
        if typ == "MET_WITH" and b.eid in (src, tgt):
            other = tgt if src == b.eid else src
            if other != actor:
                partners.add(other)
    if not partners:
        return False
    after = [m.lo for m in ments if m.eid in partners and m.lo >= b.hi]
    if not after:
        return False
    p_lo = min(after)
    start = b.tlo if 0 <= b.tlo < b.lo else b.lo
    if scan is None:
        scan = SentScan(toks, lo, hi)
    meets = [k for k, bits, _w in scan.read().cues or () if bits & _MEET]
    before = [k for k in meets if k < start]
    if toks[b.lo].ar and before:
        return len(before) == 1 and before[0] >= start - _VERB_REACH_AR
    return not before and any(b.hi <= k < p_lo for k in meets)
