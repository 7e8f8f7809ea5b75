"""MET_WITH told by a meeting noun or clause whose second side is not a plain name after it
(session 23, ``meetnoun``).

- **The verbal noun with an accusative object** (Arabic): "بعد ساعات من لقاء X نظيرَه Y"،
  "عقب لقاء X رئيسَ الوزراء Y": the noun's genitive met the accusative person right after
  him (the object's title written with the fatha, or "نظيره"); not an apposition ("لقاء
  الرئيس X رئيس الحزب"، no fatha) (:func:`accusative_partner_ar`, read by
  ``meetings._met_svo``'s "meeting_of_ar").
- **A pronoun partner named earlier in the sentence**: "X attended the swearing-in of Y and
  then held talks with him", "X congratulated Y and later met her"، "وهنأ X الرئيسَ Y بفوزه،
  ثم التقاه / ثم اجتمع به / وعقد معه محادثات": the second predicate has no subject of its
  own, so its pronoun is the one other person between the subject and it
  (:func:`pronoun_here_en`, :func:`pronoun_here_ar`).
- **"whom he met"**: "X praised Y, whom he met in May" ("he" is the main clause's subject;
  :func:`whom_he_host`, read by ``meeting_phrases.whom_met_en``); and a meeting told in a
  relative clause after a call ("X has since spoken by phone with Y, with whom he held talks
  in Cairo", "..., whom he had met in March"): the call is the main clause's, the meeting
  stands (:func:`add_past_call`, in ``whom_met_en`` and ``meeting_frames_en.with_whom_en``);
  Arabic "أشاد X بـY، الذي اجتمع به / عقد معه محادثات" (:func:`_relative_with_him_ar`) and
  "تحدث X هاتفياً مع Y، الذي التقاه في مارس" (``meeting_asides_ar.relative_host_ar``).
- **"H brought the two men / A and B together for talks"**: H, A and B met, "the two men"
  being the two other people the sentence before names (:func:`brought_people_together_en`);
  and "The two heads of state held a one-on-one meeting" (``meetings_en.plural_anaphora_en``
  reads the head noun past "of state / government / staff / delegation"); Arabic "وعقد
  الزعيمان اجتماعاً" after a sentence naming the two (:func:`held_by_dual_before_ar`).
- **"Five days later, Y received him"**: an opening adverbial or a reporting aside ("On
  Tuesday, the Kremlin said,") before the host no longer hides that the host opens the
  clause, so "him" is the previous sentence's subject as after a host opening the sentence
  (:func:`opening_adverbial_en`, in ``core_recall_objects.pronoun_object_en``; the Arabic
  "وبعد خمسة أيام، استقبله Y" was read already).
- **A welcome ceremony for "him"**: "وصل X إلى باكو، حيث أقام له نظيره Y مراسم استقبال
  رسمية"، "X arrived in Baku, where Y held an official welcome ceremony for him": Y met the
  visitor X (:func:`ceremony_for_him`, from ``meeting_welcome_ceremony``).
- **"a meeting between him and Y"**: the pronoun is the sentence's subject, else the
  previous sentence's; Arabic "لقاء بينه وبين Y" (:func:`between_pronoun_en`,
  :func:`between_pronoun_ar`).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.core_recall import _remote_at, remote_contact
from loaders.extract.relative_aux_ar import relative_before_verb_ar
from loaders.extract.rule_common import title_start

_FATHA = ("\u064e", "\u064b")
# an office title's head word that opens the title of a second named person right after the
# genitive ("لقاء X وزير الخارجية الأميركي Y"): that title is Y's, so Y is the accusative
# partner, not an apposition of X (session 70)
_AR_OFFICE_HEADS = L._ar("وزير", "وزيرة", "مساعد", "مساعدة", "مبعوث", "المبعوث", "مبعوثة",
                         "سفير", "سفيرة", "رئيس", "رئيسة", "نائب", "نائبة", "قائد", "الرئيس",
                         "السفير", "الوزير", "المبعوثة", "الوزيرة", "الأمين")


def accusative_partner_ar(sr: Any, gen: Any) -> Any:
    """The person written in the accusative right after the genitive *gen* of a meeting noun
    ("لقاء X نظيرَه Y" / "لقاء X رئيسَ الوزراء Y"), else None."""
    nxt = sr.mention_at.get(gen.hi)
    if nxt is None:
        nxt = next((m for m in sr.args if m.etype == "Person" and title_start(m) == gen.hi),
                   None)
    if nxt is None or nxt.etype != "Person" or nxt.eid == gen.eid or nxt.prefix:
        return None
    s = title_start(nxt)
    word = sr.toks[s].text
    if word.startswith("نظير") or word[-1:] in _FATHA:
        return nxt
    if s < nxt.lo and sr.toks[s].key in _AR_OFFICE_HEADS:
        return nxt  # "لقاء X مساعدة وزير الخارجية Y": the title is Y's own, no apposition
    return None


# ---- English: a pronoun side ------------------------------------------------------------
EN_HIM = frozenset({"him", "her"})
_EN_HIM_VERBS = frozenset({"met", "received", "hosted", "welcomed", "visited"})
_EN_TALK_NOUNS = frozenset({"talks", "meeting", "meetings"})
_EN_HELD = frozenset({"held", "had"})
_EN_THEN = frozenset({"then", "later", "also", "subsequently", "afterwards", "briefly",
                      "separately", "again"})
_EN_SUBJ_PRON = frozenset({"he", "she"})
_EN_HE_SHE = _EN_SUBJ_PRON


def main_subject_en(sr: Any, before: int, exclude: str = "") -> Any:
    """The sentence's subject: its first person before *before*, not governed by a verb or a
    preposition and not a possessive ("X praised Y, whom he ..." -> X)."""
    return next((m for m in sr.args if m.etype == "Person" and m.hi <= before and
                 not m.in_title and not m.poss and m.eid != exclude and
                 not sr._object_marked(m)), None)


def _meeting_before_him(sr: Any, p: int) -> int | None:
    """The meeting word governing the pronoun at *p*: "met him", "held talks with him",
    "had a meeting with him"; its first token (the verb), else None."""
    if sr.key(p - 1) in _EN_HIM_VERBS:
        return p - 1
    if sr.key(p - 1) != "with":
        return None
    n = p - 2
    if sr.key(n) in _EN_TALK_NOUNS:
        v = n - 1
        while v > sr.lo and sr.key(v) in ("a", "an", "two", "several", "separate", "private",
                                          "bilateral", "lengthy", "brief"):
            v -= 1
        return v if sr.key(v) in _EN_HELD else None
    return n if sr.key(n) in ("met", "sat") else None


def pronoun_here_en(sr: Any) -> None:
    """"X attended the swearing-in of Y and then held talks with him" / "X congratulated Y
    and later met her": the pronoun stands for the one other person named between the
    subject and the second predicate (joined by "and", no subject of its own); not "and said
    he would meet him", a call, "X's aide"."""
    for p in sr.triggers(frozenset(), EN_HIM):
        v = _meeting_before_him(sr, p)
        if v is None:
            continue
        a = v - 1
        while a > sr.lo and sr.key(a) in _EN_THEN:
            a -= 1
        if sr.key(a) != "and":
            continue
        subj = main_subject_en(sr, a)
        if subj is None:
            continue
        between = {m.eid for m in sr.args if m.etype == "Person" and subj.hi <= m.lo < a and
                   m.eid != subj.eid and not m.in_title}
        if len(between) != 1 or any(sr.toks[y].text in (";", ":") for y in range(subj.hi, a)):
            continue
        if any(sr.key(y) in ("said", "says", "told") for y in range(subj.hi, a)):
            continue  # "X said Y ... and met him": the teller's report
        other = next(iter(between))
        if sr.blocked(v, subj) or sr.blocked(p, subj):
            continue
        sr.add("MET_WITH", subj.eid, other, "pronoun_here_en")


