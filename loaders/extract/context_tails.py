"""The tail of a clause after its first partner: an apposition or a list (``apposition_tail``,
``list_link_en``), an Arabic relative tail ("الذي ... ثم"; ``relative_tail_ar``,
``with_again_ar``), a possessed person (``possessed_person_en``), an apposed subject
(``apposed_subject_en``), a continued Arabic clause, more agents (``more_agents_en``), and the
planned and counterfactual meetings (``planned_ar``, ``counterfactual_en``)."""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.aside_span_ar import AR_ASIDE_MARKS, past_aside_ar
from loaders.extract.context_words import _EN_SAYING
from loaders.extract.meeting_aside_en import aside_close_en
from loaders.extract.meeting_passive_agent import apposed_agent_en
from loaders.extract.rule_common import person_after_qualifiers_en, title_start

# ---- lists broken by an apposition: "X, head of Y, and Z" ---------------------------------
_EN_APPOS_START = frozenset({"head", "leader", "chief", "commander", "deputy", "the", "a", "speaker",
                             "an", "his", "its", "founder", "secretary-general", "former",
                             "spokesman", "member", "minister", "president",
                             "secretary", "director", "ambassador", "envoy", "chairman",
                             "adviser", "advisor", "governor"})


_EN_TITLE_ED = frozenset({"retired", "designated", "appointed", "elected", "acting", "detained",
                          "jailed", "exiled", "assassinated", "slain", "killed"})


# a dash or bracket aside after a list item: "met X — who is mediating — and Y", "received X
# (who returned from Riyadh) and then Y" (session 55)
_EN_ASIDE_OPEN = {"-": ("-", "–", "—"), "–": ("-", "–", "—"), "—": ("-", "–", "—"),
                  "(": (")",)}


def _dash_aside_close_en(sr: Any, x: int) -> int | None:
    """The mark closing the dash or bracket aside opening at *x*, naming no person and
    telling no saying (at most 14 words), else None."""
    closing = _EN_ASIDE_OPEN[sr.toks[x].text]
    for y in range(x + 1, min(sr.hi, x + 16)):
        if sr.toks[y].text in closing:
            if y == x + 1 or any(m.etype == "Person" and x < m.lo < y for m in sr.args) or \
                    any(sr.key(z) in _EN_SAYING for z in range(x + 1, y)):
                return None
            return y
        if sr.toks[y].text in (".", ";"):
            return None
    return None


