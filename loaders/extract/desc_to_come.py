"""An office still to come used without a name (session 62, scorer62): "the Prime
Minister-designate", "the president-elect", «رئيس الحكومة المكلف», «الرئيس المنتخب».

Before, such a description was resolved like the bare office ("the prime minister"), so it
named the outgoing holder named earlier ("Salam was designated Prime Minister ... the cabinet
of Najib Mikati ... joined by the Prime Minister-designate": Mikati). It names the person the
piece says was designated / elected / named (``designee``): the one titled so ("Prime
Minister-designate X", «رئيس الحكومة المكلف X»), the one right after a verb or
verbal noun of putting in office ("designated X", "the election of X", «كلّف الرئيس عون
القاضي X» (the object, after the agent), «تكليف X», «انتُخب X», and session 70's «كلّف
الرئيس X، مساء السبت، Y بتشكيل الحكومة») or before its passive ("X was
designated / elected / named", "X, who was elected"), "X won the election"; several such
people: the one whose words after the name hold the office's word ("elected X president",
«رئيساً»). Nobody designated in the piece: nobody (never the current holder)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start
from loaders.textnorm import strip_article_ar

if TYPE_CHECKING:
    from collections.abc import Mapping

    from loaders.extract.mention_base import Mention
    from loaders.extract.mentions import Doc
    from loaders.extract.tokens import Tok

# the task of a premier-designate after «المكلف» («تشكيل الحكومة»): the title of a name after
_AR_FORMING = L._ar("تشكيل", "بتشكيل", "لتشكيل", "تأليف", "بتأليف", "لتأليف")
_EN_TO_COME = frozenset({"designate", "elect"})  # after a hyphen: "President-elect"
AR_TO_COME = L._ar("المكلف", "المكلفة", "المنتخب", "المنتخبة")

# English words right before the person put in office ("designated X", "the election of X")
_EN_PUT_IN = L._en("designated", "designates", "designating", "named", "names", "naming",
                   "appointed", "appoints", "appointing", "elected", "elects", "electing",
                   "nominated", "nominates", "nominating", "tapped", "taps", "chose", "chooses",
                   "picked", "picks")
_EN_TASKED = L._en("tasked", "tasks", "tasking", "asked", "asks", "asking", "charged", "invited",
                   "invites")
_EN_FORM = L._en("form", "forming")
_EN_PUT_IN_NOUNS = L._en("designation", "appointment", "election", "nomination", "choice")
# after the name, a passive ("X was designated", "X has been elected", "X, who was named")
_EN_BE = L._en("was", "is", "has", "had", "been", "be", "who", "formally", "officially", "later",
               "then", "just", "newly")
_EN_PUT_IN_PASSIVE = L._en("designated", "named", "appointed", "elected", "nominated", "chosen",
                           "tapped", "picked", "re-elected")
_EN_WON = L._en("won", "wins", "winning")
_EN_POLL = L._en("election", "elections", "runoff", "run-off", "vote", "poll", "ballot",
                 "presidential")
# Arabic verbs (their agent may come first: «كلّف الرئيس X القاضي Y») and verbal nouns (the
# person put in office right after: «تكليف X») of designating, electing, naming, choosing
_AR_PUT_IN_VERBS = L._ar("كلف", "وكلف", "فكلف", "انتخب", "وانتخب", "فانتخب", "سمى", "وسمى",
                         "فسمى", "عين", "وعين", "فعين", "اختار", "واختار", "فاختار")
_AR_PUT_IN_NOUNS = L._ar("تكليف", "بتكليف", "وتكليف", "لتكليف", "انتخاب", "بانتخاب", "وانتخاب",
                         "لانتخاب", "تسمية", "بتسمية", "وتسمية", "لتسمية", "تعيين", "بتعيين",
                         "وتعيين", "لتعيين", "اختيار", "باختيار", "واختيار", "لاختيار")
_AR_WON = L._ar("فاز", "وفاز", "يفوز")
_AR_POLL = L._ar("بالانتخابات", "بانتخابات", "بالرئاسة", "بمنصب")
_AR_IN_IT = L._ar("فيها", "فيه", "خلالها", "خلاله")  # «التي انتُخب فيها X»
_AFTER = 8  # words read after a designee's name for the office's word
_CLITICS = ("لل", "بال", "وال", "ل", "ب", "و")


def to_come_office(toks: list[Tok], k: int, end: int, hi: int,
                   covered: Mapping[int, Mention]) -> list[str] | None:
    """The bare words of the office at *k* when its description (read up to *end*) ends
    with a "-designate" / "-elect" or an Arabic «المكلف» / «المنتخب» right after it (before
    *hi*) and no person's name follows (*covered*: the mentions by token; "الرئيس المنتخب
    دونالد ترامب" is a title), else None."""
    for x in range(k + 1, min(end + 2, hi)):
        tk = toks[x]
        if tk.ar and tk.key in AR_TO_COME or not tk.ar and tk.key in _EN_TO_COME and \
                toks[x - 1].text == "-":
            nxt = covered.get(x + 1)
            if nxt is not None and nxt.etype == "Person" or x + 1 < hi and (
                    not tk.ar and toks[x + 1].cap and not toks[x + 1].punct or
                    tk.ar and toks[x + 1].key in _AR_FORMING):
                return None  # ("الرئيس المكلف تشكيل الحكومة القاضي X": X's title)
            return [_bare(toks[y]) for y in range(k, x) if not toks[y].punct]
        if tk.punct and tk.text != "-" or x >= end and not (tk.text == "-" or tk.ar):
            return None
    return None


