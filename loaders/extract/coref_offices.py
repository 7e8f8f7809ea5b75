"""Who holds an office, for the light coreference (``coreference``): an Arabic title detached
from its name, a minister's portfolio, an office with one holder, the gazetteer's holder, the
office words of a description (prime minister, a monarch), a tie between candidates
(``tied_pair``) and the most salient of them (``most_salient``)."""

from __future__ import annotations

import re
from collections.abc import (
    Callable,
    Iterable,
    Iterator,
)
from itertools import chain
from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.arabic_verb_shape import imperfect_verb_ar
from loaders.extract.desc_article_titles import other_post_titled
from loaders.extract.description_fit import known_crown_prince
from loaders.extract.gazetteer import MONARCH_TITLES
from loaders.extract.mention_base import (
    Mention,
    _title_firsts,
)
from loaders.extract.rule_common import title_start
from loaders.extract.tokens import STEM
from loaders.textnorm import strip_article_ar

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc
    from loaders.extract.tokens import Tok


def _detached_title_ar(doc: Doc, m: Mention) -> int | None:
    """The title word that opens the noun phrase of *m* when the title was not attached to
    the name ("السفيرة الأميركية الجديدة لدى العراق ألينا رومانوسكي": at "السفيرة"): the
    nearest Arabic title word in the six tokens before the name, with no punctuation and no
    other person between; else None. Session 67: a comma right before the name or its "السيد"
    («رئيس الجمهورية، السيد عبد المجيد تبون، ...»: the APS form) keeps the title his."""
    toks = doc.toks
    others = [p for p in doc.by_sent.get(m.sent, ()) if p.etype == "Person" and p.hi <= m.lo]
    for x in range(m.lo - 1, max(-1, m.lo - 7), -1):
        tk = toks[x]
        if tk.text in ("،", ",") and x > 0 and not toks[x - 1].punct and all(
                toks[y].key in _AR_MISTER for y in range(x + 1, m.lo)):
            continue  # "رئيس الجمهورية، السيد X،" (the APS form, session 67)
        if tk.key in _AR_MISTER and x == m.lo - 1:
            continue  # ("السيد" is no office)
        if tk.punct or not tk.ar or any(p.lo <= x < p.hi for p in others):
            return None
        hit = _AR_TITLE_WORD.get(tk.text)
        if hit is None:
            hit = _ar_title_word(tk.key, tk.text, tk.stems)
        if hit:
            return x
        if imperfect_verb_ar(doc, tk):
            return None  # "رئيس الجمهورية يعيّن X" (a headline): the subject's title (s64)
    return None


# the honorific between a title's comma and the name: "رئيس الجمهورية، السيد X" (session 67)
_AR_MISTER = L._ar("السيد", "السيدة")


def mister_only_ar(doc: Doc, m: Mention) -> bool:
    """Is the title read before *m* only "السيد / السيدة" right after a comma («رئيس
    الجمهورية، السيد X»: the office stands before the comma; session 67)?"""
    return m.tlo == m.lo - 1 and m.tlo > 0 and doc.toks[m.tlo].key in _AR_MISTER and \
        doc.toks[m.tlo - 1].text in ("،", ",")


_AR_TITLE_WORD: dict[str, bool] = {}  # token text -> may an Arabic title start there?


def _ar_title_word(key: str, text: str, stems: tuple) -> bool:
    """Can an Arabic title phrase start at the token with *key* and *stems* (a function of
    its text, cached per *text*, the cache emptied at 200,000)?"""
    if len(_AR_TITLE_WORD) > 200_000:
        _AR_TITLE_WORD.clear()
    hit = _AR_TITLE_WORD[text] = not L.AR_TITLE_FIRST.isdisjoint(_title_firsts(key, stems))
    return hit


def _in_office(doc: Doc, eid: str, at_tok: int) -> bool:
    """Did the article name *eid* before *at_tok* with a title and no "former / late /
    ousted" word ("Defense Minister X")?"""
    return any(m.eid == eid and m.kind == "name" and 0 <= m.tlo < m.lo and m.qual != "old"
               for m in doc.ments if m.lo < at_tok)


