"""MET_WITH whose partner is outside the clause: a sentence-initial meeting phrase ("خلال
لقائه X، أكد Y"; ``his_meeting_first_ar``), "X was visited by Y" (``visited_by_en``), a meeting
gerund ("Meeting X, Y said"; ``gerund_meeting_en``), a national delegation
(``met_delegation_en``) and the person visited (``visited_person``)."""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.context_tails import continued_clause_ar
from loaders.extract.context_words import _EN_MEETING, _EN_PASS, _EN_VISITED_ONLY
from loaders.extract.core_recall import passive_by
from loaders.extract.core_recall_meetings import country_envoys
from loaders.extract.meeting_envoys_named import led_delegation
from loaders.extract.meeting_passive_agent import titled_agent_en
from loaders.extract.rule_common import (
    EMPTY,
    person_at,
    title_start,
)
from loaders.extract.visited_described_host_en import visited_host_en
from loaders.extract.wire_meetings import subjectless_object_ar

# ---- MET_WITH: "خلال لقائه X، أكد Y" (the meeting phrase before the main clause) ------------
AR_HIS_MEETING = L._ar("لقائه", "لقائها", "اجتماعه", "اجتماعها", "استقباله", "استقبالها",
                        "محادثاته", "مباحثاته", "لقاءه")
_AR_PHRASE_OPEN = L._ar("خلال", "وخلال", "في", "وفي", "أثناء", "اثناء", "وأثناء", "عقب",
                        "وعقب", "بعد", "وبعد", "لدى", "ولدى", "إثر", "وإثر", "فور", "وفور")


_AR_PLANNED = L._ar("المرتقب", "المقبل", "المقرر", "المزمع", "المنتظر", "الملغى", "المؤجل",
                    "المحتمل", "المفترض")


AR_REL_HIS = L._ar("جمعه", "عقده", "أجراه", "جمعها", "عقدها", "أجراها")
_AR_DEF_MEETING = L._ar("اللقاء", "الاجتماع", "المباحثات", "المحادثات", "القمة", "الجلسة",
                        "اللقاءات", "الاجتماعات")


def his_meeting_first_ar(sr: Any) -> list[tuple[str, str, int]]:
    """(subject, partner, trigger): "وخلال لقائه (رئيس الوزراء) X في بغداد، أكد Y ..." -> Y
    met X: the pronoun of the meeting noun is the main clause's subject, named after the
    comma (VSO: a verb, then the subject). Also "وخلال اللقاء الذي جمعه / عقده مع X، أكد Y"."""
    out: list[tuple[str, str, int]] = []
    for t in sr.triggers(AR_HIS_MEETING, EMPTY):
        if not _opens_sentence_ar(sr, t - 1):
            continue
        out.extend(_first_phrase_pairs(sr, t, t))
    for t in sr.triggers(AR_REL_HIS, EMPTY):
        if not _opens_sentence_ar(sr, t - 3) or \
                sr.key(t - 1) not in ("الذي", "التي") or not sr.f(t - 2) & _AR_DEF_MEETING:
            continue
        if not sr.key(t).startswith("جمع") and sr.key(t + 1) != "مع":
            continue  # "الجلسة التي عقدها البرلمان مع ...": the verb has its own subject
        out.extend(_first_phrase_pairs(sr, t - 2, t))
    return out


_AR_EDGE = L._ar("ختام", "نهاية", "أعقاب", "اعقاب", "مستهل", "بداية", "مطلع", "ختم")


def _opens_sentence_ar(sr: Any, x: int) -> bool:
    """Do the words up to *x* open the sentence as a time phrase ("وخلال", "وفي ختام")?"""
    if x == sr.lo:
        return bool(sr.f(x) & _AR_PHRASE_OPEN)
    return x - 1 == sr.lo and bool(sr.f(x - 1) & _AR_PHRASE_OPEN) and bool(sr.f(x) & _AR_EDGE)


def _first_phrase_pairs(sr: Any, t: int, v: int) -> list[tuple[str, str, int]]:
    """The pairs of an opening meeting phrase whose noun is at *t* and whose partner follows
    the word at *v*: (subject after the comma, each partner, t)."""
    obj = sr.after(v + 1, types=("Person", "Organization"), maxgap=3)
    if obj is None:
        return []
    comma = next((y for y in range(obj.hi, min(sr.hi, obj.hi + 8))
                  if sr.toks[y].text in ("،", ",")), None)
    if comma is None:
        return []
    subj = sr.after(comma + 2, types=("Person",), maxgap=1)
    if subj is None or subj.eid == obj.eid or sr.blocked(t, subj) or \
            sr.blocked(comma + 1) or any(sr.f(y) & _AR_PLANNED for y in range(t + 1, comma)):
        return []  # "خلال لقائه المرتقب مع X، سيؤكد Y": not held yet
    return [(subj.eid, o.eid, t) for o in sr.chain(obj) if o.eid != subj.eid]


