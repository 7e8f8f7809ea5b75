"""Relation patterns in Arabic and English over tokens and mentions of one sentence.

Each rule returns :class:`Rel` objects with the direction of the vocabulary
(SUCCESSOR_OF successor -> predecessor, ASSASSINATED_BY victim -> perpetrator, ...).
Negated or hypothetical statements ("did not meet", "لم يلتق", "will visit", "سيزور")
produce nothing, and neither does a killing whose agent the text does not name.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from loaders.extract import lexicon as L
from loaders.extract.core_context import (
    apposed_subject_en,
    apposition_tail,
    arrival_subject_ar,
    context_rules,
    counterfactual_en,
    deceased_antecedent,
    guest_at_ar,
    headed_by_ar,
    killing_context_rules,
    more_agents_en,
    ordered_adj_agent,
    planned_ar,
    possessed_person_en,
    predecessor_pronoun_en,
    quote_speaker,
    strike_orderers,
    that_clause_speaker_ar,
    victim_as_subject,
)
from loaders.extract.core_recall import (
    AR_DIED_IN,
    HOOK_AR,
    HOOK_EN,
    appointee_after,
    attended_meeting,
    became_after_ar,
    claimed_lives,
    commander_of,
    companions,
    country_envoys,
    discussed_pair,
    dropped_subject,
    guest_antecedent,
    hosted_for,
    instead_of,
    more_objects,
    named_members_ar,
    note_victims,
    note_visitor,
    passive_by,
    predecessor_from_gazetteer,
    pronoun_object_en,
    received_him_before,
    remote_contact,
    strike_agent_back,
    strike_agent_later,
    their_meeting,
    whose_successor,
)
from loaders.extract.core_recall import EN_ADV as _EN_ADV
from loaders.extract.core_wire_rules import (
    acc_role,
    group_members_met,
    guest_subject_met,
    in_place_phrase,
    indirect_talks,
    inverted_killed_en,
    killed_when_struck_ar,
    meeting_object,
    more_kills_en,
    named_to_succeed_en,
    org_roles_en,
    pair_during_meeting_en,
    result_killing_ar,
    strike_subject_en,
    told_visiting_en,
    visit_pron_subject,
    visited_more,
    wire_rules_triggered,
    wire_successor,
)
from loaders.extract.dispatch import AR_TRIGGER_SETS as _AR_TRIGGER_SETS
from loaders.extract.dispatch import AR_WORD_SETS as _AR_WORD_SETS
from loaders.extract.dispatch import EN_TRIGGER_SETS as _EN_TRIGGER_SETS
from loaders.extract.dispatch import EN_WORD_SETS as _EN_WORD_SETS
from loaders.extract.dispatch import TEXT_FORMS as _TEXT_FORMS
from loaders.extract.dispatch import TRIGGER_CATS as _TRIGGER_CATS
from loaders.extract.dispatch import needs
from loaders.extract.dispatch import register_triggers as _register_triggers
from loaders.extract.killings import more_killings
from loaders.extract.mentions import (
    AGENT_TYPES,
    CAPITALS,
    QUOTES,
    Doc,
    Mention,
    _ment_at,
    _title_at,
    capital_id,
)
from loaders.extract.succession_kill_more import more_core
from loaders.extract.tokens import Tok
from loaders.textnorm import proclitic_splits


class Rel(NamedTuple):
    """One extracted relation with its sentence index and rule name (immutable; a named
    tuple is several times cheaper to create than a frozen dataclass)."""

    type: str
    source: str
    target: str
    sent: int
    rule: str
    confidence: float = 0.8


_C0 = L._en("denied", "denies", "deny", "refuted", "dismissed")
_C1 = L._ar("نفى", "نفت", "ينفي", "تنفي", "نفي", "كذب", "كذبت")
_C2 = L._ar("بحث", "يبحث", "بحثت", "ناقش", "يناقش", "ناقشت")
_C3 = L._ar("خليفة", "خليفه")
_C4 = L._ar("خلفا", "خلفاً")
_C5 = L._ar("خلف", "يخلف", "خلفه")
_C6 = L._ar("بعد", "عقب", "اثر", "إثر")
_C7 = L._ar(
                                "اغتيال", "مقتل", "وفاة", "رحيل", "استقالة", "اقالة", "إقالة",
                                "سلفه", "الراحل", "مصرع", "استشهاد", "تصفية")
_C8 = L._ar("اغتيال", "مقتل", "تصفية", "اغتياله", "مقتله", "استشهاد")
_C9 = L._ar("مقتل", "اغتيال")
_C10 = L._ar("اغتيل", "قتل", "استشهد", "استشهدا", "استشهدوا", "قتلا", "اغتيلا",
             "اغتيلوا")  # (also) passive readings
_LATTER = L._ar("الأخير", "الأخيرة", "والأخير") | frozenset({"latter"})
_AR_DIRECT = L._ar("مباشر", "مباشرة", "شخصي", "شخصية", "صريح")  # "بأمر مباشر من X"
_AR_COMPANIONS = L._ar("رفيقه", "مرافقه", "نائبه", "زميله", "مساعده", "رفيقيه", "مرافقيه")
_C11 = L._ar(
                "زعامه", "قياده", "رياسه", "زعامة", "قيادة", "رئاسة")
_C12 = L._ar("زار", "يزور", "زارت", "تزور")
_C13 = L._ar("زيارة", "الزيارة")
_C14 = L._ar("مدعومة", "المدعومة", "مدعوم", "المدعوم")
_AR_BACKED_PLURAL = L._ar("المدعومتان", "المدعومتين", "مدعومتان", "مدعومتين", "المدعومون",
                         "المدعومين", "مدعومون", "مدعومين")
_AR_SUPPORT_MORE = _AR_BACKED_PLURAL | L._ar("تدعمهما", "يدعمهم", "تدعمهم")
_EN_IRREALIS = frozenset({"vowed", "vows", "vow", "pledged", "pledges", "warned", "warns",
                          "urged", "urges", "demanded", "demands", "called", "calls",
                          "blamed", "blames", "suspected", "suspects", "denied", "denies",
                          "deny", "considering", "considered", "weighing", "mulling", "asked",
                          "threatening", "ready", "prepared", "preparing", "could", "can"})
_AR_IRREALIS = L._ar("هدد", "يهدد", "تهدد", "هددت", "توعد", "توعدت", "يتوعد", "دعا", "يدعو",
                     "دعت", "تدعو", "طالب", "يطالب", "طالبت", "تطالب", "اتهم", "يتهم", "اتهمت",
                     "تتهم", "اتهام", "اتهامات", "متهمة", "المتهمة", "حمل", "حملت", "يحمل",
                     "تحمل", "يشتبه", "المشتبه", "تستعد", "يستعد", "نفى", "نفت", "تنفي",
                     "ينفي", "تلويح", "لوح", "لوحت")
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
_AR_USED_BY = L._ar("تستخدمها", "يستخدمها", "التابعة", "التابع", "تابعة", "تديرها",
                    "يديرها", "تملكها")
_EN_FACILITIES = frozenset({"facilities", "positions", "bases", "fighters", "members",
                            "depots", "sites", "targets", "headquarters", "camps", "militants",
                            "outposts", "convoy", "convoys", "base", "facility"})
_EN_AUX_ADV = frozenset({"have", "has", "had", "also", "then", "again", "later", "reportedly",
                         "allegedly", "retaliated", "responded", "by", "was", "were"})
_FORCE_WORDS = frozenset({"forces", "troops", "army", "soldiers", "military"}) | L._ar(
    "قوات", "القوات", "جيش", "الجيش", "جنود", "الجنود", "قواتها")
_FORCES_IN = (["in"], ["في"], ["in", "the"], ["stationed", "in"], ["deployed", "in"],
              ["based", "in"], ["المنتشرة", "في"], ["الموجودة", "في"], ["المتمركزة", "في"],
              ["داخل"], ["inside"])
_AR_DIRECTIONS = L._ar("غرب", "شرق", "شمال", "جنوب", "غربي", "شرقي", "شمالي", "جنوبي",
                       "وسط", "شمال غرب", "جنوب غرب")
_EN_FACILITY_NOUNS = frozenset({"compound", "complex", "building", "headquarters", "premises"})
_EN_HOSTS = frozenset({"hosts", "hosting", "host", "houses", "housing", "hosted"})
_AR_HOSTS = L._ar("تضم", "يضم", "تضمان", "تستضيف", "يستضيف", "تستضيفان", "تؤوي", "تتمركز",
                  "يتمركز", "تنتشر", "ينتشر", "تتواجد", "يتواجد", "تتمركزان")
_FACILITY_WORDS = frozenset({"base", "airbase", "airport", "camp", "compound", "facility"}) | \
    L._ar("قاعدة", "القاعدة", "مطار", "المطار", "معسكر", "المعسكر")
_EN_VISIT_MORE = frozenset({"travelling", "traveling", "travels", "travel", "flying",
                            "arriving", "landing"})
_REMOTE = frozenset({"phone", "telephone", "video", "virtual", "virtually", "call",
                     "videoconference"}) | L._ar("هاتفيا", "هاتفياً", "هاتفي", "هاتفية",
                                                 "اتصال", "اتصالا", "الهاتف", "بالهاتف",
                                                 "الفيديو", "افتراضي")
_EN_DELEGATION_JOIN = frozenset({"accompanied", "including", "includes", "included"})


@lru_cache(maxsize=20_000)
def _forces_name(surface: str) -> bool:
    """Does a name denote armed forces ("U.S. troops", "القوات الأميركية")?"""
    return any(w in _FORCE_WORDS or L.fold_ar(w) in _FORCE_WORDS
               for w in surface.lower().split())


_EN_VISIT_ALL = L.EN_VISIT | _EN_VISIT_MORE
_AR_DELEGATION = L._ar("وفد", "وفدا", "الوفد")
_AR_INCLUDES_P = L._ar("يضم", "ضم")
_AR_DELEGATION_JOIN = _AR_INCLUDES_P | L._ar("برفقة", "يرافقه", "رافقه", "يرافقها")
_CAP_CACHE: dict[int, tuple] = {}


def _more_victims(victims: list, more: list) -> list:
    """*victims* then the companions in *more* not already among them."""
    have = {v.eid for v in victims}
    return victims + [m for m in more if m.eid not in have and not have.add(m.eid)]


def _capital_country(gaz) -> dict[str, str]:
    """capital's gazetteer id (a Location) -> country id."""
    hit = _CAP_CACHE.get(id(gaz))
    if hit is None or hit[0] is not gaz:
        table = {}
        for c in CAPITALS:
            cid = capital_id(gaz, c)
            if cid and cid.startswith("location:"):
                table[cid] = c
        hit = (gaz, table)
        _CAP_CACHE[id(gaz)] = hit
    return hit[1]


_EN_GENERIC_ORG_WORDS = frozenset({"militia", "group", "movement", "faction", "organisation",
                                   "organization", "party", "alliance", "coalition", "armed",
                                   "paramilitary", "shiite", "shia", "sunni", "powerful",
                                   "hardline", "militant"})
_EN_WHOSE = frozenset({"whose"})
_AR_RETALIATE = L._ar("رد", "ردت", "يرد", "ترد", "ردا", "ردت")
_EN_ABANDON = frozenset({"abandoned", "abandons", "ditched", "scrapped", "exited", "quit",
                         "reneged", "tore", "left"})
_EN_POLITICAL = frozenset({"party", "coalition", "bloc", "alliance", "movement", "list"})
_AR_POLITICAL = L._ar("حزب", "ائتلاف", "تحالف", "تيار", "كتلة", "الحزب", "الائتلاف", "التحالف",
                      "التيار", "الكتلة")
_EN_WAS = frozenset({"was", "were"})
_EN_CLAIM_CUES = frozenset({"claimed", "its", "their", "targeted", "struck", "attacked",
                            "hit", "shelled"})
_AR_GROUP_HEADS = L._ar("فصائل", "الفصائل", "قادة", "عناصر", "مقاتلي", "مواقع", "مقرات",
                        "منشآت", "أبرز", "أحد", "إحدى", "قيادة", "قائد", "زعيم", "عضو")
_AR_RESPONSIBILITY = L._ar("مسؤوليتها", "مسؤوليته", "مسؤوليتهم")
_AR_TARGETED = L._ar("استهدفت", "استهدف", "طالت", "طال", "تستهدف", "يستهدف")
_EN_VISIT_ADJ = frozenset({"rare", "first", "surprise", "secret", "brief", "official",
                           "unannounced", "two-day", "three-day", "short", "second", "state",
                           "previous", "latest", "recent", "last"})
_EN_APPOSED_GROUP = frozenset({"alliance", "umbrella", "coalition", "network", "grouping",
                               "group", "bloc", "collection"})
_EN_PLURAL_TITLES = frozenset({"leaders", "commanders", "officials", "members", "founders",
                               "figures", "spokesmen", "chiefs"})
_EN_PART_CUES = frozenset({"part", "faction", "factions", "component", "components",
                           "group", "groups", "member", "members"})
_AR_FACTIONS = L._ar("فصائل", "الفصائل", "تشكيلات", "مكونات")
_EN_LED_BY = frozenset({"headed", "led", "commanded", "run", "chaired"})
_AR_LED_BY = L._ar("يتزعمها", "يتزعمه", "يقودها", "يقوده", "يرأسها", "يرأسه", "بقيادة",
                   "تزعمها", "قادها", "يترأسها", "يترأسه")
_EN_LED = frozenset({"led", "leads", "founded", "headed", "heads", "commanded", "commands",
                     "runs", "ran", "co-founded", "chaired", "chairs"})
_MIL_RANKS = frozenset({"general", "gen", "brigadier", "brig", "major", "maj", "colonel", "col",
                        "lieutenant", "lt", "admiral", "adm", "captain", "capt"}) | L._ar(
    "الجنرال", "جنرال", "العميد", "عميد", "اللواء", "الفريق", "العقيد", "المقدم", "الرائد")
_EN_SPEECH = frozenset({"told", "said", "says", "say", "spoke", "speaking", "talking",
                        "interview", "statement", "remarks", "comments", "carried", "quoted"})
_EN_SPEECH_VERBS = frozenset({"told", "said", "says", "say", "spoke", "speaking", "talking",
                              "talked", "added", "stated"})
_AR_SPEECH_VERBS = L._ar("قال", "قالت", "يقول", "تقول", "أكد", "أكدت", "يؤكد", "أوضح",
                         "أوضحت", "صرح", "صرحت", "أضاف", "أضافت", "تحدث", "تحدثت", "أبلغ",
                         "أبلغت", "كشف", "كشفت", "ذكر", "ذكرت", "أعلن", "أعلنت", "نفى",
                         "نفت", "أشاد", "أشادت", "شدد", "شددت", "أشار", "أشارت")
_AR_DENY = L._ar("نفى", "نفت", "ينفي", "تنفي")
_EN_DENY = frozenset({"denied", "denies", "rejected", "dismissed"})
_AR_RELAY = L._ar("أفادت", "أفاد", "ذكرت", "نقلت", "أوردت", "نشرت")
_EN_RELAY = frozenset({"quoted", "reported", "cited"})
_EN_PREPS = frozenset({"to", "of", "for", "with", "by", "from", "near", "about", "on", "at",
                       "in", "against", "toward", "towards", "like", "than", "among"})
_AR_NOT_SUBJ = {"ل", "ب", "في", "مع", "من", "عن", "الى", "إلى", "على"}
_EN_SPOKE_TO = frozenset({"spoke", "speaking", "talking", "talked", "interview", "remarks",
                          "comments", "statement", "said"})
_AR_SPEECH = L._ar("قال", "قالت", "يقول", "تقول", "أكد", "أكدت", "يؤكد", "أوضح", "أوضحت",
                   "صرح", "صرحت", "أضاف", "أضافت", "تحدث", "تحدثت", "أبلغ", "أبلغت", "كشف",
                   "كشفت", "ذكر", "ذكرت", "أعلن", "أعلنت", "حديث", "مقابلة", "حوار", "تصريح",
                   "تصريحات", "بيان", "نقلته", "نقلتها", "أوردته", "بثته", "نشرته")
_AR_CARRIED = L._ar("نقلته", "نقلتها", "أوردته", "أوردتها", "بثته", "بثتها", "نشرته", "نشرتها")
_AR_INTERVIEW = L._ar("مقابلة", "حوار", "لقاء", "مقابلته", "حواره")
_AR_SUPPORT_ALL = L.AR_SUPPORT | _AR_SUPPORT_MORE
_C15 = L._ar("الموالية", "موالية", "موال", "الموالي", "الموالين")

_ORDER_WORDS = L._ar("بامر", "امر", "باوامر", "اوامر", "بتوجيه", "توجيه")

_EN_ORDER_NOUNS = frozenset({"orders", "order", "instructions", "instruction", "behest",
                             "command", "directive", "direction"})

_EN_KILL_DEATH = L.EN_KILL | {"death", "martyred"}  # "X's death in a US strike" (agent stated)
_EN_DENIED_AFTER = _C0 | {"rejected", "false", "untrue", "baseless", "unfounded", "incorrect",
                         "fabricated", "inaccurate", "wrong"}
_AR_ADOPT = L._ar("تبنت", "تبنى", "يتبنى", "تتبنى")
_AR_ANNOUNCE = L._ar("اعلنت", "اعلن", "تعلن", "يعلن", "اكدت", "اكد")
_AR_PREPS = {"ب", "ل", "مع", "الي", "علي", "من", "عن"}
_EN_BACKED = frozenset({"backed", "aligned", "allied", "led", "linked", "supported",
                        "affiliated", "sponsored"})
_AR_MEET_DUAL = L._ar("التقيا", "اجتمعا", "التقوا", "اجتمعوا", "يلتقيان", "يجتمعان",
                      "التقتا", "اجتمعتا")
_EN_SUBORD = frozenset({"after", "when", "before", "while", "because", "since", "once",
                        "until", "although", "though", "whereas"})
_AR_KILL_NOUN_PRON = L._ar("مقتله", "اغتياله", "استشهاده", "تصفيته")
_AR_RECEPTION = L._ar("استقبال")
_AR_GROUP_HEADS = L._ar("قادة", "زعماء", "ممثلي", "مسؤولي", "قيادات", "ممثلين", "مسؤولين",
                        "قياديين", "رؤساء", "أعضاء", "اعضاء", "وفد", "وفدا")
_EN_HOLD = frozenset({"held", "hold", "holds", "holding", "had", "conducted", "opened",
                      "attended", "chaired"})