_EN_PORTFOLIO_WORDS = frozenset({p.split()[-1] for p in L.EN_PORTFOLIOS + L.EN_JOINT_PORTFOLIOS} |
                                {"foreign", "defense", "defence", "interior"})
_EN_SAME_PORTFOLIO = {"defence": "defense", "labour": "labor"}
_AR_MINISTER = frozenset(L.fold_ar(w) for w in ("وزير", "وزيرة"))


def _portfolio(doc: Doc, lo: int, hi: int) -> str | None:
    """The portfolio of a minister title in tokens *lo*..*hi* ("oil" in "the Iraqi oil
    minister" / "minister of oil", "النفط" in "وزير النفط"), or ``None``."""
    toks = doc.toks
    hi = min(hi, len(toks))
    for x in range(lo, hi):
        t = toks[x]
        if t.punct:
            return None
        if t.ar:
            if t.key in _AR_MINISTER and x + 1 < len(toks) and toks[x + 1].ar and \
                    toks[x + 1].key.startswith("ال"):
                return toks[x + 1].key[2:]
            continue
        if t.key != "minister":
            continue
        if x - 1 >= lo and toks[x - 1].key in _EN_PORTFOLIO_WORDS:
            k = toks[x - 1].key
        elif x + 2 < len(toks) and toks[x + 1].key == "of" and \
                toks[x + 2].key in _EN_PORTFOLIO_WORDS:
            k = toks[x + 2].key
        else:
            return None
        return _EN_SAME_PORTFOLIO.get(k, k)
    return None


def _other_portfolio(doc: Doc, m: Mention, want: str | None, minister: bool = False) -> bool:
    """Was *m* introduced as the minister of another portfolio than *want*? With *minister*
    (the description itself is a minister's title: :func:`minister_description`), also: was
    he titled a head of state or government anywhere in the article ("Iranian President X",
    "Prime Minister Y", "Mr X" after "President X": "Iran's foreign minister" is not he;
    session 68)?"""
    if want is None or m.tlo < 0 or m.tlo >= m.lo:
        return False
    there = _portfolio(doc, m.tlo, m.lo)
    if there is None:
        return minister and titled_office_here(doc, m.eid, None)
    return there != want


def minister_description(doc: Doc, at_tok: int) -> bool:
    """Is the description at *at_tok* a minister's title of its own, the portfolio within its
    first three words ("Iran's foreign minister", "the Iraqi foreign minister"), not an office
    followed by another title («رئيس الحكومة مع وزير الخارجية», "the president met the foreign
    minister")?"""
    return office_words(doc, at_tok) is None and _portfolio(doc, at_tok, at_tok + 3) is not None


# offices one person of a country holds at a time: "the Iraqi foreign minister" is the one
# the article named with that title, not another Iraqi named more often
_ONE_HOLDER = frozenset({"minister", "ambassador", "envoy", "speaker", "وزير", "الوزير",
                         "سفير", "السفير", "مبعوث", "المبعوث", "وزيره", "الوزيره",
                         "موفد", "الموفد", "موفده", "الموفده",
                         # a consul ("بحضور القنصل العام الإيراني في أربيل" is no Iranian
                         # president named before; session 72)
                         "consul", "قنصل", "القنصل"})


def one_holder_office(doc: Doc, at_tok: int) -> bool:
    """Does the title at *at_tok* name such an office (within its first three words)?"""
    return _one_holder_word(doc, at_tok) is not None


# the English title word of such an office ("بالسفير" -> "ambassador")
_OFFICE_EN = {"سفير": "ambassador", "وزير": "minister", "مبعوث": "envoy", "وزيره": "minister",
              "موفد": "envoy", "موفده": "envoy", "قنصل": "consul"}


