"""Can a known person be the one a description stands for? ("the envoy", "the UN envoy",
"the Houthis' ambassador", "the general", "المبعوث").

A description resolved to someone whose gazetteer entry says he holds another kind of post
("the envoy" -> a foreign minister, "the general" -> a region president) or belongs to
another body ("the UN envoy" -> a Houthi negotiator, "the Houthis' ambassador" -> an Iranian
minister) makes a wrong node and, on an unseen writer, a false or lost meeting. These checks
only reject: a person the gazetteer says nothing about (no titles, no description) fits any
description (session 16).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.desc_article_titles import titled_in_article
from loaders.extract.national_armies import EN_ARMY_HEADS

if TYPE_CHECKING:
    from loaders.extract.mention_base import Mention
    from loaders.extract.mentions import Doc
    from loaders.extract.tokens import Tok

# the head word of a description -> words of a gazetteer title or description that fit it
_FITS: dict[str, tuple[str, ...]] = {
    "envoy": ("envoy", "representative", "emissary", "mediator", "ambassador", "diplomat"),
    "ambassador": ("ambassador", "envoy", "representative"),
    # "the top US diplomat" is the Secretary of State, "Britain's top diplomat" the Foreign
    # Secretary (session 67)
    "diplomat": ("diplomat", "envoy", "ambassador", "representative", "foreign minister",
                 "emissary", "mediator", "foreign affairs", "secretary of state",
                 "foreign secretary"),
    "general": ("general", "gen.", "commander", "chief of staff", "military", "army",
                "brigadier", "officer", "marshal", "guards", "irgc", "forces"),
    "negotiator": ("negotiat", "spokes", "envoy", "delegation", "mediat"),
    # "the army chief" / "the army commander" is no crown prince named last (session 53)
    "army chief": ("army", "chief of staff", "general", "gen.", "marshal", "military",
                   "armed forces", "commander"),
    # "the crown prince" is no head of a presidential office named last (session 54)
    "crown prince": ("crown prince", "heir"),
}
# offices with "general" in their name that are no general ("the general" is no
# secretary-general, consul general or attorney general)
_NOT_GENERAL = re.compile(r"(?:secretary|consul|director|attorney|governor|auditor|"
                          r"inspector|solicitor)[- ]general|general[- ](?:secretary|assembly|"
                          r"director|manager|prosecutor|guide)")
_AR_HEADS = {"مبعوث": "envoy", "المبعوث": "envoy", "سفير": "ambassador", "السفير": "ambassador",
             "دبلوماسي": "diplomat", "الدبلوماسي": "diplomat", "موفد": "envoy", "الموفد": "envoy",
             "موفده": "envoy", "الموفده": "envoy"}
# «ولي العهد» (also «وولي العهد»): the crown prince, no president or minister named last
# (session 61)
_AR_HEIR = L._ar("ولي")
_AR_COVENANT = L._ar("العهد")


def head_word(doc: Doc, lo: int, hi: int) -> str | None:
    """The head word of the description in tokens *lo*..*hi* that :func:`fits_title` knows
    ("envoy" in "the UN special envoy", "المبعوث" -> envoy); None when it has none."""
    toks = doc.toks
    for x in range(lo, min(hi, len(toks))):
        t = toks[x]
        if not t.ar:
            if t.key in _FITS:
                return t.key
            if t.key == "army" and x + 1 < len(toks) and toks[x + 1].key in EN_ARMY_HEADS:
                return "army chief"
            if t.key == "crown" and x + 1 < len(toks) and toks[x + 1].key == "prince":
                return "crown prince"
            continue
        if t.key in _AR_HEADS:
            return _AR_HEADS[t.key]
        for _o, st in t.stems:
            if st in _AR_HEADS:
                return _AR_HEADS[st]
            if st in _AR_HEIR and x + 1 < len(toks) and toks[x + 1].key in _AR_COVENANT:
                return "crown prince"
    return None


def _profile(doc: Doc, eid: str) -> str | None:
    """The lower-cased title hints and description of known person *eid* (None when the
    gazetteer says nothing about him)."""
    e = doc.gaz.get(eid)
    if e is None or not (e.titles or e.description):
        return None
    return " ".join((*e.titles, e.description or "")).lower()


def fits_title(doc: Doc, eid: str, word: str | None, known: bool = False) -> bool:
    """May *eid* be called by the head word *word* ("envoy", "general")? False only when
    the gazetteer describes him and names no such post (with *known*: also when it says
    nothing about him)."""
    if word is None:
        return not known
    known = known or word == "crown prince"  # (every crown prince is in the gazetteer)
    cache = doc.gaz.token_facts.get("fits_title")
    if cache is None:
        cache = doc.gaz.token_facts["fits_title"] = {}
    fit = cache.get((eid, word), _UNSEEN)
    if fit is _UNSEEN:
        fit = _fits_title(doc, eid, word)
        if doc.gaz.get(eid) is not None:  # (gazetteer entries only: a bounded cache)
            cache[(eid, word)] = fit
    if fit is None:  # the gazetteer says nothing: the titles the article gave him (session 23)
        fit = titled_in_article(doc, eid, _FITS[word])
    return (not known) if fit is None else fit


_UNSEEN = object()


def known_crown_prince(doc: Doc, eid: str) -> bool:
    """Do the gazetteer or the article's titles call *eid* a crown prince or heir ("Crown
    Prince X")? A monarch's office ("the King", "the emir", «الملك») is not his (session 61:
    "His Majesty King Abdullah II ... Crown Prince Al Hussein ... A day earlier, the King
    held separate meetings": the King, not his heir named last)."""
    fit = _fits_title(doc, eid, "crown prince")
    if fit is None:
        fit = titled_in_article(doc, eid, _FITS["crown prince"])
    return bool(fit)


