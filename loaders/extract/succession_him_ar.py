"""Arabic successors named by an object pronoun: "حين اختارته الهيئة خليفةً لـY", "وكانت
الهيئة قد اختارته خليفة لـY", "واختاره مجلس الشورى أميناً عاماً خلفاً لـY": the -ه is the
person the sentence (else the previous sentence) is about, never a body or Y."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers

if TYPE_CHECKING:
    from loaders.extract.mention_base import Mention
    from loaders.extract.relations import SentenceCore

# a time / side clause whose dropped subject is the main clause's ("ويشغل X منصبه منذ 2020،
# حين اختارته الهيئة")
# the conjunctions of a clause of time with no subject of its own before an appointment
# ("حين أعيد تعيينه"، "بعدما أعلنته المحكمة"; session 49)
AR_WHEN_CLAUSE = L._ar("حين", "حينما", "عندما", "بعدما", "لما", "منذ", "لدى")
AR_WHEN = L._ar("حين", "حينما", "عندما", "بعدما", "بعد", "إذ", "اذ", "حيث", "يوم", "منذ")
_AR_REL = L._ar("الذي", "التي")
# an appointing verb with its appointee as object pronoun ("اختارته الهيئة", "عيّنه الرئيس")
AR_CHOSE_HIM = L._ar("عينه", "عينها", "كلفه", "كلفها", "اختاره", "اختارها", "انتخبه",
                     "انتخبها", "سماه", "سماها", "عينته", "كلفته", "اختارته", "انتخبته",
                     "اختارتها", "عينتها", "انتخبتها", "كلفتها")


def chosen_him_ar(sr: SentenceCore, t: int, old: Mention) -> Mention | None:
    """The person the object pronoun of an appointing verb shortly before the succession cue
    at *t* stands for (no person named between verb and cue); None when there is no such verb
    or the antecedent is unclear."""
    v = None
    for y in range(t - 1, max(sr.lo, t - 7) - 1, -1):
        if sr.toks[y].punct:
            return None
        m = sr.mention_at.get(y)
        if m is not None and m.etype == "Person":
            return None
        if sr.f(y) & AR_CHOSE_HIM:
            v = y
            break
    if v is None or not any(sr.toks[y].key.startswith("ال") for y in
                            range(max(sr.lo, v - 3), min(t, v + 4)) if y != v):
        return None  # the appointer must be a named body ("اختارته الهيئة"): with it dropped,
        # the subject before is the appointer and -ه someone else ("التقى X بالسفير. وعيّنه")
    before = [m for m in sr.args if m.etype == "Person" and m.hi <= v and not m.poss and
              m.eid != old.eid]
    if not before:
        return sr._prev_subject(exclude=old.eid)  # (never old: it is excluded)
    last = max(before, key=lambda m: m.hi)
    between = range(last.hi, v)
    if any(sr.f(y) & _AR_REL for y in between):
        return None  # "X، الذي اختاره K": handled by the relative-clause rules
    if any(sr.f(y) & AR_WHEN for y in between):
        return min(before, key=lambda m: m.lo)  # the main clause's subject
    return None


register_triggers(AR_CHOSE_HIM, frozenset())


def relative_head_past_apposition_ar(sr: SentenceCore, rel: int) -> Mention | None:
    """The head of "X، <apposition naming no one>، الذي ..." (*rel* the relative pronoun):
    "علي شادماني، قائد مقر خاتم الأنبياء المركزي، الذي لم يمضِ على تعيينه ..." -> X."""
    close = rel - 1
    if close <= sr.lo or sr.toks[close].text not in ("،", ","):
        return None
    for y in range(close - 1, max(sr.lo, close - 10) - 1, -1):
        m = sr.mention_at.get(y)
        if m is not None and m.etype == "Person":
            return None  # a name inside the apposition: whose clause is unclear
        if sr.toks[y].text in ("،", ","):
            head = next((c for c in sr.args if c.hi == y and c.etype == "Person"), None)
            return head if head is not None and head.kind == "name" else None
        if sr.toks[y].punct:
            return None
    return None
