"""SUCCESSOR_OF (session 12): constructions of new writers the older rules left out.

- "X ... قبل أن / إلى أن يخلفه Y (في منصبه)": Y succeeded X, the main clause's subject
  (:func:`before_he_succeeded_ar`);
- an acting holder in an apposition: "X, (Iran's) acting president since Y's death / since
  Y was killed", "X، الرئيس بالوكالة منذ وفاة Y" (:func:`acting_apposition`);
- a replacement noun: "X, the replacement for Y", "named X as a replacement for Y", "K
  named X as Y's replacement / successor", "عُيّن X بديلاً لـY / عن Y" (:func:`replacement`);
- a post vacated by someone: "named X to the post vacated by Y", "X took the seat left
  vacant by (the death of) Y", "X filled the vacancy left by Y", "عُيّن X في المنصب الذي شغر
  باستقالة Y" (:func:`vacated_by`);
- :func:`apposed_subject_ar`: the subject of an Arabic verb set off by an apposition
  ("وكان X، الرئيس السابق لـ...، قد تولى"), for ``SuccessionRules``.

Negatives: a candidacy ("a possible replacement for Y"), negation and plans as elsewhere
(``blocked``), a time with no going ("acting president since May").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import title_start

if TYPE_CHECKING:
    from loaders.extract.mentions import Mention
    from loaders.extract.relations import SentenceCore

_SO = "SUCCESSOR_OF"
_EMPTY: frozenset[str] = frozenset()
_PERSON = ("Person",)
_COMMAS = ("،", ",")


def _person_ending_at(sr: SentenceCore, end: int) -> Mention | None:
    """The person whose name ends right before token *end*."""
    m = sr.mention_at.get(end - 1)
    return m if m is not None and m.etype == "Person" and m.hi == end else None


# ---- the subject before an apposition ----------------------------------------------------
_AR_AUX = L._ar("قد", "وقد", "كان", "وكان", "كانت", "وكانت", "فقد")


def apposed_subject_ar(sr: SentenceCore, t: int) -> Mention | None:
    """Arabic: the person set off by an apposition before the verb at *t* ("X، الرئيس
    السابق لجهاز المخابرات، (قد) تولى"): the name that ends right before the apposition's
    opening comma (at most 14 tokens back, no other punctuation); None otherwise."""
    p = t - 1
    while p > sr.lo and sr.f(p) & _AR_AUX:
        p -= 1
    if p <= sr.lo or sr.toks[p].text not in _COMMAS:
        return None
    for q in range(p - 1, max(sr.lo, p - 15), -1):
        tk = sr.toks[q]
        if tk.punct:
            return _person_ending_at(sr, q) if tk.text in _COMMAS else None
        m = sr.mention_at.get(q)
        if m is not None and m.etype == "Person":
            return None  # someone else named inside: not a plain apposition
    return None


# ---- "قبل أن يخلفه Y" --------------------------------------------------------------------
_AR_HE_SUCCEEDS = L._ar("يخلفه", "يخلفها", "تخلفه", "خلفه", "خلفها")
_AR_UNTIL = L._ar("قبل", "الى", "إلى", "حتى")
_AR_THAT = L._ar("ان", "أن")
_AR_PREPS = frozenset({"ب", "ل", "مع", "من", "على", "عن", "في", "الى"})


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
    """"X ترأس الجهاز ... قبل أن يخلفه Y (في منصبه)" / "حتى خلفه Y": Y succeeded X."""
    for t in sr.triggers(_AR_HE_SUCCEEDS, _EMPTY):
        k = t - 1
        if sr.f(k) & _AR_THAT:
            k -= 1
        if not sr.f(k) & _AR_UNTIL or (sr.key(k) in ("الى", "إلى") and k == t - 1):
            continue
        new = sr.after(t + 1, types=_PERSON, maxgap=0)
        old = _main_subject_ar(sr, k)
        if new is None or old is None or new.eid == old.eid:
            continue
        if any(r.type == _SO and r.source == new.eid and r.sent == sr.si for r in sr.out):
            continue
        if not sr.blocked(t, new):
            sr.add(_SO, new.eid, old.eid, "before_he_succeeded_ar")


# ---- acting holders in an apposition ------------------------------------------------------
_EN_ACTING = frozenset({"acting", "interim", "caretaker"})
_AR_ACTING = L._ar("بالوكالة", "بالوكاله", "بالإنابة", "بالانابة")
_EN_SINCE = frozenset({"since", "after", "following"})
_AR_SINCE = L._ar("منذ", "بعد", "عقب", "إثر", "اثر")
_EN_GONE_NOUN = frozenset({"death", "killing", "assassination", "resignation", "ouster",
                           "dismissal", "removal", "departure", "retirement"})
_EN_GONE_VERB = frozenset({"died", "resigned", "retired", "quit", "killed", "assassinated",
                           "ousted", "dismissed", "removed", "fired", "sacked"})
_AR_GONE = L._ar("اغتيال", "مقتل", "وفاة", "وفاه", "رحيل", "استشهاد", "مصرع", "استقالة",
                 "استقاله", "اقالة", "اقاله", "إقالة", "تنحي", "عزل", "تقاعد")


def _gone_en(sr: SentenceCore, x: int) -> Mention | None:
    """After "since/after" at *x*: the person whose going follows ("Y's death", "the death
    of Y", "Y died / was killed / resigned")."""
    y = x + 1
    if sr.key(y) == "the" and sr.key(y + 1) in _EN_GONE_NOUN and sr.key(y + 2) == "of":
        return sr.after(y + 3, types=_PERSON, maxgap=1)
    m = sr.after(y, types=_PERSON, maxgap=1)
    if m is None:
        return None
    z = m.hi
    if m.poss and sr.key(z) in _EN_GONE_NOUN:
        return m
    while sr.key(z) in ("was", "were", "had", "been", "has"):
        z += 1
    return m if sr.key(z) in _EN_GONE_VERB or (sr.key(z), sr.key(z + 1)) == (
        "stepped", "down") else None


def _gone_ar(sr: SentenceCore, x: int) -> Mention | None:
    """After "منذ/بعد" at *x*: the person of "وفاة / مقتل / استقالة Y"."""
    if not sr.f(x + 1) & _AR_GONE:
        return None
    return sr.after(x + 1, types=_PERSON, maxgap=3)  # (a mention may start at the noun)


def acting_apposition(sr: SentenceCore) -> None:
    """"X, (Iran's) acting president since Y's death," / "X، الرئيس بالوكالة منذ وفاة Y":
    the acting holder named before the apposition succeeded Y."""
    ar = sr.toks[sr.lo].ar
    for t in sr.triggers(_AR_ACTING, _EN_ACTING):
        comma = next((y for y in range(t - 1, max(sr.lo, t - 6) - 1, -1)
                      if sr.toks[y].punct), None)
        if comma is None or sr.toks[comma].text not in _COMMAS:
            continue
        new = _person_ending_at(sr, comma)
        if new is None:
            continue
        if any((sr.f(y) & L.AR_TAKEOVER) if ar else sr.key(y) in L.EN_APPOINT
               for y in range(comma + 1, t)):
            continue  # a verb: the older rule (acting_after_death) reads it
        aft = next((y for y in range(t + 1, min(sr.hi, t + 5))
                    if (sr.f(y) & _AR_SINCE if ar else sr.key(y) in _EN_SINCE)), None)
        if aft is None or any(sr.toks[y].punct for y in range(t + 1, aft)):
            continue
        old = _gone_ar(sr, aft) if ar else _gone_en(sr, aft)
        if old is None or old.eid == new.eid or sr.blocked(t, new):
            continue
        sr.add(_SO, new.eid, old.eid, "acting_apposition")


# ---- a replacement noun ------------------------------------------------------------------
_EN_REPLACEMENT = frozenset({"replacement", "successor"})
_AR_INSTEAD = L._ar("بديلا", "بديلاً", "بديل")
_EN_CANDIDATE = frozenset({"possible", "potential", "likely", "probable", "candidate",
                           "rumoured", "rumored", "expected", "future", "eventual"})
_AR_APPOINTED = L._ar("عين", "عينت", "عُيّن", "يعين", "تعيين", "اختير", "اختار", "اختارت",
                      "انتخب", "انتخبت", "سمى", "سمت", "كلف", "كلفت")


def _appointee_en(sr: SentenceCore, t: int) -> tuple[Mention | None, int]:
    """English: the one named / appointed "as" the noun at *t*: the object of the verb
    ("K named X as ...") or, in the passive, its subject ("X was named as ..."), with the
    verb's position (-1 without one)."""
    y = t - 1
    while y > sr.lo and sr.key(y) in ("a", "the", "his", "her", "new", "permanent"):
        y -= 1
    m = sr.mention_at.get(y)
    if m is not None and m.poss and m.etype == "Person":
        y = title_start(m) - 1  # "as Y's replacement"
    if sr.key(y) != "as":
        return None, -1
    obj = _person_ending_at(sr, y)
    verb = y - 1 if obj is None else title_start(obj) - 1
    if sr.key(verb) not in L.EN_APPOINT:
        return None, -1
    if obj is not None:
        return obj, verb
    return sr.subject_before(verb - 1 if sr.key(verb - 1) in ("was", "were", "is") else verb,
                             maxgap=20), verb


def replacement(sr: SentenceCore) -> None:
    """"X, the replacement for Y", "K named X as a replacement for Y / as Y's replacement",
    "عُيّن X بديلاً لـY / بديلاً عن Y": X succeeded Y."""
    for t in sr.triggers(_AR_INSTEAD, _EN_REPLACEMENT):
        if any(sr.key(y) in _EN_CANDIDATE for y in range(max(sr.lo, t - 2), t)):
            continue
        new: Mention | None = None
        old: Mention | None = None
        verb: int | None = None
        if sr.toks[t].ar:
            nxt = sr.after(t + 1, types=_PERSON, maxgap=1)
            if nxt is None or nxt.lo > t + 2 or nxt.lo == t + 2 and sr.key(t + 1) != "عن":
                continue
            old = nxt  # "بديلاً لسعد" / "بديلاً عن سعد" / "بديل سعد"
            verb = next((y for y in range(t - 1, max(sr.lo, t - 8) - 1, -1)
                         if sr.f(y) & _AR_APPOINTED), None)
            if verb is None:
                continue
            new = sr.after(verb + 1, types=_PERSON, maxgap=4)
            if new is not None and new.hi > t:
                new = None
        else:
            poss = sr.mention_at.get(t - 1)
            if poss is not None and poss.poss and poss.etype == "Person":
                old = poss  # "as Y's replacement"
            elif sr.key(t + 1) in ("for", "to") and sr.key(t) == "replacement":
                old = sr.after(t + 2, types=_PERSON, maxgap=1)
            if old is None:
                continue
            new, v = _appointee_en(sr, t)
            verb = v if v >= 0 else None
            if new is None and sr.key(t - 1) == "the" and sr.key(t - 2) == ",":
                new = _person_ending_at(sr, t - 2)  # "X, the replacement for Y,"
        if new is None or old is None or new.eid == old.eid or new.etype != "Person":
            continue
        if any(r.type == _SO and r.source == new.eid and r.target == old.eid for r in sr.out):
            continue
        if sr.blocked(t, new) or sr._irrealis(t) or verb is not None and sr.blocked(verb, new):
            continue
        sr.add(_SO, new.eid, old.eid, "replacement")


# ---- a post vacated by someone -------------------------------------------------------------
_EN_VACATED = frozenset({"vacated", "vacant", "vacancy", "left"})
_AR_VACATED = L._ar("شغر", "الشاغر", "شغره", "أخلاه", "اخلاه")
_AR_OCCUPIES = L._ar("يشغل", "شغل", "ليشغل", "تشغل", "شغلت")  # "ويشغل X المنصب الذي شغر بـ"
_EN_POSTS = frozenset({"post", "position", "seat", "office", "job", "role", "vacancy"})
_EN_TOOK = frozenset({"took", "takes", "filled", "fills", "fill", "assumed", "assumes",
                      "filling", "taking"})


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
    return sr.after(verb + 1, types=_PERSON, maxgap=4)


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
    if sr.key(y) == "the" and sr.key(y + 1) in _EN_GONE_NOUN and sr.key(y + 2) == "of":
        y += 3
    old = sr.after(y, types=_PERSON, maxgap=1)
    return (post, old) if old is not None else None


def vacated_by(sr: SentenceCore) -> None:
    """"K named X to the post vacated by Y", "X took / filled the seat left vacant by Y",
    "X was appointed to the position vacated by Y", "عُيّن X في المنصب الذي شغر باستقالة Y"."""
    for t in sr.triggers(_AR_VACATED, _EN_VACATED):
        new: Mention | None = None
        if sr.toks[t].ar:
            z = t + 1
            old = sr.after(z + 1, types=_PERSON, maxgap=1) if sr.f(z) & _AR_GONE or \
                sr.key(z).startswith("ب") and sr.key(z)[1:] in _AR_GONE else None
            if old is None:
                old = sr.after(z, types=_PERSON, maxgap=1)
            verb = next((y for y in range(t - 1, max(sr.lo, t - 8) - 1, -1)
                         if sr.f(y) & _AR_APPOINTED or sr.f(y) & L.AR_TAKEOVER or
                         sr.f(y) & _AR_OCCUPIES), None)
            if verb is not None:
                new = sr.after(verb + 1, types=_PERSON, maxgap=3)
                if new is not None and new.hi > t:
                    new = None
                if new is None and sr.f(verb) & _AR_OCCUPIES:  # "وكان X يشغل المنصب الذي شغر"
                    new = sr.before(verb, types=_PERSON, maxgap=1)
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
                obj = _person_ending_at(sr, y + 1)
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
        if new is None or old is None or new.etype != "Person" or new.eid == old.eid:
            continue
        if any(r.type == _SO and r.source == new.eid and r.target == old.eid for r in sr.out):
            continue
        if not sr.blocked(t, new) and not sr._irrealis(t):
            sr.add(_SO, new.eid, old.eid, "vacated_by")


def more_clauses(sr: SentenceCore) -> None:
    """Run this module's rules on one sentence (each only where its cue words occur)."""
    if _CUES.isdisjoint(sr.present_sets):
        return  # (most sentences: one test instead of eleven look-ups)
    by_ar, by_en = sr._by_ar, sr._by_en
    if _AR_HE_SUCCEEDS in by_ar:
        before_he_succeeded_ar(sr)
    if _AR_ACTING in by_ar or _EN_ACTING in by_en:
        acting_apposition(sr)
    if _AR_INSTEAD in by_ar or _EN_REPLACEMENT in by_en:
        replacement(sr)
    if _AR_VACATED in by_ar or _EN_VACATED in by_en:
        vacated_by(sr)
    if _AR_APPOINTED in by_ar or _EN_NAMED in by_en:
        deputy_named_to_head(sr)
    if _AR_AT in by_ar or _EN_ON in by_en and _EN_GONE_NOUN in by_en:
        on_death_of(sr)  # ("on" is frequent: in English only with a "death" word too; the
        # Arabic noun may open the name mention, where it is no trigger)


for _pair in ((_AR_HE_SUCCEEDS, _EMPTY), (_AR_ACTING, _EN_ACTING), (_AR_INSTEAD, _EN_REPLACEMENT),
              (_AR_VACATED, _EN_VACATED)):
    register_triggers(*_pair)


# ---- the dead leader's deputy named to head ------------------------------------------------
_EN_NAMED = frozenset({"named", "appointed", "promoted", "chose", "picked", "tapped",
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
    old = sr.after(v + 1, types=_PERSON, maxgap=1)
    if old is None or not old.poss or sr.key(old.hi) not in _EN_DEPUTY:
        return None
    c = old.hi + 1
    if sr.key(c) != ",":
        return None
    new = sr.after(c + 1, types=_PERSON, maxgap=4)
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
    old = sr.after(d + 1, types=_PERSON, maxgap=0)
    if old is None or old.hi >= sr.hi or sr.toks[old.hi].text not in _COMMAS:
        return None
    new = sr.after(old.hi + 1, types=_PERSON, maxgap=0)
    if new is None or new.hi >= sr.hi or sr.toks[new.hi].text not in _COMMAS:
        return None
    if any(sr.f(y) & _AR_NEW for y in range(new.hi + 1, min(sr.hi, new.hi + 5))):
        return None  # "قائداً لوحدة جديدة": not the dead man's post
    return new, old


def deputy_named_to_head(sr: SentenceCore) -> None:
    """"K named Y's deputy, X, to head the force" / "عيّن K نائب Y، X، قائداً للفيلق": X
    succeeded Y, when the article told Y's death (this sentence or before)."""
    for v in sr.triggers(_AR_APPOINTED, _EN_NAMED):
        pair = _ar_deputy_named(sr, v) if sr.toks[v].ar else _en_deputy_named(sr, v)
        if pair is None:
            continue
        new, old = pair
        if new.eid == old.eid or not _is_dead(sr, old.eid, v) and not any(
                sr.f(y) & (_AR_GONE | _AR_GONE_HIS) or sr.key(y) in _EN_GONE_NOUN or
                sr.key(y) in _EN_GONE_VERB
                for y in range(new.hi, sr.hi)):
            continue
        if any(r.type == _SO and r.source == new.eid and r.target == old.eid for r in sr.out):
            continue
        if not sr.blocked(v, new) and not sr._irrealis(v):
            sr.add(_SO, new.eid, old.eid, "deputy_named_to_head")


register_triggers(_AR_APPOINTED, _EN_NAMED)


# ---- "took over on the death of Y" / "تولى ... عند وفاة Y" ----------------------------------
_EN_ON = frozenset({"on", "upon"})
_EN_TOOK_OVER = frozenset({"took", "taken", "takes", "became", "becomes", "assumed", "assumes",
                           "acceded", "ascended", "inherited", "succeeded"})
_AR_AT = L._ar("عند", "لدى", "فور", "إثر", "اثر")
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
            m = sr.after(y + 1, types=_PERSON, maxgap=1)
            if m is not None and m.hi <= at:
                return m
            return sr.before(y, types=_PERSON, maxgap=2)
    return None


def on_death_of(sr: SentenceCore) -> None:
    """"X took over / became king on (upon) the death of Y" / "on Y's death", "تولى X
    الرئاسة عند / لدى / فور وفاة Y": X succeeded Y."""
    for x in sr.triggers(_AR_AT, _EN_ON):
        if sr.toks[x].ar:
            old = _gone_ar(sr, x)
            new = _ar_taker(sr, x) if old is not None else None
        else:
            y = x + 1
            if sr.key(y) == "the" and sr.key(y + 1) in _EN_GONE_NOUN and sr.key(y + 2) == "of":
                old = sr.after(y + 3, types=_PERSON, maxgap=2)
            else:  # "on Y's death" (a mention look-up: "on" is a frequent word)
                m = sr.mention_at.get(y) or sr.mention_at.get(y + 1)
                old = m if m is not None and m.etype == "Person" and m.poss and \
                    sr.key(m.hi) in _EN_GONE_NOUN else None
            new = _en_taker(sr, x) if old is not None else None
        if new is None or old is None or new.eid == old.eid:
            continue
        if any(r.type == _SO and r.source == new.eid and r.target == old.eid for r in sr.out):
            continue
        if not sr.blocked(x, new) and not sr._irrealis(x):
            sr.add(_SO, new.eid, old.eid, "on_death_of")


register_triggers(_AR_AT, _EN_ON)
register_triggers(_EMPTY, _EN_GONE_NOUN)  # (English on_death_of needs one: more_clauses)
# cue sets of :func:`more_clauses`, one of which each of its rules needs (none in a sentence:
# it returns at once)
_CUES = frozenset({_AR_HE_SUCCEEDS, _AR_ACTING, _EN_ACTING, _AR_INSTEAD, _EN_REPLACEMENT,
                   _AR_VACATED, _EN_VACATED, _AR_APPOINTED, _EN_NAMED, _AR_AT,
                   _EN_GONE_NOUN})
CUES = _CUES  # (for successions.ANY_CUES)