def _one_holder_word(doc: Doc, at_tok: int) -> str | None:
    """The office word (in English) of such a title at *at_tok*, also after a clitic
    ("بالسفير التركي"); None when the title names no such office."""
    for x in range(at_tok, min(len(doc.toks), at_tok + 3)):
        t = doc.toks[x]
        for w in (t.key, *map(STEM, t.stems)):  # (map: no generator per token)
            if w in _ONE_HOLDER:
                w = w[2:] if w.startswith("ال") else w
                return _OFFICE_EN.get(w, w)
    return None


def _gazetteer_holder(doc: Doc, ments: Iterator[Mention], si: int, at_tok: int) -> str | None:
    """"the envoy" / "المبعوث" with no nationality: of the people named in the last three
    sentences whom the gazetteer knows to hold that office, the one the article named first,
    its subject ("Hans Grundberg ... succeeded Martin Griffiths, who had replaced Ismail Ould
    Cheikh Ahmed. ... the envoy was received by ..." is Grundberg, not the predecessors named
    since). None when the title names no such office or nobody named holds it."""
    office = _one_holder_word(doc, at_tok)
    if office is None:
        return None
    held = {m.eid for m in _window(ments, si - 3) if _holds_title(doc, m.eid, office)}
    return next((m.eid for m in doc.ments if m.eid in held), None) if held else None


def _office_tie(doc: Doc, ments: Iterator[Mention], si: int, at_tok: int) -> bool:
    """"the minister" / "الوزير" when two people of the last three sentences were titled
    with that office in one sentence and named as often ("Foreign Ministers A and B arrived.
    The minister met C"): either of them (session 21)."""
    office = _one_holder_word(doc, at_tok)
    if office is None:
        return False
    titled = [m.eid for m in _window(ments, si - 3) if m.kind == "name" and
              0 <= m.tlo < m.lo and any(_office_key(doc.toks[x]) == office
                                        for x in range(m.tlo, m.lo))]
    return tied_pair(doc, titled, at_tok)


def _office_key(t: Tok) -> str:
    """The English office word of a title token ("Minister", "الوزير", "وزير" -> minister)."""
    if not t.ar:
        return t.key
    w = strip_article_ar(t.key)
    return _OFFICE_EN.get(w, w)


# a US / UK cabinet title is a minister's ("وزير الخارجية الأمريكي" = the Secretary of State;
# not a secretary-general; session 54)
_SECRETARY_MINISTER = re.compile(r"\bsecretary of\b|\b(?:defen[cs]e|foreign|home|treasury|"
                                 r"energy|state|war) secretary\b")


def _names_office(title: str, office: str) -> bool:
    """Does the title hint *title* (lower case) name *office*?"""
    return office in title or (office == "minister" and "secretary" in title and
                               _SECRETARY_MINISTER.search(title) is not None)


def _holds_title(doc: Doc, eid: str, office: str) -> bool:
    """Do the gazetteer's title hints of *eid* name *office* ("envoy")?"""
    e = doc.gaz.get(eid)
    return e is not None and any(_names_office(t.lower(), office) for t in e.titles)


def _may_hold(doc: Doc, eid: str, office: str) -> bool:
    """Can *eid* be that one holder? Unknown people and people without title hints can; a
    gazetteer person whose title hints never name that office cannot ("the Turkish
    ambassador" is not the Turkish foreign minister named before)."""
    e = doc.gaz.get(eid)
    return e is None or not e.titles or any(_names_office(t.lower(), office) for t in e.titles)


def known_holders(doc: Doc, cands: list[str], office: str) -> list[str]:
    """Of *cands*, those whose gazetteer titles name *office*; all of *cands* when none
    does ("the Jordanian foreign minister" after the crown prince, of no title hints, and
    the foreign minister: the minister; session 53)."""
    held = [e for e in cands if (g := doc.gaz.get(e)) is not None and g.titles and
            any(_names_office(t.lower(), office) for t in g.titles)]
    return held or cands