# ---- MET_WITH: "X was visited by Y" ---------------------------------------------------------
def visited_by_en(sr: Any) -> list[tuple[str, str, int]]:
    """(host, visitor, trigger): "X was visited by Y (at his hotel)": two people met. A
    place visited ("Baghdad was visited by Y") is no meeting."""
    out: list[tuple[str, str, int]] = []
    for t in sr.triggers(EMPTY, _EN_VISITED_ONLY):
        if sr.key(t - 1) not in _EN_PASS and not (sr.key(t - 2) in _EN_PASS and
                                                  sr.key(t - 1) in ("also", "later", "then")):
            continue
        by = passive_by(sr, t)
        if by is None:
            continue
        agent = sr.after(by + 1, types=("Person",), maxgap=2) or titled_agent_en(sr, by)
        host = sr.subject_before(t - 1 if sr.key(t - 1) in _EN_PASS else t - 2, maxgap=12)
        if agent is None or host is None or host.etype != "Person" or agent.poss or \
                host.eid == agent.eid or sr.blocked(t, host):
            continue
        out.extend((host.eid, a.eid, t) for a in sr.chain(agent, ("Person",)))
    return out


# ---- MET_WITH: "with X meeting Y", "X, meeting Y in Baghdad, said"; "the Iranian delegation" ---
_EN_DELEGATIONS = frozenset({"delegation", "delegations", "negotiators", "team", "side",
                             "envoys", "negotiating"})


def _home_country(sr: Any, eid: str) -> str | None:
    """The person's country: from the article's titles, else the gazetteer."""
    e = sr.doc.gaz.get(eid)
    return sr.doc.nat.get(eid) or (e.country if e is not None else None)


def national_delegation_en(sr: Any, x: int) -> str | None:
    """Country of "(the) Iranian delegation / negotiators / side" starting at *x* (a party
    met through its envoys), else None."""
    toks, lo, hi = sr.toks, sr.lo, sr.hi  # (toks[x].key = sr.key(x) for lo <= x < hi)
    kx = toks[x].key if lo <= x < hi else ""
    if kx in ("the", "a", "an"):
        x += 1
        kx = toks[x].key if lo <= x < hi else ""
    nat = L.NATIONALITY.get(kx)
    if nat and (toks[x + 1].key if lo <= x + 1 < hi else "") in _EN_DELEGATIONS:
        return nat
    return None


def gerund_meeting_en(sr: Any) -> list[tuple[str, str, bool]]:
    """(subject, partner, via envoys): "..., with X meeting envoys of Britain, France and
    China", "X, meeting Y in Baghdad, said ...": the person right before the participle
    met its object (people, bodies, or countries through their envoys)."""
    out: list[tuple[str, str, bool]] = []
    for t in sr.triggers(EMPTY, _EN_MEETING):
        subj = sr.mention_at.get(t - 1)
        if subj is None and sr.key(t - 1) == ",":
            subj = sr.mention_at.get(t - 2)
        if subj is None or subj.etype != "Person" or subj.hi not in (t, t - 1) or \
                sr.key(t + 1) in ("of", "between", "with", "on", "in", "at", "was", "is"):
            continue
        b = title_start(subj) - 1
        while b > sr.lo and b > subj.lo - 8 and (
                sr.toks[b].poss or sr.key(b) in L.EN_QUALIFIERS or sr.key(b) in L.NATIONALITY):
            b -= 1  # "with Iran's new chief negotiator X meeting"
        if subj.hi == t and sr.key(b) != "with":
            continue  # only "with X meeting Y" or "X, meeting Y," ("X meeting Y would ...")
        first = sr.after(t + 1, types=("Person", "Organization", "Country"), maxgap=3)
        if first is not None and any(sr.toks[y].punct for y in range(t + 1, first.lo)):
            first = None
        if sr.blocked(t, subj):
            continue
        if first is None:
            nat = national_delegation_en(sr, t + 1)
            if nat and nat != _home_country(sr, subj.eid):
                out.append((subj.eid, nat, True))
            continue
        if sr.key(t) != "meeting" and (first.etype != "Person" or first.poss):
            continue  # "X, hosting Y in Ankara, said": a person ("receiving Iran's backing")
        envoys = first.etype == "Country" and country_envoys(sr, first)
        if first.etype == "Country" and not envoys:
            continue
        out.extend((subj.eid, m.eid, envoys) for m in sr.chain(first)
                   if m.eid != subj.eid and (m.etype != "Country" or envoys))
    return out


EN_MET_VERBS = frozenset({"met", "meet", "meets", "received", "hosted", "welcomed"})


def met_delegation_en(sr: Any) -> list[tuple[str, str]]:
    """(person, country): "X (had) met (with) the Iranian delegation": a country met through
    its delegation (no relation with the person's own country)."""
    out: list[tuple[str, str]] = []
    for t in sr.triggers(EMPTY, EN_MET_VERBS):
        x = t + 1
        if sr.key(x) == "with":
            x += 1
        nat = national_delegation_en(sr, x)
        if nat is None or sr.key(t - 1) in ("was", "were", "been", "is", "be"):
            continue
        d = x + (2 if sr.key(x) in ("the", "a", "an") else 1)  # the delegation noun
        if led_delegation(sr, None, d):
            continue  # "met a U.S. delegation headed by X": X, not the country (session 52)
        if sr.after(d + 1, types=("Person",), maxgap=0) is not None:
            continue  # "received US envoys A and B": the envoys named (session 63)
        subj = sr.subject_before(t)
        if subj is None or subj.etype != "Person" or sr.blocked(t, subj) or \
                nat == _home_country(sr, subj.eid):
            continue
        out.append((subj.eid, nat))
    return out


