"""ASSASSINATED_BY: ``KillingAgents._agent_after``, the agents named after a killing word.

Reads "by X", "على يد X", "at the hands of X", "in a US strike" / "بغارة أمريكية", "بضربة
نفذتها القوات الأمريكية", "ordered by X" / "بأمر من X", "killed in the same strike" (the
earlier killing's agents) and "killed in the strike" (the strike told before). A base of
``killing_rules.KillingRules``.
"""

from __future__ import annotations

from operator import itemgetter
from typing import TYPE_CHECKING, Any

from loaders.extract import lexicon as L
from loaders.extract.core_context import ordered_adj_agent
from loaders.extract.kill_bodies import owned_body
from loaders.extract.kill_claims_verdicts import AR_ITS_MEN as _AR_ITS_MEN
from loaders.extract.kill_claims_verdicts import its_men_speaker_ar
from loaders.extract.kill_clause_helpers import (
    _AR_KILL_MEANS,
    AR_EXECUTED_IT,
    EN_AT_PLACE,
    _org_before_strike,
    _past_speaker_en,
    _strike_done_by,
    org_joined_before_strike,
)
from loaders.extract.kill_joint_nationality_en import hyphen_partner_en
from loaders.extract.kill_noun_nationality_ar import killing_nationality_ar
from loaders.extract.kill_poss_plural_en import FINITE_AUX, later_passive_at
from loaders.extract.kill_reduced_en import bracketed_alias
from loaders.extract.kill_sized_team_en import size_compound_width
from loaders.extract.orders import AR_ORDER, EN_ORDER_CUES, order_phrase_at
from loaders.extract.rule_common import _FORMS, EN_PASSIVE_AUX, forms, title_start
from loaders.extract.strike_claimed import claimed_strike_agent
from loaders.extract.strike_done_by import means_owner_ar
from loaders.extract.strike_refs import (
    companion_agents,
    definite_strike,
    only_strike_agents,
    prior_strike_agents,
    same_event_agents,
    strike_as_time,
    strike_own_agents,
)
from loaders.extract.weapon_model_ar import nationality_past_model_ar

if TYPE_CHECKING:
    from loaders.extract.mention_core import Mention
    from loaders.extract.relations import SentenceCore
else:
    SentenceCore = object

_FIRST = itemgetter(0)  # (of a found (agent, how) pair)
_AR_HAND_KEYS = L.AR_BY_HAND  # "على يد Y" / "على أيدي Y" (by the hands of)


# adjectives of an operation before the body that carried it out ("في عملية مشتركة للقوات X")
_AR_OP_ADJ = L._ar("مشتركة", "نوعية", "خاصة", "عسكرية", "أمنية", "جوية", "برية", "دقيقة",
                   # "في هجوم صاروخي للحرس الثوري", "بقصف مدفعي للجيش" (session 58)
                   "صاروخي", "صاروخية", "مدفعي", "مدفعية", "جوي", "عسكري", "مشترك")
_EN_FORCE_NOUNS = frozenset({"forces", "troops", "soldiers", "commandos", "jets", "aircraft",
                             "warplanes", "drones", "units"})
_AR_PLACE_PREP = L.AR_STRIKE_PLACE_PREPS  # ("غارة شرقي سوريا": a place, not a Syrian strike)
# a saying or denying verb after the strike noun opens a clause ("في غارة نفت إسرائيل أنها
# نفّذتها": no nationality of the strike; a claim is read by strike_claimed)
_AR_SAY_DENY = L._ar("نفت", "نفى", "ونفت", "ونفى", "قالت", "قال", "اعلنت", "اعلن", "اتهمت",
                     "اتهم", "اكدت", "اكد", "زعمت", "زعم",
                     # "في عملية نسبتها إيران إلى الموساد": a side only blamed (dev gold
                     # leaves "an attack Iran blamed on Israel" unpaired)
                     "نسبتها", "نسبها", "نسبته", "تنسبها", "ينسبها", "نسبت", "تتهم", "يتهم",
                     "حملت", "تحمل")
