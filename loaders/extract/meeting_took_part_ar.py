"""MET_WITH (session 36, meetar): an Arabic meeting told as an indefinite noun whose clause
after a comma lists the people who took part: every two of them met.

- "عُقدت في القاهرة الأحد جولة جديدة من المفاوضات، شارك فيها A، وB، وC": the relative clause
  of an indefinite meeting noun has no relative pronoun, its verb "شارك فيها / فيه" or
  "جمعت / ضمّت / جمع / ضمّ" follows the comma, the pronoun (or the verb's gender) agrees with
  the noun;
- "اختُتمت جولة مفاوضات استمرت يومين بشأن ...، جمعت A وB وC": the noun may stand far before
  the comma, with no one named between it and the verb;
- the list goes on past a comma and و and past long titles ("، ورئيس الوزراء وزير الخارجية
  القطري الشيخ Y، ومنسق البيت الأبيض Z"); the convener of the noun ("عقد X جولة ...") took
  part too.

``meeting_comprised_ar`` reads the noun right before the verb and the definite noun after it;
this reads what it leaves: a definite noun ("الجلسة التي شارك فيها": its relative pronoun is
read there), a planned or negated meeting, and a noun with someone named before the verb stay
out. Called from ``relations.py`` with ``comprised_meeting_ar`` (the same cue words).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.meeting_comprised_ar import (
    AR_COMPRISED,
    _any_convener,
    _not_held,
    waw_word,
)
from loaders.extract.rule_common import EMPTY, meet_each_other, title_start

_AR_TOOK_PART = L._ar("شارك", "وشارك")
_AR_IN_HER, _AR_IN_HIM = L._ar("فيها"), L._ar("فيه")
_AR_FEM_VERB, _AR_MASC_VERB = L._ar("جمعت", "ضمت"), L._ar("جمع", "ضم")
# the meeting nouns, feminine (a plural of things agrees as feminine) and masculine
_AR_FEM_NOUNS = L._ar("جولة", "قمة", "جلسة", "محادثات", "مباحثات", "مفاوضات", "اجتماعات",
                      "لقاءات", "مشاورات", "مأدبة", "جلسات", "جولات", "مائدة")
_AR_MASC_NOUNS = L._ar("اجتماع", "لقاء", "اجتماعا", "لقاءا", "اجتماعاً", "لقاءً", "حوار",
                       "مؤتمر", "عشاء", "غداء")
# words that open another clause between the noun and the verb: the noun is not its head
_AR_OTHER_CLAUSE = L._ar("الذي", "التي", "الذين", "حيث", "بينما", "فيما", "ثم", "كما", "وقال",
                         "قال", "وأكد", "أكد", "وأضاف", "لكن", "ولكن", "التقى", "التقت",
                         "اجتمع", "اجتمعت", "استقبل", "استقبلت", "استقبله", "التقاه", "بحث",
                         "ناقش", "زار", "وصل", "غادر")
_STOPS = frozenset({".", "؛", ";", ":", "«", "»", '"', "(", ")"})
_COMMAS = frozenset({"،", ","})


def _meeting_noun(sr: Any, v: int, fem: bool) -> int | None:
    """The indefinite meeting noun of the gender *fem* before the comma before the verb at
    *v*, at most 30 words back: nobody named and no other clause between them; else None."""
    for x in range(v - 2, max(sr.lo, v - 30) - 1, -1):
        tk = sr.toks[x]
        if tk.text in _STOPS:
            return None
        m = sr.mention_at.get(x)
        if m is not None and m.etype in ("Person", "Organization"):
            return None
        if sr.f(x) & _AR_OTHER_CLAUSE:
            return None
        if sr.f(x) & (_AR_FEM_NOUNS if fem else _AR_MASC_NOUNS):
            return x
    return None


_APPOSITION_MAX = 8  # words of a member's apposition between two commas


def _past_apposition(sr: Any, x: int) -> int:
    """After "X،" at *x*: the word after the comma that closes a short apposition of X (no
    person, no clause word, no other mark: "زاهر جبارين، المسؤول عن ملف الضفة الغربية، ونزار
    عوض الله"; session 62), when a و-word follows that comma; else *x*."""
    for y in range(x, min(sr.hi - 1, x + _APPOSITION_MAX + 1)):
        t = sr.toks[y]
        if t.text in _COMMAS:
            return y + 1 if y > x and sr.toks[y + 1].ar and waw_word(sr, y + 1) else x
        if t.punct or not t.ar or sr.f(y) & _AR_OTHER_CLAUSE or (
                (m := sr.mention_at.get(y)) is not None and m.etype == "Person"):
            return x
    return x


def _listed(sr: Any, start: int) -> list[Any]:
    """The people listed from *start*: joined by و, with or without a comma before it, each
    past a title of at most nine words (no other punctuation, no clause word)."""
    first = sr.after(start, types=("Person",), maxgap=8)
    if first is None or any(sr.toks[x].punct for x in range(start, title_start(first))):
        return []
    out = [first]
    while True:
        end = out[-1].hi
        if end < sr.hi and sr.toks[end].text in _COMMAS:
            end += 1
            if end < sr.hi and not waw_word(sr, end):
                end = _past_apposition(sr, end)  # "X، المسؤول عن ملف الضفة، وY"
        if end >= sr.hi or not sr.toks[end].ar or not waw_word(sr, end):
            return out
        nxt = next((m for m in sr.args if m.lo >= end), None)
        if nxt is None or nxt.etype != "Person" or nxt.lo - end > 9 or any(
                sr.toks[x].punct or sr.f(x) & _AR_OTHER_CLAUSE for x in range(end, nxt.lo)):
            return out
        out.append(nxt)


def took_part_ar(sr: Any) -> None:
    """Pair every two people listed after an indefinite meeting noun (module doc)."""
    for v in sr.triggers(AR_COMPRISED, EMPTY):
        if v - 2 < sr.lo or sr.toks[v - 1].text not in _COMMAS:
            continue
        if sr.f(v) & _AR_TOOK_PART:
            if sr.f(v + 1) & _AR_IN_HER:
                fem = True
            elif sr.f(v + 1) & _AR_IN_HIM:
                fem = False
            else:
                continue
            start = v + 2
        elif sr.f(v) & _AR_FEM_VERB:
            fem, start = True, v + 1
        elif sr.f(v) & _AR_MASC_VERB:
            fem, start = False, v + 1
        else:
            continue
        t = _meeting_noun(sr, v, fem)
        if t is None or _not_held(sr, t, v):
            continue
        people = _listed(sr, start)
        host = _any_convener(sr, t)
        if host is not None:
            people.insert(0, host)
        ids = list(dict.fromkeys(m.eid for m in people))
        meet_each_other(sr, ids, "took_part_ar")
