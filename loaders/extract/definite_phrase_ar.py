"""Where an unknown Arabic name ends before a definite noun phrase: in verb-subject-object
order the object often follows the subject's name ("وتفقد الفريق الركن سيروان حمه كريم الوحدات
الجديدة", "ورفض العقيد غويتا الجدول الزمني"). An al- word followed by a definite adjective (a
feminine one, a qualifier of the lexicon, or a usual adjective of news style) is a noun and its
adjective, not a family name; the name ends before it. A word the tables know as a name word
(the gazetteer's, usual given names) is never cut.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import given_names as GN
from loaders.extract import lexicon as L

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

# usual definite adjectives of news style after a noun (masculine; the feminine ones end in ة)
_AR_ADJECTIVES = L._ar(
    "الزمني", "الرسمي", "الوطني", "الحكومي", "الكامل", "المشترك", "الداخلي", "الخارجي",
    "الاقتصادي", "الأخير", "الحدودي", "الإنساني", "الدبلوماسي", "الإعلامي", "الشعبي",
    "الجدد", "الجديدين", "الكبرى", "العليا", "المحلي", "الدستوري", "النهائي", "الأولي",
    "الانتخابي", "المالي", "النفطي", "التجاري", "الثنائي", "المقترح", "المذكور")


def _adjective(key: str) -> bool:
    """A definite adjective (folded): feminine (ال...ه), a qualifier or a usual adjective;
    not a day ("الجمعة") nor another stop word."""
    if not key.startswith("ال") or key in L.AR_STOP:
        return False
    return (key.endswith("ه") and len(key) >= 6) or key in L.AR_QUALIFIERS or \
        key in _AR_ADJECTIVES


def noun_adjective_after_name(doc: Doc, j: int, hi: int) -> bool:
    """Is the al- word at *j* (inside a name being read) a noun before its adjective at
    *j* + 1, so the name ends before *j*?"""
    toks = doc.toks
    if j + 1 >= hi:
        return False
    t, nx = toks[j], toks[j + 1]
    key = t.key
    if not key.startswith("ال") or key == "الله" or key in doc.gaz.ar_latin or \
            key[2:] in doc.gaz.ar_latin or key[2:] in GN.ALL or nx.punct or not nx.ar:
        return False
    return _adjective(nx.key)
