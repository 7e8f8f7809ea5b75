"""Core relations whose partner is not named in the clause itself: a pronoun ("succeeded
him", "وخلفه", "التقاه" after "قال X إنه"), a first person inside a quotation ("'I met him,'
X said"), or the subject of a sentence-initial meeting phrase ("خلال لقائه X، أكد Y").

Plain functions over a :class:`loaders.extract.relations.SentenceRules` instance (``sr``), as
in :mod:`loaders.extract.core_recall` (no import of ``relations``). The antecedent of a
pronoun is the most salient compatible person: whoever the text just said was killed or
removed (for a succession), else the visitor of the last sentences, else the subject of the
previous sentence.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.core_recall import passive_by
from loaders.extract.core_recall_meetings import country_envoys
from loaders.extract.core_recall_objects import guest_antecedent
from loaders.extract.dispatch import needs, register_triggers
from loaders.extract.kill_reduced_en import reduced_passive_en
from loaders.extract.meeting_passive_agent import apposed_agent_en
from loaders.extract.meeting_phrases import AR_PAID_VISIT, paid_visit_ar
from loaders.extract.orders import order_phrase_at
from loaders.extract.pronoun_clause_ar import time_opened_ar
from loaders.extract.rule_common import killed_right_after, person_at, title_start
from loaders.extract.succession_khalafahu import KHALAFAHU_OPENERS, clause_subject_before
from loaders.extract.succession_pronoun import post_holder_before

_EMPTY: frozenset[str] = frozenset()
_QUOTES = frozenset('"“”«»')
_EN_SAID = frozenset({"said", "says", "told", "added", "recalled", "insisted", "explained"})
_EN_PASS = frozenset({"was", "were", "been", "is", "are", "be", "being"})
_EN_VISITED_ONLY = frozenset({"visited"})  # one-word trigger sets (built once, not per call)
_EN_MEETING = frozenset({"meeting", "hosting", "receiving", "welcoming"})
_AR_CLAUSE_START = frozenset({"و", "ثم", "كما", "وقد", "قد", "فقد", "وكان", "كان"})


def _latest_victim(sr: Any, exclude: str, back: int = 2) -> str | None:
    """The person the text reported killed (with an agent) in this or the last *back*
    sentences, latest first; None when none or when that is *exclude*."""
    vs = [(s_, e) for s_, e in sr.doc.state.get("victims", ())
          if sr.si - back <= s_ <= sr.si and e != exclude]
    if not vs:
        return None
    last = [e for s_, e in vs if s_ == vs[-1][0]]
    if len(last) > 1:  # several killed together: the one this sentence names ("Soleimani's
        here = {m.eid for m in sr.args}  # deputy, X, was named to replace him")
        named = [e for e in last if e in here]
        if len(named) == 1:
            return named[0]
    return vs[-1][1]


def _killed_earlier(sr: Any, exclude: str, back: int = 2) -> str | None:
    """A person of the last *back* sentences followed by a passive killing verb ("X was
    killed in January"), also when no agent was named; the latest such person."""
    best = None
    for m in sr.doc.ments:
        if m.etype != "Person" or m.eid == exclude or not (sr.si - back <= m.sent < sr.si):
            continue
        if killed_right_after(sr.doc.toks, m):
            best = m.eid
    return best


def _killed_here(sr: Any, t: int, exclude: str) -> str | None:
    """The last person of this sentence before *t* followed by a passive killing ("X was
    killed in ..., and Y succeeded him", the timeline's "X killed in a US raid; Y succeeded
    him"): the sentence's own victim comes before those of the sentences before it."""
    best = None
    toks = sr.doc.toks
    for m in sr.args:
        if m.hi > t or m.etype != "Person" or m.eid == exclude or m.poss:
            continue
        if killed_right_after(toks, m) or reduced_passive_en(sr, m.hi):
            best = m.eid
    return best


def _holder_here(sr: Any, new: Any) -> str | None:
    """"The agency was headed by Y; X replaced him": the person of the clause before the new
    one's (this sentence, after "by" or as its subject), not a victim of an earlier one."""
    semi = [y for y in range(sr.lo, new.lo) if sr.toks[y].text == ";"]
    if not semi:
        return None
    here = [m for m in sr.args if m.hi <= semi[-1] and m.etype == "Person" and
            m.eid != new.eid and not m.poss and not m.in_title]
    return here[-1].eid if len(here) == 1 else None


# ---- SUCCESSOR_OF: "X succeeded him", "وخلفه في المنصب X" ----------------------------------
def predecessor_pronoun_en(sr: Any, t: int, new: Any) -> str | None:
    """'him' in "X succeeded/replaced him" (the verb at *t*): the person the text just said
    was killed (with or without an agent), else the nearest other person before the verb
    (this or the previous sentence)."""
    if new is None:
        return None
    old = _killed_here(sr, t, new.eid) or _holder_here(sr, new) or \
        _latest_victim(sr, new.eid) or _killed_earlier(sr, new.eid)
    if old is None:
        here = [m for m in sr.args if m.hi <= t and m.etype == "Person" and m.eid != new.eid
                and not m.poss]
        if here:
            old = here[-1].eid
            lead, near = here[0], here[-1]  # "Y died in a U.S. strike that K ordered, and X
            # replaced him": K ordered it (an agent), him is the sentence's subject Y
            agentive = sr.key(near.hi) in ("ordered", "authorized", "authorised", "approved") \
                or sr.key(title_start(near) - 1) == "by"
            if agentive and lead is not near and not lead.in_title and \
                    title_start(lead) <= sr.lo + 1:
                old = lead.eid
        elif sr.si > 0:
            prev = [m for m in sr.doc.by_sent.get(sr.si - 1, ()) if m.etype == "Person" and
                    m.eid != new.eid and not m.in_title]
            ids = {m.eid for m in prev}
            old = prev[0].eid if len(ids) == 1 else post_holder_before(sr, t, new)
    return old


_AR_KHALAFAHU = L._ar("خلفه", "وخلفه", "خلفها", "وخلفها", "فخلفه", "فخلفها", "ليخلفه",
                      "ليخلفها", "ويخلفه", "ويخلفها")
_AR_POST_WORDS = L._ar("المنصب", "منصبه", "منصبها", "قيادة", "رئاسة", "الامانة", "الأمانة",
                       "زعامة", "قيادته", "رئاسته", "امانة", "منصب")
_AR_GONE = L._ar("مقتل", "اغتيال", "استشهاد", "وفاة", "رحيل", "استقالة", "اقالة", "إقالة",
                 "اعفاء", "إعفاء", "عزل", "مصرع", "تصفية", "قتل", "اغتيل", "قضى", "استقال",
                 "توفي", "توفى", "اقيل", "عزل", "استشهد")


def khalafahu_ar(sr: Any) -> list[tuple[str, str, int]]:
    """(new, old, trigger): "(و)خلفه (في المنصب / في قيادة الفيلق) X" opening a clause: X
    succeeded the person the pronoun stands for (who the sentence or the last ones said
    died or was removed, else the previous sentence's subject). "وقف خلفه" (behind him)
    is not a clause start, so gives nothing."""
    out: list[tuple[str, str, int]] = []
    for t in sr.triggers(_AR_KHALAFAHU, _EMPTY):
        if sr.toks[t].key not in _AR_KHALAFAHU:
            continue
        prev = sr.toks[t - 1] if t > sr.lo else None
        head = None  # "X، الذي خلفه (في المنصب) Y": X is the predecessor, Y the successor
        if prev is not None and prev.key in ("الذي", "التي") and t - 2 > sr.lo and \
                sr.toks[t - 2].text in ("،", ","):
            head = sr.before(t - 2, types=("Person",), maxgap=1)
            if head is None:
                continue
        elif prev is not None and prev.key in ("الذي", "التي"):
            # "بعد X الذي خلفه Y": the relative right after the name, no comma
            head = sr.before(t - 1, types=("Person",), maxgap=0)
            if head is None:
                continue
        elif prev is not None and not (prev.text in ("،", ",") or
                                       prev.key in _AR_CLAUSE_START or
                                       prev.key in KHALAFAHU_OPENERS or
                                       sr.toks[t].key[0] in "وفل" or  # "غارة وخلفه Y"
                                       time_opened_ar(sr, t)):  # "وفي آذار خلفه Y"
            continue
        x = t + 1
        if sr.key(x) in ("في", "فى") and sr.f(x + 1) & _AR_POST_WORDS:
            x += 2
            org = sr.after(x, types=("Organization",), maxgap=0)
            if org is not None:
                x = org.hi
        new = sr.after(x, types=("Person",), maxgap=1)
        if new is None:
            continue
        old = head.eid if head is not None else None
        for y in range(t - 1, sr.lo - 1, -1) if old is None else ():  # "قُتل X ...، وخلفه Y"
            if sr.f(y) & _AR_GONE:
                m = sr.after(y + 1, types=("Person",), maxgap=2)
                if m is not None and m.hi <= t and m.eid != new.eid:
                    old = m.eid
                    break
        if old is None:  # "وكان X قد غادر منصبه، وخلفه Y" (succession_khalafahu.py)
            old = clause_subject_before(sr, t, new.eid)
        if old is None:
            old = _latest_victim(sr, new.eid)
        if old is None and (t - sr.lo <= 1 or time_opened_ar(sr, t)):  # "(وفي آذار) خلفه"
            p = sr._prev_subject(exclude=new.eid)
            old = p.eid if p is not None else None
        if old is not None and old != new.eid and not sr.blocked(t, new):
            out.append((new.eid, old, t))
    return out


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
    for t in sr.triggers(_AR_MEET_PRON, _EMPTY):
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
_AR_ARRIVED = L._ar("وصل", "ووصل", "زار", "وزار", "توجه", "وتوجه", "حط", "وحط", "قدم", "عاد",
                    "وعاد", "يصل", "يزور")


def arrival_subject_ar(sr: Any, t: int) -> Any:
    """The subject of an arrival verb earlier in the sentence ("وصل X إلى مسقط على رأس وفد
    ضمّ Y، واستقبله Z": X, not Y), which a later pronoun object most likely means."""
    for x in range(sr.lo, t):
        if sr.toks[x].ar and (sr.f(x) & _AR_ARRIVED or sr.f(x) & _AR_HEADS and any(
                sr.f(y) & _AR_DELEGATION for y in range(x + 1, min(t, x + 8)))):
            # (or "ويرأس X وفد بلاده إلى القمة ...، وقد استقبله Y": the delegation's head)
            m = sr.after(x + 1, types=("Person",), maxgap=1)
            if m is None:
                m = sr.before(x, types=("Person",), maxgap=1)
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


def guest_at_ar(sr: Any, x: int, subj: Any) -> list | None:
    """"استقبل X الضيفَ (الإيراني)": "the guest" at token *x* is the visitor of the last
    sentences, else the previous sentence's subject (the article's protagonist, never a
    person reported killed): [that person's mention], or [] when no guest is known. None
    when token *x* is no such word (the caller keeps its own reading)."""
    if x >= sr.hi or not sr.f(x) & _AR_THE_GUEST:
        return None
    exclude = subj.eid if subj is not None else ""
    visitors = [e for s_, e in sr.doc.state.get("visitors", ())
                if sr.si - 8 <= s_ < sr.si and e != exclude]
    if visitors:
        g = next((m for m in reversed(sr.doc.ments) if m.eid == visitors[-1] and
                  m.sent < sr.si), None)
        return [g] if g is not None else []
    prev = sr._prev_subject(exclude=exclude)
    dead = {e for _s, e in sr.doc.state.get("victims", ())}
    return [prev] if prev is not None and prev.eid not in dead else []


# ---- MET_WITH: "خلال لقائه X، أكد Y" (the meeting phrase before the main clause) ------------
_AR_HIS_MEETING = L._ar("لقائه", "لقائها", "اجتماعه", "اجتماعها", "استقباله", "استقبالها",
                        "محادثاته", "مباحثاته", "لقاءه")
_AR_PHRASE_OPEN = L._ar("خلال", "وخلال", "في", "وفي", "أثناء", "اثناء", "وأثناء", "عقب",
                        "وعقب", "بعد", "وبعد", "لدى", "ولدى", "إثر", "وإثر", "فور", "وفور")


_AR_PLANNED = L._ar("المرتقب", "المقبل", "المقرر", "المزمع", "المنتظر", "الملغى", "المؤجل",
                    "المحتمل", "المفترض")


_AR_REL_HIS = L._ar("جمعه", "عقده", "أجراه", "جمعها", "عقدها", "أجراها")
_AR_DEF_MEETING = L._ar("اللقاء", "الاجتماع", "المباحثات", "المحادثات", "القمة", "الجلسة",
                        "اللقاءات", "الاجتماعات")


def his_meeting_first_ar(sr: Any) -> list[tuple[str, str, int]]:
    """(subject, partner, trigger): "وخلال لقائه (رئيس الوزراء) X في بغداد، أكد Y ..." -> Y
    met X: the pronoun of the meeting noun is the main clause's subject, named after the
    comma (VSO: a verb, then the subject). Also "وخلال اللقاء الذي جمعه / عقده مع X، أكد Y"."""
    out: list[tuple[str, str, int]] = []
    for t in sr.triggers(_AR_HIS_MEETING, _EMPTY):
        if not _opens_sentence_ar(sr, t - 1):
            continue
        out.extend(_first_phrase_pairs(sr, t, t))
    for t in sr.triggers(_AR_REL_HIS, _EMPTY):
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
    for t in sr.triggers(_EMPTY, _EN_VISITED_ONLY):
        if sr.key(t - 1) not in _EN_PASS and not (sr.key(t - 2) in _EN_PASS and
                                                  sr.key(t - 1) in ("also", "later", "then")):
            continue
        by = passive_by(sr, t)
        if by is None:
            continue
        agent = sr.after(by + 1, types=("Person",), maxgap=2)
        host = sr.subject_before(t - 1 if sr.key(t - 1) in _EN_PASS else t - 2, maxgap=12)
        if agent is None or host is None or host.etype != "Person" or agent.poss or \
                host.eid == agent.eid or sr.blocked(t, host):
            continue
        out.extend((host.eid, a.eid, t) for a in sr.chain(agent, ("Person",)))
    return out


# ---- ASSASSINATED_BY: "a Trump-ordered strike" ----------------------------------------------
_EN_ORDERED_ADJ = frozenset({"ordered", "authorized", "authorised", "directed", "sanctioned"})


def ordered_adj_agent(sr: Any, lo: int, hi: int) -> str | None:
    """The agent named as an adjective of a strike in [lo, hi): "a Trump-ordered strike",
    "the Netanyahu-authorised raid" (a person, body or country before '-ordered')."""
    for x in range(lo, hi - 1):
        if sr.key(x) == "-" and sr.key(x + 1) in _EN_ORDERED_ADJ:
            m = sr.mention_at.get(x - 1)
            if m is not None and m.etype in ("Person", "Organization", "Country"):
                return m.eid
    return None


# ---- ASSASSINATED_BY: a victim is no agent --------------------------------------------------
def victim_as_subject(sr: Any, m: Any) -> tuple[bool, str | None]:
    """Is the person *m* before an active killing verb the object of an earlier killing
    verb of the sentence ("The U.S. strike that killed X also killed Y": X is no agent of
    Y's killing)? Returns (True, the agent already found for X here, or None) if so."""
    b = title_start(m) - 1
    while b >= sr.lo and sr.key(b) in ("the", "a", "an", "also"):
        b -= 1
    if b < sr.lo or sr.key(b) not in ("killed", "assassinated", "kill", "killing"):
        return False, None
    agent = next((r.target for r in sr.out if r.type == "ASSASSINATED_BY" and
                  r.source == m.eid), None)
    return True, agent


# ---- ASSASSINATED_BY: "وقُتل معه X" / "Also killed was X" (the killing just reported) -------
_AR_KILLED_PASSIVE = L._ar("قتل", "وقتل", "اغتيل", "واغتيل", "استشهد", "واستشهد", "قضى", "وقضى")
_AR_WITH_HIM = L._ar("معه", "معهما", "برفقته", "الى جانبه")


def _last_killing(sr: Any, back: int = 2) -> tuple[list[str], list[str]]:
    """(victims, agents) of the latest killing with an agent in the last *back* sentences;
    the agents are all those these sentences gave its victims ("قُتل X بضربة أميركية.
    وأعلنت سنتكوم أنها نفذت الضربة": the U.S. and CENTCOM)."""
    ks = [(s_, a) for s_, a in sr.doc.kill_agents if sr.si - back <= s_ < sr.si]
    if not ks:
        return [], []
    last = max(s_ for s_, _a in ks)
    noted = [(s_, e) for s_, e in sr.doc.state.get("victims", ()) if sr.si - back <= s_ < sr.si]
    victims = list(dict.fromkeys(e for s_, e in noted if s_ == last))
    told = {s_ for s_, e in noted if e in victims}
    return victims, list(dict.fromkeys(a for s_, a in ks if s_ in told and a not in victims))


def killed_with_him(sr: Any) -> list[tuple[str, str, int]]:
    """(victim, agent, trigger): "وقُتل معه (القياديان) X وY" / "Also killed was/were X (and
    Y)" opening a sentence right after a killing whose agent was named: the same strike,
    so the same agents. Nothing when that killing had no agent."""
    x = sr.lo
    while x < sr.hi and sr.toks[x].punct:
        x += 1
    t = None
    if sr.toks[x].ar:
        if not sr.f(x).isdisjoint(_AR_KILLED_PASSIVE) and sr.key(x + 1) in _AR_WITH_HIM:
            t, start = x, x + 2
    elif x < sr.hi and sr.toks[x].key == "also" and sr.key(x + 1) == "killed" and \
            sr.key(x + 2) in ("was", "were"):  # (toks[x].key: sr.key(x) without a call)
        t, start = x + 1, x + 3
    if t is None:
        return []
    victim = sr.after(start, types=("Person",), maxgap=4)
    if victim is None or sr.blocked(t):
        return []
    before, agents = _last_killing(sr)
    if not before:
        return []
    return [(v.eid, a, t) for v in sr.chain(victim, ("Person",)) for a in agents
            if v.eid != a and v.eid not in before]


# ---- ASSASSINATED_BY: who ordered the strike, later in the same sentence --------------------
_EN_STRIKE_REF = frozenset({"strike", "airstrike", "attack", "raid", "operation", "killing",
                            "assassination", "bombing"})


def strike_orderers(sr: Any, k: int) -> list[str]:
    """Who ordered the strike, stated after the victims (token *k*) in this sentence: right
    after them ("... بأمر مباشر من X", "..., ordered by X"), or in a later clause about the
    strike ("adding that the strike had been carried out on the orders of X")."""
    out: list[str] = []
    for x in range(k, sr.hi):
        if x >= k + 8 and not any(sr.key(y) in _EN_STRIKE_REF and sr.key(y - 1) == "the"
                                  for y in range(max(k, x - 8), x)):
            continue
        phrase = order_phrase_at(sr, x)  # orders.py: the one order-phrase parser
        if phrase is not None and phrase.agent is not None and not sr.blocked(phrase.cue):
            out.append(phrase.agent.eid)
    return out


# ---- lists broken by an apposition: "X, head of Y, and Z" ---------------------------------
_EN_APPOS_START = frozenset({"head", "leader", "chief", "commander", "deputy", "the", "a", "speaker",
                             "an", "his", "its", "founder", "secretary-general", "former",
                             "spokesman", "member", "minister", "president"})


_EN_TITLE_ED = frozenset({"retired", "designated", "appointed", "elected", "acting", "detained",
                          "jailed", "exiled", "assassinated", "slain", "killed"})


def apposition_tail(sr: Any, last: Any, types: tuple[str, ...] = ("Person",)) -> list:
    """English: the people listed after an apposition closing a list item: "killed X, head
    of Iran's Quds Force, and Y (and Z)" -> [Y, Z]. The apposition is a title phrase of at
    most 14 tokens without a verb or a person of its own; [] when none follows *last*."""
    x = last.hi
    if x + 1 >= sr.hi or sr.toks[x].text != "," or sr.toks[x].ar:
        return []
    k1 = sr.toks[x + 1].key if x + 1 >= sr.lo else ""  # = sr.key(x + 1), without a call
    if k1 in _EN_WHO:
        close = x  # "met X, who lives in Muscat, and Y": a relative clause, no apposition
    else:
        if k1 not in _EN_APPOS_START and not sr.toks[x + 1].poss:
            return []
        close = next((y for y in range(x + 2, min(sr.hi, x + 16)) if sr.toks[y].text == ","),
                     None)
        if close is None or any(m.etype == "Person" and x < m.lo < close and m.eid != last.eid
                                for m in sr.args) or \
                any(sr.key(y) in ("said", "says", "who", "which", "was", "is", "met", "killed")
                    for y in range(x + 1, close)):
            return []
    if sr.key(close + 1) in _EN_WHO:
        # "X, the Houthi negotiator, who lives in Muscat, and Y": past the relative clause
        # too, when it names nobody and is no saying ("X, who said ..., and Y")
        end = next((y for y in range(close + 2, min(sr.hi, close + 16))
                    if sr.toks[y].text in (",", ".", ";")), None)
        if end is None or sr.toks[end].text != "," or any(
                m.etype == "Person" for m in sr.args if close < m.lo < end) or \
                any(sr.key(y) in _EN_SAYING for y in range(close, end)):
            return []  # ("X, who leads the Amal movement, and Z": bodies only)
        close = end
    if close == x:
        return []
    a = close + 1  # the "and" / "as well as" joining the next item
    asyndetic = False
    if sr.key(a) == "as" and sr.key(a + 1) == "well" and sr.key(a + 2) == "as":
        a += 2  # "X, whose ..., as well as Y and Z"
    elif sr.key(a) != "and":
        if not sr.toks[a].cap if a < sr.hi else True:
            return []
        a, asyndetic = close, True  # "met X, head of Y, Badr chief Z and W": no "and" yet
    a = list_link_en(sr, a, last)  # "..., and (later) with Y": the preposition before X again
    if a < 0:
        return []
    k2 = sr.toks[a + 1] if a + 1 < sr.hi else None
    if k2 is not None and not k2.cap and k2.key.endswith("ed") and k2.key not in _EN_TITLE_ED:
        return []  # "met X, head of Y, and secured agreement to keep Z": a verb, no list
    nxt = sr.after(a + 1, types=types, maxgap=6)
    if nxt is None:
        return []
    if nxt.etype != "Person" and "Person" in types:
        p = sr.after(nxt.hi, types=("Person",), maxgap=2)
        if p is not None and not any(sr.toks[y].punct for y in range(nxt.hi, p.lo)):
            nxt = p  # "..., and Asaib Ahl al-Haq leader Qais al-Khazali": the person
    if asyndetic and title_start(nxt) > a + 4:
        return []  # the next item must start right after the comma
    tail = sr.chain(nxt, types)
    if asyndetic and len(tail) < 2:
        # "X, the Badr chief, Y, the Asaib leader, and Z": only when the list goes on
        tail = tail + apposition_tail(sr, tail[-1], types)
        if len(tail) < 2 and sr.key(tail[-1].hi) != "and":
            return []  # "met X, head of Y, Foreign Minister Z said": a new clause
    end = tail[-1].hi
    if end < sr.hi and not sr.toks[end].punct and sr.key(end) not in _EN_AFTER_OBJECT and \
            not (asyndetic and sr.key(end) == "and"):
        return []  # "..., and Khazali said": a new clause, not a list member
    return tail


_EN_LIST_ADV = frozenset({"later", "then", "also", "subsequently", "separately", "afterwards"})
_EN_LIST_PREPS = frozenset({"with", "by"})


def list_link_en(sr: Any, a: int, last: Any) -> int:
    """*a* is the "and" of "X, who ..., and Y": the last token before the next member, past
    an adverb and the preposition that stood before X ("held talks with X, ..., and (later)
    with Y", "was received by X, ..., and by Y"); -1 for a preposition X did not have."""
    while sr.key(a + 1) in _EN_LIST_ADV:
        a += 1
    p = sr.key(a + 1)
    if p in _EN_LIST_PREPS:
        s = title_start(last)
        if not any(sr.key(y) == p for y in range(max(sr.lo, s - 3), s)):
            return -1  # "met X, who ..., and with Y": not X's list
        a += 1
    return a


_AR_WHO = frozenset({"الذي", "التي"})
_AR_TAIL_NEXT = frozenset({"في", "خلال", "بحضور", "وبحضور", "على", "بعد", "قبل", "امس", "يوم",
                           "اليوم", "مساء", "صباح"})


_AR_THEN = frozenset({"ثم", "وثم"})


def relative_tail_ar(sr: Any, last: Any) -> list:
    """Arabic: the people listed after a relative clause or a title apposition closing a
    list item: "التقى X، الذي خلف Z على رأس الجهاز، ووزير الطاقة Y" / "التقى X، نائب رئيس
    الهيئة، ورئيس منظمة بدر Y" -> [Y]; also "...، (لبحث ...،) ثم Y". The member
    after the clause's closing comma starts with و or ثم (a title or the name), and what follows the list is no new clause (a
    comma, the end, a place, a date or a purpose); [] otherwise."""
    x = last.hi
    if x + 1 >= sr.hi or sr.toks[x].text not in ("،", ",") or (
            sr.key(x + 1) not in _AR_WHO and sr.key(x + 1) not in L.AR_TITLE_FIRST):
        return []
    close = next((y for y in range(x + 2, min(sr.hi, x + 18))
                  if sr.toks[y].text in ("،", ",", ".", "؛")), None)
    if close is None or sr.toks[close].text not in ("،", ","):
        return []
    if sr.key(x + 1) not in _AR_WHO and any(
            m.etype == "Person" and not m.in_title and x < m.lo < close for m in sr.args):
        return []  # "التقى X، نائب رئيس الهيئة، ورئيس منظمة بدر Y": a title naming nobody
    if close + 1 < sr.hi and sr.key(close + 1)[:1] == "ل" and \
            sr.mention_at.get(close + 1) is None:
        # "...، لبحث ملف ...، ثم Y": a purpose phrase before the member after "ثم"
        close2 = next((y for y in range(close + 2, min(sr.hi, close + 14))
                       if sr.toks[y].text in ("،", ",", ".", "؛")), None)
        if close2 is None or sr.toks[close2].text not in ("،", ",") or \
                sr.key(close2 + 1) not in _AR_THEN:
            return []
        close = close2
    nxt = next((m for m in sr.args if m.lo > close and not m.in_title), None)
    if nxt is None or nxt.etype != "Person":
        return []
    start = title_start(nxt)
    first = sr.toks[close + 1].key
    with_y = with_again_ar(sr, close, last)
    if with_y is None:
        return []  # "التقى X، الذي ...، ومع Y": X was no "مع" object
    if with_y:  # "بحث مع X، الذي ...، ثم مع Y" / "، ومع Y": Y (his title) right after مع
        if start - (close + with_y) > 2:
            return []
    elif first in _AR_THEN:  # "...، ثم رئيسَ البرلمان Y" / "...، ثم Y"
        if start != close + 2 and not (start - close <= 6 and
                                       sr.key(close + 2) in L.AR_TITLE_FIRST):
            return []
    elif not first.startswith("و") or (start != close + 1 and not (
            start - close <= 5 and first[1:] in L.AR_TITLE_FIRST)):
        return []  # "...، ووزير الطاقة Y" (a title the mention step left out), not "ووصل Y"
    tail = sr.chain(nxt, ("Person",))
    end = tail[-1].hi
    if not with_y and end < sr.hi and not sr.toks[end].punct and \
            sr.key(end) not in _AR_TAIL_NEXT and sr.toks[end].key[:1] != "ل":
        return []  # "...، ووزير الطاقة Y أعلن": a new clause, not a list member
    return tail


_AR_WITH = frozenset({"مع", "ومع"})


def with_again_ar(sr: Any, close: int, last: Any) -> int | None:
    """After the comma *close* that ends X's relative clause: the offset from *close* of the
    token after مع ("، ثم مع Y": 3, "، ومع Y": 2), 0 without مع, None when X itself was not
    the object of مع (then Y is no member of X's list)."""
    k = sr.key(close + 1)
    if k in _AR_THEN and sr.key(close + 2) in _AR_WITH:
        off = 3
    elif k in _AR_WITH:
        off = 2
    else:
        return 0
    s = title_start(last)
    if not (sr.has_prep(last, {"مع"}) or any(sr.key(y) in _AR_WITH
                                             for y in range(max(sr.lo, s - 2), s))):
        return None
    return off


_EN_WHO = frozenset({"who", "which", "whose"})
_EN_SAYING = frozenset({"said", "says", "told", "added", "announced", "stated"})
_EN_AFTER_OBJECT = frozenset({"in", "at", "on", "near", "during", "after", "before", "last",
                              "this", "outside", "inside", "early", "late", "earlier", "later",
                              "separately", "as", "over", "from", "while"})


# ---- "met Y's successor, X" / "met Y's son": the object is not Y -----------------------------
def possessed_person_en(sr: Any, poss: Any) -> Any:
    """English object "Y's <noun> (, X)" of a meeting: X when the apposition names him ("met
    Qassem Soleimani's successor, Esmail Qaani"), the person the text says succeeded Y for
    "Y's successor", else None (someone unnamed: "met Soleimani's son")."""
    x = poss.hi
    nouns = 0
    while x < sr.hi and not sr.toks[x].punct and sr.mention_at.get(x) is None and nouns < 4:
        nouns += 1
        x += 1
    if nouns == 0:
        return poss  # "met Soleimani's" at the end: nothing to decide
    named = sr.mention_at.get(x)
    if named is not None and named.etype == "Person" and named is not poss:
        return named  # "met Soleimani's deputy Esmail Qaani"
    if x < sr.hi and sr.toks[x].text in (",", "—"):
        m = sr.after(x + 1, types=("Person",), maxgap=2)
        if m is not None:
            return m
    if sr.key(poss.hi) in ("successor", "replacement"):
        eid = sr._successor_of(poss.eid, poss.hi)
        if eid:
            for m in sr.doc.ments:
                if m.eid == eid:
                    return m
    return None


# ---- Arabic plans: "على أن يلتقي X" ---------------------------------------------------------------
def planned_ar(sr: Any, k: int) -> bool:
    """"(يزور برلين) على أن يلتقي X" (provided that he meets, i.e. is to meet): an imperfect
    verb after "على أن" states a plan. Past verbs ("أكد على أن X التقى") are not plans."""
    if sr.key(k - 1) not in ("ان", "أن") or sr.key(k - 2) not in ("على", "علي"):
        return False
    return sr.toks[k].key.lstrip("وف")[:1] in "يتن"


# ---- "his predecessor, X, met Y": the name in the apposition is the subject ---------------------
def apposed_subject_en(sr: Any, k: int) -> Any:
    """English subject of the verb at *k* given as a name set off by commas after a noun
    phrase with no name of its own ("since his predecessor, Mustafa al-Kadhimi, met Biden",
    "the new commander, Esmail Qaani, met ..."); None otherwise."""
    if k - 1 <= sr.lo or sr.toks[k - 1].text != "," or sr.toks[k - 1].ar:
        return None
    m = sr.mention_at.get(k - 2)
    if m is None or m.etype != "Person" or m.hi != k - 1 or m.poss:
        return None
    c = title_start(m) - 1
    if c <= sr.lo or sr.toks[c].text != ",":
        return None
    n = sr.toks[c - 1]
    if n.punct or sr.mention_at.get(c - 1) is not None or n.cap:
        # "Qaani, Kadhimi, met": a list; "in Baghdad, X, met": unclear; but "The top U.S.
        # commander for the Middle East, X, met" / "The Secretary-General of Hezbollah,
        # Sheikh X, received": a title phrase opened by "the"
        return m if _titled_place_phrase_en(sr, c) else None
    return m


def _titled_place_phrase_en(sr: Any, c: int) -> bool:
    """Is the phrase before the comma at *c* "the <title ...> in/for/of <place or body>"
    opening its clause ("The top U.S. commander for the Middle East, X, met", "BEIRUT --
    The Secretary-General of Hezbollah, Sheikh X, received"), naming nobody?"""
    pl = sr.mention_at.get(c - 1)
    if pl is None or pl.etype not in ("Location", "Country", "Organization"):
        return False
    the = next((y for y in range(title_start(pl) - 1,
                                 max(sr.lo, c - 14) - 1, -1)
                if sr.toks[y].punct and not _word_hyphen(sr.toks, y) or
                sr.key(y) == "the" and sr.toks[y].cap), None)
    if the is None or sr.toks[the].punct or (the > sr.lo and not sr.toks[the - 1].punct):
        return False
    return any(sr.key(y) in L.EN_TITLE_FIRST for y in range(the + 1, pl.lo)) and not any(
        m.etype == "Person" for m in sr.args if the < m.lo < c)


def _word_hyphen(toks: list, y: int) -> bool:
    """Is token *y* a hyphen inside a word ("Secretary-General"), not a dash?"""
    return toks[y].text == "-" and 0 < y < len(toks) - 1 and \
        toks[y - 1].end == toks[y].start and toks[y].end == toks[y + 1].start


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
    for t in sr.triggers(_EMPTY, _EN_MEETING):
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


_EN_MET_VERBS = frozenset({"met", "meet", "meets", "received", "hosted", "welcomed"})


def met_delegation_en(sr: Any) -> list[tuple[str, str]]:
    """(person, country): "X (had) met (with) the Iranian delegation": a country met through
    its delegation (no relation with the person's own country)."""
    out: list[tuple[str, str]] = []
    for t in sr.triggers(_EMPTY, _EN_MET_VERBS):
        x = t + 1
        if sr.key(x) == "with":
            x += 1
        nat = national_delegation_en(sr, x)
        if nat is None or sr.key(t - 1) in ("was", "were", "been", "is", "be"):
            continue
        subj = sr.subject_before(t)
        if subj is None or subj.etype != "Person" or sr.blocked(t, subj) or \
                nat == _home_country(sr, subj.eid):
            continue
        out.append((subj.eid, nat))
    return out


# ---- "وكان الراحل قد التقى X": the deceased is the person the text said was killed --------------
_DECEASED = L._ar("الراحل", "الفقيد", "القتيل", "المغدور")
_KILL_WORDS = L._ar("اغتال", "اغتالت", "اغتالوا", "قتل", "قتلت", "قتلوا", "اغتيل", "مقتل",
                    "اغتيال", "استشهد", "مصرع")


def deceased_antecedent(sr: Any, x: int) -> str | None:
    """The person "الراحل / الفقيد" (standing alone at *x*) stands for: the latest person of
    this or the last five sentences named shortly after a killing verb or noun ("اغتال
    مسلحون ... هشام الهاشمي", "مقتل X"); None when no one was said to be killed."""
    if sr.key(x) not in _DECEASED or sr.mention_at.get(x + 1) is not None:
        return None
    toks = sr.doc.toks
    best = None
    for m in sr.doc.ments:
        if m.etype != "Person" or not (sr.si - 5 <= m.sent <= sr.si) or m.lo >= x:
            continue
        lo = title_start(m)
        if any(toks[y].key.lstrip("و") in _KILL_WORDS for y in range(max(0, lo - 12), lo)):
            best = m.eid  # the object of a killing verb or noun before it
    return best


# ---- MET_WITH: visiting a person ("X visited Y", "paid a visit to Y", "زار X Y") ---------------
_EN_VISITED = frozenset({"visited", "visits", "visit"})
_AR_VISITED = L._ar("زار", "وزار", "يزور", "تزور", "زارت", "وزارت")


def visited_person(sr: Any) -> list[tuple[str, str, int]]:
    """(visitor, host, trigger): a visit paid to a person is a meeting: "X visited Y (at his
    office)", "X paid a (courtesy) visit to Y", "زار X Y في مكتبه" / "X زار Y". A place
    visited is VISITED, not this; "visited Y's office" names no host in person."""
    out: list[tuple[str, str, int]] = []
    for t in sr.triggers(_AR_VISITED, _EN_VISITED):
        if sr.toks[t].ar:
            if not sr.f(t) & _AR_VISITED:
                continue
            first = sr.after(t + 1, types=("Person",), maxgap=0)
            if first is None:
                continue
            second = sr.after(first.hi, types=("Person",), maxgap=0)
            if second is not None and not second.prefix and not sr.has_prep(second, {"ب", "ل"}):
                visitor, host = first, second  # VSO: "زار X Y"
            else:
                visitor = sr.before(t, types=("Person",), maxgap=1)  # SVO: "X زار Y"
                host = first
                if visitor is None and continued_clause_ar(sr, t):
                    visitor = sr._carried_subject(t)  # "وصل X إلى بيروت، ثم زار Y"
                if visitor is None or first.prefix or sr.has_prep(first, {"ب", "ل"}):
                    continue
        else:
            k = sr.key(t)
            if k == "visited" and sr.key(t - 1) not in _EN_PASS:
                host = sr.after(t + 1, types=("Person",), maxgap=1)
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


def continued_clause_ar(sr: Any, t: int) -> bool:
    """The verb at *t* goes on a clause before it with no subject of its own: "، ثم زار Y",
    "، وزار Y" (not "وزارة", a ministry)."""
    if t - 1 <= sr.lo or sr.toks[t].text.endswith("ة"):
        return False
    if sr.key(t - 1) in ("ثم", "وثم"):
        return True
    return sr.toks[t].key.startswith("و") and sr.toks[t - 1].text in ("،", ",")


# ---- "was received by X and later by Y" ---------------------------------------------------------
def more_agents_en(sr: Any, last: Any) -> list:
    """Further agents of a passive meeting after its first ones: "was received by X(,) and
    (later / then / also) by Y" -> [Y, ...]; [] when no second 'by' follows."""
    x = last.hi + (sr.key(last.hi) == ",")  # (", and later by Y")
    if sr.key(x) != "and":
        return []
    x += 1
    while sr.key(x) in ("later", "then", "also", "afterwards", "separately"):
        x += 1
    if sr.key(x) != "by":
        return []
    m = sr.after(x + 1, types=("Person",), maxgap=2)
    if m is None:  # "and by the chief of the general staff, Maj Gen Y"
        m = apposed_agent_en(sr, x)
    if m is None or m.poss:
        return []  # "and by Amiri's aides": not Amiri in person
    return sr.chain(m, ("Person",))


# ---- counterfactuals ------------------------------------------------------------------------
_EN_WOULD = frozenset({"would", "could", "might"})


def counterfactual_en(sr: Any, k: int) -> bool:
    """English conditional inversion opening the sentence: "Had the U.S. killed X (earlier),
    Iran would have ...", "Were Y to meet X, ...": the verb at *k* in its first clause
    states nothing that happened."""
    if not sr.toks[sr.lo].cap or sr.key(sr.lo) not in ("had", "were", "should"):
        return False
    comma = next((y for y in range(sr.lo + 1, sr.hi) if sr.toks[y].text == ","), None)
    if comma is None or k > comma:
        return False
    return any(sr.key(y) in _EN_WOULD for y in range(comma + 1, min(sr.hi, comma + 8)))


# ---- all sentence-wide rules of this module -------------------------------------------------
HOOK_AR = _AR_KHALAFAHU | _AR_MEET_PRON | _AR_HIS_MEETING | _AR_VISITED | _AR_REL_HIS | \
    AR_PAID_VISIT
HOOK_EN = frozenset({"visited"}) | _EN_MEETING | _EN_MET_VERBS | _EN_VISITED


@needs((HOOK_AR, HOOK_EN))
def context_rules(sr: Any) -> None:
    """Run the sentence-wide rules of this module (skipped by the dispatch, or by the test
    below when every rule is asked to run, on a sentence without a hook word)."""
    if not sr.triggers(HOOK_AR, HOOK_EN):
        return
    # (each rule only where its own cue words are: the sentence's trigger index, _by_ar /
    # _by_en, holds their sets, registered at import below)
    by_ar, by_en = sr._by_ar, sr._by_en
    if _AR_VISITED in by_ar or _EN_VISITED in by_en:
        for a, b, _t in visited_person(sr):
            sr.add("MET_WITH", a, b, "visited_person")
    if sr.toks[sr.lo].ar:
        if AR_PAID_VISIT in by_ar:
            for a, b, _t in paid_visit_ar(sr):  # meeting_phrases.py: "وقام X بزيارة Y"
                sr.add("MET_WITH", a, b, "paid_visit_ar")
        if _AR_KHALAFAHU in by_ar:
            for new, old, _t in khalafahu_ar(sr):
                sr.add("SUCCESSOR_OF", new, old, "khalafahu_ar")
        if _AR_MEET_PRON in by_ar:
            for a, b, _t in speaker_met_him_ar(sr):
                sr.add("MET_WITH", a, b, "speaker_met_him_ar")
        if _AR_HIS_MEETING in by_ar or _AR_REL_HIS in by_ar:
            for a, b, _t in his_meeting_first_ar(sr):
                sr.add("MET_WITH", a, b, "his_meeting_first_ar")
    else:
        if _EN_VISITED_ONLY in by_en:
            for a, b, _t in visited_by_en(sr):
                sr.add("MET_WITH", a, b, "visited_by_en")
        if _EN_MEETING in by_en:
            for a, b, envoys in gerund_meeting_en(sr):
                sr.add("MET_WITH", a, b, "meeting_gerund_en", envoys=envoys)
        if _EN_MET_VERBS in by_en:
            for a, b in met_delegation_en(sr):
                sr.add("MET_WITH", a, b, "met_delegation_en", envoys=True)


for _cues in ((_AR_VISITED, _EN_VISITED), (AR_PAID_VISIT, _EMPTY), (_AR_KHALAFAHU, _EMPTY),
              (_AR_MEET_PRON, _EMPTY), (_AR_HIS_MEETING, _EMPTY), (_AR_REL_HIS, _EMPTY), (_EMPTY, _EN_VISITED_ONLY), (_EMPTY, _EN_MEETING),
              (_EMPTY, _EN_MET_VERBS)):
    register_triggers(*_cues)  # (the sets context_rules looks up in the trigger index)


def killing_context_rules(sr: Any) -> None:
    """Killings that refer to the one just reported ("وقُتل معه X", "Also killed was X")."""
    for v, a, _t in killed_with_him(sr):
        sr.add("ASSASSINATED_BY", v, a, "killed_with_him")
