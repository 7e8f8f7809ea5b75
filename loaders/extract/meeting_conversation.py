"""MET_WITH (session 64, seen64): a private or brief conversation, or a talk on the sidelines,
as a meeting in person.

- English: "X held / had a private conversation (a brief encounter, a short chat) with Y",
  "A and B held a private conversation at ...": X-Y, A-B; "X spoke / talked / chatted (briefly)
  with Y on the sidelines of the summit", "was seen speaking briefly with Y on the sidelines";
- Arabic: «أجرى X حديثاً جانبياً / محادثة خاصة مع Y»، «أجرى A وB محادثة خاصة»، «تحدث X مع Y على
  هامش القمة»، «دار حديث قصير بين A وB على هامش القمة».

A bare "spoke with Y" is no meeting (most are calls or statements): the verb needs "on the
sidelines" (على هامش) or "in person"; the noun needs a word of privacy or brevity before or
after it. Not a call ("a private conversation by telephone", «محادثة هاتفية»: ``sr.add`` drops
remote contacts), a negated, planned or denied one ("but officials said no meeting took
place"), nor "a brief exchange" (of fire, of prisoners). Called from ``relations.py`` on the
cue words.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import title_start

_EN_NOUNS = L._en("conversation", "conversations", "encounter", "chat", "tete-a-tete",
                  "tête-à-tête")
_EN_TALKED = L._en("spoke", "talked", "chatted", "conversed", "speaking", "talking", "chatting")
EN_CONVERSATION = _EN_NOUNS | _EN_TALKED
_AR_NOUNS = L._ar("حديثا", "حديثاً", "حديث", "محادثة", "دردشة", "حوارا", "حواراً")
_AR_TALKED = L._ar("تحدث", "وتحدث", "تحادث", "وتحادث", "تحدثا", "وتحدثا", "تحادثا", "وتحادثا")
AR_CONVERSATION = _AR_NOUNS | _AR_TALKED
register_triggers(AR_CONVERSATION, EN_CONVERSATION)
_EN_PRIVATE = L._en("private", "brief", "short", "informal", "closed-door", "one-on-one",
                    "face-to-face", "side", "sideline", "lengthy", "long", "cordial", "warm",
                    "candid", "quick")
_AR_PRIVATE = L._ar("جانبيا", "جانبياً", "جانبي", "خاصة", "خاصا", "خاصاً", "قصيرة", "قصيرا",
                    "قصيراً", "قصير", "مقتضبة", "مقتضبا", "ودية", "وديا", "ودياً", "ثنائية",
                    "ثنائيا", "ثنائياً", "مطولة", "مطولا", "مطولاً", "منفردة")
_EN_HELD = L._en("held", "had", "hold", "holds", "has")
# «دار / جرى حديث بين A وB»: the conversation is the subject, the people follow it
_AR_TOOK_PLACE = L._ar("دار", "ودار", "جرى", "وجرى")
_AR_HELD = L._ar("أجرى", "وأجرى", "اجرى", "واجرى", "أجريا", "وأجريا") | _AR_TOOK_PLACE
_EN_DENIED = L._en("no", "denied", "not", "never")
_AR_DENIED = L._ar("لم", "ولم", "نفى", "ونفى", "نفت", "ونفت", "لا")


_EN_SIDELINES = frozenset({"sidelines", "sideline"})
_EN_SIDE_KEYS = _EN_SIDELINES | {"person"}
_AR_SIDE_KEYS = L._ar("هامش", "هوامش")
_AR_ON = L._ar("على")  # (folded: «على» and «علي» are one key)


def _en_sidelines(sr: Any) -> bool:
    """"the sidelines" ("on / at the sidelines") or "in person" in the sentence."""
    if _EN_SIDE_KEYS.isdisjoint(sr.key_set()):
        return False  # (most sentences: one set test, no scan)
    return any(sr.key(x) in _EN_SIDELINES and sr.key(x - 1) == "the" or
               sr.key(x) == "person" and sr.key(x - 1) == "in" for x in range(sr.lo, sr.hi))


def _ar_sidelines(sr: Any) -> bool:
    """«على هامش» in the sentence."""
    if _AR_SIDE_KEYS.isdisjoint(sr.key_set()):
        return False
    return any(sr.key(x) in _AR_SIDE_KEYS and sr.key(x - 1) in _AR_ON
               for x in range(sr.lo, sr.hi))


def _denied(sr: Any, t: int) -> bool:
    """A denial or negation later in the sentence ("but officials said no meeting took place")
    or the usual blocked tests at *t*."""
    words = _AR_DENIED if sr.toks[t].ar else _EN_DENIED
    return sr.blocked(t) or any(sr.key(x) in words for x in range(t + 1, sr.hi))


def _subjects_before(sr: Any, v: int) -> list[Any]:
    """English: the person or listed people right before the verb at *v* ("A and B held"),
    else []."""
    subj = sr.subject_before(v, maxgap=12)
    if subj is None or subj.etype != "Person":
        return []
    for c in sr.args:
        if c.etype == "Person" and c.hi <= subj.lo:
            listed = sr.people_chain(c)
            if subj in listed:
                return listed[:listed.index(subj) + 1]
    return [subj]


def _partners_after(sr: Any, x: int, words: frozenset[str] | tuple[str, ...]) -> list[Any]:
    """The people after "with" / مع / بين within six words after *x* (the first one's title
    at most one word after it), else []."""
    for y in range(x, min(sr.hi, x + 7)):
        k = sr.key(y)
        m = sr.mention_at.get(y)
        if k in words or m is not None and m.prefix.lstrip("و") in ("مع", "بين"):
            first = m if m is not None and m.lo == y else sr.after(y + 1, types=("Person",),
                                                                   maxgap=4)
            if first is None or first.etype != "Person" or m is not first and \
                    title_start(first) > y + 2:
                return []  # ("spoke with reporters about his talks with Y": not Y)
            return sr.people_chain(first)
        if sr.toks[y].text in (".", "؛", ";"):
            return []
    return []


def _pair_all(sr: Any, subjects: list[Any], partners: list[Any]) -> None:
    """Each subject met each partner; with no partner, the subjects met each other."""
    ids = list(dict.fromkeys(m.eid for m in subjects))
    if partners:
        for a in ids:
            for b in dict.fromkeys(m.eid for m in partners):
                sr.add("MET_WITH", a, b, "conversation_met")
        return
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            sr.add("MET_WITH", a, b, "conversation_met")


def _english(sr: Any, t: int) -> None:
    """The English readings at the cue word *t* (module doc)."""
    k = sr.key(t)
    if k in _EN_NOUNS:
        if not (sr.key(t - 1) in _EN_PRIVATE or _en_sidelines(sr)):
            return
        v = next((x for x in range(t - 1, max(sr.lo, t - 4) - 1, -1)
                  if sr.key(x) in _EN_HELD), None)
        if v is None:
            return
        subjects = _subjects_before(sr, v)
        partners = _partners_after(sr, t + 1, ("with",))
    else:
        if not _en_sidelines(sr):
            return
        partners = _partners_after(sr, t + 1, ("with",))
        w = t  # "X was seen speaking with Y": the subject before "was seen"
        if sr.key(t - 1) == "seen":
            w = t - 2 if sr.key(t - 2) in ("was", "were") else t - 1
        subjects = _subjects_before(sr, w)
    if subjects and (partners or len(subjects) > 1) and not _denied(sr, t):
        _pair_all(sr, subjects, partners)


def _arabic(sr: Any, t: int) -> None:
    """The Arabic readings at the cue word *t* (module doc)."""
    if sr.f(t) & _AR_NOUNS:
        if not (sr.f(t + 1) & _AR_PRIVATE or sr.f(t + 2) & _AR_PRIVATE or _ar_sidelines(sr)):
            return
        v = next((x for x in range(t - 1, max(sr.lo, t - 10) - 1, -1)
                  if sr.f(x) & _AR_HELD), None)
        if v is None:
            return
        if any(sr.toks[x].text in ("،", ",", ".") for x in range(v, t)):
            return
        first = sr.after(v + 1, types=("Person",), maxgap=4)
        subjects = sr.people_chain(first) if first is not None and first.hi <= t else []
        partners = _partners_after(sr, t + 1, ("مع", "بين"))
        if not subjects and partners and sr.f(v) & _AR_TOOK_PLACE:
            subjects, partners = partners, []  # «دار حديث بين A وB»
    else:
        if not _ar_sidelines(sr):
            return
        first = sr.after(t + 1, types=("Person",), maxgap=4)
        subjects = sr.people_chain(first) if first is not None else []
        end = subjects[-1].hi if subjects else t + 1
        partners = _partners_after(sr, end, ("مع",))
    if subjects and (partners or len(subjects) > 1) and not _denied(sr, t):
        _pair_all(sr, subjects, partners)


def conversation_met(sr: Any) -> None:
    """A private or brief conversation, or a talk on the sidelines, read as a meeting (module
    doc)."""
    for t in sr.triggers(AR_CONVERSATION, EN_CONVERSATION):
        if sr.toks[t].ar:
            _arabic(sr, t)
        else:
            _english(sr, t)
