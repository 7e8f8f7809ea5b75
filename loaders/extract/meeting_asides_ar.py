"""MET_WITH in Arabic: the subject or partner of a meeting verb past an aside (session 11), run
from the meeting rule (``meetings._met_svo``) on a sentence with a meeting verb:

- "استُقبل X من قبل Y ...، ثم أجرى محادثات مع Z": X met Z (``passive_subject_ar``);
- "أجرى X محادثات في القاهرة السبت مع Y": the partner after a place and a day
  (``with_after_place_ar``), or past a time clause or an aside (``object_past_when_ar``,
  ``object_after_aside_ar``);
- "... الرئيس Y، الذي استقبله قبلها في مكتبه، كما التقى Z": the head Y received the sentence's
  topic T, and Z met T too, not Y (``relative_host_ar``, run by
  ``meeting_visitor.visitor_meetings``);
- "التقى X في بغداد Y، وفي أربيل التقى Z": X met Z (``earlier_subject_ar``); "X، خليفة Y": the
  head of an apposition (``apposed_head_ar``)."""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.meeting_clauses import _COMMAS, _GOVERNED
from loaders.extract.meeting_noun_sides import add_past_call
from loaders.extract.relative_aux_ar import relative_before_verb_ar
from loaders.extract.rule_common import person_at, title_start


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


_AR_WHEN = L._ar("في", "امس", "اليوم", "يوم", "مساء", "صباح", "السبت", "الأحد", "الاثنين",
                 "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "الماضي", "الحالي",
                 "ظهر", "عصر", "فجر", "ظهيرة", "ليلة", "ليل")  # ("، ظهر اليوم،", "، ليل الثلاثاء،": s67)


# a building after «في» and the words of its name ("في مقر السفارة الأميركية", "في السرايا الحكومية")
_AR_VENUE = L.AR_PLACE_NOUNS | L._ar("السفارة", "القنصلية", "السراي", "السرايا", "دارة", "الحكومي",
                                     "الحكومية", "الرئاسي", "الرئاسية", "الجمهوري", "الكبير", "الكبيرة")
# "اجتماعاً استمر (أكثر من) ثلاث ساعات": how long the meeting lasted (session 17b)
_AR_LASTED = L._ar("استمر", "استمرت", "دام", "دامت", "امتد", "امتدت", "استغرق", "استغرقت")

_AR_DURATION = L._ar("أكثر", "اكثر", "من", "نحو", "قرابة", "حوالي", "زهاء", "ساعة", "ساعتين",
                     "ساعات", "ساعتان", "لساعات", "لساعتين", "دقيقة", "دقائق", "ثلاث", "أربع",
                     "اربع", "خمس", "ست", "سبع", "نصف", "ونصف", "لأكثر", "لاكثر")


def with_after_place_ar(sr: Any, t: int) -> int | None:
    """"أجرى X محادثات في القاهرة السبت مع Y": the مع after the meeting noun at *t* past a
    place and a day (nothing else between), else None. The place may be a building, "في مقر
    السفارة الأميركية في عوكر", "في قصر الشعب", "في السرايا الحكومية" (session 68). (A
    sentence opening with the noun, "وفي اجتماع في بغداد مع Y", is
    ``meeting_press.with_after_place``: one place only.)
    Also past how long it lasted: "اجتماعاً استمر أكثر من ثلاث ساعات في جنيف مع Y"."""
    lasted = sr.f(t + 1) & _AR_LASTED
    in_venue = False
    for x in range(t + 1, min(sr.hi, t + (14 if lasted else 12))):
        if not (lasted or in_venue) and x >= t + 8:
            return None
        if lasted and (x == t + 1 or sr.f(x) & _AR_DURATION or sr.key(x).isdigit()):
            continue
        k = sr.key(x)
        if k == "مع" or (k.startswith("مع") and sr.mention_at.get(x) is not None):
            return x
        if sr.key(x - 1) == "في" and sr.f(x) & _AR_VENUE:
            in_venue = True  # "اجتماعاً في مقر السفارة الأميركية في عوكر مع Y" (session 68)
            continue
        if in_venue and (sr.f(x) & _AR_VENUE or k in L.NATIONALITY):
            continue
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


# the brackets and slash of a month's gloss in a date: "تشرين الأول (أكتوبر)", "تموز/يوليو"
_DATE_GLOSS = frozenset({"(", ")", "/"})


