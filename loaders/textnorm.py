"""Text normalisation shared by the extractor and the explorer's search.

Arabic folding follows Lucene's ``arabic`` analyzer (the one behind the ``entity_names_ar``
full-text index) so search and extraction agree: harakat and tatweel removed, alef forms
(آ أ إ ٱ) -> ا, alef maksura ى -> ي, teh marbuta ة -> ه.  On top of that we fold hamza seats
(ؤ -> و, ئ -> ي, ء dropped), Persian letters (ک ی گ پ چ ژ) and Arabic-Indic digits, and drop
bidi/zero-width controls.  The character sets come from ``pyarabic.araby``.

English folding: Unicode accents removed, case folded, curly quotes unified, possessive 's
dropped; ``al-``/``el-`` prefixes and honorifics are dropped by :func:`core_tokens`.

Cross-script matching uses two keys per token:

* :func:`skeleton` - a coarse consonant key shared by both scripts (vowels, ayn, hamza, w/y
  dropped; q/k/gh/kh/g -> k; d/dh/th/z -> d, since ظ ذ ث are written dh, th, z or d;
  s/sh/s(ad) -> s ...).  "Qaani", "Ghaani", "Qa'ani",
  "Qani" and "قاآني" all give ``kn``; "Kadhimi", "Kazemi", "Khadimi" and "الكاظمي" give ``kdm``.
* :func:`phonetic` - a finer romanisation (vowels kept but merged) that rapidfuzz compares to
  guard skeleton hits.

:func:`match_keys` returns the keys stored on entities (``search_keys``) and computed for a
search query; keys starting with ``~`` are spelling-tolerant skeleton keys.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import pyarabic.araby as araby

__all__ = [
    "ARABIC_LETTER_RE",
    "HONORIFICS",
    "core_tokens",
    "detect_lang",
    "fold_ar",
    "fold_en",
    "is_arabic",
    "match_keys",
    "normalize",
    "phonetic",
    "proclitic_splits",
    "skeleton",
    "slugify",
    "strip_article_ar",
    "tokens",
    "transliterate_ar",
]

ARABIC_LETTER_RE = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]")
# runs, not single characters: one match per word, not per letter
_ARABIC_RUN = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]+")
_LATIN_RUN = re.compile(r"[A-Za-z\u00C0-\u024F]+")

# --- Arabic folding table (str.translate is ~50x faster than per-call replace loops) ---------
_AR_TABLE: dict[int, str | None] = {}
for _c in araby.TASHKEEL:
    _AR_TABLE[ord(_c)] = None
for _cp in list(range(0x0653, 0x0660)) + [0x0670] + list(range(0x06D6, 0x06EE)):
    _AR_TABLE[_cp] = None  # maddah/hamza marks above/below, superscript alef, Quranic marks
_AR_TABLE[ord(araby.TATWEEL)] = None
for _c in (araby.ALEF_MADDA, araby.ALEF_HAMZA_ABOVE, araby.ALEF_HAMZA_BELOW, "\u0671"):
    _AR_TABLE[ord(_c)] = araby.ALEF
_AR_TABLE[ord(araby.ALEF_MAKSURA)] = araby.YEH
_AR_TABLE[ord(araby.TEH_MARBUTA)] = araby.HEH
_AR_TABLE[ord(araby.WAW_HAMZA)] = araby.WAW
_AR_TABLE[ord(araby.YEH_HAMZA)] = araby.YEH
_AR_TABLE[ord(araby.HAMZA)] = None
for _src, _dst in {
    "\u06A9": "\u0643",  # keheh -> kaf
    "\u06CC": "\u064A",  # farsi yeh -> yeh
    "\u06AF": "\u0643",  # gaf -> kaf
    "\u067E": "\u0628",  # peh -> beh
    "\u0686": "\u062C",  # tcheh -> jeem
    "\u0698": "\u0632",  # jeh -> zain
    "\u06D5": "\u0647",  # ae -> heh
    "\u06C0": "\u0647",  # heh with yeh -> heh
    "\u06C1": "\u0647",
}.items():
    _AR_TABLE[ord(_src)] = _dst
for _i in range(10):
    _AR_TABLE[0x0660 + _i] = str(_i)
    _AR_TABLE[0x06F0 + _i] = str(_i)
for _cp in (0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x061C, 0x202A, 0x202B, 0x202C, 0x202D,
            0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0xFEFF, 0x00AD):
    _AR_TABLE[_cp] = None
for _src, _dst in {"\u2019": "'", "\u2018": "'", "\u02BC": "'", "\u02BF": "'", "\u02BE": "'",
                   "`": "'", "\u00B4": "'", "\u2010": "-", "\u2011": "-", "\u2013": "-",
                   "\u2014": "-"}.items():
    _AR_TABLE[ord(_src)] = _dst

HONORIFICS = frozenset(
    {
        "mr", "mrs", "ms", "dr", "sir", "gen", "general", "maj", "major", "brig", "brigadier",
        "col", "colonel", "lt", "lieutenant", "sheikh", "shaikh", "sheik", "ayatollah",
        "grand", "sayyed", "sayyid", "sayed", "hajj", "haj", "president", "prime", "minister",
        "pm", "king", "prince", "emir", "imam", "mullah", "commander", "the",
        "hojatoleslam", "hojjatoleslam", "hojatolislam",
        # Arabic honorifics / titles (folded)
        "الشيخ", "شيخ", "السيد", "سيد", "الحاج", "حاج", "الجنرال", "جنرال", "العميد", "عميد",
        "اللواء", "لواء", "الرييس", "رييس", "الدكتور", "دكتور", "اية", "الله", "الامام",
        "المرشد", "سماحه", "فضيله",
    }
)
_AR_ARTICLE_PREFIXES = ("وال", "فال", "بال", "كال", "ال")
_AR_ARTICLE_SHORT_KEPT = ("كال", "بال", "فال")
_PROCLITICS = ("وبال", "وكال", "ولل", "فبال", "فلل", "وال", "فال", "بال", "كال", "لل", "ال",
               "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")
# the proclitics by their first letter, in the order above (a token is tried against
# those that begin with its own first letter only)
_PROCLITICS_BY_FIRST = {c: tuple(p for p in _PROCLITICS if p[0] == c) for c in
                        dict.fromkeys(p[0] for p in _PROCLITICS)}
_EN_ARTICLES = ("al-", "el-", "al ", "el ", "ul-", "ad-", "ar-", "as-", "ash-", "at-", "az-",
                "an-", "ad ", "ash ")
_TOKEN_RE = re.compile(r"[\w'\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]+", re.UNICODE)


def is_arabic(text: str) -> bool:
    """True if *text* contains at least one Arabic letter."""
    # (an ASCII text has none: a check in C, no regex search; most English words)
    return not text.isascii() and ARABIC_LETTER_RE.search(text) is not None


def detect_lang(text: str) -> str:
    """'ar' if Arabic letters outnumber Latin ones in *text* (its first 20,000 characters),
    else 'en'.

    An ASCII text, or one without Arabic letters, is English without counting. Otherwise the
    Latin letters are counted first (``_latin_letters``: on the UTF-8 bytes, in C) and the
    Arabic ones run by run (their summed length: neither class holds whitespace) only until
    they outnumber the Latin ones: an Arabic article stops after a few words. (Session 28:
    a regex substitution over the whole text and a regex scan for Latin runs cost about 1%
    of an Arabic article's extraction: ``re`` tests such a class at every character.)"""
    head = text[:20000]
    if head.isascii():
        return "en"  # no Arabic letter (an ASCII check in C)
    first = _ARABIC_RUN.search(head)
    if first is None:
        return "en"  # (ar > la cannot hold)
    la = _latin_letters(head)
    ar = 0
    for run in _ARABIC_RUN.finditer(head, first.start()):
        ar += run.end() - run.start()
        if ar > la:
            return "ar"
    return "en"


# the UTF-8 bytes that are not the first byte of a Latin letter: a Latin letter is A-Z, a-z
# (one byte each) or U+00C0-U+024F (two bytes, the first C3-C8 for U+00C0-U+023F, C9 for
# U+0240-U+027F, only part of which counts)
_NOT_LATIN_LEAD = bytes(b for b in range(256)
                        if not (0x41 <= b <= 0x5A or 0x61 <= b <= 0x7A or 0xC3 <= b <= 0xC8))


def _latin_letters(text: str) -> int:
    """The number of characters of ``_LATIN_RUN``'s class in *text*: the bytes that start a
    Latin letter in its UTF-8 form, counted in C; with a C9 byte (U+0240-U+027F, rare) the
    runs of the regex instead."""
    data = text.encode("utf-8", "surrogatepass")
    if 0xC9 in data:
        return sum(map(len, _LATIN_RUN.findall(text)))
    return len(data.translate(None, _NOT_LATIN_LEAD))


def fold_ar(text: str) -> str:
    """Lucene-compatible Arabic folding plus hamza seats, Persian letters, digits, controls."""
    return text.translate(_AR_TABLE)


class _CombiningTable(dict):
    """str.translate table deleting every combining character, filled per code point on
    first sight (a full table of all 1.1 M code points took ~0.1 s to build per process)."""

    def __missing__(self, cp: int) -> int | None:
        out = None if unicodedata.combining(chr(cp)) else cp
        if len(self) < 100_000:
            self[cp] = out
        return out


_COMBINING = _CombiningTable()
# Latin letters with no decomposition (session 61): Turkish dotless ı ("Kalın", "Cansız",
# "Karayılan" folded to "kal\u0131n" matched no "Kalin" and slugged as "kal-n"), Polish ł,
# Nordic ø, Croatian đ
_COMBINING.update({0x131: ord("i"), 0x142: ord("l"), 0x141: ord("L"), 0xF8: ord("o"),
                   0xD8: ord("O"), 0x111: ord("d"), 0x110: ord("D")})


def _combining_table() -> dict[int, int | None]:
    """The table of ``_CombiningTable`` (one per process)."""
    return _COMBINING


def fold_en(text: str) -> str:
    """Accent-free, case-folded Latin text with unified apostrophes/hyphens."""
    text = text.translate(_AR_TABLE)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).translate(_combining_table())
    return text.casefold()


