"""MET_WITH: another partner named after the place of the first one.

Wire copy lists the stops of a visit in one object list, each partner with its place: "He
later met Prime Minister X at the government headquarters and Parliament Speaker Y", "met
X at Baabda palace and Speaker Y"; "التقى رئيس الحكومة X في السراي الحكومي ورئيس مجلس
النواب Y في عين التينة", "... في السراي ثم رئيس مجلس النواب Y", also after a comma ("... في
عين التينة، ورئيس الحكومة Y في السراي", "... in Ain al-Tineh, and Premier Y", session 19). Y is
met too, unless a new clause starts with Y ("... at the palace and Y told reporters"). Called by
``core_recall_objects.more_objects`` with the token right after the object list.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.meeting_relative_list import in_relative_clause
from loaders.extract.rule_common import person_at, title_start

_EN_PLACE_PREPS = frozenset({"at", "in", "on"})  # (and the day: "on Monday and Y")
_EN_ASIDE_MAX = 9
_EN_CLAUSE_GOES_ON = frozenset({"in", "at", "on", "for", "to", "during", "before", "after",
                                "and", "whose", "who", "later", "separately", "respectively"})
_EN_LATER = frozenset({"later", "also", "then", "separately", "afterwards"})
_AR_THEN = frozenset({"ثم", "وثم"})
_AR_STOP = L._ar("حيث", "الذي", "التي", "الذين", "قبل", "بعد", "فيما", "بينما", "لكن",
                 "عندما", "حين", "دون", "وقال", "وأضاف", "وأكد")


def partner_after_place(sr: Any, x: int) -> list[Any]:
    """The people met after a place phrase opening at token *x* (module doc), else []."""
    if x >= sr.hi:
        return []
    if sr.toks[x].ar:
        return _after_place_ar(sr, x)
    if sr.toks[x].key not in _EN_PLACE_PREPS:
        return []
    for y in range(x + 1, min(sr.hi - 1, x + 8)):
        tk = sr.toks[y]
        if tk.punct and tk.text not in ("'", "-") and not (
                tk.text == "," and sr.key(y + 1) == "and"):  # "... in Ain al-Tineh, and Y"
            return []
        if tk.text == "," and in_relative_clause(sr, y):
            return []  # "A, who met X in Cairo, and B, who ...": B is no partner (s56)
        m = sr.mention_at.get(y)
        if m is not None and m.etype in ("Person", "Organization"):
            return []
        if tk.key != "and":
            continue
        z = y + 1
        while z < sr.hi and sr.toks[z].key in _EN_LATER:
            z += 1  # "... and later Speaker Y"
        return _titled_partner_en(sr, z)
    return []


_EN_QUALIFIERS = frozenset({"former", "acting", "outgoing", "caretaker", "interim", "incoming",
                            "then", "senior", "top"})  # ("senior Hamas official Y", s55)


def _titled_partner_en(sr: Any, z: int) -> list[Any]:
    """The person (and list) named at *z* past a title that may hold a body ("Speaker Y",
    "Atomic Energy Organization head Y", session 20), when the clause goes on with no verb
    of Y's own, else []."""
    p = sr.after(z, types=("Person",), maxgap=6)
    if p is None or p.poss:
        return []
    w = z
    while w < title_start(p):
        m = sr.mention_at.get(w)
        if m is not None and m.etype in ("Organization", "Country") and not m.poss and \
                m.hi <= title_start(p):
            w = m.hi  # a body inside the title
            continue
        if not sr.toks[w].cap and sr.key(w) not in _EN_QUALIFIERS and (
                w == z or sr.key(w) not in L.EN_TITLE_FIRST):
            return []  # ("caretaker Premier Y", "former President Y": a qualifier first)
        w += 1
    ch = sr.chain(p, ("Person",))
    end = ch[-1].hi
    if end < sr.hi and not sr.toks[end].punct and sr.toks[end].key not in _EN_CLAUSE_GOES_ON:
        return []  # "... at the palace and X told reporters": a clause of its own
    return ch


def partner_after_aside_en(sr: Any, c: int) -> list[Any]:
    """"met X and, in a separate meeting, Speaker Y" (*c*: the comma after "and"): Y met
    too when the aside names nobody and Y's clause has no verb of its own (session 20); an
    attribution may name a body ("and, according to a source close to Hamas, Y"; s55)."""
    source = sr.key(c + 1) == "according" and sr.key(c + 2) == "to"
    for y in range(c + 1, min(sr.hi - 1, c + _EN_ASIDE_MAX)):
        tk = sr.toks[y]
        m = sr.mention_at.get(y)
        if m is not None and (m.etype == "Person" or m.etype == "Organization" and not source):
            return []
        if tk.text == ",":
            return _titled_partner_en(sr, y + 1) if y > c + 1 else []
        if tk.punct and tk.text not in ("'", "-"):
            return []
    return []


def _after_place_ar(sr: Any, x: int) -> list[Any]:
    """Arabic: "في <place> ورئيس ... Y" / "في <place> (،) ثم رئيس ... Y"."""
    if sr.toks[x].key not in ("في", "فى"):
        return []
    for y in range(x + 1, min(sr.hi, x + 7)):
        tk = sr.toks[y]
        if tk.text in ("،", ",") and y > x + 1 and (sr.key(y + 1)[:1] == "و" or
                                                    sr.key(y + 1) in _AR_THEN):
            continue  # "في عين التينة، ورئيس الحكومة Y في السراي": the next stop (and
            # "...، ثم رئيس الحكومة Y", session 45)
        if tk.punct or sr.f(y) & _AR_STOP:  # (not AR_COMMON_VERBS: "عين التينة" is a place)
            return []
        if tk.key in _AR_THEN:
            p = person_at(sr, y + 1)
            ch = sr.chain(p, ("Person",)) if p is not None else []
            return ch if ch and _list_goes_on_ar(sr, ch[-1].hi) else []
        p = person_at(sr, y) if tk.key[:1] == "و" and y > x + 1 else None
        if p is not None:  # (a title without و runs on to its name, which ends the search)
            rest = tk.key[1:]
            rest = rest[1:] if rest[:1] == "ب" else rest[2:] if rest[:2] == "مع" else rest
            # ("ورئيس مجلس النواب Y", "وبرئيس الحكومة Y", "ومع رئيس ...": و before a title)
            waw = p.prefix.startswith("و") or rest in L.AR_TITLE_FIRST or rest[:2] == "ال"
            if not waw:
                return []
            ch = sr.chain(p, ("Person",))
            return ch if _list_goes_on_ar(sr, ch[-1].hi) else []
        m = sr.mention_at.get(y)
        if m is not None and m.etype in ("Person", "Organization"):
            return []
    return []


def _list_goes_on_ar(sr: Any, end: int) -> bool:
    """After the last partner: the sentence ends, or a place, a time or the next list item
    follows -- not a verb of a clause of its own ("ورئيس مجلس النواب Y يرفض الخطة")."""
    if end >= sr.hi or sr.toks[end].punct:
        return True
    k = sr.toks[end].key
    return k in _AR_NEXT or k[:1] in ("و", "ب") or sr.mention_at.get(end) is not None


_AR_NEXT = L._ar("في", "فى", "ثم", "قبل", "بعد", "حيث", "امس", "اليوم", "يوم", "مساء", "صباح",
                 "خلال", "لبحث", "لمناقشة")
