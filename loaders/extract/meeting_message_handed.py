"""MET_WITH (session 57): a message or letter handed over in person (session 66: a document or
an invitation too, "سلّم X وثيقة نقل السيادة إلى Y", "X handed the document to Y").

- Arabic: "نقل / سلّم / أوصل X (إلى) Y رسالة (من Z)", "نقل X رسالة من Z إلى Y (خلال عشاء)",
  "وسلّم X، في طهران أمس، Y رسالة": the courier X met the recipient Y;
- English: "X conveyed / delivered / handed (over) a message (from Z) to Y (over dinner)",
  "X handed Y a letter from Z": X met Y.

The sender Z ("من Z", "from Z") met nobody here. "بعث / أرسل X رسالة إلى Y" and "X sent a
letter to Y" are sending, no meeting (not read). Not when negated or planned, and not over the
phone ("رسالة هاتفية", "in a phone call": ``sentence_base.add`` drops remote contact), not to the
public or through others ("in a televised speech", "through mediators", «في كلمة متلفزة»، «عبر
الوسطاء»); a pronoun
recipient ("سلّمه رسالة", "handed him a letter") is the reception's guest, read elsewhere. Run by
``meetings_ar.meetings_ar`` and ``meetings_en.meetings_en`` on the message nouns.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start

AR_MESSAGE = L._ar("رسالة", "رساله", "رسالتين", "الرسالة", "رسالةً",
                   # a document or an invitation handed in person (session 66): "سلّم X وثيقة
                   # نقل السيادة إلى Y"، "سلّم X دعوة من Z إلى Y"
                   "وثيقة", "الوثيقة", "وثائق", "دعوة", "الدعوة")
EN_MESSAGE = frozenset({"message", "letter", "messages", "letters",
                        "document", "documents", "invitation"})  # (session 66)
_AR_HANDED = L._ar("نقل", "ونقل", "سلم", "وسلم", "سلّم", "وسلّم", "أوصل", "وأوصل", "اوصل",
                   "واوصل", "نقلت", "ونقلت", "سلمت", "وسلمت", "سلّمت", "وسلّمت")
# a message's adjective before its sender or recipient: "رسالة خطية من Z إلى Y" (session 66)
_AR_MESSAGE_ADJ = L._ar("خطية", "خطيه", "شفهية", "شفوية", "رسمية", "خاصة", "مكتوبة")
_AR_FROM = L._ar("من")
_EN_HANDED = frozenset({"conveyed", "delivered", "handed", "conveys", "delivers", "hands",
                        "conveying", "delivering", "handing"})
_EN_DETS = frozenset({"a", "an", "the", "his", "her", "their", "written", "verbal", "personal",
                      "oral", "handwritten", "formal", "official", "over"})
# a message to the public or passed on by others: no meeting ("in a televised speech",
# "through Omani mediators", «في كلمة متلفزة»، «عبر الوسطاء»)
_EN_PUBLIC = frozenset({"speech", "televised", "address", "statement", "through", "via",
                        "interview", "tweet", "post", "video", "broadcast", "intermediaries",
                        "mediators"})
_AR_PUBLIC = L._ar("كلمة", "كلمته", "متلفزة", "متلفز", "خطاب", "خطابه", "بيان", "عبر",
                   "تغريدة", "منشور", "الوسطاء", "وسطاء", "مقابلة")
_AR_FUTURE = ("سي", "ست", "سن", "سا")
_AR_CLAUSE = frozenset({"عن", "ان", "أن", "إن", "بان", "بأن"})
_EN_FROM_SPAN = 8  # "from U.S. President Donald Trump" before the "to" of the recipient


def _person_starting(sr: Any, x: int) -> Any:
    """The person whose title or name starts at *x*, past "the" and a nationality or country
    word ("Iranian Foreign Minister X"), else None."""
    x = x + 1 if sr.key(x) == "the" else x
    m = sr.after(x, types=("Person",), maxgap=2)
    if m is None or m.poss or any(sr.toks[y].punct for y in range(x, m.lo)) or not (
            title_start(m) == x or title_start(m) == x + 1 and (
                sr.key(x) in L.NATIONALITY or sr.toks[x].poss)):
        return None
    return m


def _pair(sr: Any, courier: Any, recipient: Any, v: int, rule: str) -> None:
    """The courier met the recipient (and those joined to him), unless the verb at *v* is
    negated or planned."""
    if courier is None or recipient is None or courier.eid == recipient.eid or \
            courier.etype != "Person" or sr.blocked(v, courier):
        return
    for r in sr.chain(recipient, ("Person",)):
        if r.eid != courier.eid:
            sr.add("MET_WITH", courier.eid, r.eid, rule)


def _ar_to_person(sr: Any, lo: int, hi: int) -> Any:
    """The person right after a standalone "إلى" between *lo* and *hi* (titles allowed)."""
    for x in range(lo, hi):
        if sr.toks[x].punct:
            return None
        if sr.f(x) & L.AR_TO:
            return _person_starting(sr, x + 1)
    return None


def message_handed_ar(sr: Any) -> None:
    """"نقل X إلى Y رسالة من Z", "سلّم X Y رسالة": X met Y (module doc)."""
    if any(sr.f(x) & _AR_PUBLIC for x in range(sr.lo, sr.hi)):
        return
    for t in sr.triggers(AR_MESSAGE, frozenset()):
        v = next((x for x in range(t - 1, max(sr.lo - 1, t - 22), -1)
                  if sr.f(x) & _AR_HANDED), None)
        if v is None or sr.key(v + 1) == "عن" or sr.f(v + 1) & L.AR_TO or any(
                sr.key(x).lstrip("و")[:2] in _AR_FUTURE and sr.key(x).lstrip("و")[2:] in
                _AR_HANDED for x in range(v, t)):  # "سيسلم X Y رسالة": planned
            continue
        # the courier: the first person after the verb (his title may open with a
        # preposition of its own, "المستشار الدبلوماسي لرئيس دولة الإمارات X")
        courier = sr.after(v + 1, types=("Person",), maxgap=8)
        if courier is None or courier.hi > t or title_start(courier) < v + 1 or \
                any(sr.toks[y].punct for y in range(v + 1, courier.lo)) or \
                courier.prefix.lstrip("و") and title_start(courier) == v + 1 or \
                any(sr.f(y) & L.AR_TO or sr.key(y) in _AR_CLAUSE for y in range(v + 1, courier.lo)):
            continue  # ("ونقلت وكالة عن مصدر أن X ...": X is no courier of that verb)
        if courier.kind == "desc":  # a description going on into the title of a name
            named = next((m for m in sr.args if m.etype == "Person" and m.kind == "name" and
                          title_start(m) == courier.hi and m.hi <= t), None)
            courier = named or courier
        recipient = _ar_to_person(sr, courier.hi, t)
        if recipient is None:
            # "سلّم X Y رسالة" / "وسلّم X، في طهران أمس، Y رسالة": the person closing onto the noun
            recipient = next((m for m in sr.args if m.etype == "Person" and m.hi == t and
                              m.lo > courier.hi and not m.prefix.lstrip("و")), None)
        if recipient is None and t + 1 < sr.hi:
            # "رسالة من Z إلى Y": the recipient after the sender; "وثيقة نقل السيادة إلى Y":
            # after the noun's own complement, up to three words with no one named (s66)
            a = t + 1 if sr.f(t + 1) & _AR_MESSAGE_ADJ and t + 2 < sr.hi else t  # "رسالة خطية"
            to = a + 1 if sr.f(a + 1) & (_AR_FROM | L.AR_TO) else next(
                (y for y in range(a + 2, min(sr.hi, a + 5)) if sr.f(y) & L.AR_TO and not any(
                    sr.toks[z].punct or sr.mention_at.get(z) is not None for z in range(a + 1, y))),
                None)
            recipient = _ar_to_person(sr, to, min(sr.hi, to + 14)) if to is not None else None
        _pair(sr, courier, recipient, v, "message_handed_ar")


def message_handed_en(sr: Any) -> None:
    """"X conveyed a message from Z to Y", "X handed Y a letter": X met Y (module doc)."""
    if not sr.key_set().isdisjoint(_EN_PUBLIC):
        return
    for t in sr.triggers(frozenset(), EN_MESSAGE):
        x = t - 1
        while x > sr.lo and sr.key(x) in _EN_DETS and t - x < 5:
            x -= 1
        recipient = None
        if sr.key(x) not in _EN_HANDED:  # "handed Iran's foreign minister a letter"
            recipient = next((m for m in sr.args if m.etype == "Person" and m.hi == x + 1 and
                              not m.poss), None)
            if recipient is None:
                continue
            x = title_start(recipient) - 1
            if sr.key(x) in L.NATIONALITY or sr.toks[x].poss:
                x -= 1
            if sr.key(x) == "the":
                x -= 1
            if sr.key(x) not in _EN_HANDED:
                continue
        v = x
        if recipient is None:
            for y in range(t + 1, min(sr.hi, t + 2 + _EN_FROM_SPAN)):
                if sr.toks[y].punct:
                    break
                if sr.key(y) == "to":
                    recipient = _person_starting(sr, y + 1)
                    break
        _pair(sr, sr.subject_before(v), recipient, v, "message_handed_en")
