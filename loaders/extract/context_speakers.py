"""MET_WITH told by a speaker or around an arrival: the speaker of a quotation
(``quote_speaker``), "قال X إنه التقاه" (``speaker_met_him_ar``), the subject of an arrival
(``arrival_subject_ar``), "برئاسة / يرأسه" (``headed_by_ar``), the speaker of a that-clause
(``that_clause_speaker_ar``) and the guest (``guest_at_ar``)."""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.context_words import _EN_SAID, _QUOTES
from loaders.extract.core_recall_objects import guest_antecedent
from loaders.extract.coref_offices import titled_nationality
from loaders.extract.guest_not_gone_ar import gone_ar
from loaders.extract.rule_common import EMPTY, title_start
from loaders.extract.topic_subject_ar import amma_topic_ar


# ---- MET_WITH: the speaker of a quotation or of "قال X إنه" -------------------------------
def quote_speaker(sr: Any, x: int) -> Any:
    """The speaker of the quotation holding token *x* when the quotation opens the
    sentence: `"I met him on Monday," al-Amiri said` / `..., said al-Amiri`. None if *x* is
    not inside such a quotation."""
    open_q = next((y for y in range(x - 1, sr.lo - 1, -1) if sr.toks[y].text in _QUOTES),
                  None)
    if open_q is None or any(not sr.toks[y].punct for y in range(sr.lo, open_q)):
        return None
    close_q = next((y for y in range(x + 1, sr.hi) if sr.toks[y].text in _QUOTES), None)
    if close_q is None:
        return None
    y = close_q + 1
    if y < sr.hi and sr.toks[y].text == ",":
        y += 1
    if sr.key(y) in _EN_SAID:
        return sr.after(y + 1, types=("Person",), maxgap=1)
    m = sr.after(y, types=("Person",), maxgap=1)
    if m is None or sr.key(m.hi) not in _EN_SAID:
        return None
    return m


_AR_SAID = L._ar("قال", "وقال", "أكد", "وأكد", "اكد", "واكد", "أوضح", "وأوضح", "ذكر", "وذكر",
                 "أضاف", "وأضاف", "كشف", "وكشف", "أشار", "وأشار", "أفاد", "وأفاد", "اعترف",
                 "واعترف", "أقر", "وأقر")
_AR_THAT_HE = L._ar("إنه", "انه", "أنه", "بأنه", "بانه", "إنها", "انها", "أنها", "بأنها")
_AR_MEET_PRON = L._ar("التقاه", "التقاها", "التقيته", "التقيناه", "اجتمع", "التقى", "بحث",
                      "استقبله", "استقبلها", "زاره", "زارها", "يلتقيه", "التقيه")


def speaker_met_him_ar(sr: Any) -> list[tuple[str, str, int]]:
    """(speaker, guest, trigger): "وقال X إنه التقاه (في ...)" / "وأكد X أنه اجتمع به":
    the speaker met the person the pronoun stands for: the visitor of the last sentences,
    else the previous sentence's subject (never the speaker himself)."""
    out: list[tuple[str, str, int]] = []
    for t in sr.triggers(_AR_MEET_PRON, EMPTY):
        k = sr.key(t)
        pron = k.endswith(("اه", "اها", "يته", "يناه", "يه")) or k in ("استقبله", "استقبلها",
                                                                      "زاره", "زارها")
        if not pron and sr.key(t + 1) not in ("به", "بها", "معه", "معها"):
            continue
        if sr.after(t + 1, types=("Person",), maxgap=2) is not None:
            continue  # someone named after the verb: the main rules decide
        th = t - 1
        if th < sr.lo or not sr.f(th) & _AR_THAT_HE:
            continue
        v = next((y for y in range(th - 1, max(sr.lo, th - 8) - 1, -1)
                  if sr.f(y) & _AR_SAID), None)
        if v is None:
            continue
        speaker = sr.after(v + 1, types=("Person",), maxgap=3)
        if speaker is None or speaker.hi > th:
            speaker = sr.before(v, types=("Person",), maxgap=2)
        if speaker is None:
            continue
        guest = guest_antecedent(sr, exclude=speaker.eid) or \
            sr._prev_subject(exclude=speaker.eid)
        if guest is None or guest.eid == speaker.eid or sr.blocked(t, speaker):
            continue
        out.append((speaker.eid, guest.eid, t))
    return out


