"""Where a title phrase starts and ends, in both languages (``_title_at``: the longest
title of the lexicon at a token, Arabic with its clitics and stems), and whether a token may start
one (``_may_title``); used by the title scan (``titles``) and by the bodies and capitals steps.
A description-only English title ("the sultan", ``lexicon.EN_DESCRIPTION_TITLES``) is a title
only after "the" or a qualifier and before no capitalised word (session 66)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.mention_base import (
    _B_TITLE,
    _title_firsts,
)
from loaders.extract.tokens import STEM, Tok

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc


_MAY_TITLE: dict[str, bool] = {}  # token text -> _may_title


# capitalised function and time words that never start a name after a title ("The
# Governor Of Nineveh Province", "MP For Kirkuk", "Interior Minister Monday Statement"); not
# "Said" (a given name) nor "May"
_EN_NOT_FIRST = L.EN_STOP - {"said", "may"}


def _en_function_first(key: str) -> bool:
    """Is the English word *key* a function or time word that never opens a name?"""
    return key in _EN_NOT_FIRST


def _may_title(t: Tok) -> bool:
    """Cheap test: can a title phrase start at this token? (cached per token text)"""
    hit = _MAY_TITLE.get(t.text)
    if hit is None:
        if t.punct:
            hit = False
        elif t.ar:
            hit = _may_title_ar(t.key, t.stems)
        else:
            hit = t.key in L.EN_TITLE_FIRST or t.key in L.EN_DESCRIPTION_TITLES
        if len(_MAY_TITLE) > 200_000:
            _MAY_TITLE.clear()
        _MAY_TITLE[t.text] = hit
    return hit


@lru_cache(maxsize=100_000)
def _may_title_ar(key: str, stems: tuple) -> bool:
    # (و + the article too, as ``_title_firsts`` tries it: "والمشير X"، "والعقيد X",
    # a rank with و whose stem without the article is no title word; session 23, second round)
    return key in L.AR_TITLE_FIRST or not L.AR_TITLE_FIRST.isdisjoint(map(STEM, stems)) or \
        (key[:3] == "وال" and key[1:] in L.AR_TITLE_FIRST)  # (the stems tested in C)


@lru_cache(maxsize=100_000)
def _title_firsts_known(key: str, stems: tuple) -> tuple[str, ...]:
    """``_title_firsts`` that can begin a title (with or without the article)."""
    return tuple(st for st in _title_firsts(key, stems) if st in L.AR_TITLE_FIRST)


def _title_lengths(titles: dict[str, str]) -> dict[str, tuple[int, ...]]:
    """First word -> the word counts (4, 3, 2, 1 at most, longest first) of titles it begins
    (four: "youth and sports minister")."""
    lengths: dict[str, set[int]] = {}
    for title in titles:
        words = title.split()
        lengths.setdefault(words[0], set()).add(len(words))
    return {w: tuple(n for n in (4, 3, 2, 1) if n in ns) for w, ns in lengths.items()}


_AR_TITLE_LENGTHS = _title_lengths(L.AR_TITLES)
_EN_TITLE_LENGTHS = _title_lengths(L.EN_TITLES)


@lru_cache(maxsize=10_000)
def _ar_title_lengths(stem: str) -> tuple[int, ...]:
    """Word counts worth trying for an Arabic title starting with *stem* (the title may carry
    the article the stem lacks)."""
    ns = set(_AR_TITLE_LENGTHS.get(stem, ()))
    if not stem.startswith("ال"):
        ns.update(_AR_TITLE_LENGTHS.get("ال" + stem, ()))
    return tuple(n for n in (3, 2, 1) if n in ns)


_TITLE_FIRSTS_KNOWN: dict[str, tuple[str, ...]] = {}  # token text -> _title_firsts_known


def _leading_woman(toks: list, k: int) -> bool:
    """"القيادية" at *k* is a woman's title ("قُتلت القيادية X"), not the adjective of a
    definite noun before it ("المناصب القيادية") nor an indefinite adjective ("مناصب قيادية")."""
    return L.AR_FEMININE_TITLE_ADJ in toks[k].key and not (
        k > 0 and toks[k - 1].ar and toks[k - 1].key.startswith(("ال", "وال", "بال", "لل")))


# the words before a description-only title ("the sultan", "the new sultan", "the late sultan")
_EN_DESCRIPTION_BEFORE = frozenset({"the", "new", "late", "former", "young", "ailing", "then",
                                    "outgoing", "elderly"})


def _bare_description_en(toks: list, k: int, hi: int) -> bool:
    """Is the description-only title at *k* ("sultan") a description: after "the" or its
    qualifier and before no capitalised word ("held talks with the new sultan", "the Sultan
    of Oman"; not "Sultan al-Barakani", "Tal al-Sultan")?"""
    if k == 0 or toks[k - 1].key not in _EN_DESCRIPTION_BEFORE:
        return False
    nxt = toks[k + 1] if k + 1 < hi else None
    return nxt is None or nxt.punct or not (nxt.cap or nxt.text[:3].lower() in ("al-", "el-"))


def _title_at(doc: Doc, k: int, hi: int) -> tuple[int, str, str] | None:
    """A title phrase starting at token *k*: (end token, role kind, folded title)."""
    if not doc.pass_bits[k] & _B_TITLE:
        return None  # = not _may_title(toks[k])
    toks = doc.toks
    t = toks[k]
    if t.ar:
        firsts = _TITLE_FIRSTS_KNOWN.get(t.text)
        if firsts is None:
            if len(_TITLE_FIRSTS_KNOWN) > 200_000:
                _TITLE_FIRSTS_KNOWN.clear()
            firsts = _TITLE_FIRSTS_KNOWN[t.text] = _title_firsts_known(t.key, t.stems)
        for stem in firsts:
            for n in _ar_title_lengths(stem):
                if k + n > hi:
                    continue
                phrase = stem  # (the words joined by spaces, without a list per try)
                for j in range(1, n):
                    phrase += " " + toks[k + j].key
                # 'الرئيس' folded keeps the article; titles are stored folded with article
                for cand in (phrase, "ال" + phrase if not phrase.startswith("ال") else phrase):
                    if cand in L.AR_TITLES:
                        if n == 1 and cand in ("امر", "الامر") and "آ" not in t.text:
                            continue  # أمر "ordered" / "order", not آمر "commander"
                        if cand == L.AR_FEMININE_TITLE_ADJ and not _leading_woman(toks, k):
                            continue  # "المناصب القيادية", "مناصب قيادية": leading posts
                        if cand == _AR_RULER and ("ال" + cand) in t.key:
                            continue  # "الحزب الحاكم": ruling, not "حاكم دبي" (ruler)
                        if cand == AR_GUEST and not (
                                cand in t.key and k + 1 < hi and toks[k + 1].key in L.NATIONALITY):
                            continue  # only "الضيف الإيراني" (session 23), not "ضيف العراق"
                        return k + n, L.AR_TITLES[cand], cand
        return None
    key = t.key
    if key in L.EN_DESCRIPTION_TITLES:
        return (k + 1, L.EN_DESCRIPTION_TITLES[key], key) if _bare_description_en(toks, k, hi) \
            else None
    if key not in L.EN_TITLE_FIRST:
        return None
    for n in _EN_TITLE_LENGTHS.get(key, ()):
        if k + n > hi:
            continue
        parts: list[str] = []
        j = k
        while len(parts) < n and j < hi:
            if toks[j].text in (".",) and parts:
                j += 1
                continue
            if toks[j].punct and toks[j].text != "-":
                break
            if toks[j].text != "-":
                parts.append(toks[j].key)
            j += 1
        phrase = " ".join(parts)
        if len(parts) == n and phrase in L.EN_TITLES:
            if j < hi and toks[j].text == ".":
                j += 1
            return j, L.EN_TITLES[phrase], phrase
    return None


# words between an Arabic title and the name that are neither (a time adverb, "on its behalf")
_AR_TITLE_FILLERS = frozenset(L.fold_ar(w) for w in (
    "آنذاك", "حينها", "حينذاك", "وقتها", "وقتذاك", "يومها", "يومذاك", "باسمه", "باسمها",
    "باسمهم", "باسمهما", "بدوره", "بدورها",
    "بالوكالة", "بالنيابة", "بالإنابة"))  # "المحافظ بالوكالة X": the acting governor
_AR_RULER = L.fold_ar("حاكم")  # an office only without the article (session 12)
AR_GUEST = L.fold_ar("الضيف")  # the visitor, with his nationality only (session 23)
