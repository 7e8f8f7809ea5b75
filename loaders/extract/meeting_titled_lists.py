"""MET_WITH: list members introduced by a title after "and" / و.

Reads the rest of a list whose next member stands after a title phrase: "X met Y and the
Iraqi foreign minister Z" / "التقى X الرئيس Y ووزير الخارجية Z" (Z met X too), also on the subject
side ("X and Interior Minister W received Y"). ``complete_meeting_lists`` runs after every
meeting rule of the sentence (``relations.SentenceRules.run``); ``titled_members`` is asked by
``meeting_fallback`` and ``meeting_visitor``. Not past a clause or a source ("، بحسب ...").
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.core_context import apposition_tail, relative_tail_ar
from loaders.extract.core_recall import EN_ADV
from loaders.extract.meeting_clauses_en import new_clause_after_comma_and
from loaders.extract.meeting_condolences import titled_name
from loaders.extract.meeting_held_attended_en import semicolon_list_en
from loaders.extract.meeting_relative_list import relative_clause_cut
from loaders.extract.rule_common import title_start

_AR_STOP = L._ar("الذي", "التي", "الذين", "اللذين", "قال", "قالت", "أكد", "اكد", "أكدت",
                 "أن", "ان", "إن", "انه", "أنه", "إنه", "بعد", "قبل", "حيث", "عندما", "حين",
                 "بينما", "لكن", "لكنه", "ثم", "كما", "فيما", "بحسب", "حسب", "وفق", "وفقا")
# words a title phrase between "and" and a name is made of ("and the armed forces chief of
# staff, Major General Y", "and Kurdistan Region President Y")
_EN_TITLE_WORDS = frozenset({w for t in L.EN_TITLES for w in t.replace("-", " ").split()
                            if w != "and"}) | \
    L.EN_QUALIFIERS | L.EN_ORG_HEADS | L.EN_GROUP_HEADS | frozenset({
        "the", "his", "her", "its", "their", "of", "armed", "staff", "affairs", "security",
        "national", "intelligence", "defence", "defense", "foreign", "interior", "energy",
        "oil", "finance", "state", "general", "region", "regional", "-", "'s",
        "joint", "task",  # ("the commander of the coalition's joint task force, Y"; s70)
        # branches of a command ("and the commander of coalition ground forces, Y"; s72)
        "ground", "land", "naval", "maritime", "special", "operations", "police", "border",
        "multinational", "allied", "central"})
# what may follow the comma closing an apposed member ("..., Gen. Y, who ..." / "..., Y, the")
_EN_AFTER_APPOSED = frozenset({"who", "whose", "the", "a", "an", "his", "her", "both", "all"})
_EN_AFTER_MEMBER = frozenset({",", ".", ";", ":", "and", "in", "at", "on", "during", "for",
                              "while", "as", "after", "before", "last", "this", "respectively", "(", ")", "—", "-",
                              "according", "to", "about", "over", "amid", "with"})


# ---- lists: a member introduced by a title after "and" / و ------------------------------
def titled_members(sr: Any, last: Any, subject: bool = False) -> list:
    """The people listed after *last* whose title phrase ``sr.chain`` does not pass: "X and
    the armed forces chief of staff, Major General Y", "X and Kurdistan Region President Y",
    "X ورئيس هيئة الأركان العامة للجيش العماد Y". Only title words, bodies and places in
    between (no verb, no relative clause), and in English nothing verb-like after Y ("and
    Defence Minister Y said ..." starts a clause)."""
    out: list = []
    cur = last
    while cur.hi < sr.hi:
        nxt = _titled_next_ar(sr, cur) if sr.toks[cur.lo].ar else \
            _titled_next_en(sr, cur, subject)
        if nxt is None or nxt in out:
            break
        out.append(nxt)
        cur = nxt
    return out


def _next_person(sr: Any, x: int, maxgap: int):
    for m in sr.args:
        if m.lo >= x and m.etype == "Person":
            return m if title_start(m) - x <= maxgap else None
    return None


def _titled_next_en(sr: Any, cur: Any, subject: bool = False):
    x = cur.hi
    if sr.key(x) == "," and sr.key(x + 1) == "and":
        x += 1
    if sr.key(x) != "and":
        return None
    m = _next_person(sr, x + 1, 10)
    if m is None or m.poss:
        return None
    if x > cur.hi and new_clause_after_comma_and(
            sr, [sr.key(y) for y in range(cur.hi, title_start(m))], cur, m):
        return None  # "A was received by B, and Iraqi PM C met D": C opens a clause
    start = title_start(m)
    commas = 0
    for y in range(x + 1, start):
        ky = sr.key(y)
        if ky == ",":
            commas += 1
            if commas > 1 or y != start - 1 and not all(
                    sr.key(z) in L.NATIONALITY for z in range(y + 1, start)):
                return None  # (", US General Y": a nationality before the rank; s70)
            continue
        if not (sr.toks[y].cap or sr.toks[y].poss or ky in _EN_TITLE_WORDS or
                ky in L.NATIONALITY):
            return None
    y = m.hi
    while y < sr.hi and sr.key(y) in EN_ADV:
        y += 1
    if not subject and y < sr.hi and sr.key(y) not in _EN_AFTER_MEMBER and \
            not sr.toks[y].punct:
        return None  # "and Defence Minister Y (later) said": Y opens a clause of his own
    if not subject and commas and sr.key(y) == "," and y + 1 < sr.hi and \
            sr.toks[y + 1].text[:1].islower() and sr.key(y + 1) not in _EN_AFTER_MEMBER and \
            sr.key(y + 1) not in _EN_AFTER_APPOSED:
        return None  # "and the commander of the forces, Gen. Y, said ...": the apposed
        # name closes with its comma before the verb of a clause of his own (session 72)
    return m


_AR_AFTER_MEMBER = L._ar("في", "وفق", "بحسب", "حسب", "خلال", "بحضور", "على", "لبحث", "وبحث")


def _titled_next_ar(sr: Any, cur: Any):
    x = cur.hi
    comma = x + 1 < sr.hi and sr.toks[x].text in ("،", ",") and sr.key(x + 1)[:1] == "و"
    if comma:
        x += 1  # "Y، وقائد عمليات ... Z": a comma before the next titled member
    if x >= sr.hi or sr.toks[x].punct:
        return None
    k = sr.key(x)
    if not (k.startswith("و") and (k[1:] in L.AR_TITLE_FIRST or "ال" + k[1:] in L.AR_TITLE_FIRST
                                   or k[1:].startswith("ال") and k[3:] in L.AR_TITLE_FIRST)):
        return None  # "ورئيس ..." / "ووزير ..." / "والأمين العام ..."
    m = _next_person(sr, x, 12)
    if m is None:
        return None
    for y in range(x, title_start(m)):
        if sr.toks[y].punct or sr.f(y) & _AR_STOP or sr.f(y) & L.AR_MEET:
            return None
    if comma and m.hi < sr.hi and not sr.toks[m.hi].punct and not sr.f(m.hi) & _AR_AFTER_MEMBER:
        return None  # "Y، ووزير الخارجية Z أكد ...": Z opens a clause of his own
    return m


def complete_meeting_lists(sr: Any, n0: int) -> None:
    """After the meeting rules of a sentence: each MET_WITH they added whose later
    participant ends a list they did not read to its end also holds for the titled members
    after it (``titled_members``)."""
    rels = [r for r in sr.out[n0:] if r.type == "MET_WITH"]
    if not rels:
        return
    at = {}
    for m in sr.args:
        if m.etype == "Person":
            at.setdefault(m.eid, m)
    done = {(r.source, r.target) for r in rels} | {(r.target, r.source) for r in rels}
    for r in rels:
        a, b = at.get(r.source), at.get(r.target)
        if b is None or (a is not None and a.lo > b.lo):
            a, b = b, a
        if b is None:
            continue
        if a is not None and _list_cue_before(sr, a):
            first = _titled_list_head(sr, a)  # "X and Khuzestan Governor Y held talks with Z"
            if first is not None:
                oth = b.eid
                if first.eid != oth and (first.eid, oth) not in done:
                    done.add((first.eid, oth))
                    sr.add("MET_WITH", first.eid, oth, "met_list_titled", 0.6)
        x = b.hi
        if x >= sr.hi:
            continue
        kx = sr.toks[x].key
        if kx in (",", "،"):  # "met X, who ..., and (with) Y": past X's relative clause
            oth = r.target if b.eid == r.source else r.source
            for mem in relative_tail_ar(sr, b) if sr.toks[x].ar else apposition_tail(sr, b):
                if mem.eid != oth and (oth, mem.eid) not in done:
                    done.add((oth, mem.eid))
                    sr.add("MET_WITH", oth, mem.eid, "met_list_relative", 0.6)
        if kx in (",", "of") and not sr.toks[x].ar and ";" in sr.key_set():
            # "received A, <office>; B, <office>; and C, <office>" (SPA / WAM protocol lists:
            # meeting_held_attended_en.semicolon_list_en; session 66)
            oth = r.target if b.eid == r.source else r.source
            for mem in semicolon_list_en(sr, [b])[1:]:
                if not _listed_after_semicolon(sr, mem):
                    break  # ("; meanwhile, Y met Z", "; Y later said")
                if mem.eid != oth and (oth, mem.eid) not in done:
                    done.add((oth, mem.eid))
                    sr.add("MET_WITH", oth, mem.eid, "met_list_semicolons", 0.6)
        if not (kx == "and" or (kx == "," and sr.key(x + 1) == "and") or (
                sr.toks[x].ar and kx[:1] == "و" and len(kx) > 2) or (
                kx == "،" and sr.key(x + 1)[:1] == "و")):
            continue  # no list goes on after b (most pairs): skip the look-up
        other = r.target if b.eid == r.source else r.source
        for mem in relative_clause_cut(sr, [b] + titled_members(sr, b))[1:]:
            if mem.kind == "desc" and titled_name(sr, mem) is not None:
                continue  # a title read alone as someone, whose own name follows (s66)
            if mem.eid != other and (other, mem.eid) not in done:
                done.add((other, mem.eid))
                sr.add("MET_WITH", other, mem.eid, "met_list_titled", 0.6)


_EN_LIST_GLUE = frozenset({"and", "the", "his", "her", "hh", "he", "hrh"})
_EN_MEMBER_ENDS = frozenset({",", ".", "of"})


def _listed_after_semicolon(sr: Any, m: Any) -> bool:
    """Is *m* a list member after a semicolon: only "and", honorifics and capitalised title
    words between the semicolon and his title, and his office or the sentence's end follows
    his name (a comma, "of", a full stop; no verb: "; Y later said", "; Y and Z follow")?"""
    start = title_start(m)
    y = start - 1
    while y > sr.lo and sr.toks[y].text != ";":
        if not (sr.toks[y].cap or sr.key(y) in _EN_LIST_GLUE) or sr.toks[y].punct:
            return False
        y -= 1
    return m.hi >= sr.hi or sr.key(m.hi) in _EN_MEMBER_ENDS


def _titled_list_head(sr: Any, m: Any):
    """The person *m* follows in a list with a title phrase between ("X and Khuzestan
    Governor m", "X ورئيس ... m"): the list's earlier member, else None."""
    y = title_start(m) - 1
    while y > sr.lo and not sr.toks[y].ar and (sr.toks[y].cap or sr.key(y) in _EN_TITLE_WORDS) \
            and sr.key(y) not in ("and", ","):
        y -= 1
    if y <= sr.lo:
        return None
    k = sr.key(y)
    if not (k == "and" or (sr.toks[y].ar and y == title_start(m) and k[:1] == "و") or (
            sr.toks[title_start(m)].ar and sr.key(title_start(m))[:1] == "و")):
        return None
    for p in sr.args:
        if p.etype != "Person" or p.hi > y or p is m or y - p.hi > 2:
            continue
        b = title_start(p) - 1
        if sr.key(b) == "the":
            b -= 1
        if sr.key(b) == "of":
            continue  # "The Envoy of the UN Secretary-General and head of ..., Y": a title's
            # holder, no list member
        if m in titled_members(sr, p, subject=True):
            return p
    return None


def _list_cue_before(sr: Any, m: Any) -> bool:
    """A quick test: "and" a few tokens before *m*'s title, or a title joined by و."""
    st = title_start(m)
    if sr.toks[st].ar:
        k = sr.toks[st].key
        return k[:1] == "و" and len(k) > 3
    for y in range(st - 1, max(sr.lo, st - 7) - 1, -1):
        if sr.toks[y].key == "and":
            return True
    return False
