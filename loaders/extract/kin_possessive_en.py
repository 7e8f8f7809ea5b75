"""English: a one-word name after "<name>'s <kin word>" takes the family of the possessor
(session 39, ``names``): "al-Hayya's son Hammam" -> Hammam al-Hayya, "Sinwar's brother
Mohammed" -> Mohammed Sinwar, as ``person_names.en_kin_first_names`` does for "<name> and his
brother Y". Only for kin of the same family (son, brother, nephew, ...; not "wife"), only a
possessor that is a person named in this sentence, and not before a second capitalised word
("Sinwar's brother Mohammed Sinwar": a full name, another step's).

``en_his_kin_names``: the same after "his / her / whose <kin> X" when the nearest person named
before it in the sentence is named by his family name ("Khalil al-Hayya, who survived the strike
that killed his son Hammam", "Khalil al-Hayya, whose son Hammam was killed" (session 63), "who
would replace Sinwar, though his brother Mohammed was ...", "Talabani, accompanied by his
brother Qubad"); a one-word mention that is no family name
("Abdullah ... and his son Reza") gives none. "<name> and his <kin> X" is
``en_kin_first_names``'s."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.mention_base import Mention, _resolve_name, make_mention
from loaders.extract.person_names import _EN_KIN_SAME_FAMILY, _family_text

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

_KIN_ADJ = frozenset({"eldest", "elder", "younger", "youngest", "late", "only"})
_HIS_HER_WHOSE = frozenset({"his", "her", "whose"})  # "X, whose son Hammam" (session 63)


def _has_kin_word(seg: str) -> bool:
    return any(map(seg.__contains__, _EN_KIN_SAME_FAMILY))  # (the tests in C: no generator)


def has_possessive_kin(seg: str) -> bool:
    """The cheap pre-check: "'s " and a kin word in the sentence."""
    return ("'s " in seg or "\u2019s " in seg) and _has_kin_word(seg)


_KIN_ALTERNATION = "|".join(sorted(map(re.escape, _EN_KIN_SAME_FAMILY), key=len, reverse=True))
_HIS_KIN = re.compile(rf"\b(?:his|her|whose)\s+(?:{_KIN_ALTERNATION})s?\b", re.IGNORECASE)
# a kin word in any case: a text that has_possessive_kin or has_his_kin finds one in holds a
# token this finds one in ("brother" of "his half-brother"; text_cue_bits)
KIN_ANY_CASE = re.compile(_KIN_ALTERNATION, re.IGNORECASE)


def has_his_kin(seg: str) -> bool:
    """The cheap pre-check: "his / her / whose <kin word>" in the sentence ("this son" or
    "her reason" is none)."""
    return ("his " in seg or "her " in seg or "His " in seg or "Her " in seg or
            "whose " in seg) and _HIS_KIN.search(seg) is not None


def _kin_before(doc: Doc, si: int, k: int) -> int | None:
    """The kin word's position for a name at *k* ("son X", "son, X"), or None."""
    toks = doc.toks
    kin = k - 1 if toks[k - 1].key in _EN_KIN_SAME_FAMILY else k - 2
    if kin <= doc.sents[si].lo or toks[kin].key not in _EN_KIN_SAME_FAMILY or \
            (kin == k - 2 and toks[k - 1].text != ","):
        return None
    return kin


def _lone_name_at(doc: Doc, k: int, hi: int, covered: dict[int, Mention]) -> bool:
    """A lone capitalised name word at *k* (no second name word after it)."""
    toks = doc.toks
    t = toks[k]
    if k in covered or not t.cap or t.punct or not t.text.isalpha() or t.ar or \
            t.key in L.EN_NOT_NAME or t.key in L.EN_STOP or t.key in L.NATIONALITY:
        return False
    nxt = toks[k + 1] if k + 1 < hi else None
    return nxt is None or not (nxt.cap and not nxt.punct or nxt.text == "-")


def _family_of(doc: Doc, m: Mention) -> str | None:
    """The family name the mention *m* gives: its last word(s) when it has two words or
    more, or the word itself when it is the family name of the person it names."""
    if m.hi - m.lo >= 2:
        return _family_text(doc, m)
    key = doc.toks[m.lo].key
    ent = doc.gaz.get(m.eid)
    name = ent.name if ent is not None else (doc.new_entities.get(m.eid) or {}).get("name", "")
    words = name.replace("-", " ").lower().split()
    return doc.text[doc.toks[m.lo].start:doc.toks[m.lo].end] if len(words) >= 2 and \
        words[-1] == key else None


