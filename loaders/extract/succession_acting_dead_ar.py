"""SUCCESSOR_OF: an Arabic acting holder of a dead person's post, the death told before.

"لقي الرئيس الإيراني Y حتفه في تحطم مروحية. وتولى النائب الأول للرئيس X مهام الرئاسة
بالوكالة": X succeeded Y (the Arabic side of ``acting_in_dead_post_en``).

Session 67: the post may be named by its holder's title, «وكلّف مجلس الوزراء X بتولي مهام وزير
الخارجية بالوكالة» after «استشهد ... وزير الخارجية Y»; the word after the title (الخارجية) must
then be in the dead holder's title too.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import forms, title_start
from loaders.extract.succession_post_after_death_en import recent_titled_people
from loaders.extract.succession_words import _AR_DEATH, _SO

# the post taken -> the word a holder's title carries
_POST_TITLE = {L._ar(w).__iter__().__next__(): L._ar(t).__iter__().__next__() for w, t in (
    ("رئاسة", "رئيس"), ("الرئاسة", "رئيس"), ("رئاسه", "رئيس"), ("الرئاسه", "رئيس"),
    ("وزارة", "وزير"), ("الوزارة", "وزير"), ("وزاره", "وزير"), ("الوزاره", "وزير"),
    # the holder's title itself after مهام: «بتولي مهام وزير الخارجية بالوكالة» (session 67)
    ("وزير", "وزير"), ("رئيس", "رئيس"))}
# ... whose next word must then be in the dead holder's title too (not the interior minister
# for «مهام وزير الخارجية»)
_HOLDER_WORDS = L._ar("وزير", "رئيس")
_AR_DEATH_NEAR = _AR_DEATH | L._ar("توفي", "استشهد", "قتل", "اغتيل", "حتفه", "تحطم", "مقتله",
                                   "وفاته", "استشهاده", "مصرعه", "اغتياله")
_AR_TAKE = L._ar("تولى", "تسلم", "استلم", "يتولى", "وتولى", "وتسلم")
# the taking noun after a tasking verb: «كلّف X بتولي مهام الرئاسة مؤقتاً»
_AR_TASKED_TAKE = L._ar("بتولي", "لتولي", "بتسيير", "لتسيير", "بادارة", "بإدارة", "لادارة",
                        "لإدارة")


def _death_near(toks: Any, lo: int, hi: int) -> bool:
    """A death word within 12 tokens before or 15 after [lo, hi), in the same sentence."""
    for y in range(lo - 1, max(-1, lo - 13), -1):
        if toks[y].text in (".", "!", "?", "؟"):
            break
        if forms(toks[y]) & _AR_DEATH_NEAR:
            return True
    for y in range(hi, min(len(toks), hi + 15)):
        if toks[y].text in (".", "!", "?", "؟"):
            break
        if forms(toks[y]) & _AR_DEATH_NEAR:
            return True
    return False


def acting_in_dead_post_ar(sr: Any, t: int, verb: int) -> None:
    """"وتولى [النائب الأول للرئيس] X مهام الرئاسة بالوكالة" (acting word at *t*, taking verb
    at *verb*) with no "after" in the clause: X succeeded the person of this or the last five
    sentences who died near his mention and whose title holds the post's holder word
    (رئيس for الرئاسة، وزير for الوزارة)."""
    if sr.f(verb) & _AR_TASKED_TAKE:  # «كلّف X بتولي مهام الرئاسة بالوكالة»: X before it
        tasked_acting_dead_post_ar(sr, t)
        return
    if not sr.f(verb) & _AR_TAKE or sr.key(verb - 1) in ("الذي", "التي", "قد"):
        return
    new = next((m for m in sr.args if m.etype == "Person" and m.kind == "name" and
                verb < m.lo <= verb + 6 and m.hi < t), None)
    if new is None or any(sr.toks[y].punct for y in range(verb, t)):
        return
    _succeeds_dead_holder(sr, new, t, verb, "acting_in_dead_post_ar")


def tasked_acting_dead_post_ar(sr: Any, t: int) -> None:
    """"وكلّف المرشد [النائب الأول للرئيس] X بتولي مهام الرئاسة مؤقتاً" (acting word at *t*):
    X, named right before the taking noun, succeeded the dead holder of the post told in this
    or the last five sentences, as in ``acting_in_dead_post_ar``."""
    take = next((y for y in range(t - 1, max(sr.lo, t - 5) - 1, -1)
                 if sr.f(y) & _AR_TASKED_TAKE), None)
    if take is None or any(sr.toks[y].punct for y in range(take, t)):
        return
    new = sr.before(take, types=("Person",), maxgap=0)
    if new is None or new.kind != "name":
        return
    _succeeds_dead_holder(sr, new, t, take, "tasked_acting_dead_post_ar")


def _succeeds_dead_holder(sr: Any, new: Any, t: int, verb: int, rule: str) -> None:
    """Pair *new* (the acting holder, the post named in [new.hi, t)) with the dead holder."""
    want, qualifier = None, None
    for y in range(new.hi, t):
        hit = next((_POST_TITLE[w] for w in sr.f(y) if w in _POST_TITLE), None)
        if hit is not None:
            want = hit
            if sr.f(y) & _HOLDER_WORDS and y + 1 < t:  # «مهام وزير الخارجية»
                qualifier = sr.key(y + 1)
            break
    if want is None:
        return
    toks = sr.doc.toks
    best = None
    for m in recent_titled_people(sr, new):
        if not any(any(want in w for w in forms(toks[y])) for y in range(m.tlo, m.lo)):
            continue
        if qualifier is not None and not any(toks[y].key == qualifier
                                             for y in range(m.tlo, m.lo)):
            continue
        if any(w.startswith("نائب") for y in range(m.tlo, m.lo) for w in forms(toks[y])):
            continue  # "النائب الأول للرئيس": a deputy, not the holder
        if _death_near(toks, title_start(m), m.hi) or any(
                o.eid == m.eid and o is not m and sr.si - 5 <= o.sent <= sr.si and
                o.lo < new.lo and _death_near(toks, title_start(o), o.hi)
                for o in sr.doc.ments):
            best = m  # (the death told at a later, bare mention: "لقي رئيسي حتفه"; s54)
    if best is None or any(r.type == _SO and r.source in (new.eid, best.eid) for r in sr.out):
        return
    if sr.blocked(verb, new) or sr._irrealis(verb):
        return
    sr.add(_SO, new.eid, best.eid, rule)
