"""Session 13, mention side speed: the pruned loops give what the full scans gave."""

from __future__ import annotations

import random

from loaders import textnorm as T


def _splits_full_scan(tok: str) -> list[tuple[int, str]]:
    """proclitic_splits as it was: every proclitic tried."""
    out = [(0, tok)]
    seen = {tok}
    for p in T._PROCLITICS:
        if tok.startswith(p) and len(tok) - len(p) >= 2:
            stem = tok[len(p):]
            if stem not in seen:
                seen.add(stem)
                out.append((len(p), stem))
    return out


def _strip_full_scan(tok: str) -> str:
    """strip_article_ar as it was: every article prefix tried."""
    if tok in ("الله", "لله"):
        return tok
    for p in T._AR_ARTICLE_PREFIXES:
        if tok.startswith(p) and len(tok) - len(p) >= 2:
            if len(tok) == 5 and p in T._AR_ARTICLE_SHORT_KEPT:
                return tok  # (session 24: "كالين" Kalin is a word)
            return tok[len(p):]
    if tok.startswith("لل") and len(tok) >= 4:
        return tok[2:]
    return tok


_WORDS = ["وبالعراق", "فللقائد", "والرئيس", "لبغداد", "للحشد", "كالعادة", "بالكاظمي", "ولل",
          "الله", "لله", "ال", "وال", "فب", "سليماني", "Qaani", "", "و", "وكالة", "فالحرس"]


def test_proclitic_splits_same_as_full_scan() -> None:
    rng = random.Random(13)
    letters = "والفبكلهمنسيعد"
    words = _WORDS + ["".join(rng.choice(letters) for _ in range(rng.randint(0, 7)))
                      for _ in range(20_000)]
    for w in words:
        assert T.proclitic_splits(w) == _splits_full_scan(w), w
    assert T.proclitic_splits("لبغداد") == [(0, "لبغداد"), (1, "بغداد")]


def test_strip_article_same_as_full_scan() -> None:
    rng = random.Random(31)
    letters = "والفبكلهمنسيعد"
    words = _WORDS + ["".join(rng.choice(letters) for _ in range(rng.randint(0, 7)))
                      for _ in range(20_000)]
    for w in words:
        assert T.strip_article_ar(w) == _strip_full_scan(w), w
    assert T.strip_article_ar("والرئيس") == "رئيس"
    assert T.strip_article_ar("للحشد") == "حشد"
    assert T.strip_article_ar("الله") == "الله"
