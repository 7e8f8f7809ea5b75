"""The style of state news agencies (session 25, ``protocol``): WAM, SPA, ONA, KUNA, SANA ...

- "The meeting / audience was attended by the Deputy Minister of Foreign Affairs, X": the
  attendee named after a long title and a comma, "Dr." too (``titled_after_by_en``, called from
  ``meeting_attended._attendees_en``); after a meeting of two, he met both, whose side he
  is of not said (``meeting_attended_by_en``, called from ``meeting_attended._partners``).
- Arabic: "حضر اللقاء / المقابلة / الاستقبال Z" after a meeting of two: Z met both
  (``attended_opening_ar``, called from ``meeting_attended._partners``).
- "الشيخ X نائب حاكم إمارة أبوظبي مستشار الأمن الوطني": a second title after a name and his
  first title is his, no description of someone named before (``second_title_ar``, called
  from ``title_holders.title_holder``).
- The blessing after a ruler («حفظه الله»، "يحفظه الله"، "- حفظه الله ورعاه -") is read as
  spaces (``blank_blessings_ar``, called from ``rules.RuleExtractor._extract``).
"""

from __future__ import annotations

import re
from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.not_person_runs_en import spaced_style_en
from loaders.extract.title_phrase import _may_title

# lower-case words inside a capitalised title ("the Custodian of the Two Holy Mosques'
# Ambassador to Yemen")
_EN_TITLE_GLUE = frozenset({"the", "of", "for", "and", "to", "in", "'s", "'", "’s", "’"})
# a courtesy title between the comma and the name ("..., Dr. X")
_EN_COURTESY = frozenset({"dr", "mr", "mrs", "ms", ".", "sheikh"})


def titled_after_by_en(sr: Any, k: int) -> Any:
    """The person named after a title and a comma from token *k* ("the Deputy Minister of
    Foreign Affairs, X"), else None: capitalised words and title glue only, at most 14."""
    y = k
    while y < min(sr.hi, k + 14):
        t = sr.toks[y]
        if t.text == ",":
            break
        if t.punct and t.text not in ("'", "’") or not (t.cap or t.key in _EN_TITLE_GLUE or
                                                          t.key in L.EN_TITLE_FIRST):
            return None  # ("the speaker of the House of the People, X": a lower-case title)
        y += 1
    else:
        return None
    if y == k:
        return None
    a = y + 3 if spaced_style_en(sr.toks, y + 1, sr.hi) else y + 1  # ("H E Sheikh X": s39)
    for z in range(a, min(sr.hi, a + 3)):  # (after "Dr." / "Mr.": session 27)
        m = sr.mention_at.get(z)
        if m is not None:
            return m if m.etype == "Person" and m.lo == z and (
                z == a or all(sr.key(x) in _EN_COURTESY for x in range(a, z))) \
                else None
    return None


_EN_MEETING_NOUNS = frozenset({"meeting", "audience", "audiences", "talks", "reception", "session",
                               "meetings", "discussions"})


def meeting_attended_by_en(sr: Any) -> bool:
    """Does the sentence open "The meeting / audience / talks ... (was) attended by" (the
    agencies' sentence after a reception, whose attendee met both sides of a meeting of two,
    his side not said)?"""
    lo = sr.lo
    if sr.key(lo) != "the" or sr.key(lo + 1) not in _EN_MEETING_NOUNS:
        return False
    return any(sr.key(y) == "attended" and sr.key(y + 1) == "by"
               for y in range(lo + 2, min(sr.hi - 1, lo + 6)))


_AR_ATTENDED = L._ar("حضر", "وحضر")
_AR_MEETING_NOUNS = L._ar("اللقاء", "المقابلة", "الاستقبال", "الاجتماع", "المباحثات")


def attended_opening_ar(sr: Any) -> bool:
    """Does the sentence open "(و)حضر اللقاء / المقابلة / الاستقبال" (the agencies' sentence
    after a reception, whose attendee met both sides of a meeting of two, his side not
    said)?"""
    return sr.key(sr.lo) in _AR_ATTENDED and sr.key(sr.lo + 1) in _AR_MEETING_NOUNS


