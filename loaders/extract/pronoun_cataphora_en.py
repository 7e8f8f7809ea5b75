"""English "he" / "she" of an opening subordinate clause is the main clause's subject, named or
described right after the clause's comma (session 24, second round, ``desc``).

"By the time he sat down with President Y at the White House on August 20, the prime minister
could show Washington very little" / "When she met Y in Paris, Z asked for ...": the pronoun
refers forward to the subject after the comma (a name, or a description such as "the prime
minister" resolved to the person it stands for), not to the last person named before the
sentence. :func:`cataphoric_subject_en` finds that subject; the caller (``subjects._he_at``)
falls back to its usual reading when there is none.

Not read: a pronoun that does not open the clause ("When Y met him, ..."), a clause that does not
open the sentence ("Z said that when he met Y, ..."), a person after the comma who is no
subject (an apposition "When he met Y, the Russian president, on Friday, ...", a possessor "Z's
aide said", a list "Z and W ..."), or one named inside the clause itself.
"""

from __future__ import annotations

from typing import Any

# subordinators that open an adverbial clause ("When he met ...", "After she arrived ...")
_SUBORDINATORS = frozenset({"when", "after", "before", "while", "as", "once", "since", "until",
                            "although", "though", "whenever"})
# words that may stand before the subordinator at the start of the sentence
_LEAD_WORDS = frozenset({"but", "and", "even", "just", "only", "so", "yet", "shortly", "soon",
                         "long", "right", "then"})
# after the subject: no verb ("Z and W", "Z, who ...", "Z's")
_NOT_VERB = frozenset({"and", "or", "of", "'s", "’s", "who", "whose", "whom"})
_MAX_CLAUSE = 40  # words from the pronoun to the clause's comma


def _opens_clause(toks: list[Any], lo: int, x: int) -> bool:
    """Is "he" at *x* the subject of a subordinate clause opening the sentence at *lo*
    ("When he", "But after she", "By the time he")?"""
    s = x - 1
    if s >= lo + 2 and toks[s].key == "time" and toks[s - 1].key == "the" and \
            toks[s - 2].key == "by":
        s -= 2  # "By the time he ..."
    elif s < lo or toks[s].key not in _SUBORDINATORS:
        return False
    return all(toks[y].key in _LEAD_WORDS for y in range(lo, s))


def cataphoric_subject_en(sr: Any, x: int) -> str | None:
    """The person "he"/"she" at *x* refers forward to: the subject right after the comma
    that closes the opening subordinate clause of the pronoun; None when there is none."""
    toks, lo, hi = sr.toks, sr.lo, sr.hi
    if toks[x].ar or not _opens_clause(toks, lo, x):
        return None
    people = sorted((m for m in sr.doc.by_sent.get(sr.si, ()) if m.etype == "Person"),
                    key=lambda m: m.lo)
    inside: set[str] = set()
    for c in range(x + 1, min(hi, x + _MAX_CLAUSE)):
        if toks[c].text != ",":
            continue
        start = c + 1
        subj = next((m for m in people if (m.tlo if 0 <= m.tlo < m.lo else m.lo) in
                     (start, start + 1) and m.lo >= start), None)
        if subj is not None and (subj.tlo if 0 <= subj.tlo < subj.lo else subj.lo) == \
                start + 1 and toks[start].key != "the":
            subj = None  # (only "the" may stand before the subject's title)
        inside.update(m.eid for m in people if x < m.lo < c)
        if subj is None:
            continue  # a comma inside the clause ("When he met Y in Z, a city ..., ...")
        after = toks[subj.hi] if subj.hi < hi else None
        if subj.poss or subj.eid in inside or after is None or after.punct or \
                after.key in _NOT_VERB or after.poss or after.ar:
            return None  # an apposition of someone in the clause, a possessor, a list
        return str(subj.eid)
    return None