# a new predicate after a killing verb ends the search for its agent
_EN_CLAUSE_BREAK = (L.EN_MEET | L.EN_SUCCEED | L.EN_VISIT | L.EN_APPOINT | L.EN_LEAD_VERBS |
                    frozenset({"said", "says", "told"}) | frozenset({
                        # what a killing noun, the subject, brought about: "The killing of X
                        # in 2020 prompted Iranian missile strikes": no Iranian killing (s55)
                        "prompted", "prompting", "triggered", "triggering", "sparked",
                        "sparking", "provoked", "provoking", "caused", "fuelled", "fueled",
                        "drew", "unleashed", "spurred"})) - L.EN_MEET_NOUNS - frozenset(
                        {"led", "took", "became"})
_EN_PLACE_PREPS_STOP = frozenset({"in", "at", "near", "from", "outside", "inside", "over"})
_AR_BY_PLACE = L._ar("في", "فى", "قرب", "داخل", "بمدينة")
# (EN_AT_PLACE: not "from": "killed by missiles fired from Iran" names the side that fired)


def _by_agent(sr: Any, x: int) -> Any:
    """The agent named after "by" / "على يد" at *x* (at most three words on), not a place past
    a preposition ("killed by gunmen in Tehran", "على يد مسلحين في طهران": no agent; s52);
    with no mention within reach, the body of English fighters named after them ("by militants
    loyal to the Islamic State": ``_fighters_of_en``, s57)."""
    wide = size_compound_width(sr, x + 1) if not sr.toks[x].ar else 0  # "by a 15-member ..."
    m = sr.after(x + 1, maxgap=3 + wide)
    if m is None:
        return _fighters_of_en(sr, x + 1)  # "by militants loyal to the Islamic State" (s57)
    if m.lo == x + 1:
        return m
    for y in range(x + 1, title_start(m)):
        if sr.toks[y].key in EN_AT_PLACE or sr.f(y) & _AR_BY_PLACE:
            return None
    return m


# "by a Palestinian gunman / an Iraqi assailant": an attacker named by his nationality, whose
# country did not kill (session 68; "by an Israeli soldier", "by Israeli troops" still name it)
_EN_LONE_ATTACKERS = frozenset({"gunman", "gunmen", "assailant", "assailants", "attacker",
                                "attackers", "stabber", "shooter", "teenager", "youth"})


def _lone_attacker_en(sr: Any, start: int, end: int) -> bool:
    """English: is the nationality in tokens [start, end) that of a lone attacker, the next
    word one of ``_EN_LONE_ATTACKERS`` ("by a Palestinian gunman")?"""
    return any(not sr.toks[y].ar and sr.key(y + 1) in _EN_LONE_ATTACKERS and sr.nat_agent(y, y + 1)
               for y in range(start, min(end, sr.hi - 1)))


# "by gunmen loyal to Y", "by militants affiliated with Y" (English, session 57)
_EN_FIGHTERS = frozenset({"gunmen", "militants", "fighters", "members", "operatives", "agents",
                          "assailants", "attackers", "men", "insurgents", "rebels", "loyalists"})
_EN_FIGHTERS_OF = frozenset({"from", "of", "loyal", "linked", "belonging", "affiliated",
                             "allied", "tied", "aligned"})
# a group's adjective between "the" and its name ("fighters of the paramilitary Rapid Support
# Forces", "militants of the jihadist al-Shabaab group"; session 70)
_EN_GROUP_ADJ = frozenset({"paramilitary", "jihadist", "jihadi", "militant", "islamist",
                           "extremist", "insurgent", "rebel", "separatist", "armed", "radical"})


def _fighters_of_en(sr: Any, y: int) -> Any:
    """The body or state after English fighters at *y* ("by (suspected) militants loyal to
    the Islamic State", "by gunmen affiliated with Y"), past at most "to / with / the", else
    None."""
    if y < sr.hi and sr.key(y) in ("suspected", "armed", "unidentified", "masked"):
        y += 1
    if y + 1 >= sr.hi or sr.toks[y].ar or sr.key(y) not in _EN_FIGHTERS or \
            sr.key(y + 1) not in _EN_FIGHTERS_OF:
        return None
    m = sr.after(y + 2, types=("Organization", "Country"), maxgap=2)
    if m is None or any(sr.toks[z].punct or (sr.key(z) not in ("to", "with", "the")
                                             and sr.key(z) not in _EN_GROUP_ADJ)
                        for z in range(y + 2, m.lo)):
        return None
    return m


