"""Candidate pairs of the learned scorer whose one side the sentence refers to without naming
(session 26, measured and **off by default**: none of the kinds added a right relation on the
held-out newest writers; docs/extraction.md, "Session 26, candidates").

``scorer_candidates.doc_candidates`` calls :func:`context_candidates` for each gated sentence
when ``KINDS`` names a kind (from ``$SCORER_CONTEXT_KINDS``, comma-separated, read at import;
for training experiments: ``bench/scorer_heldout_kinds.py``; the shipped weights know none).
The person not named stands as a mention where the text refers to him, so the pair's features
read it as they read a name ("he met" gives ``subjA:meet``); each candidate carries
``cand:<kind>`` and the mention kind (``K=<kind>|name``):

- ``pron``: an English "he" / "she" / "him" / "his" or an Arabic pronoun-suffixed meeting word
  ("معه", "التقاه", "استقبله") before the first person the sentence names (a later one mostly
  stands for that person: "X arrived, where he met Y"), as a mention over that token;
- ``drop``: an Arabic sentence opening with a cue verb ("والتقى", "كما استقبل"), as an empty
  mention right after the verb (the subject the verb carries);
- ``prev``: no person named before the sentence's first core cue word ("The two leaders did
  meet ..."), as an empty mention at the sentence's start;
- ``victim``: a sentence with a killing cue that does not name the person killed one or two
  sentences before ("The Israeli military said it had targeted him", "U.S. forces carried out
  the strike": the rules' ASSASSINATED_BY victims there, or the first person of the sentence
  before when it holds a killing cue) with each agent it names, as an empty mention at its
  start; also in a sentence naming no person.

``pron`` / ``drop`` / ``prev`` pair the subject of the sentence before (``prev_subject``) with
each person the sentence names. Only pairs the rules did not relate by a core type, at most
``MAX_PARTNERS`` partners (the first named)."""

from __future__ import annotations

import os
from typing import Any

from loaders.extract.mention_base import AGENT_TYPES, Mention
from loaders.extract.scorer_features import Candidate, SentInfo, _ar, has_cue
from loaders.extract.scorer_pair import pair_features
from loaders.extract.tokens import Tok

ALL_KINDS = ("pron", "drop", "prev", "victim")
KINDS: frozenset[str] = frozenset(
    k for k in os.environ.get("SCORER_CONTEXT_KINDS", "").split(",") if k in ALL_KINDS)
MAX_PARTNERS = 4

_EN_PRON = frozenset({"he", "she", "him", "his"})
_AR_PRON = _ar("معه", "معها", "التقاه", "التقاها", "استقبله", "استقبلها", "لقائه", "لقاءه",
               "جمعه", "جمعته", "وإياه", "الأخير")
# words an Arabic sentence may open with before its verb
_AR_OPENERS = _ar("كما", "ثم", "وكان", "كان", "قد", "وقد", "فيما", "بينما", "حيث")
# before a person who is not the subject ("met with X", "مع X", "by X")
_NOT_SUBJ = frozenset({"by", "with", "of", "to", "from", "for", "and", "met", "meet", "مع"})


def _key(t: Tok) -> str:
    """The token's folded form, a leading Arabic و / ف dropped."""
    k = t.key
    if t.ar and len(k) > 3 and k[0] in "وف":
        return k[1:]
    return k


def _named(ments: list[Mention] | tuple, types: tuple[str, ...] = ("Person",)) -> list[Mention]:
    """The first mention of each entity of *types* named in a sentence (no bare reference,
    no empty span, not inside a title), in text order."""
    seen: set[str] = set()
    out = []
    for m in sorted(ments, key=lambda m: m.lo):
        if m.etype in types and m.kind != "ref" and m.hi > m.lo and not m.in_title \
                and m.eid not in seen:
            seen.add(m.eid)
            out.append(m)
    return out


def prev_subject(doc: Any, si: int, here: set[str], skip_possessors: bool = False) -> str | None:
    """The subject of the nearer of the two sentences before *si* that names a person: its
    first person not after a preposition (with *skip_possessors*, nor a possessor: "The UN
    secretary-general's personal envoy, X, ..."), None if that one is named in *here*."""
    toks = doc.toks
    for sj in (si - 1, si - 2):
        if sj < 0:
            return None
        people = _named(doc.by_sent.get(sj) or ())
        for m in people:
            if skip_possessors and m.poss:
                continue
            b = (m.tlo if 0 <= m.tlo < m.lo else m.lo) - 1
            if m.prefix.lstrip("وف")[:1] in ("ب", "ل") or (b >= 0 and toks[b].key in _NOT_SUBJ):
                continue
            return None if m.eid in here else m.eid
        if people:
            return None
    return None


