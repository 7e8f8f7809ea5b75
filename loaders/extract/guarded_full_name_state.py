"""An ambiguous known full name is the known person in an article about his state
(session 63, names63).

Names the gazetteer lists as ambiguous because many people bear them ("Osman Hussein",
"Mohammad Mustafa", "عثمان حسين") are read as the known person only when the article named him
before, or states his nationality or his own title next to the name (``guarded_country``,
``guarded_title``). A background sentence often gives the bare full name ("El Haj Ali had
himself taken over from Osman Hussein", "the president entrusted Mohammad Mustafa with forming
a government", "بعد إعفاء عثمان حسين"), and the extractor then made a second, new person of the
known one: one real person split into two nodes. A full name of two words or more is the known
person when the article names his state otherwise (its name, nationality word, capital, one of
its bodies or people: ``state_named_otherwise``) and no other known bearer of the name is of
that state. Not a lone word (a family name alone says less), not a kunya or a "bin" form."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.state_cues import state_named_otherwise
from loaders.textnorm import normalize as fold
from loaders.textnorm import strip_article_ar

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc
    from loaders.extract.tokens import Tok

_NOT_GIVEN = frozenset({"abu", "umm", "bin", "ibn", "al", "ابو", "ام", "ابن", "بن", "ابي"})
# a word before the name that makes it the tail of a longer name ("عبد الله صفي الدين")
_HONORIFICS = frozenset({"dr", "د", "الدكتور", "المهندس", "الشيخ", "sheikh"})
_AR_TITLE_WORDS = frozenset(w for k in L.AR_TITLES for w in k.split())
_EN_TITLE_WORDS = frozenset(w for k in L.EN_TITLES for w in k.split()) - {"of", "the", "and"}
_NAME_GLUE = frozenset({"abd", "abdul", "abdel", "allah", "عبد", "الله", "الدين", "din"})


def own_state_in_article(doc: Doc, eid: str, lo: int, bearers: set[str]) -> bool:
    """Does the article name the state of the known person *eid*, whose ambiguous full name
    starts at token *lo* with a usual given name (not inside a longer name), while no other
    known bearer of the name (*bearers*) is of that state?"""
    e = doc.gaz.get(eid)
    country = e.country if e is not None and e.type == "Person" else None
    toks = doc.toks
    tok = toks[lo]
    if not country or tok.key in _NOT_GIVEN or not _given(doc, tok) or any(
            (o := doc.gaz.get(b)) is not None and o.country == country
            for b in bearers if b != eid):
        return False
    if lo and not toks[lo - 1].punct and (toks[lo - 1].key in _NAME_GLUE or
                                          _given(doc, toks[lo - 1])):
        return False  # "عبد الله صفي الدين", "Ali Mohammad Mustafa": another man's name
    if _titled(doc, lo) or _other_nationality_before(doc, lo, country):
        return False  # "وزير الصحة د. محمد مصطفى": a title is read by guarded_title(_ar)
    return state_named_otherwise(doc, country, tok) or _state_written(doc, country)


def _titled(doc: Doc, lo: int) -> bool:
    """Does a title word stand right before the name at *lo* ("Dr." or «الدكتور» between
    allowed)?"""
    toks = doc.toks
    seen = 0
    for x in range(lo - 1, max(-1, lo - 5), -1):
        t = toks[x]
        if t.text == "." or t.key in _HONORIFICS:
            continue
        if t.punct:
            return False
        keys = {t.key, *(st for _o, st in t.stems)}
        if keys & _AR_TITLE_WORDS if t.ar else t.key in _EN_TITLE_WORDS:
            return True  # "وزير الصحة د. X", "Health Minister Dr X"
        seen += 1
        if not t.ar or seen == 2:
            return False  # (an Arabic title of two words: "وزير الصحة X")
    return False


def _other_nationality_before(doc: Doc, lo: int, country: str) -> bool:
    """Does another state's nationality word stand just before the name ("The Egyptian
    engineer Mohammad Mustafa", «المهندس المصري محمد مصطفى»)?"""
    toks = doc.toks
    for x in range(lo - 1, max(-1, lo - 4), -1):
        t = toks[x]
        if t.punct:
            return False
        if t.key in L.NATIONALITY and L.NATIONALITY[t.key] != country:
            return True
    return False


def _given(doc: Doc, tok: Tok) -> bool:
    """Is *tok* a usual given name (an Arabic one also after a proclitic: "لعثمان")?"""
    gaz = doc.gaz
    if not tok.ar:
        return gaz.usual_given(tok.key)
    return any(gaz.is_given_name(st) for _o, st in tok.stems)


def _state_written(doc: Doc, ceid: str) -> bool:
    """Does the article write the state's own plain (not ambiguous) name of one word
    anywhere, in either script, also with a proclitic ("في السودان", "Sudan")?"""
    c = doc.gaz.get(ceid)
    if c is None:
        return False
    amb = set(c.ambiguous)
    names = {fold(n) for n in (c.name, c.name_ar, *c.aliases)
             if n and n not in amb and len(n.split()) == 1 and len(n) > 3}
    names |= {strip_article_ar(n) for n in names}
    return any(t.key in names or any(st in names for _o, st in t.stems) for t in doc.toks)
