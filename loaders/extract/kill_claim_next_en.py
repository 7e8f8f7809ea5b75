"""ASSASSINATED_BY: a killing told without its agent, then claimed in the next clause or
sentence (session 21, ``shapeen``), English.

News tells the death first and the claim after it: "X was shot dead in Mosul on Monday.
Islamic State later claimed responsibility for the attack." / "X was killed in a bombing in
Mosul, and Islamic State claimed responsibility." / "A car bomb killed X. The Taliban claimed
the killing." The body or country that opens the claim clause ("<agent> (later) claimed
responsibility (for the attack / killing / bombing / it)" or "claimed the killing / the
attack"; also "the (January 15 / missile) strike", and "<agent>, which claimed the strike,")
is the agent of the killing of each person the clause before it (the previous sentence, or the
same sentence before ", and" / ";") says was killed, when no agent was read for him, or when
the only agent read is the strike's country and the claimer is a body ("An Iranian missile
strike killed X. Iran's Revolutionary Guards claimed the strike": Iran and the Guards).

A side also claims a killing by saying it was behind it: "Islamic State said it was behind the
killing of X", "The Taliban admitted they were behind the assassination of X" (the pronoun
after the verb of saying is the speaker: :func:`behind_killing_en`; not "Iraq said Iran was
behind the killing of X", an accusation).

Not read: a claim that names its own victim ("claimed the killing of Y": ``kill_claims``), a
claim of another deed ("claimed responsibility for a separate attack in Kirkuk"), a negated
claim ("Islamic State has not claimed responsibility", "no group claimed ..."), a claimer who
does not open the clause ("Officials said Islamic State claimed ..." is a report of a claim,
read the same way only when the claimer opens its own clause), a victim who died of no
killing word, a victim whose killing names its agent ("was killed by Kurdish forces").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.kill_claim_both_en import both_claimers_en
from loaders.extract.kill_claim_opening_en import (
    agent_before_apposition_en,
    plain_claim_en,
    time_opening_en,
)
from loaders.extract.rule_common import title_start

if TYPE_CHECKING:
    from loaders.extract.mentions import Mention
    from loaders.extract.relations import SentenceCore

AB = "ASSASSINATED_BY"
_AGENTS = ("Country", "Organization")
_EN_CLAIMED = frozenset({"claimed", "claims",
                         # "Israel later acknowledged / admitted responsibility" (session 51)
                         "acknowledged", "acknowledges", "admitted", "admits"})
EN_CLAIMED_NEXT = _EN_CLAIMED  # (the gate of kill_claims.claimed_the_killing_en, which runs it)
_EN_CLAIM_ADV = frozenset({"later", "has", "had", "swiftly", "quickly", "promptly",
                           "subsequently", "also", "have"})
_EN_DEEDS = frozenset({"attack", "killing", "assassination", "bombing", "shooting", "ambush",
                       "strike", "murder", "blast", "operation", "it", "attacks", "killings"})
_EN_CLAIMED_NOUNS = frozenset({"attack", "killing", "assassination", "murder", "bombing",
                               "shooting", "ambush"})
# words of a killing right after the victim ("was killed", "was shot dead", "died") or
# right before him ("killed X", "the killing of X")
_EN_KILLED_AFTER = frozenset({"killed", "assassinated", "murdered", "slain", "died", "shot",
                              "gunned"})
_EN_KILLED_BEFORE = frozenset({"killed", "killing", "assassinated", "assassination", "murdered",
                               "murder", "of"})
_EN_BE = frozenset({"was", "were", "is", "has", "been", "had", "and"})
EN_BEHIND = frozenset({"behind"})
_EN_SAID_IT = frozenset({"said", "says", "admitted", "acknowledged", "confirmed", "announced",
                         "claimed", "claims", "stated"})
_EN_IT = frozenset({"it", "they"})
_EN_WAS = frozenset({"was", "were", "is", "are"})
_EN_KILL_NOUNS = frozenset({"killing", "assassination", "murder"})


# a lower-case word that may stand between "the" and the claiming body (session 72)
_EN_AGENT_ADJ = frozenset({"rebel", "jihadist", "insurgent", "armed", "extremist", "opposition",
                           "separatist"})


def _phrase_start(sr: SentenceCore, s: int) -> int:
    """Where an agent's phrase that starts at *s* opens: before a "the" and before its own
    country's possessive ("Iran's Revolutionary Guards", session 39)."""
    if s - 1 > sr.lo and sr.key(s - 1) in _EN_AGENT_ADJ and sr.key(s - 2) == "the":
        s -= 1  # "The rebel Free Syrian Army claimed ..." (session 72)
    if s > sr.lo and sr.key(s - 1) == "the":
        s -= 1
    owner = sr.mention_at.get(s - 1) if s > sr.lo and sr.toks[s - 1].poss else None
    if owner is not None and owner.hi == s and owner.etype == "Country":
        s = owner.lo
    return s


