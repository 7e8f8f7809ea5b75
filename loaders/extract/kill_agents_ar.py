"""ASSASSINATED_BY, Arabic: the agent told by the fire, the strike or a relative clause.

Reads "سقط X برصاص Y" / "بنيران Y" (not "سقط X جريحاً"; also past an apposition of X:
"قُتل X، قائد حماس، برصاص Y"), "قال مسؤول إن طائرة أميركية اغتالته"
(the strike that killed him), "الغارة التي قُتل فيها X تبنتها Y", "قتلت غارة أمريكية X وY"
(the strike as the subject), "الغارة الأمريكية التي قتلت X" and "X، الذي قُتل في غارة
إسرائيلية" (the passive relative past an apposition). ``AR_KILLED_HIM_KEYS`` lets a sentence
without mentions be read (``rules.py``).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.core_recall_kill import companions, strike_agent_back
from loaders.extract.coreference import deceased_person
from loaders.extract.dispatch import needs
from loaders.extract.kill_apposed_ar import killed_earlier_here
from loaders.extract.kill_clause_helpers import AR_EXECUTED_IT
from loaders.extract.kill_cues import AB
from loaders.extract.kill_not_among import negated_among
from loaders.extract.kill_same_strike import _AR_KILLED_PASS
from loaders.extract.kill_strike_did_it_ar import did_it_announcer_ar
from loaders.extract.kill_victim_lists import _more_victims, apposition_head
from loaders.extract.rule_common import EMPTY, title_start
from loaders.extract.strike_claimed import claimer_before_strike
from loaders.extract.strike_done_by import executed_after
from loaders.extract.succession_him_ar import relative_head_past_apposition_ar

_AR_AWDAT = L._ar("اودت")
_AR_TARGETED = L._ar("استهدفت")


# ---- more agent phrases --------------------------------------------------------------------
_AR_FIRE = L._ar("بنيران", "برصاص", "بصواريخ", "بقذائف")
_AR_KILLED_ANY = L._ar("قتل", "قتلا", "قتلوا", "استشهد", "استشهدا", "استشهدوا", "اغتيل", "قضى",
                       "مقتل", "اغتيال", "استشهاد",
                       # a woman victim: "اغتيلت الصحفية X برصاص جندي إسرائيلي" (session 56)
                       "اغتيلت", "استشهدت")


# "سقط X (شهيداً / قتيلاً) برصاص Y" (Levantine and Palestinian press): fell to Y's fire; not
# "سقط X جريحاً" (wounded)
_AR_FELL = L._ar("سقط", "سقطا", "سقطوا", "سقطت")
_AR_WOUNDED = L._ar("جريحا", "جريحاً", "جرحى", "جريحين", "مصابا", "مصاباً", "أسيرا", "أسيراً")
# "ارتقى X (شهيداً) برصاص Y", "X، الذي ارتقى شهيداً برصاص Y" (Palestinian and faction press,
# session 68): "rose (as a martyr)" is a death only before the fire word this rule requires
# ("ارتقى X إلى رتبة لواء" has none); read as "استشهد"
_AR_ROSE = L._ar("ارتقى", "ارتقت", "ارتقيا", "ارتقتا", "ارتقوا", "وارتقى", "وارتقت", "وارتقيا",
                 "وارتقوا")
# "لقي X مصرعه / حتفه برصاص Y" (s21b): the death noun after the victim, as "قتل X برصاص Y"
_AR_KILLED_OR_FELL = _AR_KILLED_ANY | _AR_ROSE | _AR_FELL | L.AR_DEATH_OF


@needs((_AR_KILLED_OR_FELL, EMPTY))
def by_fire_of_ar(sr: Any) -> None:
    """"قُتل X بنيران القوات الأمريكية" / "استشهد X برصاص إسرائيلي" / "سقط X شهيداً برصاص
    Y" / "لقي X مصرعه برصاص مسلحين من Y" / "ارتقى X شهيداً برصاص Y": the fire is the agent's."""
    for t in sr.triggers(_AR_KILLED_OR_FELL, EMPTY):
        fire = next((y for y in range(t + 1, min(sr.hi, t + 14)) if sr.f(y) & _AR_FIRE), None)
        if fire is None or any(sr.toks[y].text in ("،", ",", ".") for y in range(t, fire)) and \
                not _apposition_before_fire(sr, t, fire):
            continue
        fell = bool(sr.f(t) & _AR_FELL)
        if fell and any(sr.f(y) & _AR_WOUNDED for y in range(t + 1, fire)):
            continue  # "سقط X جريحاً برصاص Y": wounded
        victim = sr.after(t + 1, types=("Person",), maxgap=1 if fell else 6)
        if victim is None and not fell:  # "قُتل قائد الفرقة السادسة في الجيش السوداني اللواء
            victim = sr.after(t + 1, types=("Person",), maxgap=10)  # X برصاص Y" (s57)
            if victim is not None and not 0 <= victim.tlo - t <= 10:
                victim = None  # (the longer way only to a titled victim)
        if victim is None or victim.lo > fire:
            victim = sr.before(t, types=("Person",), maxgap=0 if fell else 3)
        if victim is None and not fell and sr.f(t - 1) & _AR_WHO:
            # "X، مؤسس كتيبة جنين، الذي ارتقى شهيداً برصاص Y" (session 68)
            victim = relative_head_past_apposition_ar(sr, t - 1)
        if victim is None:
            continue  # (سقط: the one who fell right before or after it, not "صاروخ")
        m = sr.after(fire + 1, types=("Country", "Organization"), maxgap=1)
        if m is None and sr.f(fire + 1) & _AR_GUNMEN:
            m = _gunmen_of_ar(sr, fire + 2)  # "برصاص مسلحين من / تابعين لـ Y"
        if m is None:  # "اغتيل آبي برصاص تيتسويا ياماغامي": the gunman named (s53)
            m = sr.after(fire + 1, types=("Person",), maxgap=0)
            m = m if m is not None and m.eid != victim.eid else None
        # "برصاص قوة خاصة إسرائيلية / صهيونية": the unit's nationality one word further (s68)
        reach = fire + 4 if sr.f(fire + 2) & _AR_SPECIAL_UNIT else fire + 3
        agent = m.eid if m is not None else sr.nat_agent(fire + 1, min(sr.hi, reach))
        if agent and not sr.blocked(t):
            for v in sr.chain(victim, ("Person",)):
                sr.add(AB, v.eid, agent, "by_fire_of_ar")


