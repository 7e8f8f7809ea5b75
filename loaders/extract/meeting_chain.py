"""MET_WITH: the visitor carried across the clauses of a visit narrative (session 22, `chain`).

- "التقى X Y، قبل أن يجتمع بـZ" / "X التقى Y، بعد أن اجتمع بـZ": the subject of the verb
  after "قبل أن / بعد أن" is the main meeting clause's subject X, not the object Y met
  before (`before_that_subject_ar`, read by `subjects._carried_subject` for an object after
  a preposition and by `meetings` for a direct one: "قبل أن يلتقي رئيس الحكومة Z"); not after a
  reception ("استقبل X Y قبل أن يلتقي Z": the guest goes on, an older rule).
- "ويخلف X الرئيسَ Y الذي سقطت حكومته في ...، بينما كان يلتقي Z": the "while" clause after a
  relative clause whose verb has a subject of its own that the pronoun ties to the head
  ("حكومته") tells the head's doing: Y met Z, not X (`while_in_relative_head_ar`, session 65).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.mention_core import Mention
from loaders.extract.moved_then_met_ar import AR_MOVED
from loaders.extract.rule_common import PREPS_WITH_TO, title_start
from loaders.extract.visit_agenda_ar import AR_DURING_IT

_AR_BEFORE_AFTER = ("قبل", "وقبل", "بعد", "وبعد")
_AR_CARRY = ("حيث", "وحيث", "ثم", "كما")
_AR_CLAUSE_MARKS = frozenset({"،", ",", ".", "؛"})


def before_that_ar(sr: Any, t: int) -> bool:
    """Arabic: the verb at *t* follows "قبل أن" / "بعد أن" (its subject is carried)."""
    return sr.key(t - 1) == "ان" and sr.key(t - 2) in _AR_BEFORE_AFTER


def before_that_subject_ar(sr: Any, t: int, free: Sequence[Any] | None = None) -> Any:
    """The subject of the meeting verb at *t* after "قبل أن" / "بعد أن": the subject of the
    sentence's first meeting verb (not a reception) before it, a person of *free* (not a
    prepositional object) right before that verb or right after it; else None."""
    if not before_that_ar(sr, t):
        return None
    verbs = [v for v in range(sr.lo, t - 2) if sr.toks[v].ar and sr.f(v) & L.AR_MEET]
    if not verbs or any(sr.f(v) & L.AR_RECEIVE_VERBS for v in range(sr.lo, t - 2)):
        return None
    if free is None:
        free = [m for m in sr.args if m.etype == "Person" and m.hi <= t and
                not sr.has_prep(m, PREPS_WITH_TO)]
    own = [m for m in free if m.lo >= sr.lo and m.hi <= t]
    if len(own) < 2:
        return None
    return _clause_subject(sr, verbs[0], own)


def _clause_subject(sr: Any, v: int, own: Sequence[Any]) -> Any:
    """The subject of the meeting verb at *v* among *own*: carried after "حيث / ثم / كما",
    else a person right before the verb or right after it; else None."""
    if sr.key(v - 1) in _AR_CARRY:
        if v - 1 == sr.lo:  # "ثم / كما التقى X Y، قبل أن ..." opening the sentence (s69)
            return _opening_subject_ar(sr, v, own)
        return sr._carried_subject(v)  # "... حيث التقى Y، قبل أن يجتمع بـZ": the one carried
    if sr.toks[v].key.startswith("و"):  # "وانتقل X إلى B والتقى Y، قبل أن ...": X (s70)
        moved = [m for m in own if m.hi <= v and title_start(m) > sr.lo and
                 sr.f(title_start(m) - 1) & AR_MOVED and
                 not any(sr.toks[y].text in _AR_CLAUSE_MARKS for y in range(m.hi, v))]
        if moved:
            return moved[-1]
    svo = [m for m in own if m.hi <= v and v - m.hi <= 2]  # "X التقى Y"
    vso = [m for m in own if m.lo > v and (m.tlo if m.tlo > v else m.lo) - v <= 2]  # "التقى X Y"
    if svo:
        return max(svo, key=lambda m: m.hi)
    return min(vso, key=lambda m: m.lo) if vso else None


def _opening_subject_ar(sr: Any, v: int, own: Sequence[Any]) -> Any:
    """The subject of the meeting verb at *v* after a "ثم" / "كما" opening the sentence: the
    person right after the verb when a person not joined to him follows ("ثم التقى X Y، قبل
    أن يجتمع بـZ": X, VSO), else the previous sentence's subject, the one the clause carries
    ("وصل X ... . ثم التقى Y وW، قبل أن يجتمع بـZ": X); not Y of the opening clause."""
    after = sorted((m for m in own if m.lo > v), key=lambda m: m.lo)
    if len(after) >= 2 and (after[0].tlo if after[0].tlo > v else after[0].lo) - v <= 2 and \
            after[1] not in sr.chain(after[0]):
        return after[0]
    return sr._prev_subject(exclude="")


_EN_RECEIVED = frozenset({"received", "hosted", "welcomed", "greeted", "met"})
_EN_MARKS = _EN_RECEIVED | {"with", "by", "to", "from", "of", "for", "the", "a", "and"}
_EN_OBJ_PRON = {"he": "him", "she": "her"}


def guest_he_en(sr: Any, x: int) -> str | None:
    """English "Y received him (there), and he met Z": the "he" at *x* is the guest the
    "him" of the reception just before stands for (not the host Y); the guest's id or None."""
    obj = _EN_OBJ_PRON.get(sr.key(x))
    if obj is None:
        return None
    # (twelve words: "Y welcomed him at his farm; in Addis Ababa, he sat down with Z";
    # session 56, long56)
    for y in range(x - 1, max(sr.lo + 1, x - 12) - 1, -1):
        m = sr.mention_at.get(y)
        if m is not None and m.etype in ("Person", "Organization"):
            return None
        if sr.key(y) == obj and sr.key(y - 1) in _EN_RECEIVED:
            host = sr.before(y - 1, types=("Person",), maxgap=3)
            if host is None:
                return None
            from loaders.extract.core_recall_objects import pronoun_object_en
            guest = pronoun_object_en(sr, y - 1, host)
            return guest.eid if guest is not None and guest.eid != host.eid else None
    return None


_EN_VISIT_WORDS = frozenset({"visit", "trip", "tour", "stop", "stay", "journey"})


def _where_visit_en(sr: Any, b: int) -> bool:
    """English: the clause at *b* opens with "where" or "during / in / on which" after a
    visit noun ("a trip to Doha during which Y received him")."""
    if sr.key(b - 1) == "where":
        return True
    return sr.key(b - 1) == "which" and sr.key(b - 2) in ("during", "in", "on") and any(
        sr.key(y) in _EN_VISIT_WORDS for y in range(max(sr.lo, b - 8), b - 2))


def sentence_subject_en(sr: Any, here: Any, host: Any) -> Any:
    """English "X spent a day in B, where he held talks with W, before driving on to D,
    where Y received him" / "X met W, days after a trip to Doha during which Y received him":
    the person named before the host Y (after "where" / "during which") is a meeting's
    object (W), so "him" is the sentence's subject X, the first person not marked as an object;
    else *here*."""
    if here is None:
        return here
    he = main_clause_he_en(sr, here, title_start(host))
    ante = sr._he_at(he) if he is not None else None
    if ante is not None and ante.eid not in (host.eid, here.eid):
        return ante  # "Named minister in place of Y, he flew to B, where Z received him"
    if not sr._object_marked(here) or not _where_visit_en(sr, title_start(host)):
        return here  # ("Y received X ..., and Z met him": X)
    first = next((m for m in sorted(sr.args, key=lambda m: m.lo) if m.etype == "Person" and
                  m.hi <= here.lo and not m.poss and m.eid != host.eid), None)
    he = next((x for x in range(sr.lo, (first or here).lo) if sr.key(x) in ("he", "she")), None)
    if he is not None:  # "In May he spent a day in B, where he held talks with W, ...": he
        ante = sr._he_at(he)
        return ante if ante is not None and ante.eid != host.eid else here
    return first if first is not None and not sr._object_marked(first) else here


def main_clause_he_en(sr: Any, obj: Any, b: int) -> int | None:
    """English: the "he" / "she" right after the comma that closes a fronted clause holding
    the object *obj* ("Named foreign minister in place of Y, he flew to Riyadh, where Z
    received him"; "After talks with Y, she drove to B, where Z met her"), before the host's
    title at *b*: the main clause's subject, whom "him" stands for (session 61); else None."""
    for x in range(obj.hi, b):
        if sr.key(x) in ("he", "she"):
            return x if x - 1 > sr.lo and sr.toks[x - 1].text == "," else None
        if sr.key(x) == "where" or sr.args and any(
                m.etype == "Person" and m.lo == x for m in sr.args):
            return None
    return None


def lead_before_host_en(sr: Any, host: Any) -> bool:
    """English "The next stop was Doha: Y received him" / "The UN envoy, Y, met him": no one
    is named before the host of a reception, and a colon closes the sentence's lead or the
    host's title opens the sentence (him: the previous sentence's visitor or subject)."""
    b = title_start(host)
    if b - 1 < sr.lo or sr.toks[b].ar:
        return False
    if sr.toks[b - 1].text != ":" and not _opening_title(sr, b):
        return False
    return not any(m.etype == "Person" and m.lo < b for m in sr.args) and \
        not any(sr.key(x) in ("he", "she") for x in range(sr.lo, b))


def _opening_title(sr: Any, b: int) -> bool:
    """English "The United Nations envoy, Y, met him": the sentence opens with "The" and the
    host's title (capitalised words, title words, "of", a comma), nothing else before *b*."""
    if sr.key(sr.lo) != "the" or b - sr.lo > 8:
        return False
    return all(sr.toks[x].cap or sr.key(x) in ("of", "for", ",", "'s") or
               sr.key(x) in L.EN_TITLE_FIRST for x in range(sr.lo + 1, b))


def remember_guest_en(sr: Any, guest: Any) -> Any:
    """Keep *guest*, whom an English "Y received him" of this sentence stands for, for the
    next sentence's `prev_guest_en`; returns *guest*."""
    sr.doc.state["pron_guest_en"] = (sr.si, guest.eid)
    return guest


def prev_guest_en(sr: Any, exclude: str) -> Any:
    """The previous sentence's visitor for "him" of a host named after a lead: the guest its
    own "received him" stood for, else the one person it names when not marked as an object
    (nor after a "he" opening it); a mention of that person before this sentence, or None."""
    si, eid = sr.doc.state.get("pron_guest_en", (-1, ""))
    if si != sr.si - 1 or eid == exclude:
        eid = ""
        toks = sr.doc.toks
        prev = [m for m in sr.doc.by_sent.get(sr.si - 1, ()) if m.etype == "Person" and
                not m.in_title and m.eid != exclude]
        if len({m.eid for m in prev}) != 1:
            return None  # "X ... before calling on Z. The UN envoy, Y, met him": X or Z?
        for m in sorted(prev, key=lambda m: m.lo):
            b = title_start(m) - 1
            if toks[b].key in _EN_MARKS or any(toks[x].key in ("he", "she")
                                               for x in range(max(0, b - 12), b)):
                break
            eid = m.eid
            break
    if not eid:
        return None
    return next((m for m in reversed(sr.doc.ments) if m.eid == eid and m.sent < sr.si), None)


_AR_OPENERS = L._ar("و", "ثم", "وبعدها", "بعدها", "ومن", "هناك")
_AR_TOWARDS = L._ar("إلى", "الى", "نحو", "صوب")
_AR_WHERE = L._ar("حيث", "وحيث")


def moved_on_subject_ar(sr: Any, t: int, obj: Any) -> Any:
    """Arabic "(وصل X إلى أبوظبي ... .) ثم توجه مساءً إلى الرياض، حيث عقد محادثات مع Y": a
    sentence that names no one before the meeting word at *t*, opens with a verb of motion
    and its destination, and has "حيث" before *t*: the previous sentence's visitor, else its
    subject (not *obj*); None otherwise."""
    if sr.si == 0 or any(sr.lo <= m.lo < t and m.etype in ("Person", "Organization")
                         for m in sr.args):
        return None
    x = sr.lo
    while x < t and sr.key(x) in _AR_OPENERS:
        x += 1
    if not any(sr.f(y) & _AR_TOWARDS for y in range(x + 1, min(t, x + 4))) or \
            not any(sr.f(y) & _AR_WHERE for y in range(x + 2, t)):
        return None
    from loaders.extract.core_recall_objects import guest_antecedent
    return guest_antecedent(sr, exclude=obj.eid, back=1) or sr._prev_subject(exclude=obj.eid)


def before_that_guest_ar(sr: Any, t: int, host: Any) -> Any:
    """Arabic "X ...، قبل أن يستقبله Y": the guest "him" stands for is the clause's subject
    before "قبل أن": the first person of the sentence not governed by a preposition (not
    "مع Z" of "وقّع مع Z مذكرة" / "عقد اجتماعاً مع Z"); with none named, the previous
    sentence's visitor, else its subject (not the host). None when *t* follows no "قبل أن"."""
    if not before_that_ar(sr, t):
        return None
    hid = host.eid if host is not None else ""
    free = [m for m in sr.args if m.etype == "Person" and sr.lo <= m.lo and m.hi <= t - 2 and
            m.eid != hid and not sr.has_prep(m, PREPS_WITH_TO) and
            sr.key(title_start(m) - 1) not in L.AR_WITH]
    if free:
        return min(free, key=lambda m: m.lo)
    if any(m.etype == "Person" and sr.lo <= m.lo < t - 2 for m in sr.args) and \
            not any(sr.key(x) in L.AR_WITH for x in range(sr.lo, t - 2)):
        return None  # someone named but not as an object of "مع": not ours to guess
    from loaders.extract.core_recall_objects import guest_antecedent
    return guest_antecedent(sr, exclude=hid, back=1) or sr._prev_subject(exclude=hid)


def then_hosts_ar(sr: Any, t: int, host: Any) -> list[Any]:
    """Arabic "استقبله Y ثم (رئيس الجمهورية) Z": the hosts of the pronoun's reception at *t*,
    *host* and the persons listed after it with "ثم" (titles allowed between), in order."""
    out = [host]
    if host.lo < t:
        return out
    m = host
    while m.hi < sr.hi and sr.key(m.hi) == "ثم":
        nxt = sr.after(m.hi + 1, types=("Person",), maxgap=4)
        if nxt is None or nxt.lo > m.hi + 1 and title_start(nxt) != m.hi + 1:
            break
        out.append(nxt)
        m = nxt
    return out


_AR_VISIT_WORDS = L._ar("زيارة", "زياره", "جولة", "رحلة", "الزيارة", "الجولة")


def visit_during_guest_ar(sr: Any, t: int) -> Any:
    """Arabic "التقى X Y ...، بعد أيام من زيارة إلى بكين استقبله خلالها Z": "him" of a
    reception during a visit that names no visitor is the subject of the sentence's meeting
    verb before it (X), not its object Y; None otherwise."""
    if sr.key(t + 1) not in AR_DURING_IT:
        return None
    visit = next((x for x in range(t - 1, max(sr.lo, t - 7) - 1, -1)
                  if sr.f(x) & _AR_VISIT_WORDS), None)
    if visit is None or any(visit < m.lo < t and m.etype == "Person" for m in sr.args):
        return None
    verbs = [v for v in range(sr.lo, visit) if sr.toks[v].ar and sr.f(v) & L.AR_MEET]
    if not verbs:
        return None
    own = [m for m in sr.args if m.etype == "Person" and sr.lo <= m.lo and m.hi <= visit and
           not sr.has_prep(m, PREPS_WITH_TO)]
    return _clause_subject(sr, verbs[0], own)


def no_person_before_ar(sr: Any, t: int) -> bool:
    """Arabic: no person is named before the pronoun reception at *t* in its sentence ("وكانت
    بيروت من أولى محطاته؛ إذ استقبله Y"): "him" is the previous sentence's visitor or subject."""
    return sr.si > 0 and not any(m.etype == "Person" and sr.lo <= m.lo < t for m in sr.args)


def where_talks_subject_ar(sr: Any, t: int, subj: Any) -> Any:
    """Arabic "اجتمع X بـZ، (ثم / قبل أن) يتوجه إلى B حيث أجرى مباحثات مع Y": the subject of
    the talks at *t* after "حيث" is carried from the clause before, not Z, a prepositional
    object (بـ / لـ / مع) the nearest-person lookup gave; else *subj*."""
    if subj is None or subj.etype != "Person" or not _prep_object_ar(sr, subj) or \
            not any(sr.f(x) & _AR_WHERE for x in range(max(sr.lo, t - 3), t)):
        return subj
    carried = sr._carried_subject(t)
    return carried if carried is not None and not _prep_object_ar(sr, carried) else None


def _prep_object_ar(sr: Any, m: Any) -> bool:
    """Arabic: *m* is governed by بـ / لـ / مع, on its name or on its title ("بالقيادي في
    الحزب Z")."""
    b = title_start(m)
    return sr.has_prep(m, PREPS_WITH_TO) or (b < m.lo and sr.key(b)[:3] in ("بال", "لل")) or \
        sr.key(b - 1) in L.AR_WITH


def pronoun_agent_en(sr: Any, by: int, subj: Any) -> Any:
    """English "X met Y there, and Z was received by him": the "him" / "her" after the "by" at
    *by* is the person named right before the subject Z in the sentence when that person is
    a meeting's object (Y, the host of the narrative), else None."""
    if subj is None or sr.key(by + 1) not in ("him", "her"):
        return None
    b = title_start(subj)
    lo = title_start(passive_subject_list_en(sr, subj)[0])
    if not any(m.etype == "Person" and m.lo < lo for m in sr.args):
        return earlier_subject_agent(sr, by, subj)
    before = [m for m in sr.args if m.etype == "Person" and m.hi <= b and not m.poss and
              m.eid != subj.eid]
    if not before:
        return None
    near = max(before, key=lambda m: m.hi)
    return near if sr._object_marked(near) else None


def passive_subject_list_en(sr: Any, subj: Any) -> list:
    """The people of the passive subject's list around *subj* ("A and B were received"):
    back over "and" / "," from *subj* to the list's first person, then its chain."""
    first = subj
    while True:
        lo = title_start(first)
        if lo <= sr.lo or sr.key(lo - 1) not in ("and", ","):
            break
        prev = sr.mention_at.get(lo - 2)
        if prev is None or prev.etype != "Person" or prev.hi != lo - 1:
            break
        first = prev
    return sr.chain(first, types=("Person",))


def earlier_subject_agent(sr: Any, by: int, subj: Any) -> Any:
    """"X spent the month receiving visitors. A (and B) were received by him on Dec. 23":
    a "him" / "her" agent in a sentence naming no person before its passive subject (or
    its list) is the previous sentence's subject, as a "he" there would be (session 57); a
    pronoun mention at the pronoun, or None."""
    people = passive_subject_list_en(sr, subj)
    lo = title_start(people[0])
    if any(m.etype == "Person" and m.lo < lo for m in sr.args):
        return None
    eid = sr._subject_antecedent(lo)
    if eid is None or any(m.eid == eid for m in people):
        return None
    t = sr.toks[by + 1]
    return Mention(by + 1, by + 2, t.start, t.end, eid, "Person", sr.si, kind="pron",
                   tlo=by + 1)


def listed_object_en(sr: Any, m: Any) -> bool:
    """English "X met Y and W, then met with Z" (session 30b, `precmeet`): *m* (W) closes a
    list "Y and W" / "Y, V and W" whose first member is the object of a verb or preposition
    (Y), so W is an object too and not the subject of the verb after it."""
    for _ in range(6):
        b = title_start(m) - 1
        if b <= sr.lo or sr.key(b) not in ("and", ","):
            return False
        if sr.toks[b - 1].text == ",":
            return False  # "Y received V, and W met Z": W opens a clause of its own
        prev = sr.mention_at.get(b - 1)
        if prev is None or prev.etype != "Person" or prev.hi != b:
            return False
        if sr._object_marked(prev):
            return True
        m = prev
    return False


_AR_WHILE = L._ar("بينما", "وبينما", "فيما")
_AR_WAS = L._ar("كان", "كانت")
_AR_WHO = L._ar("الذي", "التي")


def while_in_relative_head_ar(sr: Any, t: int) -> Any:
    """The head of the relative clause "Y الذي <verb> <noun>ه ...، بينما كان <t>" (module doc):
    no period, person or other clause opener between; else None."""
    if t - 3 < sr.lo or sr.key(t - 1) not in _AR_WAS or sr.key(t - 2) not in _AR_WHILE or \
            sr.toks[t - 3].text not in ("،", ","):
        return None
    for r in range(t - 4, max(sr.lo, t - 30) - 1, -1):
        if sr.toks[r].text in (".", "؛", ":") or (r in sr.mention_at and
                                                  sr.mention_at[r].etype == "Person"):
            return None
        if sr.key(r) in _AR_WHO:
            head = sr.mention_at.get(r - 1)
            if head is None or head.etype != "Person" or head.hi != r:
                return None
            own = sr.toks[r + 2] if r + 2 < t else None  # "الذي سقطت حكومته": his government
            return head if own is not None and own.text.endswith(("ته", "تها", "ه")) and \
                not any(sr.toks[y].text in ("،", ",") for y in range(r + 1, r + 3)) else None
    return None
