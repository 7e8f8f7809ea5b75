"""Opt-in trigger dispatch for sentence rules: skip a rule when its cue words are absent.

Most sentences hold the cue words of only a few rules, yet each rule used to be called on
every sentence just to find that out. A rule may declare what it starts from::

    @needs((L.AR_WITHDRAW, L.EN_WITHDRAW), (EMPTY, _EN_ABANDON), types=("Agreement",))
    def withdrew(self) -> None: ...

Each pair is an (Arabic, English) word set as passed to ``SentenceRules.triggers``; ``types``
are entity types. The rule then runs on a sentence only if a token of one of the word sets
occurs in it (outside names, exactly as ``triggers`` finds them) or one of the sentence's
mentions has one of the types; otherwise the call returns None at once. The declaration must
cover every path of the rule that can add a relation or change state: a rule whose loops all
start from ``self.triggers(A, B)`` or from mentions of given types declares those.

A rule without the decorator always runs, so new rules need nothing. ``all_rules_run()``
switches the dispatch off (tests compare both ways).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, NamedTuple

# The trigger word sets of the rules: every (Arabic, English) pair passed to
# SentenceRules.triggers or declared with @needs is registered (on first use or at import).
# Each token text is tested once per process against them (rel.trigger_sets), so a
# sentence knows at once which of its tokens trigger which rule.
AR_TRIGGER_SETS: set[frozenset[str]] = set()
EN_TRIGGER_SETS: set[frozenset[str]] = set()
TRIGGER_CATS: dict[str, tuple[frozenset[str], ...]] = {}  # token text -> sets it is in
# token text -> (Arabic?, its forms), kept with TRIGGER_CATS so that a set registered later
# (a rule's first use of it) extends the cached entries instead of emptying the cache
TEXT_FORMS: dict[str, tuple[bool, frozenset[str]]] = {}
# form -> the token texts of TEXT_FORMS with that form (a set registered later is matched
# against the texts holding one of its words, not against every cached text)
FORM_TEXTS: dict[str, list[str]] = {}
# word -> the registered sets holding it (a token's sets are found from its few forms, not
# by testing every set)
AR_WORD_SETS: dict[str, list[frozenset[str]]] = {}
EN_WORD_SETS: dict[str, list[frozenset[str]]] = {}


def register_triggers(ar: frozenset[str], en: frozenset[str]) -> None:
    """Register a pair of trigger word sets (the cached sets of each token text are
    extended by the new ones its forms are in)."""
    new: list[tuple[frozenset[str], bool]] = []
    for ws, registry, index, is_ar in ((ar, AR_TRIGGER_SETS, AR_WORD_SETS, True),
                                       (en, EN_TRIGGER_SETS, EN_WORD_SETS, False)):
        if ws not in registry:
            registry.add(ws)
            for w in ws:
                index.setdefault(w, []).append(ws)
            if ws:
                new.append((ws, is_ar))
    if not new or not TRIGGER_CATS:
        return
    for ws, is_ar in new:
        done: set[str] = set()
        for w in ws:
            for text in FORM_TEXTS.get(w, ()):
                if text in done:
                    continue
                done.add(text)
                known = TEXT_FORMS.get(text)
                cats = TRIGGER_CATS.get(text)
                if known is not None and cats is not None and known[0] == is_ar:
                    TRIGGER_CATS[text] = cats + (ws,)


class RuleNeeds(NamedTuple):
    """What a rule starts from: trigger word sets (of either script) and entity types."""

    word_sets: frozenset[frozenset[str]]
    types: frozenset[str]


class _Switch:
    on = True


_DISPATCH = _Switch()


def needs(*word_sets: tuple[frozenset[str], frozenset[str]],
          types: Iterable[str] = ()) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Decorate a sentence rule (a method, or a function of a ``SentenceRules`` instance,
    possibly taking further arguments, returning None) so that it runs only when the sentence may
    fire it (see the module doc). The sentence provides ``present_sets`` (the word sets with
    a trigger token in it) and ``mention_types``."""
    for pair in word_sets:
        if len(pair) != 2 or not all(isinstance(ws, frozenset) for ws in pair):
            raise TypeError("needs() takes (Arabic, English) pairs of frozensets")
        register_triggers(*pair)
    sets = frozenset(ws for pair in word_sets for ws in pair if ws)
    spec = RuleNeeds(sets, frozenset(types))
    kinds = spec.types

    def decorate(rule: Callable[..., None]) -> Callable[..., None]:
        # one C-level set test per kind (this runs for every sentence and declared rule);
        # a rule taking more than the sentence (``more_killings(sr, start)``) gets them passed
        def skip(sr: Any) -> bool:
            return sets.isdisjoint(sr.present_sets) and (
                not kinds or kinds.isdisjoint(sr.mention_types)) and _DISPATCH.on

        if rule.__code__.co_argcount > 1 and not kinds:
            def gated(sr: Any, *args: Any) -> None:  # (the test inlined: no call to skip)
                if sets.isdisjoint(sr.present_sets) and _DISPATCH.on:
                    return None
                return rule(sr, *args)
        elif rule.__code__.co_argcount > 1:
            def gated(sr: Any, *args: Any) -> None:
                if skip(sr):
                    return None
                return rule(sr, *args)
        elif not kinds:
            def gated(sr: Any) -> None:
                if sets.isdisjoint(sr.present_sets) and _DISPATCH.on:
                    return None
                return rule(sr)
        else:
            def gated(sr: Any) -> None:
                if sets.isdisjoint(sr.present_sets) and kinds.isdisjoint(sr.mention_types) \
                        and _DISPATCH.on:
                    return None
                return rule(sr)

        functools.update_wrapper(gated, rule)
        gated.needs = spec  # type: ignore[attr-defined]
        return gated

    return decorate


@contextmanager
def all_rules_run() -> Iterator[None]:
    """Within the block every rule runs on every sentence (no dispatch)."""
    before = _DISPATCH.on
    _DISPATCH.on = False
    try:
        yield
    finally:
        _DISPATCH.on = before


_OPEN: dict[tuple[int, frozenset], tuple[Any, ...]] = {}


def open_rules(rules: tuple[Any, ...], present: Any) -> tuple[Any, ...]:
    """The rules of *rules* to call on a sentence with the trigger word sets *present*, for a
    caller that runs a fixed list of rules one after the other (``killings.more_killings``):
    a rule gated by ``needs`` on word sets the sentence lacks is left out, an open one is
    called without its wrapper, the others as they are; every rule while ``all_rules_run``
    is on. (Cached per list and sets, emptied past 4,096; the sets of rules registered at
    import do not change while a sentence is read.)"""
    if not _DISPATCH.on:
        return rules
    key = (id(rules), frozenset(present))
    got = _OPEN.get(key)
    if got is None:
        if len(_OPEN) >= 4096:
            _OPEN.clear()
        out = []
        for rule in rules:
            spec = getattr(rule, "needs", None)
            if spec is None or spec.types:  # (a gate on types: its wrapper decides)
                out.append(rule)
            elif not spec.word_sets.isdisjoint(present):
                out.append(rule.__wrapped__)
        got = _OPEN[key] = tuple(out)
    return got
