"""Lists of people and groups: ``chain`` (a mention and those joined to it by "and", commas
or Arabic و: "X, Y and Z", "X and his brother Y", "سليماني ورفيقه Y"), in
:class:`ChainHelpers`, a mixin over :class:`~loaders.extract.sentence_base.SentenceBase`
composed in ``relations.SentenceCore``.
"""

from __future__ import annotations

from collections.abc import Iterable

from loaders.extract import lexicon as L
from loaders.extract.chain_members_ar import (
    bracket_member_ar,
    rank_after_nationality_ar,
    title_of_title_ar,
)
from loaders.extract.chain_paren_alias import paren_alias_end
from loaders.extract.chain_post_title_ar import post_title_gap_ar
from loaders.extract.list_description_member_en import description_member_gap_en
from loaders.extract.list_qualifiers_ar import coordinated_qualifier_ar
from loaders.extract.list_speaker_en import speaker_after_comma_en
from loaders.extract.meeting_clauses_en import new_clause_after_comma_and
from loaders.extract.meeting_phrases import apposed_peer_gap_en, apposed_title_gap_en
from loaders.extract.mentions import AGENT_TYPES, QUOTES, Mention
from loaders.extract.paired_countries import country_paired_next
from loaders.extract.rule_common import _AR_GROUP_HEADS, title_start
from loaders.extract.sentence_base import SentenceBase
from loaders.extract.title_abbrev_en import in_abbrev_after_title_body
from loaders.extract.title_phrase_en import portfolio_pair_en, title_phrase_en

_AR_COMPANIONS = L._ar("رفيقه", "مرافقه", "نائبه", "زميله", "مساعده", "رفيقيه", "مرافقيه",
                      # his two deputies / aides: "بالرئيس X ونائبيه A وB" (session 66)
                      "نائبيه", "نائباه", "نائبيها", "مساعديه", "معاونه", "معاونيه",
                      # kin: "بافل طالباني وشقيقه قوباد" (session 13)
                      "شقيقها", "نجلها", "ابنها", "صهره") | L.AR_KIN_HIS
# "وابن شقيقه / وابن عمه / ونجل شقيقه Y": his nephew or cousin as the next list member
_AR_AND_SON_OF = L._ar("وابن", "ونجل", "وابنة")
_AR_HIS_SIBLING = L._ar("شقيقه", "أخيه", "اخيه", "عمه", "خاله", "شقيقها", "أخيها", "عمها",
                        "خالها", "شقيقته", "أخته", "اخته")
# a style of address with و opening the next list member before his title: "استقبل X رئيس
# مجلس الأمة A وسمو رئيس مجلس الوزراء الشيخ B"، "ومعالي وزير الخارجية C" (session 66)
_AR_AND_STYLE = frozenset(w for w in L.AR_HONORIFIC_WORDS if w.startswith("و"))
# titles whose first letter is و, no conjunction: "X وزير الخارجية Y" (session 13)
_AR_W_TITLES = L.AR_W_TITLE_WORDS | L._ar("وزراء")
# kin before a list member: "X and his brother Y" (session 13)
_EN_KIN = frozenset({"brother", "son", "nephew", "cousin", "father", "uncle", "brother-in-law",
                     "son-in-law", "daughter", "sister", "wife", "husband", "sons", "brothers"})
_ROLE_GAP = 5  # tokens of a role between a possessor and the person ("son - in - law")


def _role_words_en(toks: list, lo: int, hi: int) -> bool:
    """Are tokens *lo* .. *hi* a short English role of lower-case words (hyphens inside):
    "son-in-law", "adviser", "spy chief", "top aide" (no verb, no stop word), or nothing?"""
    if not 0 <= hi - lo <= _ROLE_GAP:
        return False  # (none: "Netanyahu's adviser Y", the title word read as Y's title)
    return all(not t.ar and (t.text == "-" and lo < x < hi - 1 or (
        t.key.isalpha() and not t.cap and t.key not in L.EN_MEET and (
            t.key not in L.EN_STOP or toks[x - 1].text == "-" == toks[x + 1].text)))
        for x, t in ((y, toks[y]) for y in range(lo, hi)))


_LIST_QUALIFIERS = frozenset({"former", "late", "acting", "outgoing", "caretaker", "then",
                              "veteran", "senior", "top",
                              # "X and his visiting Eritrean counterpart Y discussed"
                              "visiting", "incoming",
                              # "..., B and former deputy president C" (session 64)
                              "deputy", "vice"})
