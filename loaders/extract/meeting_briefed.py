"""MET_WITH: a briefing given in person, both languages.

- English: "X listened to / received / heard / was given a briefing from / by Y": X met Y
  (the person right before the verb, or after "and" the sentence's subject). The passive
  "X was briefed by Y" is session 18's ``meeting_briefed_en``.
- Arabic: "استمع X (، وبرفقته Z،) من Y إلى شرح / إيجاز / عرض ..." and "استمع X إلى شرح / إيجاز
  من Y", "اطّلع X من Y على ...": X met Y (the subject named right after the verb, past an
  aside set off by commas).

Not by phone or video ("briefed by phone", "في اتصال هاتفي"), not negated or planned, not a
body or a crowd ("briefed by European diplomats": nobody named).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.meeting_noun_sides import main_subject_en
from loaders.extract.rule_common import title_start

EN_BRIEF = frozenset({"briefing"})  # ("was briefed by Y": meeting_briefed_en)
AR_BRIEF = L._ar("استمع", "واستمع", "استمعت", "واستمعت", "اطلع", "واطلع", "اطلعت", "واطلعت")
register_triggers(AR_BRIEF, EN_BRIEF)

_EN_AUX = frozenset({"was", "were", "been", "being"})
_EN_HEARD = frozenset({"listened", "received", "heard", "given", "got", "attended"})
_EN_REMOTE = frozenset({"phone", "telephone", "video", "videoconference", "call", "letter",
                        "email", "virtually", "remotely", "teleconference"})
_AR_ACCOUNT = L._ar("شرح", "شرحا", "شرحاً", "إيجاز", "ايجاز", "إيجازا", "إيجازاً", "عرض", "عرضا",
                    "عرضاً", "تقرير", "تقريرا", "تقريراً", "إحاطة", "احاطة")
_AR_TO_ON = L._ar("إلى", "الى", "على")
_AR_FROM = L._ar("من")
_AR_REMOTE = L._ar("هاتفي", "هاتفيا", "هاتفياً", "الهاتف", "اتصال", "اتصالا", "اتصالاً", "مرئي",
                   "الفيديو", "فيديو", "المرئي", "افتراضي")
_REACH = 14


def _remote(sr: Any, a: int, b: int, words: frozenset[str]) -> bool:
    """A phone, video or letter word between tokens a and b (or the four after b)."""
    return any(sr.f(x) & words if sr.toks[x].ar else sr.key(x) in words
               for x in range(a, min(sr.hi, b + 4)))


def _person_from(sr: Any, k: int) -> Any:
    """The person whose title or name starts at token *k* (past a body in the title: "رئيس
    مؤسسة موانئ البحر الأحمر Y"), else None."""
    m = sr.after(k, types=("Person",), maxgap=8)
    if m is None or any(sr.toks[z].punct for z in range(k, m.lo)) or (
            title_start(m) != k and any(o.etype == "Person" and k <= o.lo < m.lo
                                        for o in sr.args)):
        return None
    return m


def _briefed_en(sr: Any, t: int) -> None:
    """"X listened to / received / heard / was given a briefing from / by Y" at *t*."""
    if sr.key(t + 1) not in ("from", "by"):
        return
    v = t - 1 - (sr.key(t - 1) in ("a", "the", "detailed", "security", "military", "brief"))
    v -= sr.key(v) in ("a", "to")
    if sr.key(v) not in _EN_HEARD:
        return
    y = next((m for m in sr.args if m.etype == "Person" and m.lo >= t + 2 and
              title_start(m) == t + 2), None)  # (the name or its title right after "from")
    if y is None or _remote(sr, v, y.hi, _EN_REMOTE) or sr.blocked(t):
        return
    v -= sr.key(v - 1) in _EN_AUX
    x = sr.before(v, types=("Person",), maxgap=1)
    if x is not None and any(sr.toks[z].punct for z in range(x.hi, v)):
        x = None
    if x is None and sr.key(v - 1) == "and":  # "X met A, and received a briefing from Y"
        x = main_subject_en(sr, v - 1, exclude=y.eid)
    if x is not None and x.eid != y.eid and not x.poss:
        sr.add("MET_WITH", x.eid, y.eid, "briefing_from_en")


def _subject_after_ar(sr: Any, t: int) -> tuple[Any, int]:
    """(the person named right after the verb at *t*, the token after it and after an aside
    "، وبرفقته Z،") or (None, -1)."""
    x = sr.after(t + 1, types=("Person",), maxgap=3)
    if x is None or x.prefix or any(sr.toks[z].punct for z in range(t + 1, title_start(x))):
        return None, -1
    e = x.hi
    if sr.toks[e].text in ("،", ",") if e < sr.hi else False:
        close = next((z for z in range(e + 1, min(sr.hi, e + _REACH))
                      if sr.toks[z].text in ("،", ",", ".")), None)
        if close is None or sr.toks[close].text == ".":
            return None, -1
        e = close + 1
    return x, e


def _briefed_ar(sr: Any, t: int) -> None:
    x, e = _subject_after_ar(sr, t)
    if x is None or e >= sr.hi:
        return
    y = None
    if sr.f(e) & _AR_FROM:  # "استمع X من Y إلى شرح"
        y = _person_from(sr, e + 1)
        if y is None or not any(sr.f(z) & _AR_TO_ON for z in range(y.hi, min(sr.hi, y.hi + 3))):
            return
        if sr.f(t) & L._ar("استمع", "واستمع", "استمعت", "واستمعت") and not any(
                sr.f(z) & _AR_ACCOUNT for z in range(y.hi, min(sr.hi, y.hi + 4))):
            return  # ("استمع X من Y إلى أغنية": no account)
    elif sr.f(e) & _AR_TO_ON and sr.f(e + 1) & _AR_ACCOUNT:  # "استمع X إلى شرح من Y"
        z = next((w for w in range(e + 2, min(sr.hi, e + 6)) if sr.f(w) & _AR_FROM), None)
        if z is not None:
            y = _person_from(sr, z + 1)
    if y is None or y.eid == x.eid or _remote(sr, t, y.hi, _AR_REMOTE) or sr.blocked(t, x):
        return
    sr.add("MET_WITH", x.eid, y.eid, "briefed_by_ar")


def briefed_by(sr: Any) -> None:
    """Add the pairs of the briefings of this sentence (module doc)."""
    for t in sr.triggers(AR_BRIEF, EN_BRIEF):
        if sr.toks[t].ar:
            _briefed_ar(sr, t)
        else:
            _briefed_en(sr, t)
