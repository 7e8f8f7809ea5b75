"""English: a subject pronoun carried over sentences that open with "he" / "she".

Profiles and timelines tell one person's life in sentences whose subject is "he":
"Gen. X ... rose to command the army. In August 2019 he became head of the council,
which shared power with Prime Minister Y. In February 2020 he met Z." The second "he"
is X, not Y (a name after the subject pronoun of the sentence before is no subject):
when the sentence before is led by "he" / "she", the subject is looked for further back
(at most three sentences), the subject of a clause there: a person opening the sentence,
a clause after ";" or the main clause after a fronted "When ... ," (the last such).
Also the subject of a verb coordinated inside a "who" clause whose first verb took a person
as object: "X, a former minister who replaced Y in 2022 and has since met Z" -> X, not Y
(``relative_object_head_en``, called by ``subjects.subject_before``).
(session 24, second round, timeline)
"""
from __future__ import annotations

from typing import Any

_HE = frozenset({"he", "she"})
_MAX_BACK = 3
_FRONTED = frozenset({"a", "an", "when", "after", "as", "while", "since", "before", "once", "following",
                      "born", "in", "on", "by", "at", "until", "despite", "during"})
_SKIP = frozenset({"the", "a", "an", "former", "then", "late"})


def pronoun_led_en(doc: Any, si: int) -> bool:
    """Sentence *si* has "he" / "she" before any person it names, within its first twelve
    tokens ("He dissolved ...", "In August 2019 he became ..."): its subject is a pronoun."""
    if si < 0:
        return False
    s = doc.sents[si]
    first = min((m.tlo if m.tlo >= 0 else m.lo for m in doc.by_sent.get(si, ())
                 if m.etype == "Person"), default=s.hi)
    for x in range(s.lo, min(s.hi, s.lo + 12, first)):
        t = doc.toks[x]
        if t.ar:
            return False
        if t.key in _HE:
            return True
    return False


def _clause_subject(doc: Any, si: int) -> str | None:
    """The last person of sentence *si* that opens a clause: at the sentence's start, after
    ";" or after the comma closing a fronted clause ("When A removed B, C took charge")."""
    s = doc.sents[si]
    toks = doc.toks
    fronted = toks[s.lo].key in _FRONTED
    best = None
    for m in sorted((m for m in doc.by_sent.get(si, ()) if m.etype == "Person"
                     and m.kind == "name" and not m.poss and not m.in_title),
                    key=lambda m: m.lo):
        b = (m.tlo if m.tlo >= 0 else m.lo) - 1
        while b >= s.lo and toks[b].key in _SKIP:
            b -= 1
        if b < s.lo or toks[b].text == ";" or (toks[b].text == "," and fronted and (
                m.hi < s.hi and not toks[m.hi].punct)):
            best = m.eid
    return best


def chained_subject_en(doc: Any, si: int, x: int) -> str | None:
    """'he' at *x*, no person named before it in sentence *si*, the previous sentence led by
    a pronoun too: the subject of the nearest earlier sentence not so led (None when it
    has none, or it is too far)."""
    if doc.toks[x].key not in _HE or not pronoun_led_en(doc, si - 1) or any(
            m.etype == "Person" and m.lo < x for m in doc.by_sent.get(si, ())):
        return None
    for back in range(si - 2, max(-1, si - 2 - _MAX_BACK), -1):
        if not pronoun_led_en(doc, back):
            return _clause_subject(doc, back)
    return None


def relative_object_head_en(sr: Any, m: Any, k: int) -> Any:
    """The verb at *k* coordinated inside a "who" clause whose first verb took the person *m*
    as its object: "X, a former minister who replaced Y as head of the mission in 2022 and
    has since met Z" -> X (the clause's head), not Y. None without such a "who" (no
    punctuation, no other person between "who" and *k*; an "and" after *m*)."""
    toks = sr.toks
    if not any(toks[y].key == "and" for y in range(m.hi, k)):
        return None
    for y in range(m.lo - 1, max(sr.lo, m.lo - 8) - 1, -1):
        t = toks[y]
        if t.punct or t.ar or (y in sr.mention_at and sr.mention_at[y].etype == "Person"):
            return None
        if t.key == "who":
            if any(toks[z].punct for z in range(m.hi, k)):
                return None
            head = sr.before(y, types=("Person",), maxgap=8)
            return head if head is not None and not head.poss and head.eid != m.eid else None
    return None
