"""The candidate pairs the learned scorer of ``relation_scorer`` judges: in each sentence
holding a core cue word, the nearest mentions of two distinct entities that the rules did not
relate by a core type (``sentence_candidates``, ``doc_candidates``: "X met Y" when no rule
found it), with the features of their siblings in a list; the article's main actor with
the one person of a sentence that does not name him (``actor_candidate``: "He met X" /
"والتقى X"); the attendees of a meeting told before (``scorer_attendees``: "The talks
were attended by X"); and the pairs of a sentence telling an oath taken before someone
(``scorer_oath``: "X was sworn in before Y" / "أدى X اليمين أمام Y")."""

from __future__ import annotations

from collections import defaultdict
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from loaders.extract.desc_to_come import to_come_office
from loaders.extract.mention_base import Mention
from loaders.extract.scorer_attendees import ATTEND_BIT, attendee_candidates
from loaders.extract.scorer_attendees import ON as ATTENDEES
from loaders.extract.scorer_bare_body import bare_body
from loaders.extract.scorer_context import KINDS, context_candidates
from loaders.extract.scorer_coordinated import coordinated_without_cue
from loaders.extract.scorer_extra import FAMILIES as EXTRA
from loaders.extract.scorer_extra import add_extra_features
from loaders.extract.scorer_features import ALL_CUES, Candidate, SentInfo, SentScan, has_cue
from loaders.extract.scorer_gates import (
    GATES,
    KILL_BIT,
    in_a_title,
    owner_only,
    partner_types,
    person_owner,
    title_holds,
)
from loaders.extract.scorer_oath import OATH, oath_before, oath_features, oath_in
from loaders.extract.scorer_pair import pair_features, trim_word_feats
from loaders.extract.scorer_place_body import body_as_place
from loaders.extract.scorer_subject_met import subject_met
from loaders.extract.scorer_two_hosts import two_hosts
from loaders.extract.scorer_two_objects import objects_of_another
from loaders.extract.scorer_unnamed_subject import unnamed_subject
from loaders.extract.tokens import Tok

if TYPE_CHECKING:
    from loaders.extract.scorer_bound import ScoreBound

CORE = ("MET_WITH", "SUCCESSOR_OF", "ASSASSINATED_BY")
_CORE_SET = frozenset(CORE)

PAIR_TYPES = frozenset({"Person", "Organization", "Country"})
_NON_PERSON = frozenset({"Organization", "Country"})

_LO = attrgetter("lo")
TWO_HOSTS = "twohosts" in GATES  # (scorer_two_hosts)
AT_BODY = "atbody" in GATES  # (scorer_place_body)

# the rule roles of a core type ("MET_WITH>", "<SUCCESSOR_OF", ...)
_CORE_ROLES = frozenset(t + ">" for t in CORE) | frozenset("<" + t for t in CORE)


def skipped_at_inference(feats: list[str]) -> bool:
    """Would ``sentence_candidates`` leave out at inference (*skip_both_related*) the pair
    of these features, both of whose mentions the rules related by a core type to someone
    else in the sentence (its ``ruleA:`` and ``ruleB:`` features)? For the benches, which
    collect such pairs for training (session 30, scorerold: they scored them as well)."""
    if "actorPair" in feats or any(x.startswith("cand:") for x in feats):
        return False  # (not a pair of sentence_candidates)
    return (any(f"ruleA:{r}" in feats for r in _CORE_ROLES)
            and any(f"ruleB:{r}" in feats for r in _CORE_ROLES))


