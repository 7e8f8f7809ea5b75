"""Descriptions resolved by what the article says of the person: the deceased ("the slain
commander", "الشهيد"; ``deceased_person``, ``EN_DEAD_QUALS`` / ``AR_DEAD_QUALS``), the counterpart
("نظيره العراقي"; ``counterpart_peer``) and an antecedent in the same sentence
(``same_sentence_antecedent``)."""

from __future__ import annotations

from collections.abc import (
    Callable,
    Iterable,
    Iterator,
)
from itertools import chain
from operator import attrgetter
from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.coref_offices import (
    EN_DEPUTY_WORDS,
    _window,
    holds_office,
    office_words,
    titled_nationality,
)
from loaders.extract.gazetteer import MONARCH_TITLES
from loaders.extract.mention_base import Mention
from loaders.extract.rule_common import title_start
from loaders.textnorm import strip_article_ar

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

_LO = attrgetter("lo")


# ---- "the slain general", "the martyred commander", "القائد الشهيد": the person killed ------
EN_DEAD_QUALS = frozenset({"slain", "martyred", "late", "assassinated", "murdered"})
AR_DEAD_QUALS = frozenset({"الشهيد", "الراحل", "المغدور", "القتيل", "المغتال", "الفقيد",
                           "الشهيدين"})
_EN_KILL_CTX = frozenset({"killed", "assassinated", "slain", "martyred", "killing",
                          "assassination", "martyrdom", "murdered", "murder", "death", "died",
                          "eliminated", "kill", "assassinate"})
_AR_KILL_CTX = frozenset({"اغتال", "اغتالت", "اغتالوا", "قتل", "قتلت", "قتلوا", "اغتيل", "مقتل",
                          "اغتيال", "استشهد", "استشهاد", "مصرع", "اغتيالا", "مقتله", "اغتياله",
                          "استشهاده", "اغتالته", "قتلته", "استشهدا", "قتلا"})
_AGENT_MARKS = frozenset({"by", "يد", "ايدي", "من", "بامر", "orders", "order", "direction", "behest"})


_LIST_JOINS = frozenset({",", "and"})


def _killed_here(doc: Doc, m: Mention, people: set[int]) -> bool:
    """The person mention *m* is the one a killing word near it is about: the first person
    after a killing verb or noun a few words before it ("the assassination of X", "اغتيال
    القيادي في الكتائب X") or the subject of one right after it ("X was killed", "X, who was
    assassinated", "X الذي اغتيل"), and not the agent ("by X", "on the orders of X", "بأمر
    من X", "أمر بها X"). *people*: the token positions of person names."""
    toks = doc.toks
    lo = title_start(m)
    k1 = toks[lo - 1].key if lo > 0 else ""
    k2 = toks[lo - 2].key if lo > 1 else ""
    if k1 in _AGENT_MARKS or (k1 == "of" and k2 in _AGENT_MARKS) or \
            k1 in ("بها", "به") or k2 in ("بها", "به"):
        return False
    for y in range(lo - 1, max(-1, lo - 7), -1):
        t = toks[y]
        if y in people or t.text in (".", ";", "؛"):
            break  # someone else is named between: the killing word is about them
        k = t.key
        if (k in _EN_KILL_CTX) if not t.ar else (
                k in _AR_KILL_CTX or k[1:] in _AR_KILL_CTX and k[:1] in "وب"):
            return True
    reach = 9 if m.hi < len(toks) and toks[m.hi].text in (",", "،") else 5  # "X, a Y
    y, end = m.hi, min(len(toks), m.hi + reach)  # commander, was killed"
    listed = not toks[m.lo].ar  # (only list joiners and people after the name so far)
    while y < end:
        t = toks[y]
        if t.text in (".", ";", "؛"):
            break
        if y in people:
            if not listed or toks[y - 1].key not in _LIST_JOINS:
                break
            while y < len(toks) and y in people:  # "X and Foreign Minister Y were killed",
                y += 1  # "X, Y and their companions attained martyrdom": the verb is every
            end = min(len(toks), y + 6)  # listed subject's (session 66)
            continue
        listed = listed and t.key in _LIST_JOINS
        k = t.key
        if (k in _EN_KILL_CTX) if not t.ar else (k in _AR_KILL_CTX or k[1:] in _AR_KILL_CTX
                                                  and k[:1] in "و"):
            return True
        y += 1
    return False


def deceased_person(doc: Doc, si: int, at_tok: int, back: int = 5,
                    fits: Callable[[str], bool] | None = None) -> str | None:
    """The person a description of a dead person stands for ("the slain general", "the
    martyred commander", "القائد الشهيد" at token *at_tok*): the latest person of this or the
    last *back* sentences whom a killing word is about (and whom *fits* accepts, when given:
    ``dead_office_fit``); None when none was said killed."""
    near = [m for m in _window(reversed(doc.ments), si - back)
            if m.etype == "Person" and m.lo < at_tok and m.kind in ("name", "desc")]
    people = {x for m in near for x in range(title_start(m), m.hi)}
    for m in near:
        if _killed_here(doc, m, people) and (fits is None or fits(m.eid)):
            return m.eid
    return None


