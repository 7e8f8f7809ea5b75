"""Scorer gate "funeral" (session 66): no MET_WITH from the scorer with the dead at his funeral.

«شيّع حزب الله، الأحد، أمينه العام السابق حسن نصر الله ورئيس مجلسه التنفيذي هاشم صفي الدين، في
بيروت، بمشاركة عشرات الآلاف ووفود من إيران»: the two men buried met no one, nor each other; the
scorer read «بمشاركة» (taking part) as a meeting of the people named. The dead are the person
named first after a funeral verb («شيّع / ودّع / دفن», "buried / mourned": Arabic with its subject
and time phrase between, English right after it) or noun («تشييع / جنازة / جثمان», "the funeral /
burial of"), and the people joined to him by «و» / "and" right after. Not a person named after
"the funeral," in another clause ("After the funeral, X met Y": a comma or a verb between an
English cue and the name stops it).

Session 67 (call67): the dead of a funeral told in the article meet no one in its later
sentences either (``buried_by_sentence``). "Tens of thousands attended the funeral of
Hezbollah leader Hassan Nasrallah. ... On Saturday, President Joseph Aoun received the two
men": Nasrallah, the article's main actor (named most), was paired by the scorer's actor
candidate ("He met X") with the one person of that sentence; the gate read only the
sentence's own funeral words. The gold of the dev funeral reports (AP, DD, DE, EC, HY, NK)
pairs no buried man."""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.mention_base import Mention
from loaders.extract.mention_core import BODY_TYPES
from loaders.extract.rule_common import forms, title_start
from loaders.extract.tokens import Tok

_AR_FUNERAL_VERBS = L._ar("شيع", "شيعت", "يشيع", "تشيع", "ودع", "ودعت", "يودع", "دفن", "دفنت",
                          "يدفن")
_AR_FUNERAL_NOUNS = L._ar("تشييع", "جنازة", "جنازه", "جثمان", "جثماني", "تأبين", "تابين",
                          "مأتم", "ماتم", "وداع", "دفن")
_EN_FUNERAL = frozenset({"buried", "bury", "buries", "mourned", "mourn", "mourns", "funeral",
                         "funerals", "burial"})
_EN_GAP = frozenset({"of", "the", "its", "his", "her", "their", "former", "late", "slain",
                     "leader", "chief", "secretary-general", "commander", "head", "for"})
_AR_VERB_REACH = 14  # tokens from an Arabic funeral verb to its object (subject, time between)
_EN_REACH = 5


# parts of the cue words, for a test of the sentence's text before its tokens are read
_CUE_PARTS = ("شيع", "شيّع", "ودع", "ودّع", "دفن", "جناز", "جثمان", "تأبين", "تابين", "مأتم",
              "ماتم", "وداع", "bur", "Bur", "mourn", "Mourn", "funeral", "Funeral")


def funeral_dead(toks: list[Tok], lo: int, hi: int, ments: list[Mention],
                 text: str = "") -> frozenset[str]:
    """The people the sentence [*lo*, *hi*) (*ments*: its mentions; *text*: its text, when
    given, tested for a cue first) buries or mourns (module docstring); empty when it tells of
    no funeral."""
    if text and not any(map(text.__contains__, _CUE_PARTS)):
        return frozenset()
    for c in range(lo, hi):
        t = toks[c]
        if t.ar:
            fs = forms(t)
            verb = not fs.isdisjoint(_AR_FUNERAL_VERBS)
            if not verb and fs.isdisjoint(_AR_FUNERAL_NOUNS):
                continue
            reach = _AR_VERB_REACH if verb else 3
        elif t.key in _EN_FUNERAL:
            reach = _EN_REACH
        else:
            continue
        people = sorted((m for m in ments if m.etype == "Person" and
                         c < title_start(m) <= c + reach), key=title_start)
        if not t.ar:
            owner = next((m for m in ments if m.etype == "Person" and m.poss and m.hi == c),
                         None)
            if owner is not None:  # "Hassan Nasrallah's funeral" (session 67)
                return frozenset((owner.eid,))
        if not people or not _reaches(toks, c, title_start(people[0]), ments):
            continue
        dead = [people[0]]
        for q in people[1:]:
            gap = [toks[x] for x in range(dead[-1].hi, title_start(q))]
            joined = (not gap and toks[title_start(q)].ar and toks[title_start(q)].text[0] == "و"
                      ) or (len(gap) == 1 and gap[0].key == "and")
            if not joined:
                break
            dead.append(q)
        return frozenset(m.eid for m in dead)
    return frozenset()


def _reaches(toks: list[Tok], c: int, x: int, ments: list[Mention]) -> bool:
    """May the funeral word at *c* take the person whose title opens at *x* as its object? An
    Arabic verb reaches over its subject and commas; an Arabic noun and an English word only
    over a few words with no punctuation ("the funeral of", "buried its former leader", "the
    funeral for", and a body of the title: "the funeral of Hezbollah leader X", session 67)."""
    if toks[c].ar and x - c > 3:
        return not any(toks[y].text in (".", "؛", ";") for y in range(c + 1, x))
    if toks[c].ar:
        return not any(toks[y].punct for y in range(c + 1, x))
    return all(not toks[y].punct and (toks[y].key in _EN_GAP or any(
        m.lo <= y < m.hi and m.etype in BODY_TYPES for m in ments)) for y in range(c + 1, x))


def buried_by_sentence(doc: Any) -> dict[str, int]:
    """The people the article buries or mourns (:func:`funeral_dead` of each sentence), each
    with the first sentence telling it; empty (one text test) when the article names no
    funeral word."""
    text = doc.text
    if not any(map(text.__contains__, _CUE_PARTS)):
        return {}
    out: dict[str, int] = {}
    for si, s in enumerate(doc.sents):
        for eid in funeral_dead(doc.toks, s.lo, s.hi, doc.by_sent.get(si, []),
                                text[s.start:s.end]):
            out.setdefault(eid, si)
    return out
