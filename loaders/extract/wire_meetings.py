"""MET_WITH in wire-style prose: the members of a group met ("met leaders of the factions,
including X and Y"; ``group_members_met``), the guest or visitor as the subject of a later
meeting verb (``guest_subject_met``), a meeting's place phrase and object (``in_place_phrase``,
``meeting_object``), the subject of a visit by pronoun (``visit_pron_subject``), indirect talks
(``indirect_talks``), the two sides during a meeting (``pair_during_meeting_en``) and "X told
the visiting Y" (``told_visiting_en``)."""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.meeting_phrases import guest_as_object_en
from loaders.extract.meeting_told import teller_subject_en
from loaders.extract.moved_then_met_ar import moved_opening_ar
from loaders.extract.rule_common import EMPTY, title_start
from loaders.extract.wire_cues import (
    _AR_AMONG,
    _AR_GUEST,
    _AR_VISIT_NOUNS,
    _EN_AMONG,
    _EN_GUEST,
    _EN_MEETING_NOUNS,
    _EN_VISITING,
)

# ---- MET_WITH: a group met, its named members listed after "among them" -----------------
_AR_GROUP_HEADS = L._ar("قادة", "قيادات", "زعماء", "ممثلي", "ممثلين", "امناء", "مسؤولي",
                        "مسؤولين", "رؤساء", "كبار", "وفد", "وفود")
_EN_GROUP_HEADS = frozenset({"leaders", "commanders", "heads", "chiefs", "representatives",
                             "officials", "figures", "delegation", "delegations", "members",
                             "envoys",
                             # the groups themselves ("met with opposition groups, including
                             # (representatives of) the Muslim Brotherhood"; session 69)
                             "groups", "factions", "parties", "movements"})
# a kind of group right before its noun ("opposition groups", "rebel factions"; session 69)
_EN_GROUP_KINDS = frozenset({"opposition", "political", "rebel", "islamist", "militant"})
_GROUP_TYPES = ("Person", "Organization")


def _among_cue(sr: Any, x: int) -> int:
    """Length of an "among them" cue at *x* ("بينهم", "من بينهم", "ومن بينها", "منهم",
    "including", "among them"); 0 if none."""
    t = sr.toks[x]
    if t.ar:
        if t.key in ("من", "ومن") and sr.f(x + 1) & _AR_AMONG:
            return 2
        return 1 if sr.f(x) & _AR_AMONG or t.key in _AR_AMONG else 0
    if t.key == "including":
        return 1
    if t.key == "among" and sr.key(x + 1) in ("them", "whom", "those"):
        return 2
    return 0


# "received world / foreign leaders, among them X" (session 54): the adjective right after
# the meeting verb or "with", not "messages from world leaders"
_EN_GROUP_ADJ = frozenset({"world", "foreign", "visiting", "regional", "arab"})


def _adjective_group(sr: Any, x: int) -> bool:
    """Is the English group noun at *x* after one such adjective, itself right after a
    meeting verb, "with" or "the"?"""
    return sr.key(x - 1) in _EN_GROUP_ADJ and sr.key(x - 2) in (
        "with", "met", "the", "received", "hosted", "receives", "meets")


def _member_list(sr: Any, first: Any) -> list:
    """The people/groups listed from *first* on: the list of :meth:`chain`, where a group
    in the possessive stands for the person after it ("Kataib Hezbollah's Abu Fadak and
    Asaib Ahl al-Haq's Qais al-Khazali" -> the two people)."""
    if not any(m.poss for m in sr.args):
        return sr.chain(first, _GROUP_TYPES)
    out = []
    cur = first
    while cur is not None:
        if cur.poss and cur.etype == "Organization":
            p = sr.after(cur.hi, types=("Person",), maxgap=0)
            if p is None:
                break
            cur = p
        out.append(cur)
        nxt = next((m for m in sr.args if m.lo >= cur.hi and m is not cur), None)
        if nxt is None or nxt.etype not in _GROUP_TYPES:
            break
        start = title_start(nxt)
        gap = [sr.key(x) for x in range(cur.hi, start)]
        if not gap or not all(g in (",", "،", "and", "و") for g in gap):
            break
        cur = nxt
    return out


def _titled_head_after(sr: Any, first: Any) -> Any:
    """The person whose title *first* (a body) opens ("among them UGTT labor union chief X":
    X, not the union; session 71): a titled person within four words after the body, no
    punctuation or "and" between; else None."""
    if first.etype != "Organization" or first.poss:
        return None
    p = sr.after(first.hi, types=("Person",), maxgap=4)
    if p is None or title_start(p) >= p.lo or any(
            sr.toks[x].punct or sr.key(x) in ("and", "و") for x in range(first.hi, p.lo)):
        return None
    return p