# ---- "نظيره العراقي" / "his Iraqi counterpart": the holder of the subject's office -----------
def _is_counterpart(doc: Doc, at_tok: int) -> bool:
    """Is there a counterpart word at or next to the title word *at_tok*?"""
    for x in range(max(0, at_tok - 2), min(len(doc.toks), at_tok + 2)):
        k = doc.toks[x].key
        if k == "counterpart" or k.startswith("نظير") or k.startswith("ونظير"):
            return True
    return False


# a rank word's feminine and dual forms ("وزيرة الخارجية" / "وزيري خارجية البلدين" hold the
# office of "وزير الخارجية"; session 67), and "الشؤون" of "وزير الشؤون الخارجية" (no portfolio)
_RANK_FORMS = {k: base for base, forms in (
    ("وزير", L._ar("وزيرة", "وزيري", "وزيرا", "وزيرها")), ("رييس", L._ar("رئيسة", "رئيسا", "رئيسها")),
    ("نايب", L._ar("نائبة", "نائبي", "نائبا", "نائبها")),
    ("خارجيه", L._ar("خارجيتها", "خارجيته")), ("وزرا", L._ar("وزرائها"))) for k in forms}  # ("أما جيبوتي، فالتقى رئيسها X
# نظيره الإريتري": the office of "its president" is a president's; session 72)
_NOT_PORTFOLIO = L._ar("شؤون")


def _office_of(doc: Doc, m: Mention) -> frozenset[str]:
    """The words of the title before the name of *m*, without nationalities, articles and
    qualifiers ("وزير الخارجية السعودي" -> {وزير, خارجيه}; "Saudi Foreign Minister" ->
    {foreign, minister}); a rank word's feminine or dual form counts as the rank ("وزيرة
    الخارجية والتعاون الدولي" -> {وزير, خارجيه, والتعاون, دولي}; ``_RANK_FORMS``)."""
    nationality = L.NATIONALITY
    out = set()
    for x in range(m.tlo, m.lo):
        k = doc.toks[x].key
        k = k[2:] if k.startswith("ال") and len(k) > 4 else k
        if doc.toks[x].punct or k in nationality or "ال" + k in nationality or \
                k in ("the", "his", "her", "of", "s") or k in _NOT_PORTFOLIO:
            continue
        out.add(_RANK_FORMS.get(k, k))
    return frozenset(out)


# title words that name a rank, not a portfolio: a shared portfolio word is needed when one
# office holds more words than the other (_same_office)
_RANK_WORDS = L._ar("وزير", "رئيس", "نائب", "وزراء", "اول") | frozenset({
    "minister", "deputy", "prime", "president", "vice", "first", "and", "of"})


def _head_pair(doc: Doc, m: Mention) -> tuple[str, ...]:
    """The first two words of the title of *m* (its rank and portfolio: "وزير خارجية
    الجمهورية الإسلامية" -> (وزير, خارجيه)), the article stripped."""
    words = [strip_article_ar(doc.toks[x].key) if doc.toks[x].ar else doc.toks[x].key
             for x in range(m.tlo, min(m.lo, m.tlo + 2)) if not doc.toks[x].punct]
    return tuple(words)


_DEPUTY_WORDS = EN_DEPUTY_WORDS | frozenset({"نائب", "نايب", "مساعد", "معاون"})


def _is_deputy_word(k: str) -> bool:
    return k in _DEPUTY_WORDS or k[:1] == "و" and k[1:] in _DEPUTY_WORDS


def _deputy_before(doc: Doc, m: Mention) -> bool:
    """A deputy word just before *m*'s title ("مساعد وزير الخارجية X": the title may start
    after it)."""
    x = m.tlo - 1
    return x >= 0 and not doc.toks[x].punct and _is_deputy_word(doc.toks[x].key)


def _deputy_of(doc: Doc, m: Mention, short: frozenset[str]) -> bool:
    """*m*'s title is a deputy's of the office *short* it holds: a deputy word right before
    its first word of that office ("نائب وزير الخارجية", "Deputy Foreign Minister"; not "نائب
    رئيس الوزراء وزير الخارجية", "Deputy Prime Minister and Foreign Minister")."""
    deputy = _deputy_before(doc, m)
    for x in range(m.tlo, m.lo):
        t = doc.toks[x]
        if t.punct:
            continue
        k = t.key[2:] if t.key.startswith("ال") and len(t.key) > 4 else t.key
        if k in short:
            return deputy
        deputy = _is_deputy_word(k)
    return False


