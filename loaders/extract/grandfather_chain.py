"""A known person named with his grandfather too (session 31): Gulf protocol writes the full
chain "Mohammed bin Abdulrahman bin Jassim Al Thani" / "محمد بن عبدالرحمن بن جاسم آل ثاني"
where the gazetteer knows "Mohammed bin Abdulrahman Al Thani". Without the grandfather's link
the chain became a new person ("mohammed-bin-abdul-rahman-bin-jassim-al-thani") or, written
"Al-Thani", the short "Mohammed al-Thani".

``known_without_grandfather`` drops the second "bin"/"بن" and the names after it up to the
family name and asks the gazetteer for that shorter chain; only a known person is taken
(no new id is made from the shorter form).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from loaders.extract.gazetteer import Gazetteer

_BIN = frozenset({"bin", "ibn", "بن", "ابن"})
_DYNASTY = frozenset({"al", "ال", "آل", "el"})


def known_without_grandfather(gaz: Gazetteer, toks: list[str],
                              mentioned: set[str] | None = None) -> str | None:
    """The known person whose name is *toks* (core tokens of a chain with two "bin" or more)
    without the grandfather: "mohammed bin abdulrahman bin jassim thani" -> the id of
    "Mohammed bin Abdulrahman Al Thani"; None when there is no such chain or person.

    English: "Mohammed bin Abdul Rahman bin Jassim al-Thani" -> Mohammed bin Abdulrahman
    Al Thani; Arabic: "محمد بن عبدالرحمن بن جاسم آل ثاني" -> the same person."""
    bins = [i for i, t in enumerate(toks) if t in _BIN]
    if len(bins) < 2 or bins[0] == 0 or bins[1] - bins[0] < 2:
        return None
    tail = 2 if len(toks) >= 2 and toks[-2] in _DYNASTY else 1
    if len(toks) - tail <= bins[1] + 1:
        return None  # no family name after the grandfather's ("... bin Jassim")
    short = toks[:bins[1]] + toks[-tail:]
    eid = gaz.fuzzy_person(short, mentioned, types=("Person",))
    if eid is None:
        return None
    ent = gaz.get(eid)
    # the known person is named by a chain too ("X bin Y ..."), not "X Y" alone
    if ent is None or not any(w.lower() in _BIN for n in ent.all_names() for w in n.split()):
        return None
    return eid
