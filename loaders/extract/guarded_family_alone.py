"""A lone family name a rule reads as a new person, which is the ambiguous short name of a
known person of a state the article names: that person (session 57).

The gazetteer lists some family names as ambiguous (matched only once the person is named
otherwise): "Burhan" (also a given name), "البرهان" (a common noun). A rule that reads the
word as a person on its own evidence ("Sudanese army chief Burhan", "Burhan met Sisi", a
bare surname before a verb) used to mint a new person ``person:burhan`` next to the known
Abdel Fattah al-Burhan. When the word is the family name (the last word of the name, the
article left out) of known people and exactly one of them belongs to a state the article
names (the state, its nationality word, or a person or body of it), the word is he ("Larijani": Ali Larijani; Sadegh goes by
"Amoli Larijani", which his aliases list, so the last word alone is not his). Two bearers of
one state left stay a new name. Called by
``person_ids._resolve_name`` before it mints a one-word person."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.guarded_title import dateline_year, holders_of_the_year, tenures
from loaders.textnorm import core_tokens, strip_article_ar

if TYPE_CHECKING:
    from loaders.extract.gazetteer_entry import Entry
    from loaders.extract.mentions import Doc


def _family_word(e: Entry, word: str) -> bool:
    """Is *word* (a core token) the last word of *e*'s Latin or Arabic name?"""
    for name in (e.name, e.name_ar):
        toks = core_tokens(name) if name else []
        if toks and toks[-1] == word:
            return True
    return False


def _compound_family(e: Entry, word: str) -> bool:
    """Does *e* go by a two-word family name ending in *word* ("Amoli Larijani" of Sadegh
    Amoli Larijani: the last two words of its name, which its aliases list)? Then the last word alone is someone else's."""
    name = core_tokens(e.name)
    if len(name) < 3 or name[-1] != word:
        return False
    tail = name[-2:]
    return any(core_tokens(a) == tail for a in e.aliases)


def _state_named(doc: Doc, country: str) -> bool:
    """Does the article name the state *country*: mentioned, the state of a person or body
    mentioned, its nationality word or its one-word name written anywhere?"""
    for m in doc.mentioned_ids():
        if m == country or doc.country_of(m) == country:
            return True
    nat = L.NATIONALITY
    c = doc.gaz.get(country)
    names = {t[0] for t in (core_tokens(n) for n in c.all_names()) if len(t) == 1} \
        if c is not None else set()
    return any(nat.get(t.key) == country or t.key in names or
               (t.ar and strip_article_ar(t.key) in names) for t in doc.toks) or \
        _place_of(doc, country)


def _place_of(doc: Doc, country: str) -> bool:
    """Is a one-word known place of the state *country* written in Latin letters anywhere in
    the article (a dateline's or a later sentence's city: "BEIRUT -", "in Beirut"; session
    59)?"""
    exact, gaz = doc.gaz.exact, doc.gaz
    for t in doc.toks:
        if t.punct or t.ar or not t.cap:
            continue  # (Latin only: «التقى الرئيس بري ... في مقديشو» is no Somali premier)
        for eid, _s, _a in exact.get((t.key,), ()):
            if eid.startswith("location:") and (e := gaz.get(eid)) is not None and \
                    e.country == country:
                return True
    return False


def known_family_alone(doc: Doc, toks: list[str]) -> str | None:
    """The id of the one known person whose ambiguous family name is the one word *toks*
    and whose state the article names; else None."""
    if len(toks) != 1:
        return None
    ids = doc.gaz.guarded.get((toks[0],))
    if not ids:
        return None
    people = [e for e in (doc.gaz.get(i) for i in sorted(ids))
              if e is not None and e.type == "Person" and e.country and
              _family_word(e, toks[0]) and not _compound_family(e, toks[0])]
    fit = [e.id for e in people if _state_named(doc, e.country)]
    if len(fit) > 1:
        fit = holders_of_the_year(doc, fit)
    if len(fit) > 1 and dateline_year(doc) is None:
        # "Aoun received US envoy Tom Barrack" (no year): the president in office now
        fit = [eid for eid in fit if in_office(doc, eid)] or fit
    return fit[0] if len(fit) == 1 else None


def in_office(doc: Doc, eid: str) -> bool:
    """Does the gazetteer description of *eid* give him an open tenure ("since January
    2025", "(2024-)"), where a namesake's closed ones ("(2016-2022)") say he left office?"""
    e = doc.gaz.get(eid)
    return e is not None and any(b == 9999 for _a, b in tenures(e.description or ""))


_EN_PLACE_PREPS = frozenset({"in", "at", "to", "from", "near", "of", "into", "across",
                             "outside", "inside", "around", "toward", "towards"})


def family_not_place(doc: Doc) -> None:
    """A capitalised English word the gazetteer matched to a place only by a spelling
    tolerance ("Qassem" read as the Saudi region Qassim) while it is, as written, the
    ambiguous family name of known people: when one of them belongs to a state the article
    names (``known_family_alone``) and no preposition of place stands before the word
    ("Qassem met Araghchi in Beirut", "Araghchi met Qassem on Friday"), the word is he
    (session 59; called by ``rules`` after all sentences are read)."""
    gaz, toks, changed = doc.gaz, doc.toks, False
    for m in doc.ments:
        if m.etype != "Location" or m.kind != "name" or m.hi - m.lo != 1:
            continue
        t = toks[m.lo]
        if t.ar or not t.cap or (t.key,) not in gaz.guarded or \
                any(h[0] == m.eid for h in gaz.exact.get((t.key,), ())) or \
                m.lo > 0 and toks[m.lo - 1].key in _EN_PLACE_PREPS:
            continue
        eid = known_family_alone(doc, [t.key])
        if eid is not None:
            m.eid, m.etype = eid, "Person"
            changed = True
    if changed:
        doc.mentions_changed()
