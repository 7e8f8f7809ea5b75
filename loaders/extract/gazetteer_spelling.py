"""Spelling tests on single name words used by the gazetteer's lookups (``gazetteer_fuzzy``):
folded vowels, a compound head, a Latin family name near enough, Arabic consonant skeletons
(``ar_consonants``, ``consonants_differ``, ``nisba_differs``, ``ending_differs``,
``same_ar_family``), a nationality or place nisba (``kunya_nationality``: the nationality nisba of
a kunya name in either script)."""

from __future__ import annotations

from functools import cache

from rapidfuzz import fuzz

from loaders.extract import given_names as GN
from loaders.textnorm import (
    is_arabic,
    strip_article_ar,
    token_skeleton,
)

# second words of compound names ("صفي الدين", "نصر الله"): words of their own elsewhere
_COMPOUND_TAILS = frozenset({"din", "deen", "دين", "الله", "allah", "ullah"})


_VOWEL_FOLD = str.maketrans("eoy", "iui")


def _vowels_folded(word: str) -> str:
    """A Latin name word with its vowels written one way and no doubled letter
    ("Amery" -> "amiri", "Soleymani" -> "sulimani")."""
    w = word.translate(_VOWEL_FOLD)
    return "".join(c for i, c in enumerate(w) if i == 0 or c != w[i - 1])


def _compound_head(toks: tuple[str, ...]) -> str | None:
    """The word before the tail of a compound family name ending a name of three or more
    words ("هاشم شرف الدين" -> "شرف"), else None."""
    if len(toks) >= 3 and toks[-1] in _COMPOUND_TAILS and toks[-2] not in _PATRONYM:
        return toks[-2]
    return None


_ORDINALS = frozenset({"ثاني", "ثالث", "اول", "رابع", "ii", "iii", "iv"})
# long vowels, hamza seats, the article's alef: not part of an Arabic family name's letters;
# the consonants the press writes either way merge (غ/ج/ق/ك for a foreign g, ظ/ض, ذ/ز ...)
_AR_NOT_CONSONANT = str.maketrans("", "", "اويىءأإآئؤ")
_AR_SAME_CONSONANT = str.maketrans("غجقگطصظذثة", "ككككتسضزسه")


def _latin_family_ok(last: str, phons: set[str], least: float = 70.0) -> bool:
    """Does the phonetic family name *last* sound like one of a known name's words
    (*phons*: its phonetic forms; those with a space are whole names)? Close (ratio >= 70)
    and opening alike, a vowel or not: "Saadi" is no "Asadi" (ʿayn and the vowels drop out
    of the skeleton). True when the name has no word forms."""
    words = [p for p in phons if " " not in p]
    if not words:
        return True
    vowel = last[:1] in "aiu"
    return any((p[:1] in "aiu") == vowel and fuzz.ratio(last, p) >= least for p in words)


def shin_differs(last: str, names: list[str]) -> bool:
    """Latin (session 48): does the family name *last* (folded) write ش ("sh", French "ch")
    where every Latin name of a known person writes س ("s"), or the other way round ("Ahmed
    Husni", "Ahmed Hassani" are no Ahmed Hachani / Hashani, though the skeletons meet)?
    False when the known names have no Latin family word."""
    fams = [n.split()[-1].lower() for n in names if n and not is_arabic(n) and n.split()]
    if not fams:
        return False
    mine = _has_shin(last)
    return all(_has_shin(f) != mine for f in fams)


def _has_shin(word: str) -> bool:
    return "sh" in word or "ch" in word


def ar_consonants(tok: str) -> str:
    """The letters of a folded Arabic name word that tell names apart: long vowels and
    hamza dropped, ʿayn kept (ساعدي -> سعد, اسدي -> سد: al-Saadi is no al-Asadi)."""
    return strip_article_ar(tok).translate(_AR_NOT_CONSONANT).translate(_AR_SAME_CONSONANT)


_AR_VOWEL_LETTERS = frozenset("اويىءأإآؤئ")


def consonants_differ(tok: str, name: str) -> bool:
    """Do two folded Arabic words have a different number of consonant letters ("قانوني" /
    "قاني": the skeleton reads ن-و-ن as one n)? Arabic writes no doubled letter for a
    geminate, so an added consonant makes another word, not another spelling."""
    a = sum(c not in _AR_VOWEL_LETTERS for c in strip_article_ar(tok))
    b = sum(c not in _AR_VOWEL_LETTERS for c in strip_article_ar(name))
    return a != b


def _vowel_slots(word: str) -> tuple[str, list[frozenset[str]]]:
    """The consonant letters of a folded Arabic word (article and final nisba ي off) and
    the long-vowel letters written after each."""
    cons, slots = "", []
    for ch in strip_article_ar(word).removesuffix("ي"):
        if ch in "اوي" and cons:
            slots[-1] = slots[-1] | {ch}
        elif ch not in "اوي":
            cons += ch
            slots.append(frozenset())
    return cons, slots


