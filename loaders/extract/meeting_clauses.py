"""MET_WITH: which clause a meeting verb's subject and objects belong to (session 11).

Long news sentences chain clauses with و and no comma, and open new ones after a comma:

- "وزار عراقجي بيروت في الرابع من الشهر والتقى رئيس مجلس النواب X ورئيس الحكومة Y": the
  و-verb continues the first clause's subject (عراقجي met X and Y); the list after it is no
  subject and object (X and Y did not meet each other). ``carried_subject_ar``.
- "والتقى الرئيس X، فيما لم يلتقِ Y ..." / "، كما زارها Z بعد أيام": after a comma,
  فيما / بينما / في حين / لكن, or كما / ثم before a word that is no name or title, open a
  clause of their own; a name there is no object of the verb before. ``opens_clause_ar``.

- English: "met X and Y, and Z visited Beirut a week later": Z opens a clause of his own
  (a verb follows him), so he is no object of "met". ``objects_in_clause_en``.

- English: "X was received by Y at his office and later held talks with Z": the subject of
  the verb after "and" is the passive's subject X, not its agent Y. ``passive_subject_en``.
  Arabic: "استُقبل X من قبل Y ...، ثم أجرى محادثات مع Z": X (``passive_subject_ar``).
- English: "X held talks in Cairo with Y, and in Doha this week met Z": the second verb
  has no subject of its own and Y is the first meeting's object, so X met Z (Y did not).
  ``earlier_subject_en``.
  Arabic: "أجرى X محادثات في القاهرة السبت مع Y": the partner after a place and a day
  (``with_after_place_ar``).
- Arabic relative clause with an object pronoun: "... الرئيس Y، الذي استقبله قبلها في مكتبه،
  كما التقى Z": the head Y received the sentence's topic T (the first person no preposition
  governs), and Z after "، كما / ثم <verb>" met T too, not Y. ``relative_host_ar`` (run by
  ``meeting_visitor.visitor_meetings``).
  Arabic: "التقى X في بغداد Y، وفي أربيل التقى Z": X met Z (``earlier_subject_ar``).
- English: "met Z, Pentagon officials said": the body of a reporting clause is no object.

All run only from the meeting rule (``meetings._met_svo``) on a sentence with a meeting verb.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.meeting_passive_agent import apposed_agent_en
from loaders.extract.meeting_possessed import apposed_object_subject_en
from loaders.extract.meeting_relative_list import relative_clause_cut
from loaders.extract.meeting_unnamed_subject import earlier_meeting_subject_en
from loaders.extract.rule_common import EN_PASSIVE_AUX, person_at, title_start

_OPENERS = L._ar("فيما", "وفيما", "بينما", "وبينما", "لكن", "ولكن", "لكنه", "ولكنه", "لكنها",
                 # a source after a comma ("، بحسب مصادر مقربة من الحزب"): names no partner
                 "بحسب", "وبحسب", "حسب", "وفق", "وفقا", "نقلا")
_GO_ON = L._ar("كما", "ثم")
_COMMAS = frozenset({"،", ",", "؛", ";"})
_PREPS = frozenset({"مع", "في", "الي", "علي", "من", "عن", "بين", "لدي", "عند", "ايضا"})
_GOVERNED = frozenset({"ب", "ل", "مع", "في", "الي", "من", "عن", "علي"})
_ENDS = frozenset({".", "؛", ";"})


def _verb_like(sr: Any, x: int) -> bool:
    """Is token *x* a word that can open a clause: no name, title, article noun or preposition
    ("كما زارها", "ثم غادر"; not "ثم Y", "ثم وزير ...", "ثم مع Y")?"""
    if x >= sr.hi or sr.mention_at.get(x) is not None or sr.toks[x].punct:
        return False
    if any(p.tlo == x for p in sr.args):
        return False
    k = sr.key(x)
    return not (k in _PREPS or k.startswith(("ال", "وال", "بال")) or k in L.AR_TITLE_FIRST)


# nouns whose genitive complement a person is: "بعد سقوط نظام X"، "في عهد حكومة X"
_AR_OF_HEADS = L._ar("سقوط", "نظام", "حكومة", "عهد", "اغتيال", "مقتل", "رحيل", "وفاة",
                     "إطاحة", "الإطاحة", "انتخاب", "تنحي", "هروب", "فرار")


def genitive_of_ar(sr: Any, m: Any) -> bool:
    """*m* completes a noun before it ("بعد سقوط نظام بشار الأسد، إذ التقى Y"، "مقتل X"): no
    subject of a verb after it."""
    return sr.key(title_start(m) - 1).lstrip("وب") in _AR_OF_HEADS


_AR_MEETING_CONSTRUCT = L._ar("لقاء", "اجتماع", "استقبال", "مقابلة", "محادثات", "مباحثات", "لقائه",
                               "لقائها", "اجتماعه", "اجتماعها")


def met_in_noun_ar(sr: Any, m: Any) -> bool:
    """*m* completes a meeting noun ("انتقل بعد لقاء بري إلى السراي"، "استهل زيارته بلقاء
    X"): the one met, never the subject carried into a later clause."""
    return sr.key(title_start(m) - 1).lstrip("وب") in _AR_MEETING_CONSTRUCT


def opens_clause_ar(sr: Any, a: int, b: int) -> bool:
    """Does a new clause open between tokens *a* and *b* (module doc)?"""
    toks = sr.toks
    for y in range(a, min(b, sr.hi) - 1):
        if toks[y].text not in _COMMAS:
            continue
        if toks[y].text in ("؛", ";"):
            return True
        if sr.f(y + 1) & _OPENERS or (sr.key(y + 1) in ("في", "وفي") and sr.key(y + 2) == "حين"):
            return True
        if sr.f(y + 1) & _GO_ON and _verb_like(sr, y + 2):
            return True
    return False


def _clause_end(sr: Any, a: int) -> int:
    """The end of the clause running at *a*: the next clause opener or sentence end."""
    for y in range(a, sr.hi):
        if sr.toks[y].text in _ENDS or (sr.toks[y].text in _COMMAS and opens_clause_ar(
                sr, y, y + 3)):
            return y
    return sr.hi


def carried_subject_ar(sr: Any, t: int, first: Any) -> Any:
    """"وزار X بيروت ... والتقى A وB": the subject X of the clause a و-verb continues with
    no comma before it, when a list (two or more) follows the verb and nothing else is named
    in its clause, and X is the only agent of the clause before; else None."""
    if t - 1 <= sr.lo or sr.toks[t - 1].punct or not sr.toks[t].key.startswith("و"):
        return None
    ch = sr.chain(first)
    if len(ch) < 2:
        return None
    end = _clause_end(sr, ch[-1].hi)
    if any(ch[-1].hi <= m.lo < end and m.etype in ("Person", "Organization") and m not in ch
           for m in sr.args):
        return None
    start = sr.lo
    for y in range(t - 1, sr.lo - 1, -1):
        if sr.toks[y].text in _COMMAS or sr.toks[y].text in _ENDS:
            start = y + 1
            break
    agents = [m for m in sr.args if start <= m.lo < t and m.etype in ("Person", "Organization")]
    if len(agents) != 1 or agents[0].etype != "Person":
        return None
    p = agents[0]
    if title_start(p) - start > 2 or sr.has_prep(p, _GOVERNED) or p.eid in {c.eid for c in ch}:
        return None
    return p


_AR_ALSO = frozenset({"كما", "وكما", "ثم"})


def also_met_object_ar(sr: Any, t: int, first: Any) -> Any:
    """"كما التقى (في الحنانة بعد أسابيع) القيادي في الحزب X، مرشح ...": a sentence opening
    with كما / ثم + the meeting verb, whose one person after it is followed by a comma or the
    sentence end (no object of his own), names the object; the subject is the previous
    sentence's. That subject, else None."""
    ch = sr.chain(first, ("Person",))
    last = ch[-1]  # "كما التقى X وY، اللذين وصلا ...": a list of objects, none a subject
    if sr.key(t - 1) not in _AR_ALSO or first.etype != "Person" or (
            last.hi < sr.hi and sr.toks[last.hi].text not in _COMMAS and
            sr.toks[last.hi].text not in _ENDS) or \
            not all(sr.key(x) in _AR_ALSO or sr.key(x) == "و" for x in range(sr.lo, t)):
        return None
    if len(ch) != len(sr.chain(first)):
        return None  # a body in the list
    if sr.key(last.hi + 1) in ("الذي", "التي"):
        return None  # "كما التقى X، الذي خلف Z ...، Y": X is the subject, Y the object
    return sr._prev_subject(exclude=first.eid)


_EN_CLAUSE_VERBS = frozenset({
    "visited", "arrived", "met", "said", "told", "travelled", "traveled", "flew", "went", "came",
    "returned", "left", "held", "signed", "received", "hosted", "called", "spoke", "was", "were",
    "is", "are", "had", "has", "have", "will", "would", "did", "does", "later", "also",
    "declined", "refused", "stayed", "remained", "attended", "joined"})


def new_clause_after_comma_and(sr: Any, gap_keys: list[str], cur: Any, nxt: Any) -> bool:
    """"A was received by B, and C met D", "X met B, and Iraqi PM C met D": the ", and"
    (*gap_keys*, a nationality may follow) between B (*cur*, governed by a word before it:
    "by", a verb) and C (*nxt*, a verb after it) opens a new clause whose subject is C, so B
    and C are no list ("X, B, and C met": B after a list comma stays a list member)."""
    if gap_keys[:2] != [",", "and"] or sr.key(nxt.hi) not in _EN_CLAUSE_VERBS or not all(
            g in L.NATIONALITY or g == "the" for g in gap_keys[2:]):
        return False
    s = title_start(cur)
    return s > sr.lo and sr.key(s - 1) not in (",", "and", "(", "-")


def objects_in_clause_en(sr: Any, objs: list[Any]) -> list[Any]:
    """*objs* up to the first later member that a verb follows ("..., and Z visited it")."""
    for i in range(1, len(objs)):
        o = objs[i]
        if sr.key(o.hi) not in _EN_CLAUSE_VERBS:
            continue
        b = title_start(o) - 1
        while b > objs[i - 1].hi and (sr.key(b) in L.NATIONALITY or sr.key(b) == "the" or
                                      sr.toks[b].cap):
            b -= 1  # "and Iraqi Prime Minister Z visited", "..., Foreign Minister Z said"
        if sr.key(b) in ("and", ","):
            return objs[:i]
    for i in range(1, len(objs)):
        o = objs[i]
        if sr.key(o.hi) in _EN_REPORTERS and sr.key(o.hi + 1) in _EN_SAID:
            return objs[:i]  # "met Z, Pentagon officials said"
    # "included X, who met Y, and Z": Z goes with X (meeting_relative_list.py)
    return relative_clause_cut(sr, objs)


_EN_LED_BY = frozenset({"led", "headed"})


def named_group_members_en(sr: Any, body: Any) -> Any:
    """"met Coordination Framework figures X and Y" / "Hamas officials X and Y": the first
    member named right after the body's group noun (the partners are the people named, not
    the body); else None."""
    k = body.hi
    if k + 1 >= sr.hi or sr.key(k) not in L.EN_GROUP_HEADS or body.poss:
        return None
    if sr.key(k + 1) in _EN_LED_BY and sr.key(k + 2) == "by":
        # "a Hamas delegation headed by X": its head X, not the body
        p = sr.after(k + 3, types=("Person",), maxgap=4)
        return p if p is not None and all(
            not sr.toks[y].punct for y in range(k + 3, title_start(p))) else None
    p = sr.mention_at.get(k + 1)
    if p is None or p.etype != "Person" or k + 1 not in (p.lo, title_start(p)):
        return None
    return p


_EN_REPORTERS = frozenset({"officials", "official", "sources", "source", "spokesman",
                           "spokeswoman", "spokesperson", "diplomats", "officers", "aides"})
_EN_SAID = frozenset({"said", "say", "says", "told", "added", "reported", "confirmed"})
_EN_THEN = frozenset({"later", "then", "also", "subsequently", "afterwards", "separately"})


_EN_MEET_PARTICIPLES = frozenset({"received", "met", "welcomed", "greeted", "hosted"})
_EN_BY_BACK = 24  # "by Y, the speaker of parliament who has become ..., and then met Z"


def _far_agent_by(sr: Any, subj: Any, a: int) -> int | None:
    """The 'by' a few words before *subj* ("by Y", "by Qatar's Emir, Sheikh Y") when *subj*
    is at most 23 words before *a* with no ';' between, else None."""
    if a - subj.hi > _EN_BY_BACK:
        return None
    s0 = title_start(subj)
    b = next((x for x in range(s0 - 1, max(sr.lo, s0 - 6) - 1, -1) if sr.key(x) == "by"), None)
    if b is None or any(sr.key(x) in (";", ":") for x in range(subj.hi, a)):
        return None
    return b


def passive_subject_en(sr: Any, t: int, subj: Any) -> Any:
    """"X was received by Y (at ...) and later held talks with Z": X, the subject of the
    passive before "and", for the verb at *t* whose nearest person *subj* is the passive's
    agent or someone after it; else *subj*."""
    if subj is None or subj.etype != "Person":
        return subj
    a = t - 1
    lo, toks = sr.lo, sr.toks  # (tokens inside the sentence: toks[x].key is sr.key(x))
    while a > lo and (toks[a].key in _EN_THEN or toks[a].key in ("held", "had", "hold")):
        a -= 1
    if sr.key(a) not in ("and", ",") or a <= subj.lo:
        return subj  # ("X was received by Y, then met Z": the comma too)
    b = None  # the last "by" in the 11 words before a (a loop: no generator)
    for x in range(a - 1, max(lo, a - 12), -1):
        if toks[x].key == "by":
            b = x
            break
    if b is None and a - subj.hi > 8:
        b = _far_agent_by(sr, subj, a)  # "by Y, <a long description>, and then met Z"
    if b is None or subj.lo < b:
        return subj
    agent = sr.mention_at.get(b + 1)
    if agent is None and sr.key(b - 1) in _EN_MEET_PARTICIPLES:
        # ("received by President Y", "by Qatar's Emir, Sheikh Y": a title or a description)
        agent = person_at(sr, b + 1) or apposed_agent_en(sr, b)
    if agent is None or agent.etype != "Person" or (subj is not agent and subj.eid != agent.eid
                                                    and subj.lo < agent.hi):
        return subj
    aux = next((x for x in range(b - 1, max(sr.lo, b - 6) - 1, -1)
                if sr.key(x) in EN_PASSIVE_AUX), None)
    if aux is None or not sr.key(aux + 1).endswith("ed") and sr.key(aux + 1) not in (
            "met", "seen", "greeted"):
        return subj
    p = sr.before(aux, types=("Person",), maxgap=1)
    if p is None and aux - 1 >= sr.lo and sr.key(aux - 1) in ("he", "she"):
        return sr._he_at(aux - 1)  # "he was received by Y, then met Z": he, never Y
    if p is None or p.eid == agent.eid or any(
            sr.toks[x].text in (",", ";") for x in range(p.hi, aux)):
        return subj
    return p


def passive_subject_ar(sr: Any, subj: Any) -> Any:
    """"استُقبل X من قبل Y ...، ثم أجرى محادثات مع Z": *subj* Y is the agent of a passive
    ("من قبل Y" / "على يد Y"); the meeting's subject is X, the person named right before it,
    else (session 19) the nearest one before ("وكان X قد وصل، واستُقبل في القصر من قبل Y"),
    when no preposition governs him; else *subj*."""
    if subj is None or subj.etype != "Person":
        return subj
    s = title_start(subj)
    if not ((sr.key(s - 1) == "قبل" and sr.key(s - 2) in ("من", "ومن")) or
            (sr.key(s - 1) in ("يد", "ايدي") and sr.key(s - 2) == "علي")):
        return subj
    p = sr.before(s - 2, types=("Person",), maxgap=1)
    if p is None:  # "وكان X قد وصل إلى مسقط، واستُقبل في القصر من قبل Y، كما عقد مباحثات مع
        # Z": the passive's own subject unnamed, the one of the clause before (session 19)
        p = sr.before(s - 2, types=("Person",), maxgap=14)
    if p is None or p.eid == subj.eid or sr.has_prep(p, _GOVERNED):
        return subj
    return p


def earlier_subject_en(sr: Any, t: int, subj: Any) -> Any:
    """"X held talks with Y, and in Doha this week met Z": X, the partner a meeting rule
    already gave the nearest person Y when Y stands before ", and (adverbials) <verb>" with
    no one named after it; else *subj* (module doc)."""
    if subj is None or subj.etype != "Person":
        return subj
    carried, first = earlier_meeting_subject_en(sr, t, subj)
    if carried:
        return first  # "The premier met X and Y, and then held talks with Z": not Y-Z
    apposed = apposed_object_subject_en(sr, t, subj)  # "X met K's successor, Y, and
    if apposed is not None:  # hosted Z": X (meeting_possessed.py)
        return apposed
    if not sr.out:
        return subj
    a = next((x for x in range(subj.hi, t) if sr.key(x) == "and"), None)
    if a is None or sr.key(a - 1) != "," or any(
            subj.hi <= m.lo < t and m.etype in ("Person", "Organization") for m in sr.args):
        return subj
    partners = [r.source if r.target == subj.eid else r.target for r in sr.out
                if r.type == "MET_WITH" and subj.eid in (r.source, r.target)]
    firsts = [m for m in sr.args if m.hi <= title_start(subj) and m.etype == "Person" and
              m.eid in partners]
    if len(firsts) != 1 or not any(
            firsts[0].hi <= t0 < subj.lo and sr._close_object(t0, subj)
            for t0 in sr.triggers(L.AR_MEET, L.EN_MEET)):
        return subj  # Y must be the object of the meeting word before it
    return firsts[0]


_AR_WHEN = L._ar("في", "امس", "اليوم", "يوم", "مساء", "صباح", "السبت", "الأحد", "الاثنين",
                 "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "الماضي", "الحالي")


# "اجتماعاً استمر (أكثر من) ثلاث ساعات": how long the meeting lasted (session 17b)
_AR_LASTED = L._ar("استمر", "استمرت", "دام", "دامت", "امتد", "امتدت", "استغرق", "استغرقت")
_AR_DURATION = L._ar("أكثر", "اكثر", "من", "نحو", "قرابة", "حوالي", "زهاء", "ساعة", "ساعتين",
                     "ساعات", "ساعتان", "لساعات", "لساعتين", "دقيقة", "دقائق", "ثلاث", "أربع",
                     "اربع", "خمس", "ست", "سبع", "نصف", "ونصف", "لأكثر", "لاكثر")


def with_after_place_ar(sr: Any, t: int) -> int | None:
    """"أجرى X محادثات في القاهرة السبت مع Y": the مع after the meeting noun at *t* past a
    place and a day (nothing else between), else None. (A sentence opening with the noun,
    "وفي اجتماع في بغداد مع Y", is ``meeting_press.with_after_place``: one place only.)
    Also past how long it lasted: "اجتماعاً استمر أكثر من ثلاث ساعات في جنيف مع Y"."""
    lasted = sr.f(t + 1) & _AR_LASTED
    for x in range(t + 1, min(sr.hi, t + (14 if lasted else 8))):
        if lasted and (x == t + 1 or sr.f(x) & _AR_DURATION or sr.key(x).isdigit()):
            continue
        k = sr.key(x)
        if k == "مع" or (k.startswith("مع") and sr.mention_at.get(x) is not None):
            return x
        if not _place_or_day_ar(sr, x):
            return None
    return None


def _place_or_day_ar(sr: Any, x: int) -> bool:
    """Is token *x* a place (a Location or Country mention) or an unnamed day word
    (``_AR_WHEN``: "في", "أمس", "مساء", "السبت", ...), which a partner may follow?"""
    m = sr.mention_at.get(x)
    if m is not None:
        return m.etype in ("Location", "Country")
    return bool(sr.f(x) & _AR_WHEN)


_EN_WHO_OUTER_VERBS = frozenset({"said", "says", "told", "wrote", "announced", "confirmed",
                                 "reported", "added", "included", "wounded", "injured"})
_EN_WHO_AUX = frozenset({"were", "was", "had", "has", "have", "is", "are", "been", "also",
                         "reportedly", "then", "later"})


def unnamed_who_head_en(sr: Any, k: int) -> bool:
    """"X said the strike also killed other commanders who were meeting with Y": the verb
    at *k* follows a "who" that belongs to a noun nobody names (an uncapitalised word right
    before it, and no person in the 8 words before or a verb between him and it), not X."""
    w = k - 1
    while w > sr.lo and sr.toks[w].key in _EN_WHO_AUX:
        w -= 1
    if w <= sr.lo or sr.toks[w].key != "who" or sr.toks[w].ar:
        return False
    head = sr.before(w, types=("Person",), maxgap=8)
    b = w - 1
    if b < sr.lo or sr.toks[b].punct or sr.toks[b].cap or sr.mention_at.get(b) is not None:
        return False
    return head is None or any(sr.toks[y].key in _EN_WHO_OUTER_VERBS or sr.f(y) & L.EN_KILL
                               for y in range(head.hi, w))


def object_past_when_ar(sr: Any, end: int) -> Any:
    """"واجتمع X وY مساء السبت بـZ" / "والتقى X وY أمس في بيروت Z": the person named right
    after a day or a place that follows coordinated subjects ending at *end* (nothing else
    between), else None."""
    if end >= sr.hi or not sr.toks[end].ar or not (sr.f(end) & _AR_WHEN):
        return None
    for x in range(end + 1, min(sr.hi, end + 6)):
        p = person_at(sr, x)
        if p is not None:
            return p
        if not _place_or_day_ar(sr, x):
            return None
    return None


def object_after_aside_ar(sr: Any, a: int) -> Any:
    """"استقبل X، اليوم الجمعة في مقر الرئاسة الثانية في عين التينة، Y": the person right
    after a day-and-place aside between commas that follows the subject X ending at *a*
    (no one named inside it), else None."""
    if a + 1 >= sr.hi or sr.toks[a].text not in ("،", ",") or not sr.f(a + 1) & _AR_WHEN:
        return None
    for y in range(a + 2, min(sr.hi - 1, a + 16)):
        tk = sr.toks[y]
        if tk.text in ("،", ","):
            p = sr.after(y + 1, types=("Person",), maxgap=4)  # ("مستشار المرشد الإيراني X")
            return p if p is not None and not any(
                sr.toks[z].punct for z in range(y + 1, title_start(p))) else None
        m = sr.mention_at.get(y)
        if tk.punct or (m is not None and m.etype in ("Person", "Organization")):
            return None
    return None


def _topic_before(sr: Any, head: Any) -> Any:
    """The first person of the sentence before *head* that no preposition governs."""
    return next((m for m in sr.args if m.hi <= title_start(head) and m.etype == "Person" and
                 m.eid != head.eid and not sr.has_prep(m, _GOVERNED)), None)


def relative_host_ar(sr: Any, ts: list[int]) -> None:
    """Add the meetings of a relative clause whose object pronoun is the topic (module doc)."""
    toks = sr.toks
    for t in ts:
        if t - 3 < sr.lo or not toks[t].ar or not sr.f(t - 1) & L.AR_REL_PRONOUNS or \
                toks[t - 2].text not in ("،", ",") or not toks[t].key.endswith(("ه", "ها")):
            continue
        head = sr.mention_at.get(t - 3)
        if head is None or head.etype != "Person" or head.hi != t - 2:
            continue
        topic = _topic_before(sr, head)
        if topic is None or sr.blocked(t, head):
            continue
        sr.add("MET_WITH", head.eid, topic.eid, "relative_host_ar")
        for t2 in ts:
            if t2 <= t or sr.key(t2 - 1) not in ("كما", "ثم") or \
                    toks[t2 - 2].text not in ("،", ","):
                continue
            z = sr.after(t2 + 1, types=("Person",), maxgap=3)
            if z is None or z.eid in (head.eid, topic.eid) or sr.blocked(t2):
                continue
            sr.out[:] = [r for r in sr.out if not (r.type == "MET_WITH" and {
                r.source, r.target} == {head.eid, z.eid})]
            sr.add("MET_WITH", topic.eid, z.eid, "relative_host_ar")
            break


def _earlier_partner(sr: Any, m: Any) -> Any:
    """The one person named before *m* that a meeting rule already paired with *m*."""
    partners = {r.source if r.target == m.eid else r.target for r in sr.out
                if r.type == "MET_WITH" and m.eid in (r.source, r.target)}
    firsts = [p for p in sr.args if p.hi <= title_start(m) and p.etype == "Person" and
              p.eid in partners]
    return firsts[0] if len({p.eid for p in firsts}) == 1 else None


def earlier_subject_ar(sr: Any, t: int, prev: Any) -> Any:
    """"التقى X في بغداد Y، وفي أربيل التقى Z": the subject dropped before the verb at *t* is
    X, the partner of the previous meeting's object Y, when a comma stands between Y and
    the verb and nobody else is named there; else *prev*."""
    if prev is None or prev.etype != "Person" or not sr.out:
        return prev
    if not any(sr.toks[x].text in ("،", ",") for x in range(prev.hi, t)) or any(
            prev.hi <= m.lo < t and m.etype in ("Person", "Organization") for m in sr.args):
        return prev
    if any(sr.f(x) & L.AR_REL_PRONOUNS for x in range(prev.hi, t)):
        return prev  # "Y، الذي التقى لاحقاً Z": the relative clause's head
    verbs = [v for v in range(sr.lo, title_start(prev)) if sr.toks[v].ar and sr.f(v) & L.AR_MEET]
    if not verbs or any(sr.f(v) & L.AR_RECEIVE_VERBS for v in verbs):
        return prev  # "استقبل X Y ...، وفي المساء التقى Z": the guest Y goes on
    p = _earlier_partner(sr, prev)
    return p if p is not None and not sr.has_prep(p, _GOVERNED) else prev


# nouns that open an apposition about the person before it: "X، خليفة / نائب Y، التقى Z"
_AR_APPOSED_NOUNS = L._ar("خليفة", "خليفه", "نائب", "سلف", "مساعد", "مستشار", "شقيق", "نجل",
                          "ابن", "صهر", "مرافق", "رفيق", "مبعوث", "ممثل", "حليف", "وريث", "خصم",
                          "منافس", "صديق", "زوج", "والد", "سكرتير", "مدير")


def apposed_head_ar(sr: Any, m: Any, t: int) -> Any:
    """Arabic: the person X when *m* is named inside a closed apposition about X, "X، خليفة
    (الأمين العام) m (السابق)، التقى Z" (a possessed person is no subject of the verb at *t*);
    None otherwise."""
    c = title_start(m) - 1
    lo = max(sr.lo, c - 3)
    while c > lo and sr.toks[c].text not in _COMMAS:
        if sr.toks[c].punct or sr.mention_at.get(c) is not None:
            return None
        c -= 1
    if sr.toks[c].text not in ("،", ",") or not sr.f(c + 1) & _AR_APPOSED_NOUNS:
        return None
    if not any(sr.toks[x].text in ("،", ",") for x in range(m.hi, t)):
        return None  # the apposition must close before the verb
    head = sr.mention_at.get(c - 1)
    if head is None or head.hi != c or head.etype != "Person" or head.eid == m.eid:
        return None
    return head
