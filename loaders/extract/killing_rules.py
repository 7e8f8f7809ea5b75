"""ASSASSINATED_BY base rules: ``KillingRules.assassinated``, a mixin of ``SentenceRules``.

Reads the killing verbs and nouns with their agents: "اغتالت/قتلت الولايات المتحدة سليماني"
(SVO and VSO), "الذي اغتالته X", "لقي X حتفه في غارة أمريكية", "X was assassinated/killed by
Y", "killed in a US strike", "X's death in a US strike", "The two men were killed ..." (the
pair of the sentence before). ``assassinated`` reads the Arabic words itself and hands each
English one to ``killing_rules_en.KillingRulesEn._killed_en``; the agent phrases are
``killing_agents``, the nouns ``killing_nominal``; the rarer constructions are run by
``killings.more_killings``.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.core_recall_hooks import HOOK_AR, HOOK_EN
from loaders.extract.core_recall_kill import AR_DIED_IN, companions
from loaders.extract.core_recall_strike_later import claimed_lives, strike_agent_later
from loaders.extract.dispatch import needs
from loaders.extract.kill_adverbial_ar import comma_adverbial_ar
from loaders.extract.kill_apposed_ar import (
    apposed_subject_killed_ar,
    aside_topic_ar,
    owner_of_quoted_alias_before_ar,
    past_known_as_ar,
    quoted_alias_owner,
)
from loaders.extract.kill_claim_victim import past_comma
from loaders.extract.kill_claims_verdicts import _AR_THAT_C, it_killed_speaker_ar
from loaders.extract.kill_clause_helpers import (
    _AR_KILL_MEANS,
    _AR_KILL_NOUN_DUAL,
    _C10,
    AR_EXECUTED_IT,
    _ar_clause_limit,
    prior_strike_object,
)
from loaders.extract.kill_condemner import condemner_subject_ar
from loaders.extract.kill_coordinated import coordinated_killer_ar
from loaders.extract.kill_dual_ar import AR_DUAL_PASSIVE, dual_pair_before_ar
from loaders.extract.kill_far_operation_ar import far_operation_start_ar
from loaders.extract.kill_groups_forces import _partitive_group
from loaders.extract.kill_kama_ar import after_kama_ar, kama_agent_ar
from loaders.extract.kill_latter_ar import latter_object_ar, latter_passive_ar
from loaders.extract.kill_martyr_ar import past_companions_ar
from loaders.extract.kill_noun_nationality_ar import killing_nationality_after_ar
from loaders.extract.kill_ordered_subject_ar import ordered_subject_side_ar
from loaders.extract.kill_partitive_owner_ar import counted_group_owner_ar
from loaders.extract.kill_prep_object import prep_object_ar
from loaders.extract.kill_self_word_ar import (
    national_unit_ar,
    self_word_between_ar,
    strike_subject_victim_ar,
)
from loaders.extract.kill_strike_object_ar import strike_object_agent_ar
from loaders.extract.kill_title_lam_ar import title_complement_victim_ar
from loaders.extract.kill_victim_lists import _more_victims, apposition_head
from loaders.extract.kill_victim_title_ar import victim_title_group_ar
from loaders.extract.kill_wounds_ar import wounds_before_strike
from loaders.extract.killing_agents import KillingAgents
from loaders.extract.killing_nominal import KillingNominal
from loaders.extract.killing_rules_en import KillingRulesEn
from loaders.extract.mentions import AGENT_TYPES, QUOTES
from loaders.extract.orders import AR_ORDER, AR_ORDER_B
from loaders.extract.pronoun_clause_ar import prev_subject_list_ar, pronoun_victim_ar
from loaders.extract.strike_verb_reach import strike_soon_after_ar
from loaders.extract.victim_list_end import victims_before_new_clause

# ---- base rules (methods of SentenceRules: the killing verbs and nouns) -----------------
_C8 = L._ar("اغتيال", "مقتل", "تصفية", "اغتياله", "مقتله", "استشهاد")
_C9 = L._ar("مقتل", "اغتيال")

_AR_IN_PLACE = L._ar("في", "فى")  # a place after the killing verb, no killer
_AR_ON = L._ar("على")  # "في غارة على X": the strike's target, no killer
# a compass word before a country after the verb: where, no killer ("قتلته شمالي مالي")
_AR_COMPASS = L._ar("شمال", "شمالي", "جنوب", "جنوبي", "شرق", "شرقي", "غرب", "غربي", "وسط")


_EN_KILL_DEATH = L.EN_KILL | {"death", "martyred", "martyrdom"}  # "X's death in a US strike"
# "X lost his life in a US strike": "life"/"lives" read as "died" (``lost_life_en``)
_EN_KILL_DEATH = _EN_KILL_DEATH | {"life", "lives"}
_AR_KILL_TRIG = L.AR_KILL_STRONG | AR_DIED_IN | _AR_KILL_NOUN_DUAL


def _strike_past_people(sr: Any, t: int) -> bool:
    """Arabic: a strike noun after the dying verb at *t* past the people who died and their
    companions ("ارتقى X مع الفريق Y بالعدوان الأمريكي": only names, titles and "مع" between;
    session 55)."""
    y = t + 1
    while y < min(sr.hi, t + 16):
        m = sr.mention_at.get(y)
        if m is not None and m.etype == "Person":
            y = m.hi
        elif sr.key(y) == "مع":
            y += 1
        elif sr.f(y) & L.AR_STRIKE:
            return y > t + 1
        else:  # a title before the next name ("مع الفريق الشهيد Y")
            nxt = next((z for z in range(y + 1, min(sr.hi, y + 4)) if z in sr.mention_at), None)
            if nxt is None or sr.mention_at[nxt].etype != "Person" or \
                    any(sr.toks[z].punct for z in range(y, nxt)):
                return False
            y = nxt
    return False


class KillingRules(KillingRulesEn, KillingNominal, KillingAgents):
    """ASSASSINATED_BY base rules: killing verbs and nouns with their agents (a mixin of
    ``SentenceRules``; see the module doc)."""

    @needs((HOOK_AR, HOOK_EN), (_AR_KILL_TRIG, _EN_KILL_DEATH))
    def assassinated(self) -> None:
        for v, a in strike_agent_later(self) if self._hooks else ():  # "X carried out the
            # strike" (the killing said before)
            self.add("ASSASSINATED_BY", v, a, "strike_agent_later")
        for v, a in claimed_lives(self) if self._hooks else ():  # "أودت ... بحياة X"
            self.add("ASSASSINATED_BY", v, a, "claimed_lives")
        for t in self.triggers(_AR_KILL_TRIG, _EN_KILL_DEATH):
            tok = self.toks[t]
            fs = self.f(t)
            if not tok.ar:
                self._killed_en(t, tok)
                continue
            # Arabic
            if tok.text.endswith("قتلة"):
                continue  # "القبض على قتلة X" (X's killers) folds like "قتله" (killed him)
            self._agents = []
            self._ordered_kill_ar(t)
            if fs & AR_DIED_IN and not fs & L.AR_KILL_STRONG and \
                    not strike_soon_after_ar(self, t) and \
                    not _strike_past_people(self, t) and not wounds_before_strike(self, t) and \
                    past_companions_ar(self, t + 1) == t + 1 and \
                    not any(self.f(y) & _AR_KILL_MEANS and self.f(y + 1) & AR_EXECUTED_IT
                            for y in range(t + 1, min(self.hi - 1, t + 8))) and \
                    not killing_nationality_after_ar(self, t):  # "باغتيال صهيوني" (s68)
                continue  # قضى without a strike: "spent", "ruled" ("ارتقى (مع ثلة من إخوانه)
                # باغتيال نفّذه Y": a killing; "الذي ارتقى مع عدد من قادة الحرس في العدوان
                # الصهيوني": past the companions, session 61)
            if fs & L.AR_DEATH_OF or fs & AR_DIED_IN:
                # "لقي X حتفه/مصرعه في غارة أمريكية" / "X، الذي قضى في غارة إسرائيلية"
                victim = quoted_alias_owner(self, self.before(t, types=("Person",), maxgap=8))
                agent, _how = self._agent_after(t + 1)
                if victim and agent and not self.blocked(t):
                    for v in _more_victims(self._victim_list_back(victim),
                                           companions(self, t)):
                        self.add("ASSASSINATED_BY", v.eid, agent, "met_death_ar")
                if victim is not None or not fs & _C10:
                    continue
                # "وارتقى في الغارة الإسرائيلية ... العميد X": the victim after the means,
                # read below as for "وقُتل في الغارة X"
            nominal = bool(fs & _C8 or fs & _AR_KILL_NOUN_DUAL) or (
                tok.key == "قتل" and self.key(t - 1) == "عن")  # "مسؤوليته عن قتل X": a noun
            pron = any(fm.endswith(("ته", "تها", "وه", "ه", "هما", "هم")) and
                       fm in L.AR_KILL_STRONG and fm not in _C9 for fm in fs) and not nominal
            if pron:
                victim = apposition_head(self, self.before(t, types=("Person",), maxgap=12))
                if self.toks[t - 1].text in ("،", ","):  # "X، الذي خلف Y، قتلته Z": X
                    victim = aside_topic_ar(self, t - 1) or victim
                prev_pron = victim is None
                victim = victim or pronoun_victim_ar(self, t)  # "X ... . واغتالته إسرائيل"
                if victim is not None and prev_pron and any(fm.endswith(("هما", "هم"))
                                                             for fm in fs):
                    victims = prev_subject_list_ar(self, victim)  # "X وY ... . واغتالتهما Z"
                elif victim is not None and any(fm.endswith(("هما", "هم")) for fm in fs):
                    # "X وY، اللذين اغتالتهما Z": the list before the dual/plural pronoun
                    victims = self._victim_list_back(victim)
                else:
                    victims = [victim] if victim is not None else []
                agent_m = self.after(t + 1, maxgap=3)
                target_hit = None  # the last token of a strike's target named after the verb
                if agent_m is not None and past_comma(self, t, agent_m):
                    agent_m = None  # "أنه قتله، ثم اللواء Y": Y opens another phrase
                elif agent_m is not None and agent_m.lo > t + 1 and \
                        self.key(agent_m.lo - 1) in _AR_IN_PLACE:
                    agent_m = None  # "الذي اغتاله الاحتلال في طهران": the place (session 51)
                elif agent_m is not None and agent_m.lo == t + 2 and \
                        self.key(t + 1) in _AR_COMPASS:
                    agent_m = None  # "إن القوات الفرنسية قتلته شمالي مالي": where (s64)
                elif agent_m is not None and self.key(agent_m.lo - 1) in _AR_ON and any(
                        self.f(y) & L.AR_STRIKE for y in range(t + 1, agent_m.lo - 1)):
                    # "أعلن الجيش أنه قتله في غارة على طهران": the target; the speaker whose
                    # "أنه" it is did it (session 59)
                    target_hit = agent_m.hi - 1
                    agent_m = None
                agent_id, last = (agent_m.eid, agent_m.hi - 1) if agent_m else (None, t)
                if target_hit is not None:
                    agent_id, last = it_killed_speaker_ar(self, t)[1], target_hit
                elif agent_m is None and self.key(t + 1).endswith(("ون", "يين")):
                    agent_id = self.nat_agent(t + 1, t + 2)  # "الذي اغتاله الأميركيون"
                    last = t + 1
                elif agent_m is None and self.f(t + 1) & L.AR_STRIKE:
                    agent_id = self.nat_agent(t + 2, t + 4)  # "اللذين قتلتهما غارة أميركية"
                    last = t + 2
                elif agent_m is None:  # "الذي قتلته قوة كوماندوز أمريكية" (session 55)
                    agent_id = national_unit_ar(self, t + 1)
                    last = t + 2
                if victim and agent_id and not self.blocked(t):
                    # "الذي اغتالته القوات الأمريكية مع X": X was killed too
                    for v in _more_victims(victims, companions(self, last)):
                        self.add("ASSASSINATED_BY", v.eid, agent_id, "killed_rel_ar")
                continue
            if nominal:
                self._kill_nominal_ar(t)
                continue
            passive = bool(fs & _C10) and not (
                "قتلا" in fs and self.after(t + 1, types=("Person",), maxgap=0) is not None)
            b = self.before(t - 1 if t - 1 > self.lo and self.toks[t - 1].text in QUOTES
                            else t, maxgap=3)  # ("في بيان إنه «صفّى» Y": the quote, s58)
            if b is not None and condemner_subject_ar(self, b, t):
                b = None  # "وأدان حزب الله الغارة التي قتلت X": not Hezbollah (kill_condemner)
            elif b is not None and not passive and prep_object_ar(self, b, t):
                b = None  # "شنت إسرائيل حرباً على لبنان واغتالت X": not Lebanon
            if passive and (b is None or b.etype != "Person" or self.toks[b.hi].text in QUOTES):
                b = owner_of_quoted_alias_before_ar(self, t) or b  # "X «الحاج جواد» قد قُتل"
            if passive and (b is None or b.etype != "Person") and \
                    self.key(t - 1) in ("الذي", "التي") and self.toks[t - 2].text in ("،", ","):
                # "X، نائب قائد الحرس الثوري، الذي قُتل مع Y في الغارة": X past its apposition
                b = apposition_head(self, self.before(t, types=("Person",), maxgap=12)) or b
            if passive and (b is None or b.etype != "Person" or self.toks[t - 1].text in (
                    "،", ",")) and apposed_subject_killed_ar(self, t):  # (or "X، خليفة Y، قُتل")
                continue  # "X، نجل المؤسس، قُتل في عملية أميركية" (kill_apposed_ar.py)
            if passive and b is not None and b.etype == "Person" and (
                    self.key(t - 1) in ("الذي", "التي", "الذين", "وقد", "قد") or b.hi == t or
                    self_word_between_ar(self, b.hi, t)):  # "X نفسه قُتل" (session 52)
                first_after = self.after(t + 1, maxgap=2)
                if first_after is not None and first_after.in_title:
                    first_after = None  # "مع الأمين العام لحزب الله Y": a body in Y's title
                if first_after is None or first_after.etype not in AGENT_TYPES or \
                        first_after.etype == "Person":
                    comps = companions(self, t)
                    agent, _how = self._agent_after(t + 1, limit=20)
                    if agent is None and comps and comps[-1].lo > t:
                        # "وكان X قد استشهد فجر الجمعة مع نائب رئيس هيئة ... Y وعدد من رفاقهما،
                        # في غارة نفذتها طائرات أميركية": the means after a long-titled
                        # companion (session 67)
                        agent, _how = self._agent_after(comps[-1].hi)
                    if agent and not self.blocked(t):
                        victim = quoted_alias_owner(self, b)  # "X «الحاج Y» قد استشهد": X
                        for v in _more_victims(self._victim_list_back(victim), comps):
                            self.add("ASSASSINATED_BY", v.eid, agent, "killed_rel_passive_ar")
                    continue
            if b is not None and not passive and after_kama_ar(self, b.hi, t) and \
                    self.after(t + 1, types=("Country", "Organization"), maxgap=1) is not None:
                b = None  # "... كما اغتالت الولايات المتحدة Y": its own subject (VSO)
            elif b is not None and not passive and after_kama_ar(self, b.hi, t):
                # "إسرائيل اغتالت X كما اغتالت Y": the first verb's subject, not X
                agent_id = kama_agent_ar(self, t)
                victim = self.after(t + 1, types=("Person",), maxgap=10)
                if agent_id and victim is not None and not self.blocked(t):
                    for v in victims_before_new_clause(self, self.chain(victim, ("Person",))):
                        if v.eid != agent_id:
                            self.add("ASSASSINATED_BY", v.eid, agent_id, "killed_kama_ar")
                continue
            svo = b is not None and b.etype in AGENT_TYPES and all(
                (not self.toks[x].punct or (x == t - 1 and self.toks[x].text in QUOTES)) and
                self.key(x) not in _AR_THAT_C
                for x in range(b.hi, t))  # "قال X إن الجيش اغتال Y": not X; "إن الجيش
            # «صفّى» Y": a verb quoted alone, the speaker's own word (session 57)
            if svo and b is not None and b.etype != "Person" or (svo and not passive):
                victim = self.after(t + 1, types=("Person",), maxgap=10)
                if victim is not None and victim.lo > t + 2 and \
                        counted_group_owner_ar(self, t, victim):
                    victim = None  # "أعدمت 20 من حراس X": his guards, not X (session 70)
                if victim and b and not self.blocked(t, b):
                    victims = victims_before_new_clause(self, self.chain(victim, ("Person",)))
                    for v in victims:
                        self.add("ASSASSINATED_BY", v.eid, b.eid, "killed_svo_ar")
                    for orderer in self._orderers(victims[-1].hi):
                        for v in victims:
                            self.add("ASSASSINATED_BY", v.eid, orderer, "ordered_by_ar")
                continue
            if b is None:  # "نفذت القوات الأمريكية غارة ... وقتلت X" (kill_coordinated)
                agent_c = coordinated_killer_ar(self, t)
                victim = self.after(t + 1, types=("Person",), maxgap=3) if agent_c else None
                if agent_c and victim is not None and not self.blocked(t):
                    for v in self.chain(victim, ("Person",)):
                        self.add("ASSASSINATED_BY", v.eid, agent_c, "and_killed_ar")
                    continue
                agent_s = strike_object_agent_ar(self, t)
                victim = self.after(t + 1, types=("Person",), maxgap=10) if agent_s else None
                if agent_s and victim is not None and not self.blocked(t):
                    # "تبنى Y في مارس 2023 تفجيراً قتل X" (kill_strike_object_ar, s65)
                    for v in victims_before_new_clause(self, self.chain(victim, ("Person",))):
                        if v.eid != agent_s:
                            self.add("ASSASSINATED_BY", v.eid, agent_s, "strike_object_ar")
                    continue
            first = self.after(t + 1, maxgap=3)
            if passive and (first is None or first.lo > t + 1):
                first = latter_passive_ar(self, t) or first  # "وقُتل الأخير في غارة" (s57)
            if passive:  # "استشهد المعاون العسكري لحركة X Y": Y, not X (session 62)
                first = title_complement_victim_ar(self, t, first) or first
            if not passive and (first is None or first.etype in ("Location", "Country")):
                # "قتلت غارة إسرائيلية في آب رئيس حكومة X" (kill_self_word_ar, session 52);
                # "قتلت ضربة أمريكية شرقي بغداد X": past the place (session 56)
                first = strike_subject_victim_ar(self, t) or first
            if first is None and passive:
                # "وقتل في الغارة نفسها X" / "قتل بغارة أمريكية X": the victim after the means
                base = comma_adverbial_ar(self, t) or t  # "، في الأول من نيسان،"
                v = self.after(base + 1, types=("Person",), maxgap=16)
                if v is not None and v.lo - base > 9 and not 0 <= v.tlo - base <= 14:
                    v = None  # (a longer way only to a titled victim: "... العميد X")
                if v is not None and any(_ordered_at(self, y) for y in range(
                        base + 1, v.tlo if 0 <= v.tlo < v.lo else v.lo)):
                    v = None  # "قُتلا بغارة أمريكية أمر بها الرئيس X": X ordered it
                if v is not None and not any(self.toks[y].punct for y in range(base + 1, v.lo)):
                    agent, _how = self._agent_after(t + 1, limit=v.lo - t + 1)
                    vs = self.chain(v, ("Person",))
                    if agent is None and v.tlo > t:
                        # "قُتل قائد اللواء الخامس في الجيش السوري العميد X، أمس، بضربة
                        # نفّذتها طائرة مسيّرة إسرائيلية": a titled victim, the means after him
                        vs = self._with_victims(vs)
                        agent, _how = self._agent_after(vs[-1].hi,
                                                        limit=_ar_clause_limit(self, vs[-1].hi))
                    if agent and not self.blocked(t):
                        for vv in vs:
                            self.add("ASSASSINATED_BY", vv.eid, agent, "killed_means_first_ar")
                elif v is None and fs & AR_DUAL_PASSIVE:
                    # "استقبل X ... Y، وبعد دقائق قُتلا معاً بغارة أمريكية" (kill_dual_ar)
                    pair = dual_pair_before_ar(self, t)
                    agent, _how = self._agent_after(t + 1) if pair else (None, "")
                    if agent and not self.blocked(t):
                        for vv in pair:
                            if vv.eid != agent:
                                self.add("ASSASSINATED_BY", vv.eid, agent, "killed_dual_ar")
                continue
            if first is None:
                continue
            if first.etype == "Person":
                # passive or nominal use: victim first, agent later
                victims = self._with_victims(self.chain(first, ("Person",)))
                agent, _how = self._agent_after(victims[-1].hi)
                aka = past_known_as_ar(self, victims[-1].hi) if agent is None else None
                if aka is not None:  # "استُشهد X، المعروف بـ«Y»، مساء الأربعاء إثر غارة Z"
                    agent, _how = self._agent_after(aka)
                if agent is None and passive:
                    # "قُتل X، زعيم ...، وY، الذي يوصف بأنه ...، في عملية نفذتها Z": the means
                    # after the list's last apposition
                    more = self._apposed_list(victims[-1])
                    if more:
                        agent, _how = self._agent_after(more[-1].hi)
                        victims = victims + more if agent else victims
                if agent is None and passive and first.lo > t + 1:
                    # "وقتل في الغارة نفسها X": the means stated before the victim
                    agent, _how = self._agent_after(t + 1, limit=first.lo - t)
                if agent is None and passive:
                    far = far_operation_start_ar(self, victims[-1].hi)  # "، في عملية نفذتها
                    if far is not None:  # Y" past a long means, date and place (session 69)
                        agent, _how = self._agent_after(far, limit=8)
                if agent is None and not passive and any(
                        self.f(y) & L.AR_STRIKE for y in range(t + 1, first.lo)):
                    # "قتلت غارة أمريكية X وY": the strike is the subject
                    agent = self.nat_agent(t + 1, first.lo) or \
                        prior_strike_object(self, t + 1, first.lo)  # "وقتلت الغارة X"
                    if agent is None:
                        continue
                if agent is None and not passive:
                    agent = national_unit_ar(self, t + 1)  # "قتلت قوة أمريكية خاصة X"
                if agent is None and not passive:
                    second = self.after(first.hi, types=("Person",), maxgap=2)
                    if second is not None and second in victims:
                        continue  # "قتلت X وY": a list of victims with no agent named
                    if second is not None and second in companions(self, first.hi - 1):
                        continue  # "قتلت X ومعه Y": Y was killed with X, not by X
                    if second is not None:  # VSO with a person agent
                        if not self.blocked(t):
                            self.add("ASSASSINATED_BY", second.eid, first.eid, "killed_vso_ar")
                        continue
                if agent and not self.blocked(t):
                    for v in _more_victims(victims, companions(self, victims[-1].hi - 1)):
                        self.add("ASSASSINATED_BY", v.eid, agent, "killed_passive_ar")
                    side = None if passive else ordered_subject_side_ar(
                        self, t, first, victims, _ordered_at)  # "قتلت غارة أميركية X ... أمر
                    for v in victims if side and side != agent else ():  # بها Y": both (s69)
                        self.add("ASSASSINATED_BY", v.eid, side, "killed_ordered_subject_ar")
            elif self.key(first.lo - 1) != "في" and not _partitive_group(self, t, first) and \
                    not victim_title_group_ar(self, t, first):  # "قُتل مؤسس تنظيم X وزعيمه Y"
                # "قتل القياديان في كتائب القسام X" / "قُتل ثلاثة من عناصر X": no agent
                victim = self.after(first.hi, types=("Person",), maxgap=10) or \
                    latter_object_ar(self, first)  # "واغتالت إسرائيل الأخير" (session 57)
                orderer = None
                if victim is not None and self.key(victim.lo - 1) == "من" and \
                        self.f(victim.lo - 2) & AR_ORDER:
                    # "اغتالت الولايات المتحدة بأمر من ترامب الجنرال سليماني"
                    orderer, victim = victim, self.after(victim.hi, types=("Person",),
                                                         maxgap=4)
                if victim and not self.blocked(t):
                    victims = victims_before_new_clause(self, self.chain(victim, ("Person",)))
                    # "قتلت إسرائيل X مع اثنين من مرافقيه وY": the companions too
                    for v in _more_victims(victims, companions(self, victims[-1].hi - 1)):
                        self.add("ASSASSINATED_BY", v.eid, first.eid, "killed_vso_ar")
                        if orderer is not None:
                            self.add("ASSASSINATED_BY", v.eid, orderer.eid, "ordered_by_ar")


_AR_ORDER_OF = L._ar("بها", "به", "من")


def _ordered_at(sr: KillingAgents, y: int) -> bool:
    """Does an order start at token *y*: "بأمر (من) X", "أمر بها / به X", "أوامر من X" (not
    the title "آمر اللواء")?"""
    f = sr.f(y)
    return bool(f & AR_ORDER_B) or bool(f & AR_ORDER) and y + 1 < sr.hi and bool(
        sr.f(y + 1) & _AR_ORDER_OF)
