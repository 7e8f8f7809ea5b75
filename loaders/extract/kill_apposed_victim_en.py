"""Session 58 (blind58d): English "Y killed the <title> for / of <place or body>, X": the
victim named in an apposition after a long title.

"the army's 6th Infantry Division killed the RSF commander for Central Darfur, Ali Yagoub
Gibril, in June", "The Israeli army killed Hezbollah's commander for the southern front, Ali
Karaki": the name stands 7 to 14 tokens after the verb, past a comma, so the nearby-object
lookup misses it. Read when the tokens between are a title phrase only (a determiner or a
body's possessive first, a title noun in it, no clause word or punctuation but "'s" and "-")
and the name is not the speaker of a quotation ("..., X said"). The companion killed with
a victim, "along with the commander of the Khan Younis Brigade, Y", is read alike but apart
(``core_recall_kill._apposed_companion_en``: a determiner opens it, any title word of the
lexicon counts, no body's name inside it)."""

from __future__ import annotations

from typing import Any

from loaders.extract.rule_common import title_start

_EN_TITLE_NOUNS = frozenset({"commander", "leader", "chief", "head", "deputy", "founder", "emir",
                             "official", "member", "spokesman", "commanders", "leaders",
                             # "the prime minister of the Sanaa government, X" (session 70)
                             "minister", "premier", "president"})
_EN_STOP = frozenset({"and", "or", "but", "who", "whom", "which", "that", "when", "while",
                      "after", "before", "said", "says", "as", "with", "was", "were", "is",
                      "are", "had", "has", "have", "killed", "by", "than", "then", "his", "her",
                      "their", "its"})
_EN_OPEN = frozenset({"the", "a", "an"})
_EN_SAID = frozenset({"said", "says", "told", "added", "stated"})


def apposed_title_victim_en(sr: Any, t: int) -> Any:
    """The person apposed after a title phrase right after the killing verb at *t* (module
    doc), else None."""
    m = sr.after(t + 1, types=("Person",), maxgap=14)
    if m is None or m.kind != "name":
        return None
    start = title_start(m)
    if start - 1 <= t + 1 or sr.key(start - 1) != "," or sr.key(m.hi) in _EN_SAID:
        return None
    first = sr.mention_at.get(t + 1)
    if sr.key(t + 1) not in _EN_OPEN and not (first is not None and first.poss and
                                             first.etype == "Organization"):
        return None
    titled = False
    for y in range(t + 1, start - 1):
        tok = sr.toks[y]
        if sr.mention_at.get(y) is not None and sr.mention_at[y].etype != "Person":
            continue
        k = sr.key(y)
        if k in _EN_STOP or (tok.punct and k not in ("'s", "-")):
            return None
        titled = titled or k in _EN_TITLE_NOUNS
    return m if titled else None
