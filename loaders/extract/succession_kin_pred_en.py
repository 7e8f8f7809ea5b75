"""SUCCESSOR_OF, English: the predecessor given only as the taker's kin ("took over from his
father", "took over the leadership after his brother's death") (session 39; "his late
brother", "his half-brother" and the dead holder of the post in session 69, kin69).

"Walid Jumblatt led the party for decades. ... Taymour took over from his father as party
chief": no name follows the kin noun, so the base read nothing. The relative is the person
named before in the article who shares the taker's family name (the last part of both ids:
taymour-jumblatt / walid-jumblatt, mohammed-sinwar / yahya-sinwar); nobody when no such
person was named, or when several different ones were (unsure); then (a cousin, a
half-brother of another family name: "Sultan Haitham bin Tariq, who succeeded his cousin"
after "the death of Sultan Qaboos bin Said") the dead holder of the post: the latest person
named before with a ruler's title of the taker's post (his title, or the post word of the
sentence: "proclaimed Amir", "ascended the throne"), no deputy, with a death word near his
mention (``succession_kin_resolve``, shared with ``succession_kin_pred_ar``). Called from
``succession_rules_en._appointed_en`` for "took over from / after his <kin> ('s death)" and,
with the kin opening the sentence in apposition to the taker, "His brother, X, took over
(the leadership)" (``apposed_kin_en``).
"""

from __future__ import annotations

from typing import Any

from loaders.extract.rule_common import title_start
from loaders.extract.succession_kin_resolve import dead_holder_before, kin_named_before

_EN_KIN = frozenset({"father", "brother", "uncle", "cousin", "mother", "sister", "husband",
                     "wife", "grandfather", "son", "half-brother"})
_EN_DEATH = frozenset({"death", "killing", "assassination", "ouster", "resignation",
                       "departure", "retirement"})


# a ruler's post: the titles one of them names ("King Y", "the late Amir Y"), and the words
# that name a crown without saying which ("ascended the throne", "the monarch")
_EN_CROWN_TITLES = frozenset({"king", "sultan", "emir", "amir"})
_EN_ANY_CROWN = frozenset({"monarch", "ruler", "throne"})
_EN_EMIR = frozenset({"emir", "amir"})
_EN_PRESIDENT = frozenset({"president"})
# a title of one who stands in for the holder: no holder himself
_EN_STAND_IN = frozenset({"crown", "deputy", "vice", "acting", "regent", "heir"})
# a death told near a mention ("the late King Y", "condolences on the passing of Y")
_EN_DIED = frozenset({"died", "dies", "death", "passing", "passed", "late", "funeral",
                      "demise", "killed", "assassinated", "assassination", "killing"})


def _title_words(toks: Any, m: Any) -> set[str]:
    """The keys of the words of *m*'s title ("King", "the late Amir Sheikh") and of his
    name's words but the last (a title read into a known name: "Sultan Qaboos bin Said",
    "Saudi Arabia's King Abdullah")."""
    lo = m.tlo if 0 <= m.tlo < m.lo else m.lo
    return {toks[y].key for y in range(lo, max(m.lo + 1, m.hi - 1))}


def _post_heads(sr: Any, x: int, new: Any) -> frozenset[str]:
    """The ruler's titles of the post *new* took, from his title and the words of the sentence
    before *x*: the crown's titles named ("Sultan Haitham", "proclaimed Amir": an emir is an
    amir), every crown's for "the throne" / "monarch" alone, "president" for "President";
    else none."""
    words = _title_words(sr.doc.toks, new) | {sr.key(y) for y in range(sr.lo, x)}
    named = words & _EN_CROWN_TITLES
    if named:
        return frozenset(named | _EN_EMIR if named & _EN_EMIR else named)
    if words & _EN_ANY_CROWN:
        return _EN_CROWN_TITLES
    return _EN_PRESIDENT if words & _EN_PRESIDENT else frozenset()


def _stand_in(toks: Any, m: Any) -> bool:
    """Is *m* titled one who stands in for the holder ("Crown Prince", "Deputy Amir")?"""
    return bool(_title_words(toks, m) & _EN_STAND_IN)


def died_near_en(toks: Any, m: Any) -> bool:
    """A death word within ten words of the mention *m* in its sentence ("the late King Y",
    "the death of Sultan Y", "Y died on Friday")."""
    lo = title_start(m)
    for span in (range(lo - 1, max(-1, lo - 11), -1), range(m.hi, min(len(toks), m.hi + 10))):
        for y in span:  # (back from the title, then on from the name)
            if toks[y].text in (".", "!", "?"):
                break
            if toks[y].key in _EN_DIED:
                return True
    return False


def kin_word_at(sr: Any, x: int) -> int:
    """After "his / her" at *x*: where the kin noun stands, past "late" and "half-" /
    "step-" ("his late half-brother"); -1 when no kin noun follows."""
    k = x + 1
    if sr.key(k) == "late":
        k += 1
    if sr.key(k) in ("half", "step") and sr.key(k + 1) == "-":
        k += 2
    return k if sr.key(k) in _EN_KIN else -1


def kin_predecessor_en(sr: Any, x: int, new: Any, after: bool) -> str | None:
    """"his / her (late) <kin>" at *x*: the one person named before it in the article who
    shares the family name of the taker *new*, else the dead holder of his post (see the
    module docstring); with *after* the kin noun must be followed by a loss noun ("his
    brother's death"). None otherwise."""
    if new is None or sr.key(x) not in ("his", "her"):
        return None
    k = kin_word_at(sr, x)
    if k < 0:
        return None
    if after and not any(sr.key(y) in _EN_DEATH for y in range(k + 1, min(sr.hi, k + 3))):
        return None
    toks = sr.doc.toks
    heads = _post_heads(sr, x, new)
    old = kin_named_before(sr, x, new, father=False, late=sr.key(x + 1) == "late",
                           died=died_near_en)
    if old is not None and heads and not _title_words(toks, old) & heads:
        return None  # ("Basil al-Assad died in a crash. President Bashar al-Assad succeeded
        # his late father": Basil held no presidency; session 69)
    old = old or dead_holder_before(sr, x, new, heads, lambda m: _title_words(toks, m),
                                    _stand_in, died_near_en)
    return old.eid if old is not None else None


def apposed_kin_en(sr: Any, taker: Any) -> str | None:
    """"His / Her <kin>, X, took over": the kin of X named before (see ``kin_predecessor_en``)
    when "his <kin>," opens the sentence right before the taker X; else None."""
    if taker is None:
        return None
    x = title_start(taker) - 3
    if x != sr.lo or sr.toks[x + 2].text != ",":
        return None
    return kin_predecessor_en(sr, x, taker, False)
