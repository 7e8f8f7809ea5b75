"""A nasab that names the grandfather too: "G bin F bin GF [Al X]" is known as "G bin F".

Gulf state agencies and their English services write a royal's full chain ("Mohammed bin
Salman bin Abdulaziz Al Saud", "Faisal bin Farhan bin Abdullah", "طحنون بن زايد بن سلطان آل
نهيان"); other pieces, the gazetteer and the annotators use "G bin F". When the gazetteer
knows "G bin F", that person is the piece's; the full chain stays an alias (the caller,
`person_ids._resolve_name`, adds it). "G bin F" is shared across dynasties (Mohammed bin
Abdulrahman of Riyadh, of Qatar), so the known person is not taken when the piece's
honorific is of the other kind: "Prince" / "الأمير" (Saudi) against a known "Sheikh" /
"الشيخ" (the emirates), and the reverse. A chain whose given name is compound keeps it
("Abdullah bin Zayed"); a kunya is no given name; an unknown "G bin F" keeps the full chain.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from loaders.textnorm import core_tokens
from loaders.textnorm import normalize as normalize_word

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

_BIN = frozenset({"bin", "ibn", "بن", "ابن"})
_KUNYA = frozenset({"abu", "umm", "ابو", "ام", "ابي"})
_ABD = frozenset({"عبد", "abd", "abdul", "abdel", "abdol"})
_TAIL = frozenset({"الله", "الدين", "allah", "ullah", "din", "deen", "al-din", "el-din", "العزيز",
                   "الرحمن", "aziz", "rahman"})
# honorific -> its kind: a Saudi prince or a sheikh of the emirates
_HONORIFIC = {"prince": "prince", "princess": "prince", "الأمير": "prince", "الأميرة": "prince",
              "sheikh": "sheikh", "sheikha": "sheikh", "الشيخ": "sheikh", "الشيخة": "sheikh"}
_HON_RE = re.compile("(" + "|".join(_HONORIFIC) + r")\s+$", re.IGNORECASE)


def _chain_end(keys: list[str]) -> int | None:
    """Index of the grandfather's "bin" of a "G bin F bin GF ..." chain, else None."""
    if len(keys) < 5 or keys[0] in _KUNYA:
        return None
    first = 2 if keys[0] in _ABD or keys[1] in _TAIL else 1
    if keys[first] not in _BIN:
        return None
    father = first + 1  # the father's name: one word, or two when compound ("bin Abdul Aziz")
    end = father + (2 if keys[father] in _ABD or (father + 1 < len(keys) and
                                                   keys[father + 1] in _TAIL) else 1)
    return end if end < len(keys) - 1 and keys[end] in _BIN else None


def _kinds(names: list[str]) -> set[str]:
    return {_HONORIFIC[w] for n in names for w in n.lower().split()[:1] if w in _HONORIFIC}


def _honorific_here(doc: Doc, head: str) -> str | None:
    """Kind of the honorific written right before *head* (the chain's first words) in the
    piece, None when none is."""
    for m in re.finditer(re.escape(head), doc.text):
        h = _HON_RE.search(doc.text, max(0, m.start() - 12), m.start())
        if h:
            return _HONORIFIC[h.group(1).lower()]
    return None


def grandfather_short(doc: Doc, surface: str) -> str | None:
    """"G bin F" of a "G bin F bin GF ..." chain when the gazetteer knows it (honorifics of
    one kind); None otherwise."""
    words = surface.replace("\u200f", "").split()
    end = _chain_end([normalize_word(w) for w in words])
    if end is None:
        return None
    short = " ".join(words[:end])
    eid = doc.gaz.fuzzy_person(core_tokens(short), None, types=("Person",))
    e = doc.gaz.get(eid) if eid else None
    if e is None:
        return None
    kinds = _kinds(list(e.all_names()))
    here = _honorific_here(doc, " ".join(words[:3]))
    if here is not None and kinds and here not in kinds:
        return None  # "Prince Mohammed bin Abdulrahman bin Abdulaziz" is not Qatar's Sheikh
    return short