_AR_KILL_TRIG = L.AR_KILL_STRONG | AR_DIED_IN
_AR_INSTEAD_T = L._ar("بدلا", "بدلاً", "عوضا", "عوضاً")
_EN_INSTEAD_T = frozenset({"instead", "place", "lieu"})
_AR_RESULT = L._ar("أسفر", "أسفرت", "اسفر", "اسفرت", "أدى", "أدت", "ادى", "ادت", "أودى",
                   "أودت", "تسبب", "تسببت")
_NOT_MEETERS = frozenset({"Country", "Location", "Event", "Agreement", "Outlet"})
_AR_ORDER_VERBS = L._ar("امر", "امرت", "امرا", "اوامر", "يامر")
_AR_APPOINT_VERBS = L._ar("عين", "عينت", "يعين", "تعين")
_AR_APPOINT_NOUN = L._ar("تعيين")
_AR_TIME_UNITS = L._ar("ساعات", "ساعة", "ساعتين", "ايام", "يوم", "يومين", "اسابيع", "اسبوع",
                       "اشهر", "شهر", "شهرين", "اسبوعين")

_MEET_PRON_NOUNS = L._ar("لقائه", "لقائها", "اجتماعه", "اجتماعها", "لقائهم", "اجتماعهم",
                        "استقباله", "استقبالها")
_VISIT_PRON = L._ar("زيارته", "زيارتها", "وصوله", "وصولها", "زيارتهم", "وصولهم", "جولته")
_RECEIVE_AR = L._ar("استقبل", "يستقبل", "استقبلت")

_SUCC_CACHE: dict[int, tuple] = {}


def _successors(gaz) -> dict[str, list[str]]:
    """predecessor id -> ids of gazetteer entries that name it as successor_of (per gazetteer,
    computed once; entries are in gazetteer order)."""
    hit = _SUCC_CACHE.get(id(gaz))
    if hit is None or hit[0] is not gaz or hit[2] != len(gaz.entries):
        table: dict[str, list[str]] = {}
        for e in gaz.entries.values():
            if e.successor_of:
                table.setdefault(e.successor_of, []).append(e.id)
        hit = (gaz, table, len(gaz.entries))
        _SUCC_CACHE[id(gaz)] = hit
    return hit[1]


# unions precomputed once (the rules run per sentence)
_EMPTY: frozenset[str] = frozenset()
_EN_SUCC_PRED = L.EN_SUCCESSOR | L.EN_PREDECESSOR
_AR_SUCC_PRED_TAKE = L.AR_SUCCESSOR | L.AR_PREDECESSOR | L.AR_TAKEOVER
_LEAD_VERBS_ALL = L.EN_LEAD_VERBS | L.AR_LEAD_VERBS | _C11
_AR_MVK = L.AR_MEET | L.AR_VISIT | L.AR_KILL
_AR_MVKL = _AR_MVK | L.AR_LEAD_VERBS
_C01 = _C0 | _C1

# English verbs that start a predicate of their own (an apposition has none)
_EN_PREDICATES = (L.EN_MEET | L.EN_SUCCEED | L.EN_KILL | L.EN_VISIT | L.EN_LEAD_VERBS |
                  frozenset({"said", "says", "told", "was", "were", "is", "are", "has", "had"})
                  ) - L.EN_KILL_NOUNS - L.EN_MEET_NOUNS
# a new predicate after a killing verb ends the search for its agent
_EN_CLAUSE_BREAK = (L.EN_MEET | L.EN_SUCCEED | L.EN_VISIT | L.EN_APPOINT | L.EN_LEAD_VERBS |
                    frozenset({"said", "says", "told"})) - L.EN_MEET_NOUNS - frozenset(
                        {"led", "took", "became"})
_AR_CONTRAST = L._ar("لكن", "لكنه", "لكنها", "ولكن", "ولكنه", "ولكنها", "بينما", "غير ان",
                     "الا ان", "إلا أن", "لكنهم")
_EN_CONTRAST = frozenset({"but", "however", "while", "whereas", "although", "though", "yet"})

_EN_PLACE_PREPS_STOP = frozenset({"in", "at", "near", "from", "outside", "inside", "over"})
_DURING_IT = frozenset({"خلالها", "خلاله", "اثناءها", "فيها"})  # "زيارة ... التقى فيها Y"
_LIST_QUALIFIERS = frozenset({"former", "late", "acting", "outgoing", "caretaker", "then",
                              "veteran", "senior", "top"})
CONNECTORS = frozenset({",", "،", "and", "&", "as", "well", "both", "و", "along", "with",
                        "plus"})
EN_PASSIVE_AUX = frozenset({"was", "were", "been", "being", "is", "are", "be", "got"})
AR_CLAUSE_PARTICLES = frozenset({"كما", "ثم", "قد", "وقد", "فقد", "لقد", "ان", "انه", "اذ",
                                 "حيث", "بعدما", "عندما", "حين", "وكان", "كان", "وكانت",
                                 "كانت", "الذي", "التي", "قبل", "بعد", "وبعد", "امس", "يوم",
                                 "اليوم"})


_FORMS: dict[str, frozenset[str]] = {}  # raw token text -> forms (a function of the text)


def forms(t: Tok) -> frozenset[str]:
    """Surface forms of a token for trigger lookup: key, proclitic-stripped stems with and
    without the article (Arabic); key (English). Cached per token text."""
    fs = _FORMS.get(t.text)
    if fs is None:
        fs = _ar_forms(t.key, t.stems) if t.ar else frozenset((t.key,))
        if len(_FORMS) > 200_000:
            _FORMS.clear()
        _FORMS[t.text] = fs
    return fs


@lru_cache(maxsize=100_000)
def _ar_forms(key: str, stems: tuple) -> frozenset[str]:
    out = {key}
    for _n, st in proclitic_splits(key):
        out.add(st)
    for _o, st in stems:
        out.add(st)
    return frozenset(out)


def trigger_sets(t: Tok) -> tuple[frozenset[str], ...]:
    """The registered trigger word sets (of the token's script) one of *t*'s forms is in."""
    cats = _TRIGGER_CATS.get(t.text)
    if cats is None:
        index = _AR_WORD_SETS if t.ar else _EN_WORD_SETS
        fs = forms(t)
        # the sets holding one of the forms, each once (their order does not matter)
        cats = tuple(dict.fromkeys(ws for fm in fs for ws in index.get(fm, ())))
        if len(_TRIGGER_CATS) > 200_000:
            _TRIGGER_CATS.clear()
            _TEXT_FORMS.clear()
        _TRIGGER_CATS[t.text] = cats
        _TEXT_FORMS[t.text] = (t.ar, fs)  # for sets registered later (dispatch.py)
    return cats


_AR_QAD = frozenset({"قد", "وقد", "فقد", "لقد"})
_PREPS_WITH_TO = frozenset({"ب", "ل", "مع"})  # has_prep() sets of the hot loops, built once
_PREP_IN = frozenset({"في"})
_register_triggers(HOOK_AR, HOOK_EN)  # SentenceRules._hooks looks them up directly

# words skipped between a name and its apposition ("X, who was appointed the new ...")
_APPOSITION_SKIP = frozenset({
    "the", "a", "an", "who", "is", "was", "as", "في", "appointed", "named", "became",
    "elected", "promoted", "to", "been", "has", "new", "took", "over", "takes", "serves",
    "served", "now", "later", "also", "subsequently", "then", "formerly", "previously",
    "once", "confirmed", "sworn", "remains", "remained", "sole", "re-elected", "reelected",
    "chosen"})