def _fits_title(doc: Doc, eid: str, word: str) -> bool | None:
    """``fits_title`` from the gazetteer entry of *eid* alone (None: it says nothing about
    him); the same for every article, so ``fits_title`` keeps it per gazetteer."""
    prof = _profile(doc, eid)
    if prof is None:
        return None
    if word == "general":
        prof = _NOT_GENERAL.sub(" ", prof)
    return any(w in prof for w in _FITS[word])


# words of a body's name that say nothing about which body it is
_GENERIC = frozenset({"the", "of", "and", "for", "council", "party", "forces", "force",
                      "movement", "ministry", "office", "government", "union",
                      "national", "organization", "organisation", "group", "front", "army",
                      "committee", "authority", "agency", "bureau", "political", "military",
                      "jihad", "islamic", "state", "states", "united", "general", "supreme",
                      "regional", "security", "affairs", "foreign", "international"})


def _org_words(doc: Doc, org: str) -> list[str]:
    """Lower-case Latin words of the names of body *org* that tell it apart (a final
    plural "s" dropped: Houthis -> houthi; "Hezbollah Jihad Council" -> hezbollah)."""
    e = doc.gaz.get(org)
    if e is None:
        return []
    out = []
    for n in (e.name, *e.aliases):
        if not n.isascii():
            continue
        for w in re.split(r"[\s'’.-]+", n.lower()):
            if (len(w) >= 3 or w == "un") and w not in _GENERIC:
                out.append(w[:-1] if len(w) > 4 and w.endswith("s") else w)
    return list(dict.fromkeys(out))


def fits_body(doc: Doc, eid: str, org: str | None) -> bool:
    """May *eid* be "<org>'s <title>" ("the UN envoy", "the Houthis' ambassador")? False
    only when the gazetteer describes him, he leads no such body and his description names
    none of the body's names."""
    if org is None:
        return True
    e = doc.gaz.get(eid)
    if e is None or org in e.leads:
        return True
    cache = doc.gaz.token_facts.get("fits_body")
    if cache is None:
        cache = doc.gaz.token_facts["fits_body"] = {}
    fit = cache.get((eid, org))
    if fit is None:
        fit = _fits_body_gazetteer(doc, eid, org)
        if doc.gaz.get(org) is not None:  # (gazetteer bodies only: a bounded cache)
            cache[(eid, org)] = fit
    return fit or any(m.eid == eid and m.role_org == org for m in doc.ments)


def _fits_body_gazetteer(doc: Doc, eid: str, org: str) -> bool:
    """The part of ``fits_body`` the gazetteer decides alone (the same for every article:
    ``fits_body`` keeps it per gazetteer): no profile, a body without telling words, or a
    profile naming one of them."""
    prof = _profile(doc, eid)
    if prof is None:
        return True
    words = _org_words(doc, org)
    return not words or any(re.search(r"\b" + re.escape(w) + r"s?\b", prof) for w in words)


# words between an apposition's comma (or "as") and its title: "X, previously the EU
# ambassador", "Y, the first deputy prime minister", "Z, now the Houthis' envoy"
_EN_APPOSED_SKIP = frozenset({"the", "a", "an", "previously", "formerly", "now", "also",
                              "currently", "once", "himself", "herself", "later", "then",
                              "first", "second", "still", "recently"})
