"""ASSASSINATED_BY: the filters that drop a killing's agent, run last by ``more_killings``.

Drops an agent named only in an accusation ("Iran accused Israel of killing X", "اتهمت إيران
إسرائيل بقتل X"), as the subject of a negated verb ("Israel did not claim the strike that
killed X"), inside a conditional ("If the US had killed X, ...", "لو قتلت ..."), in an
infinitive ("vowed to kill X"), under suspicion or charges ("on suspicion of ordering the
killing of X"), a victim who is only a relative ("X, whose brother was killed in an Israeli
strike"), a description misread as the victim, and a country named only through its armed
forces ("U.S. forces" -> the forces, not the country, when a commander is named).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.arabic_name_words import _bare_text
from loaders.extract.dispatch import needs
from loaders.extract.kill_claims_verdicts import (
    _AR_KILL_WORDS_W,
    _AR_SUSPECT,
    _EN_KILL_WORDS_W,
    _EN_SUSPECT,
)
from loaders.extract.kill_clause_helpers import _described_before, _kin_of
from loaders.extract.kill_cues import _AGENTS, _AR_CUES, _EN_CUES, AB
from loaders.extract.kill_nouns import complicity_agents
from loaders.extract.kill_orderers import _negated_clause
from loaders.extract.kill_said_it import ARMIES
from loaders.extract.national_armies import EN_ARMY_HEADS
from loaders.extract.orders import EN_ORDERED as _EN_ORDERED
from loaders.extract.rule_common import EMPTY, title_start

_EN_INF_KILL = L.EN_KILL_BASE
_EN_DONE_KILL = frozenset({"killed", "assassinated", "killing", "assassination", "slain", "died",
                           "death", "eliminated", "murdered", "martyred"})


@needs((EMPTY, _EN_INF_KILL))
def drop_infinitive(sr: Any, start: int) -> None:
    """"Israel threatened/tried/vowed to kill X": an intention, not a killing. When the only
    killing words of the sentence are infinitives, its killing relations are removed."""
    inf = [x for x in sr.triggers(EMPTY, _EN_INF_KILL) if sr.key(x - 1) == "to"]
    if not inf or sr.triggers(EMPTY, _EN_DONE_KILL):
        return
    sr.out[start:] = [r for r in sr.out[start:] if r.type != AB]


# ---- blame, accusation, a negated agent -----------------------------------------------------
_EN_ACCUSE = frozenset({"accused", "accuses", "accusing", "blamed", "blames", "blaming",
                        "alleged", "alleges", "alleging", "held", "holds"}) | \
    L.EN_ATTRIBUTED  # "an airstrike attributed to Israel killed X", as "blamed on" (s69)
_HOLD_WORDS = frozenset({"held", "holds"}) | L._ar("حمل", "حملت", "يحمل", "تحمل", "حملوا")
_AR_ACCUSE = L._ar("اتهم", "اتهمت", "يتهم", "تتهم", "حمل", "حملت", "يحمل", "تحمل", "حملوا",
                   "اتهموا") | L._ar(*(v + p for v in ("اتهم", "اتهمت", "يتهم", "تتهم")
                                       for p in ("ه", "ها", "هم"))) | \
    L.AR_ATTRIBUTED | L._ar("نسبها")  # «غارة نُسبت إلى إسرائيل» (s69)


_IN_PLACE = frozenset({"in"}) | L._ar("في")


@needs((_AR_ACCUSE, _EN_ACCUSE))
def drop_accused(sr: Any, start: int) -> None:
    """"Iran accused Israel of killing X" / "اتهمت إيران إسرائيل بقتل X": an accusation,
    not a statement. A relation of this sentence whose agent and victim are both named after
    an accusation verb is removed (a victim named before it keeps its relation: "X was
    killed in an Israeli strike, and Iran accused ...")."""
    cues = [c for c in sr.triggers(_AR_ACCUSE, _EN_ACCUSE) if not (
        sr.f(c) & _HOLD_WORDS) or any(  # "held X responsible", not "held talks"
        sr.key(y) in ("responsible", "accountable") or sr.key(y).lstrip("وبال").startswith(
            ("مسوول", "مسؤول")) for y in range(c + 1, min(sr.hi, c + 8)))]
    if not cues:
        return
    c = cues[0]
    after = {m.eid for m in sr.args if m.lo > c}
    # (a place told before is no agent named before: "اغتيال X في طهران، في هجوم حمّلت الحركة
    # وإيران إسرائيل المسؤولية عنه": Tehran, where, names Iran, the accuser; session 29)
    before = {m.eid for m in sr.args if m.lo < c and sr.key(m.lo - 1) not in _IN_PLACE}
    stated = complicity_agents(sr, c)  # "accused him of complicity in the U.S. killing of X"
    # "X was assassinated in Tehran, and Iran accused Israel of being behind it": an agent
    # named only in the accusation (not before it, not as an adjective before it)
    only_accused = after - before - stated - _adjective_agents(sr, c)
    sr.out[start:] = [r for r in sr.out[start:] if not (
        r.type == AB and r.target in only_accused and (r.source in before or (
            r.source in after and r.source not in before)))]


def _adjective_agents(sr: Any, hi: int | None = None) -> set[str]:
    """Countries named by a nationality adjective outside any mention ("an Israeli strike"),
    before token *hi* when given."""
    out = set()
    for x in range(sr.lo, sr.hi if hi is None else hi):
        if sr.mention_at.get(x) is None:
            for fm in sr.f(x):
                c = L.NATIONALITY.get(fm) or L.NATIONALITY.get("ال" + fm)
                if c:
                    out.add(c)
    return out


_AR_NEG = L.AR_NEG | frozenset("و" + w for w in L.AR_NEG) | frozenset("ف" + w for w in L.AR_NEG)


@needs((_AR_NEG, L.EN_NEG))
def drop_negated_agent(sr: Any, start: int) -> None:
    """"Israel did not claim the strike that killed X" / "لم تعلن إسرائيل مسؤوليتها عن الغارة
    التي قتلت X": the agent is only named as the subject of a negated verb."""
    if not sr.triggers(_AR_NEG, L.EN_NEG):
        return
    neg = set()
    cues = sr.triggers(_AR_CUES, _EN_CUES)
    for m in sr.args:
        if m.etype not in _AGENTS:
            continue
        b = title_start(m) - 1
        if sr.key(b) == "by" and sr.key(b - 1) in _EN_ORDERED and _negated_clause(sr, b - 1):
            neg.add(id(m))  # "a strike that was not ordered by X"
            continue
        if not any(c > m.hi for c in cues):
            continue  # the killing is told before the agent: "the killing of X by Y would not"
        if sr.key(b) in ("by", "يد", "ايدي", "من"):
            continue  # an agent phrase, not the subject of the negated verb
        window = range(max(sr.lo, m.lo - 2), min(sr.hi, m.hi + 3))
        if any((L.AR_NEG if sr.toks[y].ar else L.EN_NEG) & {sr.key(y)} or
               sr.toks[y].text.lower().endswith("n't") for y in window if y < m.lo or
               y >= m.hi):
            neg.add(id(m))
    if not neg:
        return
    bad = set()
    for r in sr.out[start:]:
        if r.type != AB:
            continue
        ms = [m for m in sr.args if m.eid == r.target]
        if ms and all(id(m) in neg for m in ms) and r.target not in _adjective_agents(sr):
            bad.add((r.source, r.target))
    if bad:
        sr.out[start:] = [r for r in sr.out[start:] if not (r.type == AB and
                                                            (r.source, r.target) in bad)]


# ---- conditionals ------------------------------------------------------------------------
_AR_IF = L._ar("لو", "لولا")
_IF_KEYS = _AR_IF | {"if", "unless"}  # (drop_conditional's words of either script)


def drop_conditional(sr: Any, start: int) -> None:
    """"If the United States had killed X, ..." / "لو اغتالت ...": no statement of a killing;
    the relations the sentence's rules drew from such a clause are removed."""
    if sr.key_set().isdisjoint(_IF_KEYS):
        return  # (most sentences: no conditional word, no scan)
    toks = sr.toks
    cond = next((x for x in range(sr.lo, sr.hi) if (toks[x].key in ("if", "unless") and
                                                     not toks[x].ar) or
                 (toks[x].ar and toks[x].key in _AR_IF)), None)
    if cond is None:
        return
    end = next((x for x in range(cond + 1, sr.hi) if toks[x].text in (",", "،")), sr.hi)
    inside = {m.eid for m in sr.args if cond < m.lo < end}
    sr.out[start:] = [r for r in sr.out[start:] if not (r.type == AB and r.source in inside)]


# ---- "X, whose brother was killed in an Israeli strike": a relative, not X -----------------
_EN_WHOSE = frozenset({"whose"})
_EN_SUBORD_W = frozenset({"after", "when", "before", "as"})
_EN_WHOSE_DIED = frozenset({"killed", "assassinated", "died", "slain", "martyred", "murdered"})
_EN_WHOSE_NOUNS = frozenset({"killing", "assassination", "death", "murder", "martyrdom"})
_AR_KIN_STEMS = ("شقيق", "نجل", "ابن", "ابنا", "ابناء", "اشقاء", "زوج", "اخ", "اخو", "اخي",
                 "حفيد", "احفاد", "والد", "ابو", "ابي", "عم", "خال", "صهر", "مرافق", "مرافقي",
                 "حارس", "سائق", "نجلا", "نجلي", "زوجت", "ابنت", "شقيقت", "والدت", "ام",
                 "اقارب", "افراد")
_AR_KIN_POSS = L._ar(*(st + suf for st in _AR_KIN_STEMS for suf in ("ه", "ها", "هما", "هم")))
_AR_REL_PASS = L._ar("قتل", "اغتيل", "استشهد", "قضى", "سقط", "قتلا", "استشهدا", "قتلوا",
                     "استشهدوا", "اغتيلا")


def _kin_clauses(sr: Any) -> list[tuple[Any, int, int]]:
    """(head, lo, hi) of each relative clause that tells the killing of the head's relative
    or companion: "X, whose brother/three sons were killed ...", "X، الذي قُتل شقيقه/نجله
    ..."; the clause ends at the next comma."""
    if _EN_WHOSE not in sr._by_en and _AR_REL_PASS not in sr._by_ar:
        return []  # (most sentences: no cue word, no trigger look-ups)
    out = []
    for w in sr.triggers(EMPTY, _EN_WHOSE):
        if sr.key(w + 1) in _EN_WHOSE_NOUNS:
            continue  # "X, whose killing ...": X himself
        v = next((y for y in range(w + 2, min(sr.hi, w + 7)) if sr.key(y) in _EN_WHOSE_DIED),
                 None)
        head = sr.before(w, types=("Person",), maxgap=2)
        if v is not None and head is not None:
            out.append((head, w, _clause_end(sr, v)))
    for t in sr.triggers(_AR_REL_PASS, EMPTY):
        if sr.key(t - 1) not in ("الذي", "التي", "الذين") or not sr.f(t + 1) & _AR_KIN_POSS:
            continue
        head = sr.before(t - 1, types=("Person",), maxgap=2)
        if head is not None:
            out.append((head, t - 1, _clause_end(sr, t)))
    return out


def _clause_end(sr: Any, x: int) -> int:
    return next((y for y in range(x, sr.hi) if sr.toks[y].text in (",", "،")), sr.hi)


def _agents_outside(sr: Any, lo: int, hi: int) -> set[str]:
    """Countries and bodies named (as mentions or nationality adjectives) outside [lo, hi)."""
    out: set[str] = set()
    for x in list(range(sr.lo, lo)) + list(range(hi, sr.hi)):
        m = sr.mention_at.get(x)
        if m is not None:
            out.add(m.eid)
        for fm in sr.f(x):
            nat = L.NATIONALITY.get(fm) or L.NATIONALITY.get("ال" + fm)
            if nat:
                out.add(nat)
    return out


@needs((EMPTY, _EN_SUBORD_W))
def drop_misread_description(sr: Any, start: int) -> None:
    """"X replaced Y after the general and Z were killed": a description lookup may give
    "the general" someone else named earlier (the last person of that rank or the article's
    latest); it is Y, so that other person's killing relations of this sentence go."""
    for t in sr.triggers(EMPTY, _EN_SUBORD_W):
        d = sr.mention_at.get(t + 1) or sr.mention_at.get(t + 2)
        if d is None or d.kind == "name" or d.etype != "Person":
            continue
        described = _described_before(sr, t)
        if described is None or described.eid == d.eid:
            continue
        if any(m.eid == d.eid and m.kind == "name" for m in sr.args):
            continue  # also named in the sentence
        sr.out[start:] = [r for r in sr.out[start:] if not (r.type == AB and
                                                             r.source == d.eid)]


_AR_KIN_OF = L._ar("نجل", "شقيق", "شقيقة", "ابن", "ابنة", "ابناء", "أبناء", "نجلي", "زوجة",
                   "زوج", "اخ", "اخو", "اخي", "حفيد", "احفاد", "والد", "والدة", "مرافق",
                   "مرافقي", "حارس", "سائق", "اقارب", "عائلة", "اشقاء", "صهر")


def _kin_mention(sr: Any, m: Any) -> bool:
    """Is *m* named only as the one whose relative or guard is meant: "the brother of X",
    "X's sons", "شقيق X", "ثلاثة من أبناء X"?"""
    if sr.toks[m.lo].ar:
        b = title_start(m)  # "نجل X" may be read as a title of X
        return bool(sr.f(b) & _AR_KIN_OF) and b + 1 == m.lo and not _kin_his(sr, b) or \
            b - 1 >= sr.lo and bool(sr.f(b - 1) & _AR_KIN_OF) and not _kin_his(sr, b - 1)
    return _kin_of(sr, m)


def _kin_his(sr: Any, x: int) -> bool:
    """A kin noun with a possessive pronoun ("شقيقه يحيى السنوار": his brother, Yahya): the
    name after it is that relative, not someone whose relative is meant (session 48; the
    feminine "شقيقة" folds alike, so the written letter decides)."""
    return _bare_text(sr.toks[x].text).endswith(("ه", "ها", "هم", "هما"))


def drop_kin_victim(sr: Any, start: int) -> None:
    """"X, whose brother was killed in an Israeli strike, said ..." / "X، الذي قُتل نجله في
    غارة إسرائيلية": X is no victim of that agent (unless the agent is named outside the
    clause too, for a killing of X's own); nor is X in "killed the brother of X", "قتلت
    ... شقيق X" when X is named only so."""
    sources = {r.source for r in sr.out[start:] if r.type == AB}
    kin_only = set()  # (named in the sentence, and as kin only; loops: no generators)
    for e in sources:
        named = False
        for m in sr.args:
            if m.eid == e:
                named = True
                if m.etype == "Person" and not _kin_mention(sr, m):
                    break
        else:
            if named:
                kin_only.add(e)
    if kin_only:
        gone = [r for r in sr.out[start:] if r.type == AB and r.source in kin_only]
        sr.out[start:] = [r for r in sr.out[start:] if not (r.type == AB and
                                                             r.source in kin_only)]
        for r in gone:  # "نجل خليل الحية همام الحية" / "the son of X, Y,": Y is the victim
            for m in [m for m in sr.args if m.eid == r.source]:
                x = m.hi + (1 if m.hi < sr.hi and sr.toks[m.hi].text == "," else 0)
                n = sr.mention_at.get(x)
                if n is not None and n.etype == "Person" and n.kind == "name" and \
                        n.lo == x and n.eid != r.target:
                    sr.add(AB, n.eid, r.target, r.rule)
    for head, lo, hi in _kin_clauses(sr):
        outside = None
        keep = []
        for r in sr.out[start:]:
            if r.type == AB and r.source == head.eid:
                if outside is None:
                    outside = _agents_outside(sr, lo, hi)
                if r.target not in outside:
                    continue
            keep.append(r)
        sr.out[start:] = keep


_FORCES_HEAD = L._ar("قائد", "رئيس", "آمر", "نائب")


def forces_not_country(sr: Any, start: int) -> None:
    """The agent "القوات الأمريكية" / "U.S. forces" is the armed forces: a country named only
    by the adjective inside that name is no second agent."""
    new = [r for r in sr.out[start:] if r.type == AB]
    if not new:
        return
    forces = [m for m in sr.args if m.eid in ARMIES and not (
        sr.f(m.lo - 1) & _FORCES_HEAD or sr.key(m.lo - 1) == "of" and sr.key(
            m.lo - 2) in EN_ARMY_HEADS)]  # ("X، قائد القوات الأميركية، قال": X's title)
    if not forces:
        return
    inside: dict[str, set[int]] = {}
    for m in forces:
        for x in range(m.lo, m.hi):
            for fm in sr.f(x):
                c = L.NATIONALITY.get(fm) or L.NATIONALITY.get("ال" + fm)
                if c:
                    inside.setdefault(c, set()).add(x)
    if not inside:
        return
    named_outside: set[str] = set()
    for x in range(sr.lo, sr.hi):
        m = sr.mention_at.get(x)
        if m is not None and m.etype == "Country":
            named_outside.add(m.eid)
            continue
        if m is not None and m.eid in ARMIES:
            continue
        for fm in sr.f(x):
            c = L.NATIONALITY.get(fm) or L.NATIONALITY.get("ال" + fm)
            if c:
                named_outside.add(c)
    out = sr.out[:start]
    for r in sr.out[start:]:
        if r.type == AB and r.target in inside and r.target not in named_outside:
            force = next(m.eid for m in forces if any(x in inside[r.target]
                                                      for x in range(m.lo, m.hi)))
            r = r._replace(target=force)
            if any(o.type == AB and o.source == r.source and o.target == force for o in out):
                continue
        out.append(r)
    sr.out[:] = out


@needs((_AR_SUSPECT, _EN_SUSPECT))
def drop_suspected(sr: Any, start: int) -> None:
    """A killing named under suspicion, charges or evidence ("insufficient evidence that he
    had ordered the killing of X", "on suspicion of ordering the killing of X", "بتهمة
    التورط في اغتيال X"): its suspect, named before it, is no agent."""
    if not any(r.type == AB for r in sr.out[start:]):
        return
    cues = sr.triggers(_AR_SUSPECT, _EN_SUSPECT)
    if not cues:
        return
    kills = sr.triggers(_AR_KILL_WORDS_W, _EN_KILL_WORDS_W)
    bad: list[tuple[int, int]] = []  # (cue, killing word) pairs
    for c in cues:
        k = next((k for k in kills if c < k <= c + 10), None)
        if k is not None:
            bad.append((c, k))
    if not bad:
        return

    def suspect(r: Any) -> bool:
        for c, k in bad:
            if r.target in complicity_agents(sr, c):
                continue  # "accused him of complicity in the U.S. killing of X"
            agent_before = any(m.eid == r.target and m.hi <= k for m in sr.args) or \
                r.target not in {m.eid for m in sr.args}
            victim_after = any(m.eid == r.source and m.lo > k for m in sr.args)
            agent_after = any(m.eid == r.target and m.lo > k for m in sr.args)
            if victim_after and agent_before and not agent_after:
                return True
        return False

    sr.out[start:] = [r for r in sr.out[start:] if not (r.type == AB and suspect(r))]