def apposition_tail(sr: Any, last: Any, types: tuple[str, ...] = ("Person",)) -> list:
    """English: the people listed after an apposition closing a list item: "killed X, head
    of Iran's Quds Force, and Y (and Z)" -> [Y, Z]. The apposition is a title phrase of at
    most 14 tokens without a verb or a person of its own; [] when none follows *last*."""
    x = last.hi
    if x + 1 < sr.hi and sr.toks[x].text in _EN_ASIDE_OPEN and not sr.toks[x].ar:
        close = _dash_aside_close_en(sr, x)  # "met X — who is mediating — and Y" (s55)
        if close is None:
            return []
    elif x + 1 >= sr.hi or sr.toks[x].text != "," or sr.toks[x].ar:
        return []
    else:
        close = None
    k1 = sr.toks[x + 1].key if x + 1 >= sr.lo else ""  # = sr.key(x + 1), without a call
    if close is not None:
        pass
    elif k1 in _EN_WHO:
        close = x  # "met X, who lives in Muscat, and Y": a relative clause, no apposition
    else:
        if k1 not in _EN_APPOS_START and not sr.toks[x + 1].poss:
            return []
        close = next((y for y in range(x + 2, min(sr.hi, x + 16)) if sr.toks[y].text == ","),
                     None)
        if close is None or any(m.etype == "Person" and x < m.lo < close and m.eid != last.eid
                                for m in sr.args) or \
                any(sr.key(y) in ("said", "says", "who", "which", "was", "is", "met", "killed")
                    for y in range(x + 1, close)):
            return []
    if sr.key(close + 1) in _EN_WHO:
        # "X, the Houthi negotiator, who lives in Muscat, and Y": past the relative clause
        # too, when it names nobody and is no saying ("X, who said ..., and Y")
        end = next((y for y in range(close + 2, min(sr.hi, close + 16))
                    if sr.toks[y].text in (",", ".", ";")), None)
        if end is None or sr.toks[end].text != "," or any(
                m.etype == "Person" for m in sr.args if close < m.lo < end) or \
                any(sr.key(y) in _EN_SAYING for y in range(close, end)):
            return []  # ("X, who leads the Amal movement, and Z": bodies only)
        close = end
    if close == x:
        return []
    a = close + 1  # the "and" / "as well as" joining the next item
    asyndetic = False
    if sr.key(a) == "as" and sr.key(a + 1) == "well" and sr.key(a + 2) == "as":
        a += 2  # "X, whose ..., as well as Y and Z"
    elif sr.key(a) != "and":
        if not (sr.toks[a].cap or person_after_qualifiers_en(sr, a, 1) is not None) if a < sr.hi else True:
            return []
        a, asyndetic = close, True  # "met X, head of Y, Badr chief Z and W": no "and" yet
    a = list_link_en(sr, a, last)  # "..., and (later) with Y": the preposition before X again
    if a < 0:
        return []
    k2 = sr.toks[a + 1] if a + 1 < sr.hi else None
    if k2 is not None and not k2.cap and k2.key.endswith("ed") and k2.key not in _EN_TITLE_ED:
        return []  # "met X, head of Y, and secured agreement to keep Z": a verb, no list
    nxt = sr.after(a + 1, types=types, maxgap=6)
    if nxt is None:
        return []
    if nxt.etype != "Person" and "Person" in types:
        p = sr.after(nxt.hi, types=("Person",), maxgap=2)
        if p is not None and not any(sr.toks[y].punct for y in range(nxt.hi, p.lo)):
            nxt = p  # "..., and Asaib Ahl al-Haq leader Qais al-Khazali": the person
    if asyndetic and title_start(nxt) > a + 4:
        return []  # the next item must start right after the comma
    tail = sr.chain(nxt, types)
    if asyndetic and len(tail) < 2:
        # "X, the Badr chief, Y, the Asaib leader, and Z": only when the list goes on
        tail = tail + apposition_tail(sr, tail[-1], types)
        if len(tail) < 2 and sr.key(tail[-1].hi) != "and":
            return []  # "met X, head of Y, Foreign Minister Z said": a new clause
    end = tail[-1].hi
    if end < sr.hi and not sr.toks[end].punct and sr.key(end) not in _EN_AFTER_OBJECT and \
            not (asyndetic and sr.key(end) == "and"):
        return []  # "..., and Khazali said": a new clause, not a list member
    return tail


_EN_LIST_ADV = frozenset({"later", "then", "also", "subsequently", "separately", "afterwards"})
_EN_LIST_PREPS = frozenset({"with", "by"})


def list_link_en(sr: Any, a: int, last: Any) -> int:
    """*a* is the "and" of "X, who ..., and Y": the last token before the next member, past
    an adverb and the preposition that stood before X ("held talks with X, ..., and (later)
    with Y", "was received by X, ..., and by Y"); -1 for a preposition X did not have."""
    while sr.key(a + 1) in _EN_LIST_ADV:
        a += 1
    if sr.key(a + 1) == ",":  # "..., and then, in a separate meeting, Y" (session 55)
        close = aside_close_en(sr, a + 1)
        if close is not None and sr.toks[close].text == ",":
            a = close
    p = sr.key(a + 1)
    if p in _EN_LIST_PREPS:
        s = title_start(last)
        if not any(sr.key(y) == p for y in range(max(sr.lo, s - 3), s)):
            return -1  # "met X, who ..., and with Y": not X's list
        a += 1
    return a


_AR_WHO = frozenset({"الذي", "التي", "وهو", "وهي"})  # ("X، وهو ...، وY": s55)
_AR_TAIL_NEXT = L._ar("في", "خلال", "بحضور", "وبحضور", "على", "بعد", "قبل", "امس", "يوم",
                      "اليوم", "مساء", "صباح")


_AR_THEN = frozenset({"ثم", "وثم"})
# words from the closing comma to the next member's name past its title: "، وقائدَ قوات التحالف
# الدولي ضد داعش الفريق Y" (session 39: 5 before)
_AR_TITLE_REACH = 9