def sentence_candidates(toks: list[Tok], lo: int, hi: int, ments: list[Mention], lang: str,
                        related: set[frozenset[str]],
                        rule_rels: list[tuple[str, str, str]],
                        skip_both_related: bool = False,
                        bound: ScoreBound | None = None,
                        scan: SentScan | None = None) -> list[Candidate]:
    """Candidate pairs of a sentence: distinct entities of the pair types, nearest mentions,
    at least one a person, not related already by a core rule (*related*: sets of 2 ids),
    not left out by the gates of ``scorer_gates`` (a body or country of a title; the
    partner types the sentence's cue classes allow).
    *skip_both_related*: also leave out a pair whose two mentions the rules both related by
    a core type to someone else in the sentence (at inference: on all dev and DA-DF the
    scorer never added a relation to such a pair, and they are a quarter of the pairs of
    dense text). *bound*: leave out the pairs it shows cannot pass a threshold (at
    inference; ``scorer_bound``; *scan*: the sentence's ``SentScan``, if made)."""
    best: dict[tuple[str, str], tuple[int, Mention, Mention]] = {}
    ms = [m for m in ments if m.etype in PAIR_TYPES and m.hi > m.lo and m.kind != "ref"
          and not (m.etype == "Organization" and (bare_body(m, toks) or AT_BODY and
                                                  body_as_place(m, toks, lo)))]
    # ("Secretariat"; "at the White House": scorer_place_body)
    ms.sort(key=_LO)
    pms = ms  # the mentions that may pair (the gates of scorer_gates)
    title_gate = "title" in GATES
    owner_gate = "owner" in GATES
    powner_gate = "powner" in GATES
    in_title_gate = False  # (a body in a title is no partner: only without a killing cue)
    if GATES:
        for m in ms:
            if m.etype != "Person":
                if scan is None:
                    scan = SentScan(toks, lo, hi)
                bits = scan.read().bits
                allowed = partner_types(bits) if "types" in GATES else _NON_PERSON
                if len(allowed) < 2:
                    pms = [x for x in ms if x.etype == "Person" or x.etype in allowed]
                in_title_gate = "intitle" in GATES and not bits & KILL_BIT
                break
    for i, a in enumerate(pms):
        aeid, ahi, aperson = a.eid, a.hi, a.etype == "Person"
        for b in pms[i + 1:]:
            beid = b.eid
            if aeid == beid or b.lo < ahi:
                continue
            if not aperson and b.etype != "Person":
                continue
            key = (aeid, beid) if aeid < beid else (beid, aeid)
            if key in best:
                have = best[key]
                d = b.lo - ahi
                if d < have[0]:
                    best[key] = (d, a, b)
            elif frozenset(key) not in related:
                best[key] = (b.lo - ahi, a, b)
    out: list[Candidate] = []
    if not best:
        return out
    by_eid = partners_of = None  # (the rules' relations by id: made for the first pair kept)
    si: SentInfo | None = None
    sb = None
    for _d, a, b in best.values():
        if title_gate and title_holds(a, b):  # "Quds Force commander X" (scorer_gates)
            continue
        if in_title_gate and in_a_title(a, b):  # "Quds Force commander X met Y": not Y
            continue
        if owner_gate and (a.poss or b.poss) and owner_only(a, b, toks):  # "X's cousin"
            continue
        if powner_gate and (a.poss or b.poss) and person_owner(
                a, b, toks, {m.eid for m in pms if not m.poss}):  # "received X's family"
            continue
        if by_eid is None or partners_of is None:
            by_eid, partners_of = _rule_partners(rule_rels)
        aeid, beid = a.eid, b.eid
        roles: dict[str, set[str]] = {}
        for e in (aeid, beid):
            others = by_eid.get(e)
            if others is not None:
                roles[e] = {r for other, r in others if other != aeid and other != beid}
        if (skip_both_related and len(roles) == 2 and not _CORE_ROLES.isdisjoint(roles[aeid])
                and not _CORE_ROLES.isdisjoint(roles[beid])):
            continue
        if bound is not None:
            if sb is None:
                if scan is None:
                    scan = SentScan(toks, lo, hi)
                sb = bound.sentence(scan, ments, lang)
            if not bound.pair_may_pass(sb, a, b, ments, roles,
                                       (beid in partners_of, aeid in partners_of)):
                continue
        if si is None:
            si = SentInfo(toks, lo, hi, ments)
        if coordinated_without_cue(si, a, b, ms):
            continue  # "X and Y had lobbied ...; X held talks with Z": no meeting of X and Y
        if by_eid and objects_of_another(toks, a, b, by_eid):
            continue  # "he attended the swearing-in of A and met with B": no meeting of A and B
        feats = pair_features(si, a, b, ments, lang, roles)
        if partners_of:
            feats += _sibling_features(toks, a, b, ms, partners_of)
        out.append(Candidate(a, b, feats))
    return out