def _same_office(doc: Doc, subj: Mention, m: Mention, office: frozenset[str]) -> bool:
    """*m*'s title names the office of *subj* (words *office*): the same words, or one title
    holding the other with a portfolio word shared ("وزير الخارجية والمغتربين" / "نائب رئيس
    الوزراء وزير الخارجية" and "وزير الخارجية"; not "... وزير الخارجية" and "رئيس الوزراء"), or
    the same rank and portfolio first ("وزير خارجية الجمهورية الإسلامية الإيرانية"; session 44)."""
    other = _office_of(doc, m)
    if other == office:  # (but not a deputy's: "مساعد وزير الخارجية" / "وزير الخارجية")
        return _deputy_of(doc, m, office) == _deputy_of(doc, subj, office)
    if (office < other or other < office) and (office & other) - _RANK_WORDS:
        longer, shorter = (m, subj) if office < other else (subj, m)
        return not _deputy_of(doc, longer, office & other) or \
            _deputy_of(doc, shorter, office & other)
    pair = _head_pair(doc, subj)
    return len(pair) == 2 and pair == _head_pair(doc, m) and pair[1] not in _RANK_WORDS


def counterpart_peer(doc: Doc, si: int, role_nat: str | None, at_tok: int,
                     current: Iterable[Mention] = ()) -> str | None:
    """"نظيره العراقي" / "his Iraqi counterpart" at *at_tok* without a name: the person of
    that nationality holding the office of the titled person before it (``_counterpart``;
    *current*: the mentions found so far in this sentence)."""
    if not role_nat or not _is_counterpart(doc, at_tok):
        return None
    here = sorted([m for m in current if m.etype == "Person" and m.lo < at_tok],
                  key=_LO, reverse=True)
    recent = chain(here, (m for m in reversed(doc.ments) if m.etype == "Person" and
                          m.lo < at_tok))
    return _counterpart(doc, si, role_nat, at_tok, recent)


def _counterpart(doc: Doc, si: int, role_nat: str, at_tok: int,
                 recent: Iterator[Mention]) -> str | None:
    """"التقى وزير الخارجية السعودي X نظيره العراقي": the person of *role_nat* the article
    named (or the gazetteer knows) with the office of the titled person named last in this
    sentence before the word; None when there is no such person or no such office."""
    window = list(_window(recent, si - 6))
    subj = next((m for m in window if m.sent == si and m.kind == "name" and
                 0 <= m.tlo < m.lo), None)
    if subj is None:
        # "Oboth received his Kenyan counterpart": the subject named bare here, titled
        # before ("Defence Minister Jacob Oboth"; session 21)
        bare = next((m for m in window if m.sent == si and m.kind == "name"), None)
        subj = next((m for m in window if bare is not None and m.eid == bare.eid and
                     m.kind == "name" and 0 <= m.tlo < m.lo), None)
    if subj is None:
        return None
    office = _office_of(doc, subj)
    if not office:
        return None
    for m in window:
        if m.eid == subj.eid or m.kind != "name" or doc.country_of(m.eid) != role_nat and not (
                doc.country_of(m.eid) is None and titled_nationality(doc, m.eid, role_nat)):
            continue  # (a new person: "Omani Foreign Minister X" is Omani; session 21)
        if 0 <= m.tlo < m.lo and _same_office(doc, subj, m, office):
            return m.eid
        e = doc.gaz.get(m.eid)
        if e is not None and e.titles and not doc.toks[subj.tlo].ar and " ".join([
                doc.toks[x].key for x in range(subj.tlo, subj.lo)
                if doc.toks[x].key in office]) in e.titles:
            return m.eid  # (English: "Foreign Minister" among the gazetteer's title hints)
    return None


def same_sentence_antecedent(doc: Doc, current: Iterable[Mention], role: str | None,
                             role_nat: str | None, at_tok: int) -> str | None:
    """A description of a nationality the article has not resolved otherwise ("held talks
    with the Iranian president" after "since Masoud Pezeshkian took office" in the same
    sentence): the one person of that nationality named earlier in this sentence who is not
    its first person (the likely subject); None when there is no such single person.

    A monarch's office of no nationality ("Erdogan flew to Kuwait, whose ruler, Sheikh X, has
    been mediating, and held talks with the emir"): the one person named earlier in this
    sentence whom the gazetteer titles so (session 69)."""
    if not role_nat:
        return _titled_monarch_here(doc, current, at_tok) if role == "head_state" else None
    people = sorted((m for m in current if m.etype == "Person" and m.lo < at_tok),
                    key=lambda m: m.lo)
    office = office_words(doc, at_tok) if role == "head_state" else None
    ids = {m.eid for m in people[1:] if m.kind == "name" and m.eid != people[0].eid and
           doc.country_of(m.eid) == role_nat and (
               not office or holds_office(doc, m.eid, office))}
    return ids.pop() if len(ids) == 1 else None


def _titled_monarch_here(doc: Doc, current: Iterable[Mention], at_tok: int) -> str | None:
    """The one person named before *at_tok* in this sentence whose gazetteer titles hold the
    monarch's office the description at *at_tok* names ("the emir", "the king"); None when
    it names none or no single such person is named."""
    office = office_words(doc, at_tok)
    if office not in MONARCH_TITLES:
        return None
    ids = set()
    for m in current:
        if m.etype == "Person" and m.kind == "name" and m.lo < at_tok:
            e = doc.gaz.get(m.eid)
            if e is not None and office in e.titles:
                ids.add(m.eid)
    return ids.pop() if len(ids) == 1 else None