def relative_tail_ar(sr: Any, last: Any) -> list:
    """Arabic: the people listed after a relative clause or a title apposition closing a
    list item: "التقى X، الذي خلف Z على رأس الجهاز، ووزير الطاقة Y" / "التقى X، نائب رئيس
    الهيئة، ورئيس منظمة بدر Y" -> [Y]; also "...، (لبحث ...،) ثم Y". The member
    after the clause's closing comma starts with و or ثم (a title or the name), and what follows the list is no new clause (a
    comma, the end, a place, a date or a purpose); [] otherwise."""
    x = last.hi
    if x + 1 < sr.hi and sr.toks[x].text in AR_ASIDE_MARKS:
        # "التقى X - الذي يتولى الوساطة - وY" / "X (وهو ...) وY" (aside_span_ar, session 55)
        end = past_aside_ar(sr, x)
        if end == x:
            return []
        close = end - 1
    else:
        if x + 1 >= sr.hi or sr.toks[x].text not in ("،", ",") or (
                sr.key(x + 1) not in _AR_WHO and sr.key(x + 1) not in L.AR_TITLE_FIRST):
            return []
        close = next((y for y in range(x + 2, min(sr.hi, x + 18))
                      if sr.toks[y].text in ("،", ",", ".", "؛")), None)
        if close is None or sr.toks[close].text not in ("،", ","):
            return []
    if sr.toks[x].text in ("،", ",") and sr.key(x + 1) not in _AR_WHO and any(
            m.etype == "Person" and not m.in_title and x < m.lo < close for m in sr.args):
        return []  # "التقى X، نائب رئيس الهيئة، ورئيس منظمة بدر Y": a title naming nobody
    if close + 1 < sr.hi and sr.key(close + 1)[:1] == "ل" and \
            sr.mention_at.get(close + 1) is None:
        # "...، لبحث ملف ...، ثم Y": a purpose phrase before the member after "ثم"
        close2 = next((y for y in range(close + 2, min(sr.hi, close + 14))
                       if sr.toks[y].text in ("،", ",", ".", "؛")), None)
        if close2 is None or sr.toks[close2].text not in ("،", ",") or \
                sr.key(close2 + 1) not in _AR_THEN:
            return []
        close = close2
    nxt = next((m for m in sr.args if m.lo > close and not m.in_title), None)
    if nxt is not None and nxt.etype in ("Organization", "Country") and \
            sr.toks[close + 1].key.startswith("و") and sr.key(close + 1)[1:] in L.AR_TITLE_FIRST:
        nxt = next((m for m in sr.args if m.lo > nxt.lo and m.etype == "Person" and
                    not m.in_title and m.lo - close <= _AR_TITLE_REACH), nxt)  # "، وقائدَ
        # قوات التحالف الدولي ضد داعش الفريق Y": bodies inside the title (session 39)
    if nxt is None or nxt.etype != "Person":
        return []
    start = title_start(nxt)
    first = sr.toks[close + 1].key
    with_y = with_again_ar(sr, close, last)
    if with_y is None:
        return []  # "التقى X، الذي ...، ومع Y": X was no "مع" object
    if with_y:  # "بحث مع X، الذي ...، ثم مع Y" / "، ومع Y": Y (his title) right after مع
        if start - (close + with_y) > 2:
            return []
    elif first in _AR_THEN:  # "...، ثم رئيسَ البرلمان Y" / "...، ثم Y"
        if start != close + 2 and not (start - close <= 6 and
                                       sr.key(close + 2) in L.AR_TITLE_FIRST):
            return []
    elif not first.startswith("و") or (start != close + 1 and not (
            start - close <= _AR_TITLE_REACH and _title_first_ar(first[1:]) and
            not any(sr.toks[y].punct for y in range(close + 1, start)))):
        return []  # "...، ووزير الطاقة Y" (a title the mention step left out), not "ووصل Y"
    tail = sr.chain(nxt, ("Person",))
    end = tail[-1].hi
    if not with_y and end < sr.hi and not sr.toks[end].punct and \
            sr.key(end) not in _AR_TAIL_NEXT and sr.toks[end].key[:1] != "ل":
        return []  # "...، ووزير الطاقة Y أعلن": a new clause, not a list member
    return tail


def _title_first_ar(k: str) -> bool:
    """Is the key *k* a title's first word, also with the article ("الحاكم المدني" as
    "حاكم"; session 72)?"""
    return k in L.AR_TITLE_FIRST or k[:2] == "ال" and k[2:] in L.AR_TITLE_FIRST


def with_again_ar(sr: Any, close: int, last: Any) -> int | None:
    """After the comma *close* that ends X's relative clause: the offset from *close* of the
    token after مع ("، ثم مع Y": 3, "، ومع Y": 2), 0 without مع, None when X itself was not
    the object of مع (then Y is no member of X's list)."""
    k = sr.key(close + 1)
    if k in _AR_THEN and sr.key(close + 2) in L.AR_WITH:
        off = 3
    elif k in L.AR_WITH:
        off = 2
    else:
        return 0
    s = title_start(last)
    if not (sr.has_prep(last, {"مع"}) or any(sr.key(y) in L.AR_WITH
                                             for y in range(max(sr.lo, s - 2), s))):
        return None
    return off