def _rule_partners(rule_rels: list[tuple[str, str, str]]
                   ) -> tuple[dict[str, list[tuple[str, str]]], dict[str, dict[str, str]]]:
    """The rules' relations of a sentence by id: (id -> [(other id, role)], id -> {related
    id: how, its first relation}); defaultdicts, to be read with get / in only."""
    by_eid: dict[str, list[tuple[str, str]]] = defaultdict(list)
    partners_of: dict[str, dict[str, str]] = defaultdict(dict)
    for typ, src, tgt in rule_rels:
        names = _ROLE_NAMES.get(typ)
        if names is None:
            names = _ROLE_NAMES[typ] = _role_names(typ)
        out_role, in_role, out_how, in_how = names
        by_eid[src].append((tgt, out_role))
        by_eid[tgt].append((src, in_role))
        partners_of[src].setdefault(tgt, out_how)
        partners_of[tgt].setdefault(src, in_how)
    return by_eid, partners_of


def _role_names(typ: str) -> tuple[str, str, str, str]:
    """The names ``_rule_partners`` gives a relation of type *typ*: the source's role, the
    target's, how the source is related, how the target is ("MET_WITH>", "<MET_WITH",
    "MET_WITH", "MET_WITH"; "SUCCESSOR_OF>", "<SUCCESSOR_OF", the same twice)."""
    met = typ == "MET_WITH"
    return typ + ">", "<" + typ, typ + ("" if met else ">"), ("" if met else "<") + typ


_ROLE_NAMES: dict[str, tuple[str, str, str, str]] = {}  # type -> _role_names (made once)


_LIST_GLUE = frozenset({",", "،", "and", "و", "as", "well", "also", "both", "&"})


def _sibling_features(toks: list[Tok], a: Mention, b: Mention, ms: list[Mention],
                      partners_of: dict[str, dict[str, str]]) -> list[str]:
    """Lists: one of the pair stands next to (joined by a comma or "and" to) a mention that
    the rules related to the other one ("met X, Y and Z": the rules got X; Y and Z are its
    list siblings). *partners_of*: per id, the ids the rules related it to in the sentence
    (with the relation, its first one)."""
    out = []
    for side, me, other in (("B", b, a), ("A", a, b)):
        partners = partners_of.get(other.eid)
        if not partners:
            continue
        for c in ms:
            typ = partners.get(c.eid)
            if typ is None or c.eid == me.eid:
                continue
            lo_, hi_ = (c.hi, me.lo) if c.hi <= me.lo else (me.hi, c.lo)
            if hi_ < lo_ or hi_ - lo_ > 12:
                continue
            for k in range(lo_, hi_):
                if toks[k].key in _LIST_GLUE:
                    break
            else:
                continue
            out.append(f"sib{side}:{typ}")
            break
    return out


