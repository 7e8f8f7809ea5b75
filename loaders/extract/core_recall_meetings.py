"""MET_WITH recall helpers: attendees, envoys, the meeting of two, hosted events.

Reads "التقى عدداً من قادة الفصائل، بينهم X وY" (``named_members_ar``), "X chaired a meeting
attended by Y and Z" / "ترأس X اجتماعاً حضره Y" (``attended_meeting``; "a meeting of the
<body>, attended by": ``meeting_of_body_en``), "representatives of"
a country (``country_envoys``), "بحث X وY التطورات" (``discussed_pair``), a body inside a title
("قائد فيلق القدس X", ``commander_of``, ``body_in_title_ar``), "X told Y during their meeting"
and "X hosted a dinner for Y" (``hosted_for``).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.meeting_assessment_en import titled_list
from loaders.extract.meeting_held_attended_en import (
    EN_HELD_NOUNS,
    held_attended_pairs,
    held_by_two,
)
from loaders.extract.meeting_of_body_en import meeting_of_body_en
from loaders.extract.rule_common import title_start

_AR_AMONG = L._ar("بينهم", "منهم", "أبرزهم", "ابرزهم", "وبينهم", "ومنهم", "أبرزها", "بينها")


_AR_GROUP_ADJ = L._ar("المسلحة", "الشيعية", "السنية", "الموالية", "الحليفة", "الفلسطينية",
                      "العراقية", "اللبنانية", "السورية", "اليمنية")


def named_members_ar(sr: Any, objs: list) -> list:
    """"التقى عدداً من قادة الفصائل، بينهم X وY" / "من بينهم" / "بمن فيهم": the people
    named stand for the group object (as "militia leaders including X" in English)."""
    if not objs or objs[-1].etype != "Organization":
        return objs
    x = objs[-1].hi
    for _ in range(2):  # "قادة الفصائل العراقية (المسلحة)، بينهم X" (session 52)
        if x < sr.hi and (sr.key(x) in L.NATIONALITY or sr.key(x) in _AR_GROUP_ADJ):
            x += 1
    if x < sr.hi and sr.toks[x].text in ("،", ","):
        x += 1
    if sr.key(x) in ("من", "ومن") and sr.key(x + 1) in ("بينهم", "بينها"):
        x += 1
    elif sr.key(x) in ("بمن", "وبمن") and sr.key(x + 1) in ("فيهم", "فيهن"):
        x += 1
    elif x >= sr.hi or not sr.f(x) & _AR_AMONG:
        return objs  # (an organisation ending the text has no token after it)
    named = sr.after(x + 1, types=("Person",), maxgap=4)
    if named is None:
        return objs
    return objs[:-1] + sr.chain(named, ("Person",))


# "chaired a meeting attended by X and Y" / "ترأس اجتماعاً حضره X وY"
_EN_ATTENDED = frozenset({"attended"})
_AR_ATTENDED = L._ar("حضره", "حضرها", "وحضره", "وحضرها", "شارك", "وشارك", "شاركت")
_EN_CHAIR = frozenset({"chaired", "held", "hosted", "convened", "led", "presided", "called"})
_MEET_NOUNS_ALL = L.AR_MEET_NOUNS | L.EN_MEET_NOUNS
_AR_CHAIR = L._ar("ترأس", "عقد", "عقدت", "استضاف", "استضافت", "دعا", "رأس", "أدار", "ادار")


def attended_meeting(sr: Any) -> list[tuple[str, str]]:
    """(host, attendee) pairs: "X chaired a meeting attended by Y and Z", "ترأس X اجتماعاً
    حضره Y وZ", "عقد X اجتماعاً شارك فيه Y". English (session 31, meeten,
    ``meeting_held_attended_en``): also "X held a consultation attended by", "the two (leaders)
    held a session attended by" (the latest pair hosts) and "X and Y held talks attended by",
    and the attendees of the list met each other."""
    out: list[tuple[str, str]] = []
    for x in sr.triggers(_AR_ATTENDED, _EN_ATTENDED):
        tk = sr.toks[x]
        if tk.ar:
            if not sr.f(x) & _AR_ATTENDED:
                continue
            if sr.key(x).lstrip("و").startswith("شارك") and sr.key(x + 1) not in ("فيه",
                                                                                 "فيها"):
                continue
            start = x + (2 if sr.key(x).lstrip("و").startswith("شارك") else 1)
        else:
            if tk.key not in _EN_ATTENDED or sr.key(x + 1) != "by":
                continue
            start = x + 2
        # the meeting noun right before, and its host before that
        noun = next((y for y in range(x - 1, max(sr.lo, x - 4) - 1, -1)
                     if sr.f(y) & _MEET_NOUNS_ALL or sr.key(y) in EN_HELD_NOUNS), None)
        if noun is None and not tk.ar:  # "chaired a meeting of the <body>(,) attended by"
            noun = meeting_of_body_en(sr, x)
        if noun is None:
            continue
        chair = next((y for y in range(noun - 1, max(sr.lo, noun - 4) - 1, -1)
                      if sr.key(y) in _EN_CHAIR or sr.f(y) & _AR_CHAIR), None)
        if chair is None:
            continue
        host = sr.after(chair + 1, types=("Person", "Organization"), maxgap=0) if \
            sr.toks[chair].ar else None
        if host is None or host.hi > noun:
            host = sr.before(chair, types=("Person",), maxgap=2) or sr._pronoun(chair, 2)
        hosts = [] if tk.ar else held_by_two(sr, chair)
        if host is None and not hosts:
            host = sr.before(chair, types=("Person",), maxgap=12)
        if host is None and not hosts and not tk.ar:  # "X cut short his visit to D and, on
            host = _person_subject(sr, chair)  # 19 January, chaired a meeting" (s65)
        first = sr.after(start, types=("Person", "Organization"), maxgap=4)
        if first is not None and not tk.ar:
            first = _office_apposed_en(sr, first)
        if (host is None and not hosts) or first is None or \
                sr.blocked(noun, host or sr.mention_at.get(chair - 1)):
            continue
        if tk.ar:
            out.extend((host.eid, m.eid) for m in sr.chain(first) if m.eid != host.eid)
            continue
        listed = sr.chain(first)  # (and the people with long titles of their own, session 38:
        listed += [m for m in titled_list(sr, first) if m not in listed]  # "A and Pakistan's
        out.extend(held_attended_pairs(sr, hosts or [host.eid], listed))  # Deputy PM B")
    return out


def _person_subject(sr: Any, v: int) -> Any:
    """The subject of the English verb at *v* when it is a person (else None)."""
    subj = sr.subject_before(v)
    return subj if subj is not None and subj.etype == "Person" and not subj.poss else None


def _office_apposed_en(sr: Any, first: Any) -> Any:
    """The person named in apposition to an office whose words name a body: "attended by the
    Chief of Army Staff, General X, and ..." is X, not the Army Staff (session 65); else
    *first*."""
    if first.etype != "Organization" or sr.key(first.hi) != ",":
        return first
    m = sr.after(first.hi + 1, types=("Person",), maxgap=2)
    if m is None or any(sr.toks[y].punct for y in range(first.hi + 1, m.lo)):
        return first
    return m


_AR_ENVOYS = L._ar("ممثلي", "ممثلين", "وفود", "وفدي", "مبعوثي", "سفراء", "سفيري", "ممثلو")
_EN_ENVOYS = frozenset({"representatives", "envoys", "delegations", "delegates", "ambassadors",
                        "negotiators"})


def country_envoys(sr: Any, m: Any) -> bool:
    """The country mention is governed by "representatives/envoys of" / "ممثلي" (so the
    country takes part in the meeting through them)."""
    b = title_start(m) - 1
    if b < sr.lo:
        return False
    if sr.toks[b].ar:
        return bool(sr.f(b) & _AR_ENVOYS) or (sr.key(b) == "عن" and b > sr.lo and bool(
            sr.f(b - 1) & _AR_ENVOYS))
    if sr.key(b) == "of":
        b -= 1
    return sr.key(b) in _EN_ENVOYS or (sr.key(b) in ("the", "their") and
                                        sr.key(b - 1) in _EN_ENVOYS)


def discussed_pair(sr: Any, t: int) -> list[tuple[str, str]]:
    """"بحث رئيس الوزراء الكاظمي وقائد فيلق القدس قاآني التطورات": a discussion verb whose
    subject is two or more people joined by و (and no partner after مع): they met."""
    first = sr.after(t + 1, types=("Person",), maxgap=6)
    if first is None or sr.has_prep(first, {"ب", "ل", "مع", "في"}):
        return []
    if any(sr.f(y) & L.AR_REL_PRONOUNS for y in range(t + 1, title_start(first))):
        return []  # "وبحث اللقاء، الذي حضره X وY، ...": the meeting's attendees (session 19)
    ch = sr.people_chain(first)
    if len(ch) < 2 or sr.blocked(t, ch[0]):
        return []
    return [(ch[i].eid, ch[j].eid) for i in range(len(ch)) for j in range(i + 1, len(ch))]


def commander_of(sr: Any, m: Any):
    """Arabic: an organisation inside a title phrase stands for the person the title names
    ("قائد قوات التحالف الدولي الجنرال الأميركي X" -> X; also "قائد الحرس الثوري، اللواء X",
    the holder in apposition right after one comma); else *m* itself."""
    if m.etype != "Organization":
        return m
    b = m.lo - 1
    if b >= sr.lo and sr.toks[b].text in _QUOTES:
        b -= 1  # "قائد فصيل «X» Y"
    if not any(sr.f(y) & L.AR_LEADER_NOUNS for y in (b, b - 1) if y >= sr.lo):
        return body_in_title_ar(sr, m)
    p = sr.after(m.hi, types=("Person",), maxgap=6)
    if p is None or p.prefix.startswith("و"):
        return m
    start = title_start(p)
    if start == m.hi + 1 and sr.toks[m.hi].text in ("،", ","):
        return p  # "رئيس هيئة الأركان العامة، اللواء X": the holder in apposition
    if any(sr.toks[y].punct and sr.toks[y].text not in _QUOTES or
           sr.toks[y].key.startswith("و") for y in range(m.hi, start)):
        return m
    return p


_QUOTES = frozenset({"«", "»", '"', "“", "”"})


_AR_DELEG_HEAD = L._ar("وفد", "وفدا", "وفداً", "الوفد", "بوفد", "وفود", "وفودا", "الوفود")
_AR_WHERE = L._ar("في", "فى", "لدى")
# may stand between the body and the name: where the post is, and what kind of post
_AR_POST_WORDS = _AR_WHERE | L._ar("إلى", "الى", "الخاص", "الخاصة", "الدائم", "المقيم")


def body_in_title_ar(sr: Any, m: Any):
    """Arabic: a body inside an untitled role phrase before a name ("ممثلَ حركة حماس في طهران X",
    "بمسؤول السياسة الخارجية في الاتحاد الأوروبي X") stands for the person named right after
    it (only a place phrase may come between); else *m* itself. A role noun must come before
    the body (the body alone as object stays the body), and a delegation is left to the
    delegation rules."""
    lo = m.lo - 1
    toks = sr.toks
    if lo >= sr.lo and sr.f(lo) & _AR_WHERE:
        lo -= 1  # "مسؤول السياسة الخارجية في الاتحاد الأوروبي X"
    if lo < sr.lo or toks[lo].punct:
        return m
    p = sr.after(m.hi, types=("Person",), maxgap=6)
    if p is None or p.prefix.startswith("و") or p.kind != "name":
        return m
    start = p.tlo if m.hi <= p.tlo < p.lo else p.lo
    places = [n for n in sr.args if n.etype in ("Country", "Location") and m.hi <= n.lo < start]
    for y in range(m.hi, start):
        if sr.f(y) & _AR_POST_WORDS or any(n.lo <= y < n.hi for n in places):
            continue
        return m
    # the role phrase: at most 5 plain words since the last name or punctuation
    n = 0
    y = lo
    while y >= sr.lo and n <= 5 and not toks[y].punct and \
            not any(a.lo <= y < a.hi for a in sr.args):
        if sr.f(y) & _AR_DELEG_HEAD:
            return m
        n += 1
        y -= 1
    if y >= sr.lo and any(a.lo <= y < a.hi and a.etype != "Person" for a in sr.ments):
        return m  # "قائد قوة القدس التابعة لحرس الثورة X": the body's own attribute
    return p if 1 <= n <= 5 else m


# "X and Y held their first / second meeting" (session 57)
THEIR_ORDINALS = frozenset({"first", "second", "third", "latest", "last", "long-awaited",
                            "inaugural", "first-ever", "historic", "rare"})
_EN_HELD = frozenset({"held", "had", "concluded", "wrapped"})


def their_meeting(sr: Any, t: int) -> list[tuple[str, str]]:
    """"X told Y during their meeting" / "X and Y, in their talks": the two people named
    before "their meeting" in the clause met. "X and Y held their first meeting": the
    subjects joined by "and" right before the verb (session 57)."""
    their = t - 1 if sr.key(t - 1) == "their" else t - 2
    if sr.key(their - 1) in _EN_HELD:
        return _held_their_meeting(sr, their - 1)
    if their != t - 1 or sr.key(t - 2) not in ("during", "in", "at", "after", "before",
                                               "following"):
        return []
    ppl = [m for m in sr.args if m.hi <= t - 2 and m.etype == "Person" and not m.poss and
           t - 2 - m.hi <= 12]
    if len(ppl) < 2 or any(sr.toks[y].text in (";", ".") for y in range(ppl[-2].lo, t)):
        return []
    a, b = ppl[-2], ppl[-1]
    if a.eid == b.eid or sr.blocked(t, a) or any(
            sr.f(y) & (L.EN_MODAL | L.EN_NEG) for y in range(a.lo, t)):
        return []  # "X and Y will discuss it in their meeting"
    return [(a.eid, b.eid)]


def _held_their_meeting(sr: Any, v: int) -> list[tuple[str, str]]:
    """"X and Y held their (first) meeting" at the verb *v*: the two people joined by "and"
    right before it (a possessive country before either: "Iraq's X and Syria's Y"), else
    []."""
    b = sr.mention_at.get(v - 1)
    if b is None or b.etype != "Person" or b.poss or b.hi != v:
        return []
    x = title_start(b) - 1
    if x > sr.lo and sr.toks[x].poss and sr.mention_at.get(x) is not None:
        x = sr.mention_at[x].lo - 1  # "and Syria's Y"
    if sr.key(x) != "and":
        return []
    a = sr.mention_at.get(x - 1)
    if a is None or a.etype != "Person" or a.poss or a.eid == b.eid or sr.blocked(v, a):
        return []
    return [(a.eid, b.eid)]


_EN_HOSTED_EVENTS = frozenset({"dinner", "lunch", "luncheon", "banquet", "reception",
                               "breakfast", "iftar", "meeting", "gathering", "summit"})


def hosted_for(sr: Any, t: int) -> list[tuple[str, str]]:
    """"X hosted a dinner / an iftar / a meeting for Y and Z" / "a banquet in honour of Y":
    X met them."""
    x = t + 2
    while x < sr.hi and sr.key(x) in L.EN_QUALIFIERS | {"private", "working", "closed",
                                                          "state", "official", "rare"}:
        x += 1
    if sr.key(x) not in _EN_HOSTED_EVENTS:
        return []
    if sr.key(x + 1) in ("for", "with"):
        g = x + 2
    elif sr.key(x + 1) == "in" and sr.key(x + 2) in ("honour", "honor") and \
            sr.key(x + 3) == "of":
        g = x + 4  # "hosted a dinner in honour of Y"
    else:
        return []
    host = sr.subject_before(t)
    guest = sr.after(g, types=("Person", "Organization"), maxgap=3)
    if host is None or guest is None or host.etype != "Person" or sr.blocked(t, host):
        return []
    return [(host.eid, g.eid) for g in sr.chain(guest) if g.eid != host.eid]