_EN_WHO = frozenset({"who", "which", "whose"})
_EN_AFTER_OBJECT = frozenset({"in", "at", "on", "near", "during", "after", "before", "last",
                              "this", "outside", "inside", "early", "late", "earlier", "later",
                              "separately", "as", "over", "from", "while"})


# ---- "met Y's successor, X" / "met Y's son": the object is not Y -----------------------------
def possessed_person_en(sr: Any, poss: Any) -> Any:
    """English object "Y's <noun> (, X)" of a meeting: X when the apposition names him ("met
    Qassem Soleimani's successor, Esmail Qaani", "Y's Special Envoy to Yemen, X"), the person
    the text says succeeded Y for "Y's successor", else None (someone unnamed: "met
    Soleimani's son")."""
    x = poss.hi
    nouns = 0
    while x < sr.hi and not sr.toks[x].punct and nouns < 4:
        at = sr.mention_at.get(x)
        if at is not None and not (at.etype in ("Country", "Location") and nouns and
                                   sr.key(x - 1) in ("to", "for", "in")):
            break
        nouns += 1
        x = at.hi if at is not None else x + 1  # ("Y's envoy to Yemen, X": session 27)
    if nouns == 0:
        return poss  # "met Soleimani's" at the end: nothing to decide
    named = sr.mention_at.get(x)
    if named is not None and named.etype == "Person" and named is not poss:
        return named  # "met Soleimani's deputy Esmail Qaani"
    if x < sr.hi and sr.toks[x].text in (",", "—"):
        m = sr.after(x + 1, types=("Person",), maxgap=2)
        if m is not None:
            return m
    if sr.key(poss.hi) in ("successor", "replacement"):
        eid = sr._successor_of(poss.eid, poss.hi)
        if eid:
            for m in sr.doc.ments:
                if m.eid == eid:
                    return m
    return None


# ---- Arabic plans: "على أن يلتقي X" ---------------------------------------------------------------
def planned_ar(sr: Any, k: int) -> bool:
    """"(يزور برلين) على أن يلتقي X" (provided that he meets, i.e. is to meet): an imperfect
    verb after "على أن" states a plan. Past verbs ("أكد على أن X التقى") are not plans."""
    if sr.key(k - 1) not in ("ان", "أن") or sr.key(k - 2) not in ("على", "علي"):
        return False
    return sr.toks[k].key.lstrip("وف")[:1] in "يتن"


# ---- "his predecessor, X, met Y": the name in the apposition is the subject ---------------------
def apposed_subject_en(sr: Any, k: int) -> Any:
    """English subject of the verb at *k* given as a name set off by commas after a noun
    phrase with no name of its own ("since his predecessor, Mustafa al-Kadhimi, met Biden",
    "the new commander, Esmail Qaani, met ..."); None otherwise."""
    if k - 1 <= sr.lo or sr.toks[k - 1].text != "," or sr.toks[k - 1].ar:
        return None
    m = sr.mention_at.get(k - 2)
    if m is None or m.etype != "Person" or m.hi != k - 1 or m.poss:
        return None
    c = title_start(m) - 1
    if c <= sr.lo or sr.toks[c].text != ",":
        return None
    n = sr.toks[c - 1]
    if n.punct or sr.mention_at.get(c - 1) is not None or n.cap:
        # "Qaani, Kadhimi, met": a list; "in Baghdad, X, met": unclear; but "The top U.S.
        # commander for the Middle East, X, met" / "The Secretary-General of Hezbollah,
        # Sheikh X, received": a title phrase opened by "the"
        return m if _titled_place_phrase_en(sr, c) or _title_phrase_en(sr, c) else None
    return m


_TITLE_GLUE = frozenset({"the", "of", "for", "and", "to", "in", "on", "at"})


def _title_phrase_en(sr: Any, c: int) -> bool:
    """Is the phrase before the comma at *c*, back to the clause start or the comma before it,
    a title naming nobody ("Saudi Arabia's Minister of State and National Security Adviser,
    Dr. X, sat down", "Washington's point man, the Senior Adviser for Africa, X, met")? A title
    word in it, no person, capitalised words and "of / for / the ..." only; the clause opens there (sentence start, or a comma after an
    opening adverbial or another such phrase)."""
    start = next((y + 1 for y in range(c - 1, max(sr.lo, c - 12) - 1, -1)
                  if sr.toks[y].punct and not _word_hyphen(sr.toks, y)), None)
    if start is None:
        start = sr.lo if c - 12 <= sr.lo else None
    if start is None or start >= c or not any(
            sr.key(y) in L.EN_TITLE_FIRST and sr.toks[y].cap for y in range(start, c)):
        return False
    if any(m.etype == "Person" and start <= m.lo < c for m in sr.args) or any(
            not sr.toks[y].cap and not sr.toks[y].punct and sr.key(y) not in _TITLE_GLUE
            for y in range(start, c)):
        return False  # (a lower-case word other than "of", "for", "the": a clause)
    return start == sr.lo or sr.toks[start - 1].text == ","


