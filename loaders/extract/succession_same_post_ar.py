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

Session 72: a royal order may tell the appointment first and the dismissal after it, joined by
و: «أمراً ملكياً باختيار X ولياً للعهد، وإعفاء Y من ولاية العهد» -- the post named after X is
found again after "Y من" (``_appointed_before``).

Session 60: the post may also be named after the removed person ("إعفاء Y من رئاسة جهاز الأمن
الوطني وتكليف X برئاسة الجهاز"), and the appointment may point back at it with a pronoun
instead of naming it again ("وتكليف X بإدارته / بقيادته / بمهامه", "وكلّف X برئاستها"); a
later appointment of the same sentence is read too ("...، فيما كُلّف X برئاسة الجهاز": the one
whose words match). Words of running a post ("رئاسة، إدارة، قيادة") match nothing alone.

Session 66: a resignation accepted is such a removal, "قبل الرئيس K استقالة الوزير الأول Y، وكلّف
X بتولي مهام الوزير الأول بالنيابة" (the APS form), "بعد قبول استقالة Y": not "قبل استقالة Y"
(before it).

Session 67: charging the appointee to run the government's business gives the premier's post
as forming one does: «أعفى الأسد حجاب من منصبه، وكلف عمر غلاونجي (ب)تسيير أعمال الحكومة»,
«وكلّف X بتصريف أعمال الحكومة»; a removed premier named bare («أعفى حجاب») is known as such by
his title at an earlier mention of the article («رئيس الوزراء السوري رياض حجاب»).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import EMPTY, title_start
from loaders.extract.succession_words import _SO

# a dismissal: the verb or the verbal noun ("أنهى مهام"، "إنهاء مهام" with the duties)
_AR_DISMISSED = L._ar("أقال", "وأقال", "أقالت", "أعفى", "وأعفى", "أعفت", "عزل", "وعزل", "عزلت",
                      "إقالة", "بإقالة", "إعفاء", "بإعفاء", "أنهى", "وأنهى", "أنهت", "إنهاء",
                      "بإنهاء")
# a resignation accepted is a removal: "قبل الرئيس K استقالة الوزير الأول Y، وكلّف X بتولي مهام
# الوزير الأول بالنيابة" / "بعد قبول استقالة Y" (session 66)
_AR_RESIGNATION = L._ar("استقالة", "باستقالة")
_AR_ACCEPTED = L._ar("قبل", "وقبل", "قبلت", "وقبلت")  # the verb, its subject between
_AR_ACCEPTANCE = L._ar("قبول", "بقبول", "وقبول")  # the noun, right before
_AR_DUTIES = L._ar("مهام", "مهمات", "خدمات")
# the appointment after it, joined by و
_AR_APPOINTED = L._ar("وعين", "وعيّن", "وعينت", "وكلف", "وكلّف", "وكلفت", "وتعيين", "وتكليف",
                      "وسمى", "وتسمية")
# the appointment as a passive after "فيما" ("...، فيما كُلّف X برئاسة الجهاز"; session 60)
_AR_APPOINTED_PASSIVE = L._ar("كلف", "كلّف", "عين", "عيّن")
_AR_WHILE = L._ar("فيما", "بينما")
# the appointee charged with the post by a pronoun ("وتكليف X بإدارته"; session 60)
_AR_POST_BACK = L._ar("بإدارته", "بإدارتها", "برئاسته", "برئاستها", "بقيادته", "بقيادتها",
                      "بمهامه", "بمهامها", "بمنصبه", "بمنصبها", "لإدارته", "لرئاسته", "لقيادته")
# words of a title too general to name a post alone (and of running one: session 60)
_GENERIC = L._ar("وزير", "رئيس", "مهام", "منصب", "نائب", "مدير", "عام", "رئاسة", "إدارة",
                 "قيادة", "منصبي", "منصبه")
# an appointment told before the dismissal (the verbal noun, after the order: "أمراً ملكياً
# باختيار X ...، وإعفاء Y من ..."; session 72)
_AR_APPOINTED_FIRST = L._ar("باختيار", "اختيار", "بتعيين", "تعيين", "بتسمية", "تسمية")
# an order expected or denied ("يتوقع أن يصدر ... باختيار X"، "لم يصدر ..."; «قد» before a past
# verb is no hedge: "وكان الملك قد أصدر")
_AR_HEDGE = (L.AR_MODAL - L._ar("قد")) | L._ar("لم", "لن", "ولم", "ولن")
_WINDOW = 16  # tokens from the removed person to the appointment word
_LATER_WINDOW = 40  # ... to a later appointment of the sentence after "فيما"
CUES = frozenset({_AR_DISMISSED, _AR_RESIGNATION})


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
# running the government's business: «(ب)تسيير / بتصريف أعمال الحكومة» (session 67)
_RUN_W = frozenset(_word(w) for w in L._ar("تسيير", "بتسيير", "تصريف", "بتصريف"))


def _premier_title(sr: Any, old: Any, title: set[str]) -> bool:
    """Is the removed person *old* the premier: by his title here (*title*, its words), else
    by the title of his earlier mention in the article when he is named bare here?"""
    if title & _PREMIER_W:
        return True
    if title_start(old) < old.lo:
        return False  # titled otherwise here
    toks = sr.doc.toks
    return any(m.eid == old.eid and m.lo < old.lo and 0 <= m.tlo < m.lo and
               any(_word(toks[y].key) in _PREMIER_W for y in range(m.tlo, m.lo))
               for m in sr.doc.ments)


def _appointments(sr: Any, old: Any) -> list[int]:
    """The appointment words after the removed person *old*: the first one joined by و
    within the window, and a later passive after "فيما / بينما" (session 60)."""
    first = next((y for y in range(old.hi, min(sr.hi, old.hi + _WINDOW))
                  if sr.f(y) & _AR_APPOINTED), None)
    out = [first] if first is not None else []
    out += [y for y in range(old.hi + 1, min(sr.hi, old.hi + _LATER_WINDOW))
            if sr.f(y) & _AR_APPOINTED_PASSIVE and sr.f(y - 1) & _AR_WHILE]
    return out


def _post_after(sr: Any, old: Any, ap: int) -> set[str]:
    """The words of the post named right after the removed person, "Y من رئاسة جهاز الأمن
    الوطني" (up to the appointment word at *ap* or a punctuation mark); empty without "من"."""
    y = old.hi
    if y >= ap or not sr.key(y).startswith("من"):
        return set()
    words = {_word(sr.key(y)[2:])} if len(sr.key(y)) > 4 else set()
    for z in range(y + 1, ap):
        if sr.toks[z].punct:
            break
        words.add(_word(sr.key(z)))
    return words


def _accepted(sr: Any, d: int) -> bool:
    """Is the resignation at *d* one accepted: "قبول استقالة Y", or "قبل K استقالة Y" with the
    subject K named or titled between (not "قبل استقالة Y": before it)?"""
    if sr.f(d - 1) & _AR_ACCEPTANCE:
        return True
    for y in range(d - 2, max(sr.lo, d - 7) - 1, -1):
        if sr.toks[y].punct:
            return False
        if sr.f(y) & _AR_ACCEPTED:  # (its subject named or titled: "قبل رئيس الجمهورية")
            return any(m.etype == "Person" and y < m.lo and m.hi <= d for m in sr.args) or \
                sr.key(y + 1) in L.AR_TITLE_FIRST or bool(sr.f(y + 1) & L.AR_LEADER_NOUNS)
    return False


def _words_after(sr: Any, m: Any, hi: int) -> set[str]:
    """The words right after the appointee *m* (seven at most, up to *hi* or a punctuation
    mark), as :func:`_word` reads them."""
    after: set[str] = set()
    for y in range(m.hi, min(hi, m.hi + 7)):
        if sr.toks[y].punct:
            break
        after.add(_word(sr.key(y)))
    return after


def _appointed_before(sr: Any, d: int, old: Any) -> None:
    """«باختيار X ولياً للعهد، وإعفاء Y من ولاية العهد» (module doc, session 72): X succeeded Y
    when the post named after X is named again after "Y من"."""
    if not sr.key(d).startswith("و"):
        return
    ap = next((y for y in range(d - 1, max(sr.lo, d - _WINDOW) - 1, -1)
               if sr.f(y) & _AR_APPOINTED_FIRST), None)
    if ap is None:
        return
    new = sr.after(ap + 1, types=("Person",), maxgap=4)
    if new is None or new.hi > d or new.eid == old.eid or any(
            sr.toks[y].punct for y in range(ap + 1, new.lo)):
        return
    post = _post_after(sr, old, sr.hi)
    if not (post & _words_after(sr, new, d)) - _GENERIC_W or sr.blocked(ap, new) or \
            sr.blocked(d, old) or sr._irrealis(ap) or sr._irrealis(d) or \
            any(sr.key(y) in _AR_HEDGE for y in range(max(sr.lo, ap - 8), ap)):
        return
    sr.add(_SO, new.eid, old.eid, "dismissed_same_post_ar")


def dismissed_same_post_ar(sr: Any) -> None:
    """The sentences of the module doc."""
    for d in sr.triggers(_AR_DISMISSED, EMPTY) + sr.triggers(_AR_RESIGNATION, EMPTY):
        if sr.f(d) & _AR_RESIGNATION and not _accepted(sr, d):
            continue
        old = _removed(sr, d)
        if old is None or old.etype != "Person":
            continue
        for ap in _appointments(sr, old):
            new = sr.after(ap + 1, types=("Person",), maxgap=4)
            if new is None or new.eid == old.eid or any(
                    sr.toks[y].punct for y in range(ap + 1, new.lo)):
                continue
            title = {_word(sr.key(y)) for y in range(title_start(old), old.lo)}
            title |= _post_after(sr, old, ap)
            after: set[str] = set()
            for y in range(new.hi, min(sr.hi, new.hi + 7)):
                if sr.toks[y].punct:
                    break
                after.add(_word(sr.key(y)))
            # "رئيس الوزراء Y ...، وكلّف X بتشكيل الحكومة": the premier's post (session 54)
            # «وكلّف X بتسيير أعمال الحكومة» (session 67)
            forms = _GOV_W in after and (_FORM_W in after or bool(after & _RUN_W)) and \
                _premier_title(sr, old, title)
            back = sr.f(new.hi) & _AR_POST_BACK if new.hi < sr.hi else False
            if not ((title & after) - _GENERIC_W or forms or back) or sr.blocked(ap, new) or \
                    sr.blocked(d, old) or sr._irrealis(d):
                continue  # (nor "لم يقرر / طالب بـإعفاء Y ... وتكليف X": session 60)
            sr.add(_SO, new.eid, old.eid, "dismissed_same_post_ar")
        if sr.f(d) & _AR_DISMISSED:
            _appointed_before(sr, d, old)


register_triggers(_AR_DISMISSED, EMPTY)
register_triggers(_AR_RESIGNATION, EMPTY)