# a verb of becoming before the description makes it a predicate ("to become the UN's
# humanitarian chief")
_EN_BECOME = frozenset({"become", "became", "becomes", "becoming"})
# ... unless the description is the subject of a speech verb ("met X, the UN envoy said")
_EN_SPEECH = frozenset({"said", "says", "told", "added", "announced", "stated", "wrote",
                        "tweeted", "confirmed", "noted"})


def apposed_description_en(doc: Doc, covered: dict[int, Mention], k: int, lo: int,
                           end: int, hi: int) -> str | None:
    """Is the English title at *k* (sentence tokens *lo*..*hi*, the title ending at *end*)
    an apposition to the person named right before its comma ("Mohammed Abdulsalam, the
    Houthis' chief negotiator,", "X, previously the EU ambassador to Yemen") or a predicate
    ("accepted X as the Houthis' ambassador", "left to become the UN's humanitarian chief")?
    Then it is said of that person and stands for nobody else (session 16): his id ("" for
    a predicate after "become"); None when it is no such apposition or predicate."""
    toks = doc.toks
    if end < hi and toks[end].key in _EN_SPEECH:
        return None
    x = k - 1
    field = 0  # lower-case field words before the title ("the UN's humanitarian chief")
    while x >= lo:
        m = covered.get(x)
        if m is not None and m.etype in ("Organization", "Country"):
            x = m.lo - 1  # "the Houthis' ...", "the UAE's ..."
            continue
        t = toks[x]
        key = t.key
        if key in _EN_APPOSED_SKIP or key in L.EN_QUALIFIERS or key in L.NATIONALITY:
            if key in ("the", "a", "an"):
                field = 2  # no field word before the article ("received the minister")
            x -= 1
            continue
        if field < 2 and m is None and not t.cap and key.isalpha() and key not in L.EN_STOP \
                and key not in _EN_BECOME and key != "as":
            field += 1
            x -= 1
            continue
        break
    if x < lo:
        return None
    key = toks[x].key
    if key in _EN_BECOME:
        return ""
    if toks[x].text != "," and key != "as":
        return None
    m = covered.get(x - 1)
    return m.eid if m is not None and m.etype == "Person" and m.hi == x else None


def _ar_head_of(tok: Tok) -> str | None:
    """The head word ("envoy", "ambassador", "diplomat") an Arabic title token names, by its
    key or a stem, else None (``head_word``'s Arabic reading without the crown prince's)."""
    if tok.key in _AR_HEADS:
        return _AR_HEADS[tok.key]
    return next((_AR_HEADS[st] for _o, st in tok.stems if st in _AR_HEADS), None)


_AR_APPOSED_REACH = 3  # words after an Arabic name where its title may stand ("X المبعوث الخاص")


def titled_office(doc: Doc, eid: str, office: str) -> bool:
    """Does the gazetteer's profile of *eid* name the office *office* ("secretary-general")?"""
    prof = _profile(doc, eid)
    return prof is not None and office in prof.replace(" ", "-")


def titled_as(doc: Doc, eid: str, word: str, exact: bool = False) -> bool:
    """Does the gazetteer, or a title the article gave *eid*, name a post of head word *word*'s
    kind ("envoy": "UN envoy for Yemen" in the gazetteer, "Special Envoy X", "المبعوث الخاص X",
    "X المبعوث الخاص")? Unlike :func:`fits_title`, saying nothing is no fit (session 69). With
    *exact*, only the head word itself fits ("envoy", not the "mediator" a minister may be)."""
    fitting = (word,) if exact else _FITS[word]
    prof = _profile(doc, eid)
    if prof is not None and word == "general":
        prof = _NOT_GENERAL.sub(" ", prof)  # (a secretary-general is no general)
    if prof is not None and any(w in prof for w in fitting):
        return True
    if prof is None and titled_in_article(doc, eid, fitting):
        return True
    toks = doc.toks
    for m in doc.ments:
        if m.eid != eid or m.kind != "name" or not toks[m.lo].ar:
            continue
        span = list(range(m.tlo, m.lo)) if 0 <= m.tlo < m.lo else []
        for x in range(m.hi, min(m.hi + _AR_APPOSED_REACH, len(toks))):
            if toks[x].punct:
                break
            span.append(x)
        heads = (_ar_head_of(toks[x]) for x in span)
        if any(h is not None and any(w in h for w in fitting) for h in heads):
            return True
    return False
