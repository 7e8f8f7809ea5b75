"""ASSASSINATED_BY: a killing told as a noun whose agent is its genitive or its adjective.

- "اغتيال إسرائيل للقيادي في حماس X": the agent right after the noun, the victim after a
  title glued to the preposition ل (`titled_victim_ar`), not only "لX" / "للعالم X";
- "الاغتيال الأميركي لأبي مهدي المهندس" / "اغتيال إسرائيلي للقيادي X": a nationality
  adjective right after the noun, the victim after ل (`national_killing_ar`).

Asked by `KillingNominal._kill_nominal_ar`, which keeps its negation and accusation checks.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.mention_core import QUOTES
from loaders.extract.rule_common import title_start


def titled_victim_ar(sr: Any, x: int, v: Any) -> bool:
    """Is the person *v* introduced by a title glued to ل that opens at token *x* ("للقيادي
    في حماس X", "لقائد فيلق القدس X"), with no punctuation before *v*?"""
    if x >= v.lo or not sr.toks[x].ar:
        return False
    key = sr.toks[x].key
    if not key.startswith("لل") and not (key.startswith("ل") and x == title_start(v)):
        return False
    return not any(sr.toks[y].punct for y in range(x, v.lo))


def in_title_body_ar(sr: Any, y: int) -> bool:
    """Is token *y* inside a body named after في in a title ("مسؤول العلاقات الإعلامية في
    الحزب X", session 20), also in quotes ("في «حزب الله»")?"""
    m = sr.mention_at.get(y)
    if m is None or m.etype not in ("Organization", "Country"):
        return False
    b = m.lo - 1
    if sr.toks[b].text in QUOTES:  # "مسؤول العلاقات الإعلامية في «حزب الله» X" (session 29)
        b -= 1
    return sr.key(b) == "في"


def national_killing_ar(sr: Any, t: int, victim: Any) -> str | None:
    """The country of a nationality adjective right after the killing noun at *t* when the
    victim follows with ل ("الاغتيال الأميركي لأبي مهدي المهندس"); None otherwise."""
    if t + 2 > title_start(victim) or sr.mention_at.get(t + 1) is not None:
        return None
    agent = sr.nat_agent(t + 1, t + 2)
    if agent is None or not sr.has_prep(victim, {"ل"}):
        return None
    if title_start(victim) > t + 2 and not titled_victim_ar(sr, t + 2, victim):
        return None
    return agent


_EN_SHARE = frozenset({"complicity", "involvement", "role", "part", "participation",
                       "collusion", "colluding", "helping", "aiding", "assisting"})
_AR_SHARE = ("بالتواطو", "بالتورط", "بالمشاركه", "بالضلوع", "بالتعاون", "بمساعده")


def complicity_agents(sr: Any, c: int) -> set[str]:
    """Agents named after the share an accusation at *c* imputes ("accused him of complicity
    in the U.S. killing of X", "اتهمته بالتواطؤ في اغتيال الولايات المتحدة لـX"): the
    killing itself is stated, by that agent; the accused (named before the share) is not."""
    for y in range(c + 1, min(sr.hi, c + 8)):
        tk = sr.toks[y]
        if tk.punct:
            return set()
        if tk.key in _EN_SHARE if not tk.ar else tk.key.startswith(_AR_SHARE):
            # (also a nationality adjective: "of a role in the American assassination of X")
            return {m.eid for m in sr.args if m.lo > y} | {
                L.NATIONALITY[tx.key] for tx in sr.toks[y + 1:sr.hi]
                if not tx.ar and tx.key in L.NATIONALITY and tx.i not in sr.mention_at}
    return set()


def only_person_before(sr: Any, t: int, reach: int = 30) -> Any:
    """The one person the sentence names in the *reach* tokens before the killing noun with
    a pronoun at *t* ("شيّع مناصرو الحزب X في بيروت، بعد خمسة أشهر على مقتله في غارة
    إسرائيلية": X); None when there is none or more than one."""
    people = [m for m in sr.args if m.etype == "Person" and t - reach <= m.lo and m.hi <= t]
    if not people or any(m.eid != people[0].eid for m in people):
        return None
    return people[-1]


# the verbs of taking over another's post ("X خلف Y"، "يخلف Y"، "خلفاً لـY"), not the noun خليفة
_AR_SUCCEEDED = L._ar("خلف", "وخلف", "يخلف", "خلفا", "خلفاً")
_AR_CLAUSE_BREAKS = frozenset({".", "؛", ";", ":", "؟", "?"})


def succeeded_person_before(sr: Any, t: int, reach: int = 10) -> Any:
    """The one whose post was taken, named right after "خلف / خلفاً لـ" in the *reach* tokens
    before the killing noun with a pronoun at *t*, with the post between ("والمحمداوي خلف أبو
    مهدي المهندس في رئاسة أركان الحشد، بعد مقتله بضربة أمريكية": al-Muhandis; session 67); None
    when no such person, a clause break or another person stands between."""
    p = sr.before(t, types=("Person",), maxgap=reach)
    if p is None or p.kind != "name":
        return None
    if any(sr.toks[y].text in _AR_CLAUSE_BREAKS for y in range(p.hi, t)):
        return None
    prev = title_start(p) - 1
    if prev < sr.lo or not sr.f(prev) & _AR_SUCCEEDED:
        return None
    return p
