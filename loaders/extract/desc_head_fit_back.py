"""A description told by its head word ("the UN envoy", «المبعوث الأممي», "the ambassador")
whose holder was named more than three sentences back (session 69, blind69a).

``coreference._resolve_description`` reads such a description as the latest person of the last
three sentences who may hold that kind of post; a person the gazetteer and the article say
nothing about may hold any. An agency piece names the envoy in its opening, then the audience,
the host's words and the ones present, and comes back to him by title: «وكان المبعوث الأممي قد
التقى في مسقط أمس X» went to the undersecretary named as present, or to no one. Now, when the
latest such person was never titled with a post of that kind, or when there is none, the person
of the last ``_BACK`` sentences whom the gazetteer or the article titled so (``description_fit.
titled_as``: "UN envoy" in the gazetteer, «المبعوث الخاص X», "Special Envoy X") is the one meant
(the most salient of several, one titled with the head word itself first: "envoy" before
the foreign minister the gazetteer calls a mediator). "The Secretary-General" is so the one the
gazetteer titles Secretary-General ("The Secretary-General met with Mr. X" after a biography
naming a colleague of X). Only the description's own head word counts (``own_head``: "the
president named General X" has none), and not "the general" nor "the crown prince" (letting it
reach back read «من دون أن يلتقي ولي العهد», a negation not read, as a meeting).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.coref_offices import most_salient
from loaders.extract.description_fit import fits_body, head_word, titled_as, titled_office

if TYPE_CHECKING:
    from loaders.extract.mention_core import Mention
    from loaders.extract.mentions import Doc

_BACK = 8  # sentences back where the titled holder may have been named
# the head words read so: a diplomat's posts, and the UN's chief ("the Secretary-General", the
# one the gazetteer titles so); not "the general" nor "the crown prince" (whom ``coreference``
# finds sentences on by itself)
_HEADS = frozenset({"envoy", "ambassador", "diplomat", "negotiator"})
SECRETARY_GENERAL = "secretary-general"
# English words that may stand between "the" and the head word ("the UN special envoy", "the
# new U.S. envoy"), beside capitalised words and nationalities
_EN_BEFORE_HEAD = frozenset({"special", "personal", "peace", "chief", "top", "senior", "new",
                             "visiting", "un", "u.n.", "us", "u.s.", "-"})
_REACH = 4  # words of the description up to its head


def own_head(doc: Doc, at_tok: int) -> str | None:
    """The head word of the description at *at_tok* itself ("envoy" in "the UN special envoy",
    «المبعوث الأممي»; ``SECRETARY_GENERAL`` for "the Secretary-General"), else None: not a
    head word after it ("the president named General X" has no head of its own)."""
    toks = doc.toks
    if toks[at_tok].ar:
        h = head_word(doc, at_tok, at_tok + 1)
        return h if h in _HEADS else None
    for x in range(at_tok, min(at_tok + _REACH, len(toks))):
        t = toks[x]
        if t.key == "secretary" and x + 2 < len(toks) and toks[x + 1].text == "-" and \
                toks[x + 2].key == "general":
            return SECRETARY_GENERAL
        h = head_word(doc, x, x + 1)
        if h in _HEADS:
            return h
        if not (t.cap or t.key in _EN_BEFORE_HEAD or t.key in L.NATIONALITY or
                t.key in L.EN_QUALIFIERS):
            return None
    return None


def titled_for(doc: Doc, eid: str, head: str) -> bool:
    """Was *eid* titled with a post of *head*'s kind ("envoy": :func:`description_fit.
    titled_as`), or, for ``SECRETARY_GENERAL``, does the gazetteer title him so?"""
    if head == SECRETARY_GENERAL:
        return titled_office(doc, eid, SECRETARY_GENERAL)
    return titled_as(doc, eid, head)


def titled_holder_back(doc: Doc, recent: Iterator[Mention], si: int, head: str, body: str | None,
                       at_tok: int) -> str | None:
    """The person of the last ``_BACK`` sentences before *at_tok* (*recent*: people, latest
    first) titled with a post of *head* 's kind (:func:`titled_for`; *head* from
    :func:`own_head`) and fitting *body*, the most salient of several; None when there is
    none."""
    cands: list[str] = []
    for m in recent:
        if m.sent < si - _BACK:
            break
        if m.eid not in cands and fits_body(doc, m.eid, body) and titled_for(doc, m.eid, head):
            cands.append(m.eid)
    if head != SECRETARY_GENERAL:  # an envoy before a minister who mediates
        cands = [e for e in cands if titled_as(doc, e, head, exact=True)] or cands
    return most_salient(doc, cands, at_tok) if cands else None
