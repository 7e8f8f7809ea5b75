"""A veto on the scorer's killings (session 46, ``speaker``, called by
``scored.ScoredExtractor``): a person who tells of a killing is not its agent. The spokesman in
"Israeli military spokesman Daniel Hagari said the strike also killed Ali Karaki" and in
"وقال المتحدث باسم الجيش الإسرائيلي دانيال هاغاري إن الغارة قتلت ..." gets no victim from the
scorer (the rules still read such sentences; an agent the rules name is not touched).

At session 46's lower thresholds (ASSASSINATED_BY 0.3) the scorer gave the English pair at
p 0.39. A speaker is a person whose name is followed by a verb of saying ("X said", "X told
reporters"), comes after "according to", or, in Arabic, follows a verb of saying with only
his title between («وقال المتحدث ... X إن», «وأكد X أن»); not one who says he did it
("a strike President Donald Trump said he had ordered", «قال X إنه أمر»).
"""

from __future__ import annotations

from loaders.extract.killing_agents import _EN_LONE_ATTACKERS as LONE_ATTACKERS_EN
from loaders.extract.mention_base import Mention
from loaders.extract.mention_core import AGENT_TYPES, BODY_TYPES
from loaders.extract.principal_named import _ar_word
from loaders.extract.scorer_features import _ar
from loaders.extract.tokens import Tok

_SAID_EN = frozenset({"said", "says", "told", "tells", "stated", "added", "noted", "explained",
                      "quoted", "recalled", "insisted", "stressed", "wrote", "tweeted"})
_SAID_AR = _ar("قال", "قالت", "يقول", "أضاف", "اضاف", "أفاد", "افاد", "ذكر", "أكد", "اكد",
               "أوضح", "اوضح", "صرح", "صرّح", "تابع", "أشار", "اشار", "كتب", "نقل")
_THAT_AR = _ar("إن")  # (folded: أن and ان alike)
# "X said he had ordered / authorised it": he claims the deed (no veto)
_OWN_EN = frozenset({"he", "she", "we", "i", "they", "that", "had", "has", "personally"})
_DEED_EN = frozenset({"ordered", "order", "approved", "authorised", "authorized", "directed",
                      "killed", "carried", "gave"})
SPEAKER_REACH = 7  # Arabic: words of a title between the verb of saying and the name


def _claims_the_deed(toks: list[Tok], k: int, hi: int) -> bool:
    """After "X said": "he had ordered", "that he personally approved" (his own deed)?"""
    while k < hi and toks[k].key in _OWN_EN:
        k += 1
    return k < hi and toks[k].key in _DEED_EN


def speaker(m: Mention, toks: list[Tok], lo: int, hi: int) -> bool:
    """Is the person of *m* the one who tells the sentence (*lo*, *hi*: its tokens)?"""
    if m.etype != "Person":
        return False
    if not toks[m.lo].ar:
        nxt = m.hi
        if nxt < hi and toks[nxt].key in _SAID_EN:
            return not _claims_the_deed(toks, nxt + 1, hi)
        j = (m.tlo if 0 <= m.tlo < m.lo else m.lo) - 1
        if j > lo and toks[j].key == "the":
            j -= 1
        return j > lo and toks[j].key == "to" and toks[j - 1].key == "according"
    if m.hi < hi and toks[m.hi].key in _THAT_AR:
        start = m.tlo if 0 <= m.tlo < m.lo else m.lo
        for j in range(start - 1, max(lo, start - SPEAKER_REACH) - 1, -1):
            t = toks[j]
            if t.punct:
                return False
            if _ar_word(t) in _SAID_AR:
                return True
    return False


_THAT_EN = frozenset({"that"})


def body_speaker(m: Mention, toks: list[Tok], lo: int, hi: int, ments: list[Mention]) -> bool:
    """Is the body of *m* the one that tells of a killing it lays on another agent (session
    58)? "The IRGC said Israel was behind the killing of X" / «قال الحرس الثوري إن إسرائيل
    تقف وراء اغتيال X»: after the body's verb of saying (and "that" / «إن», a few words
    between allowed: "said in a statement that"), another agent opens the clause. Not "the
    army said it / its forces killed X" (its own deed)."""
    if m.etype not in BODY_TYPES:
        return False
    ar = toks[m.lo].ar
    k = m.hi
    if ar:
        start = m.tlo if 0 <= m.tlo < m.lo else m.lo
        if not (start - 1 >= lo and _ar_word(toks[start - 1]) in _SAID_AR):
            return False
    elif k < hi and toks[k].key in _SAID_EN:
        k += 1
    else:
        return False
    for j in range(k, min(hi, k + 5)):
        if toks[j].punct:
            return False
        if toks[j].key in _THAT_EN or (ar and _ar_word(toks[j]) in _THAT_AR):
            k = j + 1
            break
    if k < hi and toks[k].key == "the":
        k += 1
    return any(o.lo == k and o.etype in AGENT_TYPES and o.eid != m.eid for o in ments)


# a body that tells the sentence at its end: "X was killed by Y ..., the army and the Shin Bet
# announced (on Thursday)" (session 67)
_TOLD_EN = _SAID_EN | frozenset({"announced", "confirmed", "reported", "claimed", "acknowledged"})
_LIST_EN = frozenset({"and", "the"})
_BY_EN = frozenset({"by"})


def trailing_teller(m: Mention, toks: list[Tok], lo: int, hi: int,
                    ments: list[Mention]) -> bool:
    """Is the body of *m* named after a comma as the one who tells the sentence ("Sinwar was
    eliminated by Israeli troops in Rafah, the Israel Defense Forces and the Shin Bet
    announced on Thursday"), after a clause that names another agent after "by"? Its
    announcement is no deed (dev MY1, the retrained scorer of session 67)."""
    if m.etype not in BODY_TYPES or toks[m.lo].ar:
        return False
    start = m.tlo if 0 <= m.tlo < m.lo else m.lo
    k = start - 1
    while k > lo and toks[k].key in _LIST_EN:
        k -= 1
    if k <= lo or not (toks[k].text == "," or any(
            o.hi == k + 1 and o.etype in BODY_TYPES for o in ments)):
        return False  # (after a comma, or after another body of the list: "the IDF and")
    j = m.hi
    while j < hi and (toks[j].key in _LIST_EN or any(
            o.lo == j and o.etype in BODY_TYPES for o in ments)):
        j = next((o.hi for o in ments if o.lo == j and o.etype in BODY_TYPES), j + 1)
    if not (j < hi and toks[j].key in _TOLD_EN) or j + 1 < hi and toks[j + 1].key in _THAT_EN:
        return False
    comma = next((y for y in range(start - 1, lo - 1, -1) if toks[y].text == ","), None)
    if comma is None:
        return False
    return any(toks[y].key in _BY_EN and (any(
        y < o.lo <= y + 2 and o.eid != m.eid and o.etype in AGENT_TYPES for o in ments) or
        _unnamed_attacker(toks, y + 1, comma)) for y in range(lo, comma))


def _unnamed_attacker(toks: list[Tok], k: int, end: int) -> bool:
    """"by a gunman", "by an unidentified attacker" (within three words, before *end*): the
    agent is stated, unnamed, and is not the body telling it ("X died after being shot by a
    gunman ..., the Foreign Ministry said", session 71)."""
    return any(toks[j].key in LONE_ATTACKERS_EN for j in range(k, min(end, k + 3)))