_EN_MEETING_NOUNS = frozenset({"meeting", "meetings", "talks", "encounter", "summit"})
EN_UNHELD = frozenset({"expected", "planned", "scheduled", "due", "will", "would", "could",
                        "may", "might", "postponed", "cancelled", "canceled", "proposed",
                        "mooted", "delayed", "never", "not", "unlikely", "possible"})


def between_pronoun_en(sr: Any) -> None:
    """"X lobbied hard, and a meeting between him and Y ended without agreement": the pronoun
    is the sentence's subject, else the previous sentence's; Y by its
    name (not "the president", whose holder the pronoun's article may not say); not a
    meeting expected, sought or called off."""
    for x in sr.triggers(frozenset(), frozenset({"between"})):
        if sr.key(x + 1) not in EN_HIM or sr.key(x + 2) != "and" or \
                sr.key(x - 1) not in _EN_MEETING_NOUNS:
            continue
        other = sr.after(x + 3, types=("Person",), maxgap=2)
        if other is None or other.kind != "name" or sr.blocked(x - 1) or any(
                sr.key(y) in EN_UNHELD for y in range(other.hi, min(sr.hi, other.hi + 8))):
            continue  # ("a meeting between him and Y is expected": the scan of blocked()
            # stops at the "and" after the pronoun)
        top = main_subject_en(sr, x, exclude=other.eid) or \
            sr._prev_subject(exclude=other.eid)
        if top is not None:
            sr.add("MET_WITH", top.eid, other.eid, "between_pronoun_en")