# the strike words of both scripts (_agent_after tests each token: one set, not a union made
# per token)
_STRIKE_WORDS = L.EN_STRIKE | L.AR_STRIKE
_AR_AS_BEING = L._ar("بأنها", "بأنه", "بانها", "بانه")  # "described it as ..."
# "by" after these names company or a host, not the killer: "announced X's death at a news
# conference, flanked by ambassador Y", "the funeral, attended by Y"
_EN_BY_COMPANY = frozenset({"flanked", "accompanied", "joined", "hosted", "attended",
                            "surrounded", "chaired", "headed", "followed", "preceded",
                            "welcomed", "received", "mourned", "eulogized", "eulogised",
                            # "X had been killed, in a statement read by its spokesman, Y":
                            # the message's voice, not the killer (session 70)
                            "read", "issued", "released", "published", "posted", "broadcast",
                            "aired", "delivered", "signed", "quoted", "cited"})


def _second_owner_ar(sr: SentenceCore, own: Mention) -> str | None:
    """The second side joined by «و» to the owner *own* of an operation: "الصومالية
    والأمريكية" (an adjective), «عملية مشتركة للموساد ووكالة المخابرات المركزية» (a body
    named), «للموساد والمخابرات الأميركية» (a body's noun and its nationality; session 57)."""
    y = own.hi
    if not sr.key(y).startswith("و"):
        return None
    nxt = sr.mention_at.get(y)
    if nxt is None:
        if nat := sr.nat_agent(y, y + 1):
            return nat
        return sr.nat_agent(y + 1, y + 2) if y + 1 < sr.hi and not sr.toks[y + 1].punct and \
            y + 1 not in sr.mention_at else None
    if nxt.lo == y and nxt.etype in ("Organization", "Country") and nxt.eid != own.eid:
        return nxt.eid
    return None


# what may follow the second of two agents joined after "by" ("by A and B in Sinjar"); any
# other word opens a new clause ("by the IDF and Hamas vowed revenge": Hamas vowed)
_EN_AFTER_JOINED_AGENT = frozenset({"in", "on", "at", "near", "during", "after", "before",
                                    "last", "earlier", "this", "while", "when", "inside",
                                    "outside", "overnight", "as", "early", "late", "forces",
                                    "east", "west", "north", "south", "northern", "southern",
                                    "eastern", "western", "two", "three", "days", "weeks"})


