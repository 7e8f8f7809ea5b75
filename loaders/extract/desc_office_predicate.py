"""A head-of-government description ("رئيس الوزراء", "the premier") is the one person the
article gave that office in a predicate, session 41 (``desc``).

"أدى X اليمين رئيساً لمجلس الوزراء ... بتعيين X رئيساً للوزراء ... وعقب أداء القسم عقد رئيس
مجلس السيادة اجتماعاً مع رئيس الوزراء": X. "منذ تولّي X رئاسة الحكومة ... إلى مقر رئيس
الوزراء": X. "X was sworn in as prime minister ... the premier met Z": X. The office comes
after the name, not as its title, so ``coreference._resolve_description`` found no one titled
so and took the person named last (a junk name, a commander arrested, an analyst quoted).
:func:`predicate_pm_holder` reads the words after each person named before the description
(up to :data:`_REACH` words, no other person or comma between, the same sentence): "رئيساً للوزراء /
للحكومة / لمجلس الوزراء", "رئاسة الحكومة / الوزراء / مجلس الوزراء", "، رئيس مجلس الوزراء";
"as / became (the) (new) prime minister / premier". Exactly one such person: him; none or two:
nobody (the usual reading goes on).

:func:`ar_president_office`: an Arabic "الرئيس" alone or with a nationality ("الرئيس الإيراني")
is a president, as "the (Iranian) president" is in English (``coref_offices.office_words``
gives 'president' only for English): the generic search then passes over a known person the
gazetteer titles otherwise ("استقبل نعمان قورتولموش الرئيس الإيراني" after "نظيره الإيراني
إبراهيم رئيسي ... وزيري الخارجية ... وحسين أمير عبد اللهيان": Raisi, not the foreign minister
named last). A person titled only "نظيره" ("his counterpart") holds the office of the one
he is the counterpart of: his "plain" role does not bar him from a head of state's description
(:func:`counterpart_titled`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start

if TYPE_CHECKING:
    from loaders.extract.mention_core import Mention
    from loaders.extract.mentions import Doc

_REACH = 8  # words between the name and the office
_BACK = 8  # sentences searched before the description
_AR_HEAD = L._ar("رئيسا", "رئيساً", "رئاسة", "لرئاسة", "برئاسة", "رئيس")
_AR_RAIS = L.ar_key("رئيس")  # the bare title (an apposition only after a comma)
_AR_GOV = L._ar("للوزراء", "للحكومة", "الحكومة", "الوزراء")
_AR_COUNCIL = L._ar("لمجلس", "مجلس")
_AR_MINISTERS = L._ar("الوزراء")
_EN_LEADS = frozenset({"as", "became", "becomes", "become"})
_EN_SKIP = frozenset({"the", "new", "interim", "caretaker", "acting", "country", "its"})  # (the
# key of "country's")
_EN_PM = frozenset({"premier", "pm"})
# the verbs of taking the office before "as" ("was sworn in as", "was elected as"; not
# "was nominated as", "criticised him as"; review41 A8)
_EN_ASSUME = frozenset({"sworn", "in", "elected", "re-elected", "reelected", "appointed",
                        "reappointed", "named", "installed", "inaugurated", "confirmed", "office"})
# Arabic: the taking of the office before the name or right after it ("أدى X اليمين رئيساً",
# "بتعيين X رئيساً", "منذ تولي X رئاسة الحكومة"; not "رشح X لرئاسة", "انتقد X رئاسة")
_AR_ASSUME = L._ar("أدى", "وأدى", "ادى", "وادى", "اداء", "أداء", "تعيين", "بتعيين", "وتعيين",
                   "عين", "وعين", "فعين", "تولى", "وتولى", "فتولى", "تولي", "بتولي", "وتولي", "تسلم", "وتسلم",
                   "تسلمه", "كلف", "وكلف", "تكليف", "بتكليف", "وتكليف", "انتخاب", "بانتخاب",
                   "انتخب", "وانتخب", "اليمين", "منذ")
_AR_FORMER = L._ar("السابق", "الأسبق", "الاسبق", "سابق", "آنذاك", "انذاك", "حينها", "حينذاك")
_EN_FORMER = frozenset({"former", "ex"})
_AR_PRESIDENT = L._ar("الرئيس")
_AR_COUNTERPART = L._ar("نظيره", "نظيرها", "ونظيره", "ونظيرها", "بنظيره", "بنظيرها", "لنظيره",
                        "لنظيرها", "نظيرة", "نظيرته")
_STOPS = frozenset({".", "؛", ";", ":", "!", "?", "؟"})
_COMMAS = frozenset({"،", ","})


def _ar_office_at(doc: Doc, x: int, hi: int) -> bool:
    """Do the words at *x* name the head of government as a predicate or an apposition
    ("رئيساً للوزراء", "رئاسة الحكومة", "رئيس مجلس الوزراء")?"""
    toks = doc.toks
    if x + 1 >= hi or toks[x].key not in _AR_HEAD:
        return False
    if toks[x].key == _AR_RAIS and not (x > 0 and toks[x - 1].key in ("،", ",")):
        return False  # a bare title only in apposition right after a comma
    nxt = toks[x + 1].key
    if nxt in _AR_GOV:
        end = x + 2
    elif nxt in _AR_COUNCIL and x + 2 < hi and toks[x + 2].key in _AR_MINISTERS:
        end = x + 3
    else:
        return False
    return not (end < hi and toks[end].key in _AR_FORMER)  # not "، رئيس الوزراء الأسبق"


def _en_office_at(doc: Doc, x: int, hi: int) -> bool:
    """Do the words at *x* say the person became prime minister ("as prime minister",
    "became the new premier")?"""
    toks = doc.toks
    if toks[x].key not in _EN_LEADS:
        return False
    if toks[x].key == "as" and not (x > 0 and toks[x - 1].key in _EN_ASSUME):
        return False  # "was nominated as prime minister": not the office taken
    y = x + 1
    while y < hi and toks[y].key in _EN_SKIP:
        y += 1
    if y >= hi:
        return False
    if toks[y].key in _EN_PM:
        return True
    return toks[y].key == "prime" and y + 1 < hi and toks[y + 1].key == "minister"


def _given_office(doc: Doc, m: Mention, people: list[Mention]) -> bool:
    """Is *m* followed, in its sentence, by a predicate giving him the office?"""
    hi = doc.sents[m.sent].hi
    toks = doc.toks
    ar = toks[m.lo].ar
    stop = min(hi, m.hi + _REACH + 1)
    for p in people:  # another person named between closes the reach
        if p.sent == m.sent and p.lo >= m.hi and p.eid != m.eid:
            stop = min(stop, p.lo)
    if m.hi < stop and toks[m.hi].key in _COMMAS:
        stop = min(stop, m.hi + 2)  # after a comma only an apposition: "X، رئيس مجلس الوزراء"
    c = title_start(m)
    assumed = any(toks[y].key in _AR_ASSUME for y in range(max(0, c - 2), c)) if ar else True
    for x in range(m.hi, stop):
        if toks[x].key in _STOPS or toks[x].key in _COMMAS and x > m.hi:
            return False
        if ar and toks[x].key in _AR_ASSUME:
            assumed = True  # "أدى X اليمين رئيساً"
        if ar and _ar_office_at(doc, x, hi) and (assumed or toks[x - 1].key in _COMMAS) or \
                not ar and _en_office_at(doc, x, hi):
            return True  # (an apposition after a comma needs no verb: "X، رئيس الوزراء")
    return False


def predicate_pm_holder(doc: Doc, si: int, at_tok: int) -> str | None:
    """The one person named in the last :data:`_BACK` sentences before *at_tok* whom the
    article gave the head of government's office in a predicate (module doc), else None."""
    holders = set()
    for s in range(max(0, si - _BACK), si + 1):  # (per sentence: the reach is one sentence)
        people = [m for m in doc.by_sent.get(s, ()) if m.etype == "Person" and m.hi <= at_tok]
        holders |= {m.eid for m in people if m.kind == "name" and _given_office(doc, m, people)}
    return next(iter(holders)) if len(holders) == 1 else None


def ar_president_office(doc: Doc, at_tok: int) -> str | None:
    """'president' when the description at *at_tok* is Arabic "الرئيس" alone or followed by a
    nationality word ("الرئيس الإيراني"), not a body in construct ("الرئيس التنفيذي للشركة" is
    read the same: only the nationality or no definite word after it)."""
    toks = doc.toks
    t = toks[at_tok]
    if not t.ar or t.key not in _AR_PRESIDENT:
        return None
    if at_tok + 1 >= len(toks):
        return "president"
    nxt = toks[at_tok + 1]
    if nxt.ar and nxt.key.startswith("ال") and nxt.key not in L.NATIONALITY:
        return None
    return "president"


def counterpart_titled(doc: Doc, m: Mention) -> bool:
    """Is the title of *m* opened by "نظيره" ("his counterpart")?"""
    return 0 <= m.tlo < m.lo and doc.toks[m.tlo].key in _AR_COUNTERPART