_EN_FOR_TALKS = frozenset({"talks", "meeting", "meetings", "summit", "negotiations",
                           "discussions", "dinner", "lunch", "breakfast", "session"})
_EN_THEM = frozenset({"them", "both"})


def _for_talks(sr: Any, x: int) -> bool:
    """Is a meeting the purpose after "together" at *x* ("for talks", "at the palace for a
    meeting", "for three hours of talks"), before the clause ends?"""
    f = next((y for y in range(x + 1, min(sr.hi, x + 20)) if sr.key(y) == "for"), None)
    if f is None or any(sr.key(y) in (",", ";", ".") for y in range(x + 1, f)):
        return False
    return any(sr.key(y) in _EN_FOR_TALKS for y in range(f + 1, min(sr.hi, f + 6)))


def _at_place(sr: Any, k: int) -> bool:
    """Does "in / at <place>" follow at *k* ("brought A and B together in Abu Dhabi", "brings
    together A and B in Algiers", "at the Elysee")? The place makes it a sitting of the
    three (session 67), as "for talks" does."""
    if k >= sr.hi or sr.key(k) not in ("in", "at"):
        return False
    m = sr.mention_at.get(k + 2 if sr.key(k + 1) == "the" else k + 1)
    return m is not None and m.etype in ("Location", "Country")


def _earlier_pair(sr: Any, host: str) -> list[str]:
    """The two people other than *host* the previous sentence names ("the two men")."""
    if sr.si == 0:
        return []
    ids = list(dict.fromkeys(m.eid for m in sorted(sr.doc.by_sent.get(sr.si - 1, ()),
                                                    key=lambda m: m.lo)
                             if m.etype == "Person" and not m.in_title and not m.poss and
                             m.eid != host))
    return ids if len(ids) == 2 else []


def brought_people_together_en(sr: Any) -> None:
    """"After separate meetings with each of them, H brought the two men together for talks",
    "H brought A and B together for talks", "H brought together A and B for a meeting": H,
    A and B all met ("the two men" / "them": the two other people the sentence before
    names); only for a meeting ("for talks / a meeting / dinner", or named people brought
    together "in / at <place>", session 67: "he brought Haftar and al-Sarraj together in Abu
    Dhabi"), not "brought the sides together to sign", "will bring them together"."""
    for x in sr.triggers(frozenset(), frozenset({"together"})):
        b = next((y for y in range(x - 1, max(sr.lo, x - 24) - 1, -1)
                  if sr.key(y) in L.EN_BRING or sr.key(y) in (",", ";", ".")), None)
        if b is not None and sr.key(b) not in L.EN_BRING:
            continue
        if b is None:
            continue
        talks = _for_talks(sr, x)
        if not talks and b + 1 < x and not _at_place(sr, x + 1):
            continue  # ("brought together A and B in P": the place after B, below)
        host = sr.subject_before(b)
        if host is None or host.etype != "Person" or sr.blocked(b, host):
            continue
        first = sr.after(b + 1, types=("Person",), maxgap=4 if b + 1 < x else 6)
        if first is not None and (b + 1 < x) == (first.hi <= x):
            groups = sr.doc.state.get("groups", {})  # ("the two men": plural_refs)
            chain = sr.people_chain(first)
            if not talks and b + 1 == x and not _at_place(sr, chain[-1].hi):
                continue
            members = [e for m in chain for e in groups.get(m.eid, (m.eid,))]
        elif talks and any(sr.key(y) in _EN_THEM or sr.key(y) == "two" for y in range(b + 1, x)):
            members = _earlier_pair(sr, host.eid)
        else:
            continue
        people = list(dict.fromkeys([host.eid] + members))
        if len(people) < 3:
            continue
        for i, a in enumerate(people):
            for c in people[i + 1:]:
                sr.add("MET_WITH", a, c, "brought_people_together_en")


