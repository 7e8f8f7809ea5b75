"""A monarch's description after his death is his successor when the article names him (session 55).

"Kuwait's Emir Sheikh Sabah ... died ... The cabinet named Crown Prince Sheikh Nawaf as the
new Emir. On Thursday, His Highness the Emir received Y": the Emir is Nawaf, not Sabah, whom
the description first found (the last person titled Emir). Likewise "Sultan Qaboos died ...
Haitham bin Tariq was sworn in as sultan. His Majesty later received Y" and the Arabic «توفي
الأمير Y ... ونادى مجلس الوزراء بـX أميراً. واستقبل صاحب السمو الأمير ...».

:func:`new_ruler` takes the person a description or an honorific found and gives the one
the article names as taking his throne after his loss: the found holder named as dead, gone
or abdicating next to a word of loss in one sentence, then exactly one other person named
later (before the description; or before him in the sentence of his loss, "X was sworn in
as sultan, hours after the death of Sultan Y", session 66) in a sentence that tells a throne
taken (sworn in, named, proclaimed, acceded, the oath; «أميراً»، «اليمين»، «مبايعة»، «تزكية»)
with the ruler's title word (emir / sultan / king; أمير / سلطان / ملك). Only monarchs' titles:
"the president" after "X was named acting president" may still be the dead man in a story of
his last trip.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start

# the titles of a ruler (English keys; Arabic stems after the article and a clitic)
EN_RULER = frozenset({"emir", "amir", "sultan", "king", "monarch"})
_AR_RULER_STEMS = ("امير", "سلطان", "ملك")
# words of loss before the name ("the death of Emir X", "the late Sultan X", «وفاة الأمير X»،
# «توفي أمير الكويت X») and after it ("X died", "X abdicated", «X توفي»)
_EN_LOSS_BEFORE = frozenset({"death", "late", "funeral", "passing"})
_EN_LOSS_AFTER = frozenset({"died", "dies", "passed", "abdicated", "abdicates", "death"})
_AR_LOSS_BEFORE = L._ar("وفاة", "بوفاة", "توفي", "وتوفي", "الراحل", "الفقيد", "رحيل", "انتقل",
                        "المغفور")
_AR_LOSS_AFTER = L._ar("توفي", "تنازل")
_EN_TAKE = frozenset({"sworn", "proclaimed", "named", "acceded", "ascended", "succeeded",
                      "succeeds", "new", "oath", "installed", "enthroned", "became", "chosen",
                      "appointed"})
_AR_TAKE = L._ar("اليمين", "مبايعة", "بمبايعة", "تزكية", "بتزكية", "نادى", "ونادى", "تنصيب",
                 "خلفا", "خلفاً", "الجديد", "تولى", "وتولى", "أدى", "وأدى", "تسلم", "بايع")
_REACH = 7  # words of a title ("the death of Kuwait's Emir X", "of his half-brother King X") before the name
# the formula between «المغفور له» and the title: «المغفور له بإذن الله تعالى الشيخ X»
_AR_FORGIVEN_GLUE = L._ar("له", "بإذن", "الله", "تعالى")
# the honorifics stacked before a ruler's title: «وفاة جلالة السلطان X»، «رحيل حضرة صاحب السمو
# الشيخ X»، "the passing of His Majesty Sultan X" (session 66)
_AR_HONORIFIC_GLUE = L._ar("جلالة", "الجلالة", "حضرة", "صاحب", "سمو", "السمو", "الملكي", "فخامة")
_EN_HONORIFIC_GLUE = frozenset({"of", "the", "his", "majesty", "highness", "royal",
                                # "the funeral of his half-brother King X" (session 72)
                                "half", "-", "brother", "father", "uncle", "cousin"})
_REACH_AR = 9  # words back from the title over that formula to the word of loss
# the blessings of the dead after a name: «طيب الله ثراه»، «رحمه الله»، «يرحمه الله»
_AR_BLESS_DEAD = L._ar("طيب", "رحمه", "يرحمه")
_AR_BLESS_DEAD_END = L._ar("ثراه", "الله")


def _unclitic(key: str) -> str:
    """An Arabic key without one clitic ل / و / ب («للمغفور» -> «المغفور»، «بوفاة» -> «وفاة»)."""
    if key.startswith("لل"):
        return "ال" + key[2:]
    return key[1:] if key[:1] in ("ل", "و", "ب") and len(key) > 3 else key


def _blessed_dead_ar(toks: Any, z: int, hi: int) -> bool:
    """Do the words from *z* bless the dead ("طيب الله ثراه"، "رحمه الله")?"""
    return z + 1 < hi and toks[z].key in _AR_BLESS_DEAD and (
        toks[z + 1].key in _AR_BLESS_DEAD_END or
        z + 2 < hi and toks[z + 2].key in _AR_BLESS_DEAD_END)


def ruler_word(tok: Any) -> bool:
    """Is *tok* a ruler's title word (emir / sultan / king; الأمير / أميراً / السلطان)?"""
    if not tok.ar:
        return tok.key in EN_RULER
    k = tok.key
    for p in ("و", "ب", "ل"):
        if k.startswith(p + "ال") or k.startswith(p) and k[1:].startswith(_AR_RULER_STEMS):
            k = k[1:]
            break
    if k.startswith("ال"):
        k = k[2:]
    return k.startswith(_AR_RULER_STEMS) and len(k) <= len("سلطانا")


