"""SUCCESSOR_OF (session 12): constructions of new writers the older rules left out, run by
:func:`more_clauses` (each rule only where its cue words occur; the cue sets are registered
here):

- "X ... قبل أن / إلى أن يخلفه Y (في منصبه)": Y succeeded X, the main clause's subject
  (:func:`before_he_succeeded_ar`, here);
- an acting holder in an apposition ("X, (Iran's) acting president since Y's death", "X،
  الرئيس بالوكالة منذ وفاة Y") and a replacement noun ("X, the replacement for Y", "عُيّن X
  بديلاً لـY"): ``succession_acting_replacement``;
- a post vacated by someone ("named X to the post vacated by Y", "عُيّن X في المنصب الذي شغر
  باستقالة Y"): ``succession_vacated``;
- the dead leader's deputy named to head, and a taking of office on his death ("X took over
  upon the death of Y"): ``succession_dead_leader``;
- :func:`apposed_subject_ar`: the subject of an Arabic verb set off by an apposition
  ("وكان X، الرئيس السابق لـ...، قد تولى"), for ``SuccessionRules``.

Words and helpers they share are ``succession_clause_words``. Negatives: a candidacy ("a possible replacement for Y"), negation and plans as elsewhere
(``blocked``), a time with no going ("acting president since May").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import EMPTY
from loaders.extract.succession_acting_replacement import (
    AR_ACTING,
    AR_INSTEAD,
    EN_ACTING,
    acting_apposition,
    replacement,
)
from loaders.extract.succession_clause_words import (
    AR_APPOINTED,
    COMMAS,
    EN_GONE_NOUN,
    PERSON,
    SO,
    person_ending_at,
)
from loaders.extract.succession_dead_leader import (
    AR_AT,
    EN_NAMED,
    EN_ON,
    deputy_named_to_head,
    on_death_of,
)
from loaders.extract.succession_described_appointee_en import (
    EN_CHOSEN,
    described_appointee_en,
)
from loaders.extract.succession_rivals import EN_INCUMBENT, defeated_incumbent_en
from loaders.extract.succession_upon_ar import upon_he_succeeds_ar
from loaders.extract.succession_vacated import AR_VACATED, EN_VACATED, vacated_by
from loaders.extract.succession_with_named_en import EN_TO_SUCCEED, with_named_to_succeed_en
from loaders.extract.wire_cues import _AR_TAKE_PLACE

if TYPE_CHECKING:
    from loaders.extract.mentions import Mention
    from loaders.extract.relations import SentenceCore


# ---- the subject before an apposition ----------------------------------------------------
_AR_AUX = L._ar("قد", "وقد", "كان", "وكان", "كانت", "وكانت", "فقد")


def apposed_subject_ar(sr: SentenceCore, t: int) -> Mention | None:
    """Arabic: the person set off by an apposition before the verb at *t* ("X، الرئيس
    السابق لجهاز المخابرات، (قد) تولى"): the name that ends right before the apposition's
    opening comma (at most 14 tokens back, no other punctuation); None otherwise."""
    p = t - 1
    while p > sr.lo and sr.f(p) & _AR_AUX:
        p -= 1
    if p <= sr.lo or sr.toks[p].text not in COMMAS:
        return None
    for q in range(p - 1, max(sr.lo, p - 15), -1):
        tk = sr.toks[q]
        if tk.punct:
            return person_ending_at(sr, q) if tk.text in COMMAS else None
        m = sr.mention_at.get(q)
        if m is not None and m.etype == "Person":
            return None  # someone else named inside: not a plain apposition
    return None


# ---- "قبل أن يخلفه Y" --------------------------------------------------------------------
_AR_HE_SUCCEEDS = L._ar("يخلفه", "يخلفها", "تخلفه", "تخلفها", "خلفه", "خلفها")

_AR_UNTIL = L._ar("قبل", "الى", "إلى", "حتى")
_AR_HIS_PLACE = L._ar("محله", "مكانه", "محلها", "مكانها")  # "قبل أن يحلّ محله Y"

_AR_THAT = L._ar("ان", "أن")

_AR_PREPS = frozenset({"ب", "ل", "مع", "من", "علي", "عن", "في", "الي"})  # (folded keys)


def _main_subject_ar(sr: SentenceCore, t: int) -> Mention | None:
    """The first person of the sentence before *t* that no preposition governs and that is
    no title's qualifier (the main clause's subject or topic)."""
    for m in sr.args:
        if m.lo >= t:
            return None
        if m.etype == "Person" and not m.in_title and not sr.has_prep(m, _AR_PREPS):
            return m
    return None


def before_he_succeeded_ar(sr: SentenceCore) -> None:
    """"X ترأس الجهاز ... قبل أن يخلفه (فيه) Y (في منصبه)" / "حتى خلفه Y": Y succeeded X."""
    for t in sr.triggers(_AR_HE_SUCCEEDS, EMPTY):
        _before_he_succeeded(sr, t, t - 1)
        pair = upon_he_succeeds_ar(sr, t)  # "على أن يخلفه نائبه Y" (session 71)
        if pair is not None:
            sr.add(SO, pair[0], pair[1], "upon_he_succeeds_ar")


def before_he_took_place_ar(sr: SentenceCore) -> None:
    """"شغل X المنصب عشر سنوات، قبل أن يحلّ محله Y" / "حتى حلّ مكانه Y": as
    :func:`before_he_succeeded_ar`, the verb of taking a place before the pronoun."""
    for t in sr.triggers(_AR_HIS_PLACE, EMPTY):
        if sr.f(t - 1) & _AR_TAKE_PLACE:
            _before_he_succeeded(sr, t, t - 2)


def _before_he_succeeded(sr: SentenceCore, t: int, k0: int) -> None:
    """Y named right after the verb or pronoun at *t* succeeded the main clause's subject,
    when "قبل (أن) / إلى أن / حتى" stands at *k0* (before the verb)."""
    k = k0
    if sr.f(k) & _AR_THAT:
        k -= 1
    if not sr.f(k) & _AR_UNTIL or (sr.key(k) == "الي" and k == k0):
        return
    y = t + 1
    if sr.key(y) in ("فيه", "فيها"):  # "قبل أن يخلفه فيها X" (in the post: session 27)
        y += 1
    new = sr.after(y, types=PERSON, maxgap=0)
    old = _main_subject_ar(sr, k)
    if new is None or old is None or new.eid == old.eid:
        return
    if any(r.type == SO and r.source == new.eid and r.sent == sr.si for r in sr.out):
        return
    if not sr.blocked(t, new):
        sr.add(SO, new.eid, old.eid, "before_he_succeeded_ar")


def more_clauses(sr: SentenceCore) -> None:
    """Run this module's rules on one sentence (each only where its cue words occur)."""
    if _CUES.isdisjoint(sr.present_sets):
        return  # (most sentences: one test instead of eleven look-ups)
    by_ar, by_en = sr._by_ar, sr._by_en
    if _AR_HE_SUCCEEDS in by_ar:
        before_he_succeeded_ar(sr)
    if _AR_HIS_PLACE in by_ar:
        before_he_took_place_ar(sr)
    if AR_ACTING in by_ar or EN_ACTING in by_en:
        acting_apposition(sr)
    if AR_INSTEAD in by_ar or L.EN_SUCCESSOR in by_en:
        replacement(sr)
    if AR_VACATED in by_ar or EN_VACATED in by_en:
        vacated_by(sr)
    if AR_APPOINTED in by_ar or EN_NAMED in by_en:
        deputy_named_to_head(sr)
    if AR_AT in by_ar or EN_ON in by_en and EN_GONE_NOUN in by_en:
        on_death_of(sr)  # ("on" is frequent: in English only with a "death" word too; the
        # Arabic noun may open the name mention, where it is no trigger)
    if EN_INCUMBENT in by_en:
        defeated_incumbent_en(sr)
    if EN_TO_SUCCEED in by_en:
        with_named_to_succeed_en(sr)  # "..., with Y named to succeed him"
    if EN_CHOSEN in by_en:
        described_appointee_en(sr)  # "K named a veteran commander ..., replacing Y. X was
        # chosen at a meeting" (session 71)


