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
from loaders.extract.core_context import apposition_tail
from loaders.extract.core_recall import EN_ADV
from loaders.extract.core_wire_rules import in_place_phrase, indirect_talks
from loaders.extract.dispatch import needs
from loaders.extract.meeting_agency_en import after_adverbials_en
from loaders.extract.meeting_aside_en import after_aside_en
from loaders.extract.meeting_headed_object_ar import object_delegation_head_ar
from loaders.extract.meeting_plural_object import partner_after_plural_of
from loaders.extract.meeting_titled_lists import _AR_STOP, titled_members
from loaders.extract.meeting_unnamed_subject import earlier_meeting_subject_en
from loaders.extract.pious_formula_ar import forgiven_before_ar
from loaders.extract.principal_named import agent_named_after, envoy_of
from loaders.extract.reception_aside_ar import guest_after_aside_ar
from loaders.extract.rule_common import EMPTY, EN_PASSIVE_AUX, title_start

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
# governors of a name that make it someone else's relative, envoy or office, not the partner
_AR_RELATIONAL = L._ar("مبعوث", "ممثل", "مستشار", "نجل", "ابن", "شقيق", "زوجة", "مساعد",
                       "مكتب", "رسالة", "عائلة", "أسرة", "جثمان", "ضريح", "قبر", "نائب")
_AR_DEPUTY = L._ar("نائب")
_AR_REL = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين"})
_AR_WHILE = L._ar("فيما", "وفيما", "بينما", "وبينما")  # a new clause opens with its own subject
_AR_GAP_PREPS = frozenset({"من", "عن", "الي", "علي"})  # not لدى: "السفيرة لدى العراق Y"
_AR_BAD_PREPS = frozenset({"ل", "من", "عن", "الي", "علي", "في", "ك"})
_EN_VERBS = frozenset({"met", "meets", "received", "receives", "hosted", "hosts", "welcomed",
                       "welcomes", "greeted", "greets"})
_EN_NOUNS = frozenset({"talks", "meeting", "meetings"})
_EN_HOLD = frozenset({"held", "hold", "holds", "holding", "had", "conducted",
                      "attended", "attends"})  # ("attended talks at the palace with Y": s58)
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
_STOP_PUNCT = frozenset({".", ";", "؛", ":", "?", "!", "؟", "(", ")"})
_MAXGAP = 14
_HOLD_WORDS = 6  # words from a meeting noun back to its holding verb (a titled name is one)
_AGENCY_MAXGAP = 24  # "the Special Envoy of the Secretary-General of the United Nations for
# Yemen, Mr. Y": the long protocol title of an agency's guest (meeting_agency_en)


@needs((L.AR_MEET, L.EN_MEET), (_AR_SUMMIT, EMPTY))
def meeting_fallback(sr: Any) -> None:
    """Add the meetings of a sentence with a meeting word and no MET_WITH yet (module doc)."""
    ts = sr.triggers(L.AR_MEET, L.EN_MEET)
    if _AR_SUMMIT in sr.present_sets:
        ts = sorted(ts + sr.triggers(_AR_SUMMIT, EMPTY))
    if not ts:
        return
    if sr.owner_met:
        return  # a meeting read whose side was a successor noun's owner (successor_owner.py)
    for r in sr.out:
        if r.type == "MET_WITH":
            return
    for t in ts:
        if sr.toks[t].key in L.AR_MEET_MANNER:
            continue  # "بالتشاور مع Y": in consultation with, no meeting (session 70)
        got = _pair_ar(sr, t) if sr.toks[t].ar else _pair_en(sr, t)
        if got is None:
            continue
        subj, partners = got
        if indirect_talks(sr, t) or sr.blocked(t, subj):
            continue
        if sr.toks[t].ar and subj.hi <= t and object_delegation_head_ar(sr, subj, t):
            continue  # "مع وفد ... برئاسة Z، ثم التقى Y": not Z (session 70)
        rule = "met_fallback_ar" if sr.toks[t].ar else "met_fallback_en"
        for p in partners:
            if p.eid != subj.eid:
                sr.add("MET_WITH", subj.eid, p.eid, rule, 0.6)


def _clause_end(sr: Any, k: int) -> int:
    for x in range(k, sr.hi):
        if sr.toks[x].text in _STOP_PUNCT:
            return x
    return sr.hi


