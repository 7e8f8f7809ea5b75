"""Text encodings of input files: UTF-8 (BOM or not), and Windows-1256 for Arabic CSV."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

CHUNK = 1 << 20
_ARABIC = re.compile(r"[\u0621-\u064A]")


@dataclass(frozen=True)
class Decoding:
    """How to decode a file, or where it first fails to decode."""

    encoding: str | None  # "utf-8-sig" or "cp1256"; None when undecodable
    note: str = ""  # shown to the user (e.g. "decoded as Windows-1256")
    error_where: str = ""  # "line:column" of the first bad byte
    error: str = ""


def _position(data: bytes, offset: int, line: int, col: int) -> tuple[int, int]:
    """Line and column (1-based, in characters) of byte ``offset`` within ``data``."""
    nl = data.rfind(b"\n", 0, offset)
    line += data.count(b"\n", 0, offset)
    chars = len(data[nl + 1:offset].decode("utf-8", "replace"))
    col = chars + 1 if nl >= 0 else col + chars
    return line, col


def first_utf8_error(path: Path) -> tuple[str, str] | None:
    """Stream the file; return ("line:col", message) at its first invalid UTF-8 byte, or None."""
    dec = codecs.getincrementaldecoder("utf-8")("strict")
    line, col = 1, 1
    with path.open("rb") as fh:
        while True:
            data = fh.read(CHUNK)
            final = not data
            try:
                dec.decode(data, final=final)
            except UnicodeDecodeError as exc:
                # the decoder may hold back up to 3 bytes of an incomplete sequence
                pending = len(exc.object) - len(data)
                off = max(exc.start - pending, 0)
                ln, cl = _position(data, off, line, col)
                bad = exc.object[exc.start:exc.start + 1].hex()
                return f"{ln}:{cl}", f"not valid UTF-8: byte 0x{bad} ({exc.reason})"
            if final:
                return None
            nl = data.rfind(b"\n")
            line += data.count(b"\n")
            tail = len(data[nl + 1:].decode("utf-8", "replace"))
            col = tail + 1 if nl >= 0 else col + tail


def _looks_like_cp1256(path: Path) -> bool:
    """True if the first MB has no valid UTF-8 multi-byte text but decodes to Arabic in cp1256."""
    with path.open("rb") as fh:
        sample = fh.read(CHUNK)
    try:
        text = sample.decode("cp1256")
    except UnicodeDecodeError:
        return False
    utf8_ok = sample.decode("utf-8", "ignore")
    if any(ord(c) > 127 for c in utf8_ok):
        return False  # some real UTF-8 text: this is a broken UTF-8 file, not cp1256
    return bool(_ARABIC.search(text))


def detect(path: Path, allow_cp1256: bool = True) -> Decoding:
    """Choose the encoding of ``path`` (strict), streaming; never guesses silently."""
    err = first_utf8_error(path)
    if err is None:
        return Decoding("utf-8-sig")
    where, message = err
    if allow_cp1256 and _looks_like_cp1256(path):
        # cp1256 has a few undefined bytes: check the whole file decodes
        dec = codecs.getincrementaldecoder("cp1256")("strict")
        with path.open("rb") as fh:
            try:
                while data := fh.read(CHUNK):
                    dec.decode(data)
            except UnicodeDecodeError:
                return Decoding(None, error_where=where, error=message)
        return Decoding("cp1256", note="decoded as Windows-1256 (Arabic Windows), not UTF-8")
    hint = " (Windows-1256 was tried too)" if allow_cp1256 else ""
    return Decoding(None, error_where=where,
                    error=f"{message}{hint}; save the file as UTF-8 (Excel: 'CSV UTF-8')")