def whom_he_host(sr: Any, w: int, ante: Any) -> tuple[Any, int] | None:
    """"X praised Y, whom he met in May": "he" is the main clause's subject X; returns that
    subject and the token after the pronoun, else None."""
    if sr.key(w + 1) not in _EN_SUBJ_PRON:
        return None
    subj = main_subject_en(sr, title_start(ante), exclude=ante.eid)
    return (subj, w + 2) if subj is not None else None


def add_past_call(sr: Any, w: int, a: str, b: str, rule: str) -> None:
    """Add the meeting of *a* and *b* told in the relative clause opening at *w*; when the
    sentence's call words all come before it ("X has spoken by phone with Y, with whom he
    held talks in Cairo"), the call is the main clause's and the meeting stands."""
    if not remote_contact(sr) or any(_remote_at(sr, y) for y in range(w, sr.hi)):
        sr.add("MET_WITH", a, b, rule)
        return
    sr._remote = False
    try:
        sr.add("MET_WITH", a, b, rule)
    finally:
        sr._remote = True


# ---- Arabic: a pronoun partner named earlier in the sentence ------------------------------
AR_HIM_MEET = L._ar("التقاه", "التقاها", "والتقاه", "والتقاها", "معه", "معها", "به", "بها")
_AR_VERB_WITH_HIM = L._ar("اجتمع", "واجتمع", "التقى", "والتقى")  # "ثم اجتمع به"
_AR_HELD_WITH_HIM = L._ar("عقد", "وعقد", "أجرى", "وأجرى", "اجرى", "واجرى")  # "وعقد معه محادثات"
_AR_TALKS = L._ar("محادثات", "مباحثات", "لقاء", "لقاءً", "اجتماعا", "اجتماعاً", "جلسة",
                  "مشاورات")
_AR_THEN = L._ar("ثم", "لاحقا", "لاحقاً", "بعدها", "وبعدها", "قد")
_AR_GOVERNED = frozenset({"ب", "ل", "مع", "في", "الي", "من", "عن", "علي"})
_AR_REPORT = L._ar("إن", "أن", "أنه", "إنه", "انه", "ان", "قال", "وقال", "أكد", "وأكد")


def _ar_meeting_at(sr: Any, p: int) -> int | None:
    """The verb of "(ثم) التقاه"، "ثم اجتمع به"، "وعقد / وأجرى معه (لاحقاً) محادثات" whose
    pronoun is at *p*; None for any other use of the pronoun."""
    k = sr.key(p)
    if k.startswith(("التقا", "والتقا")):
        return p
    kv = sr.key(p - 1)
    if k in ("به", "بها"):
        return p - 1 if kv in _AR_VERB_WITH_HIM else None
    if kv in _AR_HELD_WITH_HIM and any(sr.key(y) in _AR_TALKS for y in range(p + 1, p + 3)):
        return p - 1
    return None


def _relative_with_him_ar(sr: Any, v: int) -> bool:
    """"أشاد X بـY، الذي اجتمع به / عقد معه محادثات في عنتيبي": Y met the sentence's topic X
    (the first person no preposition governs), also after a call told before the relative
    ("تحدث X هاتفياً مع Y، الذي اجتمع به في مارس"); True when *v* opens such a clause."""
    r = relative_before_verb_ar(sr, v)  # "، الذي (سبق أن / كان قد) اجتمع به"
    if r - 2 < sr.lo or not sr.f(r) & L.AR_REL_PRONOUNS or \
            sr.toks[r - 1].text not in ("،", ","):
        return False
    head = sr.mention_at.get(r - 2)
    if head is None or head.etype != "Person" or head.hi != r - 1:
        return True
    topic = next((m for m in sr.args if m.hi <= title_start(head) and m.etype == "Person" and
                  m.eid != head.eid and not m.in_title and
                  not sr.has_prep(m, _AR_GOVERNED)), None)
    if topic is not None and not sr.blocked(v, head):
        add_past_call(sr, r, head.eid, topic.eid, "relative_with_him_ar")
    return True


