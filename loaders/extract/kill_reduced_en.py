"""ASSASSINATED_BY, English: the reduced passive after a named person, and the object of
"neutralised", and the name opening a sentence before a long apposition (session 19, round 2).

Timelines and headlines drop the auxiliary: "- June 2006: X killed by a US airstrike near
Baqubah", "X and Y killed in a joint US-Iraqi operation near Tikrit", and the article too: "X
killed in Israeli strike on Rafah". A person's name right
before "killed" is otherwise read as the active subject ("X killed Y"), but an active "killed"
takes its object right after it, never "by", nor "in" + a strike noun: those read the name as
the victim, and the agent as for "X was killed by/in ..." (``KillingAgents._agent_after``).

The opening name may follow its possessor and a kin or aide noun: "Nasrallah's cousin Hashem
Safieddine, who headed the group's executive council and had been widely expected to take
over, was killed in an Israeli strike" (:func:`possessor_start`, session 69).

"Neutralised" (Turkish official usage, L.EN_KILL) kills only the person who is its object:
"MIT "neutralised" the suspected ISIS leader, X", not "neutralised the threat before X
arrived" (:func:`neutralised_object`).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.reported_scope_en import EN_SAY_VERBS
from loaders.extract.rule_common import title_start

_KILLED = frozenset({"killed", "assassinated"})
_DETS = frozenset({"a", "an", "the"})


def reduced_passive_en(sr: Any, t: int) -> bool:
    """True when "killed" at *t* is a reduced passive after a person's name: "X killed by
    ..." or "X killed in a (joint US-Iraqi) raid/strike/operation"."""
    if sr.key(t) not in _KILLED:
        return False
    m = sr.mention_at.get(t - 1)
    if m is None or m.etype != "Person" or m.kind != "name":
        return False
    nxt = sr.key(t + 1)
    if nxt == "by":
        return True
    if nxt != "in":
        return False
    # "in a joint US-Iraqi operation"; a headline drops the article too: "X killed in Israeli
    # strike on Rafah" (session 21)
    first = t + 3 if sr.key(t + 2) in _DETS else t + 2
    for y in range(first, min(sr.hi, t + 9)):
        if sr.toks[y].punct and sr.toks[y].text != "-":
            return False
        if sr.key(y) in L.EN_STRIKE:
            return True
    return False


def bracketed_alias(sr: Any, m: Any) -> Any:
    """The agent *m* followed by its own name in brackets of another entity of the same type
    ("the National Intelligence Organisation (MIT)", a spelling the gazetteer does not list
    before the alias it does): the bracketed one, else *m*."""
    hi = m.hi
    if m.etype == "Person" or hi + 2 >= sr.hi or sr.toks[hi].text != "(":
        return m
    b = sr.mention_at.get(hi + 1)
    if b is None or b.etype != m.etype or b.eid == m.eid or sr.toks[b.hi].text != ")":
        return m
    return b


NEUTRALISED = frozenset({"neutralised", "neutralized"})
_EN_AKA = frozenset({"nicknamed", "dubbed", "alias", "aka"})
_NOT_OBJECT = frozenset({"before", "after", "when", "while", "as", "since", "and", "but", "to",
                         "for", "in", "on", "at", "from", "with", "near", "by"})


def neutralised_object(sr: Any, t: int, victim: Any) -> bool:
    """The person *victim* after "neutralised" at *t* is its object: only a description
    ("the suspected ISIS leader,"), quotes or a title come between, no clause or preposition;
    the description may end in a known-as apposition ("the group's leader, known as X";
    session 70)."""
    end = victim.lo
    if end - 3 > t and sr.toks[end - 3].text == "," and sr.key(end - 1) == "as" and \
            sr.key(end - 2) == "known":
        end -= 3
    elif end - 2 > t and sr.toks[end - 2].text == "," and sr.key(end - 1) in _EN_AKA:
        end -= 2
    return not any(sr.key(y) in _NOT_OBJECT for y in range(t + 1, end))


_LEDE_OPEN = frozenset({"—", "–", "-", ":"})


