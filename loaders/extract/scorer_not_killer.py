"""A veto on the scorer's killings (session 65, scorerfp65, gate "notkiller", called by
``scored.ScoredExtractor``): an agent the sentence names for another act than the killing
gets no ASSASSINATED_BY from the scorer there (the rules still read the sentence).

- The one who answered the killing: the agent is named before "in response to / in
  retaliation for / to avenge" («رداً على، انتقاماً لـ، ثأراً لـ») and the killing word with
  its victim after it ("the Iranian missile attack on Israel, which Tehran said came in
  response to the killing of Hassan Nasrallah": not Nasrallah <- Iran; «الهجوم الإيراني
  الذي قالت طهران إنه جاء رداً على اغتيال X»).
- The body behind a court or tribunal that tries the killing: the agent is the modifier of
  "court" / "tribunal" ("tried ... by a UN-backed court", "the UN-sponsored tribunal": not
  Hariri <- the UN) or what the court is "for" ("the Special Tribunal for Lebanon"); Arabic:
  named after «محكمة / المحكمة» and «من» within a few words («المحكمة الدولية المدعومة من
  الأمم المتحدة»).
"""

from __future__ import annotations

from loaders.extract import lexicon as L
from loaders.extract.mention_base import Mention
from loaders.extract.scorer_features import CUE_BIT, tok_info
from loaders.extract.tokens import Tok

_KILL_BIT = CUE_BIT["ASSASSINATED_BY"]

# the word right before the preposition of an answer ("in response to", «رداً على»)
_EN_ANSWER = frozenset({"response", "retaliation", "reprisal", "revenge", "avenge", "answer"})
_AR_ANSWER = L._ar("ردا", "وردا", "انتقاما", "ثأرا")  # (tanween folds away: «رداً»، «ثأراً»)
ANSWER_REACH = 4  # tokens between the answer word and the killing word ("to the killing of")

_EN_COURT = frozenset({"court", "tribunal", "courts", "tribunals"})
_EN_BACKED = frozenset({"backed", "sponsored", "led", "run", "established", "created"})
_AR_COURT = L._ar("محكمة", "المحكمة", "للمحكمة", "والمحكمة", "بالمحكمة")
_AR_FROM = L._ar("من")
COURT_REACH = 5  # tokens between «المحكمة» and the agent («المحكمة الدولية المدعومة من X»)


def _answer_word(t: Tok) -> bool:
    """Is *t* the word before the preposition of an answer ("response", «رداً»)?"""
    return t.key in _EN_ANSWER or t.key in _AR_ANSWER


def answering_agent(agent: Mention, victim: Mention, toks: list[Tok], hi: int) -> bool:
    """Is *agent* named before an answer word ("in response to", «رداً على») whose killing word
    follows it within ``ANSWER_REACH`` tokens, with *victim* named after that killing word?
    *hi*: the sentence's end."""
    if victim.lo <= agent.hi:
        return False
    for k in range(agent.hi, min(victim.lo, hi)):
        if not _answer_word(toks[k]):
            continue
        for y in range(k + 1, min(victim.lo + 1, hi, k + 1 + ANSWER_REACH)):
            if tok_info(toks[y])[1] & _KILL_BIT:
                return True
    return False


def court_agent(agent: Mention, toks: list[Tok], lo: int) -> bool:
    """Is *agent* named as the one behind a court or tribunal ("a UN-backed court", "the
    Special Tribunal for Lebanon", «المحكمة ... المدعومة من الأمم المتحدة»)? *lo*: the
    sentence's first token."""
    if agent.etype == "Person":
        return False
    a, b = agent.lo, agent.hi
    if toks[a].ar:
        seen_from = False
        for k in range(a - 1, max(lo, a - COURT_REACH) - 1, -1):
            t = toks[k]
            if t.punct:
                return False
            if t.key in _AR_FROM:
                seen_from = True
            elif t.key in _AR_COURT:
                return seen_from or k == a - 1
        return False
    j = b
    if j < len(toks) and toks[j].text == "-":
        j += 1
    if j < len(toks) and toks[j].key in _EN_BACKED:
        j += 1
    if j < len(toks) and toks[j].key in _EN_COURT:
        return True
    return a - 2 >= lo and toks[a - 1].key in ("for", "of") and toks[a - 2].key in _EN_COURT
