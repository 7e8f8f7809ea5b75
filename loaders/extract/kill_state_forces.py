"""Which id a killing by the US armed forces takes: the writers' reading of the words.

Reads the ASSASSINATED_BY pairs whose agent is ``organization:us-armed-forces`` and the words of
that body's mentions in the evidence sentence. The dev gold (``bench/agent_granularity_count.py``
on dev 2,889; docs/extraction.md, session 71, usforces71) gives the country, not the body, for
- English "U.S. / US / American forces", "U.S. troops / soldiers", "U.S. special forces",
  "Navy SEALs", "commandos" (the country 13 / 11 / 17 groups, the body 5 / 0 / 2);
- Arabic forces without the article («أن قوات أمريكية قتلت X»: 4 / 0) and special forces
  («قوات خاصة أميركية»، «وحدة من القوات الخاصة الأمريكية»: 9 / 1);
while "the U.S. military / army" (6 / 1) and the Arabic «القوات الأميركية» with the article
(26 / 6) stay the body. A sentence that names the body once in a form the writers keep keeps it.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.lexicon import EN_KILL

_BODY = "organization:us-armed-forces"
_STATE = "country:united-states"
_IRAQ, _ISF = "country:iraq", "organization:iraqi-security-forces"
# "Iraqi and U.S. forces", "U.S. and Iraqi troops": the forces of each side as the writers
# give them (the Iraqi security forces; the United States, as above)
_EN_SIDE_FORCES = {"iraqi": _ISF, "u.s.": _STATE, "us": _STATE, "american": _STATE}
_EN_FORCE_WORDS = frozenset({"forces", "troops"})
# words before the pair that make the forces a target ("attacks on Iraqi and U.S. forces")
_EN_TARGET_BEFORE = frozenset({"on", "against", "at", "fought", "attacked", "targeting",
                               "targeted", "attacking", "fighting", "with"})
_JOINT_TARGETS = frozenset({_STATE, _BODY, _IRAQ, _ISF})
_JOINT_ADJ = frozenset({"joint", "combined", "allied"})  # "by joint Iraqi and U.S. forces"
# the last English word of a mention read as the country ("U.S. forces", "American troops")
_EN_STATE_HEADS = frozenset({"forces", "force", "troops", "soldiers", "commandos", "seals",
                             "marines", "servicemen"})
# Arabic: "special" anywhere in the mention («قوات خاصة أميركية», «القوات الخاصة الأمريكية»)
_AR_SPECIAL = frozenset({"خاصة", "الخاصة"})
_AR_FORCE_ENDS = ("قوات", "قوة")


def _reads_as_state(doc: Any, m: Any) -> bool:
    """Whether the writers read this mention of the US armed forces as the country."""
    words = [t.text for t in doc.toks[m.lo:m.hi]]
    if not words:
        return False
    if not doc.toks[m.lo].ar:
        return words[-1].lower() in _EN_STATE_HEADS
    if not _AR_SPECIAL.isdisjoint(words):
        return True
    first = words[0]
    # forces without the article: «قوات أمريكية», «بقوات أميركية» (not «القوات», «للقوات»)
    for end in _AR_FORCE_ENDS:
        if first.endswith(end):
            head = first[:-len(end)]
            return len(head) <= 1 and head in ("", "و", "ب", "ف")
    return False


def _joint_sides_en(doc: Any, si: int) -> tuple[str, str] | None:
    """The two sides of "<Nat> and <Nat> forces / troops" in sentence *si* (English), if any,
    when the pair is the killing's agent: after "by" ("killed in a raid by Iraqi and U.S.
    forces", "by joint ..."), or followed by a verb of killing within three words ("Iraqi and
    U.S. forces (have) killed X"); not the subject of another clause ("A U.S. drone strike
    killed X, as Iraqi and U.S. forces pressed their offensive": review71)."""
    s = doc.sents[si]
    toks = doc.toks
    for i in range(s.lo + 1, s.hi - 2):
        if toks[i].text == "and" and toks[i + 2].text.lower() in _EN_FORCE_WORDS:
            a = _EN_SIDE_FORCES.get(toks[i - 1].text.lower())
            b = _EN_SIDE_FORCES.get(toks[i + 1].text.lower())
            if a and b and a != b and (i - 2 < s.lo
                                           or toks[i - 2].text.lower() not in _EN_TARGET_BEFORE) \
                    and _joint_agent(toks, i - 1, i + 3, s.lo, s.hi):
                return a, b
    return None


def _joint_agent(toks: list, lo: int, hi: int, s_lo: int, s_hi: int) -> bool:
    """Is the pair of sides at tokens *lo* .. *hi* (exclusive) the agent of a killing: "by"
    before it (one adjective between: "by joint"), or a verb of killing within three words
    after it?"""
    before = [toks[j].text.lower() for j in range(max(s_lo, lo - 2), lo)]
    if before[-1:] == ["by"] or (before[:1] == ["by"] and before[-1] in _JOINT_ADJ):
        return True
    return any(toks[j].text.lower() in EN_KILL for j in range(hi, min(s_hi, hi + 3)))


def _joint_forces(doc: Any, rels: list) -> list:
    """A killing by "Iraqi and U.S. forces" has both sides as agents ("killed in a raid by Iraqi
    and U.S. forces": the Iraqi security forces and the United States; the country Iraq read
    from the adjective becomes its forces)."""
    sides_of: dict[int, tuple[str, str] | None] = {}
    for r in rels:
        if r.type == "ASSASSINATED_BY" and r.target in _JOINT_TARGETS and r.sent not in sides_of:
            first = doc.toks[doc.sents[r.sent].lo]
            sides_of[r.sent] = None if first.ar else _joint_sides_en(doc, r.sent)
    if not any(sides_of.values()):
        return rels  # (no "<Nat> and <Nat> forces" in a killing's sentence: the common case)
    out = list(rels)
    have = {(r.type, r.source, r.target, r.sent) for r in rels}
    for r in rels:
        if r.type != "ASSASSINATED_BY" or r.target not in _JOINT_TARGETS:
            continue
        sides = sides_of[r.sent]
        if sides is None:
            continue
        for side in sides:
            key = ("ASSASSINATED_BY", r.source, side, r.sent)
            if key not in have:
                have.add(key)
                out.append(r._replace(target=side))
    return [r for r in out if not (r.type == "ASSASSINATED_BY" and r.target == _IRAQ
                                   and sides_of.get(r.sent) and _ISF in sides_of[r.sent])]


def state_for_forces(doc: Any, rels: list) -> list:
    """The relations, with the US armed forces as a killing's agent given to the country
    where every mention of them in the evidence sentence is a form the writers read so."""
    if not any(r.target in _JOINT_TARGETS and r.type == "ASSASSINATED_BY" for r in rels):
        return rels
    have: set | None = None  # (built on the first relation given to the country)
    out = []
    for r in rels:
        if r.target == _BODY and r.type == "ASSASSINATED_BY":
            ments = [m for m in doc.by_sent.get(r.sent, ()) if m.eid == _BODY]
            if ments and all(_reads_as_state(doc, m) for m in ments):
                if have is None:
                    have = {(q.type, q.source, q.target, q.sent) for q in rels}
                if ("ASSASSINATED_BY", r.source, _STATE, r.sent) in have:
                    continue
                have.add(("ASSASSINATED_BY", r.source, _STATE, r.sent))
                r = r._replace(target=_STATE)
        out.append(r)
    return _joint_forces(doc, out)  # (a killing's agent is still one of _JOINT_TARGETS)
