"""English capitalised runs whose shape is never a person's name (session 31b).

A named military operation opens with the word "Operation" ("Operation Peace Spring";
Arabic writes it with a lower-case noun, "عملية نبع السلام", never read as a person), and a
body cut short before its head ends in a service word no surname is ("the National
Intelligence and Security Agency" read to "National Intelligence"; "National Security
Minister X"; in Arabic "جهاز الأمن الوطني" is a body by its head "جهاز").

>>> never_a_name(["operation", "hilaac"])
True
>>> never_a_name(["national", "intelligence"])
True
>>> never_a_name(["ahmed", "salim"])
False
"""

from __future__ import annotations

# first words of a named event, not of a person ("Operation True Promise")
EN_EVENT_FIRST = frozenset({"operation", "operations"})

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
