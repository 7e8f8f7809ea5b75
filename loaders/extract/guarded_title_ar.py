"""An ambiguous known full name right after the known person's own Arabic title, in an article
that names his country, is the known person (session 60, blind60d; the Arabic side of
``guarded_title.own_title_before``).

Names the gazetteer lists as ambiguous ("محمد مصطفى": many people bear it) are read as the
known person only when the article named him before or states his nationality next to the
name (``guarded_country``). Palestinian and Gulf agency copy gives the title alone, often with
"Dr." between it and the name, and names the state elsewhere: «أدى رئيس الوزراء د. محمد مصطفى
وأعضاء حكومته اليمين أمام سيادة الرئيس»، «أدى رئيس الوزراء الدكتور محمد مصطفى وأعضاء الحكومة
الفلسطينية ...». The name of two words or more is the known person when the title right before
it (a head of government, a president, a foreign, defence or interior minister; «د.»، «الدكتور»
or «المهندس» may stand between) is, in English, part of his gazetteer description ("Palestinian
Authority prime minister") and the article names his country by a nationality word, its capital,
one of its bodies or people (``state_cues.state_named_otherwise``). Not after another title
(«وزير الصحة د. محمد مصطفى»), nor when the article never names his country.
Session 72: his own state's nationality word and «الراحل» / «الشهيد» may stand between the title
and the name («التقى الرئيس الفلسطيني الراحل أبو عمار ...»: Yasser Arafat, whose kunya is
ambiguous); another state's nationality word there makes him no holder.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.state_cues import state_named_otherwise

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc
    from loaders.extract.tokens import Tok

# an Arabic title (its words, the first with or without و) and its English wording
_AR_TITLES: list[tuple[tuple[str, ...], str]] = [
    (tuple(L.fold_ar(w) for w in words), en) for words, en in (
        (("رئيس", "مجلس", "الوزراء"), "prime minister"),
        (("رئيس", "الوزراء"), "prime minister"),
        (("رئيس", "الحكومة"), "prime minister"),
        (("وزير", "الخارجية"), "foreign minister"),
        (("وزير", "الدفاع"), "defence minister"),
        (("وزير", "الداخلية"), "interior minister"),
        (("الرئيس",), "president"),
    )]
# "the late" between the title and the name
_LATE = L._ar("الراحل", "الراحلة", "الشهيد", "الشهيدة")
# a doctor's or an engineer's honorific between the title and the name
_HONORIFICS = L._ar("د", "الدكتور", "الدكتورة", "المهندس", "المهندسة") | {"."}


def _title_before(toks: list[Tok], x: int) -> str | None:
    """The English wording of the Arabic title ending at token *x*, or None."""
    for words, en in _AR_TITLES:
        n = len(words)
        if x - n + 1 < 0:
            continue
        keys = [toks[x - n + 1 + i].key for i in range(n)]
        if keys[0].startswith("و") and keys[0][1:] == words[0]:
            keys[0] = keys[0][1:]  # ("ورئيس الوزراء")
        if all(toks[x - n + 1 + i].ar for i in range(n)) and tuple(keys) == words:
            return en
    return None


def own_title_before_ar(doc: Doc, eid: str, lo: int, tok: Tok) -> bool:
    """Is the Arabic name at token *lo* (first token *tok*) preceded by a title from the known
    person *eid*'s description, in an article that names his country?"""
    if not tok.ar or lo == 0:
        return False
    e = doc.gaz.get(eid)
    if e is None or e.type != "Person" or not e.country or not e.description:
        return False
    toks = doc.toks
    x = lo - 1
    while x > 0 and lo - x <= 2 and toks[x].key in _HONORIFICS:
        x -= 1
    if toks[x].key in _LATE and x > 0:
        x -= 1  # «الرئيس الراحل أبو عمار» (session 72)
    if toks[x].key in L.NATIONALITY and x > 0:
        if L.NATIONALITY[toks[x].key] != e.country:
            return False  # another state's president
        x -= 1  # «الرئيس الفلسطيني (الراحل) أبو عمار»: his own state's title (session 72)
        if toks[x].key in _LATE and x > 0:
            x -= 1
    title = _title_before(toks, x)
    desc = e.description.lower()
    if title is None or title not in desc.replace("defense", "defence"):
        return False
    return state_named_otherwise(doc, e.country, tok)
