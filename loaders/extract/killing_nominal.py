"""ASSASSINATED_BY: killing nouns, orders to kill and victim lists (``KillingNominal``).

Reads "the assassination of X by Y", "Y's killing of X", "اغتيال X على يد Y", "تبنت Y اغتيال
X" (the claimer), "أمر X بقتل Y" and the list of victims of a killing ("X and Y were killed",
"الشهيدين X وY"). A base of ``killing_rules.KillingRules``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.core_context import strike_orderers
from loaders.extract.core_recall_kill import companions, strike_agent_back
from loaders.extract.kill_clause_helpers import (
    _AR_KILL_NOUN_DUAL,
    _who_clause_member,
    prior_strike_object,
)
from loaders.extract.kill_confessed_en import confessed_killing_en
from loaders.extract.kill_latter_ar import latter_killed_ar
from loaders.extract.kill_nouns import (
    in_title_body_ar,
    national_killing_ar,
    only_person_before,
    succeeded_person_before,
    titled_victim_ar,
)
from loaders.extract.kill_poss_plural_en import by_of_later_passive, plural_poss_agent
from loaders.extract.kill_victim_lists import (
    _more_victims,
    next_listed_victim,
    titled_list,
    titles_as_names,
)
from loaders.extract.kill_with_after_time_ar import with_past_time_ar
from loaders.extract.led_by_aside_en import aside_owner_en
from loaders.extract.mention_core import QUOTES
from loaders.extract.mentions import AGENT_TYPES, Mention
from loaders.extract.rule_common import title_start

if TYPE_CHECKING:
    from loaders.extract.relations import SentenceCore
else:
    SentenceCore = object

_AR_ADOPT = L._ar("تبنت", "تبنى", "يتبنى", "تتبنى")
# "تمكنت / نجحت Y من / في اغتيال X" (managed to kill X: Y did it); perfect only, so "لم تتمكن /
# لم تنجح" and "حاولت / فشلت" are not read; the killing noun must be the verb's complement
_AR_MANAGED = L._ar("تمكنت", "تمكن", "تمكنوا", "نجحت", "نجح", "نجحوا")
_AR_MANAGED_COMP = L._ar("من", "في")
# "أقدمت Y على اغتيال X" / "عمد Y إلى اغتيال X" (went as far as / set about killing X: Y did it;
# partisan and Levantine prose, session 58); perfect only, like _AR_MANAGED
_AR_UNDERTOOK = L._ar("اقدمت", "اقدم", "اقدموا", "عمدت", "عمد", "عمدوا")
_AR_UNDERTOOK_COMP = L._ar("على", "علي", "إلى", "الى", "الي")
_AR_ANNOUNCE = L._ar("اعلنت", "اعلن", "تعلن", "يعلن", "اكدت", "اكد",
                     # "أقرّ / اعترف X بمسؤوليته عن اغتيال Y" (admitted; session 52)
                     "اقر", "اقرت", "يقر", "تقر", "اعترف", "اعترفت", "يعترف", "تعترف")
_AR_KILL_NOUN_PRON = L._ar("مقتله", "اغتياله", "استشهاده", "تصفيته") | _AR_KILL_NOUN_DUAL
_AR_RESULT = L._ar("أسفر", "أسفرت", "اسفر", "اسفرت", "أدى", "أدت", "ادى", "ادت", "أودى",
                   "أودت", "تسبب", "تسببت")
_AR_ORDER_VERBS = L._ar("امر", "امرت", "امرا", "اوامر", "يامر")
# "وافق / صادق X على (عملية / خطة) اغتيال Y": an approval, read as the English "approved the
# killing of Y" is (an orderer is an agent; session 57)
_AR_APPROVE = L._ar("وافق", "وافقت", "صادق", "صادقت", "ووافق", "ووافقت", "وصادق", "وصادقت")
_AR_ON = L._ar("على", "علي")
_AR_PLAN = L._ar("عملية", "خطة", "قرار", "تنفيذ")


def _two_parties_before(sr: SentenceCore, v: Mention) -> bool:
    """Is the nearest person *v* before "مقتله / اغتياله" the second of two people a meeting
    verb names without a break ("التقى إسماعيل هنية المرشد علي خامنئي قبل ساعات من اغتياله": host and
    guest, subject and object)? Then "his" may be either (session 47); a list ("X وY") or
    an apposition after a comma is not such a pair."""
    start = title_start(v)
    if v.prefix.startswith("و") or sr.toks[start].key.startswith("و"):
        return False
    if not any(sr.f(y) & L.AR_MEET for y in range(sr.lo, start)):
        return False  # "خلف X Y عقب مقتله": Y, whose post was taken
    for m in sr.args:
        if m.etype == "Person" and m.eid != v.eid and m.hi <= start and m.kind == "name":
            if start - m.hi <= 3 and not any(sr.toks[y].punct for y in range(m.hi, start)):
                return True
    return False


_EN_POSSESSIVE_DETS = frozenset({"its", "his", "her", "their", "the"})


def _apposed_victim_en(sr: SentenceCore, y: int) -> Mention | None:
    """"the killing of its prime minister, Ahmed al-Rahawi, in ...": the person apposed to
    a title (a possessive or "the", up to four words, a comma) right after "of" at *y*."""
    if sr.key(y) not in _EN_POSSESSIVE_DETS:
        return None
    v = sr.after(y + 1, types=("Person",), maxgap=6)
    if v is None or sr.key(v.lo - 1) != "," or \
            any(sr.toks[x].punct for x in range(y + 1, v.lo - 1)):
        return None
    return v


class KillingNominal(SentenceCore):
    """Killing nouns ('the assassination of X by Y', 'اغتيال X على يد Y'), orders to kill
    ('أمر X بقتل Y') and the victim lists of a killing: a base of ``KillingRules``."""

    def _ordered_kill_ar(self, t: int) -> None:
        """"أمر X بقتل Y" / "أصدر X أمرا باغتيال Y" / "أمر X بتنفيذ الغارة التي قتلت Y":
        whoever gave the order is an agent of the killing (victims named after it)."""
        tk = self.toks[t]
        y = t - 2 if self.f(t - 1) & _AR_PLAN else t - 1
        approved = -1  # the approval verb of "وافق X على (عملية) قتل Y"
        if y > self.lo and self.f(y) & _AR_ON:
            approved = next((a for a in range(y - 1, max(self.lo, y - 6) - 1, -1)
                             if self.f(a) & _AR_APPROVE), -1)
        if not (tk.key.startswith(("ب", "وب")) or self.key(t - 1) in ("التي", "الذي") or
                approved >= 0):
            return
        for x in range(t - 1, max(self.lo, t - 9 if approved >= 0 else t - 5) - 1, -1):
            if self.toks[x].punct:
                return
            if self.f(x) & _AR_ORDER_VERBS or x == approved:
                agent = self.before(x, types=("Person", "Country", "Organization"), maxgap=5)
                if agent is None or any(self.toks[y].punct for y in range(agent.hi, x)):
                    agent = self.after(x + 1, types=("Person",), maxgap=0)
                victim = self.after(t + 1, types=("Person",), maxgap=2)
                if agent is not None and victim is not None and agent is not victim and \
                        not self.blocked(x, agent):
                    for v in self.chain(victim, ("Person",)):
                        self.add("ASSASSINATED_BY", v.eid, agent.eid, "ordered_killing_ar")
                return

    def _orderers(self, k: int) -> list[str]:
        """'بأمر (مباشر) من X' / 'ordered by X' shortly after *k*, or "the strike ... on the
        orders of X" later in the sentence (context_killings.strike_orderers)."""
        return strike_orderers(self, k)

    def _with_victims(self, victims: list[Mention]) -> list[Mention]:
        """"قتل X مع Y" / "X was killed along with Y": Y shares the fate."""
        last = victims[-1]
        x = last.hi
        if x < self.hi and self.toks[x].ar:
            x = with_past_time_ar(self, x)  # "قُتل X فجر الجمعة مع Y" (session 67)
        if x < self.hi and (self.key(x) in ("مع",) or (
                self.key(x) in ("along", "الي", "جنب") and self.key(x + 1) in ("with", "جانب"))):
            m = self.after(x + (2 if self.key(x) in ("along", "الي", "جنب") else 1),
                           types=("Person",), maxgap=1)
            if m is not None:
                return victims + self.chain(m, ("Person",))
        m = self.after(x, types=("Person",), maxgap=0)
        if m is not None and m.prefix.lstrip("و").startswith("مع"):
            return victims + [m]
        if self.toks[victims[0].lo].ar:
            return titled_list(self, victims)  # "X وآمر الفوج العقيد Y"
        return victims

    def _apposed_list(self, last: Mention) -> list[Mention]:
        """The members of a victim list after *last* past appositions ("X، زعيم ...، وY")."""
        more: list[Mention] = []
        nxt = next_listed_victim(self, last)
        while nxt is not None and len(more) < 4 and nxt not in more:
            more.append(nxt)
            nxt = next_listed_victim(self, nxt)
        return more

    def _victim_list_back(self, victim: Mention) -> list[Mention]:
        for m in self.args:
            if m.hi <= victim.lo and m.etype == "Person":
                ch = self.chain(m, ("Person",))
                ch = titled_list(self, ch)  # "الأمينَ العام X ورئيسَ المجلس Y، اللذين"
                if victim in ch:
                    return ch + _who_clause_member(self, m)
        return [victim] + _who_clause_member(self, victim)

    def _kill_nominal_en(self, t: int) -> None:
        # "the assassination of X by Y", "Y's killing of X", "the US killing of X",
        # "X's assassination by Y"
        victims: list[Mention] = []
        agent = None
        if self.key(t + 1) == "of":
            v = self.after(t + 2, types=("Person",), maxgap=3) or _apposed_victim_en(self, t + 2)
            if v is None:
                return
            victims = self.chain(v, ("Person",))
            p = self.before(t, maxgap=2)
            if p is not None and p.poss and p.etype in AGENT_TYPES:
                agent = p.eid
            if agent is None:
                agent = plural_poss_agent(self, t)  # "Taliban forces' killing of X"
            if agent is None:
                agent = self.nat_agent(max(self.lo, t - 2), t)
            if agent is None and not by_of_later_passive(self, victims[-1].hi):
                agent, _ = self._agent_after(victims[-1].hi)
            if agent is None:
                # "Trump ordered the killing of X"
                for x in range(max(self.lo, t - 4), t):
                    if self.key(x) in ("ordered", "authorized", "authorised", "approved",
                                       "carried", "conducted", "responsibility"):
                        a = self.before(x, maxgap=4)
                        if a is not None and a.etype == "Person" and self.key(x) != "ordered":
                            a = aside_owner_en(self, a) or a  # "B, headed by Y, claimed"
                        if a is not None:
                            agent = a.eid
        else:
            if self.key(t) == "killing" and confessed_killing_en(self, t):
                return  # "X confessed to killing Y" (session 53)
            p = self.before(t, types=("Person",), maxgap=1)
            if self.key(t - 1) == "whose":
                # "X, whose killing in a U.S. drone strike ordered by Y shocked ...": X
                head = self.before(t - 1, types=("Person",), maxgap=2)
                if head is not None and head.kind != "pron" and not head.poss:
                    agent, _ = self._agent_after(t + 1)
                    if agent and agent != head.eid and not self.blocked(t):
                        self.add("ASSASSINATED_BY", head.eid, agent, "whose_killing_en")
                return
            if (p is None or not p.poss) and self.key(t - 1) in ("his", "her"):
                # "X replaced Y after his killing in a US strike": the person named just
                # before (the object), else the previous sentence's last person
                p = self.before(t - 1, types=("Person",), maxgap=6)
                if p is not None and (p.kind == "ref" or any(
                        self.toks[y].text in (".", ";") for y in range(p.hi, t))):
                    p = None
                if p is not None:
                    agent, _ = self._agent_after(t + 1)
                    if agent and agent != p.eid and not self.blocked(t):
                        self.add("ASSASSINATED_BY", p.eid, agent, "his_killing_en")
                return
            if p is None or not p.poss:
                return
            victims = [p]
            agent, _ = self._agent_after(t + 1)
        if agent and not self.blocked(t):
            for v in victims:
                self.add("ASSASSINATED_BY", v.eid, agent, "killing_of_en")

    def _kill_nominal_ar(self, t: int) -> None:
        # "اغتيال X على يد Y" / "مقتل X بغارة أمريكية" / "اغتيال واشنطن لسليماني"
        if self.f(t) & _AR_KILL_NOUN_PRON:
            # "خلفاً لقاسم سليماني عقب مقتله بضربة أميركية": the pronoun is the victim
            v = self.before(t, types=("Person",), maxgap=4) or only_person_before(self, t) or \
                succeeded_person_before(self, t)  # "X خلف Y في المنصب، بعد مقتله" (s67)
            if v is not None and _two_parties_before(self, v):
                return  # "التقى X Y قبل ساعات من اغتياله": whose killing is not said (s47)
            if v is not None:
                agent, _ = self._agent_after(t + 1, limit=6)
                vs = [v]
                if self.f(t) & _AR_KILL_NOUN_DUAL:  # "X وY، مؤكداً أن اغتيالهما على يد Z"
                    vs = self._victim_list_back(v)
                    if len(vs) < 2:
                        return
                elif agent:  # "بعد مقتله مع Y بضربة أميركية": Y too, in the same phrase
                    # (no comma before "مع"; session 45)
                    vs = _more_victims(vs, [c for c in companions(self, t, limit=8) if not any(
                        self.toks[y].punct for y in range(t + 1, c.lo))])
                if agent and agent not in {m.eid for m in vs} and not self.blocked(t):
                    for m in vs:
                        self.add("ASSASSINATED_BY", m.eid, agent, "his_killing_ar")
            return
        if latter_killed_ar(self, t):  # "بعد مقتل الأخير (مع X) بغارة أميركية"
            return
        first = self.after(t + 1, maxgap=3)
        if first is None:
            # (quote marks around a body in the title do not count: "مسؤول العلاقات
            # الإعلامية في «حزب الله» X", session 29)
            n_q = sum(1 for y in range(t + 1, min(self.hi, t + 11))
                      if self.toks[y].text in QUOTES)
            first = self.after(t + 1, types=("Person",), maxgap=8 + n_q)
            if first is None or not (self.key(t + 1).startswith("ال") or self.key(
                    t + 1) in L.AR_TITLE_FIRST) or any(
                    self.toks[y].punct and self.toks[y].text not in QUOTES or
                    y in self.mention_at and not in_title_body_ar(self, y) and
                    not _place_of_title_ar(self, y)
                    for y in range(t + 1, first.lo)):
                return  # ("اغتيال المستشار البارز في الحرس X": a long title before X;
                # "مقتل مسؤول العلاقات الإعلامية في الحزب X": a title in construct, its body)
        if first.kind == "desc":  # "اغتيال المستشار البارز في الحرس X": the title of X,
            named = self.after(first.hi, types=("Person",), maxgap=3)  # not someone else
            if named is not None and named.kind == "name" and not any(
                    self.toks[y].punct for y in range(first.hi, named.lo)):
                first = named
        if first.etype != "Person":
            v = self.after(first.hi, types=("Person",), maxgap=3)
            if v is not None and (0 <= v.tlo <= first.lo or (
                    first.hi in (v.lo, v.tlo) and first.lo > t + 1 and
                    self.key(t + 1).startswith("ال"))):
                first = v  # "اغتيال المستشار البارز في الحرس X": the body is in X's title
                # (also with X's rank after the body: "الضابط في الجيش السوري العميد X", s57)
        if first.etype != "Person":
            if v is not None and (self.has_prep(v, {"ل"}) or self.toks[
                    title_start(v) - 1].key.startswith("لل") and title_start(v) - 1 >=
                    first.hi or titled_victim_ar(self, first.hi, v)) and \
                    first.etype in AGENT_TYPES:  # ("اغتيال الموساد للعالم X")
                if not self.blocked(t):
                    for vv in self.chain(v, ("Person",)):
                        self.add("ASSASSINATED_BY", vv.eid, first.eid, "ightiyal_gen_ar")
            return
        victims = self.chain(first, ("Person",))
        if self.toks[t].ar:  # "مقتل القيادي X والقيادي (الآخر) Y" (session 25)
            victims = titled_list(self, titles_as_names(self, victims))
        agent, _ = self._agent_after(victims[-1].hi)
        if agent is None:  # "الاغتيال الأميركي لأبي مهدي المهندس"
            agent = national_killing_ar(self, t, first)
        if agent is None and (self.key(t - 1) in ("عن", "الي", "في", "بحياه") or
                              self.toks[t].key.startswith("ب")):
            # "نفذت X غارة أسفرت عن مقتل Y" / "تسببت غارة أمريكية في مقتل Y"
            res = next((x for x in range(t - 1, max(self.lo, t - 9) - 1, -1)
                        if self.f(x) & _AR_RESULT), None)
            if res is not None:
                agent = strike_agent_back(self, t) or prior_strike_object(self, res + 1, t) \
                    or prior_strike_object(self, max(self.lo, res - 2), res)
                # ("قال الجيش إن الغارة نفسها أسفرت عن مقتل X": the subject before the verb)
                # "وأسفرت الغارة عن مقتل X": the strike told before
        if agent and not self.blocked(t):
            for v in victims:
                self.add("ASSASSINATED_BY", v.eid, agent, "ightiyal_ar")
        claimer = self._claimer_ar(t)
        if claimer is not None and claimer.eid != agent and not self.blocked(t, claimer):
            for v in victims:
                self.add("ASSASSINATED_BY", v.eid, claimer.eid, "claimed_killing_ar")

    def _claimer_ar(self, t: int) -> Mention | None:
        """"أعلنت X مسؤوليتها عن اغتيال Y" / "تبنت X (عملية) اغتيال Y": X did it."""
        if self.toks[t].text.startswith("و"):  # "تبنّى X، ...، اغتيال Y واغتيال Z": the
            first = _first_conjoined_deed_ar(self, t)  # first deed's claimer (session 71)
            if first is not None:
                return self._claimer_ar(first)
        verb = None
        lo = max(self.lo, t - 6)
        for z in range(t - 1, lo - 1, -1):
            if self.toks[z].text in QUOTES:  # "تبنت جماعة «X» اغتيال Y": the name's quote
                lo = max(self.lo, lo - 1)  # marks (session 72)
                continue
            if self.toks[z].punct:
                if _day_aside_ar(self, z):
                    lo = max(self.lo, lo - 3)  # "تبنى Y، الأربعاء، اغتيال X" (session 57)
                    continue
                if z + 2 < t and self.toks[z + 2].text in ("،", ",") and \
                        _day_aside_ar(self, z + 2):
                    continue  # (the comma that opens the day)
                # "تبنّى Y، في شريط مصوّر بُثّ أمس، اغتيال X": an aside closed right before
                # the deed (session 71)
                verb = _claim_before_aside_ar(self, z) if z >= t - 2 else None
                if verb is not None:
                    break
                return None
            fz = self.f(z)
            if fz & _AR_ADOPT:
                verb = z
                break
            if fz & (_AR_MANAGED | _AR_UNDERTOOK):
                comp = t - 2 if self.key(t - 1) in ("عمليه", "عملية") else t - 1
                comps = _AR_MANAGED_COMP if fz & _AR_MANAGED else _AR_UNDERTOOK_COMP
                if not self.f(comp) & comps:
                    return None  # "تمكن X من الفرار بعد اغتيال Y": not his act
                verb = z
                break
            if any(f.startswith("مسوولي") for f in fz):
                verb = next((y for y in range(z - 1, max(self.lo, z - 4) - 1, -1)
                             if self.f(y) & _AR_ANNOUNCE), None)
                if verb is None:  # "أعلنت جماعة أنصار بيت المقدس مسؤوليتها": past a long
                    verb = _announce_past_claimer_ar(self, z)  # claimer's name (s71)
                if verb is None:  # "أعلنت القيادة المركزية الأمريكية «سنتكوم» مسؤوليتها":
                    verb = _announce_past_acronym_ar(self, z)  # (session 58)
                break
        if verb is None or verb > self.lo and any(
                st in L.AR_NEG for _o, st in self.toks[verb - 1].stems):
            return None  # ("ولم تقر إسرائيل بمسؤوليتها عن اغتيال Y": no claim)
        # the claimer: subject of أعلنت/تبنت (VSO after the verb, or SVO before it)
        m = self.after(verb + 1, types=("Country", "Organization", "Person"), maxgap=2)
        if m is None or m.hi > t:
            m = self.before(verb, types=("Country", "Organization", "Person"), maxgap=2)
        return m


