"""MET_WITH, Arabic: whom the pronoun of "استقبله / التقاه" stands for (session 20).

- "التقى S (رئيسَ ...) O ...، كما (ثم) استقبله C": the subject S of the sentence's earlier
  meeting, named right after its verb with its object after him, not the object O nearest to the
  pronoun (:func:`earlier_meeting_subject_ar`);
- "زيارة X إلى واشنطن ...، حين استقبله C": the visitor X whose visit the sentence names
  (:func:`visit_noun_guest_ar`), not a visitor of the sentences before;
- "09:30 - التقاه C" (a live report's time stamp before the verb): the sentence opens with the
  verb, as "واستقبله C" does (:func:`opens_with_stamp_ar`).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import EMPTY, title_start

_AR_TOO = L._ar("كما", "ثم")
_AR_VISIT = L._ar("زيارة", "زياره", "الزيارة", "جولة", "جوله")
register_triggers(_AR_VISIT, EMPTY)
_AGENTS = ("Person", "Organization")
_BY = frozenset({"ب", "ل"})
_DASHES = frozenset({"-", "–", "—", ":"})


def earlier_meeting_subject_ar(sr: Any, t: int) -> Any:
    """"التقى S O ...، كما استقبله C" (module doc): S, else None."""
    if sr.key(t - 1) not in _AR_TOO:
        return None
    v = next((x for x in range(t - 2, sr.lo - 1, -1) if sr.f(x) & L.AR_MEET), None)
    if v is None:
        return None
    s = sr.after(v + 1, types=("Person",), maxgap=0)
    if s is None or title_start(s) != v + 1 or sr.has_prep(s, _BY):  # (not "التقى بـS")
        return None
    o = sr.after(s.hi, types=_AGENTS, maxgap=3)  # ("التقى S مساء الاثنين O")
    if o is None or o.hi >= t - 1 or o.prefix.startswith("و") or sr.has_prep(o, _BY) or \
            any(sr.toks[x].punct for x in range(s.hi, o.lo)):
        return None  # "التقى S وY": two subjects; "اجتمع S بـO، ثم استقبله": O, the guest?
    return s


def visit_noun_guest_ar(sr: Any, t: int) -> Any:
    """"زيارة X (إلى P ...)، حين استقبله C" (module doc): X, else None."""
    for x in sr.triggers(_AR_VISIT, EMPTY):
        if x >= t - 1:
            break
        m = sr.after(x + 1, types=("Person",), maxgap=0)
        if m is not None and not m.prefix and m.hi < t:
            return m
    return None


def opens_with_stamp_ar(sr: Any, t: int) -> bool:
    """"09:30 - التقاه C": only a time stamp ("09 : 30") and a dash stand before the verb at *t*."""
    toks = sr.toks
    if t - sr.lo not in (3, 4) or not (toks[sr.lo].text.isdigit() and toks[sr.lo + 1].text in
                                       (":", ".") and toks[sr.lo + 2].text.isdigit()):
        return False
    return t - sr.lo == 3 or toks[sr.lo + 3].text in _DASHES
