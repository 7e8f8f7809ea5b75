"""SUCCESSOR_OF: five short rules run by ``successions.more_successions``.

Reads "اختير / عُيّن X لخلافة Y" (not a candidacy: "رشح الحزب X لخلافة Y"), "Y preceded X as
army chief" (not "The talks preceded X's visit") and "Y، الذي سبق X في رئاسة ..." (session 70), "استبدل K Y بـX" (X replaced Y) and every
"مكانه / محله" of the sentence ("وعيّن X مكانه").
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import EMPTY, title_start
from loaders.extract.succession_helpers import _AR_PLACE_HIS, in_his_place_ar
from loaders.extract.succession_post_after_death_en import _EN_POST_NOUNS
from loaders.extract.succession_words import _EN_POST, _SO

_AR_DUTIES_HIS = L._ar("مهامه", "مهامها")
# taking over someone's duties ("بتولي مهامه"), not exercising one's own ("مباشرة مهامه")
_AR_TAKING_DUTIES = L._ar("تولي", "بتولي", "لتولي", "تسيير", "بتسيير", "لتسيير", "تسلم",
                          "بتسلم", "لتسلم", "استلام", "باستلام", "لاستلام")


_AR_SWAPPED = L._ar("استبدل", "واستبدل", "استبدلت", "واستبدلت", "استبدال", "باستبدال",
                    "واستبدال", "يستبدل")


def _bi_prefixed(sr: Any, m: Any) -> bool:
    """The mention *m* is governed by بـ ("باللواء X", "بكريم حسن")."""
    if 0 <= m.tlo < m.lo:
        return sr.toks[m.tlo].text.lstrip("و").startswith("بال")
    return m.prefix.lstrip("وف").startswith("ب")


_AR_KHILAFA = L._ar("خلافة", "لخلافة", "بخلافة")
_AR_CHOSEN_FOR = L._ar("اختير", "واختير", "عين", "وعين", "انتخب", "وانتخب", "تولى", "وتولى",
                       "اختيار", "تعيين", "تسمية", "انتخاب", "كلف", "وكلف", "اختارت", "اختار",
                       "عينت", "انتخبت", "تسلم", "وتسلم")
_AR_CANDIDACY = L._ar("رشح", "ورشح", "رشحت", "ترشيح", "مرشح", "مرشحا", "المرشحين", "المرشح",
                      "مرشحين", "سباق", "المتنافسين", "يتنافس", "تنافس", "ابرز", "أبرز")


def khilafa_ar(sr: Any) -> None:
    """"اختير / عُيّن / انتُخب X لخلافة Y", "تولى X خلافة Y", "جاء اختيار X لخلافة Y": X
    succeeded Y. Not a candidacy ("رشح الحزب X لخلافة Y", "أبرز المرشحين لخلافة Y") and not
    the caliphate (no person after the word)."""
    for t in sr.triggers(_AR_KHILAFA, EMPTY):
        old = sr.after(t + 1, types=("Person",), maxgap=0)
        if old is None:
            continue
        verb = next((y for y in range(t - 1, max(sr.lo, t - 8) - 1, -1)
                     if sr.f(y) & _AR_CHOSEN_FOR), None)
        if verb is None or any(sr.f(y) & _AR_CANDIDACY for y in range(sr.lo, t)):
            continue
        new = next((m for m in reversed(sr.args) if m.etype == "Person" and verb < m.lo and
                    m.hi <= t), None)
        if new is None:
            new = sr.before(verb, types=("Person",), maxgap=2)
        if new is None or new.eid == old.eid or sr.blocked(verb, new):
            continue
        sr.add(_SO, new.eid, old.eid, "khilafa_ar")


_EN_PRECEDED = frozenset({"preceded", "precedes"})


def preceded_en(sr: Any) -> None:
    """"Y preceded X as army chief" / "Y, who preceded X in the post,": X succeeded Y (an
    "as"/"in" + post phrase must follow X: "The talks preceded X's visit" gives nothing)."""
    for t in sr.triggers(EMPTY, _EN_PRECEDED):
        new = sr.after(t + 1, types=("Person",), maxgap=2)
        if new is None or new.poss or sr.key(new.hi) not in ("as", "in"):
            continue
        if sr.key(new.hi) == "in" and not any(
                sr.key(y) in _EN_POST_NOUNS | _EN_POST for y in (new.hi + 1, new.hi + 2)):
            continue
        old = sr.before(t - 1, types=("Person",), maxgap=3) if sr.key(t - 1) == "who" else \
            sr.subject_before(t, maxgap=20)
        if old is None or old.etype != "Person" or old.eid == new.eid or \
                sr.blocked(t, old):
            continue
        sr.add(_SO, new.eid, old.eid, "preceded_en")


_AR_PRECEDED = L._ar("سبق", "وسبق", "سبقت", "وسبقت")
# the post after "في" ("سبق X في رئاسة المكتب"، "في منصب وزير الخارجية"، "في قيادة الحزب")
_AR_PRECEDED_POST = L._ar("رئاسة", "برئاسة", "منصب", "المنصب", "قيادة", "زعامة", "امانة", "الامانة",
                          "الرئاسة", "القيادة", "الحكم", "العرش", "امارة", "الامارة", "حقيبة")


def preceded_ar(sr: Any) -> None:
    """"Y، الذي سبق X في رئاسة المكتب السياسي" / "وكان Y قد سبق X في منصب وزير الخارجية": X
    succeeded Y (session 70). "في" and a post noun must follow X: "سبق أن التقى"، "سبق X إلى
    المكان" give nothing."""
    for t in sr.triggers(_AR_PRECEDED, EMPTY):
        new = sr.after(t + 1, types=("Person",), maxgap=2)
        old = None
        if new is not None and sr.key(new.hi) != "في":
            # verb first: "وسبق Y X في رئاسة الجمهورية"
            old, new = new, sr.after(new.hi, types=("Person",), maxgap=2)
        if new is None or sr.key(new.hi) != "في" or not sr.f(new.hi + 1) & _AR_PRECEDED_POST:
            continue
        k = t - 1 if sr.key(t - 1) == "قد" else t
        if old is None and sr.f(k - 1) & L.AR_REL_PRONOUNS:
            old = sr.before(k - 1, types=("Person",), maxgap=6)  # "Y، (رئيس ...) الذي سبق X"
        elif old is None:
            old = sr.before(k, types=("Person",), maxgap=1)  # "وكان Y قد سبق X"
        if old is None or old.eid == new.eid or sr.blocked(t, old):
            continue
        sr.add(_SO, new.eid, old.eid, "preceded_ar")


