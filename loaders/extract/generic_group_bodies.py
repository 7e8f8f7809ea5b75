"""A generic group word is no named body without a word naming whose groups they are.

The gazetteer keeps a collective body whose aliases are common nouns ("armed factions",
"militia leaders", "الفصائل", "فصائل مسلحة"). Such a word names that body only when a
country word qualifies it next to it ("Iran-backed armed factions", "Iraqi faction leaders",
"فصائل مسلحة موالية لإيران"); alone ("leaders of Shiite factions", "قادة فصائل المقاومة",
"قادة الفصائل") or after a quantifier ("several (Iraqi) armed factions", "فصائل مسلحة عدة")
it is some groups, no body, and is no side of a meeting (session 40: 11 MET_WITH false pairs
in 10 batches came from such words). The mention stays (the rules still read "X met faction
leaders. Around the table were A, B" as X's meeting); ``unqualified_groups`` notes it while
the mentions are found and ``drop_group_meetings`` drops the meetings it is a side of."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L

if TYPE_CHECKING:
    from loaders.extract.mention_core import Mention
    from loaders.extract.mentions import Doc

# the words a generic group mention is made of (folded keys, both scripts)
_EN_GROUP_WORDS = frozenset({
    "factions", "faction", "militias", "militia", "armed", "groups", "leaders", "commanders",
    "paramilitaries", "militiamen"})
_AR_GROUP_WORDS = frozenset(L.fold_ar(w) for w in (
    "فصائل", "الفصائل", "مسلحة", "المسلحة", "مليشيات", "المليشيات", "الميليشيات",
    "ميليشيات", "الميلشيات", "ميلشيات", "الجماعات", "جماعات"))
_GROUP_WORDS = _EN_GROUP_WORDS | _AR_GROUP_WORDS
# a cheap test of the sentence's text before any loop
GROUP_CUES = ("faction", "Faction", "militia", "Militia", "armed groups", "Armed groups",
              "paramilitar", "Paramilitar", "فصائل", "مليشي", "ميليشي", "ميلشي", "جماعات")
# an indefinite quantifier before (English) or after (Arabic) the group word
_EN_QUANTIFIERS = frozenset({"several", "some", "various", "many", "few", "numerous",
                             "multiple", "two", "three", "four", "five", "dozens", "other"})
_AR_QUANTIFIERS = frozenset(L.fold_ar(w) for w in ("عدة", "بعض", "عدد"))
_BEFORE = 3  # tokens before the mention a qualifier may stand in ("Iran-backed armed ...")
_AFTER = 5  # and after it ("فصائل مسلحة موالية لإيران", "مليشيات مسلحة مختلفة مدعومة من إيران")


def _country_word(doc: Doc, k: int, countries: list[Mention]) -> bool:
    t = doc.toks[k]
    if t.key in L.NATIONALITY:
        return True
    for m in countries:  # (a loop: no generator per word)
        if m.lo <= k < m.hi:
            return True
    return False


def unqualified_groups(doc: Doc, si: int, lo: int, hi: int, out: list[Mention]) -> None:
    """Note in ``doc.state["generic_groups"]`` (sentence, id) for each mention in *out* (the
    mentions of sentence *si*, tokens lo..hi) of a known body made only of generic group words
    (a nationality adjective aside) that no country word qualifies next to it, or that
    follows / precedes a quantifier, unless the body is named qualified in the sentence too."""
    toks = doc.toks
    entries = doc.gaz.entries
    countries = [m for m in out if m.etype == "Country"]
    bare, named = set(), set()
    for m in out:
        if m.etype != "Organization" or m.eid not in entries:
            continue
        keys = [toks[k].key for k in range(m.lo, m.hi) if not toks[k].punct]
        words = [x for x in keys if x not in L.NATIONALITY]
        if not words or any(x not in _GROUP_WORDS for x in words):
            named.add(m.eid)
            continue
        before = toks[m.lo - 1].key if m.lo - 1 >= lo else ""
        after = toks[m.hi].key if m.hi < hi else ""
        if before in _EN_QUANTIFIERS or after in _AR_QUANTIFIERS or before in _AR_QUANTIFIERS:
            bare.add(m.eid)
            continue
        near = range(max(lo, m.lo - _BEFORE), min(hi, m.hi + _AFTER))
        if len(words) < len(keys) or any(_country_word(doc, k, countries) for k in near
                                          if not m.lo <= k < m.hi):
            named.add(m.eid)  # "Iraqi armed factions", "Iran-backed militias"
        else:
            bare.add(m.eid)
    if bare - named:
        doc.state.setdefault("generic_groups", set()).update((si, e) for e in bare - named)


def drop_group_meetings(doc: Doc, rels: list) -> list:
    """*rels* without the MET_WITH relations one of whose sides is a body named in the
    relation's sentence only by an unqualified group word (``unqualified_groups``)."""
    generic = doc.state.get("generic_groups")
    if not generic:
        return rels
    return [r for r in rels if r.type != "MET_WITH" or (
        (r.sent, r.source) not in generic and (r.sent, r.target) not in generic)]
