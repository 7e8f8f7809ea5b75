"""An ambiguous known full name right after the known person's own title, in an article
that names his country, is the known person (session 37, names).

Names the gazetteer lists as ambiguous ("Mohammad Mustafa": many people bear them) are read
as the known person only when the article named him before or states his nationality next
to the name (``guarded_country``). A wire story often gives the title alone ("DOHA (WAFA) -
Prime Minister Mohammad Mustafa met ...") and names the state elsewhere ("the Palestinian
government"). The name of two words or more is the known person when the English title
right before it (one to three words, a title of ``lexicon.EN_TITLES``) is part of his
description ("Palestinian Authority prime minister") and the article names his country by
a nationality word, its capital, one of its bodies or people (``state_named_otherwise``).
Not after another title, nor when the article never names his country (its own plain name
written anywhere counts, session 41)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.state_cues import state_named_otherwise

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc
    from loaders.extract.tokens import Tok


def own_title_before(doc: Doc, eid: str, lo: int, tok: Tok) -> bool:
    """Is the name at token *lo* (first token *tok*) preceded by a title from the known
    person *eid*'s description, in an article that names his country?"""
    if tok.ar or lo == 0:
        return False
    e = doc.gaz.get(eid)
    if e is None or e.type != "Person" or not e.country or not e.description:
        return False
    toks = doc.toks
    words: list[str] = []
    for x in range(lo - 1, max(-1, lo - 4), -1):
        t = toks[x]
        if t.ar or t.punct or not t.text[:1].isalpha():
            break
        words.insert(0, t.key)
    desc = f" {e.description.lower().replace(',', ' ').replace('(', ' ')} "
    title = next((" ".join(words[i:]) for i in range(len(words))
                  if " ".join(words[i:]) in L.EN_TITLES), None)
    if title is None or f" {title} " not in desc:
        return False
    return state_named_otherwise(doc, e.country, tok) or _state_name_in_text(doc, e.country)


def _state_name_in_text(doc: Doc, ceid: str) -> bool:
    """Does the article write the state's own plain (not ambiguous) Latin name anywhere, also
    after the title ("Prime Minister Mohammad Mustafa met ... the State of Palestine ...")?"""
    c = doc.gaz.get(ceid)
    if c is None:
        return False
    amb = set(c.ambiguous)
    return any(re.search(rf"\b{re.escape(n)}\b", doc.text) for n in (c.name, *c.aliases)
               if n and n not in amb and n[:1].isupper() and len(n) > 3)


# a head of state's title before a name (with a proclitic: "والرئيس", "للملك"), and the
# English word a known holder's gazetteer entry gives for it (session 52; read here and by
# ``meeting_checks``: "مبعوث أمير قطر Y", Y no emir)
AR_HEAD_ROLES = {L.fold_ar(w): b for a, b in (
    ("رئيس", "president"), ("ملك", "king"), ("أمير", "emir"), ("سلطان", "sultan"))
    for w in (a, "ال" + a, "وال" + a, "بال" + a, "لل" + a)}


_AR_HOUSES = L._ar("النواب", "البرلمان", "الشورى", "الشعب", "الأمة")
_AR_HEAD = L._ar("رئيس", "ورئيس", "لرئيس", "برئيس")
_COUNCIL = L.fold_ar("مجلس")
_AR_CABINET = L._ar("الوزراء", "الحكومة")
_HEAD_ROLE_WORDS = frozenset(AR_HEAD_ROLES.values())


def ar_title_holders(doc: Doc, lo: int, eids: list[str]) -> list[str]:
    """The known people of *eids* (the bearers of one ambiguous Arabic family name at token
    *lo*) whose gazetteer entry holds the head of state's title right before the name, a
    nationality word between allowed ("الرئيس الشرع", "الرئيس السوري الشرع": Ahmed
    al-Sharaa, not his brother Maher; session 54: a speaker's "رئيس (مجلس) النواب / البرلمان
    بري", Nabih Berri, not Somalia's premier Barre, and a premier's "رئيس الوزراء / الحكومة").
    The caller takes the name as the one holder only."""
    toks = doc.toks
    x = lo - 1
    if x > 0 and toks[x].key in L.NATIONALITY and toks[x].ar:
        x -= 1
    role = AR_HEAD_ROLES.get(toks[x].key) if x >= 0 and toks[x].ar else None
    if role is None and x > 0 and toks[x].key in _AR_HOUSES and (
            toks[x - 1].key in _AR_HEAD or x > 1 and toks[x - 1].key == _COUNCIL and
            toks[x - 2].key in _AR_HEAD):
        role = "speaker"  # "رئيس مجلس النواب بري", "رئيس البرلمان X" (session 54)
    elif role is None and x > 0 and toks[x].key in _AR_CABINET and toks[x - 1].key in _AR_HEAD:
        role = "prime minister"  # "رئيس الوزراء الصومالي بري"
    if role is None:
        return []
    head = role in _HEAD_ROLE_WORDS  # (a speaker or a premier: his titles only, not "adviser
    # to the prime minister" in a description)
    out = []
    for eid in eids:
        e = doc.gaz.get(eid)
        if e is not None and e.type == "Person" and (
                role in e.titles or head and role in (e.description or "").lower()):
            out.append(eid)
    return holders_of_the_year(doc, out) if len(out) > 1 else out


_WITH = L.fold_ar("مع")
_LAW_ADJ = L._ar("الحنيف", "الشريف")
_HEADS = ("president", "king", "emir", "sultan", "prime minister")


