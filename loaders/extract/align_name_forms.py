"""Scoring only (session 38, names): does a predicted person's name and an annotator's name
for a person the extractor did not output under that id name the same man in a shorter
or respelled form? Used by ``evaluate.align_new_ids`` (its third step) after the exact
skeleton steps failed:

- a middle name left out on one side: "Ali al-Allaq" (the annotator) and the gazetteer's
  "Ali Mohsen al-Alaq", "Akhtar Mansour" and "Akhtar Mohammad Mansour", a Gulf chain cut
  ("Saud bin Abdulrahman Al-Thani" and "... bin Faisal Al Thani");
- one consonant more in one spelling of a word: "Steven" / "Stephen" (v is no consonant of
  the skeleton, ph is), "Abubakir" / "Abu Bakr" (a word written apart).

The first and the last name words must agree, and every word of the shorter name must stand,
in order, in the longer one, so a father ("Idriss Deby" for "Mahamat Idriss Deby") or a
brother ("Khaled Haftar" for "Khalifa Haftar") never matches."""

from __future__ import annotations

import re

from loaders.textnorm import core_tokens, token_skeleton

_JOINERS = frozenset({"bn", "b"})  # bin / ibn, a lone "Abu" written apart


# the first words of compound given names and the tails of compound names, written apart
# in Arabic ("عبد الله", "عبد الواحد", "صفي الدين") and often as one word in Latin script
_ABD = frozenset({"عبد", "abd", "abdul", "abdel", "abdol", "abdal", "abdu"})
_TAILS = frozenset({"الله", "دين", "din", "deen", "allah", "ullah"})


def name_form_keys(name: str) -> tuple[str, ...]:
    """Token skeletons of *name* without "bin" and a lone "Abu", a compound name one word
    ("عبد الله" -> "bdl", "صفي الدين" -> "sfdn": not "عبد" + "الله", whose lone "الله" and
    "دين" would meet other short words such as "الثاني")."""
    toks = core_tokens(name)
    keys: list[str] = []
    i = 0
    while i < len(toks):
        k = token_skeleton(toks[i])
        if i + 1 < len(toks) and (toks[i] in _ABD or toks[i + 1] in _TAILS):
            k += token_skeleton(toks[i + 1])
            i += 1
        i += 1
        if k and k not in _JOINERS:
            keys.append(k)
    return tuple(keys)


_BRACKET = re.compile(r"\s*\(([^)]*)\)\s*")


def name_forms(names: list[str]) -> set[tuple[str, ...]]:
    """The keys of each of *names*, a bracketed part ("Abdirahman Omar Osman (Yarisow)",
    "Abu Ayyub al-Masri (Abu Hamza al-Muhajir)") read apart: the name before it and the
    alias or nickname inside it."""
    out: set[tuple[str, ...]] = set()
    for n in names:
        parts = [n]
        if "(" in n:
            parts = [_BRACKET.sub(" ", n).strip(), *_BRACKET.findall(n)]
        out |= {name_form_keys(x) for x in parts if x}
    return out


def _word_agrees(a: str, b: str) -> bool:
    """Equal skeletons, or one with a single consonant more inside or at its end (same first
    consonant, the shorter of two or more)."""
    if a == b:
        return True
    if len(a) > len(b):
        a, b = b, a
    if len(b) != len(a) + 1 or len(a) < 2 or a[0] != b[0]:
        return False
    return any(b[:i] + b[i + 1:] == a for i in range(1, len(b)))


def same_name_form(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """Are the name keys *x* and *y* one name, the shorter (two words or more, three
    consonants or more) a subsequence of the longer with the same first and last word?"""
    a, b = (x, y) if len(x) <= len(y) else (y, x)
    if len(a) < 2 or len("".join(a)) < 3:
        return False
    if not _word_agrees(a[0], b[0]) or not _word_agrees(a[-1], b[-1]):
        return False
    j = 1
    for w in a[1:-1]:
        while j < len(b) - 1 and not _word_agrees(w, b[j]):
            j += 1
        if j >= len(b) - 1:
            return False
        j += 1
    return True
