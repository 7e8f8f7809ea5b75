"""Who ordered a killing: the one order-phrase parser of the killing rules.

:func:`order_phrase_at` recognises an order phrase starting at a token and names the
orderer. It serves the three places that look for one (``context_killings.strike_orderers``:
later in the killing's sentence; ``kill_orderers._orderer_at``: anywhere in it;
``KillingAgents._agent_after``: right after the killing):

- Arabic: "بأمر (مباشر) من X", "بأوامر X", "بتوجيه من X", "بقرار من X", "أمر/أوامر/توجيه من X",
  "(غارة) أمر بها X" (without the preposition ب a "من" or "بها" is required: "أمر X بقتل Y" is
  the verb with its object, read elsewhere);
- English: "ordered / authorized / approved / directed by X", "(on / at / under) the orders /
  order / direction / instructions / behest / command of X" (also "direct/personal orders of"),
  "on / at / under / upon X's orders", "a strike that X ordered", "the X-ordered strike",
  "..., an attack X (himself) ordered" (session 22).

The orderer is a person, an organisation or a country named within four tokens with no
clause punctuation in between ("ordered by then-President X" is fine, "ordered by, X" is not); otherwise the phrase is returned without an agent (its ``start`` lets a
caller read a nationality adjective there: "بأمر من الإدارة الأمريكية").
"""

from __future__ import annotations

from typing import Any, NamedTuple

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start

AGENTS = ("Person", "Organization", "Country")
AR_ORDER_B = L._ar("بامر", "باوامر", "بتوجيه", "بتوجيهات", "بقرار")  # "بأوامر X" needs no من
AR_ORDER_BARE = L._ar("امر", "اوامر", "توجيه", "توجيهات")  # "أمر من X" (with من only)
AR_ORDER = AR_ORDER_B | AR_ORDER_BARE
AR_DIRECT = L._ar("مباشر", "مباشرة", "شخصي", "شخصية", "صريح")  # "بأمر مباشر من X"
# "بتوجيه استخباري من هيئة الاستخبارات": intelligence guidance, not an order (session 36)
_AR_INTEL_GUIDANCE = L._ar("استخباري", "استخباراتي", "استخبارية", "استخباراتية")
EN_ORDER_NOUNS = frozenset({"orders", "order", "instructions", "instruction", "behest",
                            "direction", "command"})
EN_ORDERED = frozenset({"ordered", "authorized", "authorised", "approved", "directed"})
EN_ORDER_CUES = EN_ORDER_NOUNS | EN_ORDERED
_CLAUSE_PUNCT = frozenset({",", "،", ";", "؛", ":", "(", ")", "?", "!", "—", "–"})
_EN_BEFORE_NOUN = frozenset({"the", "direct", "personal", "explicit", "his", "her", "on",
                             "under", "at", "upon", "following", "by", "presidential"})
_EN_ON = frozenset({"on", "at", "under", "upon", "by", "following", "per", "after"})
_EN_STRIKES = frozenset({"strike", "strikes", "airstrike", "attack", "raid", "operation",
                         "bombing", "drone", "killing", "assassination"})


class OrderPhrase(NamedTuple):
    """An order phrase: its first token, where the orderer's name is expected, the orderer."""

    cue: int
    start: int
    agent: Any  # Mention | None


def _named(sr: Any, y: int) -> Any:
    m = sr.after(y, types=AGENTS, maxgap=4)
    if m is None or m.lo - y > 4 or any(sr.toks[z].text in _CLAUSE_PUNCT
                                        for z in range(y, m.lo)):
        return None
    return m



_EN_SELF = frozenset({"himself", "herself", "personally", "directly"})
_EN_A = frozenset({"a", "an", "the"})


def _apposed_strike(sr: Any, b: int) -> bool:
    """Before the orderer's name at *b*: ", an attack" / ", a strike" / ", the operation" (an
    apposition to the strike told before, session 22)."""
    return b - 3 >= sr.lo and sr.key(b - 1) in _EN_STRIKES and sr.key(b - 2) in _EN_A and \
        sr.key(b - 3) == ","


def order_phrase_at(sr: Any, x: int) -> OrderPhrase | None:
    """The order phrase whose cue is token *x* (see the module doc), else None."""
    tk = sr.toks[x]
    if tk.ar:
        fx = sr.f(x)
        if not fx & AR_ORDER:
            return None
        y = x + 1
        if sr.f(y) & _AR_INTEL_GUIDANCE:
            return None
        if sr.f(y) & AR_DIRECT:
            y += 1
        if sr.key(y) == "من":
            y += 1
        elif fx & AR_ORDER_BARE and y == x + 1 and sr.key(y) in ("بها", "به", "بهما"):
            y += 1  # "بغارة أميركية أمر بها ترامب": the verb, its subject after it
        elif not fx & AR_ORDER_B:
            return None
        return OrderPhrase(x, y, _named(sr, y))
    k = tk.key
    if k in EN_ORDERED and sr.key(x + 1) == "by":
        return OrderPhrase(x, x + 2, _named(sr, x + 2))
    if k in EN_ORDER_NOUNS and sr.key(x + 1) == "of" and sr.key(x - 1) in _EN_BEFORE_NOUN:
        c = x  # the phrase starts at its preposition: "on the (direct) orders of"
        while c - 1 >= sr.lo and x - c < 3 and sr.key(c - 1) in _EN_BEFORE_NOUN:
            c -= 1
        return OrderPhrase(c, x + 2, _named(sr, x + 2))
    if k == "ordered" and x - 2 >= sr.lo and sr.toks[x - 1].text == "-":
        m = sr.mention_at.get(x - 2)  # "the Trump-ordered strike"
        if m is not None and m.etype in AGENTS:
            return OrderPhrase(x, m.lo, m)
    before = sr.mention_at.get(x - 1) if x - 1 >= sr.lo else None
    if before is None and k in EN_ORDERED and sr.key(x - 1) in _EN_SELF and x - 2 >= sr.lo:
        before = sr.mention_at.get(x - 2)  # "an attack Trump himself ordered"
    if before is None or before.etype not in AGENTS:
        return None
    if k in EN_ORDERED and _apposed_strike(sr, title_start(before)):
        return OrderPhrase(x, before.lo, before)  # "..., an attack Trump ordered"
    if k in EN_ORDERED and sr.key(title_start(before) - 1) in ("that", "which") and any(
            sr.key(y) in _EN_STRIKES
            for y in range(max(sr.lo, title_start(before) - 4), title_start(before) - 1)):
        return OrderPhrase(x, before.lo, before)  # "a strike that Trump ordered"
    if k in EN_ORDER_NOUNS and before.poss and \
            sr.key(title_start(before) - 1) in _EN_ON:
        return OrderPhrase(x, before.lo, before)  # "on Trump's orders"
    return None
