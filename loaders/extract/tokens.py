"""Tokens with offsets into the original text, and sentence splitting."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from loaders.textnorm import fold_ar, is_arabic, proclitic_splits, strip_article_ar

_TOKEN_RE = re.compile(
    r"(?:[A-Z]\.){2,}"  # U.S. U.N.
    r"|[\w\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]+"
    r"(?:['\u2019][\w\u0610-\u061A\u064B-\u065F\u0670\u0640]+)*['\u2019]?"
    r"|[^\w\s]",
    re.UNICODE,
)
_DOTTED_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}")  # (compiled once, not looked up per token)
_ABBREV = frozenset(
    "gen brig lt col maj sgt st jr sr mr mrs ms dr no vs inc co corp jan feb aug sept sep oct "
    "nov dec rep sen gov adm capt cmdr prof rev messrs".split()
)
SENT_END = frozenset({".", "!", "?", "؟", "…"})
_STRIP_TABLE = {0x2019: "'"}


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
        text, poss = text[:-1], True
    # "IRGC's" is the acronym IRGC with a possessive
    acronym = bool(_DOTTED_ACRONYM.fullmatch(text)) or (
        text.isupper() and len(text) <= 6 and text.isalpha())
    key = fold_ar(text).lower().replace(".", "").replace("'", "")
    if not key.isascii():
        from loaders.textnorm import fold_en
        key = fold_en(key)
    key = _UK_US.get(key, key)  # "Badr Organisation" matches "Badr Organization"
    cap = raw[:1].isupper()
    return Tok(i, start, end, raw, key, False, cap, False, acronym, poss, ((0, key),))


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
    return toks, _sentences(toks, marks, newlines)


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


def _scan_chunk(chunk: str) -> tuple[tuple[tuple, ...], tuple[int, ...], tuple[int, ...], int]:
    """The tokens of a piece of text without spaces: (offset, length, then the Tok fields
    from ``text`` on) of each; the indices (in the piece; -1: the token before it) of the
    tokens after which a sentence may end (a sentence-final mark, or a newline follows),
    ascending; those with a newline after them; the offset of the next piece (its length
    plus the space)."""
    parts = tuple((m.start(), len(m.group()), m.group(), *_analyse(m.group()))
                  for m in _TOKEN_RE.finditer(chunk))
    ends = {r for r, p in enumerate(parts) if p[6] and p[2] in SENT_END}  # punct
    nls = {sum(1 for p in parts if p[0] < x) - 1 for x, ch in enumerate(chunk) if ch == "\n"} \
        if "\n" in chunk else set()  # (a scan of the characters only when one is a newline)
    return parts, tuple(sorted(ends | nls)), tuple(sorted(nls)), len(chunk) + 1


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
    """Split on sentence-final punctuation (not after abbreviations/initials) and newlines;
    a run of more than MAX_SENTENCE_TOKENS tokens without either is cut (bounded work)."""
    marks = [k for k, t in enumerate(toks) if t.punct and t.text in SENT_END]
    newlines: set[int] = set()
    if "\n" in text:
        newlines = {k for k in range(len(toks) - 1)
                    if text.find("\n", toks[k].end, toks[k + 1].start) >= 0}
        marks = sorted(set(marks) | newlines)
    return _sentences(toks, marks, newlines)


def _sentences(toks: list[Tok], marks: list[int], newlines: set[int]) -> list[Sentence]:
    """The sentences of *toks*, given the ascending indices of the tokens after which one
    may end (repeats and out-of-range values are ignored) and those followed by a newline
    (always an end): not after a full stop that follows an abbreviation or an initial
    ("Brig. Gen.", "Lloyd J. Austin")."""
    out: list[Sentence] = []
    n = len(toks)
    lo = 0
    for k in (*marks, n - 1):
        if k < lo or k >= n:
            continue
        t = toks[k]
        if t.text == "." and t.punct and k:
            prev = toks[k - 1]
            if not prev.ar and (prev.key in _ABBREV or (len(prev.text) == 1 and
                                                        prev.text.isupper())) and \
                    k != n - 1 and k not in newlines:
                continue
        while k - lo + 1 > MAX_SENTENCE_TOKENS:  # a long run without an end is cut
            cut = lo + MAX_SENTENCE_TOKENS - 1
            out.append(Sentence(lo, cut + 1, toks[lo].start, toks[cut].end))
            lo = cut + 1
        out.append(Sentence(lo, k + 1, toks[lo].start, toks[k].end))
        first = toks[lo]
        if first.punct and first.text in BULLETS and lo < k:
            _bullet_language(toks, lo, k)
        lo = k + 1
    return out


def _bullet_language(toks: list[Tok], lo: int, k: int) -> None:
    """A bullet opening the sentence [lo, k] takes the script of its first word ("- أبو
    الحسن المهاجر: ..."، "- 2019: أعلن ..."): the sentence is read as Arabic."""
    for x in range(lo + 1, min(k + 1, lo + 8)):
        t = toks[x]
        if not t.punct and not t.text.isdigit():
            toks[lo].ar = t.ar
            return


# marks that open a list item ("- ", "• "): the sentence is in the language of what follows
BULLETS = frozenset({"-", "\u2013", "\u2022", "*"})
