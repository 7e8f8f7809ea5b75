"""Arabic asides between a meeting verb's subject and its object (session 55).

"التقى X، وهو وزير الخارجية أيضاً، Y", "استقبل X، بحسب بيان للرئاسة، Y", "استقبل X، وفق ما
أفاد مصدر رسمي، Y", "التقى X، بدوره، Y", "استقبل X - الذي عاد من واشنطن أمس - Y", "التقى X
(الذي تولى الحكم بعد سقوط الأسد) Y": the words between the commas, the dashes or the brackets
tell something about X (or who reported it); the verb's object is the person after them.
``past_aside_ar`` gives the position after such an aside (the meeting rule's
``SentenceCore._past_relative`` reads it for an Arabic comma, dash or bracket), so the people
named inside it are neither objects nor subjects of the sentence's verb. Session 57: a title
apposed to the subject, "التقى X، الوزير في حكومة Z، بـY" (Z is no one met).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.relative_aux_ar import relative_before_verb_ar

# the words opening a comma aside: a relative pronoun, "وهو" (a nominal clause about the
# one before), an attribution ("بحسب بيان"، "وفق ما أفاد"، "حسبما ذكرت"، "نقلاً عن") and
# "بدوره" / "من جهته" (his part)
_AR_ASIDE_OPENERS = L._ar(
    "الذي", "التي", "الذين", "وهو", "وهي", "وهما", "وهم", "بحسب", "حسب", "حسبما", "بحسبما",
    "وفق", "وفقا", "وفقاً", "وفقما", "طبقا", "طبقاً", "نقلا", "نقلاً", "بدوره", "بدورها",
    "بدورهم")
# "من جهته / جانبه / ناحيته": his part, after "من"
_AR_OWN_SIDE = L._ar("جهته", "جهتها", "جانبه", "جانبها", "ناحيته", "ناحيتها")
_COMMAS = ("،", ",")
_DASHES = ("-", "–", "—")
_CLOSE = {"(": ")", "[": "]"}
# the marks opening a dash or bracket aside
AR_ASIDE_MARKS = frozenset(_DASHES) | frozenset(_CLOSE)


# the rule a minister serves in: "في حكومة / إدارة / عهد Z"
_AR_RULE_OF = L._ar("حكومة", "إدارة", "عهد", "نظام")
# "، كما أفاد مكتبه،" / "، على ما ذكرت الوكالة،": a verb of reporting after كما / على ما
_AR_AS = L._ar("كما", "على")
_AR_REPORTED = L._ar("أفاد", "أفادت", "ذكر", "ذكرت", "أعلن", "أعلنت", "قال", "قالت", "أوضح",
                     "أوضحت", "نقل", "نقلت", "أورد", "أوردت", "أشار", "أشارت", "جاء", "أكد",
                     "أكدت", "ورد")


def _opens_comma_aside(sr: Any, x: int) -> bool:
    """Does the word at *x*, right after a comma, open an aside (module doc)?"""
    k = sr.key(x)
    if k in _AR_ASIDE_OPENERS:
        return True
    if k in _AR_AS:  # (not "، كما التقى Z": a clause of its own)
        y = x + 2 if sr.key(x + 1) == "ما" else x + 1
        return (y == x + 2 or k != "علي") and sr.key(y) in _AR_REPORTED
    if k in ("من", "ومن") and sr.key(x + 1) in _AR_OWN_SIDE:
        return True
    return _title_apposition(sr, x)


def _title_apposition(sr: Any, x: int) -> bool:
    """"التقى X، الوزير في حكومة نتنياهو، Y" (session 57): a title right after the comma
    that follows a person describes him when it introduces no one of its own (no mention's
    title starts there) and holds a genitive person ("في حكومة نتنياهو") who is no object."""
    if not sr.f(x) & L.AR_TITLE_FIRST or any(
            m.tlo == x and sr.key(m.lo - 1) not in _AR_RULE_OF for m in sr.args):
        return False  # ("الوزير في حكومة نتنياهو" is no title of Netanyahu's)
    before = sr.mention_at.get(x - 2)
    if before is None or before.hi != x - 1 or before.etype != "Person":
        return False
    end = next((y for y in range(x + 1, min(sr.hi, x + 20)) if sr.toks[y].punct), sr.hi)
    return any(x < m.lo < end and m.etype == "Person" and sr.key(m.lo - 1) in _AR_RULE_OF
               for m in sr.args)


def _clause_after(sr: Any, x: int) -> bool:
    """Does a و-clause open at *x* right after an aside ("X (في أنقرة) وبعدها اتصل بـY"): a
    و-word that starts no mention nor a title?"""
    return x < sr.hi and sr.key(x)[:1] == "و" and not any(
        x in (m.lo, m.tlo) for m in sr.args)


def past_aside_ar(sr: Any, k: int, reach: int = 20) -> int:
    """The position after the aside that opens at *k* (a comma before an opener of
    ``_AR_ASIDE_OPENERS``, a dash or an opening bracket) and closes with the same mark (a
    comma, the second dash, the bracket) at most *reach* tokens on; *k* when none does."""
    if k >= sr.hi - 1:
        return k
    text = sr.toks[k].text
    if text in _COMMAS:
        if not _opens_comma_aside(sr, k + 1):
            return k
        closing: tuple[str, ...] = _COMMAS
    elif text in _DASHES:
        closing = _DASHES
    elif text in _CLOSE:
        closing = (_CLOSE[text],)
    else:
        return k
    for x in range(k + 1, min(sr.hi - 1, k + reach)):
        t = sr.toks[x].text
        if t in closing:
            return x + 1 if not _clause_after(sr, x + 1) else k
        if t in (".", "؛", ";", ":") or (text in _COMMAS and t in _DASHES):
            return k
    return k


def relative_verb_head_ar(sr: Any, t: int) -> Any:
    """"استقبل H، الذي التقى أمس Z، Y" / "X، الذي كان قد التقى Z الأسبوع الماضي، ...": the
    subject of the meeting verb at *t* right after a relative pronoun (past "كان قد" / "سبق
    أن") is the pronoun's head, the person (or body) right before its comma; else None. The
    verb's object is then Z inside the clause, and no one named after it. A و-verb continuing
    such a clause has the same subject: "X، الذي زار بيروت والتقى أيضاً A وB": X met A and B,
    A did not meet B (session 69)."""
    r = relative_before_verb_ar(sr, t)
    if not sr.f(r) & L.AR_REL_PRONOUNS and sr.toks[t].text[:1] == "و":
        r = _coordinated_relative_ar(sr, t)  # "X، الذي زار بيروت والتقى أيضاً Y"
    if r - 2 < sr.lo or not sr.f(r) & L.AR_REL_PRONOUNS or sr.toks[r - 1].text not in _COMMAS:
        return None
    head = sr.mention_at.get(r - 2)
    if head is None or head.hi != r - 1 or head.etype not in ("Person", "Organization"):
        return None
    return head


def _coordinated_relative_ar(sr: Any, t: int) -> int:
    """The relative pronoun whose clause the و-verb at *t* continues ("X، الذي زار بيروت
    والتقى أيضاً Y": الذي), the nearest within seven words and no punctuation back; *t* - 1
    otherwise (session 69, blind69e)."""
    for y in range(t - 1, max(sr.lo, t - 8) - 1, -1):
        if sr.toks[y].punct:
            break
        if sr.f(y) & L.AR_REL_PRONOUNS:
            return y
    return t - 1


def verb_aside_close_ar(sr: Any, t: int) -> int | None:
    """The mark closing the aside that holds the verb at *t* ("X، الذي قال إنه التقى Z، Y":
    the comma after Z; also a dash or a bracket aside), when the aside opens at most 12
    words before the verb with no punctuation between; else None. The verb's objects stand
    before that mark."""
    for y in range(t - 1, max(sr.lo, t - 13) - 1, -1):
        tk = sr.toks[y]
        if not tk.punct:
            continue
        if tk.text in _COMMAS and not _opens_comma_aside(sr, y + 1):
            return None
        end = past_aside_ar(sr, y)
        return end - 1 if end > t else None
    return None
