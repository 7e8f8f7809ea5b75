"""MET_WITH fallback: a meeting sentence that no specific rule read.

The specific rules (meetings.py, meetings_en.py, meeting_frames_en.py, meetings_ar.py,
core_context.py) each recognise one construction. A journalist's sentence often has the same
parts in an order none of them expects: adverbials between the verb and the partner, a body
or country inside the partner's title, the partner named in an apposition after a
description. This layer runs last, only on a sentence with a meeting word that produced no
MET_WITH at all, and reads it the plain way:

- the **meeting word**: a verb (met, received, hosted, welcomed, greeted; التقى، اجتمع،
  استقبل، استضاف) or "held talks / a meeting with" (عقد اجتماعاً / أجرى محادثات مع; بحث /
  تباحث / ناقش مع);
- the **partner side**: the first person after it (after مع / with where one is needed),
  skipping titles, bodies and countries in titles, dates, places and appositions, but not a
  relative clause, a reporting verb or a subordinate clause; then the people listed with it;
- the **subject side**: English, the subject before the verb (a pronoun resolves as the
  other rules do); Arabic, VSO when two separate people follow the verb ("استقبل X، مساء
  الثلاثاء، في أنقرة Y"), else the nearest person before the verb who is not the object of
  a preposition (SVO, or the subject carried from an earlier clause: "وصل X ...، والتقى Y").

Only people meet here (no organisation or country on either side), and the blockers of the
other rules apply: negation, plans and conditions (``SentenceCore.blocked``), phone and video
calls (``SentenceCore.add``), indirect talks, passives ("was received by" has its own rule),
infinitives ("to meet").
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.core_context import apposition_tail, relative_tail_ar
from loaders.extract.core_recall import EN_ADV
from loaders.extract.core_wire_rules import in_place_phrase, indirect_talks
from loaders.extract.dispatch import needs
from loaders.extract.meeting_clauses import new_clause_after_comma_and
from loaders.extract.meeting_plural_object import partner_after_plural_of
from loaders.extract.meeting_relative_list import relative_clause_cut
from loaders.extract.meeting_unnamed_subject import earlier_meeting_subject_en
from loaders.extract.rule_common import EN_PASSIVE_AUX, title_start

# Arabic verbs whose object is the partner, and those that need مع ("بحث X مع Y")
_AR_VERBS = L._ar("التقى", "التقت", "التقي", "اجتمع", "اجتمعت", "استقبل", "استقبلت",
                  "استضاف", "استضافت")
_AR_WITH_VERBS = L._ar("بحث", "بحثت", "تباحث", "تباحثت", "ناقش", "ناقشت", "تشاور", "تشاورت",
                       "تحادث", "تحادثت")
_AR_NOUNS = L._ar("اجتماعا", "اجتماعاً", "لقاء", "لقاءا", "لقاءً", "محادثات", "مباحثات",
                  "اجتماعات", "لقاءات", "اجتماع")
_AR_HOLD = L._ar("عقد", "عقدت", "أجرى", "اجرى", "أجرت", "اجرت")
# "عقد X قمة (ثنائية) مع Y": a summit held with a partner (not a trigger of AR_MEET: a summit of
# many is no meeting of each two attendees; here only with عقد / أجرى before it and مع after)
_AR_SUMMIT = L._ar("قمة", "قمه")
_EMPTY: frozenset[str] = frozenset()
_AR_STOP = L._ar("الذي", "التي", "الذين", "اللذين", "قال", "قالت", "أكد", "اكد", "أكدت",
                 "أن", "ان", "إن", "انه", "أنه", "إنه", "بعد", "قبل", "حيث", "عندما", "حين",
                 "بينما", "لكن", "لكنه", "ثم", "كما", "فيما", "بحسب", "حسب", "وفق", "وفقا")
# governors of a name that make it someone else's relative, envoy or office, not the partner
_AR_RELATIONAL = L._ar("مبعوث", "ممثل", "مستشار", "نجل", "ابن", "شقيق", "زوجة", "مساعد",
                       "مكتب", "رسالة", "عائلة", "أسرة", "جثمان", "ضريح", "قبر", "نائب")
_AR_REL = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين"})
_AR_GAP_PREPS = frozenset({"من", "عن", "الي", "علي"})  # not لدى: "السفيرة لدى العراق Y"
_AR_BAD_PREPS = frozenset({"ل", "من", "عن", "الي", "علي", "في", "ك"})
_EN_VERBS = frozenset({"met", "meets", "received", "receives", "hosted", "hosts", "welcomed",
                       "welcomes", "greeted", "greets"})
_EN_NOUNS = frozenset({"talks", "meeting", "meetings"})
_EN_HOLD = frozenset({"held", "hold", "holds", "holding", "had", "conducted"})
_EN_STOP = frozenset({"who", "which", "that", "whom", "whose", "said", "says", "told", "after",
                      "before", "while", "when", "because", "since", "but", "although",
                      "where", "if", "unless", "about", "over", "regarding", "amid",
                      "according", "neither", "nor", "not", "never", "no"})
_EN_BAD_GOV = frozenset({"of", "to", "from", "by", "for", "about", "against", "behalf",
                         "without", "than", "like"})
_EN_SPEECH = frozenset({"said", "says", "told", "added", "reported", "noted", "wrote",
                        "stated", "announced", "tweeted", "posted", "confirmed", "insisted"})
_EN_TITLE_GAP = frozenset({"the", "a", "an", "his", "her", "their", "its", "special", "top",
                           "senior", "former", "acting", "deputy", "chief", "-"})
# words a title phrase between "and" and a name is made of ("and the armed forces chief of
# staff, Major General Y", "and Kurdistan Region President Y")
_EN_TITLE_WORDS = frozenset({w for t in L.EN_TITLES for w in t.replace("-", " ").split()
                            if w != "and"}) | \
    L.EN_QUALIFIERS | L.EN_ORG_HEADS | L.EN_GROUP_HEADS | frozenset({
        "the", "his", "her", "its", "their", "of", "armed", "staff", "affairs", "security",
        "national", "intelligence", "defence", "defense", "foreign", "interior", "energy",
        "oil", "finance", "state", "general", "region", "regional", "-", "'s"})
_EN_AFTER_MEMBER = frozenset({",", ".", ";", ":", "and", "in", "at", "on", "during", "for",
                              "while", "as", "after", "before", "last", "this", "respectively", "(", ")", "—", "-",
                              "according", "to", "about", "over", "amid", "with"})
_STOP_PUNCT = frozenset({".", ";", "؛", ":", "?", "!", "؟", "(", ")"})
_MAXGAP = 14


@needs((L.AR_MEET, L.EN_MEET), (_AR_SUMMIT, _EMPTY))
def meeting_fallback(sr: Any) -> None:
    """Add the meetings of a sentence with a meeting word and no MET_WITH yet (module doc)."""
    ts = sr.triggers(L.AR_MEET, L.EN_MEET)
    if _AR_SUMMIT in sr.present_sets:
        ts = sorted(ts + sr.triggers(_AR_SUMMIT, _EMPTY))
    if not ts:
        return
    for r in sr.out:
        if r.type == "MET_WITH":
            return
    for t in ts:
        got = _pair_ar(sr, t) if sr.toks[t].ar else _pair_en(sr, t)
        if got is None:
            continue
        subj, partners = got
        if indirect_talks(sr, t) or sr.blocked(t, subj):
            continue
        rule = "met_fallback_ar" if sr.toks[t].ar else "met_fallback_en"
        for p in partners:
            if p.eid != subj.eid:
                sr.add("MET_WITH", subj.eid, p.eid, rule, 0.6)


def _clause_end(sr: Any, k: int) -> int:
    for x in range(k, sr.hi):
        if sr.toks[x].text in _STOP_PUNCT:
            return x
    return sr.hi




# ---- English -----------------------------------------------------------------------------
def _pair_en(sr: Any, t: int):
    key = sr.key(t)
    if key in _EN_NOUNS:
        # "held talks / a (separate) meeting with Y"; the subject is the holder's
        w = next((x for x in range(t + 1, min(sr.hi, t + 9)) if sr.key(x) == "with"), None)
        if w is None or any(sr.key(x) in _EN_STOP or sr.toks[x].text in _STOP_PUNCT
                            for x in range(t + 1, w)):
            return None  # "held talks (in Moscow on Monday) with Y"
        h = next((x for x in range(t - 1, max(sr.lo, t - 4) - 1, -1) if sr.key(x) in _EN_HOLD),
                 None)
        if h is None:
            return None
        verb, k = h, w + 1
    elif key in _EN_VERBS:
        verb, k = t, t + 1
    else:
        return None
    b = verb - 1
    while b > sr.lo and sr.key(b) in EN_ADV:
        b -= 1
    if sr.key(b) in EN_PASSIVE_AUX or sr.key(b) == "to":
        return None  # "was received by" (own rule), "to meet" (not a meeting)
    p = _partner_en(sr, k, _clause_end(sr, k), None)  # the partner first: it is cheaper
    if p is None:
        return None
    subj = sr.subject_before(verb)
    if subj is None or subj.etype != "Person" or subj.poss or sr._object_marked(subj) or \
            subj.eid == p.eid:
        return None  # "X, who replaced Y, met Z": not Y
    if any(sr.toks[x].text in _STOP_PUNCT for x in range(subj.hi, verb)):
        return None
    carried, first = earlier_meeting_subject_en(sr, verb, subj)  # "The premier met X and Y,
    if carried:  # and then held talks with Z": the premier, not Y
        if first is None or first.eid == p.eid:
            return None
        subj = first
    partners = sr.chain(p, ("Person",))
    partners += [o for o in apposition_tail(sr, partners[-1], ("Person",)) if o not in partners]
    partners += [o for o in titled_members(sr, partners[-1]) if o not in partners]
    return subj, [o for o in partners if not _speaker_en(sr, o)]


def _speaker_en(sr: Any, m: Any) -> bool:
    """"..., Y said": the source of the report, not a participant."""
    y = m.hi
    while y < sr.hi and sr.key(y) in EN_ADV:
        y += 1
    return sr.key(y) in _EN_SPEECH


def _first_person(sr: Any, k: int, hi: int, subj: Any) -> tuple[Any, int] | None:
    """The first person from token *k* on (not *subj*) and where it starts (its title
    included), if that is before *hi* and within ``_MAXGAP`` tokens; a body, a country in a
    title or a place on the way is passed over."""
    for m in sr.args:
        if m.lo < k or m is subj:
            continue
        start = title_start(m)
        if start >= hi or start - k > _MAXGAP:
            return None
        if m.etype == "Person":
            return m, start
    return None


def _partner_en(sr: Any, k: int, hi: int, subj: Any):
    found = _first_person(sr, k, hi, subj)
    if found is None:
        return None
    m, start = found
    for x in range(k, start):
        kx = sr.key(x)
        if kx in _EN_STOP or (kx == "to" and not sr.toks[x + 1].cap and sr.key(x + 1) not in (
                "the", "his", "her")) or (sr.f(x) & L.EN_MEET and x > k and kx != "talks"):
            return None  # a clause of its own, an infinitive, another meeting word
    if m.poss or (subj is not None and m.eid == subj.eid) or (
            m.kind == "desc" and sr.key(m.hi) == "of"):
        return None  # "met Y's son" / "met the envoy of Y": someone unnamed
    if _speaker_en(sr, m):
        return None  # "hosted a conference on ..., Y said": the speaker
    b = start - 1
    while b >= k and (sr.toks[b].cap or sr.key(b) in _EN_TITLE_GAP or
                      sr.key(b) in L.NATIONALITY or sr.key(b) in L.EN_TITLE_FIRST):
        b -= 1  # back over the title: "a letter from Russian Foreign Minister Y"
    if b >= k and sr.key(b) in _EN_BAD_GOV:
        # "received a letter from Y", "met the envoy of Y"; "received two envoys of Y, A and
        # B": A and B (meeting_plural_object.py)
        return partner_after_plural_of(sr, k, b, m, hi, _partner_en, subj) \
            if sr.key(b) == "of" else None
    of = max((x for x in range(k, m.lo) if sr.key(x) == "of"), default=None)
    if of is not None and not any(sr.toks[x].text == "," for x in range(of, m.lo)):
        return partner_after_plural_of(sr, k, of, m, hi, _partner_en, subj)
        # "met the envoy of President Y": Y is not met ("the head of X, Y": is)
    return m


# ---- Arabic ------------------------------------------------------------------------------
def _pair_ar(sr: Any, t: int):
    fs = sr.f(t)
    hold = next((x for x in range(t - 1, max(sr.lo, t - 6) - 1, -1) if sr.f(x) & _AR_HOLD),
                None) if fs & _AR_NOUNS or fs & _AR_SUMMIT else None
    hold_noun = hold is not None  # "عقد X (، اليوم،) اجتماعاً مع Y"
    with_verb = bool(fs & _AR_WITH_VERBS)
    if not (fs & _AR_VERBS or with_verb or hold_noun):
        return None
    if _pron_object(sr, t):
        return None  # "استقبله X" / "التقاه": the pronoun rules' business
    hi = _clause_end(sr, t + 1)
    after = [m for m in sr.args if m.lo > t and title_start(m) < hi and m.etype == "Person"
             and title_start(m) - t <= 2 * _MAXGAP]
    if with_verb or hold_noun:
        w = next((x for x in range(t + 1, min(hi, t + _MAXGAP)) if sr.key(x) == "مع" or (
            sr.key(x).startswith(("مع", "ومع")) and sr.mention_at.get(x) is None)), None)
        if w is None:
            w = next((m.lo for m in after if m.prefix.lstrip("وف").startswith("مع")), None)
        if w is None:
            return None
        lo = hold if hold is not None else t
        inner = [m for m in sr.args if lo < m.lo < w and m.etype == "Person" and
                 not _governed(sr, m)]
        subj = inner[0] if inner else _subject_before(sr, lo)
        p = _partner_ar(sr, w if sr.key(w) != "مع" else w + 1, hi, subj)
        if subj is None or p is None:
            return None
        ch = sr.chain(p, ("Person",))
        return subj, ch + [o for o in titled_members(sr, ch[-1]) if o not in ch]
    p1 = _partner_ar(sr, t + 1, hi, None)
    if p1 is None:
        return None
    if sr.has_prep(p1, {"ب", "مع"}):
        subj = _subject_before(sr, t)  # "اجتمع (X) ... بـY": the subject is before
        partners = sr.chain(p1, ("Person",))
    else:
        ch = sr.chain(p1, ("Person",))
        p2 = _partner_ar(sr, ch[-1].hi, hi, p1)
        if p2 is not None and p2 not in ch and not p2.prefix.startswith("و"):
            subj, partners = p1, sr.chain(p2, ("Person",))  # VSO: "استقبل X ... Y"
        else:
            subj, partners = _subject_before(sr, t), ch  # SVO or a carried subject
    if subj is None:
        return None
    partners = partners + [o for o in titled_members(sr, partners[-1]) if o not in partners]
    return subj, [p for p in partners if p is not subj]


def _pron_object(sr: Any, t: int) -> bool:
    return any(fm.endswith(("اه", "اهم", "ها", "هم", "ه")) and fm not in _AR_VERBS
               for fm in (sr.toks[t].key,) if len(fm) > 5) or sr.key(t + 1) in (
                   "معه", "معها", "به", "بها", "معهم", "بهم")


def _governed(sr: Any, m: Any) -> bool:
    """Arabic: the name is the object of a preposition other than بـ / مع."""
    return sr.has_prep(m, _AR_BAD_PREPS) or in_place_phrase(sr, m)


def _subject_before(sr: Any, t: int):
    """The nearest person before *t* in the sentence that no preposition governs and that is
    not inside a relative clause ("وكان X، الذي خلف Y في المنصب، قد التقى Z": X, not Y)."""
    best = None
    for m in sr.args:
        if m.hi > t:
            break
        if m.etype == "Person" and not sr.has_prep(m, _AR_BAD_PREPS | {"ب", "مع"}) and \
                not in_place_phrase(sr, m) and not _in_relative_ar(sr, m, t) and not any(
                    sr.toks[x].text in _STOP_PUNCT for x in range(m.hi, t)):
            best = m
    return best


def _in_relative_ar(sr: Any, m: Any, t: int) -> bool:
    """Arabic: *m* follows a relative pronoun (الذي / التي / والذي ...) of a clause that a
    comma closes before *t*."""
    for y in range(title_start(m) - 1, max(sr.lo, title_start(m) - 12) - 1, -1):
        tk = sr.toks[y]
        if tk.text in ("،", ","):
            return False
        if tk.key.lstrip("و") in _AR_REL:
            return any(sr.toks[x].text in ("،", ",") for x in range(m.hi, t))
    return False


def _partner_ar(sr: Any, k: int, hi: int, subj: Any):
    """The first person from token *k* on, with only titles, bodies, dates, places and
    commas before it (no relative clause, no reporting verb, no other clause)."""
    found = _first_person(sr, k, hi, subj)
    if found is None:
        return None
    m, start = found
    for x in range(k, start):
        if sr.f(x) & _AR_STOP or (sr.f(x) & L.AR_MEET and x > k) or \
                sr.key(x) in _AR_GAP_PREPS:
            return None  # "رسالة من Y": not the partner
    if _governed(sr, m) or (subj is not None and m.eid == subj.eid):
        return None
    if any(sr.f(x) & _AR_RELATIONAL for x in (start - 1, start) if x >= k):
        return None  # "مبعوث X" / "نجل X": someone else
    return m


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
            if commas > 1 or y != start - 1:
                return None
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
        if not (kx == "and" or (kx == "," and sr.key(x + 1) == "and") or (
                sr.toks[x].ar and kx[:1] == "و" and len(kx) > 2) or (
                kx == "،" and sr.key(x + 1)[:1] == "و")):
            continue  # no list goes on after b (most pairs): skip the look-up
        other = r.target if b.eid == r.source else r.source
        for mem in relative_clause_cut(sr, [b] + titled_members(sr, b))[1:]:
            if mem.eid != other and (other, mem.eid) not in done:
                done.add((other, mem.eid))
                sr.add("MET_WITH", other, mem.eid, "met_list_titled", 0.6)


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