class KillingAgents(SentenceCore):
    """The agents named after a killing word ('by X', 'على يد X', 'in a US strike',
    'ordered by X'): ``_agent_after`` and its helpers, a base of ``KillingRules``."""

    def _take_agent(self, m: Any, start: int, found: list[tuple[str, str]]) -> int | None:
        """Record the agent named from token *start* on ('by X', 'on the orders of X'): the
        mention *m*, unless a nationality there names it better ('by an Israeli drone' ->
        Israel). Returns the token after *m* when *m* was taken, else None."""
        reach = start + 4 + (size_compound_width(self, start) if start < self.hi and
                             not self.toks[start].ar else 0)  # ("by a 15-member Saudi team")
        end = next((y for y in range(start, min(self.hi, reach))
                    if self.toks[y].key in EN_AT_PLACE or self.f(y) & _AR_BY_PLACE),
                   reach)  # "by gunmen in Tehran": no Iranian agent (session 52)
        nat = self.nat_agent(start, end) if end > start else None
        if nat and m is None and _lone_attacker_en(self, start, end):
            nat = None  # "shot dead by a Palestinian gunman": no state's act (session 68)
        m = owned_body(self, m)  # "by Iran's Revolutionary Guard Corps": the IRGC
        if m is not None and (nat is None or m.lo <= start + 1 or m.etype == "Person"):
            m = bracketed_alias(self, m)  # "the National Intelligence Organisation (MIT)"
            found.append((m.eid, "by"))
            if m.hi < self.hi and self.toks[m.hi].key == "and" and m.etype != "Person":
                return self._joined_agents_en(m, found)
            return m.hi
        if nat:
            found.append((nat, "by_adj"))
            other = self._coordinated_nat_en(start) if not self.toks[start].ar else None
            if other is not None and other != nat:
                found.append((other, "by_adj_and"))  # "by Somali and US forces": both
        return None

    def _joined_agents_en(self, m: Any, found: list[tuple[str, str]]) -> int:
        """English: a body or state joined by "and (the)" to the agent *m* after "by" ("in a
        joint operation by the Turkish Armed Forces and the National Intelligence
        Organization (MIT)", "killed by the IDF and the Shin Bet in Gaza"): an agent too,
        unless a new clause starts after it ("by the IDF and Hamas vowed revenge"; session
        69). Returns the token after the agent taken last."""
        z = m.hi + 1
        if z < self.hi and self.key(z) == "the":
            z += 1
        e = self.mention_at.get(z)
        if e is None or e.lo != z or e.etype not in ("Organization", "Country"):
            return m.hi
        e = bracketed_alias(self, e)
        if e.hi < self.hi and (self.toks[e.hi].text == "-" or not self.toks[e.hi].punct and
                               self.key(e.hi) not in _EN_AFTER_JOINED_AGENT):
            return m.hi  # (nor "and the U.S.-led coalition": the country is no agent)
        if all(e.eid != a for a, _ in found):
            found.append((e.eid, "by_and"))
        return e.hi

    def _coordinated_nat_en(self, start: int) -> str | None:
        """English: the second of two nationalities coordinated before a force noun in
        the few words from *start* ("by Somali and US forces", "by Iraqi and American
        troops", session 50), else None."""
        for y in range(start, min(self.hi - 3, start + 4)):
            if self.key(y + 1) == "and" and self.key(y + 3) in _EN_FORCE_NOUNS and \
                    self.nat_agent(y, y + 1):
                return self.nat_agent(y + 2, y + 3)
        return None

    def _agent_after(self, k: int, limit: int = 14) -> tuple[str | None, str]:
        """Agent(s) named after a killing: 'by X', 'على يد X', 'in a US strike',
        'غارة أمريكية', 'ordered by X', 'بأمر من X'. Returns the first; all of them are kept
        in ``self._agents`` (a US strike ordered by Trump names both)."""
        end = min(self.hi, k + limit)
        found: list[tuple[str, str]] = []
        prior: list[str] | None = None  # the agents of a strike told before ("the strike")
        also: str | None = None  # a second side coordinated with the first ("وأميركية")
        x = k
        toks, lo = self.toks, self.lo
        while x < end:
            # = self.key(x) and self.f(x) (x < end <= hi), without the two calls
            tx = toks[x]
            kx = tx.key if x >= lo else ""
            fx = _FORMS.get(tx.text)
            if fx is None:
                fx = forms(tx)
            if x > k and not tx.ar and kx != "by" and (
                    toks[x - 1].key if x > lo else "") != "by" and (  # = self.key(x - 1)
                    not fx.isdisjoint(_EN_CLAUSE_BREAK) or (kx in EN_PASSIVE_AUX and
                                                           self.key(x - 1) == ",")):
                break  # "killed by a drone in 2020, was succeeded by X": X is no agent
            if found and kx in FINITE_AUX and later_passive_at(self, x):
                break  # "the killing of X by Y was condemned by Z": Z condemned
            if tx.text in ("؛", ";") and x > k:
                break  # "قُتل X في طهران؛ ونسبت صحيفة أميركية العملية إلى ...": another clause
            phrase = order_phrase_at(self, x) if (
                not fx.isdisjoint(AR_ORDER) or kx in EN_ORDER_CUES) else None  # orders.py
            if phrase is not None and phrase.start > x:
                after_agent = self._take_agent(phrase.agent, phrase.start, found)
                if after_agent is not None:
                    x = after_agent
                    continue
            elif phrase is not None:  # "on Trump's orders", "the Trump-ordered strike"
                if x > k and phrase.agent is not None:
                    found.append((phrase.agent.eid, "orders_poss"))
            elif (kx == "by" and self.key(x - 1) not in _EN_BY_COMPANY) or (
                    kx in _AR_HAND_KEYS and self.key(x - 1) in ("على", "علي")) or (
                    kx == "hands" and self.key(x - 2) == "at" and  # "at the hands of Y"
                    self.key(x + 1) == "of") or \
                    "بيد" in fx or (kx == "قبل" and self.key(x - 1) == "من"):
                after_agent = self._take_agent(_by_agent(self, x), x + 1, found)
                if after_agent is not None:
                    x = after_agent
                    continue
                if tx.ar and self.f(x + 1) & _AR_ITS_MEN:
                    spk = its_men_speaker_ar(self, k)  # "أعلن تنظيم X أن Y قُتل على يد
                    if spk is not None and all(spk != a for a, _ in found):  # مقاتليه"
                        found.append((spk, "its_men_ar"))
            elif tx.ar and not fx.isdisjoint(_AR_KILL_MEANS) and \
                    (self.f(x + 1) & AR_EXECUTED_IT or _means_adjective_ar(self, x + 1) and
                     self.f(x + 2) & AR_EXECUTED_IT) and (kx.startswith("ب") or self.key(
                        x - 1) in ("في", "عمليه", "بعمليه")):  # (not "بعد اغتيال نفذته Y")
                # "ارتقى باغتيال نفّذه العدو الإسرائيلي": the body that carried the killing out;
                # "اغتيل X بتفجير (ضخم) نفذه Y": the person who did (session 56)
                done = x + 1 if self.f(x + 1) & AR_EXECUTED_IT else x + 2
                ex = self.after(done + 1, types=("Organization", "Country", "Person"),
                                maxgap=1) or _members_body_ar(self, done + 1)
                sides = ("Person",) if ex is not None and ex.etype == "Person" else (
                    "Organization", "Country")
                for e in self.chain(ex, sides) if ex is not None else ():
                    if all(e.eid != a for a, _ in found):  # ("نفذته واشنطن وتل أبيب": both)
                        found.append((e.eid, "killing_done_by"))
                if ex is None and (state := regime_state_ar(self, done + 1)) is not None \
                        and all(state != a for a, _ in found):  # "نفذته أجهزة النظام X"
                    found.append((state, "killing_done_by"))
            elif tx.ar and not fx.isdisjoint(_AR_KILL_MEANS) and \
                    (nat_k := killing_nationality_ar(self, x)) is not None:
                if all(nat_k != a for a, _ in found):  # "باغتيال صهيوني غادر" (session 68)
                    found.append((nat_k, "killing_nationality_ar"))
            elif (not fx.isdisjoint(_STRIKE_WORDS) or kx in ("strike", "airstrike")) and (
                    self.key(x - 1) == "same" or self.key(x + 1) in ("ذاتها", "نفسها", "ذاته",
                                                                     "نفسه")) and not found:
                # "killed in the same strike" / "في الغارة نفسها": the earlier killing's agents
                # (all those its victims were given: strike_refs.companion_agents)
                prev = [a for s_, a in self.doc.kill_agents if s_ < self.si]
                comp = companion_agents(self) if prev else []
                if comp:
                    found.extend((a, "same_strike") for a in comp)
                    break
                if prev:
                    last_s = max(s_ for s_, a in self.doc.kill_agents if s_ < self.si)
                    for a in dict.fromkeys(a for s_, a in self.doc.kill_agents
                                           if s_ == last_s):
                        found.append((a, "same_strike"))
                    break
                # a strike told before without a killing: "X struck Y. Z was killed in the
                # same strike" (strike_refs.py)
                found.extend((a, "same_strike") for a in prior_strike_agents(self))
                if found:
                    break
            elif not fx.isdisjoint(_STRIKE_WORDS) or kx in ("strike", "airstrike"):
                # nationality adjective/country of the strike phrase: after the noun in
                # Arabic (غارة أمريكية), before it in English (a US strike)
                if strike_as_time(self, x):
                    x += 1  # "days after the Israeli strike on Gaza": a date, not the means
                    continue
                if tx.ar and x > lo and self.f(x - 1) & _AR_AS_BEING:
                    x += 1  # "وصف الضربة التي قتلت X بأنها عدوان أمريكي": what it is called,
                    continue  # not the means (session 38)
                if self.toks[x].ar:
                    nat = None
                    xv = next((y for y in range(x + 1, min(end, x + 4))
                               if self.f(y) & AR_EXECUTED_IT), None)  # ("عملية إنزال جوي
                    # نفذتها": two words of the operation's kind, session 70)
                    if xv is not None and not any(self.toks[y].punct or y in self.mention_at
                                                  for y in range(x + 1, xv)):
                        # "بضربة نفذتها القوات الأمريكية" / "في غارة جوية شنّها طيران التحالف":
                        # the body that carried the strike out (else: "طائرة أميركية")
                        ex = self.after(xv + 1, types=("Organization", "Country"), maxgap=1) \
                            or _members_body_ar(self, xv + 1)  # "نفذتها وحدة من القوات X"
                        nat = ex.eid if ex is not None else \
                            nationality_past_model_ar(self, xv + 1) or \
                            regime_state_ar(self, xv + 1) or \
                            self._doer_nationality_ar(xv + 1, end)  # "طائرات F-16 العراقية";
                        # "في عملية إنزال نفذتها قوة أميركية خاصة" (session 70)
                        if ex is not None and self.key(ex.hi).startswith("و") and \
                                ex.hi not in self.mention_at:  # "قوات عراقية وأميركية": the
                            also = self.nat_agent(ex.hi, ex.hi + 1)  # second side too
                    own = self.mention_at.get(x + 1)
                    if own is None and self.f(x + 1) & _AR_OP_ADJ:
                        own = self.mention_at.get(x + 2)  # "في عملية مشتركة للقوات X"
                    if nat is None and own is not None and own.etype in (
                            "Organization", "Country") and own.prefix.endswith("ل"):
                        nat = own.eid  # "خلال عملية للقوات الخاصة الأمريكية": X's strike
                        also = _second_owner_ar(self, own)
                    if nat is None and own is None:
                        nat = means_owner_ar(self, x)  # "بغارة لطيران التحالف"
                    stop = next((y for y in range(x + 1, min(end, x + 4))
                                 if self.f(y) & _AR_PLACE_PREP or self.toks[y].punct or
                                 self.f(y) & _AR_SAY_DENY),
                                min(end, x + 4))  # "بطائرة مسيرة في كابول": not the place
                    nat = nat or self.nat_agent(x + 1, stop, skip_bodies=True)
                else:
                    lo_w = x
                    while (lo_w > max(k, x - 6) and not self.toks[lo_w - 1].punct or (
                            lo_w > max(k, x - 6) and self.toks[lo_w - 1].text in ("-", "."))) \
                            and (self.toks[lo_w - 1].key if lo_w > lo else "") not in \
                            _EN_PLACE_PREPS_STOP:  # (= self.key(lo_w - 1): lo_w <= x < hi)
                        lo_w -= 1  # "in Tehran in a strike": the place is no agent
                    lo_w = _past_speaker_en(self, lo_w, x)  # "in what Tehran called an
                    # Israeli strike": a side only claimed
                    nat = self.nat_agent(lo_w, x, skip_bodies=True) or \
                        ordered_adj_agent(self, lo_w, x) or _strike_done_by(self, x)
                    if nat is None:
                        nat = _org_before_strike(self, lo_w, x)  # "a Saudi-led coalition
                        # air strike", "an IDF drone strike": the body that struck
                        if nat is not None:  # "a joint IDF and Shin Bet strike": both
                            also = org_joined_before_strike(self, lo_w, x)
                if nat is None:  # "in a strike on Beirut that Israel said it carried out",
                    nat = claimed_strike_agent(self, x)  # "في غارة تبنّتها إسرائيل"
                if nat and nat not in map(_FIRST, found):  # (in C: no generator)
                    found.append((nat, "strike_adj"))
                if also and also not in map(_FIRST, found):
                    found.append((also, "strike_adj_and"))
                    also = None
                elif nat is None and prior is None and definite_strike(self, x):
                    # "X was killed in the strike" / "قُتل في الغارة X": the strike an
                    # earlier sentence told with its agent (strike_refs.py); further back,
                    # the article's one strike (session 18)
                    prior = strike_own_agents(self, same_event_agents(self)) or \
                        prior_strike_agents(self) or only_strike_agents(self)
                    # (the victims' agents first, session 19; not a later claimer, s25b)
            x += 1
        if not found and prior:
            found = [(a, "prior_strike") for a in prior]
        if found and not toks[k - 1].ar:  # "a US-Israeli strike", "the American-Zionist
            second = hyphen_partner_en(self, k, x + 1, found[0][0])  # enemy": both sides
            if second is not None and all(second != a for a, _ in found):
                found.append((second, "hyphen_partner_en"))
        self._agents = [a for a, _ in found]
        return (found[0] if found else (None, ""))

    def _doer_nationality_ar(self, y: int, end: int) -> str | None:
        """The nationality adjective of the doer noun phrase at *y* after "نفذتها / شنها"
        ("قوة أميركية (خاصة)", "طائرة مسيرة أميركية"): three words at most, up to a comma or a
        place preposition."""
        stop = next((z for z in range(y, min(end, y + 3))
                     if self.toks[z].punct or self.f(z) & _AR_PLACE_PREP), min(end, y + 3))
        return self.nat_agent(y, stop, skip_bodies=True) if stop > y else None

    def _agents_after(self, k: int, limit: int = 14) -> list[str]:
        """Every agent ``_agent_after`` finds after *k*, for a rule that adds them one by one
        itself: ``self._agents`` is left empty, so ``add`` does not add the others again."""
        self._agents = []
        agent, _how = self._agent_after(k, limit)
        agents = list(self._agents) or ([agent] if agent else [])
        self._agents = []
        return agents


