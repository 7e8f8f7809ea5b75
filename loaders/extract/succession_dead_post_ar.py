"""SUCCESSOR_OF, Arabic: a head of state's post given after its holder's death (session 54).

"انتقل إلى رحمة الله أمير الكويت الشيخ Y. وأعلن مجلس الوزراء مبايعة الشيخ X أميراً للبلاد",
"توفي رئيس الدولة الشيخ Y. وانتخب المجلس الأعلى للاتحاد الشيخ X رئيساً للدولة": X, named
right before the accusative title (أميراً، رئيساً، ملكاً، سلطاناً، مرشداً) after a word of
appointing, pledging or oath, succeeded the person of this or the last five sentences whose
title carries the same head word and who died near his mention (as
``succession_acting_dead_ar``). Not a deputy, nor a premier for a president (رئيساً للوزراء
after the death of a "رئيس الدولة", or the reverse).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import EMPTY, forms, title_start, word_back_in_clause
from loaders.extract.succession_acting_dead_ar import _death_near
from loaders.extract.succession_post_after_death_en import recent_titled_people
from loaders.extract.succession_words import _SO

# the accusative title -> the head word of the holder's title
ACC_HEAD = {L.ar_key(a): L.ar_key(h) for a, h in (
    ("أميراً", "أمير"), ("اميرا", "أمير"), ("رئيساً", "رئيس"), ("رئيسا", "رئيس"),
    ("ملكاً", "ملك"), ("ملكا", "ملك"), ("سلطاناً", "سلطان"), ("سلطانا", "سلطان"),
    ("مرشداً", "مرشد"), ("مرشدا", "مرشد"))}
_AR_ACC = frozenset(ACC_HEAD)
# words of pledging allegiance, electing, proclaiming or swearing in before the taker (not
# "عيّن", "تعيين": a head of state is rarely appointed, and the words are frequent); the
# sentence cue of the rule (``successions.more_successions`` runs on a sentence with one)
_AR_GIVEN = L._ar("مبايعة", "بمبايعة", "بايع", "بايعت", "انتخب", "انتخبت", "انتخاب", "نصب",
                  "تنصيب", "نادى", "ونادى", "اختار", "اختارت", "اختيار", "اليمين", "تزكية",
                  "بتزكية", "بويع", "وبويع", "نودي", "ونودي", "نصب", "ونصب")
# (the passive "وبويع X ملكاً" / "ونودي بX ملكاً", session 57)
# "كلّف X بتسيير أعمال الحكومة / برئاسة الحكومة" (the charge's word before the post, and the
# words of charging before X): an acting holder after the holder's death (session 55)
_AR_RUNNING = L._ar("بتسيير", "بتصريف", "برئاسة")
_AR_CHARGE = L._ar("كلف", "وكلف", "كلفت", "وكلفت", "تكليف", "وتكليف", "بتكليف", "يكلف")
_AR_DUTIES = L._ar("أعمال", "مهام", "شؤون")
_AR_PRESIDENCY = L._ar("الرئاسة", "الجمهورية", "رئاسة")
_AR_HEAD = L._ar("رئيس", "الرئيس")
CUES = frozenset({_AR_GIVEN, _AR_RUNNING})
# words of a government's head: "رئيساً للوزراء" is no head of state's post
_AR_GOVT = L._ar("الوزراء", "للوزراء", "الحكومة", "للحكومة", "لمجلس", "مجلس", "البرلمان",
                 "النواب", "الأمة", "الشورى", "الوزارة", "حكومة", "حكومتها", "حكومته")
_AR_OATH = L._ar("اليمين")
_AR_DEPUTY = L._ar("نائب", "ونائب", "النائب", "ولي", "مساعد", "مستشار")
_AR_CONSTITUTIONAL = L._ar("الدستورية", "القانونية")
AR_DEATH_EXTRA = L._ar("رحمة", "المنية", "رحيل", "وفاة", "توفي", "نعى", "نعت", "نعي",
                     "جوار")  # ("انتقل إلى جوار ربه Y"; session 55)


def _govt(sr: Any, lo: int, hi: int) -> bool:
    """A government or parliament word in tokens lo..hi?"""
    return any(sr.f(y) & _AR_GOVT for y in range(lo, hi))


def deputy_titled(toks: Any, m: Any) -> bool:
    """Is *m* titled a deputy, an heir or an aide («نائب الرئيس»، «ولي العهد»، «مساعد»)?"""
    return any(forms(toks[y]) & _AR_DEPUTY for y in range(max(0, m.tlo - 1), m.lo))


def died_near(toks: Any, m: Any) -> bool:
    """A death word near the mention *m* (``_death_near``, or "انتقل إلى رحمة الله")."""
    if _death_near(toks, title_start(m), m.hi):
        return True
    return any(forms(toks[y]) & AR_DEATH_EXTRA for y in range(max(0, title_start(m) - 8),
                                                             title_start(m)))


_AR_LED_TITLES = frozenset("ال" + h for h in ACC_HEAD.values())


def _recent_holders(sr: Any, new: Any) -> Iterator[tuple[Any, list[str]]]:
    """(person, forms of his title words) for ``recent_titled_people``, and for a name the
    gazetteer knows with its title in it ("الملك عبد الله بن عبد العزيز" read as one name):
    the title, the name's first word with the article, as its title words (session 57)."""
    toks = sr.doc.toks
    for m in sr.doc.ments:
        if m.etype != "Person" or m.eid == new.eid or not sr.si - 5 <= m.sent <= sr.si or \
                m.lo >= title_start(new):
            continue
        if 0 <= m.tlo < m.lo:
            yield m, [w for y in range(m.tlo, m.lo) for w in forms(toks[y])]
        elif m.hi - m.lo > 1 and forms(toks[m.lo]) & _AR_LED_TITLES:
            yield m, sorted(forms(toks[m.lo]))