# ---- MET_WITH: visiting a person ("X visited Y", "paid a visit to Y", "زار X Y") ---------------
# the cue words of a visit paid to a person: visit words and "call" ("paid a farewell call on Y")
EN_VISIT_CUES = frozenset({"visited", "visits", "visit", "call", "calls"})
# "paid a (farewell / courtesy) call on Y" (session 65): not a phone or video call
_EN_CALL_MEDIA = frozenset({"phone", "telephone", "video", "conference", "zoom"})
AR_VISITED = L._ar("زار", "وزار", "يزور", "تزور", "زارت", "وزارت")


def host_past_aside_ar(sr: Any, first: Any) -> Any:
    """The person visited named after a day or place told between the visitor *first* and
    him, «زار X، ظهر اليوم، Y في منزله» / «زار X مساء أمس Y» (session 67: as
    ``meeting_asides_ar`` reads it after «استقبل X»), else None. A place visited («زار X،
    اليوم، مدينة النجف، حيث ...») names no host."""
    from loaders.extract.meeting_asides_ar import (  # (imports context modules)
        object_after_aside_ar,
        object_past_when_ar,
    )
    host = object_after_aside_ar(sr, first.hi) or object_past_when_ar(sr, first.hi)
    return host if host is not None and host.etype == "Person" and host.eid != first.eid else None


def visited_person(sr: Any) -> list[tuple[str, str, int]]:
    """(visitor, host, trigger): a visit paid to a person is a meeting: "X visited Y (at his
    office)", "X paid a (courtesy) visit to Y", "X paid a farewell call on Y", "زار X Y في
    مكتبه" / "X زار Y". A place visited is VISITED, not this; "visited Y's office" names no
    host in person."""
    out: list[tuple[str, str, int]] = []
    for t in sr.triggers(AR_VISITED, EN_VISIT_CUES):
        if sr.toks[t].ar:
            if not sr.f(t) & AR_VISITED:
                continue
            first = sr.after(t + 1, types=("Person",), maxgap=0)
            if first is None:
                continue
            second = sr.after(first.hi, types=("Person",), maxgap=0) or \
                host_past_aside_ar(sr, first)  # "زار X، ظهر اليوم، Y" (s67)
            if second is not None and not second.prefix and not sr.has_prep(second, {"ب", "ل"}):
                visitor, host = first, second  # VSO: "زار X Y"
            else:
                host = first
                if continued_clause_ar(sr, t):  # "وصل X إلى بيروت، ثم زار Y"; "التقى X Z، وزار Y"
                    visitor = sr._carried_subject(t)
                elif subjectless_object_ar(sr, first):  # "(وصل X.) ثم زار Y في مكتبه"
                    visitor = sr._prev_subject(exclude=first.eid)
                else:
                    visitor = sr.before(t, types=("Person",), maxgap=1)  # SVO: "X زار Y"
                if visitor is None or first.prefix or sr.has_prep(first, {"ب", "ل"}):
                    continue
        else:
            k = sr.key(t)
            if k == "visited" and sr.key(t - 1) not in _EN_PASS:
                host = visited_host_en(sr, t)  # "visited the Iranian president" (s68)
                verb = t
            elif k == "visits" and sr.before(t, types=("Person",), maxgap=0) is not None:
                # "2019 - X visits Y in Riyadh" (the visitor's name right before: no noun)
                host = person_at(sr, t + 1)
                verb = t
            elif k in ("visit", "visits") and sr.key(t + 1) == "to":
                host = sr.after(t + 2, types=("Person",), maxgap=1)
                verb = next((y for y in range(t - 1, max(sr.lo, t - 4) - 1, -1)
                             if sr.key(y) in ("paid", "pays", "paying", "made")), None)
                if verb is None:
                    continue
            elif k in ("call", "calls") and sr.key(t + 1) == "on":
                # "paid a farewell / courtesy call on Y" (session 65)
                host = sr.after(t + 2, types=("Person",), maxgap=1)
                verb = next((y for y in range(t - 1, max(sr.lo, t - 4) - 1, -1)
                             if sr.key(y) in ("paid", "pays", "paying")), None)
                if verb is None or any(sr.key(y) in _EN_CALL_MEDIA for y in range(verb, t)):
                    continue
                if host is not None and host.kind != "name":
                    continue  # (a title alone, "on the President", is left to other rules)
            else:
                continue
            if host is None or host.poss:
                continue
            visitor = sr.subject_before(verb)
        if visitor is None or visitor.etype != "Person" or host.etype != "Person" or \
                visitor.eid == host.eid or sr.blocked(t, visitor):
            continue
        out.append((visitor.eid, host.eid, t))
    return out