def object_after_aside_ar(sr: Any, a: int) -> Any:
    """"استقبل X، اليوم الجمعة في مقر الرئاسة الثانية في عين التينة، Y": the person right
    after a day-and-place aside between commas that follows the subject X ending at *a*
    (no one named inside it), else None. Session 67: an aside opening with a seat or palace
    ("، بمقر رئاسة الجمهورية، Y", "، بقصر المرادية، Y"; the body right after "بمقر" is the
    seat's, not met)."""
    if a + 1 >= sr.hi or sr.toks[a].text not in ("،", ",") or not (
            sr.f(a + 1) & _AR_WHEN or _at_place_ar(sr, a + 1) or sr.f(a + 1) & _AR_AT_SEAT):
        return None
    seat = bool(sr.f(a + 1) & _AR_AT_SEAT)
    for y in range(a + 2, min(sr.hi - 1, a + 16)):
        tk = sr.toks[y]
        if tk.text in ("،", ","):
            if sr.key(y + 1) == "في":
                continue  # "X، السبت، في قصر بعبدا، Y": a place aside after the day (s39)
            p = sr.after(y + 1, types=("Person",), maxgap=4)  # ("مستشار المرشد الإيراني X")
            if p is None and sr.f(y + 1) & L.AR_TITLE_FIRST:
                p = _after_long_title(sr, y + 1)
            return p if p is not None and not any(
                sr.toks[z].punct for z in range(y + 1, title_start(p))) else None
        m = sr.mention_at.get(y)
        if seat and y == a + 2 and m is not None and m.etype == "Organization":
            continue  # "، بمقر رئاسة الجمهورية،": the body whose seat it is (session 67)
        if (tk.punct and tk.text not in _DATE_GLOSS) or (
                m is not None and m.etype in ("Person", "Organization")):
            return None  # ("9 تشرين الأول (أكتوبر) 2024": a month's gloss may stand inside)
    return None


# "، بمقر رئاسة الجمهورية،" / "، بقصر المرادية،" / "، بمكتبه،": a seat or palace aside (session 67)
_AR_AT_SEAT = L._ar("بمقر", "بقصر", "بالقصر", "بمكتبه", "بمكتبها", "بمكتب", "بديوان", "بدار", "بالمقر")


def _at_place_ar(sr: Any, x: int) -> bool:
    """Does the aside at *x* open with "بـ" glued to a place named ("، ببورتسودان،",
    "، ببغداد،"; session 58)?"""
    m = sr.mention_at.get(x)
    return sr.toks[x].key.startswith("ب") and m is not None and m.lo == x and \
        m.etype in ("Location", "Country") and m.prefix.endswith("ب")


def _after_long_title(sr: Any, x: int) -> Any:
    """The person named at most 10 words after the title word at *x*, no punctuation and no
    other person between (session 39: "، الناطقَ الرسمي لحركة أنصار الله اليمنية ورئيس وفدها
    المفاوض Y"), else None."""
    for y in range(x + 1, min(sr.hi, x + 11)):
        if sr.toks[y].punct:
            return None
        m = sr.mention_at.get(y)
        if m is not None and m.etype == "Person":
            return m if m.kind == "name" else None
    return None


def _topic_before(sr: Any, head: Any) -> Any:
    """The first person of the sentence before *head* that no preposition governs."""
    return next((m for m in sr.args if m.hi <= title_start(head) and m.etype == "Person" and
                 m.eid != head.eid and not sr.has_prep(m, _GOVERNED)), None)


def relative_host_ar(sr: Any, ts: list[int]) -> None:
    """Add the meetings of a relative clause whose object pronoun is the topic (module doc)."""
    toks = sr.toks
    for t in ts:
        r = relative_before_verb_ar(sr, t)  # "، الذي (سبق أن / كان قد) التقاه"
        if r - 2 < sr.lo or not toks[t].ar or not sr.f(r) & L.AR_REL_PRONOUNS or \
                toks[r - 1].text not in ("،", ",") or not toks[t].key.endswith(("ه", "ها")):
            continue
        head = sr.mention_at.get(r - 2)
        if head is None or head.etype != "Person" or head.hi != r - 1:
            continue
        topic = _topic_before(sr, head)
        if topic is None or sr.blocked(t, head):
            continue
        add_past_call(sr, r, head.eid, topic.eid, "relative_host_ar")  # (after a call)
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
    if not verbs or (any(sr.f(v) & L.AR_RECEIVE_VERBS for v in verbs) and
                     not sr.f(t) & L.AR_RECEIVE_VERBS):
        return prev  # "استقبل X Y ...، وفي المساء التقى Z": the guest Y goes on (but
        # "استقبل X Y، وفي وقت لاحق استقبل Z": the host receives again, session 56)
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
