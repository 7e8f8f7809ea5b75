"""SUCCESSOR_OF, Arabic: a definite description opening the sentence as the subject of a
"خلفاً لـY" clause stands for the previous sentence's subject (session 39).

"أعلنت واشنطن مقتل X ... . وكان الطبيب المصري قد تولى قيادة التنظيم عام 2011 خلفاً لـY",
"وكان هنية قد وصل إلى طهران ... . ويرأس الشهيد المكتب السياسي منذ 2017 خلفاً لـY": the writer
names the article's man again by what he is (الطبيب المصري، الشهيد، الدبلوماسي المخضرم), not
by his name, and no person is named before the cue, so the rule found no successor. Two
shapes only, both with the description as the sentence's subject:

* "(و)كان(ت) ال<noun> (ال<adjective>)* (، <relative clause>،) قد <verb> ... خلفاً لـY";
* "(و)<verb of leading or taking> ال<noun> ... خلفاً لـY";

where the noun is a dead qualifier (الشهيد، الراحل ...) or the first word of a title or an
occupation (الطبيب، الدبلوماسي، القيادي: a person, not a body such as الحكومة or الحزب).

The description's first word must be no mention of a body, place or country ("وكانت الحكومة
قد تولت السلطة خلفاً لحكومة Y" is no person), and no person may be named between it and
the cue.
The person is the one of the previous sentence the article is about (named most often so
far, ``coref_offices.most_salient``; "وكان هنية قد وصل ... والتقى خامنئي"), never the
predecessor.
Called from ``succession_rules_ar`` (the "خلفاً لـ" branch) when no successor was found.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.coref_offices import most_salient
from loaders.extract.coref_peers import AR_DEAD_QUALS

_AR_QAD = L._ar("قد")
# verbs of leading or taking a post, opening a VSO clause ("ويرأس الشهيد المكتب ...")
_AR_LEAD_TAKE = L._ar("يرأس", "ويرأس", "ترأس", "وترأس", "يقود", "ويقود", "قاد", "وقاد",
                      "تولى", "وتولى", "يتولى", "ويتولى", "تسلم", "وتسلم", "يتزعم", "ويتزعم")
_DEAD = frozenset(L.fold_ar(w) for w in AR_DEAD_QUALS)
_MAX_DESC = 4  # words of the description (noun and adjectives)


def _is_definite(key: str) -> bool:
    return key.startswith("ال") and len(key) > 3


def _person_noun(sr: Any, x: int) -> bool:
    """Is the word at *x* a dead qualifier or the first word of a title or occupation
    (الشهيد، القيادي، الدبلوماسي، الطبيب: ``lexicon.AR_TITLE_FIRST``)?"""
    k = sr.key(x)
    return _is_definite(k) and (k in _DEAD or k in L.AR_TITLE_FIRST or
                                bool(sr.f(x) & L.AR_TITLE_FIRST))


def _description_end(sr: Any, x: int) -> int | None:
    """The end of "ال<noun> (ال<adj>)*" starting at *x* (None when *x* opens no such run
    or a mention of something other than a person lies on it)."""
    if not _person_noun(sr, x):
        return None  # "وكانت الحكومة / وكان الحزب قد ...": a body
    y = x
    while y < sr.hi and y - x < _MAX_DESC and _is_definite(sr.key(y)):
        m = sr.mention_at.get(y)
        if m is not None and m.etype != "Person":
            return None  # "وكانت الحكومة": a body
        y += 1
    return y if y > x else None


def _kana_description(sr: Any, t: int) -> int | None:
    """"(و)كان ال<desc> (، ...،) قد ..." before *t*: the end of the description, else None."""
    x = sr.lo
    if not sr.f(x) & L.AR_KANA:
        return None
    end = _description_end(sr, x + 1)
    if end is None:
        return None
    y = end
    if sr.toks[y].text in ("،", ","):  # "، الذي شغل ... ،": the relative clause
        close = next((z for z in range(y + 1, min(t, y + 30)) if sr.toks[z].text in ("،", ",")),
                     None)
        if close is None:
            return None
        y = close + 1
    return end if y < t and sr.f(y) & _AR_QAD else None


def _verb_description(sr: Any) -> int | None:
    """"(و)<lead / take verb> ال<desc>": the end of the description, else None."""
    x = sr.lo
    if not sr.f(x) & _AR_LEAD_TAKE:
        return None
    k = sr.key(x + 1)
    if not _is_definite(k):
        return None
    m = sr.mention_at.get(x + 1)
    if m is not None and m.etype != "Person":
        return None
    return x + 2 if _person_noun(sr, x + 1) else None


def described_subject_ar(sr: Any, t: int, old: Any) -> Any:
    """The person a sentence-opening description stands for when it is the subject of the
    "خلفاً لـ" cue at *t* (see the module docstring); None otherwise."""
    if old is None or sr.si < 1:
        return None
    end = _kana_description(sr, t) or _verb_description(sr)
    if end is None:
        return None
    if any(m.etype == "Person" and m.kind == "name" and m.lo < t for m in sr.args):
        return None  # a person named before the cue: the other rules' reading
    prev = [m for m in sr.doc.by_sent.get(sr.si - 1, ()) if m.etype == "Person" and
            m.kind == "name" and not m.in_title and m.eid != old.eid]
    if not prev:
        return None
    eid = most_salient(sr.doc, [m.eid for m in reversed(prev)], t)
    return next(m for m in reversed(prev) if m.eid == eid)
