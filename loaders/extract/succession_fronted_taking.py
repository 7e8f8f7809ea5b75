"""SUCCESSOR_OF: a fronted clause of taking a post, its taker the main clause's subject
(session 52).

- English: "Since taking over from Y, X has ...", "After succeeding / replacing Y as P, X ..."
  (the gerund's subject is the main clause's, the person right after the comma);
- Arabic: "منذ توليه المنصب خلفاً لـY، ألقى X ..."، "في زيارة هي الأولى له منذ تعيينه ... خلفاً
  لـY، وصل X ..." (the -ه of the taking noun points forward when the sentence names nobody
  before it: the person opening the main clause after the comma, after its verb).

Not: a possessive ("Since succeeding Y, X's speeches"), a person after a preposition or a
phrase ("..., according to X"), a verb with an object pronoun ("..., زاره X": the visitor).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.coref_offices import _window
from loaders.extract.coref_peers import _killed_here
from loaders.extract.rule_common import title_start
from loaders.extract.succession_helpers import _AR_TAKING_HIS as AR_TAKING_HIS

_EN_OPEN = frozenset({"since", "after"})
_EN_LEAD = frozenset({"and", "but", "ever", "even", "shortly", "soon", "just"})
FRONT_OPEN_EN = _EN_OPEN | _EN_LEAD  # (the words a sentence may open with here)
_EN_GERUND = frozenset({"succeeding", "replacing"})
_COMMAS = frozenset({",", "،"})
_AR_PREPS = frozenset({"ب", "ل", "مع", "من", "الي", "علي", "عن", "في"})
# verbs whose root ends in ه (no object pronoun)
_AR_H_ROOT = L._ar("واجه", "وواجه", "يواجه", "ويواجه", "وجه", "ووجه", "توجه", "وتوجه", "اتجه",
                   "واتجه", "نبه", "ونبه", "انتبه")


def _comma_after(sr: Any, k: int, span: int = 12) -> int | None:
    """The first comma after token *k* within *span* tokens, None past other punctuation."""
    for x in range(k, min(sr.hi, k + span)):
        tok = sr.toks[x]
        if tok.text in _COMMAS:
            return x
        if tok.punct and tok.text not in ("'", "’", "-", "(", ")", "«", "»", '"'):
            return None
    return None


def _person_opening(sr: Any, c: int, verb_first: bool) -> Any:
    """The person whose title or name opens the clause after the comma at *c* (Arabic: also
    after one verb), unless possessive."""
    for m in sr.args:
        if m.etype != "Person" or m.lo <= c:
            continue
        start = title_start(m)
        if start <= c:  # ("as head of the Quds Force, X": a title read across the comma)
            start = m.lo
        if start == c + 1 or (start == c + 2 and sr.key(c + 1) == "the"):
            return None if m.poss else m
        if verb_first and start == c + 2 and _plain_verb_ar(sr, c + 1):
            return None if m.poss or sr.has_prep(m, _AR_PREPS) else m
        return None
    return None


def _plain_verb_ar(sr: Any, x: int) -> bool:
    """An Arabic word at *x* that may be the main clause's verb with no object pronoun (not
    "زاره"، "استقبله": their subject is someone else)."""
    tok = sr.toks[x]
    if not tok.ar or tok.punct:
        return False
    k = tok.key
    if k.endswith(("ه", "ها", "هم")) and k not in _AR_H_ROOT:
        return False
    return k not in L.AR_STOP


def fronted_taking_en(sr: Any) -> None:
    """"Since taking over from Y, X ..." / "After succeeding Y (as P), X ...": X -> Y."""
    k = sr.lo
    while k < sr.hi and sr.key(k) in _EN_LEAD:
        k += 1
    if k + 2 >= sr.hi or sr.key(k) not in _EN_OPEN:
        return
    g = k + 1
    old = None
    if sr.key(g) == "taking" and sr.key(g + 1) == "over":
        fr = next((x for x in range(g + 2, min(sr.hi, g + 8)) if sr.key(x) == "from"), None)
        if fr is None or any(sr.toks[x].punct for x in range(g + 2, fr)):
            return
        old = sr.after(fr + 1, types=("Person",), maxgap=1)
    elif sr.key(g) in _EN_GERUND:
        old = sr.after(g + 1, types=("Person",), maxgap=1)
    if old is None or old.poss:
        return
    c = _comma_after(sr, old.hi)
    if c is None:
        return
    new = _person_opening(sr, c, False)
    if new is None or new.eid == old.eid or sr.blocked(g, new):
        return
    sr.add("SUCCESSOR_OF", new.eid, old.eid, "fronted_taking_en")


def fronted_taker_ar(sr: Any, t: int, old: Any) -> Any:
    """Arabic: the taker of a "his taking" noun before the cue at *t* ("خلفاً لـ" + *old*)
    when the sentence names nobody before the cue: the person opening the clause after the
    next comma (after its verb), else None."""
    x = next((y for y in range(t - 1, max(sr.lo, t - 10) - 1, -1)
              if sr.f(y) & AR_TAKING_HIS), None)
    if x is None or any(m.etype == "Person" and m.lo < t for m in sr.args):
        return None
    c = _comma_after(sr, old.hi)
    if c is None:
        return None
    new = _person_opening(sr, c, True)
    if new is None or new.eid == old.eid:
        return None
    return new


_AR_NOT = L._ar("لم", "ولم", "فلم", "لن", "ولن")
# the verbs of being given or taking a post after لم / لن ("لم يُعيَّن"، "لم يتولَّ"، "لن يخلف")
_AR_TAKE_JUSSIVE = L._ar("يعين", "تعين", "ينتخب", "تنتخب", "يتول", "يتولى", "تتول", "تتولى",
                         "يتسلم", "تتسلم", "يستلم", "تستلم", "يختر", "يختار", "تختر", "تختار",
                         "يكلف", "تكلف", "يسم", "يسمى", "تسم", "يخلف", "تخلف", "ينصب", "تنصب",
                         "يصبح", "تصبح")


def negated_taking_ar(sr: Any, new: Any) -> bool:
    """"لم يُعيَّن X خلفاً لـY" / "لم يعيّن الحزب X ..." / "لم يتولَّ X المنصب خلفاً لـY": a
    negation before the verb that opens the taker's clause (at most three words before X, no
    punctuation between)."""
    start = title_start(new)
    for y in range(start - 1, max(sr.lo, start - 4) - 1, -1):
        if sr.toks[y].punct:
            return False
        if y > sr.lo and sr.f(y - 1) & _AR_NOT and sr.f(y) & _AR_TAKE_JUSSIVE:
            return True
    return False


# "خلفاً للشهيد (القائد)"، "للسيد الشهيد"، "للقائد الراحل": the dead leader, unnamed
_AR_TO_DEAD = L._ar("للشهيد", "للراحل")
_AR_TO_TITLE = L._ar("للسيد", "للقائد", "للرئيس", "للأمين", "للامين", "للواء", "للفريق")
_AR_DEAD_ADJ = L._ar("الشهيد", "الراحل")


def dead_predecessor_ar(sr: Any, t: int) -> str | None:
    """«خلفاً للشهيد القائد» / «خلفاً للسيد الشهيد» (the cue at *t*, no name after it): the one
    person this or the five sentences before said was killed; None when none or several."""
    if not (sr.f(t + 1) & _AR_TO_DEAD or
            sr.f(t + 1) & _AR_TO_TITLE and sr.f(t + 2) & _AR_DEAD_ADJ):
        return None
    doc = sr.doc
    near = [m for m in _window(reversed(doc.ments), sr.si - 5)
            if m.etype == "Person" and m.lo < t and m.kind in ("name", "desc")]
    people = {x for m in near for x in range(title_start(m), m.hi)}
    dead = {m.eid for m in near if _killed_here(doc, m, people) or _died_near(doc, m, people)}
    return next(iter(dead)) if len(dead) == 1 else None


# a death word after the name ("X، الذي ارتقى شهيداً"، "X استشهد")
_AR_DIED_AFTER = L._ar("ارتقى", "استشهد", "توفي", "قضى", "شهيدا", "شهيداً")


def _died_near(doc: Any, m: Any, people: set[int]) -> bool:
    """Arabic: a death word up to four words after the person *m* (past "، الذي"), no other
    person between."""
    toks = doc.toks
    for y in range(m.hi, min(len(toks), m.hi + 4)):
        if y in people or toks[y].text in (".", "؛"):
            break
        if toks[y].key in _AR_DIED_AFTER:
            return True
    return False
