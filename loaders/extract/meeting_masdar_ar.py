"""MET_WITH (session 23): the Arabic verbal noun of meeting with its subject and its object,
"(بعد / عقب / خلال) لقاء X Y": "بعد ساعات من لقاء الرئيس X نظيرَه Y"، "عقب اجتماع الوزير X
رئيسَ الحكومة Y".

The noun takes its subject as a genitive and its object in the accusative, two people named
one after the other with no conjunction or preposition between them (a "و" or "بـ" before
the second is another construction, "لقاء X وY" / "لقاء X بـY", read elsewhere). Not a planned
or refused meeting ("طالب بلقاء X Y"، "رفض لقاء"، "قبل لقاء مرتقب": ``blocked`` and the
words before the noun), not "لقاءه" (a pronoun subject) nor the reception noun (its own rule).
Called from ``meetings_ar.meetings_ar``.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import person_at, title_start

_EMPTY: frozenset[str] = frozenset()
AR_MEETING_MASDAR = L._ar("لقاء", "اجتماع", "ولقاء", "واجتماع")
_NOT_HELD = L._ar("طالب", "يطالب", "طلب", "يطلب", "رفض", "يرفض", "رفضت", "ترفض", "يريد",
                  "أراد", "اراد", "ينتظر", "انتظار", "احتمال", "إمكانية", "امكانية", "ترتيب",
                  "لترتيب", "موعد", "يعتزم", "اعتزام", "ينوي", "نية", "قبيل", "قبل", "سعى",
                  "يسعى", "دعا", "يدعو", "عرض", "اقترح", "يقترح")
_PLANNED_AFTER = L._ar("مرتقب", "المرتقب", "مقرر", "المقرر", "محتمل", "المحتمل", "مزمع",
                       "المزمع", "مرتقبا", "مقبل", "المقبل")
register_triggers(AR_MEETING_MASDAR, _EMPTY)


def masdar_object_ar(sr: Any) -> None:
    """"لقاء X Y": X met Y (module doc)."""
    for t in sr.triggers(AR_MEETING_MASDAR, _EMPTY):
        subj = person_at(sr, t + 1)
        if subj is None or subj.prefix or subj.etype != "Person":
            continue
        obj = person_at(sr, subj.hi)
        if obj is None or obj.prefix or obj.etype != "Person" or obj.eid == subj.eid or \
                sr.has_prep(obj, {"ب", "ل"}):
            continue
        if any(sr.f(y) & _NOT_HELD for y in range(max(sr.lo, t - 3), t)) or \
                any(sr.f(y) & _PLANNED_AFTER for y in range(obj.hi, min(sr.hi, obj.hi + 3))) or \
                sr.blocked(t, subj):
            continue
        if title_start(obj) != subj.hi:
            continue
        sr.add("MET_WITH", subj.eid, obj.eid, "masdar_object_ar")