for _pair in ((_AR_HE_SUCCEEDS, EMPTY), (_AR_HIS_PLACE, EMPTY), (AR_ACTING, EN_ACTING), (AR_INSTEAD, L.EN_SUCCESSOR),
              (AR_VACATED, EN_VACATED)):
    register_triggers(*_pair)


register_triggers(AR_APPOINTED, EN_NAMED)
register_triggers(AR_AT, EN_ON)
register_triggers(EMPTY, EN_GONE_NOUN)  # (English on_death_of needs one: more_clauses)
register_triggers(EMPTY, EN_INCUMBENT)
register_triggers(EMPTY, EN_TO_SUCCEED)
register_triggers(EMPTY, EN_CHOSEN)

# cue sets of :func:`more_clauses`, one of which each of its rules needs (none in a sentence:
# it returns at once)
_CUES = frozenset({_AR_HE_SUCCEEDS, _AR_HIS_PLACE, AR_ACTING, EN_ACTING, AR_INSTEAD, L.EN_SUCCESSOR,
                   AR_VACATED, EN_VACATED, AR_APPOINTED, EN_NAMED, AR_AT,
                   EN_GONE_NOUN, EN_INCUMBENT, EN_TO_SUCCEED, EN_CHOSEN})
CUES = _CUES  # (for successions.ANY_CUES)