# indefinite adjectives of a bombing between it and "نفذه" ("بتفجير ضخم / انتحاري نفذه Y")
_AR_MEANS_ADJ = L._ar("ضخم", "انتحاري", "مزدوج", "إرهابي", "ارهابي", "دموي", "عنيف", "مفخخ",
                      "غادر", "جبان")


# members of a body who carried out a killing ("نفذه عناصر من حزب الله")
_AR_MEMBERS = L._ar("عناصر", "مسلحون", "مسلحين", "أفراد", "افراد", "مقاتلون", "مقاتلين",
                    "عنصر", "خلية", "مجموعة", "أعضاء", "اعضاء",
                    # "نفذتها وحدة / قوة / فرقة من القوات الخاصة الأميركية" (session 68)
                    "وحدة", "وحدات", "قوة", "فرقة", "فريق")
_AR_MEMBERS_OF = L._ar("من", "في", "تابعة", "تابعون", "تابعين", "ينتمون")


def _members_body_ar(sr: Any, y: int) -> Any:
    """The body after "members of" at *y* ("بتفجير ضخم نفذه عناصر من حزب الله", "نفذته خلية
    تابعة لـY"): a body or state mention right after «من / في / تابعة», else None (s57)."""
    if y >= sr.hi or y in sr.mention_at or not sr.f(y) & _AR_MEMBERS:
        return None
    z = y + 1
    if sr.f(z) & _AR_MEMBERS_OF:
        z += 1
    m = sr.mention_at.get(z)
    return m if m is not None and m.lo == z and m.etype in ("Organization", "Country") \
        else None