_POSSESSIVE_RE = re.compile(r"(?<=\w)'s?\b")
_SPACE_RE = re.compile(r"\s+")
# what normalize() turns into a space: not alphanumeric (str.isalnum) and not - or '.
# In a str pattern \w is exactly "isalnum() or underscore", so the underscore is added back.
_NON_WORD_RE = re.compile(r"[^\w'\-]|_")


def normalize(text: str, lang: str | None = None) -> str:
    """Normalise *text* for matching: Arabic folding + Latin case/accent folding, possessives
    dropped, punctuation (except inner hyphens/apostrophes) turned into single spaces, and a
    doubled alef (from alef + alef-madda, as in قاآني) collapsed.

    *lang* is accepted for symmetry; both foldings are script-specific so mixed text is fine.
    """
    if not text:
        return ""
    out = fold_en(text)
    out = _POSSESSIVE_RE.sub("", out)
    out = _NON_WORD_RE.sub(" ", out)
    out = out.replace("'", "").replace("اا", "ا")  # قاآني ~ قآني
    return _SPACE_RE.sub(" ", out).strip(" -")


def tokens(text: str) -> list[str]:
    """Normalised tokens of *text* (hyphenated Latin words split)."""
    return [t for t in normalize(text).replace("-", " ").split() if t]