def _claimer(sr: SentenceCore, c: int) -> tuple[Mention, int] | None:
    """The agent opening the claim clause of "claimed" at *c*, and where its clause opens."""
    y = c - 1
    while y > sr.lo and sr.key(y) in _EN_CLAIM_ADV:
        y -= 1
    if sr.key(y) == "which" and y - 2 > sr.lo and sr.toks[y - 1].text == ",":
        y -= 2  # "; U.S. Central Command, which claimed the strike, said ..." (session 39)
    m = sr.mention_at.get(y)
    apposed = m is None and sr.key(y) == ","
    if apposed:  # "X, an umbrella group led by al Qaeda, claimed" (s68)
        m = agent_before_apposition_en(sr, y, _AGENTS)
        y = m.hi - 1 if m is not None else y
    if m is None or m.hi != y + 1 or m.etype not in _AGENTS:
        return None
    s = _phrase_start(sr, title_start(m))
    if s == sr.lo and not apposed:
        return m, s
    if (s == sr.lo or time_opening_en(sr, s)) and plain_claim_en(sr, c):
        return m, sr.lo  # ("On Friday the Islamic State claimed": s68)
    if sr.toks[s - 1].text == ";" or (
            sr.key(s - 1) == "and" and s - 2 > sr.lo and sr.toks[s - 2].text == ","):
        return m, s - 1
    return None


# "claimed the (January 15 / deadly / missile) strike": the strike itself (session 39)
_EN_CLAIMED_STRIKE = _EN_CLAIMED_NOUNS | {"strike"}
_EN_DEED_MODS = frozenset({"deadly", "drone", "missile", "air", "ballistic", "rocket"}) | L.EN_MONTHS


def _past_modifiers(sr: SentenceCore, y: int) -> int:
    """The first token from *y* past up to three date words and adjectives of a deed ("January
    15", "deadly", "missile")."""
    for _ in range(3):
        if y >= sr.hi or (sr.key(y) not in _EN_DEED_MODS and not sr.toks[y].text.isdigit()):
            break
        y += 1
    return y


def _deed_claimed(sr: SentenceCore, c: int) -> bool:
    """"claimed responsibility (for the attack / for it)", "claimed the killing": a deed
    named with no victim of its own."""
    y = c + 1
    if sr.key(y) == "responsibility":
        y += 1
        if sr.key(y) != "for":
            return y >= sr.hi or sr.toks[y].punct or sr.key(y) in ("in", "on", "late")
        y += 1
        if sr.key(y) in ("the", "a", "an", "its", "his", "her", "their"):
            y += 1  # ("for his assassination": the victim of the sentence before)
        if sr.key(y) in ("deadly", "suicide", "car", "roadside", "drone"):
            y += 1
        if sr.key(y) not in _EN_DEEDS:
            return False
    elif sr.key(y) == "the" and sr.key(_past_modifiers(sr, y + 1)) in _EN_CLAIMED_STRIKE:
        y = _past_modifiers(sr, y + 1)  # "claimed the January 15 strike"
    else:
        return False
    return sr.key(y + 1) != "of" and not any(
        m.etype == "Person" and m.lo > c and m.kind != "pron" for m in sr.args)


_EN_NOT_DESCRIPTOR = frozenset({"and", "or", "by", "in", "on", "at", "with", "to", "of", "for",
                                "from", "that", "who", "which", "as", "after", "before",
                                "while", "when", "was", "were", "had", "has"})


