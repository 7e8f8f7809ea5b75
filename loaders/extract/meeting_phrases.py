"""MET_WITH: small readers of meeting phrases in feature writing (session 14).

- ``held_before_en``: "X and Y held closed-door talks", "held a two-hour meeting", "held
  three hours of talks": the verb "held" a few modifiers before the meeting noun;
- ``apposed_peer_gap_en``: "X and his Turkish counterpart, Y, met": Y is the second member of
  the list (``SentenceCore.chain``).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.hyphen_modifiers_en import hyphen_modifier_en
from loaders.extract.meeting_noun_sides import add_past_call, whom_he_host
from loaders.extract.meeting_table_ar import sat_at_table_ar
from loaders.extract.rule_common import EMPTY, title_start
from loaders.extract.strike_verb_reach import before_time_phrase


def _close_person(sr: Any, y: int) -> Any:
    """The person named within four words after *y* ("with (President) Y"), no punctuation
    between and not a possessive ("with Y's envoy"), or None."""
    obj = sr.after(y, types=("Person",), maxgap=4)
    if obj is None or obj.poss or any(sr.toks[z].punct for z in range(y, obj.lo)):
        return None
    return obj


_EN_HELD = frozenset({"held", "hold", "holding", "holds", "concluded", "wrapped", "conducted"})
_EN_NOUN_MODIFIERS = frozenset({"a", "an", "closed", "-", "door", "two", "three", "four", "five",
                                "several", "hours", "hour", "of", "long", "lengthy",
                                "marathon", "private", "secret", "direct", "face", "to",
                                "rare", "frank", "day", "more", "than", "separate", "further",
                                "fresh", "new", "unannounced", "informal", "formal",
                                "bilateral", "extensive", "intensive", "tense", "cordial",
                                "up", "days", "round", "rounds", "first", "second", "third",
                                "final", "latest", "another", "official",
                                # "held a session of official talks" (Gulf agencies' wording:
                                # QNA, KUNA; session 68, blind68b)
                                "session", "sessions",
                                # "held six and a half hours of talks", "held nearly ten hours
                                # of talks" (session 72, blind72i)
                                "six", "seven", "eight", "nine", "ten", "half", "nearly",
                                "almost", "about", "some"})


def held_before_en(sr: Any, t: int) -> bool:
    """Is the meeting noun at *t* the object of "held" past a few modifiers ("held talks",
    "held closed-door talks", "held three hours of talks", "held six and a half hours of talks",
    "held a face-to-face meeting")?"""
    hyphen = False  # a hyphenated modifier ("held delegation-level talks"), read since s42
    for y in range(t - 1, max(sr.lo - 1, t - 8), -1):
        ky = sr.key(y)
        if ky in _EN_HELD:
            # ("were due to hold high-level talks"; "were due to hold a round / session of
            # talks": the modal reaches the verb, not the noun past the modifiers, session 68)
            return not ((hyphen or y < t - 1) and sr.blocked(y))
        if sr.mention_at.get(y) is not None:
            return False
        if ky == "and" and sr.key(y + 1) == "a" and sr.key(y + 2) == "half":
            continue  # ("six and a half hours of talks")
        if ky not in _EN_NOUN_MODIFIERS:
            if not hyphen_modifier_en(sr, y):
                return False
            hyphen = True
    return False


_EN_PEER_NOUNS = frozenset({"counterpart", "counterparts", "host", "guest", "deputy", "visitor",
                            "successor", "predecessor", "ally", "rival"})


def apposed_peer_gap_en(gap_keys: list[str]) -> bool:
    """The words between two list members are "and his (Turkish) counterpart ," ("X and his
    Turkish counterpart, Y, held talks")."""
    return len(gap_keys) >= 4 and gap_keys[0] == "and" and \
        gap_keys[1] in ("his", "her", "their") and gap_keys[-1] == "," and \
        gap_keys[-2] in _EN_PEER_NOUNS and all(g in L.NATIONALITY for g in gap_keys[2:-2])


# words that may stand before the title of "and the (Saudi) (special) envoy, Y,"
_EN_APPOSED_TITLE_STOP = frozenset({"who", "whom", "which", "that", "of", "for", "in", "at",
                                    "to", "by", "with", "and", "or", "than", "as"})


def apposed_title_gap_en(gap_keys: list[str]) -> bool:
    """The words between two list members are "and the (Saudi) national security adviser ,"
    ("talks between X and the Saudi national security adviser, Y, ..."): a title of the
    next member in commas (session 57; the caller checks the comma after the name)."""
    if len(gap_keys) < 4 or gap_keys[:2] != ["and", "the"] or gap_keys[-1] != ",":
        return False
    words = gap_keys[2:-1]
    while words and words[0] in L.NATIONALITY:
        words = words[1:]
    if not words or len(words) > 4 or any(
            not w.replace("-", "").isalpha() or w in _EN_APPOSED_TITLE_STOP for w in words):
        return False
    return any(" ".join(words[-k:]) in L.EN_TITLES for k in (1, 2, 3))


def _person_ending_at(sr: Any, hi: int) -> Any:
    """The person mention whose last token is just before *hi*, or None."""
    m = sr.mention_at.get(hi - 1)
    return m if m is not None and m.etype == "Person" and m.hi == hi else None


def paired_noun_meeting_en(sr: Any, nouns: frozenset[str]) -> None:
    """"The Sudani-Erdogan meeting", "Fidan and Lavrov's talks": the two people named
    before the meeting noun met."""
    for t in sr.triggers(EMPTY, nouns):
        b = _person_ending_at(sr, t)
        if b is None:
            continue
        p = title_start(b)
        if sr.key(p - 1) == "-" and not b.poss:
            a = _person_ending_at(sr, p - 1)
        elif sr.key(p - 1) == "and" and b.poss:
            a = _person_ending_at(sr, p - 1)
            if a is not None and (a.poss or sr.key(a.lo - 1) in ("of", "between")):
                a = None
        else:
            continue
        if a is None or a.eid == b.eid or sr.blocked(t, a):
            continue
        sr.add("MET_WITH", a.eid, b.eid, "paired_noun_meeting_en")


EN_PLAYED_HOST = frozenset({"host", "hosts"})


def played_host_en(sr: Any) -> None:
    """"X played host to Y": X met Y (the object list after "to")."""
    for t in sr.triggers(frozenset(), EN_PLAYED_HOST):
        if sr.key(t - 1) not in ("played", "plays", "playing", "play") or sr.key(t + 1) != "to":
            continue
        obj = _close_person(sr, t + 2)
        if obj is None:
            continue
        subj = sr.subject_before(t - 1)
        if subj is None or subj.etype != "Person" or sr.blocked(t - 1, subj):
            continue
        for o in sr.chain(obj, ("Person",)):
            if o.eid != subj.eid:
                sr.add("MET_WITH", subj.eid, o.eid, "played_host_en")


_EN_HOST_VERBS = frozenset({"met", "received", "hosted", "welcomed", "greeted"})
_EN_GUEST_PREMOD = frozenset({"visiting", "distinguished"})


def guest_as_object_en(sr: Any, g: int, guest: str | None) -> bool:
    """"Y received the Iranian visitor" / "The Iraqi guest was received by Y": Y met *guest*
    (the article's latest visitor; the caller reads "the guest met Y"). True when the word
    at *g* was read so."""
    if guest is None:
        return False
    b = g - 1
    while b > sr.lo and (sr.key(b) in L.NATIONALITY or sr.key(b) in _EN_GUEST_PREMOD):
        b -= 1  # over "Iranian", "visiting"
    if sr.key(b) not in ("the", "his", "her", "their"):
        return False
    if sr.key(b - 1) in _EN_HOST_VERBS and sr.key(b - 2) not in ("was", "were", "been", "be"):
        host = sr.subject_before(b - 1)
        v = b - 1
    elif sr.key(g + 1) in ("was", "were") and sr.key(g + 2) in _EN_HOST_VERBS and \
            sr.key(g + 3) == "by":
        host = sr.after(g + 4, types=("Person",), maxgap=6)
        if host is not None and any(sr.toks[y].punct for y in range(g + 4, host.lo)):
            host = None
        v = g + 2
    else:
        return False
    if host is None or host.etype != "Person" or host.eid == guest or sr.blocked(v, host):
        return False
    sr.add("MET_WITH", host.eid, guest, "guest_as_object_en")
    return True


AR_SAT_WITH = L._ar("جلس", "وجلس", "اختلى", "واختلى", "جلسا", "وجلسا")
AR_TO_WITH = L._ar("إلى", "الى", "مع")


def sat_with_ar(sr: Any) -> None:
    """"وجلس X إلى / مع Y ساعتين", "واختلى X بـY في مكتبه": X met Y (the subject right after
    the verb, the partner after إلى / مع / بـ)."""
    for t in sr.triggers(AR_SAT_WITH, frozenset()):
        subj = sr.after(t + 1, types=("Person",), maxgap=3)
        if subj is None or subj.prefix.lstrip("و") or any(
                sr.toks[y].punct for y in range(t + 1, subj.lo)) or \
                sr.key(subj.hi) not in AR_TO_WITH and not sr.key(t).lstrip("و").startswith(
                    "اختل"):
            sat_at_table_ar(sr, t)  # meeting_table_ar.py: "جلس ... إلى الطاولة نفسها مع Y"
            continue
        x = subj.hi
        if sr.key(x) in AR_TO_WITH:
            x += 1
            obj = sr.after(x, types=("Person",), maxgap=3)
            ok = obj is not None and title_start(obj) == x
        else:
            obj = sr.after(x, types=("Person",), maxgap=0)
            ok = obj is not None and sr.has_prep(obj, {"ب"}) and \
                sr.key(t).lstrip("و").startswith("اختل")
        if not ok or obj is None:
            sat_at_table_ar(sr, t)  # "جلس X إلى الطاولة نفسها مع Y"
            continue
        if obj.eid == subj.eid or sr.blocked(t, subj):
            continue
        for o in sr.chain(obj, ("Person",)):
            if o.eid != subj.eid:
                sr.add("MET_WITH", subj.eid, o.eid, "sat_with_ar")


EN_MEALS = frozenset({"lunch", "dinner", "breakfast", "lunched", "dined", "breakfasted",
                      "supper", "lunches", "dines", "banquet", "luncheon", "iftar"})
_EN_MEAL_VERBS = frozenset({"had", "has", "shared", "over", "hosted", "attended", "held", "holds",
                            "gave", "gives", "threw", "offered", "hosts"})
# the host's verbs, whose meal may be given "for Y" / "in honour of Y" (session 58)
_EN_GAVE_MEAL = frozenset({"gave", "gives", "threw", "offered", "hosted", "hosts", "held",
                           "holds"})
_EN_MEAL_MODS = frozenset({"a", "an", "working", "private", "official", "state", "late",
                           "long", "lavish", "iftar", "informal", "closed"})


def meal_with_en(sr: Any) -> None:
    """"X had lunch / dinner with Y", "X lunched / dined with Y", "X and Y had dinner
    (together)": they met."""
    for t in sr.triggers(frozenset(), EN_MEALS):
        k = sr.key(t)
        if k in ("lunched", "dined", "breakfasted", "lunches", "dines"):
            v = t
        else:
            v = t - 1
            while v > sr.lo and sr.key(v) in _EN_MEAL_MODS:
                v -= 1
            if sr.key(v) not in _EN_MEAL_VERBS or sr.key(v) == "over":
                continue
        subj = sr.subject_before(v)
        if subj is None or subj.etype != "Person" or sr.blocked(v, subj):
            continue
        g = t + 2 if sr.key(t + 1) == "with" else None
        if sr.key(v) in _EN_GAVE_MEAL and g is None:
            if sr.key(t + 1) == "for":  # "X gave a dinner for Y" (session 58)
                g = t + 2
            elif sr.key(t + 1) == "in" and sr.key(t + 2) in ("honour", "honor") and \
                    sr.key(t + 3) == "of":  # "X held a banquet in honour of Y"
                g = t + 4
        if g is not None:
            obj = _close_person(sr, g)
            if obj is None or title_start(obj) > t + 2 and any(
                    sr.key(z) in ("before", "after", "while", "when", "as", "until")
                    for z in range(t + 2, obj.lo)):
                continue  # ("lunch with his ministers before Y landed": Y is no guest)
            for o in sr.chain(obj, ("Person",)):
                if o.eid != subj.eid:
                    sr.add("MET_WITH", subj.eid, o.eid, "meal_with_en")
            continue
        if sr.key(v) in ("had", "shared") and subj.hi <= v:
            ch = _joint_subjects(sr, subj)
            for i, a in enumerate(ch):
                for b in ch[i + 1:]:
                    if a.eid != b.eid:
                        sr.add("MET_WITH", a.eid, b.eid, "meal_with_en")


def _joint_subjects(sr: Any, subj: Any) -> list[Any]:
    """"X and Y had dinner", "X and Y shook hands": the people of the list that ends in the
    verb's subject *subj* (at least two), else []."""
    first = next((m for m in sr.args if m.etype == "Person" and m.hi <= subj.hi and
                  subj in sr.chain(m, ("Person",))), None)
    ch = sr.chain(first, ("Person",)) if first is not None else []
    return ch if len(ch) >= 2 and ch[-1] is subj else []


AR_ATE = L._ar("تناول", "وتناول", "تناولا", "وتناولا")
_AR_MEAL_WORDS = L._ar("طعام", "الغداء", "العشاء", "الافطار", "الإفطار", "الفطور", "غداء",
                       "عشاء", "إفطار", "افطار", "مأدبة", "مادبة", "وجبة")


def meal_with_ar(sr: Any) -> None:
    """"وتناول X (طعام) الغداء مع Y": X met Y (the subject right after the verb)."""
    for t in sr.triggers(AR_ATE, frozenset()):
        subj = sr.after(t + 1, types=("Person",), maxgap=3)
        if subj is None or subj.prefix.lstrip("و") or any(
                sr.toks[y].punct for y in range(t + 1, subj.lo)):
            continue
        x = subj.hi
        while x < min(sr.hi, subj.hi + 4) and sr.f(x) & _AR_MEAL_WORDS:
            x += 1
        if x == subj.hi or sr.key(x) != "مع":
            continue
        obj = sr.after(x + 1, types=("Person",), maxgap=3)
        if obj is None or title_start(obj) != x + 1 or \
                obj.eid == subj.eid or sr.blocked(t, subj):
            continue
        for o in sr.chain(obj, ("Person",)):
            if o.eid != subj.eid:
                sr.add("MET_WITH", subj.eid, o.eid, "meal_with_ar")


AR_PAID_VISIT = L._ar("بزيارة", "بزياره")
_AR_DID = L._ar("قام", "وقام", "قامت", "وقامت")
_AR_ALREADY = L._ar("قد", "وقد")
# the kind of visit between "بزيارة" and its host ("بزيارة وداعية / مجاملة لرئيس الوزراء Y")
_AR_VISIT_KINDS = L._ar("وداعية", "وداعيه", "مجاملة", "مجامله", "رسمية", "رسميه", "خاصة",
                        "خاصه", "ودية", "وديه", "تفقدية", "قصيرة", "سريعة", "مفاجئة", "عمل")


def _person_ending_before(sr: Any, y: int) -> Any:
    """The person whose mention ends at *y* (inclusive), else None."""
    m = sr.mention_at.get(y)
    return m if m is not None and m.etype == "Person" and m.hi == y + 1 else None


def _paid_visitor_ar(sr: Any, t: int) -> Any:
    """The visitor of "بزيارة" at *t*: "(و)قام X بزيارة" (the verb before X's title) or
    "X (قد) قام بزيارة" ("وكان باجوا قد قام الأسبوع الماضي بزيارة", session 65); a time
    phrase before "بزيارة" or before "قام" is skipped."""
    b = before_time_phrase(sr, t - 1)
    if sr.toks[b].text in ("،", ","):  # "قام X، اليوم الاثنين، بزيارة"
        c = before_time_phrase(sr, b - 1)
        if c < b - 1 and sr.toks[c].text in ("،", ","):
            b = c - 1
    visitor = _person_ending_before(sr, b)
    if visitor is not None:
        s = title_start(visitor)
        return visitor if s - 1 >= sr.lo and sr.f(s - 1) & _AR_DID else None
    if not sr.f(b) & _AR_DID:
        return None
    c = before_time_phrase(sr, b - 1)
    if sr.f(c) & _AR_ALREADY:
        c = before_time_phrase(sr, c - 1)
    return _person_ending_before(sr, c)


def paid_visit_ar(sr: Any) -> list[tuple[str, str, int]]:
    """(visitor, host, trigger): "وقام X بزيارة (رئيس البرلمان) Y في مكتبه": a visit paid to a
    person is a meeting (a place visited is VISITED, not this). Session 65: the host after
    the kind of visit and "لـ" ("بزيارة وداعية لرئيس الوزراء Y"), the visitor as the
    subject before "قام" (``_paid_visitor_ar``)."""
    out: list[tuple[str, str, int]] = []
    for t in sr.triggers(AR_PAID_VISIT, EMPTY):
        visitor = _paid_visitor_ar(sr, t)
        if visitor is None:
            continue
        y = t + 1
        while y < min(sr.hi, t + 3) and sr.f(y) & _AR_VISIT_KINDS:
            y += 1
        host = sr.after(y, types=("Person",), maxgap=0)
        if host is None or host.eid == visitor.eid or sr.blocked(t, visitor) or \
                host.prefix and not (host.prefix == "ل" or sr.has_prep(host, {"ل"})):
            continue
        if (host.tlo if host.tlo >= 0 else host.lo) != y:
            continue
        out.append((visitor.eid, host.eid, t))
    return out


_EN_WHOM_VERBS = frozenset({"met", "received", "hosted", "welcomed", "greeted",
                            # the progressive and a timeline's present (session 59): "X, whom
                            # Macron was hosting in Paris that day, ...", "X, whom Y receives"
                            "hosting", "receiving", "meeting", "hosts", "receives", "meets",
                            "welcomes"})
_EN_WHOM_AUX = frozenset({"had", "has", "have", "also", "first", "earlier", "already", "just",
                          "briefly", "personally", "then", "later", "was", "were", "is", "been"})


def whom_met_en(sr: Any) -> None:
    """"X, whom Y had received a day earlier, ...": Y met X (the person right before the
    relative pronoun)."""
    for w in sr.triggers(frozenset(), frozenset({"whom"})):
        if sr.key(w - 1) != ",":
            continue
        ante = _person_ending_at(sr, w - 1)
        if ante is None:
            continue
        host = sr.after(w + 1, types=("Person",), maxgap=4)
        he = whom_he_host(sr, w, ante)  # "X praised Y, whom he met in May" (meeting_noun_sides)
        if he is not None:
            host, v = he
        elif host is None or host.poss or any(
                sr.toks[y].punct for y in range(w + 1, host.lo)):
            continue
        else:
            v = host.hi
        while v < sr.hi and sr.key(v) in _EN_WHOM_AUX:
            v += 1
        if sr.key(v) not in _EN_WHOM_VERBS or host.eid == ante.eid or sr.blocked(v, host):
            continue
        add_past_call(sr, w, host.eid, ante.eid, "whom_met_en")


EN_SHOOK = frozenset({"shook", "shakes", "shaking"})


def shook_hands_en(sr: Any) -> None:
    """"X shook hands with Y", "X and Y shook hands": they met."""
    for t in sr.triggers(frozenset(), EN_SHOOK):
        if sr.key(t + 1) != "hands":
            continue
        subj = sr.subject_before(t)
        if subj is None or subj.etype != "Person" or sr.blocked(t, subj):
            continue
        if sr.key(t + 2) == "with":
            obj = _close_person(sr, t + 3)
            if obj is None:
                continue
            members = [subj] + sr.chain(obj, ("Person",))
        else:
            members = _joint_subjects(sr, subj)
            if not members:
                continue
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if a.eid != b.eid and (sr.key(t + 2) != "with" or i == 0):
                    sr.add("MET_WITH", a.eid, b.eid, "shook_hands_en")


AR_SHOOK = L._ar("صافح", "وصافح", "تصافح", "وتصافح")


def shook_hands_ar(sr: Any) -> None:
    """"وصافح X Y" (VSO), "وتصافح X وY": they met."""
    for t in sr.triggers(AR_SHOOK, frozenset()):
        subj = sr.after(t + 1, types=("Person",), maxgap=3)
        if subj is None or subj.prefix.lstrip("و") or any(
                sr.toks[y].punct for y in range(t + 1, subj.lo)) or sr.blocked(t, subj):
            continue
        if sr.key(t).lstrip("و").startswith("تصافح"):
            members = sr.chain(subj, ("Person",))
        else:
            obj = sr.after(subj.hi, types=("Person",), maxgap=0)
            if obj is None or obj.prefix or sr.has_prep(obj, {"ب", "ل"}):
                continue
            members = [subj, obj]
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if a.eid != b.eid:
                    sr.add("MET_WITH", a.eid, b.eid, "shook_hands_ar")


# an audience in the Gulf and Omani protocol (session 54): "حظي / تشرّف X بمقابلة Y",
# "منح Y مقابلة لـX" ("مقابلة" alone is also a press interview: only after these verbs)
AR_AUDIENCE_V = L._ar("حظي", "وحظي", "حظى", "وحظى", "تشرف", "وتشرف", "منح", "ومنح")
_AR_AUDIENCE_N = L._ar("بمقابلة", "بمقابله", "مقابلة", "مقابله")


def audience_ar(sr: Any) -> None:
    """«حظي / تشرّف X بمقابلة Y»: X met Y; «منح Y مقابلة لـX»: Y met X."""
    for t in sr.triggers(AR_AUDIENCE_V, frozenset()):
        granted = sr.key(t).lstrip("و").startswith("من")
        if granted:
            host = sr.after(t + 1, types=("Person",), maxgap=3)
            n = host.hi if host is not None else -1
            while host is not None and n < sr.hi and n - host.hi < 2 and \
                    not sr.f(n) & _AR_AUDIENCE_N:
                n += 1  # (an honorific after the name: «هيثم بن طارق المعظم»)
            if host is None or n >= sr.hi or not sr.f(n) & _AR_AUDIENCE_N:
                continue
            guest = sr.after(n + 1, types=("Person",), maxgap=3)
            if guest is None or not sr.has_prep(guest, {"ل"}):
                continue
        else:
            guest = sr.after(t + 1, types=("Person",), maxgap=3)
            if guest is None or not sr.f(guest.hi) & _AR_AUDIENCE_N:
                continue
            host = sr.after(guest.hi + 1, types=("Person",), maxgap=3)
        if host is None or guest is None or host.eid == guest.eid or \
                any(sr.toks[y].punct for y in range(t + 1, max(host.lo, guest.lo))) or \
                sr.blocked(t, host if granted else guest):
            continue
        sr.add("MET_WITH", host.eid, guest.eid, "audience_ar")
