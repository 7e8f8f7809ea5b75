"""MET_WITH: condolences offered in person to a named person (session 66, blind66g).

A condolence visit is told by what the visitor did there, not by a verb of meeting:
"Qatar's Emir Tamim offered his condolences to Sheikh Meshal in person", "Bahaaddin offered
condolences to Nechirvan Barzani at the mourning ceremony", "X extended / conveyed his
condolences to Y" (:func:`condolences_en`); «قدم X التعازي لـY»، «ووصل X إلى منزل الراحل، حيث
قدم التعازي لعقيلته Y والنائب الأول للأمين العام Z»، «وقدّم تعازيه إلى Y» (:func:`condolences_ar`):
the one who offered them met each person named as receiving them (a list joined by "and" /
«و»: each of them).

The receiving side (session 68, blind68n): «تقبّل X التعازي من Y»، «تقبّل X ... تعازي Y»، «وتلقى X
التعازي من Y وZ»، "X received condolences from Y", "X accepted the condolences of Y"
(:func:`condolences_received_ar`, :func:`condolences_received_en`): X met Y (and Z); not «في وفاة
Y» (the dead), nor condolences received by cable or telephone.

The receivers are the people right after "to" / «لـ» / «إلى» (a kinship word or a title may
stand before the name: "to his widow Y", «لعقيلته Y»، «لنجله Y»). Not a meeting: condolences
sent, cabled, written or phoned (a word of a call, a cable or a message in the sentence); the
family, people or government of someone ("to the family of X", «لعائلة الراحل X»: X is the
dead); a negated or planned visit (``sr.blocked``).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.meeting_press import EN_REMOTE_ANY

EN_CONDOLENCES = frozenset({"condolences", "condolence"})
_EN_OFFERED = frozenset({"offered", "offers", "offering", "extended", "extends", "extending",
                         "conveyed", "conveys", "conveying", "presented", "presents",
                         "expressed", "expresses", "paid", "pays"})
_EN_BETWEEN_VERB = frozenset({"his", "her", "their", "personal", "sincere", "deepest", "deep",
                              "heartfelt", "also", "the", "condolences", "in", "person"})
_EN_CLAUSE_END = frozenset({"while", "whereas", ";", "but"})
_EN_NOT_RECEIVER = frozenset({"family", "families", "relatives", "people", "government",
                              "nation", "of", "on", "over", "for", "loved"})

AR_CONDOLENCES = L._ar("التعازي", "تعازيه", "تعازيها", "تعازيهم", "تعازي", "العزاء")
_AR_OFFERED = L._ar("قدم", "وقدم", "فقدم", "قدمت", "وقدمت", "قدما", "وقدما", "نقل", "ونقل",
                    "نقلت", "ونقلت")
_AR_NOT_RECEIVER = L._ar("عائلة", "لعائلة", "أسرة", "لأسرة", "ذوي", "لذوي", "آل", "لآل",
                         "الشعب", "للشعب", "حكومة", "لحكومة", "أهالي", "لأهالي", "عوائل", "لعوائل",
                         "وفاة", "رحيل", "استشهاد", "بوفاة", "برحيل", "باستشهاد")
_AR_REMOTE = L._ar("هاتفي", "هاتفيا", "هاتفياً", "الهاتف", "اتصال", "اتصالا", "اتصالاً", "برقية",
                   "برقيات", "رسالة", "أبرق", "ابرق", "بعث", "مرئي", "الفيديو")


_AR_ACCEPTED = L._ar("تقبل", "وتقبل", "يتقبل", "ويتقبل", "تقبلت", "وتقبلت", "تلقى", "وتلقى",
                     "يتلقى", "تلقت", "وتلقت")
_AR_FROM = L._ar("من")
_EN_RECEIVED = frozenset({"received", "receives", "receiving", "accepted", "accepts", "accepting"})


def _receivers(sr: Any, lo: int, not_receiver: Any) -> list[Any]:
    """The people named right after the "to" at *lo* (module doc), with those joined to them."""
    first = sr.after(lo, types=("Person",), maxgap=5)
    if first is None or first.poss:
        return []
    if any(not_receiver(z) for z in range(lo, first.lo)):
        return []
    out: list[Any] = []
    for m in sr.people_chain(first):
        named = titled_name(sr, m) if m.kind == "desc" else None
        for n in sr.people_chain(named) if named is not None else [m]:
            if all(n.eid != o.eid for o in out):
                out.append(n)
    return out


def titled_name(sr: Any, m: Any) -> Any:
    """The person named right after the description *m*, whose title it is («والنائب الأول
    للأمين العام كوسرت رسول علي»: Kosrat, whatever the title alone was read as), else None
    (public: ``meeting_titled_lists``)."""
    named = sr.after(m.hi, types=("Person",), maxgap=6)
    if named is None or named.kind != "name" or \
            any(sr.toks[z].punct for z in range(m.hi, named.lo)):
        return None
    return named


def _remote_en(sr: Any, t: int) -> bool:
    """A word of a call, cable or message in the clause of the condolences at *t* (from the
    sentence's start to a "while" / "but" / ";" after it: "offered his condolences to Y in
    person, while Z called him by telephone" is still a visit)."""
    for y in range(sr.lo, sr.hi):
        k = sr.key(y)
        if y > t and k in _EN_CLAUSE_END:
            return False
        if k in EN_REMOTE_ANY or k in ("cable", "cabled", "telegram", "wrote", "sent"):
            return True
    return False


def _verb_and_subject_en(sr: Any, t: int, verbs: frozenset[str],
                         reach: int) -> tuple[int, Any] | None:
    """(the verb of *verbs* at most *reach* words before the condolences noun *t*, with only
    possessives and adjectives between, and its person subject), else None."""
    v = next((x for x in range(t - 1, max(sr.lo, t - reach) - 1, -1) if sr.key(x) in verbs),
             None)
    if v is None or any(sr.key(x) not in _EN_BETWEEN_VERB for x in range(v + 1, t)):
        return None
    subj = sr.subject_before(v)
    if subj is None or subj.etype != "Person" or subj.poss or sr.blocked(v, subj):
        return None
    return v, subj


def condolences_en(sr: Any) -> None:
    """"X offered (his) condolences to Y (and Z)": X met Y (and Z) (module doc)."""
    for t in sr.triggers(frozenset(), EN_CONDOLENCES):
        if _remote_en(sr, t):
            continue
        found = _verb_and_subject_en(sr, t, _EN_OFFERED, 5)
        if found is None:
            continue
        to = next((x for x in range(t + 1, min(sr.hi, t + 4)) if sr.key(x) == "to"), None)
        if to is None or any(sr.key(x) not in ("in", "person", ",") for x in range(t + 1, to)):
            continue
        subj = found[1]
        for o in _receivers(sr, to + 1, lambda z: sr.key(z) in _EN_NOT_RECEIVER):
            if o.eid != subj.eid:
                sr.add("MET_WITH", subj.eid, o.eid, "condolences_en")


def _subject_ar(sr: Any, v: int, t: int) -> Any:
    """Who offered them: the person right after the verb at *v* («قدم X التعازي»), else -- the
    verb with no subject of its own («، حيث قدم التعازي») -- the sentence's opening subject
    (the person after its first verb)."""
    m = sr.after(v + 1, types=("Person",), maxgap=6)
    if m is not None and m.hi <= t:
        return m if m.prefix.lstrip("وف")[:1] not in ("ب", "ل") else None
    if v - sr.lo < 2:
        return None
    m = sr.after(sr.lo + 1, types=("Person",), maxgap=6)
    if m is None or m.hi > v or m.prefix.lstrip("وف")[:1] in ("ب", "ل"):
        return None
    return m


def condolences_ar(sr: Any) -> None:
    """«قدم X التعازي لـY (وZ)»: X met Y (and Z) (module doc)."""
    if any(sr.f(y) & _AR_REMOTE for y in range(sr.lo, sr.hi)):
        return
    for t in sr.triggers(AR_CONDOLENCES, frozenset()):
        v = next((x for x in range(t - 1, max(sr.lo, t - 8) - 1, -1) if sr.f(x) & _AR_OFFERED),
                 None)
        if v is None:
            continue
        nxt = sr.toks[t + 1].text if t + 1 < sr.hi else ""
        if sr.f(t + 1) & L.AR_TO:
            lo = t + 2
        elif nxt.startswith("ل") and len(nxt) > 2:
            lo = t + 1
        elif t + 2 < sr.hi and sr.f(t + 2) & L.AR_TO and sr.mention_at.get(t + 1) is None and \
                not sr.toks[t + 1].punct:
            lo = t + 3  # «نقل تعازي بلاده / القيادة إلى Y»: whose condolences, then to whom
        else:
            continue
        subj = _subject_ar(sr, v, t)
        if subj is None or subj.etype != "Person" or sr.blocked(v, subj):
            continue
        for o in _receivers(sr, lo, lambda z: bool(sr.f(z) & _AR_NOT_RECEIVER)):
            if o.eid != subj.eid:
                sr.add("MET_WITH", subj.eid, o.eid, "condolences_ar")


def _receiving_side(sr: Any, subj: Any, end: int) -> list[Any]:
    """The people who received the condolences: *subj* and those joined to it by "and" / «و»
    before *end* (the verb or the condolences noun): «تقبّل X وY التعازي من Z», "X and her son
    Y received condolences from Z" (session 72); the last person of the list is the one the
    verb's subject test found in English, so the chain is read from the list's first person."""
    for c in sr.args:  # (the list's first person: the earliest one whose chain holds subj)
        if c.lo > subj.lo:
            break
        if c.etype != "Person" or c.lo < sr.lo:
            continue
        chain = sr.people_chain(c)
        if any(m is subj for m in chain):
            out = [m for m in chain if m.hi <= end]
            return out or [subj]
    return [subj]


def condolences_received_ar(sr: Any) -> None:
    """«تقبّل X (...) التعازي من Y» / «تقبّل X (...) تعازي Y»: X met Y (module doc)."""
    if any(sr.f(y) & _AR_REMOTE for y in range(sr.lo, sr.hi)):
        return
    for t in sr.triggers(AR_CONDOLENCES, frozenset()):
        v = next((x for x in range(t - 1, max(sr.lo, t - 25) - 1, -1)
                  if sr.f(x) & (_AR_ACCEPTED | _AR_OFFERED)), None)
        if v is None or not sr.f(v) & _AR_ACCEPTED:
            continue
        if sr.f(t + 1) & _AR_FROM:
            lo = t + 2  # «التعازي من Y»
        elif (m := sr.mention_at.get(t + 1)) is not None and m.etype == "Person":
            lo = t + 1  # «تعازي Y»: the construct state, Y offered them
        else:
            continue
        subj = sr.after(v + 1, types=("Person",), maxgap=6)
        if subj is None or subj.hi > t or subj.prefix.lstrip("وف")[:1] in ("ب", "ل") or \
                sr.blocked(v, subj):
            continue
        offerers = _receivers(sr, lo, lambda z: bool(sr.f(z) & _AR_NOT_RECEIVER))
        for s in _receiving_side(sr, subj, t):
            for o in offerers:
                if o.eid != s.eid:
                    sr.add("MET_WITH", s.eid, o.eid, "condolences_received_ar")


def condolences_received_en(sr: Any) -> None:
    """"X received condolences from Y" / "X accepted the condolences of Y": X met Y (module
    doc)."""
    for t in sr.triggers(frozenset(), EN_CONDOLENCES):
        if _remote_en(sr, t):
            continue
        found = _verb_and_subject_en(sr, t, _EN_RECEIVED, 4)
        if found is None:
            continue
        nxt = sr.key(t + 1)
        at = t + 1
        if nxt not in ("from", "of"):
            at = _from_after_adjuncts_en(sr, t)  # "received condolences at his home in X on
            if at is None:  # Monday from Y" (session 72)
                continue
        elif nxt == "of" and sr.key(t - 1) != "the":
            continue
        offerers = _receivers(sr, at + 1, lambda z: sr.key(z) in _EN_NOT_RECEIVER)
        for s in _receiving_side(sr, found[1], found[0]):
            for o in offerers:
                if o.eid != s.eid:
                    sr.add("MET_WITH", s.eid, o.eid, "condolences_received_en")


_EN_ADJUNCT_STOP = frozenset({"who", "which", "that", "and", "but", "said", "says", "after",
                              "before", "while", "when", "as", "of", "for", "over", "by"})


def _from_after_adjuncts_en(sr: Any, t: int) -> int | None:
    """The "from" of "condolences <place and time adjuncts> from Y" within 14 words after *t*,
    no punctuation or other clause word between; else None."""
    for x in range(t + 1, min(sr.hi, t + 15)):
        k = sr.key(x)
        if k == "from":
            return x
        if sr.toks[x].punct or k in _EN_ADJUNCT_STOP:
            return None
    return None
