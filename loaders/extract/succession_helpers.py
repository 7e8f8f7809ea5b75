"""SUCCESSOR_OF: helpers of the base rules.

The subject of a copula ("X, a surgeon, thus becomes the successor"), the predecessor by office
or from the gazetteer ("his predecessor" after "X was appointed army chief"), a future stated
as decided ("أعلن الحزب أن X سيخلف Y" is read, "قال مصدر إن X سيخلف Y" is not), "مكانه / محله"
("وعيّن X مكانه": the one named before), the taking of a post with a pronoun ("بعد تسلّمه"), a
time phrase between a VSO verb and its object, and the person right after a title.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.core_context import _AR_GONE, _latest_victim
from loaders.extract.core_recall_succession import _AR_APPOINTEE, pronoun_predecessor_ar
from loaders.extract.rule_common import EN_PASSIVE_AUX, title_start
from loaders.extract.succession_became_ar import AR_BECAME
from loaders.extract.succession_clause_his import clause_subject_his_ar
from loaders.extract.succession_him_ar import AR_WHEN_CLAUSE, relative_head_past_apposition_ar
from loaders.extract.succession_words import _AR_FUTURE_SUCC, _AR_SUCC_HIS

_SUCC_CACHE: dict[int, tuple] = {}


_EN_COPULA_SUCC = frozenset({"became", "becomes", "become", "is", "was", "remains"})
_EN_PASSIVE_ADV = frozenset({"finally", "formally", "officially", "later", "also", "then"})
_EN_NAMED_SUCC = frozenset({"named", "appointed", "chosen", "elected", "declared", "confirmed"})


def copula_subject_en(sr: Any, poss: Any) -> Any:
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


def copula_the_subject_en(sr: Any, t: int) -> Any:
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


_EN_ANNOUNCED_THAT = frozenset({"announced", "confirmed", "decided", "declared"})


def _announced_would(sr: Any, t: int) -> bool:
    """"<the body> announced / confirmed that X (, who ..., ) would succeed / replace Y" (the
    verb at *t*, session 27): the future of a decision reported in the past, a "that" clause
    of a verb of deciding before it in the sentence (not "said that X would succeed Y", nor
    "has not announced that ...")."""
    if sr.key(t - 1) != "would":
        return False
    return any(sr.key(y) in _EN_ANNOUNCED_THAT and _that_after(sr, y) and not sr.negated(y)
               for y in range(sr.lo, t - 2))


def _that_after(sr: Any, y: int) -> bool:
    """"that" within the five words after the verb at *y*, no punctuation before it
    ("announced (on Tuesday / in a statement) that")."""
    for z in range(y + 1, min(sr.hi, y + 6)):
        if sr.key(z) == "that":
            return True
        if sr.toks[z].punct:
            return False
    return False


def decided_future(sr: Any, t: int) -> bool:
    """The succession verb at *t* is a future stated as decided: "will succeed / replace", "is
    set to succeed" or "announced that X would succeed" (English), "سيخلف" (Arabic), in a sentence that says it was announced
    or decided (announced, confirmed, named; أعلن، قرر، بيان) and hedges nothing (expected,
    likely, could, if; المتوقع، قد، إذا، مرشح)."""
    ar = sr.toks[t].ar
    if ar:
        if sr.toks[t].key not in _AR_FUTURE_SUCC:
            return False
    elif not (sr.key(t - 1) == "will" or sr.key(t - 1) == "be" and sr.key(t - 2) == "will" or
              # ("will be succeeded by X, the Pentagon announced": the passive, session 50)
              sr.key(t - 1) == "to" and sr.key(t - 2) == "set" and
              sr.key(t - 3) in ("is", "are", "was") or _announced_would(sr, t)):
        return False
    words = _AR_DECIDED if ar else _EN_DECIDED
    hedges = _AR_HEDGE if ar else _EN_HEDGE
    decided = False
    for y in range(sr.lo, sr.hi):
        k = sr.key(y)
        if k in hedges and not (y == t - 1 and k == "would"):
            return False
        decided = decided or k in words
    if not decided and not ar and sr.si > 0:
        # "K dismissed A and named B to replace him. C will succeed B at the ministry": the
        # decision told in the sentence right before (session 49)
        prev = sr.doc.sents[sr.si - 1]
        decided = any(sr.doc.toks[y].key in words for y in range(prev.lo, prev.hi)) and \
            not any(sr.key(y) in ("when", "once", "after") for y in range(t, sr.hi))
        # (not "X will succeed Y when Y's term ends in June": a date still to come)
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


EN_SUCC_PRED = L.EN_SUCCESSOR | L.EN_PREDECESSOR
# "(لـ)يشغل X المنصب منذ تنحي Y": holding a post since the predecessor left (read like تولى)
_AR_HOLDS_POST = L._ar("يشغل", "ويشغل", "ليشغل", "شغل", "وشغل", "تشغل", "وتشغل", "لتشغل")
# "ويرأس / يقود X الحكومة منذ مقتل Y": leading now, since a loss (only with منذ)
_AR_LEADS_SINCE = L._ar("يرأس", "ويرأس", "يدير", "ويدير", "يقود", "ويقود", "تقود", "وتقود",
                        "تدير", "وتدير",
                        # past "led since": «وتزعّم X التنظيم منذ مقتل Y» (session 54)
                        "تزعم", "وتزعم", "يتزعم", "ويتزعم", "قاد", "وقاد")
_AR_TAKE_OR_HOLD = L.AR_TAKEOVER | L.AR_TAKEOVER_FEMININE | _AR_HOLDS_POST | _AR_LEADS_SINCE
_AR_SUCC_PRED_TAKE = L.AR_SUCCESSOR | L.AR_PREDECESSOR | _AR_TAKE_OR_HOLD | _AR_SUCC_HIS | \
    _AR_FUTURE_SUCC | L._ar("خلفت", "وخلفت") | \
    AR_BECAME  # (succession_rules_ar._AR_KHALAFAT; "أصبح X أميراً": succession_became_ar)


def _his_predecessor_ar(sr: Any, t: int, new: str) -> str | None:
    """Whom the -ه of "خليفته" at *t* stands for: the person this sentence says died or was
    removed before it ("قُتل X ...، واختير خليفته Y"), unless that death is told inside the
    clause of a subject before it ("وصف X مقتل Y بأنه إنجاز، فيما قال خليفته Z": X, session
    59, ``clause_subject_his_ar``), else the nearest person before it in the sentence ("أشاد X
    بخليفته Y"), else the victim or the person of the last sentences."""
    subj = clause_subject_his_ar(sr, t)  # "وصف X مقتل Y ...، فيما قال خليفته Z": X (s59)
    for y in range(t - 1, sr.lo - 1, -1):
        if sr.f(y) & _AR_GONE:
            if subj is not None and subj.lo < y:
                break  # the death is told inside the clause of X, its subject
            m = sr.after(y + 1, types=("Person",), maxgap=2)
            if m is not None and m.hi <= t and m.eid != new:
                return m.eid
    if subj is not None and subj.eid != new:
        return subj.eid
    m = sr.before(t, types=("Person",), maxgap=40)
    if m is not None and m.eid != new:
        return m.eid
    return _latest_victim(sr, new) or sr._antecedent(t, exclude={new})
_AR_TAKING_HIS = L._ar("تسلمه", "توليه", "تعيينه", "استلامه", "انتخابه", "تكليفه", "اختياره",
                       "تسلمها", "توليها", "تعيينها", "استلامها", "انتخابها", "تكليفها",
                       "تسلمهم", "تنصيبه")


# a verb whose object pronoun is the one given the post, its subject another ("X ...، بعدما
# أعلنته المحكمة الدستورية رئيساً خلفاً لـY": X; session 49)
_AR_NAMED_HIM = L._ar("أعلنته", "اعلنته", "أعلنه", "اعلنه", "نصبته", "نصبه", "عينته", "عينه",
                      "كلفته", "كلفه", "اختارته", "اختاره", "انتخبته", "انتخبه")
_AR_DECREE = L._ar("مرسوما", "مرسوماً", "مرسوم", "قرارا", "قراراً", "قرار", "أمرا", "أمراً")
_AR_PLACE_HIS = L._ar("مكانه", "مكانها", "محله", "محلها",  # "وعيّن X مكانه"
                      "مهامه", "مهامها")  # "وكُلّف X بتولي مهامه" (after _AR_TAKING_DUTIES)
_AR_CHOSE_FOR_PLACE = _AR_APPOINTEE | L._ar("اختار", "اختارت", "اختير", "اختيار", "نصب",
                                            "انتخبت", "عينت", "عينه", "كلفت",
                                            # "وأدى X اليمين مكانه" (sworn in in his place)
                                            "أدى", "وأدى")
_AR_SWORE = L._ar("أدى", "وأدى")
_AR_TOOK = L._ar("تولى", "وتولى", "تسلم", "وتسلم", "استلم", "واستلم")
_AR_OATH = L._ar("اليمين", "القسم")


def in_his_place_ar(sr: Any, t: int, after: int) -> tuple[str, str] | None:
    """(new, old) for "عيّن X مكانه / خلفاً له" and "عيّن مكانه X" (the cue at *t*, the
    pronoun's phrase ending before *after*): the appointee succeeded the person the sentence
    removed or lost before the appointment word ("أقال الرئيس Y وعيّن X مكانه")."""
    ap = next((x for x in range(t - 1, max(sr.lo, t - 12) - 1, -1)
               if sr.f(x) & _AR_CHOSE_FOR_PLACE and x not in sr.mention_at), None)  # (not
    if ap is None or (sr.f(ap) & _AR_SWORE and  # the name "فادي", read as "فأدى": s72)
                      not any(sr.f(y) & _AR_OATH for y in range(ap + 1, t))):
        return None  # "أدى X زيارة ...": no oath, no post taken
    if sr.f(ap) & _AR_TOOK and (subj := sr.mention_at.get(ap - 1)) is not None and \
            subj.etype == "Person" and subj.hi == ap and sr.key(after - 1) in ("له", "لها"):
        # "X تولى زعامة ما تبقى من أتباع Y خلفاً له" (SVO, session 49): X took Y's place,
        # "له" the last person named before the cue
        prev = next((m for m in reversed(sr.args) if m.etype == "Person" and ap < m.lo and
                     m.hi <= t and m.eid != subj.eid), None)
        if prev is not None and not sr.blocked(ap, subj):
            return subj.eid, prev.eid
    # the person nearest the cue after the verb (VSO: "عيّن المرشد K X خلفاً له" -> X, not K)
    new = next((m for m in reversed(sr.args) if m.etype == "Person" and ap < m.lo and
                m.hi <= t), None)
    if new is None:
        new = sr.after(after, types=("Person",), maxgap=1)
    if new is None or sr.blocked(ap, new):
        return None
    old = pronoun_predecessor_ar(sr, ap, new.eid)
    return (new.eid, old) if old else None


def other_gender_ar(rel: str, noun: str) -> bool:
    """The relative pronoun *rel* (الذي / التي) and the pronoun ending the verbal noun *noun*
    ("انتخابه" / "انتخابها") differ in gender: the noun's person is not the relative's head."""
    fem_noun = noun.endswith("ها")
    return (rel == "التي" and not fem_noun and noun.endswith("ه")) or (rel == "الذي" and fem_noun)


def taking_with_pronoun(sr: Any, t: int, new: Any) -> Any:  # Mention | None | False
    """Arabic: the person a "his taking (the post)" noun before the cue at *t* refers to
    ("التقى X Y ... بعد أيام من تسلّمه الوزارة خلفاً لـZ": X, the subject, not the object Y;
    "استقبل K Y، الذي يزور أربيل منذ تسلّمه مهامه خلفاً لـZ": Y, the head of the relative
    clause); None when no such noun stands between *new* (the nearest free person) and *t*,
    False when it does but its person is not recognised."""
    lo = max(sr.lo, t - 10, new.hi if new is not None else sr.lo)
    x = next((y for y in range(t - 1, lo - 1, -1) if sr.f(y) & (_AR_TAKING_HIS | _AR_NAMED_HIM)),
             None)
    if x is None:
        return None
    if not sr.f(x) & _AR_TAKING_HIS and not sr.f(x - 1) & AR_WHEN_CLAUSE:
        return None  # (a verb: only in a clause of time, "بعدما / حين أعلنته"; "الذي انتخبه
        # مجلس النواب" is a relative clause, read elsewhere)
    if x - 1 >= sr.lo and sr.f(x - 1) & _AR_DECREE:
        # "اجتمع K بـY، قبل أن يصدر مرسوماً بتكليفه خلفاً لـZ": the decree's issuer is the
        # subject; the one it appoints is the other person named (session 49)
        named = [m for m in sr.args if m.lo < x and m.etype == "Person" and m.kind == "name"]
        return named[-1] if len(named) >= 2 and named[-1].eid != named[0].eid else False
    for y in range(x - 1, max(sr.lo, x - 16) - 1, -1):
        if sr.f(y) & L.AR_REL_PRONOUNS and sr.key(y) in ("الذي", "التي"):
            if other_gender_ar(sr.key(y), sr.key(x)):
                break  # "قادماً من بغداد التي استهلّ منها جولته منذ انتخابه": not the city
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
    guest = _received_guest_ar(sr, free, x)
    if guest is not None:
        return guest
    return free[0] if free else None


_AR_OCCASION = L._ar("بمناسبة", "لمناسبة")  # "استقبل K Y، بمناسبة تسلّمه مهامه": Y's occasion
_AR_STANDALONE_PREPS = L._ar("في", "فى", "مع", "من", "الى", "إلى", "على", "عن")


def _received_guest_ar(sr: Any, free: list[Any], x: int) -> Any:
    """"استقبل K، اليوم، الممثل الخاص ... في العراق Y، في أول زيارة له / بمناسبة تسلّمه مهامه
    خلفاً لـZ": the guest Y (the name closed by a comma before the visit or occasion noun),
    whose long title may end in a place ("في العراق") and so hides him from *free*."""
    if not free or not any(sr.key(y) in L.AR_RECEIVE_VERBS for y in range(sr.lo, free[0].lo)):
        return None
    host = free[0]
    for m in reversed(sr.args):
        if m.etype != "Person" or m.kind != "name" or m.hi >= x or m.lo <= host.hi:
            continue
        if m.eid == host.eid or sr.toks[m.hi].text not in ("،", ",") or \
                (m.prefix and m.prefix.lstrip("وف")[:1] in _AR_PREPS_S) or \
                sr.key(m.lo - 1) in _AR_STANDALONE_PREPS:
            return None
        if any(sr.key(y) in L.AR_VISIT_NOUNS or sr.key(y) in _AR_OCCASION
               for y in range(m.hi + 1, min(x, m.hi + 4))):
            return m
        return None
    return None


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
