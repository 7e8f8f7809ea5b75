"""SUCCESSOR_OF, Arabic: a post handed over, and whose predecessor "سلفه" is.

Reads "تسلّم X رئاسة الأركان من Y" / "ورث X قيادة الفيلق عن Y" / "سلّم Y السلطة إلى X" (a post,
not a letter), "أعفى K المسؤول X، الذي عيّنه سلفه Y" (K succeeded Y, not X) and "X، شقيق القائد
الراحل Y، تولى القيادة بعد اغتيال Z" (X, not Y named inside the apposition).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.core_context import predecessor_pronoun_en
from loaders.extract.rule_common import EMPTY, title_start
from loaders.extract.succession_announced_handover_ar import announced_giver_ar
from loaders.extract.succession_body_head import body_head_after
from loaders.extract.succession_words import (
    _AR_HANDED,
    _AR_HANDOVER_ANY,
    _AR_INHERIT,
    _AR_PRED,
    _AR_TASALLAM,
    _AR_TRANSFER,
    _SO,
)

_AR_GIVE_ANY = _AR_HANDOVER_ANY | _AR_TRANSFER

_AR_POST = L._ar("رئاسه", "قياده", "منصب", "منصبه", "مهام", "مهامه", "حقيبه", "زمام", "اداره",
                 "امانه", "رئاسة", "قيادة", "حقيبة", "إدارة", "أمانة",
                 "منصبها", "مهامها")  # a woman's: "X تسلّمت مهامها من Y"
_AR_APPOINTED_HIM = L._ar("عينه", "عينها", "اختاره", "اختارها", "كلفه", "كلفها", "نصبه",
                          "رشحه", "رقاه", "سماه")
_AR_RELATIVE = frozenset({"الذي", "التي"})
_AR_POST_MORE = L._ar("سلطه", "السلطة", "حكم", "صلاحيات", "مقاليد", "رئاسة", "منصب",
                      # a body run by one head: "سلّم Y السفارة / البعثة إلى نائبه X"
                      "السفارة", "السفاره", "البعثة", "البعثه",
                      # "تسلّم وزير الطاقة X الوزارة من Y"
                      "الوزارة", "الوزاره")
_AR_FROM_HIM = L._ar("منه", "منها", "عنه", "عنها")
# a noun that takes the "من" itself: "وسط ترحيب من Y", "بحضور عدد من مساعدي Y" (no giver)
_AR_OWN_MIN = L._ar("ترحيب", "عدد", "بدعم", "دعم", "بطلب", "طلب", "بمشاركة", "مشاركة", "وفد",
                    "كل", "أي", "مجموعة", "بعض", "أكثر", "أقل", "بتوجيه", "توجيه")
_AR_IN_PLACE = L._ar("محل", "مكان")
# "سلّم Y السلطة لنجله X": ل on a kin or deputy noun with its pronoun, the name after it
_AR_TO_KIN = L._ar("لنجله", "لنجلها", "لابنه", "لابنها", "لشقيقه", "لشقيقها", "لأخيه",
                   "لاخيه", "لنائبه", "لنائبها", "لولده", "لصهره")


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


def _comma_clause_taker(sr: Any, t: int) -> Any:
    """"كُلّف X بتشكيل حكومة لتصريف الأعمال، وتسلّم مهامه من Y" / "أدى X اليمين أمام الرئيس W،
    ثم تسلّم السلطة من Y": a و/ف (or "ثم") handover verb right after a comma with no subject of
    its own takes the subject of the clause before the comma (X, not W; session 60), else
    None."""
    c = t - 1
    if sr.key(c) == "ثم":  # "، ثم تسلّم السلطة من Y"
        c -= 1
    elif sr.key(t)[:1] not in ("و", "ف"):
        return None
    if c <= sr.lo or sr.toks[c].text not in ("،", ","):
        return None
    from loaders.extract.meeting_possessor_clause_ar import clause_subject_back_ar

    return clause_subject_back_ar(sr, c)  # ("كُلّف X، رئيس ...، بتشكيل ...، وتسلّم": X)


def _post_window_end(sr: Any, t: int) -> int:
    """Where the post after the handover verb at *t* may be found: five words on, or three
    past a titled subject right after it ("تسلّم الجنرال الإيطالي X الاثنين قيادة ...")."""
    subj = sr.after(t + 1, types=("Person",), maxgap=3)
    return max(t + 6, subj.hi + 3) if subj is not None else t + 6


# "نقل Y صلاحياته إلى X" (session 60): "نقل" gives only powers, authority or duties ("نقل
# رسالة"، "نقل السفارة إلى القدس"، "نُقل إلى المستشفى" are no handover)
_AR_POWERS = L._ar("صلاحيات", "صلاحياته", "صلاحياتها", "سلطاته", "سلطاتها", "السلطة", "السلطه",
                   "مهامه", "مهامها", "مهام")


# a handover refused, demanded or only planned: "رفض Y نقل صلاحياته إلى ..." / "يعتزم Y تسليم
# السلطة" (the masdar's governing verb, the giver between; session 60)
_AR_NOT_DONE = L._ar("رفض", "يرفض", "رفضت", "ترفض", "يعتزم", "تعتزم", "ينوي", "تنوي", "يرغب",
                     "طالب", "يطالب", "طالبت", "تطالب", "دعا", "يدعو", "دعت", "تدعو", "اقترح",
                     "يقترح", "مطالبة", "مطالبات", "رفضه", "استعداده", "يريد", "أراد",
                     # "أعلن X عزمه / نيته تسليم السلطة" (session 67)
                     "عزمه", "عزمها", "نيته", "نيتها", "استعدادها")


def _not_done_before(sr: Any, t: int) -> bool:
    """A refusal, demand or plan word governs the handover word at *t*: within eight words
    before it, no punctuation between."""
    for y in range(t - 1, max(sr.lo, t - 9) - 1, -1):
        if sr.toks[y].punct:
            return False
        if sr.f(y) & _AR_NOT_DONE:
            return True
    return False


def tasallam_min_ar(sr: Any) -> None:
    """"تسلّم X رئاسة الأركان من Y" / "ورث X قيادة الفيلق عن Y": a post handed over from Y to
    X; "سلّم Y السلطة إلى X": the same, told from the giver (a letter or a message, "تسلّم
    رسالة من Y", is no succession); "نقل Y صلاحياته إلى مجلس ... برئاسة X": X, the body's
    head (``succession_body_head``, session 60)."""
    for t in sr.triggers(_AR_GIVE_ANY, EMPTY):
        fs = sr.f(t)
        transfer = bool(fs & _AR_TRANSFER) and not fs & _AR_HANDOVER_ANY
        giver = bool(fs & _AR_HANDED or transfer) and not fs & _AR_TASALLAM
        preps = ("الي", "إلى", "ل") if giver else ("عن",) if fs & _AR_INHERIT else ("من",)
        post = next((x for x in range(t + 1, min(sr.hi, _post_window_end(sr, t)))
                     if sr.f(x) & _AR_POST or sr.f(x) & _AR_POST_MORE or
                     transfer and sr.f(x) & _AR_POWERS), None)
        if post is None or transfer and not sr.f(post) & _AR_POWERS:
            continue
        frm = next((x for x in range(post + 1, min(sr.hi, post + 12))
                    if sr.key(x) in preps or sr.toks[x].text in ("،", ",", ".") or
                    (not giver and sr.f(x) & _AR_FROM_HIM) or
                    (giver and sr.toks[x].key.startswith("ل") and sr.mention_at.get(x)) or
                    (giver and sr.f(x) & _AR_TO_KIN)),  # "لنجله X" (session 52)
                   None)
        if frm is None or sr.toks[frm].punct or sr.f(frm - 1) & _AR_OWN_MIN:
            continue
        other = sr.mention_at.get(frm) if sr.mention_at.get(frm) is not None and \
            sr.mention_at[frm].etype == "Person" else sr.after(frm + 1, types=("Person",),
                                                              maxgap=2)
        if other is None and giver and sr.key(frm) in ("الي", "إلى"):
            other = body_head_after(sr, frm + 1)  # "إلى مجلس ... برئاسة X"
        subj = sr.after(t + 1, types=("Person",), maxgap=3)
        if subj is None or subj.lo > post:
            subj = _comma_clause_taker(sr, t) or \
                _coordinated_taker(sr, sr.before(t, types=("Person",), maxgap=4)) or \
                (announced_giver_ar(sr, t) if giver else None)  # «أعلن X، ...، تسليم الحكم»
        if subj is None:
            continue
        if other is None and not giver and sr.f(frm) & _AR_FROM_HIM:
            other_id = predecessor_pronoun_en(sr, t, subj)  # "تسلّم X القيادة منه"
        else:
            other_id = other.eid if other is not None else None
        if not other_id or subj.eid == other_id or sr.blocked(t, subj):
            continue
        if giver and _not_done_before(sr, t):
            continue
        if giver:
            sr.add(_SO, other_id, subj.eid, "handed_over_ar")
        else:
            sr.add(_SO, subj.eid, other_id, "tasallam_min_ar")


def predecessor_of_subject_ar(sr: Any) -> None:
    """"أعفى K المسؤول X، الذي عيّنه سلفه Y": "سلفه" is K's predecessor (X was appointed by
    Y): SUCCESSOR_OF K -> Y, and not X -> Y."""
    for t in sr.triggers(_AR_PRED, EMPTY):
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
    the apposition, not Y named inside it. Not after "، و": "وحضر اللقاء X، ومدير المكتب Y،
    الذي خلف Z" lists Y beside X (session 56)."""
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
        if sr.key(c + 1).startswith("و") and sr.key(c + 1) not in _AR_APPOS_HEADS:
            continue  # "X، ومدير المكتب Y، الذي خلف Z": a list's next member, no apposition
        head = sr.before(c, types=("Person",), maxgap=0)
        if head is None or head.eid in (r.source, r.target) or sr.mention_at.get(c - 1) is not head:
            continue
        sr.out[i] = r._replace(source=head.eid)
