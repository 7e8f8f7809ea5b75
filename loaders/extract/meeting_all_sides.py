"""MET_WITH (session 23): a meeting the text calls three- or four-sided, or held by "the
three", is one table: every two of its people met.

"اجتمع X بـA وB، في لقاء ثلاثي"، "استقبل X A وB في قمة ثلاثية"، "قمة ثلاثية جمعته بـA ونظيره B"،
"استقبل X نظيريه A وB في المطار، قبل أن يعقد الثلاثة اجتماعاً مغلقاً"، "اجتمع القادة الثلاثة";
"X met A and B for trilateral talks", "X received A and B; the three leaders then held talks",
"X hosted A and B for three-way talks" (session 62).
The meeting rules read X-A and X-B; this adds A-B. Read only on the sentence's own MET_WITH
output, when it names exactly as many people as the sides counted (three for ثلاثي / "the
three" / "trilateral", four for رباعي / "quadrilateral"); not a planned, future or negated
meeting ("ستعقد قمة ثلاثية", "before a trilateral summit next month"), not indirect talks.
A summit held together is one table too: "A and B held a summit with C", "A held a summit
with B and C", "عقد A وB قمة مع C" (``held_summit_en``; not a virtual summit, "will hold").
Called from ``relations.py`` after the meeting rules of the sentence.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.meeting_respectively import list_ending
from loaders.extract.rule_common import meet_each_other, title_start

_AR_THREE = L._ar("الثلاثي", "ثلاثي", "الثلاثية", "ثلاثية", "ثلاثيا", "ثلاثياً", "الثلاثة")
_AR_FOUR = L._ar("الرباعي", "رباعي", "الرباعية", "رباعية", "رباعيا", "رباعياً", "الأربعة",
                 "الاربعة")
_AR_THE_N = L._ar("الثلاثة", "الأربعة", "الاربعة")
_EN_THREE = frozenset({"trilateral", "tripartite", "three"})
_EN_FOUR = frozenset({"quadrilateral", "four"})
_AR_NOUN = L._ar("اجتماع", "الاجتماع", "اجتماعا", "اجتماعاً", "لقاء", "اللقاء", "لقاءً", "لقاءا",
                 "قمة", "القمة", "محادثات", "المحادثات", "مباحثات", "المباحثات", "جلسة", "الجلسة")
_AR_MET_VERB = L.AR_MEET | L._ar("يعقد", "عقد", "يعقدوا", "عقدوا", "تعقد", "يجري", "أجرى",
                                 "اجرى", "أجروا", "اجروا", "يجتمعوا", "اجتمعوا", "التقوا",
                                 "يلتقوا", "بحث", "وبحث", "ناقش", "وناقش")
_EN_NOUN = frozenset({"talks", "meeting", "meetings", "summit", "negotiations", "session"})
_EN_MET_VERB = frozenset({"met", "meet", "held", "hold", "sat", "talked", "conferred",
                          "then", "later"})
_EN_WHO = frozenset({"leaders", "men", "presidents", "ministers", "heads", "officials",
                     "sides", "of"})
_AR_NOT_MET = L._ar("المباشرة", "مباشرة", "مرتقبة", "المرتقبة", "المقبلة", "مقبلة", "المقررة",
                    "مقررة")
_EN_NOT_MET = frozenset({"indirect", "planned", "upcoming", "proposed", "next", "future",
                         "will", "would", "to"})
_FUTURE_AR = ("ست", "سي")

_EN_SUMMIT = frozenset({"summit"})
_EN_REMOTE = frozenset({"virtual", "video", "online", "telephone", "phone", "remote"})
_EN_HELD = frozenset({"held", "hold", "holds", "holding"})
register_triggers(_AR_THREE | _AR_FOUR, _EN_THREE | _EN_FOUR)
_AR_SUMMIT = L._ar("قمة", "القمة")
_AR_HELD = L._ar("عقد", "وعقد", "عقدا", "وعقدا", "عقدوا", "وعقدوا")
# took part in (a trilateral summit with ...): past forms only ("سيشارك" is a plan)
_AR_TOOK_PART = L._ar("شارك", "وشارك", "شاركت", "وشاركت", "شاركا", "وشاركا")
_AR_HELD_OR_TOOK_PART = _AR_HELD | _AR_TOOK_PART
register_triggers(_AR_SUMMIT, _EN_SUMMIT)
CUE_SETS = frozenset({_AR_THREE | _AR_FOUR, _EN_THREE | _EN_FOUR, _AR_SUMMIT, _EN_SUMMIT})


def _sides_ar(sr: Any, x: int) -> int:
    """The number of sides the cue at *x* gives a meeting of its sentence, else 0."""
    f = sr.f(x)
    n = 3 if f & _AR_THREE else 4
    if f & _AR_THE_N:
        # "يعقد الثلاثة اجتماعاً" / "اجتمع القادة الثلاثة": a meeting verb before it
        near = range(max(sr.lo, x - 3), x)
        verbs = [y for y in near if sr.f(y) & _AR_MET_VERB]
        if not verbs or any(sr.key(y).startswith(_FUTURE_AR) for y in verbs):
            return 0  # ("سيعقد الثلاثة اجتماعاً")
        return n
    if not any(sr.f(y) & _AR_NOUN for y in range(max(sr.lo, x - 2), x)):
        return 0  # "الحوار الثلاثي" is meeting_presided_ar's; "لجنة ثلاثية" no meeting
    if any(sr.f(y) & _AR_NOT_MET for y in range(x + 1, min(sr.hi, x + 3))):
        return 0  # "قمة ثلاثية مرتقبة"، "المحادثات الثلاثية غير المباشرة"
    return n


def _sides_en(sr: Any, x: int) -> int:
    """The number of sides the English cue at *x* gives a meeting of its sentence, else 0."""
    k = sr.key(x)
    n = 3 if k in _EN_THREE else 4
    if k in ("three", "four") and sr.key(x + 1) == "-" and sr.key(x + 2) == "way":
        x += 2  # "hosted A and B for three-way talks" (session 62): as "trilateral talks"
    elif k in ("three", "four"):
        if sr.key(x - 1) != "the":
            return 0
        y = x + 1
        while sr.key(y) in _EN_WHO and y < x + 3:
            y += 1
        if sr.key(y) not in _EN_MET_VERB:
            return 0  # "the three met / held talks / then sat down"
        return n
    if not any(sr.key(y) in _EN_NOUN for y in range(x + 1, min(sr.hi, x + 3))):
        return 0  # "a trilateral summit", "tripartite talks"
    if any(sr.key(y) in _EN_NOT_MET for y in range(max(sr.lo, x - 3), x)):
        return 0  # "before a planned trilateral summit", "indirect tripartite talks"
    return n


def _took_part_with(sr: Any, v: int, x: int) -> int | None:
    """"شارك A في قمة (مسار أستانا) الثلاثية مع B وC" (session 67): the "مع" after the summit
    noun *x* that a participation verb at *v* governs ("في" right before the noun), when a
    few-party word ("الثلاثية") stands between them; else None (a summit of many: "شارك في قمة
    العشرين مع ...", not read)."""
    if sr.key(x - 1) != "في":
        return None
    w = next((y for y in range(x + 1, min(sr.hi, x + 6)) if sr.key(y) in ("مع", "ومع")), None)
    if w is None or not any(sr.key(y) in L.AR_FEW_PARTY for y in range(x + 1, w)) or any(
            sr.toks[y].text in ("،", ",", ".") or sr.f(y) & _AR_NOT_MET for y in range(x, w)):
        return None  # (nor "القمة الثلاثية المقبلة": a planned one)
    return w


def _held_ar(sr: Any, x: int) -> tuple[Any, Any, int]:
    """Arabic "عقد A (وB) قمة (ثلاثية) مع C" / "شارك A في قمة ثلاثية مع B وC" at the summit
    noun *x*: (A, C, verb) or Nones."""
    v = next((y for y in range(x - 1, max(sr.lo, x - 14) - 1, -1)
              if sr.f(y) & _AR_HELD_OR_TOOK_PART), None)
    if v is not None and sr.f(v) & _AR_TOOK_PART:
        w = _took_part_with(sr, v, x)
    else:
        w = next((y for y in (x + 1, x + 2) if sr.key(y) in ("مع", "ومع")), None)
    if v is None or w is None or any(sr.toks[y].text in ("،", ",", ".") for y in range(v, x)):
        return None, None, -1
    subj = sr.after(v + 1, types=("Person",), maxgap=2)
    obj = sr.after(w + 1, types=("Person",), maxgap=3)
    return subj, obj, v


def _held_verb_before_en(sr: Any, x: int) -> int | None:
    """The "held" of the summit noun at *x*, at most three words before it ("held a summit",
    "held a two-day summit"); a hyphenated compound counts as one word ("held a four-way /
    three-way / closed-door summit", session 69), as the tokenizer splits it at the hyphen."""
    words, y = 0, x - 1
    while y >= sr.lo and words <= 3:
        if sr.key(y) in _EN_HELD:
            return y
        if sr.key(y) == "-" and y - 1 > sr.lo and not sr.toks[y - 1].cap:
            y -= 2  # the first word of the compound ("four" of "four-way") goes with it
            continue
        words += 1
        y -= 1
    return None


def held_summit_en(sr: Any) -> None:
    """"A and B held a summit with C" / "A held a summit with B and C" / "عقد A وB قمة مع C",
    "A, B and C held a (trilateral) summit (in Baghdad)":
    the people of one summit all met (A-B, A-C, B-C); not "will hold", "did not hold", a
    virtual summit, "a summit with C is planned" (no holder before it)."""
    for x in sr.triggers(_AR_SUMMIT, _EN_SUMMIT):
        if summit_between(sr, x):
            continue
        if sr.toks[x].ar:
            subj, obj, v = _held_ar(sr, x)
            if subj is None or obj is None or sr.blocked(v, subj):
                continue
            subjects = [m for m in sr.chain(subj, ("Person",)) if m.hi <= x]
            _pair_people(sr, subjects + sr.chain(obj, ("Person",)))
            continue
        v = _held_verb_before_en(sr, x)
        if v is None or any(sr.key(y) in _EN_REMOTE for y in range(v + 1, x)):
            continue  # ("held a virtual summit with")
        subj = sr.subject_before(v)
        if sr.key(x + 1) != "with":  # "A, B and C held a (trilateral) summit in Baghdad":
            subjects = [m for m in list_ending(sr, subj.hi) if m.etype == "Person"] \
                if subj is not None and subj.etype == "Person" and subj.hi == v else []
            if len(subjects) >= 2 and not sr.blocked(v, subj):  # the list met (session 54)
                _pair_people(sr, subjects)
            continue
        obj = sr.after(x + 2, types=("Person",), maxgap=4)
        if subj is None or obj is None or subj.etype != "Person" or sr.blocked(v, subj) or any(
                (sr.toks[y].punct and sr.key(y) not in ("-", "'")) or
                not (sr.toks[y].cap or sr.toks[y].punct or sr.key(y) in ("the", "his", "'s"))
                for y in range(x + 2, title_start(obj))):
            continue  # (not "held a summit with Gulf rulers after Y left")
        subjects = [m for m in list_ending(sr, subj.hi) if m.etype == "Person"] or [subj]
        _pair_people(sr, subjects + sr.chain(obj, ("Person",)))


_AR_SIDES_ADJ = _AR_THREE | _AR_FOUR | L._ar("ثنائية", "الثنائية", "مصغرة", "المصغرة")
_AR_BETWEEN = L._ar("بين")
_AR_FUTURE_HELD = L._ar("ستعقد", "وستعقد", "ستنعقد", "تعقد", "يعقد", "ستجمع", "تجمع",
                        # put off or called off: "أرجئت القمة الثلاثية بين"
                        "أرجئت", "ارجئت", "أرجئ", "ارجئ", "ألغيت", "الغيت", "ألغي", "تأجلت",
                        "أجلت", "تأجيل", "إرجاء", "ارجاء", "إلغاء", "الغاء")


_EN_UNHELD_AFTER = frozenset({"not", "never", "postponed", "cancelled", "canceled", "delayed",
                              "expected", "scheduled", "planned", "due", "will", "would",
                              "could", "may", "might", "announced", "proposed", "called"})


def summit_between(sr: Any, x: int) -> bool:
    """"A (trilateral) summit between A, B and C was held", "عقدت (في بغداد) القمة الثلاثية
    بين A وB وC" at the summit noun *x* (session 56): every two of the people listed after
    "between" / بين met; not a planned, expected or virtual summit ("a planned summit
    between", "قمة مرتقبة بين", "ستعقد قمة بين", ``SentenceCore.blocked``). True when the
    noun is followed by such a list (read here, met or not)."""
    ar = sr.toks[x].ar
    y = x + 1
    while y < min(sr.hi, x + 3) and (sr.f(y) & _AR_SIDES_ADJ if ar else False):
        y += 1
    if y >= sr.hi or not (sr.f(y) & _AR_BETWEEN if ar else sr.key(y) == "between"):
        return False
    first = sr.after(y + 1, types=("Person",), maxgap=4)
    if first is None:
        return False
    if ar:
        unreal = any(sr.f(z) & _AR_NOT_MET for z in range(x + 1, y)) or any(
            sr.f(z) & _AR_FUTURE_HELD for z in range(max(sr.lo, x - 4), x))
    else:
        unreal = any(sr.key(z) in _EN_NOT_MET or sr.key(z) in _EN_REMOTE
                     for z in range(max(sr.lo, x - 3), x))
    people = [m for m in sr.chain(first) if m.etype == "Person"]
    end = max((m.hi for m in people), default=y)
    if unreal or sr.blocked(x) or any(sr.key(z) in _EN_UNHELD_AFTER
                                      for z in range(end, min(sr.hi, end + 14))):
        return True  # ("... was postponed", "... did not take place", "is expected")
    _pair_people(sr, people)
    return True


_AR_HELD_IT = L._ar("عقده", "عقدها", "عقدوه", "عقدوها", "جمع", "جمعت", "ضم", "ضمت")
_COMMAS = frozenset({"،", ","})
_AR_TO_HOLD_IT = L._ar("يعقده", "يعقدها", "سيعقده", "سيعقدها", "يجمع", "سيجمع", "يضم", "تضم",
                       "سيضم", "ستضم")


def counted_list_met(sr: Any) -> None:
    """"the three presidents, A, B and C" told as a meeting's people (session 64): «إثر اجتماع
    عقده الرؤساء الثلاثة، جوزاف عون ونبيه بري ونواف سلام، في قصر بعبدا»، «واجتمع القادة
    الثلاثة، A وB وC، في أسمرة»، "The three leaders, A, B and C, met in Ankara": every two of
    the list met, when it names as many people as counted; a meeting noun or verb right before
    the count (Arabic), a meeting verb right after the list (English); not planned or negated."""
    for x in sr.triggers(_AR_THE_N, frozenset({"three", "four"})):
        ar = sr.toks[x].ar
        n = 3 if (sr.f(x) & _AR_THREE if ar else sr.key(x) == "three") else 4
        y = x + 1
        if not ar:
            if sr.key(x - 1) != "the":
                continue
            while sr.key(y) in _EN_WHO and y < x + 3:
                y += 1
        if sr.key(y) not in _COMMAS:
            continue
        first = sr.after(y + 1, types=("Person",), maxgap=2)
        if first is None or any(sr.toks[z].punct for z in range(y + 1, title_start(first))):
            continue
        people = sr.people_chain(first)
        if len({m.eid for m in people}) != n:
            continue
        end = people[-1].hi
        if ar:
            held = any(sr.f(z) & (_AR_MET_VERB | _AR_HELD_IT | _AR_NOUN)
                       for z in range(max(sr.lo, x - 4), x))
            v = x
        else:
            v = end + 1 if sr.key(end) in _COMMAS else -1
            v += sr.key(v) in ("later", "then", "also")
            held = v > 0 and sr.key(v) in _EN_MET_VERB
        if not held or sr.blocked(v) or ar and any(
                sr.key(z).startswith(_FUTURE_AR) and sr.f(z) & _AR_MET_VERB or
                sr.f(z) & (_AR_NOT_MET | _AR_FUTURE_HELD | _AR_TO_HOLD_IT)
                for z in range(max(sr.lo, x - 5), x)):
            continue  # ("قبل اجتماع مرتقب يعقده الرؤساء الثلاثة، ...")
        _pair_people(sr, people)


def _pair_people(sr: Any, people: list) -> None:
    """Every two of the people among *people* met (rule "held_summit"), each once."""
    meet_each_other(sr, list(dict.fromkeys(m.eid for m in people if m.etype == "Person")),
                    "held_summit")


def all_sides_met(sr: Any, n_met: int) -> None:
    """Every two people of this sentence's meeting met, when the sentence counts its sides
    and the meeting rules named that many people (module doc)."""
    ar = sr.toks[sr.lo].ar
    if _AR_SUMMIT in sr.present_sets or _EN_SUMMIT in sr.present_sets:
        held_summit_en(sr)  # (before the count: it may add the sentence's first pairs)
    if _AR_THREE | _AR_FOUR in sr.present_sets or _EN_THREE | _EN_FOUR in sr.present_sets:
        counted_list_met(sr)
    if _AR_THREE | _AR_FOUR in sr.present_sets or _EN_THREE | _EN_FOUR in sr.present_sets:
        counted_meeting_before(sr)
    if len(sr.out) <= n_met:
        return
    for x in sr.triggers(_AR_THREE | _AR_FOUR, _EN_THREE | _EN_FOUR):
        n = _sides_ar(sr, x) if ar else _sides_en(sr, x)
        if not n or sr.blocked(x):
            continue
        people: list[str] = []
        for r in sr.out[n_met:]:
            if r.type == "MET_WITH":
                for eid in (r.source, r.target):
                    if eid.startswith("person:") and eid not in people:
                        people.append(eid)
        if len(people) == n:
            for i, a in enumerate(people):
                for b in people[i + 1:]:
                    sr.add("MET_WITH", a, b, "all_sides_met")
        return


_AR_THE_NOUN = L._ar("الاجتماع", "اللقاء", "القمة", "المحادثات", "المباحثات")
_EN_THE_NOUN = frozenset({"meeting", "talks", "summit"})


# past-tense verbs the people of one meeting share: "The four officials discussed a framework"
_EN_JOINT_PAST = frozenset({"discussed", "agreed", "reviewed", "exchanged", "stressed",
                            "signed", "explored", "addressed", "emphasized", "emphasised",
                            "met", "held", "talked", "conferred"})


def _the_n_joint_verb_en(sr: Any, x: int) -> bool:
    """"The three / four (officials | leaders | men) discussed / agreed ..." at the count *x*
    (session 67, residual67b-en): the people of the meeting told just before share one verb."""
    if sr.key(x) not in ("three", "four") or sr.key(x - 1) != "the":
        return False
    y = x + 1
    while y < x + 3 and sr.key(y) in _EN_WHO:
        y += 1
    if sr.key(y) == "also":
        y += 1
    return sr.key(y) in _EN_JOINT_PAST


def counted_meeting_before(sr: Any) -> None:
    """The meeting of the sentence before, named at this sentence's opening by its count
    (session 65): "استقبل H A وB. وجرى اللقاء الثلاثي مغلقاً"، "H received A and B. The
    trilateral meeting was held behind closed doors": every two of its people met, when the
    sentence before names as many as counted (its attendees, «بحضور Z», are not counted).
    Session 67: also "X met with A, B and C. The four officials discussed a framework ..."."""
    si, out = sr.doc.state.get("met_out", (-9, ()))
    if si != sr.si - 1:
        return
    for x in sr.triggers(_AR_THREE | _AR_FOUR, _EN_THREE | _EN_FOUR):
        if x - sr.lo > 3 or sr.blocked(x):
            continue
        if sr.toks[x].ar:
            if sr.f(x) & _AR_THE_N or sr.key(x - 1) not in _AR_THE_NOUN:
                continue  # «وجرى اللقاء الثلاثي»، «وعُقدت القمة الثلاثية»
            n = 3 if sr.f(x) & _AR_THREE else 4
        else:
            if not (sr.key(x) in ("trilateral", "tripartite", "quadrilateral") and
                    sr.key(x - 1) == "the" and sr.key(x + 1) in _EN_THE_NOUN) and \
                    not _the_n_joint_verb_en(sr, x):
                continue  # "The trilateral meeting ...", "The four officials discussed"
            n = 3 if sr.key(x) in _EN_THREE else 4
        people = list(dict.fromkeys(eid for r in out if r.type == "MET_WITH"
                                    for eid in (r.source, r.target) if eid.startswith("person:")))
        if len(people) == n:
            meet_each_other(sr, people, "all_sides_met")
        return