def strip_article_ar(tok: str) -> str:
    """Remove a (possibly conjunction-prefixed) Arabic definite article from a folded token."""
    if tok in ("الله", "لله"):
        return tok
    if "ال" in tok[:4]:  # (every prefix ends with the article, within its first 4 letters)
        for p in _AR_ARTICLE_PREFIXES:
            if tok.startswith(p) and len(tok) - len(p) >= 2:
                if len(tok) == 5 and p in _AR_ARTICLE_SHORT_KEPT:
                    return tok  # "كالين" Kalin, "بالمر" Palmer: a word, no ka- + al- + 2 letters
                return tok[len(p):]
    if tok.startswith("لل") and len(tok) >= 4:
        return tok[2:]
    return tok


def proclitic_splits(tok: str) -> list[tuple[int, str]]:
    """Candidate (prefix_length, stem) splits of a folded Arabic token, longest stem first.

    The stem never gets shorter than 2 letters.  ``لبغداد`` -> [(0,'لبغداد'), (1,'بغداد')].
    """
    out = [(0, tok)]
    seen = {tok}
    for p in _PROCLITICS_BY_FIRST.get(tok[:1], ()):  # (the others cannot match)
        if tok.startswith(p) and len(tok) - len(p) >= 2:
            stem = tok[len(p):]  # for ll- (li + al-) the article's alef is elided
            if stem not in seen:
                seen.add(stem)
                out.append((len(p), stem))
    return out


def _strip_en_article(tok: str) -> str:
    for p in ("al-", "el-", "ul-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-"):
        if tok.startswith(p) and len(tok) > len(p) + 1:
            return tok[len(p):]
    return tok


