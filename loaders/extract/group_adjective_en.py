"""An English group adjective before a weapon or an attack names the group (session 63).

"A Houthi drone killed X", "a Houthi missile struck ...", "Houthi fighters killed X": "Houthi"
(also "Huthi") before such a noun is a mention of the Houthis, as "a Hezbollah drone" or "a
U.S. strike" name their agents, so the killing rules give the group as the killer. The word
alone is no mention (it is also a family name: "Abdul-Malik al-Houthi"), nor before a title
("Houthi chief negotiator X": ``surname_modifiers``) or a name the gazetteer knows ("Houthi
rebels" is the group's own alias). A one-word place that a spelling match made of it ("Houthi"
read as Hodeidah, named before in the piece) gives way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract.mention_base import Mention, make_mention

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

_GROUP_ADJ = {"houthi": "organization:houthis", "huthi": "organization:houthis"}
CUES = ("Houthi", "Huthi")
# the nouns after the adjective: a weapon, an attack, armed men
_WEAPONS = frozenset({"drone", "drones", "missile", "missiles", "strike", "strikes", "attack",
                      "attacks", "rocket", "rockets", "fighters", "gunmen", "militants",
                      "sniper", "snipers", "shelling", "raid", "raids", "ambush", "boat",
                      "boats", "bomb", "bombing", "ballistic", "cruise", "unmanned",
                      "mortar", "mortars", "shell", "shells", "assault", "offensive", "gunfire",
                      "fire", "landmine", "mine", "mines", "explosive", "suicide"})


def group_adjective_mentions(doc: Doc, si: int, covered: dict[int, Mention],
                             out: list[Mention]) -> None:
    """Mentions for "Houthi" before a weapon or attack noun in sentence *si* (module doc)."""
    s = doc.sents[si]
    toks = doc.toks
    for k in range(s.lo, s.hi - 1):
        gid = _GROUP_ADJ.get(toks[k].key)
        if gid is None or k + 1 in covered or not toks[k].cap or \
                toks[k + 1].key not in _WEAPONS or doc.gaz.get(gid) is None:
            continue
        c = covered.get(k)
        if c is not None:
            if c.etype not in ("Location", "Country") or c.hi - c.lo != 1 or c not in out:
                continue
            out.remove(c)  # a place matched by its spelling ("Houthi" as Hodeidah, named
            del covered[k]  # before)
        me = make_mention(doc, si, k, k + 1, gid)
        out.append(me)
        covered[k] = me
