"""ASSASSINATED_BY base rules in English (``KillingRulesEn._killed_en``), a base of ``KillingRules``.

Reads one English killing word of ``KillingRules.assassinated``: "X was assassinated/killed by
Y", "X, the Iranian general killed by the US", "X killed in a US raid" (reduced passive),
"killed in a US/American/Israeli strike", "Y killed X" (with its orderer: "a strike ordered by
Z"), "X's death in a US strike", "The two men were killed ..." (the pair of the sentence
before). No agent in the text, no relation ("killed in a drone strike").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from loaders.extract import lexicon as L
from loaders.extract.attribution_aside_en import (
    attribution_after_en,
    attribution_open_en,
    dash_aside_head_en,
)
from loaders.extract.core_context import apposition_tail, possessed_person_en, victim_as_subject
from loaders.extract.core_recall_kill import companions, strike_agent_back
from loaders.extract.core_wire_rules import strike_subject_en
from loaders.extract.kill_accident_en import accident_relative_en
from loaders.extract.kill_after_strike_en import time_phrase_strike_en
from loaders.extract.kill_apposed_victim_en import apposed_title_victim_en
from loaders.extract.kill_army_unit_en import army_part_killed
from loaders.extract.kill_beside_en import aside_companions, marker_at, past_apposition
from loaders.extract.kill_claim_victim import not_the_orderer_en, not_the_speaker_en
from loaders.extract.kill_clause_helpers import (
    _EN_KIN,
    _EN_SUBORD,
    _appositive_owner,
    _described_before,
    _executed_object,
    _head_before_group,
    _kin_of,
    _ordered_strike_nat,
    _said_other_subject,
    _speaker_not_victim,
    _subordinator_of,
    companion_named,
    prior_strike_subject,
)
from loaders.extract.kill_condemner import condemner_verb_en
from loaders.extract.kill_coordinated import coordinated_killer_en, coordinated_participle_en
from loaders.extract.kill_its_strike_en import speaker_its_strike_en
from loaders.extract.kill_joint_subjects_en import co_agent_before
from loaders.extract.kill_ledes import _in_dateline, _lede_victim_en
from loaders.extract.kill_list_more_en import more_victims_en
from loaders.extract.kill_named_as_en import named_as_victims_en
from loaders.extract.kill_national_agents_en import national_killers_before
from loaders.extract.kill_not_among import negated_among
from loaders.extract.kill_object_clause_en import clause_before_object_en
from loaders.extract.kill_prep_object import participle_object_en, prep_object_en
from loaders.extract.kill_reduced_en import (
    NEUTRALISED,
    long_apposed_subject,
    neutralised_object,
    quoted_participle,
    reduced_passive_en,
)
from loaders.extract.kill_relative_subject_en import relative_clause_head_en
from loaders.extract.kill_said_it import (
    own_intelligence,
    said_army_killed,
    speaker_it_killed,
    speaker_side,
    we_speaker_en,
)
from loaders.extract.kill_victim_lists import _more_victims, apposition_head
from loaders.extract.kill_when_en import when_fired_agent_en
from loaders.extract.mentions import AGENT_TYPES, Mention
from loaders.extract.rule_common import _FORMS, EN_PASSIVE_AUX, forms, title_start
from loaders.extract.strike_body_en import strike_body_before_en
from loaders.extract.succession_predecessor_en import predecessor_before_en
from loaders.extract.victim_list_end import victims_before_new_clause

# a relative or aide "of X" before the object named: "killed the son of X" kills someone unnamed
_EN_KIN_OF = _EN_KIN | frozenset({"aide", "aides", "escort", "escorts"})
# a preposition of place before a country or place named in a strike's subject (session 70)
_EN_PLACE_PREPS = frozenset({"in", "near", "with", "on", "at", "outside", "inside", "across", "of"})



def _since_soon_after(sr: Any, t: int) -> bool:
    """Whether "since" follows the killing verb at *t* within five words, before any "by"
    ("to be killed in Paris since Y, who was killed by Z": the agent is Y's)."""
    for x in range(t + 2, min(sr.hi, t + 6)):
        k = sr.key(x)
        if k == "by":
            return False
        if k == "since":
            return True
    return False

def _place_of_strike_en(sr: SentenceCore, m: Mention) -> bool:
    """Is the country or place *m* of the subject "A drone strike near Iraq's border with Syria
    killed ..." a place of the strike, no agent: right after a preposition of place, or after
    it and one lower-case word ("in southern X")?"""
    s = title_start(m)
    return m.etype in ("Country", "Location") and (
        sr.key(s - 1) in _EN_PLACE_PREPS or
        sr.toks[s - 1].text.islower() and sr.key(s - 2) in _EN_PLACE_PREPS)


# the participle of a strike's reduced relative: "a U.S. airstrike carried out / conducted /
# launched at the request of the government killed X": the strike's own adjective is the agent,
# not a body named inside the phrase (session 64)
_EN_STRIKE_DONE = frozenset({"carried", "conducted", "launched", "staged", "mounted"})

if TYPE_CHECKING:
    from loaders.extract.relations import SentenceCore
else:
    SentenceCore = object


_EN_LIST_PARTICIPLES = frozenset({"killed", "assassinated", "eliminated", "slain"})
# a subordinator right after an active "killed" ("officers killed since Y died"): the verb
# describes a noun before it and has no object
_CLAUSE_AFTER_KILLED = frozenset({"since", "before", "when", "while", "because", "until"})
_EN_NOBODY = frozenset({"nobody", "none", "noone"})
_EN_PARTICIPLE_NEXT = frozenset({"by", "in", "alongside", "along", "with", "during", "when",
                                 "while", "on", "at", "near", "together", "last", "earlier",
                                 "inside", "outside", "after", "days", "weeks", "months",
                                 "years", "early", "late"})


_EN_RELATIVE_THAT = frozenset({"that", "which"})
# a participle after a noun ("the commanders killed / martyred in the Israeli attacks")
_EN_PARTICIPLES = frozenset({"killed", "assassinated", "slain", "martyred"})


def martyred_active_en(sr: Any, t: int) -> bool:
    """"martyred" at *t* as the active verb of a strike (the Iranian outlets' usage): "That
    attack martyred X", "The regime's strikes on Tehran also martyred X" (a strike noun or
    "also" right before it; not "the martyred commander", an adjective)."""
    if sr.key(t - 1) in L.EN_STRIKE:
        return True
    if sr.key(t - 1) in ("has", "have", "had"):
        # "A US drone strike on ... has martyred X": an active perfect with its named object,
        # a strike its subject (not "the party has martyred commanders, among them X", nor
        # "Hezbollah has martyred its commander X": the group announcing its dead; review s42)
        # (its subject's phrase may be long: "A US drone strike on a headquarters of Iraq's
        # Popular Mobilization Units (PMU) on Baghdad's Palestine Street has martyred X")
        return sr.after(t + 1, types=("Person",), maxgap=2) is not None and \
            _strike_before(sr, t - 2, 25, _EN_CLAUSE_PUNCT)
    return sr.key(t - 1) == "also" and _strike_before(sr, t - 2, 4)  # "strikes on Tehran
    # also martyred"


_EN_CLAUSE_PUNCT = frozenset({",", ";", ":", "—", "–", '"', "“", "”", "."})


def _strike_before(sr: Any, y0: int, reach: int, stops: frozenset[str] | None = None) -> bool:
    """A strike noun at *y0* or up to *reach* - 1 words before it, no punctuation (of
    *stops*, when given) between."""
    for y in range(y0, max(sr.lo, y0 - reach) - 1, -1):
        if sr.toks[y].text in stops if stops is not None else sr.toks[y].punct:
            return False
        if sr.key(y) in L.EN_STRIKE:
            return True
    return False
_EN_LOST = frozenset({"lost", "losing", "loses", "lose"})
_EN_LIFE_OWNER = frozenset({"his", "her", "their"})


def lost_life_en(sr: Any, t: int) -> bool:
    """Whether "life"/"lives" at *t* closes "lost his/her/their life": a death told (the
    agent, if any, follows as after "died": "in an Israeli strike", "by Taliban gunmen")."""
    return sr.key(t - 1) in _EN_LIFE_OWNER and sr.key(t - 2) in _EN_LOST



_EN_DESCRIPTOR_GLUE = frozenset({"the", "a", "an", "so", "-", "called", "/", "senior", "top",
                                 "high", "ranking", "high-ranking", "leading", "prominent"})


def _far_described_victim(sr: Any, t: int) -> Any:
    """The person 7 to 10 tokens after the killing verb at *t* when only descriptors and
    bodies stand before his title ("neutralized the so-called senior PKK/YPG member X";
    session 53), else None."""
    m = sr.after(t + 1, types=("Person",), maxgap=10)
    if m is None:
        return None
    start = title_start(m)
    for y in range(t + 1, start):
        b = sr.mention_at.get(y)
        if b is not None and b.etype in ("Organization", "Country") or \
                sr.toks[y].text.isupper():  # (a body's acronym inside the title: "YPG")
            continue
        if sr.key(y) not in _EN_DESCRIPTOR_GLUE:
            return None
    return m

# "succumbed to (his / her / their) wounds / injuries": a death (session 63)
_EN_WOUNDS_OF = frozenset({"his", "her", "their", "wounds", "injuries", "the", "serious",
                           "severe", "critical"})


class KillingRulesEn(SentenceCore):
    """ASSASSINATED_BY base rules in English: one killing word of ``KillingRules.assassinated``
    ("X was assassinated/killed by Y", "killed in a US strike", "Y killed X", "X's death in a US
    strike", "The two men were killed ..."), a base of ``KillingRules``."""

    def _killed_en(self, t: int, tok: Any) -> None:
        """The English killing word at *t* (its token *tok*); ``assassinated`` reads the Arabic
        ones itself."""
        k = tok.key
        if k in ("life", "lives"):
            if not lost_life_en(self, t):
                return
            k = "died"  # "X lost his life in an Israeli strike": "X died in ..."
        elif k == "perished":
            k = "died"  # "X perished in an Israeli strike" (session 57)
        elif k == "succumbed":
            to = next((y for y in range(t + 1, min(self.hi, t + 5)) if self.key(y) == "to"),
                      None)  # ("succumbed on Thursday to injuries")
            if to is None or self.key(to + 1) not in _EN_WOUNDS_OF:
                return  # "succumbed to pressure": no death
            k = "died"  # "X succumbed to (his) wounds sustained in an Israeli strike" (s63)
        if k == "targeted" or k == "dies" and any(
                self.key(y) in ("if", "unless", "whenever") for y in range(t + 1, self.hi)):
            return  # ("dies a martyr if Y strikes": a condition, no death told)
        self._agents = []
        q = quoted_participle(self, t)  # 'was "neutralised by French forces"': 1
        kp = self.key(t - 1 - q)  # (one call for the tests below)
        coord = q == 0 and coordinated_participle_en(self, t)  # "was abducted and killed"
        passive = coord or k in ("died", "dies") or kp in EN_PASSIVE_AUX or (
            self.key(t - 2) in EN_PASSIVE_AUX and kp in (
                "reportedly", "allegedly", "later", "also", "both", "all",
                "subsequently", "eventually", "himself", "herself", "themselves")) or (
            k in ("killed", "assassinated") and self.before(t, ("Person",), 3) and
            kp == ",") or (
            # "X, the Iranian general killed by the US": a participle (an active
            # "killed" takes its object right after it)
            k in _EN_PARTICIPLES and
            self.key(t + 1) in _EN_PARTICIPLE_NEXT and
            kp not in ("who", "which", "that", "and", "or") and
            not self.toks[t - 1].punct and (self.mention_at.get(t - 1) is None or (
                self.mention_at[t - 1].kind not in ("name", "ref") and
                self.mention_at[t - 1].etype == "Person"))) or (
            kp != "," and reduced_passive_en(self, t)) or (  # "X killed in a US raid"
            # "- X, deputy commander of the military wing, eliminated in an IDF strike in
            # March": a list item's participle after the opening name's apposition
            kp == "," and k in _EN_LIST_PARTICIPLES and
            self.key(t + 1) in _EN_PARTICIPLE_NEXT and
            long_apposed_subject(self, t) is not None)
        if k in L.EN_KILL_NOUNS or k in ("assassination", "killing", "death",
                                         "martyrdom"):
            self._kill_nominal_en(t)
            return
        if not passive and (k in ("slain", "gunned") or k == "martyred" and
                            kp not in _EN_RELATIVE_THAT and not martyred_active_en(self, t) or
                            kp in ("the", "a", "an", "his", "her",
                                                "their", "its")):
            return  # "the slain general", "the martyred commander": an adjective (not "the
            # strike that / which martyred X": the Iranian outlets' active verb)
        if passive and k in _EN_PARTICIPLES and kp not in EN_PASSIVE_AUX and \
                (named := named_as_victims_en(self, t)) is not None:
            agent, _how = self._agent_after(t + 1) if named else (None, "")
            if agent and not self.blocked(t):  # "identified the two killed in the Turkish
                for v in named:  # strike as X and Y": X and Y, never the speaker
                    if v.eid != agent:
                        self.add("ASSASSINATED_BY", v.eid, agent, "named_as_en")
            return
        if passive:
            if self.key(t + 1) == "since" or _since_soon_after(self, t):  # "the most senior
                return  # officer to be killed since a U.S. strike killed Y": the strike is Y's,
                # this killing has no agent (s67); "the first official to be killed in Paris
                # since Y, who was killed by Z": nor here (session 72)
            victim = apposition_head(self, self.before(t, types=("Person",),
                                                       maxgap=16))
            if victim is not None and _speaker_not_victim(self, victim, t):
                return  # "Health Minister X said six people were killed": the speaker
            owner = None
            if victim is not None and victim.kind == "name":
                owner = _appositive_owner(self, victim)  # "X, the son of Y, was
                if owner is False or owner is None and _kin_of(self, victim):
                    return  # killed": X (someone unknown: nobody); "the son of Y",
                victim = owner or victim  # "Y's son": not Y
            aux = t - 3 if coord else (t - 1 if kp in EN_PASSIVE_AUX else t - 2) - q
            if victim is None and self.toks[aux - 1].text == "," and \
                    self.key(aux) in EN_PASSIVE_AUX:
                victim = long_apposed_subject(self, aux)  # "X, the leader of Y who
                # proclaimed ... five years ago, was killed in a raid by Z"
            past_relative = False
            head = dash_aside_head_en(self, aux) if not owner else None
            if head is not None:  # "X — who was visiting Tehran for Y's inauguration — was
                victim = head  # killed by Z": X, not Y inside the aside (session 55)
            if victim is not None and self.toks[aux - 1].text == "," and \
                    self.key(aux) in EN_PASSIVE_AUX:
                # "X, who succeeded Y as ..., was killed by Z": the subject is X
                sb = self.subject_before(aux, maxgap=25)
                if sb is not None and sb.etype == "Person" and not owner:
                    past_relative = sb is not victim and self.key(sb.hi) == "," and \
                        self.key(sb.hi + 1) in ("who", "whose")
                    victim = sb
            scan_from = aux if past_relative else victim.hi if victim is not None else t
            if victim is not None and self.key(victim.hi) == "," and \
                    self.toks[t - 1 - q].text == ",":
                scan_from = t - 1 - q  # "X, the founder's son once groomed as a future
                # leader, died in ...": the apposition's "as" subordinates nothing
            elif victim is not None and self.key(victim.hi) == "," and aux > victim.hi and \
                    self.toks[aux - 1].text == "," and self.key(aux) in EN_PASSIVE_AUX:
                scan_from = max(scan_from, aux - 1)  # "X, the group's most senior official
                # after its leader, was killed by Z" (session 65): nor its "after"
            if victim is not None and any(
                    self.key(y) in _EN_SUBORD for y in range(scan_from, t)):
                # (not an "after" inside the closed ", who ... ," clause: "X, who took over
                # after SEALs killed Y, was himself killed by Z" is X; session 49)
                # "X, who took command after his predecessor was killed by ...": the
                # passive's subject is in the subordinate clause, not X
                sub = max(y for y in range(victim.hi, t) if self.key(y) in _EN_SUBORD)
                inner = self.before(t, types=("Person",), maxgap=t - sub)
                if self.key(sub + 1) in ("he", "she"):  # "X was replaced by Y after he was
                    inner = predecessor_before_en(self, sub) or inner  # killed": X (s51)
                if inner is None and self.key(sub + 1) in ("his", "her", "their", "its"):
                    return  # "his predecessor was killed": someone else
                if inner is None and victim is next(
                        (m for m in self.args if m.etype == "Person"), None):
                    return  # "X took over after the general was killed": not X
                victim = inner or victim  # "X succeeded Y after the general was killed"
            victim = _head_before_group(self, t) or victim  # "X, prime minister of
            # the Houthi-run government, and several of his ministers were killed"
            pair = self._plural_people(t) if victim is None else []
            if victim is None and not pair:
                lede = _lede_victim_en(self, t, passive=True)
                if lede is not None:  # "A senior commander of X has been killed in
                    agent, _how = self._agent_after(t + 1)  # an Israeli strike. Y..."
                    if agent and agent != lede and not self.blocked(t):
                        self.add("ASSASSINATED_BY", lede, agent, "lede_victim_en")
                return
            victims = self._victim_list_back(victim) if victim is not None else pair
            sub = _subordinator_of(self, victims[0])
            described = _described_before(self, sub) if sub is not None else None
            if described is not None:  # "X replaced Y after the general and Z were
                # killed": "the general" is Y, whoever a description lookup chose
                victims = [described] + [v for v in victims if v.lo > sub + 3 and
                                         v.eid != described.eid]
            victim = victim or pair[0]
            if victims:  # "X, along with Y, was killed by Z": Y too (kill_beside_en)
                victims = victims + [m for m in aside_companions(self, victims[-1].hi, aux)
                                     if m not in victims]
            after_t = t + 1
            w_at, w = marker_at(self, t)  # "(in January) alongside / beside / along with"
            if w:
                more = self.after(w_at, types=("Person",), maxgap=1) or \
                    companion_named(self, w_at)  # "along with his deputy, Y,"
                if more is not None:
                    victims = victims + self.chain(more, ("Person",))
                    after_t = past_apposition(self, victims[-1])  # "Y, deputy head of Z,"
            agent, how = self._agent_after(after_t)
            agent = agent or when_fired_agent_en(self, after_t)  # "... when Y gunmen opened fire"
            if agent and not self.blocked(t, victim) and not negated_among(self, t):
                for v in _more_victims(victims, companions(self, t)):
                    self.add("ASSASSINATED_BY", v.eid, agent, "killed_by_en")
            return
        # active: agent before, victims after
        if self.key(t + 1) in _CLAUSE_AFTER_KILLED:
            return  # "the most senior officers killed since Y died": no object
        if self.key(t + 1) in _EN_NOBODY or self.key(t + 1) == "no" and self.key(t + 2) == "one":
            return  # "the missile attack killed no one, Y said": no victim (session 64)
        agent_m = self.before(t, maxgap=8)
        if agent_m is not None and (op := attribution_open_en(self, t)) is not None and \
                agent_m.lo > op:  # "Israel, according to Hezbollah, killed Y": Israel (s55)
            agent_m = self.before(op, maxgap=8)
        if agent_m is not None and (head := relative_clause_head_en(self, agent_m, t)) is not None:
            agent_m = head  # "The Houthis, who fought the coalition, killed Y": not the coalition
        nat_lo = max(self.lo, t - 5)
        if agent_m is not None and prep_object_en(self, agent_m, t):
            nat_lo = max(nat_lo, agent_m.hi)  # "Israel waged war on Lebanon and killed Y":
            agent_m = None  # not Lebanon (kill_prep_object); the first verb's subject
        if agent_m is not None and (x := participle_object_en(self, agent_m, t)) >= 0:
            # "Israeli soldiers fighting Hamas in Rafah killed X": the fighters, not Hamas
            agent_m = self.before(x, types=AGENT_TYPES, maxgap=0)
            nat_lo = max(self.lo, x - 4) if agent_m is None else nat_lo
            if agent_m is None and not self.nat_agent(nat_lo, x):
                return
        if agent_m is not None and _said_other_subject(self, agent_m.hi, t):
            agent_m = None  # "X said that security forces had killed Y": not X
        cv = condemner_verb_en(self, agent_m, t) if agent_m is not None else -1
        if cv < 0 and agent_m is not None:  # "X took command after the strike that killed
            cv = time_phrase_strike_en(self, agent_m, t)  # Y": not X (kill_after_strike_en)
        if cv >= 0:
            agent_m, nat_lo = None, max(nat_lo, cv + 1)  # "The Taliban condemned the
            # bombing that killed X": not the Taliban (kill_condemner)
        if agent_m is not None and _in_dateline(self, agent_m, t):
            agent_m = None  # "WASHINGTON - Within hours of the strike that killed Y"
        if agent_m is not None and (na := national_killers_before(self, t, agent_m)) is not None:
            agent_m, nat_lo = None, na  # "visit to Turkey since Saudi agents killed Y": Saudi
            # Arabia, not Turkey (kill_national_agents_en, session 64)
        if agent_m is None:  # "Israel acknowledged for the first time on Monday
            agent_m = speaker_it_killed(self, t) or \
                said_army_killed(self, t) or \
                army_part_killed(self, t) or \
                speaker_its_strike_en(self, t)  # that it killed Y" (kill_said_it); "the army's
            # special force had also killed Y" (kill_army_unit_en); "X said on Monday that its
            # airstrike near A, in B, killed Y" (kill_its_strike_en, session 66)
        victim = self.after(attribution_after_en(self, t), types=("Person",), maxgap=6) or \
            _far_described_victim(self, t) or \
            apposed_title_victim_en(self, t)  # "the so-called senior PKK/YPG member X";
        # "the RSF commander for Central Darfur, X" (kill_apposed_victim_en)
        # (past ", according to the group,": "Israel killed, according to the group, X")
        if victim is not None and victim.kind != "name":  # "K said X had killed him": not K
            victim = not_the_speaker_en(self, t, victim)
        if victim is not None and victim.kind != "name":  # "a strike ordered by K killed
            victim = not_the_orderer_en(self, t, victim)  # him": not K (s69)
        if victim is not None and clause_before_object_en(self, t, victim):
            victim = None  # "strikes kill dozens as Trump vows ...": Trump is no object
        if victim is not None and k in NEUTRALISED and not neutralised_object(
                self, t, victim):
            return  # "neutralised the threat before X arrived": not X
        if victim is not None and victim.poss and victim.lo <= t + 3:
            # "killed Y's son X": X; "killed Y's son": someone unnamed
            victim = possessed_person_en(self, victim)
            if victim is None:
                return
        if victim is not None and any(
                self.key(y) == "of" and self.key(y - 1) in _EN_KIN_OF
                for y in range(t + 2, title_start(victim))):
            return  # "Israel killed the son / driver of X": someone unnamed (session 56)
        if k == "executed" and victim is not None and not _executed_object(self, t,
                                                                            victim):
            return  # "Israel executed a plan drawn up by X": no killing of X
        if victim is None:
            lede = _lede_victim_en(self, t, passive=False)
            if lede is not None and agent_m is not None and _place_of_strike_en(self, agent_m):
                agent_m = None  # "A drone strike near Iraq's border with Syria killed a
                # commander": a place of the strike, no agent (session 70)
            if lede is not None and agent_m is not None and \
                    agent_m.etype in AGENT_TYPES and agent_m.eid != lede and \
                    not self.blocked(t, agent_m):
                # "Israel said it had killed a senior commander of X ... . Y named
                # him as Z"
                self.add("ASSASSINATED_BY", lede, agent_m.eid, "lede_victim_en")
            elif lede is not None and (agent_m is None or agent_m.etype not in AGENT_TYPES):
                # "An Israeli strike on Beirut killed a senior Hezbollah commander. Y was
                # killed along with ..." (session 53): the strike's national adjective
                struck = strike_subject_en(self, t, agent_m)
                named = next((m for m in self.doc.by_sent.get(self.si + 1, ())
                              if m.eid == lede), None)
                if named is not None and self.doc.toks[title_start(named) - 1].key in (
                        "killed", "assassinated"):
                    struck = None  # "CENTCOM said it had killed Y": the next sentence's
                    # own agent (dev enJL1)
                if struck is not None and struck != lede and not self.blocked(t):
                    self.add("ASSASSINATED_BY", lede, struck, "lede_victim_en")
            return
        agent = agent_m.eid if agent_m is not None and agent_m.etype in AGENT_TYPES \
            else None
        if agent_m is not None and agent_m.etype == "Person" and agent_m.poss and \
                self.key(agent_m.hi) in _EN_HIS_GROUP and agent_m.hi < t:
            # "Al-Barnawi's group killed Y": the body he leads, if the article says which
            # (session 49), else no agent told
            agent = _led_body(self, agent_m)
            if agent is None:
                return
        if agent is not None and agent_m is not None and agent_m.etype == "Country":
            # "Turkey said its intelligence service killed X": the service (MIT)
            agent = own_intelligence(self, agent, agent_m.hi, t)
        if agent_m is not None and agent_m.etype == "Person" and "we" in (
                self.key(t - 1), self.key(t - 2)):  # '"We eliminated X," Y said':
            agent = speaker_side(self, agent_m.eid)  # Y's side (kill_said_it)
        elif (agent_m is None or agent_m.etype != "Person") and \
                (sp := we_speaker_en(self, t)) is not None:
            # 'X told the Knesset that "we eliminated Y"': X's side, not the audience (s59)
            agent_m, agent = sp, speaker_side(self, sp.eid)
        if agent_m is not None and agent_m.etype == "Person" and agent_m.hi <= t - 4:
            # "X ... killed" with a strike noun in between: "a US drone strike killed"
            agent = self.nat_agent(agent_m.hi, t) or agent
        # "A U.S. drone strike on a base of the PMF ... killed X": the strike's own
        # adjective names the agent, not a body inside its prepositional phrase
        sx = None  # (lo <= y < t < hi: the keys and forms of self.key / self.f)
        toks = self.toks
        for y in range(max(self.lo, t - 25), t):
            ty = toks[y]
            fy = _FORMS.get(ty.text)
            if fy is None:
                fy = forms(ty)
            if not fy.isdisjoint(L.EN_STRIKE) and ty.key not in ("forces", "troops") and \
                    (toks[y + 1].key in ("on", "against", "at", "near", "in", "targeting") or
                     toks[y + 1].key in _EN_STRIKE_DONE):  # "a U.S. strike carried out at
                # the request of the Somali government killed X": not that government (s64)
                if sx is None:
                    sx = y
                elif self.nat_agent(max(self.lo, y - 4), y + 1):
                    sx = y  # "The strike in P came a month after a U.S. strike on Q killed
                    # X": the nearer strike, with its adjective, is the subject (session 58)
                    break
        if sx is not None and (agent_m is None or agent_m.lo > sx) and any(
                toks[w].key == "which" and toks[w - 1].key in ("in", "during")
                for w in range(sx + 2, t)):
            sx = None  # "the raid (in Abbottabad) in which US commandos killed X": the
            # relative clause's own subject, not the strike's phrase (session 71)
        near = strike_subject_en(self, t, agent_m)
        if near is not None:
            agent = near  # "after Israeli strikes killed Y": the strike's adjective
        elif sx is not None and (agent_m is None or agent_m.lo > sx):
            agent = self.nat_agent(max(self.lo, sx - 4), sx + 1) or \
                strike_body_before_en(self, sx)  # "the IDF strike on ..." (strike_body_en)
        elif agent_m is not None and self.key(
                title_start(agent_m) - 1) in (
                "in", "on", "at", "near", "from", "into", "inside", "of"):
            agent = None  # "struck a base in Iraq, an attack that killed": not Iraq
            nat_lo = max(nat_lo, agent_m.hi)  # (nor as a nationality below)
        if self.key(t - 1) in ("that", "which") and self.key(t - 2) in (
                "attack", "strike", "airstrike", "raid", "bombing", "operation"):
            # "X struck ..., an attack that killed Y": the attack's agent
            agent = (strike_agent_back(self, t - 1) if cv < 0 else None) or agent
        if agent is None and (sx is None or "by" in map(self.key, range(sx, t))):
            # (not "a strike in the Syrian capital killed X": that adjective is the
            # place's, inside the strike's phrase; "... by Israeli jets" is the agent)
            agent = self.nat_agent(nat_lo, t)
            if agent is not None and _in_dateline(self, self.mention_at.get(
                    self.lo), t) and self.mention_at[self.lo].eid == agent and not \
                    self.nat_agent(self.mention_at[self.lo].hi, t):
                agent = None  # "BEIRUT - The strike killed Y": the dateline's city
        if agent_m is not None and agent_m.etype == "Person" and agent == agent_m.eid:
            was_victim, earlier = victim_as_subject(self, agent_m)
            if was_victim:  # "the strike that killed X also killed Y": X's agent
                agent = earlier
        if agent is None and agent_m is None:
            # "U.S. forces carried out the strike on ... and killed Y" (kill_coordinated)
            agent = coordinated_killer_en(self, t)
        if agent is None and agent_m is None:
            agent = prior_strike_subject(self, t)  # "The strike killed X" after
            # "A U.S. drone struck the car."
        if not agent and not self.blocked(t, agent_m):
            # "The drone strike that killed X was ordered by Trump"
            for orderer in self._orderers(self.chain(victim, ("Person",))[-1].hi):
                for v in self.chain(victim, ("Person",)):
                    self.add("ASSASSINATED_BY", v.eid, orderer, "ordered_by_en")
        if agent and accident_relative_en(self, t):
            agent = None  # "X died in the helicopter crash that also killed Y" (s58)
        if agent and agent != victim.eid and not self.blocked(t, agent_m):
            victims = victims_before_new_clause(self, self.chain(victim, ("Person",)))
            victims = victims_before_new_clause(  # "X, head of Y, and Z"
                self, victims + (apposition_tail(self, victims[-1]) or
                                 more_victims_en(self, victims[-1])))  # "and the chief, Z"
            victims = _more_victims(victims, companions(self, victims[-1].hi - 1))
            if agent_m is not None and agent_m.etype == "Person":
                victims = [v for v in victims if v.eid != agent_m.eid]  # (the speaker
                # of '"We killed X," Y said' is no victim)
            ordered_strike = _ordered_strike_nat(self, agent_m) if agent_m is not \
                None and agent_m.etype == "Person" and agent == agent_m.eid else None
            co = co_agent_before(self, agent_m) if agent_m is not None and \
                agent == agent_m.eid and agent_m.etype != "Person" else None
            for v in victims:
                self.add("ASSASSINATED_BY", v.eid, agent, "killed_active_en")
                if co is not None and co.eid != v.eid:  # "The IDF and Shin Bet killed X"
                    self.add("ASSASSINATED_BY", v.eid, co.eid, "co_agent_en")
                if ordered_strike and ordered_strike != v.eid:  # "a U.S. strike
                    # ordered by Trump killed X": the strike's country too
                    self.add("ASSASSINATED_BY", v.eid, ordered_strike,
                             "ordered_strike_en")
            if not victims:  # every victim was the agent himself: nothing to relate
                return  # (victims[-1] below raised IndexError on such a sentence)
            for orderer in self._orderers(victims[-1].hi):  # "... ordered by Trump"
                for v in victims:
                    self.add("ASSASSINATED_BY", v.eid, orderer, "ordered_by_en")
        return


# a person's men or body named by his possessive ("X's group / fighters killed Y")
_EN_HIS_GROUP = frozenset({"group", "organisation", "organization", "movement", "militia",
                           "fighters", "men", "forces", "faction"})


def _led_body(sr: Any, m: Any) -> str | None:
    """The body the article names *m* as leading (his title's organisation, or a LEADS
    relation an earlier sentence read: "X, the leader of ISWAP"; the gazetteer's bodies he
    leads among those named), else None."""
    for x in sr.doc.ments:
        if x.eid == m.eid and x.role_org:
            return x.role_org
    told = sr.doc.state.get("leads", {}).get(m.eid)  # a LEADS read in an earlier sentence
    if told is not None:
        return told
    led = next((org for org, heads in sr.doc.leaders.items()
                if any(p == m.eid for p, _q in heads)), None)
    if led is None:  # a body the article names whose leader the gazetteer says he is
        orgs = dict.fromkeys(x.eid for x in sr.doc.ments if x.etype == "Organization")
        led = next((o for o in orgs if any(e.id == m.eid for e in sr.doc.gaz.leaders_of(o))),
                   None)
    return led
