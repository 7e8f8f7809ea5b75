"""SUCCESSOR_OF (precision): who "خلفاً لـY" makes the successor when an appointment is told.

- "X، الذي كلّفه / عيّنه K ... خلفاً لـY": the appointing verb carries its appointee as an
  object pronoun, so the successor is X (the relative clause's head), never K, the nearest
  person before the cue (``appointed_by_pronoun_ar``); so too with the appointer as the
  subject of "كان" before the verb, "X، الذي كان K قد عيّنه ... خلفاً لـY" (``_kana_appointer_ar``,
  session 69), the head also past an apposition ("X، وزير الدفاع، الذي كان K قد عيّنه");
- "خلفاً لـY، فيما / بينما عُيّن Z ...": an appointment told in a side clause after the cue is
  someone else's (``appointment_in_side_clause``), not the successor of Y.

Called from ``succession_rules.SuccessionRules.successor`` (the "خلفاً لـ" cue) and
``core_recall_succession.appointee_after``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.apposed_head_comma_ar import comma_apposed_head_ar
from loaders.extract.rule_common import title_start
from loaders.extract.succession_fronted_time_ar import (
    colon_before,
    colon_subject_ar,
    fronted_opener_ar,
)
from loaders.extract.succession_him_ar import AR_WHEN

if TYPE_CHECKING:
    from loaders.extract.mention_base import Mention
    from loaders.extract.relations import SentenceCore

# an appointing verb with its appointee as object pronoun ("كلّفه الملك", "عيّنه الرئيس")
_AR_APPOINTED_HIM = L._ar("عينه", "عينها", "كلفه", "كلفها", "اختاره", "اختارها", "انتخبه",
                          "انتخبها", "سماه", "سماها", "عينته", "كلفته", "اختارته", "انتخبته")
# "كان" opening a relative clause whose subject is the appointer ("الذي كان K قد عيّنه")
_AR_KANA = L._ar("كان", "كانت")
# the words opening a side clause with a subject of its own
_AR_SIDE = L._ar("فيما", "وفيما", "بينما", "وبينما", "حين", "وحين")
_PUNCT = ("،", ",")
_SPAN_AR = 7  # words from the appointing verb to the appointer's title
# words of a leader's title the appointer's mention may leave out
_AR_TITLE_WORDS = L._ar("قائد", "مرشد", "المرشد", "الثورة", "الإسلامية", "الاسلامية", "الأعلى",
                        "زعيم", "الجمهورية", "رئيس", "ملك", "الملك", "ولي", "العهد", "الأمير",
                        "أمير", "آية", "الله", "السيد", "الشيخ", "خادم", "الحرمين",
                        "الشريفين", "سمو", "صاحب", "السمو")


def appointed_by_pronoun_ar(sr: SentenceCore, t: int,
                            new: Mention | None) -> Mention | None | bool:
    """For the "خلفاً لـ" cue at *t* whose nearest free person before is *new*: when *new*
    is the subject of an appointing verb with an object pronoun ("الذي كلّفه الملك"), the
    head of the relative clause (or False when none is named); else None (keep *new*)."""
    if new is None:
        return None
    s = title_start(new)
    v = None
    for y in range(s - 1, max(sr.lo, s - _SPAN_AR) - 1, -1):
        if sr.toks[y].punct:
            break
        if sr.f(y) & _AR_APPOINTED_HIM:
            v = y
            break
        if y < s - 3 and not sr.f(y) & _AR_TITLE_WORDS:
            break  # past three words, only a title's words ("عيّنه قائد الثورة الإسلامية
            # آية الله السيد علي خامنئي": a title the mention does not cover; session 58)
    if v is None:
        w = _kana_appointer_ar(sr, new)
        if w is None:
            return None
        head = sr.before(w - 1, types=("Person",), maxgap=2) or comma_apposed_head_ar(sr, w - 1)
        return head if head is not None else False
    w = v - 1
    if w > sr.lo and sr.key(w) in ("الذي", "التي") and sr.toks[w - 1].text in _PUNCT:
        head = sr.before(w - 1, types=("Person",), maxgap=2)
        return head if head is not None else False
    colon = colon_before(sr, v)
    if colon is not None and fronted_opener_ar(sr, colon + 1, v):
        # "عاد X إلى الواجهة: ففي أغسطس عيّنه K ... خلفاً لـY": the first clause's X
        main = colon_subject_ar(sr, colon, new.eid)
        return main if main is not None else False
    if fronted_opener_ar(sr, sr.lo, v) and sr.si > 0:
        # "ينحدر X من أبين ... . وعيّنه K رئيساً للحكومة خلفاً لـY": the verb opens the
        # sentence (also past a time phrase, "وفي فبراير 2017 انتخبه K"), its -ه is the
        # previous sentence's subject
        prev = sr._prev_subject(exclude=new.eid)
        return prev if prev is not None else False
    if sr.key(w) in ("ان", "أن"):
        w -= 1
    if w >= sr.lo and sr.f(w) & AR_WHEN:
        # "وصل X ...، منذ أن عيّنه الرئيس K في المنصب خلفاً لـY": a time clause whose -ه is
        # the main clause's subject
        main = next((m for m in sr.args if m.hi <= w and m.etype == "Person" and
                     not m.poss and not m.in_title), None)
        return main if main is not None and main.eid != new.eid else False
    return False  # "كلّفه K": the appointee is named elsewhere


def _kana_appointer_ar(sr: SentenceCore, new: Mention) -> int | None:
    """"X، الذي كان K قد عيّنه ...": when *new* is K, the subject of "كان" with the appointing
    verb (its appointee an object pronoun) right after it or after "قد", the index of "الذي"
    (a comma before it); else None."""
    v = new.hi + 1 if sr.key(new.hi) == "قد" else new.hi
    if v >= sr.hi or not sr.f(v) & _AR_APPOINTED_HIM:
        return None
    k = title_start(new) - 1
    if k - 1 <= sr.lo or sr.key(k) not in _AR_KANA or sr.key(k - 1) not in ("الذي", "التي"):
        return None
    return k - 1 if sr.toks[k - 2].text in _PUNCT else None


def appointment_in_side_clause(sr: SentenceCore, k: int, v: int) -> bool:
    """Does a side clause open between *k* and the appointing verb at *v* ("، فيما عُيّن")?"""
    return any(sr.f(y) & _AR_SIDE for y in range(k, v))


# a post "of" the office named after it ("النائب الأول لرئيس الوزراء X": the deputy of the
# prime minister): the ل of the office is the genitive, no preposition governing X
_AR_DEPUTY = L._ar("النائب", "نائب", "المستشار", "مستشار", "المساعد", "مساعد", "الأمين",
                   "أمين", "السكرتير")
_AR_ORDINAL = L._ar("الأول", "الثاني", "الأولى", "الخاص", "الخاصة")


def deputy_of_office_ar(sr: SentenceCore, m: Mention) -> bool:
    """Is the ل before the title of *m* the genitive of a deputy's or adviser's post before
    it ("النائب الأول لرئيس الوزراء محمد مفتاح", "مستشار لوزير الدفاع X") rather than a
    preposition governing *m*?"""
    s = title_start(m)
    b = s - 1
    if b > sr.lo and sr.f(b) & _AR_ORDINAL:
        b -= 1
    if b >= sr.lo and bool(sr.f(b) & _AR_DEPUTY) and sr.toks[s].key.startswith("ل"):
        return True
    # the deputy's post read as the title itself ("النائب الأول لرئيس الجمهورية X" all one
    # title, as when X was named before by surname alone): its ل is no preposition (s67)
    x = s + 1 if sr.f(s) & _AR_DEPUTY else s
    if x > s and x < m.lo and sr.f(x) & _AR_ORDINAL:
        x += 1
    return x > s and x < m.lo and sr.toks[x].key.startswith("ل")
