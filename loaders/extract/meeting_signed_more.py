"""MET_WITH (session 24, second round, rel): more signers of one agreement, both languages.

- English: the second signer past a possessor's title or an apposition: "The memorandum was
  signed (on Jan. 1) by X and Somaliland's outgoing leader, Y, at a ceremony", "The accord was
  inked by Washington's envoy X and the Taliban's political chief Y" (``second_signer_en``);
  "since X and Y, the leader of the breakaway region, signed a memorandum" (``apposed_cosigners_en``).
- Arabic: the agreement named before the verb with its pronoun: "مذكرة تفاهم ...، وقّعها X
  ومستشار الأمن القومي Y" (``pronoun_accord_ar``).
- Arabic (session 25, meetings): the agreement as the object before the signers ("ووقّع الاتفاقَ
  X ومستشار الأمن القومي Y، بحضور Z": ``accord_object_ar``) and the pronoun verb past a place or
  a date ("التفاهمات التي وقّعها في القاهرة في 9 أيلول X وY": ``first_cosigner_ar``).

- Session 64 (summit64): the first signer of a list past a title read as him
  (``named_after_title``), the second past the first one's nickname and a body inside his
  own title (``second_cosigner_ar``, ``person_past_title_ar``); English "X, adviser to Prime
  Minister Y, and Z signed": X signed, not Y (``apposition_owner_en``).

The checks of the callers stay (an agreement noun, no call or video link, negation and plans).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.chain_paren_alias import paren_alias_end
from loaders.extract.rule_common import title_start

_EN_SECOND_GAP = 9  # "and Somaliland's outgoing leader, Y"


def second_signer_en(sr: Any, first: Any) -> Any:
    """Y of "X and <someone's> <title>(,) Y" right after the person *first*, else None: no
    other punctuation than one comma right before Y, no other person, no verb between."""
    if sr.key(first.hi) != "and":
        return None
    nxt = sr.after(first.hi + 1, types=("Person",), maxgap=_EN_SECOND_GAP)
    if nxt is None or nxt.poss:
        return None
    for z in range(first.hi + 1, nxt.lo):
        tk = sr.toks[z]
        if tk.punct and not (tk.text == "," and z == nxt.lo - 1) and tk.text not in ("'", "’"):
            return None
        m = sr.mention_at.get(z)
        if m is not None and m.etype == "Person":
            return None
        if tk.text.islower() and (tk.text == "by" or tk.text.endswith("ed")):
            return None  # "signed by X and praised by Y": another verb
    return nxt


def apposed_cosigners_en(sr: Any, v: int) -> list[Any]:
    """The people of "X and Y, <apposition naming no one>, signed" before the verb at *v*."""
    if sr.key(v - 1) != ",":
        return []
    subj = sr.subject_before(v)
    if subj is None or subj.etype != "Person" or subj.poss or sr.key(subj.hi) != ",":
        return []
    if any((m := sr.mention_at.get(z)) is not None and m.etype == "Person"
           for z in range(subj.hi, v)):
        return []
    ch = [m for m in sr.args if m.etype == "Person" and m.hi <= subj.lo and
          subj in sr.chain(m, ("Person",))]
    if not ch:
        return []
    people = sr.chain(ch[0], ("Person",))
    owner = apposition_owner_en(sr, people[0])
    return [owner] + people[1:] if owner is not None else people


_EN_TITLE_OF = frozenset({"to", "of", "for"})
_EN_OWNER_GAP = 12  # ", national security adviser to Ethiopian Prime Minister Y"


def apposition_owner_en(sr: Any, m: Any) -> Any:
    """X of "X, <title> to / of <title> Y, and Z": Y, named inside X's apposition, is not the
    list's member, X is ("Redwan Hussien, national security adviser to Ethiopian Prime Minister
    Abiy Ahmed, and Getachew Reda signed"); None when *m* is no such Y."""
    start = title_start(m)
    while start - 1 > sr.lo and title_start(m) - start < 3 and (
            sr.key(start - 1) == "the" or sr.toks[start - 1].text[:1].isupper()):
        start -= 1  # (", adviser to (the) Ethiopian Prime Minister Y")
    if sr.key(start - 1) not in _EN_TITLE_OF:
        return None
    for z in range(start - 2, max(sr.lo, start - _EN_OWNER_GAP) - 1, -1):
        if sr.key(z) == ",":
            owner = sr.mention_at.get(z - 1)
            return owner if owner is not None and owner.etype == "Person" and \
                not owner.poss else None
        if sr.toks[z].punct or sr.mention_at.get(z) is not None and \
                sr.mention_at[z].etype == "Person":
            return None
    return None


_AR_PRON = L._ar("وقعه", "وقعها", "ووقعه", "ووقعها")
_AR_BACK = 14  # words back from the verb to the agreement noun