# ---- MET_WITH: "وصل X ... على رأس وفد ضمّ Y، واستقبله Z": the pronoun is the arrival's subject
# ---- MET_WITH: "استقبل X في طهران وفداً عراقياً برئاسة Y" ---------------------------------------
_AR_HEADED_BY = L._ar("برئاسة", "يرأسه", "يترأسه", "يقوده", "بقيادة")
_AR_DELEGATION = L._ar("وفدا", "وفداً", "وفد", "الوفد", "وفودا")
_AR_HEADS = L._ar("يرأس", "ويرأس", "ترأس", "وترأس", "يترأس", "ويترأس", "رأس", "ورأس")
# ("حلّ X بتونس في زيارة دولة، حيث كان في استقباله Y": the Maghrebi "arrived", session 66)
_AR_ARRIVED = L._ar("وصل", "ووصل", "زار", "وزار", "توجه", "وتوجه", "حط", "وحط", "قدم", "عاد",
                    "وعاد", "يصل", "يزور", "حل", "وحل", "حلت", "وحلت", "يحل",
                    # a woman visitor: "وصلت المبعوثة X إلى ...، وكان في استقبالها Y" (s67)
                    "وصلت", "ووصلت", "زارت", "وزارت", "توجهت", "وتوجهت", "حطت", "وحطت", "تصل",
                    "تزور")


def arrival_subject_ar(sr: Any, t: int) -> Any:
    """The subject of an arrival verb earlier in the sentence ("وصل X إلى مسقط على رأس وفد
    ضمّ Y، واستقبله Z": X, not Y), which a later pronoun object most likely means."""
    for x in range(sr.lo, t):
        if sr.toks[x].ar and (sr.f(x) & _AR_ARRIVED or sr.f(x) & _AR_HEADS and any(
                sr.f(y) & _AR_DELEGATION for y in range(x + 1, min(t, x + 8)))):
            # (or "ويرأس X وفد بلاده إلى القمة ...، وقد استقبله Y": the delegation's head)
            m = sr.after(x + 1, types=("Person",), maxgap=1)
            if m is None:
                m = sr.before(x, types=("Person",), maxgap=1) or amma_topic_ar(sr, x)
            return m if m is not None and m.hi <= t else None
    return None


def headed_by_ar(sr: Any, lo: int, m: Any) -> bool:
    """Is *m* named as the head of a delegation that starts at *lo* ("وفداً (عراقياً) برئاسة
    Y", after a place: "استقبل X في طهران وفداً ... برئاسة Y")? Then Y is the one met."""
    start = title_start(m)
    if start - lo > 5 or not any(sr.f(y) & _AR_DELEGATION for y in range(lo, start)):
        return False
    return bool(sr.f(start - 1) & _AR_HEADED_BY)


def that_clause_speaker_ar(sr: Any, subj: Any) -> Any:
    """"وقال X (في كلمة ...) إن Y التقاه": the speaker X of the clause whose subject *subj*
    follows إن/أن (the pronoun object then means the speaker), else None."""
    b = title_start(subj) - 1
    if b < sr.lo or sr.key(b) not in ("ان", "إن", "أن", "بان", "بأن"):
        return None
    v = next((y for y in range(b - 1, max(sr.lo, b - 10) - 1, -1) if sr.f(y) & _AR_SAID),
             None)
    if v is None:
        return None
    sp = sr.after(v + 1, types=("Person",), maxgap=1) or \
        sr.before(v, types=("Person",), maxgap=1)
    if sp is None or sp.eid == subj.eid or sp.lo > b:
        return None
    return sp


_AR_THE_GUEST = L._ar("الضيف", "الزائر", "ضيفه", "ضيفها")


