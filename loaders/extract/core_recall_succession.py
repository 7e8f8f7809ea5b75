"""SUCCESSOR_OF recall helpers: whose successor, instead of, became after a loss.

Reads "X, whose successor Y", "X was appointed ... in place of / instead of Y" / "تعيين X ...
بدلاً منه / من Y" (``instead_of``), the predecessor a pronoun or the gazetteer names, "وأصبح X
قائداً بعد مقتل Z" / "انتُخب X أميناً عاماً بعد اغتيال Y" (``became_after_ar``) and "خلفاً لـY،
عيّن K X قائداً" (``appointee_after``).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.core_recall_objects import _kana_subject_ar
from loaders.extract.kill_beside_en import past_apposition
from loaders.extract.rule_common import title_start
from loaders.extract.succession_accepted_resignation_ar import past_acceptance_ar
from loaders.extract.succession_appointee_aside_ar import appointee_past_day_ar
from loaders.extract.succession_checks import appointment_in_side_clause
from loaders.extract.succession_coordinated_en import coordinated_appointee_en
from loaders.extract.succession_dismisser_ar import AR_REMOVAL_WORDS, KEEP, removed_after_ar
from loaders.extract.succession_entrusted_en import (
    appointer_past_apposition,
    charged_with,
    heads_body,
    took_office,
)
from loaders.extract.succession_gapped_ar import gapped_appointee_ar
from loaders.extract.succession_him_ar import AR_WHEN_CLAUSE
from loaders.extract.succession_own_loss_ar import AR_OWN_LOSS, own_loss_holder_ar
from loaders.extract.succession_own_post import own_post_appointer_ar
from loaders.extract.succession_prev_left_ar import left_last_sentence_ar
from loaders.extract.succession_reduced_relative_en import reduced_relative_appointee
from loaders.extract.succession_rel_chain_ar import relative_clause_head_ar
from loaders.extract.succession_removed_titled_ar import removed_past_title_ar
from loaders.extract.succession_same_act import first_leaver_ar
from loaders.extract.succession_suspended_ar import AR_SUSPENDED, suspended_person_ar
from loaders.extract.succession_with_named_en import named_him_head_en
from loaders.extract.victim_first_named import first_named_victim

# ---- SUCCESSOR_OF -------------------------------------------------------------------------
_AR_INSTEAD = L._ar("بدلا", "بدلاً", "عوضا", "عوضاً")
# the bare construct "مكان / محل Y" (no preposition on it) read as "بدلاً من Y" after an
# appointment: "عُيّن X رئيساً لأركان الجيش مكان Y" (session 57)
AR_PLACE_OF = L._ar("مكان", "محل")
_AR_DISMISS = L._ar("إعفاء", "اعفاء", "بإعفاء", "باعفاء", "إقالة", "اقالة", "بإقالة",
                    "عزل", "بعزل", "تنحية", "بتنحية", "استقالة", "إنهاء", "بإنهاء")
# (choosing verbs, session 24: "اختار K X رئيسةً للوزراء بدلاً من Y")
_AR_CHOSE = L._ar("اختار", "اختارت", "اختير", "اختيرت")
_AR_APPOINTEE = L._ar("تعيين", "بتعيين", "وتعيين", "تسمية", "بتسمية", "وتسمية", "تكليف",
                      "بتكليف", "عين", "عينت", "كلف", "كلفت", "سمي", "تولى", "يتولى", "تسلم",
                      "انتخاب", "انتخب", "وانتخاب",
                      # the noun with its pronoun ("حين أعيد تعيينه بدلاً من Y"; session 49)
                      "تعيينه", "تعيينها", "تكليفه", "تكليفها", "تسميته", "تسميتها",
                      "انتخابه", "انتخابها",
                      # the present after "قبل أن / بعد أن" ("قبل أن يعيّن K X بدلاً منه")
                      "يعين", "تعين", "يكلف", "تكلف") | _AR_CHOSE
# active appointment verbs (VSO): "عيّن السيسي حسن رشاد بدلاً من ..." names the appointer first
_AR_APPOINT_VERBS = L._ar("عين", "عينت", "كلف", "كلفت", "انتخب", "سمى", "سمت", "اختار", "اختارت",
                          "يعين", "تعين", "يكلف", "تكلف")
# "حلّ X بدلاً من Y" (X came in instead of Y)
# (named apart from the wider _AR_BECAME of became_after_ar, which this module defined again
# further down: instead_of read that later set at run time, and still does)
_AR_BECAME_INSTEAD = L._ar("أصبح", "وأصبح", "ليصبح")  # "أصبح X رئيساً للحكومة بدلاً من Y"
_AR_POST_ACC = L._ar("رئيسا", "رئيساً", "وزيرا", "وزيراً", "قائدا", "قائداً", "أمينا", "أميناً",
                     "مديرا", "مديراً", "محافظا", "محافظاً", "سفيرا", "سفيراً", "مبعوثا",
                     "مبعوثاً", "نائبا", "نائباً", "زعيما", "زعيماً",
                     # a woman's post ("اختار K X رئيسةً للوزراء")
                     "رئيسة", "رئيسةً", "وزيرة", "وزيرةً", "مديرة", "مديرةً", "سفيرة", "سفيرةً")
_AR_APPOINTEE_OR_STEP_IN = _AR_APPOINTEE | _AR_BECAME_INSTEAD | L._ar("حل", "وحل", "يحل",
                                                                      "ليحل", "حلت", "وحلت")
_EN_INSTEAD = (("in", "place", "of"), ("instead", "of"), ("in", "lieu", "of"),
               ("in", "succession", "to"))
_EN_APPOINTED = frozenset({"appointed", "named", "chosen", "tapped", "selected", "installed",
                           "elected", "nominated", "designated", "promoted", "reappointed",
                           # session 50: "the council chose X to lead ... in place of Y";
                           # "X was elevated to the top post"
                           "chose", "picked", "elevated"})
# the new holder, the subject, took the post himself
# (and the present of timelines and live blogs: "1110 GMT - X takes office in place of Y")
_EN_TOOK_POST = frozenset({"sworn", "became", "becomes", "assumed", "assumes", "took", "takes"})
_EN_POST_WORDS = frozenset({"minister", "premier", "president", "chief", "head", "leader",
                            "commander", "envoy", "ambassador", "speaker", "governor", "oath",
                            "office", "post", "over", "command", "helm", "chairman", "secretary",
                            "director", "mayor", "spokesman", "adviser", "deputy"})


def _took_post(sr: Any, x: int, t: int) -> bool:
    """Is *x* a verb by which the subject took a post named before the marker at *t* ("was
    sworn in as acting premier", "became prime minister", "took the oath as president",
    "assumed the presidency"; not "took part in the talks in place of Y")?"""
    return sr.key(x) in _EN_TOOK_POST and any(
        sr.key(y) in _EN_POST_WORDS or sr.key(y).startswith("presiden")
        for y in range(x + 1, t))


def whose_successor(sr: Any, t: int) -> tuple[str, str] | None:
    """"X, whose successor(,) Y(,) ..." -> (Y, X); "X, whose predecessor Y" -> (X, Y).
    *t* is the 'whose' token."""
    k1 = sr.key(t + 1)
    if k1 not in L.EN_SUCCESSOR and k1 not in L.EN_PREDECESSOR:
        return None
    head = sr.before(t, types=("Person",), maxgap=2)
    named = sr.after(t + 2, types=("Person",), maxgap=2)
    if head is None or named is None or head is named:
        return None
    if any(not sr.toks[x].punct and not sr.toks[x].cap and sr.key(x) not in L.EN_TITLE_FIRST
           and sr.key(x) not in L.EN_QUALIFIERS and sr.key(x) not in L.NATIONALITY
           for x in range(t + 2, title_start(named))):
        return None  # "whose successor was named by X": X is no successor
    return (named.eid, head.eid) if k1 in L.EN_SUCCESSOR else (head.eid, named.eid)


# removal or death before "بدلاً منه / مكانه / خلفاً له": the -ه's person follows it
_AR_GONE_BEFORE = _AR_DISMISS | L._ar(
    "أقال", "وأقال", "اقال", "أقالت", "أعفى", "وأعفى", "اعفى", "أعفت", "عزل", "وعزل", "عزلت",
    "أطاح", "وأطاح", "مقتل", "اغتيال", "وفاة", "رحيل", "استشهاد", "مصرع", "قتل", "اغتيل",
    "استقال", "توفي", "إقالته", "اعفاء", "تقاعد",
    # "كما استشهد في الهجمات ... Y، وعُيّن X خلفاً له" (session 53)
    "استشهد", "واستشهد", "استشهدت", "واستشهدت",
    # a woman resigned, died or was removed: "استقالت Y، وعيّن البرلمان X خلفاً لها"; the و
    # forms and the noun: "وبعد استقالة Y، عيّن K X خلفاً له"
    "استقالت", "توفيت", "أقيلت", "اقيلت", "قتلت", "اغتيلت", "أعفيت", "اعفيت", "تقاعدت", "إقالتها",
    "واستقال", "واستقالت", "استقالة", "استقالته", "استقالتها",
    # the passive of a man's removal (session 50: "وأقيل X من منصبه، وعُيّن Y خلفاً له")
    "أقيل", "وأقيل", "اقيل", "أعفي", "وأعفي", "اعفي", "عزل")


_AR_MOURNED = L.AR_MOURNED


def _mourned_ar(sr: Any, x: int) -> Any:
    """The person the mourning verb at *x* mourns, past the body that mourns him ("نعت جماعة
    الحوثي رئيس هيئة الأركان Y")."""
    y = x + 1
    body = sr.mention_at.get(y)
    if body is not None and body.lo == y and body.etype in ("Organization", "Country"):
        y = body.hi
    m = sr.after(y, types=("Person",), maxgap=2)
    return m if m is not None and not any(sr.toks[z].punct for z in range(y, m.lo)) else None


def moved_appointee_ar(sr: Any, ap: int, new: str) -> str | None:
    """The one this sentence already appointed to another post, named before the second
    appointment word at *ap*: "عيّن A وزيراً للدفاع خلفاً لـB، فيما عُيّن C رئيساً للأركان
    خلفاً له": "له" is A, who leaves the post C takes (B's post went to A)."""
    best, at = None, -1
    for r in sr.out:
        if r.type == "SUCCESSOR_OF" and r.sent == sr.si and new not in (r.source, r.target):
            lo = max((m.lo for m in sr.args if m.eid == r.source and m.hi <= ap), default=-1)
            if lo > at:  # (the appointee named last before *ap*: "عيّن A خلفاً لـB، وC بدلاً
                best, at = r.source, lo  # من D، فيما عُيّن E خلفاً له": C)
    return best


def pronoun_predecessor_ar(sr: Any, ap: int, new: str) -> str | None:
    """Whom the pronoun of "بدلاً منه / مكانه / خلفاً له" after the appointment word at *ap*
    stands for: the person the sentence removed or lost before it ("أقال الرئيس Y وعيّن X
    مكانه", "قُتل Y ...، وعيّن المجلس X خلفاً له"), else the victim of the last sentences."""
    if sr.key(ap - 1) in ("ان", "أن") and sr.key(ap - 2) in ("قبل", "وقبل"):
        # "وكان Y قد تولى الزعامة ...، قبل أن يعيّن K X بدلاً منه" (session 49): the main
        # clause's subject held the post first
        main = next((m for m in sr.args if m.hi <= ap - 2 and m.etype == "Person" and
                     not m.in_title and not m.poss), None)
        if main is not None and main.eid != new:
            return main.eid
    for x in range(ap - 1, sr.lo - 1, -1):
        if sr.f(x) & _AR_MOURNED:  # "نعت جماعة الحوثي رئيس أركانها Y، وأعلنت تعيين X خلفاً
            mourned = _mourned_ar(sr, x)  # له" (session 53): the one mourned
            if mourned is not None and mourned.eid != new and mourned.hi <= ap:
                return mourned.eid
            continue
        if sr.f(x) & AR_OWN_LOSS and sr.after(x + 1, types=("Person",), maxgap=2) is None:
            own = own_loss_holder_ar(sr, x, new)  # "أعلن Y استقالته ...، وعُيّن X خلفاً له"
            if own is not None:
                return own
        if sr.f(x) & _AR_GONE_BEFORE or sr.key(x) in AR_SUSPENDED or \
                sr.f(x) & AR_REMOVAL_WORDS:
            removed = removed_after_ar(sr, x, new)  # "أقاله K وعيّن X خلفاً له": not K
            if removed != KEEP:
                return removed if removed != new else None
            m = sr.after(x + 1, types=("Person",), maxgap=2) or \
                suspended_person_ar(sr, x) or \
                removed_past_title_ar(sr, x, ap)  # "استقالت المدعية العامة لـ... Y"
            if m is not None and m.eid != new and m.hi <= ap:
                return m.eid
    same_act = first_leaver_ar(sr, ap, new) or \
        own_post_appointer_ar(sr, ap, new)  # "انتُخب W رئيساً، فعيّن بدوره X خلفاً له"
    if same_act is not None:
        return same_act
    moved = moved_appointee_ar(sr, ap, new)  # "عيّن A وزيراً خلفاً لـB، وعُيّن C رئيساً
    if moved is not None:  # للأركان خلفاً له": A, who left the post C takes (s72)
        return moved
    victims = [(s_, e) for s_, e in sr.doc.state.get("victims", ())
               if sr.si - 2 <= s_ <= sr.si and e != new]
    return first_named_victim(sr, victims) if victims else left_last_sentence_ar(sr, new)


def _appointee_after_appointer(sr: Any, first: Any, t: int) -> Any:
    """After an active appointment verb, the person right after its subject *first* (both
    before the marker at *t*) is the one appointed: "عيّن السيسي حسن رشاد بدلاً من ..." ->
    Rashad; with a single person ("عُيّن حسن رشاد بدلاً من ...") *first* is."""
    obj = sr.after(first.hi, types=("Person",), maxgap=1)
    return obj if obj is not None and obj.hi <= t and obj.eid != first.eid else first


def instead_of(sr: Any, t: int) -> tuple[str, str] | None:
    """"تعيين X ... بدلاً منه/من Y", "X was appointed ... in place of / in succession to Y",
    "X was named in Y's place": (new, old). *t* is the first token of the marker (بدلاً /
    in / instead)."""
    tk = sr.toks[t]
    if tk.ar:
        place = sr.key(t) in AR_PLACE_OF  # (not "في مكان", "بمكان")
        if not (place or sr.f(t) & _AR_INSTEAD):
            return None
        nk = sr.key(t + 1)
        # the appointee: the person named after an appointment word before the marker
        ap = next((x for x in range(t - 1, max(sr.lo, t - 25) - 1, -1)
                   if sr.f(x) & _AR_APPOINTEE_OR_STEP_IN), None)
        if ap is None or (sr.f(ap) & (_AR_BECAME | _AR_CHOSE) and not any(
                sr.f(y) & _AR_POST_ACC for y in range(ap + 1, t))):
            return None  # "أصبح X أكثر نفوذاً / اختار X السفر بدلاً من Y": no post
        if place and not sr.f(ap) & _AR_APPOINTEE:
            return None  # ("حلّ X محلّ Y" is read by its own rules, its negation too)
        new = sr.after(ap + 1, types=("Person",), maxgap=3)
        if new is None or new.kind == "desc":  # "عيّنت الحكومة نائب الوزير، X، وزيراً"
            new = _apposed_appointee(sr, ap, t) or new
        if new is None or new.hi > t:
            new = _kana_subject_ar(sr, ap) or new  # "وكان X، ...، قد تولى الحقيبة بدلاً من Y"
        if (new is None or new.hi > t) and nk not in ("منه", "منها", "عنه", "عنها"):
            # "X، الذي عُيّن بدلاً من Y": the relative clause's head, as for "خلفاً لـY"
            new = relative_clause_head_ar(sr, t) or new
        if (new is None or new.hi > t) and nk not in ("منه", "منها", "عنه", "عنها"):
            # "يشغل X المنصب منذ 2023، حين أعيد تعيينه بدلاً من Y": the main clause's subject
            new = _when_clause_subject_ar(sr, ap) or new
        if (new is None or new.hi > t) and nk in ("منه", "منها", "عنه", "عنها"):
            new = sr.after(t + 2, types=("Person",), maxgap=1)  # "وعيّن بدلاً منه X"
        elif new is None or new.hi > t:
            return None
        if new is None:
            return None
        if sr.f(ap) & _AR_APPOINT_VERBS:
            new = _appointee_after_appointer(sr, new, t)
        # "انتخب K A نائباً أول بدلاً من B، وC نائباً ثانياً بدلاً من D": C
        new = gapped_appointee_ar(sr, new, t) or new
        if nk in ("منه", "منها", "عنه", "عنها"):
            # the pronoun: whoever the sentence dismissed ("بإعفاء Y ... وتعيين X بدلاً منه")
            old_id = pronoun_predecessor_ar(sr, ap, new.eid)
            return (new.eid, old_id) if old_id else None
        elif nk in ("من", "عن"):  # "بدلاً من Y", "عوضاً عن Y" (Maghreb and Gulf press)
            old = sr.after(t + 2, types=("Person",), maxgap=2)
        else:
            old = sr.after(t + 1, types=("Person",), maxgap=0)
            if old is None or not place and not old.prefix.lstrip("و").startswith("من") or \
                    place and (old.prefix or title_start(old) != t + 1):
                return None  # ("مكان Y" / "مكان الفريق Y": the name or its title next)
        if old is None or old.eid == new.eid or place and sr.blocked(ap, new):
            return None
        return (new.eid, old.eid)
    n = next((len(p) for p in _EN_INSTEAD
              if tuple(sr.key(t + i) for i in range(len(p))) == p), 0)
    owner = sr.mention_at.get(t + 1) if not n and sr.key(t) == "in" else None
    if owner is not None and owner.etype == "Person" and owner.poss and \
            sr.key(owner.hi) in ("place", "stead"):
        old = owner  # "X was appointed in Y's place"
    elif not n:
        return None
    else:
        old = sr.after(t + n, types=("Person",), maxgap=3)
        if old is None or old.poss:
            return None  # "instead of Soleimani's deputy": someone else
    # "named A as P in place of B, and C as Q in place of D": C (the verb is A's)
    coord = coordinated_appointee_en(sr, t)
    vt = coord[1] if coord is not None else t
    verb = next((x for x in range(vt - 1, max(sr.lo, vt - 20) - 1, -1)
                 if sr.key(x) in _EN_APPOINTED or _took_post(sr, x, vt) or
                 _confirmed_as(sr, x) or charged_with(sr, x) or took_office(sr, x, vt) or
                 heads_body(sr, x, vt)), None)
    if verb is None:  # "named X, <a long apposition>, as P in place of Y"
        verb = appointer_past_apposition(sr, vt, _EN_APPOINTED)
    if verb is None or sr.key(verb) in ("chose", "picked") and sr.key(verb + 1) == "to":
        return None  # ("chose to meet X instead of Y": a choice of acts, no post; but
        # "was appointed to head Z in place of Y")
    if coord is not None:
        return (coord[0].eid, old.eid) if coord[0].eid != old.eid else None
    took = sr.key(verb) in _EN_TOOK_POST or took_office(sr, verb, t) or heads_body(sr, verb, t)
    if sr.key(verb - 1) in ("was", "were", "been", "is", "be", "being") or \
            sr.key(verb - 1) == "who" or took:
        # (and "X became / took the oath as / was sworn in as PM in place of Y": X)
        active = took and sr.key(verb - 1) not in ("was", "were")
        new = sr.subject_before(verb if active else verb - 1, maxgap=20)
    else:
        # "X, (the banker) appointed (to head Z) in place of Y": X, the apposition's head
        new = reduced_relative_appointee(sr, verb) if sr.key(verb) in _EN_APPOINTED else None
        if new is None:
            new = sr.after(verb + 1, types=("Person",), maxgap=3)
        if new is None or new.kind == "desc":  # "named the deputy minister, X, acting ..."
            new = _apposed_appointee(sr, verb, t) or new
        if new is None and sr.key(verb + 1) in ("him", "her"):  # "X ..., when K named him
            k = sr.mention_at.get(verb - 1)  # secretary in place of Y": X (session 61)
            if k is not None and k.etype == "Person" and k.hi == verb:
                new = named_him_head_en(sr, t, k)
                new = None if new is k else new
    if new is None or new.etype != "Person" or new.eid == old.eid:
        return None
    return (new.eid, old.eid)


# a vote that makes the one named an office holder with "as" (session 66: "approving X, a
# member of the Dawa party, as prime minister-designate in place of Y", "endorsed X as")
_EN_VOTED_AS = frozenset({"confirmed", "confirming", "approved", "approving", "endorsed",
                          "endorsing", "ratified"})


def _confirmed_as(sr: Any, x: int) -> bool:
    """"confirmed / approved / endorsed X (, <apposition>,) as <post>" / "X was confirmed as
    <post>" at *x* (session 24; approval, session 66): a confirming vote is an appointment
    only with "as" ("confirmed that X would attend ... in place of Y", "approved the budget
    in place of ...": no post)."""
    if sr.key(x) not in _EN_VOTED_AS or sr.key(x - 1) in ("not", "never", "nt"):
        return False  # ("has not approved X as ...": no vote)
    if sr.key(x + 1) == "as":
        return sr.key(x - 1) in ("was", "were", "been", "is")
    m = sr.after(x + 1, types=("Person",), maxgap=0)
    return m is not None and (sr.key(m.hi) == "as" or sr.key(past_apposition(sr, m)) == "as")


_APPOSED_SPAN = 14  # tokens from the appointment verb to the appointee's title


def _apposed_appointee(sr: Any, v: int, t: int) -> Any:
    """"named the chief negotiator, deputy minister X, acting minister in place of Y" /
    "عيّنت الحكومة نائب وزير الخارجية، X، وزيراً بالوكالة بدلاً من Y": the person set off by
    commas between the appointment verb at *v* and the marker at *t*, else None."""
    for m in sr.args:
        if m.etype != "Person" or m.lo <= v or m.hi >= t:
            continue
        s0 = title_start(m)
        if s0 - v > _APPOSED_SPAN:
            return None
        if sr.toks[s0 - 1].text in ("،", ",") and sr.toks[m.hi].text in ("،", ","):
            return m
    return None


def predecessor_from_gazetteer(sr: Any, holder: str) -> str | None:
    """Whom *holder* succeeded, per the gazetteer's ``successor_of`` hint ("X ... than his
    predecessor"), only when the article names that predecessor somewhere (an article that
    never names him states no relation with anyone)."""
    e = sr.doc.gaz.get(holder)
    if e is None or not e.successor_of or e.successor_of not in sr.doc.mentioned_ids():
        return None
    return e.successor_of


_AR_BECAME = L._ar("أصبح", "اصبح", "وأصبح", "بات", "وبات", "صار", "وصار", "أضحى")
# chosen for a post: "انتُخب X أميناً عاماً" / "انتخب المجلس X أميناً عاماً" / "اختير X رئيساً"
_AR_ELECTED = L._ar("انتخب", "وانتخب", "انتخبت", "وانتخبت", "اختير", "واختير", "اختار",
                    "واختار", "اختارت", "واختارت", "نصب", "ونصب", "سمي", "وسمي", "كلف", "وكلف",
                    "كلفت", "وكلفت", "عين", "وعين", "عينت", "وعينت",
                    # the verbal noun of an announcement (session 57): "أعلن الحزب انتخاب X
                    # أميناً عاماً بعد اغتيال Z", "أعلنت الحركة اختيار X رئيساً ..."
                    "انتخاب", "وانتخاب", "بانتخاب", "اختيار", "واختيار", "باختيار", "تعيين",
                    "وتعيين", "بتعيين", "تسمية", "وتسمية", "بتسمية")
_AR_ACC_TITLES = L._ar("قائدا", "قائداً", "رئيسا", "رئيساً", "زعيما", "زعيماً", "أمينا",
                       "أميناً", "مديرا", "مديراً", "آمرا")
# a definite leader noun after a verb of becoming ("بات X الزعيم الفعلي ل...")
_AR_AFTER = L._ar("بعد", "عقب", "إثر", "اثر", "غداة")
_AR_ANNOUNCEMENT = L._ar("إعلان", "اعلان")
# the vacancy of the post before the loss: "بعد شغور المنصب بوفاة Y" (session 66)
_AR_VACANCY = L._ar("شغور")
_AR_THE_POST = L._ar("المنصب", "منصبه", "المقعد", "الموقع", "منصب")


def _past_announcement_ar(sr: Any, y: int) -> int:
    """Past "إعلان (الحكومة)" at *y* ("غداة إعلان الحكومة استشهاد Y": the loss after it;
    session 53), or past the vacancy of the post "شغور (المنصب)" ("بعد شغور المنصب بوفاة Y":
    the loss with ب after it; session 66), else *y*."""
    if sr.f(y) & _AR_VACANCY:  # "شغور (المنصب / منصب الرئاسة) بـ<loss>"
        z = y + 1
        if sr.f(z) & _AR_THE_POST:
            z += 2 if sr.key(z + 1).startswith("ال") and not sr.key(z).startswith("ال") else 1
        return z if z < sr.hi and sr.key(z).startswith("ب") else y
    if not sr.f(y) & _AR_ANNOUNCEMENT:
        return past_acceptance_ar(sr, y)  # "بعد قبول (K) استقالة Y" (session 67)
    m = sr.mention_at.get(y + 1)
    if m is not None and m.lo == y + 1 and m.etype in ("Organization", "Country"):
        return m.hi
    return y + 2 if sr.key(y + 1).startswith("ال") and not sr.f(y + 1) & _AR_LOSS else y + 1


_AR_LOSS = L._ar("مقتل", "اغتيال", "وفاة", "رحيل", "استقالة", "إقالة", "اقالة", "تصفية",
                 "استشهاد", "مصرع", "تقاعد",
                 # a ruler gone (session 57): "بعد فرار / تنحي / هروب Y"
                 "فرار", "تنحي", "هروب", "تنحية")


# "وصل X إلى السلطة" (came to power) and its causative "أوصل K X إلى السلطة" (brought X to
# power) before "بعد فرار / تنحي Y" (session 57; "أوصل الإطار X إلى السلطة" alone is none)
_AR_TO_POWER = L._ar("وصل", "ووصل", "أوصل", "وأوصل", "أوصلت", "وأوصلت")
_AR_POWER = L._ar("السلطة", "الحكم", "الرئاسة", "سدة")
# "أدى X اليمين (الدستورية) أميراً للكويت بعد وفاة Z": sworn in as (Gulf protocol, s58)
_AR_SWORE = L._ar("أدى", "وأدى", "ادى", "وادى")
_AR_OATH, _AR_OATH_ADJ = L._ar("اليمين", "القسم"), L._ar("الدستورية", "القانونية")
_AR_SWORN_AS = _AR_ACC_TITLES | L._ar("أميراً", "أميرا", "ملكاً", "ملكا", "سلطاناً", "سلطانا",
                                      "وليا", "ولياً", "مرشداً", "مرشدا")
AR_BECAME_OR_ELECTED = _AR_BECAME | _AR_ELECTED | _AR_TO_POWER | _AR_SWORE


def _to_power_ar(sr: Any, t: int) -> tuple[Any, int] | None:
    """(X, the index after "إلى السلطة") for "وصل X إلى السلطة" / "أوصل K X إلى السلطة" at
    *t* (X the person right before "إلى", at most three words after the verb), else None."""
    for y in range(t + 1, min(sr.hi - 1, t + 9)):
        if sr.toks[y].punct:
            return None
        if sr.key(y) in L.AR_TO and sr.f(y + 1) & _AR_POWER:
            new = sr.before(y, types=("Person",), maxgap=0)
            if new is None or new.hi != y or title_start(new) > t + 4:
                return None
            return new, y + 1
    return None


# a definite leader's title after "أصبح / بات X" (the predicate, definite)
_AR_DEF_LEADER = L._ar("القائد", "الزعيم", "الرئيس", "الأمين", "قائد", "زعيم", "رئيس")
_AR_FIRST_MAN, _AR_FIRST = L._ar("الرجل"), L._ar("الأول")  # "الرجل الأول" (the number one)
# "to lead" after the one chosen, in place of a title in the accusative
_AR_TO_LEAD = L._ar("لقيادة", "لرئاسة", "لتولي", "لزعامة", "لإدارة",
                    # "كلّف K X برئاسة الحكومة / بتسيير أعمالها بعد استشهاد Y" (session 53)
                    "برئاسة", "بقيادة", "بتسيير", "بتصريف", "بإدارة", "بتولي", "بمهام")


def _sworn_in_ar(sr: Any, t: int) -> tuple[Any, int] | None:
    """(X, the index of the title) for "أدى X اليمين (الدستورية) أميراً ..." at *t*: X right
    after the verb, the oath, then a title in the accusative; else None."""
    new = sr.after(t + 1, types=("Person",), maxgap=1)
    y = new.hi if new is not None else t + 1
    if new is None or sr.key(y) not in _AR_OATH:
        new = _was_subject_ar(sr, t)  # "وكان X قد أدى اليمين ..." (session 66)
        y = t + 1
    if new is None or sr.key(y) not in _AR_OATH:
        return None
    y += 1 + (sr.key(y + 1) in _AR_OATH_ADJ)
    return (new, y) if y < sr.hi and sr.f(y) & _AR_SWORN_AS else None


def _was_subject_ar(sr: Any, t: int) -> Any:
    """X of "وكان X قد <verb>" for the verb at *t*: the person named right after كان, twelve
    words back at most, no clause end between; else None."""
    if sr.key(t - 1) != "قد":
        return None
    for x in range(t - 2, max(sr.lo, t - 14) - 1, -1):
        if sr.toks[x].text in (".", "؛", ";", ":"):
            return None
        if sr.f(x) & L.AR_KANA:
            m = sr.after(x + 1, types=("Person",), maxgap=6)
            return m if m is not None and m.hi < t else None
    return None


def became_after_ar(sr: Any) -> list[tuple[str, str]]:
    """(new, old): "وأصبح X قائداً لـY بعد مقتل Z" (a title in the accusative after the new
    holder, then the predecessor's death or departure); the same after a verb of choosing:
    "انتُخب X أميناً عاماً بعد اغتيال Z", "انتخب مجلس الشورى X أميناً عاماً بعد ...",
    "X، الذي اختير رئيساً بعد وفاة Z", "واختير X لقيادة الكتائب بعد استشهاد Z"."""
    out: list[tuple[str, str]] = []
    for t in sr.triggers(AR_BECAME_OR_ELECTED, frozenset()):
        if sr.f(t) & _AR_TO_POWER:
            power = _to_power_ar(sr, t)
            if power is not None:
                _loss_after_ar(sr, t, power[0], power[1], out)
            continue
        if sr.f(t) & _AR_SWORE:
            sworn = _sworn_in_ar(sr, t)
            if sworn is not None:
                _loss_after_ar(sr, t, sworn[0], sworn[1], out)
            continue
        new = sr.after(t + 1, types=("Person",), maxgap=1) or \
            sr.before(t, types=("Person",), maxgap=1)
        if new is None and sr.f(t) & _AR_ELECTED:
            if sr.key(t - 1) in ("الذي", "التي"):  # "X، الذي اختير رئيساً بعد ..."
                new = sr.before(t - 1, types=("Person",), maxgap=1)
            else:  # the body that elects ("مجلس الشورى"), then the one elected
                new = sr.after(t + 1, types=("Person",), maxgap=3)
                if new is not None and any(sr.toks[x].punct for x in range(t + 1, new.lo)):
                    new = None
        if new is None and not sr.f(t) & _AR_ELECTED and sr.key(t - 1) in ("ثم", "كما") and \
                sr.key(t + 1) in _AR_DEF_LEADER | _AR_FIRST_MAN:
            new = sr._carried_subject(t)  # "تولى X قيادة ...، ثم أصبح الرجل الأول للحركة بعد
            # مقتل شقيقه Y" (the subject of the clause before)
        if new is None and sr.f(t) & _AR_APPOINT_V:
            new = appointee_past_day_ar(sr, t)  # "كلّف رئيس المجلس، الفريق K، الأربعاء، X"
        if new is None:
            continue
        if new.lo > t and sr.f(t) & _AR_APPOINT_V:  # "عيّن الرئيس K X رئيساً ..." (s67)
            obj = sr.after(new.hi, types=("Person",), maxgap=0) or \
                appointee_past_day_ar(sr, t)  # "كلّف K، الأربعاء، X بتسيير ..." (s71)
            new = obj if obj is not None and obj.eid != new.eid else new
        y = new.hi if new.lo > t else t + 1
        if y >= sr.hi or not (sr.f(y) & _AR_ACC_TITLES or sr.f(t) & _AR_ELECTED and
                              sr.key(y) in _AR_TO_LEAD or  # "اختير X لقيادة Z" (s51)
                              not sr.f(t) & _AR_ELECTED and (
                                  sr.key(y) in _AR_DEF_LEADER or sr.key(y) in _AR_FIRST_MAN
                                  and sr.key(y + 1) in _AR_FIRST)):
            continue  # ("بات X الزعيمَ الفعلي للتنظيم بعد مقتل Z": session 52)
        _loss_after_ar(sr, t, new, y, out)
    return out


def _loss_after_ar(sr: Any, t: int, new: Any, y: int, out: list[tuple[str, str]]) -> None:
    """"بعد (إعلان ...) مقتل / فرار Z" within twelve words after *y* (no sentence break):
    (new, Z) appended to *out* unless the verb at *t* is negated or modal."""
    for x in range(y + 1, min(sr.hi, y + 12)):
        if sr.toks[x].punct and sr.toks[x].text not in ("،", ","):
            break
        z = _past_announcement_ar(sr, x + 1) if sr.f(x) & _AR_AFTER else x + 1
        if sr.f(x) & _AR_AFTER and z < sr.hi and sr.f(z) & _AR_LOSS:
            old = sr.after(z + 1, types=("Person",), maxgap=3)
            if old is not None and old.eid != new.eid and not sr.blocked(t, new):
                out.append((new.eid, old.eid))
            break


_AR_APPOINT_V = L._ar("عين", "عينت", "وعين", "سمى", "سمت", "كلف", "كلفت", "اختار", "اختارت",
                      "انتخب", "انتخبت")


def appointee_after(sr: Any, k: int):
    """"خلفاً لـY، عيّن K X قائداً": the person an appointment verb right after *k* names
    (its object after the appointer, or its only person: "عُيّن X")."""
    v = next((x for x in range(k, min(sr.hi, k + 4)) if sr.f(x) & _AR_APPOINT_V), None)
    if v is None or appointment_in_side_clause(sr, k, v):
        return None  # (not "...، فيما عُيّن Z": someone else's appointment)
    first = sr.after(v + 1, types=("Person", "Organization", "Country"), maxgap=1)
    if first is None:
        return None
    second = sr.after(first.hi, types=("Person",), maxgap=1)
    if second is not None:
        return second
    return first if first.etype == "Person" else None


_AR_AGAIN = L._ar("أعيد", "اعيد", "تم", "جرى")


def _when_clause_subject_ar(sr: Any, ap: int) -> Any:
    """The subject of the main clause when the appointment word at *ap* opens a clause of
    time with no subject of its own ("يشغل X المنصب منذ 2023، حين (أعيد) تعيينه / عُيّن
    بدلاً من Y": X; session 49), else None."""
    w = ap - 1
    while w > sr.lo and w >= ap - 2 and sr.f(w) & _AR_AGAIN:
        w -= 1
    if w <= sr.lo or not sr.f(w) & AR_WHEN_CLAUSE:
        return None
    main = next((m for m in sr.args if m.hi <= w and m.etype == "Person"), None)
    if main is None or main.poss or main.in_title or sr.has_prep(main, {"ل", "ب"}):
        return None
    return main
