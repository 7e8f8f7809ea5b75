"""A nomination is no succession: "X has been nominated to succeed him", "K nominated X to
replace Y", "X, the nominee to succeed Y", "رشّح الإطار X ليحلّ محلّ Y" only propose X; the
succession has not happened, so the succession rules give nothing for them."""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start

_EN_NOMINATED = frozenset({"nominated", "nominate", "nominates", "nominating", "nominee",
                           "nominees", "nomination", "shortlisted", "tipped", "touted",
                           "renominated",
                           # a prime minister designated to form a government has not
                           # taken office: "whom K designated to replace Y" (session 29)
                           "designated", "designate", "designates", "designating"})
_AR_NOMINATED = L._ar("رشح", "رشحت", "يرشح", "ترشح", "ترشيح", "رشحه", "رشحته", "رشحها")
# the noun: "مرشح لخلافة Y" is a nomination, "X، مرشح الاتحاد، ... ليحل محل Y" describes X
_AR_NOMINEE = L._ar("مرشح", "مرشحا", "مرشحاً", "المرشح")
_AR_DONE = L._ar("انتخب", "انتخبت", "انتخاب", "عين", "عينت", "تعيين", "صادق", "صوت", "اليمين")
# an act that made the nominee the holder after all ("nominated and confirmed to succeed Y")
_EN_DONE = frozenset({"confirmed", "approved", "sworn", "elected", "appointed", "installed"})
_AR_THAT = L._ar("أن", "ان")
_STOP = frozenset({".", ";", "!", "?", "؛"})


def nominated_to_succeed(sr: Any, t: int, span: int = 10) -> bool:
    """Whether the succession verb at *t* ("succeed", "replace", "ليحل", "ليخلف") is what
    someone is only nominated for: a nomination word within *span* words before it in the same
    clause ("was nominated to succeed", "nominated X (, a general,) to replace"), with no
    word of a completed appointment between. Only an infinitive counts: English "to" before
    the verb, Arabic a purpose "لـ" on it ("ليحل", "لخلافة") or "أن" before it."""
    if sr.toks[t].ar:
        if not (sr.toks[t].key.startswith("ل") or sr.key(t - 1) in _AR_THAT):
            return False
    elif sr.key(t - 1) != "to":
        return False
    nominated = False
    for y in range(t - 1, max(sr.lo, t - span) - 1, -1):
        tk = sr.toks[y]
        if tk.text in _STOP:
            break
        if tk.ar:
            fs = sr.f(y)
            if fs & _AR_DONE:
                return False
            nominated = nominated or bool(fs & _AR_NOMINATED) or bool(
                fs & _AR_NOMINEE and (y + 1 == t or sr.toks[y + 1].key.startswith("ل")))
            continue
        if tk.key in _EN_DONE:
            return False
        nominated = nominated or tk.key in _EN_NOMINATED
    return nominated


# verbs that make someone the likely next holder ("positioning him to succeed Y", "K is
# grooming X to replace Y"): the succession is a prospect (session 57)
_EN_POSITIONING = frozenset({"positioning", "positions", "position", "positioned", "grooming",
                             "grooms", "groomed", "groom", "preparing", "prepares", "placing",
                             "places"})
# the same as a passive or adjective right before "to" ("X is positioned / groomed / in line /
# well placed to succeed Y")
_EN_POSITIONED = frozenset({"positioned", "groomed", "placed", "line"})


def positioned_to_succeed(sr: Any, t: int) -> bool:
    """Whether the English succession verb at *t* ("succeed", "replace") is what someone is
    only put in line for: "..., positioning him / X to succeed Y", "X is positioned / being
    groomed / in line to succeed Y"."""
    if sr.toks[t].ar or sr.key(t - 1) != "to":
        return False
    if sr.key(t - 2) in _EN_POSITIONED:
        return True
    obj = t - 2
    if sr.key(obj) not in ("him", "her", "them"):
        m = sr.before(t - 1, types=("Person",), maxgap=0)
        if m is None or m.hi != t - 1:
            return False
        obj = title_start(m)
    return sr.key(obj - 1) in _EN_POSITIONING
