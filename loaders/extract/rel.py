"""What the sentence rules produce and how a token finds its trigger word sets.

:class:`Rel` is one extracted relation (the output of every rule); :func:`trigger_sets` maps a
token to the registered trigger word sets one of its forms is in (cached per token text in
the tables of :mod:`loaders.extract.dispatch`), which ``SentenceBase._index_triggers`` reads
to index a sentence's trigger positions.
"""

from __future__ import annotations

from typing import NamedTuple

from loaders.extract.dispatch import AR_WORD_SETS as _AR_WORD_SETS
from loaders.extract.dispatch import EN_WORD_SETS as _EN_WORD_SETS
from loaders.extract.dispatch import FORM_TEXTS as _FORM_TEXTS
from loaders.extract.dispatch import TEXT_FORMS as _TEXT_FORMS
from loaders.extract.dispatch import TRIGGER_CATS as _TRIGGER_CATS
from loaders.extract.rule_common import forms
from loaders.extract.tokens import Tok


class Rel(NamedTuple):
    """One extracted relation with its sentence index and rule name (immutable; a named
    tuple is several times cheaper to create than a frozen dataclass)."""

    type: str
    source: str
    target: str
    sent: int
    rule: str
    confidence: float = 0.8


def trigger_sets(t: Tok) -> tuple[frozenset[str], ...]:
    """The registered trigger word sets (of the token's script) one of *t*'s forms is in."""
    cats = _TRIGGER_CATS.get(t.text)
    if cats is None:
        index = _AR_WORD_SETS if t.ar else _EN_WORD_SETS
        fs = forms(t)
        # the sets holding one of the forms, each once (their order does not matter)
        held: dict[frozenset[str], None] = {}  # (loops, not a generator: one per new text)
        for fm in fs:
            for ws in index.get(fm, ()):
                held[ws] = None
        cats = tuple(held)
        if len(_TRIGGER_CATS) > 200_000:
            _TRIGGER_CATS.clear()
            _TEXT_FORMS.clear()
            _FORM_TEXTS.clear()
        text = t.text
        _TRIGGER_CATS[text] = cats
        _TEXT_FORMS[text] = (t.ar, fs)  # for sets registered later (dispatch.py)
        for fm in fs:
            have = _FORM_TEXTS.get(fm)
            if have is None:
                _FORM_TEXTS[fm] = [text]
            else:
                have.append(text)
    return cats
