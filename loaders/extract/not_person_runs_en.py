"""English capitalised runs whose shape is never a person's name (session 31b).

A named military operation opens with the word "Operation" ("Operation Peace Spring";
Arabic writes it with a lower-case noun, "عملية نبع السلام", never read as a person), and a
body cut short before its head ends in a service word no surname is ("the National
Intelligence and Security Agency" read to "National Intelligence"; "National Security
Minister X"; in Arabic "جهاز الأمن الوطني" is a body by its head "جهاز").

Session 39 (meeten): the Gulf press writes the styles "HH" (His Highness) and "HE" (His
Excellency) as two spaced capitals, "H H the Amir Sheikh Tamim ...", "H E the Prime Minister
held ...": two one-letter words are a style, never a person "H E" (``spaced_style_en``).

Session 41 (namesen): a run written all in capitals mid-line ("IRAN WEEKLY BRIEF", "IRAN
UPDATE, JUNE 13, 2025, EVENING EDITION", a dateline "AL-ARISH, Egypt") is a heading or a
dateline place, never a new person (``all_capitals``; a known name is still matched).

>>> never_a_name(["operation", "hilaac"])
True
>>> never_a_name(["national", "intelligence"])
True
>>> never_a_name(["order", "of", "athir"])
True
>>> never_a_name(["ahmed", "salim"])
False
"""

from __future__ import annotations

from typing import Any

# first words of a named event, not of a person ("Operation True Promise"), and of a
# decoration ("the Medal of the Order of Athir", "the Order of Merit"; session 66)
EN_EVENT_FIRST = frozenset({"operation", "operations", "order", "medal"})

# last words of a service or its portfolio, not of a surname ("National Security",
# "General Intelligence", "Artificial Intelligence")
EN_SERVICE_LAST = frozenset({"security", "intelligence"})


def never_a_name(words: list[str]) -> bool:
    """Whether the lower-case words of a capitalised run make an operation's name or a
    service's short name, which no person bears ("Operation Hilaac", "National Security")."""
    return bool(words) and (words[0] in EN_EVENT_FIRST or words[-1] in EN_SERVICE_LAST)


def is_service(words: list[str]) -> bool:
    """Whether the lower-case words of a capitalised run end in a service word: a body cut
    short, read as a body ("National Security", "General Intelligence")."""
    return bool(words) and words[-1] in EN_SERVICE_LAST


_STYLE_SECOND = frozenset({"E", "H"})


def spaced_style_en(toks: list[Any], k: int, hi: int) -> bool:
    """Is token *k* the "H" of a spaced style "H H" / "H E" (one space, no stop after it: not
    the initials "H. E.")?"""
    return k < hi and toks[k].text == "H" and k + 1 < hi and toks[k + 1].text in _STYLE_SECOND and \
        toks[k + 1].start == toks[k].end + 1 and \
        (k + 2 >= hi or toks[k + 2].text != ".")


def all_capitals(toks: list[Any], k: int, e: int) -> bool:
    """Are all the words of the run k..e (two letters or more) written in capitals, with at
    least two such words ("WEEKLY BRIEF", "AL-ARISH")?"""
    words = [toks[x].text for x in range(k, e) if toks[x].text.isalpha()]
    return len(words) >= 2 and all(len(w) >= 2 and w.isupper() for w in words)
