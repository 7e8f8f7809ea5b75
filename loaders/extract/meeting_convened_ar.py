"""MET_WITH (Arabic, session 33): a meeting one person convened, attended by a list.

"عقد X (قبل الغارات) اجتماعاً أمنياً بحضور A وB وC" / "وترأس X اجتماعاً طارئاً، بحضور A وB" /
"أجرى X تقييماً للوضع بمشاركة A وB": the convener (or conveners) told between the holding
verb and the meeting noun (session 70: else opening the sentence before it, «وكان X قد ترأس
جلسة ... بمشاركة A وB») met every attendee, and the attendees met each other (the
annotation brief: who attended met every participant). The attendee rules
(``meeting_attended_ar``) read "بحضور Z" only after a meeting of two; here the meeting has one
side. Not read: a partner after the noun ("عقد X اجتماعاً مع Y بحضور Z": other rules), no
named person between the verb and the noun ("عقد الجانبان"), a negated or planned verb.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.plural_refs import GROUP_PREFIX
from loaders.extract.rule_common import EMPTY, title_start

AR_ATTENDED_BY = L.AR_IN_PRESENCE
_HOLD = L._ar("عقد", "وعقد", "عقدت", "وعقدت", "أجرى", "وأجرى", "أجرت", "وأجرت", "ترأس",
              "وترأس", "ترأست", "وترأست")
_NOUNS = L.AR_MEET_NOUNS | L._ar("تقييما", "تقييماً", "جلسة", "اجتماعاً")
_ENDS = (".", "؛", ";", "!", "؟", "?", ":")
_WITH = L._ar("مع", "معه", "معها", "معهما", "معهم", "بين")
_NOUN_REACH = 8   # words from the noun (and its adjectives, a comma) to "بحضور"
_TITLE_GAP = 7    # words of a list member's title
_VERB_REACH = 12  # words from the holding verb to the noun
_IN = L._ar("في", "وفي")  # the opening of a place phrase after the noun (session 66)
_PLACE_REACH = 12  # words of such a place phrase
register_triggers(AR_ATTENDED_BY, EMPTY)


def _noun_before(sr: Any, p: int) -> int | None:
    """The meeting noun before the cue at *p*, with no person, "مع" or clause end between.
    The words of up to two place phrases after the noun ("في مدينة العلمين الجديدة بجمهورية
    مصر العربية،"، "في مقر القيادة ... في المنطقة الخضراء ببغداد،") are not counted in the
    reach (session 66)."""
    x = p - 1
    for _ in range(3):
        noun, stop = _noun_back(sr, x, _NOUN_REACH)
        if noun is not None or stop:
            return noun
        place = _place_back(sr, x)
        if place is None:
            return None
        x = place - 1
    return None


def _blocks(sr: Any, x: int) -> bool:
    """Is token *x* a clause end, "مع" or a person's word?"""
    return sr.toks[x].text in _ENDS or bool(sr.f(x) & _WITH) or any(
        a.lo <= x < a.hi and a.etype == "Person" for a in sr.args)


def _noun_back(sr: Any, x: int, reach: int) -> tuple[int | None, bool]:
    """(the meeting noun within *reach* words back from *x*, whether a blocking word came
    first)."""
    for y in range(x, max(sr.lo, x - reach + 1) - 1, -1):
        if _blocks(sr, y):
            return None, True
        if sr.f(y) & _NOUNS:
            return y, False
    return None, False


def _place_back(sr: Any, x: int) -> int | None:
    """The "في" opening the place phrase that ends at *x* (at most ``_PLACE_REACH`` words, no
    blocking word); None when there is none."""
    for y in range(x, max(sr.lo, x - _PLACE_REACH) - 1, -1):
        if _blocks(sr, y):
            return None
        if sr.key(y) in _IN:
            return y
    return None


def _verb_before(sr: Any, n: int, reach: int = _VERB_REACH, commas: bool = False) -> int | None:
    """The holding verb before the noun at *n*, no comma or clause end between (with
    *commas*, as ``meeting_convened_aside_ar`` reads: commas allowed, no partner word
    "مع"/"بين" between)."""
    for x in range(n - 1, max(sr.lo, n - reach) - 1, -1):
        t = sr.toks[x].text
        if t in _ENDS or (t in ("،", ",") if not commas else sr.f(x) & _WITH):
            return None
        if sr.f(x) & _HOLD:
            return x
    return None


def titled_more_ar(sr: Any, first: Any) -> list[Any]:
    """The people listed from *first*: each next one after a و-word opening his title
    ("وقائد القوة الجوية الفريق الركن Y"), at most ``_TITLE_GAP`` words, no punctuation and
    no other person between. Session 67: also after a comma before that و-word, when the
    و-word opens the next person's title or name («بحضور رئيس الجمهورية A، ورئيس مجلس
    النواب B، ورئيس تحالف الفتح C»: ``_comma_next``)."""
    out = [first]
    while True:
        n = out[-1].hi
        m = _comma_next(sr, n)
        if m is None:
            if n >= sr.hi or not sr.toks[n].key.startswith("و"):
                return out
            m = next((a for a in sr.args if a.lo >= n and a.etype == "Person"), None)
            if m is None or m.lo - n > _TITLE_GAP or any(sr.toks[x].punct for x in range(n, m.lo)):
                return out
        out.append(m)


def _comma_next(sr: Any, n: int) -> Any:
    """The person whose title (else name) opens with the و-word right after a comma at *n*
    («، ووزير الخارجية Y»), else None."""
    if n + 1 >= sr.hi or sr.toks[n].text not in ("،", ",") or not sr.toks[n + 1].key.startswith("و"):
        return None
    return next((a for a in sr.args if a.etype == "Person" and a.lo > n and title_start(a) == n + 1), None)


_QAD = L._ar("قد", "وقد")


def _subject_before_ar(sr: Any, v: int) -> list[Any]:
    """The convener named before the holding verb at *v* (session 70): «وكان X قد ترأس
    جلسة ... بمشاركة A» / «X ترأس اجتماعاً بحضور A» opening the sentence; [] otherwise."""
    y = v - 1 if sr.f(v - 1) & _QAD else v
    m = next((a for a in sr.args if a.etype == "Person" and a.hi == y and a.kind == "name"
              and not a.eid.startswith(GROUP_PREFIX)), None)
    if m is None:
        return []
    s = title_start(m)
    return [m] if s == sr.lo or s - 1 == sr.lo and sr.f(s - 1) & L.AR_KANA else []


def convened_attended_ar(sr: Any) -> None:
    """Pair the convener(s) and the attendees of one meeting (module doc)."""
    for p in sr.triggers(AR_ATTENDED_BY, EMPTY):
        n = _noun_before(sr, p)
        v = _verb_before(sr, n) if n is not None else None
        if v is None:
            continue
        hosts = [m for m in sr.args if m.etype == "Person" and v < title_start(m) and
                 m.hi <= n and not m.in_title and not m.eid.startswith(GROUP_PREFIX)]
        if not hosts:
            hosts = _subject_before_ar(sr, v)
        first = next((m for m in sr.args if m.etype == "Person" and m.lo > p and
                      title_start(m) - p <= 6), None)  # (not ``sr.after``: it skips attendees)
        if not hosts or first is None or any(sr.toks[x].punct for x in range(p + 1, first.lo)):
            continue
        if sr.blocked(v, hosts[0]) or sr.hypothetical(v):
            continue
        people = hosts + [m for m in titled_more_ar(sr, first) if m.eid not in {h.eid for h in hosts}]
        for i, a in enumerate(people):
            for b in people[i + 1:]:
                sr.add("MET_WITH", a.eid, b.eid, "convened_attended_ar")