def pronoun_accord_ar(sr: Any, t: int, accord: frozenset[str]) -> bool:
    """True when the pronoun verb at *t* ("وقّعها") follows its agreement noun in the sentence
    ("ووُقّعت مذكرة تفاهم أمنية بين البلدين، وقّعها X وY")."""
    if not sr.f(t) & _AR_PRON:
        return False
    for x in range(t - 1, max(sr.lo - 1, t - _AR_BACK), -1):
        if sr.toks[x].text in (".", "؛", ";"):
            return False
        if sr.f(x) & accord:
            return True
    return False


_AR_IN = L._ar("في", "فى")
_AR_REL_REACH = 9  # "التي وقّعها في العاصمة المصرية في 9 أيلول X وY"


def first_cosigner_ar(sr: Any, t: int, rel: bool, accord: frozenset[str]) -> Any:
    """The first signer named after the verb at *t*: right after it (within five words), past
    the agreement as its object ("ووقّع الاتفاقَ X وY") or, for the pronoun verb ("وقّعها"),
    past a place or a date ("في العاصمة المصرية في 9 أيلول X وY"); None otherwise."""
    m = sr.after(t + 1, types=("Person",), maxgap=_AR_REL_REACH if rel else 5)
    if m is None or m.prefix or any(sr.toks[x].punct for x in range(t + 1, m.lo)):
        return None
    if title_start(m) - t > 6 and not sr.f(t + 1) & _AR_IN:
        return None  # (the longer reach only over "في ...")
    return named_after_title(sr, m)


def named_after_title(sr: Any, m: Any) -> Any:
    """The mention naming *m*'s person right after it when *m* is a title read as the person
    («وقّع رئيس مجلس السيادة الانتقالي القائد العام ... عبد الفتاح البرهان، ورئيس ...»: the
    list goes on from the name), else *m*."""
    nxt = next((a for a in sr.args if a.lo >= m.hi), None)
    if nxt is not None and nxt.eid == m.eid and title_start(nxt) == m.hi:
        return nxt
    return m


_AR_SECOND_REACH = 16  # "ورئيس الهيئة القيادية لتنسيقية القوى الديمقراطية المدنية «تقدم» الدكتور Y"
_AR_GAP_MARKS = frozenset("«»\"“”()")
_AR_NOT_TITLE = L._ar("بحضور", "وبحضور", "في", "خلال", "الذي", "التي", "عقب", "بعد", "قبل", "مع",
                      "أمام", "لدى")


def second_cosigner_ar(sr: Any, m: Any) -> Any:
    """Y of "X (<alias>) و<title> ... Y" after the first signer *m*: a title word with و
    right after X (or after X's bracketed or quoted alias), a body named inside Y's title
    ("وقّع ... محمد حمدان دقلو «حميدتي» ورئيس الهيئة القيادية لتنسيقية «تقدم» الدكتور عبد الله
    حمدوك إعلاناً"), no other punctuation and no other person before Y; else None."""
    close = paren_alias_end(sr, m)
    start = m.hi if close is None else close + 1
    word = sr.key(start) if start < sr.hi else ""
    if not word.startswith("و"):
        return None
    n = person_past_title_ar(sr, start, word[1:])
    return n if n is not None and n.eid != m.eid else None


def person_past_title_ar(sr: Any, start: int, word: str) -> Any:
    """The person named after the title that opens at *start* (its first word *word*, a
    conjunction or preposition left out) when a place or a body named inside the title ends
    the mention's own title later («رئيس الهيئة القيادية لتنسيقية «تقدم» الدكتور Y»، «مع رئيس
    إقليم «أرض الصومال» الانفصالي آنذاك Y»): no punctuation but quotes or brackets before Y,
    at most sixteen words; else None."""
    if word not in L.AR_TITLE_FIRST:
        return None
    n = next((a for a in sr.args if a.lo > start and a.etype == "Person"), None)
    if n is None or n.lo - start > _AR_SECOND_REACH:
        return None
    if any(sr.toks[z].punct and sr.toks[z].text not in _AR_GAP_MARKS or sr.f(z) & _AR_NOT_TITLE
           for z in range(start, n.lo)):
        return None  # (not "مع رئيس شركة أرامكو بحضور Y": Y attended)
    return n


def accord_object_ar(sr: Any, t: int, accord: frozenset[str]) -> bool:
    """Is the word after the verb at *t* its agreement ("ووقّع الاتفاقَ X وY")?"""
    return bool(sr.f(t + 1) & accord)


def met_object_clause_ar(sr: Any, m: Any, comma: int) -> bool:
    """Is *m* the object of a subjectless meeting clause after a comma, its only person
    ("حلّ X في بغداد، فالتقى Y، ووقّع مع Z": Y is whom X met; the signer is X)?"""
    start = next((x + 1 for x in range(title_start(m) - 1, sr.lo - 1, -1)
                  if sr.toks[x].text in ("،", ",")), sr.lo)
    return start > sr.lo and start < title_start(m) and all(
        sr.f(x) & L.AR_MEET for x in range(start, title_start(m))) and not any(
        a.etype == "Person" and a is not m and m.lo < a.lo < comma for a in sr.args)