def _add_kin_name(doc: Doc, si: int, k: int, family: str, covered: dict[int, Mention],
                  out: list[Mention]) -> None:
    """The lone given name at *k* as a person with the family name *family* (a possessive
    "'s" dropped)."""
    if family.endswith(("'s", "\u2019s")):
        family = family[:-2]
    eid = _resolve_name(doc, f"{doc.toks[k].text} {family}", "Person")
    me = make_mention(doc, si, k, k + 1, eid)
    out.append(me)
    covered[k] = me


# plural kin ("his sons Saddam and Khaled", session 61): the names listed after it
_KIN_PLURAL = frozenset({"sons", "brothers", "daughters", "nephews", "grandsons", "cousins"})


def _listed_kin_before(doc: Doc, si: int, k: int) -> int | None:
    """The kin word of a name at *k* named right after it or later in its list ("his sons
    Saddam and Khaled", "his sons A, B and C": the plural word), or None."""
    toks = doc.toks
    lo = doc.sents[si].lo
    if toks[k - 1].key in _KIN_PLURAL:
        return k - 1
    j = k
    while j - 2 > lo and toks[j - 1].key in ("and", ",") and toks[j - 2].cap and \
            not toks[j - 2].punct:
        j -= 2
        if toks[j - 1].key in _KIN_PLURAL:
            return j - 1
    return None


def _known_kin(doc: Doc, k: int, family: str, covered: dict[int, Mention]) -> bool:
    """Does the one-word mention at *k*, read as a known person by a lone given name
    ("Saddam": Saddam Hussein), name instead a known person of the kin's family ("his sons
    Saddam and Khaled" after Khalifa Haftar: Saddam Haftar)? Then it is re-linked."""
    me = covered.get(k)
    if me is None or me.lo != k or me.hi != k + 1 or me.etype != "Person":
        return False
    if family.endswith(("'s", "\u2019s")):
        family = family[:-2]
    eid = _resolve_name(doc, f"{doc.toks[k].text} {family}", "Person")
    if eid == me.eid or eid not in doc.gaz.entries:
        return False
    me.eid = eid
    return True


def en_his_kin_names(doc: Doc, si: int, covered: dict[int, Mention],
                     out: list[Mention]) -> None:
    """"his <kin> X" after a person named by his family name (see the module docstring);
    "his sons X and Y" (session 61): each name of the list, and a name an earlier step read
    as another known person by his given name alone when the family's full name is known."""
    toks = doc.toks
    s = doc.sents[si]
    for k in range(s.lo + 3, s.hi):
        lone = _lone_name_at(doc, k, s.hi, covered)
        if not lone and not (k in covered and toks[k].cap and (
                k + 1 >= s.hi or not toks[k + 1].cap or toks[k + 1].punct)):
            continue
        kin = _kin_before(doc, si, k)
        if kin is None:
            kin = _listed_kin_before(doc, si, k)
        if kin is None or toks[kin - 1].key not in _HIS_HER_WHOSE or \
                (kin - 2 >= s.lo and toks[kin - 2].key == "and"):
            continue
        before = sorted((m for m in out if m.etype == "Person" and m.kind == "name" and
                         m.hi <= kin - 1), key=lambda m: -m.hi)  # the nearest first
        family = _family_of(doc, before[0]) if before else None
        if lone:
            # a family before that gives a known full name first ("Khalifa Haftar received
            # Boulos with his sons Saddam and Khaled": Khaled Haftar, not Khaled Boulos)
            known = next((f for f in (_family_of(doc, r) for r in before)
                          if f and _resolve_name(doc, f"{toks[k].text} {f.removesuffix(chr(39) + 's')}",
                                                 "Person") in doc.gaz.entries), None)
            if known or family:
                _add_kin_name(doc, si, k, known or family, covered, out)
        else:  # (any person named before whose family gives a known full name)
            for r in before:
                fam = _family_of(doc, r)
                if fam and _known_kin(doc, k, fam, covered):
                    break


def en_possessive_kin_names(doc: Doc, si: int, covered: dict[int, Mention],
                            out: list[Mention]) -> None:
    """"<person>'s <kin> X": X with the possessor's family name (see the module docstring)."""
    toks = doc.toks
    s = doc.sents[si]
    people = {m.hi: m for m in out if m.etype == "Person" and m.kind == "name"}
    for k in range(s.lo + 2, s.hi):
        if not _lone_name_at(doc, k, s.hi, covered):
            continue
        kin = _kin_before(doc, si, k)
        if kin is None:
            continue
        pos = kin - 1 if toks[kin - 1].key not in _KIN_ADJ else kin - 2
        ref = people.get(pos + 1)
        if ref is None or not toks[pos].poss:
            continue
        _add_kin_name(doc, si, k, _family_text(doc, ref), covered, out)