def _past_descriptors(sr: SentenceCore, lo: int, b: int) -> int:
    """The token before up to three descriptor words that the mention's title does not hold
    ("killed Kurdish businessman X": "killed"); *b* itself when no killing word is there."""
    toks = sr.doc.toks
    for y in range(b, max(lo, b - 3) - 1, -1):
        if toks[y].key in _EN_KILLED_BEFORE and toks[y].key != "of":
            return y
        if toks[y].punct or y in sr.mention_at or toks[y].key in _EN_NOT_DESCRIPTOR:
            break
    return b


def _killed_in(sr: SentenceCore, si: int, lo: int, hi: int) -> list[Mention]:
    """The people sentence *si* says were killed in tokens [lo, hi)."""
    toks = sr.doc.toks
    out = []
    # a group before the title: "killing Kataib Hezbollah commander X" (its last token -> it)
    groups = {m.hi - 1: m for m in sr.doc.by_sent.get(si, ()) if m.etype == "Organization"}
    for m in sr.doc.by_sent.get(si, ()):
        if m.etype != "Person" or m.lo < lo or m.hi > hi or m.poss:
            continue
        after = False
        for y in range(m.hi, min(hi, m.hi + 4)):
            k = toks[y].key
            if k in _EN_KILLED_AFTER:
                after = not any(toks[z].key == "by" and toks[z + 1].key not in ("a", "an")
                                for z in range(y + 1, min(hi - 1, y + 3)))
                break  # (not "was killed by Kurdish forces": an agent of its own; "by a car
                # bomb", "by a gunman" names none: session 68)
            if toks[y].punct or k not in _EN_BE:
                break
        b = title_start(m) - 1
        if b in groups and title_start(m) < m.lo:
            b = groups[b].lo - 1
        b = _past_descriptors(sr, lo, b)  # "killed (Kurdish) businessman X"
        before = b >= lo and toks[b].key in _EN_KILLED_BEFORE and (
            toks[b].key != "of" or toks[b - 1].key in ("killing", "assassination", "murder"))
        if after or before:
            out.append(m)
        if before:
            out += [n for n in _listed_after(sr, si, m, hi) if n not in out]
    return out


# ("killed A, his deputy B and C": a possessive before the next one's title, session 72)
_EN_LIST_GAPS = ([","], ["and"], [",", "and"], [",", "his"], ["and", "his"], [",", "and", "his"],
                 [",", "her"], ["and", "her"], [",", "and", "her"])


def _listed_after(sr: SentenceCore, si: int, first: Mention, hi: int) -> list[Mention]:
    """The people listed after *first* in sentence *si* before *hi*, joined by commas and "and"
    only ("killed A, B and C", "killed Defense Minister A and army chief B": B and C, session
    69); the list stops at any other word (a possessive "Assad's", "and wounded C")."""
    toks = sr.doc.toks
    out, cur = [], first
    owner = None  # "killed A, Assad's brother-in-law B and C": the possessor before B's kin
    for m in sorted(sr.doc.by_sent.get(si, ()), key=lambda n: n.lo):
        if m.lo < cur.hi or owner is not None and m.lo < owner.hi:
            continue
        if owner is not None:  # one or two lower-case kin words after the possessor
            kin = [toks[y].text for y in range(owner.hi, title_start(m))]  # ("brother-in-law")
            if not 0 < len(kin) <= 5 or not all(w == "-" or w.isalpha() and w.islower()
                                                for w in kin):
                break
            owner = None
        elif [toks[y].key for y in range(cur.hi, title_start(m))] not in _EN_LIST_GAPS:
            break
        elif m.etype == "Person" and m.poss and m.hi < hi:
            owner = m  # (session 70)
            continue
        if m.etype != "Person" or m.poss or m.hi > hi:
            break
        out.append(m)
        cur = m
    return out


