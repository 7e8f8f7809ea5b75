"""The Gulf papers' spelling of the title emir in English: "H H the Amir Sheikh Tamim ...
received ...", "H H the Amir also met ...", "Sheikh Tamim, Amir of the State of Qatar". Such an
"Amir" is read as written "Emir" (the text the rules read is respelt, same length, as
``blessings_ar`` blanks blessings; the output keeps the article as written), so the title
machinery, ``coref_offices`` and the honorific references read it as the emir. An "Amir" is
the title after "the" (qualifiers allowed: "the late Amir"), "HH" / "Highness" or a
possessive ("Kuwait's Amir") when no name word of its own follows (a name honorific may:
"the Amir Sheikh Meshal"), and before "of" ("Amir of Kuwait"); a line's first word before a
lower-case word (the headline "Amir meets Palestinian President, El Sisi on sidelines of
...") is the title too when the article writes the title so elsewhere and never "Amir" as a
name's word. "Amir" stays a given name otherwise ("Amir Khan Muttaqi", "Hossein
Amir-Abdollahian", "the Amir Kabir University"). English only; gated on "Amir" in the text."""

from __future__ import annotations

import re

_QUAL = r"(?:(?:late|new|former|current)\s+)?"
_HONORIFIC = r"(?:Sheikh|Shaikh|Sayyid|Sayed)\b"
# "the Amir", "HH Amir", "His Highness Amir", "Kuwait's Amir" (no name word after it)
_TITLE = re.compile(r"(?:\b(?:[Tt]he|HH|Highness)|\b[A-Z][a-z]+['’]s)\s+" + _QUAL +
                    r"(Amir)\b(?![-‐])(?!\s+(?!" + _HONORIFIC + r")[A-Z])")
_OF = re.compile(r"\b(Amir) of\b")  # "Amir of the State of Qatar"
_OPENER = re.compile(r"(?m)^(Amir) (?=[a-z])")  # "Amir receives UAE President ..."
# "Amir" as a name's word: "Amir Khan Muttaqi", "Amir-Abdollahian", "Abdul Amir"
_NAMED = re.compile(r"\bAmir(?:[-‐]|\s+(?!" + _HONORIFIC + r"|of\b)[A-Z])|\b(?!Highness)[A-Z][a-z]+[ -]Amir\b")


def amir_title_en(text: str) -> str:
    """*text* with each "Amir" read as the title spelt "Emir" (offsets unchanged)."""
    if "Amir" not in text:
        return text
    at = [m.start(1) for m in _TITLE.finditer(text)] + [m.start(1) for m in _OF.finditer(text)]
    if not at:
        return text
    if not _NAMED.search(text):
        at += [m.start(1) for m in _OPENER.finditer(text)]
    chars = list(text)
    for x in at:
        chars[x] = "E"
    return "".join(chars)