def _window(ments: Iterator[Mention], first_sent: int) -> Iterator[Mention]:
    """The mentions of *ments* (latest first) down to sentence *first_sent*."""
    for m in ments:
        if m.sent < first_sent:
            return
        yield m


def titled_nationality(doc: Doc, eid: str, nat: str) -> bool:
    """Did the article title *eid* with the nationality *nat* ("Iranian General X", "الجنرال
    الإيراني X": in the title or the two words before it)?"""
    for m in doc.ments:  # (loops: no generators per call)
        if m.eid == eid and m.kind == "name" and 0 <= m.tlo < m.lo:
            for x in range(max(doc.sents[m.sent].lo, m.tlo - 2), m.lo):
                if L.NATIONALITY.get(doc.toks[x].key) == nat:
                    return True
    return False


def _plural_titled_pair(doc: Doc, m: Mention) -> bool:
    """Is *m* one of two names under one plural title ("Hamas officials A and B",
    "القياديين A وB")? Then a singular description after them may be either (session 21)."""
    near = [p for p in doc.by_sent.get(m.sent, ()) if p.etype == "Person" and p.kind == "name"
            and p.eid != m.eid and (p.hi == title_start(m) - 1 or title_start(p) == m.hi + 1
                                    or p.hi == title_start(m) or title_start(p) == m.hi)]
    for p in near:
        a, b = (p, m) if p.lo < m.lo else (m, p)
        between = [doc.toks[x].key for x in range(a.hi, title_start(b))]
        joined = between == ["and"] or (not between and b.prefix.startswith("و"))
        if not joined or 0 <= b.tlo < b.lo or a.lo == 0:
            continue  # (the second one has a title of its own: "X and Prime Minister Y")
        last = doc.toks[a.lo - 1]
        if (not last.ar and last.key[-1:] == "s" and last.key[:-1] in L.EN_TITLES) or \
                last.key in L.AR_PLURAL_TITLES:
            return True
    return False


def tied_pair(doc: Doc, cands: list[str], at_tok: int) -> bool:
    """Were two of the people *cands* (introduced with the title of a description) named in
    one sentence and as often as each other before *at_tok*? Then the description may be
    either ("Iranian General A and Iranian General B arrived. The Iranian general met C",
    "وصل الجنرال A والجنرال B ... والتقى الجنرال C"; session 21)."""
    uniq = list(dict.fromkeys(cands))
    if len(uniq) < 2:
        return False
    count = dict.fromkeys(uniq, 0)
    sents: dict[str, set[int]] = {e: set() for e in uniq}
    for m in doc.ments:
        if m.lo < at_tok and m.eid in count:
            count[m.eid] += 1
            sents[m.eid].add(m.sent)
    top = sorted(uniq, key=lambda e: -count[e])
    return count[top[0]] == count[top[1]] and bool(sents[top[0]] & sents[top[1]])


def most_salient(doc: Doc, cands: list[str], at_tok: int,
                 extra: Iterable[Mention] = ()) -> str:
    """Of the candidate people *cands* (latest first), the one the article is about so far:
    named most often before *at_tok* (in ``doc.ments`` and *extra*, the mentions found so
    far in the current sentence); on a tie, the one named first in the article."""
    uniq = list(dict.fromkeys(cands))
    if len(uniq) == 1:
        return uniq[0]
    count = dict.fromkeys(uniq, 0)
    first: dict[str, int] = {}
    for m in chain(doc.ments, extra):
        if m.lo >= at_tok:
            continue
        if m.eid in count:
            count[m.eid] += 1
            first.setdefault(m.eid, m.lo)
    return max(uniq, key=lambda e: (count[e], -first.get(e, at_tok)))




_PM_WORDS = frozenset({"premier", "prime", "pm"})
_MONARCHS = {"emir": "emir", "king": "king", "sultan": "sultan", "امير": "emir",
             "الامير": "emir", "ملك": "king", "الملك": "king", "سلطان": "sultan",
             "السلطان": "sultan"}
