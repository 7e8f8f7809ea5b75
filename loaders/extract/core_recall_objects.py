"""MET_WITH recall helpers: guests, objects and subjects a clause leaves implicit.

Reads the guest of an earlier reception ("استقبله"), further objects after the first ("met X
and then Y", "ثم مع Y"), the subject an Arabic clause drops ("ثم توجه إلى بيروت، والتقى A وB":
the previous subject), adjunct clauses and datelines, "وكان X قد تولى ..." and an English
pronoun object ("met him").
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.core_wire_rules import in_place_phrase
from loaders.extract.meeting_after_place import partner_after_aside_en, partner_after_place
from loaders.extract.meeting_chain import (
    lead_before_host_en,
    prev_guest_en,
    remember_guest_en,
    sentence_subject_en,
)
from loaders.extract.meeting_clauses import opens_clause_ar
from loaders.extract.meeting_generic_en import aside_then_with_en
from loaders.extract.meeting_guest_then import in_reception_guest_ar
from loaders.extract.meeting_noun_sides import host_start_en, opening_adverbial_en
from loaders.extract.meeting_possessor_clause_ar import (
    apposed_clause_head_ar,
    possessor_adjunct_between_ar,
)
from loaders.extract.meeting_then_apart_ar import bare_partner_at, past_apart_aside_ar
from loaders.extract.pronoun_topic import met_before_and_en
from loaders.extract.rule_common import title_start
from loaders.extract.then_object_more_en import (
    apposed_then_person_en,
    then_after_relative_en,
)
from loaders.extract.wire_meetings import subjectless_object_ar


# ---- MET_WITH: guests, pronoun objects -----------------------------------------------------
def note_visitor(sr: Any, eid: str) -> None:
    """Remember that *eid* visited somewhere in this sentence (a later "received him" /
    "استقبله" most likely refers to the visitor)."""
    sr.doc.state.setdefault("visitors", []).append((sr.si, eid))


def guest_antecedent(sr: Any, exclude: str, back: int = 3):
    """The visitor named in the previous *back* sentences (not *exclude*), as a mention of
    that sentence: "X، الذي يزور إيران ... . واستقبله Y" -> X (not the host who met X). Of
    the visitors of the latest such sentence, the first named (the head of a delegation
    before its members)."""
    visitors = sr.doc.state.get("visitors", ())
    sents = [s_ for s_, eid in visitors if sr.si - back <= s_ < sr.si and eid != exclude]
    if not sents:
        return None
    last = max(sents)
    ids = {eid for s_, eid in visitors if s_ == last and eid != exclude}
    cands = [m for m in sr.doc.by_sent.get(last, ()) if m.eid in ids and
             m.etype == "Person" and not m.in_title]
    return min(cands, key=lambda m: m.lo) if cands else None


_AR_RECEIVED_HIM = L._ar("استقبله", "استقبلها", "التقاه", "التقاها", "واستقبله", "واستقبلها")


def received_him_before(sr: Any, t: int):
    """"(و)استقبله X ... قبل أن يلتقي Y": the guest (the pronoun's antecedent) is who goes on
    to meet Y. Returns the guest's mention, or None when no such reception precedes *t*."""
    rx = next((x for x in range(t - 3, sr.lo - 1, -1) if sr.f(x) & _AR_RECEIVED_HIM), None)
    if rx is None:  # "وكان في استقبال G ... H، قبل أن يلتقي Y": G (meeting_guest_then.py)
        return in_reception_guest_ar(sr, t)
    host = sr.after(rx + 1, types=("Person",), maxgap=4)
    ante = sr.before(rx, types=("Person",), maxgap=40)
    if host is not None:
        # "التقى X Z، الذي ...، ثم انتقل إلى B حيث استقبله Y، قبل أن يزور W": the guest the
        # pronoun of "استقبله" was read as (met_pron_ar), not the last person named (s71)
        gid = next((r.source if r.target == host.eid else r.target for r in sr.out
                    if r.type == "MET_WITH" and r.rule == "met_pron_ar" and
                    host.eid in (r.source, r.target)), None)
        read = next((m for m in sr.args if m.eid == gid and m.hi <= rx), None) \
            if gid is not None else None
        ante = read or ante
    if ante is None:
        ante = guest_antecedent(sr, exclude=host.eid if host is not None else "")
    if ante is None and all(sr.toks[x].key in ("و", "ثم", "كما", "وقد", "قد")
                            for x in range(sr.lo, rx)):
        ante = sr._prev_subject(exclude=host.eid if host is not None else "")
    return ante


_EN_OBJ_SKIP = L.EN_WEEKDAYS | frozenset({
                          "at", "in", "on", "the", "his", "her", "their", "its", "a", "an",
                          "residence", "home", "office", "headquarters", "house", "palace",
                          "capital", "city", "evening", "morning", "night", "day",
                          "separately", "privately", "briefly", "first"})
_EN_LATER = frozenset({"later", "also", "then", "separately", "afterwards", "subsequently"})
_AR_STOP_OBJ = L._ar("حيث", "الذي", "التي", "الذين", "قبل", "بعد", "ثم", "فيما", "بينما",
                     "لكن", "لكنه", "وقال", "وأضاف", "وأكد", "عندما", "حين", "دون")


_EN_AFTER_OBJECT = frozenset({"in", "on", "at", "during", "for", "before", "after", "to"})


def _then_with_ar(sr: Any, x: int) -> list:
    """"، ثم مع Y" / "، ثم بـY" at *x*: Y and the list it starts (a verb at *x* opens a
    clause of its own: nothing)."""
    if sr.key(x) in ("مع", "ومع"):
        p = sr.after(x + 1, types=("Person", "Organization"), maxgap=0)
        return sr.chain(p) if p is not None else []
    m = next((mm for mm in sr.args if title_start(mm) == x), None)
    if m is not None and m.etype in ("Person", "Organization") and (
            m.prefix.lstrip("وف")[:1] == "ب" or m.prefix.lstrip("وف")[:2] == "مع" or
            sr.has_prep(m, {"ب"})):
        return sr.chain(m)
    return []


# words between "and then / later" and the next partner: a meeting verb of the same subject
# ("and later met Y", "and then held talks with Y"), a determiner / qualifier, or capitalised
# ("and later Armenian Prime Minister Y")
_EN_THEN_GAP = frozenset({"with", "the", "former", "acting", "outgoing", "caretaker", "held",
                          "had", "also", "his", "her"})


def _then_object_en(sr: Any, x: int) -> list:
    """"... and then / later Y" at *x*: Y (and its list) when nothing verb-like follows it
    ("and later Y said": Y is a subject) and nothing but a meeting verb comes before it
    ("and then phoned Y": not a partner)."""
    p = sr.after(x, types=("Person",), maxgap=2)
    if p is None:  # "and then the Kurdistan Region's president, Y" (session 40)
        p = apposed_then_person_en(sr, x)
    elif any(not sr.toks[y].cap and sr.key(y) not in L.EN_MEET and
             sr.key(y) not in _EN_THEN_GAP for y in range(x, title_start(p))):
        return []  # "and then phoned / praised Y": another verb's object (session 24)
    if p is None:
        return []
    ch = sr.chain(p)
    e = ch[-1].hi
    if e >= sr.hi or (sr.toks[e].punct and sr.toks[e].text in (".", ",", ";")) or \
            sr.key(e) in _EN_AFTER_OBJECT:
        return ch
    return []


def more_objects(sr: Any, last: Any, t: int) -> list:
    """Further partners of a meeting after its object list and a place or time phrase:
    "sat down with X at his residence and later with Y", "met X commanders and with Y",
    "التقى X في مكتبه، إلى جانب Y", "اجتمع بـX في مكتبه ومع Y". *last* is the last object."""
    x = last.hi
    rel = then_after_relative_en(sr, x)  # "met A, who briefed him ..., then Minister B"
    if rel is not None:
        return _then_object_en(sr, rel)
    after_place = partner_after_place(sr, x)  # "met X at the palace and Speaker Y"
    if after_place:
        return after_place
    end = min(sr.hi, x + 10)
    while x < end:
        tk = sr.toks[x]
        k = tk.key
        if tk.punct:
            if tk.text not in ("،", ",", "-", "'"):
                return []
            x += 1
            continue
        if tk.ar:
            if k.lstrip("و") == "مع" and k.startswith("و"):
                p = sr.after(x + 1, maxgap=6)
                return sr.chain(p) if p is not None else []
            if k in ("الي", "الى") and sr.key(x + 1) == "جانب":
                p = sr.after(x + 2, maxgap=6)
                return sr.chain(p) if p is not None else []
            if k in ("ثم", "وثم") and x + 1 < sr.hi:
                y = past_apart_aside_ar(sr, x + 1)  # "، ثم، في لقاء منفصل، Y" (session 55)
                if y > 0:
                    return _then_with_ar(sr, y) or bare_partner_at(sr, y, last)
                return _then_with_ar(sr, x + 1)  # "بحث مع X ملف ...، ثم مع Y"
            m = sr.mention_at.get(x)
            if m is not None and m.lo == x and m.etype in ("Person", "Organization") and \
                    m.prefix.startswith(("وب", "ومع")):
                return sr.chain(m)
            if not sr.f(x).isdisjoint(_AR_STOP_OBJ) or k in L.AR_COMMON_VERBS or \
                    (tk.punct and tk.text not in ("،", ",")):
                return []
            if m is not None and m.etype in ("Person", "Organization"):
                return []  # someone else named: another clause
            x = m.hi if m is not None else x + 1
            continue
        if k == "and" and sr.key(x + 1) == ",":
            # "with X and, on the sidelines, with Y" / "met X and, separately, Speaker Y"
            return aside_then_with_en(sr, x + 1) or partner_after_aside_en(sr, x + 1)
        if k == "with" and sr.key(x - 1) in ({"and"} | _EN_LATER) and x - 1 >= last.hi:
            p = sr.after(x + 1, types=("Person", "Organization"), maxgap=3)
            return sr.chain(p) if p is not None else []
        m = sr.mention_at.get(x)
        if m is not None and m.etype in ("Location", "Country"):
            x = m.hi
            continue
        if k in _EN_LATER and sr.key(x - 1) == "and" and sr.key(x + 1) != "with":
            return _then_object_en(sr, x + 1)  # "met X on Monday and then Y."
        if k in _EN_OBJ_SKIP or k in _EN_LATER or k == "and" or \
                k in L.EN_GROUP_HEADS:
            x += 1
            continue
        return []
    return []


def dropped_subject(sr: Any, t: int, first: Any):
    """Arabic: a و-verb with no subject of its own continues the previous clause's subject:
    "وصل X ... . والتقى Y وZ" (opening a sentence) or "وكان X قد وصل إلى بيروت، والتقى Y
    وZ" (after a comma). Holds when the verb's first mention starts a list (one person
    after a comma) with nothing named after it; a ف-verb after a comma too ("زار X بيروت،
    فالتقى Y وZ"). None when that does not hold."""
    c = sr.toks[t].key[:1]
    if c != "و" and not (c == "ف" and t - 1 > sr.lo and sr.toks[t - 1].text in ("،", ",")):
        return None
    ch = sr.chain(first)
    nxt = sr.after(ch[-1].hi, maxgap=8)
    if nxt is not None and not in_place_phrase(sr, nxt) and not opens_clause_ar(
            sr, ch[-1].hi, nxt.lo) and not possessor_adjunct_between_ar(sr, ch[-1].hi, nxt.lo):
        return None  # "في مقر رئاسة الوزراء": where; "، بحسب مصادر ...": a source; "، بعد
        # يوم من لقائه Z": his earlier meeting (s60)
    nk = sr.key(ch[-1].hi)
    place = sr.mention_at.get(ch[-1].hi)
    if nk in ("مع", "ومع") or (nk.startswith("ب") and len(nk) > 3 and (
            place is None or place.etype not in ("Location", "Country"))):
        return None  # "والتقى X بالسفير الإيراني": X met someone unnamed
    if all(sr.toks[x].key in ("و", "ثم", "كما", "وقد", "قد") for x in range(sr.lo, t)):
        if sr.si == 0 or len(ch) < 2:
            return None
        prev = guest_antecedent(sr, exclude=first.eid, back=1) or \
            sr._prev_subject(exclude=first.eid)
    elif t - 1 > sr.lo and sr.toks[t - 1].text in ("،", ","):
        prev = _clause_subject_ar(sr, t - 1) or unnamed_clause_subject_ar(sr, t, first, ch) or \
            apposed_clause_head_ar(sr, t - 1)  # "زار بيروت X، مستشار Y، فالتقى A وB" (s60)
    else:
        return None
    if prev is None or prev.eid in {c.eid for c in ch}:
        return None
    return prev


_AR_OPENING_PARTICLES = frozenset({"و", "ثم", "وبعد", "بعد", "ذلك", "بعدها", "وبعدها", "لاحقا"})
_AR_TOWARDS = frozenset({"الي", "نحو"})
_AR_LATER = frozenset({"لاحقا", "بعدها", "امس", "اليوم", "مباشره"})


def unnamed_clause_subject_ar(sr: Any, t: int, first: Any, ch: list[Any]) -> Any:
    """"ثم توجه إلى بيروت، والتقى A وB": a sentence that opens with a verb of motion and its
    destination (the verb right before إلى / نحو: no subject between; "وأدار كامل ..." may
    hold a name no list knows) and names no one before its و-verb continues the previous
    sentence's subject (the visitor first), when a list (two or more) follows the verb.
    That subject, else None."""
    if sr.si == 0 or len(ch) < 2 or any(
            sr.lo <= m.lo < t and m.etype in ("Person", "Organization") for m in sr.args):
        return None
    x = sr.lo
    while x < t and sr.key(x) in _AR_OPENING_PARTICLES:
        x += 1
    if x + 1 < t and sr.key(x + 1) in _AR_LATER:
        x += 1  # "وانتقل لاحقاً إلى أربيل"
    if x + 1 >= t or sr.toks[x].punct or sr.key(x + 1) not in _AR_TOWARDS:
        return None
    return guest_antecedent(sr, exclude=first.eid, back=1) or \
        sr._prev_subject(exclude=first.eid)


# words opening a comma-bounded adjunct that names no one: a day, a time, "في زيارة ..."
_AR_ADJUNCT_OPENERS = L._ar("في", "وفي", "خلال", "وخلال", "ضمن", "امس", "اليوم", "مساء",
                            "صباح", "السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء",
                            "الخميس", "الجمعة")


def adjunct_clause_ar(sr: Any, start: int, comma: int) -> bool:
    """Is the comma-bounded stretch [*start*, *comma*) an adjunct ("، الثلاثاء،",
    "، في زيارة لم يعلن عنها مسبقاً،") that names no one and follows another comma?"""
    if start - 1 <= sr.lo or sr.toks[start - 1].text not in ("،", ",") or \
            sr.key(start) not in _AR_ADJUNCT_OPENERS:
        return False
    return not any(start <= m.lo < comma for m in sr.args)


def after_dateline(sr: Any, end: int) -> int:
    """The first token after a dateline opening the sentence ("بغداد - الحرة - ",
    "BAGHDAD (Reuters) - ": the last dash of its first eight tokens, before *end*, with no
    person before it), else the sentence start."""
    dash = max((x for x in range(sr.lo, min(end, sr.lo + 8))
                if sr.toks[x].text in ("-", "–", "—")), default=None)
    if dash is None or any(m.lo < dash and m.etype == "Person" for m in sr.args):
        return sr.lo
    return dash + 1


_AR_TOOK_POST = L._ar("تولى", "تسلم", "شغل")


def _kana_subject_ar(sr: Any, ap: int) -> Any:
    """"وكان X (، وزير المالية الأسبق،) قد تولى الحقيبة ...": X, the subject of كان before
    "قد" + a verb of taking a post at *ap* (None for anything else)."""
    if not sr.f(ap) & _AR_TOOK_POST or sr.key(ap - 1) != "قد":
        return None
    kana = next((x for x in range(ap - 2, max(sr.lo, ap - 14) - 1, -1)
                 if sr.f(x) & L.AR_KANA), None)
    if kana is None:
        return None
    m = sr.after(kana + 1, types=("Person",), maxgap=0)
    return m if m is not None and m.kind == "name" else None


_AR_THAT = frozenset({"ان", "إن", "أن", "بان", "بأن"})


def _clause_subject_ar(sr: Any, comma: int):
    """The subject of the Arabic clause ending at *comma*: its first person that is no
    prepositional object, right after the clause's verb or "كان X قد" (else None)."""
    start = next((x + 1 for x in range(comma - 1, sr.lo - 1, -1)
                  if sr.toks[x].text in ("،", ",", ".")), sr.lo)
    if adjunct_clause_ar(sr, start, comma):
        # "وصل X إلى بغداد، الثلاثاء، في زيارة غير معلنة، والتقى A وB": the clause
        # before the day and the visit adjunct is X's
        return _clause_subject_ar(sr, start - 1)
    if start == sr.lo:
        start = after_dateline(sr, comma)  # "بغداد - الحرة - وصل X ...": X opens it
    before = sr.mention_at.get(start - 2) if start - 1 > sr.lo else None
    if before is not None and before.etype == "Person" and before.hi == start - 1 and \
            sr.f(start) & L.AR_TITLE_FIRST:
        # "وصل X، مستشار المرشد Y، والتقى ...": the clause is X's, Y's title an apposition
        return _clause_subject_ar(sr, start - 1)
    ppl = [m for m in sr.args if start <= m.lo < comma and m.etype == "Person"]
    if not ppl:
        return None
    # "كشفت مصادر / قال Z ... أن X وصل ...، والتقى": the subject of the reported clause
    m = next((p for p in ppl if any(sr.key(y) in _AR_THAT for y in range(
        max(start, title_start(p) - 2), title_start(p)))), ppl[0])
    s0 = title_start(m)
    if s0 - start > 2:
        start = next((y + 1 for y in range(s0 - 1, max(start, s0 - 3) - 1, -1)
                      if sr.key(y) in _AR_THAT), start)
    if sr.has_prep(m, {"ب", "ل", "مع", "في", "الي"}) or s0 - start > 2:
        return None
    if start == sr.lo and subjectless_object_ar(sr, m):
        return sr._prev_subject(exclude=m.eid)  # "ثم زار Y في مكتبه، والتقى Z": not Y
    return m


_EN_HOSTED = frozenset({"hosted", "received", "welcomed", "hosts", "receives", "welcomes"})


_EN_HOSTED_PAST = frozenset({"hosted", "received", "welcomed", "met"})


def received_by_guest_en(sr: Any, host: Any, subj: Any) -> Any:
    """"(X / He) was received by H, and in the evening Z hosted him": the guest of H's
    reception (its other side in this sentence, else, after "he was", the previous sentence's
    subject), never the host H (session 70)."""
    other = next((r.target if r.source == host.eid else r.source for r in sr.out
                  if r.type == "MET_WITH" and r.sent == sr.si and host.eid in (r.source, r.target)
                  and subj.eid not in (r.source, r.target)), None)
    m = next((a for a in sr.args if a.eid == other), None) if other else None
    if m is not None:
        return m
    b = title_start(host) - 2  # (the participle)
    if sr.key(b - 1) in ("was", "were") and sr.key(b - 2) in ("he", "she"):
        prev = sr._prev_subject(exclude=subj.eid)
        return prev if prev is not None and prev.eid != host.eid else None
    return None


def pronoun_object_en(sr: Any, t: int, subj: Any):
    """English "Y received/met/hosted him": the visitor of the last sentences, else the
    person named before Y in this sentence ("When X arrived, Y received him"), else the
    previous sentence's subject."""
    g = met_before_and_en(sr, subj) or guest_antecedent(sr, exclude=subj.eid)
    if g is not None:  # ("A met X ..., and Y held talks with him": X, pronoun_topic)
        return g
    here = sentence_subject_en(sr, sr.before(title_start(subj), types=("Person",), maxgap=20),
                               subj)  # not W of "where he held talks with W" (meeting_chain)
    if here is not None and here.eid != subj.eid and not here.poss and \
            sr.key(title_start(here) - 1) == "by" and sr.key(title_start(here) - 2) in _EN_HOSTED_PAST:
        return received_by_guest_en(sr, here, subj)
    if here is not None and here.eid != subj.eid and not here.poss:
        # "X hosted Y at the White House, where Z also met him": Y, whom the sentence's
        # subject just received (session 50), not X
        guest = next((r.target if r.source == here.eid else r.source for r in sr.out
                      if r.type == "MET_WITH" and r.sent == sr.si and
                      here.eid in (r.source, r.target) and subj.eid not in (r.source, r.target)),
                     None)
        m = next((a for a in sr.args if a.eid == guest), None) if guest else None
        if m is not None and here.hi <= m.lo and any(
                sr.key(y) in _EN_HOSTED for y in range(here.hi, m.lo)) and any(
                sr.key(y) == "where" for y in range(m.hi, t)):
            return remember_guest_en(sr, m)  # (the subject hosted him: not "X met A, then
            # drove to B, where C received her", the traveller)
        return remember_guest_en(sr, here)
    if lead_before_host_en(sr, subj):  # "The next stop was Doha: Y received him"
        return prev_guest_en(sr, subj.eid)
    if sr.lo == host_start_en(sr, subj) or opening_adverbial_en(sr, subj, t):
        return sr._prev_subject(exclude=subj.eid)  # ("Five days later, Y received him")
    return None
