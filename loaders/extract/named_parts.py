"""The parts of the names of people the article has named (``part_of_named``: "Hajj X",
"Abu Y", a bin chain, a compound given name), a kunya by sound, the people named so far
(``_named_people``) and a given name that is a known person's full first name
(``_given_name_full``, ``_named_by_given``)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from loaders.extract import given_names as GN
from loaders.extract import lexicon as L
from loaders.extract.gazetteer_spelling import KUNYA_OPENERS
from loaders.extract.given_family_en import given_and_family_en
from loaders.textnorm import (
    core_tokens,
    is_arabic,
    token_phonetic,
    token_skeleton,
)

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc


_TURKIC_PATRONYMS = frozenset({"oglu", "oğlu", "ogly", "ogli", "qizi", "gizi", "kyzy", "kizi",
                               "uly", "uulu"})
_HAJJ = frozenset({"hajj", "haj", "hajji", "haji", "حاج", "الحاج"})
_INNER_TITLES = frozenset({"شيخ", "الشيخ", "سيد", "السيد", "ملا", "مام", "sheikh", "shaikh",
                           "sheik", "sayyid", "sayyed", "sayed", "mullah", "mam"})
_BIN_WORDS = frozenset({"bin", "ibn", "بن", "ابن"})
# the Mauritanian and Tuareg "son of" ("محمد ولد البشير" is no "محمد البشير" with a father)
_SON_OF = L.AR_SON_OF | {"ould", "ag"}
# the first word of a two-word given name ("أحمد عبد الهادي" is Ahmad + Abd al-Hadi, not a
# first name, a father's name and a family name)
_COMPOUND_FIRST = frozenset({"عبد", "عبدال", "abd", "abdul", "abdel", "abdal", "abu", "أبو", "ابو"})
_AR_KUNYA_CASES = frozenset({"أبي", "أبا", "ابي", "ابا"})

# words of a name that link it to a father or a dynasty ("Khalid bin Salman", "آل ثاني"):
# the word after them is no name of the person on its own
_PART_CHAIN = frozenset({"bin", "ibn", "bint", "بن", "ابن", "بنت", "ال", "آل"})
# the second word of a compound name ("Yar Allah", "صفي الدين"), the first of a kunya
_PART_TAILS = frozenset({"الله", "allah", "ullah", "llah", "الدين", "din", "deen"})
_PART_HEADS = frozenset({"abu", "umm", "abd", "abdul", "abdel", "ابو", "ام", "عبد", "ابي"})
_PART_SKIP = frozenset({"al", "el", "ال"})


@lru_cache(maxsize=50_000)
def _name_part_keys(name: str) -> tuple[list[str], bool]:
    """:func:`_part_keys` of the words of *name* (cached per name: do not change the list)."""
    return _part_keys(core_tokens(name))


def _part_keys(toks: list[str] | tuple[str, ...]) -> tuple[list[str], bool]:
    """Skeletons of the name words of *toks* (articles left out) and whether the name has
    a father / dynasty chain ("bin", "آل")."""
    words = [t for t in toks if t not in _PART_SKIP]
    chain = not _PART_CHAIN.isdisjoint(words[1:-1])  # (in C: no generator)
    return [token_skeleton(t) for t in words if t not in _PART_CHAIN], chain


def given_and_father_en(qtoks: list[str]) -> bool:
    """Are *qtoks* two Latin name words that may be a given name and a father's name, the
    leading words of a longer name ("Ahmad Abdullah", "Hamza Abdi"): no kunya or "Abd"
    head, no "bin" link, neither word a particle or a one-letter initial (session 45)?"""
    return len(qtoks) == 2 and not any(is_arabic(t) for t in qtoks) and \
        qtoks[0] not in _PART_HEADS and qtoks[1] not in _PART_TAILS and \
        not any(t in _PART_CHAIN or t in L.EN_NAME_LINKS or len(t) < 3 for t in qtoks)


def _is_part(q: list[str], qtoks: list[str], n: list[str], chain: bool,
             lead: bool = False) -> bool:
    """Is the name *q* (skeletons; *qtoks* its words) a short form of the fuller name *n*
    of one person: its family name ("Ibrahim" of "Abdul Karim Mahmoud Ibrahim"), a compound
    family name in either spelling ("Yar Allah" / "Yarallah" / "يار الله"), the first and
    last names without the middle ones, or the first name of a "bin" chain ("Prince Khalid"
    of "Khalid bin Salman")?  Never a different first name with the same family name
    ("Masrour Barzani" is not "Masoud Barzani")."""
    if len(n) < 2 or len(q) >= len(n) or not all(q):
        return False
    if len(q) == 2 and qtoks[0] in _KUNYA and q == n[:2]:
        return True  # "Abu Umar" / "أبو عمر" of "Abu Umar al-Hasani al-Qurashi": the kunya
    joined = "".join(q)
    if len(q) == 1:
        if chain:
            return qtoks[0] not in _PART_HEADS and q[0] == n[0] and len(q[0]) >= 3
        return len(qtoks[0]) >= 4 and len(q[0]) >= 2 and (
            q[0] == n[-1] or q[0] == "".join(n[-2:]))
    if len(q) == 2 and (qtoks[-1] in _PART_TAILS or qtoks[0] in _PART_HEADS):
        return not chain and joined in (n[-1], "".join(n[-2:]))
    if lead and len(q) == 2 and len(n) >= 3 and q == n[:2] and not chain and \
            given_and_father_en(qtoks):
        return True  # "Sheikh Ahmad Abdullah" of "Ahmad Abdullah Al-Ahmad Al-Sabah" (s45)
    if q[0] != n[0] or q[-1] != n[-1]:
        return False
    it = iter(n)
    return all(any(x == y for y in it) for x in q)  # q is a subsequence of n


def part_of_named(doc: Doc, toks: list[str], lead: bool = False) -> str | None:
    """The one person named before in the article (in the gazetteer or new) of whom
    *toks* is a short form (see :func:`_is_part`); None if none or several. With *lead*
    (the caller saw an honorific or title before the words and no apposition of their own
    after them: "Sheikh Ahmad Abdullah"), also a given name and father's name that lead the
    full name (not "Mohammed Ahmed, a spokesman for ...": another man; review45 #5)."""
    words = [t for t in toks if t not in _PART_SKIP]
    q, _qchain = _part_keys(words)
    if not q or len(q) > 3:
        return None
    index = _named_people(doc)
    if not index:
        return None
    qwords = [t for t in words if t not in _PART_CHAIN]
    found: set[str] = set()
    # a short form ends as the full name does, or is the first name of a "bin" chain
    kunya = index.get(("kunya", q[1]), ()) if len(q) == 2 and qwords[0] in _KUNYA else ()
    lead_rows = index.get(("lead2", q[0], q[1]), ()) if lead and len(q) == 2 and \
        given_and_father_en(qwords) else ()
    for eid, n, chain in (*index.get(q[-1], ()), *index.get("".join(q), ()),
                          *index.get(("first", q[0]), ()), *kunya, *lead_rows):
        if eid not in found and _is_part(q, qwords, n, chain, lead):
            found.add(eid)
            if len(found) > 1 and not kunya:
                return None
    if len(found) > 1:
        return _kunya_by_sound(doc, qwords[1], found)
    return next(iter(found)) if found else None


def _kunya_by_sound(doc: Doc, word: str, ids: set[str]) -> str | None:
    """Of several people whose kunya has the skeleton of *word* ("Abu al-Hasan" and "Abu
    al-Hussein" are both "b hsn"), the one whose kunya sounds the same (long vowels kept:
    حسن/Hasan is no حسين/Hussein); None if not exactly one."""
    key = _sound(word)
    hits = set()
    for eid in ids:
        e = doc.gaz.entries.get(eid)
        ne = doc.new_entities.get(eid)
        names = e.all_names() if e is not None else [ne["name"], *ne["aliases"]] if ne else []
        for name in names:
            toks = [t for t in core_tokens(name) if t not in _PART_SKIP]
            if len(toks) >= 2 and toks[0] in _KUNYA and _sound(toks[1]) == key:
                hits.add(eid)
                break
    return next(iter(hits)) if len(hits) == 1 else None


def _sound(word: str) -> str:
    """A name word's consonants and long i (Hasan/حسن -> hsn, Hussein/حسين -> hsin)."""
    return "".join(c for c in token_phonetic(word) if c not in "aeou")


def _named_people(doc: Doc) -> dict:
    """The names of the people named so far in the article (as written and, once per
    person, the gazetteer's or the new entity's names) as (id, name skeletons, chain),
    indexed by the skeleton of the last word, of the last two words joined, and (for
    "bin" chains) by ("first", first word); kept up to date as ``doc.ments`` grows."""
    st = doc.part_names
    ments = doc.ments
    if st[0] == len(ments):
        return st[1]
    index, seen = st[1], st[2]
    text = doc.text
    gaz_rows = doc.gaz.token_facts.setdefault("part_rows", {})
    for m in ments[st[0]:]:
        if m.etype != "Person" or m.kind != "name":
            continue
        _index_part_rows(index, m.eid, [_name_part_keys(text[m.start:m.end])])
        if m.eid not in seen:
            seen.add(m.eid)
            e = doc.gaz.entries.get(m.eid)
            if e is not None:
                # the rows of a gazetteer person's names, made once per run
                rows = gaz_rows.get(m.eid)
                if rows is None:
                    rows = gaz_rows[m.eid] = _index_part_rows(
                        {}, m.eid, [_name_part_keys(x) for x in e.all_names()])
                for key, krows in rows.items():
                    have = index.get(key)
                    if have is None:
                        index[key] = krows.copy()
                    else:
                        have += krows
            else:
                ne = doc.new_entities.get(m.eid)
                if ne is not None:
                    _index_part_rows(index, m.eid, [_name_part_keys(x) for x in
                                                    [ne["name"], *ne["aliases"]]])
    st[0] = len(ments)
    return index


def _index_part_rows(index: dict, eid: str, names: list[tuple[list[str], bool]]) -> dict:
    """Add the rows (id, name skeletons, chain) of *names* of *eid* to *index* (see
    ``_named_people``); returns *index*."""
    for n, chain in names:
        if len(n) < 2:
            continue
        row = (eid, n, chain)
        index.setdefault(n[-1], []).append(row)
        index.setdefault("".join(n[-2:]), []).append(row)
        if chain:
            index.setdefault(("first", n[0]), []).append(row)
        elif len(n) >= 3:
            index.setdefault(("lead2", n[0], n[1]), []).append(row)  # (s45: given + father)
        if len(n) >= 3 and n[0] == "b":
            # a kunya name ("Abu Umar al-Qurashi"), found again by its kunya
            index.setdefault(("kunya", n[1]), []).append(row)
    return index


def _given_name_full(doc: Doc, key: str) -> str | None:
    """The one known person the article names in full with the given name *key* ("قاسم"
    -> "قاسم سليماني"), looked up anywhere in the article; None if none or several. An
    Arabic given name missing from the lists counts when the article writes it before a
    known surname ("الوزير سامح" after "سامح شكري"): the full name is the evidence."""
    latin = not is_arabic(key)
    if (not latin and key not in GN.ALL and (len(key) < 3 or key.startswith("ال"))) or \
            (latin and (key in L.EN_NOT_NAME or key in L.EN_STOP)):
        return None
    toks = doc.toks
    found: set[str] = set()
    for i in range(len(toks) - 1):
        t = toks[i]
        if t.key != key or t.ar == latin or toks[i + 1].ar == latin or toks[i + 1].punct or \
                (latin and not toks[i + 1].cap):
            continue
        nxt = toks[i + 1]
        eid = doc.gaz.fuzzy_person(core_tokens(f"{t.text} {nxt.text}"), doc.mentioned_ids(),
                                   types=("Person",))
        if eid is not None:
            found.add(eid)
    if not found and latin:
        found = _named_by_given(doc, key)
    if not found and latin:
        found = given_and_family_en(doc, key)
    return next(iter(found)) if len(found) == 1 else None


def _named_by_given(doc: Doc, key: str) -> set[str]:
    """The people named before in full (two name words or more) whose name as written
    opens with the Latin given name *key*: "Sheikh Nawaf" after "Sheikh Nawaf Al-Ahmad
    Al-Jaber Al-Sabah", whose next word ("Al-Ahmad") the token scan above does not join."""
    out: set[str] = set()
    text = doc.text
    for m in doc.ments:
        if m.etype != "Person" or m.kind != "name" or doc.toks[m.lo].ar:
            continue
        ct = core_tokens(text[m.start:m.end])
        if len(ct) >= 2 and ct[0] == key:
            out.add(m.eid)
    return out


_KUNYA = KUNYA_OPENERS | {"ابي"}  # (the genitive «أبي» too)
_KUNYA_FIRST = frozenset({"abu ", "umm "})  # first 4 letters of new ids' Latin names