def long_apposed_subject(sr: Any, aux: int) -> Any:
    """The sentence's opening name before a long apposition closed by the comma before the
    passive auxiliary at *aux* ("X, the reclusive leader of Y who proclaimed a caliphate
    from the pulpit of a mosque in Mosul five years ago, was killed ..."), too far back for
    the nearest-person look-up: the name must open the sentence (or follow a dateline dash)
    and be followed by its comma; else None."""
    sb = sr.subject_before(aux, maxgap=40)
    if sb is None or sb.etype != "Person" or sb.poss or sr.toks[sb.hi].text != ",":
        return None
    start = title_start(sb)
    if start - 1 > sr.lo and sr.key(start - 1) == "and":
        # "X and Y, the deputy head of Z (W), were martyred ...": the second of two
        # coordinated subjects opening the sentence (the list back from Y gives X too)
        first = sr.before(start - 1, types=("Person",), maxgap=0)
        start = title_start(first) if first is not None else start
    start = possessor_start(sr, start)  # "Nasrallah's cousin X, who ..., was killed"
    if start > sr.lo and sr.toks[start - 1].text not in _LEDE_OPEN and \
            not _reported_clause_at(sr, start):
        return None
    return sb


# kin and aides named through their possessor before the name ("Nasrallah's cousin X", "his
# deputy X"): the possessive phrase opens the subject
_EN_POSSESSED_ROLES = frozenset({"cousin", "brother", "son", "nephew", "uncle", "father",
                                 "sister", "daughter", "wife", "deputy", "aide", "adviser",
                                 "advisor", "successor", "predecessor", "lieutenant",
                                 "spokesman"})
_EN_HIS = frozenset({"his", "her", "their", "its"})


def possessor_start(sr: Any, start: int) -> int:
    """Where the subject opens when the name at *start* follows a possessor and a kin or aide
    noun ("Nasrallah's cousin X", "Hassan Nasrallah's deputy X", "His brother X"): the
    possessor's first token; *start* otherwise (session 69, blind69e)."""
    y = start - 1
    if y >= sr.lo and sr.key(start) in _EN_POSSESSED_ROLES:
        y = start  # (the title took the noun: "His deputy X")
    elif y <= sr.lo or sr.key(y) not in _EN_POSSESSED_ROLES:
        return start
    if y - 1 >= sr.lo and sr.key(y - 1) in _EN_HIS:
        return y - 1
    owner = next((m for m in sr.args if m.hi == y and m.poss), None)
    return title_start(owner) if owner is not None else start


def _reported_clause_at(sr: Any, x: int) -> bool:
    """Does a reported clause open at *x*, right after a verb of saying ("Hezbollah
    confirmed (on Wednesday) that X, ..., was killed", "Al-Sudani said X, ..., was killed")?
    Then its subject is as much the sentence's opening name as after a dateline (session 61)."""
    k = x - 1
    if sr.key(k) == "that":
        k = next((y for y in range(k - 1, max(sr.lo, k - 5) - 1, -1)
                  if sr.key(y) in EN_SAY_VERBS), sr.lo - 1)
    return k >= sr.lo and sr.key(k) in EN_SAY_VERBS


_OPEN_QUOTES = frozenset({'"', "“", "'", "‘", "«"})


def quoted_participle(sr: Any, t: int) -> int:
    """1 when the participle at *t* is the killer's own word quoted right after a passive
    auxiliary ('was "neutralised by French forces"', "was “eliminated by Y”": the quote is
    transparent), else 0 (session 22). Not the victim's side's words ('had been "martyred by
    the Zionist regime"', '"killed by the enemy"': a side's accusation, not a statement)."""
    return 1 if t - 2 >= sr.lo and sr.key(t) in _KILLER_WORDS and \
        sr.toks[t - 1].text in _OPEN_QUOTES and \
        sr.key(t - 2) in ("was", "were", "been", "be", "is", "are") else 0


_KILLER_WORDS = NEUTRALISED | {"eliminated"}
