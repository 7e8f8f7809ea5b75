"""Arabic: people whose two-word given name "X الدين" / "X الله" opens with a word no list
knows ("سراج الدين حقاني"، "حكيم الله محسود"، "ذبيح الله مجاهد"، "شرف الدين بهادري").

Afghan, Pakistani and Central Asian names (and many Arab ones) are theophoric compounds whose
first word (سراج، حكيم، ذبيح، شرف) is no usual given name of ``given_names.yaml``, so the
given-name step never opens them. ``theophoric_people`` (a step of ``mentions.find_mentions``,
gated on the pass bit of ``foreign_name_people``, which the words الدين / الله set) reads
"W الدين|الله F" as a new person when W is a bare name word (no article, no title, no
common noun, not a word of a fixed phrase: حزب الله، رجل الدين، بسم الله، إن شاء الله) and F a
family-name word (no article) or a given name, and no known entity covers them.
``compound_goes_on`` keeps a known name from opening on the tail ("الدين حقاني" of "سراج الدين
حقاني" inside "جلال الدين حقاني")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import given_names as GN
from loaders.extract import lexicon as L
from loaders.extract.mention_base import (
    _B_AR_FOREIGN,
    Mention,
    _positions_in,
    _resolve_name,
    accusative_tanween,
    make_mention,
)

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc
    from loaders.extract.tokens import Tok

TAILS = L._ar("الدين", "الله")
# first words of fixed phrases with الدين / الله that are no names
_NOT_FIRST = L._ar(
    "حزب", "جند", "أنصار", "انصار", "رجل", "رجال", "علماء", "عالم", "بسم", "شاء", "رسول",
    "سبيل", "أمر", "امر", "دين", "كتاب", "حمد", "رحمه", "حفظه", "لعنة", "قدس", "يوم", "أهل",
    "اهل", "شؤون", "أمور", "امور", "باسم", "بحزب", "لحزب", "وحزب", "عند", "إلى", "الى", "من",
    "على", "أن", "ان", "إن", "بفضل", "فضل", "نصر", "عبد", "آية", "اية", "آيه", "حجة", "ثورة",
    "جيش", "كتائب", "سرايا", "لواء", "فيلق", "حركة", "دولة", "بيت", "خليفة", "وجه", "شعائر",
    "تعالى", "والحمد", "ذكر", "خلق", "عباد", "عبيد", "ضيوف", "حرم", "كلمة", "سيف")


def _bare_head(w: Tok) -> bool:
    """Can the Arabic word *w* open a compound "W الدين|الله" (no article, title, stop word)?"""
    return w.ar and not w.punct and not w.key.startswith("ال") and len(w.key) >= 3 and \
        w.key not in _NOT_FIRST and w.key not in L.AR_STOP and w.key not in L.AR_TITLES and \
        w.key not in L.AR_COMMON_NOUNS and w.key not in L.NATIONALITY


def compound_goes_on(doc: Doc, covered: dict[int, Mention], lo: int, slo: int) -> bool:
    """Is the token at *lo* (a tail الدين / الله: the caller checks) the end of a compound given
    name opened by the bare word before it ("جلال الدين حقاني" after "سراج الدين حقاني": no "الدين حقاني" of him)?"""
    return lo > slo and (lo - 1) not in covered and _bare_head(doc.toks[lo - 1])


def _name_ends(doc: Doc, j: int, hi: int) -> bool:
    """Does a name end before *j*: the sentence's end, a mark, a function word or an al- word
    ("حكيم الله محسود بغارة"، "ذبيح الله مجاهد في ...")?"""
    if j >= hi:
        return True
    t = doc.toks[j]
    return t.punct or t.key in L.AR_STOP or t.key.startswith("ال") or t.key[:1] == "ب"


def theophoric_people(doc: Doc, si: int, covered: dict[int, Mention],
                      out: list[Mention]) -> None:
    """New people named "W الدين|الله F" (see the module docstring)."""
    from loaders.extract.arabic_names import _ar_name_word

    toks = doc.toks
    s = doc.sents[si]
    for k in _positions_in(doc, s.lo + 1, s.hi - 1, _B_AR_FOREIGN):
        if toks[k].key not in TAILS or k in covered or (k - 1) in covered or (k + 1) in covered:
            continue
        w, f = toks[k - 1], toks[k + 1]
        if not (w.ar and f.ar) or w.punct or f.punct or w.key.startswith("ال") or \
                f.key.startswith("ال") or len(w.key) < 3 or w.key in _NOT_FIRST or \
                w.key in L.AR_STOP or w.key in L.AR_TITLES or w.key in L.AR_COMMON_NOUNS or \
                f"{w.key} {toks[k].key}" in L.AR_TITLES or w.key in L.NATIONALITY or \
                accusative_tanween(w.text) or f.key in L.AR_STOP or f.key in L.NATIONALITY:
            continue
        if not (GN.family_name_shape(f.key) or f.key in GN.ALL or f.key in doc.gaz.ar_latin
                or _name_ends(doc, k + 2, s.hi)):
            continue
        if not (_ar_name_word(doc, w, True) and _ar_name_word(doc, f, False)):
            continue
        surface = doc.text[w.start:f.end]
        me = make_mention(doc, si, k - 1, k + 2, _resolve_name(doc, surface, "Person"))
        out.append(me)
        for x in range(k - 1, k + 2):
            covered[x] = me
