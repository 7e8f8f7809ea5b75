"""SUCCESSOR_OF (session 12), run by ``succession_clauses.more_clauses``: a post vacated by
someone: "named X to the post vacated by Y", "X took the seat left vacant by (the death of) Y",
"X filled the vacancy left by Y", "X stepped into the role vacated by Y", "عُيّن X في المنصب الذي شغر باستقالة Y" (:func:`vacated_by`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start
from loaders.extract.succession_clause_words import (
    AR_APPOINTED,
    AR_GONE,
    EN_GONE_NOUN,
    PERSON,
    SO,
    person_ending_at,
)

if TYPE_CHECKING:
    from loaders.extract.mentions import Mention
    from loaders.extract.relations import SentenceCore


# ---- a post vacated by someone -------------------------------------------------------------
EN_VACATED = frozenset({"vacated", "vacant", "vacancy", "left"})

AR_VACATED = L._ar("شغر", "الشاغر", "شغره", "أخلاه", "اخلاه")

_AR_OCCUPIES = L._ar("يشغل", "شغل", "ليشغل", "تشغل", "شغلت")  # "ويشغل X المنصب الذي شغر بـ"

_EN_POSTS = frozenset({"post", "position", "seat", "office", "job", "role", "vacancy"})

_EN_TOOK = frozenset({"took", "takes", "filled", "fills", "fill", "assumed", "assumes",
                      "filling", "taking"})


_EN_STEPPED = frozenset({"stepped", "steps", "step", "stepping", "moved", "moves", "moving"})
_EN_MODAL_TO = frozenset({"to", "will", "would", "could", "may", "might", "not"})


def _filling_appointee(sr: SentenceCore, y: int) -> Mention | None:
    """Who ", filling / taking the post left by Y" (a participle at *y* after a comma) is
    about: the person the clause before appointed ("K appointed X as commander, filling ...";
    "X was named governor, filling ..."), else its subject."""
    if sr.toks[y - 1].text != ",":
        return None
    verb = next((v for v in range(y - 2, max(sr.lo, y - 16) - 1, -1)
                 if sr.key(v) in L.EN_APPOINT), None)
    if verb is None:
        m = sr.subject_before(y - 1, maxgap=20)
        return m if m is not None and m.etype == "Person" else None
    if sr.key(verb - 1) in ("was", "were", "is", "been"):
        return sr.subject_before(verb - 1, maxgap=20)
    obj = sr.after(verb + 1, types=PERSON, maxgap=4)
    if obj is None and sr.key(verb) in _EN_TOOK:  # "X took the helm of <body>, stepping
        m = sr.subject_before(verb, maxgap=20)  # into the role vacated by Y": X
        return m if m is not None and m.etype == "Person" else None
    return obj


def _vacated_by_en(sr: SentenceCore, t: int) -> tuple[int, Mention] | None:
    """"the post vacated by Y", "the seat left vacant by (the death of) Y", "the vacancy left
    by Y's death": (the post noun's position, Y)."""
    y = t + 1
    if sr.key(t) == "vacancy":
        post = t
        if sr.key(y) != "left":
            return None
        y += 1
    elif sr.key(t) == "vacant":
        if sr.key(t - 1) != "left":
            return None
        post = t - 2
    else:
        post = t - 1
    if sr.key(post) not in _EN_POSTS or sr.key(y) != "by":
        return None
    y += 1
    if sr.key(y) == "the" and sr.key(y + 1) in EN_GONE_NOUN and sr.key(y + 2) == "of":
        y += 3
    old = sr.after(y, types=PERSON, maxgap=1)
    return (post, old) if old is not None else None


def vacated_by(sr: SentenceCore) -> None:
    """"K named X to the post vacated by Y", "X took / filled the seat left vacant by Y",
    "X was appointed to the position vacated by Y", "عُيّن X في المنصب الذي شغر باستقالة Y"."""
    for t in sr.triggers(AR_VACATED, EN_VACATED):
        new: Mention | None = None
        if sr.toks[t].ar:
            z = t + 1
            old = sr.after(z + 1, types=PERSON, maxgap=1) if sr.f(z) & AR_GONE or \
                sr.key(z).startswith("ب") and sr.key(z)[1:] in AR_GONE else None
            if old is None:
                old = sr.after(z, types=PERSON, maxgap=1)
            verb = next((y for y in range(t - 1, max(sr.lo, t - 8) - 1, -1)
                         if sr.f(y) & AR_APPOINTED or sr.f(y) & L.AR_TAKEOVER or
                         sr.f(y) & _AR_OCCUPIES), None)
            if verb is not None:
                new = sr.after(verb + 1, types=PERSON, maxgap=3)
                if new is not None and new.hi > t:
                    new = None
                if new is None and sr.f(verb) & _AR_OCCUPIES:  # "وكان X يشغل المنصب الذي شغر"
                    new = sr.before(verb, types=PERSON, maxgap=1)
        else:
            found = _vacated_by_en(sr, t)
            if found is None:
                continue
            post, old = found
            y = post - 1
            while y > sr.lo and sr.key(y) in ("the", "a", "his", "her"):
                y -= 1
            if sr.key(y) == "to":  # "named X to the post", "was appointed to the post"
                y -= 1
                obj = person_ending_at(sr, y + 1)
                if obj is not None:
                    verb = title_start(obj) - 1
                    new = obj if sr.key(verb) in L.EN_APPOINT else None
                elif sr.key(y) in L.EN_APPOINT:
                    new = sr.subject_before(
                        y - 1 if sr.key(y - 1) in ("was", "were", "is", "been") else y,
                        maxgap=20)
            elif sr.key(y) in ("filling", "taking"):  # "K appointed X ..., filling the post"
                new = _filling_appointee(sr, y)
            elif sr.key(y) in _EN_TOOK:  # "X took / filled the post"
                new = sr.subject_before(y, maxgap=20)
            elif sr.key(y) == "into" and sr.key(y - 1) in _EN_STEPPED and \
                    sr.key(y - 2) not in _EN_MODAL_TO:  # "X stepped into the role vacated
                # by Y", "..., stepping into the role vacated by Y" (s54; not "to step into")
                new = _filling_appointee(sr, y - 1) if sr.key(y - 1).endswith("ing") else \
                    sr.subject_before(y - 1, maxgap=20)
        if new is None or old is None or new.etype != "Person" or new.eid == old.eid:
            continue
        if any(r.type == SO and r.source == new.eid and r.target == old.eid for r in sr.out):
            continue
        if not sr.blocked(t, new) and not sr._irrealis(t):
            sr.add(SO, new.eid, old.eid, "vacated_by")