def post_after_death_ar(sr: Any) -> None:
    """The taker named before the accusative title succeeded the dead holder (module doc)."""
    toks = sr.doc.toks
    for t in sr.triggers(_AR_ACC, EMPTY):
        head = next((ACC_HEAD[w] for w in sr.f(t) if w in ACC_HEAD), None)
        end = t
        if sr.f(end - 1) & _AR_CONSTITUTIONAL:
            end -= 1
        oath = bool(sr.f(end - 1) & _AR_OATH)  # "وأدى X اليمين الدستورية أميراً للبلاد"
        end -= oath
        new = sr.before(end, types=("Person",), maxgap=0)
        if head is None or new is None or new.kind != "name" or new.hi != end:
            continue
        if not oath and not any(sr.f(y) & _AR_GIVEN for y in range(
                max(sr.lo, title_start(new) - 6), title_start(new))):
            continue
        if any(r.type == _SO and r.source == new.eid for r in sr.out):
            continue
        govt = _govt(sr, t + 1, min(sr.hi, t + 3))
        best = None
        for m, words in _recent_holders(sr, new):
            if not any(w == head or w == "ال" + head for w in words) or deputy_titled(toks, m):
                continue  # (not "نائب الرئيس", not "ولي العهد")
            if _govt(sr, m.tlo, m.lo) != govt:
                continue
            if died_near(toks, m):
                best = m
        if best is None or best.eid == new.eid:
            continue
        if sr.blocked(t, new) or sr._irrealis(t):
            continue
        sr.add(_SO, new.eid, best.eid, "post_after_death_ar")


def _dead_head(sr: Any, new: Any, govt: bool) -> Any:
    """The person of this or the last five sentences before *new*, titled head ("رئيس", not
    a deputy) of a government (*govt*) or of a state, who died near his mention; or None."""
    toks = sr.doc.toks
    best = None
    for m in recent_titled_people(sr, new):
        words = [w for y in range(m.tlo, m.lo) for w in forms(toks[y])]
        if not any(w in _AR_HEAD for w in words) or deputy_titled(toks, m):
            continue
        if _govt(sr, m.tlo, m.lo) == govt and died_near(toks, m):
            best = m
    return best


def charged_after_death_ar(sr: Any) -> None:
    """"أعلنت الجماعة مقتل رئيس حكومتها Y ... وكلفت نائبه X بتسيير أعمال الحكومة" / "كلّف K
    X برئاسة الحكومة": X, charged with running the government (or the presidency) right
    after his name, succeeded its head who died in this or the last five sentences."""
    for t in sr.triggers(_AR_RUNNING, EMPTY):
        post = t + 1
        if sr.f(t) & L._ar("بتسيير", "بتصريف"):
            if not sr.f(post) & _AR_DUTIES:
                continue
            post += 1
        if post >= sr.hi:
            continue
        if sr.f(post) & _AR_GOVT or sr.f(post) & L._ar("رئاسة") and post + 1 < sr.hi and \
                sr.f(post + 1) & _AR_GOVT:
            govt = True
        elif sr.f(post) & _AR_PRESIDENCY:
            govt = False
        else:
            continue
        new = sr.before(t, types=("Person",), maxgap=0)
        if new is None or new.kind != "name" or new.hi != t:
            continue
        # the charge within ten words, over the charger's title and name ("كلف رئيس المجلس
        # السياسي الأعلى مهدي المشاط X")
        c = word_back_in_clause(sr, title_start(new), _AR_CHARGE, 10)
        if c is None or sr.blocked(c, new) or sr._irrealis(c):
            continue  # ("من المقرر أن يكلف X": a plan)
        if any(r.type == _SO and r.source == new.eid for r in sr.out):
            continue  # ("خلفاً لـY": the rules that read it)
        best = _dead_head(sr, new, govt)
        if best is None or best.eid == new.eid or sr.blocked(t, new) or sr._irrealis(t):
            continue
        sr.add(_SO, new.eid, best.eid, "charged_after_death_ar")


register_triggers(_AR_ACC, EMPTY)
register_triggers(_AR_RUNNING, EMPTY)
register_triggers(_AR_GIVEN, EMPTY)
