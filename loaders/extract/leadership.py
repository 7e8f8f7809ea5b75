"""LEADS, MEMBER_OF and PART_OF: who leads or belongs to which body, and which body is part
of which.

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
  "X, whose militia Saraya al-Salam ...", "X, whose group is part of Y";
- ``part_of``: "فيلق القدس في الحرس الثوري", "the Quds Force of the IRGC", "the IRGC's Quds
  Force", "X, the external arm of Y", "X, part of Y" / "X, which is a faction of Y",
  "X التابعة لـY" / "المنضوية في Y", "Y, an umbrella group ... that includes X" / "Y التي
  تضم X".

``LeadershipRules`` is a mixin of :class:`loaders.extract.relations.SentenceRules` (how the
families share the sentence's state and helpers: :mod:`loaders.extract.relations`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.dispatch import needs
from loaders.extract.mentions import QUOTES, Mention, _title_at
from loaders.extract.rule_common import (
    _EMPTY,
    _EN_LED,
    _EN_PREPS,
    _EN_SPEECH_VERBS,
    _EN_WHOSE,
    _FORMS,
    _ar_forms,
    forms,
    title_start,
)

if TYPE_CHECKING:
    from loaders.extract.relations import SentenceCore
    from loaders.extract.tokens import Tok
else:
    SentenceCore = object

_C11 = L._ar(
                "زعامه", "قياده", "رياسه", "زعامة", "قيادة", "رئاسة")
_EN_PART_NOUNS = frozenset({"arm", "wing", "branch", "unit", "division", "part", "member",
                            "faction", "component", "affiliate", "subsidiary", "offshoot",
                            "brigade", "department", "section", "body"})
_AR_PART_NOUNS = L._ar("ذراع", "الذراع", "جناح", "الجناح", "فرع", "الفرع", "ذراعا", "جناحا")
_AR_AFFILIATED = L._ar("التابع", "التابعة", "التابعه", "تابع", "تابعة", "المرتبطة", "المرتبط")
_AR_ENROLLED = L._ar("المنضوية", "المنضوي", "المنضوين", "المنضوون", "المنضويتان",
                     "المنضويتين", "منضوية", "منضوي")
_EN_INCLUDES = frozenset({"includes", "include", "including", "comprises", "comprising",
                          "encompasses", "incorporates"})
_AR_INCLUDES = L._ar("تضم", "يضم", "تشمل", "يشمل", "تنضوي")
_EN_GENERIC_ORG_WORDS = frozenset({"militia", "group", "movement", "faction", "organisation",
                                   "organization", "party", "alliance", "coalition", "armed",
                                   "paramilitary", "shiite", "shia", "sunni", "powerful",
                                   "hardline", "militant"})
_EN_POLITICAL = frozenset({"party", "coalition", "bloc", "alliance", "movement", "list"})
_AR_POLITICAL = L._ar("حزب", "ائتلاف", "تحالف", "تيار", "كتلة", "الحزب", "الائتلاف", "التحالف",
                      "التيار", "الكتلة")
_EN_PLURAL_TITLES = frozenset({"leaders", "commanders", "officials", "members", "founders",
                               "figures", "spokesmen", "chiefs"})
_EN_PART_CUES = frozenset({"part", "faction", "factions", "component", "components",
                           "group", "groups", "member", "members"})
_AR_FACTIONS = L._ar("فصائل", "الفصائل", "تشكيلات", "مكونات")
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

_IS_FACTION: dict[str, bool] = {}  # token text -> _is_faction(a token with that text)


def _is_faction(t: Tok) -> bool:
    """Is *t* an Arabic token with a form in ``_AR_FACTIONS`` ("فصائل", "الفصائل")? (The
    answer depends on the token text only; cached per text, the cache emptied at 200,000.)"""
    if len(_IS_FACTION) >= 200_000:
        _IS_FACTION.clear()
    hit = _IS_FACTION[t.text] = t.ar and not forms(t).isdisjoint(_AR_FACTIONS)
    return hit


def _faction_words(toks: list[Tok], texts: list[str], lo: int, hi: int) -> list[int]:
    """The positions in [lo, hi) of the Arabic tokens with a form in ``_AR_FACTIONS``,
    ascending (tokens inside names too). Fast: one dict lookup per token text in C
    (``map``), a Python call only for a text not seen before."""
    hits = list(map(_IS_FACTION.get, texts[lo:hi]))
    if None in hits:
        for x, hit in enumerate(hits):
            if hit is None:
                hits[x] = _is_faction(toks[lo + x])
    if True not in hits:
        return []  # (the common case: no such word in the sentence)
    return [k for k, hit in enumerate(hits, lo) if hit]


class LeadershipRules(SentenceCore):
    """LEADS / MEMBER_OF / PART_OF rules (a mixin of ``SentenceRules``; see the module doc)."""

    @needs(types=("Person",))
    def leads_member(self) -> None:
        for m in self.ments:
            if m.etype != "Person" or not m.role_org:
                continue
            org_type = self.doc.etype(m.role_org)
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
                if m.role == "head_state":
                    heads.append(m)
                    if m.role_org is None and m.role_nat and m.kind == "name":
                        self.add("LEADS", m.eid, m.role_nat, "title_country")
                if m.kind == "desc":
                    descs.append(m)
        # "الرئيس العراقي X ... نظيره التركي Y": a head of state's counterpart is one too
        # (only when the one whose counterpart he is, the sentence's subject, is a head:
        # "Zarif was received by President Saleh before talks with his counterpart X")
        subj = next((m for m in self.args if m.etype == "Person"), None) if heads else None
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
            outer = next((d for d in descs if d.lo < m.lo and d.hi >= m.hi), None) if descs \
                else None
            if outer is not None:
                m = outer
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
            tt = None if verb else _title_at(self.doc, j, self.hi)
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
                if mm is not None and mm.poss and mm is not m and any(
                        c.etype == "Organization" and c.lo == mm.hi for c in self.ments):
                    x = mm.hi  # "the Revolutionary Guards' Quds Force": the possessed one
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

    @needs((_EMPTY, _EN_WHOSE), types=("Organization",))
    def _whose_org(self) -> None:
        """"X, whose Sadrist Movement won ...", "X, whose militia Saraya al-Salam ...": the
        body named right after a person's "whose" is theirs (LEADS); "the Kurdistan
        Democratic Party of Masoud Barzani": a party "of" a person."""
        for t in self.triggers(_EMPTY, _EN_WHOSE):
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

    @needs((_EMPTY, _EN_WHOSE))
    def _whose_group(self) -> None:
        """"X, whose group/movement is part of Y" -> the body X leads (in this article or
        the gazetteer) PART_OF Y."""
        for t in self.triggers(_EMPTY, _EN_WHOSE):
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

    @needs(types=("Organization",))
    def part_of(self) -> None:
        orgs = [m for m in self.ments if m.etype == "Organization"]
        for a in orgs:
            for b in orgs:
                if b.lo <= a.lo or a is b or b.lo - a.hi > 14:
                    continue
                keys = self._gap_keys(a.hi, b.lo)
                if keys is None:
                    continue
                if keys in (["في"], ["of"], ["of", "the"], ["التابع", "ل"], ["التابعة", "ل"],
                            ["within"], ["within", "the"], ["part", "of"],
                            ["part", "of", "the"], ["in"], ["in", "the"]):
                    self.add("PART_OF", a.eid, b.eid, "org_in_org")
                elif not keys and a.poss:
                    self.add("PART_OF", b.eid, a.eid, "org_poss_org")
                elif len(keys) == 1 and keys[0] in _AR_AFFILIATED and \
                        (b.prefix.lstrip("وف").startswith("ل")):
                    self.add("PART_OF", a.eid, b.eid, "org_in_org")
                elif self._part_apposition(keys, b):
                    self.add("PART_OF", a.eid, b.eid, "org_arm_of")
        self._includes()
        self._part_of_cue()

    def _gap_keys(self, lo: int, hi: int) -> list[str] | None:
        """Keys of the tokens between two mentions, quotes and tatweel left out; a possessive
        country ("Iran's") counts as nothing; None if another entity sits in between."""
        out = []
        x = lo
        while x < hi:
            t = self.toks[x]
            m = self.mention_at.get(x)
            if m is not None and m.lo >= lo:
                if m.etype == "Country" and m.poss:
                    x = m.hi
                    continue
                return None
            if not (t.punct and (t.text in QUOTES or t.text in ("ـ", "(", ")"))):
                out.append(t.key)
            x += 1
        return out

    def _part_apposition(self, keys: list[str], b: Mention) -> bool:
        """"X, the external arm of Y", "X, part of Y", "X, which is a faction of Y",
        "X، الذراع الخارجية لـY", "X المنضوية في Y", "X ضمن Y", "X، أحد فصائل Y"."""
        k = list(keys)
        if k and k[0] in (",", "،"):
            k = k[1:]
        if not k:
            return False
        if k[-1] in ("ل", "لـ") or k[-1].startswith("ل") and len(k[-1]) <= 2:
            k = k[:-1]
            to_b = True
        else:
            to_b = b.prefix.lstrip("وف").startswith("ل")
        if not k:
            return False
        if k[0] in ("which", "that") and len(k) > 1 and k[1] in ("is", "was", "are", "were"):
            k = k[2:]
        if k and k[0] in ("the", "a", "an"):
            k = k[1:]
        if not k:
            return False
        # English: (adjectives) arm/wing/... of (the)
        if k[-1] == "the":
            k = k[:-1]
        if len(k) >= 2 and k[-1] == "of" and k[-2] in _EN_PART_NOUNS and len(k) <= 5 and all(
                w.isalpha() and w not in L.EN_STOP for w in k[:-2]):
            return True
        if k in (["part", "of"],):
            return True
        # Arabic: (ال)ذراع/جناح/فرع (adjectives) لـY; المنضوية في/تحت/ضمن Y; ضمن Y; أحد فصائل Y
        first = k[0]
        if first in _AR_PART_NOUNS and to_b and len(k) <= 3 and all(
                w.startswith("ال") for w in k[1:]):
            return True
        if first in _AR_ENROLLED and len(k) == 2 and k[1] in ("في", "تحت", "ضمن"):
            return True
        if k in (["ضمن"], ["احد", "فصايل"], ["احدي", "فصايل"], ["من", "فصايل"]):
            return True
        return False

    def _part_of_cue(self) -> None:
        """"X, which is part of the state-sanctioned Y", "X, headed by P, is part of Y",
        "X is nominally part of Y", "X, the most powerful faction within Y",
        "X من أبرز فصائل Y" / "X أحد فصائل Y": X PART_OF Y across a relative clause,
        adverbs or adjectives."""
        n_org = 0
        for m in self.ments:
            if m.etype == "Organization":
                n_org += 1
        if n_org < 2:
            return
        cues = self.triggers(_EMPTY, _EN_PART_CUES)
        if self.toks[self.lo].ar:  # "فصائل" may itself be a name ("الفصائل"): scan tokens
            cues = _faction_words(self.toks, self.doc.texts, self.lo, self.hi)
        by_end: list[Mention] | None = None
        for t in cues:
            tok = self.toks[t]
            if tok.ar:
                if not any(self.key(y) in ("من", "احد", "احدي", "اهم", "ابرز", "اقوي", "اكبر")
                           for y in range(max(self.lo, t - 2), t)):
                    continue
                start = t + 1
            else:
                nxt = self.key(t + 1)
                if tok.key == "part" and nxt != "of":
                    continue
                if tok.key != "part" and nxt not in ("within", "of", "in"):
                    continue
                start = t + 2
            x = start
            while x < self.hi and x - start < 5 and x not in self.mention_at and (
                    self.key(x) in ("the", "-", "ال") or self.toks[x].text in QUOTES or
                    (not self.toks[x].ar and self.toks[x].key.isalpha() and
                     not self.toks[x].cap and self.key(x) not in L.EN_STOP)):
                x += 1
            whole = self.mention_at.get(x)
            if whole is None or whole.etype != "Organization" or whole.lo != x:
                continue
            if by_end is None:
                by_end = sorted(self.ments, key=lambda m: -m.hi)  # once, not per cue
            part = next((m for m in by_end
                         if m.hi <= t and t - m.hi <= 14 and m.etype == "Organization"), None)
            if part is None or part.eid == whole.eid or self.blocked(t):
                continue
            if any(self.toks[y].text in (";", "؛", ".") for y in range(part.hi, t)):
                continue
            if any(c.etype == "Organization" and part.hi <= c.lo < t for c in self.ments):
                continue
            self.add("PART_OF", part.eid, whole.eid, "part_of_cue")

    def _includes(self) -> None:
        """"Y, an umbrella group ... that includes X (and Z)" / "Y التي تضم X": X PART_OF Y."""
        for t in self.triggers(_AR_INCLUDES, _EN_INCLUDES):
            # the head of the phrase, not an "of"-complement ("an umbrella group of mostly
            # Shiite militias that includes X": the umbrella named before)
            cands = sorted((m for m in self.args if m.etype == "Organization" and
                            m.hi <= t and t - m.hi <= 14), key=lambda m: -m.hi)
            whole = cands[0] if cands else None
            of_at = next((y for y in range(whole.lo - 1, max(self.lo, whole.lo - 6) - 1, -1)
                          if self.key(y) in ("of", "من", ",", "،")), None) if whole else None
            if whole is not None and of_at is not None and self.key(of_at) in ("of", "من"):
                whole = next((c for c in cands[1:] if c.hi < self.hi and
                              self.toks[c.hi].text in (",", "،")), None)
            part = self.after(t + 1, types=("Organization",), maxgap=2)
            if part is None:
                # "that includes Nouri al-Maliki's State of Law coalition": the owner first
                owner = self.after(t + 1, types=("Person",), maxgap=1)
                if owner is not None and owner.poss:
                    part = self.after(owner.hi, types=("Organization",), maxgap=0)
            if whole is None or part is None or self.blocked(t):
                continue
            if any(self.toks[x].text in (".", ";", "؛") for x in range(whole.hi, t)):
                continue
            for p in self._org_list(part):
                if p.eid != whole.eid:
                    # a party or bloc is a member of an alliance; a unit is part of a force
                    rel = "MEMBER_OF" if self._political(p) else "PART_OF"
                    self.add(rel, p.eid, whole.eid, "includes")

    def _org_list(self, first: Mention) -> list[Mention]:
        """*first* and the organisations listed after it ("X, Y and Z"; each may follow
        its owner: "X's A and Y's B")."""
        out = [first]
        x = first.hi
        while x < self.hi:
            while x < self.hi and (self.toks[x].text in (",", "،") or self.key(x) in (
                    "and", "و", "as", "well")):
                x += 1
            m = self.mention_at.get(x)
            if m is not None and m.etype == "Person" and m.poss:
                m = self.mention_at.get(m.hi)
            if m is None or m.etype != "Organization" or m in out:
                break
            out.append(m)
            x = m.hi
        return out

    def _political(self, m: Mention) -> bool:
        """A party, bloc or coalition (by its name's head word)."""
        toks = self.toks
        if toks[m.lo].ar:
            return not _ar_forms(toks[m.lo].key, toks[m.lo].stems).isdisjoint(_AR_POLITICAL)
        words = [toks[x].key for x in range(m.lo, m.hi) if not toks[x].punct]
        return bool(words) and words[-1] in _EN_POLITICAL
