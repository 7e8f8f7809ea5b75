"""MET_WITH: Arabic "X signed (an accord) with Y" (session 18).

The newer dev batches count the two signers of an accord as a meeting (7 of 8 sentences
naming both), and so the writers of the newest pieces:

- "وقّع X (، يوم ...،) اتفاقاً مع Y" / "وكان X قد وقّع الاتفاق في بكين مع Y";
- "، ووقّع مع Y مذكرة تفاهم": the subject of the clause before (``_clause_subject_ar``);
- "الاتفاق الذي وقّعه X مع Y";
- "بعد توقيع X (في بكين) اتفاق ... مع Y";
- "توقيع الأخير ... مع Y": the latter is the last person named before;
- (session 67) "بعد توقيعه اتفاقاً مع Y", "بعد أيام من توقيعه في بكين، مع Y، اتفاق ...": his
  own signing, the person the clause carries (``_carried_subject``);
- "... مع Y، في مراسم استضافها Z": the host of the signing ceremony met both signers.
- (session 60) "زار X بغداد حيث وقّع مع Y مذكرة", "بعد محطة وقّع خلالها مذكرة مع Y": the
  traveller the clause of the place or the stop carries (``_carried_subject``).
- (session 20) "وقّع X ونظيره Y (، في بكين أمس،) اتفاقاً / مذكرة تفاهم": signers named together
  right after the verb, an accord noun after them (``_cosigners``).
- (session 64) the first signer told by a title read as the person, his name after more
  titles, the list going on from the name ("وقّع رئيس مجلس السيادة ... عبد الفتاح البرهان،
  ورئيس مجلس الوزراء ... عبد الله حمدوك، ظهر اليوم ...، على الاتفاق"); the second past the
  first one's nickname in guillemets and a body inside his own title ("دقلو «حميدتي» ورئيس
  الهيئة القيادية لتنسيقية «تقدم» الدكتور Y"); "مع Y" past a place inside Y's title ("مع رئيس
  إقليم «أرض الصومال» الانفصالي آنذاك Y").

Y is the person right after a "مع" of the clause (titles allowed); a "مع" followed by a country
or a body ("مع المملكة العربية السعودية مع مستشار الأمن الوطني Y") is skipped, and nothing is
read when no person follows ("وقّع X اتفاقات مع شركات أميركية"). Negation and plans block.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.core_recall_objects import _clause_subject_ar
from loaders.extract.dispatch import register_triggers
from loaders.extract.meeting_signed_more import (
    accord_object_ar,
    first_cosigner_ar,
    met_object_clause_ar,
    person_past_title_ar,
    pronoun_accord_ar,
    second_cosigner_ar,
)
from loaders.extract.rule_common import EMPTY, title_start
from loaders.extract.visit_agenda_ar import AR_DURING_IT

# "بعد توقيعه اتفاقاً مع Y", "عقب توقيعها (في بكين)، مع Y، اتفاق": his own signing (session 67)
_HIS_SIGNING = L._ar("توقيعه", "توقيعها")
AR_SIGNED = L._ar("وقع", "ووقع", "وقعت", "ووقعت", "وقعه", "وقعها", "توقيع", "وتوقيع",
                  "بتوقيع") | _HIS_SIGNING
_REL = L._ar("وقعه", "وقعها")
_NOUN = L._ar("توقيع", "وتوقيع", "بتوقيع")
_PASSIVE_DONE = L._ar("تم", "جرى", "يتم", "سيتم", "يجري", "سيجري", "وتم", "وجرى", "ليتم")
_WHICH = L.AR_REL_PRONOUNS | L._ar("اللذين", "اللتين")  # («الاتفاق الذي تم توقيعه»)
_STOP = L._ar("فيما", "بينما", "وفيما", "وبينما", "قبل", "بعدما", "حيث")
_REACH = 20  # words from the verb to "مع"
_THEN_ALSO = L._ar("ثم", "كما")


def _partner(sr: Any, t: int) -> tuple[Any, int]:
    """(the person after a "مع" of the clause from *t*, the token of that مع) or (None, -1)."""
    for w in range(t + 1, min(sr.hi, t + _REACH)):
        tk = sr.toks[w]
        if tk.text in (".", "؛", ";") or sr.f(w) & _STOP:
            break
        if tk.key != "مع":
            continue
        m = next((a for a in sr.args if a.lo > w and title_start(a) == w + 1), None) or \
            person_past_title_ar(sr, w + 1, sr.key(w + 1))  # ("مع رئيس إقليم «أرض الصومال» Y")
        if m is None:
            continue  # "مع المملكة": a country; "مع شركات": nobody
        return (m, w) if m.etype == "Person" else (None, -1) if m.etype not in (
            "Country", "Organization", "Location") else _partner(sr, w)  # "مع المملكة ... مع Y"
    return None, -1


def _signer(sr: Any, t: int, w: int) -> Any:
    """The signer of the verb or noun at *t* (module doc), else None."""
    if sr.f(t) & _HIS_SIGNING:  # "وصل X بعد توقيعه اتفاقاً مع Y": the subject carried
        if sr.key(t - 1) in _PASSIVE_DONE or any(sr.key(x) in _WHICH for x in range(
                max(sr.lo, t - 3), t)):
            return None  # "الاتفاق الذي تم توقيعه مع Y": the accord's signing, no signer
        return sr._carried_subject(t)
    m = sr.after(t + 1, types=("Person",), maxgap=3)
    if m is not None and m.lo < w and not any(sr.toks[x].punct for x in range(t + 1, m.lo)):
        if not sr.f(t) & _NOUN or m.prefix.lstrip("و")[:1] not in ("ب", "ل"):
            return m
    if sr.f(t + 1) & _LATTER:  # "بعد شهرين من توقيع الأخير اتفاق ... مع Y": the last named
        return next((a for a in reversed(sr.args) if a.hi <= t and a.etype == "Person" and
                     not a.in_title), None)
    if sr.f(t) & (_REL | _NOUN):
        return None
    if sr.key(t - 1) in _WHERE or sr.f(t + 1) & AR_DURING_IT:
        # "زار X بغداد حيث وقّع مع Y مذكرة", "بعد محطة في بغداد وقّع خلالها مذكرة مع Y": the
        # traveller, carried into the clause of the place or the stop (session 60)
        carried = sr._carried_subject(t)
        if carried is not None:
            return carried
    if sr.key(t - 1) == "قد":  # "وكان X قد وقّع"
        b = sr.before(t - 1, types=("Person",), maxgap=2)
        if b is not None:
            return b
    comma = t - 1 if sr.toks[t - 1].text in ("،", ",") else -1
    if comma < 0 and sr.key(t - 1) in _THEN_ALSO and sr.toks[t - 2].text in ("،", ","):
        comma = t - 2  # "التقى X Y، ثم وقّع مع Z"
    while comma > sr.lo:  # "وصل X إلى بغداد، الاثنين، ...، ووقّع مع Y"
        s = _clause_subject_ar(sr, comma)
        if s is not None and not met_object_clause_ar(sr, s, comma):
            return s
        comma = next((x for x in range(comma - 1, sr.lo, -1)
                      if sr.toks[x].text in ("،", ",")), -1)
    return None


_LATTER = L._ar("الأخير")
_WHERE = L._ar("حيث", "وحيث")
_CEREMONY = L._ar("مراسم", "حفل", "احتفال", "مراسيم")
_HOSTED_IT = L._ar("استضافها", "استضافه", "رعاها", "رعاه", "أقامها", "أقامه", "ترأسها", "ترأسه")


def signed_with_ar(sr: Any) -> None:
    """Add the MET_WITH pairs of the signers (module doc)."""
    for t in sr.triggers(AR_SIGNED, EMPTY):
        y, w = _partner(sr, t)
        if y is None:
            _cosigners(sr, t)
            continue
        x = _signer(sr, t, w)
        if x is None or x.etype != "Person" or x.eid == y.eid or sr.blocked(t, x):
            continue
        for o in sr.chain(y, ("Person",)):  # "مع نظيريه الأفغاني A والأوزبكي B"
            if o.eid != x.eid:
                sr.add("MET_WITH", x.eid, o.eid, "signed_with_ar")
        host = _ceremony_host(sr, y)
        if host is not None:
            for o in (x, y):
                if o.eid != host.eid:
                    sr.add("MET_WITH", host.eid, o.eid, "signing_host_ar")


_ACCORD = L._ar("اتفاق", "اتفاقا", "اتفاقاً", "الاتفاق", "اتفاقية", "الاتفاقية", "مذكرة", "مذكرات",
                "وثيقة", "معاهدة", "إعلان", "اعلان", "إعلانا", "إعلاناً", "الإعلان", "المذكرة",
                "الوثيقة", "المعاهدة", "وثيقةً", "معاهدةً", "التفاهمات", "تفاهمات", "التفاهم",
                # a statement signed by two sides ("ووقّع البيانَ كلٌّ من X وY", session 65)
                "البيان", "بيانا", "بياناً")
register_triggers(_ACCORD, EMPTY)  # (one look-up gates _cosigners)


def _cosigners(sr: Any, t: int) -> None:
    """"وقّع X وY (، مساء الاثنين في بغداد،) اتفاقاً / مذكرة تفاهم": the signers named together
    right after the verb met."""
    if sr.f(t) & _NOUN or not sr.triggers(_ACCORD, EMPTY) or \
            sr.f(t) & _REL and not pronoun_accord_ar(sr, t, _ACCORD):
        return
    m = first_cosigner_ar(sr, t, bool(sr.f(t) & _REL), _ACCORD)
    if m is None:
        return
    ch = sr.chain(m, ("Person",))
    if len(ch) < 2:  # "X وقائد قوات سوريا الديمقراطية (قسد) Y": a body inside Y's title
        n = second_cosigner_ar(sr, m)
        if n is None:
            return
        ch = [m, n]
    if not sr.f(t) & _REL and not _accord_after(sr, ch[-1].hi) and \
            not accord_object_ar(sr, t, _ACCORD):
        return  # (the pronoun verb: its agreement named before, ``pronoun_accord_ar``)
    if sr.blocked(t, m):
        return
    for i, a in enumerate(ch):
        for b in ch[i + 1:]:
            if a.eid != b.eid:
                sr.add("MET_WITH", a.eid, b.eid, "cosigners_ar")


def _accord_after(sr: Any, end: int) -> bool:
    """An agreement noun within 14 words after *end*, past at most three commas (a time and a
    place aside: "وقّع X وY، اليوم الخميس، بمقر جهاز المخابرات بالقاهرة، اتفاق", session 68)."""
    commas = 0
    for x in range(end, min(sr.hi, end + 14)):
        tx = sr.toks[x].text
        if tx in (".", "؛", ";") or commas > 3:
            return False
        commas += tx in ("،", ",")
        if sr.f(x) & _ACCORD:
            return True
    return False


def _ceremony_host(sr: Any, y: Any) -> Any:
    """Z of "... مع Y، في مراسم / حفل استضافها / رعاها Z" right after the partner, else None."""
    x = y.hi + (sr.toks[y.hi].text in ("،", ",") if y.hi < sr.hi else 0)
    x += sr.key(x) in ("في", "خلال")
    if not (sr.f(x) & _CEREMONY and sr.f(x + 1) & _HOSTED_IT):
        return None
    z = sr.after(x + 2, types=("Person",), maxgap=3)
    return z if z is not None and not any(sr.toks[w].punct for w in range(x + 2, z.lo)) else None
