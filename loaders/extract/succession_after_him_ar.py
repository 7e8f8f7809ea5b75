"""SUCCESSOR_OF, Arabic (session 59): a post taken "من بعده / من بعدها" (after him / her), the
pronoun standing for the holder an earlier clause or the sentence before told.

- "وكان Y يشغل قبل توزيره منصب نائب قائد العمليات، وقد كُلّف X بالمنصب من بعده": Y, the one
  person named before the taking verb in this sentence;
- "وكان Y قد تولى قيادة القسام ... . وتولى X، قائد لواء غزة، قيادة الجناح العسكري من بعده":
  with no person before the verb, the subject of the sentence before (the person its words
  open with), when that sentence tells a post held or lost (a holding, taking or death word).

X is the person right after the taking verb ("تولى", "تسلم", "كُلّف", "عُيّن", "انتُخب",
"اختير"), before the marker. Not read: a negated or planned taking (``sr.blocked``), "من
بعده" without such a verb ("تحدث من بعده X": a turn to speak), two people before the verb (whose
post is not said), the sentence before opening with no person.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import title_start

_AR_AFTER_HIM = L._ar("بعده", "بعدها")
_AR_TOOK = L._ar("تولى", "وتولى", "فتولى", "يتولى", "تسلم", "وتسلم", "كلف", "وكلف", "عين", "وعين",
                 "انتخب", "وانتخب", "اختير", "واختير", "تولت", "وتولت", "كلفت", "عينت")
# the sentence before told a post its subject held, took or lost
_AR_HELD_OR_LOST = L._ar("تولى", "يشغل", "شغل", "منصب", "قيادة", "رئاسة", "قائد", "رئيس", "قاد",
                         "ترأس", "ترأست", "استشهد", "قتل", "اغتيل", "توفي", "اغتيال", "مقتل", "استقال",
                         "أقيل", "اغتياله", "مقتله", "وفاته", "استشهاده", "رحيله", "استقالته")
CUES = frozenset({_AR_AFTER_HIM})
register_triggers(_AR_AFTER_HIM, frozenset())
_SPAN = 14  # tokens from the taking verb to the marker


def _holder_before(sr: Any, v: int, new: str) -> str | None:
    """The one person named in this sentence before the verb at *v*, else the subject of the
    sentence before when it tells a post held or lost (module doc); None otherwise."""
    here = {m.eid for m in sr.args if m.etype == "Person" and m.hi <= v and not m.poss and
            not m.eid.startswith("group:")}
    if here:
        return next(iter(here)) if len(here) == 1 and new not in here else None
    if sr.si == 0:
        return None
    prev = sr.doc.sents[sr.si - 1]
    first = min((m for m in sr.doc.ments if m.sent == sr.si - 1 and m.etype == "Person"),
                key=lambda m: m.lo, default=None)
    if first is None or first.eid == new or first.eid.startswith("group:") or \
            title_start(first) - prev.lo > 3:
        return None
    if not any(sr.f(y) & _AR_HELD_OR_LOST for y in range(first.hi, prev.hi)):
        return None
    return first.eid


def after_him_ar(sr: Any) -> None:
    """The rule of the module doc."""
    if not sr.toks[sr.lo].ar:
        return
    for t in sr.triggers(_AR_AFTER_HIM, frozenset()):
        if sr.key(t - 1) != "من" or any(r.type == "SUCCESSOR_OF" for r in sr.out):
            continue
        v = next((x for x in range(t - 1, max(sr.lo, t - _SPAN) - 1, -1)
                  if sr.f(x) & _AR_TOOK), None)
        if v is None or sr.blocked(v):
            continue
        new = sr.after(v + 1, types=("Person",), maxgap=3)
        if new is None or new.hi > t or new.poss:
            continue
        old = _holder_before(sr, v, new.eid)
        if old is not None and old != new.eid:
            sr.add("SUCCESSOR_OF", new.eid, old, "after_him_ar")