def pronoun_here_ar(sr: Any) -> None:
    """"وهنأ X الرئيسَ Y بفوزه، ثم التقاه / ثم اجتمع به / وعقد معه محادثات": the pronoun is
    the one other person named between the sentence's subject and the verb, which has no
    subject of its own; not "وقال إنه سيلتقيه"، "أكد أنه التقاه" of another speaker, a call."""
    for p in sr.triggers(AR_HIM_MEET, frozenset()):
        v = _ar_meeting_at(sr, p)
        if v is None or v <= sr.lo:
            continue
        if v < p and _relative_with_him_ar(sr, v):
            continue
        a = v - 1
        while a > sr.lo and sr.key(a) in _AR_THEN:
            a -= 1
        if not (sr.toks[v].key.startswith("و") or sr.key(a) in ("ثم", "،", ",")):
            continue
        end = next((y for y in range(p + 1, sr.hi) if sr.toks[y].text in _AR_CLAUSE_END), sr.hi)
        if any(m.etype == "Person" and p < m.lo < end and not sr.has_prep(m, {"ب", "ل", "مع"})
               for m in sr.args):
            continue  # "ثم التقاه الرئيس Z", "واجتمع به بدلاً منه Z": Z's meeting, read elsewhere
        people = [m for m in sr.args if m.etype == "Person" and not m.in_title and m.hi <= a]
        subj = next((m for m in people if not sr.has_prep(m, {"ب", "ل", "مع"})), None)
        if subj is None:
            continue
        others = {m.eid for m in people if m.lo > subj.lo and m.eid != subj.eid}
        if len(others) != 1 or any(sr.key(y) in _AR_REPORT for y in range(subj.hi, v)):
            continue
        if any(sr.key(y) in _AR_NOT_MET for y in range(sr.lo, subj.lo)):
            continue  # "ولم يلتقِ X الضيفَ، واجتمع به (بدلاً منه) Z": not X
        if sr.blocked(v, subj):
            continue
        sr.add("MET_WITH", subj.eid, next(iter(others)), "pronoun_here_ar")


_AR_CLAUSE_END = frozenset({".", "،", ",", "؛", ";", ":"})

_AR_NOT_MET = L._ar("لم", "ولم", "لن", "ولن")
AR_BETWEEN_HIM = L._ar("بينه", "بينها")
_AR_MEETING_NOUNS = L._ar("لقاء", "اللقاء", "اجتماع", "الاجتماع", "محادثات", "المحادثات",
                          "مباحثات", "المباحثات", "لقاءً", "اجتماعاً", "لقاءا", "اجتماعا",
                          "قمة", "القمة")
_AR_UNHELD = L._ar("مرتقب", "المرتقب", "مرتقبا", "مرتقباً", "المقرر", "مقرر", "مقررا",
                   "مقترح", "المقترح", "محتمل", "المحتمل", "سيعقد", "يعقد", "تأجيل", "تأجل",
                   "أرجئ", "ألغي", "إلغاء", "سيجمعه", "لم", "لن")
_AR_NONE_BEFORE = _AR_UNHELD | L._ar("دون", "بدون", "أي", "نفى", "ونفى", "نفت", "ونفت")


def between_pronoun_ar(sr: Any) -> None:
    """"وانتهى لقاء بينه وبين Y دون اتفاق" / "عقب اجتماع مغلق بينه وبين Y": the pronoun is the
    sentence's first person no preposition governs, else the previous sentence's subject;
    not a meeting expected, planned, put off, denied or "any" ("دون ... أي لقاء بينه وبين Y").
    """
    for x in sr.triggers(AR_BETWEEN_HIM, frozenset()):
        if not any(sr.key(y) in _AR_MEETING_NOUNS for y in range(max(sr.lo, x - 2), x)) or \
                sr.key(x + 1) != "وبين":
            continue
        other = sr.after(x + 2, types=("Person",), maxgap=0)
        if other is None or other.kind != "name" or sr.blocked(x) or any(
                sr.key(y) in _AR_NONE_BEFORE for y in range(max(sr.lo, x - 6), x)) or any(
                sr.key(y) in _AR_UNHELD for y in range(other.hi, min(sr.hi, other.hi + 4))):
            continue
        top = next((m for m in sr.args if m.hi <= x and m.etype == "Person" and
                    m.eid != other.eid and not m.in_title and
                    not sr.has_prep(m, _AR_GOVERNED)), None) or \
            sr._prev_subject(exclude=other.eid)
        if top is not None:
            sr.add("MET_WITH", top.eid, other.eid, "between_pronoun_ar")


