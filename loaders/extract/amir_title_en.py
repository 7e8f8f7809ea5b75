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
Amir-Abdollahian", "the Amir Kabir University"), and so does a name's last word before "of"
("Ahmed Amir of Baghdad", "Abd al-Amir of Basra") and an "Amir" opening a longer Arabic phrase
or name with a lower-case particle ("the Amir al-Muminin", "the Amir al-Zaidi family", "Amir
bin ..."). English only; gated on "Amir" in the text."""

from __future__ import annotations

import re

_QUAL = r"(?:(?:late|new|former|current)\s+)?"
_HONORIFIC = r"(?:Sheikh|Shaikh|Sayyid|Sayed)\b"
# a lower-case Arabic particle after "Amir" makes it a name's or a phrase's word: "the Amir
# al-Muminin", "the Amir al-Zaidi family", "Amir ul-Momineen", "Amir bin ..."
_PARTICLE = r"\s+(?:[a-z]{1,3}[-‐]|(?:al|el|ul|bin|ibn|bint|abu)\s)"
# "the Amir", "HH Amir", "His Highness Amir", "Kuwait's Amir" (no name word after it)
_TITLE = re.compile(r"(?:\b(?:[Tt]he|HH|Highness)|\b[A-Z][a-z]+['’]s)\s+" + _QUAL +
                    r"(Amir)\b(?![-‐])(?!\s+(?!" + _HONORIFIC + r")[A-Z])(?!" + _PARTICLE + ")")
# "Amir of the State of Qatar"; not a name's last word ("Ahmed Amir of Baghdad", "Abd al-Amir
# of Basra"): the word before is no capitalised name word and no hyphen joins it
_OF = re.compile(r"(?<![-‐])\b(Amir) of\b")
_NAME_BEFORE = re.compile(r"(?:^|[^\w'’])(?!(?:The|Highness|Deputy|Former|Late|New|Then)\b)[A-Z][a-z]+ $")
_OPENER = re.compile(r"(?m)^(Amir) (?=[a-z])(?!" + _PARTICLE[3:] + ")")  # "Amir receives ..."
# "Amir" as a name's word: "Amir Khan Muttaqi", "Amir-Abdollahian", "Abdul Amir", "Amir al-..."
_NAMED = re.compile(r"\bAmir(?:[-‐]|\s+(?!" + _HONORIFIC + r"|of\b)[A-Z]|" + _PARTICLE +
                    r")|\b(?!Highness)[A-Z][a-z]+[ -]Amir\b")


def _amir_word(text: str) -> bool:
    """Is "Amir" in *text* as a word of its own? (Every pattern above needs one; "Hadi
    al-Amiri", frequent in the news, is not, and the patterns cost more than this look.)"""
    i = text.find("Amir")
    while i >= 0:
        j = i + 4
        if (i == 0 or not _word_char(text[i - 1])) and (j == len(text) or not _word_char(text[j])):
            return True
        i = text.find("Amir", j)
    return False


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def amir_title_en(text: str) -> str:
    """*text* with each "Amir" read as the title spelt "Emir" (offsets unchanged)."""
    if not _amir_word(text):
        return text
    at = [m.start(1) for m in _TITLE.finditer(text)] + [
        m.start(1) for m in _OF.finditer(text)
        if not _NAME_BEFORE.search(text, max(0, m.start(1) - 30), m.start(1))]
    if not at:
        return text
    if not _NAMED.search(text):
        at += [m.start(1) for m in _OPENER.finditer(text)]
    chars = list(text)
    for x in at:
        chars[x] = "E"
    return "".join(chars)
