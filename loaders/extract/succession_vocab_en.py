"""SUCCESSOR_OF: English handover idioms of news style (session 20, from general usage, not
from the data's sentences), run by ``successions.more_successions`` on a sentence with a cue.

- "X stepped into the shoes of Y", "X stepped into Y's shoes", "X filled Y's shoes" / "the
  shoes of Y": X succeeded Y (:func:`shoes_en`);
- "Y made way for X", "Y gave way to X", "Y stepped aside for X", "Y stepped down / aside
  (resigned) in favour (favor) of X": X succeeded Y, the subject handing over
  (:func:`made_way_en`).

Negatives: an object that is no person ("made way for the motorcade", "gave way to
protests"), a candidacy withdrawn "in favour of" someone (only stepped down / aside and
resigned read), plans and denials (``blocked``, ``_irrealis``).
"""

from __future__ import annotations

from typing import Any

from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import EMPTY, person_at
from loaders.extract.succession_post_went_en import EN_WENT, post_went_en
from loaders.extract.succession_stood_in_en import EN_STOOD, stood_in_en

_SO = "SUCCESSOR_OF"
_PERSON = ("Person",)
_EN_SHOES = frozenset({"shoes"})
_EN_STEP_INTO = frozenset({"stepped", "steps", "step", "stepping"})
_EN_FILL = frozenset({"filled", "fills", "fill", "filling"})
_EN_WAY = frozenset({"way"})
_EN_MADE = {"made": "for", "makes": "for", "make": "for", "making": "for", "gave": "to",
            "gives": "to", "give": "to", "giving": "to"}
_EN_FAVOUR = frozenset({"favour", "favor"})
_EN_STEPPED_DOWN = frozenset({"stepped", "steps", "stepping", "stood", "stands", "resigned",
                              "resigns", "abdicated", "abdicates"})
_EN_ASIDE = frozenset({"aside"})
CUES = frozenset({_EN_SHOES, _EN_WAY, _EN_FAVOUR, _EN_ASIDE, EN_STOOD, EN_WENT})


def _add(sr: Any, verb: int, new: Any, old: Any) -> None:
    """SUCCESSOR_OF new -> old, both people, unless the verb is denied or planned."""
    if new is None or old is None or new.etype != "Person" or old.etype != "Person" or \
            new.eid == old.eid or sr.blocked(verb, old) or sr._irrealis(verb):
        return
    sr.add(_SO, new.eid, old.eid, "handover_idiom_en")


def shoes_en(sr: Any) -> None:
    """"X stepped into the shoes of Y / into Y's shoes", "X filled Y's shoes"."""
    for t in sr.triggers(EMPTY, _EN_SHOES):
        if sr.key(t + 1) == "of":  # "... the shoes of Y"
            if sr.key(t - 1) != "the":
                continue
            old, start = sr.after(t + 2, types=_PERSON, maxgap=3), t - 1
        else:  # "... Y's shoes"
            old = sr.before(t, types=_PERSON, maxgap=1)
            if old is None or not old.poss:
                continue
            start = old.lo
            while start > sr.lo and sr.key(start - 1) in ("the", "late", "former", "his",
                                                          "her"):
                start -= 1
        v = start - 1
        if sr.key(v) == "into" and sr.key(v - 1) in _EN_STEP_INTO:
            v -= 1
        elif sr.key(v) not in _EN_FILL:
            continue
        _add(sr, v, sr.subject_before(v), old)


# a candidacy: whoever stands aside in a race hands over no post
EN_RACE = frozenset({"candidate", "candidates", "candidacy", "race", "ballot", "runoff",
                      "run-off", "nominee", "primary", "primaries"})


def made_way_en(sr: Any) -> None:
    """"Y made way for X", "Y gave way to X", "Y stepped aside for X", "Y stepped down in
    favour of X"."""
    for t in sr.triggers(EMPTY, _EN_WAY | _EN_ASIDE | _EN_FAVOUR):
        k = sr.key(t)
        if k == "way":
            v = t - 1
            prep = _EN_MADE.get(sr.key(v))
            if prep is None or sr.key(t + 1) != prep:
                continue
            y = t + 2
        elif k == "aside":
            v = t - 1
            if sr.key(v) not in _EN_STEPPED_DOWN or sr.key(t + 1) != "for":
                continue
            y = t + 2
        else:  # "in favour of"
            if sr.key(t - 1) != "in" or sr.key(t + 1) != "of":
                continue
            v = t - 2
            if sr.key(v) in ("down", "aside"):
                v -= 1
            if sr.key(v) not in _EN_STEPPED_DOWN:
                continue
            y = t + 2
        if any(sr.key(x) in EN_RACE for x in range(sr.lo, sr.hi)):
            continue  # "the candidate Y stepped aside in favour of X in the race" (session 52)
        if sr.key(y) in ("the", "his", "her"):
            y += 1  # "made way for his deputy, Y" / "the young X"
        new = person_at(sr, y)
        if new is None and sr.key(y) in ("deputy", "son", "brother", "successor") and \
                y + 1 < sr.hi and sr.toks[y + 1].text == ",":
            new = person_at(sr, y + 2)
        _add(sr, v, new, sr.subject_before(v))


def handover_idioms_en(sr: Any) -> None:
    """This module's rules, each on a sentence with its cue word."""
    by_en = sr._by_en
    if _EN_SHOES in by_en:
        shoes_en(sr)
    if _EN_WAY in by_en or _EN_ASIDE in by_en or _EN_FAVOUR in by_en:
        made_way_en(sr)
    if EN_STOOD in by_en:
        stood_in_en(sr)  # "X had stood in for him since he resigned" (succession_stood_in_en)
    if EN_WENT in by_en:
        post_went_en(sr)  # "Y's previous job ... went to X" (succession_post_went_en)


for _ws in (_EN_SHOES, _EN_WAY, _EN_FAVOUR, _EN_ASIDE, _EN_WAY | _EN_ASIDE | _EN_FAVOUR,
            EN_STOOD, EN_WENT):
    register_triggers(EMPTY, _ws)