def held_by_dual_before_ar(sr: Any, t: int) -> None:
    """"وصل X إلى شوشا بدعوة من Y. وعقد الزعيمان / الرئيسان اجتماعاً ثنائياً": the dual right after
    عقد (*t*) stands for the two people the sentence before names (no one named here before
    it, no partner after the talks noun); read by ``meeting_press.dual_subject_met_ar``."""
    ref = sr.mention_at.get(t + 1)
    if ref is None or ref.kind != "ref" or ref.lo != t + 1 or any(
            m.etype == "Person" and m.hi <= t for m in sr.args) or \
            "مع" in (sr.key(t + 3), sr.key(t + 4)):
        return
    members = sr.doc.state.get("groups", {}).get(ref.eid, ())
    prev = {m.eid for m in sr.doc.by_sent.get(sr.si - 1, ()) if m.etype == "Person" and
            m.kind == "name" and not m.in_title}
    if len(members) != 2 or set(members) != prev or sr.blocked(t, ref):
        return
    sr.add("MET_WITH", members[0], members[1], "dual_held_before_ar")


_EN_OPENING_STOP = frozenset({"when", "as", "while", "if", "after", "before", "because",
                              "although", "though", "since", "once", "where", "who"})


# the words of a time opener written without a comma ("Hours later", "The next day", "On
# Monday", "Two days later"): the host follows it directly
_EN_TIME_OPENER = L.EN_WEEKDAYS | L.EN_MONTHS | frozenset({
    "later", "earlier", "hours", "days", "minutes", "weeks", "the", "next", "following", "day",
    "morning", "evening", "afternoon", "on", "two", "three", "few", "a", "shortly", "soon",
    "then", "afterwards", "after", "that", "same", "night"})


def host_start_en(sr: Any, host: Any) -> int:
    """Where *host*'s phrase starts, a capitalised nationality before the title included
    ("Ugandan President Y received him": at "Ugandan"; session 56, long56)."""
    s = title_start(host)
    while s > sr.lo and sr.toks[s - 1].cap and sr.key(s - 1) in L.NATIONALITY:
        s -= 1
    return s


def opening_adverbial_en(sr: Any, host: Any, t: int) -> bool:
    """Does only an opening adverbial or a reporting aside stand before *host*, the subject
    of the meeting verb at *t* ("Five days later, Y received him", "On Tuesday, the Kremlin
    said, Y received him"): a comma right before the host, nobody named before it and no
    clause of its own ("When X arrived, Y received him" names X; "After he landed, ..." has a
    pronoun), nobody named between the host and *t* ("Hours earlier, X had attended the
    swearing-in of Z and then held talks with him": Z, ``pronoun_here_en``)?"""
    s = host_start_en(sr, host)
    if s <= sr.lo or s - sr.lo > 10 or any(
            m.etype == "Person" and host.hi <= m.lo < t for m in sr.args):
        return False
    if sr.toks[s - 1].text != ",":  # no comma: only a short time opener ("Hours later Y
        return s - sr.lo <= 4 and all(  # received him", "The next day Y hosted him": s72)
            sr.key(y) in _EN_TIME_OPENER or sr.key(y).isdigit() for y in range(sr.lo, s))
    return not any(sr.key(y) in _EN_OPENING_STOP or sr.key(y) in _EN_HE_SHE or
                   (sr.mention_at.get(y) is not None and
                    sr.mention_at[y].etype in ("Person", "Organization"))
                   for y in range(sr.lo, s))


def ceremony_for_him(sr: Any, v: int, host: Any, rule: str) -> None:
    """"وصل X إلى باكو، حيث أقام له نظيره Y مراسم استقبال رسمية"، "... مراسم استقبال رسمية
    له"، "X arrived in Baku, where Y held an official welcome ceremony for him": the host Y
    met the visitor, the first person named before the host who no preposition or verb
    governs, else the previous sentence's subject (*v*: the verb of holding)."""
    if host is None or host.etype != "Person" or host.poss or sr.blocked(v, host):
        return
    ar = sr.toks[v].ar
    s = min(title_start(host), v)
    guest = next((m for m in sr.args if m.etype == "Person" and m.hi <= s and
                  m.eid != host.eid and not m.in_title and not m.poss and
                  not (sr.has_prep(m, _AR_GOVERNED) if ar else sr._object_marked(m))), None)
    gid = guest.eid if guest is not None else None
    if gid is None:
        prev = sr._prev_subject(exclude=host.eid)
        gid = prev.eid if prev is not None else None
    if gid is not None and gid != host.eid:
        sr.add("MET_WITH", host.eid, gid, rule)
