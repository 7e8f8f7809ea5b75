"""Tokens with offsets into the original text, and sentence splitting."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

from loaders.extract.sentence_ends import BULLETS, CLOSERS, ends_here, soft_newlines
from loaders.textnorm import fold_ar, is_arabic, proclitic_splits, strip_article_ar

_TOKEN_RE = re.compile(
    r"(?:[A-Z]\.){2,}"  # U.S. U.N.
    r"|[\w\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]+"
    # inside a word: an apostrophe ("Qa'ani", "Qa’ani", "Qa‘ani", "Qa`ani") or invisible
    # marks of web copy (soft hyphen, zero-width space and joiners: "Nas\u00adrallah")
    r"(?:(?:['\u2019\u2018`\u00b4]|[\u00ad\u200b-\u200d]+)"
    r"[\w\u0610-\u061A\u064B-\u065F\u0670\u0640]+)*['\u2019]?"
    r"|[^\w\s]",
    re.UNICODE,
)
_DOTTED_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}")  # (compiled once, not looked up per token)
SENT_END = frozenset({".", "!", "?", "؟", "…", "\u06d4"})
# a final mark followed by one of these without a space is not the end: "1.5", "10.30",
# "www.mofa.gov.iq", "press.office@un.org", "a.m" (a capital may be a missing space: "said.He")
_GLUED = frozenset("0123456789abcdefghijklmnopqrstuvwxyz@")
# a piece with none of these characters has no possible end (a dotted acronym has a ".")
_NO_END = re.compile("[" + "".join(SENT_END) + "]").search
_HAMZA_VOWELS = frozenset("aeiou")
_STRIP_TABLE = {0x2019: "'", 0x2018: "'", 0x60: "'", 0xB4: "'"}
# hyphens other than "-" ("al\u2011Sadr", "al\u2010Sadr"), read as "-" (token text; the offsets
# are those of the original character); an en dash too between two words ("al\u2013Sadr")
_HYPHENS = frozenset({"\u2010", "\u2011", "\u2012", "\u2212", "\ufe63", "\uff0d"})
_ODD_HYPHEN = re.compile("[\u2013" + "".join(_HYPHENS) + "]").search


@dataclass(slots=True)
class Tok:
    """One token. ``key`` is the folded form; ``stems`` are (char offset of the stem in the
    original token, folded stem without proclitics/article) candidates, longest stem first."""

    i: int
    start: int
    end: int
    text: str
    key: str
    ar: bool
    cap: bool
    punct: bool
    acronym: bool = False
    poss: bool = False
    stems: tuple[tuple[int, str], ...] = ()


# the stem of an (offset, stem) pair of ``Tok.stems``: ``set.isdisjoint(map(STEM, t.stems))``
# tests all of a token's stems in C, with no generator (session 63)
STEM = itemgetter(1)

# _tokenize sets these fields one by one instead of calling Tok(...)
assert Tok.__slots__ == ("i", "start", "end", "text", "key", "ar", "cap", "punct", "acronym",
                         "poss", "stems"), "update _tokenize"


def _orig_offset(raw: str, n_folded: int) -> int:
    """Index in *raw* just after its first *n_folded* letters that survive folding."""
    seen = 0
    for idx, ch in enumerate(raw):
        if seen >= n_folded:
            return idx
        if fold_ar(ch):
            seen += 1
    return len(raw)


def make_token(i: int, start: int, raw: str) -> Tok:
    """Build a token from its raw text (the analysis of a word is cached)."""
    key, ar, cap, punct, acronym, poss, stems = _analyse(raw)
    return Tok(i, start, start + len(raw), raw, key, ar, cap, punct, acronym, poss, stems)


@lru_cache(maxsize=200_000)
def _analyse(raw: str) -> tuple:
    t = _make_token(0, 0, raw)
    return t.key, t.ar, t.cap, t.punct, t.acronym, t.poss, t.stems


def _make_token(i: int, start: int, raw: str) -> Tok:
    end = start + len(raw)
    if len(raw) == 1 and not raw.isalnum():
        return Tok(i, start, end, raw, raw, False, False, True, stems=((0, raw),))
    if is_arabic(raw):
        key = fold_ar(raw).replace("اا", "ا")
        stems = []
        seen = set()
        for plen, stem in sorted(proclitic_splits(key), key=lambda x: x[0]):
            st = strip_article_ar(stem)
            # offset of the stem after proclitics; an article stays inside the mention
            removed = len(stem) - len(st)
            lead = plen + (removed - 2 if removed > 2 else (1 if stem.startswith("لل") and
                                                             removed == 2 else 0))
            off = _orig_offset(raw, lead) if lead else 0
            if st not in seen:
                seen.add(st)
                stems.append((off, st))
        return Tok(i, start, end, raw, key, True, False, False, stems=tuple(stems))
    text = raw.translate(_STRIP_TABLE)
    poss = False
    if text.lower().endswith("'s"):
        text, poss = text[:-2], True
    elif text.endswith("'"):
        # a capitalised word whose apostrophe follows a vowel is an Arabic name ending in a
        # hamza ("Dhiya' al-Hardani", "Ala' Hussein", "Baha' al-Araji"), no plural possessive
        # ("the Houthis' leader"): the name goes on after it (session 63, names63)
        text, poss = text[:-1], not (text[:1].isupper() and text[-2:-1] in _HAMZA_VOWELS)
    # "IRGC's" is the acronym IRGC with a possessive
    acronym = bool(_DOTTED_ACRONYM.fullmatch(text)) or (
        text.isupper() and len(text) <= 6 and text.isalpha())
    key = fold_ar(text).lower().replace(".", "").replace("'", "")
    if not key.isascii():
        from loaders.textnorm import fold_en
        key = fold_en(key)
    key = _UK_US.get(key, key)  # "Badr Organisation" matches "Badr Organization"
    cap = raw[:1].isupper()
    if key == "ben" and not cap:
        key = "bin"  # the French / Maghreb "ben" of a name chain ("Tamim ben Hamad Al Thani")
    if text in _HONORIFIC_ABBREV:  # "HH the Amir" reads as "Highness the Amir"
        key, acronym = _HONORIFIC_ABBREV[text], False
    return Tok(i, start, end, raw, key, False, cap, False, acronym, poss, ((0, key),))


# the honorifics of Gulf English-language copy, written as capitals (session 60, blind60d:
# "HH the Amir received HRH the Crown Prince", "UAE President HH Sheikh X"): the key of
# the honorific noun, as "His Highness" / "His Majesty" (no person "HH")
_HONORIFIC_ABBREV = {"HH": "highness", "HRH": "highness", "HM": "majesty"}

# British spellings folded to the American ones in token keys (names of bodies differ so)
_UK_US = {"organisation": "organization", "organisations": "organizations",
          "mobilisation": "mobilization", "defence": "defense", "centre": "center",
          "programme": "program", "labour": "labor"}


def tokenize(text: str) -> list[Tok]:
    """All tokens of *text* with offsets.

    No token contains a space, so the text is cut at spaces (a piece may still hold other
    whitespace, which the token regex skips) and each piece is tokenized once per process
    (cached): news text repeats its words, and the regex is the slow part."""
    return _tokenize(text)[0]


def tokenize_sentences(text: str) -> tuple[list[Tok], list[Sentence]]:
    """``tokenize(text)`` and ``split_sentences(text, toks)`` in one go (the places where a
    sentence may end are noted while tokenizing)."""
    toks, marks, newlines = _tokenize(text)
    if newlines:
        marks, newlines = _hard_newlines(text, toks, marks, newlines)
    return toks, _sentences(toks, marks, newlines)


def _hard_newlines(text: str, toks: list[Tok], marks: list[int],
                   newlines: set[int]) -> tuple[list[int], set[int]]:
    """*marks* and *newlines* without the line breaks inside a sentence (a hard-wrapped line,
    a line continued by a lower-case word: ``sentence_ends.soft_newlines``)."""
    soft = soft_newlines(text, toks, newlines)
    if not soft:
        return marks, newlines
    return [k for k in marks if k not in soft], newlines - soft


def _tokenize(text: str) -> tuple[list[Tok], list[int], set[int]]:
    """The tokens of *text*; the indices of the tokens after which a sentence may end
    (sentence-final punctuation, a newline before the next token), ascending, with repeats
    and -1 possible; those of them with a newline after the token."""
    out: list[Tok] = []
    append = out.append
    marks: list[int] = []
    newlines: set[int] = set()
    i = 0
    base = 0
    get = _CHUNKS.get
    new = object.__new__
    for piece in text.split(" "):
        # (an empty piece, between two spaces, is cached too: no tokens, a step of 1)
        parts, ends, nls, step = get(piece) or _chunk_tokens(piece)
        if ends:  # (i + r for each r, by map: no generator per piece)
            marks.extend(map(i.__add__, ends))
            if nls:
                newlines.update(map(i.__add__, nls))
        for off, n, raw, key, ar, cap, punct, acronym, poss, stems in parts:
            start = base + off
            # = Tok(i, start, ...): every field set here (checked below the class);
            # calling the class, or even Tok.__init__, costs more (about 700
            # instructions per token for the call alone)
            t = new(Tok)
            t.i = i
            t.start = start
            t.end = start + n
            t.text = raw
            t.key = key
            t.ar = ar
            t.cap = cap
            t.punct = punct
            t.acronym = acronym
            t.poss = poss
            t.stems = stems
            append(t)
            i += 1
        base += step
    return out, marks, newlines


_CACHED_CHUNK_MAX = 64  # longer pieces are rare; not kept in the cache

# the month abbreviations of wire copy ("Oct. 22", "Sept. 27", "Jan. 3": AP and Reuters style),
# each read as one token with the month's key, so that "said on Oct. 22 it had killed", "met on
# Sept. 4 with" and "held talks on Nov. 5 with" are the same words as with "October 22" (the
# readers of time phrases know the months, not a "." inside them); a sentence may still end
# after one ("in Dec. The ..."), as after a dotted acronym (session 68, blind68b). Not "Jun.",
# "Mar." (names: "Dong Jun.")
_WIRE_MONTHS = {"Jan.": "january", "Feb.": "february", "Aug.": "august", "Sept.": "september",
                "Sep.": "september", "Oct.": "october", "Nov.": "november", "Dec.": "december"}


def _scan_chunk(chunk: str) -> tuple[tuple[tuple, ...], tuple[int, ...], tuple[int, ...], int]:
    """The tokens of a piece of text without spaces: (offset, length, then the Tok fields
    from ``text`` on) of each; the indices (in the piece; -1: the token before it) of the
    tokens after which a sentence may end (a sentence-final mark, or a newline follows),
    ascending; those with a newline after them; the offset of the next piece (its length
    plus the space)."""
    month = _WIRE_MONTHS.get(chunk)
    if month is not None:  # "Oct." (the only token of its piece; a sentence may end after it)
        # (offset, length, text, key, ar, cap, punct, acronym, poss, stems), as below
        return ((0, len(chunk), chunk, month, False, True, False, False, False, ((0, month),)),), \
            (0,), (), len(chunk) + 1
    parts = tuple([(m.start(), len(m.group()), m.group(), *_analyse(m.group()))
                   for m in _TOKEN_RE.finditer(chunk)])  # (a list: no generator resumed per token)
    if not chunk.isascii() and _ODD_HYPHEN(chunk) is not None:
        parts = _plain_hyphens(parts)
    ends = _chunk_ends(chunk, parts)
    nls = {sum(1 for p in parts if p[0] < x) - 1 for x, ch in enumerate(chunk) if ch == "\n"} \
        if "\n" in chunk else set()  # (a scan of the characters only when one is a newline)
    return parts, tuple(sorted(ends | nls)), tuple(sorted(nls)), len(chunk) + 1


def _plain_hyphens(parts: tuple[tuple, ...]) -> tuple[tuple, ...]:
    """*parts* with each other hyphen read as "-" (an en dash only between two words glued
    to it: "al\u2013Sadr", not "2019 \u2013 2020" nor a dash)."""
    out = list(parts)
    dash = ("-", *_analyse("-"))
    for r, p in enumerate(parts):
        raw = p[2]
        if raw in _HYPHENS or (raw == "\u2013" and 0 < r < len(parts) - 1 and
                               not parts[r - 1][6] and not parts[r + 1][6] and
                               parts[r - 1][0] + parts[r - 1][1] == p[0] and
                               parts[r + 1][0] == p[0] + 1 and parts[r + 1][2][0].isalpha()):
            out[r] = (p[0], p[1], *dash)
    return tuple(out)


def _chunk_ends(chunk: str, parts: tuple[tuple, ...]) -> set[int]:
    """The indices of the tokens of a piece after which a sentence may end: a final mark not
    glued to a digit, a lower-case letter or "@" ("1.5", "www.un.org", "a.m"), the end of a
    run of final marks and closing quotes being the last of them ('now."', "!».", "..."); a
    dotted acronym ("U.S.")."""
    ends: set[int] = set()
    if _NO_END(chunk) is None:
        return ends  # (most pieces: a word, a word and a comma)
    last = len(parts) - 1
    in_run = False  # the token before is a final mark, or a closer right after one
    for r, p in enumerate(parts):
        raw = p[2]
        if not p[6]:  # (punct)
            in_run = False
            if p[7] and raw[-1] == "." and not p[4]:  # a dotted acronym, not Arabic
                ends.add(r)
            continue
        if raw in SENT_END or (in_run and raw in CLOSERS and p[0] == parts[r - 1][0] + 1):
            in_run = True
            if r < last:
                q = parts[r + 1]
                if q[0] == p[0] + p[1]:  # glued to the next token
                    c = q[2][0]
                    if c in _GLUED or q[2] in SENT_END or q[2] in CLOSERS:
                        continue  # "1.5", "un.org", or the run goes on
            ends.add(r)
        else:
            in_run = False
    return ends


# piece -> _scan_chunk(piece), for pieces of at most _CACHED_CHUNK_MAX characters (a dict:
# cheaper to look up than an lru_cache)
_CHUNKS: dict[str, tuple] = {}


def _chunk_tokens(piece: str) -> tuple:
    """``_scan_chunk(piece)``, kept in ``_CHUNKS`` if the piece is short enough (the cache is
    emptied when it holds 100,000 pieces)."""
    hit = _scan_chunk(piece)
    if len(piece) <= _CACHED_CHUNK_MAX:
        if len(_CHUNKS) >= 100_000:
            _CHUNKS.clear()
        _CHUNKS[piece] = hit
    return hit


@dataclass(slots=True)
class Sentence:
    """A sentence: token index range [lo, hi) and character span [start, end)."""

    lo: int
    hi: int
    start: int
    end: int


MAX_SENTENCE_TOKENS = 160


def split_sentences(text: str, toks: list[Tok]) -> list[Sentence]:
    """The sentences of *text*, whose tokens are *toks* (= ``tokenize(text)``): as
    ``tokenize_sentences``."""
    _toks, marks, newlines = _tokenize(text)
    if newlines:
        marks, newlines = _hard_newlines(text, toks, marks, newlines)
    return _sentences(toks, marks, newlines)


def _sentences(toks: list[Tok], marks: list[int], newlines: set[int]) -> list[Sentence]:
    """The sentences of *toks*, given the ascending indices of the tokens after which one
    may end (repeats and out-of-range values are ignored) and those followed by a newline
    (always an end); at the other marks ``sentence_ends.ends_here`` decides (not after a
    title or before a lower-case word: "Brig. Gen.", "Lloyd J. Austin", "p.m. local time");
    a run of more than MAX_SENTENCE_TOKENS tokens without an end is cut (bounded work)."""
    out: list[Sentence] = []
    n = len(toks)
    last = n - 1
    lo = 0
    for k in (*marks, last):
        if k < lo or k >= n:
            continue
        if k != last and k not in newlines and not ends_here(toks, k, lo):
            continue
        while k - lo + 1 > MAX_SENTENCE_TOKENS:  # a long run without an end is cut
            cut = lo + MAX_SENTENCE_TOKENS - 1
            out.append(Sentence(lo, cut + 1, toks[lo].start, toks[cut].end))
            lo = cut + 1
        out.append(Sentence(lo, k + 1, toks[lo].start, toks[k].end))
        first = toks[lo]
        if first.punct and first.text in BULLETS and lo < k:
            _bullet_language(toks, lo, k)
        elif first.text.isdigit() and lo < k and not first.ar:
            _date_language(toks, lo, k)
        lo = k + 1
    return out


def _date_language(toks: list[Tok], lo: int, k: int) -> None:
    """A number opening the sentence [lo, k] before an Arabic word, as the day of a dated line
    of a timeline or live blog ("20 أكتوبر: وزير الخارجية X يلتقي Y"، "6 مايو 2023: ..."), is
    read as Arabic like the words after it, so the sentence is (session 22, ``names``: a
    sentence whose first token was not Arabic skipped every Arabic name step)."""
    nxt = toks[lo + 1]
    if nxt.punct and nxt.text in _NUMBER_MARKS and lo + 2 <= k:
        nxt = toks[lo + 2]  # a numbered item ("2- بعد أيام، استقبل ..."، "3) ..."; session 23)
    if nxt.ar and not nxt.punct:
        toks[lo].ar = True


_NUMBER_MARKS = frozenset({"-", ".", ")", "–", "—"})


def _bullet_language(toks: list[Tok], lo: int, k: int) -> None:
    """A bullet opening the sentence [lo, k] takes the script of its first word ("- أبو
    الحسن المهاجر: ..."، "- 2019: أعلن ..."): the sentence is read as Arabic."""
    for x in range(lo + 1, min(k + 1, lo + 8)):
        t = toks[x]
        if not t.punct and not t.text.isdigit():
            toks[lo].ar = t.ar
            return

