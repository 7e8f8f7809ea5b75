"""Arabic: a name right after the meeting verb and before «نظيره» is the verb's subject.

"وصل الرئيس إبراهيم رئيسي ووزير الخارجية حسين أمير عبد اللهيان إلى الحدود، حيث التقى رئيسي
نظيره الأذربيجاني إلهام علييف": «نظيره» ("his counterpart") needs an owner, the name before it;
``meetings`` read the verb after «حيث» as the previous clause's (its subject carried, the name
after the verb its object), which paired the two travellers and lost Aliyev (session 67's
blind67d, «حيث التقى رئيسي نظيره الأذربيجاني»; the same with «أردوغان»). With a name right
after the verb and the counterpart's title right after that name, the name is the subject and
the counterpart the object («حيث التقى أردوغان نظيره الأذربيجاني Y»); a bare «حيث التقى نظيره
Y» still carries the subject."""

from __future__ import annotations

from typing import Any

from loaders.extract.rule_common import title_start


def subject_before_counterpart_ar(sr: Any, cand: list) -> bool:
    """Are the first two candidates after the verb a person's name and «نظيره ...» titled
    right after it (the name the subject)?"""
    if len(cand) < 2:
        return False
    first, second = cand[0], cand[1]
    return first.etype == "Person" and first.kind == "name" and first.tlo == first.lo and \
        second.etype == "Person" and title_start(second) == first.hi and \
        sr._counterpart(second)
