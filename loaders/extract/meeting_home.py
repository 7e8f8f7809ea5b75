"""MET_WITH (session 27, meet27): a meeting held at one person's home is one meeting, and the
owner of the home takes part in it.

- "Ghaani met A and B at A's home" / "at the latter's home" / "قاآني اجتمع بـA وB في منزل
  الأخير (الأول)" / "اجتمع X في منزل A بكلٍّ من A وB وC": everyone this sentence's meeting
  rules paired met each other (A-B; the annotation brief pairs every two participants of one
  meeting, and a home is one room, not a tour of offices);
- "X met A in the home of B" / "احتضن منزل B اجتماعاً ضمّ A وC" / "عقد القادة اجتماعاً في منزل B،
  حضره A وC": the owner B met every participant too.

Read only when a meeting word (verb or noun) stands before the home word in its clause and a
meeting of this sentence was read (the meeting rules first); the home after "في / at / in / بـ"
or as the subject of a hosting verb ("احتضن / استضاف منزل B"). Not "زار منزل الشهيد X" (the
visited home of a dead man, no "في"), nor "the late X's home"; not a planned or negated
meeting (its pairs are not read in the first place).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import title_start

AR_HOME = L._ar("منزل", "بمنزل", "بيت", "ببيت", "دارة", "بدارة", "مقر", "بمقر")
EN_HOME = frozenset({"home", "house", "residence", "villa", "farmhouse"})
register_triggers(AR_HOME, EN_HOME)

_AR_RESIDENCE = L._ar("اقامة", "إقامة", "سكن")  # "مقر إقامة X", not "مقر الحزب", "إقامته"
_AR_THE_ONE = L._ar("الاخير", "الأخير", "الأول", "الاول", "الثاني")
_AR_HOST_VERB = L._ar("احتضن", "احتضنت", "استضاف", "استضافت", "شهد", "شهدت")
_AR_DEAD = L._ar("الشهيد", "الراحل", "الفقيد", "المغدور")
_EN_LATTER = frozenset({"latter", "former"})
_EN_DEAD = frozenset({"late", "slain", "assassinated", "martyred"})
_EN_PREP = frozenset({"at", "in", "inside", "to"})
_AR_MEETING = L.AR_MEET | L.AR_MEET_NOUNS | L._ar(
    "اجتماعاً", "لقاءً", "عقد", "عقدوا", "عقدا", "قمة", "مأدبة", "عشاء", "غداء", "جمع", "ضم")
_EN_MEETING = L.EN_MEET | L.EN_MEET_NOUNS | frozenset({"dinner", "lunch", "gathering"})
_STOPS = frozenset({".", ";", "؛", ":"})
# a second clause between the meeting word and the home: "كما زاره في مقر إقامة ..."
_CLAUSE = L._ar("كما", "ثم", "قبل", "بعد") | frozenset({"then", "before", "after", "later"})


def _meeting_before(sr: Any, k: int, ar: bool) -> bool:
    """A meeting word within 30 tokens before the home word at *k*, in its clause."""
    for x in range(k - 1, max(sr.lo, k - 30) - 1, -1):
        if sr.toks[x].text in _STOPS or sr.key(x) in _CLAUSE:
            return False
        if (sr.f(x) & _AR_MEETING) if ar else sr.key(x) in _EN_MEETING:
            return True
    return False


_AR_VERBS = L._ar("التقى", "التقت", "اجتمع", "اجتمعت", "استقبل", "استقبلت", "التقاه", "استقبله",
                  "والتقى", "واجتمع", "واستقبل", "زار", "وزار", "زاره", "وزاره")
_EN_VERBS = frozenset({"met", "received", "hosted", "visited", "welcomed"})


def _is_verb(sr: Any, x: int) -> bool:
    """A past meeting verb at *x* (not a noun)."""
    return bool(sr.f(x) & _AR_VERBS) if sr.toks[x].ar else sr.key(x) in _EN_VERBS


def _verbs(sr: Any, lo: int, hi: int) -> int:
    """How many past meeting verbs stand in [lo, hi)."""
    return sum(1 for x in range(lo, hi) if _is_verb(sr, x))


_AR_AND_MEETING = L._ar("واجتماع", "واجتماعا", "ولقاء", "ولقاءا", "وعقد", "وعقدا", "ومحادثات",
                       "ومباحثات")


def _second_meeting(sr: Any, k: int, ar: bool) -> bool:
    """Is the home word at *k* that of a second meeting joined by "and" after another one of
    the sentence ("لقاء مع X واجتماع بقادة الفصائل في منزل B", "التقى X Y، وعقد اجتماعاً مع
    القادة في منزل B", "met X, and a meeting with A at B's home"; session 64)? Then whom the
    first meeting paired did not sit at the home."""
    for x in range(k - 1, sr.lo, -1):
        if ar and not sr.f(x) & _AR_MEETING:
            continue
        if not ar and sr.key(x) not in _EN_MEETING and sr.key(x) != "held":
            continue
        j = next((y for y in range(x, max(sr.lo, x - 3) - 1, -1)
                  if (sr.f(y) & _AR_AND_MEETING if ar else sr.key(y) == "and")), None)
        return j is not None and any((sr.f(y) & _AR_MEETING) if ar else sr.key(y) in _EN_MEETING
                                     for y in range(sr.lo, j))
    return False


def _meeting_after(sr: Any, k: int) -> bool:
    """"احتضن منزل B (في بغداد، مساء الاثنين،) اجتماعاً": a meeting noun within 12 tokens."""
    return any(sr.f(x) & L.AR_MEET_NOUNS for x in range(k + 1, min(sr.hi, k + 13)))


def _owner_ar(sr: Any, k: int) -> tuple[bool, Any]:
    """(a home of one meeting, its owner mention or None) for the Arabic home word at *k*."""
    key = sr.key(k)
    prev = sr.key(k - 1)
    if key.lstrip("و").startswith("ب") or prev in ("في", "وفي"):
        pass  # "في منزل B"، "بمنزل B"
    elif sr.f(k - 1) & _AR_HOST_VERB:
        pass  # "احتضن منزل B اجتماعاً"
    else:
        return False, None
    n = k + 1
    if sr.f(k) & L._ar("مقر"):
        if not sr.f(n) & _AR_RESIDENCE:
            return False, None  # "في مقر الحزب": an office, not a home
        n += 1
    if sr.key(n) in _AR_DEAD:
        return False, None
    if sr.key(n) in _AR_THE_ONE:
        return True, None  # "في منزل الأخير": one of those named
    m = next((a for a in sr.args if a.etype == "Person" and title_start(a) == n), None)
    if m is None:
        return False, None
    if m.tlo >= 0 and any(sr.key(x) in _AR_DEAD for x in range(title_start(m), m.lo)):
        return False, None
    return True, m


def _owner_en(sr: Any, k: int) -> tuple[bool, Any]:
    """(a home of one meeting, its owner mention or None) for the English home word at *k*:
    "at A's home", "at the latter's home", "at the home of A"."""
    prev = k - 1
    if sr.toks[prev].text.endswith(("'s", "’s")):
        if sr.key(prev) in _EN_LATTER:
            return sr.key(prev - 2) in _EN_PREP or sr.key(prev - 1) in _EN_PREP, None
        m = sr.mention_at.get(prev)
        if m is None or m.etype != "Person":
            return False, None
        s = title_start(m)
        if sr.key(s - 1) in _EN_DEAD or sr.key(s - 1) not in _EN_PREP | {"the"}:
            return False, None
        return True, m
    if sr.key(k - 1) == "the" and sr.key(k - 2) in _EN_PREP and sr.key(k + 1) == "of":
        if sr.key(k + 2) in _EN_DEAD:
            return False, None
        m = next((a for a in sr.args if a.etype == "Person" and title_start(a) == k + 2), None)
        return m is not None, m
    return False, None


def home_meeting(sr: Any, n_met: int) -> None:
    """Pair every two participants of a meeting held at one person's home (module doc)."""
    for k in sr.triggers(AR_HOME, EN_HOME):
        ar = sr.toks[k].ar
        home, owner = _owner_ar(sr, k) if ar else _owner_en(sr, k)
        if not home or not (_meeting_before(sr, k, ar) or (
                ar and sr.f(k - 1) & _AR_HOST_VERB and _meeting_after(sr, k))):
            continue
        if _verbs(sr, sr.lo, k) > 1 or _second_meeting(sr, k, ar):
            continue  # "met A at the ministry, and met B at the latter's home": two meetings
        end = next((x for x in range(k + 1, sr.hi) if _is_verb(sr, x)), sr.hi)
        named = {a.eid for a in sr.args if a.lo < end}
        ids = list(dict.fromkeys(
            e for r in sr.out[n_met:] if r.type == "MET_WITH" for e in (r.source, r.target)
            if e in named))
        if not ids:
            continue
        if owner is not None and owner.eid not in ids:
            ids.append(owner.eid)
        people = [e for e in ids if sr.doc.etype(e) == "Person"]
        if len(people) < 2:
            continue
        for i, a in enumerate(people):
            for b in people[i + 1:]:
                sr.add("MET_WITH", a, b, "home_meeting")
        return