_AR_BRACKETS = frozenset({"«", "»", "(", ")", '"', "“", "”"})


def _announce_past_claimer_ar(sr: SentenceCore, z: int) -> int | None:
    """The verb of announcing before "مسؤوليتها" at *z* when a body's name of several words
    ends right before it, a group noun or two words at most before the name ("أعلنت جماعة
    أنصار بيت المقدس مسؤوليتها", session 71); else None."""
    end = z - 1 if sr.toks[z - 1].text in QUOTES else z  # "جماعة «X» مسؤوليتها" (s72)
    body = next((m for m in sr.args if m.hi == end and m.etype in ("Organization", "Country")),
                None)
    if body is None:
        return None
    return next((y for y in range(body.lo - 1, max(sr.lo, body.lo - 4) - 1, -1)
                 if sr.f(y) & _AR_ANNOUNCE), None)


def _announce_past_acronym_ar(sr: SentenceCore, z: int) -> int | None:
    """The verb of announcing before "مسؤوليتها" at *z* when the claimer's name and its
    acronym in brackets or quotes stand between ("أعلنت القيادة المركزية الأمريكية «سنتكوم»
    مسؤوليتها"): a bracketed word right before *z*, a body named before it, then the verb
    right before the body; else None."""
    if sr.toks[z - 1].text not in _AR_BRACKETS:
        return None
    y = z - 1
    while y > sr.lo and y >= z - 5 and (sr.toks[y].text in _AR_BRACKETS or
                                        not sr.toks[y].punct):
        m = sr.mention_at.get(y)
        if m is not None and m.hi <= z - 2 and m.etype in ("Organization", "Country"):
            v = m.lo - 1
            return v if v >= sr.lo and sr.f(v) & _AR_ANNOUNCE else None
        y -= 1
    return None