_AR_WHO = L._ar("الذي", "التي", "اللذين", "اللذان", "الذين")
# "قوة خاصة", "وحدة مستعربة": an (undercover) unit whose nationality follows its adjective
_AR_SPECIAL_UNIT = L._ar("خاصة", "مستعربة", "سرية")


def _apposition_before_fire(sr: Any, t: int, fire: int) -> bool:
    """"قُتل X، قائد حماس، برصاص جنود إسرائيليين": between the verb at *t* and the fire word
    only the victim and an apposition closed by a comma right before the fire, naming no
    other person (session 56)."""
    commas = [y for y in range(t, fire) if sr.toks[y].punct]
    if len(commas) != 2 or commas[1] != fire - 1 or \
            any(sr.toks[y].text not in ("،", ",") for y in commas):
        return False
    v = sr.mention_at.get(commas[0] - 1)
    return v is not None and v.etype == "Person" and v.hi == commas[0] and \
        title_start(v) - t <= 6 and not any(
            m.etype == "Person" and m.kind == "name" and commas[0] < m.lo < fire
            for m in sr.args)


_AR_GUNMEN = L._ar("مسلحين", "مسلحي", "عناصر", "مقاتلين", "مقاتلي", "افراد", "أفراد",
                   # one gunman or sniper of a group: "استشهد X برصاص قناص من داعش", "برصاص
                   # مسلح تابع لـ Y" (session 65)
                   "مسلح", "قناص", "قناصة", "قناصي", "عنصر", "مقاتل")
_AR_OF_GROUP = L._ar("من", "تابعين", "ينتمون", "في", "تابع", "ينتمي")


def _gunmen_of_ar(sr: Any, x: int) -> Any:
    """The group of gunmen from *x* (after "مسلحين", "قناص"): "(مسلحين) من Y", "(مسلحي) Y",
    "(عناصر) تابعين لـ Y", "(قناص) من Y", "(مسلح) تابع لـ Y"; None otherwise."""
    m = sr.mention_at.get(x)
    if m is None and sr.f(x) & _AR_OF_GROUP:
        m = sr.after(x + 1, types=("Organization",), maxgap=0)
    elif m is None or m.etype != "Organization":
        return None
    return m


_AR_KILLED_HIM = L._ar("اغتالته", "قتلته", "اغتالتهم", "قتلتهم", "اغتالتهما", "قتلتهما",
                       "استهدفته", "قتلاه", "اغتالاه")
_AR_STRIKE_N = L._ar("طائرة", "غارة", "ضربة", "صاروخ", "مسيرة", "طائرات", "غارات", "ضربات",
                     "صواريخ", "مسيرات", "قاذفة", "قاذفات", "مقاتلة", "مقاتلات", "مروحية",
                     "مروحيات", "الغارة", "الضربة", "الطائرة", "المسيرة", "القاذفة")