def loss_at(doc: Any, m: Any) -> bool:
    """Is *m* named as lost in its sentence: a word of loss before its title with nothing but
    the title and "of" between ("the death of Emir X"), or right after it ("X died", "X's
    death")?"""
    toks = doc.toks
    s = doc.sents[m.sent]
    start = title_start(m)
    ar = toks[m.lo].ar
    before = _AR_LOSS_BEFORE if ar else _EN_LOSS_BEFORE
    y = start - 1
    while y >= s.lo and y >= start - _REACH and toks[y].key in _EN_HONORIFIC_GLUE:
        y -= 1  # "the death of his brother": kin words are titles here; "of His Majesty"
    while ar and y >= s.lo and y >= start - _REACH_AR and (
            toks[y].key in _AR_FORGIVEN_GLUE or toks[y].key in _AR_HONORIFIC_GLUE):
        y -= 1  # «المغفور له بإذن الله تعالى الشيخ X» (session 64); «وفاة جلالة السلطان X»
    if y >= s.lo and toks[y].key in before:
        return True
    if y >= s.lo and ar and (toks[y].key in _AR_LOSS_BEFORE | _AR_LOSS_AFTER or
                             _unclitic(toks[y].key) in _AR_LOSS_BEFORE):
        return True  # (also «للمغفور له»)
    z = m.hi
    if ar and _blessed_dead_ar(toks, z, s.hi):
        return True  # «X طيب الله ثراه»، «X رحمه الله» (session 64)
    if z < s.hi and toks[z].key in ("has", "had", "who", "reportedly"):
        z += 1
    after = _AR_LOSS_AFTER if ar else _EN_LOSS_AFTER
    return z < s.hi and toks[z].key in after and (toks[z].key != "death" or m.poss)


def _takes_throne(doc: Any, si: int, at_tok: int) -> bool:
    """Does sentence *si* tell a throne taken (a taking word and a ruler's title word) before
    the description at *at_tok* (whose own words, "the new sultan", tell none; session 66)?"""
    toks = doc.toks
    s = doc.sents[si]
    take = ruler = False
    for y in range(s.lo, min(s.hi, at_tok)):
        t = toks[y]
        take = take or (t.key in _AR_TAKE if t.ar else t.key in _EN_TAKE)
        ruler = ruler or ruler_word(t)
    return take and ruler


def _throne_taken_before(doc: Any, m: Any, lost: Any) -> bool:
    """Is *m*, named before *lost* in the sentence of his loss, told taking the throne there: a
    taking word and a ruler's title word from *m*'s own title up to *lost*'s ("Sultan X was
    sworn in, hours after the death of Sultan Y", "X was sworn in as sultan after the death of
    Sultan Y"; not "President X, who was sworn in last year, attended the funeral of King Y")?"""
    toks = doc.toks
    lo = title_start(m)
    hi = title_start(lost)
    span = range(lo, hi)
    return any(toks[y].key in (_AR_TAKE if toks[y].ar else _EN_TAKE) for y in span) and \
        any(ruler_word(toks[y]) for y in span)


