"""MET_WITH: after a reception told from the guest's side, the guest goes on, not the host.

"وكان في استقبال X لدى وصوله Y، قبل أن يجري مباحثات مع Z" and "... حيث استقبله Y، ثم توجه إلى
أنقرة والتقى Z": the reception's topic is the guest (X, or the one the pronoun of "استقبله"
stands for); the clause after "قبل أن / بعد أن + verb" or "، ثم + verb" has no subject of its
own, and it is the guest who met Z. A rule that took the host Y (the person named last) as
that verb's subject made Y-Z: the pair becomes guest-Z (Z a person; a body met through a
delegation is only dropped). A reception with the guest named as
object ("استقبل Y الضيفَ X، ثم التقى Z") is left alone: there Y goes on (the verb's subject).

Run from ``meeting_checks.unmet_partners`` after every meeting rule, only on a sentence with
a reception word (its cue set) and a MET_WITH pair.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers

if TYPE_CHECKING:
    from loaders.extract.mention_base import Mention
    from loaders.extract.relations import SentenceRules

# the guest as the reception's topic: "في استقبال X / في استقباله", "استقبله Y"
AR_RECEIVED_GUEST = L._ar("استقبال", "استقباله", "استقبالها", "استقبالهم", "استقبله",
                          "استقبلها", "استقبلهم", "واستقبله", "واستقبلها")
register_triggers(AR_RECEIVED_GUEST, frozenset())
CUE_SETS = frozenset({AR_RECEIVED_GUEST})

_PRONOUN_FORMS = L._ar("استقباله", "استقبالها", "استقبالهم", "استقبله", "استقبلها",
                       "استقبلهم", "واستقبله", "واستقبلها")
_BEFORE_AFTER = L._ar("قبل", "بعد", "وقبل", "وبعد", "قبيل")
_THEN = L._ar("ثم")
_ARRIVAL = L._ar("لدى", "عند", "فور")  # "لدى وصوله": the arrival, no new subject
_PUNCT = ("،", ",")


def _guest(sr: SentenceRules, rx: int) -> Mention | None:
    """The guest of the reception word at *rx*: the genitive after "استقبال", else the person
    the pronoun stands for (named before in the sentence, else the article's visitor)."""
    from loaders.extract.core_recall import guest_antecedent

    if not sr.f(rx) & _PRONOUN_FORMS:
        if sr.key(rx - 1) not in ("في", "وفي"):
            return None  # "استقبال رسمي": no guest named as the reception's topic
        m = sr.mention_at.get(rx + 1)
        return m if m is not None and m.etype == "Person" and m.lo == rx + 1 else None
    ante = sr.before(rx, types=("Person",), maxgap=40)
    if ante is None:
        ante = guest_antecedent(sr, exclude="")
    return ante


def _goes_on_at(sr: SentenceRules, rx: int) -> int:
    """Where the clause without a subject of its own starts after the reception at *rx*
    ("قبل أن يجري ...", "، ثم توجه ..."), else -1."""
    for y in range(rx + 2, sr.hi - 2):
        tk = sr.toks[y]
        if tk.text in (".", "؛", ";"):
            return -1
        fs = sr.f(y)
        if fs & _BEFORE_AFTER and sr.key(y + 1) == "ان" and sr.mention_at.get(y + 2) is None:
            return y + 2
        if fs & _THEN and sr.toks[y - 1].text in _PUNCT and sr.mention_at.get(y + 1) is None:
            return y + 1
        if tk.text in _PUNCT and y + 1 < sr.hi and (sr.f(y + 1) & AR_RECEIVED_GUEST):
            return -1  # another reception
    return -1


def guest_goes_on(sr: SentenceRules) -> None:
    """Turn host-Z pairs of the clause after a guest's reception into guest-Z (module doc)."""
    if not any(r.type == "MET_WITH" for r in sr.out):
        return
    for rx in sr.triggers(AR_RECEIVED_GUEST, frozenset()):
        guest = _guest(sr, rx)
        if guest is None:
            continue
        c = _goes_on_at(sr, rx)
        if c < 0:
            continue
        hosts = {m.eid for m in sr.args if m.etype == "Person" and rx < m.lo < c} - {guest.eid}
        later = {m.eid for m in sr.args if m.lo >= c and m.etype in ("Person", "Organization")}
        people = {m.eid for m in sr.args if m.lo >= c and m.etype == "Person"}  # (guest's)
        named_before = {m.eid for m in sr.args if m.hi <= c}
        partners = later - named_before
        if not hosts or not partners:
            continue
        moved = drop_meetings_between(sr, hosts, partners)
        if not moved:
            continue
        for p in sorted(moved & people):
            sr.add("MET_WITH", guest.eid, p, "guest_goes_on_ar")


def drop_meetings_between(sr: SentenceRules, wrong: set[str], partners: set[str]) -> set[str]:
    """Remove the sentence's MET_WITH pairs of a `wrong` subject with one of `partners`; return
    the partners so freed (the caller gives them to the right subject)."""
    moved: set[str] = set()
    keep = []
    for r in sr.out:
        if r.type == "MET_WITH" and r.source in wrong and r.target in partners:
            moved.add(r.target)
        elif r.type == "MET_WITH" and r.target in wrong and r.source in partners:
            moved.add(r.source)
        else:
            keep.append(r)
    if moved:
        sr.out[:] = keep
    return moved