def _irrealis_window(sr: SentenceCore, c: int) -> int:
    """How far back from the claim at *c* a threat, demand or accusation governs it: up to the
    comma closing an apposition of the claimer ("Al-Shabab, the group that Washington accuses of
    links to al-Qaida, claimed ...": the accusation is the apposition's, not a report of the
    claim; session 69), else the usual eight words."""
    y = c - 1
    while y > sr.lo and sr.key(y) in _EN_CLAIM_ADV:
        y -= 1
    return c - y if sr.key(y) == "," else 8


def claimed_next_en(sr: SentenceCore) -> None:
    """"X was killed ... . <agent> (later) claimed responsibility (for the attack)" and
    "X was killed ..., and <agent> claimed responsibility": X by the agent."""
    for c in sr.triggers(frozenset(), _EN_CLAIMED):
        found = _claimer(sr, c)
        both = both_claimers_en(sr, c) if found is None else []
        if both:
            found = (both[1], sr.lo)  # "A and B both claimed responsibility" (session 70)
        if found is None or not _deed_claimed(sr, c):
            continue
        agent, opens = found
        if sr.blocked(c, agent) or sr._irrealis(c, _irrealis_window(sr, c)):
            continue
        had_any = {r.source for r in sr.out if r.type == AB}
        had = {r.source for r in sr.out if r.type == AB and not r.target.startswith("country:")}
        for a in both or [agent]:
            _claimed_by(sr, a, opens, had_any, had)


def _claimed_by(sr: SentenceCore, agent: Mention, opens: int, had_any: set[str],
                had_body: set[str]) -> None:
    """The people killed in the clause before the claim (opening at *opens*) by *agent*;
    *had_any* / *had_body*: the victims with an agent / an agent that is no country, before
    the claim was read."""
    if opens > sr.lo:
        victims = _killed_in(sr, sr.si, sr.lo, opens)
    else:
        victims = _killed_before(sr)
    ids = [v.eid for v in victims] if victims or opens > sr.lo else _two_back(sr)
    # a victim with an agent already keeps it alone, unless that agent is only the
    # country of the strike and a body claims it ("An Iranian missile strike killed X;
    # the Revolutionary Guards claimed the attack": Iran and the Guards, session 39)
    done = had_body if agent.etype == "Organization" else had_any
    for v in ids:
        if v not in done and v != agent.eid:
            sr.add(AB, v, agent.eid, "claimed_next_en")


_BACK = 3  # sentences back to the killing
# a word of a sentence between the killing and its claim that may tell another deed or claim
_EN_OTHER_DEED = frozenset({"separate", "another", "elsewhere", "meanwhile", "claimed",
                            "claims", "earlier", "previous", "last", "ago"})


def _two_back(sr: SentenceCore) -> list[str]:
    """The people the nearest sentence two or three back says were killed with no agent
    (``kill_claim_later.note_unclaimed``) when the sentences between name nobody killed and
    tell no other deed: "X was killed in a car bomb on Monday. Two of his companions were
    also killed. A previously unknown group claimed responsibility for the killing" (session
    72, ``recall72``)."""
    noted = sr.doc.state.get("unclaimed", ())
    toks = sr.doc.toks
    for back in range(1, _BACK):
        if sr.si - back < 1:
            return []
        between = sr.doc.sents[sr.si - back]
        if any(toks[y].key in _EN_OTHER_DEED for y in range(between.lo, between.hi)):
            return []
        dead = [e for s_, _hi, e in noted if s_ == sr.si - back - 1]
        if dead:
            return list(dict.fromkeys(dead))
    return []


_EN_KILL_KEYS = (_EN_KILLED_AFTER | _EN_KILLED_BEFORE) - {"of"}


def _killed_before(sr: SentenceCore) -> list[Mention]:
    """The people killed in the sentence before the claim; when that sentence tells no
    killing, in the one before it, up to three back ("... killing A, B and C. A was ... . B,
    a former minister, was ... . <agent> claimed responsibility": the sentences between only
    describe the dead; session 72). A sentence between that holds a killing word stops it, and
    so does one that may tell another deed ("In a separate attack, ...": ``_EN_OTHER_DEED``,
    recall72's guard)."""
    toks = sr.doc.toks
    for si in range(sr.si - 1, max(-1, sr.si - 4), -1):
        prev = sr.doc.sents[si]
        victims = _killed_in(sr, si, prev.lo, prev.hi)
        if victims or any(toks[y].key in _EN_KILL_KEYS for y in range(prev.lo, prev.hi)):
            return victims
        if any(toks[y].key in _EN_OTHER_DEED for y in range(prev.lo, prev.hi)):
            return []
    return []