def new_ruler(doc: Any, eid: str | None, at_tok: int) -> str | None:
    """The successor the article names after the loss of the ruler *eid* before *at_tok*
    (module doc), else *eid*."""
    if eid is None:
        return eid
    lost = None
    for m in doc.ments:
        if m.lo >= at_tok:
            continue
        if m.eid == eid and m.etype == "Person" and (lost is None or m.lo > lost.lo) and \
                loss_at(doc, m):
            lost = m
    if lost is None:
        return eid
    found: set[str] = set()
    for m in doc.ments:
        if m.lo >= at_tok or m.lo <= lost.lo and m.sent != lost.sent:
            continue
        if m.etype != "Person" or m.kind != "name" or m.eid == eid:
            continue
        if m.lo < lost.lo and not _throne_taken_before(doc, m, lost):
            continue
        if _takes_throne(doc, m.sent, at_tok):
            found.add(m.eid)
    if not found:
        found = _titled_ruler_alive(doc, eid, lost, at_tok)
    return next(iter(found)) if len(found) == 1 else eid


# a death or burial told in the description's own sentence: the dead may be the one described
_EN_LOSS_HERE = frozenset({"died", "dies", "death", "buried", "burial", "funeral", "body",
                           "coffin", "late", "grave", "mourned", "passing"})
_AR_LOSS_HERE = L._ar("توفي", "وفاة", "بوفاة", "جثمان", "الجثمان", "تشييع", "دفن", "جنازة",
                      "الراحل", "ضريح", "الفقيد")


def loss_told_in(doc: Any, s: Any) -> bool:
    """Does sentence *s* tell a death or a burial (a word of :data:`_EN_LOSS_HERE` /
    :data:`_AR_LOSS_HERE`)?"""
    toks = doc.toks
    return any(toks[x].key in (_AR_LOSS_HERE if toks[x].ar else _EN_LOSS_HERE)
               for x in range(s.lo, s.hi))


def _titled_ruler_alive(doc: Any, eid: str, lost: Any, at_tok: int) -> set[str]:
    """When no sentence tells the throne taken: the people named from the sentence of the
    loss of *eid* (at *lost*) up to *at_tok* with a ruler's title word of their own ("King X")
    and the dead man's country, never named as lost themselves ("Cheney was received by King X,
    hours after the funeral of his half-brother King Y. Chirac was received by the king": X;
    session 72) -- none when the description's own sentence tells a death or a burial ("The
    king was buried ...")."""
    toks = doc.toks
    s = next((x for x in doc.sents if x.lo <= at_tok < x.hi), None)  # (rare: a ruler lost)
    if s is None or loss_told_in(doc, s):
        return set()
    country = doc.country_of(eid)
    out: set[str] = set()
    gone: set[str] = set()
    for m in doc.ments:
        if m.lo >= at_tok or m.sent < lost.sent or m.etype != "Person" or m.kind != "name" or \
                m.eid == eid:
            continue
        if loss_at(doc, m):
            gone.add(m.eid)
        elif country and doc.country_of(m.eid) == country and any(
                ruler_word(toks[y]) for y in range(title_start(m), min(m.lo + 1, m.hi))):
            out.add(m.eid)
    return out - gone


def late_person(doc: Any, si: int, at_tok: int, back: int = 5) -> str | None:
    """The person a description of the dead ("الأمير الراحل"، "the late emir" at token
    *at_tok*) stands for when no killing was told: the latest person of this or the last *back*
    sentences named as lost (:func:`loss_at`: «خلفاً للمغفور له بإذن الله تعالى الشيخ X»، «X طيب
    الله ثراه»، "the death of Emir X"; session 64), else None."""
    for m in reversed(doc.ments):
        if m.sent > si or m.sent < si - back or m.lo >= at_tok:
            continue
        if m.etype == "Person" and m.kind == "name" and loss_at(doc, m):
            return m.eid
    return None