def doc_candidates(doc: Any, rels: list, lang: str, include_related: bool = False,
                   gate_bits: int = ALL_CUES, bound: ScoreBound | None = None
                   ) -> list[tuple[int, Candidate]]:
    """(sentence index, candidate) of every gated sentence of an analysed article, given
    the rules' relations *rels* (``Rel`` tuples): sentences with a core cue word, pairs the
    rules did not relate by a core type anywhere in the article (*include_related*: all
    pairs, for training). A candidate's rule features name the relations the rules gave
    each of its mentions in that sentence with someone else than the other one.
    *gate_bits*: the cue classes a sentence must hold (meet 1, succ 2, kill 4). With
    ``scorer_context.KINDS`` switched on (off by default), also the pairs whose one side the
    sentence refers to without naming. *bound*: leave out the candidates it shows cannot
    pass (``scorer_bound``; at inference only)."""
    # (a Rel is (type, source, target, sent, ...): sliced, not read field by field)
    related: set[frozenset[str]] = {frozenset(r[1:3]) for r in rels if r[0] in _CORE_SET}
    roles: dict[int, list[tuple[str, str, str]]] = {}
    for r in rels:
        x = roles.get(r[3])
        if x is None:
            roles[r[3]] = [r[:3]]
        else:
            x.append(r[:3])
    out = []
    toks = doc.toks
    trim_word_feats()
    # (an article without an oath word has no sentence to look at for one: one check in C)
    oaths = OATH and bool(gate_bits & 1) and oath_in(toks)
    attend = ATTENDEES and bool(gate_bits & 1)
    actor: list[str | None] = []  # the article's main actor, found when first needed
    actor_first: list[int] = []  # the first sentence that mentions it
    for si, s in enumerate(doc.sents):
        ments = doc.by_sent.get(si)
        # both kinds of candidate need a named person (a pair holds one, so does the actor's
        # partner): checked before the cue words; the cue words are read once (SentScan: the
        # gate, then scorer_gates and the bound)
        people = _people(ments) if ments else None
        if people:
            scan = SentScan(toks, s.lo, s.hi).read()
            if attend and scan.bits & ATTEND_BIT:  # attendees of a meeting told before
                out.extend((si, c) for c in attendee_candidates(
                    doc, si, ments, people, lang, set() if include_related else related, roles,
                    scan))
        else:
            scan = None
        oath_at = -1  # an oath taken before someone: a meeting (scorer_oath)
        if oaths and scan is not None and len(ments) >= 2:
            oath_at = oath_before(toks, s.lo, s.hi)
        if scan is None or not scan.bits & gate_bits:
            if oath_at >= 0:
                for c in sentence_candidates(toks, s.lo, s.hi, ments, lang,
                                             set() if include_related else related,
                                             roles.get(si, []), not include_related, None,
                                             scan):
                    c.feats.extend(oath_features(c.a, c.b, oath_at))
                    out.append((si, c))
                continue
            if ments and "victim" in KINDS and gate_bits & 4 and has_cue(toks, s.lo, s.hi, 4):
                # no person named: only the victim of a killing told before (scorer_context)
                out.extend((si, c) for c in context_candidates(
                    doc, si, ments, lang, set() if include_related else related, roles, set()))
            continue
        skip = set() if include_related else related
        if KINDS:  # (a pair the bound drops would change the context candidates taken)
            bound = None
        n0 = len(out)
        if len(ments) >= 2:
            for c in sentence_candidates(toks, s.lo, s.hi, ments, lang, skip,
                                         roles.get(si, []), not include_related, bound, scan):
                if oath_at >= 0:
                    c.feats.extend(oath_features(c.a, c.b, oath_at))
                out.append((si, c))
        if _one_person(people):  # (actor_candidate needs it: the actor found only then)
            if not actor:
                actor.append(main_actor(doc))
                actor_first.append(_first_sentence(doc, actor[0]))
            c = actor_candidate(doc, si, ments, actor[0], lang, skip, roles.get(si, []),
                                actor_first[0], bound, scan, people)
            if c is not None and not (TWO_HOSTS and two_hosts(doc, si, c.b.eid, c.a.eid,
                                                              roles, scan)):
                out.append((si, c))  # (not a second host of the actor's guest)
        if KINDS:  # pairs whose one side the sentence does not name (scorer_context.py)
            taken = {frozenset((c.a.eid, c.b.eid)) for _si, c in out[n0:]}
            for c in context_candidates(doc, si, ments, lang, skip, roles, taken):
                out.append((si, c))
    if EXTRA:
        add_extra_features(doc, rels, out)
    return out


def _people(ments: list[Mention]) -> list[Mention]:
    """The sentence's mentions of named people (of the pair types' filter: not a bare
    reference, not empty)."""
    return [m for m in ments if m.etype == "Person" and m.kind != "ref" and m.hi > m.lo]


def _one_person(people: list[Mention]) -> bool:
    """Are *people* (``_people``) mentions of one person?"""
    if not people:
        return False
    e = people[0].eid
    for m in people:
        if m.eid != e:
            return False
    return True


def main_actor(doc: Any) -> str | None:
    """The person named most often in the article (by name; ties: the one named first)."""
    count: dict[str, int] = {}
    first: dict[str, tuple[int, int]] = {}
    for si in sorted(doc.by_sent):
        for m in doc.by_sent[si]:
            if m.etype == "Person" and m.kind == "name":
                e = m.eid
                c = count.get(e)
                if c is None:  # (first seen here)
                    count[e] = 1
                    first[e] = (si, m.lo)
                else:
                    count[e] = c + 1
    if not count:
        return None
    return min(count, key=lambda e: (-count[e], first[e]))


