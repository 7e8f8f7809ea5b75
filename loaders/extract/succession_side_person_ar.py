"""SUCCESSOR_OF, Arabic "خلفاً لـY": the new holder is not a person standing to the side.

``succession_rules_ar`` takes the new holder of "خلفاً لـY" as the nearest person before the
cue not governed by a preposition, else the sentence's first person. Three side roles gave the
wrong holder on the writers of sessions 27-29 (session 30, ``kill30``):

- an attendee: "أدى X اليمين ... بحضور عضو المجلس Z، وذلك خلفاً لـY": X, not Z;
- the appointer or nominator: "العليمي يعيّن بن مبارك رئيساً خلفاً لـY" (the appointee, not
  العليمي), "ترشيح نتنياهو للواء Z رئيساً للشاباك خلفاً لـY" (Z, not نتنياهو);
- a first person governed by a preposition, taken when no free person stands before the cue:
  "اللقاء الأول لهارنيس مع الوزير عامر، الذي تولى الحقيبة خلفاً لـY": not هارنيس (none).

Session 71 (blind71b) adds the chair of the session the act took place in, "أدى X اليمين ...
في جلسة خاصة ترأسها رئيس المجلس Z، وذلك خلفاً لـY": X, not Z. Session 69 (blind69b) adds two
side roles, and the purpose verb "ليخلف (بذلك) Y" asks here too
(``succession_rules_ar``, khalafa_ar): the one before whom an oath is sworn, "أدى X اليمين
أمام الرئيس Z، ليخلف بذلك Y": X, not Z; and the one whose going is told, "عُيّن X ...، بعد
أيام من عزل الرئيس Z، خلفاً لـY": X, not Z (``side_role_ar``).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.meeting_attended_ar import _AR_PRESENT  # "بحضور / بمشاركة Z": present
from loaders.extract.rule_common import title_start
from loaders.extract.succession_clause_words import AR_GONE
from loaders.extract.succession_helpers import _AR_PREPS_S as _AR_PREPS

# an active appointment verb right after its subject: "العليمي يعيّن X" (the appointer)
_AR_APPOINTS = L._ar("يعين", "عين", "عينت", "تعين", "يكلف", "كلف", "كلفت", "يرشح", "رشح",
                     "يسمي", "سمى")
# the same verbs in the past, which after their subject read as passive ("X عُيّن رئيساً"
# / "X عين رئيسا ... خلفاً لـY" with nobody named after the verb: X was appointed)
_AR_APPOINTED_PAST = L._ar("عين", "كلف", "رشح", "سمى", "سمي")
_DAMMA = "\u064f"
# an appointment noun whose genitive is the appointer when a "لـZ" appointee follows it
_AR_NOMINATION = L._ar("تعيين", "بتعيين", "وتعيين", "تكليف", "بتكليف", "تسمية", "بتسمية")
# a nomination only proposed: "ترشيح نتنياهو للواء Z ... خلفاً لـY" states no succession yet
_AR_PROPOSED = L._ar("ترشيح", "وترشيح", "بترشيح")
# before whom an oath is sworn or a letter handed: "أدى X اليمين أمام الرئيس Z"
_AR_BEFORE_WHOM = L._ar("امام", "أمام")
# the chair of the session an act took place in: "أدى X اليمين ... في جلسة ترأسها رئيس المجلس Z،
# وذلك خلفاً لـY" (a relative verb with the session's pronoun; session 71)
# (past verbs after a session noun only: "حكومة الوحدة التي يرأسها X ... خلفاً لـY" is X's own)
_AR_CHAIRED_IT = L._ar("ترأسها", "ترأسه", "ترأستها", "رأسها", "حضرها", "حضره")
_AR_SESSION = L._ar("جلسة", "الجلسة", "جلستها", "اجتماع", "الاجتماع", "خاصة", "استثنائية", "طارئة")


def present_only_ar(sr: Any, m: Any) -> bool:
    """*m* is named after "بحضور / بمشاركة" (an attendee of the act)."""
    return sr.key(title_start(m) - 1) in _AR_PRESENT


_CUE_SPAN = 4  # words from the attendance cue to the title the mention starts with


def side_role_ar(sr: Any, m: Any) -> bool:
    """*m* stands to the side of an act: an attendee ("بحضور Z", also past the words of a
    post the mention's title leaves out: "بحضور وزير العدل المستشار Z"), the one before whom
    an oath is sworn ("أمام الرئيس Z"), the chair of its session ("في جلسة ترأسها Z") or the
    one whose death or removal is told ("بعد عزل Z")."""
    s = title_start(m)
    before = sr.key(s - 1)
    if before in AR_GONE or before in _AR_BEFORE_WHOM and any(
            sr.key(y) in L.AR_OATH for y in range(sr.lo, s - 1)):
        return True  # (not "وقف K أمام X الذي تسلّم ... خلفاً لـY": X stood before, X took it)
    for y in range(s - 1, max(sr.lo, s - _CUE_SPAN) - 1, -1):  # "بحضور وزير العدل المستشار Z"
        if sr.key(y) in _AR_PRESENT or sr.key(y) in _AR_CHAIRED_IT and any(
                sr.key(z) in _AR_SESSION for z in range(max(sr.lo, y - 3), y)):
            return True
        if sr.toks[y].punct or any(a.lo <= y < a.hi for a in sr.args):
            return False
    return False


def holder_not_side_ar(sr: Any, t: int, new: Any) -> Any:
    """The new holder for "خلفاً لـ" at *t* when *new* (the rule's pick) stands to the side:
    past an attendee (or the one before whom an oath is sworn, or whose going is told) to the
    nearest free person before it; from an appointer or nominator to the appointee after it
    (None when none is named). *new* itself otherwise."""
    if new is None:
        return None
    if side_role_ar(sr, new):
        free = [m for m in sr.args if m.etype == "Person" and m.hi <= new.lo and
                t - m.hi <= 40 and not sr.has_prep(m, _AR_PREPS) and not side_role_ar(sr, m)]
        return max(free, key=lambda m: m.hi) if free else None
    if new.hi < t and sr.key(new.hi) in _AR_APPOINTS:  # "العليمي يعيّن X ...": X
        appointee = _appointee(sr, new.hi + 1, t)
        if appointee is None and _passive_after_subject(sr, new.hi):
            return new  # "يذكر أن X عُيّن رئيساً للوزراء خلفاً لـY": X (session 56)
        return appointee
    before = sr.key(title_start(new) - 1)
    if before in _AR_NOMINATION or before in _AR_PROPOSED:  # "تعيين K للواء Z": Z
        nominee = _appointee(sr, new.hi, t)
        if nominee is not None and sr.has_prep(nominee, frozenset({"ل"})):
            return None if before in _AR_PROPOSED else nominee
    return new


def _passive_after_subject(sr: Any, v: int) -> bool:
    """The appointment verb at *v*, right after its subject, is a passive past: written with
    its damma ("عُيّن"، "كُلّف"), or a bare past form ("عين"، "كلف"). The caller asks only
    when ``_appointee`` found nobody named after the verb (the active "K يعيّن X" names its
    appointee; an SVO active past is rare in news prose)."""
    text = sr.toks[v].text.lstrip("وف")
    return text[1:2] == _DAMMA or sr.key(v) in _AR_APPOINTED_PAST


def first_person_free_ar(sr: Any, t: int, m: Any) -> Any:
    """*m* (the sentence's first person, the rule's last resort) unless a preposition governs
    it and a relative clause headed by someone else opens between it and *t* ("اللقاء الأول
    لهارنيس مع الوزير X، الذي تولى ... خلفاً لـY": the post is X's): then None. ("الزيارة
    الأولى لقاآني منذ تعيينه خلفاً لـY" keeps قاآني.)"""
    if m is None or not sr.has_prep(m, _AR_PREPS):
        return m
    for y in range(m.hi, t):
        if sr.key(y) in L.AR_REL_PRONOUNS and not (y - 1 == m.hi or y - 1 == m.hi - 1 or
                                          (y - 2 == m.hi - 1 and sr.toks[y - 1].punct)):
            return None
    return m


def _appointee(sr: Any, lo: int, t: int) -> Any:
    """The first person whose title starts within three tokens of *lo* and ends before *t*."""
    for m in sr.args:
        if m.etype == "Person" and lo <= title_start(m) <= lo + 3 and m.hi <= t:
            return m
    return None