def second_title_ar(doc: Any, covered: dict, k: int) -> bool:
    """Arabic: the bare title at *k* follows a person's name and his first title with no
    punctuation between ("الشيخ طحنون بن زايد آل نهيان نائب حاكم إمارة أبوظبي مستشار الأمن
    الوطني"): his own second title, no description of someone else. Not a title right after
    the name ("استقبل عون رئيس الحكومة": the object), nor after the subject of a meeting verb
    ("واستقبل الرئيس X رئيس الجمهورية رئيسَ الحكومة")."""
    toks = doc.toks
    if toks[k].key.startswith("و") and toks[k].key not in L.AR_W_TITLE_WORDS:
        return False  # (a و that is no conjunction: "... رئيس مجلس الوزراء وزير الدفاع", s64)
    for y in range(k - 1, max(-1, k - 9), -1):  # back to the name, at most 8 words
        t = toks[y]
        if t.punct or t.key in _AR_NOT_TITLE or t.key in _AR_MEET_VERBS:
            return False  # (a verb between: "X رئيس الوزراء قد استقبل الرئيس التركي", s72)
        m = covered.get(y)
        if m is not None and m.etype == "Person":
            break
    else:
        return False
    if m.kind != "name" or k - m.hi < 2 or not _may_title(toks[m.hi]):
        return False
    start = m.tlo if 0 <= m.tlo < m.lo else m.lo
    return not any(t.key in _AR_MEET_VERBS for t in toks[max(0, start - 3):start])


# royal and honorific words of a name's title ("سمو الأمير X"، "الشيخ X")
_AR_ROYAL_TITLE = L._ar("الأمير", "الشيخ", "سمو", "الأميرة", "الشيخة", "صاحب")


def crown_prince_after_name_ar(doc: Any, covered: dict, k: int) -> bool:
    """Arabic: "ولي العهد" right after a royal's name ("بحضور سمو الأمير الحسين بن عبدالله
    الثاني ولي العهد"): his own title, no description of someone named before (session 54).
    Not after the subject of a meeting verb ("استقبل الأمير X ولي العهد": the object)."""
    toks = doc.toks
    if k < 1 or toks[k].key != "ولي" or k + 1 >= len(toks) or toks[k + 1].key != "العهد":
        return False
    m = covered.get(k - 1)
    if m is None or m.etype != "Person" or m.kind != "name" or m.hi != k:
        return False
    start = m.tlo if 0 <= m.tlo < m.lo else m.lo  # (the royal word may open the name)
    if not any(toks[x].key in _AR_ROYAL_TITLE for x in range(max(0, start - 1), m.lo + 1)):
        return False
    return not any(t.key in _AR_MEET_VERBS for t in toks[max(0, start - 3):start])


_AR_MEET_VERBS = L.AR_RECEIVE_VERBS | L._ar("التقى", "والتقى", "يلتقي", "ويلتقي", "اجتمع",
                                            "واجتمع", "يجتمع", "زار", "وزار")
# words that end a title chain: time words, "و" alone (a clause or a list goes on)
_AR_NOT_TITLE = frozenset({"اليوم", "امس", "أمس", "و", "في", "خلال", "حيث", "الذي", "التي",
                           "قد", "وقد"})


# the blessing after a ruler's name or title: «حفظه الله»، "يحفظه الله"، "- حفظه الله ورعاه -"،
# "(أيده الله)"
_AR_BLESSING = re.compile(  # (with the comma before it: "X، رعاه الله، على هامش ...": one
    # comma stays, no empty aside; session 54)
    r"(?:،[ \t]*(?=ي?(?:حفظه|حفظها|رعاه|رعاها|أيده|أيدها|سلمه|سدده)[ \t]+الله[ \t]*،))?"
    r"[«\"(\-–—]?[ \t]*ي?(?:حفظه|حفظها|رعاه|رعاها|أيده|أيدها|سلمه|سدده)[ \t]+الله"
    r"(?:[ \t]+و(?:رعاه|رعاها|أيده|أيدها|حفظه|حفظها|سدد[ \t]+خطاه))?[ \t]*[»\")\-–—]?")


_AR_BLESSING_VERBS = ("حفظه", "حفظها", "رعاه", "رعاها", "أيده", "أيدها", "سلمه", "سدده")


def blank_blessings_ar(text: str) -> str:
    """*text* with the blessings after a ruler's name written as spaces (the same length: the
    offsets of every other word stay): "استقبل الشيخ X رئيس الدولة «حفظه الله» اليوم Y" reads
    as "استقبل الشيخ X رئيس الدولة اليوم Y" -- never a person, never a clause break."""
    if "الله" not in text or not any(v in text for v in _AR_BLESSING_VERBS):
        return text  # (two substring tests: most articles, "حزب الله" too, stop here)
    return _AR_BLESSING.sub(lambda mo: " " * len(mo.group(0)), text)
