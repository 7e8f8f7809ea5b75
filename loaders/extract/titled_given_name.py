"""A lone given name after a national title: the known holder of that title (session 59).

Gulf and royal usage names a ruler or minister by honorific and given name alone: "Qatari
Prime Minister Sheikh Mohammed", "UAE President Sheikh Mohamed", "Saudi Crown Prince
Mohammed", «رئيس الوزراء القطري الشيخ محمد», «ولي العهد السعودي الأمير محمد». The one word
was made a new person "Mohammed" (the gazetteer knows many Mohammeds and none by the bare
given name). When the title gives a country (its nationality or the state it heads) and an
office, the known people of that country whose full name starts with that word and whose
gazetteer titles (or the state they lead, for a head of state) fit the office are looked up;
one of them (or the one whose tenure holds the dateline's year) is the person. Called by
``title_holders.title_holder`` for a one-word name the gazetteer does not know.

Session 61: the same name set off by commas after a title with a nationality ("The Qatari
premier, Sheikh Mohammed, met ...", "the Saudi foreign minister, Prince Faisal,", «رئيس
الوزراء القطري، الشيخ محمد،») when a royal or Gulf style opens the apposition
(``royal_style_after``); "Qatar's prime minister, X" (the state's name) was read already."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract.given_alike import word_alike
from loaders.extract.guarded_title import holders_of_the_year, tenures
from loaders.textnorm import core_tokens, fold_ar, is_arabic

if TYPE_CHECKING:
    from loaders.extract.gazetteer import Gazetteer
    from loaders.extract.mentions import Doc
    from loaders.extract.tokens import Tok

# an Arabic title (folded, without its article) -> the English office word of the gazetteer
_AR_OFFICES = tuple((fold_ar(ar), en) for ar, en in (
    ("رئيس مجلس الوزراء", "prime minister"), ("رئيس الوزراء", "prime minister"),
    ("رئيس الحكومة", "prime minister"), ("ولي العهد", "crown prince"),
    ("وزير الخارجية", "foreign minister"), ("وزير الدفاع", "defen"),
    ("وزير الداخلية", "interior minister"), ("نائب رئيس", "vice president"),
    ("رئيس الدولة", "president"), ("رئيس", "president"), ("ملك", "king"), ("أمير", "emir"),
    ("سلطان", "sultan")))
# royal and Gulf styles that open an apposition naming the title's holder ("the Qatari premier,
# Sheikh Mohammed,"; «ولي العهد السعودي، الأمير محمد،»)
_ROYAL_STYLES = frozenset({"sheikh", "shaikh", "sheik", "prince", "king", "emir", "amir",
                           "sultan", "sayyid", "sayed"}) | frozenset(
    fold_ar(w) for w in ("الشيخ", "الأمير", "الملك", "السلطان", "السيد"))
# the offices of a head of state (an English title's last word too: "King", "President")
HEAD_OF_STATE_OFFICES = frozenset({"president", "king", "emir", "sultan"})

_COUNCIL = "organization:ministers-council"  # "رئيس مجلس الوزراء ... القطري"


def by_country(gaz: Gazetteer) -> dict[str, list[tuple[str, frozenset[str]]]]:
    """Country id -> (person id, first words of his names of two or more words), built once
    per gazetteer (by ``Gazetteer.__init__``, so the cached gazetteer carries it: built in the
    first article that needed it, it took ~0.45 s there)."""
    index = gaz.token_facts.get("given_by_country")
    if index is None:
        index = {}
        for e in gaz.entries.values():
            if e.type != "Person" or not e.country:
                continue
            firsts = frozenset(t[0] for n in (e.name, e.name_ar, *e.aliases)
                               if n and len(t := core_tokens(n)) > 1)
            if firsts:
                index.setdefault(e.country, []).append((e.id, firsts))
        gaz.token_facts["given_by_country"] = index
    return index


def _office(phrase: str, arabic: bool) -> str | None:
    """The English office word(s) of the title *phrase* (lower case / folded Arabic)."""
    if not arabic:
        p = phrase.lower().strip()
        return "prime minister" if p == "premier" else p or None
    p = fold_ar(phrase)
    p = p[2:] if p.startswith("ال") else p
    for ar, en in _AR_OFFICES:
        if p == ar or p.startswith(ar + " "):
            return en
    return None


def _fits(doc: Doc, eid: str, office: str, country: str, role: str) -> int:
    """How well the known person *eid* holds *office*: 2 when one of his gazetteer titles is
    that office (or he leads *country* and the title is a head of state's), 1 when only a
    longer title or his description names it ("Vice President and Prime Minister of the
    UAE" for "president"), else 0."""
    e = doc.gaz.get(eid)
    if e is None:
        return 0
    titles = [t.lower() for t in e.titles]
    if any(t.startswith(office) for t in titles) or \
            role == "head_state" and office in HEAD_OF_STATE_OFFICES and country in e.leads:
        return 2
    if any(office in t or t in office for t in titles) or \
            office in (e.description or "").lower():
        return 1
    return 0


def _former(doc: Doc, eid: str, office: str) -> bool:
    """Does the gazetteer description of *eid* close his tenure of *office* ("Saudi crown
    prince (2015-2017)")?"""
    e = doc.gaz.get(eid)
    desc = (e.description or "").lower() if e is not None else ""
    at = desc.find(office)
    if at < 0:
        return False
    spans = tenures(desc[at + len(office):at + len(office) + 30])
    return bool(spans) and all(b < 9999 for _a, b in spans)


def _named(doc: Doc, key: str, country: str) -> list[str]:
    """The known people of *country* whose full name starts with the word *key* (else with a
    word spelt alike, of about its length), else whose guarded family name it is ("President
    Aoun of Lebanon": its known bearers)."""
    people = by_country(doc.gaz).get(country, ())
    named = [eid for eid, firsts in people if key in firsts]
    if not named and len(key) > 2:
        # (the lengths first: word_alike, which computes spellings, only for the first words
        # of about the key's length, not for all of a country's; session 65)
        lo, hi = len(key) - 1, len(key) + 1
        named = [eid for eid, firsts in people if any(
            lo <= len(f) <= hi and len(f) > 2 and word_alike(key, f) for f in firsts)]
    if not named:
        named = sorted(eid for eid in (doc.gaz.guarded.get((key,)) or ())
                       if (e := doc.gaz.get(eid)) is not None and e.country == country)
    return named


def national_given_holder(doc: Doc, tok: Tok, phrase: str, role: str, role_org: str | None,
                          role_nat: str | None) -> str | None:
    """The id of the one known person of the title's country named by the word *tok*
    (``_named``: his given name, else his family name) who holds the title's office; else
    None."""
    country = role_nat or (role_org if role_org and role_org.startswith("country:") else None)
    if country is None:
        return None
    office = "prime minister" if role_org == _COUNCIL else _office(phrase, is_arabic(phrase))
    if office is None:
        return None
    named = _named(doc, tok.key, country)
    grades = {eid: _fits(doc, eid, office, country, role) for eid in named}
    best = max(grades.values(), default=0)
    fit = [eid for eid in named if best and grades[eid] == best]
    if len(fit) > 1:
        fit = holders_of_the_year(doc, fit)
    if len(fit) > 1:  # "Saudi Crown Prince Mohammed": not the one of "(2015-2017)"
        fit = [eid for eid in fit if not _former(doc, eid, office)] or fit
    return fit[0] if len(fit) == 1 else None


def royal_style_after(toks: list[Tok], j: int, hi: int) -> bool:
    """Does a royal or Gulf style followed by a name word start at token *j* ("Sheikh
    Mohammed", «الشيخ محمد»)? Then a comma before it sets off the holder of the title before
    the comma, not another person."""
    if j + 1 >= hi or toks[j].key not in _ROYAL_STYLES:
        return False
    nxt = toks[j + 1]
    return not nxt.punct and (nxt.ar or nxt.cap)