_AR_DAY = L.AR_WEEKDAYS | L._ar("أمس", "اليوم")


def _claim_before_aside_ar(sr: SentenceCore, c: int) -> int | None:
    """The claim verb right before an aside set off by commas that closes at *c* ("تبنّى
    Y، في شريط فيديو بُثّ في ديسمبر، اغتيال X": the index of "تبنّى"), else None; the aside
    is at most 14 tokens with no other punctuation and no person in it."""
    if sr.toks[c].text not in ("،", ","):
        return None
    for y in range(c - 1, max(sr.lo, c - 15), -1):
        if y in sr.mention_at and sr.mention_at[y].etype == "Person":
            return None
        if sr.toks[y].punct:
            if sr.toks[y].text not in ("،", ",") or y - 1 < sr.lo:
                return None
            if sr.f(y - 1) & _AR_ADOPT:
                return y - 1
            m = sr.mention_at.get(y - 1)  # "تبنّت Y، في بيان، اغتيال X": the verb before Y
            v = title_start(m) - 1 if m is not None else -1
            return v if v >= sr.lo and sr.f(v) & _AR_ADOPT else None
    return None


def _first_conjoined_deed_ar(sr: SentenceCore, t: int) -> int | None:
    """The same deed noun earlier in the list that "واغتيال" at *t* joins ("اغتيال X
    واغتيال Z"): within 12 tokens, no punctuation between; else None."""
    noun = sr.f(t)
    for y in range(t - 1, max(sr.lo, t - 13) - 1, -1):
        if sr.toks[y].punct:
            return None
        if not sr.toks[y].text.startswith("و") and sr.f(y) & noun:
            return y
    return None


def _day_aside_ar(sr: SentenceCore, c: int) -> bool:
    """Is the comma at *c* the end of a day set off by commas ("، الأربعاء،")?"""
    return sr.toks[c].text in ("،", ",") and c - 2 >= sr.lo and \
        bool(sr.f(c - 1) & _AR_DAY) and sr.toks[c - 2].text in ("،", ",")


def _place_of_title_ar(sr: SentenceCore, y: int) -> bool:
    """Is the mention at *y* a place after «في» inside a title ("قائد الشرطة في إقليم شبيلي
    السفلى العقيد X", session 49)?"""
    m = sr.mention_at.get(y)
    return m is not None and m.etype in ("Location", "Country") and \
        sr.key(m.lo - 1) in ("في", "فى")