_AR_DEF_STRIKE_N = L._ar("الغارة", "الضربة", "العملية", "الهجوم", "القصف")
# token keys that make a sentence without mentions worth reading (rules.RuleExtractor): "وقال
# مسؤول إن طائرة أميركية اغتالته" refers to a person of the sentence before
AR_KILLED_HIM_KEYS = frozenset(_AR_KILLED_HIM | {p + w for w in _AR_KILLED_HIM for p in "وف"})


@needs((_AR_KILLED_HIM, EMPTY))
def strike_killed_him_ar(sr: Any) -> None:
    """"X ... اغتالته طائرة إسرائيلية مسيّرة" / "أن قاذفة روسية قتلته": a strike named by its
    nationality as the subject of a killing verb with a pronoun object, after or before the
    verb; "أن الغارة قتلته": the strike named before in the sentence (its nationality). The
    pronoun is the person named just before in the sentence, else the person the last
    sentences said was killed (coref_peers.deceased_person), else nobody."""
    for t in sr.triggers(_AR_KILLED_HIM, EMPTY):
        agent = None
        if sr.f(t + 1) & _AR_STRIKE_N:
            # VSO; "قتلته ضربة نفذتها طائرة مسيرة أميركية": the executor's nationality
            far = 8 if sr.f(t + 2) & AR_EXECUTED_IT else 4
            agent = sr.nat_agent(t + 1, min(sr.hi, t + far))
        if agent is None:
            # SVO after "أن": "أن قاذفة روسية (من طراز ...) قتلته", "أن الغارة قتلته"
            b = next((y for y in range(t - 1, max(sr.lo, t - 13) - 1, -1)
                      if sr.key(y) in ("ان", "بان", "وان")), None)
            if b is not None and sr.f(b + 1) & _AR_STRIKE_N:
                if sr.f(b + 1) & _AR_DEF_STRIKE_N:  # "الغارة": the strike named before
                    first = next((y for y in range(sr.lo, b) if sr.f(y) & _AR_STRIKE_N), None)
                    agent = sr.nat_agent(first, first + 4) if first is not None else None
                else:
                    agent = sr.nat_agent(b + 1, t)
        if not agent:
            continue
        victim = sr.before(t, types=("Person",), maxgap=5)
        eid = victim.eid if victim is not None else None
        if eid is None:
            near = [m for m in sr.args if m.etype == "Person" and m.hi <= t and
                    m.kind == "name" and t - m.hi <= 16]
            if len({m.eid for m in near}) == 1 and not sr.has_prep(near[-1], {"ل", "من"}):
                eid = near[-1].eid  # "غارة استهدفت X قرب الباب، قبل أن تؤكد ... أن الغارة قتلته"
            elif not near:
                eid = killed_earlier_here(sr, t)  # "X: ...، قُتل في 2016 قرب الباب؛ وقالت
                # الوزارة إن غارة أميركية قتلته" (session 20)
            if eid is None and not near and sr.si > 0:
                eid = deceased_person(sr.doc, sr.si, sr.lo, back=2)  # the sentence before
        if eid and eid != agent and not sr.blocked(t):
            sr.add(AB, eid, agent, "strike_killed_him_ar")
            for c in companions(sr, t):  # "... قرب المطار مع قائد فيلق القدس X"
                if c.eid != agent:
                    sr.add(AB, c.eid, agent, "strike_killed_him_ar")


_AR_IN_IT = L._ar("فيها", "فيه", "خلالها", "خلاله", "جراءها", "جراءه", "بها")
_AR_CLAIMED_IT = L._ar("تبناها", "تبنتها", "تبناه", "تبنته", "نفذتها", "نفذها", "شنتها", "شنها",
                       "نفذته", "شنته", "اطلقتها", "اطلقها")