def _clause_end_brackets(sr: Any, k: int) -> int:
    """``_clause_end`` past a bracketed short name inside a title: "the Islamic Resistance
    Movement (Hamas) in Yemen, Y"."""
    x = k
    while True:
        e = _clause_end(sr, x)
        if e < sr.hi and sr.toks[e].text == "(" and sr.key(e + 2) == ")" :
            x = e + 3
            continue
        return e


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
        verb, k = t, after_aside_en(sr, t)  # ("received, in separate meetings, the ...")
    else:
        return None
    b = verb - 1
    while b > sr.lo and sr.key(b) in EN_ADV:
        b -= 1
    if sr.key(b) in EN_PASSIVE_AUX or sr.key(b) == "to":
        return None  # "was received by" (own rule), "to meet" (not a meeting)
    p = _partner_en(sr, k, _clause_end(sr, k), None)  # the partner first: it is cheaper
    if p is None and key in _EN_VERBS:  # "received today at Maashiq Palace in Aden the
        k2 = after_adverbials_en(sr, k, sr.hi)  # Special Envoy ..., Mr. Y" (meeting_agency_en)
        if k2 != k:
            p = _partner_en(sr, k2, _clause_end_brackets(sr, k2), None, _AGENCY_MAXGAP)
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


def _first_person(sr: Any, k: int, hi: int, subj: Any,
                  maxgap: int = _MAXGAP) -> tuple[Any, int] | None:
    """The first person from token *k* on (not *subj*) and where it starts (its title
    included), if that is before *hi* and within ``_MAXGAP`` tokens; a body, a country in a
    title or a place on the way is passed over."""
    for m in sr.args:
        if m.lo < k or m is subj:
            continue
        start = title_start(m)
        if start >= hi or start - k > maxgap:
            return None
        if m.etype == "Person":
            return m, start
    return None


def _partner_en(sr: Any, k: int, hi: int, subj: Any, maxgap: int = _MAXGAP):
    found = _first_person(sr, k, hi, subj, maxgap)
    if found is None:
        return None
    m, start = found
    if maxgap == _AGENCY_MAXGAP:  # "the Special Envoy of the Secretary-General ..., Mr. Y":
        start = max((x + 1 for x in range(start, m.lo) if sr.key(x) == ","), default=start)
        # the name apposed to the guest's title (the title read from "Secretary")
    for x in range(k, start):
        kx = sr.key(x)
        if kx in L.EN_SENT_NOUNS and sr.key(k - 1) in ("received", "receives"):
            return None  # "received messages of condolence from leaders, including Y"
        if kx in _EN_STOP or (kx == "to" and not sr.toks[x + 1].cap and sr.key(x + 1) not in (
                "the", "his", "her")) or (sr.f(x) & L.EN_MEET and x > k and kx != "talks"):
            return None  # a clause of its own, an infinitive, another meeting word
    if m.poss or (subj is not None and m.eid == subj.eid) or (
            m.kind == "desc" and sr.key(m.hi) == "of"):
        return None  # "met Y's son" / "met the envoy of Y": someone unnamed
    if _speaker_en(sr, m):
        return None  # "hosted a conference on ..., Y said": the speaker
    state_of = _state_of_en(sr, k, start)
    b = start - 1 if state_of is None else state_of - 1
    while b >= k and (sr.toks[b].cap or sr.key(b) in _EN_TITLE_GAP or
                      sr.key(b) in L.NATIONALITY or sr.key(b) in L.EN_TITLE_FIRST):
        b -= 1  # back over the title: "a letter from Russian Foreign Minister Y"
    if b >= k and sr.key(b) in _EN_BAD_GOV:
        # "received a letter from Y", "met the envoy of Y"; "received two envoys of Y, A and
        # B": A and B (meeting_plural_object.py)
        return partner_after_plural_of(sr, k, b, m, hi, _partner_en, subj) \
            if sr.key(b) == "of" else None
    of = max((x for x in range(k, start if state_of is None else state_of)
              if sr.key(x) == "of"), default=None)
    # (an "of" inside the partner's own title is his office: "Iran's Minister of Foreign
    # Affairs Dr. Y", session 58)
    if of is not None and not any(sr.toks[x].text == "," for x in range(of, m.lo)):
        return partner_after_plural_of(sr, k, of, m, hi, _partner_en, subj)
        # "met the envoy of President Y": Y is not met ("the head of X, Y": is)
    return m


def _state_of_en(sr: Any, k: int, start: int) -> int | None:
    """The "of" (after *k*) of "<title> of (the) <state> Y", the state named right before the
    partner's title or name (*start*): the title's country, not someone Y is the envoy of
    ("received Minister of Foreign Affairs, Emigration and Egyptian Expatriates of the Arab
    Republic of Egypt Badr Abdelatty"; session 58); else None."""
    c = sr.mention_at.get(start - 1)
    if c is None or c.etype != "Country" or c.hi != start:
        return None
    x = c.lo - 1
    if x > k and sr.key(x) == "the":
        x -= 1
    return x if x > k and sr.key(x) == "of" and sr.toks[x - 1].cap else None