# a state's apparatus and the regime word before its nationality adjective: "نفذته أجهزة النظام
# السوري", "نفذه عناصر من أجهزة النظام العراقي", "نفذه عناصر من النظام الإيراني" (session 69)
_AR_APPARATUS = L._ar("أجهزة", "اجهزة", "جهاز")
_AR_REGIME = L._ar("النظام", "نظام")


def regime_state_ar(sr: Any, y: int) -> str | None:
    """The state whose regime carried a killing out, named from token *y* on after «نفذه»:
    [members «من»] [apparatus] «النظام» + nationality adjective ("أجهزة النظام العراقي" ->
    Iraq); None when no members or apparatus word comes first (the usual reading covers
    "نفذه النظام السوري") or no regime word and adjective follow."""
    z = y
    if z < sr.hi and sr.f(z) & _AR_MEMBERS:
        z += 1
        if sr.f(z) & _AR_MEMBERS_OF:
            z += 1
    if z < sr.hi and sr.f(z) & _AR_APPARATUS:
        z += 1
    if z == y or z + 1 >= sr.hi or z in sr.mention_at or not sr.f(z) & _AR_REGIME:
        return None
    return sr.nat_agent(z + 1, z + 2)


def _means_adjective_ar(sr: Any, y: int) -> bool:
    """Is token *y* an indefinite adjective of the bombing noun before it ("بتفجير ضخم نفذه
    Y", session 56), no mention of its own?"""
    return y < sr.hi and y not in sr.mention_at and bool(sr.f(y) & _AR_MEANS_ADJ)
