"""Arabic MET_WITH constructions the sentence rules of relations.py miss or misread.

Plain functions over a ``SentenceRules`` instance ``sr`` (the pattern of killings.py), run once
per Arabic sentence after the base rules (``meetings_ar(sr)``). They add the partners of:

- a delegation "headed by / including" someone, as the object ("التقى X وفداً من حركة Y
  برئاسة Z" -> X met Z and Y) or the subject ("التقى وفد من Y برئاسة Z، ...، رئيسَ جهاز ... W"
  -> W met Z and Y); "والوفد المرافق له، الذي يضم Z" (a named member); a later "الوفد" (the
  delegation named in the last sentences);
- a verb with an object pronoun whose subject comes after an adverbial ("واستقبله في المطار
  السفير X", "واجتمع به بدلاً منه X"): X met the guest (the visitor of the last sentences,
  or the person the previous clause did not meet);
- "(استقبله X) قبل أن يلتقي Y في ...، ثم Z": the guest met Y and Z (not Y-Z); and a list
  continued by "، ثم" after a place phrase ("التقى Y في مكتبه، ثم Z");
- named members of a group object ("التقى Y وعدداً من قادة الفصائل، بينهم Z");

and drop partners that are no meeting: a meeting only reported as uncertain ("لم يتضح إن كان X
قد اجتمع بـY"), a planned meeting noun ("لقاء مرتقب بين X وY"), and an organisation governed by
a preposition in a title before the verb ("قائد فيلق القدس التابع للحرس الثوري، X، ... التقى").
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.airport_name_ar import past_airport_name_ar
from loaders.extract.core_context import _AR_SAID, arrival_subject_ar
from loaders.extract.core_recall_objects import (
    _clause_subject_ar,
    guest_antecedent,
    received_him_before,
)
from loaders.extract.desc_vso_subject_ar import other_nationals_title
from loaders.extract.dispatch import needs, register_triggers
from loaders.extract.meeting_after_place import partner_after_place
from loaders.extract.meeting_also_dropped_ar import also_met_dropped_subject_ar, opening_object_ar
from loaders.extract.meeting_attended_named import AR_ATTEND_VERBS, attended_named_ar
from loaders.extract.meeting_brought_together_ar import AR_BRINGS_TOGETHER, brought_together_ar
from loaders.extract.meeting_came_during_ar import AR_CAME, came_during_dual_ar
from loaders.extract.meeting_cancelled_ar import drop_cancelled_ar
from loaders.extract.meeting_co_receivers_ar import co_receivers_ar, host_after_kana
from loaders.extract.meeting_companions_aside_ar import companions_aside_subjects_ar
from loaders.extract.meeting_condolences import (
    AR_CONDOLENCES,
    condolences_ar,
    condolences_received_ar,
)
from loaders.extract.meeting_coord_subjects_ar import coordinated_subjects_ar
from loaders.extract.meeting_counterpart_side import counterpart_side_ar
from loaders.extract.meeting_courtesy import AR_TALKS_NOUNS, talks_with_him_ar
from loaders.extract.meeting_credentials_ar import (
    AR_CREDENTIALS_OF,
    credentials_received_ar,
    envoy_ar,
    kana_subject_ar,
)
from loaders.extract.meeting_delegation_owned_ar import AR_ACCOMPANYING, accompanied_guest_ar
from loaders.extract.meeting_delegation_subject_ar import (
    delegation_subject_again_ar,
    kana_delegation_verb_ar,
)
from loaders.extract.meeting_dual_ar import AR_TWO_GUESTS, dual_guests_ar, dual_object_ar
from loaders.extract.meeting_dual_later_ar import dual_later_ar
from loaders.extract.meeting_dual_ref_verb_ar import dual_ref_verb_ar
from loaders.extract.meeting_dual_relative import AR_DUAL_RELATIVE, AR_MET_THEM, dual_relative_ar
from loaders.extract.meeting_first_person_ar import (
    AR_FIRST_PERSON_MEET,
    first_person_met_ar,
    quoted_speaker_ar,
)
from loaders.extract.meeting_gathered_ar import (
    AR_COUNTERPARTS,
    AR_HEADED,
    AR_HELD_TOGETHER,
    counterparts_met_ar,
    heads_of_sides_ar,
    held_together_ar,
)
from loaders.extract.meeting_held_rel import AR_HELD_IT, held_with_rel_ar, holders_listed_rel_ar
from loaders.extract.meeting_her import woman_named
from loaders.extract.meeting_joint_talks import joint_talks_ar
from loaders.extract.meeting_message_handed import AR_MESSAGE, message_handed_ar
from loaders.extract.meeting_moved_on import dropped_with_subject_ar
from loaders.extract.meeting_noun_sides import (
    AR_BETWEEN_HIM,
    AR_HIM_MEET,
    between_pronoun_ar,
    pronoun_here_ar,
)
from loaders.extract.meeting_office_visit_ar import AR_OFFICE_DUALS, office_visit_dual_ar
from loaders.extract.meeting_opened_ar import AR_OPENED_IT, opened_meeting_ar
from loaders.extract.meeting_opened_with import AR_OPENED, opened_with_meeting_ar
from loaders.extract.meeting_phrases import (
    AR_ATE,
    AR_AUDIENCE_V,
    AR_SAT_WITH,
    AR_SHOOK,
    audience_ar,
    meal_with_ar,
    sat_with_ar,
    shook_hands_ar,
)
from loaders.extract.meeting_presided_ar import AR_WITH_PARTICIPATION, presided_participation_ar
from loaders.extract.meeting_press import (
    AR_JOINT,
    dual_subject_met_ar,
    joint_press_conference,
    with_after_place,
)
from loaders.extract.meeting_pronoun_ar import visit_noun_guest_ar
from loaders.extract.meeting_round_table import AR_GATHERED, round_table_ar
from loaders.extract.meeting_sat_after_clause_ar import sat_after_clause_ar
from loaders.extract.meeting_signed_ar import AR_SIGNED, signed_with_ar
from loaders.extract.meeting_signed_sides_ar import signed_by_sides_ar
from loaders.extract.meeting_summoned_ar import AR_SUMMONED, summoned_met_ar
from loaders.extract.meeting_then_guests_ar import then_guests_ar
from loaders.extract.meeting_told import (
    AR_DUAL_MEETING,
    AR_MEETING_NOUNS,
    AR_TOLD,
    told_at_meeting_ar,
)
from loaders.extract.meeting_welcome_ceremony import AR_WELCOME, welcome_ceremony_ar
from loaders.extract.meeting_witnessed_signing import (
    AR_ATTENDED_SIGNING,
    AR_SIGNED_PRESENCE,
    AR_WITNESSED,
    presence_at_signing_ar,
    witnessed_signing_ar,
)
from loaders.extract.mention_base import Mention
from loaders.extract.object_apposition_ar import other_person_after
from loaders.extract.pron_clause_subject_ar import clause_subject_ar
from loaders.extract.rule_common import (
    EMPTY,
    drop_unsure_ar,
    meet_each_other,
    national_members,
    person_at,
    title_start,
)

_DELEGATION = L._ar("وفد", "وفدا", "وفداً", "الوفد", "وفود", "وفودا", "الوفود",
                    "وفدي", "الوفدين")  # the dual: "وفدَي A وB برئاسة P وQ" (s70)
_HEADED_BY = L._ar("برئاسة", "يرأسه", "يترأسه", "ترأسه", "يقوده", "بقيادة", "يتقدمه",
                   "يتزعمه", "ويرأسه", "ويقوده")
_INCLUDING = L._ar("يضم", "ضم", "تضم", "ضمت", "يضمان", "بينهم", "ضمنهم", "بمشاركة",
                   "وبمشاركة", "وعضوية", "بعضوية", "منهم", "ومنهم")
# "(وفد) المؤلف / المكوّن من A وB" (composed of; session 61): members, like "يضم"
_COMPOSED_OF = L._ar("المؤلف", "مؤلف", "مؤلفا", "مؤلفاً", "المكون", "مكون", "مكونا", "مكوناً",
                     "يتألف", "يتكون", "تألف", "تكون", "المؤلفة", "المكونة")
_BODY_SKIP = L._ar("قيادة", "قيادات", "قادة", "كبار", "مسؤولي", "ممثلي", "أعضاء", "اعضاء",
                   "نواب", "رفيع", "رفيعا", "رفيع المستوى", "المستوى")
_INSTITUTION_HEADS = L._ar("لجنة", "اللجنة", "وزارة", "الوزارة", "مجلس", "المجلس", "البرلمان",
                          "برلمان", "هيئة", "الهيئة", "مكتب", "المكتب", "دائرة", "جهاز",
                          "الجهاز", "رئاسة", "الرئاسة", "ديوان", "السفارة", "سفارة", "الحكومة",
                          "حكومة", "مجلس النواب")
_PRON_TAIL = L._ar("به", "بها", "بهم", "معه", "معها", "معهم")
_ADVERBIAL = L._ar("اليوم", "امس", "أمس", "غدا", "الاثنين", "الثلاثاء", "الاربعاء", "الأربعاء",
                   "الخميس", "الجمعة", "السبت", "الأحد", "الاحد", "يوم", "مساء", "صباح",
                   "ظهر", "بدلا", "بدلاً", "منه", "منها", "عنه", "بدوره", "بدورها", "ايضا",
                   "أيضاً", "كذلك", "بدوره", "لاحقا", "لاحقاً", "فور", "وصوله", "وصولها",
                   "لدى", "عند", "الماضي", "الجاري", "المقبل", "الليلة", "امسية", "أمسية")
_ARRIVAL_NOUN = L._ar("وصوله", "وصولها", "وصولهم", "قدومه", "قدومها")
_PLACE_WORDS = L._ar("المطار", "مطار", "مكتبه", "مكتبها", "مقره", "مقرها", "منزله", "منزلها",
                     "مقر", "مكتب", "قصر", "القصر", "السراي", "العاصمة", "مدينة", "مبنى",
                     "الديوان", "ديوان", "مقر", "الرئاسة")
_THEN = L._ar("ثم", "وثم")
# the style of address before a title ("صاحب السمو الملكي الأمير X"، "معالي الشيخ X")
_AR_STYLE = L.AR_HONORIFIC_WORDS | L._ar("صاحب", "السمو", "الملكي", "الجلالة", "المعالي")
_AMONG = L._ar("بينهم", "بينها", "منهم", "ومنهم", "ضمنهم", "أبرزهم", "ابرزهم", "وبينهم",
               "مقدمهم", "مقدمتهم", "طليعتهم")
_GROUP_NOUNS = L._ar("قادة", "قيادات", "ممثلي", "ممثلين", "مسؤولي", "مسؤولين", "زعماء", "عددا",
                     "عدد", "عدداً", "رؤساء", "أعضاء", "اعضاء", "شخصيات", "وجهاء", "نواب")
_MEET_NOUNS = L.AR_MEET_NOUNS
_CALLED_OFF = L._ar("أرجئ", "ارجئ", "أرجئت", "أرجأ", "أرجأت", "إرجاء", "ارجاء", "أجل", "أجلت",
                    "تأجل", "تأجيل", "ألغي", "ألغيت", "ألغى", "ألغت", "إلغاء", "الغاء", "تعذر",
                    "تعثر", "فشل")
_RECEPTION_NOUN = L._ar("استقبال", "باستقبال", "استقبالا", "استقبالاً")
_FROM_AGENT = L._ar("قبل", "جانب", "طرف")
_LATTER = L._ar("الأخير", "الاخير", "الأخيرة")
_ALSO = L._ar("كما", "ثم")
_PREP_SUBJ_CUT = L._ar("التابع", "التابعة", "التابعين")
_ENDS = (".", "؛", ";", "!", "؟", "?")




_PLAN_WORDS = L._ar("ينتظر", "يُنتظر", "المقرر", "المتوقع", "يعتزم", "تعتزم", "يرتقب", "يُرتقب",
                    "المرتقب", "المزمع", "يتوقع", "يُتوقع", "ينوي", "تنوي", "يعتزمان")


def _blocked(sr: Any, t: int, subj: Any = None) -> bool:
    """The base rules' negation and modality, plus a purpose ("للقاء X": a trip whose stated
    purpose is a meeting) or a plan anywhere earlier in the clause ("ويُنتظر أن يزور ...")."""
    if sr.blocked(t, subj):
        return True
    k = sr.key(t)
    if k.startswith("لل") or (k[:1] == "ل" and k[1:] in _MEET_NOUNS):
        return True  # "للقاء X" / "لاجتماع": a purpose
    for x in range(t - 1, sr.lo - 1, -1):
        if sr.toks[x].text in _ENDS or sr.toks[x].text in ("؛", ";"):
            break
        if sr.f(x) & _PLAN_WORDS:
            return True
    return False


def _clause_end(sr: Any, k: int) -> int:
    """The first comma or sentence end at or after *k* (exclusive end of a clause)."""
    for x in range(k, sr.hi):
        if sr.toks[x].text in ("،", ",") or sr.toks[x].text in _ENDS:
            return x
    return sr.hi


def _person_after(sr: Any, k: int, maxgap: int, types=("Person",)) -> Any:
    """The first mention of *types* starting (title included) within *maxgap* tokens of *k*,
    with no preposition on it."""
    for m in sr.args:
        s = title_start(m)
        if s < k or m.etype not in types or m.in_title:
            continue
        if s - k > maxgap or any(sr.toks[x].punct for x in range(k, s)):
            return None
        if m.kind == "desc":
            # "رئيس الحركة في قطاع غزة خليل الحية": the title of the name right after it
            nm = next((n for n in sr.args if n.etype == "Person" and n.kind == "name" and
                       m.hi <= n.lo <= m.hi + 4), None)
            if nm is not None and not any(sr.toks[x].punct for x in range(m.hi, nm.lo)) and \
                    nm.prefix.lstrip("وف")[:1] not in ("ب", "ل") and \
                    not other_nationals_title(sr.doc, m.role_nat, nm.eid):
                return nm  # (not "اجتمع رئيس الإقليم برئيس الوزراء X": X is the object;
                # nor "واستقبل رئيس الوزراء القطري الحيّة": no Qatari premier, session 63)
        return m
    return None


def _drop(sr: Any, eids: set[str], keep_with: set[str] | None = None) -> None:
    """Remove this sentence's MET_WITH relations touching one of *eids* (unless the other
    end is in *keep_with*)."""
    keep_with = keep_with or set()
    sr.out[:] = [r for r in sr.out if not (
        r.type == "MET_WITH" and ({r.source, r.target} & eids) and
        not ({r.source, r.target} & keep_with))]


def _drop_pair(sr: Any, a: str, b: str) -> None:
    sr.out[:] = [r for r in sr.out if not (r.type == "MET_WITH" and {r.source, r.target} == {a, b})]


def _partner_of(sr: Any, eid: str) -> str | None:
    """The other end of a MET_WITH relation of *eid* found in this sentence, if one."""
    ps = {r.source if r.target == eid else r.target for r in sr.out
          if r.type == "MET_WITH" and eid in (r.source, r.target)}
    return next(iter(ps)) if len(ps) == 1 else None


# ---- delegations ---------------------------------------------------------------------------
def _delegation(sr: Any, d: int, dels: list[int]) -> tuple[list[Any], Any, int,
                                                          tuple[list[Any], list[Any]]]:
    """The people named as head or members of the delegation word at *d*, the body it
    comes from (an organisation right after it, "وفد (من) (قيادة) حركة X"), the end of
    the delegation phrase, and its heads (those after "برئاسة / يقوده") with the members
    named after them (before any other delegation word of *dels*, the sentence's)."""
    people: list[Any] = []
    heads: list[Any] = []
    mates: list[Any] = []  # the members named after a head, before another delegation word
    other = False
    body = None
    end = d + 1
    x = d + 1
    if sr.key(x) in ("من", "عن"):
        x += 1
    while x < sr.hi and sr.f(x) & _BODY_SKIP:
        x += 1
    m = sr.mention_at.get(x)
    if m is not None and m.etype == "Organization" and title_start(m) == x and x > d and \
            not sr.f(x) & _INSTITUTION_HEADS:
        # (a movement, party or faction the delegation speaks for; a committee, ministry or
        # council delegation is named after its head only: "وفد من لجنة الأمن ... برئاسة X")
        body = m
        end = m.hi
        # "حركة المقاومة الإسلامية (حماس)"
        if sr.key(end) == "(" and sr.mention_at.get(end + 1) is not None and \
                sr.mention_at[end + 1].eid == m.eid:
            end = sr.mention_at[end + 1].hi + (1 if sr.key(sr.mention_at[end + 1].hi) == ")"
                                               else 0)
    limit = min(sr.hi, d + 18)
    y = d + 1
    while y < limit:
        tk = sr.toks[y]
        if tk.text in _ENDS or (y > d + 1 and sr.f(y) & L.AR_MEET and y > end):
            break
        if y > d and y in dels:
            other = True  # "بوفد X برئاسة A، ثم بالوفد Y الذي ضم B": B is not A's
        composed = bool(sr.f(y) & _COMPOSED_OF) and sr.key(y + 1) == "من"
        if sr.f(y) & (_HEADED_BY | _INCLUDING) or composed:
            k = y + 1 + composed
            if sr.key(k) in ("بينهم", "بينها"):
                k += 1
            p = _person_after(sr, k, 8)
            if p is not None:
                for c in sr.chain(p, ("Person",)):
                    if c not in people:
                        people.append(c)
                        if sr.f(y) & _HEADED_BY and not other:
                            heads.append(c)
                        elif heads and not other:
                            mates.append(c)
                end = max(end, people[-1].hi)
                y = end
                continue
        y += 1
    return people, body, end, (heads, mates)


def _head_met_members(sr: Any, led: tuple[list[Any], list[Any]]) -> None:
    """"وفداً برئاسة A، ضمّ B": the head sat with the members he led at that meeting (the
    dev gold pairs them in IV, JT, KF, KG; members among themselves are split: not paired)."""
    heads, mates = led
    for h in heads:
        for m in mates:
            if m.eid != h.eid:
                sr.add("MET_WITH", h.eid, m.eid, "delegation_head_ar")


def _members_met(sr: Any, people: list[Any], led: tuple[list[Any], list[Any]], d: int,
                 end: int, dels: list[int]) -> None:
    """"استقبل H وفداً تركياً ضمّ A وB وC": a delegation with no head named sat together at
    its meeting, so its members met each other (the newest dev writers pair them: JL, JO, LB,
    LE; older gold leaves them out). Not when a head is named (split gold), nor with a second
    delegation word inside the phrase (its members are another side's)."""
    if led[0] or len(people) < 2 or any(d < y < end for y in dels):
        return
    meet_each_other(sr, [p.eid for p in people if p.etype == "Person"], "delegation_members_ar")


def _delegation_memory(sr: Any) -> list:
    return sr.doc.state.setdefault("ar_delegations", [])


def _recent_delegation(sr: Any, back: int = 4) -> tuple[list[str], str | None] | None:
    mem = _delegation_memory(sr)
    for si, people, body in reversed(mem):
        if sr.si - back <= si < sr.si:
            return people, body
    return None


# "استقبلت" / "استقبلنا" opening a quotation: "I / we received" (else "she received")
_AR_I_RECEIVED = L._ar("استقبلت", "استقبلنا", "واستقبلت", "واستقبلنا", "التقيت", "التقينا")


def _verb_subject(sr: Any, t: int, before: int) -> Any:
    """Subject of the meeting verb at *t* whose object starts at *before*: a person named
    between them (VSO), else right before the verb (SVO, "X (قد) استقبل"), else None."""
    for m in sr.args:
        s = title_start(m)
        if t < s < before and m.etype in ("Person", "Organization") and not m.in_title:
            if m.prefix.lstrip("وف")[:1] in ("ب", "ل") or sr.key(s - 1) in ("في", "مع", "من"):
                continue
            if m.etype == "Organization":
                continue
            if m.hi == before and sr.key(before)[1:] in _DELEGATION and \
                    sr.key(before).startswith("و"):
                break  # "استقبل X والوفد المرافق له": X is an object too
            return m
    b = kana_subject_ar(sr, t) or sr.before(t, types=("Person",), maxgap=2)
    if b is None and (aside := _day_aside_before(sr, t)):  # "Z، الأربعاء، اجتماعاً"
        b = sr.before(t - aside, types=("Person",), maxgap=1)
    if b is not None and b.prefix.lstrip("وف")[:1] not in ("ب", "ل"):
        return b  # ("وكان X، رئيس مجلس الوزراء، قد استقبل": X)
    if sr.f(t) & _AR_I_RECEIVED:  # "نقلت الوكالة عن X قوله: «استقبلت وفداً ...»": X
        return quoted_speaker_ar(sr, t)
    return None


def _unpair_body(sr: Any, host: str, body: Any, met: list[str]) -> None:
    """"استقبل H وفد حماس برئاسة Z" / "التقى H وفداً من الحركة يقوده Z": H met Z, not the
    body whose delegation Z heads (pool62: the blind writers of sessions 58-61 and most dev
    writers pair the named head only; another rule may have read the body as H's object)."""
    if body is not None and body.eid not in met:
        _drop_pair(sr, host, body.eid)


def _drop_among(sr: Any, eids: set[str]) -> None:
    """Members of one delegation do not meet each other in its meeting."""
    sr.out[:] = [r for r in sr.out if not (
        r.type == "MET_WITH" and r.source in eids and r.target in eids)]


def _delegation_subject(sr: Any, t: int, d: int) -> bool:
    """Is the delegation word at *d* the subject of the verb at *t* ("التقى وفد من ...")?
    Not when it is accusative ("وفداً") or definite, nor when someone named right before the
    verb is its subject ("X (قد) استقبل وفد ...")."""
    if d - t > 2 or sr.key(d).lstrip("و") not in ("وفد", "وفود") and sr.key(d) not in (
            "وفد", "وفود"):
        return False
    if sr.toks[d].text.endswith(("اً", "ا")):
        return False
    if d > sr.lo and sr.key(d - 1) == "مع":
        return False  # "أجرى محادثات مع وفد ... برئاسة Z": the object of «مع» (session 70)
    if any(m.etype == "Person" and t < m.lo < d for m in sr.args):
        return False  # "التقى السوداني وفد حماس": the person is the subject
    b = sr.before(t, types=("Person",), maxgap=2)
    return b is None or b.prefix.lstrip("وف")[:1] in ("ب", "ل")


_VERB_REACH = 30  # words from the meeting verb to "والوفد المرافق له" (a day, a place between)
_NEAR_VERB = 18  # (within it, the meeting rules have read the delegation's head already)


def _body_delegation_again(sr: Any, t: int, d: int, bid: str) -> None:
    """"استقبل Y وفد حماس / وفد الحركة" after "وفد حركة حماس برئاسة X" told in the last
    sentences: the same delegation, so Y met its remembered members too (its body is paired by
    the meeting rules). Only for the object of the verb at *t* (a subject before it or
    between them), not a plan or negation."""
    prev = _recent_delegation(sr)
    if prev is None or not prev[0] or prev[1] != bid:
        return
    subj = _verb_subject(sr, t, d) or sr.before(t, types=("Person",), maxgap=3)
    if subj is None or _blocked(sr, t, subj):
        return
    for e in prev[0]:
        if e != subj.eid:
            sr.add("MET_WITH", subj.eid, e, "delegation_again_ar")


def _co_subjects(sr: Any, t: int, d: int, subj: Any, partners: list[str]) -> list[Any]:
    """"التقى A وB (، السبت،) وفد حماس برئاسة Z": the people listed with the verb's subject
    *subj* right after the verb at *t*, up to the delegation word at *d*, all met the
    delegation (session 56); only *subj* when the delegation is coordinated with them
    ("التقى A وB ووفد ...": objects) or the subject stands before the verb."""
    if subj.lo < t or (sr.key(d).startswith("و") and sr.key(d)[1:] in _DELEGATION):
        return [subj]
    ch = [m for m in sr.chain(subj, ("Person",)) if m.hi <= d]
    if len(ch) < 2 or ch[0] is not subj or any(  # (past "، الذي ...،": session 71)
            sr.mention_at.get(x) is not None for x in range(sr._past_relative(ch[-1].hi), d)):
        return [subj]
    return [m for m in ch if m.eid not in partners]


_AR_DAYS = L.AR_WEEKDAYS | L._ar("أمس", "اليوم", "مساء", "صباح")


def _day_aside_before(sr: Any, t: int) -> int:
    """The length of a day set off by commas right before the verb at *t* ("عقد وفد ...
    برئاسة Z، الأربعاء، اجتماعاً مع ...", "، اليوم الأحد،": session 62), else 0."""
    if t - 1 <= sr.lo or sr.toks[t - 1].text not in ("،", ","):
        return 0
    for n in (1, 2):
        c = t - n - 2
        if c > sr.lo and sr.toks[c].text in ("،", ",") and \
                all(sr.f(y) & _AR_DAYS for y in range(c + 1, t - 1)):
            return n + 2
    return 0


def _delegations(sr: Any, triggers: list[int]) -> None:
    dels = sr.triggers(_DELEGATION, EMPTY)
    if not dels:
        return
    for d in dels:
        people, body, end, heads = _delegation(sr, d, dels)
        definite = sr.key(d).lstrip("و").startswith("ال")
        # the delegation's verb: the nearest meeting trigger before it in the clause
        t = next((v for v in reversed(triggers) if v < d and d - v <= _VERB_REACH and
                  not any(sr.toks[x].text in _ENDS for x in range(v, d))), None)
        if not people and body is not None and t is not None:
            _body_delegation_again(sr, t, d, body.eid)  # "واستقبل رشاد وفد الحركة" (s51)
        if people or body is not None:
            _delegation_memory(sr).append((sr.si, [p.eid for p in people],
                                           body.eid if body is not None else None))
        elif definite and t is None and (v := kana_delegation_verb_ar(sr, d, triggers)):
            prev = _recent_delegation(sr)  # "وكان الوفد قد التقى أيضاً Z" (session 64)
            if prev is not None and prev[0] and not _blocked(sr, v):
                delegation_subject_again_ar(sr, v, d, *prev)
        elif definite and t is not None and sr.key(d + 1) not in ("من", "عن"):
            prev = _recent_delegation(sr)
            if prev is None or not prev[0]:
                continue
            ids, bid = prev
            # "استقبل الوفد (العراقي)" / VSO "استقبل (رئيس الوزراء) X الوفدَ التركي": the
            # object, right after the verb or right after the person who is its subject
            vso = d - t > 2 and _verb_subject(sr, t, d)
            if d - t <= 2 or (vso and vso.hi == d and title_start(vso) <= t + 4):
                subj = _verb_subject(sr, t, d) or sr.before(t, types=("Person",), maxgap=3)
                if subj is None and not _blocked(sr, t):
                    # "وفي وقت لاحق، التقى الوفد Z": the delegation is the subject
                    delegation_subject_again_ar(sr, t, d, ids, bid)
                    continue
                if subj is None or _blocked(sr, t, subj):
                    continue
                for e in ids or ([bid] if bid else []):  # a named member stands for his body
                    if e != subj.eid:
                        sr.add("MET_WITH", subj.eid, e, "delegation_again_ar")
            continue
        else:
            continue
        if t is None:
            continue
        partners = [p.eid for p in people] + ([body.eid] if body is not None else [])
        # "استقبل H وفد حماس برئاسة Z": H met Z; the body met H only when no one is named
        met = [p.eid for p in people] or ([body.eid] if body is not None else [])
        inside = {m.eid for m in sr.args if d <= m.lo < end and m.eid not in partners}
        elsewhere = {m.eid for m in sr.args if not (d <= m.lo < end)}
        if _delegation_subject(sr, t, d):
            # the delegation is the subject: "التقى وفد من Y برئاسة Z، ...، W"
            obj = None
            for m in sr.args:
                if m.lo < end or m.etype not in ("Person", "Organization") or m.in_title:
                    continue
                if m.etype == "Organization" and sr.key(title_start(m) - 1) in ("في", "من"):
                    continue
                obj = m
                break
            if obj is None or title_start(obj) - end > 12 or any(
                    sr.toks[x].text in _ENDS for x in range(end, obj.lo)):
                continue
            if _blocked(sr, t):
                continue
            objs = [o for o in sr.chain(obj, ("Person", "Organization")) if o.eid not in partners]
            _drop(sr, inside - elsewhere)
            _drop_among(sr, set(partners))
            for o in objs:
                for e in met:
                    sr.add("MET_WITH", o.eid, e, "delegation_met_ar")
                _unpair_body(sr, o.eid, body, met)
            _head_met_members(sr, heads)
            _members_met(sr, people, heads, d, end, dels)
        else:
            subj = _verb_subject(sr, t, d)
            if subj is None and body is not None and people:
                # "وفد من حركة حماس برئاسة Z": Z and his body meet nobody in each other
                _drop_among(sr, set(partners))
            if subj is None or subj.eid in partners or _blocked(sr, t, subj):
                continue
            _drop(sr, inside - elsewhere)
            _drop_among(sr, set(partners))
            for s_ in _co_subjects(sr, t, d, subj, partners):
                for e in met:
                    sr.add("MET_WITH", s_.eid, e, "met_delegation_ar")
                _unpair_body(sr, s_.eid, body, met)
            _head_met_members(sr, heads)
            _members_met(sr, people, heads, d, end, dels)
            head = sr.mention_at.get(d - 1)  # "استقبل H ... G والوفد المرافق له": H met G
            if (head is None or head.hi != d) and sr.f(d + 1) & AR_ACCOMPANYING:
                head = accompanied_guest_ar(sr, d, sr.args, t + 1)  # "G (أبو مازن) رئيس ...، والوفد"
            if head is not None and head.hi <= d and head.etype == "Person" and \
                    sr.key(d).startswith("و") and head.eid != subj.eid and \
                    head.eid not in partners and d - t > _NEAR_VERB:
                sr.add("MET_WITH", subj.eid, head.eid, "met_delegation_ar")


# ---- pronoun object, subject after an adverbial -----------------------------------------------
def _pron_object(sr: Any, t: int) -> int | None:
    """Position after the pronoun of "استقبله" / "التقاه" / "اجتمع به" / "بحث معه", or None."""
    k = sr.key(t).lstrip("وف")
    if k.endswith(("اه", "اها", "اهم")) or k in ("استقبله", "استقبلها", "استقبلهم"):
        return t + 1
    if not sr.f(t + 1).isdisjoint(_PRON_TAIL) and sr.key(t + 1) in ("به", "بها", "بهم", "معه", "معها",
                                                      "معهم"):
        return t + 2
    return None


def _pron_is_visitor(sr: Any, triggers: list[int]) -> None:
    """"(وصل V ...). وكان في استقباله X، ثم استقبله Y": the pronoun is the visitor V, not X
    (the base rules take the nearest person before the verb)."""
    for t in triggers:
        if _pron_object(sr, t) != t + 1 or not sr.f(t) & _RECEIVED_PRON:
            continue
        subj = _person_after(sr, t + 1, 2)
        if subj is None:
            continue
        own = clause_subject_ar(sr, t)  # "التقى S O، كما استقبله Z": S
        v = own if own is not None and own.eid != subj.eid else \
            guest_antecedent(sr, exclude=subj.eid)
        if v is None or v is not own and any(m.eid == v.eid for m in sr.args if m.lo < t):
            continue
        if arrival_subject_ar(sr, t) is not None or visit_noun_guest_ar(sr, t) is not None:
            continue  # "وتوجه X إلى B حيث استقبله Y", "زيارة X ...، حين استقبله Y": X is named
        before = {m.eid for m in sr.args if m.hi <= t and m.etype == "Person"}
        wrong = [r for r in sr.out if r.type == "MET_WITH" and r.rule == "met_pron_ar" and
                 subj.eid in (r.source, r.target) and
                 ({r.source, r.target} - {subj.eid}) <= before]
        if not wrong or _blocked(sr, t, subj):
            continue
        for r in wrong:
            sr.out.remove(r)
        sr.add("MET_WITH", subj.eid, v.eid, "met_pron_visitor_ar")


_RECEIVED_PRON = L._ar("استقبله", "استقبلها", "استقبلهم", "التقاه", "التقاها", "التقاهم")


def _late_subject(sr: Any, k: int) -> Any:
    """The person named after adverbials at *k* ("في المطار"، "بدلاً منه"، "أمس") who is the
    subject of the verb before them."""
    x = k
    limit = min(sr.hi, k + 9)
    while x < limit:
        m = sr.mention_at.get(x)
        if m is not None and m.etype == "Person" and not m.in_title:
            return m if m.prefix.lstrip("وف")[:1] not in ("ب", "ل") else None
        tk = sr.toks[x]
        if tk.text in ("،", ","):
            x += 1
            continue
        if tk.punct:
            return None
        if m is not None:
            if m.etype not in ("Location", "Country"):
                return None
            x = m.hi
            continue
        p = next((mm for mm in sr.args if mm.tlo == x and mm.etype == "Person"), None)
        if p is not None:  # a title starts here
            return p if sr.key(x - 1) not in ("في", "مع", "من") and \
                p.prefix.lstrip("وف")[:1] not in ("ب", "ل") else None
        airport_end = past_airport_name_ar(sr, x)  # "بمطار هواري بومدين الدولي" (s66)
        if airport_end is not None and airport_end < limit:
            x = airport_end
            continue
        if sr.f(x) & _PLACE_WORDS and not sr.key(x).startswith("ال") and x + 1 < limit and \
                sr.mention_at.get(x + 1) is None and not sr.toks[x + 1].punct and \
                not any(mm.tlo == x + 1 for mm in sr.args):
            x += 2  # "بمطار مهرآباد": a place noun and its name
            continue
        if tk.key in ("في", "فى") or sr.f(x) & (_ADVERBIAL | _PLACE_WORDS) or tk.key in (
                "الدولي", "الخاص", "الرياسي", "الحكومي"):
            x += 1
            continue
        if tk.key == "الي" and x > k and sr.f(x - 1) & _ARRIVAL_NOUN:
            x += 1  # "لدى وصوله إلى المطار / إلى بغداد": where he arrived
            continue
        if sr.f(x) & _AR_STYLE:  # "وكان في استقباله بالمطار صاحب السمو الملكي الأمير X": the
            x += 1  # Gulf style of address before his title (session 64), not counted in the
            limit = min(sr.hi, limit + 1)  # window: "لدى وصوله مطار قاعدة الرياض الجوية صاحب
            continue  # السمو الملكي الأمير X" (session 69)
        if sr.f(x) & L.AR_LEADER_NOUNS or tk.key in L.AR_TITLE_FIRST:
            # "رئيس مكتب رئيس الجمهورية X": a long title; "وزير النفط X": a title the name's
            # mention leaves out
            p = _person_after(sr, x, 6)
            return p if p is not None and p.prefix.lstrip("وف")[:1] not in ("ب", "ل") else None
        return None
    return None


def _previous_object(sr: Any, t: int) -> Any:
    """The object of an earlier meeting verb of this sentence (a person or "الضيف"), which the
    pronoun of a second verb most likely repeats ("لم يلتقِ X الضيفَ، واجتمع به Y")."""
    for v in range(t - 1, sr.lo - 1, -1):
        if not sr.f(v) & L.AR_MEET or v == t:
            continue
        for x in range(v + 1, min(t, v + 6)):
            if sr.key(x) in ("الضيف", "الزاير"):
                g = guest_antecedent(sr, exclude="", back=8)
                if g is not None:
                    return g
                return sr._prev_subject(exclude="")
        return None
    return None


_AR_WHEN = L._ar("بعدما", "عندما", "حين", "حينما", "لدى", "قبلما")
_AR_AFTER_THAT = L._ar("بعد", "قبل")
_AR_HOSTED = L._ar("استقبل", "واستقبل", "يستقبل", "ويستقبل", "استقبلت", "واستقبلت", "استضاف",
                   "واستضاف")


def _main_subject_after_when(sr: Any, t: int, subj: Any) -> Any:
    """"التقى X Y، بعدما / بعد أن استقبله Z": the pronoun of a verb in a clause of time after
    the main clause is the main clause's subject X (the first free person of the sentence),
    not its object Y named last (session 17); else None."""
    w = t - 1
    if sr.key(w) in ("أن", "ان") and sr.f(w - 1) & _AR_AFTER_THAT:
        w -= 1
    elif not sr.f(w) & _AR_WHEN:
        return None
    first = next((m for m in sr.args if m.etype == "Person" and m.hi <= w and not m.in_title
                  and m.prefix.lstrip("وف")[:1] not in ("ب", "ل")), None)
    if first is None or first.eid == subj.eid or any(
            sr.f(x) & _AR_HOSTED for x in range(sr.lo, w)):
        return None  # ("استقبل X Y، بعدما التقاه Z": the guest Y more likely)
    return first


def _pronoun_partners(sr: Any, triggers: list[int]) -> None:
    for t in triggers:
        k = _pron_object(sr, t)
        if k is None:
            continue
        subj = _late_subject(sr, k)
        if subj is None or title_start(subj) == k:
            continue  # right after the verb: the base rules read it
        ante = _previous_object(sr, t)
        if ante is None:
            ante = guest_antecedent(sr, exclude=subj.eid)
        if ante is None:
            ante = _main_subject_after_when(sr, t, subj)
        if ante is None:
            b = sr.before(t, types=("Person",), maxgap=40)
            ante = b if b is not None and b.prefix.lstrip("وف")[:1] not in ("ب", "ل") else None
        if ante is None and all(sr.toks[x].key in ("و", "ثم", "كما", "وقد", "قد")
                                for x in range(sr.lo, t)):
            ante = sr._prev_subject(exclude=subj.eid)
        if ante is None or ante.eid == subj.eid or _blocked(sr, t, subj):
            continue
        sr.add("MET_WITH", subj.eid, ante.eid, "met_pron_late_ar")


# ---- lists continued by "ثم" and "بينهم" ---------------------------------------------------------
def _skip_place(sr: Any, x: int) -> int:
    """Past a place or time phrase at *x* ("في عين التينة"، "في السراي"، "في مكتبه")."""
    if sr.key(x) in ("في", "فى"):
        x += 1
        n = 0
        while x < sr.hi and n < 3 and not sr.toks[x].punct:
            m = sr.mention_at.get(x)
            if m is not None and m.etype not in ("Location", "Country"):
                break
            x = m.hi if m is not None else x + 1
            n += 1
    return x


_VISIT_VERBS = L.AR_VISIT | L._ar("زاره", "زارها", "زارهم", "زارته", "زارتها", "زارتهم")
register_triggers(_VISIT_VERBS, EMPTY)  # ("قبل أن يزور Z": _before_then)


_AR_NOT = L._ar("لم", "ولم", "لن", "ولن", "لا", "ولا")  # "ثم لم يلتق Y": no meeting with Y


def _then_list(sr: Any, first: Any) -> list[Any]:
    """*first* and the people added after it by "، ثم (title) Y" past a place phrase."""
    out = list(sr.chain(first, ("Person",)))
    while True:
        x = _skip_place(sr, out[-1].hi)
        if sr.key(x) in ("،", ","):
            x += 1
        if not sr.f(x) & _THEN and sr.key(x) not in ("ثم", "وثم"):
            return out
        p = _person_after(sr, x + 1, 5)
        if p is None or p.prefix.lstrip("وف")[:1] in ("ب", "ل") and \
                p.prefix.lstrip("وف")[:1] != out[0].prefix.lstrip("وف")[:1]:
            return out  # "ثم لـY" after a bare object; "اجتمع بـX، ثم بـY" goes on
        if any(sr.f(y) & L.AR_MEET or sr.key(y) in L.AR_COMMON_VERBS or
               sr.f(y) & _VISIT_VERBS or sr.key(y) in _AR_NOT
               for y in range(x + 1, title_start(p))):
            return out  # "ثم التقى Y" / "ثم زارها Y" / "ثم لم يلتق Y": a clause of its own
        out.extend(c for c in sr.chain(p, ("Person",)) if c not in out)


def _before_then(sr: Any, triggers: list[int]) -> None:
    then = sr.triggers(_THEN, EMPTY)
    visits = [v for v in sr.triggers(_VISIT_VERBS, EMPTY) if _before_an(sr, v)] \
        if _VISIT_VERBS in sr._by_ar else []
    for t in sorted(set(triggers) | set(visits)) if visits else triggers:
        if _before_an(sr, t):
            first = _person_after(sr, t + 1, 4 if t not in visits else 0)
            if first is None:
                continue
            objs = _then_list(sr, first)
            guest = received_him_before(sr, t)
            if guest is None:
                guest = _main_clause_meeter(sr, t, first)
            if guest is None or _blocked(sr, t):
                continue
            ids = [o.eid for o in objs if o.eid != guest.eid]
            for i in range(len(ids)):
                for j in range(i + 1, len(ids)):
                    _drop_pair(sr, ids[i], ids[j])
            for e in ids:
                sr.add("MET_WITH", guest.eid, e, "guest_then_met_ar")
        elif then:
            _then_more(sr, t)


def _then_met_list(sr: Any, triggers: list[int]) -> None:
    """"أجرى X محادثات مع W ...، ثم التقى A وB (معاً)": X, the first clause's subject, met A
    and B; the list after the verb is its object, not "A met B" (session 49). Only after
    "، ثم" and for a list of two or more people."""
    for t in triggers:
        if sr.key(t - 1) != "ثم" or t - 2 < sr.lo or sr.toks[t - 2].text not in ("،", ","):
            continue
        first = _person_after(sr, t + 1, 4)
        if first is None:
            continue
        objs = sr.chain(first, ("Person",))
        if len(objs) < 2:
            continue
        subj = next((m for m in sr.args if m.hi < t - 2 and m.etype == "Person" and
                     not m.in_title and not m.poss and
                     not sr.has_prep(m, {"ب", "ل", "مع"})), None)
        ids = [o.eid for o in objs]
        if subj is None or subj.eid in ids or _blocked(sr, t) or not any(
                r.type == "MET_WITH" and r.sent == sr.si and subj.eid in (r.source, r.target)
                and not {r.source, r.target} & set(ids) for r in sr.out):
            continue  # (the subject met someone in the first clause: "أجرى X محادثات مع W")
        for i in range(len(ids)):
            for j in range(i + 1, len(ids)):
                _drop_pair(sr, ids[i], ids[j])
        for e in ids:
            sr.add("MET_WITH", subj.eid, e, "then_met_list_ar")


def _before_an(sr: Any, t: int) -> bool:
    """Does "قبل أن" / "بعد أن" stand right before the verb at *t*?"""
    return sr.key(t - 1) == "ان" and sr.key(t - 2) in ("قبل", "بعد", "وقبل", "وبعد")


def _main_clause_meeter(sr: Any, t: int, first: Any) -> Any:
    """"التقى X Y، قبل أن يلتقي / يزور Z" (session 14): X, the one partner of Y, the person
    named last right before "قبل أن" (a comma at most between); None when the verb at *t*
    has a subject of its own ("قبل أن يلتقي الأخير Z", "قبل أن يلتقي W Z")."""
    q = t - 2
    if sr.key(t + 1) in _LATTER or (first.lo > t + 1 and sr.key(t + 1) in _LATTER):
        return None
    nxt = sr.after(first.hi, types=("Person",), maxgap=0)
    if nxt is not None and not nxt.prefix.startswith("و") and not sr.has_prep(nxt, {"ب", "ل"}):
        return None  # VSO with its own subject: "قبل أن يلتقي W Z"
    obj = max((m for m in sr.args if m.hi <= q and m.etype == "Person"),
              key=lambda m: m.hi, default=None)
    if obj is None or any(not sr.toks[x].punct for x in range(obj.hi, q)):
        return None
    partner = _partner_of(sr, obj.eid)
    if partner is None:
        return None
    return next((m for m in sr.args if m.eid == partner and m.lo < q), None)


def _national_delegation(sr: Any, triggers: list[int]) -> None:
    """"(استقبل H الضيفين X وY ...) كما التقى الوفد الإيراني Z" (session 14): the delegation
    of that nationality is the people of that country named in this sentence or the one
    before (one to four, Z's country another); they met Z, and whoever the clause's missing
    subject was taken to be did not."""
    for t in triggers:
        d = t + 1
        if sr.key(d) != "الوفد" or sr.key(d + 1) not in L.NATIONALITY:
            continue
        country = L.NATIONALITY[sr.key(d + 1)]
        first = _person_after(sr, d + 2, 4)
        if first is None or _blocked(sr, t):
            continue
        objs = [o for o in sr.chain(first, ("Person",)) if sr.doc.country_of(o.eid) != country]
        members = national_members(sr, t, country)
        if not objs or not 1 <= len(members) <= 4:
            continue
        here = {m.eid for m in sr.args if m.hi <= t}
        ids = {o.eid for o in objs}
        sr.out[:] = [r for r in sr.out if not (
            r.type == "MET_WITH" and {r.source, r.target} & ids and
            not ({r.source, r.target} - ids) & (here | set(members)))]
        for mem in members:
            for o in objs:
                if o.eid != mem:
                    sr.add("MET_WITH", mem, o.eid, "national_delegation_ar")


def _then_more(sr: Any, t: int) -> None:
    """"التقى X Y في مكتبه، ثم Z": the partner of the object Y also met Z."""
    end = next((x for x in range(t + 1, sr.hi) if sr.toks[x].text in _ENDS), sr.hi)
    for p in sr.args:
        if p.lo <= t or p.etype != "Person" or p.in_title or title_start(p) > t + 14 or p.lo > end:
            continue
        plain = sr.chain(p, ("Person",))
        objs = _then_list(sr, p)
        if len(objs) <= len(plain):
            continue
        subj = _partner_of(sr, plain[-1].eid)
        if subj is None or _blocked(sr, t):
            return
        for o in objs[len(plain):]:
            if o.eid != subj:
                sr.add("MET_WITH", subj, o.eid, "met_then_ar")
        return


def _named_members(sr: Any, triggers: list[int]) -> None:
    """"التقى Y وعدداً من قادة الفصائل، (من) بينهم Z": the subject met Z too."""
    for c in sr.triggers(_AMONG, EMPTY):
        g = next((x for x in range(c - 1, max(sr.lo, c - 8) - 1, -1) if sr.f(x) & _GROUP_NOUNS),
                 None)
        if g is None:
            continue
        t = next((v for v in reversed(triggers) if v < g and g - v <= 16), None)
        if t is None or any(sr.toks[x].text in _ENDS for x in range(t, c)):
            continue
        # the object named last before the group noun: its partner is the subject
        obj = max((m for m in sr.args if t < m.lo and m.hi <= g and m.etype == "Person"),
                  key=lambda m: m.hi, default=None)
        subj = _partner_of(sr, obj.eid) if obj is not None else None
        if subj is None and obj is None:
            # "(وزار X بغداد،) واجتمع بقادة الفصائل، وفي مقدمهم Z": the clause's subject
            sm = sr._carried_subject(t) if sr.key(t - 1) in ("ثم", "كما") else \
                _clause_subject(sr, t)  # "التقى X Y، ثم اجتمع بقادة ...": X, not Y (s60)
            if sm is None and sr.key(t).startswith("و") and sr.key(t - 1) in ("،", ","):
                sm = _clause_subject_ar(sr, t - 1)
            if sm is None and all(sr.key(x) in ("و", "ثم", "كما", "وقد", "قد")
                                  for x in range(sr.lo, t)):
                sm = sr._prev_subject(exclude="")
            subj = sm.eid if sm is not None and sm.lo < g else None
            if subj is not None:
                groups = {m.eid for m in sr.args if g <= m.lo < c and m.etype == "Organization"}
                sr.out[:] = [r for r in sr.out if not (
                    r.type == "MET_WITH" and {r.source, r.target} & groups)]
        if subj is None or any(sr.key(x).lstrip("وف") in L.AR_NEG or sr.key(x) in L.AR_NEG
                               for x in range(obj.hi if obj is not None else g, c)):
            continue  # "التقى X Y، ولم يلتقِ قادة الفصائل، ومنهم Z"
        mem = _person_after(sr, c + (2 if sr.key(c) == "من" else 1), 4)
        if mem is None or _blocked(sr, t):
            continue
        for m in sr.chain(mem, ("Person", "Organization")):
            if m.eid != subj and m.etype == "Person":
                sr.add("MET_WITH", subj, m.eid, "met_named_members_ar")


# ---- what is no meeting ------------------------------------------------------------------------
def _unsure(sr: Any) -> None:
    """"لم يتضح إن كان X قد اجتمع بـY" / "لا يعرف ما إذا كان ...": drop pairs of that clause."""
    drop_unsure_ar(sr, "MET_WITH")


def _planned_noun(sr: Any, triggers: list[int]) -> None:
    """"لقاء مرتقب بين X وY" / "الاجتماع المزمع مع X" / "وأرجئ الاجتماع بين X وY": not
    held."""
    for t in triggers:
        if not sr.f(t) & _MEET_NOUNS:
            continue
        if not any(sr.f(y) & L.AR_PLANNED_ADJ for y in (t + 1, t + 2)) and not any(
                sr.f(y) & _CALLED_OFF for y in range(max(sr.lo, t - 2), t)):
            continue
        end = _clause_end(sr, t + 1)
        ids = {m.eid for m in sr.args if t < m.lo < end}
        before = {m.eid for m in sr.args if m.hi <= t}
        sr.out[:] = [r for r in sr.out if not (
            r.type == "MET_WITH" and ((r.source in ids and r.target in ids) or (
                {r.source, r.target} & ids and {r.source, r.target} & before and
                sr.key(t - 1) in ("حول", "عن", "بشان", "بشأن")))) ]


def _prep_org_subject(sr: Any, triggers: list[int]) -> None:
    """"قائد فيلق القدس التابع للحرس الثوري، X، ... التقى": the body after the preposition
    is no subject of the meeting."""
    if not triggers:
        return
    t0 = triggers[0]
    bad = set()
    for m in sr.args:
        if m.hi > t0 or m.etype != "Organization":
            continue
        if m.prefix.lstrip("وف")[:1] in ("ب", "ل") or sr.f(title_start(m) - 1) & _PREP_SUBJ_CUT:
            if not any(o.eid == m.eid and o.lo != m.lo for o in sr.args):
                bad.add(m.eid)
    if bad:
        sr.out[:] = [r for r in sr.out if not (
            r.type == "MET_WITH" and r.rule == "met_with_ar" and r.source in bad and
            r.target not in bad) and not (
            r.type == "MET_WITH" and r.rule == "met_with_ar" and r.target in bad and
            r.source not in bad)]


# ---- "كما التقى Y" / "ثم اجتمع بـY": the subject of the clause before --------------------------
def _clause_subject(sr: Any, v: int) -> Any:
    """Subject of the meeting verb at *v*: a free person right before it (SVO), else the first
    free person after it (VSO)."""
    b = sr.before(v, types=("Person",), maxgap=2)
    if b is not None and b.prefix.lstrip("وف")[:1] not in ("ب", "ل") and \
            not sr._in_closed_relative(b, v):  # "وعلى هامش الحفل، الذي حضره Z، التقى X
        return b  # Y": X, not Z of the aside (session 55)
    a = _person_after(sr, v + 1, 6)
    if a is not None and a.prefix.lstrip("وف")[:1] not in ("ب", "ل") and \
            sr.key(title_start(a) - 1) not in ("مع", "من", "في"):
        return a
    return None


def _received_guest(sr: Any, v: int) -> Any:
    """"وانتقل X إلى دمشق حيث استقبله Y": the guest X the pronoun of the reception at *v*
    stands for (the guest, not the host, goes on: "، كما التقى Z"), else None."""
    host = _clause_subject(sr, v)
    g = arrival_subject_ar(sr, v) or sr._carried_subject(v)
    if g is None and host is not None:
        g = guest_antecedent(sr, exclude=host.eid, back=1)
    return g if g is not None and (host is None or g.eid != host.eid) else None


def _clause_verb_before(sr: Any, triggers: list[int], i: int) -> int | None:
    """The meeting trigger of the clause before ``triggers[i]``, past purpose nouns with the
    preposition ل ("التقى X Y، لبحث ...، ثم اجتمع بـZ": التقى, not لبحث)."""
    for v in reversed(triggers[:i]):
        k = sr.key(v)
        if k in _MEET_NOUNS and sr.key(v - 1) == "في" and v - 1 > sr.lo:
            continue  # "التقى X Y وZ في اجتماع مشترك، ثم اجتمع بـW": the verb before, X
        if k[:1] != "ل" or k in _MEET_NOUNS:
            return v
    return None


def _with_prep(sr: Any, m: Any) -> bool:
    """*m* (its title included) is the object of بـ or مع ("التقى Y برئيس الإقليم X")."""
    s = title_start(m)
    k = sr.key(s)
    return sr.key(s - 1) == "مع" or m.prefix.lstrip("وف")[:1] == "ب" or (
        k[:1] == "ب" and any(o == 1 for o, _st in sr.toks[s].stems))


def _unread_subject(sr: Any, t: int, first: Any) -> bool:
    """"كما التقى الغانمي برئيس الإقليم X": an al- word no mention covers sits between the
    verb at *t* and its object with بـ/مع: a subject of its own the extractor did not link."""
    y = title_start(first) - 1
    return y > t and _with_prep(sr, first) and sr.key(y).startswith("ال") and \
        sr.key(y) not in L.AR_STOP and not any(m.lo <= y < m.hi for m in sr.args)


# feminine meeting verbs: their subject is a woman (``meeting_her.woman_named``)
_AR_SHE_MET = L._ar("التقت", "اجتمعت", "بحثت", "استقبلت", "عقدت", "أجرت")


def _also_met(sr: Any, triggers: list[int]) -> None:
    """"التقى X Y، كما التقى Z (وW)" / "(،) ثم اجتمع بـZ": X met Z (and W), not Y nor Z-W; a
    third such verb goes on with X too ("استقبل X A، ثم استقبل B، كما استقبل C": not B's nor
    A's, the person right before it; session 66)."""
    carried: dict[int, Any] = {}  # a continuing verb -> the subject it carried
    for i, t in enumerate(triggers):
        glued = i > 0 and _and_verb_with(sr, t)  # "، واجتمع بـZ" (session 17)
        if i == 0 or not glued and (sr.key(t - 1) not in ("كما", "ثم") or (
                sr.toks[t - 2].text not in ("،", ",") and sr.key(t - 1) != "ثم")):
            continue
        v = _clause_verb_before(sr, triggers, i)
        if v is None:
            continue
        if any(sr.toks[x].text in _ENDS for x in range(v, t)) or \
                _pron_object(sr, t) is not None or sr.f(v) & (_MEET_NOUNS | _IN_HIS_RECEPTION):
            continue  # "ثم استقبله Y": Y is the subject; "في استقباله X": no clause subject
        if sr.key(t + 1) == "الوفد" and sr.key(t + 2) in L.NATIONALITY:
            continue  # "، كما التقى الوفد الإيراني Z": a subject of its own (_national_delegation)
        v = _went_on_from(sr, triggers, v)
        subj = carried.get(v) or (_received_guest(sr, v) if _pron_object(sr, v) is not None
                                  else _clause_subject(sr, v))
        if glued and sr.key(v - 1) == "حيث":  # "زار X B في ... حيث التقى Y، واجتمع بـZ": X
            subj = arrival_subject_ar(sr, v) or subj
        if subj is not None and subj.lo > v and sr._counterpart(subj):
            # "(زار X أنقرة.) والتقى نظيره Y، كما اجتمع بـZ": Y is the object, X the subject
            # the sentence dropped (session 57)
            subj = dropped_with_subject_ar(sr, v, subj)
        elif subj is not None and v not in carried and _pron_object(sr, v) is None and \
                opening_object_ar(sr, v, t, subj):
            # "(وصل X إلى بيروت ...) كما التقى Y، ثم اجتمع مع Z": Y is the object, X met Z
            subj = also_met_dropped_subject_ar(sr, subj)
        first = _person_after(sr, t + 1, 4)
        if subj is None or first is None or subj.lo >= t - 2:
            continue
        if sr.key(t) in _AR_SHE_MET and not woman_named(sr, subj.eid):
            # "استقبل X المبعوثة Y، ثم التقت Z": a feminine verb, the woman met Z (session 48)
            subj = next((m for m in sr.args if m.hi <= t and m.etype == "Person" and
                         m.eid != subj.eid and woman_named(sr, m.eid)), None)
            if subj is None:
                continue
        objs = sr.chain(first, ("Person", "Organization"))
        objs += then_guests_ar(sr, objs[-1])  # "كما استقبل A، فـB، ثم C" (session 71)
        # "ثم التقى Y في عين التينة، وZ" (session 45, meetnew): Z after Y's place is met too,
        # not Y's object (Y would need an object of his own before the comma)
        objs += partner_after_place(sr, objs[-1].hi)
        if other_person_after(sr, objs, 6, triggers[i + 1:]) is not None or (
                not _with_prep(sr, first) and any(_with_prep(sr, o) for o in objs[1:])):
            continue  # "كما التقى Y X" / "كما التقى Y بـX": a subject and an object of its own
        if first.prefix.lstrip("وف")[:1] == "ل" or _blocked(sr, t) or \
                _unread_subject(sr, t, first):
            continue
        ids = {o.eid for o in objs} - {subj.eid}
        before = {m.eid for m in sr.args if m.hi <= t} - {subj.eid}
        sr.out[:] = [r for r in sr.out if not (
            r.type == "MET_WITH" and {r.source, r.target} & ids and
            ({r.source, r.target} - ids - {subj.eid} <= before) and
            subj.eid not in (r.source, r.target))]
        for e in ids:
            sr.add("MET_WITH", subj.eid, e, "also_met_ar")
        carried[t] = subj


def _went_on_from(sr: Any, triggers: list[int], v: int) -> int:
    """The verb whose subject the meeting verb at *v* goes on with when *v* itself goes on
    after «، ثم / ، كما» with no subject of its own ("استقبل X A، ثم استقبل B، كما استقبل C":
    for C, the verb of A; session 66); else *v*."""
    seen = 0
    while seen < 4 and sr.key(v - 1) in ("كما", "ثم") and sr.toks[v - 2].text in ("،", ",") \
            and _pron_object(sr, v) is None:
        prev = _clause_verb_before(sr, triggers, triggers.index(v))
        if prev is None:
            break
        v, seen = prev, seen + 1
    return v


def _and_verb_with(sr: Any, t: int) -> bool:
    """"، واجتمع بـZ" / "، وبحث مع Z": a verb glued to و after a comma whose object, with
    its preposition, follows at once (no subject of its own between)."""
    if not sr.key(t).startswith("و") or sr.toks[t - 1].text not in ("،", ","):
        return False
    first = _person_after(sr, t + 1, 3)
    if first is None:
        return False
    if sr.key(t + 1) == "مع":  # "، واجتمع مع Z"
        return title_start(first) == t + 2
    return title_start(first) == t + 1 and _with_prep(sr, first)


# ---- "حظي X باستقبال (رسمي) من (قبل) Y" ---------------------------------------------------------------
def _reception_from(sr: Any) -> None:
    for t in sr.triggers(_RECEPTION_NOUN, EMPTY):
        y = next((x for x in range(t + 1, min(sr.hi, t + 4)) if sr.key(x) == "من"), None)
        if y is None or any(sr.toks[x].punct for x in range(t, y)):
            continue
        k = y + 1 if sr.f(y + 1) & _FROM_AGENT else y + 1
        host = _person_after(sr, k + (1 if sr.f(k) & _FROM_AGENT else 0), 4)
        guest = sr.before(t, types=("Person",), maxgap=3)
        if host is None or guest is None or host.eid == guest.eid or \
                guest.prefix.lstrip("وف")[:1] in ("ب", "ل") or _blocked(sr, t, guest):
            continue
        for h in sr.chain(host, ("Person",)):
            sr.add("MET_WITH", guest.eid, h.eid, "reception_from_ar")


# ---- "(بعد / خلال / لدى) استقبال X (، ظرف،) Y / لـY": X received Y ---------------------------------
def _reception_noun(sr: Any) -> None:
    """The reception noun with its host as genitive and its guest after it ("بعد أيام من
    استقبال رئيس الوزراء X قائدَ ... Y", "خلال استقبال X لـY في بغداد"); not "في استقبال X"
    (``meetings._in_reception_ar``), "باستقبال من" (``_reception_from``), a purpose
    ("لاستقبال X") or a reception planned or denied."""
    for t in sr.triggers(_RECEPTION_NOUN, EMPTY):
        if sr.key(t).lstrip("و") != "استقبال" or sr.key(t - 1) in ("في", "فى", "وفي"):
            continue
        host = _person_after(sr, t + 1, 0)
        if host is None or host.kind != "name" or host.prefix:
            continue
        guest = None
        for m in sr.args:
            if m.lo < host.hi or m.in_title or m is host:
                continue
            s = title_start(m)
            if s - host.hi > 8 or any(sr.toks[x].text in _ENDS for x in range(host.hi, s)):
                break
            if m.etype in ("Person", "Organization") and m.prefix.lstrip("و") in ("", "ل", "لل"):
                guest = m
            break
        if guest is None or guest.eid == host.eid or _blocked(sr, t, host):
            continue
        if guest.etype == "Organization" and guest.kind != "name":
            continue
        for g in sr.chain(guest, ("Person", "Organization")):
            if g.eid != host.eid:
                sr.add("MET_WITH", host.eid, g.eid, "reception_noun_ar")


# ---- "وكان X قد استقبله" (SVO, object pronoun) and "يلتقي الأخير Y" ---------------------------------
def _svo_pronoun(sr: Any, triggers: list[int]) -> None:
    for t in triggers:
        if _pron_object(sr, t) is None:
            continue
        subj = sr.before(t, types=("Person",), maxgap=2)
        if subj is None or subj.prefix.lstrip("وف")[:1] in ("ب", "ل") or any(
                m.etype == "Person" and m.hi <= title_start(subj) for m in sr.args):
            continue  # someone named before the subject: the base rules decide
        if not all(sr.key(x) in ("و", "وكان", "كان", "وقد", "قد", "ثم", "كما") for x in range(
                sr.lo, title_start(subj))) or not all(sr.key(x) in ("قد", "ايضا", "بدوره")
                                                 for x in range(subj.hi, t)):
            continue
        ante = guest_antecedent(sr, exclude=subj.eid) or sr._prev_subject(exclude=subj.eid)
        if ante is None or ante.eid == subj.eid or _blocked(sr, t, subj):
            continue
        sr.add("MET_WITH", subj.eid, ante.eid, "met_pron_svo_ar")


def _latter_met(sr: Any, triggers: list[int]) -> None:
    """"X استقبل Y، قبل أن يلتقي الأخير Z": the latter (Y, the last person named) met Z; in a
    sentence naming no one before the verb, the last person of the sentences before ("اتصل X
    بـY. والتقى الأخير Z": Y; session 21)."""
    for t in triggers:
        if not sr.f(t + 1) & _LATTER:
            continue
        prev = [m for m in sr.args if m.hi <= t and m.etype == "Person"]
        if prev:
            latter = max(prev, key=lambda m: m.hi)
        else:
            eid = sr._antecedent(t + 1, exclude=set())
            if eid is None:
                continue
            tok = sr.toks[t + 1]
            latter = Mention(t + 1, t + 2, tok.start, tok.end, eid, "Person", sr.si,
                             kind="pron", tlo=t + 1)
        obj = _person_after(sr, t + 2, 4)
        if obj is None or obj.eid == latter.eid or _blocked(sr, t):
            continue
        for o in sr.chain(obj, ("Person",)):
            if o.eid != latter.eid:
                for r in [r for r in sr.out if r.type == "MET_WITH" and o.eid in (
                        r.source, r.target) and latter.eid not in (r.source, r.target)]:
                    sr.out.remove(r)
                sr.add("MET_WITH", latter.eid, o.eid, "latter_met_ar")


# ---- "سلّم X أوراق اعتماده إلى Y": an ambassador presents his credentials --------------------------
_CREDENTIALS = L._ar("اعتماده", "اعتمادها", "اعتمادهم")
_HANDED = L._ar("سلم", "يسلم", "قدم", "يقدم", "سلمت", "قدمت", "تسليم", "تقديم")


def _credentials(sr: Any) -> None:
    for c in sr.triggers(_CREDENTIALS, EMPTY):
        if not any(sr.f(x) & _HANDED for x in range(max(sr.lo, c - 20), c)):
            continue
        v = max(x for x in range(max(sr.lo, c - 20), c) if sr.f(x) & _HANDED)
        # (the last person before "أوراق اعتماده", else the subject of "وكان X قد قدّم")
        envoy = envoy_ar(sr, v, c) or sr.before(v, types=("Person",), maxgap=2)
        if envoy is None and sr.key(v).startswith("و"):
            envoy = arrival_subject_ar(sr, v)  # "وصل السفير X ...، وسلّم أوراق اعتماده لـY"
        y = c + 1
        if sr.key(y) not in ("الي", "إلى", "الى") and not sr.key(y).startswith("ل"):
            continue
        host = _person_after(sr, y + (1 if sr.key(y) in ("الي", "إلى", "الى") else 0), 6)
        if host is not None and sr.key(y).startswith("ل") and title_start(host) != y:
            host = None  # "أوراق اعتماده ليحلّ محلّ سلفه Y": a verb, Y is no host
        if host is None and sr.key(y).startswith("ل"):
            host = person_at(sr, y)
        if envoy is None or host is None or envoy.eid == host.eid or envoy.hi > c or \
                _blocked(sr, v, envoy):
            continue
        sr.add("MET_WITH", envoy.eid, host.eid, "credentials_ar")


# ---- "أقام X مأدبة عشاء على شرف Y" / "مأدبة أقامها X على شرفه": the host met the guest --------
_HONOUR = L._ar("شرف", "شرفه", "شرفها", "شرفهم",
                "تكريما", "تكريماً", "احتفاء", "احتفاءً")  # "تكريماً لـY" / "احتفاءً بـY" (s58)
_HONOUR_FOR = L._ar("تكريما", "تكريماً", "احتفاء", "احتفاءً")
_HOSTED = L._ar("أقام", "اقام", "أقامت", "اقامت", "أقامها", "اقامها", "أقامه", "اقامه", "أولم")
_GAVE_FEAST = L._ar("أولم", "اولم")  # "أولم X على شرف Y": the verb is the banquet
_BANQUET = L._ar("مأدبة", "مادبة", "مأدبه", "مادبه", "حفل", "حفلة", "وليمة", "وليمه")


def _banquet(sr: Any) -> None:
    """"أقام X مأدبة عشاء على شرف Y" -> X met Y; "حضر Y مأدبة أقامها X على شرفه" -> X met Y
    (the -ه is the sentence's subject before the banquet)."""
    for h in sr.triggers(_HONOUR, EMPTY):
        if (sr.key(h - 1) != "علي" and not sr.f(h) & _HONOUR_FOR) or not any(sr.f(x) & _BANQUET or sr.f(x) & _GAVE_FEAST
                                             for x in range(max(sr.lo, h - 8), h)):
            continue
        v = next((x for x in range(h - 2, max(sr.lo, h - 12) - 1, -1) if sr.f(x) & _HOSTED),
                 None)
        if v is None:
            continue
        host = _person_after(sr, v + 1, 1)
        if host is None or host.lo >= h:
            host = sr.before(v, types=("Person",), maxgap=2)  # "X أقام مأدبة"
        if sr.f(h) & _HONOUR_FOR:  # "مأدبة عشاء تكريماً للرئيس Y": the guest, glued ل / ب
            guest = _person_after(sr, h + 1, 2)
            if guest is not None and sr.toks[title_start(guest)].key[:1] not in ("ل", "ب"):
                guest = None
        elif sr.key(h) == "شرف":
            guest = _person_after(sr, h + 1, 2)
        else:  # "على شرفه": the subject before the banquet ("حضر Y مأدبة أقامها X على شرفه")
            guest = sr.before(v, types=("Person",), maxgap=10, indep=True)
        if host is None or guest is None or host.eid == guest.eid or _blocked(sr, v, host):
            continue
        for g in sr.chain(guest, ("Person",)):
            if g.eid != host.eid:
                sr.add("MET_WITH", host.eid, g.eid, "banquet_ar")


# ---- the object after a time phrase: "التقى قبيل مغادرته طهران المرشد X" ---------------------------
_WHEN = L._ar("قبيل", "قبل", "بعد", "بعيد", "عقب", "لدى", "فور", "إثر", "اثر", "خلال", "أثناء",
              "اثناء", "عند")


def _after_time_phrase(sr: Any, triggers: list[int]) -> None:
    for t in triggers:
        if not sr.f(t + 1) & _WHEN or not sr.key(t + 2).endswith(("ه", "ها")):
            continue
        if sr.f(t) & _MEET_NOUNS:
            continue
        x = t + 3
        while x < sr.hi and x < t + 7:
            m = sr.mention_at.get(x)
            if m is not None and m.etype in ("Location", "Country"):
                x = m.hi
                continue
            if sr.key(x) in ("الي", "إلى", "الى", "من", "في") or sr.f(x) & _ADVERBIAL:
                x += 1
                continue
            break
        obj = _person_after(sr, x, 2)
        if obj is None or obj.prefix.lstrip("وف")[:1] == "ل":
            continue
        if any(obj.eid in (r.source, r.target) for r in sr.out if r.type == "MET_WITH"):
            continue
        subj = sr._ar_relative_subject(t) or _clause_subject(sr, t)
        if subj is None or subj.eid == obj.eid or subj.lo > t or _blocked(sr, t, subj):
            continue
        for o in sr.chain(obj, ("Person",)):
            sr.add("MET_WITH", subj.eid, o.eid, "met_after_time_ar")


# ---- "اجتمع بالكاظمي وبقادة (في) الإطار": a prepositional object the base rules skipped, and
# the body whose leaders / officials were met ------------------------------------------------------
_IN_BODY = L._ar("في", "من", "عن", "داخل")


def _subject_of(sr: Any, t: int, exclude: set[str]) -> Any:
    """The subject of the meeting verb at *t*: the partner the base rules gave an object of it,
    else the clause's subject, else the carried subject ("حيث اجتمع")."""
    for m in sr.args:
        if m.lo <= t or m.lo > t + 14:
            continue
        p = _partner_of(sr, m.eid)
        if p is not None and p not in exclude:
            return next((a for a in sr.args if a.eid == p), None) or \
                next((a for a in sr.doc.ments if a.eid == p), None)
    s = _clause_subject(sr, t)
    if s is not None and s.lo < t and s.eid not in exclude:
        return s
    if sr.key(t - 1) in ("حيث", "وحيث", "كما", "ثم"):
        s = sr._carried_subject(t)
        if s is not None and s.eid not in exclude:
            return s
    return None


def _prep_objects(sr: Any, triggers: list[int]) -> None:
    for t in triggers:
        if sr.f(t) & _MEET_NOUNS:
            continue
        obj = sr.mention_at.get(t + 1)
        if obj is None or obj.lo != t + 1 or obj.etype not in ("Person", "Organization") or \
                obj.prefix.lstrip("وف")[:1] != "ب":
            continue
        if any(obj.eid in (r.source, r.target) for r in sr.out if r.type == "MET_WITH"):
            continue
        subj = _subject_of(sr, t, {obj.eid})
        if subj is None or subj.etype != "Person" or _blocked(sr, t, subj):
            continue
        sr.add("MET_WITH", subj.eid, obj.eid, "met_prep_object_ar")


def _group_bodies(sr: Any, triggers: list[int]) -> None:
    groups = sr.triggers(_GROUP_NOUNS, EMPTY)
    if not groups:
        return
    for t in triggers:
        if t > sr.lo and sr.key(t - 1).lstrip("و") == "هامش":
            continue  # "على هامش اجتماع وزراء الدول الأعضاء في المنظمة": the occasion, whose
            # gathered body met nobody
        end = min(_clause_end(sr, t + 1), t + 14)
        for x in groups:
            if x <= t or x >= end or sr.mention_at.get(x) is not None:
                continue
            y = x + 1
            if sr.f(y) & _IN_BODY:
                y += 1
            body = sr.mention_at.get(y)
            if body is None or body.lo != y or body.etype != "Organization":
                continue
            if any(sr.f(z) & _AMONG for z in range(body.hi, sr.hi)):
                continue  # named members: they are the partners
            named = sr.mention_at.get(body.hi)
            if named is not None and named.etype == "Person" and named.lo == body.hi:
                continue  # "قادة الإطار X وY": the leaders named right after it, not the body
            subj = _subject_of(sr, t, {body.eid})
            if subj is None or subj.etype != "Person" or _blocked(sr, t, subj):
                continue
            sr.add("MET_WITH", subj.eid, body.eid, "met_group_body_ar")


# ---- "استقبل X Y، يرافقه Z": the companion met the host too; "التقى X بـY / أجرى X مباحثات مع Y،
# يرافقه Z": X's companion met Y ------------------------------------------------------------------
_ACCOMPANIED = L._ar("يرافقه", "ترافقه", "يرافقها", "ترافقها", "يرافقهم", "ويرافقه", "يرافقه")
_IN_COMPANY = L._ar("برفقة", "وبرفقة")  # "استقبل X Y برفقة Z" (no comma): Z came with Y
_WITH_COMPANIONS = _ACCOMPANIED | _IN_COMPANY  # (one set, not a union per triggers() call)


def _companions(sr: Any, triggers: list[int]) -> None:
    for c in sr.triggers(_WITH_COMPANIONS, EMPTY):
        comma = sr.toks[c - 1].text in ("،", ",")
        if not comma and not sr.f(c) & _IN_COMPANY:
            continue
        g = c - 2 if comma else c - 1
        t = next((v for v in range(g, max(sr.lo, c - 15) - 1, -1)
                  if sr.f(v) & (L.AR_MEET | L.AR_MEET_NOUNS)), None)
        guest = sr.mention_at.get(g)
        if t is None or guest is None or guest.etype != "Person" or guest.lo <= t:
            continue
        if not comma and t not in triggers:
            continue  # "برفقة" only after the object of a meeting verb of this sentence
        comp = _person_after(sr, c + 1, 5)
        if comp is None or _blocked(sr, t):
            continue
        if comma and t in triggers and companions_aside_subjects_ar(
                sr, t, guest, sr.chain(comp, ("Person",))):
            continue  # «التقى A وB، برفقة C، X» (meeting_companions_aside_ar)
        comps = {m.eid for m in sr.chain(comp, ("Person",))} - {guest.eid}
        if sr.key(title_start(guest) - 1) in ("مع", "ومع") or guest.prefix.lstrip("وف")[:1] == "ب":
            # "أجرى X مباحثات مع Y / التقى X بـY، يرافقه Z": the pronoun is the subject X,
            # whose companion met Y, not X (session 14)
            host: str | None = guest.eid
            named = {m.eid for m in sr.args if m.hi <= c and m.etype == "Person"} - {host}
            sr.out[:] = [r for r in sr.out if not (
                r.type == "MET_WITH" and ({r.source, r.target} & comps) and
                ({r.source, r.target} & named))]
        elif t in triggers:
            host = _partner_of(sr, guest.eid)  # "استقبل X Y، يرافقه Z": Z met X
        else:
            host = None
        if host is None:
            continue
        for e in sorted(comps - {host}):
            sr.add("MET_WITH", host, e, "companion_met_ar")


# ---- "التقى الضيف الإيراني، الذي ...، Y": the guest of the last sentences ----------------------------
def _guest_relative(sr: Any, triggers: list[int]) -> None:
    for t in triggers:
        g = t + 1
        if sr.key(g) not in ("الضيف", "الزاير"):
            continue
        e = g + 1
        while e < sr.hi and sr.key(e) in L.NATIONALITY:
            e += 1
        if sr.key(e) not in ("،", ",") or sr.key(e + 1) not in ("الذي", "التي"):
            continue
        x = sr._past_relative(e)
        if x == e:
            continue
        obj = _person_after(sr, x, 3)
        guest = guest_antecedent(sr, exclude=obj.eid if obj is not None else "", back=8)
        if obj is None or guest is None or guest.eid == obj.eid or _blocked(sr, t):
            continue
        for o in sr.chain(obj, ("Person",)):
            if o.eid != guest.eid:
                sr.add("MET_WITH", guest.eid, o.eid, "guest_relative_ar")


# ---- "عقد اجتماع ثلاثي ضمّ X وY وZ" -----------------------------------------------------------------
_GROUPED = L._ar("ضم", "جمع", "ضمت", "جمعت", "يضم", "يجمع")


_HOSTED_AR = L._ar("استضاف", "استضافت", "يستضيف", "يستضف", "تستضيف", "تستضف", "ترأس", "ترأست",
                   "يترأس", "عقد", "عقدت", "يعقد")


def _grouped_host(sr: Any, t: int) -> Any:
    """The person who hosted / chaired / held the meeting noun at *t* ("استضاف X، أمس، في
    بغداد اجتماعاً ثلاثياً"): the person right after that verb, before the noun; False when
    that verb is negated or planned."""
    v = next((x for x in range(t - 1, max(sr.lo, t - 14) - 1, -1) if sr.f(x) & _HOSTED_AR), None)
    if v is None or any(sr.toks[x].text in _ENDS for x in range(v, t)):
        return None
    h = _person_after(sr, v + 1, 3)
    if sr.blocked(v, h):
        return False  # "لم يستضف X اجتماعاً ضمّ ...": no meeting
    return h if h is not None and h.hi <= t else None


def _headed_bodies(sr: Any, members: list[Any]) -> list[Any]:
    """*members* with a body followed by its named head («ووفد حكومة دمشق برئاسة وزير
    الخارجية X»; ``_HEADED_BY`` above) replaced by that head: the person took part, the body
    names his delegation (session 72)."""
    out: list[Any] = []
    for m in members:
        if m.etype == "Organization" and m.hi < sr.hi and sr.f(m.hi) & _HEADED_BY:
            head = sr.after(m.hi + 1, types=("Person",), maxgap=4)
            if head is not None:
                m = head
        if m not in out:
            out.append(m)
    return out


def _meeting_grouped(sr: Any, triggers: list[int]) -> None:
    for t in triggers:
        if not sr.f(t) & _MEET_NOUNS:
            continue
        v = next((x for x in (t + 2, t + 3) if sr.f(x) & _GROUPED), None)
        if v is None or any(sr.toks[x].punct for x in range(t, v)):
            continue  # (right after the noun: the base rules' "لقاء جمع X بـY")
        first = _person_after(sr, v + 1, 4)
        if first is None or _blocked(sr, t):
            continue
        members = sr.chain(first, ("Person", "Organization"))
        while True:  # "ضمّ نظيريه الإيراني X والسوري Y": a nationality before each member
            k = sr.key(members[-1].hi)
            nxt = sr.after(members[-1].hi + 1, types=("Person",), maxgap=0) \
                if k[:1] == "و" and k[1:] in L.NATIONALITY else None
            if nxt is None or nxt in members:
                break
            members.append(nxt)
        members = _headed_bodies(sr, members)  # "ووفد حكومة دمشق برئاسة X": X (s72)
        host = _grouped_host(sr, t)  # "استضاف X ... اجتماعاً ثلاثياً ضمّ ...": X took part
        if host is False:
            continue
        if host is not None and host not in members:
            members.insert(0, host)
        for i in range(len(members)):
            for j in range(i + 1, len(members)):
                sr.add("MET_WITH", members[i].eid, members[j].eid, "meeting_grouped_ar")


# ---- "وأضاف (X) أن Y زار بيروت ...، واجتمع به": the pronoun is the speaker ----------------------
_THAT = L._ar("ان", "أن", "إن", "بان", "بأن")


def _speaker_pronoun(sr: Any, triggers: list[int]) -> None:
    for t in triggers:
        k = _pron_object(sr, t)
        if k is None or not sr.key(t).startswith("و") or sr.key(t - 1) not in ("،", ","):
            continue
        if _late_subject(sr, k) is not None:
            continue
        th = next((x for x in range(t - 2, max(sr.lo, t - 16) - 1, -1)
                   if sr.f(x) & _THAT and sr.key(x) in _THAT), None)
        if th is None or not any(sr.f(y) & _AR_SAID for y in range(max(sr.lo, th - 4), th)):
            continue
        subj = _person_after(sr, th + 1, 1)
        if subj is None or subj.hi > t or subj.prefix.lstrip("وف")[:1] in ("ب", "ل"):
            continue
        v = max(y for y in range(max(sr.lo, th - 4), th) if sr.f(y) & _AR_SAID)
        speaker = _person_after(sr, v + 1, 2)
        if speaker is not None and speaker.hi > th:
            speaker = None
        if speaker is None and all(sr.key(y) in ("و", "كما") or sr.f(y) & _AR_SAID
                                   for y in range(sr.lo, th)):
            speaker = sr._prev_subject(exclude=subj.eid)  # "وأضاف أن ...": the last speaker
        if speaker is None or speaker.eid == subj.eid or _blocked(sr, t, subj):
            continue
        sr.add("MET_WITH", subj.eid, speaker.eid, "met_speaker_ar")


# ---- "وفي لقاء مع X (في بغداد)، قال Y": the main clause's subject met X ----------------------------
_OPENERS = L._ar("في", "وفي", "خلال", "وخلال", "أثناء", "وأثناء", "اثناء")


def _meeting_phrase_first(sr: Any, triggers: list[int]) -> None:
    for t in triggers:
        if t - 1 != sr.lo or not sr.f(t - 1) & _OPENERS or not sr.f(t) & _MEET_NOUNS:
            continue
        w = with_after_place(sr, t, ("مع", "ب"))  # (or "اجتماع في بغداد مع Y")
        if w is None:
            continue
        obj = _person_after(sr, w + 1, 3)
        if obj is None:
            continue
        comma = next((y for y in range(obj.hi, min(sr.hi, obj.hi + 8))
                      if sr.key(y) in ("،", ",")), None)
        if comma is None or any(sr.f(y) & L.AR_PLANNED_ADJ for y in range(t + 1, comma)):
            continue
        subj = _person_after(sr, comma + 2, 1) or _person_after(sr, comma + 1, 0)
        if subj is None or subj.eid == obj.eid or _blocked(sr, comma + 1, subj):
            continue
        for o in sr.chain(obj, ("Person", "Organization")):
            if o.eid != subj.eid:
                sr.add("MET_WITH", subj.eid, o.eid, "meeting_phrase_first_ar")


# ---- "حلّ X ضيفاً على Y" --------------------------------------------------------------------------------
_AS_GUEST = L._ar("ضيفا", "ضيفاً", "ضيفة")


def _guest_of(sr: Any) -> None:
    for g in sr.triggers(_AS_GUEST, EMPTY):
        if sr.key(g + 1) not in ("علي", "على"):
            continue
        host = _person_after(sr, g + 2, 4)
        guest = sr.before(g, types=("Person",), maxgap=2)
        if host is None or guest is None or host.eid == guest.eid or _blocked(sr, g, guest):
            continue
        sr.add("MET_WITH", guest.eid, host.eid, "guest_of_ar")


# ---- "عقب مباحثات جمعتهما": the two named before met -----------------------------------------------
_BROUGHT_TWO = L.AR_BROUGHT_DUAL | L._ar("جمعتهم", "جمعهم")


def _brought_together(sr: Any, triggers: list[int]) -> None:
    for t in triggers:
        if not sr.f(t) & _MEET_NOUNS:
            continue
        v = next((x for x in (t + 1, t + 2) if sr.f(x) & _BROUGHT_TWO), None)
        if v is None or _blocked(sr, t):
            continue
        for m in sr.args:
            if m.etype != "Person" or m.hi > t:
                continue
            ch = [c for c in sr.chain(m, ("Person",)) if c.hi <= t]
            if len(ch) >= 2:
                for i in range(len(ch)):
                    for j in range(i + 1, len(ch)):
                        sr.add("MET_WITH", ch[i].eid, ch[j].eid, "brought_together_ar")
                return
        if sr.f(v) & L.AR_BROUGHT_DUAL:
            # "أوصل X رسالة إلى Y خلال لقاء جمعهما": the dual "them two" are the only two
            # people named before it in the sentence (session 56)
            two = {m.eid for m in sr.args if m.etype == "Person" and m.hi <= t}
            if len(two) == 2 and not _bare_counterpart_before(sr, t):
                a, b = sorted(two)
                sr.add("MET_WITH", a, b, "brought_together_ar")


def _bare_counterpart_before(sr: Any, t: int) -> bool:
    """A «نظيره» before *t* that no name follows ("وقدّم X تعازيه لنظيره الروسي خلال لقاء
    ثنائي جمعهما"): the dual may stand for X and that unnamed counterpart, not for another
    person named in the sentence (the ambassador killed the day before; session 71)."""
    for x in range(sr.lo, t):
        if any(f.startswith("نظير") for f in sr.f(x)) and not any(
                m.etype == "Person" and m.tlo <= x < m.lo for m in sr.args):
            return True
    return False


# ---- "وكان في استقباله (بالمطار) X": the visitor the pronoun stands for met X -----------------------
_IN_HIS_RECEPTION = L._ar("استقباله", "استقبالها", "استقبالهم", "مستقبليه", "مستقبليها")
_AR_FRONT = L._ar("مقدمة", "طليعة")  # «في مقدمة / طليعة مستقبلي(ه)»: at the head of
# the word right before the pronoun form: «في استقباله»، «في مقدمة / طليعة مستقبليه»، «على رأس
# مستقبليه»
_AT_THE_HEAD = _AR_FRONT | L._ar("في", "رأس")


def _guest_in_sentence(sr: Any, t: int, host: Any) -> Any:
    """"وصل V إلى ...، وكان في استقباله X": the arrival's subject V earlier in the sentence
    (not the host X), else None."""
    v = arrival_subject_ar(sr, t)
    return v if v is not None and v.eid != host.eid and v.hi <= t else None


# «في مقدمة مستقبلي Y»: the receivers of Y (a construct plural, the guest named after it)
AR_RECEIVERS_OF = L._ar("مستقبلي")


def _receivers_of_ar(sr: Any) -> None:
    """«وكان X في مقدمة مستقبلي Y لدى وصوله ...» / «وكان في مقدمة مستقبلي Y X»: X, at the head
    of those who received the guest Y, met him (session 66; the pronoun form «في مقدمة
    مستقبليه» is ``_in_his_reception``)."""
    for t in sr.triggers(AR_RECEIVERS_OF, EMPTY):
        if not sr.f(t - 1) & _AR_FRONT or sr.key(t - 2) != "في":
            continue
        guest = sr.after(t + 1, types=("Person",), maxgap=0)
        if guest is None or title_start(guest) != t + 1:
            continue
        host = host_after_kana(sr, t - 2) or _late_subject(sr, guest.hi)
        if host is None or host.eid == guest.eid or _blocked(sr, t, host):
            continue
        co_receivers_ar(sr, guest, host, "receivers_of_ar", "in_reception_receivers_ar")


def _in_his_reception(sr: Any) -> None:
    """«وكان في استقباله (بالمطار) X» / «وكان في مقدمة مستقبليه X» / «كان X في استقباله»: the
    guest the pronoun stands for (the arrival's subject in the sentence, else the guest or
    subject of the sentences before) met X and those listed with him (``co_receivers_ar``).
    The named form «في استقبال Y X» is ``meetings._in_reception_ar``, «في مقدمة مستقبلي Y X»
    ``_receivers_of_ar``."""
    for t in sr.triggers(_IN_HIS_RECEPTION, EMPTY):
        if sr.key(t - 1) not in _AT_THE_HEAD or sr.f(t) & _RECEPTION_NOUN:
            continue
        host = _late_subject(sr, t + 1)
        guest = None
        if host is None:
            host = host_after_kana(sr, t - 1)  # "(بعدما) كان X في استقباله (بالمطار)"
            if host is not None:
                # "وصل V إلى ...، وكان X في استقباله": the visitor named before in the sentence
                v = next((x for x in range(sr.lo, title_start(host)) if sr.f(x) & L.AR_VISIT), None)
                guest = sr.after(v + 1, types=("Person",), maxgap=4) if v is not None else None
        if host is None:
            continue
        guest = guest or _guest_in_sentence(sr, t, host) or \
            guest_antecedent(sr, exclude=host.eid) or sr._prev_subject(exclude=host.eid)
        if guest is None or guest.eid == host.eid or _blocked(sr, t, host):
            continue
        # the guest met each receiver, the receivers each other (session 36)
        co_receivers_ar(sr, guest, host, "in_his_reception_ar", "in_reception_receivers_ar")


@needs((L.AR_MEET, EMPTY), (_DELEGATION, EMPTY), (_RECEPTION_NOUN, EMPTY), (_AS_GUEST, EMPTY),
       (_CREDENTIALS, EMPTY), (AR_CREDENTIALS_OF, EMPTY), (_HONOUR, EMPTY), (AR_JOINT, EMPTY), (AR_DUAL_MEETING, EMPTY),
       (AR_SAT_WITH, EMPTY), (AR_ATE, EMPTY), (AR_SIGNED, EMPTY), (AR_SUMMONED, EMPTY), (AR_GATHERED, EMPTY),
       (AR_SHOOK, EMPTY), (AR_AUDIENCE_V, EMPTY), (AR_WITNESSED, EMPTY), (AR_TALKS_NOUNS, EMPTY), (AR_DUAL_RELATIVE, EMPTY),
       (AR_WITH_PARTICIPATION, EMPTY), (AR_WELCOME, EMPTY), (AR_MESSAGE, EMPTY), (AR_ATTEND_VERBS, EMPTY),
       (AR_HELD_IT, EMPTY),
       (AR_HELD_TOGETHER, EMPTY), (AR_COUNTERPARTS, EMPTY), (AR_HEADED, EMPTY),
       (AR_BRINGS_TOGETHER, EMPTY), (AR_HIM_MEET, EMPTY),
       (AR_BETWEEN_HIM, EMPTY), (AR_MET_THEM, EMPTY), (AR_FIRST_PERSON_MEET, EMPTY),
       (AR_OFFICE_DUALS, EMPTY), (AR_OPENED_IT, EMPTY), (AR_RECEIVERS_OF, EMPTY),
       (_IN_HIS_RECEPTION, EMPTY),  # «في مقدمة مستقبليه X»: no other cue in the sentence
       (AR_CONDOLENCES, EMPTY))
def meetings_ar(sr: Any) -> None:
    """The Arabic MET_WITH constructions of this module, for one sentence."""
    if not sr.toks[sr.lo].ar:
        return
    triggers = sr.triggers(L.AR_MEET, EMPTY)
    counterpart_side_ar(sr)  # meeting_counterpart_side.py: "استقبل X نظيره السوري. وترأس الوفد A"
    _reception_from(sr)
    if _RECEPTION_NOUN in sr._by_ar:
        _reception_noun(sr)  # "بعد استقبال X (لـ)Y"
    _guest_of(sr)
    if sr.f(sr.lo) & AR_CAME:
        came_during_dual_ar(sr)  # meeting_came_during_ar.py: "X ونظيره Y ... . جاء ذلك خلال لقائهما"
    _credentials(sr)
    if AR_CONDOLENCES in sr._by_ar:
        condolences_ar(sr)  # meeting_condolences.py: "قدم X التعازي لـY"
        condolences_received_ar(sr)  # meeting_condolences.py: "تقبّل X التعازي من Y"
    if AR_CREDENTIALS_OF in sr._by_ar:
        credentials_received_ar(sr, _blocked)  # "تسلّم X أوراق اعتماد Y" (meeting_credentials_ar)
    if _HONOUR in sr._by_ar:
        _banquet(sr)  # "أقام X مأدبة على شرف Y"
    if AR_JOINT in sr._by_ar:
        joint_press_conference(sr)  # meeting_press.py: "عقد X وY مؤتمراً صحفياً مشتركاً"
        joint_talks_ar(sr, AR_JOINT)  # meeting_joint_talks.py: "عقد X اجتماعاً مشتركاً مع A وB"
    if AR_SAT_WITH in sr._by_ar:
        sat_with_ar(sr)  # meeting_phrases.py: "وجلس X إلى Y"
        sat_after_clause_ar(sr)  # meeting_sat_after_clause_ar.py: "حين زار X ...، جلس مع Y"
    if AR_HELD_TOGETHER in sr._by_ar or AR_HEADED in sr._by_ar:
        held_together_ar(sr)  # meeting_gathered_ar.py: "عقد / ترأس X وY، الثلاثاء، قمة"
    if AR_COUNTERPARTS in sr._by_ar:
        counterparts_met_ar(sr)  # meeting_gathered_ar.py: "التقى X نظيريه Y وZ"
    if AR_HEADED in sr._by_ar:
        heads_of_sides_ar(sr)  # meeting_gathered_ar.py: "ترأس الوفد X، فيما ترأس الجانب Y"
    if AR_SIGNED in sr._by_ar:
        signed_with_ar(sr)  # meeting_signed_ar.py: "وقّع X اتفاقاً مع Y"
        signed_by_sides_ar(sr)  # meeting_signed_sides_ar.py: "وقّعه عن الجانب X A، وعن الجانب Y B"
    if AR_SUMMONED in sr._by_ar:
        summoned_met_ar(sr)  # meeting_summoned_ar.py: "استدعى X Y إلى بعبدا، حيث التقاه"
    if AR_GATHERED in sr._by_ar:
        round_table_ar(sr)  # meeting_round_table.py: "جمع X إلى طاولة واحدة ...، ومنهم A وB"
    if AR_HELD_IT in sr._by_ar:
        held_with_rel_ar(sr)  # meeting_held_rel.py: "لقاءات عقدها X في الرياض مع Y"
        holders_listed_rel_ar(sr)  # meeting_held_rel.py: "القمة التي عقدها A وB"
    if AR_WITH_PARTICIPATION in sr._by_ar:
        presided_participation_ar(sr)  # meeting_presided_ar.py: "برئاسة X، وبمشاركة Y"
    if AR_WELCOME in sr._by_ar:
        welcome_ceremony_ar(sr)  # meeting_welcome_ceremony.py: "أقام X مراسم استقبال لـY"
    if AR_MESSAGE in sr._by_ar:
        message_handed_ar(sr)  # meeting_message_handed.py: "نقل X إلى Y رسالة"
    if AR_ATTEND_VERBS in sr._by_ar:
        attended_named_ar(sr)  # meeting_attended_named.py: "وحضر Z لقاء X مع Y"
    if AR_SHOOK in sr._by_ar:
        shook_hands_ar(sr)  # meeting_phrases.py: "وصافح X Y"
    if AR_AUDIENCE_V in sr._by_ar:
        audience_ar(sr)  # meeting_phrases.py: "حظي / تشرّف X بمقابلة Y", "منح Y مقابلة لـX"
    if AR_WITNESSED in sr._by_ar or AR_ATTENDED_SIGNING in sr._by_ar:
        witnessed_signing_ar(sr)  # meeting_witnessed_signing.py: "وشهد / وحضر X وY توقيع"
    if AR_SIGNED_PRESENCE in sr._by_ar:
        presence_at_signing_ar(sr)  # meeting_witnessed_signing.py: "وقّع الطرفان الاتفاق بحضور A وB"
    if AR_ATE in sr._by_ar:
        meal_with_ar(sr)  # meeting_phrases.py: "وتناول X الغداء مع Y"
    if AR_TOLD in sr._by_ar and AR_MEETING_NOUNS in sr._by_ar:
        told_at_meeting_ar(sr)  # meeting_told.py: "أكد X لـY خلال اللقاء / لقائهما"
    if AR_TALKS_NOUNS in sr._by_ar:
        talks_with_him_ar(sr)  # meeting_courtesy.py: "وأجرى Y محادثات معه"
    if AR_OPENED in sr._by_ar:
        opened_with_meeting_ar(sr)  # meeting_opened_with.py: "استهل X زيارته بلقاء Y"
    if AR_FIRST_PERSON_MEET in sr._by_ar:
        first_person_met_ar(sr)  # meeting_first_person_ar.py: "كتب X: «التقيت Y»"
    if AR_OPENED_IT in sr._by_ar:
        opened_meeting_ar(sr)  # meeting_opened_ar.py: "X وY جولة محادثات. وافتتح Z الاجتماع"
    if AR_OFFICE_DUALS in sr._by_ar:
        office_visit_dual_ar(sr)  # meeting_office_visit_ar.py: "توجه X إلى مقر Y، حيث وقّع الجانبان"
    if AR_DUAL_RELATIVE in sr._by_ar:
        dual_relative_ar(sr)  # meeting_dual_relative.py: "X وY، اللذين استقبلهما Z، ثم التقيا W"
    if AR_MET_THEM in sr._by_ar:
        dual_object_ar(sr)  # meeting_dual_ar.py: "وصل A وB، واستقبلهما Z"
    if AR_TWO_GUESTS in sr._by_ar:
        dual_guests_ar(sr)  # meeting_dual_ar.py: "... واستقبلهما Z. والتقى الضيفان W"
    if AR_BRINGS_TOGETHER in sr._by_ar:
        brought_together_ar(sr)  # meeting_brought_together_ar.py: "X يجمع A وB في لقاء"
    if AR_HIM_MEET in sr._by_ar:
        pronoun_here_ar(sr)  # meeting_noun_sides.py: "وهنأ X Y بفوزه، ثم التقاه"
    if AR_BETWEEN_HIM in sr._by_ar:
        between_pronoun_ar(sr)  # meeting_noun_sides.py: "لقاء بينه وبين Y"
    if AR_RECEIVERS_OF in sr._by_ar:
        _receivers_of_ar(sr)  # "وكان X في مقدمة مستقبلي Y"
    if not triggers:
        if _IN_HIS_RECEPTION in sr._by_ar:
            _in_his_reception(sr)  # «وكان في مقدمة مستقبليه X»: the sentence's one cue
        _delegations(sr, triggers)  # "وصل وفد ... برئاسة X": remembered for "الوفد" later
        return
    dual_subject_met_ar(sr)  # meeting_press.py: "وبحث الجانبان ..."
    _prep_org_subject(sr, triggers)
    _delegations(sr, triggers)
    _pronoun_partners(sr, triggers)
    _pron_is_visitor(sr, triggers)
    _before_then(sr, triggers)
    _then_met_list(sr, triggers)
    if _DELEGATION in sr._by_ar:
        _national_delegation(sr, triggers)
    _named_members(sr, triggers)
    _also_met(sr, triggers)
    coordinated_subjects_ar(sr, triggers)  # meeting_coord_subjects_ar.py: "التقى A وB Cَ"
    dual_later_ar(sr)  # meeting_dual_later_ar.py: "وكان A وB قد زارا ...، والتقيا C"
    dual_ref_verb_ar(sr)  # meeting_dual_ref_verb_ar.py: "التقى الموفدان A، قبل أن يلتقيا B"
    _svo_pronoun(sr, triggers)
    _latter_met(sr, triggers)
    _after_time_phrase(sr, triggers)
    _prep_objects(sr, triggers)
    _group_bodies(sr, triggers)
    _companions(sr, triggers)
    _guest_relative(sr, triggers)
    _meeting_grouped(sr, triggers)
    _speaker_pronoun(sr, triggers)
    _meeting_phrase_first(sr, triggers)
    _brought_together(sr, triggers)
    _in_his_reception(sr)
    _unsure(sr)
    drop_cancelled_ar(sr)  # meeting_cancelled_ar.py: "وألغى X لقاءه مع Y"
    _planned_noun(sr, triggers)
