"""SUCCESSOR_OF (session 12), run by ``succession_clauses.more_clauses``: the dead leader's
successor. His deputy named to head ("after Y was killed, his deputy X was named to lead the
group", "عُيّن نائبه X قائداً جديداً بعد مقتل Y": :func:`deputy_named_to_head`) and a taking of
office on his death ("X took over on / upon the death of Y", "تولى X المنصب عند وفاة Y":
:func:`on_death_of`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.succession_clause_words import (
    AR_APPOINTED,
    AR_GONE,
    COMMAS,
    EN_GONE_NOUN,
    EN_GONE_VERB,
    PERSON,
    SO,
    gone_ar,
)

if TYPE_CHECKING:
    from loaders.extract.mentions import Mention
    from loaders.extract.relations import SentenceCore


# ---- the dead leader's deputy named to head ------------------------------------------------
EN_NAMED = frozenset({"named", "appointed", "promoted", "chose", "picked", "tapped",
                      "elevated", "elected"})

_EN_DEPUTY = frozenset({"deputy", "second-in-command", "number two", "lieutenant"})

_EN_TO_HEAD = frozenset({"head", "lead", "command", "run", "succeed", "replace"})

_EN_AS_HEAD = frozenset({"head", "leader", "commander", "chief", "new"})

_AR_DEPUTY = L._ar("نائب", "النائب")

_AR_GONE_HIS = L._ar("مقتله", "اغتياله", "وفاته", "رحيله", "استشهاده", "مصرعه", "استقالته",
                     "اقالته", "إقالته")

_AR_NEW = L._ar("جديد", "جديدة", "جديده")


def _is_dead(sr: SentenceCore, eid: str, x: int) -> bool:
    """Did the article (up to this sentence) tell *eid*'s death or killing?"""
    from loaders.extract.coreference import deceased_person  # noqa: PLC0415 (no cycle)

    if any(e == eid for _s, e in sr.doc.state.get("victims", ())):
        return True
    return deceased_person(sr.doc, sr.si, x, back=6) == eid


def _en_deputy_named(sr: SentenceCore, v: int) -> tuple[Mention, Mention] | None:
    """"K named Y's deputy, X, to head the force" at *v*: (X, Y)."""
    old = sr.after(v + 1, types=PERSON, maxgap=1)
    if old is None or not old.poss or sr.key(old.hi) not in _EN_DEPUTY:
        return None
    c = old.hi + 1
    if sr.key(c) != ",":
        return None
    new = sr.after(c + 1, types=PERSON, maxgap=4)
    if new is None or sr.key(new.hi) != ",":
        return None
    z = new.hi + 1
    if sr.key(z + 2) in ("a", "an") or "new" in (sr.key(z + 2), sr.key(z + 3)) and \
            sr.key(z) == "to":
        return None  # "to head a new unit": not the dead man's post
    if sr.key(z) == "to" and sr.key(z + 1) in _EN_TO_HEAD or \
            sr.key(z) == "as" and (sr.key(z + 1) in _EN_AS_HEAD or sr.key(z + 2) in _EN_AS_HEAD):
        return new, old
    return None


def _ar_deputy_named(sr: SentenceCore, v: int) -> tuple[Mention, Mention] | None:
    """"عيّن K نائبَ Y، X، قائداً للفيلق" at *v* (the verb): (X, Y)."""
    d = next((y for y in range(v + 1, min(sr.hi, v + 5)) if sr.f(y) & _AR_DEPUTY), None)
    if d is None:
        return None
    old = sr.after(d + 1, types=PERSON, maxgap=0)
    if old is None or old.hi >= sr.hi or sr.toks[old.hi].text not in COMMAS:
        return None
    new = sr.after(old.hi + 1, types=PERSON, maxgap=0)
    if new is None or new.hi >= sr.hi or sr.toks[new.hi].text not in COMMAS:
        return None
    if any(sr.f(y) & _AR_NEW for y in range(new.hi + 1, min(sr.hi, new.hi + 5))):
        return None  # "قائداً لوحدة جديدة": not the dead man's post
    return new, old