# verbs of an admission: "Defence Minister Israel Katz acknowledged that Israel was behind
# the killing" is the agent's own side conceding it (not "Iraq said Iran was behind ...")
_EN_ADMITTED = frozenset({"acknowledged", "admitted", "conceded", "confessed", "acknowledges",
                          "admits"})


def _opens_sentence(sr: SentenceCore, agent: Mention) -> bool:
    """Whether *agent* opens the sentence, alone, behind "the" or behind its own country
    ("Israel's Mossad was behind ..."): the writer states it, no one is said to believe it
    (session 58)."""
    return _phrase_start(sr, agent.lo) == sr.lo


def _speaker_agent(sr: SentenceCore, y: int) -> Mention | None:
    """The agent of "<agent> said (that) it was behind ...", *y* on the word before "was"
    ("it" / "they"; the speaker is the agent), of "<speaker> acknowledged (publicly, for the
    first time) that <agent> was behind ..." (an admission) or of "<agent> was behind ..."
    opening the sentence (the writer's own statement), *y* on the agent's last token."""
    if sr.key(y) in _EN_IT:
        y -= 1
        if sr.key(y) == "that":
            y -= 1
        if sr.key(y) not in _EN_SAID_IT:
            return None
        while sr.key(y - 1) in _EN_CLAIM_ADV or sr.key(y - 1) == "publicly":
            y -= 1  # "Israel later admitted it was behind the killing"
        agent = sr.mention_at.get(y - 1)
        return agent if agent is not None and agent.hi == y and agent.etype in _AGENTS \
            else None
    agent = sr.mention_at.get(y)
    if agent is None or agent.hi != y + 1 or agent.etype not in _AGENTS:
        return None
    if _opens_sentence(sr, agent):
        return agent  # the narrator's own statement: "Israel was behind the killing of X"
    if sr.key(agent.lo - 1) != "that":
        return None
    for z in range(agent.lo - 2, max(sr.lo, agent.lo - 8) - 1, -1):
        if sr.toks[z].punct:
            return None
        if sr.key(z) in _EN_ADMITTED:
            return agent  # "... Katz publicly acknowledged for the first time that Israel"
    return None


def behind_killing_en(sr: SentenceCore) -> None:
    """"<agent> said (that) it was (had been) behind the killing / assassination / murder of
    X", "<speaker> acknowledged that <agent> was behind the assassination of X": X by the
    agent; "... behind the killing." with no victim of its own: the people the sentence before
    says were killed (session 53)."""
    for b in sr.triggers(frozenset(), EN_BEHIND):
        if sr.key(b + 1) != "the" or sr.key(b + 2) not in _EN_KILL_NOUNS:
            continue
        y = b - 1
        if sr.key(y) == "been" and sr.key(y - 1) in ("had", "has", "have"):
            y -= 2
        elif sr.key(y) in _EN_WAS:
            y -= 1
        else:
            continue
        agent = _speaker_agent(sr, y)
        if agent is None or sr.blocked(b, agent) or sr._irrealis(y):
            continue
        if sr.key(b + 3) == "of":
            victim = sr.after(b + 4, types=("Person",), maxgap=3)
            if victim is None or any(sr.toks[z].punct for z in range(b + 4, victim.lo)):
                continue
            victims = sr.chain(victim, ("Person",))
        elif (b + 3 >= sr.hi or sr.toks[b + 3].punct) and sr.si > 0 and not any(
                m.etype == "Person" and m.lo > b for m in sr.args):
            prev = sr.doc.sents[sr.si - 1]  # "X was killed in Tehran. ... Israel was behind
            victims = _killed_in(sr, sr.si - 1, prev.lo, prev.hi)  # the killing."
        else:
            continue
        for v in victims:
            if v.eid != agent.eid:
                sr.add(AB, v.eid, agent.eid, "behind_killing_en")
