"""English "he" / "she" whose sentence names its person only as a possessor (session 31, subj).

"It was Qaani's first trip to Erbil since he succeeded Soleimani", "Kadhimi's first trip
abroad was to Tehran, where he met Rouhani", "Haniyeh's body arrived in Doha, a day after he
was killed": the possessor is the only person the sentence names before the pronoun, and the
pronoun stands for him. ``subjects._subject_antecedent`` skips possessors (a possessor is no
subject), so the pronoun fell through to the previous sentence's subject or the last person
named before the sentence, someone else. A semicolon ending the previous sentence joins it
to this one ("It was al-Shatri's second visit; in December he met Y").

Not when the possessed noun is a role or a title ("Qaani's deputy said he ...", "Trump's
envoy met ..., and he said": the unnamed deputy or envoy), nor when several people, or a
non-possessive person, are named before the pronoun (the usual subject search settles those).
Arabic has no possessor construction of this shape (its dropped subjects are read in
``subjects``).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.pronoun_role_subject_en import _ROLES

_LOOK = 3  # words after the possessor searched for a role or title noun
_MORE_ROLES = frozenset({"aide", "aides", "bodyguard", "guard", "spokesman", "spokeswoman",
                         "adviser", "advisor", "envoy", "representative", "ally", "rival",
                         "opponent", "counterpart", "host", "guest", "killer", "assassin",
                         "lawyer", "friend", "companion", "children", "sons", "family"})
# nouns a surname qualifies after "the" ("the Assad regime", "the Biden administration")
_ATTRIBUTIVE = frozenset({"regime", "government", "administration", "era", "family", "camp",
                          "rule", "presidency", "years", "loyalists", "cabinet", "doctrine"})


def _possessors(sr: Any, si: int, before: int | None) -> list[Any] | None:
    """The person mentions of sentence *si* (before token *before*, if given) when every
    one of them is a possessor or an attribute ("the Assad regime"); None when another
    person is named."""
    out = []
    toks = sr.doc.toks
    for m in sr.doc.by_sent.get(si, ()):
        if m.etype != "Person" or m.in_title or (before is not None and m.hi > before):
            continue
        if not m.poss:
            if m.hi < len(toks) and toks[m.hi].key in _ATTRIBUTIVE and m.lo > 0 and \
                    toks[m.lo - 1].key == "the":
                continue  # "since the fall of the Assad regime": no one named
            return None
        out.append(m)
    return out


def _role_possessed(sr: Any, m: Any) -> bool:
    """Does a role or title noun follow the possessor *m* ("Qaani's deputy", "Trump's
    special envoy", "X's foreign minister"; not "X's first foreign trip")?"""
    toks = sr.doc.toks
    keys = [t.key for t in toks[m.hi:min(len(toks), m.hi + _LOOK + 2)]]
    for i, k in enumerate(keys[:_LOOK]):
        if k in _ROLES or k in _MORE_ROLES or any(
                " ".join(keys[i:i + n]) in L.EN_TITLES for n in (1, 2, 3)):
            return True
        if toks[m.hi + i].punct:
            return False
    return False


def possessor_antecedent_en(sr: Any, x: int) -> str | None:
    """The person "he" / "she" at *x* stands for when its sentence names only him before it,
    as a possessor ("It was X's first trip since he ..."); else None."""
    if sr.toks[x].ar or sr.key(x) not in ("he", "she"):
        return None
    here = _possessors(sr, sr.si, x)
    if here is None:
        return None
    if not here and sr.si > 0 and sr.lo > 0 and sr.doc.toks[sr.lo - 1].text == ";":
        here = _possessors(sr, sr.si - 1, None)  # "It was X's visit; in May he met Y"
    if not here or len({m.eid for m in here}) != 1 or any(_role_possessed(sr, m)
                                                          for m in here):
        return None
    return here[0].eid



def possessor_start(doc: Any, si: int, b: int) -> int:
    """The token before the possessor that ends at *b* ("in place of Assad's X", "talks with
    Iran's X": "of", "with"), past an article or nationality before it, for the search of a
    subject: a person after "<possessor>'s" is marked by what precedes the possessor
    (session 61: "Named minister in place of Assad's X, he flew ...": X is no subject). *b*
    itself when no possessive mention ends there."""
    pm = next((m for m in doc.by_sent.get(si, ()) if m.poss and m.lo <= b < m.hi), None)
    if pm is None:
        return b
    b = (pm.tlo if 0 <= pm.tlo < pm.lo else pm.lo) - 1
    while b >= 0 and (doc.toks[b].key in ("the", "a", "an") or doc.toks[b].key in L.NATIONALITY):
        b -= 1
    return b