def _bare(tk: Tok) -> str:
    """A word without its Arabic clitic, article and accusative alif ("للحكومة", "رئيساً" ->
    "حكومة", "رئيس"); an English word's key."""
    if not tk.ar:
        return tk.key
    key = tk.key
    for c in _CLITICS:
        if key.startswith(c) and len(key) - len(c) >= 3:
            key = key[len(c):]
            break
    key = strip_article_ar(key)
    return key[:-1] if key.endswith("ا") and len(key) > 3 else key


def designee(doc: Doc, k: int, office: list[str]) -> str | None:
    """The person the piece, before the token *k*, says was designated / elected / named
    (module doc); several: the one with a word of *office* after the name; else None."""
    found: list[Mention] = []
    for m in doc.ments:
        if m.etype == "Person" and m.kind == "name" and m.hi <= k and _put_in(doc, m):
            found.append(m)
    tasked = [m for m in found if _ar_tasked_forming(doc, m)]
    if tasked:  # «كلّف الرئيس X، مساء السبت، Y بتشكيل الحكومة»: Y, not the agent X (s70)
        found = tasked
    people = list(dict.fromkeys(m.eid for m in found))
    if len(people) <= 1:
        return people[0] if people else None
    words = {w for w in office if len(w) > 2}
    fit = list(dict.fromkeys(m.eid for m in found if any(
        _bare(doc.toks[y]) in words for y in range(m.hi, min(len(doc.toks), m.hi + _AFTER)))))
    return fit[0] if len(fit) == 1 else None


def _put_in(doc: Doc, m: Mention) -> bool:
    """Is *m* the person a cue of designating / electing / naming puts in office?"""
    toks = doc.toks
    c = title_start(m) - 1
    if any(toks[x].key in AR_TO_COME if toks[x].ar else toks[x].key in _EN_TO_COME and
           toks[x - 1].text == "-" for x in range(c + 2, m.lo)):
        return True  # titled so: "Prime Minister-designate X", «رئيس الحكومة المكلف X»
    if c >= 0 and not toks[c].ar and (
            toks[c].key in _EN_PUT_IN or
            toks[c].key == "of" and c >= 1 and toks[c - 1].key in _EN_PUT_IN_NOUNS):
        return True
    if c >= 0 and toks[c].ar and toks[c].key in _AR_PUT_IN_NOUNS:
        return True
    if c >= 0 and not toks[c].ar and toks[c].key in _EN_TASKED and any(
            toks[z].key in _EN_FORM for z in range(m.hi, min(len(toks), m.hi + 4))):
        return True  # "tasked X with forming a government", "asked X to form"
    if _ar_object_of_verb(doc, m) or _ar_tasked_forming(doc, m):
        return True
    x = m.hi + (m.hi < len(toks) and toks[m.hi].text == ",")
    y = x
    while y < len(toks) and y - x < 5 and toks[y].key in _EN_BE:
        y += 1
    if y < len(toks) and not toks[y].ar and (
            y > x and toks[y].key in _EN_PUT_IN_PASSIVE or
            toks[y].key in _EN_WON and any(toks[z].key in _EN_POLL
                                           for z in range(y + 1, min(len(toks), y + 6)))):
        return True
    return x < len(toks) and toks[x].ar and toks[x].key in _AR_WON and any(
        toks[z].key in _AR_POLL for z in range(x + 1, min(len(toks), x + 4)))


def _ar_tasked_forming(doc: Doc, m: Mention) -> bool:
    """«كلّف الرئيس X، مساء السبت، الوزير السابق Y بتشكيل الحكومة» (session 70): *m* right
    before «بتشكيل / لتشكيل», and a verb of designating within fifteen words before it in the
    sentence (the agent and a time aside between: ``_ar_object_of_verb`` reads only the
    adjacent ones)."""
    toks = doc.toks
    if m.hi >= len(toks) or not toks[m.hi].ar or toks[m.hi].key not in _AR_FORMING:
        return False
    for x in range(title_start(m) - 1, max(0, title_start(m) - 16) - 1, -1):
        if toks[x].text in (".", "\n", "؟", "!", ":"):
            return False
        if toks[x].key in _AR_PUT_IN_VERBS:
            return True
    return False


def _ar_object_of_verb(doc: Doc, m: Mention) -> bool:
    """Is *m* put in office by an Arabic verb before it: right after the verb with no other
    person following (a passive «انتُخب X», «التي انتُخب فيها X», or the body as agent «انتخب
    البرلمان X», the body's mention between), or the person right after the verb's agent
    («كلّف الرئيس عون القاضي X»)?"""
    toks = doc.toks
    c = title_start(m) - 1
    if c < 0 or not toks[c].ar:
        return False
    if c >= 1 and toks[c].key in _AR_IN_IT:
        c -= 1  # «الجلسة التي انتُخب فيها X» (session 65)
    else:
        body = next((p for p in doc.by_sent.get(m.sent, ()) if p.etype == "Organization" and
                     p.hi == c + 1), None)
        if body is not None:  # «انتخب البرلمان X»: the body as agent (session 65)
            c = title_start(body) - 1
    if c >= 0 and toks[c].key in _AR_PUT_IN_VERBS:
        nxt = next((p for p in doc.by_sent.get(m.sent, ()) if p.etype == "Person" and
                    p.kind == "name" and title_start(p) == m.hi), None)
        return nxt is None
    prev = next((p for p in doc.by_sent.get(m.sent, ()) if p.etype == "Person" and
                 p.kind == "name" and p.hi == title_start(m)), None)
    if prev is None:
        return False
    c = title_start(prev) - 1
    if c >= 1 and toks[c].ar and not toks[c].punct and toks[c].key not in _AR_PUT_IN_VERBS:
        c -= 1  # a word between the verb and its agent («كلّف اليوم الرئيس X ...»)
    return c >= 0 and toks[c].key in _AR_PUT_IN_VERBS