def deputy_named_to_head(sr: SentenceCore) -> None:
    """"K named Y's deputy, X, to head the force" / "عيّن K نائب Y، X، قائداً للفيلق": X
    succeeded Y, when the article told Y's death (this sentence or before)."""
    for v in sr.triggers(AR_APPOINTED, EN_NAMED):
        pair = _ar_deputy_named(sr, v) if sr.toks[v].ar else _en_deputy_named(sr, v)
        if pair is None:
            continue
        new, old = pair
        if new.eid == old.eid or not _is_dead(sr, old.eid, v) and not any(
                sr.f(y) & (AR_GONE | _AR_GONE_HIS) or sr.key(y) in EN_GONE_NOUN or
                sr.key(y) in EN_GONE_VERB
                for y in range(new.hi, sr.hi)):
            continue
        if any(r.type == SO and r.source == new.eid and r.target == old.eid for r in sr.out):
            continue
        if not sr.blocked(v, new) and not sr._irrealis(v):
            sr.add(SO, new.eid, old.eid, "deputy_named_to_head")


# ---- "took over on the death of Y" / "تولى ... عند وفاة Y" ----------------------------------
EN_ON = frozenset({"on", "upon"})

_EN_TOOK_OVER = frozenset({"took", "taken", "takes", "became", "becomes", "assumed", "assumes",
                           "acceded", "ascended", "inherited", "succeeded"})

AR_AT = L._ar("عند", "لدى", "فور", "إثر", "اثر")

_AR_TOOK = L._ar("تولى", "يتولى", "وتولى", "تسلم", "وتسلم", "استلم", "واستلم", "اصبح", "أصبح",
                 "وأصبح", "واصبح", "صار")


def _en_taker(sr: SentenceCore, on: int) -> Mention | None:
    """English: the subject of a taking verb at most eight words before "on" at *on*, in the
    same clause ("X (had himself) taken over in 2020 on ...", "X became king on ...")."""
    for y in range(on - 1, max(sr.lo, on - 9) - 1, -1):
        if sr.toks[y].punct:
            return None
        if sr.key(y) in _EN_TOOK_OVER:
            b = y
            while b > sr.lo and sr.key(b - 1) in ("had", "has", "have", "himself", "herself",
                                                  "then", "later", "formally"):
                b -= 1
            m = sr.mention_at.get(b - 1)
            return m if m is not None and m.etype == "Person" and m.hi == b else None
    return None


def _ar_taker(sr: SentenceCore, at: int) -> Mention | None:
    """Arabic: the subject of "تولى / أصبح" at most eight words before "عند" at *at*."""
    for y in range(at - 1, max(sr.lo, at - 9) - 1, -1):
        if sr.toks[y].punct:
            return None
        if sr.f(y) & _AR_TOOK:
            m = sr.after(y + 1, types=PERSON, maxgap=1)
            if m is not None and m.hi <= at:
                return m
            return sr.before(y, types=PERSON, maxgap=2)
    return None


def on_death_of(sr: SentenceCore) -> None:
    """"X took over / became king on (upon) the death of Y" / "on Y's death", "تولى X
    الرئاسة عند / لدى / فور وفاة Y": X succeeded Y."""
    for x in sr.triggers(AR_AT, EN_ON):
        if sr.toks[x].ar:
            old = gone_ar(sr, x)
            new = _ar_taker(sr, x) if old is not None else None
        else:
            y = x + 1
            if sr.key(y) == "the" and sr.key(y + 1) in EN_GONE_NOUN and sr.key(y + 2) == "of":
                old = sr.after(y + 3, types=PERSON, maxgap=2)
            else:  # "on Y's death" (a mention look-up: "on" is a frequent word)
                m = sr.mention_at.get(y) or sr.mention_at.get(y + 1)
                old = m if m is not None and m.etype == "Person" and m.poss and \
                    sr.key(m.hi) in EN_GONE_NOUN else None
            new = _en_taker(sr, x) if old is not None else None
        if new is None or old is None or new.eid == old.eid:
            continue
        if any(r.type == SO and r.source == new.eid and r.target == old.eid for r in sr.out):
            continue
        if not sr.blocked(x, new) and not sr._irrealis(x):
            sr.add(SO, new.eid, old.eid, "on_death_of")