# ---- Arabic ------------------------------------------------------------------------------
def _pair_ar(sr: Any, t: int):
    fs = sr.f(t)
    hold = _hold_before_ar(sr, t) if fs & _AR_NOUNS or fs & _AR_SUMMIT else None
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
        if p2 is None and len(ch) == 1 and not sr.has_prep(p1, _AR_BAD_PREPS):
            p2 = guest_after_aside_ar(sr, p1, hi, _partner_ar)  # "استقبل X <title>، <time,
            # place>، (فخامة) <title> Y" (reception_aside_ar)
        if p2 is not None and p2 not in ch and not p2.prefix.startswith("و"):
            subj, partners = p1, sr.chain(p2, ("Person",))  # VSO: "استقبل X ... Y"
        elif p2 is None and sr.key(t - 1) in _AR_WHILE and title_start(p1) < p1.lo and \
                not sr.has_prep(p1, _AR_BAD_PREPS) and \
                not _guest_titled_as_before(sr, t, ch[-1].hi, hi):
            return None  # "X ...، فيما استقبل <title> Y ... سفيرَ إيطاليا": a new clause, Y its
            # titled subject (VSO; a bare name is the guest: "بينما التقى العامري") and its guest unnamed; not X meeting Y (session 72); not when a
            # description follows ("فيما التقى الرئيس Y رئيسَ الوزراء": X himself, arTN4)
        else:
            subj, partners = _subject_before(sr, t), ch  # SVO or a carried subject
            if subj is None and len(ch) > 1 and ch[0].hi < sr.hi and \
                    sr.toks[ch[0].hi].text in ("،", ","):
                # "استقبل <title>، X، وزير(ي) الخارجية ... Y": no subject before the verb, so
                # the name the comma list opens with is its subject (VSO), the rest its guests
                subj, partners = ch[0], ch[1:]
    if subj is None:
        return None
    partners = partners + [o for o in titled_members(sr, partners[-1]) if o not in partners]
    return subj, [p for p in partners if p is not subj]


def _guest_titled_as_before(sr: Any, t: int, a: int, hi: int) -> bool:
    """Arabic: does the clause after the meeting verb at *t* (tokens *a*..*hi*) hold the title
    word told beside the subject before the verb ("X رئيس مجلس الوزراء ...، فيما التقى Y رئيسَ
    الوزراء": the guest is X)? Also when a person is named there."""
    if any(m.etype == "Person" and a <= m.lo < hi for m in sr.args):
        return True
    s0 = _subject_before(sr, t)
    if s0 is None:
        return False
    x = s0.hi + 1 if s0.hi < hi and sr.toks[s0.hi].text in ("،", ",") else s0.hi
    words = {sr.key(x)} if x < t and not sr.toks[x].punct else set()
    return bool(words) and any(sr.key(y) in words for y in range(a, hi))


def _hold_before_ar(sr: Any, t: int) -> int | None:
    """The holding verb (عقد / أجرى) of the meeting noun at *t*: within six words before it, a
    name with its title counting as one word ("عقد الرئيس عبد الفتاح السيسي، اليوم الخميس، قمة
    ... مع Y": the holder's full name and a dated aside between); None past a sentence stop."""
    budget, x = _HOLD_WORDS, t - 1
    while x >= sr.lo and budget > 0:
        if sr.toks[x].text in _STOP_PUNCT:
            return None
        if sr.f(x) & _AR_HOLD:
            return x
        m = sr.mention_at.get(x)
        x = min(m.lo, title_start(m)) - 1 if m is not None else x - 1
        budget -= 1
    return None


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
    if _governed(sr, m) or (subj is not None and m.eid == subj.eid) or \
            forgiven_before_ar(sr.toks, k, m.lo):  # "في تشييع المغفور له Y": the dead (s70)
        return None
    if envoy_of(m, sr.toks, sr.lo, sr.args):
        # "استقبل X، <time, place>، سفير خادم الحرمين الشريفين لدى بلادنا Y": Y, not the king
        # (session 62)
        c = agent_named_after(sr, m)
        return c if c is not None and c.hi <= hi else None
    if any(sr.f(x) & _AR_RELATIONAL and not (x == start and sr.f(x) & _AR_DEPUTY)
           for x in (start - 1, start) if x >= k):
        return None  # "مبعوث X" / "نجل X": someone else (not "بنائب رئيس الوزراء Y": Y's
        # own title, session 63)
    return m
