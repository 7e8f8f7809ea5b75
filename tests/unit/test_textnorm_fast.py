"""The faster normalize()/match_keys() keep the exact behaviour of the per-character code."""

from __future__ import annotations

import unicodedata

import pytest

from loaders.textnorm import match_keys, normalize


def _reference(text: str) -> str:
    """The per-character definition normalize() had before it was sped up."""
    import re

    from loaders.textnorm import _AR_TABLE

    out = text.translate(_AR_TABLE)
    if not out.isascii():
        out = "".join(c for c in unicodedata.normalize("NFKD", out) if not unicodedata.combining(c))
    out = re.sub(r"(?<=\w)'s?\b", "", out.casefold())
    out = "".join(ch if (ch.isalnum() or ch in "-'") else " " for ch in out)
    out = out.replace("'", "").replace("اا", "ا")
    return re.sub(r"\s+", " ", out).strip(" -")


@pytest.mark.parametrize("text", [
    "Qa_ani!", "Café Ñandú", "Ｆｕｌｌｗｉｄｔｈ ｎａｍｅ", "١٢٣ ۴۵", "Esmail Qaani's deputy",
    "إسماعيل قاآني", "مُصْطَفَى الكاظمي", "ﻻ ﷲ", "x\u0301y\u20dd z", "ß İ ǅ", "a–b—c ‘d’",
])
def test_normalize_matches_the_per_character_definition(text: str) -> None:
    assert normalize(text) == _reference(text)


def test_search_keys_of_a_name_in_both_scripts_still_meet() -> None:
    en, ar = set(match_keys("Mustafa al-Kadhimi")), set(match_keys("مصطفى الكاظمي"))
    assert "~kdm" in en & ar