_AR_PASSIVE_SWAPPED = L._ar("يستبدل", "استبدل", "واستبدل", "ليستبدل", "فاستبدل")
_AR_NOT_DONE = L.AR_NEG | L.AR_MODAL | L._ar("رفض", "رفضت", "يريد", "اقترح", "طالب", "طالبت")


def replaced_subject_ar(sr: Any, t: int, new: Any) -> Any:
    """The one replaced at a passive «(قبل أن) يُستبدل بـX» / «ثم استُبدل بـX» with no object
    between: the sentence's subject when it is the only person named before (a planned or
    refused replacement, «من المقرر أن يُستبدل»، «رفض أن يُستبدل», gives none)."""
    if not sr.f(t) & _AR_PASSIVE_SWAPPED or new.lo > t + 3 or any(
            sr.f(y) & _AR_NOT_DONE for y in range(max(sr.lo, t - 3), t)) or sr._irrealis(t):
        return None
    people = {m.eid: m for m in sr.args if m.etype == "Person" and m.hi <= t}
    return next(iter(people.values())) if len(people) == 1 else None


_AR_BY_HIS_DEPUTY = L._ar("بنائبه", "بنائبها", "بمساعده", "بمساعدها", "بوكيله", "بوكيلها")


def _by_his_deputy_ar(sr: Any, t: int) -> None:
    """«استبدل K Y (، <apposition>،) بنائبه X» (session 70): X replaced Y; the apposition
    between commas names no one, no other mark between the verb and Y."""
    cue = next((y for y in range(t + 2, min(sr.hi - 1, t + 22))
                if sr.f(y) & _AR_BY_HIS_DEPUTY), None)
    if cue is None:
        return
    new = sr.after(cue + 1, types=("Person",), maxgap=3)
    people = [m for m in sr.args if m.etype == "Person" and t < m.lo < cue]
    if new is None or title_start(new) not in (cue, cue + 1) or not people:
        return
    old = people[-1]
    if any(sr.toks[y].punct for y in range(t + 1, title_start(old))) or any(
            sr.toks[y].punct and sr.toks[y].text not in ("،", ",")
            for y in range(old.hi, cue)):
        return
    if old.eid != new.eid and not sr.blocked(t, new):
        sr.add(_SO, new.eid, old.eid, "replaced_with_ar")


def replaced_with_ar(sr: Any) -> None:
    """"استبدل (K) Y بـX" / "استُبدل Y بـX" / "قرر استبدال Y بـX": X (the person after بـ)
    replaced Y (the person named right before X after the verb); «بنائبه X»: ``_by_his_deputy_ar``."""
    for t in sr.triggers(_AR_SWAPPED, EMPTY):
        people = [m for m in sr.args if m.etype == "Person" and t < m.lo <= t + 14]
        new = next((m for m in people if _bi_prefixed(sr, m)), None)
        if new is None:
            _by_his_deputy_ar(sr, t)
            continue
        before = [m for m in people if m.lo < new.lo and not _bi_prefixed(sr, m)]
        if not before:
            old = replaced_subject_ar(sr, t, new)  # «، قبل أن يُستبدل بـX»
            if old is None:
                continue
            before = [old]
        old = before[-1]
        if any(sr.toks[y].punct for y in range(t + 1, title_start(new))):
            continue
        if old.eid != new.eid and not sr.blocked(t, new):
            sr.add(_SO, new.eid, old.eid, "replaced_with_ar")


def in_his_place_all_ar(sr: Any) -> None:
    """Run ``in_his_place_ar`` at every "مكانه / محله" of the sentence."""
    for t in sr.triggers(_AR_PLACE_HIS, EMPTY):
        cue = t
        if sr.key(t) in _AR_DUTIES_HIS:
            if sr.key(t - 1) not in _AR_TAKING_DUTIES:
                continue  # "باشر X مهامه": his own duties
            cue = t - 1  # (the taking noun, "تولي", is no appointment word of its own)
        pair = in_his_place_ar(sr, cue, t + 1)
        if pair is not None:
            sr.add(_SO, pair[0], pair[1], "in_his_place_ar")