def _titled_place_phrase_en(sr: Any, c: int) -> bool:
    """Is the phrase before the comma at *c* "the <title ...> in/for/of <place or body>"
    opening its clause ("The top U.S. commander for the Middle East, X, met", "BEIRUT --
    The Secretary-General of Hezbollah, Sheikh X, received"), naming nobody?"""
    pl = sr.mention_at.get(c - 1)
    if pl is None or pl.etype not in ("Location", "Country", "Organization"):
        return False
    the = next((y for y in range(title_start(pl) - 1,
                                 max(sr.lo, c - 14) - 1, -1)
                if sr.toks[y].punct and not _word_hyphen(sr.toks, y) or
                sr.key(y) == "the" and sr.toks[y].cap), None)
    if the is None or sr.toks[the].punct or (the > sr.lo and not sr.toks[the - 1].punct):
        return False
    return any(sr.key(y) in L.EN_TITLE_FIRST for y in range(the + 1, pl.lo)) and not any(
        m.etype == "Person" for m in sr.args if the < m.lo < c)


def _word_hyphen(toks: list, y: int) -> bool:
    """Is token *y* a hyphen inside a word ("Secretary-General"), not a dash?"""
    return toks[y].text == "-" and 0 < y < len(toks) - 1 and \
        toks[y - 1].end == toks[y].start and toks[y].end == toks[y + 1].start


_AR_WHERE_KEYS = L._ar("حيث", "وحيث")


def continued_clause_ar(sr: Any, t: int) -> bool:
    """The verb at *t* goes on a clause before it with no subject of its own: "، ثم زار Y",
    "، وزار Y" (not "وزارة", a ministry); "توجه X إلى السليمانية، حيث زار Y" (the place's
    "where" after a comma; session 72)."""
    if t - 1 <= sr.lo or sr.toks[t].text.endswith("ة"):
        return False
    if sr.key(t - 1) in ("ثم", "وثم"):
        return True
    if sr.key(t - 1) in _AR_WHERE_KEYS:  # (a past verb: "حيث يزور Y" is a plan's)
        return t - 2 > sr.lo and sr.toks[t - 2].text in ("،", ",") and \
            sr.toks[t].key.lstrip("وف")[:1] not in "يتن"
    return sr.toks[t].key.startswith("و") and sr.toks[t - 1].text in ("،", ",")


# ---- "was received by X and later by Y" ---------------------------------------------------------
def more_agents_en(sr: Any, last: Any) -> list:
    """Further agents of a passive meeting after its first ones: "was received by X(,) and
    (later / then / also) by Y" -> [Y, ...]; [] when no second 'by' follows."""
    x = last.hi + (sr.key(last.hi) == ",")  # (", and later by Y")
    if sr.key(x) != "and":
        return []
    x += 1
    while sr.key(x) in ("later", "then", "also", "afterwards", "separately") or (
            sr.key(x) == "," and sr.key(x + 1) in ("separately", "later", "by")):
        x += 1  # ("and, separately, by Y")
    if sr.key(x) != "by":
        return []
    m = sr.after(x + 1, types=("Person",), maxgap=2)
    if m is None:  # "and by the chief of the general staff, Maj Gen Y"
        m = apposed_agent_en(sr, x)
    if m is None or m.poss:
        return []  # "and by Amiri's aides": not Amiri in person
    return sr.chain(m, ("Person",))


# ---- counterfactuals ------------------------------------------------------------------------
_EN_WOULD = frozenset({"would", "could", "might"})


def counterfactual_en(sr: Any, k: int) -> bool:
    """English conditional inversion opening the sentence: "Had the U.S. killed X (earlier),
    Iran would have ...", "Were Y to meet X, ...": the verb at *k* in its first clause
    states nothing that happened."""
    if not sr.toks[sr.lo].cap or sr.key(sr.lo) not in ("had", "were", "should"):
        return False
    comma = next((y for y in range(sr.lo + 1, sr.hi) if sr.toks[y].text == ","), None)
    if comma is None or k > comma:
        return False
    return any(sr.key(y) in _EN_WOULD for y in range(comma + 1, min(sr.hi, comma + 8)))
