"""MET_WITH (session 63): a later dual meeting verb of a clause whose subject is a dual
reference ("الموفدان"، "الوزيران"، "الرئيسان": ``plural_refs``).

"ثم التقى الموفدان رئيس الحكومة A، قبل أن يلتقيا رئيس المجلس B"، "وعقد الوزيران اجتماعاً مع
A، ثم اجتمعا بـB"، "انتقل الضيفان إلى السراي حيث التقيا A، وبعد أن التقيا B ...": the dual
verb ("يلتقيا"، "التقيا"، "اجتمعا"، "يجتمعا") agrees with the pair the dual reference stands
for, so the pair met B too. The base rules give B to nobody, or to the one named before. The
dual reference comes first in the sentence (the subject of its first clause), nobody else is
named before the verb but the people that reference met; the verb follows "قبل أن" / "بعد
أن", a comma, "ثم" or a و, and B is named within three words after it (not after "لـ").
Negated or planned meetings stay blocked ("ولم يلتقيا"، "على أن يلتقيا").
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.meeting_dual_later_ar import dual_verb_object
from loaders.extract.plural_refs import GROUP_PREFIX

_MET_DUAL = L._ar("التقيا", "اجتمعا", "يلتقيا", "يجتمعا", "والتقيا", "واجتمعا", "ويلتقيا",
                  "ويجتمعا", "فالتقيا", "فاجتمعا", "التقتا", "اجتمعتا", "تلتقيا", "تجتمعا")
_BEFORE_AFTER = L._ar("قبل", "بعد", "وقبل", "وبعد", "قبيل")
_THAT = L._ar("أن", "ان")
# adverbs between the dual verb and its object: "together", "later", "also"
_ADVERBS_AFTER_VERB = L._ar("معا", "لاحقا", "ايضا")


def _after_sequence(sr: Any, t: int) -> bool:
    """Does the dual verb at *t* continue the clause before it ("، قبل أن يلتقيا"، "، ثم
    التقيا"، "والتقيا")?"""
    k0 = sr.key(t - 1)
    if k0 in _THAT and sr.f(t - 2) & _BEFORE_AFTER:
        return True
    if sr.toks[t].key.startswith(("و", "ف")):
        return True
    return k0 == "ثم" or sr.toks[t - 1].text in ("،", ",")


def dual_ref_verb_ar(sr: Any) -> None:
    """The pair of the sentence's dual reference met the person after a later dual meeting
    verb (module doc)."""
    for t in sr.with_forms(_MET_DUAL, sr.lo + 2, sr.hi):
        if not sr.toks[t].ar or not _after_sequence(sr, t):
            continue
        before = [m for m in sr.args if m.lo < t and m.etype == "Person"]
        if not before or not before[0].eid.startswith(GROUP_PREFIX) or before[0].kind != "ref":
            continue
        group = before[0]
        met = {r.target for r in sr.out if r.type == "MET_WITH" and r.source == group.eid} | {
            r.source for r in sr.out if r.type == "MET_WITH" and r.target == group.eid}
        if any(m.eid != group.eid and m.eid not in met and not _met_here(sr, m)
               for m in before[1:]):
            continue  # someone else is named before the verb: another clause's subject
        obj = dual_verb_object(sr, t, _ADVERBS_AFTER_VERB)
        if obj is None or sr.blocked(t, obj):
            continue
        for o in sr.chain(obj, ("Person",)):
            sr.add("MET_WITH", group.eid, o.eid, "dual_ref_verb_ar")


def _met_here(sr: Any, m: Any) -> bool:
    """Have the sentence's rules already given *m* a meeting? (Meant: with a member of the
    dual reference, whose pairs are stored per member; any partner is taken.)"""
    return any(r.type == "MET_WITH" and m.eid in (r.source, r.target) for r in sr.out)
