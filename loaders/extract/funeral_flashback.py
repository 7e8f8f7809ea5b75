"""Scorer gate "funeral": a meeting the buried man had held before his death stays.

Session 67's gate drops every scorer pair of a man the article buries, in his funeral's sentence
and after it (``scorer_funeral.buried_by_sentence``): the dead meet no one. A flashback to a
meeting he held alive is no meeting after his death, though: "Haniyeh had met Supreme Leader Ali
Khamenei in Tehran hours before he was killed", "X, who had met Y in 2019, was buried on
Friday", «وكان هنية قد التقى المرشد الإيراني علي خامنئي قبل ساعات من اغتياله». The gate keeps
the pair when the dead man is named in the sentence (not an actor carried from elsewhere: "On
Saturday, Aoun received the two men" after the funeral stays dropped) and the sentence places
the meeting before the death: a past perfect meeting verb ("had met / had received", «كان ...
قد التقى / استقبل») or "before his death / killing" («قبل اغتياله / مقتله / وفاته»)."""

from __future__ import annotations

from loaders.extract import lexicon as L
from loaders.extract.mention_core import Mention
from loaders.extract.rule_common import forms
from loaders.extract.tokens import Tok

_EN_HAD = frozenset({"had"})
_EN_BEFORE = frozenset({"before"})
_EN_DEATH = frozenset({"death", "killing", "assassination", "murder", "martyrdom"})
_AR_WAS = L._ar("كان", "وكان", "كانت", "وكانت")
_AR_QAD = L._ar("قد")
_AR_BEFORE = L._ar("قبل", "وقبل", "قبيل")
_AR_HIS_DEATH = L._ar("اغتياله", "مقتله", "وفاته", "استشهاده", "رحيله", "مصرعه", "اغتيالها",
                      "مقتلها", "وفاتها", "استشهادها", "رحيلها")
_AR_MEET_VERBS = L.AR_MEET | L.AR_RECEIVE_VERBS | L._ar("عقد", "عقدا", "تحدث", "زار", "زاره")
_EN_MEET_VERBS = L.EN_MEET | frozenset({"held", "talked", "spoken", "visited", "hosted"})
_REACH = 4  # tokens from "had" / «قد» to the meeting verb, from "before" to the death noun


def _meeting_verb_after(toks: list[Tok], k: int, hi: int) -> bool:
    """Is a meeting verb within a few tokens after *k*?"""
    for y in range(k + 1, min(hi, k + 1 + _REACH)):
        t = toks[y]
        if t.ar and not forms(t).isdisjoint(_AR_MEET_VERBS) or not t.ar and t.key in _EN_MEET_VERBS:
            return True
    return False


def _placed_before_death(toks: list[Tok], lo: int, hi: int) -> bool:
    """Does the sentence [*lo*, *hi*) tell its meeting in the past perfect, or before the
    death ("before his death", «قبل ساعات من اغتياله»)?"""
    was = -1
    for k in range(lo, hi):
        t = toks[k]
        if t.ar:
            fs = forms(t)
            if not fs.isdisjoint(_AR_WAS):
                was = k
            elif was >= 0 and k - was <= _REACH and not fs.isdisjoint(_AR_QAD) and \
                    _meeting_verb_after(toks, k, hi):
                return True  # «وكان X قد التقى Y»
            elif not fs.isdisjoint(_AR_BEFORE) and any(
                    not forms(toks[y]).isdisjoint(_AR_HIS_DEATH)
                    for y in range(k + 1, min(hi, k + 1 + _REACH))):
                return True  # «قبل ساعات من اغتياله»
        elif t.key in _EN_HAD and _meeting_verb_after(toks, k, hi):
            return True  # "had met", "who had received"
        elif t.key in _EN_BEFORE and any(toks[y].key in _EN_DEATH
                                         for y in range(k + 1, min(hi, k + 1 + _REACH))):
            return True  # "hours before his death"
    return False


def flashback_of_dead(dead: Mention, si: int, toks: list[Tok], lo: int, hi: int) -> bool:
    """Is the buried man's pair in sentence *si* ([*lo*, *hi*)) a meeting he held alive: he is
    named there (*dead*, his mention in the pair) and the sentence places it before his death?"""
    return dead.sent == si and dead.kind == "name" and _placed_before_death(toks, lo, hi)
