"""A titled one-word name followed by "of <state>": the known holder of that state (session 59).

"King Abdullah of Saudi Arabia" was Abdullah II of Jordan (the gazetteer's "King Abdullah"),
"President Aoun of Lebanon" and "Crown Prince Mohammed of Saudi Arabia" were new people "Aoun
of" and "Mohammed of" (the capitalised run took the "of" in). When a person's name of one word
after a title (before it, or inside the mention: "King Abdullah") is followed by "of" and a
state, the known person of that state whose given or family name it is and who holds the
title (``titled_given_name.national_given_holder``) is he, and the "of" leaves the name; a
known person of that state stays. The Saudi king's honorific "Custodian of the Two Holy
Mosques" right before the title names his state too. Called by ``rules`` after all sentences are read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.titled_given_name import HEAD_OF_STATE_OFFICES, national_given_holder

if TYPE_CHECKING:
    from loaders.extract.mention_core import Mention
    from loaders.extract.mentions import Doc



def _state_after(doc: Doc, at: int) -> str | None:
    """The state named right after the "of" at token *at* ("of Saudi Arabia", "of the UAE")."""
    toks = doc.toks
    if at >= len(toks) or toks[at].key != "of":
        return None
    y = at + 1 + (at + 1 < len(toks) and toks[at + 1].key == "the")
    m = next((x for x in doc.ments if x.lo == y and x.etype == "Country"), None)
    return m.eid if m is not None else None


_CUSTODIAN = ("custodian", "of", "the", "two", "holy", "mosques")


def _custodian_before(doc: Doc, lo: int) -> str | None:
    """Saudi Arabia when the Saudi king's honorific "Custodian of the Two Holy Mosques"
    stands right before the mention at *lo* ("Custodian of the Two Holy Mosques King
    Abdullah": the Saudi king, not Abdullah II of Jordan)."""
    n = len(_CUSTODIAN)
    if lo < n or doc.toks[lo - 1].key != _CUSTODIAN[-1] or any(  # (its last word first: no
            doc.toks[lo - n + i].key != w for i, w in enumerate(_CUSTODIAN)):  # generator)
        return None
    return "country:saudi-arabia"


def _title_words(doc: Doc, m: Mention, name_at: int) -> str:
    """The English title words before the name word at *name_at* (inside the mention or
    before it), lower case."""
    lo = m.tlo if 0 <= m.tlo < m.lo else m.lo
    words = [doc.toks[x].key for x in range(lo, name_at)
             if doc.toks[x].key in L.EN_TITLE_WORDS]
    return " ".join(words)


def of_state_holder(doc: Doc) -> None:
    """See the module docstring."""
    toks, gaz, changed = doc.toks, doc.gaz, False
    for m in doc.ments:
        if m.etype != "Person" or m.kind != "name" or toks[m.lo].ar:
            continue
        inner = m.hi - m.lo >= 2 and toks[m.hi - 1].key == "of"
        at = m.hi - 1 if inner else m.hi
        state = _state_after(doc, at) or _custodian_before(doc, m.lo)
        if state is None:
            continue
        name_at = at - 1
        if name_at < m.lo or not toks[name_at].cap:
            continue
        e = gaz.get(m.eid)
        if e is not None and e.country == state:
            continue
        phrase = _title_words(doc, m, name_at)
        if not phrase:
            continue
        role = "head_state" if phrase.split()[-1] in HEAD_OF_STATE_OFFICES else "plain"
        eid = national_given_holder(doc, toks[name_at], phrase, role, None, state)
        if eid is None:
            continue
        m.eid = eid
        if inner:
            m.hi -= 1
            m.end = toks[m.hi - 1].end
        changed = True
    if changed:
        doc.mentions_changed()