def reference_at(toks: list[Tok], lo: int, hi: int, cue_first: int,
                 first_person: int) -> tuple[int, int, str] | None:
    """(lo, hi, kind) of the sentence's reference to a person it does not name: the first
    pronoun before *first_person* (``pron``), else the subject of an opening Arabic cue verb
    at *cue_first*, its first core cue word (``drop``), else the sentence's start when no
    person stands before that cue word (``prev``)."""
    for k in range(lo, min(first_person, hi)):
        t = toks[k]
        if t.punct:
            continue
        if (t.key in _AR_PRON or _key(t) in _AR_PRON) if t.ar else t.key in _EN_PRON:
            return k, k + 1, "pron"
    if not 0 <= cue_first < first_person:
        return None
    if toks[cue_first].ar and all(toks[k].punct or _key(toks[k]) in _AR_OPENERS
                                  or toks[k].key in _AR_OPENERS for k in range(lo, cue_first)):
        return cue_first + 1, cue_first + 1, "drop"
    return lo, lo, "prev"


def _roles(rule_rels: list[tuple[str, str, str]] | tuple) -> dict[str, set[str]]:
    """Per id, its rule roles in the sentence ("MET_WITH>", "<SUCCESSOR_OF", ...)."""
    roles: dict[str, set[str]] = {}
    for typ, src, tgt in rule_rels:
        roles.setdefault(src, set()).add(typ + ">")
        roles.setdefault(tgt, set()).add("<" + typ)
    return roles


def _pairs(info: SentInfo, ref: Mention, partners: list[Mention], ments: list[Mention],
           lang: str, roles: dict[str, set[str]], related: set[frozenset[str]],
           taken: set[frozenset[str]]) -> list[Candidate]:
    """The candidates (ref, partner), in text order, of the pairs not related or taken."""
    out = []
    for b in partners[:MAX_PARTNERS]:
        key = frozenset((ref.eid, b.eid))
        if b.eid == ref.eid or key in related or key in taken:
            continue
        taken.add(key)
        a, c = (ref, b) if ref.lo <= b.lo else (b, ref)
        out.append(Candidate(a, c, pair_features(info, a, c, ments, lang, roles)
                             + ["cand:" + ref.kind]))
    return out


def context_candidates(doc: Any, si: int, ments: list[Mention], lang: str,
                       related: set[frozenset[str]],
                       rels_by_sent: dict[int, list[tuple[str, str, str]]],
                       taken: set[frozenset[str]]) -> list[Candidate]:
    """The candidates of the switched-on ``KINDS`` in the gated sentence *si*. *related*:
    pairs of ids the rules related by a core type; *rels_by_sent*: the rules' relations
    (type, source, target) per sentence; *taken*: pairs the sentence's other candidates
    hold (extended here)."""
    s = doc.sents[si]
    info = SentInfo(doc.toks, s.lo, s.hi, ments)
    roles = _roles(rels_by_sent.get(si, ()))
    out = _victims(doc, si, info, ments, lang, related, rels_by_sent, roles, taken) \
        if "victim" in KINDS else []
    people = _named(ments)
    if not people:
        return out
    cue_first = next((k for k, bits in info.cues if bits & 7), -1)
    first = min(m.tlo if 0 <= m.tlo < m.lo else m.lo for m in ments if m.etype == "Person")
    where = reference_at(doc.toks, s.lo, s.hi, cue_first, first)
    if where is None or where[2] not in KINDS:
        return out
    x0, x1, kind = where
    eid = prev_subject(doc, si, {m.eid for m in ments})
    if eid is None:
        return out
    t = doc.toks[x0]
    ref = Mention(x0, x1, t.start, t.end if x1 > x0 else t.start, eid, "Person", si,
                  kind=kind, tlo=x0)
    return out + _pairs(info, ref, people, ments, lang, roles, related, taken)


def _victims(doc: Any, si: int, info: SentInfo, ments: list[Mention], lang: str,
             related: set[frozenset[str]], rels_by_sent: dict[int, list[tuple[str, str, str]]],
             roles: dict[str, set[str]], taken: set[frozenset[str]]) -> list[Candidate]:
    """The ``victim`` candidates of a sentence (module docstring)."""
    if not any(bits & 4 for _k, bits in info.cues):
        return []
    here = {m.eid for m in ments}
    victims: list[str] = []
    for sj in (si - 1, si - 2):
        for typ, src, _tgt in rels_by_sent.get(sj, ()):
            if typ == "ASSASSINATED_BY" and src not in here and src not in victims:
                victims.append(src)
    if si > 0:
        p = doc.sents[si - 1]
        before = _named(doc.by_sent.get(si - 1) or ())
        if before and before[0].eid not in here and before[0].eid not in victims and \
                has_cue(doc.toks, p.lo, p.hi, 4):
            victims.append(before[0].eid)
    s = doc.sents[si]
    agents = _named(ments, AGENT_TYPES)
    out = []
    for v in victims[:2]:
        ref = Mention(s.lo, s.lo, s.start, s.start, v, "Person", si, kind="victim")
        out += _pairs(info, ref, agents, ments, lang, roles, related, taken)
    return out
