"""SUCCESSOR_OF, Arabic: a dismissal, then an appointment to the same post in the same
sentence, with no "in his place" word (session 52).

"أنهى الرئيس تبون مهام الوزير الأول نذير العرباوي، وكلّف وزير الصناعة سيفي غريب بتولي مهام
الوزير الأول بالنيابة"، "أقال سعيد رئيس الحكومة أحمد الحشاني، وعيّن كمال المدوري رئيساً
للحكومة", «أعفى K رئيس الوزراء Y من منصبه، وكلّف X بتشكيل الحكومة» (session 54): the one
appointed succeeded the one removed. The post must be said twice: a word of
the removed person's title (not a bare "وزير" / "رئيس") is found again in the words that
follow the appointee ("وعيّن X سفيراً في الرباط" after the interior minister's dismissal
relates nothing). With "مكانه / بدلاً منه / خلفاً له" the pronoun rules read the sentence
(``succession_helpers.in_his_place_ar``, ``core_recall_succession.instead_of``).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import _EMPTY, title_start
from loaders.extract.succession_words import _SO

# a dismissal: the verb or the verbal noun ("أنهى مهام"، "إنهاء مهام" with the duties)
_AR_DISMISSED = L._ar("أقال", "وأقال", "أقالت", "أعفى", "وأعفى", "أعفت", "عزل", "وعزل", "عزلت",
                      "إقالة", "بإقالة", "إعفاء", "بإعفاء", "أنهى", "وأنهى", "أنهت", "إنهاء",
                      "بإنهاء")
_AR_DUTIES = L._ar("مهام", "مهمات", "خدمات")
# the appointment after it, joined by و
_AR_APPOINTED = L._ar("وعين", "وعيّن", "وعينت", "وكلف", "وكلّف", "وكلفت", "وتعيين", "وتكليف",
                      "وسمى", "وتسمية")
# words of a title too general to name a post alone
_GENERIC = L._ar("وزير", "رئيس", "مهام", "منصب", "نائب", "مدير", "عام")
_WINDOW = 16  # tokens from the removed person to the appointment word
CUES = frozenset({_AR_DISMISSED})


def _word(key: str) -> str:
    """A title word without its proclitics, article and accusative ending ("للحكومة" ->
    "حكومه", "رئيساً" -> "رييس")."""
    for pre in ("بال", "وال", "لل", "ال", "ب", "ل", "و"):
        if key.startswith(pre) and len(key) - len(pre) >= 3:
            key = key[len(pre):]
            break
    return key[:-1] if key.endswith("ا") and len(key) > 3 else key


def _removed(sr: Any, d: int) -> Any:
    """The person the dismissal word at *d* removed: after "مهام" when the duties are named
    ("أنهى K، الخميس، مهام الوزير الأول Y"), else the object after the subject (VSO "أقال K
    رئيس الحكومة Y") or the one person after it."""
    duties = next((y for y in range(d + 1, min(sr.hi, d + 12)) if sr.f(y) & _AR_DUTIES), None)
    if duties is not None:
        return sr.after(duties + 1, types=("Person",), maxgap=4)
    first = sr.after(d + 1, types=("Person",), maxgap=4)
    if first is None:
        return None
    second = sr.after(first.hi, types=("Person",), maxgap=3)
    if second is None or second.prefix.startswith("و") or any(
            sr.toks[y].punct for y in range(first.hi, second.lo)):
        return first  # ("أقال K ونائبه Y": both; "أعفى الرئيس Y، وعيّن X": Y)
    return second


# the general words as :func:`_word` reads them ("وزير" loses its و as a proclitic would:
# "زير"; session 54: "the defence minister ... Y وزيراً للداخلية" matched on it)
_GENERIC_W = _GENERIC | frozenset(_word(w) for w in _GENERIC)


# the premier's title words, and the charge to form a government that gives his post
_PREMIER_W = frozenset(_word(w) for w in L._ar("الوزراء", "الحكومة", "الحكومه"))
_FORM_W, _GOV_W = _word(L.fold_ar("بتشكيل")), _word(L.fold_ar("الحكومة"))


def dismissed_same_post_ar(sr: Any) -> None:
    """The sentences of the module doc."""
    for d in sr.triggers(_AR_DISMISSED, _EMPTY):
        old = _removed(sr, d)
        if old is None or old.etype != "Person":
            continue
        ap = next((y for y in range(old.hi, min(sr.hi, old.hi + _WINDOW))
                   if sr.f(y) & _AR_APPOINTED), None)
        if ap is None:
            continue
        new = sr.after(ap + 1, types=("Person",), maxgap=4)
        if new is None or new.eid == old.eid or any(
                sr.toks[y].punct for y in range(ap + 1, new.lo)):
            continue
        title = {_word(sr.key(y)) for y in range(title_start(old), old.lo)}
        after: set[str] = set()
        for y in range(new.hi, min(sr.hi, new.hi + 7)):
            if sr.toks[y].punct:
                break
            after.add(_word(sr.key(y)))
        # "رئيس الوزراء Y ...، وكلّف X بتشكيل الحكومة": the premier's post (session 54)
        forms = bool(title & _PREMIER_W) and _FORM_W in after and _GOV_W in after
        if not ((title & after) - _GENERIC_W or forms) or sr.blocked(ap, new):
            continue
        sr.add(_SO, new.eid, old.eid, "dismissed_same_post_ar")


register_triggers(_AR_DISMISSED, _EMPTY)
