"""Arabic: a succession verb opening its clause, its subject set off by a nominal
apposition (session 64).

"ويخلف أخنوش، رجل الأعمال ووزير الفلاحة منذ 2007، سعد الدين العثماني" / "وخلف X، وزير الشؤون
الاجتماعية، Y": the person right after the verb is the subject; the words between the two
commas describe him (a title, a profession, a date: no one named, no verb of their own) and the
person right after the second comma is the one succeeded. The "خلف" rule
(``succession_rules_ar``, ``khalafa_ar``) read only a person right after the first, or past a
relative or attribution aside (``aside_span_ar.past_aside_ar``).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

_COMMAS = ("،", ",")
_REACH = 16  # words of the apposition
# words that open a clause, not an apposition ("، الذي ..."، "، وقال ..."): left to past_aside_ar
_AR_CLAUSE_OPEN = L._ar("الذي", "التي", "وهو", "وهي", "حيث", "فيما", "بينما", "قبل", "بعد",
                        "ثم", "كما", "في", "خلال", "منذ")


def person_past_apposition_ar(sr: Any, subj: Any) -> Any:
    """The person right after a nominal apposition that follows *subj* between two commas,
    else None (module doc)."""
    c = subj.hi
    if c >= sr.hi or sr.toks[c].text not in _COMMAS or sr.key(c + 1) in _AR_CLAUSE_OPEN:
        return None
    for y in range(c + 1, min(sr.hi, c + 1 + _REACH)):
        m = sr.mention_at.get(y)
        if m is not None and m.etype == "Person":
            return None  # someone named inside: "شقيق Y" (past_kin_aside_ar)
        t = sr.toks[y]
        if t.text in _COMMAS:
            if y == c + 1:
                return None
            nxt = sr.after(y + 1, types=("Person",), maxgap=0)
            return nxt if nxt is not None and nxt.eid != subj.eid else None
        if t.punct or not t.ar and not t.text.isdigit():
            return None
        if sr.key(y) in L.AR_COMMON_VERBS:
            return None  # a clause of its own ("، قال إن ...،")
    return None
