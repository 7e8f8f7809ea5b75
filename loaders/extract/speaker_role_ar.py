"""An Arabic speaker named right before his role (session 45, ``namesar``): "ويقول علي واعظ،
مدير مشروع إيران في مجموعة الأزمات"، "وتقول صنم وكيل، مديرة برنامج الشرق الأوسط". The
analyst a writer quotes has no title before the name and often no usual given name (ريناد،
صنم، لهيب), and his name words may be common words (واعظ، وكيل). Read by
``arabic_name_cues._ar_cue_names`` after a verb of saying: two or three bare words that end at
a comma followed by a role noun of a person (مدير، الباحثة، كبيرة محللي، المستشار ...) are
his name. Not "وقال مسؤولون أميركيون، تحدثوا"، "وقال مسؤول عراقي، طلب عدم ذكر اسمه"
(common words, no role noun), nor "وقال المتحدث باسم الوزارة، ..." (a definite first word)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import given_names as GN
from loaders.extract import lexicon as L
from loaders.extract.arabic_name_words import _ar_name_word
from loaders.extract.mention_base import Mention
from loaders.textnorm import strip_article_ar

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

# verbs of saying or judging in the present and the feminine, that open a quoted analyst's
# words; the past masculine ones are ``arabic_name_cues.AR_SAID``
AR_SAYS = L._ar("يقول", "ويقول", "تقول", "وتقول", "قالت", "وقالت", "يرى", "ويرى", "ترى",
                "وترى", "يضيف", "ويضيف", "تضيف", "وتضيف", "أضافت", "وأضافت")

# role nouns that open the apposition after the name (with or without the article). Left out
# on purpose: "مؤسسة" / "المؤسسة" (mostly "institution": "وقالت شبكة X، مؤسسة حقوقية"), and
# "الكبير" / "الكبيرة" ("كبير" opens a construct role, "كبير محللي"; the definite one is an
# adjective, no role of its own)
_ROLES = frozenset(k for w in (
    "مدير", "مديرة", "باحث", "باحثة", "كبير", "كبيرة", "مستشار", "مستشارة", "رئيس", "رئيسة",
    "خبير", "خبيرة", "محلل", "محللة", "أستاذ", "أستاذة", "زميل", "زميلة", "مؤسس",
    "أكاديمي", "أكاديمية", "الباحث", "الباحثة", "المدير", "المديرة", "المستشار",
    "المستشارة", "الرئيس", "الرئيسة", "الخبير", "الخبيرة", "المحلل", "المحللة", "الأستاذ",
    "الأستاذة", "الزميل", "الزميلة", "المؤسس", "الأكاديمي", "الأكاديمية", "الكاتب", "الكاتبة")
    for k in L._ar(w))


def speaker_before_role(doc: Doc, lo: int, hi: int, covered: dict[int, Mention]) -> int:
    """End (exclusive) of a speaker's name of two or three words starting at *lo*, right
    after a verb of saying, when a comma and a role noun follow it; 0 otherwise."""
    toks = doc.toks
    for c in range(lo + 2, min(lo + 4, hi - 1) + 1):
        if c >= hi - 1 or not toks[c].punct:
            continue
        if toks[c].text not in ("،", ","):
            return 0
        if toks[c + 1].key not in _ROLES:
            return 0
        words = toks[lo:c]
        if any(x in covered for x in range(lo, c)) or words[0].key.startswith("ال"):
            return 0
        for i, t in enumerate(words):
            k = t.key
            if not t.ar or t.punct or len(k) < 2 or k in L.AR_COMMON_NOUNS or \
                    k in L.AR_TITLES or k in _ROLES or not _ar_name_word(doc, t, i == 0):
                return 0
            if k in L.AR_STOP and (k not in GN.ALL or t.text.endswith("ى")):
                return 0  # "علي واعظ" is a name, "على" a preposition
            if k.endswith(("يون", "يين")):
                return 0  # "دبلوماسيون غربيون": a plural nisba, people unnamed
        # one word at least a usual name word or a family-name shape ("ريناد منصور"، "كفاح
        # محمود"), not "شهود عيان"، "أوساط سياسية"
        if not any(t.key in GN.ALL or t.key in doc.gaz.ar_latin or
                   (i and (t.key.startswith("ال") or len(t.key) >= 5) and
                    GN.family_name_shape(strip_article_ar(t.key)))
                   for i, t in enumerate(words)):
            return 0
        return c
    return 0