def _first_sentence(doc: Any, eid: str | None) -> int:
    """The index of the first sentence that mentions *eid* (a large number if none does)."""
    first = 1 << 30
    for k, ms in doc.by_sent.items():
        if k < first:
            for m in ms:
                if m.eid == eid:
                    first = k
                    break
    return first


def _pronoun_met(toks: list[Tok], lo: int, b: Mention, actor: str,
                 rule_rels: list[tuple[str, str, str]]) -> bool:
    """English: has the rules' reading of "he" / "she" before the sentence's one person
    already met that person with someone other than the main *actor* ("Sudani condemned the
    attack. On Friday he received the US ambassador, X": Sudani, not the article's actor)?"""
    return any(typ == "MET_WITH" and b.eid in (src, tgt) and
               (tgt if src == b.eid else src).startswith("person:") and actor not in (src, tgt)
               for typ, src, tgt in rule_rels) and \
        any(toks[k].text in ("he", "she", "He", "She") for k in range(lo, b.lo))


def actor_candidate(doc: Any, si: int, ments: list[Mention], actor: str | None, lang: str,
                    related: set[frozenset[str]], rule_rels: list[tuple[str, str, str]],
                    actor_first: int | None = None, bound: ScoreBound | None = None,
                    scan: SentScan | None = None, people: list[Mention] | None = None
                    ) -> Candidate | None:
    """A sentence with a cue word and one named person that does not name the article's
    main actor, named in an earlier sentence ("He met X" / "والتقى X"): the pair (main
    actor, that person), the actor standing as an empty span at the sentence's start; not
    when the sentence's subject is an office to come that names nobody («واستقبل الرئيس
    المنتخب Y»: someone else than the actor).
    *actor_first*: the first sentence that mentions the actor, if known. *bound*: None
    when it shows the pair cannot pass (``scorer_bound``; *scan*: the sentence's
    ``SentScan``, if made; *people*: its ``_people``, if found)."""
    if actor is None:
        return None
    if people is None:
        people = _people(ments)
    if not _one_person(people):
        return None
    for m in ments:
        if m.eid == actor:
            return None
    s = doc.sents[si]
    if any(s.lo <= k < people[0].lo and
           to_come_office(doc.toks, k, k + 4, people[0].lo, {}) is not None for k in doc.unnamed):
        return None  # «واستقبل الرئيس المنتخب Y»: an office to come naming nobody, not the actor
    if unnamed_subject(doc, s.lo, people[0].lo):
        return None  # "Later Egypt's deputy foreign minister met Y": someone unnamed, not the actor
    if frozenset((actor, people[0].eid)) in related:
        return None
    if _pronoun_met(doc.toks, s.lo, people[0], actor, rule_rels):
        return None
    if subject_met(doc.toks, s.lo, s.hi, scan, people[0], actor, rule_rels, ments):
        return None  # "On Tuesday, X met the Hamas delegation": X's meeting, not the actor's
    if actor_first is None:
        actor_first = _first_sentence(doc, actor)
    if actor_first >= si:
        return None
    b = people[0]
    a = Mention(s.lo, s.lo, s.start, s.start, actor, "Person", si, kind="actor")
    roles: dict[str, set[str]] = {}
    for typ, src, tgt in rule_rels:
        names = _ROLE_NAMES.get(typ)
        if names is None:
            names = _ROLE_NAMES[typ] = _role_names(typ)
        roles.setdefault(src, set()).add(names[0])
        roles.setdefault(tgt, set()).add(names[1])
    if bound is not None and not bound.pair_may_pass(
            bound.sentence(scan or SentScan(doc.toks, s.lo, s.hi), ments, lang), a, b, ments,
            roles, (False, False), "actorPair"):
        return None
    info = SentInfo(doc.toks, s.lo, s.hi, ments)
    return Candidate(a, b, pair_features(info, a, b, ments, lang, roles) + ["actorPair"])
