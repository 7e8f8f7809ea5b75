"""ASSASSINATED_BY (Arabic, session 20): the subject of a passive killing verb named before it,
past an apposition closed by a comma.

"أعلن البيت الأبيض أن X، نجل المؤسس، قُتل في عملية أميركية" / "X، القيادي في الحركة، قد
قُتل بغارة إسرائيلية": X by the strike's side (the English "X, the son of the founder, was
killed in a US operation" is read by the passive rule of ``killings``). When the aside
names another person, X still is the subject if X opens the clause and the aside is a
relative clause or opens with a relational noun ("X، خليفة Y، قُتل على يد Z" / "X، الذي خلف Y،
قتلته Z": X, never Y; ``aside_topic_ar``, session 56; also asked by the "قتلته" rule of
``killing_rules``); not when the words before the comma are no apposition of a person ("وفي
بيروت، قُتل ...").
A nom de guerre in quotes after a name ("إبراهيم عقيل «الحاج عبد القادر»") stands for the man
named before it (`quoted_alias_owner`, asked by the rule of "الذي ارتقى ... باغتيال نفّذه Y" and
by the passive rule of ``killing_rules``; `owner_of_quoted_alias_before_ar` when the alias, «قد»
aside, closes right before the passive verb, read as a name or not: "X «الحاج جواد» قد قُتل").
The pronoun of "أن غارة أميركية قتلته" far from any name is the one person the sentence named
before as killed ("- X: ...، قُتل في 2016 قرب الباب؛ وقالت الوزارة إن غارة أميركية قتلته";
`killed_earlier_here`, asked by ``kill_agents_ar.strike_killed_him_ar``).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.core_recall_kill import companions
from loaders.extract.kill_clause_helpers import _C10
from loaders.extract.kill_victim_lists import _more_victims, apposition_head
from loaders.extract.mention_core import CLOSE_QUOTES, OPEN_QUOTES
from loaders.extract.rule_common import title_start

AB = "ASSASSINATED_BY"


def apposed_subject_killed_ar(sr: Any, t: int) -> bool:
    """Add the relations of the passive killing verb at *t* whose subject X stands before
    "X، <apposition>، (قد)": True when X was found (the caller reads no further)."""
    c = t - 1 - (sr.key(t - 1) == "قد")
    if sr.toks[c].text not in ("،", ","):
        return False
    head = apposition_head(sr, c) or aside_topic_ar(sr, c)
    if head is None:
        return False
    agent, _how = sr._agent_after(t + 1, limit=20)
    if agent and agent != head.eid and not sr.blocked(t):
        for v in _more_victims([head], companions(sr, t)):
            sr.add(AB, v.eid, agent, "killed_apposed_ar")
    return True


# nouns that open an apposition naming another person ("X، خليفة Y،", "X، نائب Y،")
_AR_RELATIONAL = L._ar("خليفة", "خليفه", "سلف", "نائب", "شقيق", "نجل", "ابن", "صهر", "مساعد",
                       "رفيق", "مستشار", "زوج", "زوجة", "مرافق", "حليف")
_AR_CLAUSE_OPEN = L._ar("أن", "إن", "ان", "بأن", "وأن", "وإن", "لكن", "ولكن")


def aside_topic_ar(sr: Any, c: int) -> Any:
    """The person X of "X، <aside naming Y>، <verb>" whose aside closes at the comma *c*: X
    stands at the start of the sentence or of a clause (after «أن/إن» or a punctuation mark),
    the aside opens with a relative pronoun («الذي/التي») or a relational noun («خليفة»،
    «نائب»، «نجل» ...) and holds no other punctuation; None otherwise."""
    for c0 in range(c - 1, max(sr.lo, c - 18) - 1, -1):
        if sr.toks[c0].text in ("،", ","):
            break
        if sr.toks[c0].punct and sr.toks[c0].text not in ("«", "»", '"', "(", ")", "-"):
            return None
    else:
        return None
    if not (sr.f(c0 + 1) & (L.AR_REL_PRONOUNS | _AR_RELATIONAL)):
        return None
    x = sr.mention_at.get(c0 - 1)
    if x is None or x.etype != "Person" or x.kind != "name" or x.hi != c0:
        return None
    s = title_start(x) - 1
    if s >= sr.lo and not (sr.toks[s].punct or sr.f(s) & _AR_CLAUSE_OPEN):
        return None
    return x


def quoted_alias_owner(sr: Any, m: Any) -> Any:
    """"الحاج إبراهيم عقيل «الحاج عبد القادر»": a person named in quotes right after another
    person's name is that person's nom de guerre; the named person (else *m*)."""
    if m is None:
        return m
    q = title_start(m) - 1  # (the quote before the alias, or before its title)
    if q <= sr.lo or sr.toks[q].text not in ("«", '"'):
        return m
    owner = sr.mention_at.get(q - 1)
    if owner is not None and owner.etype == "Person" and owner.kind == "name" and \
            owner.hi == q and owner is not m:
        return owner
    return m


_ALIAS_WORDS = 5  # words of a quoted nom de guerre at most ("الحاج عبد القادر")


def owner_of_quoted_alias_before_ar(sr: Any, t: int) -> Any:
    """"X «الحاج جواد» قد استشهد": the person X named right before a quoted nom de guerre
    that closes right before the verb at *t* (its «قد / وقد» aside), whether or not the alias
    was read as a name (session 67); else None."""
    x = t - 1
    if x > sr.lo and sr.key(x) in ("قد", "وقد"):
        x -= 1
    if x <= sr.lo or sr.toks[x].text not in CLOSE_QUOTES:
        return None
    q = next((y for y in range(x - 1, max(sr.lo, x - 1 - _ALIAS_WORDS), -1)
              if sr.toks[y].text in OPEN_QUOTES), None)
    if q is None or q == x - 1 or any(sr.toks[y].punct for y in range(q + 1, x)):
        return None
    owner = sr.mention_at.get(q - 1)
    if owner is not None and owner.etype == "Person" and owner.kind == "name" and owner.hi == q:
        return owner
    return None


def killed_earlier_here(sr: Any, t: int) -> str | None:
    """The one person this sentence names before *t* when a passive killing verb follows him
    before *t* ("- X: الناطق باسم التنظيم، قُتل في 2016 قرب الباب؛ وقالت الوزارة إن غارة أميركية
    قتلته": X); None when the sentence names no one or several before *t*, or tells no
    killing of him."""
    people = [m for m in sr.args if m.etype == "Person" and m.kind == "name" and m.hi <= t]
    if not people or any(m.eid != people[0].eid for m in people):
        return None
    if not any(sr.f(y) & _C10 for y in range(people[-1].hi, t)):
        return None
    return people[-1].eid


def past_known_as_ar(sr: Any, hi: int) -> int | None:
    """The closing comma of a known-as apposition right after a victim ending at *hi* ("X،
    المعروف بـ«أبو Y»، مساء الأربعاء إثر غارة أمريكية"), from which the means is read; None
    when there is none (or it is not closed within ten tokens)."""
    if hi + 1 >= sr.hi or sr.toks[hi].text not in ("،", ",") or \
            sr.key(hi + 1) not in L.AR_KNOWN_AS:
        return None
    return next((x for x in range(hi + 2, min(sr.hi, hi + 12))
                 if sr.toks[x].text in ("،", ",")), None)