def group_members_met(sr: Any, meet: frozenset, meet_en: frozenset) -> None:
    """"اجتمع X بقادة فصائل ..., بينهم A وB" / "اجتماع عقده X مع قادة الفصائل ..., ومن بينها
    O1 وO2" / "X met leaders of armed factions, among them A and B": X met each named member
    (people or, for "leaders of" named groups, the groups). The group itself is then no
    partner of its own (its members are)."""
    for c in sr.triggers(_AR_AMONG, _EN_AMONG):
        if sr.toks[c].ar and sr.key(c - 1) in ("من", "ومن"):
            c -= 1
        n = _among_cue(sr, c)
        if not n:
            continue
        # the group noun before the cue, governed by with/بـ/مع
        g = next((x for x in range(c - 1, max(sr.lo, c - 14) - 1, -1)
                  if (sr.toks[x].ar and (sr.f(x) & _AR_GROUP_HEADS) and (
                      sr.key(x - 1) in ("مع", "ومع") or sr.toks[x].key.startswith(("ب", "وب"))
                      or sr.key(x - 1) in ("مع", "ب")))
                  or (not sr.toks[x].ar and sr.key(x) in _EN_GROUP_HEADS and
                      sr.key(x - 1) in ("with", "met", "the", "received", "hosted", "militia",
                                        "meeting", "meet", "meets", "receiving", "hosting",
                                        "faction", "factions", "group", "party", "armed",
                                        "of", "and", "senior", "top") or
                      sr.key(x - 1) in _EN_GROUP_KINDS and sr.key(x) in _EN_GROUP_HEADS or
                      _adjective_group(sr, x))), None)
        if g is None:
            continue
        t = next((x for x in range(g - 1, max(sr.lo, g - 14) - 1, -1)
                  if (sr.toks[x].ar and sr.f(x) & meet) or
                  (not sr.toks[x].ar and sr.key(x) in meet_en)), None)
        if t is None or sr.blocked(t):
            continue
        subj = sr.before(g, types=("Person",), maxgap=g - t - 1) if g - t > 1 else None
        if subj is not None and (subj.lo < t or not sr.toks[t].ar and
                                 sr.key(title_start(subj) - 1) == "with"):
            subj = None  # ("X held talks with Y and with a group of ..., among them A": Y is
            # the other side of another meeting, X met A; session 72)
        if subj is None and not sr.toks[t].ar:
            subj = teller_subject_en(sr, t, sr.subject_before(t))
        elif subj is None:
            then = _then_verb_ar(sr, t)  # "التقى X Y، ثم عقد اجتماعاً مع قادة ...، بينهم Z": X
            subj = sr._carried_subject(then) if then is not None else \
                sr.before(t, types=("Person",), maxgap=8)  # ("X told Y ..., and met": X)
        if subj is None or subj.etype != "Person":
            continue
        first = sr.after(c + n, types=_GROUP_TYPES, maxgap=4)
        if first is None:
            continue
        first = _titled_head_after(sr, first) or first
        members = _member_list(sr, first)
        members = [m for m in members if m.eid != subj.eid]
        if not members:
            continue
        groups = {m.eid for m in sr.args if g - 3 <= m.lo < c and m.etype == "Organization"
                  and not m.poss and m.hi <= c}  # "militia leaders", "قادة فصائل مسلحة"
        sr.out[:] = [r for r in sr.out if not (
            r.type == "MET_WITH" and {r.source, r.target} & groups and
            subj.eid in (r.source, r.target))]
        for m in members:
            sr.add("MET_WITH", subj.eid, m.eid, "met_group_members")


def _then_verb_ar(sr: Any, t: int) -> int | None:
    """Arabic: the verb of the meeting word at *t* when it opens a clause after "ثم" / "كما"
    ("ثم اجتمع", "ثم عقد اجتماعاً") or "قبل أن / بعد أن" ("قبل أن يجتمع بقادة ..."; session
    60): its subject is carried from the clause before; else None."""
    v = t - 1 if sr.key(t - 1) in _AR_HOLD_VERBS else t
    if sr.key(v - 1) in ("ثم", "كما"):
        return v
    return v if sr.key(v - 1) in ("ان", "أن") and sr.f(v - 2) & _AR_BEFORE_AFTER else None


_AR_HOLD_VERBS = L._ar("عقد", "وعقد", "يعقد", "اجرى", "أجرى", "يجري")
_AR_BEFORE_AFTER = L._ar("قبل", "قبيل", "بعد", "وقبل", "وبعد", "عقب")