@needs((_AR_KILLED_PASS, EMPTY))
def killed_in_it_ar(sr: Any) -> None:
    """"ضربة صاروخية تبنّاها الحرس الثوري على أربيل، قُتل فيها X" / "غارة إسرائيلية ...،
    استشهد خلالها X": a passive killing "in it" is the strike named just before; its agent is
    the one who claimed or carried it out, or its nationality."""
    for t in sr.triggers(_AR_KILLED_PASS, EMPTY):
        if not sr.f(t + 1) & _AR_IN_IT:
            continue
        victim = sr.after(t + 2, types=("Person",), maxgap=4)
        if victim is None:
            continue
        x = next((y for y in range(t - 1, max(sr.lo, t - 16) - 1, -1)
                  if sr.f(y) & _AR_STRIKE_N), None)
        if x is None:
            continue
        agent = None
        for y in range(x + 1, min(t, x + 4)):
            if sr.f(y) & _AR_CLAIMED_IT:
                who = sr.after(y + 1, types=("Organization", "Country", "Person"), maxgap=0)
                agent = who.eid if who is not None else sr.nat_agent(y + 1, min(t, y + 4))
                break
        if agent is None:
            agent = strike_agent_back(sr, x + 1, window=16)
        if not agent or sr.blocked(t) or sr._irrealis(x):
            continue
        for v in sr.chain(victim, ("Person",)):
            if v.eid != agent:
                sr.add(AB, v.eid, agent, "killed_in_it_ar")


_AR_WHICH = L._ar("التي", "الذي")
_AR_ALSO = L._ar("ايضا", "أيضاً", "أيضا", "كذلك")


def killed_in_it_after_ar(sr: Any, s: int) -> list[Any]:
    """The victims of a relative clause right after the strike noun at *s*: "الضربة، التي
    قُتل فيها (أيضاً) X (وY)"; [] when there is none."""
    y = s + 1
    if y < sr.hi and sr.toks[y].text in ("،", ","):
        y += 1
    if not sr.f(y) & _AR_WHICH or not sr.f(y + 1) & _AR_KILLED_PASS or \
            not sr.f(y + 2) & _AR_IN_IT:
        return []
    y += 3
    if sr.f(y) & _AR_ALSO:
        y += 1
    victim = sr.after(y, types=("Person",), maxgap=4)
    return sr.chain(victim, ("Person",)) if victim is not None else []


_AR_REL_KILL = L._ar("قتلت", "اغتالت", "استهدفت", "اودت")


_AR_SVO_KILL = L._ar("قتلت", "اغتالت", "وقتلت", "واغتالت")
_AR_AUX_SKIP = L._ar("قد", "وقد", "كانت", "وكانت", "فقد")


@needs((_AR_SVO_KILL, EMPTY))
def strike_subject_ar(sr: Any) -> None:
    """A strike named by its nationality as the subject before the verb: "(وكانت) طائرة
    مسيّرة أميركية (قد) قتلت X وY", "الغارة الإسرائيلية التي دمّرت المبنى وقتلت X" (a second
    verb of the strike's relative clause). Not with "التي" right before the verb (that is
    :func:`strike_which_killed_ar`), not with a pronoun object."""
    for t in sr.triggers(_AR_SVO_KILL, EMPTY):
        k = sr.key(t - 1)
        if k == "التي" or sr.toks[t].key.endswith(("ته", "تها", "تهم", "تهما")):
            continue
        y = t - 1
        while y > sr.lo and sr.f(y) & _AR_AUX_SKIP:
            y -= 1
        hi_nat = y + 1
        lo = y
        if sr.toks[t].key.startswith("و") and not sr.f(t - 1) & _AR_AUX_SKIP:
            # "التي دمّرت المبنى وقتلت X": back to the relative pronoun of the strike
            comma = sr.toks[t - 1].text in ("،", ",")  # "التي نفذتها X قرب Y، واغتالت Z"
            rel = next((z for z in range(t - 1 - comma, max(sr.lo, t - (16 if comma else 12))
                                         - 1, -1)
                        if sr.key(z) == "التي" or sr.toks[z].punct), None)
            if rel is None or sr.key(rel) != "التي":
                continue
            lo = hi_nat = rel
            y = rel - 1
        while y > max(sr.lo, lo - 5) and not sr.f(y) & _AR_STRIKE_N and not sr.toks[y].punct:
            y -= 1
        direct = lo == hi_nat - 1  # (not the و-verb of a relative clause)
        if not sr.f(y) & _AR_STRIKE_N or any(z in sr.mention_at and
                                             sr.mention_at[z].etype == "Person"
                                             for z in range(y, hi_nat)):
            # "أعلنت X أن غارة نفذتها قرب بلدة جلب قتلت Y": the speaker (kill_strike_did_it_ar)
            agent = did_it_announcer_ar(sr, t) if direct else None
            if agent:
                _add_strike_victims(sr, t, agent)
            continue
        agent = sr.nat_agent(y, hi_nat)
        z = y  # "غارة أمريكية بطائرة مسيرة قد قتلت X": the weapons after the strike have
        while not agent and z > max(sr.lo, y - 5):  # no nationality, the strike has its
            z -= 1  # own (session 54)
            if sr.toks[z].punct or z in sr.mention_at and sr.mention_at[z].etype == "Person":
                break
            if sr.f(z) & _AR_STRIKE_N:
                agent = sr.nat_agent(z, y)
        if not agent and sr.key(hi_nat) == "التي" and sr.f(hi_nat + 1) & AR_EXECUTED_IT:
            # "الضربة التي نفذتها القوات الأميركية ...، واغتالت X": the executor
            who = sr.after(hi_nat + 2, types=("Organization", "Country"), maxgap=0)
            agent = who.eid if who is not None else sr.nat_agent(hi_nat + 2, hi_nat + 5)
        if not agent and direct:  # "أعلنت X أن غارة جوية نفذتها قتلت Y" (session 66)
            agent = did_it_announcer_ar(sr, t)
        if agent:
            _add_strike_victims(sr, t, agent)