def _gone_in(doc: Any, si: int, eid: str) -> bool:
    """*eid* is named in sentence *si* only as a man replaced or dead ("خلفاً لـY"، "الشهيد Y"):
    a "visit" read there is someone else's (guest_not_gone_ar)."""
    ms = [m for m in doc.by_sent.get(si, ()) if m.eid == eid and m.kind == "name"]
    return bool(ms) and all(gone_ar(doc, m) for m in ms)


_ATTENDANCE_RULES = frozenset({"present_at_meeting_ar", "co_attendees", "attended_meeting_ar",
                               "co_guests_ar", "convened_attended_ar"})


def recent_guest(sr: Any, nat: str | None) -> str | None:
    """The guest among the sides of the meeting told in the last three sentences (session 44,
    ``meeting_guest_subject_ar``): the person every pair shares, of two sides the one received;
    with a nationality *nat*, only a side of that country; None when unsure."""
    si, out = sr.doc.state.get("met_out", (-9, ()))
    # (session 55) with a nationality, one sentence further: "استقبل X الضيفَ Y ... (three
    # sentences on the talks) ... استقبل Z الضيفَ الإيراني"
    if si < sr.si - (3 if nat is None else 4) or si >= sr.si:
        return None
    pairs = [(r.source, r.target) for r in out if r.type == "MET_WITH"]
    if not pairs:
        return None
    # the meeting itself, not who attended it: "استقبل H G، في حضور A وB" gives four people
    # with three pairs each; G is the one the meeting verb received (session 49)
    core = [(r.source, r.target) for r in out if r.type == "MET_WITH" and
            r.rule not in _ATTENDANCE_RULES]
    pairs = core or pairs
    et = sr.doc.etype
    count: dict[str, int] = {}
    for a, b in pairs:
        for e in (a, b):
            if et(e) == "Person" and (nat is None or _of_nationality(sr, e, nat)):
                count[e] = count.get(e, 0) + 1
    if not count:
        return None
    top = max(count.values())
    best = [e for e, c in count.items() if c == top]
    if len(best) > 1:
        received = {b for _a, b in pairs}
        best = [e for e in best if e in received]
    return best[0] if len(best) == 1 else None


def guest_at_ar(sr: Any, x: int, subj: Any) -> list | None:
    """"استقبل X الضيفَ (الإيراني)": "the guest" at token *x* is the visitor of the last
    sentences, else the one received in the meeting of the last three (``recent_guest``), else
    the previous sentence's subject (the article's protagonist, never a person reported
    killed; a nationality after the word must agree, session 45): [that person's mention], or
    [] when no guest is known. None when token *x* is no such word (the caller keeps its own
    reading)."""
    if x >= sr.hi or not sr.f(x) & _AR_THE_GUEST:
        return None
    exclude = subj.eid if subj is not None else ""
    visitors = [e for s_, e in sr.doc.state.get("visitors", ())
                if sr.si - 8 <= s_ < sr.si and e != exclude and not _gone_in(sr.doc, s_, e)]
    nat = L.NATIONALITY.get(sr.key(x + 1)) if x + 1 < sr.hi else None
    if not visitors:  # (session 45) the one received in the meeting of the last sentences,
        # of the nationality after the word: "استقبل X Y. ... استقبل Z الضيفَ الإيراني"
        g = recent_guest(sr, nat)
        visitors = [g] if g is not None and g != exclude else []
    if visitors:
        g = next((m for m in reversed(sr.doc.ments) if m.eid == visitors[-1] and
                  m.sent < sr.si), None)
        return [g] if g is not None else []
    prev = sr._prev_subject(exclude=exclude)
    dead = {e for _s, e in sr.doc.state.get("victims", ())}
    if prev is None or prev.eid in dead or nat is not None and not _of_nationality(sr, prev.eid,
                                                                                    nat):
        return []  # ("الضيف السعودي" is no Iraqi host named before)
    return [prev]


def _of_nationality(sr: Any, eid: str, nat: str) -> bool:
    """Is *eid* of the country *nat* (or of no known country but titled with it)?"""
    country = sr.doc.country_of(eid)
    return country == nat or country is None and titled_nationality(sr.doc, eid, nat)
