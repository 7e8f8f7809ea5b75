"""MET_WITH: Arabic "لقاءات عقدها X (في <place>) مع Y" (session 19).

A meeting noun with a relative verb of holding whose subject is named right after it: "عقب
سلسلة لقاءات عقدها غروندبرغ في الرياض مع رئيس المجلس Y، ولقاء مماثل في مسقط مع Z" -- X met Y,
and Z of a coordinated "ولقاء (مماثل) ... مع Z". Y and Z are the first person after a "مع" of
the clause (titles allowed, no punctuation before them). Negation and plans block.

Session 66 (:func:`holders_listed_rel_ar`): the relative pronoun between the noun and the verb,
and the holders listed after the verb: "تنفيذاً لمخرجات القمة الثلاثية التي عقدها في أسمرة أمس
الأربعاء الرئيس الإريتري A ورئيس الوزراء الإثيوبي B والرئيس الصومالي C" / "نتائج الاجتماع الذي
عقده X وY في القاهرة" / "اللقاء الذي عقداه في الدوحة، أمس، X وY" / "القمة التي عقدها X مع Y":
a meeting noun (up to two adjectives after it), «الذي / التي», the past verb with its object
pronoun, then (past a place or a time of up to eight words, no person or body, no full stop)
the people who held it: every two of a list met, or the one person met the one after «مع».
Not read: «التي سيعقدها»، «التي كان مقرراً أن يعقدها» (no past verb right after the relative),
«التي لم يعقدها»، a reported denial, a single holder with a group («الاجتماع الذي عقده X مع
قادة الفصائل»).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.meeting_press import each_pair_met
from loaders.extract.rule_common import EMPTY, title_start

AR_HELD_IT = L._ar("عقدها", "عقده", "أجراها", "أجراه", "عقدهما", "أجراهما",
                   # the dual and plural holders (session 66)
                   "عقداه", "عقداها", "عقدوه", "عقدوها", "أجرياه", "أجرياها", "أجروه", "أجروها")
_STOP = L._ar("فيما", "بينما", "وفيما", "وبينما", "حيث", "بعدما", "قبل")
_AND_MEETING = L._ar("ولقاء", "واجتماع", "ولقاءات", "واجتماعات", "ومباحثات", "ومحادثات")
_REACH = 8  # words from the subject to "مع"
# holders_listed_rel_ar (session 66)
_HELD_NOUNS = L.AR_MEET_NOUNS | L.AR_SUMMIT | L._ar("الخلوة", "الجولة", "جولة", "الجلسة", "جلسة")
_NOUN_REACH = 3  # the relative and up to two adjectives after the meeting noun
_ADJUNCT = 8  # words of a place or time between the verb and the holders
_WITH = L._ar("مع")


def _with_partner(sr: Any, lo: int, reach: int) -> Any:
    """The person after the first "مع" in [lo, lo + reach), none punctuated off; else None."""
    for w in range(lo, min(sr.hi, lo + reach)):
        if sr.toks[w].punct or sr.f(w) & _STOP:
            return None
        if sr.key(w) != "مع":
            continue
        m = sr.after(w + 1, types=("Person",), maxgap=5)
        if m is None or any(sr.toks[y].punct for y in range(w + 1, m.lo)):
            return None
        return m
    return None


def held_with_rel_ar(sr: Any) -> None:
    """Add X-Y (and X-Z) of "لقاءات عقدها X ... مع Y، ولقاء مماثل ... مع Z" (module doc)."""
    for t in sr.triggers(AR_HELD_IT, EMPTY):
        if not sr.f(t - 1) & L.AR_MEET_NOUNS:
            continue
        x = sr.after(t + 1, types=("Person",), maxgap=0)
        if x is None or sr.blocked(t, x) or sr.hypothetical(t - 1):
            continue
        y = _with_partner(sr, x.hi, _REACH)
        if y is None:
            continue
        partners = [y]
        end = sr.chain(y, ("Person",))[-1].hi
        if end < sr.hi and sr.toks[end].text in ("،", ",") and sr.f(end + 1) & _AND_MEETING:
            z = _with_partner(sr, end + 2, _REACH)  # "، ولقاء مماثل في مسقط مع Z"
            if z is not None:
                partners.append(z)
        for p in partners:
            for o in sr.chain(p, ("Person",)):
                if o.eid != x.eid:
                    sr.add("MET_WITH", x.eid, o.eid, "held_with_rel_ar")



def _meeting_noun_before(sr: Any, rel: int) -> bool:
    """A meeting noun right before the relative pronoun at *rel*, past up to two adjective
    words ("القمة الثلاثية التي"، "المحادثات المغلقة التي"), no punctuation or name between."""
    for x in range(rel - 1, max(sr.lo - 1, rel - _NOUN_REACH - 1), -1):
        if sr.toks[x].punct or not sr.toks[x].ar or any(a.lo <= x < a.hi for a in sr.args):
            return False
        if sr.f(x) & _HELD_NOUNS:
            return True
    return False


def holders_listed_rel_ar(sr: Any) -> None:
    """"القمة التي عقدها (في أسمرة أمس) A وB وC": the holders met (module doc)."""
    for v in sr.triggers(AR_HELD_IT, EMPTY):
        if v - 1 < sr.lo or not sr.f(v - 1) & L.AR_REL_PRONOUNS or \
                not _meeting_noun_before(sr, v - 1):
            continue
        first = sr.after(v + 1, types=("Person",), maxgap=_ADJUNCT)
        if first is None or any(
                (sr.toks[x].punct and sr.toks[x].text not in ("،", ",")) or
                any(a.lo <= x < a.hi and a.etype in ("Person", "Organization") for a in sr.args)
                for x in range(v + 1, title_start(first))):
            continue
        people = sr.people_chain(first)
        if len({m.eid for m in people}) < 2:
            nxt = sr.after(first.hi, types=("Person",), maxgap=2)
            if nxt is None or not (sr.f(nxt.lo - 1) & _WITH or sr.has_prep(nxt, {"مع"})):
                continue
            people = [first, nxt]
        if sr.blocked(v, first) or sr.hypothetical(v):
            continue
        each_pair_met(sr, people, "holders_listed_rel_ar")
