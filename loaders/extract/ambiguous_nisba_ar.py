""""المالي" after a title is Malian, not "financial" (session 22, second round).

The lexicon has no nationality word "المالي" (it is also the adjective "financial", and the bare
"مالي" is a name word, Malley), so "الرئيس المالي X"، "وزير الخارجية المالي X" ended the title
at the adjective and the Malian officials named there were not found at all. Right after a
political title and before a name it is the nationality; not after a title of finance
("المستشار المالي X"، "المدير المالي X": a financial adviser or officer).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import given_names as GN
from loaders.extract import lexicon as L
from loaders.extract.arabic_name_span import _ar_name_span

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

_AR_MALIAN = frozenset(L.fold_ar(w) for w in ("المالي", "المالية"))
_FINANCE_HEADS = tuple(L.fold_ar(w) for w in (
    "مستشار", "مدير", "مسؤول", "خبير", "محلل", "مراقب", "مدقق", "محاسب", "مستثمر"))


def malian_after_title(doc: Doc, phrase: str, covered: dict, j: int, hi: int) -> str | None:
    """The country id for "المالي" at *j* after the title *phrase* before a name, else None."""
    t = doc.toks[j]
    if t.key not in _AR_MALIAN or j + 1 >= hi or \
            phrase.removeprefix("ال").startswith(_FINANCE_HEADS):
        return None
    nxt = covered.get(j + 1)
    if nxt is not None and nxt.lo == j + 1 and nxt.etype == "Person":
        return "country:mali"
    return "country:mali" if _ar_name_span(doc, j + 1, hi) >= j + 3 else None


# nationality adjectives that are also a known person's one-word family name (session 24):
# "وزير الخارجية السوداني حسين عوض" is Sudan's minister, not Mohammed Shia al-Sudani
_AR_NAME_NISBAS = frozenset(L.fold_ar(w) for w in ("السوداني", "السودانية"))


# the last word of a body's name, before which the nisba is the body's nationality
_AR_BODY_ENDS = frozenset(L.fold_ar(w) for w in (
    "الانتقالي", "السيادة", "السيادي", "الجيش", "السريع", "الأحمر"))
# (not "رئيس الوزراء السوداني": in Iraqi news that may be Prime Minister al-Sudani)


def nationality_before_name(doc: Doc, j: int) -> bool:
    """Is the one-word name at *j* a nationality adjective closing a title phrase ("وزير
    الخارجية السوداني X", "رئيس الوزراء السوداني X"): a word with the article before it (the
    title's), a given name after it?"""
    toks = doc.toks
    if toks[j].key not in _AR_NAME_NISBAS or j + 1 >= len(toks) or j == 0:
        return False
    prev, nxt = toks[j - 1], toks[j + 1]
    if prev.key in _AR_BODY_ENDS:
        return True  # "رئيس مجلس السيادة الانتقالي السوداني،": the Sudanese body (s52)
    # (not a verb before it: "استقبل / التقى السوداني X" is al-Sudani meeting X; "نظيره
    # السوداني علي الصادق" is the Sudanese counterpart, session 49)
    counterpart = prev.ar and any(st.startswith("نظير") for _o, st in prev.stems)  # (بنظيره)
    if counterpart:
        return True  # "التقى السيسي نظيره السوداني في القاهرة": his Sudanese counterpart, named
        # or not (session 66; al-Sudani as a counterpart is "نظيره العراقي محمد شياع السوداني")
    after_title = prev.ar and prev.key.startswith(("ال", "لل")) and not prev.key.startswith("التق")
    # («النائب الأول للرئيس السوداني علي عثمان محمد طه»: لـ + the article; session 66)
    if after_title and nxt.ar and nxt.key in GN.ALL:
        return True
    # an adjective closing a definite phrase that no name follows (session 65): "من الجانب
    # السوداني القائم بأعمال ..."، "القائم بأعمال وزير الخارجية السوداني، المرافق ...",
    # "الوفد السوداني." (the caller keeps al-Sudani when the article named him before)
    return after_title and prev.key.startswith("ال") and (
        nxt.punct or nxt.ar and nxt.key.startswith("ال") and not nxt.key.startswith("الله"))


def sudanese_after_title(doc: Doc, covered: dict, j: int) -> bool:
    """Is «السوداني» at *j*, right after a title and read as no person (the article has not
    named al-Sudani), the title's nationality: "الرئيس السوداني عمر البشير" (session 66)? The
    title then runs over it to the name; ended before it, "الرئيس" was a description of the
    last president named ("السيسي يبحث ... / استقبل الرئيس السيسي الرئيس السوداني عمر
    البشير": Sisi met himself, Bashir was lost)."""
    return doc.toks[j].key in _AR_NAME_NISBAS and j not in covered and \
        nationality_before_name(doc, j)


_QUOTES = frozenset({"«", "»", '"', "“", "”"})


def quoted_alone(doc: Doc, j: int) -> bool:
    """Is the nisba name at *j* alone between quotes, «وعلمت «السوداني» أن»، «لـ"السوداني"»:
    the Khartoum daily's name, not al-Sudani (session 65)?"""
    toks = doc.toks
    return toks[j].key in _AR_NAME_NISBAS and 0 < j < len(toks) - 1 and \
        toks[j - 1].text in _QUOTES and toks[j + 1].text in _QUOTES