_PM_AR = frozenset({"الوزراء", "الحكومه", "الحكومة", "وزراء", "حكومه", "حكومة"}) | frozenset(
    L.fold_ar(w) for w in ("الوزراء", "وزراء"))  # (token keys: "الوزرا"; session 16)


# «الوزير الأول» (Algeria's head of government), «رئيس الدولة» (head of state)
_AR_THE_MINISTER, _AR_FIRST, _AR_STATE = L.fold_ar("الوزير"), L.fold_ar("الأول"), L.fold_ar("الدولة")


def _one_titled_before(doc: Doc, at_tok: int, role_nat: str | None,
                       titled: Callable[[Mention, int], bool]) -> str | None:
    """The one person named before *at_tok* anywhere in the article for whom *titled* (the
    mention, the first token of its title or name) holds, of nationality *role_nat* when
    given; None when none or several (``article_monarch``, ``article_crown_prince``)."""
    found: list[str] = []
    for m in doc.ments:
        if m.lo >= at_tok or m.etype != "Person" or m.kind != "name" or m.eid in found:
            continue
        if role_nat and doc.country_of(m.eid) not in (None, role_nat):
            continue
        if titled(m, title_start(m)):
            found.append(m.eid)
    return found[0] if len(found) == 1 else None


def article_monarch(doc: Doc, office: str, at_tok: int, role_nat: str | None) -> str | None:
    """The one person named before *at_tok* anywhere in the article with the monarch's title
    of *office* ("King Abdullah II", «الملك عبدالله الثاني», "Emir Sheikh Tamim"; or whose
    gazetteer titles name it), of nationality *role_nat* when given; None when none or
    several. A country has one king at a time, so "the King" five sentences on is still him
    (session 61: the three-sentence window of the generic search had lost him)."""
    toks = doc.toks

    def titled(m: Mention, lo: int) -> bool:
        e = doc.gaz.get(m.eid)
        return e is not None and office in e.titles or any(
            _MONARCHS.get(toks[x].key) == office for x in range(lo, min(m.lo + 1, m.hi)))

    return _one_titled_before(doc, at_tok, role_nat, titled)


def article_crown_prince(doc: Doc, at_tok: int, role_nat: str | None) -> str | None:
    """The one person named before *at_tok* anywhere in the article after the title "Crown
    Prince" ("met with Crown Prince X", of nationality *role_nat* when given); None when none or
    several (not "former Crown Prince Y"). A country has one heir at a time, so "the crown
    prince" six sentences on is still him, as "the King" is (session 66)."""
    toks = doc.toks

    def titled(m: Mention, lo: int) -> bool:
        keys = [toks[x].key for x in range(lo, min(m.lo + 2, m.hi))]
        return any(a == "crown" and b == "prince" for a, b in zip(keys, keys[1:], strict=False)) \
            and "former" not in keys and not (lo > 0 and toks[lo - 1].key == "former")

    return _one_titled_before(doc, at_tok, role_nat, titled)


def office_words(doc: Doc, at_tok: int) -> str | None:
    """'pm' when the title at *at_tok* names a head of government ("the premier", "رئيس
    الوزراء"), 'president' for a head of state called president, 'emir' / 'king' /
    'sultan' for a monarch ("the emir", "الأمير"); else None."""
    t = doc.toks[at_tok]
    if t.key in _MONARCHS:
        return _MONARCHS[t.key]  # "the emir" is no president named since
    if not t.ar:
        if t.key in _PM_WORDS:
            return "pm"
        return "president" if t.key == "president" else None
    nxt = doc.toks[at_tok + 1].key if at_tok + 1 < len(doc.toks) else ""
    if t.key in ("رييس", "الرييس") and nxt in _PM_AR:
        return "pm"
    if t.key == _AR_THE_MINISTER and nxt == _AR_FIRST:
        return "pm"  # Algeria's "first minister" (session 64)
    if t.key == "رييس" and nxt == _AR_STATE:
        return "president"  # «رئيس الدولة» (the Maghreb's agencies; session 64)
    return None


