"""MET_WITH (session 57): a situation assessment held with a list, in Arabic (the English
"X held a situational assessment with A and B" is ``meeting_assessment_en``).

"وأجرى وزير الدفاع X (ورئيس الأركان Y) تقييماً للوضع مع A (، الذي ...،) وB" / "وعقد X، فور
تسلّمه منصبه، جلسة تقييم أمنية مع A": one sitting of all of them, so the holders met each of
the list and the people of the list met each other (as the English rule and the annotators
read a table of commanders). The holders stand right after the verb of holding (أجرى، عقد)
and before the noun; "مع" comes at most three words after the noun ("للوضع", "أمنية"). A list
member after a relative clause ("A، الذي تسلم قيادة المنطقة من Z، وقائد سلاح الجو B") goes on
the list; the person inside the clause (Z) does not. Not planned or negated (``blocked``).
Run by ``relations.SentenceRules.run`` on the noun.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.meeting_attend_forms import titled_list_ar
from loaders.extract.rule_common import pair_all, title_start

AR_ASSESSMENT = L._ar("تقييما", "تقييماً", "تقييمًا", "تقييم")
_AR_HELD = L._ar("أجرى", "وأجرى", "اجرى", "واجرى", "عقد", "وعقد", "أجريا", "وأجريا", "عقدا",
                 "وعقدا")
_AR_SESSION = L._ar("جلسة", "جلسه", "اجتماع")
_AR_WITH = L._ar("مع")
_AR_WHO = L._ar("الذي", "التي")
_COMMA = ("،", ",")
register_triggers(AR_ASSESSMENT, frozenset())


def _holders(sr: Any, v: int, n: int) -> list[Any]:
    """The people from right after the verb at *v* up to the noun at *n*: the subject and
    those joined to it by و."""
    first = next((m for m in sr.args if m.etype == "Person" and title_start(m) == v + 1 and
                  not m.prefix.lstrip("و")), None)
    if first is None or first.hi > n:
        return []
    return [m for m in titled_list_ar(sr, [first]) if m.hi <= n]


def _titled_after(sr: Any, x: int) -> Any:
    """The person named within eight words after *x* with no punctuation between (a long
    title the tagger did not join: "قائد المنطقة الشمالية اللواء X"), else None."""
    m = sr.after(x, types=("Person",), maxgap=8)
    if m is None or any(sr.toks[y].punct for y in range(x, m.lo)):
        return None
    return m


def _listed(sr: Any, w: int) -> list[Any]:
    """The people after "مع" at *w*, also past a relative clause between commas."""
    first = _titled_after(sr, w + 1)
    if first is None or first.prefix:
        return []
    people = titled_list_ar(sr, [first])
    last = people[-1]
    if sr.key(last.hi) in _COMMA and sr.f(last.hi + 1) & _AR_WHO:
        close = next((y for y in range(last.hi + 2, min(sr.hi, last.hi + 20))
                      if sr.key(y) in _COMMA), None)
        if close is not None and sr.key(close + 1).startswith("و"):
            more = _titled_after(sr, close + 1)
            if more is not None:
                people += titled_list_ar(sr, [more])
    return people


def assessment_with_ar(sr: Any) -> None:
    """"أجرى X (وY) تقييماً للوضع مع A وB" (module doc)."""
    if not sr.toks[sr.lo].ar:
        return
    for t in sr.triggers(AR_ASSESSMENT, frozenset()):
        n = t - 1 if t - 1 > sr.lo and sr.f(t - 1) & _AR_SESSION else t  # "جلسة تقييم"
        v = next((y for y in range(n - 1, max(sr.lo - 1, n - 16), -1) if sr.f(y) & _AR_HELD),
                 None)
        w = next((y for y in range(t + 1, min(sr.hi, t + 4)) if sr.f(y) & _AR_WITH), None)
        if v is None or w is None or any(sr.toks[y].punct for y in range(t + 1, w)):
            continue
        holders = _holders(sr, v, n)
        if not holders or sr.blocked(v, holders[0]):
            continue
        people = [m for m in _listed(sr, w) if m.eid not in {h.eid for h in holders}]
        if people:
            pair_all(sr, people, {h.eid for h in holders}, "assessment_with_ar")
            pair_all(sr, holders, set(), "assessment_with_ar")
