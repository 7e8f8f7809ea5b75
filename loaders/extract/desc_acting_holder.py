"""English "the interim / acting / caretaker <title>" stands for the one person the article
told took that office in that capacity (session 67, coref67).

"X was sworn in on Thursday as interim President of the Republic, hours after the death of
President Y. In the afternoon, the interim President received Z": the description is X, not Y,
the president named with the same title word before (``resolve_description`` picks the last
"President Y"). The holder is a person named before the description with the acting word
and the title word in his office phrase: after "as" following his name ("X was sworn in on
Thursday as interim President", "X, who took over as acting prime minister"), right after his
name ("named X acting president"), or in the title before his name ("interim President X").
Used only when exactly one person is so told; otherwise the description reads as before.

Arabic, the same reading: «أدى X اليمين الدستورية رئيساً مؤقتاً للجمهورية ... وبعد الظهر، استقبل
الرئيس المؤقت Z»: the acting word after the title («الرئيس المؤقت»، «رئيس الدولة بالنيابة»،
«الرئيس الانتقالي»), the holder told with the title as a predicate after his name in his clause
(«رئيساً مؤقتاً»، «رئيساً للدولة بالنيابة»), in the title before his name («الرئيس المؤقت X») or
in the title right after it («X رئيس الجمهورية المؤقت», session 71) (``acting_holder_ar``).

The Arabic predicate test is shared: ``coreference.resolve_description`` keeps the incoming
holder of a replacement for a plain Arabic title («رئيس الحكومة») when his name was followed by
that title as a predicate («مسرور بارزاني، الذي أدى اليمين الدستورية رئيساً لحكومة الإقليم خلفاً
لنيجيرفان بارزاني ... استقبل رئيس الحكومة X»: Masrour, not the replaced Nechirvan nor nobody)
(``took_title_ar``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start
from loaders.extract.succession_acting_replacement import EN_ACTING

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc
    from loaders.extract.tokens import Tok

_QUAL_SPAN = 3  # words between "the" and the title ("the country's interim President")
_AS_GAP = 8  # words from the name to "as" ("was sworn in on Thursday as")
_OFFICE_GAP = 3  # words from the acting word to the title word ("interim head of state")
_AR_ACTING = L.AR_ACTING_ADVERBS | L._ar("المؤقت", "المؤقتة", "مؤقتة", "الانتقالي", "الانتقالية",
                                         "انتقاليا", "انتقالياً")
_AR_OFFICE_SPAN = 4  # words from the predicate title to its acting word («رئيساً للدولة بالنيابة»)
# words from the name to the predicate («أدى X اليمين الدستورية رئيساً»; «وكان الرئيس X قد أدى
# السبت الماضي اليمين الدستورية أمام مجلس النواب رئيساً للجمهورية»: 10, session 72)
_AR_NAME_GAP = 11
_CLAUSE_END = frozenset({".", ";", ":", "and", "but", "while", "after", "met", "received"})


def acting_holder_en(doc: Doc, k: int, lo: int) -> str | None:
    """The one person told to have taken the office of the title at *k* as acting, when an
    acting word qualifies the title ("the interim President"; *lo*: the sentence's start);
    None otherwise."""
    toks = doc.toks
    if toks[k].ar:
        return None
    for x in range(max(lo, k - _QUAL_SPAN), k):  # (a loop: no generator per call)
        if toks[x].key in EN_ACTING:
            break
    else:
        return None
    key = toks[k].key
    found = {m.eid for m in doc.ments
             if m.etype == "Person" and m.kind == "name" and m.hi <= k and m.lo < lo and
             (_titled_acting(doc, m.lo, title_start(m), key) or
              _took_as_acting(doc, m.hi, lo, key))}
    return found.pop() if len(found) == 1 else None


def _office_follows(doc: Doc, x: int, key: str, end: int) -> bool:
    """Does the title word *key* follow the acting word at *x* within a few words?"""
    return any(doc.toks[y].key == key for y in range(x + 1, min(end, x + 1 + _OFFICE_GAP)))


def _titled_acting(doc: Doc, name_lo: int, start: int, key: str) -> bool:
    """"interim President X": the acting word and the title word in the title before X."""
    return 0 <= start < name_lo and any(
        doc.toks[x].key in EN_ACTING and _office_follows(doc, x, key, name_lo)
        for x in range(start, name_lo))


def _took_as_acting(doc: Doc, hi: int, end: int, key: str) -> bool:
    """"X was sworn in on Thursday as interim President", "named X acting president": the
    acting word right after the name or after "as" in the name's clause, then the title word."""
    toks = doc.toks
    if hi < end and toks[hi].key in EN_ACTING:
        return _office_follows(doc, hi, key, end)
    for y in range(hi, min(end, hi + _AS_GAP)):
        if toks[y].key in _CLAUSE_END or toks[y].ar:
            return False
        if toks[y].key == "as":
            return any(toks[x].key in EN_ACTING and _office_follows(doc, x, key, end)
                       for x in range(y + 1, min(end, y + 3)))
    return False


def acting_holder_ar(doc: Doc, k: int, lo: int, hi: int) -> str | None:
    """The one person told to have taken the office of the Arabic title at *k* as acting, when
    an acting word follows the title in its phrase («الرئيس المؤقت»; [*lo*, *hi*): the
    sentence); None otherwise."""
    toks = doc.toks
    if not toks[k].ar or not any(toks[x].key in _AR_ACTING
                                 for x in range(k + 1, min(hi, k + _AR_OFFICE_SPAN))):
        return None
    stem = _bare_stem(toks[k])
    found = {m.eid for m in doc.ments
             if m.etype == "Person" and m.kind == "name" and m.lo < lo and
             (_titled_acting_ar(doc, title_start(m), m.lo, stem) or
              _predicate_ar(doc, m.hi, stem, acting=True) >= 0 or
              _apposed_acting_ar(doc, m.hi, stem))}
    return found.pop() if len(found) == 1 else None


def took_title_ar(doc: Doc, eid: str, k: int) -> bool:
    """Was a name of *eid* before *k* followed in its clause by the Arabic title at *k* as a
    predicate, with the same body when the title names one («X ... رئيساً لحكومة الإقليم» for
    «رئيس الحكومة»; «X ... رئيساً» for «الرئيس»)?"""
    toks = doc.toks
    stem = _bare_stem(toks[k])
    body = _bare_stem(toks[k + 1]) if k + 1 < len(toks) and toks[k + 1].ar and \
        toks[k + 1].key.startswith("ال") else None
    for m in doc.ments:
        if m.eid != eid or m.kind != "name" or m.lo >= k:
            continue
        y = _predicate_ar(doc, m.hi, stem, acting=False)
        if y >= 0 and (body is None or any(
                body in (st for _o, st in toks[x].stems)
                for x in range(y + 1, min(len(toks), y + 3)))):
            return True
    return False


def _bare_stem(tok: Tok) -> str:
    """The word's last stem without its article («الرئيس» -> «رييس»)."""
    stem = tok.stems[-1][1] if tok.stems else tok.key
    return stem[2:] if stem.startswith("ال") else stem


def _predicate_ar(doc: Doc, hi: int, stem: str, acting: bool) -> int:
    """Where the title *stem* stands as a predicate («رئيساً») after the name ending at *hi*,
    in its clause («X اليمين الدستورية رئيساً»، «X، الذي أدى اليمين رئيساً»), followed by an
    acting word when *acting* («رئيساً مؤقتاً»، «رئيساً للدولة بالنيابة»); -1 if not."""
    toks = doc.toks
    for y in range(hi, min(len(toks), hi + _AR_NAME_GAP)):
        if toks[y].text == "،" and y + 1 < len(toks) and toks[y + 1].key in L.AR_REL_PRONOUNS:
            continue  # «X، الذي أدى اليمين رئيساً مؤقتاً»
        if toks[y].punct or not toks[y].ar:
            return -1
        if toks[y].key.rstrip("ا") == stem and toks[y].key != stem:
            if not acting or any(toks[x].key in _AR_ACTING and not toks[x].punct
                                 for x in range(y + 1, min(len(toks), y + _AR_OFFICE_SPAN))):
                return y
            return -1
    return -1


def _apposed_acting_ar(doc: Doc, hi: int, stem: str) -> bool:
    """«X رئيس الجمهورية المؤقت»، «X، الرئيس الانتقالي»: the title (not a predicate) right after
    the name ending at *hi* (a comma may stand between), an acting word closing its phrase
    (session 71)."""
    toks = doc.toks
    y = hi + 1 if hi < len(toks) and toks[hi].text in ("،", ",") else hi
    if y >= len(toks) or not toks[y].ar or _bare_stem(toks[y]) != stem:
        return False
    for x in range(y + 1, min(len(toks), y + _AR_OFFICE_SPAN)):
        if toks[x].punct or not toks[x].ar:
            return False
        if toks[x].key in _AR_ACTING:
            return True
    return False


def _titled_acting_ar(doc: Doc, start: int, name_lo: int, stem: str) -> bool:
    """«الرئيس المؤقت X»: the title word and an acting word in the title before X."""
    if not 0 <= start < name_lo:
        return False
    title = doc.toks[start:name_lo]
    return any(stem in (s for _o, s in t.stems) or t.key == "ال" + stem for t in title) and \
        any(t.key in _AR_ACTING for t in title)
