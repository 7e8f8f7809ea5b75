"""Arabic: a new foreign person named later by his first name alone (session 40).

Arabic articles name a foreign leader in full once and then often by his first name, as his
own press does ("انتخب البرلمان تاي أتسكي سيلاسي ..." then "خلفاً لتاي"، "وكان تاي قد التقى";
"أنوتين تشارنفيراكول" then "وقّع أنوتين"). ``Doc.remember`` keeps a new person's full name
and last word only, so the lone first name found nothing (no list knows "تاي" or "أنوتين").

``remember_first_name`` (called by ``person_ids._resolve_name`` for a new person) also keeps
the first word of an Arabic name of two words or more as a key of that person, when it can
name nobody else: no usual Arabic given name (``given_names``: "محمد" alone is anybody), no
joiner ("عبد"، "أبو"), no article, no ordinary word of the lexicon (a title, a verb, a common
noun, a nationality). The key is weak, as a middle word's: another new person's last word
overrides it, and two new people sharing the first word leave it to neither.

``name_goes_on`` (in ``known_names._local_match``): the key names him only when written
without the article and no other name word follows it ("هون مانيت" after "هون سين" is
another man; "وقّع أنوتين ورئيس الوزراء ..."، "خلفاً لتاي." are he)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import given_names as GN
from loaders.extract import lexicon as L
from loaders.textnorm import is_arabic

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

_JOINERS = L.AR_NAME_JOINERS | frozenset({"عبد", "ابو", "ابي", "ابا", "ام", "بن", "ابن", "بنت",
                                          "ال", "الله", "دين"})


def _ordinary_word(key: str) -> bool:
    """Is the folded *key* a word of the lexicon or a usual given name (no name of one man)?"""
    return key in GN.ALL or key in _JOINERS or key in L.AR_STOP or key in L.AR_COMMON_NOUNS \
        or key in L.AR_COMMON_VERBS or key in L.AR_TITLES or key in L.NATIONALITY or \
        key in L.AR_QUALIFIERS or key.startswith("ال")


def remember_first_name(doc: Doc, eid: str, toks: list[str]) -> None:
    """Let a later lone first word of the new person *eid* named *toks* match him."""
    toks = [t for t in toks if t]
    if len(toks) < 2 or not is_arabic(toks[0]):
        return
    first = toks[0]
    if len(first) < 3 or first == toks[-1] or _ordinary_word(first):
        return
    key = (first,)
    have = doc.local.get(key)
    if have is None:
        doc.local[key] = eid
        doc.local_weak.add(key)
        doc.local_given.add(key)
    elif have and have != eid and key in doc.local_weak:
        doc.local[key] = ""  # (two new people share it: it names neither alone)


_ARTICLE = ("ال", "لل", "وال", "بال", "فال", "كال")  # (foreign_names_ar._ARTICLE: importing it is a cycle)


def name_goes_on(doc: Doc, k: int) -> bool:
    """Is the lone first word at token *k* no bare first name: written with the article
    ("الخارجية" after a misread "وزير خارجية عربي"), or followed by a name word (so that it
    opens another person's name)?"""
    from loaders.extract.arabic_name_words import _ar_name_word

    if doc.toks[k].key.startswith(_ARTICLE):
        return True
    if k + 1 >= len(doc.toks):
        return False  # (the text ends at the name)
    t = doc.toks[k + 1]
    return t.ar and not t.punct and _ar_name_word(doc, t, False)
