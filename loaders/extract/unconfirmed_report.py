"""MET_WITH: a meeting told only by a report that someone declined or failed to confirm
(session 70): "ولم تؤكد الوكالة ما نشرته صحيفة X عن اجتماع سري جمع A بـB", "The agency
declined to confirm a report that A met B", "لم يؤكد المكتب أنباء عن لقاء A وB".

:func:`unconfirmed_before` is asked by ``meeting_modality.unreal_meeting`` (the rules, when a
verb of confirming is in the sentence) and by ``scorer_hedged.hedged`` (the scorer's pairs): a
negated verb of confirming («لم / لا» or "not / never / declined / refused" in the three words
before it) stands at most twenty words before the meeting, with a word of report («ما نشرته»،
«أنباء»، «تقرير»; "report", "account") between the two. Kept: a confirmation ("The CIA
confirmed that A met B", «وأكدت الوزارة أن A التقى B»), and a negated confirmation of something
else with no report word in the clause of the verb ("did not confirm the time, but said A met
B", "could not confirm the details, but reports of a meeting of A and B were widespread").
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import forms

AR_CONFIRM = L._ar("تؤكد", "يؤكد", "تؤكدا", "يؤكدا", "يؤكدوا", "تؤكده", "يؤكده")
_AR_NOT = L._ar("لم", "ولم", "لا", "ولا")
_AR_REPORTED = L._ar("نشرته", "ذكرته", "أوردته", "اوردته", "نقلته", "تقارير", "التقارير",
                     "أنباء", "الأنباء", "انباء", "الانباء", "تقرير", "التقرير", "الخبر", "خبر")
EN_CONFIRM = L.en_keys("confirm", "confirmed", "corroborate", "corroborated")
_EN_NOT = L.en_keys("not", "never", "declined", "refused", "didn't", "wouldn't", "won't")
_EN_REPORTED = L.en_keys("report", "reports", "account", "accounts", "reporting")
_CLAUSE_BREAK = frozenset({",", "،", ";", "؛"})
_BUT = frozenset({"but", "لكن", "ولكن"})
_REACH = 20  # words from the negated verb of confirming to the meeting


def _has(t: Any, words: frozenset[str]) -> bool:
    return not forms(t).isdisjoint(words) if t.ar else t.key in words


def unconfirmed_before(toks: list, lo: int, k: int) -> bool:
    """Is the meeting at token *k* (sentence from *lo*) told by a report not confirmed?"""
    for v in range(k - 1, max(lo, k - _REACH) - 1, -1):
        t = toks[v]
        if not _has(t, AR_CONFIRM if t.ar else EN_CONFIRM):
            continue
        nots, reported = (_AR_NOT, _AR_REPORTED) if t.ar else (_EN_NOT, _EN_REPORTED)
        if not any(_has(toks[y], nots) for y in range(max(lo, v - 3), v)):
            return False
        for y in range(v + 1, k):
            if toks[y].text in _CLAUSE_BREAK or toks[y].key in _BUT:
                return False  # "could not confirm the details, but reports of a meeting ..."
            if _has(toks[y], reported):
                return True
        return False
    return False
