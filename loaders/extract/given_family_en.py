"""A known person written in English with his given name, middle names and family name
("Sayyid Badr Hamad Al Busaidi") found by the given name and the family name alone
("Badr Al Busaidi", session 38, names): ``named_parts._given_name_full`` reads "Sayyid Badr"
elsewhere in the article (a headline, "Sayyid Badr also received ...") as him, not as the
body whose one-word alias "Badr" is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.textnorm import core_tokens

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

_LINKS = frozenset({"bin", "ibn", "al", "el", "-"})


def given_and_family_en(doc: Doc, key: str) -> set[str]:
    """The known people whose given name *key* and family name (the last capitalised word of
    the run after it, at most five words on, over "bin" / "al-" links) make one of their
    names, at any place in the article."""
    toks = doc.toks
    found: set[str] = set()
    for i in range(len(toks) - 2):
        t = toks[i]
        if t.key != key or t.ar:
            continue
        j, last = i + 1, None
        while j < len(toks) and j <= i + 6 and not toks[j].ar and (
                toks[j].cap and not toks[j].punct or toks[j].key in _LINKS):
            if toks[j].cap and not toks[j].punct:
                last = toks[j]
            j += 1
        if last is None or last is toks[i + 1]:
            continue  # (one word after it: the scan of _given_name_full read it)
        eid = doc.gaz.fuzzy_person(core_tokens(f"{t.text} {last.text}"), doc.mentioned_ids(),
                                   types=("Person",))
        if eid is not None:
            found.add(eid)
    return found