_AR_MEET_VERBS = L._ar("التقى", "التقي", "اجتمع", "يلتقي", "يجتمع", "وبحث", "بحث", "ناقش",
                       "عقد", "اجرى", "أجرى")


def _latest_visitor(sr: Any, back: int = 8) -> str | None:
    visitors = sr.doc.state.get("visitors", ())
    cands = [(s_, eid) for s_, eid in visitors if sr.si - back <= s_ <= sr.si]
    if not cands:
        return None
    last = max(s_ for s_, _ in cands)
    ids = [eid for s_, eid in cands if s_ == last]
    return ids[0] if len(set(ids)) == 1 else None


def guest_subject_met(sr: Any) -> None:
    """"التقى الضيف الإيراني بـY" / "The visitor then met Y" / "The Iranian guest met Y":
    the guest is the person the article said visited (one visitor in the latest visit
    sentence of the last few); met Y and each listed after Y."""
    for g in sr.triggers(_AR_GUEST, _EN_GUEST):
        t = sr.toks[g]
        if t.ar:
            if not sr.f(g) & _AR_GUEST or sr.mention_at.get(g) is not None:
                continue
            v = next((x for x in range(g - 1, max(sr.lo, g - 3) - 1, -1)
                      if sr.f(x) & _AR_MEET_VERBS), None)
            e = g + 1
            while e < sr.hi and sr.key(e) in L.NATIONALITY:
                e += 1
            if v is None and sr.f(e) & _AR_MEET_VERBS:
                v = e  # SVO: "(إن) الضيف العراقي التقى (أيضاً) Y"
                e += 1
                while e < sr.hi and sr.key(e) in ("ايضا", "كذلك", "ايضاً"):
                    e += 1
            if v is None:
                continue
        else:
            if t.key in _EN_GUEST and guest_as_object_en(sr, g, _latest_visitor(sr)):
                continue  # meeting_phrases.py: "Y received the Iranian visitor"
            if t.key not in _EN_GUEST or sr.key(g - 1) not in ("the", "his", "her") and \
                    sr.key(g - 1) not in L.NATIONALITY:
                continue
            e = g + 1
            while e < sr.hi and sr.key(e) in ("also", "then", "later", "had", "has", "first"):
                e += 1
            if sr.key(e) not in ("met", "received", "held"):
                continue
            v = e
            e += 1
        guest = _latest_visitor(sr)
        if guest is None:
            continue
        obj = sr.after(e, types=("Person", "Organization"), maxgap=8)
        if obj is not None and any(sr.toks[x].punct for x in range(e, obj.lo)):
            obj = None  # a title may stand between: "أمين المجلس الأعلى للأمن القومي X"
        if obj is None or obj.eid == guest or sr.blocked(v):
            continue
        for m in sr.chain(obj, ("Person",)) if obj.etype == "Person" else [obj]:
            if m.eid != guest:
                sr.add("MET_WITH", guest, m.eid, "guest_met")


def in_place_phrase(sr: Any, m: Any) -> bool:
    """Arabic: is *m* the complement of a place after في ("في مقر هيئة الحشد", "في قصر
    السلام")? Then it says where, and is no subject or partner."""
    x = title_start(m) - 1
    if x < sr.lo or not sr.toks[x].ar:
        return False
    if sr.f(x) & L.AR_PLACE_NOUNS:
        return sr.key(x - 1) in ("في", "فى", "داخل", "امام", "قرب")
    return sr.toks[x].key in ("فيمقر", "بمقر", "بمبني", "بقصر", "بمكتب")


def after_definite_place(sr: Any, m: Any) -> bool:
    """Arabic: does *m* follow a definite place noun after في ("والتقى في المطار X", "في القصر
    X")? A definite noun takes no complement: X is no part of the place."""
    x = title_start(m) - 1
    return x > sr.lo and bool(sr.f(x) & L.AR_PLACE_NOUNS) and sr.key(x).startswith("ال") and \
        sr.key(x - 1) in ("في", "فى")


def meeting_object(sr: Any, m: Any, meet_ar: frozenset) -> bool:
    """Arabic: is *m* the first person named after a meeting verb before it ("التقى، عقب
    المراسم، وزير الخارجية X"), or the one right after the verb's subject ("التقى X Y")?
    Then it is that verb's object, not a clause subject."""
    ts = title_start(m)
    for v in range(max(sr.lo, ts - 12), m.lo):
        if sr.toks[v].ar and sr.f(v) & meet_ar:
            first = sr.after(v + 1, types=("Person",), maxgap=10)
            if first is m:  # unless a bare person follows: then m is the VSO subject
                nxt = sr.after(m.hi, types=("Person",), maxgap=0)
                return nxt is None or title_start(nxt) != m.hi or bool(nxt.prefix) or \
                    sr.has_prep(nxt, {"ب", "ل"})
            if first is not None and first.hi == ts and not first.prefix and \
                    not sr.has_prep(m, {"ب", "ل"}):
                return True  # VSO: "كما التقى X Y": Y, the person right after the subject
    return False