class SentenceRules:
    """Applies all rules to one sentence."""

    def __init__(self, doc: Doc, si: int):
        self.doc = doc
        self.si = si
        s = doc.sents[si]
        self.lo, self.hi = s.lo, s.hi
        self.toks = doc.toks
        self.ments = list(doc.by_sent.get(si, ()))
        self.args = sorted([m for m in self.ments if not m.in_title],
                           key=lambda m: (m.lo, m.kind != "name"))
        self.out: list[Rel] = []
        self.dependent: set[int] = set()  # mentions inside "X's successor" / "خليفة X"
        self._agents: list[str] = []
        self._remote: bool | None = None  # core_recall.remote_contact, per sentence
        self._intitle: set[int] | None = None
        self.mention_at: dict[int, Mention] = {}
        for m in self.args:
            for k in range(m.lo, m.hi):
                self.mention_at.setdefault(k, m)
        self._names_at = self.mention_at  # as before refresh(): names are never triggers
        self.mention_types = {m.etype for m in self.ments}  # for @needs (dispatch.py)
        self._index_triggers()
        # one look-up for the sentence-wide core_recall rules (most sentences have no cue;
        # the hook words are registered at import)
        self._hooks = HOOK_AR in self._by_ar or HOOK_EN in self._by_en

    def _index_triggers(self) -> None:
        """Positions of the trigger tokens of each word set (tokens inside names are never
        triggers)."""
        self._by_ar: dict[frozenset[str], list[int]] = {}
        self._by_en: dict[frozenset[str], list[int]] = {}
        toks, mat, known = self.toks, self._names_at, _TRIGGER_CATS
        for k in range(self.lo, self.hi):
            t = toks[k]
            if t.punct:
                continue
            cats = known.get(t.text)
            if cats is None:
                cats = trigger_sets(t)
            if not cats:
                continue
            m = mat.get(k)
            if m is not None and m.kind == "name":
                continue
            by = self._by_ar if t.ar else self._by_en
            for ws in cats:
                if ws in by:
                    by[ws].append(k)
                else:
                    by[ws] = [k]
        # the word sets with a trigger here, of either script (for @needs, dispatch.py)
        self.present_sets = self._by_ar.keys() | self._by_en.keys()

    # ---- helpers ---------------------------------------------------------------------
    def f(self, k: int) -> frozenset[str]:
        try:
            t = self.toks[k]
        except IndexError:
            return _EMPTY  # past the end of the text (a rule looking one token ahead)
        fs = _FORMS.get(t.text)
        return fs if fs is not None else forms(t)

    def key(self, k: int) -> str:
        return self.toks[k].key if self.lo <= k < self.hi else ""

    def triggers(self, ar: frozenset[str], en: frozenset[str]) -> list[int]:
        """Positions, in order, of Arabic tokens with a form in *ar* and of other tokens with
        a form in *en*."""
        if ar not in _AR_TRIGGER_SETS or en not in _EN_TRIGGER_SETS:
            _register_triggers(ar, en)  # first use of these word sets
            self._index_triggers()
        hit_ar = self._by_ar.get(ar)
        hit_en = self._by_en.get(en)
        if hit_ar is None:
            return list(hit_en) if hit_en is not None else []
        if hit_en is None:
            return list(hit_ar)
        return sorted(hit_ar + hit_en)  # disjoint: a token is Arabic or not

    def add(self, rtype: str, src: str | None, tgt: str | None, rule: str,
            conf: float = 0.8, envoys: bool = False) -> None:
        if not src or not tgt or src == tgt:
            return
        if rtype == "MET_WITH" and (
                self.doc.etype(src) in _NOT_MEETERS or self.doc.etype(tgt) in _NOT_MEETERS) \
                and not (envoys and "Location" not in (self.doc.etype(src),
                                                       self.doc.etype(tgt))):
            # people and groups meet; a country or a place does not ("Iran-backed"), except
            # through its envoys ("التقى ممثلي روسيا والصين", "met representatives of China")
            return
        if rtype == "MET_WITH" and remote_contact(self):
            return  # "held talks by video link", "في اتصال هاتفي": not a meeting in person
        self.out.append(Rel(rtype, src, tgt, self.si, rule, conf))
        if rtype == "LEADS":
            led = self.doc.__dict__.setdefault("led_by", {})
            led.setdefault(src, []).append(tgt)
        if rtype == "ASSASSINATED_BY":
            self.doc.kill_agents.append((self.si, tgt))
            note_victims(self, [src])
        if rtype == "VISITED":
            note_visitor(self, src)
        if rtype == "ASSASSINATED_BY" and self._agents and tgt == self._agents[0]:
            for other in self._agents[1:]:
                if other != src:
                    self.out.append(Rel(rtype, src, other, self.si, rule, conf))

    def before(self, k: int, types: Iterable[str] = AGENT_TYPES, maxgap: int = 30,
               person_first: bool = False, indep: bool = False) -> Mention | None:
        cands = [m for m in self.args if m.hi <= k and m.etype in types and k - m.hi <= maxgap]
        if indep:
            cands = [m for m in cands if id(m) not in self.dependent] or cands
            rel = self._relative_head(k, cands)
            if rel is not None:
                return rel
        if not cands:
            if "Person" in types:
                return self._pronoun(k, maxgap)
            return None
        if person_first:
            ppl = [m for m in cands if m.etype == "Person"]
            if ppl:
                return max(ppl, key=lambda m: (m.hi, m.kind == "name"))
        return max(cands, key=lambda m: (m.hi, m.kind == "name"))

    def subject_before(self, k: int, maxgap: int = 25) -> Mention | None:
        """English subject of the verb at *k*: the nearest person (else agent) before it,
        skipping people inside a ", who/which ... ," relative clause or apposition."""
        w = k - 1
        while w > self.lo and self.key(w) in _EN_ADV:
            w -= 1
        if self.key(w) == "who" and w > self.lo and not self.toks[w].ar:
            # "X, the Iranian general who (often) met Y": the relative clause's head
            head = self.before(w, types=("Person",), maxgap=8)
            if head is not None and not head.poss:
                return head
        named = apposed_subject_en(self, k)  # "his predecessor, X, met": X
        if named is not None:
            return named
        lo = k
        for x in range(k - 1, max(self.lo, k - maxgap) - 1, -1):
            if self.mention_at.get(x) is not None and self.mention_at[x].etype in AGENT_TYPES:
                break  # someone named between the comma and the verb is the subject
            if self.toks[x].text == "," and x > self.lo:
                # find an opening ", who" / ", the" that this comma closes
                for y in range(x - 1, max(self.lo - 1, x - 32), -1):
                    if self.toks[y].text == "," and (self.key(y + 1) in (
                            "who", "which", "whose", "whom", "the", "a", "an", "its", "his",
                            "her", "their") or self._appositive_start(y + 1, x)):
                        lo = y
                        break
                break
        m = self.before(lo, maxgap=maxgap, person_first=True)
        if m is None and lo == k:
            m = self.before(k, maxgap=maxgap, person_first=True)
        elif m is None:  # "X, a Hezbollah official, met": not Hezbollah when X is unknown
            m = self.before(k, types=("Person",), maxgap=maxgap)
        if m is not None and m.etype == "Person" and self._object_marked(m):
            # "X met Y, then flew to Riyadh to meet Z": Y is an object, X the subject
            for c in sorted((c for c in self.args if c.hi <= m.lo and c.etype == "Person"
                             and m.lo - c.hi <= maxgap), key=lambda c: -c.hi):
                if not self._object_marked(c) and not c.poss:
                    return c
        return m

    def _object_marked(self, m: Mention) -> bool:
        """English: the mention is the object of a verb or preposition right before it."""
        b = (m.tlo if m.tlo >= 0 else m.lo) - 1
        while b >= self.lo and self.key(b) in ("the", "a", "an", "his", "her", "their", "its"):
            b -= 1
        if b < self.lo or self.toks[b].ar:
            return False
        kb = self.key(b)
        return kb in ("with", "by", "to", "from", "of", "for", "received", "hosted",
                      "welcomed", "greeted", "succeeded", "replaced", "visited", "killed",
                      "met", "meet", "meets") or bool(self.f(b) & L.EN_MEET - L.EN_MEET_NOUNS)

    def _appositive_start(self, y: int, x: int) -> bool:
        """", Soleimani's successor," / ", Iran's envoy," / ", deputy head of X,": the
        segment [y, x) starts like an apposition (a possessive name or a title word) and has
        no verb of its own."""
        if y >= x:
            return False
        t = self.toks[y]
        if not (t.poss or t.key in L.EN_TITLE_FIRST or t.key in L.EN_QUALIFIERS or
                t.key in L.NATIONALITY):
            return False
        return not any(self.f(z) & _EN_PREDICATES for z in range(y, x))

    def after(self, k: int, types: Iterable[str] = AGENT_TYPES, maxgap: int = 12,
              skip: set[int] | None = None) -> Mention | None:
        skip = skip | self.dependent if skip else self.dependent
        for m in self.args:
            lo = min(m.lo, m.tlo) if m.tlo >= 0 else m.lo
            if m.lo >= k and lo - k <= maxgap and m.etype in types and \
                    (skip is None or id(m) not in skip):
                return m
        return None

    def _plural_people(self, t: int) -> list[Mention]:
        """"The two men were killed ..." / "Both men were killed": the last two people named
        together (joined by 'and') in the previous sentence."""
        keys = [self.key(x) for x in range(self.lo, t)]
        if not (("two" in keys and any(k in ("men", "leaders", "commanders", "officials")
                                       for k in keys)) or keys[:2] == ["both", "men"]):
            return []
        if self.si == 0:
            return []
        prev = sorted((m for m in self.doc.by_sent.get(self.si - 1, ()) if
                       m.etype == "Person" and not m.in_title), key=lambda m: m.lo)
        for i in range(len(prev) - 1, 0, -1):
            a, b = prev[i - 1], prev[i]
            between = {self.doc.toks[x].key for x in range(a.hi, b.tlo if b.tlo >= 0 else b.lo)}
            if "and" in between or "و" in between:
                return [a, b]
        return []

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
            if nxt is None or nxt.etype not in types:
                break
            if nxt.poss and nxt.hi < self.hi and not self.toks[nxt.hi].punct and \
                    self.toks[nxt.hi].key not in ("and", "or"):
                break  # "X, Soleimani's successor": a possessor, not a list member
            start = nxt.tlo if nxt.tlo >= 0 else nxt.lo
            intitle = self._in_title_tokens()
            gap = [self.toks[x] for x in range(cur.hi, start)
                   if not (self.toks[x].punct and self.toks[x].text in QUOTES) and
                   x not in intitle and not (  # "and the deputy commander ..., Y": a title's
                       x >= start - 3 and self.toks[x].key in ("the", "his", "her", "their",
                                                               "its") and 0 <= nxt.tlo < nxt.lo
                   ) and not (  # "..., and Asaib Ahl al-Haq leader Qais"
                       # "and Energy Secretary X": a portfolio before the title word
                       self.toks[x].cap and not self.toks[x].ar and
                       self.key(x + 1) in ("secretary", "minister") and x + 1 >= start - 1)]
            gap_keys = [t.key for t in gap]
            first_tok = self.toks[start]
            waw = first_tok.ar and first_tok.key.startswith("و") and (
                nxt.prefix.startswith("و") or (start != nxt.lo))
            if gap and all(g in CONNECTORS or g in L.NATIONALITY or g in L.EN_GROUP_HEADS or
                           g in _LIST_QUALIFIERS  # "... and former Prime Minister Y"
                           for g in gap_keys) and any(
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
            if len(gap) == 1 and gap[0].ar and gap[0].key.startswith("و") and (
                    gap[0].key[1:] in _AR_GROUP_HEADS or gap[0].key[1:] in _AR_COMPANIONS):
                # "سليماني ورفيقه أبو مهدي المهندس": X and his companion / deputy Y
                out.append(nxt)  # "الكاظمي وقادة الفصائل": X and the leaders of Y
                cur = nxt
                continue
            break
        return out

    def negated(self, k: int, subj_lo: int | None = None) -> bool:
        toks, known = self.toks, _FORMS  # token forms looked up inline (a hot path)
        lo = max(self.lo, (subj_lo if subj_lo is not None else k) - 1, k - 5)
        lo = min(lo, max(self.lo, k - 4))
        for x in range(k - 1, lo - 1, -1):  # "did not meet X but met Y" / "لم ... لكنه"
            t = toks[x]
            if t.key in _AR_CONTRAST or t.key in _EN_CONTRAST or t.text in ("،", ";", "؛"):
                lo = x + 1  # "في زيارة غير معلنة، التقى خلالها X": another clause
                break
        for x in range(lo, k):
            t = toks[x]
            if t.key == "غير" and x + 1 < k:
                continue  # "غير معلنة" (unannounced): a negated adjective, not the relation
            if t.ar:
                if t.key in L.AR_NEG or (t.key[:1] in "وف" and t.key[1:] in L.AR_NEG):
                    return True
            else:
                fs = known.get(t.text)
                if fs is None:
                    fs = forms(t)
                if not fs.isdisjoint(L.EN_NEG) or t.text.lower().endswith("n't"):
                    return True
        t = toks[k]
        if t.ar and any(fm.startswith(("لم", "لن")) and len(fm) > 4 and fm[2:] in
                        _AR_MVK for fm in self.f(k)):
            return True
        # "نفى X، في تصريح ...، أن يكون Y قد عقد ...": the denied proposition
        if t.ar and any(self.key(y) in ("يكون", "تكون") and
                        self.key(y - 1) in ("ان", "بان")
                        for y in range(max(self.lo + 1, k - 6), k)) and \
                any(self.f(y) & _C01 or self.key(y).lstrip("و") in ("نفى", "نفت", "ينفي")
                    for y in range(self.lo, k)):
            return True
        # "reports that X met Y were denied (by ...)"
        for x in range(k + 1, self.hi - 1):
            if toks[x].key in EN_PASSIVE_AUX:
                t = toks[x + 1]
                fs = known.get(t.text)
                if fs is None:
                    fs = forms(t)
                if not fs.isdisjoint(_EN_DENIED_AFTER):
                    return True
        # "denied meeting", "نفى ... لقاء" earlier in the same clause
        start = self.lo
        for x in range(k - 1, self.lo - 1, -1):
            if toks[x].text in ("،", ",", ";", "؛"):
                start = x + 1
                break
        for x in range(start, k):
            t = toks[x]
            fs = known.get(t.text)
            if fs is None:
                fs = forms(t)
            if not fs.isdisjoint(_C01):
                return True
        return False

    def hypothetical(self, k: int) -> bool:
        toks, known = self.toks, _FORMS  # token forms looked up inline (a hot path)
        for x in range(max(self.lo, k - 5), k):  # "is expected to be named to succeed"
            t = toks[x]
            if t.ar:
                key = t.key
                bare = key[1:] if key[:1] in "وف" else key
                if key in _AR_QAD or bare in _AR_QAD:
                    if toks[k].key.lstrip("وف")[:1] in "يتن" and not \
                            toks[k].key.startswith(("تول", "تسل")):
                        return True  # قد + imperfect = "may"; قد + past = "had"
                    continue
                if key in L.AR_MODAL or bare in L.AR_MODAL:
                    return True
                continue
            if t.cap and t.key == "may":
                continue  # the month
            fs = known.get(t.text)
            if fs is None:
                fs = forms(t)
            if not fs.isdisjoint(L.EN_MODAL):
                return True
            if t.key == "due" and self.key(x + 1) == "to" and self.key(x + 2) not in (
                    "the", "a", "an", "his", "her", "its", "their", "security", "health"):
                return True  # "was due to meet X" (not "due to the crisis")
        t = self.toks[k]
        if t.ar:
            for fm in self.f(k):
                if fm.startswith("س") and len(fm) > 3 and fm[1] in "يتن" and fm[1:] in _AR_MVKL:
                    return True
            if planned_ar(self, k):  # "على أن يلتقي X": the plan, not the meeting
                return True
        elif self.key(self.lo) in ("had", "were", "should") and counterfactual_en(self, k):
            return True  # "Had the U.S. killed X, Iran would have ..."
        return False

    def blocked(self, k: int, subj: Mention | None = None) -> bool:
        return self.negated(k, subj.lo if subj else None) or self.hypothetical(k)

    def _ar_relative_subject(self, t: int) -> Mention | None:
        """"X، الذي ...، اجتمع ..." : X is the subject of the verb after the clause."""
        if t - 1 < self.lo or self.toks[t - 1].text not in ("،", ","):
            return None
        for y in range(t - 2, max(self.lo, t - 16), -1):
            if self.key(y) in ("الذي", "التي") and y - 1 >= self.lo and \
                    self.toks[y - 1].text in ("،", ","):
                return self.before(y - 1, types=("Person", "Organization"), maxgap=1)
        return None

    def _prev_subject(self, exclude: str) -> Mention | None:
        """The subject of the previous sentence: its first person not governed by a
        preposition (Arabic drops a repeated subject: "وصل X ... . والتقى Y")."""
        if self.si == 0:
            return None
        prev = sorted((m for m in self.doc.by_sent.get(self.si - 1, ()) if
                       m.etype == "Person" and not m.in_title and m.eid != exclude),
                      key=lambda m: m.lo)
        for m in prev:
            if m.prefix.lstrip("وف")[:1] not in ("ب", "ل") and \
                    self.doc.toks[(m.tlo if m.tlo >= 0 else m.lo) - 1].key not in ("مع", "ب"):
                return m
        return None

    def _past_relative(self, k: int) -> int:
        """"X، الذي ...، Y" / "X, who ..., Y": the position after the relative clause that
        opens at *k* (k itself when none opens there)."""
        if k + 1 < self.hi and self.toks[k].text in ("،", ",") and \
                self.key(k + 1) in ("الذي", "التي", "الذين", "who", "which"):
            for x in range(k + 2, min(self.hi, k + 20)):
                if self.toks[x].text in ("،", ","):
                    return x + 1
        return k

    def _free_person_before(self, t: int, maxgap: int) -> Mention | None:
        """Nearest person before *t* not governed by a preposition (بـ/لـ/إلى/على/من/مع),
        e.g. the new holder in "سلّم X أوراقه إلى Y، خلفاً لـZ" is X, not Y."""
        cands = [m for m in self.args if m.hi <= t and m.etype == "Person" and
                 t - m.hi <= maxgap]
        free = [m for m in cands if not self.has_prep(m, _AR_PREPS)]
        return max(free, key=lambda m: (m.hi, m.kind == "name")) if free else None

    def _carried_subject(self, t: int) -> Mention | None:
        """Arabic: the subject carried into a clause without one of its own: the nearest
        person before *t* that is not a prepositional object (بـ / لـ / مع)."""
        cands = [m for m in self.args if m.hi <= t and m.etype == "Person" and t - m.hi <= 40]
        free = [m for m in cands if not self.has_prep(m, _PREPS_WITH_TO)]
        if self.key(t - 1) in ("كما", "ثم") and len(free) > 1:
            # "X التقى Y، كما اجتمع بـZ": X, not the object Y of the first meeting
            free = [m for m in free if not meeting_object(self, m, L.AR_MEET)] or free
        if free:
            return max(free, key=lambda m: (m.hi, m.kind == "name"))
        return self.before(t, types=("Person",), maxgap=40)

    def _close_object(self, t: int, m: Mention) -> bool:
        """English object right after the verb: only 'with', articles, possessives, titles,
        nationalities and capitalised words in between ('met with Iraqi PM X', not 'met on
        Sunday to discuss ... X')."""
        start = m.tlo if m.tlo >= 0 else m.lo
        for x in range(t + 1, start):
            tk = self.toks[x]
            k = tk.key
            if tk.punct and tk.text not in ("'", "-", "."):
                return False
            if (len(k) > 4 and k.endswith("ly") and k not in ("only", "early", "family")) or \
                    tk.cap or k in ("with", "the", "a", "an", "his", "her", "their", "its", "down",
                               "talks", "held", "separate", "also", "both", "in", "at",
                               "on") or \
                    k in L.NATIONALITY or k in L.EN_TITLE_FIRST or k in L.EN_QUALIFIERS or \
                    k in L.EN_GROUP_HEADS or k in L.EN_ORG_HEADS or tk.punct or \
                    k in ("of", "counterpart", "including", "such", "as", "iraqi", "senior",
                          "top", "several", "two", "three", "both", "armed", "other", "backed",
                          "aligned", "allied", "linked", "affiliated", "loyal", "pro",
                          "shiite", "shia", "powerful", "rival"):
                continue
            return False
        return True

    def _relative_head(self, k: int, cands: list[Mention]) -> Mention | None:
        """"X الذي خلف Y زار ..." / "X, who replaced Y, visited": the head X, not Y."""
        if not cands:
            return None
        near = max(cands, key=lambda m: m.hi)
        for m in cands:
            if m is near or m.etype != "Person":
                continue
            j = m.hi
            while j < near.lo and self.toks[j].text in (",", "،"):
                j += 1
            if j < near.lo and self.key(j) in ("الذي", "التي", "who", "whom"):
                return m
        return None

    def _pronoun(self, k: int, maxgap: int) -> Mention | None:
        """He/She (or his/her) before *k* with no person named: the last person named in the
        previous sentences."""
        for x in range(max(self.lo, k - maxgap), k):
            if self.key(x) in ("i", "we"):  # `"I met him," X said`: the speaker
                sp = quote_speaker(self, x)
                if sp is not None:
                    return sp
            dead = deceased_antecedent(self, x)  # "وكان الراحل قد التقى X"
            if dead is not None:
                t = self.toks[x]
                return Mention(x, x + 1, t.start, t.end, dead, "Person", self.si, kind="pron",
                               tlo=x)
            if self.key(x) in _LATTER:  # "الأخير" / "the latter": the last person named
                eid = self._antecedent(x, exclude=set())
                if eid is None:
                    return None
                t = self.toks[x]
                return Mention(x, x + 1, t.start, t.end, eid, "Person", self.si, kind="pron",
                               tlo=x)
            if self.key(x) in ("he", "she"):
                eid = self._subject_antecedent(x)
                if eid is None:
                    eid = self._antecedent(self.lo, exclude=set())
                if eid is None:
                    return None
                t = self.toks[x]
                return Mention(x, x + 1, t.start, t.end, eid, "Person", self.si, kind="pron",
                               tlo=x)
        return None

    def _subject_antecedent(self, x: int) -> str | None:
        """'he' at *x*: the first person named as a subject in this sentence before it, else
        in the previous sentence (not a possessor, not the object of a verb or preposition):
        "Sudani, 52, was nominated by ... Hadi al-Amiri's bloc. He replaces ..." -> Sudani."""
        for si in (self.si, self.si - 1):
            if si < 0:
                break
            ms = sorted((m for m in self.doc.by_sent.get(si, ()) if m.etype == "Person" and
                         not m.in_title and m.kind == "name" and (si < self.si or m.hi <= x)),
                        key=lambda m: m.lo)
            for m in ms:
                if m.poss:
                    continue
                b = (m.tlo if m.tlo >= 0 else m.lo) - 1
                while b >= 0 and self.doc.toks[b].key in ("the", "a", "an"):
                    b -= 1
                kb = self.doc.toks[b].key if b >= 0 else ""
                if kb in ("by", "with", "of", "to", "from", "for", "and") or \
                        kb in L.EN_MEET or kb in L.EN_KILL or kb in L.EN_SUCCEED:
                    continue
                return m.eid
            if si == self.si and ms:
                return None  # people named here, none a subject: unsure
        return None

    def _counterpart(self, m: Mention) -> bool:
        """The mention is introduced by 'نظيره' / 'his counterpart' (so it is an object)."""
        start = m.tlo if m.tlo >= 0 else m.lo
        for x in range(max(self.lo, start - 1), min(m.lo, start + 2)):
            if any(f.startswith("نظير") for f in self.f(x)) or self.key(x) == "counterpart":
                return True
        return False

    def has_prep(self, m: Mention, preps: set[str] | frozenset[str]) -> bool:
        """Arabic: the mention carries one of the prepositional proclitics, or a standalone
        preposition token precedes it."""
        start = m.tlo if m.tlo >= 0 else m.lo
        if m.prefix:
            p = m.prefix.lstrip("وف")
            if p[:1] in preps:
                return True
        tk = self.toks[start]
        if start < m.lo and tk.ar and tk.stems:
            # the title carries it: "واجتمع بالرئيس السوري X", "مع/لـ رئيس ..."
            p = tk.key[: len(tk.key) - len(tk.stems[-1][1])].lstrip("وف")
            if p[:1] in preps and p[:1] != "":
                return True
        b = start - 1
        while b >= self.lo and self.toks[b].punct and self.toks[b].text in QUOTES:
            b -= 1
        if b >= self.lo:
            kb = self.toks[b].key
            if kb in preps or kb.lstrip("وف") in preps:
                return True
        return False

    def nat_agent(self, lo: int, hi: int) -> str | None:
        """A country named by an adjective or mention in tokens [lo, hi)."""
        for x in range(max(lo, self.lo), min(hi, self.hi)):
            m = self.mention_at.get(x)
            if m is not None and m.etype in ("Country",):
                return m.eid
            for fm in self.f(x):
                if fm in L.NATIONALITY:
                    return L.NATIONALITY[fm]
                if ("ال" + fm) in L.NATIONALITY:
                    return L.NATIONALITY["ال" + fm]
        return None

    def _irrealis(self, k: int, window: int = 8) -> bool:
        """A threat, demand, accusation or claim governs the verb at *k* ("threatened to pull
        out", "accuses X of firing", "طالب بالانسحاب", "اتهم ... باستهداف"): not a fact."""
        for x in range(max(self.lo, k - window), k):
            t = self.toks[x]
            if t.ar:
                if self.f(x) & _AR_IRREALIS:
                    return True
            elif t.key in _EN_IRREALIS or t.key.startswith(("accus", "threat", "alleg")):
                return True
        return False

    def _is_head(self, eid: str) -> bool:
        """Is *eid* called a head of state or government in this article (so far)?"""
        return self.doc.first_head_sentence(eid) <= self.si

    # ---- rules -----------------------------------------------------------------------
    def refresh(self) -> None:
        self._intitle = None
        self.ments = list(self.doc.by_sent.get(self.si, ()))
        self.mention_types = {m.etype for m in self.ments}
        self.args = sorted([m for m in self.ments if not m.in_title],
                           key=lambda m: (m.lo, m.kind != "name"))
        self.mention_at = {}
        for m in self.args:
            for k in range(m.lo, m.hi):
                self.mention_at.setdefault(k, m)

    def run(self) -> list[Rel]:
        if not self.ments:
            self.assassinated()  # only "The two men were killed ..." can relate here
            return self.out
        self.successor()
        wire = wire_rules_triggered(self)  # rules of core_wire_rules.py: one trigger lookup for all
        en = not self.toks[self.lo].ar
        if wire:
            wire_successor(self)
        if len(self.doc.by_sent.get(self.si, ())) != len(self.ments):
            self.refresh()  # successor() added a description mention
        self.met_with()
        if wire:
            group_members_met(self, L.AR_MEET, L.EN_MEET)
            guest_subject_met(self)
            if en:
                pair_during_meeting_en(self)
                told_visiting_en(self)
        n_out = len(self.out)
        self.assassinated()
        killing_context_rules(self)  # "وقُتل معه X", "Also killed was X"
        if wire and en:
            inverted_killed_en(self)
            more_kills_en(self)
            named_to_succeed_en(self)
        elif wire:
            result_killing_ar(self)
            killed_when_struck_ar(self)
        context_rules(self)  # pronoun partners, quotation speakers (core_context.py)
        more_killings(self, n_out)  # killings.py: lists, orderers, the same strike
        more_core(self, n_out)  # succession_kill_more.py: took over from, whom X succeeded ...
        self.leads_member()
        if wire and en:
            org_roles_en(self)
        self.lead_verbs()
        self._group_he_led()
        self._whose_group()
        self._whose_org()
        self.part_of()
        self.visited()
        if wire:
            visited_more(self)
        self.supports()
        self.withdrew()
        self.located_in()
        self.reported_by()
        self.attacked()
        return self.out

    # MET_WITH -------------------------------------------------------------------------
    @needs((HOOK_AR, HOOK_EN), (_AR_RECEPTION, _EMPTY), (L.AR_MEET, L.EN_MEET))
    def met_with(self) -> None:
        for host, guest in attended_meeting(self) if self._hooks else ():  # "attended by X"
            self.add("MET_WITH", host, guest, "meeting_attended")
        if self.toks[self.lo].ar:
            self._in_reception_ar()
        for t in self.triggers(L.AR_MEET, L.EN_MEET):
            tok = self.toks[t]
            fs = self.f(t)
            if indirect_talks(self, t):
                continue  # "for indirect talks with Z": not a meeting with Z
            if not tok.ar:
                nxt = self.key(t + 1)
                if tok.key == "meeting" and self.key(t - 1) in ("after", "before", "since",
                                                                 "while", "when"):
                    self._met_gerund(t)  # "X, speaking after meeting Y, said"
                    continue
                if tok.key in ("meeting", "meetings", "talks") and (self.key(t - 1) in (
                        "his", "her") or (self.key(t - 1) in ("a", "the") and self.key(
                            t - 2) in ("in", "during", "at", "after")) or (
                        t - 1 == self.lo and self.key(t - 1) in ("during", "in"))) and \
                        self.key(t + 1) == "with":
                    self._met_his_noun(t)  # "During his / In a meeting with Y, X said"
                    continue
                if tok.key in ("meeting", "meetings", "talks") and self.key(t - 1) == "their":
                    for a, b in their_meeting(self, t):  # "X told Y during their meeting"
                        self.add("MET_WITH", a, b, "their_meeting_en")
                    continue
                if tok.key in ("hosted", "hosts", "held") and self.key(t + 1) in ("a", "an"):
                    for a, b in hosted_for(self, t):  # "X hosted a dinner for Y and Z"
                        self.add("MET_WITH", a, b, "hosted_for_en")
                if tok.key in ("talks", "meeting", "meetings") and not any(
                        self.key(x) in ("with", "between") for x in range(t + 1, t + 5)) and \
                        self.key(t - 1) not in ("held", "hold", "holding", "holds") and \
                        self.key(t - 2) not in ("held", "hold", "holding", "holds"):
                    continue
                if tok.key in ("session", "dialogue") and not (
                        any(self.key(x) in _EN_HOLD for x in range(max(self.lo, t - 6), t)) and
                        "with" in (nxt, self.key(t + 2), self.key(t + 3))):
                    continue  # "held a strategic dialogue session with X" only
                if tok.key == "dialogue" and self.key(t + 1) == "session":
                    continue  # the noun phrase's head decides
                if tok.key == "sat" and nxt != "down":
                    continue
                if tok.key in ("discussed", "conferred", "huddled") and "with" not in [
                        self.key(x) for x in range(t + 1, min(self.hi, t + 10))]:
                    continue
                if tok.key in ("received", "greeted", "met", "hosted", "welcomed") and (
                        self.key(t - 1) in EN_PASSIVE_AUX or (
                            self.key(t - 1) in _EN_ADV and (
                                self.key(t - 2) in EN_PASSIVE_AUX or (
                                    self.key(t - 2) in _EN_ADV and
                                    self.key(t - 3) in EN_PASSIVE_AUX)))):
                    self._met_passive(t)
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
            if any(self.key(x) in ("between", "بين") for x in range(t + 1, min(self.hi, t + 3))):
                bx = next(x for x in range(t + 1, t + 3) if self.key(x) in ("between", "بين"))
                first = self.after(bx + 1, maxgap=4)
                if first is not None and not self.blocked(t):
                    members = self.chain(first)
                    for a in range(len(members)):
                        for b in range(a + 1, len(members)):
                            self.add("MET_WITH", members[a].eid, members[b].eid,
                                     "met_between")
                continue
            self._met_svo(t)

    def _in_reception_ar(self) -> None:
        """"وكان في استقبال X (لدى وصوله إلى المطار) Y": Y received X."""
        for t in self.triggers(_AR_RECEPTION, _EMPTY):
            if self.key(t - 1) not in ("في", "فى"):
                continue
            guest = self.after(t + 1, types=("Person",), maxgap=0)
            if guest is None:
                continue
            host = self.after(guest.hi, types=("Person",), maxgap=14)
            if host is None or host is guest or any(
                    self.toks[y].text in (".", "؛") for y in range(guest.hi, host.lo)):
                continue
            if not self.blocked(t):
                for h in self.chain(host, ("Person",)):
                    self.add("MET_WITH", guest.eid, h.eid, "in_reception_ar")

    def _met_gerund(self, t: int) -> None:
        """"X, speaking after meeting Y, said ..." / "X flew home after meeting Y"."""
        obj = self.after(t + 1, types=("Person",), maxgap=1)
        subj = self.before(t - 1, types=("Person",), maxgap=12)
        if obj is None or subj is None or subj is obj or self.blocked(t, subj):
            return
        for o in self.chain(obj, ("Person",)):
            self.add("MET_WITH", subj.eid, o.eid, "met_gerund_en")

    def _met_his_noun(self, t: int) -> None:
        """"During his meeting with Y, X said": his = the main clause's subject (named after
        the comma), else the person named in an earlier sentence."""
        obj = self.after(t + 2, types=("Person",), maxgap=2)
        if obj is None:
            return
        subj = None
        comma = next((x for x in range(obj.hi, min(self.hi, obj.hi + 8))
                      if self.toks[x].text == ","), None)
        if comma is not None and all(self.key(x) in ("during", "in", "at", "after", "before",
                                                     "following", "the", "his", "her", "a")
                                     for x in range(self.lo, t - 1)):
            subj = self.after(comma + 1, types=("Person",), maxgap=1)
        sid = subj.eid if subj is not None else None
        if sid is None and t - 1 > self.lo:
            m = self.before(t - 1, types=("Person",), maxgap=12)
            sid = m.eid if m is not None else None
        if sid is None:
            sid = self._antecedent(self.lo, exclude={obj.eid})
        if sid is None or sid == obj.eid or self.blocked(t, subj):
            return
        for o in self.chain(obj, ("Person",)):
            self.add("MET_WITH", sid, o.eid, "met_his_noun_en")

    def _met_passive(self, t: int) -> None:
        """"X was received/met/hosted by Y": X met Y (only with an explicit 'by' agent, which
        may follow an adverb or a place: "was received later / at the Pentagon by Y")."""
        by = passive_by(self, t)
        if by is None:
            return
        agent = self.after(by + 1, types=("Person",), maxgap=2)
        if agent is not None and agent.poss:
            return  # "hosted by Kadhimi's office": not Kadhimi in person
        subj = self.subject_before(t - 1, maxgap=12)
        if agent is None or subj is None or subj.etype != "Person" or subj is agent or \
                self.blocked(t, subj):
            return
        agents = self.chain(agent, types=("Person",))
        agents += more_agents_en(self, agents[-1])  # "by X and later by Y"
        for a in agents:
            self.add("MET_WITH", subj.eid, a.eid, "met_passive_en")

    def _met_svo(self, t: int) -> None:
        tok = self.toks[t]
        if tok.ar and self.f(t) & _MEET_PRON_NOUNS:
            # "أكد X خلال لقائه Y": X met Y
            subj = self.before(t, types=("Person",), maxgap=40, indep=True)
            obj = self.after(t + 1, maxgap=3)
            if obj is not None and obj.etype == "Location":
                obj = None
            if subj is not None and obj is not None and subj is not obj and \
                    not self.blocked(t, subj):
                for o in self.chain(obj):
                    self.add("MET_WITH", subj.eid, o.eid, "met_pron_noun_ar")
            return
        if tok.ar and self.f(t) & L.AR_MEET_NOUNS and not any(
                fm.endswith(("ه", "ها", "هم")) for fm in self.f(t) if fm in L.AR_MEET):
            # "وعقد اجتماعات مع قادة ..." / "أجرى محادثات مع X": agent before, partner after
            if self.key(t + 1) in ("جمع", "جمعت", "ضم", "بين") or self.key(t - 1) in (
                    "جمع", "وجمع", "جمعت", "وجمعت"):
                # "لقاء جمع X بـY" / "لقاء بين X وY" / "وجمع لقاء ثلاثي X وY وZ"
                first = self.after(t + 2 if self.key(t + 1) in ("جمع", "جمعت", "ضم", "بين")
                                   else t + 1, maxgap=3)
                if first is not None and not self.blocked(t):
                    nxt = self.after(first.hi, maxgap=6)
                    members = self.chain(first)
                    if nxt is not None and nxt not in members and self.has_prep(nxt, {"ب"}):
                        members = members + self.chain(nxt)
                    for i1 in range(len(members)):
                        for i2 in range(i1 + 1, len(members)):
                            self.add("MET_WITH", members[i1].eid, members[i2].eid,
                                     "meeting_joined_ar")
                return
            gen = self.after(t + 1, types=("Person",), maxgap=0)
            if gen is not None and not tok.key.startswith(("ال", "وال")):
                # "لقاء الكاظمي وقاآني": a meeting of the two named right after the noun
                members = [m for m in self.chain(gen) if m.etype == "Person"]
                if len(members) == 1:
                    # "لقاء قاآني بالكاظمي": the noun's genitive met the one after بـ/مع
                    nxt = self.after(gen.hi, types=("Person", "Organization"), maxgap=1)
                    if nxt is not None and (self.has_prep(nxt, {"ب", "مع"})) and \
                            nxt.lo - gen.hi <= (1 if self.key(gen.hi) == "مع" else 0):
                        members = members + self.chain(nxt)
                if len(members) >= 2 and not self.blocked(t):
                    for i1 in range(len(members)):
                        for i2 in range(i1 + 1, len(members)):
                            self.add("MET_WITH", members[i1].eid, members[i2].eid,
                                     "meeting_of_ar")
                    return
            withx = next((x for x in range(t + 1, min(self.hi, t + 4))
                          if self.key(x) == "مع" or self.key(x).startswith("مع")), None)
            if withx is None:
                # "وأجرى X وY محادثات": the subjects met each other
                lastp = self.before(t, types=("Person",), maxgap=1)
                if lastp is not None and lastp.hi == t:
                    for m in self.args:
                        if m.etype == "Person" and m.hi <= lastp.lo and lastp in self.chain(m):
                            ch = [c for c in self.chain(m) if c.hi <= t]
                            if len(ch) >= 2 and not self.blocked(t, ch[0]):
                                for i1 in range(len(ch)):
                                    for i2 in range(i1 + 1, len(ch)):
                                        self.add("MET_WITH", ch[i1].eid, ch[i2].eid,
                                                 "met_plural_noun_ar")
                            break
                return
            obj = self.after(withx, maxgap=4)
            subj = self.before(t, types=("Person", "Organization"), maxgap=40, indep=True)
            if obj is not None and subj is not None and not self.blocked(t, subj):
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
                "معه", "معها", "به", "بها"))  # "وبحث معه X", "واجتمع به X"
        if tok.ar:
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
                        "الي", "في", "من")):  # "زيارة إلى أبوظبي التقى فيها": a destination
                subj = b
                first_obj = self.after(t + 1, maxgap=10)
            else:
                cand = [m for m in self.args if m.lo > t and (
                        m.tlo if m.tlo > t else m.lo) - t <= 6 and
                        m.etype in AGENT_TYPES and not self.has_prep(m, _PREPS_WITH_TO)
                        and not m.prefix.startswith("و") and not self.has_prep(m, _PREP_IN)
                        and not (m.etype == "Country" and self.key(m.lo - 1) == "في")
                        and not in_place_phrase(self, m)]
                rel_subj = self._ar_relative_subject(t)
                if rel_subj is not None:
                    cand = []
                carry = self.key(t - 1) in ("حيث", "وحيث", "ثم", "كما") or not cand or (
                    cand and self._counterpart(cand[0])) or self.key(t + 1) in (
                    _DURING_IT)  # "في زيارة، التقى خلالها X وY": the visitor
                if rel_subj is not None:
                    subj = rel_subj
                    first_obj = self.after(t + 1, maxgap=10)
                elif carry and not (pron_obj and cand) and (
                        not cand or self._counterpart(cand[0]) or
                                self.key(t - 1) in ("حيث", "وحيث") or
                                self.key(t + 1) in _DURING_IT or
                                country_envoys(self, cand[0])):  # "كما التقى ممثلي روسيا"
                    # "... حيث التقى نظيره X": the subject is the previous clause's
                    # (not a prepositional object of it: "لم يلتق X بـY لكنه اجتمع بـZ")
                    subj = self._carried_subject(t) or visit_pron_subject(self, t)
                    first_obj = cand[0] if cand else next(
                        (m for m in self.args if m.lo > t and m.lo - t <= 10 and
                         m.etype in AGENT_TYPES and not in_place_phrase(self, m)), None)
                else:
                    if cand:
                        subj = cand[0]
                    first_obj = self.after(self._past_relative(subj.hi) if subj else t + 1,
                                           maxgap=10)
                    if subj is not None and not pron_obj:
                        # "وصل X. والتقى Y وZ": a coordinated object, the subject dropped
                        prev = dropped_subject(self, t, subj)
                        if prev is not None:
                            subj, first_obj = prev, subj
                        elif first_obj is not None and first_obj.etype == "Person":
                            ch = self.chain(subj)
                            nxt = self.after(ch[-1].hi, types=AGENT_TYPES, maxgap=0)
                            if len(ch) >= 2 and first_obj is ch[1] and nxt is not None and \
                                    nxt not in ch and not nxt.prefix.startswith("و"):
                                # "التقى الكاظمي والعامري قاآني": two subjects, one object
                                vso_subjects, first_obj = ch, nxt
            if pron_obj:
                if self.key(t + 1) in ("معه", "معها", "به", "بها") and (
                        subj is None or subj.etype != "Person" or
                        (subj.tlo if subj.tlo > t else subj.lo) > t + 3):
                    return  # "وبحث معه «أوضاع الفصائل»": a topic, not a new subject
                ante = arrival_subject_ar(self, t) or \
                    self.before(t, types=("Person",), maxgap=40)
                if ante is not None and subj is not None and ante.eid == subj.eid:
                    ante = that_clause_speaker_ar(self, subj)  # "قال X إن Y التقاه": X
                if ante is None and subj is not None and all(
                        self.toks[x].key in ("و", "ثم", "كما", "وقد", "قد")
                        for x in range(self.lo, t)):
                    # "وصل X. واستقبله Y": the visitor, else the previous sentence's subject
                    ante = guest_antecedent(self, subj.eid) or \
                        self._prev_subject(exclude=subj.eid)
                if ante is not None and subj is not None and ante is not subj:
                    if not self.blocked(t, subj):
                        self.add("MET_WITH", subj.eid, ante.eid, "met_pron_ar")
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
            if first_obj is not None:
                first_obj = commander_of(self, first_obj)
            if first_obj is not None and first_obj.etype in ("Country", "Location") and (
                    self.key(first_obj.lo - 1) in ("في", "فى") or
                    self.has_prep(first_obj, {"ف"})):
                # "... في طهران": where, not whom; "التقى X، في طهران أمس، Y": Y after it
                mg = 9 if first_obj.hi < self.hi and self.toks[first_obj.hi].text in (
                    "،", ",") else 6  # "في أربيل، قائد قوات التحالف ... الجنرال X"
                nxt = self.after(first_obj.hi, types=("Person", "Organization"), maxgap=mg)
                if nxt is not None:
                    nxt = commander_of(self, nxt)  # "قائد قوات التحالف الجنرال X": X
                first_obj = nxt if nxt is not None and subj is not None and (
                    subj.tlo if subj.tlo > t else subj.lo) <= t + 8 \
                    and (any(self.toks[y].text in ("،", ",") for y in range(first_obj.hi, nxt.lo))
                         or (subj.hi <= t and first_obj.lo <= t + 2)  # "X التقى في طهران Y"
                         or (nxt.etype == "Person" and min(nxt.lo, nxt.tlo if nxt.tlo >= 0
                                                           else nxt.lo) == first_obj.hi)
                         or headed_by_ar(self, first_obj.hi, nxt)) \
                    else None
            if subj is not None and first_obj is None and subj.lo > t:
                if self.key(t - 1) == "ان" and self.key(t - 2) in ("قبل", "بعد", "وقبل", "وبعد"):
                    # "استقبله X قبل أن يلتقي Y": the guest goes on to meet Y
                    guest = received_him_before(self, t)
                    if guest is not None and guest.eid != subj.eid and not self.blocked(t):
                        for o in self.chain(subj):
                            self.add("MET_WITH", guest.eid, o.eid, "guest_then_met_ar")
                    return
                prev = self.before(t, types=("Person",), maxgap=40)
                if prev is None and all(self.toks[x].key in ("و", "ثم", "كما", "وقد", "قد")
                                        for x in range(self.lo, t)):
                    # "والتقى في اليوم التالي X" opening a sentence: the subject dropped is
                    # the previous sentence's
                    prev = self._prev_subject(exclude=subj.eid)
                if prev is not None:  # "... في زيارة التقى خلالها المرشد خامنئي"
                    subj, first_obj = prev, subj
            if first_obj is not None:
                objs = self.chain(first_obj)
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
            subj = self.subject_before(t)
            if self.key(t + 1) in ("him", "her") and subj is not None and \
                    subj.etype == "Person":
                guest = pronoun_object_en(self, t, subj)  # "X arrived. Y received him"
                if guest is not None and not self.blocked(t, subj):
                    self.add("MET_WITH", subj.eid, guest.eid, "met_pron_en")
                return
            start = t + 1
            while start < self.hi and self.key(start) in ("with", "down", "talks", "held", "a",
                                                          "an", "the", "on", "in"):
                start += 1
            first_obj = self.after(t + 1, maxgap=10)
            while first_obj is not None and first_obj.etype == "Country" and \
                    self.key(first_obj.hi) == "-" and self.key(first_obj.hi + 1) in _EN_BACKED:
                first_obj = self.after(first_obj.hi, maxgap=4)  # "leaders of Iran-backed X"
            while first_obj is not None and first_obj.etype in ("Country", "Location") and \
                    self.key((first_obj.tlo if first_obj.tlo >= 0 else first_obj.lo) - 1) in (
                        "in", "at", "to", "from"):
                first_obj = self.after(first_obj.hi, maxgap=6)  # "talks in Tehran with X"
            via_poss = first_obj is not None and first_obj.poss and first_obj.etype == "Person"
            if via_poss:  # "met Y's successor, X" / "met Y's son": not Y
                first_obj = possessed_person_en(self, first_obj) if self._close_object(
                    t, first_obj) else None
            if first_obj is not None and first_obj.poss and first_obj.etype != "Person":
                nxt = self.after(first_obj.hi, types=("Person",), maxgap=0)
                if nxt is not None:
                    first_obj = nxt  # "met Iran's Esmail Qaani"
                elif first_obj.hi < self.hi and not self.toks[first_obj.hi].cap:
                    first_obj = None  # "received Iran's ambassador": someone unnamed
            if first_obj is not None and not via_poss and not self._close_object(t, first_obj):
                first_obj = None
            if first_obj is not None:
                objs = self.chain(first_obj)
                objs += [o for o in apposition_tail(self, objs[-1], ("Person", "Organization"))
                         if o not in objs]  # "met X, head of Y, and Z"
                inc = objs[-1].hi
                if objs[-1].etype == "Organization" and self.key(inc) == "," :
                    inc += 1
                if objs[-1].etype == "Organization" and self.key(inc) in ("including",
                                                                          "notably"):
                    named = self.after(inc + 1, types=("Person",), maxgap=6)
                    if named is not None:  # "militia leaders including X and Y": X and Y
                        objs = objs[:-1] + self.chain(named, ("Person",))
            if subj is None:
                return
            # "X and Y met" (no object): pairs of the subject list
            nk = self.key(t + 1)
            if not objs and (nk in ("the", "a", "an", "his", "her", "their", "its", "with") or
                             (t + 1 < self.hi and self.toks[t + 1].cap)):
                return  # an object we could not name: "X, Y's successor, met the Iraqi PM"
            if not objs:
                subs = [m for m in self.args if m.hi <= t and m.etype in AGENT_TYPES]
                if len(subs) >= 2:
                    last = max(subs, key=lambda m: m.hi)
                    for m in subs:
                        ch = self.chain(m)
                        if len(ch) >= 2 and ch[-1] is last:
                            if not self.blocked(t, ch[0]):
                                for i1 in range(len(ch)):
                                    for i2 in range(i1 + 1, len(ch)):
                                        self.add("MET_WITH", ch[i1].eid, ch[i2].eid,
                                                 "met_plural")
                            break
                return
        if subj is None or not objs:
            return
        if self.blocked(t, subj):
            return
        if tok.ar:
            objs = named_members_ar(self, objs)  # "قادة الفصائل، بينهم X وY"
        more = more_objects(self, objs[-1], t)  # "... at his residence and later with Y"
        if more:
            objs = objs + [o for o in more if o not in objs]
        subjects = vso_subjects or [subj]
        # "X and Y met Z": subject list ending right before the verb
        for m in self.args if not vso_subjects else ():
            if m.hi <= subj.lo and subj in self.chain(m):
                subjects = self.chain(m)[: self.chain(m).index(subj) + 1]
                break
        envoys = bool(objs) and objs[0].etype == "Country" and country_envoys(self, objs[0])
        for s_ in subjects:
            for o in objs:
                if o.etype == "Location":
                    continue
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

    # SUCCESSOR_OF ---------------------------------------------------------------------
    @needs((HOOK_AR, HOOK_EN), (_EMPTY, _EN_SUCC_PRED), (_EMPTY, _EN_WHOSE),
           (_AR_INSTEAD_T, _EN_INSTEAD_T), (_EMPTY, L.EN_SUCCEED), (_EMPTY, L.EN_APPOINT),
           (_AR_SUCC_PRED_TAKE, _EMPTY))
    def successor(self) -> None:
        # English nouns: successor / predecessor
        for t in self.triggers(_EMPTY, _EN_SUCC_PRED):
            is_succ = self.key(t) in L.EN_SUCCESSOR
            poss = None
            p = self.before(t, types=("Person",), maxgap=2)
            if p is not None and p.poss:
                poss = p
            nxt = t + 1
            if self.key(nxt) in ("to", "of"):
                tgt = self.after(nxt + 1, types=("Person",), maxgap=2)
                other = self.before(t, types=("Person",), maxgap=6)
                if other is None or other is tgt:
                    other = self.after(tgt.hi if tgt else nxt + 1, types=("Person",), maxgap=3)
                if tgt and other and not self.blocked(t):
                    if is_succ:
                        self.add("SUCCESSOR_OF", other.eid, tgt.eid, "successor_to_en")
                    else:
                        self.add("SUCCESSOR_OF", tgt.eid, other.eid, "predecessor_of_en")
                continue
            named = self.after(t + 1, types=("Person",), maxgap=2)
            if named is not None and any(
                    not self.toks[x].punct and not self.toks[x].cap and
                    self.key(x) not in L.EN_TITLE_FIRST for x in range(t + 1, named.tlo)):
                named = None  # "Soleimani's successor met Kadhimi": Kadhimi is the object
            if poss is not None:
                if named is None:
                    ap = self.before(poss.tlo if poss.tlo >= 0 else poss.lo,
                                     types=("Person",), maxgap=2)
                    if ap is not None and not any(
                            self.toks[x].text in (",", "—", "(", "،")
                            for x in range(ap.hi, poss.tlo if poss.tlo >= 0 else poss.lo)):
                        ap = None  # "X met Soleimani's successor": X is no apposition
                    named = ap
                if named is None and is_succ:
                    named_id = self._successor_of(poss.eid, t)
                else:
                    named_id = named.eid if named else None
                if named_id and not self.blocked(t):
                    if is_succ:
                        self.add("SUCCESSOR_OF", named_id, poss.eid, "poss_successor_en")
                        if named is None:
                            self._desc_mention(poss.lo, t + 1, named_id)
                        self.dependent.add(id(poss))
                    else:
                        self.add("SUCCESSOR_OF", poss.eid, named_id, "poss_predecessor_en")
                continue
            if self.key(t - 1) in ("his", "her") and is_succ and named is None:
                # "X was named as his successor" / "Khamenei named X as his replacement"
                verb = next((x for x in range(t - 2, max(self.lo, t - 14), -1)
                             if self.key(x) in L.EN_APPOINT or self.key(x) in _EN_LED), None)
                if verb is not None:
                    obj = self.after(verb + 1, types=("Person",), maxgap=2)
                    succ_m = obj if obj is not None else self.before(verb, ("Person",), 12)
                    if obj is None and self.key(verb) in _EN_LED:
                        # "X, Y's deputy, now leads Z as his successor": the subject X
                        succ_m = self.subject_before(verb, maxgap=14)
                        if succ_m is not None and succ_m.etype != "Person":
                            succ_m = None
                    if succ_m is not None:
                        namer = self.before(verb, ("Person",), 6) if obj is not None else None
                        pred = self._antecedent(t - 1, exclude={succ_m.eid} | (
                            {namer.eid} if namer is not None else set()))
                        if pred and not self.blocked(t):
                            self.add("SUCCESSOR_OF", succ_m.eid, pred, "his_successor_en")
                continue
            if self.key(t - 1) in ("his", "her") and not is_succ and named is not None:
                ante = self.before(t - 1, types=("Person",), maxgap=40)
                if ante is not None and not self.blocked(t):
                    self.add("SUCCESSOR_OF", ante.eid, named.eid, "his_predecessor_en")
            elif self.key(t - 1) in ("his", "her") and not is_succ:
                # "X is less fluent than his predecessor": the predecessor the gazetteer knows
                ante = self.before(t - 1, types=("Person",), maxgap=40)
                pred = predecessor_from_gazetteer(self, ante.eid) if ante is not None else None
                if pred and pred != ante.eid and not self.blocked(t):
                    self.add("SUCCESSOR_OF", ante.eid, pred, "his_predecessor_known_en")
        for new, old in became_after_ar(self) if self._hooks else ():  # "وأصبح X قائداً"
            self.add("SUCCESSOR_OF", new, old, "became_after_ar")
        # "X, whose successor(,) Y" / "X, whose predecessor Y"
        for t in self.triggers(_EMPTY, _EN_WHOSE):
            pair = whose_successor(self, t)
            if pair is not None and not self.blocked(t):
                self.add("SUCCESSOR_OF", pair[0], pair[1], "whose_successor_en")
        # "تعيين X ... بدلاً منه/من Y" / "X was appointed ... in place of / instead of Y"
        for t in self.triggers(_AR_INSTEAD_T, _EN_INSTEAD_T):
            start = t - 1 if self.key(t) in ("place", "lieu") else t
            pair = instead_of(self, start)
            if pair is not None and not self.blocked(t):
                self.add("SUCCESSOR_OF", pair[0], pair[1], "instead_of")
        # English verbs: succeeded / replaced
        for t in self.triggers(_EMPTY, L.EN_SUCCEED):
            passive = self.key(t - 1) in EN_PASSIVE_AUX or self.key(t + 1) == "by"
            if passive:
                by = next((x for x in range(t, min(self.hi, t + 3)) if self.key(x) == "by"), None)
                if by is None:
                    by = passive_by(self, t)  # "was succeeded in 2025 by his deputy X"
                if by is None:
                    continue
                new = self.after(by + 1, types=("Person",), maxgap=3)
                old = self.subject_before(t - 1, maxgap=25)  # skips ", who ...,"
                if old is not None and old.etype != "Person":
                    old = self.before(t, types=("Person",), maxgap=12)
            else:
                new = self.before(t, types=("Person",), maxgap=20)
                if self.key(t - 1) in ("who",):
                    new = self.before(t - 1, types=("Person",), maxgap=20)
                elif self.key(t - 1) != "to":
                    sb = self.subject_before(t, maxgap=25)  # "R, a protege of K, succeeded"
                    if sb is not None and sb.etype == "Person":
                        new = sb
                if new is not None and self.key((new.tlo if new.tlo >= 0 else new.lo) - 1) == \
                        "by" and self.key(t - 1) == "to":
                    # "X was appointed by K to replace S": X replaces S, K appoints
                    by = (new.tlo if new.tlo >= 0 else new.lo) - 1
                    new = self.subject_before(by - 1, maxgap=20) if by - 1 > self.lo else None
                    if new is not None and new.etype != "Person":
                        new = None
                old = self.after(t + 1, types=("Person",), maxgap=3)
                if old is None:
                    # "replacing the late hard-liner Y": descriptors before the name
                    o2 = self.after(t + 1, types=("Person",), maxgap=6)
                    if o2 is not None and all(
                            (not self.toks[x].punct or self.toks[x].text == "-") and
                            not self.f(x) & _EN_PREDICATES
                            for x in range(t + 1, o2.tlo if o2.tlo >= 0 else o2.lo)):
                        old = o2
            if old is None and not passive and self.key(t + 1) in ("him", "her") and \
                    self.key(t - 1) != "to":
                old_id = predecessor_pronoun_en(self, t, new)  # "X succeeded him"
                if old_id and new is not None and not self.blocked(t, new):
                    self.add("SUCCESSOR_OF", new.eid, old_id, "succeeded_him_en")
            if new and old and not self.blocked(t, new):
                self.add("SUCCESSOR_OF", new.eid, old.eid, "succeeded_en")
        # English: appointed / took over ... after the killing of X, "replacing X"
        for t in self.triggers(_EMPTY, L.EN_APPOINT):
            if self.key(t) == "took" and self.key(t + 1) != "over":
                continue
            for x in range(t + 1, min(self.hi, t + 24)):
                kx = self.key(x)
                if kx in ("after", "following", "replacing", "replace", "from") or (
                        kx == "over" and self.key(x + 1) == "from"):
                    rest = x + 1
                    while rest < self.hi and self.key(rest) in (
                            "the", "a", "killing", "death", "assassination", "ouster",
                            "resignation", "departure", "dismissal", "of", "from", "late",
                            "slain", "former"):
                        rest += 1
                    old = self.after(rest, types=("Person",), maxgap=1)
                    if old is None and kx in ("after", "following") and self.key(rest) in (
                            "his", "her") and self.key(rest + 1) in (
                            "killing", "death", "assassination"):
                        # "X, Soleimani's deputy, took over after his death": his = the
                        # person named before, not the one who took over
                        subj_m = self.subject_before(t, maxgap=20)
                        ante = self._antecedent(t, exclude={subj_m.eid} if subj_m else set())
                        if subj_m is not None and subj_m.etype == "Person" and ante and \
                                not self.blocked(t, subj_m):
                            self.add("SUCCESSOR_OF", subj_m.eid, ante, "took_over_after_his_en")
                        break
                    if old is None:
                        continue
                    deathish = kx in ("replacing", "replace", "from", "over") or any(
                        self.key(y) in ("killing", "death", "assassination", "ouster",
                                        "resignation", "departure", "dismissal", "killed",
                                        "died", "assassinated", "ousted", "resigned")
                        for y in range(x, min(self.hi, old.hi + 4)))
                    new = self.before(t, types=("Person",), maxgap=20)
                    obj = self.after(t + 1, types=("Person",), maxgap=4)
                    active = self.key(t) in ("appointed", "named", "chosen", "tapped",
                                             "selected", "installed", "promoted") and \
                        self.key(t - 1) not in EN_PASSIVE_AUX and self.key(t - 1) != "who"
                    if new is None or (active and obj is not None and obj.hi <= x):
                        new = obj  # "K named X as commander, hours after Y was killed"
                    if deathish and new and new is not old and not self.blocked(t, new):
                        self.add("SUCCESSOR_OF", new.eid, old.eid, "appointed_after_en")
                    break
        # Arabic
        for t in self.triggers(_AR_SUCC_PRED_TAKE, _EMPTY):
            fs = self.f(t)
            if fs & L.AR_PREDECESSOR:
                old = self.after(t + 1, types=("Person",), maxgap=2)
                if "سلفه" in fs or "سلفها" in fs:
                    ante = self.before(t, types=("Person",), maxgap=40)
                    if ante and old is None:  # "سلفه" unnamed: the gazetteer's predecessor
                        pred = predecessor_from_gazetteer(self, ante.eid)
                        if pred and pred != ante.eid and not self.blocked(t):
                            self.add("SUCCESSOR_OF", ante.eid, pred, "predecessor_known_ar")
                    if ante and old and not self.blocked(t):
                        self.add("SUCCESSOR_OF", ante.eid, old.eid, "predecessor_ar")
                continue
            if fs & _C3:
                old = self.after(t + 1, types=("Person",), maxgap=1)
                if old is None:
                    continue
                new_id: str | None = None
                prev_m = self.before(t, types=("Person",), maxgap=1)
                if prev_m is not None and prev_m.kind == "name":
                    new_id = prev_m.eid
                if new_id is None:
                    next_m = self.after(old.hi, types=("Person",), maxgap=2)
                    if next_m is not None and next_m.kind == "name":
                        new_id = next_m.eid
                if new_id is None:
                    new_id = self._successor_of(old.eid, t)
                    if new_id:
                        self._desc_mention(t, old.hi, new_id)
                if new_id and not self.blocked(t):
                    self.add("SUCCESSOR_OF", new_id, old.eid, "khalifa_ar")
                    self.dependent.add(id(old))  # "خليفة سليماني" is not Soleimani himself
                continue
            if fs & _C4:
                old = self.after(t + 1, types=("Person",), maxgap=2)
                new = self._free_person_before(t, maxgap=25)
                if new is None:
                    new = self.after(self.lo, types=("Person",), maxgap=t - self.lo)
                if new is None and old is not None:
                    new = appointee_after(self, old.hi)  # "خلفاً لـY، عيّن K X قائداً"
                if old and new and new is not old and not self.blocked(t):
                    self.add("SUCCESSOR_OF", new.eid, old.eid, "khalafan_ar")
                continue
            if fs & _C5:
                obj_m = self.after(t + 1, types=("Person",), maxgap=1)
                subj_m = self.before(t, types=("Person",), maxgap=3)
                if obj_m is None:
                    continue
                if subj_m is None:
                    after2 = self.after(obj_m.hi, types=("Person",), maxgap=2)
                    if after2 is None:
                        continue
                    subj_m, obj_m = obj_m, after2
                if not self.blocked(t, subj_m):
                    self.add("SUCCESSOR_OF", subj_m.eid, obj_m.eid, "khalafa_ar")
                    self.dependent.add(id(obj_m))
                continue
            if fs & L.AR_TAKEOVER:
                for x in range(t + 1, min(self.hi, t + 14)):
                    if self.f(x) & _C6:
                        y = x + 1
                        if self.key(y) in _AR_TIME_UNITS:  # "بعد ساعات (قليلة) من مقتل X"
                            y += 1
                            if self.key(y) in ("قليله", "قليلة"):
                                y += 1
                            if self.key(y) == "من":
                                y += 1
                            else:
                                y = x + 1
                        y0 = y
                        while y < self.hi and self.f(y) & _C7:
                            y += 1
                        if y == y0:
                            continue
                        old = self.after(y, types=("Person",), maxgap=4)
                        new = self.before(t, types=("Person",), maxgap=6)
                        if fs & _AR_APPOINT_NOUN:  # "أعلن K تعيين X ... بعد مقتل Y"
                            new = self.after(t + 1, types=("Person",), maxgap=3)
                        elif fs & _AR_APPOINT_VERBS:
                            # "عيّن (K) X ... بعد مقتل Y": the appointee is the object
                            first = self.after(t + 1, types=AGENT_TYPES, maxgap=3)
                            if new is None and first is not None:
                                new = self.after(first.hi, types=("Person",), maxgap=2)
                                if new is None and first.etype == "Person" and (
                                        "\u064f" in self.toks[t].text or
                                        acc_role(self, first.hi)):
                                    new = first  # passive "عُيّن X قائداً ...": X appointed
                            elif new is not None:
                                new = self.after(t + 1, types=("Person",), maxgap=3)
                        elif new is None:
                            new = self.after(t + 1, types=("Person",), maxgap=3)
                        if old and new and old is not new and not self.blocked(t, new):
                            self.add("SUCCESSOR_OF", new.eid, old.eid, "took_over_after_ar")
                        break

    def _antecedent(self, k: int, exclude: set[str]) -> str | None:
        """Nearest person before token *k* (this or earlier sentences) not in *exclude*;
        possessive mentions ("Soleimani's deputy") count."""
        for m in sorted((m for m in self.doc.ments if m.etype == "Person" and (
                m.sent < self.si or (m.sent == self.si and m.hi <= k))),
                key=lambda m: (m.sent, m.hi), reverse=True):
            if m.eid not in exclude:
                return m.eid
        return None

    def _successor_of(self, old: str, at: int) -> str | None:
        """Who succeeded *old*: from the gazetteer's hints (preferring people named in the
        document), else the next person named in this or the next two sentences who leads
        what *old* led."""
        doc = self.doc
        known = _successors(doc.gaz).get(old, [])
        mentioned = doc.mentioned_ids()
        for k in known:
            if k in mentioned:
                return k
        if len(known) == 1:
            return known[0]
        old_entry = doc.gaz.get(old)
        led = set(old_entry.leads) if old_entry else set()
        for m in doc.ments:
            if m.sent < self.si or m.sent > self.si + 2 or m.etype != "Person" or m.eid == old:
                continue
            if m.sent == self.si and m.lo <= at:
                continue
            if (m.role_org in led and m.role != "member") or not led:
                return m.eid  # not a mere member of the body ("مسؤول ... في الحزب X")
        return None

    def _desc_mention(self, lo: int, hi: int, eid: str) -> None:
        me = _ment_at(self.doc, self.si, lo, hi, eid, kind="desc")
        self.doc.ments.append(me)
        self.doc.by_sent.setdefault(self.si, []).append(me)

    # ASSASSINATED_BY -----------------------------------------------------------------
    def _agent_after(self, k: int, limit: int = 14) -> tuple[str | None, str]:
        """Agent(s) named after a killing: 'by X', 'على يد X', 'in a US strike',
        'غارة أمريكية', 'ordered by X', 'بأمر من X'. Returns the first; all of them are kept
        in ``self._agents`` (a US strike ordered by Trump names both)."""
        end = min(self.hi, k + limit)
        found: list[tuple[str, str]] = []
        x = k
        while x < end:
            kx = self.key(x)
            fx = self.f(x)
            if x > k and not self.toks[x].ar and kx != "by" and self.key(x - 1) != "by" and (
                    fx & _EN_CLAUSE_BREAK or (kx in EN_PASSIVE_AUX and self.key(x - 1) == ",")):
                break  # "killed by a drone in 2020, was succeeded by X": X is no agent
            if kx == "by" or (kx == "يد" and self.key(x - 1) in ("على", "علي")) or \
                    "بيد" in fx or (kx == "قبل" and self.key(x - 1) == "من") or (
                    fx & _ORDER_WORDS and (self.key(x + 1) in ("من", "بها", "به") or (
                        self.key(x + 1) in _AR_DIRECT and self.key(x + 2) == "من"))) or (
                    kx in _EN_ORDER_NOUNS and self.key(x + 1) == "of"):
                start = x + 2 if (fx & _ORDER_WORDS or kx in _EN_ORDER_NOUNS) else x + 1
                m = self.after(start, maxgap=3)
                nat = self.nat_agent(start, start + 4)
                if m is not None and (nat is None or m.lo <= start + 1 or
                                      m.etype == "Person"):
                    found.append((m.eid, "by"))
                    x = m.hi
                    continue
                if nat:
                    found.append((nat, "by_adj"))
            elif kx in _EN_ORDER_NOUNS and x > k and self.mention_at.get(x - 1) is not None \
                    and self.mention_at[x - 1].poss and \
                    self.mention_at[x - 1].etype in AGENT_TYPES:
                found.append((self.mention_at[x - 1].eid, "orders_poss"))  # "on Trump's orders"
            elif (fx & (L.EN_STRIKE | L.AR_STRIKE) or kx in ("strike", "airstrike")) and (
                    self.key(x - 1) == "same" or self.key(x + 1) in ("ذاتها", "نفسها", "ذاته",
                                                                     "نفسه")) and not found:
                # "killed in the same strike" / "في الغارة نفسها": the earlier killing's agents
                prev = [a for s_, a in self.doc.kill_agents if s_ < self.si]
                if prev:
                    last_s = max(s_ for s_, a in self.doc.kill_agents if s_ < self.si)
                    for a in dict.fromkeys(a for s_, a in self.doc.kill_agents
                                           if s_ == last_s):
                        found.append((a, "same_strike"))
                    break
            elif fx & (L.EN_STRIKE | L.AR_STRIKE) or kx in ("strike", "airstrike"):
                # nationality adjective/country of the strike phrase: after the noun in
                # Arabic (غارة أمريكية), before it in English (a US strike)
                if self.toks[x].ar:
                    nat = self.nat_agent(x + 1, min(end, x + 4))
                else:
                    lo_w = x
                    while (lo_w > max(k, x - 6) and not self.toks[lo_w - 1].punct or (
                            lo_w > max(k, x - 6) and self.toks[lo_w - 1].text in ("-", "."))) \
                            and self.key(lo_w - 1) not in _EN_PLACE_PREPS_STOP:
                        lo_w -= 1  # "in Tehran in a strike": the place is no agent
                    nat = self.nat_agent(lo_w, x) or ordered_adj_agent(self, lo_w, x)
                if nat and all(nat != a for a, _ in found):
                    found.append((nat, "strike_adj"))
            x += 1
        self._agents = [a for a, _ in found]
        return (found[0] if found else (None, ""))

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
                k = tok.key
                if k == "targeted":
                    continue
                self._agents = []
                passive = k == "died" or self.key(t - 1) in EN_PASSIVE_AUX or (
                    self.key(t - 2) in EN_PASSIVE_AUX and self.key(t - 1) in (
                        "reportedly", "allegedly", "later", "also", "both", "all",
                        "subsequently", "eventually")) or (
                    k in ("killed", "assassinated") and self.before(t, ("Person",), 3) and
                    self.key(t - 1) == ",")
                if k in L.EN_KILL_NOUNS or k in ("assassination", "killing", "death"):
                    self._kill_nominal_en(t)
                    continue
                if k in ("slain", "gunned", "executed") and not passive:
                    continue  # "the slain general": an adjective, not a statement
                if passive:
                    victim = self.before(t, types=("Person",), maxgap=16)
                    if victim is not None and any(
                            self.key(y) in _EN_SUBORD for y in range(victim.hi, t)):
                        # "X, who took command after his predecessor was killed by ...": the
                        # passive's subject is in the subordinate clause, not X
                        sub = max(y for y in range(victim.hi, t) if self.key(y) in _EN_SUBORD)
                        inner = self.before(t, types=("Person",), maxgap=t - sub)
                        if inner is None and self.key(sub + 1) in ("his", "her", "their", "its"):
                            continue  # "his predecessor was killed": someone else
                        if inner is None and victim is next(
                                (m for m in self.args if m.etype == "Person"), None):
                            continue  # "X took over after the general was killed": not X
                        victim = inner or victim  # "X succeeded Y after the general was killed"
                    pair = self._plural_people(t) if victim is None else []
                    if victim is None and not pair:
                        continue
                    victims = self._victim_list_back(victim) if victim is not None else pair
                    victim = victim or pair[0]
                    after_t = t + 1
                    w = 0
                    if self.key(t + 1) in ("along", "together") and self.key(t + 2) == "with":
                        w = 3
                    elif self.key(t + 1) in ("alongside", "with"):
                        w = 2
                    if w:
                        more = self.after(t + w, types=("Person",), maxgap=1)
                        if more is not None:
                            victims = victims + self.chain(more, ("Person",))
                            after_t = victims[-1].hi
                    agent, how = self._agent_after(after_t)
                    if agent and not self.blocked(t, victim):
                        for v in _more_victims(victims, companions(self, t)):
                            self.add("ASSASSINATED_BY", v.eid, agent, "killed_by_en")
                    continue
                # active: agent before, victims after
                agent_m = self.before(t, maxgap=8)
                victim = self.after(t + 1, types=("Person",), maxgap=6)
                if victim is None:
                    continue
                agent = agent_m.eid if agent_m is not None and agent_m.etype in AGENT_TYPES \
                    else None
                if agent_m is not None and agent_m.etype == "Person" and agent_m.hi <= t - 4:
                    # "X ... killed" with a strike noun in between: "a US drone strike killed"
                    agent = self.nat_agent(agent_m.hi, t) or agent
                # "A U.S. drone strike on a base of the PMF ... killed X": the strike's own
                # adjective names the agent, not a body inside its prepositional phrase
                sx = next((y for y in range(max(self.lo, t - 25), t)
                           if self.f(y) & L.EN_STRIKE and self.key(y) not in ("forces",
                                                                              "troops") and
                           self.key(y + 1) in ("on", "against", "at", "near", "in",
                                               "targeting")), None)
                near = strike_subject_en(self, t, agent_m)
                if near is not None:
                    agent = near  # "after Israeli strikes killed Y": the strike's adjective
                elif sx is not None and (agent_m is None or agent_m.lo > sx):
                    agent = self.nat_agent(max(self.lo, sx - 4), sx + 1)
                elif agent_m is not None and self.key(
                        (agent_m.tlo if agent_m.tlo >= 0 else agent_m.lo) - 1) in (
                        "in", "on", "at", "near", "from", "into", "inside", "of"):
                    agent = None  # "struck a base in Iraq, an attack that killed": not Iraq
                if self.key(t - 1) in ("that", "which") and self.key(t - 2) in (
                        "attack", "strike", "airstrike", "raid", "bombing", "operation"):
                    # "X struck ..., an attack that killed Y": the attack's agent
                    agent = strike_agent_back(self, t - 1) or agent
                if agent is None:
                    agent = self.nat_agent(max(self.lo, t - 5), t)
                if agent_m is not None and agent_m.etype == "Person" and agent == agent_m.eid:
                    was_victim, earlier = victim_as_subject(self, agent_m)
                    if was_victim:  # "the strike that killed X also killed Y": X's agent
                        agent = earlier
                if not agent and not self.blocked(t, agent_m):
                    # "The drone strike that killed X was ordered by Trump"
                    for orderer in self._orderers(self.chain(victim, ("Person",))[-1].hi):
                        for v in self.chain(victim, ("Person",)):
                            self.add("ASSASSINATED_BY", v.eid, orderer, "ordered_by_en")
                if agent and agent != victim.eid and not self.blocked(t, agent_m):
                    victims = self.chain(victim, ("Person",))
                    victims += apposition_tail(self, victims[-1])  # "X, head of Y, and Z"
                    for v in victims:
                        self.add("ASSASSINATED_BY", v.eid, agent, "killed_active_en")
                    for orderer in self._orderers(victims[-1].hi):  # "... ordered by Trump"
                        for v in victims:
                            self.add("ASSASSINATED_BY", v.eid, orderer, "ordered_by_en")
                continue
            # Arabic
            self._agents = []
            self._ordered_kill_ar(t)
            if fs & AR_DIED_IN and not fs & L.AR_KILL_STRONG and not any(
                    self.f(y) & L.AR_STRIKE for y in range(t + 1, min(self.hi, t + 4))):
                continue  # قضى without a strike: "spent", "ruled"
            if fs & L.AR_DEATH_OF or fs & AR_DIED_IN:
                # "لقي X حتفه/مصرعه في غارة أمريكية" / "X، الذي قضى في غارة إسرائيلية"
                victim = self.before(t, types=("Person",), maxgap=8)
                agent, _how = self._agent_after(t + 1)
                if victim and agent and not self.blocked(t):
                    for v in _more_victims(self._victim_list_back(victim),
                                           companions(self, t)):
                        self.add("ASSASSINATED_BY", v.eid, agent, "met_death_ar")
                continue
            nominal = bool(fs & _C8)
            pron = any(fm.endswith(("ته", "تها", "وه", "ه")) and fm in L.AR_KILL_STRONG
                       and fm not in _C9 for fm in fs) and not nominal
            if pron:
                victim = self.before(t, types=("Person",), maxgap=12)
                agent_m = self.after(t + 1, maxgap=3)
                if victim and agent_m and not self.blocked(t):
                    self.add("ASSASSINATED_BY", victim.eid, agent_m.eid, "killed_rel_ar")
                continue
            if nominal:
                self._kill_nominal_ar(t)
                continue
            passive = bool(fs & _C10) and not (
                "قتلا" in fs and self.after(t + 1, types=("Person",), maxgap=0) is not None)
            b = self.before(t, maxgap=3)
            if passive and b is not None and b.etype == "Person" and (
                    self.key(t - 1) in ("الذي", "التي", "الذين", "وقد", "قد") or b.hi == t):
                first_after = self.after(t + 1, maxgap=2)
                if first_after is None or first_after.etype not in AGENT_TYPES or \
                        first_after.etype == "Person":
                    agent, _how = self._agent_after(t + 1, limit=20)
                    if agent and not self.blocked(t):
                        for v in _more_victims(self._victim_list_back(b),
                                               companions(self, t)):
                            self.add("ASSASSINATED_BY", v.eid, agent, "killed_rel_passive_ar")
                    continue
            svo = b is not None and b.etype in AGENT_TYPES and all(
                not self.toks[x].punct for x in range(b.hi, t))
            if svo and b is not None and b.etype != "Person" or (svo and not passive):
                victim = self.after(t + 1, types=("Person",), maxgap=10)
                if victim and b and not self.blocked(t, b):
                    victims = self.chain(victim, ("Person",))
                    for v in victims:
                        self.add("ASSASSINATED_BY", v.eid, b.eid, "killed_svo_ar")
                    for orderer in self._orderers(victims[-1].hi):
                        for v in victims:
                            self.add("ASSASSINATED_BY", v.eid, orderer, "ordered_by_ar")
                continue
            first = self.after(t + 1, maxgap=3)
            if first is None and passive:
                # "وقتل في الغارة نفسها X" / "قتل بغارة أمريكية X": the victim after the means
                v = self.after(t + 1, types=("Person",), maxgap=8)
                if v is not None and not any(self.toks[y].punct for y in range(t + 1, v.lo)):
                    agent, _how = self._agent_after(t + 1, limit=v.lo - t + 1)
                    if agent and not self.blocked(t):
                        for vv in self.chain(v, ("Person",)):
                            self.add("ASSASSINATED_BY", vv.eid, agent, "killed_means_first_ar")
                continue
            if first is None:
                continue
            if first.etype == "Person":
                # passive or nominal use: victim first, agent later
                victims = self._with_victims(self.chain(first, ("Person",)))
                agent, _how = self._agent_after(victims[-1].hi)
                if agent is None and passive and first.lo > t + 1:
                    # "وقتل في الغارة نفسها X": the means stated before the victim
                    agent, _how = self._agent_after(t + 1, limit=first.lo - t)
                if agent is None and not passive and any(
                        self.f(y) & L.AR_STRIKE for y in range(t + 1, first.lo)):
                    # "قتلت غارة أمريكية X وY": the strike is the subject
                    agent = self.nat_agent(t + 1, first.lo)
                    if agent is None:
                        continue
                if agent is None and not passive:
                    second = self.after(first.hi, types=("Person",), maxgap=2)
                    if second is not None and second in victims:
                        continue  # "قتلت X وY": a list of victims with no agent named
                    if second is not None:  # VSO with a person agent
                        if not self.blocked(t):
                            self.add("ASSASSINATED_BY", second.eid, first.eid, "killed_vso_ar")
                        continue
                if agent and not self.blocked(t):
                    for v in _more_victims(victims, companions(self, victims[-1].hi - 1)):
                        self.add("ASSASSINATED_BY", v.eid, agent, "killed_passive_ar")
            elif self.key(first.lo - 1) != "في":  # "قتل القياديان في كتائب القسام X": no agent
                victim = self.after(first.hi, types=("Person",), maxgap=10)
                orderer = None
                if victim is not None and self.key(victim.lo - 1) == "من" and \
                        self.f(victim.lo - 2) & _ORDER_WORDS:
                    # "اغتالت الولايات المتحدة بأمر من ترامب الجنرال سليماني"
                    orderer, victim = victim, self.after(victim.hi, types=("Person",),
                                                         maxgap=4)
                if victim and not self.blocked(t):
                    for v in self.chain(victim, ("Person",)):
                        self.add("ASSASSINATED_BY", v.eid, first.eid, "killed_vso_ar")
                        if orderer is not None:
                            self.add("ASSASSINATED_BY", v.eid, orderer.eid, "ordered_by_ar")

    def _ordered_kill_ar(self, t: int) -> None:
        """"أمر X بقتل Y" / "أصدر X أمرا باغتيال Y" / "أمر X بتنفيذ الغارة التي قتلت Y":
        whoever gave the order is an agent of the killing (victims named after it)."""
        tk = self.toks[t]
        if not (tk.key.startswith(("ب", "وب")) or self.key(t - 1) in ("التي", "الذي")):
            return
        for x in range(t - 1, max(self.lo, t - 5) - 1, -1):
            if self.toks[x].punct:
                return
            if self.f(x) & _AR_ORDER_VERBS:
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
        orders of X" later in the sentence (core_context.strike_orderers)."""
        return strike_orderers(self, k)

    def _with_victims(self, victims: list[Mention]) -> list[Mention]:
        """"قتل X مع Y" / "X was killed along with Y": Y shares the fate."""
        last = victims[-1]
        x = last.hi
        if x < self.hi and (self.key(x) in ("مع",) or (
                self.key(x) in ("along", "الي", "جنب") and self.key(x + 1) in ("with", "جانب"))):
            m = self.after(x + (2 if self.key(x) in ("along", "الي", "جنب") else 1),
                           types=("Person",), maxgap=1)
            if m is not None:
                return victims + self.chain(m, ("Person",))
        m = self.after(x, types=("Person",), maxgap=0)
        if m is not None and m.prefix.lstrip("و").startswith("مع"):
            return victims + [m]
        return victims

    def _victim_list_back(self, victim: Mention) -> list[Mention]:
        for m in self.args:
            if m.hi <= victim.lo and m.etype == "Person":
                ch = self.chain(m, ("Person",))
                if victim in ch:
                    return ch
        return [victim]

    def _kill_nominal_en(self, t: int) -> None:
        # "the assassination of X by Y", "Y's killing of X", "the US killing of X",
        # "X's assassination by Y"
        victims: list[Mention] = []
        agent = None
        if self.key(t + 1) == "of":
            v = self.after(t + 2, types=("Person",), maxgap=3)
            if v is None:
                return
            victims = self.chain(v, ("Person",))
            p = self.before(t, maxgap=2)
            if p is not None and p.poss and p.etype in AGENT_TYPES:
                agent = p.eid
            if agent is None:
                agent = self.nat_agent(max(self.lo, t - 2), t)
            if agent is None:
                agent, _ = self._agent_after(victims[-1].hi)
            if agent is None:
                # "Trump ordered the killing of X"
                for x in range(max(self.lo, t - 4), t):
                    if self.key(x) in ("ordered", "authorized", "authorised", "approved",
                                       "carried", "conducted", "responsibility"):
                        a = self.before(x, maxgap=4)
                        if a is not None:
                            agent = a.eid
        else:
            p = self.before(t, types=("Person",), maxgap=1)
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
            v = self.before(t, types=("Person",), maxgap=4)
            if v is not None:
                agent, _ = self._agent_after(t + 1, limit=6)
                if agent and agent != v.eid and not self.blocked(t):
                    self.add("ASSASSINATED_BY", v.eid, agent, "his_killing_ar")
            return
        first = self.after(t + 1, maxgap=3)
        if first is None:
            return
        if first.etype != "Person":
            v = self.after(first.hi, types=("Person",), maxgap=3)
            if v is not None and self.has_prep(v, {"ل"}) and first.etype in AGENT_TYPES:
                if not self.blocked(t):
                    for vv in self.chain(v, ("Person",)):
                        self.add("ASSASSINATED_BY", vv.eid, first.eid, "ightiyal_gen_ar")
            return
        victims = self.chain(first, ("Person",))
        agent, _ = self._agent_after(victims[-1].hi)
        if agent is None and (self.key(t - 1) in ("عن", "الي", "في", "بحياه") or
                              self.toks[t].key.startswith("ب")):
            # "نفذت X غارة أسفرت عن مقتل Y" / "تسببت غارة أمريكية في مقتل Y"
            res = next((x for x in range(t - 1, max(self.lo, t - 9) - 1, -1)
                        if self.f(x) & _AR_RESULT), None)
            if res is not None:
                agent = strike_agent_back(self, t)
        if agent and not self.blocked(t):
            for v in victims:
                self.add("ASSASSINATED_BY", v.eid, agent, "ightiyal_ar")
        claimer = self._claimer_ar(t)
        if claimer is not None and claimer.eid != agent and not self.blocked(t, claimer):
            for v in victims:
                self.add("ASSASSINATED_BY", v.eid, claimer.eid, "claimed_killing_ar")

    def _claimer_ar(self, t: int) -> Mention | None:
        """"أعلنت X مسؤوليتها عن اغتيال Y" / "تبنت X (عملية) اغتيال Y": X did it."""
        verb = None
        for z in range(t - 1, max(self.lo, t - 6) - 1, -1):
            if self.toks[z].punct:
                return None
            fz = self.f(z)
            if fz & _AR_ADOPT:
                verb = z
                break
            if any(f.startswith("مسوولي") for f in fz):
                verb = next((y for y in range(z - 1, max(self.lo, z - 4) - 1, -1)
                             if self.f(y) & _AR_ANNOUNCE), None)
                break
        if verb is None:
            return None
        # the claimer: subject of أعلنت/تبنت (VSO after the verb, or SVO before it)
        m = self.after(verb + 1, types=("Country", "Organization", "Person"), maxgap=2)
        if m is None or m.hi > t:
            m = self.before(verb, types=("Country", "Organization", "Person"), maxgap=2)
        return m

    # LEADS / MEMBER_OF -------------------------------------------------------------------
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
        for m in self.ments:
            if m.etype == "Person" and m.role == "head_state" and m.role_org is None and \
                    m.role_nat and m.kind == "name":
                self.add("LEADS", m.eid, m.role_nat, "title_country")
        # "الرئيس العراقي X ... نظيره التركي Y": a head of state's counterpart is one too
        # (only when the one whose counterpart he is, the sentence's subject, is a head:
        # "Zarif was received by President Saleh before talks with his counterpart X")
        heads = [m for m in self.ments if m.etype == "Person" and m.role == "head_state"]
        subj = next((m for m in self.args if m.etype == "Person"), None) if heads else None
        if subj is not None and (subj.role == "head_state" or self._is_head(subj.eid)):
            for m in self.ments:
                if m.etype == "Person" and m.role == "plain" and m.role_nat and \
                        self._counterpart(m) and all(h.eid != m.eid for h in heads):
                    self.add("LEADS", m.eid, m.role_nat, "counterpart_of_head")
        # appositions after a name: "X, the commander of Y", "X الزعيم الجديد لـY",
        # "خليفة X في زعامة Y"
        descs = [d for d in self.ments if d.kind == "desc" and d.etype == "Person"]
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
                                 (c.tlo if c.tlo >= 0 else c.lo) - 1) not in _EN_PREPS), None)
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
            if self.key(j) == "one" and self.key(j + 1) == "of":
                y = j + 2 + (self.key(j + 2) == "the")
                while y < self.hi and self.key(y) in L.EN_QUALIFIERS:
                    y += 1
                if self.key(y) in _EN_PLURAL_TITLES and self.key(y + 1) in ("of", "in"):
                    org = self.after(y + 2, types=("Organization",), maxgap=2)
                    if org is not None and not self.blocked(j):
                        self.add("MEMBER_OF", m.eid, org.eid, "one_of_leaders")
                    continue
            verb = self.f(j) & _LEAD_VERBS_ALL
            tt = None if verb else _title_at(self.doc, j, self.hi)
            if not verb and tt is None:
                continue
            tj = self.toks[j]
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
                    nxt_m = self.mention_at.get(mm.hi)
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

    # PART_OF -----------------------------------------------------------------------------
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
            cues = [k for k in range(self.lo, self.hi) if self.toks[k].ar and
                    not self.f(k).isdisjoint(_AR_FACTIONS)]
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

    # VISITED ---------------------------------------------------------------------------
    def visited(self) -> None:
        out = self.out
        n0 = len(out)
        self._visited_rules()
        if len(out) > n0:
            self._delegation([r for r in out[n0:] if r.type == "VISITED"])
        if out:
            self._met_abroad()
        self._was_in()
        self._city_over_country(n0)

    def _home(self, eid: str) -> str | None:
        """A person's country: the gazetteer's, a nationality the article gives them
        ("the Iranian ambassador X"), or that of the body they lead or belong to."""
        home = self.doc.country_of(eid)
        if home:
            return home
        for m in self.doc.ments:
            if m.eid != eid:
                continue
            if m.role_nat:
                return m.role_nat
            if m.role_org:
                if self.doc.etype(m.role_org) == "Country":
                    return m.role_org
                o = self.doc.gaz.get(m.role_org)
                if o is not None and o.country:
                    return o.country
                c = self._country_of_place(m.role_org) if self.doc.etype(
                    m.role_org) == "Location" else None
                if c:
                    return c
        for r in self.doc_rels():
            if r.source == eid and r.type in ("MEMBER_OF", "LEADS"):
                o = self.doc.gaz.get(r.target)
                if o is not None and o.country and o.type == "Organization":
                    return o.country
        return None

    def doc_rels(self) -> list:
        """Relations found so far in this sentence."""
        return self.out

    @needs((_EMPTY, _EN_WAS))
    def _was_in(self) -> None:
        """"X was in Baghdad last week for talks": a person from another country was
        there (English; the place a city or country with a known country)."""
        for t in self.triggers(_EMPTY, _EN_WAS):
            if self.key(t + 1) != "in":
                continue
            place = self.after(t + 2, types=("Location", "Country"), maxgap=0)
            who = self.before(t, types=("Person",), maxgap=1)
            if place is None or who is None or self.blocked(t, who):
                continue
            where = self._country_of_place(place.eid)
            home = self._home(who.eid)
            if where and home and home != where:
                self.add("VISITED", who.eid, place.eid, "was_in", 0.6)

    def _city_over_country(self, n0: int) -> None:
        """"X arrived in Beirut on his first visit to Lebanon": one visit, the city."""
        if len(self.out) - n0 < 2:
            return
        new = [r for r in self.out[n0:] if r.type == "VISITED"]
        if len(new) < 2:
            return
        drop = set()
        for r in new:
            if self.doc.etype(r.target) != "Country":
                continue
            for c in new:
                if c.source == r.source and c is not r and self.doc.etype(
                        c.target) == "Location" and self._country_of_place(c.target) == r.target:
                    drop.add(id(r))
        if drop:
            self.out[:] = [r for r in self.out if id(r) not in drop]

    def _delegation(self, visits: list) -> None:
        """Members of the visitor's delegation travelled too: "على رأس وفد يضم X وY",
        "برفقة X", "accompanied by X", "a delegation including X"."""
        dest = visits[-1].target
        for x in self.triggers(_AR_DELEGATION_JOIN, _EN_DELEGATION_JOIN):
            fx = self.f(x)
            kx = self.key(x)
            start = None
            if fx & _AR_DELEGATION_JOIN or kx in ("accompanied", "including", "includes",
                                                  "included"):
                if kx in ("including", "includes", "included") and not any(
                        self.key(y) in ("delegation", "entourage") for y in range(x - 3, x)):
                    continue
                if fx & _AR_INCLUDES_P and not any(self.f(y) & _AR_DELEGATION
                                                   for y in range(x - 2, x)):
                    continue
                start = x + 2 if kx == "accompanied" and self.key(x + 1) == "by" else x + 1
            if start is None:
                continue
            m = self.after(start, types=("Person",), maxgap=3)
            if m is None or self.blocked(x):
                continue
            for member in self.chain(m, ("Person",)):
                self.add("VISITED", member.eid, dest, "delegation", 0.6)

    def _met_abroad(self) -> None:
        """A meeting placed in a city or country ("held talks with Y in Baghdad", "met X in
        Washington"): a participant from another country visited it."""
        meets = [r for r in self.out if r.type == "MET_WITH" and r.sent == self.si]
        if not meets:
            return
        known = _FORMS
        for t in self.toks[self.lo:self.hi]:
            fs = known.get(t.text)
            if fs is None:
                fs = forms(t)
            if not fs.isdisjoint(_REMOTE):
                return  # a phone or video call places nobody anywhere
        places = [m for m in self.args if m.etype in ("Location", "Country") and (
            self.key((m.tlo if m.tlo >= 0 else m.lo) - 1) in ("in", "في", "at") or
            m.prefix.lstrip("وف")[:1] == "ب")]
        if len(places) != 1:
            return
        place = places[0]
        # the place must close the meeting clause ("met X in Baghdad", "التقى X في طهران"),
        # not qualify a topic ("مستقبل القوات الأمريكية في العراق", "a funeral in Tehran")
        p0 = (place.tlo if place.tlo >= 0 else place.lo) - (0 if place.prefix else 1)
        before = self.mention_at.get(p0 - 1)
        between = False
        parts = {r.source for r in meets} | {r.target for r in meets}
        if before is None or before.hi != p0 or not (before.etype == "Person" or (
                before.etype == "Organization" and before.eid in parts)):
            # (an organisation only as a participant: "met leaders of X in Baghdad", not
            # "US forces in Iraq" after the meeting)
            # "استقبل X، يوم الاثنين، في أربيل Y": the place between the two participants
            lo_ids = {m.eid for m in self.args if m.hi <= p0 and m.eid in parts}
            hi_ids = {m.eid for m in self.args if m.lo > place.hi - 1 and m.eid in parts}
            between = bool(lo_ids and hi_ids and self.toks[self.lo].ar)
            if not between:
                return
        where = self._country_of_place(place.eid)
        if where is None:
            return
        for r in meets:
            for p in (r.source, r.target):
                home = self._home(p) if self.doc.etype(p) == "Person" else None
                if home and home != where:
                    self.add("VISITED", p, place.eid, "met_abroad", 0.6)

    def _country_of_place(self, eid: str) -> str | None:
        if self.doc.etype(eid) == "Country":
            return eid
        e = self.doc.gaz.get(eid)
        if e is not None and e.country:
            return e.country
        return _capital_country(self.doc.gaz).get(eid)

    @needs((L.AR_VISIT, _EN_VISIT_ALL))
    def _visited_rules(self) -> None:
        places = ("Location", "Country")
        for t in self.triggers(L.AR_VISIT, _EN_VISIT_ALL):
            tok = self.toks[t]
            fs = self.f(t)
            dest = None
            if tok.ar:
                for x in range(t + 1, min(self.hi, t + 10)):
                    m = self.mention_at.get(x)
                    if m is not None and m.lo == x and m.etype in places and (
                            self.has_prep(m, {"ل", "ب"}) or self.key(x - 1) in (
                                "الي", "إلى", "ل", "لل") or
                            fs & _C12):
                        dest = m
                        break
                    if m is not None and m.lo == x and m.etype in places:
                        # "زيارة إلى بغداد": إلى precedes
                        pass
                if dest is None:
                    # a verb's subject may be long: "وصل وزير الخارجية الأميركي X، يوم
                    # الأربعاء، إلى بغداد" (the noun زيارة keeps the short window)
                    reach = 10 if fs & _C13 else 18
                    for x in range(t + 1, min(self.hi, t + reach)):
                        if self.key(x) in ("الي", "إلى", "الى"):
                            d = self.after(x + 1, types=places, maxgap=1)
                            if d is not None:
                                dest = d
                            break
                if dest is None:
                    continue
                pron = bool(fs & _VISIT_PRON)
                visitor = None
                if pron:
                    visitor = self.before(t, types=("Person",), maxgap=30)
                else:
                    a = self.after(t + 1, types=("Person",), maxgap=5)
                    if a is not None and a.lo < dest.lo:
                        visitor = a
                    else:
                        visitor = self.before(t, types=("Person",), maxgap=12, indep=True)
                        if visitor is None:
                            visitor = self.before(t, types=("Person",), maxgap=30, indep=True)
                if visitor and not self.blocked(t, visitor):
                    self.add("VISITED", visitor.eid, dest.eid, "visit_ar")
                continue
            k = tok.key
            art = t - 1
            if self.key(art) not in ("a", "an", "the", "his", "her", "their") and \
                    self.key(art) in _EN_VISIT_ADJ:
                art -= 1  # "a rare visit", "his first trip"
            if k in ("visit", "visits", "trip", "tour", "arrival") and self.key(art) in (
                    "a", "an", "the", "his", "her", "their") or tok.key in ("trip", "arrival"):
                # noun: "X's visit to Y", "a visit by X to Y", "during his visit to Y"
                to = next((x for x in range(t + 1, min(self.hi, t + 6))
                           if self.key(x) in ("to", "in")), None)
                if to is None:
                    continue
                dest = self.after(to + 1, types=places, maxgap=2)
                if dest is None:
                    # "a visit to the Shiite holy city of Najaf"
                    of = next((x for x in range(to + 1, min(self.hi, to + 7))
                               if self.key(x) == "of" and self.key(x - 1) in (
                                   "city", "town", "province", "capital")), None)
                    if of is not None:
                        dest = self.after(of + 1, types=places, maxgap=0)
                if dest is None:
                    continue
                visitor = None
                byx = next((x for x in range(t + 1, to) if self.key(x) == "by"), None)
                if byx is not None:
                    visitor = self.after(byx + 1, types=("Person",), maxgap=2)
                if visitor is None:
                    p = self.before(t, types=("Person",), maxgap=3)
                    if p is not None and (p.poss or self.key(t - 1) in ("his", "her")):
                        visitor = p
                if visitor is None and self.key(t - 1) in ("his", "her"):
                    visitor = self.before(t, types=("Person",), maxgap=40)
                if visitor is None:
                    visitor = self.before(t, types=("Person",), maxgap=15)
                if visitor and not self.blocked(t, visitor):
                    self.add("VISITED", visitor.eid, dest.eid, "visit_noun_en")
                continue
            # verbs: visited Y / arrived in Y / travelled to Y / landed in Y
            if k in ("visited", "visit", "visits", "visiting", "toured"):
                dest = self.after(t + 1, types=places, maxgap=2)
            else:
                prep = next((x for x in range(t + 1, min(self.hi, t + 4))
                             if self.key(x) in ("in", "to", "at")), None)
                dest = self.after(prep + 1, types=places, maxgap=2) if prep else None
                if prep and dest is None and "capital" in (self.key(prep + 2),
                                                           self.key(prep + 3)):
                    dest = self.after(prep + 1, types=places, maxgap=4)  # "the Iraqi capital X"
            if dest is None:
                continue
            visitor = self.subject_before(t, maxgap=25)  # skips ", a close friend of Y,"
            if visitor is None or visitor.etype != "Person":
                visitor = self.before(t, types=("Person",), maxgap=25, indep=True)
            if visitor and not self.blocked(t, visitor):
                self.add("VISITED", visitor.eid, dest.eid, "visit_verb_en")

    # SUPPORTS / WITHDREW_FROM / LOCATED_IN ---------------------------------------------
    @needs((_AR_SUPPORT_ALL, L.EN_SUPPORT), types=("Organization",))
    def supports(self) -> None:
        for t in self.triggers(_AR_SUPPORT_ALL, L.EN_SUPPORT):
            tok = self.toks[t]
            if tok.ar:
                fs = self.f(t)
                backed = self.before(t, types=("Organization",), maxgap=4)
                other = self.after(t + 1, types=AGENT_TYPES, maxgap=3)
                if not backed or not other or self.blocked(t):
                    continue
                if fs & (_C14 | _AR_BACKED_PLURAL):
                    # "كتائب حزب الله وكتائب سيد الشهداء المدعومتان من إيران": every member
                    for b in self._list_back(backed, ("Organization",)):
                        self.add("SUPPORTS", other.eid, b.eid, "backed_by_ar")
                elif fs & _C15:
                    self.add("SUPPORTS", backed.eid, other.eid, "loyal_to_ar")
                continue
            if self.key(t - 1) == "-" or (t > self.lo and self.toks[t - 1].end == tok.start):
                backer = self.before(t, maxgap=2)
                backed = self.after(t + 1, types=("Organization",), maxgap=3)
                if backer is not None and self.key(t + 1) in _EN_APPOSED_GROUP and \
                        self.key(t + 2) == "of":
                    # "X, a Tehran-backed alliance of armed groups": X, not the groups
                    head = self.before(backer.lo, types=("Organization",), maxgap=3)
                    if head is not None:
                        backed = head
                if backed is None and backer is not None:
                    # "Kataib Hezbollah, an Iran-backed militia"
                    backed = self.before(backer.lo, types=("Organization",), maxgap=3)
                if backer and backed:
                    self.add("SUPPORTS", backer.eid, backed.eid, "x_backed_en")
                continue
            if self.key(t + 1) == "by":
                backed = self.before(t, types=("Organization",), maxgap=4)
                backer = self.after(t + 2, maxgap=2)
                if backer and backed and not self.blocked(t):
                    for b in self._list_back(backed, ("Organization",)):
                        self.add("SUPPORTS", backer.eid, b.eid, "backed_by_en")
        self._supports_in_names()

    def _list_back(self, last: Mention, types: tuple[str, ...]) -> list[Mention]:
        """The list ("X, Y and Z" / "X وY") that ends with *last* (just *last* if none)."""
        for m in self.args:
            if m.hi <= last.lo and m.etype in types:
                ch = self.chain(m, types)
                if ch[-1] is last:
                    return ch
        return [last]

    def _supports_in_names(self) -> None:
        """A backer named inside an organisation's own name: "Iran-backed militias",
        "مليشيات مدعومة من إيران" -> the country SUPPORTS that organisation."""
        for m in self.ments:
            if m.etype != "Organization" or m.hi - m.lo < 3:
                continue
            for x in range(m.lo + 1, m.hi):
                fs = self.f(x)
                if self.toks[x].ar:
                    if fs & (_C14 | _AR_BACKED_PLURAL) and self.key(x + 1) == "من" and \
                            x + 2 < m.hi:
                        backer = self._country_word(x + 2)
                    else:
                        continue
                elif self.key(x) in L.EN_SUPPORT and self.key(x - 1) == "-" and x >= m.lo + 2:
                    backer = self._country_word(x - 2)
                else:
                    continue
                if backer and backer != m.eid:
                    self.add("SUPPORTS", backer, m.eid, "backed_in_name")
                break

    def _country_word(self, x: int) -> str | None:
        """The country a single token names ("Iran", "إيران", "Iranian"), else None."""
        if not self.lo <= x < self.hi:
            return None
        t = self.toks[x]
        for fm in self.f(x):
            if fm in L.NATIONALITY:
                return L.NATIONALITY[fm]
            for eid, _s, _a in self.doc.gaz.exact.get((fm,), ()):
                if self.doc.etype(eid) == "Country":
                    return eid
        return None if t.ar else L.NATIONALITY.get(t.key)

    # ATTACKED -----------------------------------------------------------------------------
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
                    nm = next((x for x in range(t + 1, min(self.hi, t + 9))
                               if self.key(x) in ("اسم", "باسم")), None)
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
                    (m.tlo if m.tlo >= 0 else m.lo) - 1) not in _EN_PREPS:
                return m
            # "X, an umbrella of factions that has claimed ...": not the of-complement
            for c in sorted(self.args, key=lambda c: -c.hi):
                if c.hi <= cue and c.etype in agents_t and not c.poss and self.key(
                        (c.tlo if c.tlo >= 0 else c.lo) - 1) not in _EN_PREPS:
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
        other = self if si == self.si else SentenceRules(self.doc, si)
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
            pre = self.key((m.tlo if m.tlo >= 0 else m.lo) - 1)
            return None if pre in _EN_PREPS else m
        return None

    def _weapon_after(self, t: int) -> bool:
        for x in range(t + 1, min(self.hi, t + 16)):
            if self.f(x) & _WEAPONS:
                return True
        return False

    def _military_context(self, t: int) -> bool:
        return any(self.f(x) & (_WEAPONS | L.AR_STRIKE | L.EN_STRIKE) for x in
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
        elif k1 in ("that", "which") and self.f(t + 2) & (L.EN_KILL | L.EN_ATTACK):
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

    # REPORTED_BY --------------------------------------------------------------------------
    @needs((_AR_RELAY, _EN_RELAY), types=("Outlet",))
    def reported_by(self) -> None:
        """A named source speaking to an outlet: "X told O", "X said in an interview with O",
        "in a statement carried by O", "قال X لـO", "في حديث لـO", "في بيان نقلته O".
        Unnamed sources ("two officials told Reuters", "مصادر ... لـ") give nothing."""
        for o in self.ments:
            if o.etype != "Outlet":
                continue
            cue = self._outlet_cue(o)
            if cue is None:
                continue
            src = self._speaker(cue, o)
            if src is None or src.eid == o.eid:
                continue
            # a denial told to an outlet is still said to it ("نفى X، في تصريح لـO، ...")
            denial = any(self.f(x) & _AR_DENY or self.key(x) in _EN_DENY
                         for x in range(max(self.lo, src.lo - 2), cue))
            if self.hypothetical(cue) or (not denial and self.negated(cue, src.lo)):
                continue
            self.add("REPORTED_BY", src.eid, o.eid, "told_outlet_ar" if
                     self.toks[o.lo].ar else "told_outlet_en", 0.7)
        self._relayed()

    def _relayed(self) -> None:
        """"O quoted X as saying", "O reported that X said ...", "نقلت O عن X قوله",
        "وأفادت O بأن X أشاد ...": a named speaker's words relayed by the outlet."""
        for t in self.triggers(_AR_RELAY, _EN_RELAY):
            ar = self.toks[t].ar
            o = (self.after(t + 1, types=("Outlet",), maxgap=1) if ar else
                 self.before(t, types=("Outlet",), maxgap=0))
            if o is None:
                continue
            x = o.hi if ar else t + 1
            while x < self.hi and x - (o.hi if ar else t + 1) < 4 and x not in self.mention_at \
                    and self.key(x) not in ("بان", "ان", "عن", "that", "بأن", "أن"):
                x += 1
            if x >= self.hi:
                continue
            kx = self.key(x)
            if kx in ("بان", "ان", "بأن", "أن", "that", "عن"):
                src = self.after(x + 1, types=("Person", "Organization"), maxgap=1)
                need_verb = kx != "عن"
            elif not ar and self.key(t) == "quoted":
                src = self.mention_at.get(x)
                need_verb = False
            else:
                continue
            if src is None or src.etype not in ("Person", "Organization") or src.eid == o.eid:
                continue
            if need_verb and not any(self.f(y) & (_AR_SPEECH_VERBS | _EN_SPEECH_VERBS)
                                     for y in range(src.hi, min(self.hi, src.hi + 3))):
                continue
            if not self.blocked(t):
                self.add("REPORTED_BY", src.eid, o.eid, "relayed_by_outlet", 0.6)

    def _outlet_cue(self, o: Mention) -> int | None:
        """Position of the speech verb that the outlet *o* is the addressee/carrier of."""
        start = o.tlo if o.tlo >= 0 else o.lo
        b = start - 1
        while b >= self.lo and (self.key(b) in ("the", "a", "an") or
                                (self.toks[b].punct and self.toks[b].text in QUOTES)):
            b -= 1
        if b < self.lo:
            return None
        kb = self.key(b)
        if not self.toks[o.lo].ar:
            if kb == "told" or (kb in ("to", "with") and self.key(b - 1) in _EN_SPOKE_TO) or (
                    kb == "by" and self.key(b - 1) in ("carried", "quoted", "cited")):
                return b
            return None
        # Arabic: لـO (glued or separate), مع O after مقابلة/حوار, نقلته O
        head_lam = False
        if self.f(b) & L.AR_OUTLET_HEADS:  # "لوكالة رويترز", "نقلته وكالة الأنباء ..."
            head_lam = self.toks[b].key.startswith("ل")
            start, b = b, b - 1
            if b < self.lo:
                return None
            if head_lam:
                return start
        if self.f(b) & _AR_CARRIED:
            return b
        if kb == "مع" and b - 1 >= self.lo and self.f(b - 1) & _AR_INTERVIEW:
            return b
        lam = self.has_prep(o, {"ل"}) or self.toks[o.lo].key.startswith(("ل", "لل"))
        return start if lam else None

    def _speaker(self, cue: int, o: Mention) -> Mention | None:
        """The named speaker of the speech act at *cue* (a person or organisation that is the
        subject of a speech verb), else None."""
        types = ("Person", "Organization")
        ar = self.toks[o.lo].ar
        # the speech verb: the cue itself ("told") or one shortly before it
        verb = None
        for vocab in ((_AR_SPEECH_VERBS, _AR_SPEECH) if ar else (_EN_SPEECH_VERBS, _EN_SPEECH)):
            for x in range(cue, max(self.lo, cue - 12) - 1, -1):
                if x < cue and self.toks[x].text in (".", ";", "؛"):
                    break
                if self.f(x) & vocab:
                    verb = x
                    break
            if verb is not None:
                break
        if verb is None or not self.f(verb) & (_AR_SPEECH_VERBS | _EN_SPEECH_VERBS):
            # "In an interview with O, X said ..." / "في مقابلة مع O، قال X": the verb follows
            for x in range(o.hi, min(self.hi, o.hi + 10)):
                if self.f(x) & (_AR_SPEECH_VERBS if ar else _EN_SPEECH_VERBS):
                    m = (self.after(x + 1, types=types, maxgap=1) if ar else
                         self.before(x, types=types, maxgap=0))
                    if m is not None and m.lo >= o.hi:
                        return m
                    break
            if verb is None:
                return None
        if ar:
            # VSO: "قال X (في حديث) لـO"; SVO: "X قال لـO"; "قال مسؤول ... في Y X لـO"
            m = next((c for c in self.args if c.etype == "Person" and c.tlo == verb + 1 and
                      c.lo < o.lo), None) or self.after(verb + 1, types=types, maxgap=1)
            if m is not None and m.lo < o.lo and not self.has_prep(m, _AR_NOT_SUBJ):
                return m
            m = self.before(verb, types=types, maxgap=1)
            if m is not None and not self.has_prep(m, _AR_NOT_SUBJ):
                return m
            return None
        # English: the subject right before the verb, or before an apposition closed by a
        # comma right before it ("X, the leader of Y, said in an interview with O")
        if self.key(verb - 1) in ("also", "later", "then", "has", "had"):
            verb -= 1
        m = self.before(verb, types=types, maxgap=0)
        if m is not None:
            # "two officials close to X told O": X is a complement, not the speaker
            pre = self.key((m.tlo if m.tlo >= 0 else m.lo) - 1)
            return None if pre in _EN_PREPS else m
        if self.key(verb - 1) == ",":
            for y in range(verb - 2, max(self.lo, verb - 25), -1):
                if self.toks[y].text == "," and self._appositive_start(y + 1, verb - 1) or (
                        self.toks[y].text == "," and self.key(y + 1) in ("the", "a", "an")):
                    m = self.before(y, types=types, maxgap=0)
                    return m
        return None

    def _abandoned(self) -> None:
        """"X abandoned/ditched/scrapped/quit the deal", "the deal, which X abandoned":
        X WITHDREW_FROM the agreement (a transitive verb with an agreement object)."""
        for t in self.triggers(_EMPTY, _EN_ABANDON):
            target = self.after(t + 1, types=("Agreement",), maxgap=4)
            subj = self.before(t, types=("Person", "Country", "Organization"), maxgap=3)
            if target is None and subj is not None:
                w = (subj.tlo if subj.tlo >= 0 else subj.lo) - 1
                while w > self.lo and self.key(w) in ("then", "former", "-", "president"):
                    w -= 1
                if self.key(w) in ("which", "that") and self.key(w - 1) == ",":
                    target = self.before(w - 1, types=("Agreement",), maxgap=1)
            if target is None or subj is None or subj.eid == target.eid or \
                    self.blocked(t, subj) or self._irrealis(t):
                continue
            self.add("WITHDREW_FROM", subj.eid, target.eid, "abandoned_en")

    @needs((_EMPTY, _EN_ABANDON), (L.AR_WITHDRAW, L.EN_WITHDRAW))
    def withdrew(self) -> None:
        self._abandoned()
        for t in self.triggers(L.AR_WITHDRAW, L.EN_WITHDRAW):
            tok = self.toks[t]
            agents: list[Mention] = []
            target = None
            if tok.ar:
                if "منه" in {self.key(x) for x in range(t + 1, min(self.hi, t + 2))} or \
                        self.key(t - 1) == "منه":
                    target = self.before(t, types=("Agreement", "Organization"), maxgap=8)
                    a = self.after(t + 1, maxgap=3)
                    agents = [a] if a else []
                else:
                    a = self.after(t + 1, maxgap=3)
                    if a is None:
                        a = self.before(t, maxgap=3)
                    agents = [a] if a else []
                    target = self.after(t + 1, types=("Agreement", "Organization"), maxgap=8)
            else:
                subj = self.before(t, types=("Person", "Country", "Organization"), maxgap=6)
                frm = next((x for x in range(t + 1, min(self.hi, t + 8))
                            if self.key(x) == "from" or (self.key(x) == "of" and
                                                         self.key(x - 1) == "out")), None)
                rel = next((x for x in range(max(self.lo, t - 6), t)
                            if self.key(x) == "from" and self.key(x + 1) == "which"), None)
                if rel is not None:
                    target = self.before(rel, types=("Agreement", "Organization"), maxgap=3)
                    subj = self.after(rel + 2, types=("Person", "Country", "Organization"),
                                      maxgap=5)
                elif frm is not None:
                    target = self.after(frm + 1, types=("Agreement", "Organization"), maxgap=4)
                    if target is None and subj is not None and subj.etype == "Organization":
                        # "the coalition withdrew from K1 / pulled out of Al-Qaim and of the
                        # Qayyarah airfield": a body leaving places (not countries)
                        places = [m for m in self.args if m.lo > frm and
                                  m.etype == "Location" and m.lo - frm <= 12]
                        if places and not self.blocked(t) and not self._irrealis(t):
                            first = min(places, key=lambda m: m.lo)
                            if first.lo - frm <= 3:
                                for pm in places:
                                    gap = [self.key(y) for y in range(first.hi, pm.lo)]
                                    if pm is first or ("and" in gap and len(gap) <= 9):
                                        self.add("WITHDREW_FROM", subj.eid, pm.eid,
                                                 "withdrew_place_en")
                if subj:
                    agents.append(subj)
                obj = self.after(t + 1, types=("Country",), maxgap=2)
                if obj is not None and (frm is None or obj.lo < frm):
                    agents.append(obj)
            if target is None or self.blocked(t) or self._irrealis(t):
                continue
            for a in agents:
                if a is not None and a.eid != target.eid:
                    self.add("WITHDREW_FROM", a.eid, target.eid,
                             "withdrew_ar" if tok.ar else "withdrew_en")

    @needs(types=("Location", "Organization"))
    def located_in(self) -> None:
        """"the embassy in the (heavily fortified) Green Zone", "the Embassy compound in
        Baghdad", "the base in western Iraq", "المنطقة الخضراء وسط بغداد", "الأنبار غرب
        العراق", "U.S. forces in Iraq" / "القوات الأميركية في العراق", "a base hosting U.S.
        troops" / "قاعدة ... تضم قوات أميركية"."""
        for a in self.ments:
            forces = a.etype == "Organization" and self._is_forces(a)
            if a.etype != "Location" and not forces:
                continue
            for b in self.ments:
                if b.lo < a.hi or b.etype not in ("Location", "Country") or b.lo - a.hi > 7:
                    continue
                keys = [self.toks[x].key for x in range(a.hi, b.lo)
                        if not (self.toks[x].punct and self.toks[x].text in QUOTES)]
                if b.poss:
                    # "in Baghdad's heavily fortified Green Zone", "in Iraq's western province
                    # of Anbar": the possessed place, inside the possessor
                    c = self._possessed_place(b)
                    if c is not None:
                        if keys in (["in"], ["in", "the"]) or (forces and keys in _FORCES_IN):
                            self.add("LOCATED_IN", a.eid, c.eid,
                                     "forces_in" if forces else "place_in_place", 0.6)
                        break
                if forces:
                    if keys in _FORCES_IN and not self.blocked(a.lo):
                        for bb in self._place_list(b):
                            self.add("LOCATED_IN", a.eid, bb.eid, "forces_in", 0.6)
                elif keys == [","] and self._dateline(a, b):
                    pass  # "ERBIL, Iraq (Reuters) -": a dateline
                elif keys in (["داخل"], ["وسط"], ["في"], ["in"], ["inside"], [","],
                              ["in", "central"], ["in", "the"]) or (
                        not keys and b.prefix == "ب") or self._place_gap(keys):
                    self.add("LOCATED_IN", a.eid, b.eid, "place_in_place", 0.6)
                break
        self._hosts()
        for b in self.ments:
            if b.poss and b.etype == "Location" and not self.toks[b.lo].ar:
                c = self._possessed_place(b)
                if c is not None:
                    self.add("LOCATED_IN", c.eid, b.eid, "poss_place", 0.6)

    def _possessed_place(self, b: Mention) -> Mention | None:
        """The place after a possessive place: "Baghdad's (heavily fortified) Green Zone",
        "Iraq's western province of Anbar"."""
        x = b.hi
        while x < self.hi and x - b.hi < 5 and x not in self.mention_at and (
                (self.toks[x].key.isalpha() and not self.toks[x].cap and
                 self.key(x) not in L.EN_STOP) or self.key(x) in ("of", "-")):
            x += 1
        c = self.mention_at.get(x)
        if c is None or c.lo != x or c.etype != "Location":
            return None
        return c

    def _place_list(self, first: Mention) -> list[Mention]:
        """"in Iraq and Syria" / "في العراق وسوريا": every place of the list."""
        out = [first]
        x = first.hi
        while x < self.hi:
            if self.key(x) in ("and", ",", "،", "و"):
                x += 1
            m = self.mention_at.get(x)
            if m is None or m.lo != x or m.etype not in ("Location", "Country") or m in out:
                if m is None and x < self.hi and self.toks[x].ar and \
                        self.toks[x].key.startswith("و"):
                    m = next((c for c in self.ments if c.lo == x and c.etype in (
                        "Location", "Country") and c.prefix.startswith("و")), None)
                    if m is not None and m not in out:
                        out.append(m)
                        x = m.hi
                        continue
                break
            out.append(m)
            x = m.hi
        return out

    def _dateline(self, a: Mention, b: Mention) -> bool:
        return a.lo == self.lo or (b.hi < self.hi and self.toks[b.hi].text in (
            "(", "-", "—", "–", ":"))

    def _is_forces(self, m: Mention) -> bool:
        return _forces_name(self.doc.text[m.start:m.end])

    @staticmethod
    def _place_gap(keys: list[str]) -> bool:
        """(a facility noun) in/inside (the) (adverb/adjectives) | Arabic direction word."""
        k = list(keys)
        if not k:
            return False
        if len(k) == 1 and k[0] in _AR_DIRECTIONS:
            return True  # "الأنبار غرب العراق"
        if k[0] in ("في", "داخل") and len(k) == 2 and k[1] in _AR_DIRECTIONS:
            return True
        if k[0] in _EN_FACILITY_NOUNS:
            k = k[1:]
        if not k or k[0] not in ("in", "inside", "within"):
            return False
        k = k[1:]
        if k and k[0] == "the":
            k = k[1:]
        if len(k) >= 2 and k[-1] == "of" and k[-2] in ("province", "city", "governorate",
                                                      "district", "town", "region"):
            k = k[:-1]  # "in the northern province of Kirkuk"
        return len(k) <= 3 and all(w.isalpha() and w.islower() and w not in L.EN_STOP
                                   for w in k)

    def _hosts(self) -> None:
        """"X, which hosts U.S. troops" / "a base hosting U.S. troops" / "تضم قوات أميركية":
        the forces are LOCATED_IN the facility named before."""
        for t in self.triggers(_AR_HOSTS, _EN_HOSTS):
            forces = self.after(t + 1, types=("Organization",), maxgap=3)
            if forces is None or not self._is_forces(forces) or self.blocked(t):
                continue
            host = None
            for m in sorted(self.args, key=lambda m: -m.hi):
                if m.hi <= t and t - m.hi <= 30 and m.etype == "Location" and any(
                        w in _FACILITY_WORDS or L.fold_ar(w) in _FACILITY_WORDS
                        for w in self.doc.text[m.start:m.end].lower().split()):
                    host = m
                    break
            if host is not None:
                self.add("LOCATED_IN", forces.eid, host.eid, "hosts_forces", 0.6)