def ar_head_peer(doc: Doc, lo: int, eids: list[str]) -> list[str]:
    """The known heads of state among *eids* (the bearers of one ambiguous Arabic family name
    at token *lo*) when the name follows "مع" (or a glued بـ) after a verb of meeting whose subject, named
    just before, is a known head of state or government ("بحث أردوغان مع الشرع": Ahmed
    al-Sharaa, not his brother; session 53). The caller takes the one holder only."""
    toks = doc.toks
    if lo < 2 or not (toks[lo - 1].key == _WITH or toks[lo].key.startswith("بال")) or \
            not doc.sent_ids:
        return []  # ("مع الشرع", "التقى ترامب بالشرع")
    nx = toks[lo + 1].key if lo + 1 < len(toks) else ""
    if nx.startswith("ال") and (nx.endswith(("ي", "يه")) or nx in _LAW_ADJ):
        return []  # "مع الشرع الإسلامي / الحنيف": the law, no one
    if not any(_is_head(doc, e) for e in doc.sent_ids):
        return []
    for x in range(lo - 2, max(-1, lo - 12), -1):
        t = toks[x]
        if t.punct or not t.ar:
            return []
        if t.key in L.AR_MEET or any(st in L.AR_MEET for _o, st in t.stems):
            return [e for e in eids if _is_head(doc, e)]
    return []


def _is_head(doc: Doc, eid: str) -> bool:
    """Does the gazetteer call the person *eid* a head of state or government (he leads a
    country, or his titles or description say so)?"""
    e = doc.gaz.get(eid)
    if e is None or e.type != "Person":
        return False
    return any(x.startswith("country:") for x in e.leads) or \
        any(h in e.titles for h in _HEADS) or _HEAD_WORD.search(e.description or "") is not None


_HEAD_WORD = re.compile(r"\b(?:[Pp]resident|[Kk]ing|[Ee]mir|[Ss]ultan|[Pp]rime [Mm]inister)\b")


# English heads' titles right before a lone family name ("President Aoun", "Prime Minister
# Salam", "King Abdullah"): the title the known holder's gazetteer entry gives (session 55)
_EN_HEAD_TITLES = {("president",): "president", ("king",): "king", ("emir",): "emir",
                   ("sultan",): "sultan", ("premier",): "prime minister",
                   ("prime", "minister"): "prime minister"}
_EN_HEAD_LAST = frozenset(words[-1] for words in _EN_HEAD_TITLES)


def en_title_holders(doc: Doc, lo: int, eids: list[str]) -> list[str]:
    """The known people of *eids* (the bearers of one ambiguous English family name at token
    *lo*) whose gazetteer titles hold the head's title right before the name ("President
    Aliyev": Ilham Aliyev; "President Aoun" in an article dated 2025: Joseph Aoun, by
    :func:`holders_of_the_year`). The caller takes the name as the one holder only."""
    toks = doc.toks
    if lo < 1 or toks[lo - 1].key not in _EN_HEAD_LAST:
        return []  # (one look-up for most names)
    role = None
    for words, r in _EN_HEAD_TITLES.items():
        n = len(words)
        if lo - n < 0:
            continue
        for i, w in enumerate(words, lo - n):  # (a loop: no generator per title)
            t = toks[i]
            if t.ar or t.key != w:
                break
        else:
            role = r
            break
    if role is None:
        return []
    out = [eid for eid in eids if (e := doc.gaz.get(eid)) is not None and e.type == "Person"
           and role in e.titles]
    return holders_of_the_year(doc, out) if len(out) > 1 else out


# a tenure in a gazetteer description: "(2016-2022)", "(2003-)", "since January 2025"
_SPAN = re.compile(r"\b((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)?\b")
_SINCE = re.compile(r"\bsince (?:[A-Z][a-z]+ )?((?:19|20)\d\d)\b")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_DATELINE = 80  # characters of the article's start that hold its dateline


def tenures(desc: str) -> list[tuple[int, int]]:
    """The spans of years a gazetteer description gives its holder ("President of Lebanon
    (2016-2022)": (2016, 2022); "since January 2025": (2025, 9999))."""
    out = [(int(a), int(b) if b else 9999) for a, b in _SPAN.findall(desc)]
    out += [(int(a), 9999) for a in _SINCE.findall(desc)]
    return out


def dateline_year(doc: Doc) -> int | None:
    """The year in the article's first ``_DATELINE`` characters (its dateline), else None."""
    m = _YEAR.search(doc.text[:_DATELINE])
    return int(m.group(1)) if m is not None else None


def holders_of_the_year(doc: Doc, eids: list[str]) -> list[str]:
    """Of several holders of one title (*eids*), the one whose tenure in his gazetteer
    description holds the year of the article's dateline (a year in its first
    ``_DATELINE`` characters: "بيروت - 3 آذار 2025: استقبل الرئيس عون": Joseph Aoun,
    "President of Lebanon since January 2025", not Michel Aoun "(2016-2022)"); *eids*
    unchanged without such a year or without exactly one such holder (session 55)."""
    year = dateline_year(doc)
    if year is None:
        return eids
    fit = []
    for eid in eids:
        e = doc.gaz.get(eid)
        spans = tenures(e.description or "") if e is not None else []
        if any(a <= year <= b for a, b in spans):
            fit.append(eid)
    return fit if len(fit) == 1 else eids