CONNECTORS = frozenset({",", "،", "and", "&", "as", "well", "both", "و", "along", "with",
                        "plus"})
# a descriptor noun before a list member's title: "X and Iraqi militia commander Y"
_TITLE_PREMODIFIERS = frozenset({"militia", "paramilitary", "army", "military", "security",
                                 "intelligence", "police", "rebel", "opposition", "tribal",
                                 "nuclear", "party", "faction", "group",
                                 # "X, armed forces chief of staff Y and air force chief Z"
                                 "armed", "forces", "force", "air", "aerospace", "navy",
                                 "naval", "elite", "special", "border", "unit", "guard",
                                 "guards"})
# a head noun right before a name that holds its own royal title ("X and visiting Jordanian
# monarch King Y": session 54)
_NAME_HEADS = frozenset({"monarch"})


def _qualifier_hyphen(gap_keys: list[str], i: int) -> bool:
    """Is gap key *i* the hyphen of a list qualifier joined to the title or nationality after
    it: "X and then-President Y", "A, B and then-Egyptian intelligence chief C" (session 68)?"""
    return gap_keys[i] == "-" and i > 0 and gap_keys[i - 1] in _LIST_QUALIFIERS


class ChainHelpers(SentenceBase):
    """Lists joined by "and", commas or و."""

    def _in_title_tokens(self) -> set[int]:
        """Tokens of organisations/countries that only qualify a title ("Badr chief X")."""
        if self._intitle is None:
            self._intitle = {x for m in self.ments if m.in_title for x in range(m.lo, m.hi)}
        return self._intitle

    def chain(self, m: Mention, types: Iterable[str] = AGENT_TYPES) -> list[Mention]:
        """*m* and the mentions joined to it by 'and', commas or Arabic و."""
        out = [m]
        cur = m
        while True:
            nxt = None
            for c in self.args:
                if c.lo >= cur.hi and c is not cur and c.lo > cur.lo:
                    nxt = c
                    break
            close = paren_alias_end(self, cur) if nxt is not None else None
            if close is not None:  # "X (his other name) وY": past the brackets (session 58)
                nxt = next((c for c in self.args if c.lo > close), None)
            qual = -1
            if nxt is not None and nxt.etype == "Country" and "Person" in types and \
                    self.toks[nxt.hi - 1].text.endswith(("'s", "\u2019s")):
                # "met Britain's X, France's Y and Germany's Z": the country qualifies Y
                pc = None
                for c in self.args:  # (a loop: no generator per pair)
                    if c.lo >= nxt.hi and c is not nxt:
                        pc = c
                        break
                if pc is not None and pc.etype == "Person" and title_start(pc) == nxt.hi:
                    qual, nxt = nxt.lo, pc
            elif nxt is not None and nxt.etype == "Person" and nxt.poss and "Person" in types:
                # "X and President Donald Trump's son-in-law Y met Z", "X and Netanyahu's
                # adviser Y": the possessor names Y's role, Y is the list member (session 62)
                pc = None
                for c in self.args:  # (a loop: no generator per pair)
                    if c.lo >= nxt.hi and c is not nxt:
                        pc = c
                        break
                if pc is not None and pc.etype == "Person" and \
                        _role_words_en(self.toks, nxt.hi, title_start(pc)):
                    qual, nxt = (nxt.tlo if 0 <= nxt.tlo < nxt.lo else nxt.lo), pc
            elif nxt is not None and nxt.etype == "Country" and "Person" in types:
                pc = country_paired_next(self, out[0], cur, nxt)  # "وزراء خارجية ألمانيا X
                if pc is not None:  # وفرنسا Y": each after their country (paired_countries)
                    qual, nxt = nxt.lo, pc
            if nxt is not None and self.toks[cur.hi - 1].ar:
                br = bracket_member_ar(self, cur, types)  # "A (مالي) وB (النيجر)"
                if br is not None:
                    out.append(br)
                    cur = br
                    continue
            if nxt is not None and nxt.etype not in types and "Person" in types and \
                    not nxt.poss and qual < 0:
                # "X and Kurdistan Region Prime Minister Y": a place naming Y's title
                # (session 53)
                pc = None
                for c in self.args:  # (a loop: no generator per pair)
                    if c.lo >= nxt.hi and c is not nxt:
                        pc = c
                        break
                if pc is not None and pc.etype == "Person" and 0 <= pc.tlo < pc.lo and (
                        pc.tlo == nxt.hi or portfolio_pair_en(self, nxt.hi - 1, pc.tlo)):
                    qual, nxt = nxt.lo, pc  # (", Treasury and Finance Minister Y": s64)
            if nxt is not None and nxt.etype != "Person" and "Person" in types and \
                    cur.etype == "Person" and self.toks[cur.hi - 1].ar:
                # "A أمين المجلس الأعلى للأمن القومي، وB": a body of A's office (s68)
                pc = None
                for c in self.args:  # (a loop: no generator per pair)
                    if c.lo >= nxt.hi and c.etype == "Person":
                        pc = c
                        break
                if pc is not None and post_title_gap_ar(
                        self.toks[cur.hi:title_start(pc)], self._waw_opens(pc, title_start(pc)),
                        _AR_AND_STYLE):
                    nxt = pc
            if nxt is None or nxt.etype not in types:
                break
            if nxt.poss and nxt.hi < self.hi and not self.toks[nxt.hi].punct and \
                    self.toks[nxt.hi].key not in ("and", "or"):
                break  # "X, Soleimani's successor": a possessor, not a list member
            start = qual if qual >= 0 else nxt.tlo if nxt.tlo >= 0 else nxt.lo
            intitle = self._in_title_tokens()
            gap = [self.toks[x] for x in range(cur.hi if close is None else close + 1, start)
                   if not (self.toks[x].punct and self.toks[x].text in QUOTES) and
                   x not in intitle and not (
                       intitle and in_abbrev_after_title_body(self.toks, x, intitle)
                   ) and not (  # "and the deputy commander ..., Y": a title's
                       x >= start - 3 and self.toks[x].key in ("the", "his", "her", "their",
                                                               "its") and 0 <= nxt.tlo < nxt.lo
                   ) and not (  # "..., and Asaib Ahl al-Haq leader Qais"
                       # "and Energy Secretary X": a portfolio before the title word
                       self.toks[x].cap and not self.toks[x].ar and
                       self.key(x + 1) in ("secretary", "minister") and x + 1 >= start - 1
                   ) and not (  # "and Minister of Foreign Affairs Prince Y": a capitalised
                       x > cur.hi and title_phrase_en(self, x, start)  # title the mention
                   ) and not (  # left out (session 27, name_tail_en)
                       # ", Treasury and Finance Minister Y": a two-portfolio title (s64)
                       x >= cur.hi and portfolio_pair_en(self, x, start)
                   ) and not (
                       # "and Somaliland leader Y": a place no mention reads before
                       x == start - 1 and 0 <= nxt.tlo == start < nxt.lo and  # the title
                       self.toks[x].cap and not self.toks[x].ar and x > cur.hi)]
            gap_keys = [t.key for t in gap]
            if gap_keys and gap_keys[0][:1] == "و" and gap_keys[0][1:] in L.NATIONALITY:
                # "مع نظيريه الأفغاني A والأوزبكي B": و and a nationality, one word
                gap_keys = ["و", gap_keys[0][1:], *gap_keys[1:]]
            if len(gap_keys) > 1 and gap_keys[1] == "and" and gap_keys[0] == "," and \
                    len(out) == 1 and new_clause_after_comma_and(self, gap_keys, cur, nxt):
                break  # "A was received by B, and C met D": not "B and C"
            if speaker_after_comma_en(self, gap_keys, nxt):
                break  # "X met Y, his spokesman Z said": Z reports it (session 61)
            waw = self._waw_opens(nxt, start)
            if gap and all(g in CONNECTORS or g in L.NATIONALITY or g in L.EN_GROUP_HEADS or
                           g in _LIST_QUALIFIERS or  # "... and former Prime Minister Y"
                           (g in _TITLE_PREMODIFIERS and 0 <= nxt.tlo < nxt.lo) or
                           (g in _NAME_HEADS and g == gap_keys[-1]) or
                           _qualifier_hyphen(gap_keys, i)
                           for i, g in enumerate(gap_keys)) and any(
                    g in (",", "،", "and", "&", "و", "well", "plus") for g in gap_keys) and (
                    gap_keys[0] in L.EN_GROUP_HEADS or not any(
                        g in L.EN_GROUP_HEADS for g in gap_keys)):
                out.append(nxt)
                cur = nxt
                continue
            if not gap and (waw or nxt.prefix.startswith("و")):
                out.append(nxt)
                cur = nxt
                continue
            if 3 <= len(gap_keys) <= 4 and gap_keys[-1] in _EN_KIN and \
                    gap_keys[-2] in ("his", "her", "their") and gap_keys[-3] == "and" and \
                    (len(gap_keys) == 3 or gap_keys[0] == ","):
                out.append(nxt)  # "X and his brother Y"
                cur = nxt
                continue
            if apposed_title_gap_en(gap_keys) and (
                    nxt.hi >= self.hi or self.toks[nxt.hi].text in (",", ".", ";")):
                out.append(nxt)  # "between X and the Saudi adviser, Y, ..." (session 57)
                cur = nxt
                continue
            if description_member_gap_en(gap_keys) and nxt.etype == "Person":
                out.append(nxt)  # "A, B, the Qatari premier and C met": the description
                cur = nxt  # nobody was found for is one more member (session 69)
                continue
            if apposed_peer_gap_en(gap_keys):
                out.append(nxt)  # "X and his Turkish counterpart, Y, held talks"
                cur = nxt
                continue
            if len(gap) == 1 and gap[0].ar and gap[0].key.startswith("و") and \
                    coordinated_qualifier_ar(gap[0].key[1:]):
                out.append(nxt)  # "الرئيسين الإيراني X والتركي Y", "الجمهوري X والديموقراطية Y"
                cur = nxt
                continue
            if rank_after_nationality_ar(gap) or title_of_title_ar(gap, nxt):  # "المالي العقيد X والبوركيني النقيب Y"
                out.append(nxt)
                cur = nxt
                continue
            styled = gap[1:] if len(gap) == 2 and gap[0].text in ("،", ",") else gap
            if len(styled) == 1 and styled[0].ar and styled[0].key in _AR_AND_STYLE and \
                    nxt.etype == "Person":
                # "A وسمو رئيس مجلس الوزراء الشيخ Y" (session 66); after a comma, "بسعادة A،
                # وسعادة السيد B" (session 67)
                out.append(nxt)
                cur = nxt
                continue
            if nxt.etype == "Person" and cur.etype == "Person" and gap and gap[0].ar and \
                    post_title_gap_ar(gap, waw, _AR_AND_STYLE):
                # "A الرئيس السابق، وB رئيس المجلس": A's office, then the next member (s68)
                out.append(nxt)
                cur = nxt
                continue
            if gap and len(gap) <= 2 and gap[0].ar and nxt.etype == "Person" and \
                    gap[0].key in _AR_AND_SON_OF and (
                        gap[-1].key in _AR_HIS_SIBLING if len(gap) == 2 else
                        0 <= nxt.tlo < nxt.lo and self.toks[nxt.tlo].key in _AR_HIS_SIBLING):
                # (the sibling word may be read as Y's kin title: "وابن [شقيقه] لاهور")
                # "بنجله بافل طالباني وابن شقيقه لاهور شيخ جنكي": his nephew / cousin Y (s72)
                out.append(nxt)
                cur = nxt
                continue
            if len(gap) == 1 and gap[0].ar and gap[0].key.startswith("و") and (
                    gap[0].key[1:] in _AR_GROUP_HEADS or gap[0].key[1:] in _AR_COMPANIONS):
                # "سليماني ورفيقه أبو مهدي المهندس": X and his companion / deputy Y
                out.append(nxt)  # "الكاظمي وقادة الفصائل": X and the leaders of Y
                cur = nxt
                continue
            break
        return out

    def _waw_opens(self, m: Mention, start: int) -> bool:
        """Does a conjunction و open Arabic list member *m*, whose words (his title, or a
        qualifier before it) start at *start*: on his name, or on a first word whose و is not a
        letter of a title («ووزير الخارجية», not «وزير»)?"""
        first = self.toks[start]
        return first.ar and first.key.startswith("و") and (
            m.prefix.startswith("و") or (start != m.lo and first.key not in _AR_W_TITLES))

    def people_chain(self, m: Mention) -> list[Mention]:
        """The people of :meth:`chain` from *m* (*m* itself only when it is a person)."""
        return [c for c in self.chain(m, ("Person",)) if c.etype == "Person"]