def _add_strike_victims(sr: Any, t: int, agent: str) -> None:
    """The victims named right after the killing verb at *t* (no punctuation before the first),
    each killed by *agent*; nothing when blocked."""
    victim = sr.after(t + 1, types=("Person",), maxgap=6)
    if victim is None or any(sr.toks[z].punct for z in range(t + 1, victim.lo)) or \
            sr.blocked(t):
        return
    victims = sr.chain(victim, ("Person",))
    for v in _more_victims(victims, companions(sr, victims[-1].hi - 1)):
        sr.add(AB, v.eid, agent, "strike_subject_ar")


@needs((_AR_REL_KILL, EMPTY))
def strike_which_killed_ar(sr: Any) -> None:
    """"الضربة الأميركية التي قتلت X" / "الغارة الإسرائيلية التي أودت بحياة X": the strike's
    nationality adjective names the agent of the relative clause's killing."""
    for t in sr.triggers(_AR_REL_KILL, EMPTY):
        if sr.key(t - 1) != "التي":
            continue
        if sr.f(t) & _AR_AWDAT and sr.key(t + 1) not in ("بحياه", "بحياة"):
            continue
        if sr.f(t) & _AR_TARGETED:
            continue
        lo = t - 1
        while lo > max(sr.lo, t - 5) and not sr.f(lo) & _AR_STRIKE_N and \
                not sr.f(lo) & L.AR_STRIKE:
            lo -= 1
        if not (sr.f(lo) & _AR_STRIKE_N or sr.f(lo) & L.AR_STRIKE):
            continue
        agent = sr.nat_agent(lo + 1, t - 1)
        victim = sr.after(t + 1, types=("Person",), maxgap=8)
        if victim is None:
            continue
        victims = sr.chain(victim, ("Person",))
        agent = agent or executed_after(sr, victims[-1].hi)  # "... X نفذتها إسرائيل"
        agent = agent or claimer_before_strike(sr, lo)  # "تبنّت إسرائيل الغارة التي قتلت X"
        if agent and not sr.blocked(t):
            for v in victims:
                sr.add(AB, v.eid, agent, "strike_which_killed_ar")


_AR_REL = L._ar("الذي", "التي", "الذين", "اللذين", "اللذان")


_AR_REL_PLURAL = L._ar("الذين", "اللذين", "اللذان")


@needs((_AR_KILLED_PASS, EMPTY))
def rel_passive_ar(sr: Any) -> None:
    """"المهندس الذي قُتل على يد القوات الأمريكية": the head of the relative clause is the
    victim, the agent phrase follows the passive verb; the head may carry an apposition
    ("قاسم سليماني، القائد السابق للفيلق الذي قُتل بضربة أميركية"), and a dual or plural
    relative takes the list before it ("X وY، اللذين استشهدا في غارتين إسرائيليتين")."""
    for t in sr.triggers(_AR_KILLED_PASS, EMPTY):
        if not sr.f(t - 1) & _AR_REL:
            continue
        victim = sr.before(t - 1, types=("Person",), maxgap=1)
        if victim is None and sr.toks[t - 2].text in ("،", ","):
            victim = sr.before(t - 2, types=("Person",), maxgap=0)  # "X وY، اللذين"
        if victim is None:
            victim = apposition_head(sr, t - 1)
        else:
            victim = apposition_head(sr, victim)
        if victim is None or sr.blocked(t) or negated_among(sr, t):
            continue
        victims = sr._victim_list_back(victim) if sr.f(t - 1) & _AR_REL_PLURAL else [victim]
        for a in sr._agents_after(t + 1, limit=12):
            for v in _more_victims(victims, companions(sr, t)):
                if a != v.eid:
                    sr.add(AB, v.eid, a, "rel_passive_ar")