def _heads_government(m: Mention, office: str | None) -> bool:
    """Is *m* introduced as the head of a government body ("رئيس الحكومة العراقية X": the lead
    of iraqi-government) and the description a head of government ("رئيس الحكومة")?"""
    return office == "pm" and m.role == "lead" and (m.role_org or "").endswith("government")


def holds_office(doc: Doc, eid: str, office: str) -> bool:
    """Can *eid* be called by that office? Unknown people and people without title hints
    can; a gazetteer person whose title hints do not name that office cannot, unless the
    article itself gave him that office's title (``titled_office_here``)."""
    e = doc.gaz.get(eid)
    if office in MONARCH_TITLES and not (e is not None and office in e.titles) and \
            known_crown_prince(doc, eid):
        return False  # "the King" is not the crown prince named since (session 61)
    if e is None or not e.titles:  # "the prime minister" is no "police lieutenant, X"
        return not other_post_titled(doc, eid, office)  # (session 24b)
    words = {w for t in e.titles for w in t.lower().split()}
    if (words & _PM_WORDS) if office == "pm" else office in words:
        return True
    return office in ("pm", "president") and titled_office_here(doc, eid, office)


# words before an office's title that make it another post ("Deputy Prime Minister X",
# "former President Y", «نائب رئيس الوزراء»، «رئيس الوزراء السابق»)
_NOT_HOLDER = frozenset({"deputy", "vice", "former", "ex", "late"}) | L._ar(
    "نايب", "السابق", "الاسبق", "الراحل")


# the English words that make an office someone's second ("deputy foreign minister"; the
# Arabic «نائب وزير الخارجية» is read as a title of its own and not checked here; coref_peers
# adds the Arabic words for its own deputy test)
EN_DEPUTY_WORDS = frozenset({"deputy", "vice", "assistant"})


def deputy_office(doc: Doc, at_tok: int) -> bool:
    """Does the English description at *at_tok* name a deputy's office, in the word before it
    (the title is read from the office: "Iran's deputy foreign minister") or within its first
    four words ("the vice president")?"""
    toks = doc.toks
    for x in range(max(0, at_tok - 1), min(len(toks), at_tok + 4)):  # (a loop: no generator)
        if toks[x].key in EN_DEPUTY_WORDS:
            return True
    return False


def titled_deputy(doc: Doc, eid: str) -> bool:
    """May *eid* be called a deputy ("Iran's deputy foreign minister")? A person the article
    titled so before one of his names ("Deputy Foreign Minister X"), or whom the gazetteer
    calls so; not the president or the foreign minister named last (session 68)."""
    toks = doc.toks
    for m in doc.ments:
        if m.eid == eid and m.kind == "name" and 0 <= m.tlo < m.lo and \
                any(toks[x].key in EN_DEPUTY_WORDS for x in range(m.tlo, m.lo)):
            return True
    e = doc.gaz.get(eid)
    return e is not None and any(w in t.lower() for t in e.titles for w in EN_DEPUTY_WORDS)


def titled_office_here(doc: Doc, eid: str, office: str | None) -> bool:
    """Did the article give *eid* the title of *office* before one of his names ("Palestinian
    Prime Minister Ismail Haniyeh", «رئيس الحكومة سعد الحريري»; not "former" nor "deputy")?
    The gazetteer's titles are a person's latest posts; a piece of 2006 calls Haniyeh "the
    Palestinian premier" after titling him so (session 66). *office* None: any office of
    ``office_words`` (a head of state or government, a monarch)."""
    toks = doc.toks
    for m in doc.ments:
        if m.eid != eid or m.kind != "name" or not 0 <= m.tlo < m.lo:
            continue
        span = range(m.tlo, m.lo)
        if any(toks[x].key in _NOT_HOLDER for x in span):
            continue
        if office:
            if any(office_words(doc, x) == office for x in span):
                return True
        elif any(office_words(doc, x) is not None for x in span):  # (one test per word)
            return True
    return False
