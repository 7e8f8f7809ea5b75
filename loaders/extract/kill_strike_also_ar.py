"""ASSASSINATED_BY (Arabic): the strike told before "also" killed another victim (session 40,
``kill``).

After a killing with its agent, the report names a second victim with the strike itself as the
subject of "also killed", or in the passive of an army statement's list:

- "اغتيل X بغارة إسرائيلية، وهي الغارة التي قتلت أيضاً Y" (the strike noun, "التي", the verb);
- "أعلن الجيش أنه قتل X في غارة ...، وأن الغارة أدت أيضاً إلى مقتل Y" (also "أسفرت أيضاً عن
  مقتل Y");
- "قضى الجيش على X في غارة ... . 1. قُضي في الغارة ذاتها على المدعو Y" (the passive of
  "eliminated" opening the sentence or a numbered line, with "in the same strike").

Y has the agents of the killing told earlier in the same sentence, else those of the latest
killing with an agent in the two sentences before (as ``also_killed``, whose helpers this uses:
a second victim of "the strike also killed" with "أيضاً" after the verb, which ``also_killed``
reads only after a verb of dying). Not a strike "أخرى" (a killing of its own), not a victim the
sentence already gives an agent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.also_killed import _AR_SAME, _AR_STRIKE_DEF, add_further_victims
from loaders.extract.dispatch import needs
from loaders.extract.kill_claim_before_ar import _AR_KILLED_N
from loaders.extract.rule_common import EMPTY

if TYPE_CHECKING:
    from loaders.extract.mentions import Mention
    from loaders.extract.relations import SentenceCore

AB = "ASSASSINATED_BY"

_AR_ALSO = L.AR_ALSO
# the strike as the subject of the verb: "قتلت"، "أدت إلى مقتل"، "أسفرت عن مقتل"
_AR_KILLED_V = L._ar("قتلت", "قتل")
_AR_LED_V = L._ar("أدت", "ادت", "أدى", "ادى", "أسفرت", "اسفرت", "أسفر", "اسفر")
_AR_TO = L._ar("إلى", "الى", "عن")
_AR_WHICH = L._ar("التي", "الذي")
# the passive of "eliminated / killed" opening a line: "قُضي في الغارة ذاتها على"
_AR_PASSIVE = L._ar("قضي", "وقضي")
_AR_ON = L._ar("على")
_AR_IN = L._ar("في")


def _victims_after(sr: SentenceCore, y: int) -> list[Mention]:
    """The persons named from *y* on (a title may stand before the first; no punctuation)."""
    if y >= sr.hi:
        return []
    m = sr.after(y, types=("Person",), maxgap=5)
    if m is None or any(sr.toks[z].punct for z in range(y, m.lo)):
        return []
    return sr.chain(m, ("Person",))


def _strike_also(sr: SentenceCore, x: int) -> tuple[list[Mention], int]:
    """"أيضاً" at *x* after "الغارة (التي) قتلت / أدت": the victims and the verb's position."""
    v = x - 1
    if v <= sr.lo:
        return [], x
    led = bool(sr.f(v) & _AR_LED_V)
    if not (led or sr.f(v) & _AR_KILLED_V):
        return [], x
    s = v - 1
    if sr.f(s) & _AR_WHICH:
        s -= 1
    if s < sr.lo or not sr.f(s) & _AR_STRIKE_DEF:
        return [], x
    y = x + 1
    if led:  # "أدت أيضاً إلى مقتل Y"
        if not (sr.f(y) & _AR_TO and sr.f(y + 1) & _AR_KILLED_N):
            return [], x
        y += 2
    return _victims_after(sr, y), v


def _passive_same(sr: SentenceCore, t: int) -> list[Mention]:
    """"قُضي في الغارة ذاتها على (المدعو) Y" opening the sentence (or a numbered line)."""
    if t > sr.lo and not all(sr.toks[z].punct or sr.toks[z].text.isdigit()
                             for z in range(sr.lo, t)):
        return []
    if not (sr.f(t + 1) & _AR_IN and sr.f(t + 2) & _AR_STRIKE_DEF and sr.f(t + 3) & _AR_SAME
            and sr.f(t + 4) & _AR_ON):
        return []
    return _victims_after(sr, t + 5)


@needs((_AR_ALSO, EMPTY), (_AR_PASSIVE, EMPTY))
def strike_also_ar(sr: SentenceCore) -> None:
    """Victims of "the strike also killed" / "قُضي في الغارة ذاتها على" (see the module doc)."""
    found: list[tuple[list[Mention], int]] = []
    for x in sr.triggers(_AR_ALSO, EMPTY):
        victims, v = _strike_also(sr, x)
        if victims:
            found.append((victims, v))
    for t in sr.triggers(_AR_PASSIVE, EMPTY):
        victims = _passive_same(sr, t)
        if victims:
            found.append((victims, t))
    add_further_victims(sr, found, "strike_also_ar")