AR_VISIT_VERBS = L._ar("زار", "وزار", "يزور", "تزور", "زارت", "وزارت")
_AR_OPENERS = frozenset({"و", "ثم", "كما", "وقد", "قد"})
_AR_FATHA = ("\u064e", "\u064b")  # the accusative the writer marked: "رئيسَ المجلس Y"
_AR_HIS_SEAT = L._ar("مقره", "مقرّه", "مكتبه", "منزله", "قصره", "دارته", "مقر", "مكتب", "منزل",
                     "قصر")


def _accusative(sr: Any, m: Any) -> bool:
    return sr.toks[title_start(m)].text.endswith(_AR_FATHA)


def verb_object_ar(sr: Any, m: Any) -> bool:
    """Arabic: *m* is the object of a meeting verb (``meeting_object``) or of a visit, marked
    so by the accusative or a seat after it ("زار رئيسَ المجلس Y"، "زار Y في مقره"; not "زار X
    مدينة النجف": X visited)."""
    if meeting_object(sr, m, L.AR_MEET):
        return True
    return meeting_object(sr, m, AR_VISIT_VERBS) and (_accusative(sr, m) or (
        sr.key(m.hi) in ("في", "فى") and bool(sr.f(m.hi + 1) & _AR_HIS_SEAT)))


def subjectless_object_ar(sr: Any, m: Any) -> bool:
    """Arabic: the sentence opens with particles and a meeting or visit verb whose object is
    *m* ("ثم زار رئيسَ مجلس النواب Y في عين التينة، ..."، "ثم التقى رئيسَ الحكومة Y"): its
    subject is not named in it. The object is told by the accusative, a seat after a visit,
    or (a meeting) no one else named in the clause."""
    if sr.si == 0 or not all(sr.key(x) in _AR_OPENERS or sr.f(x) & (L.AR_MEET | AR_VISIT_VERBS)
                             for x in range(sr.lo, title_start(m))) and \
            not moved_opening_ar(sr, title_start(m)):  # "ثم انتقل إلى B والتقى Y" (s70)
        return False
    if meeting_object(sr, m, L.AR_MEET):
        return _accusative(sr, m) or not any(
            n.etype == "Person" and n.lo >= m.hi and not any(
                sr.toks[y].text in ("،", ",", ".") for y in range(m.hi, n.lo)) for n in sr.args)
    return verb_object_ar(sr, m)


def visit_pron_subject(sr: Any, t: int) -> Any:
    """"(سبقتها) زيارة إلى أبوظبي التقى فيها/خلالها Y" with no visitor named in the
    sentence: the visitor of the last sentences (one person) is who met Y. Returns that
    person's latest mention, or None."""
    if sr.key(t + 1) not in ("فيها", "خلالها", "خلاله", "اثناها"):
        return None
    if not any(sr.f(x) & _AR_VISIT_NOUNS for x in range(max(sr.lo, t - 6), t)):
        return None
    eid = _latest_visitor(sr, back=3)
    if eid is None:
        return None
    return next((m for m in reversed(sr.doc.ments) if m.eid == eid and m.sent < sr.si),
                None)


def indirect_talks(sr: Any, t: int) -> bool:
    """"indirect talks with Y" / "محادثات غير مباشرة مع Y": talks through a mediator are no
    meeting of the two sides (the mediator's own meetings are stated separately)."""
    tk = sr.toks[t]
    if tk.ar:
        return sr.key(t + 1) == "غير" and sr.key(t + 2).startswith("مباشر") or \
            _manner_indirect(sr, t)
    kp = sr.toks[t - 1].key if sr.lo <= t - 1 < sr.hi else ""  # = sr.key(t - 1)
    return kp in ("indirect", "proximity") or (
        kp in ("of", "round") and sr.key(t - 2) == "indirect") or _manner_indirect(sr, t)


_AR_MANNER = frozenset({"بشكل", "بصورة", "بطريقة", "بصوره"})
_INDIRECT_REACH = 12
_INDIRECT_CUES = frozenset({"غير", "indirectly"})