def vowels_differ(tok: str, name: str) -> bool:
    """Do two Arabic family names on the same consonants write different long vowels in one
    place ("العبادي" / "العبيدي": al-Abadi is no al-Obeidi; "الجبوري" / "الجباري")? A vowel
    written in one and not the other is a spelling ("الكاظمي" / "الكاظيمي")."""
    a, sa = _vowel_slots(tok)
    b, sb = _vowel_slots(name)
    return a == b and any(x and y and x.isdisjoint(y) for x, y in zip(sa, sb, strict=True))


def nisba_differs(tok: str, name: str) -> bool:
    """Do two Arabic words differ only by a final nisba ي ("العامر" / "العامري", "الحسين" /
    "الحسيني")? Then they are two words, however close their letters."""
    a, b = strip_article_ar(tok), strip_article_ar(name)
    return a.endswith("ي") != b.endswith("ي") and a.rstrip("ي") == b.rstrip("ي")


def ending_differs(tok: str, name: str) -> bool:
    """Does one of two folded Arabic words end in ة/ه (a feminine noun, a pronoun) or in
    the nisba ي and the other not ("علاقة" / "العلاق", "ولايته" / "ولايتي", "إبعاد" /
    "آبادي")? Then an ordinary word, not the name spelled another way."""
    a, b = strip_article_ar(tok), strip_article_ar(name)
    return a.endswith("ه") != b.endswith("ه") or a.endswith("ي") != b.endswith("ي")


def same_ar_family(tok: str, names: set[str] | list[str]) -> bool:
    """True when the Arabic family name *tok* is one of the Arabic words *names* spelled
    another way (same consonants; or one ends the other, a compound written as one word:
    حاجي زاده / حاجيزاده). False for another name with a similar skeleton (الساعدي vs
    الأسدي, العقابي vs الكعبي)."""
    c = ar_consonants(tok)
    if not c:
        return True
    bare = strip_article_ar(tok)
    if bare in GN.ALL:
        # a usual given name as a family name ("العلي"، "علي"، "الحسن") is that name, no
        # other one spelt with a vowel letter more: al-Ali is no Alavi (علوي) (session 45)
        return any(strip_article_ar(n) == bare for n in names)
    if len(c) < 2:
        # one consonant says little: it must be the name word's only one ("محمد وسو" is no
        # محمد العيسى, whose ʿayn the skeleton drops)
        return any(ar_consonants(n) == c for n in names)
    nisba = bare.endswith("ي")
    for n in names:
        if nisba_differs(tok, n):
            continue  # "العامر" (an adjective) is no "العامري": the nisba -ī is the name's
        if nisba != strip_article_ar(n).endswith("ي"):
            continue  # "الحسيني" is no "الحسان": a nisba and a name without one (s53)
        if nisba and vowels_differ(tok, n):
            continue  # "العبادي" is no "العبيدي" (session 56)
        d = ar_consonants(n)
        if d == c or (len(d) >= 2 and (c.endswith(d) or d.endswith(c))):
            return True
    return False


_PATRONYM = frozenset({"bin", "ibn", "بن", "ابن"})


def _nationality(tok: str) -> bool:
    """Is the (article-stripped) name word a nationality adjective (مصري، Lebanese)?"""
    from loaders.extract.lexicon import NATIONALITY  # noqa: PLC0415 (data module)

    return tok in NATIONALITY or ("ال" + tok) in NATIONALITY


# the words that open a kunya ("Abu Ayyub al-Masri", «أم حمزة»), as the name tokens write them
KUNYA_OPENERS = frozenset({"abu", "umm", "ابو", "ام"})


@cache
def _nationality_skeletons() -> frozenset[str]:
    """Consonant skeletons of the Arabic nationality adjectives ("msr" of مصري), three letters
    or more (a shorter one, "lb" or "sr", is many a name's)."""
    from loaders.extract.lexicon import NATIONALITY  # noqa: PLC0415 (data module)

    skels = (token_skeleton(strip_article_ar(w)) for w in NATIONALITY if is_arabic(w))
    return frozenset(s for s in skels if len(s) >= 3)


def kunya_nationality(toks: tuple[str, ...]) -> bool:
    """Is *toks* a kunya name whose last word is a nisba shared by many: a nationality in either
    script ("Abu Ayyub al-Masri", «أبو محمد المصري»; "Abu Anas al-Libi" is not: "lb" is too
    short), or the last of two nisbas ("Abu Ibrahim al-Hashimi al-Qurashi", "Abu Bakr
    al-Baghdadi al-Husseini al-Qurashi": a tribe's)? That word alone ("the Egyptian president",
    «الرئيس المصري», "Qureshi") names none of the men so called."""
    if len(toks) < 3 or toks[0] not in KUNYA_OPENERS:
        return False
    if len(toks) >= 4:
        return True
    last = toks[-1]
    if is_arabic(last):
        return _nationality(last)
    return token_skeleton(last) in _nationality_skeletons()


def _place_nisba(tok: str) -> bool:
    """A feminine relative word ("السليمانية", "Sulaimaniyah", "Nasiriyah"): a place or an
    adjective, never a person's surname (those end in -i / ي)."""
    if is_arabic(tok):
        return tok.endswith("يه") and len(tok) > 4
    return tok.endswith(("iyah", "iya", "iyeh", "iyya", "iyyah")) and len(tok) > 5
