"""MET_WITH (symmetric): who met whom, in person.

Entry point ``met_with`` (cues: the meeting verbs and nouns of ``lexicon.AR_MEET`` /
``EN_MEET``, استقبال, the sentence-wide hooks of core_recall):

- verb, SVO and VSO: "التقى قاآني الكاظمي" / "اجتمع X مع/بـY" / "استقبل X Y" / "بحث X مع Y";
  "Qaani met (with) al-Kadhimi", "X held talks with Y", "X received/hosted Y"; the subject
  carried into a later clause ("... حيث التقى نظيره Y", "وصل X ... . والتقى Y وZ"), relative
  clauses skipped ("X, who ..., met Y", "X، الذي ...، اجتمع ..."), lists on either side
  ("met X, Y and Z", "التقى الكاظمي والعامري قاآني"), "قاآني والعامري التقيا";
- nouns: "a meeting between X and Y" / "لقاء بين X وY", "لقاء قاآني بالكاظمي", "لقاء جمع X
  بـY", "أجرى X وY محادثات", "أكد X خلال لقائه Y" / "During his meeting with Y, X said";
- passive: "X was received/met/hosted by Y"; "وكان في استقبال X ... Y" (Y received X);
- gerund: "X, speaking after meeting Y, said", "X flew home after meeting Y";
- "attended by X", "X hosted a dinner for Y and Z", "X told Y during their meeting";
- places of the meeting: "استقبل X Y في طهران" / "X hosted Y in Baghdad" (VISITED).

Not a meeting: a phone or video call ("في اتصال هاتفي", "by video link"), indirect talks,
plans and negation (see ``SentenceCore.blocked``), a country or place as partner (except
through its envoys: "التقى ممثلي روسيا", "met representatives of China").

``MeetingRules`` is a mixin of :class:`loaders.extract.relations.SentenceRules` (how the
families share the sentence's state and helpers: :mod:`loaders.extract.relations`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from loaders.extract import lexicon as L
from loaders.extract.adjunct_opened_ar import adjunct_opened_ar, dropped_talks_subject_ar
from loaders.extract.aide_title_object_ar import aide_named_after_ar
from loaders.extract.aside_span_ar import (
    AR_ASIDE_MARKS,
    relative_verb_head_ar,
    verb_aside_close_ar,
)
from loaders.extract.core_context import (
    apposition_tail,
    arrival_subject_ar,
    guest_at_ar,
    headed_by_ar,
    more_agents_en,
    possessed_person_en,
    relative_tail_ar,
    that_clause_speaker_ar,
)
from loaders.extract.core_recall import EN_ADV as _EN_ADV
from loaders.extract.core_recall import passive_by
from loaders.extract.core_recall_hooks import HOOK_AR, HOOK_EN
from loaders.extract.core_recall_meetings import (
    THEIR_ORDINALS,
    attended_meeting,
    commander_of,
    country_envoys,
    discussed_pair,
    hosted_for,
    named_members_ar,
    their_meeting,
)
from loaders.extract.core_recall_objects import (
    dropped_subject,
    guest_antecedent,
    more_objects,
    pronoun_object_en,
    received_him_before,
    unnamed_clause_subject_ar,
)
from loaders.extract.core_wire_rules import in_place_phrase, indirect_talks, visit_pron_subject
from loaders.extract.desc_to_come import to_come_office
from loaders.extract.dispatch import needs
from loaders.extract.honorific_refs import AR_CUES as HONORIFIC_CUES
from loaders.extract.meeting_also_dropped_ar import also_met_dropped_subject_ar, opening_object_ar
from loaders.extract.meeting_apposed_subjects_en import apposed_subjects_en
from loaders.extract.meeting_arrival_passive_en import arrival_subject_en
from loaders.extract.meeting_asides_ar import (
    apposed_head_ar,
    earlier_subject_ar,
    object_after_aside_ar,
    object_past_when_ar,
    passive_subject_ar,
    with_after_place_ar,
)
from loaders.extract.meeting_between_attended import attendees_after_between
from loaders.extract.meeting_brought_together_ar import gathered_at, gathered_in_meeting_ar
from loaders.extract.meeting_call_sender_ar import call_sender_ar
from loaders.extract.meeting_chain import (
    before_that_guest_ar,
    before_that_subject_ar,
    moved_on_subject_ar,
    no_person_before_ar,
    passive_subject_list_en,
    pronoun_agent_en,
    then_hosts_ar,
    visit_during_guest_ar,
    where_talks_subject_ar,
    while_in_relative_head_ar,
)
from loaders.extract.meeting_clauses import (
    also_met_object_ar,
    carried_subject_ar,
    genitive_of_ar,
    met_in_noun_ar,
    opens_clause_ar,
    talks_with_pron_between_ar,
)
from loaders.extract.meeting_clauses_en import (
    earlier_subject_en,
    named_group_members_en,
    objects_in_clause_en,
    passive_subject_en,
)
from loaders.extract.meeting_co_receivers_ar import co_receivers_ar, host_after_kana
from loaders.extract.meeting_contrast_pronoun import (
    contrast_clause_subject_ar,
    contrast_clause_subject_en,
)
from loaders.extract.meeting_courtesy import also_with_pronoun_en
from loaders.extract.meeting_each_of_ar import each_of_object_ar
from loaders.extract.meeting_envoys_named import envoys_named, led_delegation
from loaders.extract.meeting_frames_en import coordinated_subject
from loaders.extract.meeting_fronted_with_ar import partner_before_noun_ar
from loaders.extract.meeting_gathered_ar import joined_verb_after_ar
from loaders.extract.meeting_generic_en import (
    described_head_past_relative,
    pronoun_before_with_object,
)
from loaders.extract.meeting_guest_subject_ar import GUEST_WORDS, guest_subject_met_ar
from loaders.extract.meeting_guest_then import (
    in_reception_guest_ar,
    pronoun_reception_before,
    then_clause_ar,
)
from loaders.extract.meeting_headed_object_ar import object_delegation_head_ar
from loaders.extract.meeting_held_clause_ar import (
    asked_for_ar,
    future_held_ar,
    held_clause_ar,
    negated_held_before_ar,
)
from loaders.extract.meeting_her import AR_HER_VERBS as _AR_HER_VERBS
from loaders.extract.meeting_her import agreeing_antecedent, woman_named
from loaders.extract.meeting_his_meeting_dropped_ar import dropped_subject_ar
from loaders.extract.meeting_idh_clause_ar import (
    idh_after_comma_ar,
    object_past_asides_ar,
    sideline_aside_object_ar,
)
from loaders.extract.meeting_joint_subjects_en import (
    apart_en,
    joint_subjects_en,
    listed_subjects_verb,
)
from loaders.extract.meeting_moved_on import dropped_traveller_ar, dropped_with_subject_ar
from loaders.extract.meeting_noun_clause_en import reported_clause_between
from loaders.extract.meeting_noun_sides import accusative_partner_ar
from loaders.extract.meeting_opened_with import opens_visit_with
from loaders.extract.meeting_passive_agent import (
    apposed_agent_en,
    prep_object_en,
    titled_agent_en,
)
from loaders.extract.meeting_past_home_ar import object_past_home_ar
from loaders.extract.meeting_phrases import held_before_en
from loaders.extract.meeting_plural_apposed_en import subject_before_plural_list_en
from loaders.extract.meeting_plural_relative_en import relative_aside_open_en
from loaders.extract.meeting_possessor_clause_ar import possessor_clause_subject_ar
from loaders.extract.meeting_present_object import present_not_object_ar, present_only_ar
from loaders.extract.meeting_press import (
    unheld_meeting_ar,
    unnamed_prep_object_ar,
    venue_before_with_en,
    with_after_place,
)
from loaders.extract.meeting_pronoun_ar import (
    earlier_meeting_subject_ar,
    opens_with_stamp_ar,
    visit_noun_guest_ar,
)
from loaders.extract.meeting_pronoun_killed_ar import past_killed_genitive_ar
from loaders.extract.meeting_shapes_en import EN_PAST_BE, meeting_of_pair, progressive_meeting_en
from loaders.extract.meeting_sidelines_ar import sideline_object_ar
from loaders.extract.meeting_subject_counterpart_ar import subject_before_counterpart_ar
from loaders.extract.meeting_titled_subject_ar import (
    in_subject_apposition_ar,
    past_own_title_ar,
    past_subject_apposition_ar,
    past_subject_name_ar,
    past_subject_title_ar,
)
from loaders.extract.meeting_together_after import talks_with_him_en
from loaders.extract.meeting_told import teller_subject_en
from loaders.extract.meeting_topic_object_en import topic_body_object_en
from loaders.extract.meeting_tour_guest_ar import before_next_stop_ar, received_traveller_ar
from loaders.extract.meeting_unnamed_holder import unnamed_holder_body
from loaders.extract.meeting_where_then_ar import then_place_where_subject_ar
from loaders.extract.meeting_with_him_noun_ar import with_him_talks_ar
from loaders.extract.mentions import AGENT_TYPES, Mention
from loaders.extract.moved_on_subject_ar import moved_talks_subject_ar
from loaders.extract.moved_then_met_ar import moved_opening_ar
from loaders.extract.paired_countries import title_country_holder
from loaders.extract.pious_formula_ar import forgiven_before_ar
from loaders.extract.plural_refs import member_pairs
from loaders.extract.principal_named import principal, side_of
from loaders.extract.pronoun_topic import topic_mention_ar
from loaders.extract.received_guest_ar import received_guest_ar
from loaders.extract.rule_common import (
    _LATTER,
    EMPTY,
    EN_PASSIVE_AUX,
    PREPS_WITH_TO,
    between_after,
    meet_each_other,
    person_at,
    title_start,
)
from loaders.extract.time_aside_ar import held_right_before_ar, time_aside_start_ar
from loaders.extract.title_genitive_ar import title_genitive_ar
from loaders.extract.title_joiners_en import title_joiner_en
from loaders.extract.wire_meetings import after_definite_place

_AR_HOST_PREPS = frozenset({"علي", "على", "لدي", "لدى", "عند"})  # "ضيفاً على Y", "لدى Y"

if TYPE_CHECKING:
    from loaders.extract.relations import SentenceCore
else:
    SentenceCore = object

_C2 = L._ar("بحث", "يبحث", "بحثت", "ناقش", "يناقش", "ناقشت")
_EN_BACKED = frozenset({"backed", "aligned", "allied", "led", "linked", "supported",
                        "affiliated", "sponsored"})
_AR_MEET_DUAL = L._ar("التقيا", "اجتمعا", "التقوا", "اجتمعوا", "يلتقيان", "يجتمعان",
                      "التقتا", "اجتمعتا")
_AR_RECEPTION = L._ar("استقبال")
_AR_SESSION = L._ar("جلسة", "جولة", "جلسات", "جولات")
_AR_AND_HELD = L._ar("وعقد", "وعقدت", "وأجرى", "واجرى", "وأجرت", "واجرت")
_EN_GREETED = frozenset({"greeted", "welcomed"})  # (a welcoming party: co_greeters_en)
_EN_HOLD = frozenset({"held", "hold", "holds", "holding", "had", "conducted", "opened",
                      "attended", "chaired"})
_MEET_PRON_NOUNS = L._ar("لقائه", "لقائها", "اجتماعه", "اجتماعها", "لقائهم", "اجتماعهم",
                        "مباحثاته", "مباحثاتها", "محادثاته", "محادثاتها", "لقاءه", "لقاءها",
                        "استقباله", "استقبالها", "استضافته", "استضافتها", "لقاءاته",
                        "اجتماعاته", "لقاءاتها", "اجتماعاتها")
_RECEIVE_AR = L._ar("استقبل", "يستقبل", "استقبلت")
# the quoted speaker's words after "نقل / نقلت ... عن X": "قوله"، "تأكيده"، "تشديده" (s55)
_AR_HIS_SAYING = L._ar("قوله", "قولها", "تأكيده", "تأكيدها", "تشديده", "تشديدها", "تصريحه",
                       "تصريحها", "إشارته", "اشارته", "إشارتها", "اشارتها", "دعوته", "دعوتها",
                       "ترحيبه", "ترحيبها", "تأكيدهما")
_JOINED_HIM = frozenset({"جمعه", "جمعها", "جمعهم"})  # "في لقاء جمعه بـY" (folded keys)
# "وبحث معهما / معهم": the dual or plural met in the clause before (folded keys)
_WITH_THEM = ("معهما", "معهم", "بهما", "بهم")
# words after "، و" that continue a phrase rather than open a clause ("، وفي مقدمهم X")
_AR_NOT_VERB = frozenset({"في", "فيما", "من", "علي", "الي", "مع", "بين", "بحضور", "منهم", "بينهم",
                          "ضمنهم", "كذلك", "ايضا", "خاصه", "لا", "سيما", "بخاصه", "عدد", "عددا"})
_DURING_IT = L._ar("خلالها", "خلاله", "اثناءها", "فيها")  # "زيارة ... التقى فيها Y"
# ("قالت X إنها التقت Y وZ": the feminine and "بأنه" pronouns too, session 63)
AR_CLAUSE_PARTICLES = frozenset({"كما", "ثم", "قد", "وقد", "فقد", "لقد", "ان", "انه", "انها",
                                 "بانه", "بانها", "اذ",
                                 "حيث", "بعدما", "عندما", "حين", "وكان", "كان", "وكانت",
                                 "كانت", "الذي", "التي", "قبل", "بعد", "وبعد", "امس", "يوم",
                                 "اليوم"})
_PREP_IN = frozenset({"في"})
# "، فيما استقبل X في أربيل وفداً": these open a clause with its own subject after the verb
_AR_OWN_CLAUSE = frozenset({"فيما", "بينما", "وفيما", "وبينما"})
_EN_TITLE_LINKS = frozenset({"of", "for", "to"})
_EN_BODY_UNITS = frozenset({"mission", "office", "in", "the", "delegation", "team", "bureau"})

# an unnamed object right after the person after an Arabic meeting verb: he is its subject
_AR_UNNAMED_OBJECTS = L._ar("الوفد", "الوفود", "وفدا", "وفداً", "الضيف", "الضيوف")


_AR_HOLDER_GLUE = L._ar("الخاص", "الخاصة", "لعملية", "السلام", "الأممي", "الأممية", "الدولي",
                        "المقيم", "الإنساني", "لشؤون")


_AR_TO_PLACE = L._ar("إلى", "الى", "الي")
_AR_ON_ARRIVAL = L._ar("وصوله", "وصولها", "وصولهم", "وصولهما", "عودته", "عودتها", "قدومه",
                       "قدومها")


def arrival_place_ar(sr: Any, place: Any, t: int) -> bool:
    """Is *place* (right after the meeting verb at *t*) the place of the subject's arrival
    («التقى فور وصوله إلى طهران، أمس الأحد، وزير الخارجية Y»، «لدى وصوله إلى بغداد»; session 72):
    where, not whom, as after «في»?"""
    b = place.lo - 1
    return sr.key(b) in _AR_TO_PLACE and sr.key(b - 1) in _AR_ON_ARRIVAL and t < b - 1 <= t + 3


def holder_past_body_ar(sr: Any, body: Any) -> Any:
    """"منسق الأمم المتحدة الخاص لعملية السلام Y": the person named right after a body
    inside a title (a title word before the body, only title glue words between), or None."""
    if sr.key(body.lo - 1) not in L.AR_TITLES and \
            sr.key(body.lo - 1).removeprefix("ال") not in L.AR_TITLES:
        return None
    y = body.hi
    while y < min(sr.hi, body.hi + 5) and sr.f(y) & _AR_HOLDER_GLUE:
        y += 1
    m = sr.mention_at.get(y)
    return m if m is not None and m.etype == "Person" and m.lo == y else None


_AR_ENVOY_WORDS = L._ar("المبعوث", "مبعوث", "المبعوثة", "مبعوثة", "الموفد", "موفد", "الممثل", "ممثل",
                        "السفير", "سفير", "المنسق", "منسق")


def envoy_to_place_ar(sr: Any, place: Any) -> Any:
    """"استقبل X المبعوث الخاص للرئيس الروسي إلى سورية Y": the person named right after the
    country or place an envoy is sent to (إلى + the place, an envoy's word a few tokens
    before), not the place; None otherwise (session 71)."""
    if place.etype not in ("Country", "Location") or sr.f(place.lo - 1).isdisjoint(L.AR_TO):
        return None
    if not any(sr.f(y) & _AR_ENVOY_WORDS for y in range(max(sr.lo, place.lo - 7), place.lo - 1)):
        return None
    m = sr.mention_at.get(place.hi)
    return m if m is not None and m.etype == "Person" and m.lo == place.hi else None


def unnamed_past_aside_ar(sr: Any, k: int) -> bool:
    """Is the word after an aside between commas at *k* ("، في وقت سابق، وفداً") an unnamed
    object (a delegation, the guest)? The aside is short and names no one."""
    if k >= sr.hi or sr.toks[k].text not in ("،", ","):
        return False
    for y in range(k + 1, min(sr.hi - 1, k + 6)):
        if y in sr.mention_at:
            return False
        if sr.toks[y].text in ("،", ","):
            return sr.key(y + 1) in _AR_UNNAMED_OBJECTS
    return False


def arrival_guest_ar(sr: Any, t: int, near: Mention) -> Mention:
    """The person a clitic on the meeting noun at *t* means ("وكان في استقباله Y", "خلال لقائه
    Y"): the arrival's subject earlier in the sentence ("وصل X إلى بغداد عقب استهداف منزل Z،
    وكان في استقباله Y": X, not Z) when *near* (the nearest person) stands before the last
    "، و" that opens the clause of *t*; else *near*."""
    arr = arrival_subject_ar(sr, t)
    if arr is None or arr is near or arr.hi > near.lo:
        return near
    toks = sr.toks
    for b in range(t - 1, near.hi - 1, -1):
        if toks[b].text in ("،", ",") and b + 1 < t and toks[b + 1].key[:1] == "و":
            return arr
    return near


def moved_then_met_subject_ar(sr: Any, first: Mention) -> Mention | None:
    """"(وصل X إلى بيروت.) ثم انتقل إلى السراي والتقى Y": the traveller X (the visitor, else
    the previous sentence's subject) met *first*, Y, when the sentence opens with a verb of
    going whose subject is dropped (moved_then_met_ar, session 70); else None."""
    if sr.si == 0 or not moved_opening_ar(sr, title_start(first)):
        return None
    prev = guest_antecedent(sr, first.eid) or sr._prev_subject(exclude=first.eid)
    return prev if prev is not None and prev.eid != first.eid else None


def holder_in_genitive_en(sr: Any, m: Mention) -> bool:
    """Is the description *m* the genitive of another title ("Special Envoy of the US
    President"): "of (the)" right before it, a title word before that (session 53)?"""
    x = title_start(m) - 1
    if sr.key(x) == "the":
        x -= 1
    return x - 1 >= sr.lo and sr.key(x) == "of" and (
        sr.toks[x - 1].cap or sr.key(x - 1) in L.EN_TITLE_FIRST)


def body_in_title_en(sr: Any, m: Mention, t: int, lead_link: bool = False) -> Mention:
    """English: a body at the head of a capitalised title before a name ("received the UN
    Special Coordinator for Lebanon, X", "met the EU's foreign policy chief X" is not this:
    lower-case words) stands for the person named after the title; else *m* itself. Only
    capitalised title words, of/for/to, places and one comma right before the name may come
    between."""
    p = sr.after(m.hi, types=("Person",), maxgap=12)  # ("the US Deputy Assistant
    # Secretary of State for Iraq and Iran Affairs X", session 53)
    if p is None or p.kind != "name":
        return m
    toks = sr.toks
    # "the new head of the U.N. mission in Iraq, X": after a title noun before the body, its
    # unit ("mission") and where it serves may follow the body in lower case
    headed = any(toks[y].key in L.EN_TITLE_FIRST for y in range(max(t + 1, m.lo - 4), m.lo))
    places = [n for n in sr.args if n.etype in ("Country", "Location") and m.hi <= n.lo < p.lo]
    for y in range(m.hi, p.lo):
        tk = toks[y]
        if tk.cap or tk.key in _EN_TITLE_LINKS and (y > m.hi or lead_link) or tk.key == "the" and \
                y > m.hi and sr.key(y - 1) in _EN_TITLE_LINKS or any(
                n.lo <= y < n.hi for n in places) or (tk.text == "," and y == p.lo - 1 > m.hi) \
                or headed and tk.key in _EN_BODY_UNITS or title_joiner_en(sr, y):
            continue  # (title_joiner_en: "Secretary of State for Iraq and Iran Affairs")
        return m
    if p.lo == m.hi:
        # "met Hezbollah Nasrallah": no title between; but "the Special Envoy of the
        # Secretary-General for Yemen X": the place the titled envoy serves (session 53)
        return p if headed and m.etype in ("Country", "Location") and sr.key(m.lo - 1) in (
            "for", "to") else m
    return p


# a determiner before "host(s)" makes it the noun ("his hosts", "the host")
_EN_DETERMINERS = frozenset({"his", "her", "their", "its", "our", "my", "your", "the", "a",
                             "an", "'s"})


# "X was photographed / pictured / seen meeting Y": the gerund's subject met Y (session 57)
_EN_SEEN = frozenset({"photographed", "pictured", "seen", "filmed", "spotted"})

# words opening a side clause with a subject of its own before a passive meeting verb
_EN_SIDE_CLAUSE = frozenset({"while", "whereas", "but", "although", "though"})
# words that may stand between such a word and the passive verb when the clause has no subject
# of its own ("X arrived on Monday but was only received by Y on Tuesday": X)
_EN_AUX_ADV = frozenset({"was", "were", "is", "are", "has", "have", "had", "been", "be", "being",
                         "only", "later", "then", "also", "finally", "eventually", "not", "still",
                         "subsequently", "afterwards", "soon", "first", "warmly", "personally"})



# the words that may open a sentence before "his meeting with Y, X said": a time preposition,
# or a participle about the meeting ("Asked about / Commenting on / Describing his meeting
# with Y, X said": session 55)
_HIS_NOUN_OPENERS = frozenset({"during", "in", "at", "after", "before", "following", "the", "his",
                               "her", "a", "asked", "about", "commenting", "on", "describing",
                               "referring", "to", "recalling", "reflecting", "speaking", "of"})

class MeetingRules(SentenceCore):
    """MET_WITH rules (a mixin of ``SentenceRules``; see the module doc)."""

    @needs((HOOK_AR, HOOK_EN), (_AR_RECEPTION, EMPTY), (L.AR_MEET, L.EN_MEET))
    def met_with(self) -> None:
        for host, guest in attended_meeting(self) if self._hooks else ():  # "attended by X"
            self.add("MET_WITH", host, guest, "meeting_attended")
        if self.toks[self.lo].ar:
            self._in_reception_ar()
        for t in self.triggers(L.AR_MEET, L.EN_MEET):
            tok = self.toks[t]
            fs = self.f(t)
            if tok.ar and tok.key in L.AR_MEET_MANNER:
                continue  # "سيعلن الحكومة بالتشاور مع Y": in consultation with, no meeting
            if indirect_talks(self, t):
                continue  # "for indirect talks with Z": not a meeting with Z
            if not tok.ar:
                nxt = self.toks[t + 1].key if t + 1 < self.hi else ""  # = self.key(t + 1)
                if tok.key == "meeting" and (self.key(t - 1) in (
                        "after", "before", "since", "while", "when") or
                        self.key(t - 1) in _EN_SEEN):  # "X was pictured meeting Y" (s57)
                    self._met_gerund(t)  # "X, speaking after meeting Y, said"
                    continue
                if tok.key == "meeting" and self.key(t - 1) in EN_PAST_BE:
                    pair = progressive_meeting_en(self, t)  # "X was meeting Y when ..."
                    if pair is not None:
                        for o in self.chain(pair[1], ("Person",)):
                            self.add("MET_WITH", pair[0].eid, o.eid, "progressive_meeting_en")
                    continue
                if tok.key in ("meeting", "meetings", "talks") and (self.key(t - 1) in (
                        "his", "her") or (self.key(t - 1) in ("a", "the") and self.key(
                            t - 2) in ("in", "during", "at", "after")) or (
                        t - 1 == self.lo and self.key(t - 1) in ("during", "in"))) and \
                        (w := with_after_place(self, t, ("with",))) is not None:
                    self._met_his_noun(t, w)  # "During his / In a meeting (in Z) with Y, X"
                    continue
                if tok.key in ("meeting", "meetings", "talks") and (
                        self.key(t - 1) == "their" or self.key(t - 2) == "their" and
                        self.key(t - 1) in THEIR_ORDINALS):
                    for a, b in their_meeting(self, t):  # "X told Y during their meeting"
                        self.add("MET_WITH", a, b, "their_meeting_en")
                    continue
                if tok.key in ("hosted", "hosts", "held") and self.key(t + 1) in ("a", "an"):
                    for a, b in hosted_for(self, t):  # "X hosted a dinner for Y and Z"
                        self.add("MET_WITH", a, b, "hosted_for_en")
                if tok.key in ("talks", "meeting", "meetings") and not any(
                        self.key(x) in ("with", "between") for x in range(t + 1, t + 5)) and \
                        not held_before_en(self, t) and meeting_of_pair(self, t) is None:
                    continue
                if tok.key in ("session", "dialogue") and not (
                        any(self.key(x) in _EN_HOLD for x in range(max(self.lo, t - 6), t)) and
                        "with" in (nxt, self.key(t + 2), self.key(t + 3))):
                    continue  # "held a strategic dialogue session with X" only
                if tok.key == "dialogue" and self.key(t + 1) == "session":
                    continue  # the noun phrase's head decides
                if tok.key in ("sat", "sits") and nxt not in ("down", "with"):  # "sat (down) with Y"
                    continue
                if tok.key in ("host", "hosts") and self.key(t - 1) in _EN_DETERMINERS:
                    continue  # "addressing his hosts in Kurdish": the noun, nobody met
                if tok.key in ("discussed", "conferred", "huddled", "confers", "huddles") and \
                        "with" not in [
                        self.key(x) for x in range(t + 1, min(self.hi, t + 10))]:
                    continue
                if tok.key in ("received", "greeted", "met", "hosted", "welcomed", "greets") and \
                        self.passive_aux_before(t):
                    self.met_passive(t)
                    continue
            else:
                if fs & _C2 and not {"مع", "معه", "معها", "معهم"} & {
                        self.key(x) for x in range(t + 1, min(self.hi, t + 13))} and not any(
                        m.lo > t and m.lo - t < 13 and m.prefix.lstrip("و") == "مع"
                        for m in self.args):
                    # "بحث الكاظمي وقاآني التطورات": two subjects discussed (met)
                    for a, b in discussed_pair(self, t):
                        self.add("MET_WITH", a, b, "discussed_pair_ar")
                    continue
            # "a meeting between X and Y" / "لقاء بين X وY"
            # (t < x < hi: toks[x].key = self.key(x); a loop, not any())
            bx = None
            for x in range(t + 1, min(self.hi, t + 3)):
                if self.toks[x].key in ("between", "بين"):
                    bx = x
                    break
            if bx is None and self.toks[t + 1 if t + 1 < self.hi else t].key == "in":
                bx = between_after(self, t)  # "talks in Baghdad between X and Y"
            elif bx is None and not tok.ar:
                bx = meeting_of_pair(self, t)  # "the meeting of X and Y" (meeting_shapes_en)
            if bx is not None:
                first = self.after(bx + 1, maxgap=4)
                # (not "اجتماع بين وفدي البلدين شارك فيه A وB", "talks between the delegations
                # attended by A and B": attendees, s68)
                if first is not None and not attendees_after_between(self, bx, first, tok.ar) and \
                        not self.blocked(t):
                    for a, b in member_pairs(self, self.chain(first)):
                        self.add("MET_WITH", a, b, "met_between")
                continue
            self._met_svo(t)

    def _new_clause_ar(self, a: int, m: Mention) -> bool:
        """Does a new و-clause open between *a* and mention *m* ("، ونقل إليه ...")? A comma
        then a و-word that is neither a title nor the start of a mention (a list goes on with
        "، ووزيرَ الخارجية Y" / "، وY")."""
        s = title_start(m)
        for y in range(a, s - 1):
            if self.toks[y].text not in ("،", ","):
                continue
            k = self.key(y + 1)
            if k[:1] == "و" and len(k) > 2 and k[1:] not in _AR_NOT_VERB and \
                    self.mention_at.get(y + 1) is None and not (
                    k in L.AR_TITLE_FIRST or k in L.AR_TITLES or  # (وزير: the و is its own)
                    k[1:] in L.AR_TITLE_FIRST or "ال" + k[1:] in L.AR_TITLE_FIRST or
                    k[1:].startswith("ال") and k[3:] in L.AR_TITLE_FIRST) and \
                    not any(p.tlo == y + 1 for p in self.args):
                return True
        return False

    def _fatha_marked(self, m: Mention) -> bool:
        """Is the first word of *m* (its title, if any) written with the accusative fatha
        ("قائدَ", "وزيرَ")? Writers mark an object after a long adverbial that way."""
        s = title_start(m)
        return self.toks[s].text[-1:] in ("\u064e", "\u064b")

    def _in_reception_ar(self) -> None:
        """"وكان في استقبال X (لدى وصوله إلى المطار) Y": Y received X ("كان Y في مقدمة مستقبلي
        X" is ``meetings_ar._receivers_of_ar``)."""
        for t in self.triggers(_AR_RECEPTION, EMPTY):
            if self.key(t - 1) not in ("في", "فى"):
                continue
            guest = self.after(t + 1, types=("Person",), maxgap=0)
            if guest is None:
                continue
            # "وكان X في استقبال Y (لدى وصوله)": the host after كان, read first (session 66:
            # not a person named later, "...، وعقد الرئيسان جلسة بحضور Z")
            host = host_after_kana(self, t - 1)
            if host is None:
                host = self.after(guest.hi, types=("Person",), maxgap=14)
                if host is None or host is guest or any(
                        self.toks[y].text in (".", "؛") for y in range(guest.hi, host.lo)):
                    continue
            if not self.blocked(t):
                co_receivers_ar(self, guest, host)  # (meeting_co_receivers_ar)

    def _met_gerund(self, t: int) -> None:
        """"X, speaking after meeting Y, said ..." / "X flew home after meeting Y" / "X was
        photographed / seen meeting Y" (session 57)."""
        obj = self.after(t + 1, types=("Person",), maxgap=1)
        if obj is None:
            # "after meeting (repeatedly) with his security team, including X and Y"
            inc = next((y for y in range(t + 2, min(self.hi, t + 10))
                        if self.key(y) in ("including", "notably")), None)
            if inc is not None and not any(
                    self.toks[y].text in (".", ";") or self.mention_at.get(y) is not None
                    for y in range(t + 1, inc)):
                obj = self.after(inc + 1, types=("Person",), maxgap=4)
        subj = self.before(t - 1, types=("Person",), maxgap=16)
        if subj is not None and self.key(t - 1) in ("before", "after") and \
                self._object_marked(subj):
            # "X met Y before meeting Z": the gerund's subject is X, not the object Y
            # (session 14)
            main = self.subject_before(title_start(subj),
                                       maxgap=16)
            subj = main if main is not None and main.etype == "Person" else None
        if obj is None or subj is None or subj is obj or self.blocked(t, subj):
            return
        for o in self.chain(obj, ("Person",)):
            self.add("MET_WITH", subj.eid, o.eid, "met_gerund_en")

    def _met_his_noun(self, t: int, w: int) -> None:
        """"During his meeting with Y, X said": his = the main clause's subject (named after
        the comma), else the person named in an earlier sentence; *w* is "with". The partner
        may be named in apposition: "In his meeting with the Iranian foreign minister, Y, X
        stressed" (session 57)."""
        obj = self.after(w + 1, types=("Person",), maxgap=2) or apposed_agent_en(self, w)
        if obj is None:
            return
        subj = None
        if all(self.key(x) in _HIS_NOUN_OPENERS for x in range(self.lo, t - 1)):
            # the subject after the comma, or after the next one past a place ("..., Y, in
            # Beirut, X stressed": session 57)
            for comma in (x for x in range(obj.hi, min(self.hi, obj.hi + 8))
                          if self.toks[x].text == ","):
                subj = self.after(comma + 1, types=("Person",), maxgap=1)
                if subj is not None:
                    break
        sid = subj.eid if subj is not None else None
        if sid is None and t - 1 > self.lo:
            m = self.before(t - 1, types=("Person",), maxgap=12)
            if m is None:  # "X, the head of the Atomic Energy Organization of Iran, told
                m = self.subject_before(t - 1, maxgap=25)  # reporters after a meeting
                if m is not None and m.etype != "Person":  # with Y": X (session 71)
                    m = None
            if m is not None and reported_clause_between(self, m.hi, t - 1):
                return  # "X said the cabinet would convene after a meeting with Y" (s72)
            sid = m.eid if m is not None else None
        if sid is None:
            sid = self._antecedent(self.lo, exclude={obj.eid})
        if sid is None or sid == obj.eid or self.blocked(t, subj):
            return
        for o in self.chain(obj, ("Person",)):
            self.add("MET_WITH", sid, o.eid, "met_his_noun_en")

    def _meeting_joined_him(self, t: int) -> None:
        """"وقال X في لقاء جمعه بـY" / "خلال اجتماع جمعها مع Y" / "وفي لقاء جمعه بـY، أكد
        X": the person the pronoun on جمع stands for (the clause's subject) met Y."""
        k = t + 2
        if self.key(k) in ("مع", "ومع"):
            k += 1
        obj = self.after(k, types=("Person", "Organization"), maxgap=0)
        if obj is None or not (k > t + 2 or self.has_prep(obj, {"ب"})):
            return
        objs = self.chain(obj)
        subj = self.before(t, types=("Person",), maxgap=40, indep=True)
        if subj is not None:
            subj = arrival_guest_ar(self, t, subj)
            subj = agreeing_antecedent(self, [subj] + [  # "جمعها": the woman named before
                m for m in reversed(self.args) if m.etype == "Person" and m.hi <= subj.lo and
                not self.has_prep(m, {"ب", "ل"})], self.key(t + 1).endswith("ها"))  # (s68)
        else:  # "وفي لقاء جمعه بـY، أكد X": the subject of the verb after the comma
            comma = next((x for x in range(objs[-1].hi, min(self.hi, objs[-1].hi + 8))
                          if self.toks[x].text in ("،", ",")), None)
            subj = self.after(comma + 2, types=("Person",), maxgap=1) if comma is not None \
                else None
        if subj is None or subj in objs or self.blocked(t, subj):
            return
        for o in objs:
            self.add("MET_WITH", subj.eid, o.eid, "meeting_joined_him_ar")

    def passive_aux_before(self, t: int) -> bool:
        """A passive auxiliary before the participle at *t*, across up to two adverbs or "in
        turn": "was (then) (later) received", "was in turn received" (s57)."""
        x, adverbs = t - 1, 0
        while adverbs < 2:
            if self.key(x) == "turn" and self.key(x - 1) == "in":
                x -= 2
            elif self.key(x) in _EN_ADV:
                x -= 1
            else:
                break
            adverbs += 1
        return self.key(x) in EN_PASSIVE_AUX

    def _coordinated_passive_subject(self, t: int) -> Any:
        """The first clause's subject for ", and was (later) received" at the participle *t*
        (``meeting_frames_en.coordinated_subject``), a person; else None."""
        x = t - 1
        while x > self.lo and self.key(x) in _EN_ADV:
            x -= 1
        if self.key(x) not in EN_PASSIVE_AUX:
            return None
        m = coordinated_subject(self, x)
        return m if m is not None and m.etype == "Person" else None

    def met_passive(self, t: int, by_from: int | None = None) -> None:
        """"X was received/met/hosted by Y": X met Y (only with an explicit 'by' agent, which
        may follow an adverb or a place: "was received later / at the Pentagon by Y").
        *by_from*: where the agent's 'by' is looked for when not right after the participle
        ("was accorded a warm welcome by Y": after "welcome"; ``meeting_welcome_accorded_en``)."""
        by = passive_by(self, t if by_from is None else by_from)
        if by is None or self.key(t - 1) == "be" and self.key(t - 2) == "to":
            return  # ("X was / is to be received by Y": planned, session 45)
        agent = self.after(by + 1, types=("Person",), maxgap=2)
        if agent is not None and agent.poss:
            agent = apposed_agent_en(self, by)  # "by K's national security adviser, Y": Y
            if agent is None:
                return  # "hosted by Kadhimi's office": not Kadhimi in person
        if agent is None:  # "by Iraq's top Shiite cleric, Grand Ayatollah Y"
            agent = apposed_agent_en(self, by) or titled_agent_en(self, by)
        subj = self.subject_before(t - 1, maxgap=12) or arrival_subject_en(self, t)  # "X
        # arrived in D on <day> on his first visit ..., and was received by Y" (session 38)
        subj = pronoun_before_with_object(self, t, subj)  # "he held talks with Y and was ..."
        if subj is not None and self._object_marked(subj):
            # "X held talks with Y, accompanied by Z, and was later received by K": X, the
            # first clause's subject (session 58)
            subj = self._coordinated_passive_subject(t) or subj
        if subj is not None and self.key(t - 1) == "being" and self.key(t - 2) in (
                "before", "after") and self._object_marked(subj):
            # "X held talks with Y before being received by Z": X, not the object Y (s54)
            main = self.subject_before(title_start(subj), maxgap=16)
            subj = main if main is not None and main.etype == "Person" else None
        if agent is None:  # "X met Y, and Z was received by him": Y (meeting_chain)
            agent = pronoun_agent_en(self, by, subj)
        if subj is not None and prep_object_en(self, subj):
            # "X flew in on a <plane> and was met by Y": X, not the plane
            s0 = title_start(subj)
            subj = self.subject_before(s0, maxgap=12)
            if subj is not None and prep_object_en(self, subj):
                return
        if subj is not None and self._side_clause_subject(subj.hi, t):
            subj = None  # "X called on A, while the Uzbek minister was received by Y": not A
            # (a side clause whose subject names no one; session 45)
        if agent is None or subj is None or subj.etype != "Person" or subj is agent or \
                subj.eid == agent.eid or self.blocked(t, subj):
            return  # (a subject read as its own agent: a description misread, no pair)
        agents = self.chain(agent, types=("Person",))
        listed = list(agents)  # (one welcoming party: not "by X and later by Y")
        agents += more_agents_en(self, agents[-1])  # "by X and later by Y"
        subjects = [subj]
        if agent.kind == "pron" and agent.lo == by + 1:  # "A and B were received by him"
            subjects = passive_subject_list_en(self, subj)  # (earlier_subject_agent, s57)
        for s in subjects:
            for a in agents:
                if s.eid != a.eid:
                    self.add("MET_WITH", s.eid, a.eid, "met_passive_en")
        if len(listed) >= 2 and self.key(t) in _EN_GREETED and agent.kind != "pron":
            # "X was greeted at the airport by A, B and C": the welcoming party stood
            # together, as Arabic "كان في استقباله A وB" (meeting_co_receivers_ar; s71)
            ids = list(dict.fromkeys(a.eid for a in listed if a.eid != subj.eid))
            meet_each_other(self, ids, "co_greeters_en")

    def _side_clause_subject(self, lo: int, t: int) -> bool:
        """Does a side clause ("while / whereas / but / although / though") open between *lo*
        and the passive verb at *t* with a subject of its own, a word before the verb that is no
        auxiliary or adverb ("while the delegation was received"; not "but was received":
        the same subject, review 45)?"""
        side = next((x for x in range(t - 1, lo - 1, -1) if self.key(x) in _EN_SIDE_CLAUSE), None)
        return side is not None and any(
            self.key(x) not in _EN_AUX_ADV and not self.key(x).endswith("ly")
            for x in range(side + 1, t))

    def _met_svo(self, t: int) -> None:
        tok = self.toks[t]
        if tok.ar and not self.f(t).isdisjoint(_MEET_PRON_NOUNS):
            # "أكد X خلال لقائه Y": X met Y
            subj = self.before(t, types=("Person",), maxgap=40, indep=True)
            while subj is not None and self.key(title_start(subj) - 1) in ("من", "عن") and \
                    not self.f(subj.hi) & _AR_HIS_SAYING:
                # "تلقى X رسالة من Y خلال استقباله Z": the sender after من is no host (s54);
                # not "نقلت الوكالة عن X قوله خلال لقائه Z": the speaker quoted (s55)
                subj = self.before(title_start(subj) - 1, types=("Person",), maxgap=40,
                                   indep=True)
            clause = possessor_clause_subject_ar(self, t)
            if clause is not None:  # "فالتقى X Y، بعد يوم من لقائه Z": X (s60)
                subj = clause
            if subj is not None:
                subj = arrival_guest_ar(self, t, subj)
            else:  # "وصل X. وأكد خلال لقائه مع Y": the previous sentence's subject
                subj = dropped_subject_ar(self, t)
            obj = self.after(t + 1, maxgap=3)
            if obj is not None and obj.etype in ("Location", "Country") and (
                    self.key(obj.lo - 1) in ("في", "فى") or self.has_prep(obj, {"ف"})):
                obj = self.after(obj.hi, types=("Person", "Organization"), maxgap=3)
                # "بعد يوم من استضافته في بغداد الرئيسَ المصري X": X, not the place
            if obj is not None and obj.etype == "Location" or self.f(t + 1) & L.AR_PLANNED_ADJ:
                obj = None  # (or "عن استضافته المحتملة X": not held)
            if obj is not None and unheld_meeting_ar(self, t, obj.hi):
                obj = None  # "يتطلع إلى لقائه مع X", "إن لقاءه مع X لم يعقد"
            if subj is not None and obj is not None and subj is not obj and \
                    not self.blocked(t, subj):
                objs = self.chain(obj)
                head = self.after(objs[-1].hi, types=("Person",), maxgap=3) \
                    if obj.etype == "Organization" else None
                if head is not None and headed_by_ar(self, t + 1, head):
                    objs = objs + [h for h in self.chain(head, ("Person",)) if h not in objs]
                    # "خلال استقباله وفداً من حركة أمل برئاسة X": X too (session 51)
                for o in objs:
                    self.add("MET_WITH", subj.eid, o.eid, "met_pron_noun_ar")
            return
        if tok.ar and not self.f(t).isdisjoint(L.AR_MEET_NOUNS) and not any(
                fm.endswith(("ه", "ها", "هم")) for fm in self.f(t) if fm in L.AR_MEET and
                fm not in L.AR_MEET_NOUNS):  # (a noun in ة: "خلوة", folded خلوه)
            # "وعقد اجتماعات مع قادة ..." / "أجرى محادثات مع X": agent before, partner after
            if self.key(t + 1) in _JOINED_HIM:
                self._meeting_joined_him(t)  # "قال X في لقاء جمعه بـY"
                return
            if gathered_at(self, t):  # "وجمع في لقاء واحد A وB" (meeting_brought_together_ar, s55)
                gathered_in_meeting_ar(self, t)
                return
            joined = joined_verb_after_ar(self, t)  # "اجتماعاً أمنياً رفيع المستوى جمع"
            if joined is not None or self.key(t - 1) in (
                    "جمع", "وجمع", "جمعت", "وجمعت", "ضم", "وضم", "ضمت", "وضمت"):
                # "لقاء جمع X بـY" / "لقاء بين X وY" / "وجمع لقاء ثلاثي X وY وZ"
                first = self.after(joined + 1 if joined is not None else t + 1, maxgap=3)
                if first is not None and not self.blocked(t):
                    members = self.chain(first)
                    nxt = self.after(members[-1].hi, maxgap=6)
                    if nxt is not None and nxt not in members and self.has_prep(
                            nxt, {"ب"} if joined is None or self.key(joined) == "بين"
                            else {"ب", "مع"}):  # "جمع X وY مع Z وW"
                        members = members + self.chain(nxt)
                    for a, b in member_pairs(self, members):
                        self.add("MET_WITH", a, b, "meeting_joined_ar")
                return
            gen = self.after(t + 1, types=("Person",), maxgap=0)
            if gen is not None and not tok.key.startswith(("ال", "وال")) and \
                    not tok.text.startswith(("لل", "ولل")):  # "للقاء X وY": to meet them
                # "لقاء الكاظمي وقاآني": a meeting of the two named right after the noun
                members = [m for m in self.chain(gen) if m.etype == "Person"]
                if len(members) == 1:
                    # "لقاء قاآني بالكاظمي": the noun's genitive met the one after بـ/مع
                    # (also past the partner's title: "لقاء X برئيس البرلمان Y", "مع نظيره Y")
                    nxt = self.after(gen.hi, types=("Person", "Organization"), maxgap=6)
                    if nxt is not None and (self.has_prep(nxt, {"ب", "مع"})) and \
                            title_start(nxt) - gen.hi <= (
                                1 if self.key(gen.hi) == "مع" else 0):
                        members = members + self.chain(nxt)
                    elif (acc := accusative_partner_ar(self, gen)) is not None:
                        members = members + self.chain(acc)  # "لقاء X نظيرَه Y"
                if len(members) >= 2 and not self.blocked(t) and not opens_visit_with(self, t):
                    for i1 in range(len(members)):
                        for i2 in range(i1 + 1, len(members)):
                            self.add("MET_WITH", members[i1].eid, members[i2].eid,
                                     "meeting_of_ar")
                    return
            him = with_him_talks_ar(self, t)  # "وعقد معه H جلسة مباحثات" (session 62)
            if him is not None:
                if not self.blocked(t, him[0]):
                    self.add("MET_WITH", him[0].eid, him[1].eid, "met_noun_ar")
                return
            withx = next((x for x in range(t + 1, min(self.hi, t + 4))
                          if self.key(x) == "مع" or self.key(x).startswith("مع")), None)
            if withx is None:
                withx = with_after_place_ar(self, t)  # "محادثات في القاهرة السبت مع Y"
            fronted = partner_before_noun_ar(self, t) if withx is None else None
            withx = fronted if fronted is not None else withx  # "عقد مع Y خلوة" (s58)
            at = fronted if fronted is not None else t  # (the subject is before «مع Y»)
            if withx is None:
                # "وأجرى X وY محادثات": the subjects met each other
                noun = t - 1 if self.f(t - 1) & _AR_SESSION else t
                aside = time_aside_start_ar(self, noun)  # "X وY، أمس، جولة محادثات" (s66)
                lastp = self.before(t, types=("Person",), maxgap=2) if aside == noun else \
                    self.before(aside, types=("Person",), maxgap=0)
                if lastp is not None and lastp.hi in (noun, aside):
                    # "وعقد X وY (جلسة) مباحثات" / "جولة محادثات"
                    for m in self.args:
                        if m.etype == "Person" and m.hi <= lastp.lo and lastp in self.chain(m):
                            ch = [c for c in self.chain(m) if c.hi <= t]
                            c0 = title_start(ch[0])
                            if len(ch) >= 2 and not self.blocked(t, ch[0]) and \
                                    not self.hypothetical(c0) and \
                                    not (c0 > self.lo and self.negated(c0 - 1)) and \
                                    (aside == noun or held_right_before_ar(self, c0)):
                                # (not "من المقرر أن يعقد X وY"، "لم يعقد X وY"; s66)
                                for i1 in range(len(ch)):
                                    for i2 in range(i1 + 1, len(ch)):
                                        self.add("MET_WITH", ch[i1].eid, ch[i2].eid,
                                                 "met_plural_noun_ar")
                            break
                return
            obj = title_country_holder(self, self.after(withx, maxgap=4))  # ("مع وزراء خارجية ألمانيا X")
            subj = passive_subject_ar(self, self.before(
                at, types=("Person", "Organization"), maxgap=40, indep=True))  # not "من قبل Y"
            if subj is not None and self.key(title_start(subj) - 1) == "مع":
                # "X: لقاء مع A ومحادثات مع B": A is the partner of the first talks, not
                # the one who held the second (session 70)
                subj = self.before(title_start(subj) - 1, types=("Person", "Organization"),
                                   maxgap=40, indep=True)
            if fronted is not None and subj is not None and present_only_ar(self, subj):
                subj = self.before(title_start(subj) - 1, types=("Person", "Organization"),
                                   maxgap=40, indep=True)  # "ثم ... في حضور Z، حيث عقد مع Y"
            v, c = held_clause_ar(self, at)  # "، وعقد / ثم عقد / كما عقد / قبل أن يعقد"
            if then_clause_ar(self, v):  # "في استقبال G ... H، قبل أن يجري مباحثات مع Y"
                subj = in_reception_guest_ar(self, at - 1) or (
                    received_him_before(self, at - 1) if pronoun_reception_before(self, at - 1)
                    else subj)  # the guest, else nobody (not the host H)
            if subj is not None and (self.f(v) & _AR_AND_HELD or c < v - 1) and \
                    c > self.lo and self.toks[c].text in ("،", ",") and subj.hi <= v:
                # (also "، ثم عقد اجتماعاً مع Z")
                # "التقى X Y، وعقد جلسة مباحثات منفصلة مع Z": X (the subject of the meeting
                # verb before), not Y whom X met
                mv = next((y for y in range(self.lo, subj.lo) if self.f(y) & L.AR_MEET), None)
                first = self.after(mv + 1, types=("Person",), maxgap=3) if mv is not None \
                    else None
                pre = self.before(mv, types=("Person",), maxgap=1) if first is subj else None
                if first is not None and first is not subj and first.hi <= subj.lo and \
                        not self.has_prep(first, PREPS_WITH_TO):
                    subj = first
                elif pre is not None and (pre.hi == mv or self.key(pre.hi) == "قد") and \
                        not self.has_prep(pre, PREPS_WITH_TO):
                    # "وكان X قد التقى Y، ...، كما أجرى محادثات مع Z": X, named before the
                    # meeting verb, not its object Y (session 70)
                    subj = pre
                elif first is subj and opening_object_ar(self, mv, v, subj):
                    # "(وصل X إلى بيروت ...) كما التقى Y، ثم عقد اجتماعاً مع Z": Y is the
                    # object of a verb whose subject was dropped, X met Z
                    subj = also_met_dropped_subject_ar(self, subj)
                elif self.has_prep(subj, _AR_HOST_PREPS):
                    # "حلّ X ضيفاً على Y ...، وأجرى مباحثات مع Z": X, not Y of "على"
                    subj = self._free_person_before(subj.lo, maxgap=12) or subj
            if subj is None and obj is not None:  # "ثم توجه إلى B، حيث عقد محادثات مع Y"
                subj = moved_on_subject_ar(self, at, obj)
            if subj is None:  # "وفي بغداد عقد مباحثات مع Y" (adjunct_opened_ar)
                subj = dropped_talks_subject_ar(self, at, obj)
            subj = where_talks_subject_ar(self, at, subj)  # "اجتمع X بـZ، ثم توجه إلى B حيث
            # أجرى مباحثات مع Y": X, not Z (meeting_chain)
            subj = then_place_where_subject_ar(self, at, subj)  # "زار X P حيث التقى Z، ثم Q
            # حيث عقد محادثات مع Y": X (meeting_where_then_ar)
            subj = moved_talks_subject_ar(self, at, subj)  # "التقى X Y، ثم انتقل إلى B
            # وأجرى مباحثات مع Z": X (moved_on_subject_ar)
            if obj is not None and subj is not None and not self.blocked(t, subj) and \
                    not negated_held_before_ar(self, subj, title_start(subj)) and \
                    not future_held_ar(self, title_start(subj), v) and \
                    not asked_for_ar(self, v, title_start(subj)):  # «وسيجري X مباحثات مع Y»، «ستطلب لقاءً مع Y»
                for o in self.chain(obj):
                    if o.etype != "Location":
                        self.add("MET_WITH", subj.eid, o.eid, "met_noun_ar")
            return
        subj = None
        objs: list[Mention] = []
        vso_subjects: list[Mention] = []
        pron_obj = tok.ar and (any(fm.endswith(("اه", "اهم", "ها")) or (
            fm.endswith(("ه", "هم")) and fm.rstrip("مه") in L.AR_MEET) for fm in self.f(t)
            if fm in L.AR_MEET) or self.key(t + 1) in (  # التقاه، استقبله، استقبلهم
                "معه", "معها", "به", "بها") + _WITH_THEM)  # "وبحث معه X", "واجتمع به X"
        if tok.ar:
            if (self.f(t + 1) | self.f(t - 1)) & GUEST_WORDS and \
                    guest_subject_met_ar(self, t):
                return  # "كما التقى الضيف (الفلسطيني) Y" / "إن الضيف التقى Y" (session 44)
            b = self.before(t, maxgap=4, person_first=True)
            if self.key(t - 1) in _LATTER:  # "بأن الأخير التقى Y": not a country before it
                b = self._pronoun(t, 1) or b
            # only particles/adverbs between subject and verb => SVO
            if b is not None and self.key(t - 1) == "ان" and self.key(t - 2) in (
                    "قبل", "بعد", "وقبل", "وبعد") and b.hi == t - 2 and \
                    self.key(b.lo - 1) not in ("كان", "وكان", "ان", "انه"):
                return  # "استقبله X قبل أن يلتقي Y": X is the last object, not the subject
            if b is not None and all(self.toks[x].punct is False and (
                    self.toks[x].key in AR_CLAUSE_PARTICLES or len(self.toks[x].key) <= 2)
                    for x in range(b.hi, t)) and t - b.hi <= 2 and not pron_obj and not (
                    b.etype in ("Country", "Location") and self.key(b.lo - 1) in (
                        "الي", "في", "من")) and not genitive_of_ar(self, b) and not (
                    self.toks[t].key.startswith("و") and b.prefix.lstrip("وف")[:1] in ("ل", "ب")):
                # ("زيارة إلى أبوظبي التقى فيها": a destination; "بعد سقوط نظام X والتقى")
                subj = b
                first_obj = sideline_aside_object_ar(self, t) or self.after(t + 1, maxgap=10)
                # ("X قد التقى، على هامش <a long event>، Y": Y past the sidelines, s65)
                if first_obj is not None and talks_with_pron_between_ar(self, t, first_obj.lo):
                    first_obj = None  # "X يستقبل السفيرة ويبحث معها ملف Y": Y the topic (s70)
            else:
                cand = [m for m in self.args if m.lo > t and (
                        m.tlo if m.tlo > t else m.lo) - t <= 6 and
                        m.etype in AGENT_TYPES and not self.has_prep(m, PREPS_WITH_TO)
                        and not m.prefix.startswith("و") and not self.has_prep(m, _PREP_IN)
                        and not (m.etype == "Country" and self.key(m.lo - 1) == "في")
                        and not present_only_ar(self, m)  # "واجتمع بـY بحضور Z"
                        and (not in_place_phrase(self, m) or (  # "والتقى في المطار X"
                            not pron_obj and after_definite_place(self, m)))]
                rel_subj = self._ar_relative_subject(t)
                if rel_subj is None and not pron_obj:  # "H، الذي التقى أمس Z، Y": H met Z
                    rel_subj = relative_verb_head_ar(self, t)  # (aside_span_ar, s55)
                if rel_subj is not None:
                    cand = []
                acc_obj = None
                if cand and self.toks[t].text[:1] == "و" and self._fatha_marked(cand[0]):
                    # "، والتقى في قضاء ... قائدَ عمليات ... X": marked as the object; the
                    # subject is carried from the clause before
                    acc_obj, cand = cand[0], []
                    if acc_obj.kind == "desc":  # "المديرَ العام لشركة ... (سومو) X": X
                        acc_obj = next((n for n in self.args if n.etype == "Person" and
                                        n.kind == "name" and 0 <= n.lo - acc_obj.hi <= 7 and
                                        not any(self.toks[y].text in ("،", ",", ".")
                                                for y in range(acc_obj.hi, n.lo))), acc_obj)
                where = (self.key(t - 1) in ("حيث", "وحيث") or idh_after_comma_ar(
                    self, t, cand[0] if cand else None)) and \
                    not subject_before_counterpart_ar(self, cand)  # "، إذ التقى A، ثم B"
                # (s65); not "حيث التقى رئيسي نظيره Y": the name is the subject (s68)
                carry = where or self.key(t - 1) in ("ثم", "كما") or not cand or (
                    cand and self._counterpart(cand[0])) or self.key(t + 1) in (
                    _DURING_IT)  # "في زيارة، التقى خلالها X وY": the visitor
                if rel_subj is not None:
                    subj = rel_subj
                    first_obj = self.after(t + 1, maxgap=10)
                elif carry and not (pron_obj and cand) and (
                        not cand or self._counterpart(cand[0]) or
                                where or self.key(t + 1) in _DURING_IT or
                                country_envoys(self, cand[0])):  # "كما التقى ممثلي روسيا"
                    # "... حيث التقى نظيره X": the subject is the previous clause's
                    # (not a prepositional object of it: "لم يلتق X بـY لكنه اجتمع بـZ")
                    subj = self._carried_subject(t) or visit_pron_subject(self, t)
                    guest = in_reception_guest_ar(self, t - 1) if subj is not None else None
                    if guest is not None and guest.hi <= subj.lo and guest.eid != subj.eid:
                        subj = guest  # "في استقبال G لدى وصوله H، ثم التقى Z": G, not H
                    first_obj = cand[0] if cand else acc_obj or next(
                        (m for m in self.args if m.lo > t and m.lo - t <= 10 and
                         m.etype in AGENT_TYPES and not in_place_phrase(self, m)), None) or (
                        object_past_asides_ar(self, t) if where else None)  # (s65)
                    if subj is None and first_obj is not None and t - 1 > self.lo and \
                            self.toks[t - 1].text in ("،", ","):
                        # "ثم توجه إلى بيروت، واجتمع بـX وY": the previous sentence's visitor
                        subj = unnamed_clause_subject_ar(self, t, first_obj,
                                                         self.chain(first_obj))
                    elif subj is None:  # "كما اجتمع برئيس الإقليم X": the last subject
                        subj = dropped_with_subject_ar(self, t, first_obj) or (
                            moved_on_subject_ar(self, t, first_obj) if first_obj is not None
                            else None)  # ("ثم توجه إلى B حيث التقى Y", meeting_chain;
                        # ". والتقى نظيره X", meeting_counterpart_ar, session 57)
                else:
                    if cand:  # "استقبل ولي العهد رئيس مجلس الوزراء الأمير X": X, not the body
                        subj = commander_of(self, cand[0])
                    first_obj = self.after(self._past_relative(subj.hi) if subj else t + 1,
                                           maxgap=10)
                    if first_obj is None and subj is not None and subj.lo > t:
                        first_obj = object_after_aside_ar(self, subj.hi)  # "X، اليوم في ...، Y"
                    elif first_obj is not None and subj is not None and subj.lo > t and \
                            first_obj.etype == "Organization":
                        # "استقبل X رئيس مجلس الوزراء، في الدوحة أمس، Y": the body is X's title
                        guest = past_subject_title_ar(self, subj, first_obj) or \
                            object_after_aside_ar(self, subj.hi)  # ("X، مساء الأحد في
                        # طهران، الناطق الرسمي لحركة أنصار الله Y": s39)
                        if guest is None and in_subject_apposition_ar(self, subj, first_obj):
                            # "استضاف X، الأمين العام لجامعة الدول العربية، ...": X's (s65)
                            guest = past_subject_apposition_ar(self, subj, first_obj)
                            first_obj = guest
                        else:
                            first_obj = guest or first_obj
                    elif first_obj is not None and subj is not None and subj.lo > t and \
                            first_obj.eid == subj.eid:
                        # "استقبل X رئيس الدولة، في قصر الشاطئ بأبوظبي أمس، Y": X's own title
                        first_obj = past_own_title_ar(self, subj, first_obj) or first_obj
                    if first_obj is not None and subj is not None and subj.lo > t and \
                            subj.kind == "desc":  # "استقبل <his titles> X (، <aside>،) Y" (s58)
                        first_obj = past_subject_name_ar(self, subj, first_obj) or first_obj
                    if first_obj is not None and subj is not None and \
                            first_obj.etype != "Person":  # "، على هامش قمة بريكس، Y" (s52)
                        first_obj = sideline_object_ar(self, subj.hi, first_obj) or first_obj
                    if first_obj is not None and (in_place_phrase(self, first_obj) or
                                                  present_not_object_ar(self, t, subj, first_obj)):
                        first_obj = None  # "والتقى X في مقر رئاسة الوزراء": where, not whom;
                        # "وصل W ...، ويلتقي X بحضور Z": W's object X (meeting_present_object)
                    aside_end = self._past_relative(subj.hi) if subj is not None else t
                    if first_obj is not None and subj is not None and (
                            self._new_clause_ar(aside_end, first_obj) or
                            opens_clause_ar(self, aside_end, first_obj.lo) or
                            talks_with_pron_between_ar(self, t, first_obj.lo)):  # ("X، وهو
                        # ...، Y": an aside, no clause of its own; aside_span_ar, s55)
                        first_obj = None  # "والتقى X، ونقل إليه رسالة من Y": not Y
                    if subj is not None and not pron_obj and not (
                            subj.kind == "ref" and self.f(subj.lo) & HONORIFIC_CUES):
                        # "وصل X. والتقى Y وZ": a coordinated object, the subject dropped
                        # (not "كما استقبل سموه، Y": the honorific pronoun is the subject)
                        prev = dropped_subject(self, t, subj) or \
                            carried_subject_ar(self, t, subj) or \
                            also_met_object_ar(self, t, subj) or \
                            moved_then_met_subject_ar(self, subj)  # "وزار X ... والتقى Y وZ"
                        if prev is not None:
                            subj, first_obj = prev, subj
                        elif first_obj is not None and first_obj.etype == "Person":
                            ch = self.chain(subj)
                            nxt = self.after(ch[-1].hi, types=AGENT_TYPES, maxgap=0) or \
                                object_past_when_ar(self, ch[-1].hi)  # "X وY مساء السبت بـZ"
                            if nxt is None and len(ch) >= 2 and first_obj is ch[1]:
                                # "استقبل X وY، الذي عاد أمس من باريس، Z": past the relative
                                # clause of the last subject (session 71)
                                past = self._past_relative(ch[-1].hi)
                                if past > ch[-1].hi:
                                    nxt = self.after(past, types=AGENT_TYPES, maxgap=0)
                            if len(ch) >= 2 and first_obj is ch[1] and nxt is not None and \
                                    nxt not in ch and not nxt.prefix.startswith("و"):
                                # "التقى الكاظمي والعامري قاآني": two subjects, one object
                                vso_subjects, first_obj = ch, nxt
            if pron_obj:
                if self.key(t + 1) in _WITH_THEM:
                    return  # "استقبل X Y وZ، وبحث معهما «...»": the pair met before, no one new
                if self.key(t + 1) in ("معه", "معها", "به", "بها") and (
                        subj is None or subj.etype != "Person" or
                        (subj.tlo if subj.tlo > t else subj.lo) > t + 3):
                    return  # "وبحث معه «أوضاع الفصائل»": a topic, not a new subject
                ante = contrast_clause_subject_ar(self, t, subj) or \
                    before_that_guest_ar(self, t, subj) or visit_during_guest_ar(self, t) or \
                    arrival_subject_ar(self, t) or \
                    earlier_meeting_subject_ar(self, t) or \
                    visit_noun_guest_ar(self, t) or \
                    self._carried_subject(t) or self.before(t, types=("Person",), maxgap=40)
                if ante is not None and subj is not None and ante.eid == subj.eid:
                    ante = that_clause_speaker_ar(self, subj)  # "قال X إن Y التقاه": X
                if ante is not None and ante.lo < t:
                    ante = past_killed_genitive_ar(self, ante) or ante  # (session 71)
                if ante is None and subj is not None and (all(
                        self.toks[x].key in ("و", "ثم", "كما", "وقد", "قد")
                        for x in range(self.lo, t)) or opens_with_stamp_ar(self, t) or
                        no_person_before_ar(self, t)):  # "وكانت B من محطاته؛ إذ استقبله Y"
                    # "وصل X. واستقبله Y": the visitor, else the previous sentence's subject
                    ante = guest_antecedent(self, subj.eid) or \
                        received_guest_ar(self, subj.eid) or \
                        topic_mention_ar(self, t, subj.eid) or \
                        self._prev_subject(exclude=subj.eid)
                if ante is None and subj is not None:  # "ثم انتقل إلى B حيث استقبله Y"
                    ante = dropped_traveller_ar(self, t, subj)
                if ante is not None and self.f(t) & _AR_HER_VERBS and \
                        not woman_named(self, ante.eid):
                    return  # "فاستقبلها Y": "her" is a woman named before, else a thing
                if ante is not None and subj is not None and ante is not subj:
                    if not self.blocked(t, subj):
                        for h in then_hosts_ar(self, t, subj):  # "استقبله Y ثم Z": Y and Z
                            if h.eid != ante.eid:
                                self.add("MET_WITH", h.eid, ante.eid, "met_pron_ar")
                return
            guests = guest_at_ar(self, subj.hi, subj) if subj is not None and \
                subj.lo > t else None
            if guests is not None:  # "استقبل X الضيفَ الإيراني": the visitor, not a namesake
                if not self.blocked(t, subj):
                    for g in guests:
                        self.add("MET_WITH", subj.eid, g.eid, "guest_object_ar")
                return
            if first_obj is not None and subj is not None and first_obj is subj:
                first_obj = self.after(subj.hi, maxgap=10)
            if subj is not None:  # "اجتمع X في منزل Z بكلٍّ من A وB": A, B
                first_obj = each_of_object_ar(self, t, subj, first_obj) or \
                    object_past_home_ar(self, t, subj, first_obj) or first_obj  # "في منزل Z بـA"
            if first_obj is not None:
                first_obj = commander_of(self, first_obj)
            if first_obj is not None and first_obj.etype == "Person" and \
                    principal(first_obj, self.toks, self.lo, self.args):
                # "استقبل X المبعوث الخاص للأمين العام للأمم المتحدة Y": Y, not the one Y
                # acts for (session 50)
                first_obj = self.after(first_obj.hi, types=("Person",), maxgap=6)
            elif first_obj is not None and first_obj.etype in ("Organization", "Country") \
                    and first_obj.lo > t + 1:
                # "استقبل X المبعوث الخاص للأمم المتحدة Y": the body inside Y's title; "مبعوث
                # أمير قطر Y": the state (session 52)
                first_obj = next((p for p in self.args if p.etype == "Person" and
                                  t < p.tlo <= first_obj.lo and first_obj.hi <= p.lo),
                                 None) or holder_past_body_ar(self, first_obj) or \
                    envoy_to_place_ar(self, first_obj) or first_obj
            if first_obj is not None and (first_obj.etype in ("Country", "Location") and (
                    self.key(first_obj.lo - 1) in ("في", "فى") or
                    self.has_prep(first_obj, {"ف"}) or arrival_place_ar(self, first_obj, t))
                    or first_obj.etype == "Organization"
                    and first_obj.lo > t + 1 and self.key(first_obj.lo - 1) in ("في", "فى")):
                # "... في طهران": where, not whom; "التقى X، في طهران أمس، Y": Y after it;
                # also a body's seat: "استقبل X، الخميس في البيت الأبيض، Y"
                mg = 9 if first_obj.hi < self.hi and self.toks[first_obj.hi].text in (
                    "،", ",") else 6  # "في أربيل، قائد قوات التحالف ... الجنرال X"
                nxt = self.after(first_obj.hi, types=("Person", "Organization"), maxgap=mg)
                if nxt is not None:
                    nxt = commander_of(self, nxt)  # "قائد قوات التحالف الجنرال X": X
                first_obj = nxt if nxt is not None and subj is not None and (
                    subj.tlo if subj.tlo > t else subj.lo) <= t + 8 \
                    and (any(self.toks[y].text in ("،", ",") for y in range(first_obj.hi, nxt.lo))
                         or (subj.hi <= t and first_obj.lo <= t + 2)  # "X التقى في طهران Y"
                         or (nxt.etype == "Person" and title_start(nxt) == first_obj.hi)
                         or headed_by_ar(self, first_obj.hi, nxt)) \
                    else None
            if subj is not None and first_obj is None and subj.lo > t and (
                    self.key(subj.hi) in _AR_UNNAMED_OBJECTS or
                    unnamed_past_aside_ar(self, subj.hi)):
                return  # "واستقبل X الوفد في وقت لاحق": X the subject, the delegation told
                # before his object (meetings_ar._delegations; session 51); also past a
                # time between commas: "واستقبل X، في وقت سابق، وفداً من ..." (session 54)
            if subj is not None and first_obj is None and subj.lo > t:
                if self.key(t - 1) == "ان" and self.key(t - 2) in ("قبل", "بعد", "وقبل", "وبعد"):
                    # "استقبله X قبل أن يلتقي Y": the guest goes on to meet Y
                    guest = received_him_before(self, t) or before_that_subject_ar(self, t)
                    if guest is not None and guest.eid != subj.eid and not self.blocked(t):
                        for o in self.chain(subj):
                            self.add("MET_WITH", guest.eid, o.eid, "guest_then_met_ar")
                    return
                prev = self.before(t, types=("Person",), maxgap=40, indep=True) if \
                    self.key(t - 1) not in _AR_OWN_CLAUSE else None
                if prev is not None and (self._in_closed_relative(prev, t) or self.key(
                        title_start(prev) - 1) in L.AR_EVENT_OF
                        or genitive_of_ar(self, prev) or met_in_noun_ar(self, prev)
                        or self.has_prep(prev, PREPS_WITH_TO) or call_sender_ar(self, prev)):
                    # "X، الذي خلف Z، ...، والتقى Y" / "X زار ... قبل وصول Z، والتقى Y": X;
                    # "X يتولى الرئاسة خلفاً لـZ، ويستقبل Y": X, not Z after a preposition;
                    # "تلقى X اتصالاً من Z، ثم استقبل Y": X, not the caller (session 52)
                    prev = self._carried_subject(t)
                elif prev is not None:  # "X، خليفة Z، التقى Y": X (meeting_asides_ar.py)
                    prev = apposed_head_ar(self, prev, t) or prev
                if prev is None and (t + 1) in self.doc.unnamed:
                    return  # "والتقى المبعوث الزائر Y": an unnamed subject (session 21)
                if subj.hi in self.doc.unnamed and subj.hi < self.hi and \
                        to_come_office(self.toks, subj.hi, subj.hi + 4, self.hi,
                                       self.mention_at) is not None:
                    return  # "والتقى X رئيس الحكومة المكلف": X met someone unnamed (s62)
                if prev is None and (all(self.toks[x].key in ("و", "ثم", "كما", "وقد", "قد")
                                         for x in range(self.lo, t)) or
                                     adjunct_opened_ar(self, t, subj)):  # "وفي بغداد التقى X"
                    # "والتقى في اليوم التالي X" opening a sentence: the subject dropped is
                    # the previous sentence's
                    prev = self._prev_subject(exclude=subj.eid)
                prev = earlier_subject_ar(self, t, prev)  # "التقى X Y، وفي أربيل التقى Z": X
                guest = in_reception_guest_ar(self, t - 1) if prev is not None else None
                if guest is not None and guest.hi <= prev.lo and guest.eid != prev.eid:
                    prev = guest  # "في استقبال G لدى وصوله H، ثم التقى Z": G, not H
                if prev is not None:  # "Y الذي سقطت حكومته ...، بينما كان يلتقي Z": Y
                    prev = while_in_relative_head_ar(self, t) or prev
                if prev is not None and before_next_stop_ar(self, t):
                    # "حيث استقبله H، قبل أن يزور السراي ويلتقي Y": the guest H received
                    # moved on, not H (meeting_tour_guest_ar, session 65)
                    prev = received_traveller_ar(self, prev, t) or prev
                if prev is not None and unnamed_prep_object_ar(self, subj.hi):
                    return  # "ثم التقى Z بالسفير التركي": Z met someone unnamed
                if prev is not None:  # "... في زيارة التقى خلالها المرشد خامنئي"
                    subj, first_obj = prev, subj
            close = verb_aside_close_ar(self, t) if first_obj is not None else None
            if close is not None and first_obj.lo > close:
                first_obj = None  # "X، الذي قال إنه التقى Z، بـY": Y is no object of the
                # aside's verb (aside_span_ar, session 55)
            if first_obj is not None:
                objs = self.chain(first_obj)
                if close is not None:
                    objs = [o for o in objs if o.lo < close]
            elif subj is not None and subj.hi <= t and self.f(t) & _AR_MEET_DUAL:
                # "قاآني والعامري التقيا": the coordinated subjects met each other
                for m in self.args:
                    if m.hi <= subj.lo and subj in self.chain(m):
                        ch = self.chain(m)[: self.chain(m).index(subj) + 1]
                        if not self.blocked(t, ch[0]):
                            for i1 in range(len(ch)):
                                for i2 in range(i1 + 1, len(ch)):
                                    self.add("MET_WITH", ch[i1].eid, ch[i2].eid,
                                             "met_dual_ar")
                        return
        else:
            subj = described_head_past_relative(self, t, self.subject_before(t))  # "The Amir,
            # who was accompanied by X, also met Y": the Amir (meeting_generic_en)
            subj = passive_subject_en(self, t, subj)  # "X was received by
            subj = earlier_subject_en(self, t, subj)  # Y and later met Z", "X held talks with
            toks, hi = self.toks, self.hi  # Y, and in Doha met Z": X (meeting_clauses_en.py)  # (toks[x].key = self.key(x) for lo <= x < hi)
            subj = teller_subject_en(self, t, subj)  # "X told Y ..., and later met Z": X
            nk = toks[t + 1].key if t + 1 < hi else ""
            if nk == "with" and toks[t].key == "talks" and self.key(t + 2) in ("him", "her") and \
                    subj is not None and subj.etype == "Person":
                ante = talks_with_him_en(self, t, subj)  # "X attended the swearing-in of Y
                if ante is not None and not self.blocked(t, subj):  # and then held talks with him"
                    self.add("MET_WITH", subj.eid, ante.eid, "held_talks_with_him_en")
                    return
            if nk in ("him", "her") and subj is not None and \
                    subj.etype == "Person":
                guest = contrast_clause_subject_en(self, subj) or \
                    pronoun_object_en(self, t, subj)  # "X arrived. Y received him"
                if guest is not None and not self.blocked(t, subj):
                    self.add("MET_WITH", subj.eid, guest.eid, "met_pron_en")
                    if self.key(t + 2) == "and":  # "Y met him and (President) Z": Z too
                        also_with_pronoun_en(self, t + 2, subj)
                return
            start = t + 1
            while start < hi and toks[start].key in ("with", "down", "talks", "held", "a", "an",
                                                     "the", "on", "in"):
                start += 1
            first_obj = self.after(t + 1, maxgap=10)
            while first_obj is not None and first_obj.etype == "Country" and \
                    self.key(first_obj.hi) == "-" and self.key(first_obj.hi + 1) in _EN_BACKED:
                first_obj = self.after(first_obj.hi, maxgap=4)  # "leaders of Iran-backed X"
            while first_obj is not None and first_obj.etype in ("Country", "Location") and \
                    self.key(title_start(first_obj) - 1) in (
                        "in", "at", "to", "from"):
                first_obj = self.after(first_obj.hi, maxgap=6)  # "talks in Tehran with X"
            if first_obj is not None and first_obj.etype == "Organization" and \
                    venue_before_with_en(self, first_obj):  # "talks at the Pentagon with X"
                first_obj = self.after(first_obj.hi, maxgap=6) if self.key(
                    first_obj.hi) == "with" else None  # "X and Y met at the ministry": none
            # "X discussed the PKK presence ... with Y": the topic's body is not met (s69)
            first_obj = topic_body_object_en(self, t, first_obj)[1]
            via_poss = first_obj is not None and first_obj.poss and first_obj.etype == "Person"
            if via_poss:  # "met Y's successor, X" / "met Y's son": not Y
                first_obj = possessed_person_en(self, first_obj) if self._close_object(
                    t, first_obj) else None
            if first_obj is not None and first_obj.poss and first_obj.etype != "Person":
                nxt = self.after(first_obj.hi, types=("Person",), maxgap=0)
                if nxt is None and first_obj.hi < self.hi and self.toks[first_obj.hi].cap:
                    # "received Iraq's Minister of Defense X": a title the name leaves out
                    nxt = self.after(first_obj.hi, types=("Person",), maxgap=7)
                    if nxt is not None and not all(  # (". ": "Minister of X Dr. Y")
                            self.toks[y].cap or self.key(y) in ("of", "for", "and") or
                            self.toks[y].text == "." and self.toks[y - 1].cap
                            for y in range(first_obj.hi, nxt.lo)):
                        nxt = None
                if nxt is not None:
                    first_obj = nxt  # "met Iran's Esmail Qaani"
                elif first_obj.hi < self.hi and not self.toks[first_obj.hi].cap:
                    first_obj = None  # "received Iran's ambassador": someone unnamed
            if first_obj is not None and first_obj.etype == "Organization":
                member = named_group_members_en(self, first_obj)
                if member is not None:  # (the body is the verb's object: "met Y officials")
                    via_poss = self._close_object(t, first_obj)
                    first_obj = member if via_poss else None
            if first_obj is not None and first_obj.etype != "Person":
                # "received the commander of US Central Command (CENTCOM), General X": a body
                # inside the title of the person named after it
                body = first_obj
                first_obj = next((p for p in self.args if p.etype == "Person" and
                                  t < p.tlo <= first_obj.lo and first_obj.hi <= p.lo),
                                 None) or body_in_title_en(self, first_obj, t)
                if first_obj is body and self.key(body.hi) == "(" and \
                        self.key(body.hi + 2) == ")" and self._close_object(t, body):
                    # "received on Tuesday the Central Intelligence Agency (CIA) Director X"
                    first_obj = person_at(self, body.hi + 3) or body
                    via_poss = first_obj is not body  # (the body's place is the object's)
            if first_obj is not None and first_obj.kind == "desc" and \
                    first_obj.etype == "Person" and holder_in_genitive_en(self, first_obj):
                # "met the Special Envoy of the US President (for the Middle East) X": X
                first_obj = body_in_title_en(self, first_obj, t, lead_link=True)
            if first_obj is not None and not via_poss and not self._close_object(t, first_obj):
                first_obj = None
            if first_obj is not None:
                objs = self.chain(first_obj)
                objs += [o for o in apposition_tail(self, objs[-1], ("Person", "Organization"))
                         if o not in objs]  # "met X, head of Y, and Z"
                objs = objects_in_clause_en(self, objs)  # not "..., and Z visited it"
                inc = objs[-1].hi
                if objs[-1].etype == "Organization" and self.key(inc) in L.EN_GROUP_HEADS:
                    inc += 1  # "met Coordination Framework leaders including X and Y"
                if objs[-1].etype == "Organization" and self.key(inc) == "," :
                    inc += 1
                if objs[-1].etype == "Organization" and self.key(inc) in ("including",
                                                                          "notably"):
                    named = self.after(inc + 1, types=("Person",), maxgap=6)
                    if named is not None:  # "militia leaders including X and Y": X and Y
                        objs = objs[:-1] + self.chain(named, ("Person",))
            if subj is None:
                return
            # "X and Y met" (no object): pairs of the subject list (nk: the key after t)
            if not objs and (nk in ("the", "a", "an", "his", "her", "their", "its", "with") or
                             (t + 1 < self.hi and self.toks[t + 1].cap and nk not in L.EN_WEEKDAYS)):
                return  # an object we could not name: "X, Y's successor, met the Iraqi PM"
                # ("X and Y held talks Wednesday": a day, no object; session 72)
            if not objs:
                aside = None if tok.ar else relative_aside_open_en(self, t)
                subs = [m for m in self.args if m.hi <= (t if aside is None else aside) and
                        m.etype in AGENT_TYPES and not (
                    m.etype == "Country" and "of" in (self.key(m.lo - 1), self.key(m.lo - 2)))]
                # ("X and President Y of the Republic of Türkiye held talks": Y's country;
                # "X and Y, who chairs Z, met": not Z)
                if len(subs) >= 2:
                    last = max(subs, key=lambda m: m.hi)
                    for m in subs:
                        ch = self.chain(m)
                        if len(ch) >= 2 and ch[-1] is last:
                            lead = None if tok.ar else subject_before_plural_list_en(self, ch[0])
                            if lead is not None and lead not in ch:
                                ch = [lead, *ch]  # "X and the two PPP leaders, A and B, met"
                            if not self.blocked(t, ch[0]):
                                for i1 in range(len(ch)):
                                    for i2 in range(i1 + 1, len(ch)):
                                        self.add("MET_WITH", ch[i1].eid, ch[i2].eid,
                                                 "met_plural")
                            break
                    else:  # "The negotiator, A, and his counterpart, B, met"
                        # ("A and B, the leader of C, held talks": the list ends before
                        # "held", session 69)
                        apposed = apposed_subjects_en(self, listed_subjects_verb(self, t) or t)
                        if apposed and not self.blocked(t, apposed[0]):
                            for i1, m1 in enumerate(apposed):
                                for m2 in apposed[i1 + 1:]:
                                    self.add("MET_WITH", m1.eid, m2.eid, "met_plural_apposed")
                return
        if subj is None or not objs:
            return
        if self.blocked(t, subj):
            return
        if tok.ar and subj.hi <= t and object_delegation_head_ar(self, subj, t):
            return  # "مع وفد ... برئاسة Z، ثم التقى Y": not Z (meeting_headed_object_ar)
        if tok.ar:
            objs = named_members_ar(self, objs)  # "قادة الفصائل، بينهم X وY"
            if objs[-1].etype == "Person" and (self.key(objs[-1].hi + 1) in (
                    "الذي", "التي", "وهو", "وهي") or self.key(objs[-1].hi + 1) in
                    L.AR_TITLE_FIRST or objs[-1].hi < self.hi and
                    self.toks[objs[-1].hi].text in AR_ASIDE_MARKS):  # ("Y - الذي ... - وZ")
                # "التقى X، الذي خلف Z ...، ووزير الطاقة Y" / "التقى X، نائب رئيس ...، وY": Y
                objs = objs + [o for o in relative_tail_ar(self, objs[-1]) if o not in objs]
        more = more_objects(self, objs[-1], t)  # "... at his residence and later with Y"
        if more:
            objs = objs + [o for o in more if o not in objs]
        subjects = vso_subjects or [subj]
        # "X and Y met Z": subject list ending right before the verb
        for m in self.args if not vso_subjects else ():
            if m.hi <= subj.lo and subj in self.chain(m):
                if not tok.ar and m is not subj and self._inside_apposition_en(m):
                    break  # "After the funeral of X, Y met Z": Y alone
                if tok.ar and m is not subj and title_genitive_ar(self, m):
                    continue  # "وصل مستشار المرشد X، Y، ... حيث التقى Z": Y, not X
                subjects = self.chain(m)[: self.chain(m).index(subj) + 1]
                break
        joint = joint_subjects_en(self, t, subj, objs) if not tok.ar and \
            len(subjects) == 1 else []  # "A, <apposition>, and B, <apposition>, held talks
        if joint:  # with Z": A and B met Z, and sat together
            subjects = joint
            for i1, s1 in enumerate(joint if not apart_en(self, joint) else ()):
                for s2 in joint[i1 + 1:]:
                    self.add("MET_WITH", s1.eid, s2.eid, "joint_subjects_en")
        envoys = bool(objs) and objs[0].etype == "Country" and \
            country_envoys(self, objs[0]) and not envoys_named(self, objs[0])
        # ("استقبل X سفيري فرنسا A وبريطانيا B": A and B, not France; session 52)
        for s_ in subjects:
            if unnamed_holder_body(self, t, s_):
                continue  # "رئيس مجلس القيادة يستقبل Y": someone unnamed (session 27)
            for o in objs:
                if o.etype == "Location" or unnamed_holder_body(self, t, o):
                    continue
                if o.etype == "Person" and side_of(o, self.toks, self.lo):
                    continue  # "X، حليف Y"، "دعمه لحكومة Y": Y's side, not Y (session 63)
                if tok.ar and o.etype == "Person" and forgiven_before_ar(self.toks, self.lo, o.lo):
                    continue  # "في جنازة المغفور له Y": the dead man (session 70)
                if o.etype in ("Country", "Organization") and led_delegation(self, o):
                    continue  # "met a U.S. delegation headed by X": X (session 52)
                if tok.ar and o.kind == "desc":
                    o = aide_named_after_ar(self, o) or o  # «المنسق الخاص للأمين العام Y»: Y
                self.add("MET_WITH", s_.eid, o.eid, "met_with_ar" if tok.ar else "met_with_en",
                         envoys=envoys and o.etype == "Country")
        # "استقبل X Y في طهران": the guest visited the place
        if tok.ar and self.f(t) & _RECEIVE_AR and objs:
            last = objs[-1]
            if self.key(last.hi) in ("في", "ب") or self.toks[last.hi].key.startswith("ب") \
                    if last.hi < self.hi else False:
                place = self.after(last.hi, types=("Location", "Country"), maxgap=1)
                if place is not None:
                    for o in objs:
                        if o.etype == "Person":
                            self.add("VISITED", o.eid, place.eid, "received_in_ar", 0.6)
        # "X hosted Y in Baghdad": the guest visited the place
        if not tok.ar and tok.key in ("hosted", "received", "welcomed") and objs:
            last = objs[-1]
            if self.key(last.hi) == "in":
                place = self.after(last.hi + 1, types=("Location", "Country"), maxgap=1)
                if place is not None:
                    for o in objs:
                        if o.etype == "Person":
                            self.add("VISITED", o.eid, place.eid, "hosted_in_en", 0.6)
