"""ASSASSINATED_BY, Arabic (session 69, blind69b): the operation named at the end of a long
passive killing clause, past the agent search's reach.

"واستشهد المستشار X في 29 يونيو 2015 إثر انفجار سيارة مفخخة استهدفت موكبه أثناء خروجه من
منزله بحي مصر الجديدة، في عملية نفذتها عناصر من جماعة Y": the date, the means and the place
told first put "في عملية نفذتها Y" farther from the victim than ``_agent_after`` looks (fourteen
words); the phrase opened by "، في" with an operation noun and the verb of executing it is the
killing's own, so its agent is read from there (``far_operation_start_ar``). Not past another
person named, a sentence stop or a new clause ("وقال"، "فيما"): "قُتل X ...، فيما قُتل Z في
هجوم نفذه Y" names no agent of X.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.kill_clause_helpers import AR_EXECUTED_IT

# the operation carried out: "في عملية / هجوم / تفجير / غارة نفّذته Y"
_AR_OPERATION = L._ar("عملية", "هجوم", "تفجير", "غارة", "ضربة", "اعتداء", "كمين", "عمليه")
_AR_IN = L._ar("في", "فى")
_AR_NEW_CLAUSE = L._ar("قال", "وقال", "قالت", "وقالت", "فيما", "وفيما", "بينما", "وبينما", "وأضاف",
                       "وأضافت", "كما")
_FAR = 36  # words from the victim to the phrase


def far_operation_start_ar(sr: Any, v_end: int) -> int | None:
    """After the victim ending at *v_end*: the "في" of "، في عملية / هجوم نفّذته(ا) Y" later in
    the clause (module doc), no person, sentence stop or new clause before it; else None."""
    for x in range(v_end, min(sr.hi - 3, v_end + _FAR)):
        tok = sr.toks[x]
        if tok.text in ("؛", ";", ".", "؟", ":") or sr.key(x) in _AR_NEW_CLAUSE:
            return None
        m = sr.mention_at.get(x)
        if m is not None and m.etype == "Person":
            return None
        if tok.text in ("،", ",") and sr.key(x + 1) in _AR_IN and sr.f(x + 2) & _AR_OPERATION and \
                sr.f(x + 3) & AR_EXECUTED_IT:
            return x + 1
    return None
