"""A comment-, string- and backtick-aware scan of a Cypher text, for the console's guards.

This is not a parser. It splits the text into tokens the way Cypher's lexer does (string
literals with backslash escapes, backtick identifiers with doubled backticks, ``//`` and
``/* */`` comments) so that the guards see keywords and procedure names only where the server
would, never inside a string, a comment or a quoted identifier.

Neo4j 5 decodes ``\\uXXXX`` escapes *everywhere* before lexing, Java style (checked on 5.26:
``RETURN 'a\\u0027 + 1`` is ``'a' + 1``, ``RETURN 1 \\u0041S x`` is ``RETURN 1 AS x``, a
``\\u000a`` ends a ``//`` comment). The scan therefore decodes them the same way first, so a
quote, newline or keyword written as an escape cannot hide from the guards.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Literal

TokenKind = Literal["word", "quoted", "string", "number", "param", "symbol"]


class LexError(ValueError):
    """The text cannot be split into tokens (e.g. an unterminated string)."""

    def __init__(self, message: str, offset: int, text: str) -> None:
        self.reason = message
        self.offset = offset
        self.line, self.column = line_column(text, offset)
        super().__init__(f"{message} (line {self.line}, column {self.column})")


@dataclass(frozen=True)
class Token:
    """One token: ``text`` is the identifier without backticks, the symbol, or the literal."""

    kind: TokenKind
    text: str
    offset: int

    @property
    def upper(self) -> str:
        return self.text.upper()

    def is_word(self, *words: str) -> bool:
        """An unquoted word equal (case-insensitively) to one of ``words``."""
        return self.kind == "word" and self.upper in words

    def is_symbol(self, *symbols: str) -> bool:
        return self.kind == "symbol" and self.text in symbols


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset, as Neo4j reports them."""
    before = text[:offset]
    line = before.count("\n") + 1
    column = offset - (before.rfind("\n") + 1) + 1
    return line, column


_ALLOWED_CONTROLS = {"\t", "\n", "\r", "\f", "\v"}


def _is_word_start(ch: str) -> bool:
    return ch == "_" or ch.isalpha()


def _is_word_part(ch: str) -> bool:
    return ch == "_" or ch.isalnum()


_HEX = set("0123456789abcdefABCDEF")


def decode_unicode_escapes(text: str) -> tuple[str, list[int]]:
    """Java-style pre-decoding of ``\\uXXXX`` (a backslash preceded by an even number of
    backslashes); returns the decoded text and, per decoded character, its offset in ``text``.
    """
    out: list[str] = []
    where: list[int] = []
    i, n = 0, len(text)
    run = 0  # contiguous raw backslashes just before i
    while i < n:
        ch = text[i]
        if (
            ch == "\\"
            and run % 2 == 0
            and text.startswith("u", i + 1)
            and i + 6 <= n
            and set(text[i + 2 : i + 6]) <= _HEX
        ):
            out.append(chr(int(text[i + 2 : i + 6], 16)))
            where.append(i)
            i += 6
            run = 0
            continue
        run = run + 1 if ch == "\\" else 0
        out.append(ch)
        where.append(i)
        i += 1
    where.append(n)
    return "".join(out), where


def tokenize(raw: str) -> list[Token]:
    """Tokens of ``raw`` (after unicode-escape decoding); comments and whitespace are dropped.

    Offsets refer to ``raw``. Raises LexError for unterminated strings, comments or backtick
    identifiers, and for invisible format/control characters outside string literals (they
    could hide a keyword from a reader).
    """
    text, where = decode_unicode_escapes(raw)
    try:
        tokens = _tokenize(text)
    except LexError as error:
        raise LexError(error.reason, where[error.offset], raw) from None
    return [Token(t.kind, t.text, where[t.offset]) for t in tokens]


def _tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        if ch == "/" and text.startswith("//", i):
            end = text.find("\n", i)
            i = n if end < 0 else end + 1
            continue
        if ch == "/" and text.startswith("/*", i):
            end = text.find("*/", i + 2)
            if end < 0:
                raise LexError("Unterminated /* comment", i, text)
            i = end + 2
            continue
        if ch in ("'", '"'):
            j = i + 1
            chunks: list[str] = []
            while True:
                if j >= n:
                    raise LexError("Unterminated string literal", i, text)
                c = text[j]
                if c == "\\":
                    chunks.append(text[j : j + 2])
                    j += 2
                    continue
                if c == ch:
                    break
                chunks.append(c)
                j += 1
            tokens.append(Token("string", "".join(chunks), i))
            i = j + 1
            continue
        if ch == "`":
            j = i + 1
            chunks = []
            while True:
                if j >= n:
                    raise LexError("Unterminated `quoted` identifier", i, text)
                if text[j] == "`":
                    if text.startswith("``", j):
                        chunks.append("`")
                        j += 2
                        continue
                    break
                chunks.append(text[j])
                j += 1
            tokens.append(Token("quoted", "".join(chunks), i))
            i = j + 1
            continue
        if ch == "$":
            j = i + 1
            if j < n and text[j] == "`":
                end = text.find("`", j + 1)
                if end < 0:
                    raise LexError("Unterminated `quoted` parameter", i, text)
                tokens.append(Token("param", text[j + 1 : end], i))
                i = end + 1
                continue
            while j < n and _is_word_part(text[j]):
                j += 1
            tokens.append(Token("param", text[i + 1 : j], i))
            i = j
            continue
        if ch.isdigit():
            j = i + 1
            while j < n and (text[j].isalnum() or text[j] == "_"):
                j += 1
            # 1.5 / 1e3 / 1.5e-3; ".." (range) is not part of a number
            if j < n and text[j] == "." and j + 1 < n and text[j + 1].isdigit():
                j += 1
                while j < n and (text[j].isalnum() or text[j] == "_"):
                    j += 1
            if (
                j < n
                and text[j] in "+-"
                and text[j - 1] in "eE"
                and j + 1 < n
                and text[j + 1].isdigit()
            ):
                j += 1
                while j < n and text[j].isdigit():
                    j += 1
            tokens.append(Token("number", text[i:j], i))
            i = j
            continue
        if _is_word_start(ch):
            j = i + 1
            while j < n and _is_word_part(text[j]):
                j += 1
            tokens.append(Token("word", text[i:j], i))
            i = j
            continue
        if unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cn") and ch not in _ALLOWED_CONTROLS:
            raise LexError(f"Invisible character U+{ord(ch):04X} outside a string literal", i, text)
        tokens.append(Token("symbol", ch, i))
        i += 1
    return tokens


def qualified_name(tokens: list[Token], start: int) -> tuple[str, int]:
    """Read ``a.b.c`` (words or backtick identifiers) from ``start``; return (name, next index)."""
    i = start
    if i >= len(tokens) or tokens[i].kind not in ("word", "quoted"):
        return "", i
    parts = [tokens[i].text]
    i += 1
    while (
        i + 1 < len(tokens)
        and tokens[i].is_symbol(".")
        and tokens[i + 1].kind in ("word", "quoted")
    ):
        parts.append(tokens[i + 1].text)
        i += 2
    return ".".join(parts), i
