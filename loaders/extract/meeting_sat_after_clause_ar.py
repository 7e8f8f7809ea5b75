"""MET_WITH: "حين زار X واشنطن، جلس مع Y" (session 56). A verb of sitting with someone right
after a comma, with no subject of its own (مع / إلى and the partner right after it), continues
the subject X of the clause before the comma (``core_recall_objects._clause_subject_ar``);
``meeting_phrases.sat_with_ar`` reads the verb with its own subject."""

from __future__ import annotations

from typing import Any

from loaders.extract.core_recall_objects import _clause_subject_ar
from loaders.extract.meeting_phrases import AR_SAT_WITH, AR_TO_WITH
from loaders.extract.rule_common import EMPTY, title_start


def sat_after_clause_ar(sr: Any) -> None:
    """"حين زار X واشنطن، جلس مع Y": X met Y."""
    for t in sr.triggers(AR_SAT_WITH, EMPTY):
        if sr.key(t + 1) not in AR_TO_WITH or t - 1 <= sr.lo or \
                sr.toks[t - 1].text not in ("،", ","):
            continue
        obj = sr.after(t + 2, types=("Person",), maxgap=3)
        if obj is None or title_start(obj) != t + 2:
            continue
        subj = _clause_subject_ar(sr, t - 1)
        if subj is None or subj.eid == obj.eid or sr.blocked(t, subj):
            continue
        for o in sr.chain(obj, ("Person",)):
            if o.eid != subj.eid:
                sr.add("MET_WITH", subj.eid, o.eid, "sat_with_ar")