def core_tokens(name: str) -> list[str]:
    """Normalised name tokens without leading honorifics, articles and clitics.

    (Cached; returns a new list each call.)
    """
    return list(_core_tokens(name))


@lru_cache(maxsize=65536)
def _core_tokens(name: str) -> tuple[str, ...]:
    """See :func:`core_tokens`.

    "Gen. Esmail Qaani" -> ['esmail', 'qaani']; "al-Kadhimi" -> ['kadhimi'];
    "الجنرال إسماعيل قاآني" -> ['اسماعيل', 'قااني']; "مصطفى الكاظمي" -> ['مصطفي', 'كاظمي'].
    """
    return _core_of_normalized(normalize(name))


def _core_of_normalized(norm: str) -> tuple[str, ...]:
    """:func:`core_tokens` of a name already passed through :func:`normalize`."""
    toks = norm.split()
    out: list[str] = []
    for t in toks:
        if is_arabic(t):
            out.append(strip_article_ar(t))
            continue
        t = _strip_en_article(t)
        for part in t.split("-"):
            if part and part not in ("al", "el", "ul"):
                out.append(part)
    while len(out) > 1 and out[0] in HONORIFICS:
        out.pop(0)
    return tuple(out)


# --- skeleton and phonetic keys ------------------------------------------------------------
_AR_SKEL = {
    "ب": "b", "ت": "t", "ث": "d", "ج": "j", "ح": "h", "خ": "k", "د": "d", "ذ": "d", "ر": "r",
    "ز": "d", "س": "s", "ش": "s", "ص": "s", "ض": "d", "ط": "t", "ظ": "d", "غ": "k", "ف": "f",
    "ق": "k", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h",
}
_AR_VOWEL = {"ا": "a", "و": "u", "ي": "i", "ع": "", "ء": ""}
_LAT_DIGRAPHS = [("sch", "s"), ("kh", "k"), ("gh", "k"), ("sh", "s"), ("tch", "j"), ("ch", "j"), ("dh", "d"),
                 ("th", "d"), ("zh", "d"), ("ph", "f"), ("ck", "k"), ("ou", "u"), ("ee", "i"),
                 ("oo", "u"), ("ei", "i"), ("ey", "i"), ("ay", "ai")]
_LAT_SKEL = {"b": "b", "p": "b", "t": "t", "j": "j", "h": "h", "k": "k", "q": "k", "g": "k",
             "c": "k", "x": "k", "d": "d", "z": "d", "r": "r", "s": "s", "f": "f", "l": "l",
             "m": "m", "n": "n"}
_LAT_VOWEL = {"a": "a", "e": "i", "i": "i", "o": "u", "u": "u", "y": "i", "w": "u", "v": "u"}


def _collapse(s: str) -> str:
    out: list[str] = []
    for ch in s:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


@lru_cache(maxsize=65536)
def _token_keys(tok: str) -> tuple[str, str]:
    """(skeleton, phonetic) for one normalised token of either script."""
    if is_arabic(tok):
        tok = strip_article_ar(tok)
        if tok.endswith("ه") and len(tok) > 2:
            tok = tok[:-1] + "a"  # teh marbuta / final heh read as a vowel
        skel, phon = [], []
        for ch in tok:
            if ch in _AR_SKEL:
                skel.append(_AR_SKEL[ch])
                phon.append(_AR_SKEL[ch])
            elif ch in _AR_VOWEL:
                phon.append(_AR_VOWEL[ch])
            elif ch == "a":
                phon.append("a")
        return _collapse("".join(skel)), _collapse("".join(phon))
    t = _strip_en_article(tok).replace("'", "").replace("-", "")
    if t.endswith("ah") and len(t) > 3:
        t = t[:-1]
    for src, dst in _LAT_DIGRAPHS:
        t = t.replace(src, dst)
    skel, phon = [], []
    for ch in t:
        if ch in _LAT_SKEL:
            skel.append(_LAT_SKEL[ch])
            phon.append(_LAT_SKEL[ch])
        elif ch in _LAT_VOWEL:
            phon.append(_LAT_VOWEL[ch])
    return _collapse("".join(skel)), _collapse("".join(phon))


def skeleton(name: str) -> str:
    """Coarse cross-script consonant key of a whole name (no spaces).

    >>> skeleton("Esmail Qaani") == skeleton("إسماعيل قاآني") == skeleton("Esmaeil Ghaani")
    True
    """
    return "".join(_token_keys(t)[0] for t in core_tokens(name))