def _manner_indirect(sr: Any, t: int) -> bool:
    """"المحادثات بين A وB جرت بشكل غير مباشر" / "talks between A and B were held
    indirectly": the manner said after the meeting word in its clause (session 52)."""
    ks = sr._key_set  # (= sr.key_set(), without the call once made)
    if _INDIRECT_CUES.isdisjoint(ks if ks is not None else sr.key_set()):
        return False
    for y in range(t + 1, min(sr.hi, t + _INDIRECT_REACH)):
        tk = sr.toks[y]
        if tk.punct and tk.text not in ("،", ",", "-"):
            return False
        if tk.ar:
            if tk.key in _AR_MANNER and sr.key(y + 1) == "غير" and \
                    sr.key(y + 2).startswith("مباشر"):
                return True
        elif tk.key == "indirectly":
            return True
    return False


_EN_DURING = frozenset({"during", "at", "in"})
_EN_JOINT_VERBS = frozenset({"discussed", "agreed", "signed", "stressed", "exchanged",
                             "reviewed", "emphasized", "emphasised", "explored", "addressed"})


# a span of time or rounds before "of talks": "(after) more than six hours of talks", "two days
# of talks", "a second round of talks" (session 67)
_EN_SPAN_OF = frozenset({"hours", "days", "weeks", "rounds", "round", "months"})
_EN_SPAN_LEAD = frozenset({"more", "than", "over", "nearly", "almost", "about", "some", "a",
                           "an", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                           "ten", "several", "few", "many", "second", "third", "new", "final",
                           "long", "lengthy", "marathon", "intensive", "of"})


def _span_of_start(sr: Any, of: int) -> int:
    """The word before a span of time or rounds ending at "of" (*of*): "after" in "after more
    than six hours of talks"; *of* itself when no span stands there."""
    if sr.key(of - 1) not in _EN_SPAN_OF:
        return of
    x = of - 2
    while x > sr.lo and of - x <= 6 and (sr.key(x) in _EN_SPAN_LEAD or sr.key(x).isdigit()):
        x -= 1
    return x


def pair_during_meeting_en(sr: Any) -> None:
    """"X and Y discussed Z during a meeting in Baghdad": the coordinated subjects met each
    other (only with a joint verb right after them and 'during/at a meeting', no 'with').
    Session 67 (residual67b-en): also "X and Y agreed ... after more than six hours of talks" /
    "after two days of talks" / "after their meeting": the joint verb's "after" (not "after
    talks with Z", not "after phone talks")."""
    for t in sr.triggers(EMPTY, _EN_MEETING_NOUNS):
        if t < sr.lo + 2 or sr.key(t + 1) in ("with", "between"):
            continue
        d = t - 1
        if sr.key(d) in ("a", "their", "the", "joint", "bilateral", "separate"):
            d -= 1
        if sr.key(d) == "of":  # "after more than six hours of talks" (session 67)
            d = _span_of_start(sr, d)
        if sr.key(d) not in _EN_DURING and sr.key(d) != "after":
            continue
        v = next((x for x in range(sr.lo, d) if sr.key(x) in _EN_JOINT_VERBS), None)
        if v is None or sr.blocked(v):
            continue
        subs = [m for m in sr.args if m.hi <= v and m.etype == "Person"]
        if len(subs) < 2:
            continue
        last = max(subs, key=lambda m: m.hi)
        if any(not sr.toks[x].punct for x in range(last.hi, v)) and \
                sr.key(last.hi) not in ("also", "have", "had", "jointly"):
            continue
        for m in subs:
            ch = sr.chain(m, ("Person",))
            if len(ch) >= 2 and ch[-1] is last:
                for i in range(len(ch)):
                    for j in range(i + 1, len(ch)):
                        sr.add("MET_WITH", ch[i].eid, ch[j].eid, "pair_during_meeting_en")
                break


_EN_TOLD = frozenset({"told", "assured", "urged", "warned", "informed", "reminded", "thanked",
                      "congratulated", "briefed", "tells", "assures", "urges", "warns"})


def told_visiting_en(sr: Any) -> None:
    """"X told/assured/warned visiting (Iraqi Prime Minister) Y that ...": said to a guest in
    person, so X met Y."""
    for t in sr.triggers(EMPTY, _EN_VISITING):
        v = t - 1
        if sr.key(v) not in _EN_TOLD:
            continue
        guest = sr.after(t + 1, types=("Person",), maxgap=5)
        subj = sr.subject_before(v, maxgap=20)
        if guest is None or subj is None or subj.etype != "Person" or subj.eid == guest.eid:
            continue
        if not sr.blocked(v, subj):
            sr.add("MET_WITH", subj.eid, guest.eid, "told_visiting_en")
