"""LEADS and MEMBER_OF: who leads or belongs to which body (and PART_OF through a person:
"X, whose group is part of Y").

- ``leads_member``: titles and appositions of people: "قائد فيلق القدس إسماعيل قاآني" /
  "Quds Force commander Esmail Qaani" (LEADS), "the deputy head of X", "member/spokesman
  of X" (MEMBER_OF), heads of state and government with their country ("الرئيس العراقي X",
  "Iraqi President X"); "X, the leader of Y", "X الزعيم الجديد لـY", "خليفة X في زعامة Y",
  "appointed head of Y", "قائداً لـY", "X, a (senior) commander of Y" (a member), ranks in a
  body ("Revolutionary Guards General X", "العميد في الحرس الثوري X"), "X was sworn in as
  Iran's president";
- ``lead_verbs``: "X leads Y" / "يقود X Y", "X ... to lead/head the Y"; "Y, headed/led by X",
  "Y التي يتزعمها X" / "بقيادة X";
- ``_group_he_led`` / ``_whose_group`` / ``_whose_org``: "Y, the group he once led/founded",
  "X, whose militia Saraya al-Salam ...", "X, whose group is part of Y".

PART_OF between bodies ("the Quds Force of the IRGC", "X التابعة لـY") is read by
``part_of_rules`` (``PartOfRules``, a base class of ``LeadershipRules``).

``LeadershipRules`` is a mixin of :class:`loaders.extract.relations.SentenceRules` (how the
families share the sentence's state and helpers: :mod:`loaders.extract.relations`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.dispatch import needs
from loaders.extract.mention_base import _B_TITLE
from loaders.extract.mentions import QUOTES, _title_at
from loaders.extract.part_of_rules import PartOfRules
from loaders.extract.rule_common import (
    _EN_LED,
    _EN_PREPS,
    _EN_SPEECH_VERBS,
    _EN_WHOSE,
    _FORMS,
    EMPTY,
    forms,
    title_start,
)
from loaders.extract.title_ministries import BODY_GATE_AR, BODY_GATE_EN, title_body

if TYPE_CHECKING:
    from loaders.extract.relations import SentenceCore
else:
    SentenceCore = object

_C11 = L._ar(
                "زعامه", "قياده", "رياسه", "زعامة", "قيادة", "رئاسة")
_EN_GENERIC_ORG_WORDS = frozenset({"militia", "group", "movement", "faction", "organisation",
                                   "organization", "party", "alliance", "coalition", "armed",
                                   "paramilitary", "shiite", "shia", "sunni", "powerful",
                                   "hardline", "militant"})
# a possessive common noun before the body a title names ("head of the rebels' council")
_EN_POSS_NOUNS = frozenset({"rebels", "rebel", "insurgents", "militants", "regime", "junta",
                            "government", "group", "movement", "militia", "party"})
_EN_POSS_ENDS = ("'", "'s", "\u2019", "\u2019s")
_EN_PLURAL_TITLES = frozenset({"leaders", "commanders", "officials", "members", "founders",
                               "figures", "spokesmen", "chiefs"})
_EN_LED_BY = frozenset({"headed", "led", "commanded", "run", "chaired"})
_AR_LED_BY = L._ar("يتزعمها", "يتزعمه", "يقودها", "يقوده", "يرأسها", "يرأسه", "بقيادة",
                   "تزعمها", "قادها", "يترأسها", "يترأسه")
_MIL_RANKS = frozenset({"general", "gen", "brigadier", "brig", "major", "maj", "colonel", "col",
                        "lieutenant", "lt", "admiral", "adm", "captain", "capt"}) | L._ar(
    "الجنرال", "جنرال", "العميد", "عميد", "اللواء", "الفريق", "العقيد", "المقدم", "الرائد")
_LEAD_VERBS_ALL = L.EN_LEAD_VERBS | L.AR_LEAD_VERBS | _C11
# words skipped between a name and its apposition ("X, who was appointed the new ...")
_APPOSITION_SKIP = frozenset({
    "the", "a", "an", "who", "is", "was", "as", "في", "appointed", "named", "became",
    "elected", "promoted", "to", "been", "has", "new", "took", "over", "takes", "serves",
    "served", "now", "later", "also", "subsequently", "then", "formerly", "previously",
    "once", "confirmed", "sworn", "remains", "remained", "sole", "re-elected", "reelected",
    "chosen"})

class LeadershipRules(PartOfRules):
    """LEADS / MEMBER_OF / PART_OF rules (a mixin of ``SentenceRules``; see the module doc)."""

    @needs(types=("Person",))
    def leads_member(self) -> None:
        # title_body's own first test (a minister or head word in the sentence), made once
        # here: without one, no call (it would return None for every mention)
        bodies = BODY_GATE_AR in self.present_sets or BODY_GATE_EN in self.present_sets
        for m in self.ments:
            if m.etype != "Person" or not m.role_org:
                continue
            org_type = self.doc.etype(m.role_org)
            if org_type == "Organization" and m.role_org not in self.doc.gaz.entries and \
                    bodies and title_body(self, m) is not None:
                continue  # "رئيس مجلس الوزراء العراقي X": the government (below), no new body
            if m.role in ("lead", "head_state") and org_type in ("Organization", "Country"):
                if m.role == "head_state" or org_type == "Organization":
                    self.add("LEADS", m.eid, m.role_org, "title_org")
            elif m.role in ("lead", "head_state") and org_type == "Location":
                self.add("LEADS", m.eid, m.role_org, "title_region")  # a region's president
            elif m.role == "member" and org_type == "Organization":
                self.add("MEMBER_OF", m.eid, m.role_org, "title_member")
            elif m.role == "plain" and org_type == "Organization" and m.tlo >= 0 and any(
                    self.toks[x].key in _MIL_RANKS for x in range(m.tlo, m.lo)):
                # "Revolutionary Guards General X", "العميد في الحرس الثوري X": a rank in it
                self.add("MEMBER_OF", m.eid, m.role_org, "rank_member")
        heads = []  # (the people named by a head-of-state title, and below the descriptions)
        descs = []
        for m in self.ments:
            if m.etype == "Person":
                body = title_body(self, m) if m.tlo >= 0 and bodies else None
                if body is not None:  # "Iranian Foreign Minister X", "رئيس الوزراء العراقي X"
                    self.add("LEADS", m.eid, body, "title_ministry")
                if m.role == "head_state":
                    heads.append(m)
                    if m.role_org is None and m.role_nat and m.kind == "name":
                        self.add("LEADS", m.eid, m.role_nat, "title_country")
                if m.kind == "desc":
                    descs.append(m)
        # "الرئيس العراقي X ... نظيره التركي Y": a head of state's counterpart is one too
        # (only when the one whose counterpart he is, the sentence's subject, is a head:
        # "Zarif was received by President Saleh before talks with his counterpart X")
        subj = None
        if heads:  # (the first person argument: a loop, not next() over a generator)
            for m in self.args:
                if m.etype == "Person":
                    subj = m
                    break
        if subj is not None and subj.kind != "ref" and (
                subj.role == "head_state" or self._is_head(subj.eid)):
            # (not an honorific pronoun, "سموه": whose counterpart is meant is not said)
            for m in self.ments:
                if m.etype == "Person" and m.role == "plain" and m.role_nat and \
                        self._counterpart(m) and all(h.eid != m.eid for h in heads):
                    self.add("LEADS", m.eid, m.role_nat, "counterpart_of_head")
        # appositions after a name: "X, the commander of Y", "X الزعيم الجديد لـY",
        # "خليفة X في زعامة Y"
        for m in self.args:
            if m.etype != "Person":
                continue
            for d in descs:  # (a loop, not next() over a generator)
                if d.lo < m.lo and d.hi >= m.hi:
                    m = d
                    break
            j = m.hi
            indef = False  # "X, a (senior) commander of Y": one of its commanders, a member
            toks = self.toks
            while j < self.hi:
                tj = toks[j]
                kj = tj.key
                if not (tj.text in (",", "،") or tj.text in QUOTES or kj in _APPOSITION_SKIP or (
                        j > m.hi and not tj.ar and (kj in L.EN_QUALIFIERS or (
                            kj == "in" and toks[j - 1].key == "sworn")))):
                    break
                if kj in ("a", "an"):
                    indef = True
                j += 1
            if j >= self.hi:
                continue
            of_x = next((y for y in range(m.lo - 1, max(self.lo, m.lo - 6) - 1, -1)
                         if self.key(y) in ("of", "to", "with", ",", "،")), None) if (
                not toks[m.lo].ar and j - m.hi > 1 and any(
                    toks[y].key in ("was", "is", "remains", "became", "confirmed")
                    for y in range(m.hi, j))) else None
            if of_x is not None and self.key(of_x) in ("of", "to", "with"):
                # "X, the son of late President Y, was confirmed as head of Z": the
                # predicate is X's, not the of-complement's
                subj = next((c for c in sorted(self.args, key=lambda c: c.lo)
                             if c.etype == "Person" and c.lo < m.lo and self.key(
                                 title_start(c) - 1) not in _EN_PREPS), None)
                if subj is None:
                    continue
                m = subj
            # "X, a Hezbollah member" / "X, Hezbollah's envoy": the body before the title
            om = self.mention_at.get(j)
            if om is not None and om.lo == j and om.etype == "Organization" and \
                    not self.toks[j].ar and om.hi < self.hi:
                tt0 = _title_at(self.doc, om.hi, self.hi)
                if tt0 is not None and self.key(tt0[0]) in _EN_SPEECH_VERBS:
                    continue  # "voted for X, a PUK official told O": a new clause's subject
                if tt0 is not None and tt0[1] in ("lead", "member"):
                    self.add("LEADS" if tt0[1] == "lead" and not indef else "MEMBER_OF",
                             m.eid, om.eid, "apposition_org_title")
                    continue
            if om is not None and om.lo == j and om.etype == "Country" and om.poss and \
                    not self.toks[j].ar and om.hi < self.hi and j > m.hi:
                tt0 = _title_at(self.doc, om.hi, self.hi)
                if tt0 is not None and tt0[1] == "head_state" and not self.blocked(j):
                    # "X was sworn in as Iran's president"
                    self.add("LEADS", m.eid, om.eid, "apposition_country_title")
                    continue
            tj = toks[j]  # (lo <= j < hi: tj.key = self.key(j), forms below = self.f(j))
            if tj.key == "one" and self.key(j + 1) == "of":
                y = j + 2 + (self.key(j + 2) == "the")
                while y < self.hi and self.key(y) in L.EN_QUALIFIERS:
                    y += 1
                if self.key(y) in _EN_PLURAL_TITLES and self.key(y + 1) in ("of", "in"):
                    org = self.after(y + 2, types=("Organization",), maxgap=2)
                    if org is not None and not self.blocked(j):
                        self.add("MEMBER_OF", m.eid, org.eid, "one_of_leaders")
                    continue
            fj = _FORMS.get(tj.text)
            verb = (fj if fj is not None else forms(tj)) & _LEAD_VERBS_ALL
            tt = None if verb or not self.doc.pass_bits[j] & _B_TITLE else \
                _title_at(self.doc, j, self.hi)  # (_title_at's first test, without a call)
            if not verb and tt is None:
                continue
            if tj.ar and tj.key.startswith("و") and tj.key not in L.AR_TITLES and j == m.hi:
                continue  # "X ونائب رئيس ..." starts another person, not an apposition
            if tj.ar and tj.key[:1] in ("ب", "ل") and tj.key not in L.AR_TITLES and \
                    tj.stems and tj.stems[-1][0] > 0:
                continue  # "X بقائد فيلق القدس": an object with a preposition
            if verb:
                role, x = "lead", j + 1
            else:
                assert tt is not None
                role, x = tt[1], tt[0]
                if indef and role == "lead":
                    role = "member"
            steps = 0
            while x < self.hi and steps < 9:
                steps += 1
                mm = self.mention_at.get(x) or next(
                    (c for c in self.ments if c.lo == x and c.etype != "Person"), None)
                if mm is not None and mm.etype == "Country" and role in ("lead", "member") and \
                        mm is not m \
                        and any(c.etype == "Organization" and mm.hi <= c.lo <= mm.hi + 3
                                for c in self.ments):
                    x = mm.hi
                    continue
                if mm is not None and mm.poss and mm is not m:
                    # (and "the Houthi militia's so-called Supreme Political Council"; s72)
                    z = mm.hi + 3 if self.key(mm.hi) == "so" and self.key(mm.hi + 2) == "called" \
                        else mm.hi
                    if any(c.etype == "Organization" and c.lo == z for c in self.ments):
                        x = z  # "the Revolutionary Guards' Quds Force": the possessed one
                        continue
                if mm is not None and mm.etype in ("Organization", "Country") and mm is not m:
                    y = mm.hi
                    while y < self.hi and y - mm.hi < 3 and toks[y].key in _MIL_RANKS:
                        y += 1  # "X قائد فيلق القدس العميد Y": a rank before the next name
                    nxt_m = self.mention_at.get(y)
                    if nxt_m is not None and nxt_m is not m and nxt_m.etype == "Person" and \
                            nxt_m.kind == "name" and nxt_m.role_org == mm.eid:
                        break  # "X قائد فيلق القدس Y": the title belongs to Y, the next name
                    if role in ("lead", "head_state"):
                        if mm.etype == "Organization" or role == "head_state":
                            self.add("LEADS", m.eid, mm.eid, "apposition")
                    elif role == "member" and mm.etype == "Organization":
                        self.add("MEMBER_OF", m.eid, mm.eid, "apposition_member")
                    mm.in_title = True
                    break
                kx = self.key(x)
                if kx == "so" and self.key(x + 1) == "-" and self.key(x + 2) == "called":
                    x += 3  # "commander of the so-called Rapid Support Forces" (session 72)
                    continue
                if kx in _EN_POSS_NOUNS and self.toks[x].text.endswith(_EN_POSS_ENDS):
                    x += 1  # "the head of the rebels' Supreme Political Council" (session 72)
                    continue
                if kx in ("in", "within") and role == "lead":
                    role = "member"  # "X, a commander in Y": one of its commanders
                if kx in L.AR_QUALIFIERS or kx in L.EN_QUALIFIERS or kx in L.NATIONALITY or \
                        kx in ("of", "the", "ل", "لل", "في", "for", "in", "within") or \
                        self.toks[x].text in QUOTES \
                        or self.toks[x].text in ("ـ", "-") or kx in _EN_GENERIC_ORG_WORDS or \
                        kx in L.EN_SUPPORT:
                    x += 1  # "... of the Iran-backed militia Asaib Ahl al-Haq"
                    continue
                break

    @needs((EMPTY, _EN_WHOSE), types=("Organization",))
    def _whose_org(self) -> None:
        """"X, whose Sadrist Movement won ...", "X, whose militia Saraya al-Salam ...": the
        body named right after a person's "whose" is theirs (LEADS); "the Kurdistan
        Democratic Party of Masoud Barzani": a party "of" a person."""
        for t in self.triggers(EMPTY, _EN_WHOSE):
            p = self.before(t, types=("Person",), maxgap=1)
            if p is None:
                continue
            x = t + 1
            if self.key(x) in _EN_GENERIC_ORG_WORDS:
                x += 1
            org = self.mention_at.get(x)
            if org is not None and org.lo == x and org.etype == "Organization" and \
                    not self.blocked(t):
                self.add("LEADS", p.eid, org.eid, "whose_org")
        for o in self.args:
            if o.etype != "Organization" or self.toks[o.lo].ar or o.hi + 1 >= self.hi or \
                    self.key(o.hi) != "of" or not self._political(o):
                continue
            p = self.mention_at.get(o.hi + 1)
            if p is not None and p.lo == o.hi + 1 and p.etype == "Person" and p.kind == "name":
                self.add("LEADS", p.eid, o.eid, "party_of")

    @needs((EMPTY, _EN_WHOSE))
    def _whose_group(self) -> None:
        """"X, whose group/movement is part of Y" -> the body X leads (in this article or
        the gazetteer) PART_OF Y."""
        for t in self.triggers(EMPTY, _EN_WHOSE):
            if self.key(t + 1) not in _EN_GENERIC_ORG_WORDS:
                continue
            x = t + 2
            if self.key(x) in ("is", "was", "remains"):
                x += 1
            if self.key(x) in ("a", "an"):
                x += 1
            if not (self.key(x) in ("part", "member") and self.key(x + 1) == "of"):
                continue
            whole = self.after(x + 2, types=("Organization",), maxgap=1)
            p = self.before(t, types=("Person",), maxgap=1)
            if whole is None or p is None or self.blocked(x):
                continue
            led = list(getattr(self.doc, "led_by", {}).get(p.eid, ()))
            e = self.doc.gaz.get(p.eid)
            led += [o for o in (e.leads if e else ()) if self.doc.etype(o) == "Organization"]
            if led and led[0] != whole.eid:
                self.add("PART_OF", led[0], whole.eid, "whose_group_part_of")

    @needs(types=("Organization",))
    def _group_he_led(self) -> None:
        """"Y, the group he (once) led/founded" -> the person of the clause LEADS Y; "X's
        Y" (a person's organisation: "Maliki's State of Law coalition") -> X LEADS Y."""
        for o in self.args:
            if o.etype != "Organization":
                continue
            p = self.mention_at.get(o.lo - 1) if not self.toks[o.lo].ar else None
            if p is not None and p.etype == "Person" and p.poss and p.hi == o.lo:
                self.add("LEADS", p.eid, o.eid, "poss_org")
                continue
            x = o.hi
            if x + 3 >= self.hi or self.toks[x].text != "," or self.key(x + 1) != "the" or \
                    self.key(x + 2) not in _EN_GENERIC_ORG_WORDS:
                continue
            y = x + 3
            if self.key(y) in ("that", "which"):
                y += 1
            if self.key(y) not in ("he", "she"):
                continue
            y += 1
            while y < self.hi and self.key(y) in ("once", "formerly", "previously", "had",
                                                  "has", "long", "still", "later", "also"):
                y += 1
            if self.key(y) in _EN_LED and not self.blocked(y):
                # "he": the clause's subject, the first person named in the sentence
                who = next((m for m in self.args if m.etype == "Person" and m.kind == "name"
                            and m.hi <= o.lo), None) or \
                    self.before(o.lo, types=("Person",), maxgap=40)
                if who is not None:
                    self.add("LEADS", who.eid, o.eid, "group_he_led")

    def _led_by(self) -> None:
        """"Y, headed/led by X", "Y, which is led by X", "Y التي يتزعمها X",
        "Y بقيادة X" -> X LEADS Y (not "US-led": the leader is named after "by")."""
        for t in self.triggers(_AR_LED_BY, _EN_LED_BY):
            tok = self.toks[t]
            if tok.ar:
                who = self.after(t + 1, types=("Person",), maxgap=1)
            else:
                if self.key(t + 1) != "by" or (t > self.lo and self.toks[t - 1].text == "-"):
                    continue
                who = self.after(t + 2, types=("Person",), maxgap=1)
            if who is None:
                continue
            x = t - 1
            while x >= self.lo and (self.toks[x].text in (",", "،") or self.key(x) in (
                    "which", "that", "is", "was", "now", "currently", "also", "التي", "الذي",
                    "and", "still")):
                x -= 1
            org = self.mention_at.get(x)
            if org is None or org.etype != "Organization" or org.hi != x + 1:
                continue
            if not self.blocked(t, who):
                self.add("LEADS", who.eid, org.eid, "led_by")

    @needs((_AR_LED_BY, _EN_LED_BY), (L.AR_LEAD_VERBS, L.EN_LEAD_VERBS))
    def lead_verbs(self) -> None:
        """"X ... to lead/head the Y" / "X leads Y" / "يقود X Y"."""
        self._led_by()
        for t in self.triggers(L.AR_LEAD_VERBS, L.EN_LEAD_VERBS):
            k = self.toks[t].key
            if not self.toks[t].ar and k in ("lead", "head", "command") and \
                    self.key(t - 1) != "to":
                continue  # "deputy head of ...": a noun, not the verb
            if not self.toks[t].ar and self.key(t - 1) in ("deputy", "vice", "former", "-"):
                continue  # ("U.S.-led coalition": an adjective, nobody leads here)
            org = self.after(t + 1, types=("Organization",), maxgap=3)
            if org is None:
                continue
            if org.poss:
                nxt = self.after(org.hi, types=("Organization",), maxgap=0)
                org = nxt or org
            if self.toks[t].ar:
                who = self.before(t, types=("Person",), maxgap=3) or \
                    self.after(t + 1, types=("Person",), maxgap=2)
            else:
                who = self.subject_before(t)
            if who is not None and who.etype == "Person" and not self.blocked(t, who):
                self.add("LEADS", who.eid, org.eid, "lead_verb")