def phonetic(name: str) -> str:
    """Finer romanised key (vowels merged a/i/u) of a whole name, tokens joined by spaces."""
    return " ".join(_token_keys(t)[1] for t in core_tokens(name))


def token_skeleton(tok: str) -> str:
    """Skeleton of one already-normalised token."""
    return _token_keys(tok)[0]


def token_phonetic(tok: str) -> str:
    """Phonetic key of one already-normalised token."""
    return _token_keys(tok)[1]


def match_keys(name: str) -> list[str]:
    """Keys under which *name* is found (stored as ``search_keys``, computed for queries).

    In order: the normalised full form; the core form (no honorifics/articles); each core
    token of a multi-word name (so a surname alone finds the person); ``~`` + the whole-name
    skeleton; ``~`` + each token skeleton of two or more consonants.  Same output for any
    spelling that folds the same way, in either script.
    """
    keys: list[str] = []

    def add(k: str) -> None:
        if k and k not in keys:
            keys.append(k)

    if not name or not name.strip():
        return keys
    norm = normalize(name)
    add(norm)
    core = _core_of_normalized(norm)  # normalize() once per name, not twice
    add(" ".join(core))
    if len(core) > 1:
        for t in core:
            if len(t) >= 3 and t not in HONORIFICS:
                add(t)
    skels = [_token_keys(t)[0] for t in core]
    whole = "".join(skels)
    if len(whole) >= 2:
        add("~" + whole)
    if len(core) > 1:
        for s in skels:
            if len(s) >= 2:
                add("~" + s)
    return keys


# --- transliteration and slugs --------------------------------------------------------------
_AR_LATIN = {
    "ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
    "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "",
    "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w",
    "ي": "y",
}


def _hamza_initial_al(word: str) -> bool:
    """Does *word* begin with أل / إل written with a hamza ("ألون"، "إلهام")? The article
    is written with a bare alif (ال), so such a word is a name of its own, not al- + noun."""
    raw = araby.strip_tatweel(araby.strip_tashkeel(word))
    return raw[:2] in ("أل", "إل") and len(raw) >= 4


def transliterate_ar(word: str, known: dict[str, str] | None = None) -> str:
    """Deterministic Arabic -> Latin transliteration of one word (folded or not).

    *known* maps folded Arabic name tokens to their usual Latin spelling (the gazetteer
    builds it from its bilingual names); other words are romanised letter by letter, long
    vowels as a/u/i, with an "a" only where a consonant cluster would be unpronounceable.
    """
    final_a = word.endswith(("ى", "ة"))
    w0 = fold_ar(word)
    w = w0.replace("اا", "ا")
    if known and (w0 in known or w in known):
        return known.get(w0) or known[w]
    prefix = ""
    stem = w if _hamza_initial_al(word) else strip_article_ar(w)
    if stem != w:
        if known and stem in known:
            return "al-" + known[stem]
        prefix, w = "al-", stem
    out: list[str] = []
    n = len(w)
    run = 0  # consonants in a row
    for i, ch in enumerate(w):
        last = i == n - 1
        if ch == "ا":
            out.append("a")
            run = 0
            continue
        if ch in "وي" and run > 0:
            out.append("a" if (last and final_a) else ("u" if ch == "و" else "i"))
            run = 0
            continue
        if ch == "ه" and last and final_a:
            out.append("a")
            continue
        if ch == "ع":
            if not out or out[-1][-1:] not in "aiu":
                out.append("a")
            run = 0
            continue
        lat = _AR_LATIN.get(ch)
        if lat is None:
            lat = ch if ch.isascii() and ch.isalnum() else ""
        if not lat:
            run = 0
            continue
        if run >= 2 or (run == 1 and len(out) == 1):
            out.append("a")
            run = 0
        out.append(lat)
        run += 1
    if w.endswith("ح") and len(out) >= 3 and out[-2] == "a" and w[-2:-1] != "ا":
        out[-2] = "i"  # مصلح muslih, مفلح muflih: not "-ah", which reads as a teh marbuta
    return prefix + "".join(out)


def slugify(text: str) -> str:
    """ASCII slug: 'Mustafa al-Kadhimi' -> 'mustafa-al-kadhimi'; Arabic is transliterated."""
    parts = []
    for tok in normalize(text).split():
        if is_arabic(tok):
            tok = transliterate_ar(tok)
        parts.append(tok)
    s = "-".join(parts).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s)
    return re.sub(r"-{2,}", "-", s).strip("-")
