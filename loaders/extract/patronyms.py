"""Short forms of known people: patronymic (session 12) and family-name-first (session 20).

Gulf news names a prince or minister by his father's name alone once he has been named:
"Faisal bin Farhan ... ابن فرحان / bin Farhan". For every person whose name is "<given>
bin/بن <father>" the short forms "bin <father>", "ابن <father>" become *ambiguous* names of that person (matched only once the article has
named him otherwise; of two people so named, the one named first). A father's name that is
a usual given name gives no short form ("بن محمد" ends many chains); "بن" inside a chain is
never one (only the standalone "ابن").

Chinese and Korean names put the family name first: "Qin Gang ... Qin", "Xi Jinping ...
Xi". The first word of such a known person's Latin name, and of his Arabic names ("وانغ يي"
... "وانغ"), is likewise an ambiguous name of his (``family_first_shorts``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import given_names as GN
from loaders.textnorm import fold_ar, is_arabic

if TYPE_CHECKING:
    from loaders.extract.gazetteer import Entry

_BIN = frozenset({"bin", "ibn", "بن", "ابن"})


def _father(name: str) -> tuple[str, str] | None:
    """("ar" | "en", father's name) of "<given> bin <father>" (two words after a given name:
    the father's name; a longer chain names a grandfather too and is left alone)."""
    words = name.split()
    if len(words) != 3 or fold_ar(words[1]).lower() not in _BIN:
        return None
    script = "en" if words[0].isascii() else "ar"
    return script, words[2]


def short_patronyms(entries: dict[str, Entry]) -> dict[str, list[str]]:
    """Person id -> its short patronymic forms ("ابن فرحان", "بن فرحان", "bin Farhan"), unless the
    father's name is a usual given name ("بن محمد" also ends other people's chains)."""
    out: dict[str, list[str]] = {}
    for e in entries.values():
        if e.type != "Person" or not e.name_ar:
            continue
        ar = _father(e.name_ar)
        if ar is None or ar[0] != "ar" or GN._fold(ar[1]) in GN.ALL:
            continue
        forms = [f"ابن {ar[1]}", f"بن {ar[1]}"]  # ("التقى بن فرحان": session 52)
        for name in e.all_names():
            f = _father(name)
            if f is not None and f[0] == "en":
                forms += [f"bin {f[1]}", f"Bin {f[1]}"]
        out[e.id] = list(dict.fromkeys(forms))
    return out


# countries whose people's names open with the family name
_FAMILY_FIRST = frozenset({"country:china", "country:taiwan", "country:north-korea",
                           "country:south-korea", "country:vietnam"})


def family_first_shorts(entries: dict[str, Entry]) -> dict[str, list[str]]:
    """Person id -> the family name of his two- or three-word Latin name when his country
    writes it first ("Qin" of "Qin Gang", "Kim" of "Kim Jong Un")."""
    out: dict[str, list[str]] = {}
    for e in entries.values():
        if e.type != "Person" or e.country not in _FAMILY_FIRST:
            continue
        words = e.name.split()
        if 2 <= len(words) <= 3 and words[0].isascii() and words[0].isalpha() and \
                len(words[0]) >= 2 and words[0][0].isupper():
            out[e.id] = [words[0]]
        # and the first word of his Arabic names ("وانغ" of "وانغ يي"; session 49)
        for name in (e.name_ar, *e.aliases):
            ar = (name or "").split()
            if 2 <= len(ar) <= 3 and is_arabic(ar[0]) and len(ar[0]) >= 2 and \
                    ar[0] not in out.get(e.id, ()):
                out.setdefault(e.id, []).append(ar[0])
    return out
