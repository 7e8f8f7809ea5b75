"""ATTACKED (attacker -> target): an armed attack whose attacker is named or claims it.

- ``attacked``: "X attacked/struck/shelled Y", "X fired rockets at Y", "قصفت X مواقع Y",
  "استهدفت X قاعدة Y", "ردّت الولايات المتحدة بقصف مواقع لـX", "تبنت جماعة تطلق على نفسها اسم
  X الهجوم"; targets through their facilities ("facilities used by X", "fighters of X",
  "منشآت تستخدمها X", "مواقع لـX");
- ``_attack_noun_en``: "U.S. airstrikes on X", "X's attack on Y", "X claimed (responsibility
  for) the attack on Y", "X launched an attack on Y";
- ``_claimed_attacks``: "X has claimed more than 100 attacks on U.S. forces", "وكانت قد
  أعلنت مسؤوليتها عن ..."; a target remembered from an earlier sentence ("... the attack was
  claimed by X").

Threats, accusations and claims of others are no attack ("accuses X of firing", "اتهم ...
باستهداف").

``AttackRules`` is a mixin of :class:`loaders.extract.relations.SentenceRules` (how the
families share the sentence's state and helpers: :mod:`loaders.extract.relations`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.dispatch import needs
from loaders.extract.mentions import Mention
from loaders.extract.rule_common import (
    _AR_GROUP_HEADS,
    _AR_NOT_SUBJ,
    _EN_PREPS,
    EN_PASSIVE_AUX,
    title_start,
)

if TYPE_CHECKING:
    from loaders.extract.relations import SentenceCore
else:
    SentenceCore = object

_EN_ATTACK_NOUNS = frozenset({"attack", "attacks", "strike", "strikes", "airstrike",
                              "airstrikes", "bombardment", "bombing", "shelling", "assault"})
_EN_LAUNCH = frozenset({"fired", "launched", "fires", "launches", "firing", "launching"})
_EN_ATTACK_ALL = L.EN_ATTACK | _EN_LAUNCH | _EN_ATTACK_NOUNS | {"claimed"} - {"targeted"} | {
    "targeted"}
_AR_CLAIM = L._ar("تبنى", "تبنت", "يتبنى", "تتبنى", "تبنيها", "تبنيه")
_AR_LAUNCH = L._ar("أطلق", "أطلقت", "يطلق", "تطلق", "شن", "شنت", "يشن", "تشن", "نفذ", "نفذت",
                   "ينفذ", "تنفذ")
_AR_ATTACK_ALL = L.AR_ATTACK | _AR_CLAIM | _AR_LAUNCH
_WEAPONS = L._ar("صاروخ", "صواريخ", "قذائف", "قذيفة", "طائرات", "طائرة", "مسيرة", "مسيرات",
                 "غارة", "غارات", "ضربة", "ضربات", "هجوما", "هجوم", "هجمات", "الهجوم",
                 "الهجمات", "صاروخية", "قصفا", "بالصواريخ") | frozenset({
                     "rockets", "rocket", "missiles", "missile", "drones", "drone", "mortars",
                     "mortar", "shells", "strikes", "airstrikes", "strike", "attack",
                     "attacks", "grenades", "bombs", "projectiles", "salvo", "barrage"})
# the word sets tested per token (one set each, not a union made per token)
_MILITARY = _WEAPONS | L.AR_STRIKE | L.EN_STRIKE
_EN_KILL_ATTACK = L.EN_KILL | L.EN_ATTACK
_AR_USED_BY = L._ar("تستخدمها", "يستخدمها", "التابعة", "التابع", "تابعة", "تديرها",
                    "يديرها", "تملكها")
_EN_FACILITIES = frozenset({"facilities", "positions", "bases", "fighters", "members",
                            "depots", "sites", "targets", "headquarters", "camps", "militants",
                            "outposts", "convoy", "convoys", "base", "facility"})
_EN_AUX_ADV = frozenset({"have", "has", "had", "also", "then", "again", "later", "reportedly",
                         "allegedly", "retaliated", "responded", "by", "was", "were"})
_AR_RETALIATE = L._ar("رد", "ردت", "يرد", "ترد", "ردا", "ردت")
_EN_CLAIM_CUES = frozenset({"claimed", "its", "their", "targeted", "struck", "attacked",
                            "hit", "shelled"})
_AR_RESPONSIBILITY = L._ar("مسؤوليتها", "مسؤوليته", "مسؤوليتهم")
_AR_TARGETED = L._ar("استهدفت", "استهدف", "طالت", "طال", "تستهدف", "يستهدف")


class AttackRules(SentenceCore):
    """ATTACKED rules (a mixin of ``SentenceRules``; see the module doc)."""

    @needs((_AR_RESPONSIBILITY, _EN_CLAIM_CUES), (_AR_ATTACK_ALL, _EN_ATTACK_ALL))
    def attacked(self) -> None:
        """An armed attack whose attacker is named or claims it: "X attacked/struck/shelled Y",
        "X fired rockets at Y", "X launched missiles at Y", "US airstrikes on Y", "X claimed
        the attack (on Y)", "استهدف X Y", "أطلق X صواريخ على Y", "نفذ X غارات على Y", "تبنت X
        الهجوم". Attackers are organisations or countries (a person "attacking" is mostly
        verbal); accusations, denials, threats and negation give nothing."""
        agents_t = ("Organization", "Country")
        self._claimed_attacks()
        trig = self.triggers(_AR_ATTACK_ALL, _EN_ATTACK_ALL)
        if not trig:
            return
        for t in trig:
            tok = self.toks[t]
            fs = self.f(t)
            k = tok.key
            if not tok.ar and k in _EN_ATTACK_NOUNS:
                self._attack_noun_en(t)
                continue
            claim = bool(fs & _AR_CLAIM) or k in ("claimed",)
            launch = bool(fs & _AR_LAUNCH) or k in _EN_LAUNCH
            if launch and not self._weapon_after(t):
                continue
            # the attacker
            if tok.ar:
                agent = self.after(t + 1, types=agents_t, maxgap=3)
                if agent is not None and (self.has_prep(agent, _AR_NOT_SUBJ) or
                                          agent.etype not in agents_t):
                    agent = None
                if agent is None:
                    b = self.before(t, types=agents_t, maxgap=2)
                    if b is not None and not self.has_prep(b, _AR_NOT_SUBJ):
                        agent = b
                if agent is None and tok.key.startswith(("ب", "وب")):
                    # "ردّت الولايات المتحدة (على الهجمات) بقصف مواقع لـX": who answered
                    rv = next((x for x in range(t - 1, max(self.lo, t - 8) - 1, -1)
                               if self.f(x) & _AR_RETALIATE), None)
                    if rv is not None:
                        agent = self.after(rv + 1, types=agents_t, maxgap=1) or \
                            self.before(rv, types=agents_t, maxgap=2)
                        if agent is not None and self.has_prep(agent, _AR_NOT_SUBJ):
                            agent = None
                if agent is None:
                    # "تبنت جماعة تطلق على نفسها اسم X الهجوم": the group naming itself X
                    nm = None
                    for x in range(t + 1, min(self.hi, t + 9)):  # (= self.key(x): t < x < hi)
                        if self.toks[x].key in ("اسم", "باسم"):
                            nm = x
                            break
                    if nm is not None:
                        agent = self.after(nm + 1, types=agents_t, maxgap=1)
            else:
                agent = self._en_agent(t)
            if agent is None:
                continue
            # the target
            start = agent.hi if agent.lo > t else t + 1
            target = self._attack_object(start, claim or launch, tok.ar)
            if target is None and claim:
                target = self._reported_attack_target()
            elif target is not None:
                target = target.eid
            if target is None:
                continue
            if k in ("hit", "struck", "ضرب", "ضربت") and not self._military_context(t):
                continue
            if self.blocked(t) or self._irrealis(t):
                continue
            targets = [target]
            tm = next((m for m in self.args if m.eid == target and m.lo > t), None)
            if tm is not None and tm.etype == "Organization":
                targets = [c.eid for c in self.chain(tm, ("Organization",))]
            for tg in targets:
                if tg != agent.eid:
                    self.add("ATTACKED", agent.eid, tg, "attack_ar" if tok.ar else "attack_en",
                             0.7)
        # an attack mentioned without its attacker: remember its target ("... the attack was
        # claimed by X" in a later sentence)
        self.doc.last_attack_sites = (self.si, trig)  # type: ignore[attr-defined]

    def _claimed_attacks(self) -> None:
        """Attacks a body claims or owns, with their target: "X has claimed more than 100
        attacks on Y", "X claimed responsibility for the attack on Y", "X suspended its
        attacks on Y", "X said its fighters had targeted Y", "أعلنت X مسؤوليتها عن هجوم
        ... على Y", "وأعلن [X] مسؤوليته عن هجمات استهدفت Y"."""
        agents_t = ("Organization", "Country")
        ar = self.toks[self.lo].ar
        for t in self.triggers(_AR_RESPONSIBILITY, _EN_CLAIM_CUES):
            k = self.key(t)
            if ar:
                cue_lo = t
            elif k in ("its", "their"):
                if self.key(t + 1) not in ("attacks", "attack", "strikes", "fighters",
                                           "forces", "drones", "missiles"):
                    continue
                cue_lo = t
            elif k == "claimed":
                cue_lo = t
            else:  # "had targeted/struck/attacked" after it/they/its fighters
                if self.key(t - 1) not in ("had", "have", "has") or self.key(t - 2) not in (
                        "it", "they", "fighters", "forces", "members", "drones"):
                    continue
                cue_lo = t - 2
            agent = self._claim_agent(cue_lo, agents_t, ar)
            if agent is None:
                continue
            target = None
            if not ar and k not in ("claimed", "its", "their"):
                target = self._attack_object(t + 1, False, False)
            else:
                end = min(self.hi, t + 14)
                for x in range(t + 1, end):
                    if self.toks[x].text in (".", ";", "؛"):
                        break
                    if self.key(x) in ("on", "against", "at", "على", "علي", "ضد") or \
                            self.f(x) & _AR_TARGETED:
                        m = self.after(x + 1, types=("Location", "Organization", "Country"),
                                       maxgap=3)
                        if m is not None and m.poss and m.etype == "Country":
                            m = self.mention_at.get(m.hi) or m
                        if m is not None:
                            target = m
                        break
            if target is None or target.eid == agent.eid or self._irrealis(t):
                continue
            if self.negated(t, agent.lo):
                continue
            self.add("ATTACKED", agent.eid, target.eid, "claimed_attack", 0.7)

    def _claim_agent(self, cue: int, agents_t: tuple, ar: bool) -> Mention | None:
        """The body that claims/owns the attacks: the subject of the clause (English), the
        nearest body before the cue (Arabic)."""
        if not ar:
            m = self.subject_before(cue)
            if m is not None and m.etype in agents_t and self.key(
                    title_start(m) - 1) not in _EN_PREPS:
                return m
            # "X, an umbrella of factions that has claimed ...": not the of-complement
            for c in sorted(self.args, key=lambda c: -c.hi):
                if c.hi <= cue and c.etype in agents_t and not c.poss and self.key(
                        title_start(c) - 1) not in _EN_PREPS:
                    return c
            return None
        # Arabic: the clause's subject, the first body of the sentence not governed by a
        # preposition ("وتعد X من أبرز فصائل Y، وكانت قد أعلنت مسؤوليتها")
        cands = [m for m in sorted(self.args, key=lambda m: m.lo)
                 if m.hi <= cue and m.etype in agents_t and m.kind in ("name", "desc")]
        for m in cands:
            if not self.has_prep(m, {"على", "علي", "ضد", "من", "عن", "مع", "ل", "ب", "في"}) \
                    and not self._construct_tail(m):
                return m
        for m in cands:
            if not self.has_prep(m, {"على", "علي", "ضد", "من", "عن", "مع", "ب", "في"}):
                return m  # "وسبق للحرس الثوري أن قصف ..."
        return None

    def _construct_tail(self, m: Mention) -> bool:
        """An Arabic name in construct after a noun ("فصائل الحشد"): not a subject."""
        p = m.lo - 1
        if p >= self.lo and p in self.mention_at and self.mention_at[p].hi == m.lo:
            return not self.f(p).isdisjoint(_AR_GROUP_HEADS)  # "فصائل الحشد" (a name too)
        return p >= self.lo and self.toks[p].ar and not self.f(p).isdisjoint(_AR_GROUP_HEADS)

    def _reported_attack_target(self) -> str | None:
        """The place hit by the attack reported in the last two sentences (for "X claimed
        the attack"): computed only when a claim needs it."""
        sites = getattr(self.doc, "last_attack_sites", None)
        if not sites or sites[0] < self.si - 2:
            return None
        si, trig = sites
        other = self if si == self.si else type(self)(self.doc, si)
        for t in reversed(trig):
            verb = other.toks[t].ar and not other.f(t) & _AR_CLAIM or \
                other.key(t) in L.EN_ATTACK
            tgt = other._attack_object(t + 1, not verb, other.toks[t].ar)
            if tgt is not None and tgt.etype == "Location":
                return tgt.eid
        return None

    def _en_agent(self, t: int) -> Mention | None:
        """English attacker: the organisation/country subject right before the verb (adverbs,
        auxiliaries, 'retaliated by' in between), or the agent of a passive 'by X'."""
        if self.key(t - 1) in EN_PASSIVE_AUX or self.key(t - 2) in EN_PASSIVE_AUX:
            if self.key(t + 1) == "by":
                m = self.after(t + 2, types=("Organization", "Country"), maxgap=2)
                return m
            return None
        x = t - 1
        while x >= self.lo and (self.key(x) in _EN_AUX_ADV or self.key(x).endswith("ly")):
            x -= 1
        m = self.mention_at.get(x)
        if m is not None and m.etype in ("Organization", "Country") and m.hi == x + 1:
            pre = self.key(title_start(m) - 1)
            return None if pre in _EN_PREPS else m
        return None

    def _weapon_after(self, t: int) -> bool:
        for x in range(t + 1, min(self.hi, t + 16)):
            if self.f(x) & _WEAPONS:
                return True
        return False

    def _military_context(self, t: int) -> bool:
        return any(not self.f(x).isdisjoint(_MILITARY) for x in
                   range(max(self.lo, t - 6), min(self.hi, t + 8)))

    def _attack_object(self, start: int, via_prep: bool, ar: bool) -> Mention | None:
        """The target after an attack verb/noun: the object, or after on/at/against/على,
        or the body whose facilities/fighters were hit ("facilities used by X",
        "fighters of X", "منشآت تستخدمها X")."""
        types = ("Location", "Organization", "Country")
        end = min(self.hi, start + 18)
        x = start
        while x < end:
            kx = self.key(x)
            if self.toks[x].text in (".", ";", "؛") or (x > start + 1 and kx in (
                    "said", "but", "while", "قال", "وقال", "لكن", "بينما")):
                return None
            if kx in ("on", "at", "against", "into") or (ar and kx in ("على", "علي", "ضد")):
                m = self.after(x + 1, types=types, maxgap=3)
                if m is not None and not ar and any(self.key(y) in _EN_FACILITIES for y in
                                                    range(x + 1, m.lo)):
                    # "a strike on a headquarters of Iraq's PMF": whose headquarters
                    via = self._facility_of(x + 1)
                    if via is not None:
                        return via
                if m is not None and m.poss and m.etype == "Country":
                    nxt = self.mention_at.get(m.hi)
                    if nxt is not None and nxt.lo == m.hi and nxt.etype == "Organization":
                        return nxt
                if m is not None and not self._gap_has_entity(x + 1, m.lo):
                    return m
                via = self._facility_of(x + 1)
                if via is not None:
                    return via
                return None
            m = self.mention_at.get(x)
            if m is not None and m.lo == x and not via_prep:
                if x > start + 4:
                    return None  # too far to be the object
                if m.etype in types and not m.poss:
                    if ar and self.has_prep(m, {"ل"}):
                        return self._facility_of(start)  # "مواقع لكتائب حزب الله"
                    if ar and self.has_prep(m, {"ب", "في", "من", "مع"}):
                        return None
                    return m
                if m.etype in types and m.poss:
                    return None  # "hit the group's facilities": not a named target
                return None
            if not via_prep and x > start + 4:
                via = self._facility_of(x)
                return via
            x += 1
        return None

    def _facility_of(self, x: int) -> Mention | None:
        """"facilities used by X" / "fighters of X" / "منشآت تستخدمها X" / "مواقع لـX"."""
        for y in range(x, min(self.hi, x + 8)):
            ky = self.key(y)
            if self.f(y) & _AR_USED_BY or ky in ("used", "belonging", "run", "operated",
                                                 "linked", "tied", "affiliated") or (
                    ky == "of" and self.key(y - 1) in _EN_FACILITIES):
                m = self.after(y + 1, types=("Organization",), maxgap=6)
                if m is not None:
                    return m
            m = self.mention_at.get(y)
            if m is not None and m.lo == y and m.etype == "Organization" and \
                    self.has_prep(m, {"ل"}) and y > x:
                return m
            if self.toks[y].text in (".", "،", ","):
                break
        return None

    def _gap_has_entity(self, lo: int, hi: int) -> bool:
        return any(x in self.mention_at for x in range(lo, hi))

    def _attack_noun_en(self, t: int) -> None:
        """"U.S. airstrikes on X", "X's attack on Y", "X claimed (responsibility for) the
        attack on Y", "U.S. airstrikes that killed fighters of X"."""
        k1 = self.key(t + 1)
        target = None
        if k1 in ("on", "against"):  # "a strike at Baghdad airport": where, not whom
            target = self.after(t + 2, types=("Location", "Organization", "Country"), maxgap=3)
            if target is not None and any(self.key(y) in _EN_FACILITIES
                                          for y in range(t + 2, target.lo)):
                target = self._facility_of(t + 2) or target  # "on a headquarters of X"
            if target is not None and target.poss and target.etype == "Country":
                nxt = self.mention_at.get(target.hi)  # "on Iraq's PMF": the body
                if nxt is not None and nxt.lo == target.hi and nxt.etype == "Organization":
                    target = nxt
            if target is None:
                target = self._facility_of(t + 2)
        elif k1 in ("that", "which") and not self.f(t + 2).isdisjoint(_EN_KILL_ATTACK):
            target = self._facility_of(t + 3)
        if target is None:
            return
        agent = None
        # nationality / country right before the noun phrase ("U.S. airstrikes")
        lo_w = t
        while lo_w > max(self.lo, t - 4) and not self.toks[lo_w - 1].punct or (
                lo_w > max(self.lo, t - 4) and self.toks[lo_w - 1].text in ("-", ".")):
            lo_w -= 1
        m = self.before(t, types=("Organization", "Country"), maxgap=3)
        if m is not None and m.lo >= lo_w and (m.poss or m.etype == "Country"):
            agent = m.eid
        if agent is None:
            agent = self.nat_agent(lo_w, t)
        if agent is None:
            # "X claimed responsibility for the attack on Y" / "X launched an attack on Y"
            for x in range(t - 1, max(self.lo, t - 7), -1):
                if self.key(x) in ("claimed", "launched", "carried", "conducted", "staged",
                                   "mounted"):
                    a = self._en_agent(x)
                    if a is not None:
                        agent = a.eid
                    break
        if agent and agent != target.eid and not self.blocked(t) and \
                not self._irrealis(t, window=10):
            self.add("ATTACKED", agent, target.eid, "attack_noun_en", 0.7)
