"""SUCCESSOR_OF (successor -> predecessor).

Entry point ``successor`` (cues: successor/predecessor nouns, succeed/replace/appoint verbs,
خليفة/خلف/خلفاً لـ/سلفه/تولى/عُيّن, بدلاً من / instead of / in place of, whose):

- nouns: "خليفة سليماني قاآني", "X, Soleimani's successor", "X's successor Y",
  "successor to X", "his predecessor" (the gazetteer's when unnamed), "X, whose successor Y";
- verbs: "خلف قاآني سليماني" / "وخلفه في المنصب Y", "Qaani succeeded Soleimani", "X was
  succeeded (in 2025) by his deputy Y", "X replaced Y", "replacing the late Y", "خلفاً لـY،
  عيّن K X قائداً";
- appointment after a death or removal: "تولى/عُيّن X ... بعد اغتيال/مقتل Y", "أعلن K تعيين
  X ... بعد مقتل Y", "X was appointed/named ... after the killing of Y", "K named X as
  commander, hours after Y was killed", "X, Soleimani's deputy, took over after his death";
- "تعيين X ... بدلاً منه/من Y" / "X was appointed ... in place of / instead of Y", "X was
  appointed by K to replace S" (K appoints, X replaces S); "X was named as his successor";
- "وأصبح X قائداً" after a removal (core_recall.became_after_ar).

"خليفة سليماني" used without a name adds a description mention of the known successor
(``_desc_mention``; ``run`` refreshes the sentence's mentions afterwards).

``SuccessionRules`` is a mixin of :class:`loaders.extract.relations.SentenceRules` (how the
families share the sentence's state and helpers: :mod:`loaders.extract.relations`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from loaders.extract import lexicon as L
from loaders.extract.core_context import (
    _AR_CLAUSE_START,
    _AR_GONE,
    _AR_KHALAFAHU,
    _latest_victim,
    predecessor_pronoun_en,
)
from loaders.extract.core_recall import (
    _AR_APPOINTEE,
    AR_BECAME_OR_ELECTED,
    HOOK_AR,
    HOOK_EN,
    appointee_after,
    became_after_ar,
    instead_of,
    passive_by,
    predecessor_from_gazetteer,
    pronoun_predecessor_ar,
    whose_successor,
)
from loaders.extract.core_wire_rules import _EN_APPOINTERS, _appointee, acc_role
from loaders.extract.coreference import deceased_person
from loaders.extract.dispatch import needs, register_triggers
from loaders.extract.kill_clause_helpers import _companion_named
from loaders.extract.mentions import AGENT_TYPES, _ment_at
from loaders.extract.rule_common import (
    _EMPTY,
    _EN_LED,
    _EN_PREDICATES,
    _EN_WHOSE,
    EN_PASSIVE_AUX,
    drop_unsure_ar,
    killed_right_after,
    title_start,
)
from loaders.extract.succession_acting import (
    left_post_after,
    named_acting_object,
    who_head_past_apposition,
)
from loaders.extract.succession_checks import appointed_by_pronoun_ar
from loaders.extract.succession_clauses import CUES as CLAUSE_CUES
from loaders.extract.succession_clauses import apposed_subject_ar, more_clauses
from loaders.extract.succession_him_ar import (
    AR_CHOSE_HIM,
    chosen_him_ar,
    relative_head_past_apposition_ar,
)
from loaders.extract.succession_khalafahu import relative_head_kana_ar
from loaders.extract.succession_nominated import nominated_to_succeed
from loaders.extract.succession_oath import holder_ar as oath_holder_ar
from loaders.extract.succession_oath import holder_en as oath_holder_en
from loaders.extract.succession_rivals import beaten_rival_winner
from loaders.extract.succession_since_he import since_he_en, since_he_unsure
from loaders.extract.succession_vocab_en import CUES as IDIOM_CUES
from loaders.extract.succession_vocab_en import handover_idioms_en

if TYPE_CHECKING:
    from loaders.extract.relations import SentenceCore
else:
    SentenceCore = object

_C3 = L._ar("خليفة", "خليفه")
_AR_SUCC_HIS = L._ar("خليفته", "خليفتها")  # "his successor": "واختير خليفته X"
_C4 = L._ar("خلفا", "خلفاً")
_AR_FUTURE_SUCC = L._ar("سيخلف", "ستخلف", "وسيخلف", "وستخلف")  # (see decided_future)
_C5 = L._ar("خلف", "يخلف", "خلفه") | _AR_FUTURE_SUCC
_C6 = L._ar("بعد", "عقب", "اثر", "إثر", "منذ")  # ("منذ" only before a loss noun)
_C7 = L._ar(
                                "اغتيال", "مقتل", "وفاة", "رحيل", "استقالة", "اقالة", "إقالة",
                                "سلفه", "الراحل", "مصرع", "استشهاد", "تصفية", "إعفاء", "اعفاء",
                                "إنهاء", "انهاء", "عزل", "تنحي", "تنحية", "تقاعد", "إحالة",
                                "احالة", "إقصاء", "اقصاء", "إبعاد", "ابعاد", "الإطاحة")
# what a removal noun may govern before the person: "بعد إنهاء عضوية Y" / "إعفاء مهام Y"
_C7_TAIL = L._ar("عضوية", "عضويه", "خدمات", "مهام", "تكليف", "ولاية", "ولايه")
_AR_INSTEAD_T = L._ar("بدلا", "بدلاً", "عوضا", "عوضاً")
_EN_INSTEAD_T = frozenset({"instead", "place", "lieu", "stead", "succession"})
# a word between the passive auxiliary and "succeeded / replaced" ("Y was himself / later
# succeeded as X in 2020 by Z", session 16)
_EN_AUX_ASIDE = frozenset({"himself", "herself", "later", "subsequently", "eventually", "then",
                           "also", "soon", "quickly"})
_AR_APPOINT_VERBS = L._ar("عين", "عينت", "يعين", "تعين")
_AR_APPOINT_NOUN = L._ar("تعيين")
_AR_TIME_UNITS = L._ar("ساعات", "ساعة", "ساعتين", "ايام", "يوم", "يومين", "اسابيع", "اسبوع",
                       "اشهر", "شهر", "شهرين", "اسبوعين")
_SUCC_CACHE: dict[int, tuple] = {}
_AR_REL_ALL = frozenset({"الذي", "التي", "والذي", "والتي"})
_AR_LED_BY = L._ar("بزعامة", "برئاسة", "بقيادة", "يتزعمه", "يتزعمها", "يقوده", "يقودها",
                   "يرأسه", "يرأسها", "زعيمه", "زعيمها")
_EN_APPOS_DET = frozenset({"a", "an", "the", "his", "her", "their", "its"})
# a succession only hoped for or contested: "a candidate / rivals / tipped to succeed Y"
_EN_PROSPECT = frozenset({"candidate", "candidates", "rival", "rivals", "contender",
                          "contenders", "frontrunner", "front-runner", "favourite", "favorite",
                          "tipped", "bid", "race", "vying", "hopes", "hoping", "seeks",
                          "seeking", "wants", "poised", "likely", "expected", "battle",
                          "campaign", "running", "jockeying", "struggle", "fight"})
_AR_SUCC_FILLERS = L._ar("بذلك", "بهذا", "رسميا", "رسمياً", "فعليا", "فعلياً")
_AR_KANA_OPEN = L._ar("وكان", "كان", "وكانت", "كانت")  # "وكان قد خلف Y": subject dropped
_AR_POST_W = L._ar("المنصب", "منصبه", "منصبها", "موقعه", "المنصبين")


_EN_COPULA_SUCC = frozenset({"became", "becomes", "become", "is", "was", "remains"})
_EN_PASSIVE_ADV = frozenset({"finally", "formally", "officially", "later", "also", "then"})
_EN_NAMED_SUCC = frozenset({"named", "appointed", "chosen", "elected", "declared", "confirmed"})


def _copula_subject_en(sr: Any, poss: Any) -> Any:
    """"X became / is / was named Y's successor": the subject X (None for anything else)."""
    v = title_start(poss) - 1
    if sr.key(v) in ("now", "already", "officially"):
        v -= 1
    if sr.key(v) == "as" and sr.key(v - 1) in _EN_NAMED_SUCC:
        # "X was (finally) confirmed / named as Y's successor": from the auxiliary
        aux = v - 2 if sr.key(v - 2) not in _EN_PASSIVE_ADV else v - 3
        if sr.key(aux) not in EN_PASSIVE_AUX:
            return None
        v = aux
    elif sr.key(v) in _EN_NAMED_SUCC and sr.key(v - 1) in EN_PASSIVE_AUX:
        v -= 1
    elif sr.key(v) not in _EN_COPULA_SUCC:
        return None
    sb = sr.subject_before(v, maxgap=20)
    return sb if sb is not None and sb.etype == "Person" and sb.eid != poss.eid else None


def _copula_the_subject_en(sr: Any, t: int) -> Any:
    """"X(, a heart surgeon,) (thus) becomes / is the successor of Y": the subject X of the
    copula before "the" at *t* - 1 (None for anything else)."""
    if sr.key(t - 1) not in ("the", "a"):
        return None
    v = t - 2
    if sr.key(v) in ("now", "thus", "already", "officially"):
        v -= 1
    if sr.key(v) in _EN_COPULA_SUCC:
        pass
    elif sr.key(v) in _EN_NAMED_SUCC and sr.key(v - 1) in EN_PASSIVE_AUX:
        v -= 1
    else:
        return None
    sb = sr.subject_before(v, maxgap=20)
    return sb if sb is not None and sb.etype == "Person" else None


# a time phrase between the subject and the object of a VSO verb ("في آذار الماضي")
_AR_TIME_WORDS = L._ar(
    "في", "خلال", "عام", "سنة", "الماضي", "الماضية", "الأسبوع", "الشهر", "العام", "أمس",
    "اليوم", "مطلع", "منتصف", "أواخر", "أوائل", "نهاية", "بداية", "كانون", "الثاني", "الأول",
    "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين", "يناير",
    "فبراير", "مارس", "أبريل", "ابريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
    "نوفمبر", "ديسمبر", "رسميا", "رسمياً")


def _after_time_phrase(sr: Any, x: int) -> Any:
    """The person right after a time phrase that starts at *x* ("، خلال الأسبوع الماضي، Y",
    "في آذار الماضي Y", "عام 2021 Y"); None when anything else stands between."""
    for y in range(x, min(sr.hi, x + 7)):
        m = sr.after(y, types=("Person",), maxgap=0)
        if m is not None and title_start(m) == y:
            return m if y > x else None
        if sr.mention_at.get(y) is not None:
            return None
        tk = sr.toks[y]
        if not (tk.text in ("،", ",") or tk.text.isdigit() or sr.f(y) & _AR_TIME_WORDS):
            return None
    return None


_EN_DECIDED = frozenset({"announced", "announces", "confirmed", "confirms", "decided",
                         "declared", "named", "chose", "elected", "appointed", "statement"})
_AR_DECIDED = L._ar("أعلن", "أعلنت", "وأعلن", "وأعلنت", "اعلن", "قرر", "قررت", "وقرر", "وقررت",
                    "بيان", "أكد", "أكدت", "وأكد", "وأكدت", "اختار", "اختارت", "انتخب", "انتخبت")
_EN_HEDGE = frozenset({"expected", "likely", "could", "may", "might", "possible", "possibly",
                       "candidate", "candidates", "if", "unless", "tipped", "reportedly",
                       "would", "hopes", "probably", "rumoured", "rumored", "whether"})
_AR_HEDGE = L._ar("المتوقع", "المرجح", "يرجح", "يتوقع", "قد", "ربما", "لو", "إذا", "اذا",
                  "مرشح", "المرشحين", "مرشحا", "مرشحاً", "احتمال", "محتمل")


_FORMER = frozenset({"former", "ex", "then"}) | L._ar("السابق", "السابقة", "الأسبق", "الاسبق")
_TITLE_SKIP = frozenset({"the", "of", "'s", "-"}) | L._ar("في", "لـ")


def _title_words(sr: Any, m: Any) -> tuple[frozenset[str], bool]:
    """The words of the title phrase before mention *m* (without "former"), and whether
    "former" / "السابق" is among them."""
    toks = sr.doc.toks
    if not 0 <= m.tlo < m.lo:
        return frozenset(), False
    keys = [toks[y].key for y in range(m.tlo, m.lo) if not toks[y].punct]
    words = frozenset(k for k in keys if k not in _FORMER and k not in _TITLE_SKIP)
    before = [toks[y].key for y in range(max(0, m.tlo - 2), m.tlo)]  # "(the) former X"
    return words, any(k in _FORMER for k in keys + before)


def predecessor_by_office(sr: Any, holder: Any) -> str | None:
    """"his predecessor" / "سلفه" unnamed: the person the article named before with the same
    title marked former ("Former Interior Minister Y ... Interior Minister X said his
    predecessor", "وزير الداخلية السابق Y ... وزير الداخلية X ... سلفه"); None when the
    holder has no title or no such person was named."""
    words, former = _title_words(sr, holder)
    if not words or former:
        return None
    best = None
    for m in sr.doc.ments:
        if m.etype != "Person" or m.eid == holder.eid or m.sent > sr.si or \
                m.sent == sr.si and m.lo >= holder.lo:
            continue
        w2, f2 = _title_words(sr, m)
        if f2 and w2 == words:
            best = m.eid  # (the latest such person)
    return best


def _apposed_head_ar(sr: Any, c: int) -> Any:
    """"X، قائد القوات البرية، خلف Y": the person right before the comma that opens the
    apposition closed by the comma at *c* (no verb-like word, no other person inside)."""
    for y in range(c - 1, max(sr.lo, c - 9) - 1, -1):
        if sr.toks[y].text in ("،", ","):
            head = sr.before(y, types=("Person",), maxgap=0)
            if head is None or head.hi != y or y == c - 1:
                return None
            inside = [m for m in sr.args if y < m.lo < c and m.etype == "Person"]
            return None if inside else head
        if sr.toks[y].punct:
            return None
    return None


def decided_future(sr: Any, t: int) -> bool:
    """The succession verb at *t* is a future stated as decided: "will succeed / replace" or
    "is set to succeed" (English), "سيخلف" (Arabic), in a sentence that says it was announced
    or decided (announced, confirmed, named; أعلن، قرر، بيان) and hedges nothing (expected,
    likely, could, if; المتوقع، قد، إذا، مرشح)."""
    ar = sr.toks[t].ar
    if ar:
        if sr.toks[t].key not in _AR_FUTURE_SUCC:
            return False
    elif not (sr.key(t - 1) == "will" or sr.key(t - 1) == "to" and sr.key(t - 2) == "set" and
              sr.key(t - 3) in ("is", "are", "was")):
        return False
    words = _AR_DECIDED if ar else _EN_DECIDED
    hedges = _AR_HEDGE if ar else _EN_HEDGE
    decided = False
    for y in range(sr.lo, sr.hi):
        k = sr.key(y)
        if k in hedges:
            return False
        decided = decided or k in words
    return decided or not ar and sr.key(t - 2) == "set"


def _to_be_appointed_en(sr: Any, t: int) -> bool:
    """"X is (expected) to be named / appointed ... in place of Y" before *t*: a plan."""
    for x in range(t - 1, max(sr.lo, t - 8) - 1, -1):
        if sr.key(x) in L.EN_APPOINT and sr.key(x - 1) == "be" and sr.key(x - 2) == "to":
            return True
        if sr.toks[x].punct:
            return False
    return False


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


_EN_SUCC_PRED = L.EN_SUCCESSOR | L.EN_PREDECESSOR
# "(لـ)يشغل X المنصب منذ تنحي Y": holding a post since the predecessor left (read like تولى)
_AR_HOLDS_POST = L._ar("يشغل", "ويشغل", "ليشغل", "شغل", "وشغل", "تشغل", "وتشغل", "لتشغل")
# "ويرأس / يقود X الحكومة منذ مقتل Y": leading now, since a loss (only with منذ)
_AR_LEADS_SINCE = L._ar("يرأس", "ويرأس", "يدير", "ويدير", "يقود", "ويقود", "تقود", "وتقود",
                        "تدير", "وتدير")
_AR_TAKE_OR_HOLD = L.AR_TAKEOVER | _AR_HOLDS_POST | _AR_LEADS_SINCE
_AR_SUCC_PRED_TAKE = L.AR_SUCCESSOR | L.AR_PREDECESSOR | _AR_TAKE_OR_HOLD | _AR_SUCC_HIS | \
    _AR_FUTURE_SUCC


def _his_predecessor_ar(sr: Any, t: int, new: str) -> str | None:
    """Whom the -ه of "خليفته" at *t* stands for: the person this sentence says died or was
    removed before it ("قُتل X ...، واختير خليفته Y"), else the nearest person before it in
    the sentence ("أشاد X بخليفته Y"), else the victim or the person of the last sentences."""
    for y in range(t - 1, sr.lo - 1, -1):
        if sr.f(y) & _AR_GONE:
            m = sr.after(y + 1, types=("Person",), maxgap=2)
            if m is not None and m.hi <= t and m.eid != new:
                return m.eid
    m = sr.before(t, types=("Person",), maxgap=40)
    if m is not None and m.eid != new:
        return m.eid
    return _latest_victim(sr, new) or sr._antecedent(t, exclude={new})


# the taking of a post with a pronoun: "(منذ/بعد) تسلّمه / تولّيه / تعيينه ..." (his taking)
# "بعد مقتله / اغتياله / وفاته" and "بعد الغارة / الحادث": a death told before
_AR_DEATH_HIS_OR_EVENT = L._ar("مقتله", "اغتياله", "وفاته", "رحيله", "استشهاده", "مصرعه",
                               "مقتلها", "اغتيالها", "وفاتها", "الغارة", "الغارات", "الحادث",
                               "الهجوم", "الضربة", "الانفجار", "التفجير", "الحادثة")
_AR_TAKING_HIS = L._ar("تسلمه", "توليه", "تعيينه", "استلامه", "انتخابه", "تكليفه", "اختياره",
                       "تسلمها", "توليها", "تعيينها", "استلامها", "انتخابها", "تكليفها",
                       "تسلمهم", "تنصيبه")
_AR_TAKE_VERB = L._ar("تولى", "تسلم", "استلم", "وتولى", "وتسلم", "واستلم")


_AR_PLACE_HIS = L._ar("مكانه", "مكانها", "محله", "محلها",  # "وعيّن X مكانه"
                      "مهامه", "مهامها")  # "وكُلّف X بتولي مهامه" (after _AR_TAKING_DUTIES)
_AR_DUTIES_HIS = L._ar("مهامه", "مهامها")
# taking over someone's duties ("بتولي مهامه"), not exercising one's own ("مباشرة مهامه")
_AR_TAKING_DUTIES = L._ar("تولي", "بتولي", "لتولي", "تسيير", "بتسيير", "لتسيير", "تسلم",
                          "بتسلم", "لتسلم", "استلام", "باستلام", "لاستلام")
_AR_CHOSE_FOR_PLACE = _AR_APPOINTEE | L._ar("اختار", "اختارت", "اختير", "اختيار", "نصب",
                                            "انتخبت", "عينت", "عينه", "كلفت")


def in_his_place_ar(sr: Any, t: int, after: int) -> tuple[str, str] | None:
    """(new, old) for "عيّن X مكانه / خلفاً له" and "عيّن مكانه X" (the cue at *t*, the
    pronoun's phrase ending before *after*): the appointee succeeded the person the sentence
    removed or lost before the appointment word ("أقال الرئيس Y وعيّن X مكانه")."""
    ap = next((x for x in range(t - 1, max(sr.lo, t - 12) - 1, -1)
               if sr.f(x) & _AR_CHOSE_FOR_PLACE), None)
    if ap is None:
        return None
    # the person nearest the cue after the verb (VSO: "عيّن المرشد K X خلفاً له" -> X, not K)
    new = next((m for m in reversed(sr.args) if m.etype == "Person" and ap < m.lo and
                m.hi <= t), None)
    if new is None:
        new = sr.after(after, types=("Person",), maxgap=1)
    if new is None or sr.blocked(ap, new):
        return None
    old = pronoun_predecessor_ar(sr, ap, new.eid)
    return (new.eid, old) if old else None


_AR_SWAPPED = L._ar("استبدل", "واستبدل", "استبدلت", "واستبدلت", "استبدال", "باستبدال",
                    "واستبدال", "يستبدل")


def _bi_prefixed(sr: Any, m: Any) -> bool:
    """The mention *m* is governed by بـ ("باللواء X", "بكريم حسن")."""
    if 0 <= m.tlo < m.lo:
        return sr.toks[m.tlo].text.lstrip("و").startswith("بال")
    return m.prefix.lstrip("وف").startswith("ب")


_AR_KHILAFA = L._ar("خلافة", "لخلافة", "بخلافة")
_AR_CHOSEN_FOR = L._ar("اختير", "واختير", "عين", "وعين", "انتخب", "وانتخب", "تولى", "وتولى",
                       "اختيار", "تعيين", "تسمية", "انتخاب", "كلف", "وكلف", "اختارت", "اختار",
                       "عينت", "انتخبت", "تسلم", "وتسلم")
_AR_CANDIDACY = L._ar("رشح", "ورشح", "رشحت", "ترشيح", "مرشح", "مرشحا", "المرشحين", "المرشح",
                      "مرشحين", "سباق", "المتنافسين", "يتنافس", "تنافس", "ابرز", "أبرز")


def khilafa_ar(sr: Any) -> None:
    """"اختير / عُيّن / انتُخب X لخلافة Y", "تولى X خلافة Y", "جاء اختيار X لخلافة Y": X
    succeeded Y. Not a candidacy ("رشح الحزب X لخلافة Y", "أبرز المرشحين لخلافة Y") and not
    the caliphate (no person after the word)."""
    for t in sr.triggers(_AR_KHILAFA, _EMPTY):
        old = sr.after(t + 1, types=("Person",), maxgap=0)
        if old is None:
            continue
        verb = next((y for y in range(t - 1, max(sr.lo, t - 8) - 1, -1)
                     if sr.f(y) & _AR_CHOSEN_FOR), None)
        if verb is None or any(sr.f(y) & _AR_CANDIDACY for y in range(sr.lo, t)):
            continue
        new = next((m for m in reversed(sr.args) if m.etype == "Person" and verb < m.lo and
                    m.hi <= t), None)
        if new is None:
            new = sr.before(verb, types=("Person",), maxgap=2)
        if new is None or new.eid == old.eid or sr.blocked(verb, new):
            continue
        sr.add(_SO, new.eid, old.eid, "khilafa_ar")


_EN_PRECEDED = frozenset({"preceded", "precedes"})


def preceded_en(sr: Any) -> None:
    """"Y preceded X as army chief" / "Y, who preceded X in the post,": X succeeded Y (an
    "as"/"in" + post phrase must follow X: "The talks preceded X's visit" gives nothing)."""
    for t in sr.triggers(_EMPTY, _EN_PRECEDED):
        new = sr.after(t + 1, types=("Person",), maxgap=2)
        if new is None or new.poss or sr.key(new.hi) not in ("as", "in"):
            continue
        if sr.key(new.hi) == "in" and not any(
                sr.key(y) in _EN_POST_NOUNS | _EN_POST for y in (new.hi + 1, new.hi + 2)):
            continue
        old = sr.before(t - 1, types=("Person",), maxgap=3) if sr.key(t - 1) == "who" else \
            sr.subject_before(t, maxgap=20)
        if old is None or old.etype != "Person" or old.eid == new.eid or \
                sr.blocked(t, old):
            continue
        sr.add(_SO, new.eid, old.eid, "preceded_en")


def replaced_with_ar(sr: Any) -> None:
    """"استبدل (K) Y بـX" / "استُبدل Y بـX" / "قرر استبدال Y بـX": X (the person after بـ)
    replaced Y (the person named right before X after the verb)."""
    for t in sr.triggers(_AR_SWAPPED, _EMPTY):
        people = [m for m in sr.args if m.etype == "Person" and t < m.lo <= t + 14]
        new = next((m for m in people if _bi_prefixed(sr, m)), None)
        if new is None:
            continue
        before = [m for m in people if m.lo < new.lo and not _bi_prefixed(sr, m)]
        if not before:
            continue
        old = before[-1]
        if any(sr.toks[y].punct for y in range(t + 1, title_start(new))):
            continue
        if old.eid != new.eid and not sr.blocked(t, new):
            sr.add(_SO, new.eid, old.eid, "replaced_with_ar")


def in_his_place_all_ar(sr: Any) -> None:
    """Run ``in_his_place_ar`` at every "مكانه / محله" of the sentence."""
    for t in sr.triggers(_AR_PLACE_HIS, _EMPTY):
        cue = t
        if sr.key(t) in _AR_DUTIES_HIS:
            if sr.key(t - 1) not in _AR_TAKING_DUTIES:
                continue  # "باشر X مهامه": his own duties
            cue = t - 1  # (the taking noun, "تولي", is no appointment word of its own)
        pair = in_his_place_ar(sr, cue, t + 1)
        if pair is not None:
            sr.add(_SO, pair[0], pair[1], "in_his_place_ar")


def taking_with_pronoun(sr: Any, t: int, new: Any) -> Any:  # Mention | None | False
    """Arabic: the person a "his taking (the post)" noun before the cue at *t* refers to
    ("التقى X Y ... بعد أيام من تسلّمه الوزارة خلفاً لـZ": X, the subject, not the object Y;
    "استقبل K Y، الذي يزور أربيل منذ تسلّمه مهامه خلفاً لـZ": Y, the head of the relative
    clause); None when no such noun stands between *new* (the nearest free person) and *t*,
    False when it does but its person is not recognised."""
    lo = max(sr.lo, t - 10, new.hi if new is not None else sr.lo)
    x = next((y for y in range(t - 1, lo - 1, -1) if sr.f(y) & _AR_TAKING_HIS), None)
    if x is None:
        return None
    for y in range(x - 1, max(sr.lo, x - 16) - 1, -1):
        if sr.f(y) & L.AR_REL_PRONOUNS and sr.key(y) in ("الذي", "التي"):
            z = y - 1
            if z >= sr.lo and sr.toks[z].text in ("،", ","):
                z -= 1
            head = sr.mention_at.get(z)
            if head is not None and head.etype == "Person" and head.kind != "ref":
                return head
            # "X، قائد المقر، الذي لم يمضِ على تعيينه ... خلفاً لـZ": X
            return relative_head_past_apposition_ar(sr, y) or False  # else unsure, none
    free = [m for m in sr.args if m.lo < x and m.etype == "Person" and m.kind == "name" and
            not sr.has_prep(m, _AR_PREPS_S)]
    if len(free) >= 2 and any(sr.key(y) in L.AR_RECEIVE_VERBS for y in range(sr.lo, free[0].lo)) and \
            any(sr.key(y) in L.AR_VISIT_NOUNS for y in range(free[1].hi, x)):
        # "استقبل K Y في أول زيارة له منذ توليه منصبه خلفاً لـZ": the visit is the guest's,
        # and so is the post
        return free[1]
    return free[0] if free else None


_AR_PREPS_S = frozenset({"ب", "ل", "مع", "من", "الي", "علي", "عن"})


_AR_RANK_FILLERS = L._ar("الاول", "الركن", "اول", "ركن", "بالوكالة", "السابق", "الراحل",
                         "الشهيد", "المستقيل", "المتقاعد", "الثاني",
                         # an honorific epithet before the name: "خلفاً لسيد شهداء الأمة
                         # (المقاومة) السيد Y"
                         "سيد", "شهداء", "الشهداء", "الأمة", "المقاومة")


def _titled_after(sr: Any, t: int) -> Any:
    """"خلفاً للفريق الأول الركن Y" / "خلفاً للمحافظ بالوكالة Y": the person after a rank or
    post of up to five words (title words and their qualifiers only) after "خلفاً" at *t*."""
    p = sr.after(t + 1, types=("Person",), maxgap=5)
    start = title_start(p) if p is not None else 0
    if p is None or start <= t + 1:
        return None
    for y in range(t + 1, start):
        ty = sr.toks[y]
        if ty.punct or y in sr.mention_at:
            return None
        k = ty.key
        base = "ال" + k[2:] if k.startswith("لل") else k[1:] if k.startswith("ل") else k
        if not (k in _AR_RANK_FILLERS or base in L.AR_TITLE_FIRST or base in _AR_RANK_FILLERS):
            return None  # ("للفريق" = لـ + الفريق)
    return p


def _person_right_after(sr: Any, y: int) -> Any:
    """A person named right after "بعد" at y-1 and ending the phrase ("تسلّم X الوزارة بعد
    Y،" / "تولى المنصب عام 2022 بعد Y"): not "بعد لقائه Y" (a noun comes first)."""
    m = sr.after(y, types=("Person",), maxgap=0)
    if m is None or m.kind != "name" or m.lo != y and (m.tlo < 0 or m.tlo != y):
        return None
    nxt = m.hi
    if nxt < sr.hi and not (sr.toks[nxt].punct or sr.key(nxt) in ("في", "عام", "منذ", "الذي",
                                                                     "وذلك", "فيما", "بينما")):
        return None
    return m


class SuccessionRules(SentenceCore):
    """SUCCESSOR_OF rules (a mixin of ``SentenceRules``; see the module doc)."""

    @needs((HOOK_AR, HOOK_EN), (AR_BECAME_OR_ELECTED, _EMPTY), (_EMPTY, _EN_SUCC_PRED), (_EMPTY, _EN_WHOSE),
           (_AR_INSTEAD_T, _EN_INSTEAD_T), (_EMPTY, L.EN_SUCCEED), (_EMPTY, L.EN_APPOINT),
           (_AR_SUCC_PRED_TAKE, _EMPTY))
    def successor(self) -> None:
        # English nouns: successor / predecessor
        for t in self._by_en.get(_EN_SUCC_PRED, ()):  # (= self.triggers(_EMPTY, ...): in @needs)
            is_succ = self.key(t) in L.EN_SUCCESSOR
            poss = None
            p = self.before(t, types=("Person",), maxgap=2)
            if p is not None and p.poss:
                poss = p
            nxt = t + 1
            if self.key(nxt) in ("to", "of"):
                tgt = self.after(nxt + 1, types=("Person",), maxgap=2)
                other = self.before(t, types=("Person",), maxgap=6) or \
                    _copula_the_subject_en(self, t)  # "X, a surgeon, thus becomes the successor"
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
                    ap = self.before(title_start(poss),
                                     types=("Person",), maxgap=2)
                    if ap is not None and not any(
                            self.toks[x].text in (",", "—", "(", "،")
                            for x in range(ap.hi, title_start(poss))):
                        ap = None  # "X met Soleimani's successor": X is no apposition
                    named = ap
                if named is None:
                    named = _copula_subject_en(self, poss)  # "X became Y's successor"
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
                    if obj is None and self.key(verb - 1) in EN_PASSIVE_AUX:
                        # "X, who had served as Y's deputy, was named his successor": X
                        sb = self.subject_before(verb - 1, maxgap=20)
                        if sb is not None and sb.etype == "Person":
                            succ_m = sb
                    if obj is None and self.key(verb) in _EN_LED:
                        # "X, Y's deputy, now leads Z as his successor": the subject X
                        succ_m = self.subject_before(verb, maxgap=14)
                        if succ_m is not None and succ_m.etype != "Person":
                            succ_m = None
                    if succ_m is not None:
                        namer = self.before(verb, ("Person",), 6) if obj is not None else None
                        if namer is not None and killed_right_after(self.toks, namer):
                            namer = None  # "said Y had been killed, and named X as his
                            # successor": the one killed named nobody
                        pred = self._antecedent(t - 1, exclude={succ_m.eid} | (
                            {namer.eid} if namer is not None else set()))
                        if pred and not self.blocked(t):
                            self.add("SUCCESSOR_OF", succ_m.eid, pred, "his_successor_en")
                continue
            if self.key(t - 1) in ("his", "her") and is_succ and named is not None:
                # "X handed command to / praised his successor, Y": Y succeeded X
                ante = self.before(t - 1, types=("Person",), maxgap=40)
                ante_id = ante.eid if ante is not None else \
                    self._antecedent(t - 1, exclude={named.eid})  # "... . His successor, Y,"
                if ante_id and ante_id != named.eid and not self.blocked(t):
                    self.add("SUCCESSOR_OF", named.eid, ante_id, "his_successor_named_en")
            if self.key(t - 1) in ("his", "her") and not is_succ and named is not None:
                ante = self.before(t - 1, types=("Person",), maxgap=40)
                if ante is not None and not self.blocked(t):
                    self.add("SUCCESSOR_OF", ante.eid, named.eid, "his_predecessor_en")
            elif self.key(t - 1) in ("his", "her") and not is_succ:
                # "X is less fluent than his predecessor": the predecessor the gazetteer knows
                ante = self.before(t - 1, types=("Person",), maxgap=40)
                pred = (predecessor_from_gazetteer(self, ante.eid) or
                        predecessor_by_office(self, ante)) if ante is not None else None
                if pred and pred != ante.eid and not self.blocked(t):
                    self.add("SUCCESSOR_OF", ante.eid, pred, "his_predecessor_known_en")
        # "وأصبح X قائداً", "انتُخب X أميناً عاماً بعد اغتيال Y"
        for new, old in became_after_ar(self) if AR_BECAME_OR_ELECTED in self._by_ar else ():
            self.add("SUCCESSOR_OF", new, old, "became_after_ar")
        # "X, whose successor(,) Y" / "X, whose predecessor Y"
        for t in self._by_en.get(_EN_WHOSE, ()):  # (= self.triggers(_EMPTY, ...): in @needs)
            pair = whose_successor(self, t)
            if pair is not None and not self.blocked(t):
                self.add("SUCCESSOR_OF", pair[0], pair[1], "whose_successor_en")
        # "تعيين X ... بدلاً منه/من Y" / "X was appointed ... in place of / instead of Y"
        for t in self.triggers(_AR_INSTEAD_T, _EN_INSTEAD_T):
            start = t - 1 if self.key(t) in ("place", "lieu", "succession") else t
            if self.key(t) in ("place", "stead") and self.key(start) != "in":
                own = self.mention_at.get(t - 1)  # "in Y's place": from the "in"
                start = own.lo - 1 if own is not None and own.poss else start
            if not self.toks[t].ar and _to_be_appointed_en(self, start):
                continue  # "cleared the way for X to be named PM in place of Y": a plan
            pair = instead_of(self, start)
            if pair is not None and not self.blocked(t):
                self.add("SUCCESSOR_OF", pair[0], pair[1], "instead_of")
        # English verbs: succeeded / replaced
        for t in self._by_en.get(L.EN_SUCCEED, ()):  # (= self.triggers(_EMPTY, ...): in @needs)
            if self.key(t - 1) == "to" and (self.key(t - 2) in _EN_PROSPECT or
                                             nominated_to_succeed(self, t)) or \
                    self.key(t + 1) == "in" and self.key(t + 2).endswith("ing"):
                continue  # "a candidate / nominated to succeed Y", "X succeeded in persuading Y"
            passive = self.key(t - 1) in EN_PASSIVE_AUX or self.key(t + 1) == "by" or (
                self.key(t - 1) in _EN_AUX_ASIDE and self.key(t - 2) in EN_PASSIVE_AUX)
            if self.key(t - 1) == "and" and self.key(t + 1) in ("by", "with") and \
                    self.key(t) == "replaced":
                # "Y was dismissed (last week) and replaced by / with X"
                new = self.after(t + 2, types=("Person",), maxgap=3)
                old = self.before(t, types=("Person",), maxgap=15)
                if new and old and new.eid != old.eid and old.hi < t and \
                        not self.blocked(t, new):
                    self.add("SUCCESSOR_OF", new.eid, old.eid, "replaced_by_en")
                continue
            if passive:
                by = next((x for x in range(t, min(self.hi, t + 3)) if self.key(x) == "by"), None)
                if by is None:
                    by = passive_by(self, t)  # "was succeeded in 2025 by his deputy X"
                if by is None and self.key(t + 1) == "as":
                    # "Y was replaced as national security adviser last July by X"
                    by = next((x for x in range(t + 2, min(self.hi, t + 12))
                               if self.key(x) == "by" or self.toks[x].punct), None)
                    if by is not None and self.key(by) != "by":
                        by = None
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
                    if self.key(t - 1) in ("he", "she") and self.key(t - 2) == "since":
                        sb = since_he_en(self, t - 1) or sb  # "X's first visit since he"
                    if sb is not None and sb.etype == "Person":
                        new = sb
                if self.key(t - 1) == "to":
                    new = oath_holder_en(self, t, new)  # "received Y after taking the oath to"
                if new is not None:  # "X defeated Y to succeed Z": X (succession_rivals.py)
                    new = beaten_rival_winner(self, new) or new
                if new is not None and self.key(title_start(new) - 1) == \
                        "by" and self.key(t - 1) == "to":
                    # "X was appointed by K to replace S": X replaces S, K appoints
                    by = title_start(new) - 1
                    new = self.subject_before(by - 1, maxgap=20) if by - 1 > self.lo else None
                    if new is not None and new.etype != "Person":
                        new = None
                old = self.after(t + 1, types=("Person",), maxgap=3) if self.key(
                    t + 1) not in ("him", "her") else None  # ("replaced him under K": not K)
                if old is None and self.key(t + 1) not in ("him", "her"):
                    # "replacing the late hard-liner Y": descriptors before the name
                    o2 = self.after(t + 1, types=("Person",), maxgap=6)
                    if o2 is not None and all(
                            (not self.toks[x].punct or self.toks[x].text == "-") and
                            not self.f(x) & _EN_PREDICATES
                            for x in range(t + 1, title_start(o2))):
                        old = o2
                if old is not None and self.key(old.hi) == "with" and \
                        self.key(t) in ("replaced", "replaces", "replace", "replacing"):
                    # "K replaced Y with X": X is the new one, K only decided
                    new = self.after(old.hi + 1, types=("Person",), maxgap=2)
            if old is None and not passive and self.key(t + 1) in ("him", "her") and \
                    self.key(t - 1) != "to":
                old_id = predecessor_pronoun_en(self, t, new)  # "X succeeded him"
                if old_id and new is not None and not self.blocked(t, new):
                    self.add("SUCCESSOR_OF", new.eid, old_id, "succeeded_him_en")
            if new and old and not self._blocked_unless_decided(t, new) and not (
                    since_he_unsure(self, t) and since_he_en(self, t - 1) is None):
                # ("first ... since he" about someone since_he_en cannot name: nobody)
                self.add("SUCCESSOR_OF", new.eid, old.eid, "succeeded_en")
        # English: appointed / took over ... after the killing of X, "replacing X"
        for t in self._by_en.get(L.EN_APPOINT, ()):  # (= self.triggers(_EMPTY, ...): in @needs)
            if self.key(t) == "took" and self.key(t + 1) != "over":
                continue
            if self.key(t) == "became" and not any(
                    self.key(y) in _EN_ROLE for y in range(t + 1, min(self.hi, t + 6))):
                continue  # "X became angry after Y was killed": no post
            for x in range(t + 1, min(self.hi, t + 24)):
                kx = self.key(x)
                if kx in ("who", "whom") and self.toks[x - 1].text == ",":
                    break  # "... named X in place of Z, who took over from Y": Z's clause
                if kx in ("after", "following", "replacing", "replace", "from") or (
                        kx == "over" and self.key(x + 1) == "from"):
                    rest = x + 1
                    while rest < self.hi and self.key(rest) in (
                            "the", "a", "killing", "death", "assassination", "ouster",
                            "resignation", "departure", "dismissal", "of", "from", "late",
                            "slain", "former", "removal", "sacking"):
                        rest += 1
                    old = self.after(rest, types=("Person",), maxgap=1)
                    if old is None and kx in ("from", "over"):
                        old = _companion_named(self, rest)  # "from his brother, Crown
                        # Prince Y": the person named after the role noun
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
                                        "died", "assassinated", "ousted", "resigned",
                                        "dismissed", "sacked", "removal", "sacking",
                                        "retired", "retirement", "quit", "stepped")
                        for y in range(x, min(self.hi, old.hi + 4)))
                    new = self.before(t, types=("Person",), maxgap=20)
                    if new is not None and new.hi + 1 == t and self.toks[new.hi].text == ",":
                        # "X, a cousin of Z, took over from Y": the head X of the
                        # apposition, not Z inside it
                        st = title_start(new)
                        c = next((y for y in range(st - 1, max(self.lo, st - 8) - 1, -1)
                                  if self.toks[y].text == ","), None)
                        if c is not None and self.key(c + 1) in _EN_APPOS_DET:
                            head = self.before(c, types=("Person",), maxgap=0)
                            if head is not None:
                                new = head
                    obj = self.after(t + 1, types=("Person",), maxgap=4)
                    active = self.key(t) in ("appointed", "named", "chosen", "tapped",
                                             "selected", "installed", "promoted", "elected",
                                             "reappointed") and \
                        self.key(t - 1) not in EN_PASSIVE_AUX and self.key(t - 1) != "who"
                    if new is None or (active and obj is not None and obj.hi <= x):
                        new = obj  # "K named X as commander, hours after Y was killed"
                    if deathish and new and new is not old and not self.blocked(t, new):
                        self.add("SUCCESSOR_OF", new.eid, old.eid, "appointed_after_en")
                    break
        # Arabic
        for t in self._by_ar.get(_AR_SUCC_PRED_TAKE, ()):  # (= self.triggers(..., _EMPTY))
            fs = self.f(t)
            if fs & _AR_SUCC_HIS:
                new = self.after(t + 1, types=("Person",), maxgap=1)
                old_id = _his_predecessor_ar(self, t, new.eid) if new is not None else None
                if new is not None and old_id and not self.blocked(t, new):
                    self.add("SUCCESSOR_OF", new.eid, old_id, "his_successor_ar")
                continue
            if fs & L.AR_PREDECESSOR:
                old = self.after(t + 1, types=("Person",), maxgap=2)
                if self.toks[t].key.lstrip("وفبل") in ("سلف", "لسلف") and old is not None and \
                        old.lo == t + 1 and old.kind == "name":
                    # "في عهد سلف X، Y" (Y preceded X) / "Y، سلف X" (the same)
                    named = None
                    if old.hi < self.hi and self.toks[old.hi].text in ("،", ","):
                        named = self.after(old.hi + 1, types=("Person",), maxgap=0)
                    if named is None and self.toks[t - 1].text in ("،", ","):
                        named = self.before(t - 1, types=("Person",), maxgap=0)
                    if named is not None and named.kind == "name" and \
                            named.eid != old.eid and not self.blocked(t):
                        self.add("SUCCESSOR_OF", old.eid, named.eid, "predecessor_of_ar")
                    continue
                if "سلفه" in fs or "سلفها" in fs:
                    ante = self.before(t, types=("Person",), maxgap=40)
                    if ante and old is None:  # "سلفه" unnamed: the gazetteer's predecessor
                        pred = predecessor_from_gazetteer(self, ante.eid) or \
                            predecessor_by_office(self, ante)  # "وزير الداخلية السابق Y"
                        if pred and pred != ante.eid and not self.blocked(t):
                            self.add("SUCCESSOR_OF", ante.eid, pred, "predecessor_known_ar")
                    if ante and old and not self.blocked(t):
                        self.add("SUCCESSOR_OF", ante.eid, old.eid, "predecessor_ar")
                continue
            if fs & (_C4 | _C3) and self.key(t + 1) in ("له", "لها"):
                pair = in_his_place_ar(self, t, t + 2)  # "وعيّن المجلس X خلفاً له"
                if pair is not None:
                    self.add("SUCCESSOR_OF", pair[0], pair[1], "khalafan_lahu_ar")
                continue
            if fs & _C3:
                old = self.after(t + 1, types=("Person",), maxgap=1)
                if old is None:
                    continue
                new_id: str | None = None
                prev_m = self.before(t, types=("Person",), maxgap=1)
                if prev_m is not None and prev_m.kind == "name":
                    new_id = prev_m.eid
                if new_id is None and AR_CHOSE_HIM in self._by_ar:
                    him = chosen_him_ar(self, t, old)  # "حين اختارته الهيئة خليفةً لـY"
                    new_id = him.eid if him is not None else None
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
                old = self.after(t + 1, types=("Person",), maxgap=2) or _titled_after(self, t)
                new = self._free_person_before(t, maxgap=25)
                # "استقبل Y بعد أداء اليمين خلفاً لـZ", "لتهنئته بانتخابه خلفاً لـZ"
                own = oath_holder_ar(self, t, new, old)
                if own is None:
                    own = taking_with_pronoun(self, t, new)
                if own is None:  # "X، الذي كلّفه K ... خلفاً لـY": X (succession_checks.py)
                    own = appointed_by_pronoun_ar(self, t, new)
                if own is None and new is None and old is not None and \
                        AR_CHOSE_HIM in self._by_ar:
                    own = chosen_him_ar(self, t, old)  # "واختاره مجلس الشورى ... خلفاً لـY"
                if own is False:
                    continue
                if own is not None:  # "... منذ تسلّمه مهامه خلفاً لـY": the -ه, not the object
                    new = own
                if new is None:
                    new = self.after(self.lo, types=("Person",), maxgap=t - self.lo)
                if new is None and old is not None:
                    new = appointee_after(self, old.hi)  # "خلفاً لـY، عيّن K X قائداً"
                if old and new and new is not old and not self.blocked(t):
                    self.add("SUCCESSOR_OF", new.eid, old.eid, "khalafan_ar")
                continue
            if fs & _C5:
                if self.key(t - 1) in ("الذي", "التي") and \
                        self.toks[t].key.lstrip("وف").endswith(("فه", "فها")):
                    continue  # "X، الذي خلفه Y": Y succeeded X (core_context.khalafahu_ar)
                his = self.toks[t].key.lstrip("وفبل").endswith(("فه", "فها"))
                if his and self.toks[t].key in _AR_KHALAFAHU and (
                        self.toks[t - 1].text in ("،", ",") or
                        self.toks[t - 1].key in _AR_CLAUSE_START or
                        self.toks[t].key[0] in "وفل"):
                    continue  # "قُتل X ...، وخلفه Y": Y succeeded X (core_context.khalafahu_ar)
                obj_m = self.after(t + 1, types=("Person",), maxgap=1)
                x = t + 1
                while obj_m is None and x < min(self.hi, t + 4) and (
                        self.f(x) & _AR_SUCC_FILLERS or (
                            self.key(x) in ("في", "فى") and self.f(x + 1) & _AR_POST_W)):
                    # "ليخلف بذلك السفير Y" / "خلف في المنصب Y": an adverb before the object
                    x += 2 if self.key(x) in ("في", "فى") else 1
                    obj_m = self.after(x, types=("Person",), maxgap=1)
                subj_m = self.before(t, types=("Person",), maxgap=3)
                if subj_m is None and self.toks[t - 1].text in ("،", ","):
                    subj_m = _apposed_head_ar(self, t - 1)  # "X، قائد القوات البرية، خلف Y"
                if subj_m is None:
                    subj_m = relative_head_kana_ar(self, t)  # "X، الذي كان قد خلف بدوره Y"
                if subj_m is not None and self.key(t - 1) in _AR_REL_ALL and \
                        self.key(title_start(subj_m) - 1) in _AR_LED_BY:
                    # "X، مرشح الحزب بزعامة Z، والذي خلف Y": the head X, not the leader Z
                    st = title_start(subj_m) - 1
                    head = next((m for m in reversed(self.args) if m.etype == "Person" and
                                 m.hi < st and st - m.hi <= 12 and
                                 self.toks[m.hi].text in ("،", ",")), None)
                    subj_m = head or subj_m
                if self.key(t - 1) in ("ان", "أن", "لان", "بان"):
                    subj_m = None  # "قبل أن يخلف X Y": verb first, the subject after it
                if subj_m is None and obj_m is not None:
                    # "X، الذي قدّم أوراق اعتماده، ليخلف Y": the head of the relative clause
                    subj_m = self._ar_relative_subject(t)
                if obj_m is None:
                    continue
                if subj_m is None and not his and t - 2 == self.lo and \
                        self.key(t - 1) == "قد" and self.key(t - 2) in _AR_KANA_OPEN:
                    # "وكان قد خلف Y في 2022": the dropped subject is the previous sentence's
                    subj_m = self._prev_subject(exclude=obj_m.eid)
                if subj_m is None:
                    after2 = self.after(obj_m.hi, types=("Person",), maxgap=2) or \
                        _after_time_phrase(self, obj_m.hi)  # "وخلف X، خلال الأسبوع الماضي، Y"
                    if after2 is None and self.toks[t].key.startswith(("ليخلف", "لتخلف")):
                        # "انتخب المجلس X رئيساً له ...، ليخلف Y": the one elected / named
                        subj_m = self._free_person_before(t, maxgap=25)
                        if subj_m is None or subj_m.eid == obj_m.eid:
                            continue
                    elif after2 is None:
                        continue
                    else:
                        subj_m, obj_m = obj_m, after2
                if not his:  # "فاز X على Y، ليخلف Z": X (succession_rivals.py)
                    subj_m = beaten_rival_winner(self, subj_m) or subj_m
                if his and subj_m is not obj_m:
                    # "أشاد X بخلفه Y" / "سلّم X القيادة إلى خلفه Y": Y is X's successor
                    subj_m, obj_m = obj_m, subj_m
                if not self._blocked_unless_decided(t, subj_m):
                    self.add("SUCCESSOR_OF", subj_m.eid, obj_m.eid, "khalafa_ar")
                    self.dependent.add(id(obj_m))
                continue
            if fs & _AR_TAKE_OR_HOLD:
                since_only = bool(fs & _AR_LEADS_SINCE)
                for x in range(t + 1, min(self.hi, t + 14)):
                    if self.f(x) & _C6 and not (since_only and self.key(x) != "منذ"):
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
                        pron_dead = False
                        while y < self.hi and self.f(y) & _C7:
                            y += 1
                        if y > y0 and y < self.hi and self.f(y) & _C7_TAIL and \
                                y not in self.mention_at:
                            y += 1  # "منذ إنهاء عضوية Y"
                        if y == y0 and self.key(x) == "منذ":
                            continue  # "تولى المنصب منذ 2019": no loss stated
                        if self.f(y0) & _AR_DEATH_HIS_OR_EVENT:
                            # "تولى X القيادة بعد مقتله / بعد الغارة": whom the text said died
                            dead = deceased_person(self.doc, self.si, t, back=3)
                            if dead is None:
                                break
                            old = _DeadRef(dead)
                            pron_dead = True
                        elif y == y0:
                            old = _person_right_after(self, y)
                            if old is None:
                                continue  # "تسلّم X الوزارة بعد Y": Y held it before
                        else:
                            old = self.after(y, types=("Person",), maxgap=4)
                        new = self.before(t, types=("Person",), maxgap=6) or \
                            apposed_subject_ar(self, t)  # "وكان X، ...، قد تولى"
                        own = taking_with_pronoun(self, x, None) if fs & _AR_TAKING_HIS \
                            else None
                        if own is False:
                            break
                        if own is not None:
                            new = own  # "منذ تولّيه الحقيبة بعد مصرع Y": the -ه
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
                        elif fs & _AR_TAKE_VERB:
                            vso = self.after(t + 1, types=("Person",), maxgap=2)
                            if vso is not None and vso is not old and \
                                    not self.has_prep(vso, _AR_PREPS_S):
                                new = vso  # "، فيما تسلّم X الوزارة بعد Y": X, not before
                        if pron_dead and new is not None and _pronoun_taken(self, t, x, new):
                            break  # "عُيّن خلفاً لـY عقب مقتله": the -ه is Y (khalafan_ar)
                        if old and new and old.eid != new.eid and not self.blocked(t, new):
                            self.add("SUCCESSOR_OF", new.eid, old.eid, "took_over_after_ar")
                        break

    def _blocked_unless_decided(self, t: int, new: Any) -> bool:
        """``blocked``, except for a future succession stated as decided ("X will succeed Y,
        the council announced", "أعلن الحزب أن X سيخلف Y"): only a negation blocks it. An
        Arabic future not stated as decided ("قال مصدر إن X سيخلف Y") is blocked."""
        if self.toks[t].key in _AR_FUTURE_SUCC:
            return self.negated(t, new.lo) or not decided_future(self, t)
        if not self.blocked(t, new):
            return False
        return self.negated(t, new.lo) or not decided_future(self, t)

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
            if m.sent == self.si and (m.lo <= at or any(
                    self.f(y) & L.AR_REL_PRONOUNS for y in range(at, m.lo))):
                continue  # (nor "خليفةً لـY الذي قُتل مع Z": Z is in Y's relative clause)
            if (m.role_org in led and m.role != "member") or (not led and m.sent == self.si):
                return m.eid  # not a mere member of the body ("مسؤول ... في الحزب X")
        return None

    def _desc_mention(self, lo: int, hi: int, eid: str) -> None:
        me = _ment_at(self.doc, self.si, lo, hi, eid, kind="desc")
        self.doc.ments.append(me)
        self.doc.by_sent.setdefault(self.si, []).append(me)


# ---- plain functions of ``sr`` run after ``successor`` (SentenceRules.run) ---------------
# "X took over (the post) from Y", "X, who took over ... after a strike killed Y", "X took the
# helm of ... from Y", "X handed over power to Y", "Y, whom X/he succeeded (after the U.S.
# killed him)", "تسلّم/ورث X رئاسة/قيادة ... من/عن Y" and "سلّم Y السلطة إلى X" (a post, not a
# letter), "X، الذي عيّنه سلفه Y" (the predecessor of the main clause's subject, not of X),
# "X، شقيق ... Z، تولى ..." (X, not Z), "After X was killed, ORG chose Y to lead ...".
_AB = "ASSASSINATED_BY"
_SO = "SUCCESSOR_OF"
_EN_OVER = frozenset({"over"})
_EN_TAKE = frozenset({"took", "taken", "taking", "takes", "take"})
_EN_WHOM = frozenset({"whom"})
_EN_SUCC_VERBS = frozenset({"succeeded", "replaced"})
_EN_KILL_VERBS = frozenset({"killed", "assassinated"})
_AR_TASALLAM = L._ar("تسلم", "تسلّم", "يتسلم", "استلم", "تسلمت", "استلمت", "تسلمه", "تسلمها")
_AR_POST = L._ar("رئاسه", "قياده", "منصب", "منصبه", "مهام", "مهامه", "حقيبه", "زمام", "اداره",
                 "امانه", "رئاسة", "قيادة", "حقيبة", "إدارة", "أمانة")
_AR_PRED = L._ar("سلفه", "سلفها")
_AR_APPOINTED_HIM = L._ar("عينه", "عينها", "اختاره", "اختارها", "كلفه", "كلفها", "نصبه",
                          "رشحه", "رقاه", "سماه")
_AR_RELATIVE = frozenset({"الذي", "التي"})
_EN_TAKE_POST = frozenset({"took", "taken", "takes", "assumed", "assumes", "inherited",
                           "inherits", "assuming", "inheriting"})
_EN_POST = frozenset({"helm", "reins", "command", "leadership", "control", "post", "job", "role",
                      "charge", "baton", "torch", "ministry", "throne",
                      "portfolio", "position", "office", "mantle", "power", "presidency",
                      "premiership", "chairmanship"})
_EN_HANDED = frozenset({"handed", "hands", "handing", "passed", "ceded", "cedes", "ceding"})
_AR_INHERIT = L._ar("ورث", "يرث", "ورثت")
_AR_POST_MORE = L._ar("سلطه", "السلطة", "حكم", "صلاحيات", "مقاليد", "رئاسة", "منصب")
_AR_HANDED = L._ar("سلم", "سلّم", "يسلم", "سلمت", "تسليم")
_AR_HANDOVER_ANY = _AR_TASALLAM | _AR_INHERIT | _AR_HANDED
_AR_FROM_HIM = L._ar("منه", "منها", "عنه", "عنها")
_AR_IN_PLACE = L._ar("محل", "مكان")
_PRONOUN = object()  # "from him": resolved by core_context.predecessor_pronoun_en
_EN_VACANT = frozenset({"vacant", "vacated"})
_EN_FILL = frozenset({"filling", "fill", "fills", "filled"})
# "stepped in / into the role / up as", "was sworn in as", "has led / headed ORG since"
_EN_STEP_IN = frozenset({"stepped", "steps", "sworn", "led", "headed", "run"})
_MORE_EN_CUES = _EN_OVER | _EN_WHOM | _EN_TAKE_POST | _EN_HANDED | _EN_VACANT | _EN_TAKE | \
    frozenset({"became", "becomes", "become", "served", "serves"}) | _EN_STEP_IN
_MORE_AR_CUES = _AR_TASALLAM | _AR_PRED | _AR_INHERIT | _AR_HANDED



_EN_OFFICE_OF = frozenset({"duties", "post", "role", "functions", "responsibilities",
                           "powers", "job", "office", "position", "mantle"})


def took_over_from_en(sr: Any) -> None:
    """"X (had) taken over Hezbollah's operations from Y"; "X, who took over the Quds Force
    after a U.S. drone strike killed Y"."""
    for t in sr.triggers(_EMPTY, _EN_OVER):
        if sr.key(t - 1) not in _EN_TAKE:
            continue
        old = None
        for x in range(t + 1, min(sr.hi, t + 12)):
            k = sr.key(x)
            if sr.toks[x].punct and sr.toks[x].text not in ("'", "’", "-"):
                break
            if k == "from":
                old = sr.after(x + 1, types=("Person",), maxgap=2)
                if old is None and sr.key(x + 1) in ("him", "her"):
                    old = _PRONOUN  # "took over from him": the person just killed or named
                break
            if k == "of" and sr.key(x - 1) in _EN_OFFICE_OF:
                # "to take over the duties / post of (President) Y"
                old = sr.after(x + 1, types=("Person",), maxgap=2)
                break
            if k in ("after", "following"):
                # "after a U.S. drone strike killed Y" (the killing of Y is the cause)
                kv = next((y for y in range(x + 1, min(sr.hi, x + 9))
                           if sr.key(y) in _EN_KILL_VERBS), None)
                if kv is not None and sr.key(kv - 1) not in ("was", "were", "been"):
                    old = sr.after(kv + 1, types=("Person",), maxgap=2)
                break
        if old is None:
            continue
        if sr.key(t - 1) == "taking":
            continue  # the base rules read "taking over from Y" (core_recall)
        new = _taker_before(sr, t - 1)
        old_id = new and _new_predecessor(sr, t, new, old)
        if not old_id:
            continue  # (or a base rule already read it: "since taking over from Y")
        if sr.blocked(t, new) or sr._irrealis(t - 1):
            continue
        sr.add(_SO, new.eid, old_id, "took_over_from_en")


def _taker_before(sr: Any, verb: int) -> Any:
    """The person who takes over, before the verb at *verb*: "who had taken over" -> the
    person before "who"; otherwise the clause's subject."""
    if sr.key(verb - 1) in ("had", "has", "have"):
        verb -= 1
    if sr.key(verb - 1) == "who":
        new = sr.before(verb - 1, types=("Person",), maxgap=3) or \
            who_head_past_apposition(sr, verb - 1)  # "X, the army chief of staff, who had"
    else:
        new = sr.subject_before(verb, maxgap=25)
    return new if new is not None and new.etype == "Person" else None


def _new_predecessor(sr: Any, t: int, new: Any, old: Any) -> str | None:
    """The predecessor's id (a pronoun "from him" resolved), or None when it is the taker
    himself or a SUCCESSOR_OF to it is already in the sentence's output."""
    old_id = predecessor_pronoun_en(sr, t, new) if old is _PRONOUN else old.eid
    if not old_id or old_id == new.eid or any(r.type == _SO and r.target == old_id
                                              for r in sr.out):
        return None
    return old_id


def took_post_from_en(sr: Any) -> None:
    """"X took the helm of the ministry from Y" / "X assumed command from Y" / "X inherited
    the leadership from Y": a post taken from Y (not "took a letter from Y")."""
    for t in sr.triggers(_EMPTY, _EN_TAKE_POST):
        if sr.key(t + 1) == "over":
            continue  # took_over_from_en
        post = next((x for x in range(t + 1, min(sr.hi, t + 5)) if sr.key(x) in _EN_POST), None)
        if post is None:
            continue
        frm = next((x for x in range(post + 1, min(sr.hi, post + 9))
                    if sr.key(x) == "from" or sr.toks[x].text in (",", ";", ".")), None)
        if frm is None or sr.key(frm) != "from":
            continue
        old = sr.after(frm + 1, types=("Person",), maxgap=2)
        if old is None and sr.key(frm + 1) in ("him", "her"):
            old = _PRONOUN
        if old is None or (old is not _PRONOUN and old.poss):
            continue  # ("took the job from Zarif's team": not from Zarif)
        new = _taker_before(sr, t)
        old_id = new and _new_predecessor(sr, t, new, old)
        if not old_id:
            continue
        if sr.blocked(t, new) or sr._irrealis(t):
            continue
        sr.add(_SO, new.eid, old_id, "took_post_from_en")


_EN_TAKE_AFTER = _EN_TAKE_POST | _EN_TAKE | _EN_STEP_IN | frozenset({
    "became", "becomes", "become", "served", "serves"})
_EN_GONE_NOUN = frozenset({"killing", "death", "assassination", "slaying", "ouster",
                           "resignation", "dismissal", "martyrdom", "removal"})
_EN_GONE_VERB = frozenset({"killed", "assassinated", "died", "slain", "ousted", "resigned",
                           "dismissed", "martyred", "removed", "retired", "quit", "fired",
                           "sacked"})
_EN_GONE_SKIP = frozenset({"the", "a", "an", "of", "late", "slain", "former", "then", "top",
                           "senior", "veteran", "longtime", "u.s.", "us", "american",
                           "israeli", "targeted", "sudden"})


def _gone_after(sr: Any, x: int) -> Any:
    """The person whose death or removal the phrase after "after"/"following" at *x* states:
    "the (US) killing/assassination of (General) Y", "Y's killing", "Y was killed / died /
    resigned", "a US strike killed Y". None for "his death" and for anything else."""
    end = min(sr.hi, x + 14)
    m = next((c for c in sr.args if c.etype == "Person" and x < c.lo < end), None)
    if m is None:
        return None
    start = title_start(m)
    if sr.key(m.hi) in _EN_GONE_NOUN and m.poss:
        return m  # "after Soleimani's killing"
    between = range(x + 1, start)
    if any(sr.toks[y].punct and sr.toks[y].text not in ("-", ".", "'") for y in between):
        return None
    if any(sr.key(y) in _EN_GONE_NOUN for y in between) and sr.key(start - 1) == "of" or \
            (sr.key(start - 1) == "of" and sr.key(start - 2) in _EN_GONE_NOUN):
        return m  # "after the US assassination of Lieutenant General Y"
    if any(sr.key(y) in _EN_GONE_VERB for y in between) and sr.key(start - 1) in \
            _EN_GONE_VERB:
        return m  # "after a U.S. strike killed Y"
    y = m.hi
    while y < min(sr.hi, m.hi + 3) and sr.key(y) in ("was", "were", "had", "been", "is",
                                                     "has", "reportedly"):
        y += 1
    if y > m.hi and sr.key(y) in _EN_GONE_VERB or sr.key(m.hi) in (
            "died", "resigned", "retired", "quit") or \
            (sr.key(m.hi), sr.key(m.hi + 1)) == ("stepped", "down"):
        return m  # "after Y was killed in a drone strike"
    return None


_EN_BODY_NOUNS = frozenset({"group", "movement", "army", "force", "forces", "party", "ministry",
                            "government", "militia", "organization", "organisation", "country",
                            "council", "brigade", "brigades", "corps", "agency", "service",
                            "unit", "faction", "office", "presidency", "state", "military",
                            "navy", "division", "command", "alliance", "coalition", "bureau"})


def _body_next(sr: Any, x: int) -> bool:
    """A body (a named one or a noun such as "the group") within the three words from *x*:
    what one leads or takes charge of, unlike "protests" or "the investigation"."""
    for y in range(x, min(sr.hi, x + 4)):
        if sr.key(y) in _EN_BODY_NOUNS:
            return True
        m = sr.mention_at.get(y)
        if m is not None and m.etype in ("Organization", "Country"):
            return True
        if sr.toks[y].punct or sr.key(y) in _EN_AFTER or sr.key(y) == "since":
            return False
    return False


# "after the crash / strike / his death": the event that killed someone named before
_EN_DEATH_EVENT = frozenset({"crash", "strike", "attack", "assassination", "killing", "death",
                             "bombing", "raid", "explosion", "blast", "ambush", "airstrike"})


def _pronoun_taken(sr: Any, t: int, x: int, new: Any) -> bool:
    """Between the verb *t* and "بعد" at *x*, a succession phrase ("خلفاً لـY", "بدلاً من Y")
    or a person other than *new*: the -ه of "بعد مقتله" is theirs, not a death told before."""
    for z in range(t + 1, x):
        if sr.f(z) & (_C4 | _AR_INSTEAD_T):
            return True
        m = sr.mention_at.get(z)
        if m is not None and m.etype == "Person" and m.eid != new.eid:
            return True
    return False


_EN_DEATH_NEAR = _EN_GONE_VERB | _EN_GONE_NOUN | frozenset({"crash"})


def _dead_in_post(sr: Any, t: int, aft: int, new: Any) -> str | None:
    """By office: the latest person of this or the last five sentences whose title is a
    word of the post taken ("took over as acting president after the crash" -> "President
    Y", named near a death word: "X, who died in a helicopter crash alongside President
    Y"); None when no such person."""
    post = {sr.key(y) for y in range(t + 1, aft)} - {"as", "the", "over", "acting", "interim"}
    toks = sr.doc.toks
    best = None
    for m in sr.doc.ments:
        if m.etype != "Person" or m.eid == new.eid or not sr.si - 5 <= m.sent <= sr.si or \
                m.lo >= title_start(new) or not 0 <= m.tlo < m.lo:
            continue
        if not any(toks[y].key in post for y in range(m.tlo, m.lo)):
            continue
        near = range(max(0, m.tlo - 15), min(len(toks), m.hi + 8))
        if any(toks[y].key in _EN_DEATH_NEAR for y in near):
            best = m  # doc.ments is in text order: the latest wins
    return best.eid if best is not None else None


class _DeadRef:
    """The predecessor by id only (someone named in an earlier sentence)."""

    def __init__(self, eid: str) -> None:
        self.eid = eid


def took_post_after_death_en(sr: Any) -> None:
    """"X took the helm of ORG / took over as chief / inherited the force / took office /
    became its leader after Y was killed / after the assassination of Y": X succeeded Y.
    A post word (or "over") must follow the verb ("took a flight after ..." gives nothing).
    Also "stepped in (as leader) / into the role", "was sworn in as president", "took charge
    of", and "has led / headed / run ORG since Y was killed" (a perfect: "led the march" is
    none)."""
    for t in sr.triggers(_EMPTY, _EN_TAKE_AFTER):
        kt = sr.key(t)
        since = False
        if kt in _EN_STEP_IN:
            if kt in ("led", "headed", "run"):
                if sr.key(t - 1) not in ("has", "have", "had") or not _body_next(sr, t + 1):
                    continue  # "has led protests since ...": no post
                since = True
            elif kt == "sworn" and sr.key(t + 1) != "in" or \
                    kt != "sworn" and sr.key(t + 1) not in ("in", "into") and \
                    (sr.key(t + 1), sr.key(t + 2)) != ("up", "as"):
                continue  # "stepped up attacks" / "stepped out of"
            elif sr.key(t + 1) == "into" and sr.key(t + 2) in ("the", "his", "her") and \
                    sr.key(t + 3) not in _EN_POST:
                continue  # "stepped into the car"
        elif kt in ("took", "taken", "takes", "take") and sr.key(t + 1) == "charge" and \
                not _body_next(sr, t + 2):
            continue  # "took charge of the investigation"
        elif kt in ("became", "becomes", "become"):
            if not any(sr.key(y) in _EN_ROLE for y in range(t + 1, min(sr.hi, t + 6))):
                continue
        elif kt in ("served", "serves"):  # "had served as acting minister after Y died"
            if sr.key(t + 1) != "as" or not any(
                    sr.key(y) in _EN_ROLE or sr.key(y) in ("acting", "interim")
                    for y in range(t + 2, min(sr.hi, t + 6))):
                continue
        elif kt not in ("inherited", "inherits", "inheriting") and sr.key(t + 1) != "over" \
                and not any(sr.key(y) in _EN_POST for y in range(t + 1, min(sr.hi, t + 5))):
            continue
        aft = None
        for x in range(t + 1, min(sr.hi, t + 22)):
            if sr.toks[x].text in (";", ":") or (sr.toks[x].text == "," and
                                                 sr.key(x + 1) not in _EN_AFTER):
                break
            if sr.key(x) in _EN_AFTER or since and sr.key(x) == "since":
                aft = x
                break
        if aft is None:
            continue
        old = _gone_after(sr, aft)
        new = _taker_before(sr, t)
        if old is None and new is not None and sr.key(aft + 1) in ("the", "his", "her") and \
                sr.key(aft + 2) in _EN_DEATH_EVENT:
            # "... took over as acting president after the crash": the one the text said died
            dead = _dead_in_post(sr, t, aft, new) or \
                deceased_person(sr.doc, sr.si, title_start(new), back=3)
            if dead and dead != new.eid:
                old = _DeadRef(dead)
        if old is None:
            continue
        if new is None or new.eid == old.eid or new.hi > t:
            continue
        if any(r.type == _SO and r.target == old.eid for r in sr.out):
            continue
        if sr.blocked(t, new) or sr._irrealis(t):
            continue
        sr.add(_SO, new.eid, old.eid, "took_post_after_death_en")


_EN_HELD = frozenset({"held", "occupied"})
_EN_POST_NOUNS = frozenset({"post", "position", "job", "role", "seat", "office", "portfolio"})
_AR_HELD = L._ar("يشغله", "شغله", "يتولاه", "تولاه", "يشغلها", "شغلها", "تشغله")
_AR_APPOINT_ANY = L._ar("عين", "عينت", "يعين", "تعيين", "اختار", "اختارت", "انتخب", "انتخبت",
                        "سمى", "سمت", "كلف", "كلفت")


def post_held_by(sr: Any) -> None:
    """"K named X as army chief, the post Y had held since 2017" / "a position previously held
    by Y" / "عيّن K X رئيساً للأركان، المنصب الذي كان يشغله Y": the appointee X took over the
    post of Y (X is the object of an active appointment verb before, else its subject)."""
    ar = sr.toks[sr.lo].ar
    for t in sr.triggers(_AR_HELD, _EN_HELD):
        if ar:
            old = sr.after(t + 1, types=("Person",), maxgap=1)
            rel = next((y for y in range(t - 1, max(sr.lo, t - 4) - 1, -1)
                        if sr.key(y) in ("الذي", "التي")), None)
            if old is None or rel is None or not sr.f(rel - 1) & _AR_POST_W and \
                    sr.key(rel - 1) not in ("المنصب", "المنصبين"):
                continue
            verb = next((y for y in range(rel - 2, max(sr.lo, rel - 25) - 1, -1)
                         if sr.f(y) & _AR_APPOINT_ANY), None)
            if verb is None:
                continue
            first = sr.after(verb + 1, types=AGENT_TYPES, maxgap=3)
            second = sr.after(first.hi, types=("Person",), maxgap=2) if first else None
            new = second or first  # "عيّن K X": X; "عُيّن X": X
        else:
            if sr.key(t + 1) == "by":  # "a post previously held by Y"
                old = sr.after(t + 2, types=("Person",), maxgap=1)
                back = t - 1
                while back > sr.lo and sr.key(back) in ("previously", "formerly", "long",
                                                        "once", "last"):
                    back -= 1
                if sr.key(back) not in _EN_POST_NOUNS:
                    continue
            else:  # "the post (that) Y (had) held"
                y = t - 1
                while y > sr.lo and sr.key(y) in ("had", "has", "have", "long", "previously"):
                    y -= 1
                old = sr.mention_at.get(y)
                if old is None or old.etype != "Person" or old.hi != y + 1:
                    continue
                b = title_start(old) - 1
                if sr.key(b) in ("that", "which"):
                    b -= 1
                if sr.key(b) not in _EN_POST_NOUNS:
                    continue
                back = b
            if old is None:
                continue
            verb = next((y for y in range(back - 1, max(sr.lo, back - 25) - 1, -1)
                         if sr.key(y) in _EN_APPOINTERS), None)
            new = _appointee(sr, verb) if verb is not None else None
        if new is None or new.etype != "Person" or new.eid == old.eid or new.lo > t:
            continue
        if sr.blocked(verb, new) or any(r.type == _SO and r.target == old.eid for r in sr.out):
            continue
        sr.add(_SO, new.eid, old.eid, "post_held_by")


def handed_over_to_en(sr: Any) -> None:
    """"X handed over power / the post / command to Y": Y succeeded X."""
    for t in sr.triggers(_EMPTY, _EN_HANDED):
        x = t + 1
        if sr.key(x) == "over":
            x += 1
        post = next((y for y in range(x, min(sr.hi, x + 4)) if sr.key(y) in _EN_POST and
                     sr.key(y) != "control"), None)  # ("handed control of the file to Y")
        if post is None and sr.key(x - 1) == "over" and sr.key(x) == "to":
            to = x  # "X handed over to Y (as / in / on ...)": no object, the post itself
        elif post is None or sr.key(post + 1) != "to" and sr.key(post + 2) != "to":
            continue
        else:
            to = post + 1 if sr.key(post + 1) == "to" else post + 2
        new = sr.after(to + 1, types=("Person",), maxgap=2)
        if new is not None and post is None and sr.key(sr.chain(new, ("Person",))[-1].hi) in (
                "a", "an", "the", "his", "her", "their", "its"):
            continue  # "handed over to Y a letter from ...": a thing, not the post
        old = sr.subject_before(t, maxgap=25)
        if new is None or old is None or old.etype != "Person" or new.eid == old.eid:
            continue
        if sr.blocked(t, old) or sr._irrealis(t):
            continue
        sr.add(_SO, new.eid, old.eid, "handed_over_to_en")


def filled_vacancy_en(sr: Any) -> None:
    """"X ..., filling the post left vacant when Y was killed" / "X fills the seat vacated by
    Y": Y's post went to X."""
    for t in sr.triggers(_EMPTY, _EN_VACANT):
        fill = next((y for y in range(t - 1, max(sr.lo, t - 6) - 1, -1)
                     if sr.key(y) in _EN_FILL), None)
        if fill is None:
            _vacant_post_apposition(sr, t)
            continue
        old = sr.after(t + 1, types=("Person",), maxgap=5)
        if old is None or old.lo - t > 6:
            continue
        if sr.toks[fill - 1].text == ",":
            new = sr.subject_before(fill - 1, maxgap=30)
        else:
            new = sr.subject_before(fill, maxgap=20)
        if new is None or new.etype != "Person" or new.eid == old.eid:
            continue
        if any(r.type == _SO and r.target == old.eid for r in sr.out):
            continue
        if sr.blocked(fill, new) or sr._irrealis(fill):
            continue
        sr.add(_SO, new.eid, old.eid, "filled_vacancy_en")


def _vacant_post_apposition(sr: Any, t: int) -> None:
    """"K named X as the new commander, a post (that had been) vacant since Y was killed" /
    "X took over the ministry, a job left vacant after Y resigned": the one appointed or
    taking over (the object of named/appointed, else the subject) succeeded Y."""
    comma = next((y for y in range(t - 1, max(sr.lo, t - 8) - 1, -1)
                  if sr.toks[y].text == ","), None)
    if comma is None or sr.key(comma + 1) not in ("a", "the") or \
            sr.key(comma + 2) not in _EN_POST_NOUNS | _EN_POST:
        return
    old = _gone_after(sr, t) if sr.key(t + 1) in ("since", "after", "when", "following") else \
        None
    if old is None and sr.key(t + 1) in ("since", "after", "when", "following"):
        old = _gone_after(sr, t + 1)
    if old is None:
        return
    verb = next((y for y in range(comma - 1, max(sr.lo, comma - 16) - 1, -1)
                 if sr.key(y) in L.EN_APPOINT or sr.key(y) in _EN_TAKE_POST), None)
    if verb is None:
        return
    obj = sr.after(verb + 1, types=("Person",), maxgap=3)
    if obj is not None and obj.hi <= comma and sr.key(verb - 1) not in EN_PASSIVE_AUX:
        new = obj  # "K named X as the new commander, a post ..."
    else:
        new = sr.subject_before(verb, maxgap=20)
    if new is None or new.etype != "Person" or new.eid == old.eid:
        return
    if sr.blocked(verb, new) or sr._irrealis(verb):
        return
    sr.add(_SO, new.eid, old.eid, "vacant_post_en")


def whom_succeeded_en(sr: Any) -> None:
    """"Y, whom X succeeded (as ...)" / "Y, whom he succeeded": X (or the sentence's subject
    for "he") succeeded Y; "... after the U.S. killed him": Y was killed by the U.S."""
    for t in sr.triggers(_EMPTY, _EN_WHOM):
        old = sr.before(t, types=("Person",), maxgap=1)
        if old is None or old.kind != "name":
            continue
        x = t + 1
        new = None
        if sr.key(x) in ("he", "she"):
            x += 1
        else:
            new = sr.after(x, types=("Person",), maxgap=0)
            if new is None:
                continue
            x = new.hi
        if sr.key(x) in ("had", "has", "later", "eventually"):
            x += 1
        if sr.key(x) not in _EN_SUCC_VERBS:
            continue
        if new is None:
            # "he": the subject of the main clause, named before Y
            new = next((m for m in sr.args if m.etype == "Person" and m.hi <= title_start(old)
                        and m.eid != old.eid and not m.in_title), None)
            if new is None:
                new = sr._prev_subject(old.eid)
        if new is None or new.eid == old.eid or sr.blocked(x, new):
            continue
        sr.add(_SO, new.eid, old.eid, "whom_succeeded_en")
        # "... after the United States killed him" (him = Y)
        for y in range(x + 1, min(sr.hi, x + 14)):
            if sr.key(y) in _EN_KILL_VERBS and sr.key(y + 1) in ("him", "her"):
                agent = sr.before(y, types=("Country", "Organization", "Person"), maxgap=1)
                if agent is not None and agent.eid not in (old.eid, new.eid) and \
                        sr.key(y - 1 - (agent.hi - agent.lo)) != "was" and not sr.blocked(y):
                    sr.add(_AB, old.eid, agent.eid, "whom_succeeded_killed_him_en")
                break
            if sr.toks[y].text in (",", ";", "."):
                break


def _coordinated_taker(sr: Any, m: Any) -> Any:
    """The taker of a second, coordinated verb whose nearest person *m* was just named as
    someone's predecessor in the sentence ("يخلف X Y ويتسلم المنصب من Z": Y is replaced,
    X takes the post): that successor, else *m*."""
    if m is None:
        return None
    succ = next((r.source for r in sr.out if r.type == _SO and r.target == m.eid), None)
    if succ is None:
        if not sr.f(title_start(m) - 1) & _AR_IN_PLACE:
            return m
        # "يحل X محل Y ويتسلم ..." (read later by core_wire_rules): X
        taker = sr.before(title_start(m) - 1, types=("Person",), maxgap=2)
        return taker if taker is not None else m
    return next((c for c in sr.args if c.eid == succ and c.hi <= m.lo), m)


def _post_window_end(sr: Any, t: int) -> int:
    """Where the post after the handover verb at *t* may be found: five words on, or three
    past a titled subject right after it ("تسلّم الجنرال الإيطالي X الاثنين قيادة ...")."""
    subj = sr.after(t + 1, types=("Person",), maxgap=3)
    return max(t + 6, subj.hi + 3) if subj is not None else t + 6


def tasallam_min_ar(sr: Any) -> None:
    """"تسلّم X رئاسة الأركان من Y" / "ورث X قيادة الفيلق عن Y": a post handed over from Y to
    X; "سلّم Y السلطة إلى X": the same, told from the giver (a letter or a message, "تسلّم
    رسالة من Y", is no succession)."""
    for t in sr.triggers(_AR_HANDOVER_ANY, _EMPTY):
        fs = sr.f(t)
        giver = bool(fs & _AR_HANDED) and not fs & _AR_TASALLAM
        preps = ("الي", "إلى", "ل") if giver else ("عن",) if fs & _AR_INHERIT else ("من",)
        post = next((x for x in range(t + 1, min(sr.hi, _post_window_end(sr, t)))
                     if sr.f(x) & _AR_POST or sr.f(x) & _AR_POST_MORE), None)
        if post is None:
            continue
        frm = next((x for x in range(post + 1, min(sr.hi, post + 12))
                    if sr.key(x) in preps or sr.toks[x].text in ("،", ",", ".") or
                    (not giver and sr.f(x) & _AR_FROM_HIM) or
                    (giver and sr.toks[x].key.startswith("ل") and sr.mention_at.get(x))),
                   None)
        if frm is None or sr.toks[frm].punct:
            continue
        other = sr.mention_at.get(frm) if sr.mention_at.get(frm) is not None and \
            sr.mention_at[frm].etype == "Person" else sr.after(frm + 1, types=("Person",),
                                                              maxgap=2)
        subj = sr.after(t + 1, types=("Person",), maxgap=3)
        if subj is None or subj.lo > post:
            subj = _coordinated_taker(sr, sr.before(t, types=("Person",), maxgap=4))
        if subj is None:
            continue
        if other is None and not giver and sr.f(frm) & _AR_FROM_HIM:
            other_id = predecessor_pronoun_en(sr, t, subj)  # "تسلّم X القيادة منه"
        else:
            other_id = other.eid if other is not None else None
        if not other_id or subj.eid == other_id or sr.blocked(t, subj):
            continue
        if giver:
            sr.add(_SO, other_id, subj.eid, "handed_over_ar")
        else:
            sr.add(_SO, subj.eid, other_id, "tasallam_min_ar")


def predecessor_of_subject_ar(sr: Any) -> None:
    """"أعفى K المسؤول X، الذي عيّنه سلفه Y": "سلفه" is K's predecessor (X was appointed by
    Y): SUCCESSOR_OF K -> Y, and not X -> Y."""
    for t in sr.triggers(_AR_PRED, _EMPTY):
        if not sr.f(t - 1) & _AR_APPOINTED_HIM:
            continue
        rel = t - 2
        if sr.key(rel) in ("قد",):
            rel -= 1
        if sr.key(rel) == "كان":
            rel -= 1
        if sr.key(rel) not in _AR_RELATIVE:
            continue
        old = sr.after(t + 1, types=("Person",), maxgap=2)
        appointee = sr.before(rel, types=("Person",), maxgap=2)
        if old is None or appointee is None:
            continue
        sr.out[:] = [r for r in sr.out if not (
            r.type == _SO and r.source == appointee.eid and r.target == old.eid)]
        subj = next((m for m in sr.args if m.etype == "Person" and m.hi <= title_start(appointee)
                     and m.eid not in (appointee.eid, old.eid) and not m.in_title), None)
        if subj is not None and not sr.blocked(t, subj):
            sr.add(_SO, subj.eid, old.eid, "predecessor_of_subject_ar")


_AR_APPOS_HEADS = L._ar("شقيق", "شقيقه", "نجل", "ابن", "ابنه", "نائب", "مساعد", "مستشار", "صهر",
                        "رفيق", "احد", "القيادي", "قائد", "رئيس", "عضو", "الامين", "المتحدث",
                        "زوج", "خليفه", "صديق", "مرافق", "سكرتير", "مدير", "مسؤول")


def apposed_successor_ar(sr: Any) -> None:
    """"X، شقيق القائد الراحل Y، تولى القيادة بعد اغتيال Z": the successor is X, the head of
    the apposition, not Y named inside it."""
    if not sr.toks[sr.lo].ar:
        return
    for i, r in enumerate(sr.out):
        if r.type != _SO:
            continue
        m = next((m for m in sr.args if m.eid == r.source and m.etype == "Person"), None)
        if m is None or m.hi >= sr.hi or sr.toks[m.hi].text not in ("،", ","):
            continue
        # the comma that opens the apposition, and its head noun
        c = next((x for x in range(title_start(m) - 1, max(sr.lo, title_start(m) - 8) - 1, -1)
                  if sr.toks[x].text in ("،", ",")), None)
        if c is None or not sr.f(c + 1) & _AR_APPOS_HEADS:
            continue
        head = sr.before(c, types=("Person",), maxgap=0)
        if head is None or head.eid in (r.source, r.target) or sr.mention_at.get(c - 1) is not head:
            continue
        sr.out[i] = r._replace(source=head.eid)


_EN_AFTER = frozenset({"after", "following"})
_EN_DEATH = frozenset({"killing", "death", "assassination", "killed", "assassinated", "died",
                       "slain", "slaying", "ouster", "ousted", "resignation", "resigned",
                       "dismissal", "dismissed"})
_EN_APPOINTING = frozenset({"picked", "chose", "named", "elected", "appointed", "selected",
                            "tapped", "installed", "promoted", "chosen"})
_EN_BECAME = frozenset({"became", "took", "assumed", "succeeded"})
_EN_ROLE = frozenset({"leader", "lead", "head", "chief", "commander", "secretary-general",
                      "secretary", "president", "successor", "replace", "helm", "command",
                      "leadership", "post", "role", "position", "over", "premier", "minister"})
_AR_AFTER = L._ar("بعد", "عقب", "اثر", "إثر")
_AR_DEATH = L._ar("اغتيال", "مقتل", "وفاة", "وفاه", "رحيل", "استشهاد", "مصرع", "استقالة",
                  "استقاله", "اقالة", "اقاله", "تصفية", "تصفيه")
_AR_APPOINTING = L._ar("انتخب", "انتخبت", "اختار", "اختارت", "عين", "عينت", "سمى", "سمت",
                       "كلف", "كلفت", "نصب", "نصبت", "رقى", "اعلن", "اعلنت")
_AR_BECAME = L._ar("تولى", "تسلم", "اصبح", "بات", "صار", "استلم")
_EN_DEAD = frozenset({"dead"})  # "With Y dead, X took the helm"
# the post taken, after "تسلّم/تولى X" when no comma closes the fronted death
_AR_POST_TAKEN = L._ar("الدفة", "دفة", "القيادة", "قيادة", "زمام", "المنصب", "منصب", "الرئاسة",
                       "رئاسة", "الامانة", "امانة", "الزعامة", "زعامة", "مهامه", "المهام",
                       "الحكم", "السلطة")
_AR_ROLE_ACC = L._ar("امينا", "رئيسا", "قائدا", "زعيما", "خليفه", "خليفة", "مرشدا", "قائدا",
                     "امينا", "تعيين", "قياده", "رئاسه", "زعامه", "امانه")


def fronted_after_death(sr: Any) -> None:
    """"After X was assassinated, Hamas chose Y to lead the group" / "Following X's killing,
    Hezbollah picked Y as its leader" / "وبعد اغتيال X، انتخب مجلس الشورى Y أميناً عاماً":
    a sentence that opens with the death or removal of X and names who was given the lead."""
    ar = sr.toks[sr.lo].ar
    lo = sr.lo
    while lo < sr.hi and (sr.key(lo) in ("and", "but", "days", "weeks", "months", "hours",
                                         "shortly", "soon", "only", "just") or
                          sr.toks[lo].punct):
        lo += 1
    if lo >= sr.hi or lo - sr.lo > 3:
        return
    if ar:
        if not sr.f(lo) & _AR_AFTER:
            return
    elif sr.key(lo) not in _EN_AFTER and sr.key(lo) != "with":
        return
    comma = next((x for x in range(lo + 1, min(sr.hi, lo + 20))
                  if sr.toks[x].text in (",", "،")), None)
    if comma is None and ar:
        # "وبعد رحيل Y تسلّم X الدفة": no comma, the taking verb opens the main clause
        comma = next((x - 1 for x in range(lo + 2, min(sr.hi, lo + 12))
                      if sr.f(x) & (_AR_BECAME | _AR_APPOINTING)), None)
    if comma is None:
        return
    if sr.key(lo) == "with":
        # "With Y dead, X took the helm": the opener is a death only with "dead"
        if sr.key(comma - 1) != "dead":
            return
    elif not any((sr.f(x) & _AR_DEATH) if ar else (sr.key(x) in _EN_DEATH)
                 for x in range(lo + 1, comma)):
        return
    olds = [m for m in sr.args if m.etype == "Person" and lo < m.lo and m.hi <= comma + (
        not sr.toks[comma].punct)]
    if len(olds) != 1:
        return
    old = olds[0]
    new = None
    verb = None
    for x in range(comma + 1, min(sr.hi, comma + 10)):
        fx = sr.f(x)
        if ar and fx & _AR_APPOINTING:
            new = sr.after(x + 1, types=("Person",), maxgap=4)
            if new is not None and not (sr.f(new.hi) & _AR_ROLE_ACC):
                new = None
            verb = x
            break
        if ar and fx & _AR_BECAME:
            new = sr.after(x + 1, types=("Person",), maxgap=1)
            if new is not None and not sr.toks[comma].punct and not (
                    sr.f(new.hi) & (_AR_POST_TAKEN | _AR_ROLE_ACC)):
                new = None  # "وبعد رحيل Y تسلّم X رسالة": no post taken
            verb = x
            break
        if not ar and sr.key(x) in _EN_APPOINTING:
            if sr.key(x - 1) in ("was", "were", "been", "is"):
                new = sr.before(x - 1, types=("Person",), maxgap=2)
            else:
                new = sr.after(x + 1, types=("Person",), maxgap=3)
            verb = x
            break
        if not ar and sr.key(x) in _EN_BECAME:
            new = sr.before(x, types=("Person",), maxgap=1)
            verb = x
            break
    if new is None or verb is None or new.eid == old.eid or new.lo <= comma:
        return
    if not ar and not any(sr.key(y) in _EN_ROLE for y in range(verb, min(sr.hi, new.hi + 8))):
        return
    if any(r.type == _SO and r.target == old.eid for r in sr.out):
        return
    if sr.blocked(verb, new) or sr._irrealis(verb):
        return
    sr.add(_SO, new.eid, old.eid, "fronted_after_death")


_AR_ACTING = L._ar("بالوكالة", "بالإنابة", "بالانابة")
_EN_ACTING = frozenset({"acting", "interim", "caretaker"})
_AR_RAN = L.AR_TAKEOVER | L._ar("ادار", "أدار", "يدير", "شغل", "يشغل", "تسلم", "قاد", "يقود")
_AR_SINCE_AFTER = _AR_AFTER | L._ar("منذ")
_EN_SINCE_AFTER = _EN_AFTER | frozenset({"since"})
_EN_BE_ACTING = frozenset({"been", "was", "is", "as", "became", "become", "becomes", "run", "ran",
                           "led", "headed", "served"})


def acting_after_death(sr: Any) -> None:
    """An acting holder after a death or removal: "X, who had been acting foreign minister
    since Y died" / "X was interim leader after Y's killing" / "X، الذي أدار الوزارة بالوكالة
    بعد مصرع Y" / "وكان X قد تولى الوزارة بالوكالة منذ استشهاد Y": X succeeded Y (the
    "acting" word must stand in the taker's own clause, after a being/taking verb)."""
    ar = sr.toks[sr.lo].ar
    for t in sr.triggers(_AR_ACTING, _EN_ACTING):
        verb = None
        for y in range(t - 1, max(sr.lo, t - (9 if ar else 5)) - 1, -1):
            if sr.toks[y].punct:
                break
            if (sr.f(y) & _AR_RAN) if ar else (sr.key(y) in _EN_BE_ACTING):
                verb = y
                break
        if verb is None and not ar:
            acting_in_dead_post_en(sr, t)  # "X would take over the presidency in an interim role"
        if verb is None:
            continue
        aft = None
        for x in range(t + 1, min(sr.hi, t + (4 if ar else 7))):
            if sr.toks[x].punct and sr.toks[x].text not in ("-", "'"):
                break
            if (sr.f(x) & _AR_SINCE_AFTER) if ar else (sr.key(x) in _EN_SINCE_AFTER):
                aft = x
                break
        if aft is None:
            if not ar:  # "X was named acting president" after "President Y died in a crash"
                acting_in_dead_post_en(sr, t)
            continue
        if ar:
            y = aft + 1
            while y < sr.hi and sr.f(y) & _C7:
                y += 1
            if y == aft + 1:
                continue  # "منذ أيار" / "بعد Y": no death or removal named
            old = sr.after(aft + 1, types=("Person",), maxgap=y - aft + 2)
            if sr.key(verb - 1) in ("الذي", "التي"):
                new = sr.before(verb - 1, types=("Person",), maxgap=2)
            else:  # "وتولى X الوزارة بالوكالة" / "وكان X قد تولى ..."
                new = sr.after(verb + 1, types=("Person",), maxgap=1) or \
                    sr.before(verb, types=("Person",), maxgap=4) or \
                    sr.after(verb + 1, types=("Person",), maxgap=3)  # "وأدار نائب الوزير X"
        else:
            old = _gone_after(sr, aft) or left_post_after(sr, aft)
            new = _taker_before(sr, verb - 1 if sr.key(verb - 1) in ("had", "has", "have")
                                else verb)
            if new is None and sr.key(verb) == "as":
                new = sr.before(verb, types=("Person",), maxgap=5)
        if old is None or new is None or new.eid == old.eid or new.lo > t:
            continue
        if any(r.type == _SO and r.source == new.eid and r.target == old.eid for r in sr.out):
            continue
        if sr.blocked(verb, new) or sr.blocked(t, new) or sr._irrealis(verb):
            continue
        sr.add(_SO, new.eid, old.eid, "acting_after_death")


_EN_TAKE_OVER = frozenset({"take", "took", "takes", "taking", "taken"})
_EN_NAMED_ACTING = frozenset({"named", "appointed", "designated", "became", "become",
                              "becomes", "was", "is", "as", "installed", "sworn"})
_EN_POST_OF = {"presidency": "president", "premiership": "prime"}


def _death_near(toks: Any, lo: int, hi: int) -> bool:
    """A death word within 15 tokens before or 20 after [lo, hi), in the same sentence."""
    for y in range(lo - 1, max(-1, lo - 16), -1):
        if toks[y].text in (".", "!", "?"):
            break
        if toks[y].key in _EN_DEATH_NEAR:
            return True
    for y in range(hi, min(len(toks), hi + 20)):
        if toks[y].text in (".", "!", "?"):
            break
        if toks[y].key in _EN_DEATH_NEAR:
            return True
    return False


def acting_in_dead_post_en(sr: Any, t: int) -> None:
    """An acting holder of a dead person's post with no "after" in the clause: "X was named
    acting president" / "X would take over the presidency in an interim role" after "President
    Y died in a helicopter crash" (this or the last five sentences): X succeeded Y, the dead
    one whose title holds a word of the post (acting holders after a death are successors)."""
    verb = post_lo = post_hi = None
    named = named_acting_object(sr, t)  # active "K named (First Vice President) X acting ..."
    if named is not None:
        verb, post_lo, post_hi = t - 1, t + 1, min(sr.hi, t + 4)
    for y in range(t - 1, max(sr.lo, t - 9) - 1, -1) if named is None else ():
        if sr.toks[y].punct:
            break
        if sr.key(y) in _EN_TAKE_OVER and sr.key(y + 1) == "over":
            verb, post_lo, post_hi = y, y + 2, t  # "take over the presidency in an interim"
            break
        if y == t - 1 or y == t - 2 and sr.key(t - 1) == "as":
            if sr.key(y) in _EN_NAMED_ACTING:
                verb, post_lo, post_hi = y, t + 1, min(sr.hi, t + 4)
                break
    if verb is None:
        return
    post = set()
    for y in range(post_lo, post_hi):
        if sr.toks[y].punct or sr.key(y) in ("in", "for", "after", "until", "and"):
            break
        post.add(_EN_POST_OF.get(sr.key(y), sr.key(y)))
    post -= {"the", "as", "acting", "interim", "caretaker", "foreign", "defence", "defense",
             "interior", "an", "a", "its", "his", "her"}
    if not post:
        return
    new = named or _taker_before(sr, verb) or sr.before(verb, types=("Person",), maxgap=4)
    if new is None or new.hi > verb + 1:
        return
    toks = sr.doc.toks
    titled, best = set(), None  # (a title and the death may be told in different sentences)
    for m in sr.doc.ments:
        if m.etype != "Person" or m.eid == new.eid or not sr.si - 8 <= m.sent <= sr.si or \
                m.lo >= title_start(new):
            continue
        if 0 <= m.tlo < m.lo and any(toks[y].key in post for y in range(m.tlo, m.lo)):
            titled.add(m.eid)
        if m.sent >= sr.si - 5 and _death_near(toks, title_start(m), m.hi):
            best = m if best is None or m.eid in titled or best.eid not in titled else best
    if best is None or best.eid not in titled or \
            any(r.type == _SO and r.source in (new.eid, best.eid) for r in sr.out):
        return  # (nor one the sentence says succeeded someone: "X became minister,
        # succeeding Y, who died ...; Z had served as acting minister": X is no dead holder)
    if sr.key(verb - 1) == "would":  # "confirmed that X would take over ...": the settled
        if sr.negated(verb, new.lo) or sr._irrealis(verb - 1):  # interim, not a plan
            return
    elif sr.blocked(verb if named is None else title_start(new) - 1, new) or \
            sr._irrealis(verb):
        return
    sr.add(_SO, new.eid, best.eid, "acting_in_dead_post_en")


_EN_NEW = frozenset({"new"})
_EN_COPULA = frozenset({"is", "was", "as"})
_EN_GONE_AFTER = frozenset({"killed", "assassinated", "died", "ousted", "resigned", "dismissed",
                            "removed", "retired", "quit", "stepped", "killing", "death",
                            "assassination", "ouster", "resignation", "removal", "departure",
                            "fired", "sacked", "firing", "sacking"})
# a role noun a few words after "new" ("the new Quds Force commander"; not "over", "lead")
_EN_ROLE_NOUN = frozenset({"leader", "head", "chief", "commander", "secretary-general",
                           "president", "premier", "minister"})


def _new_holder_en(sr: Any, t: int) -> Any:
    """The person called the new holder at "new" (*t*): the subject of a copula before it
    ("X is the new chief") or the name a comma sets it off from ("X, the new chief",
    "X, Hezbollah's new leader")."""
    cop = next((y for y in range(t - 1, max(sr.lo, t - 5) - 1, -1)
                if sr.key(y) in _EN_COPULA), None)
    if cop is not None:
        return sr.before(cop, types=("Person",), maxgap=1)
    comma = next((y for y in range(t - 1, max(sr.lo, t - 5) - 1, -1) if sr.toks[y].punct), None)
    if comma is None or sr.toks[comma].text != ",":
        return None
    m = sr.before(comma, types=("Person",), maxgap=0)
    return m if m is not None and m.hi == comma else None


def new_holder_after_en(sr: Any) -> None:
    """"X is the new chief of ORG after Y stepped down" / "X is ORG's new leader after Y was
    killed" / "X, the new Quds Force commander after Y was killed,": X, called the new holder
    of a role, succeeded Y whose going the "after" clause tells (a meeting or any other event
    there is no going)."""
    for t in sr.triggers(_EMPTY, _EN_NEW):
        role = t + 1 if sr.key(t + 1) in _EN_ROLE else next(
            (y for y in range(t + 2, min(sr.hi, t + 5)) if sr.key(y) in _EN_ROLE_NOUN), None)
        if role is None or any(sr.toks[y].punct for y in range(t, role)):
            continue
        new = _new_holder_en(sr, t)
        aft = next((x for x in range(role + 1, min(sr.hi, role + 9))
                    if sr.key(x) in ("after", "following")), None)
        if new is None or aft is None or any(sr.toks[y].punct for y in range(t, aft)):
            continue
        old = sr.after(aft + 1, types=("Person",), maxgap=3)
        if old is None or old.eid == new.eid or not any(
                sr.key(y) in _EN_GONE_AFTER for y in range(aft + 1, min(sr.hi, old.hi + 3))):
            continue
        if not sr.blocked(t, new) and not sr._irrealis(t):
            sr.add(_SO, new.eid, old.eid, "new_holder_after_en")


_AR_NEW = L._ar("الجديد", "الجديدة")
_AR_LEFT_POST = _AR_DEATH | L._ar("تقاعد", "عزل", "اعفاء", "إعفاء", "تنحي", "إقالة")


def new_holder_after_ar(sr: Any) -> None:
    """"X، رئيس الأركان الجديد بعد استقالة Y" / "X القائد الجديد لفيلق القدس بعد اغتيال Y":
    the person a title marked new sets off succeeded Y whose going follows "بعد/عقب/إثر"
    (no other person between X and the title; "بعد لقاء Y" is no going)."""
    for t in sr.triggers(_AR_NEW, _EMPTY):
        aft = next((x for x in range(t + 1, min(sr.hi, t + 6))
                    if sr.f(x) & _AR_AFTER or sr.toks[x].punct), None)
        if aft is None or sr.toks[aft].punct or not sr.f(aft + 1) & _AR_LEFT_POST:
            continue
        old = sr.after(aft + 2, types=("Person",), maxgap=2)
        new = None
        for y in range(t - 1, max(sr.lo, t - 7) - 1, -1):
            m = sr.mention_at.get(y)
            if m is not None and m.etype == "Person":
                new = m if m.hi == y + 1 or sr.toks[m.hi].text in ("،", ",") and \
                    m.hi + 1 <= t - 1 else None
                break
            if sr.toks[y].punct and (sr.toks[y].text not in ("،", ",") or
                                     y - 1 not in sr.mention_at):
                break
        if new is None or old is None or old.eid == new.eid or new.hi > t:
            continue
        if sr.toks[new.hi].text not in ("،", ",") and title_start(new) > sr.lo:
            continue  # "التقى X رئيسَ الأركان الجديد": X met the new chief
        if not any(sr.f(y) & L.AR_TITLE_FIRST for y in range(new.hi, t)):
            continue  # a title, not "زار X المقر الجديد"
        if any(r.type == _SO and r.target == old.eid for r in sr.out):
            continue
        if not sr.blocked(t, new) and not sr._irrealis(t):
            sr.add(_SO, new.eid, old.eid, "new_holder_after_ar")


# every word set more_successions looks up itself (succession_clauses.more_clauses has its own
# test): a sentence with none of them skips the fifteen look-ups (most sentences)
_PLAIN_CUES = frozenset({_AR_AFTER, _EN_AFTER, _EN_DEAD, _EN_NEW, _AR_NEW, _AR_HELD, _EN_HELD,
                         _AR_ACTING, _EN_ACTING, _AR_PLACE_HIS, _AR_SWAPPED, _AR_KHILAFA,
                         _EN_PRECEDED, _MORE_AR_CUES, _MORE_EN_CUES})
# ... and with more_clauses' own: relations.run calls more_successions only on a sentence with
# one of them, or with an Arabic SUCCESSOR_OF already (apposed_successor_ar)
ANY_CUES = _PLAIN_CUES | CLAUSE_CUES | IDIOM_CUES


def more_successions(sr: Any) -> None:
    """Run the plain succession rules above on one sentence (after ``successor``)."""
    if sr.toks[sr.lo].ar and any(r.type == _SO for r in sr.out):
        apposed_successor_ar(sr)
        drop_unsure_ar(sr, _SO)  # "لم يتضح إن كان X قد خلف Y أم ..."
    if not IDIOM_CUES.isdisjoint(sr.present_sets):
        handover_idioms_en(sr)  # succession_vocab_en.py: "stepped into Y's shoes", "made way for"
    if _PLAIN_CUES.isdisjoint(sr.present_sets):
        more_clauses(sr)  # (the one rule group below that may still run)
        return
    # (the word sets are registered at import, below: a look-up in the trigger index
    # instead of sr.triggers calls)
    by_ar, by_en = sr._by_ar, sr._by_en
    if _AR_AFTER in by_ar or _EN_AFTER in by_en or _EN_DEAD in by_en:
        fronted_after_death(sr)
    if _EN_NEW in by_en:
        new_holder_after_en(sr)
    if _AR_NEW in by_ar:
        new_holder_after_ar(sr)
    if _AR_HELD in by_ar or _EN_HELD in by_en:
        post_held_by(sr)
    if _AR_ACTING in by_ar or _EN_ACTING in by_en:
        acting_after_death(sr)
    if _AR_PLACE_HIS in by_ar:
        in_his_place_all_ar(sr)
    if _AR_SWAPPED in by_ar:
        replaced_with_ar(sr)
    if _AR_KHILAFA in by_ar:
        khilafa_ar(sr)
    if _EN_PRECEDED in by_en:
        preceded_en(sr)
    more_clauses(sr)  # succession_clauses.py (session 12)
    if _MORE_AR_CUES not in by_ar and _MORE_EN_CUES not in by_en:
        return
    if sr.toks[sr.lo].ar:
        tasallam_min_ar(sr)
        predecessor_of_subject_ar(sr)
    else:
        took_over_from_en(sr)
        took_post_from_en(sr)
        took_post_after_death_en(sr)
        handed_over_to_en(sr)
        filled_vacancy_en(sr)
        whom_succeeded_en(sr)


# the word sets of the plain rules above, registered at import (a set first met in a call
# would re-file every cached token text)
for _pair in ((_EMPTY, _EN_OVER), (_EMPTY, _EN_TAKE_POST), (_EMPTY, _EN_HANDED),
              (_EMPTY, _EN_TAKE_AFTER), (_AR_HELD, _EN_HELD),
              (_EMPTY, _EN_WHOM), (_AR_HANDOVER_ANY, _EMPTY), (_AR_PRED, _EMPTY),
              (_AR_AFTER, _EN_AFTER), (_MORE_AR_CUES, _MORE_EN_CUES), (_EMPTY, _EN_VACANT),
              (_AR_ACTING, _EN_ACTING), (_AR_PLACE_HIS, _EMPTY), (_AR_SWAPPED, _EMPTY),
              (_AR_KHILAFA, _EMPTY), (_EMPTY, _EN_PRECEDED), (_EMPTY, _EN_DEAD),
              (_EMPTY, _EN_NEW), (_AR_NEW, _EMPTY)):
    register_triggers(*_pair)
