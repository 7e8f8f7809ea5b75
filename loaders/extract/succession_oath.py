"""Who succeeds in a succession told through an oath or a congratulation.

- "وكان X قد استقبل Y، بعد ساعات من أداء اليمين الدستورية خلفاً لـZ": the oath-taker is the
  clause's subject X, not the object Y received; "X received Y hours after taking the oath of
  office to succeed Z": X;
- "أشرف X على موكب أداء اليمين لـY رئيساً للحكومة، خلفاً لـZ" / "ترأس X مراسم أداء اليمين
  الدستورية للوزير الأول الجديد Y خلفاً لـZ": the oath's owner named after the noun "أداء اليمين"
  with لـ, Y, not the one presiding X (session 66, ``oath_owner_ar``);
- "اتصل X بنظيره Y لتهنئته بانتخابه خلفاً لـZ" / "هنأ X Y بانتخابه خلفاً لـZ" / "برقية تهنئة
  إلى Y بمناسبة انتخابه خلفاً لـZ": the one congratulated, Y, never the caller X (no
  relation when Y is not recognised).

Called by ``SuccessionRules.successor`` for "خلفاً لـ" and English "to succeed / replace".
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start
from loaders.extract.succession_congratulated_guest_ar import called_guest_ar

_AR_OATH = L._ar("اليمين", "القسم", "تنصيب", "تنصيبه")
_AR_CONGRAT = L._ar("تهنئة", "تهنئته", "لتهنئته", "هنأ", "وهنأ", "يهنئ", "مهنئا", "مهنئاً",
                    "تهنئتها", "لتهنئتها", "هنأه", "وهنأه", "التهنئة", "تهانيه", "بالتهنئة")
_AR_TO = frozenset({"ب", "ل", "الي"})
_AR_IN_FRONT_OF = L._ar("أمام", "امام")  # "أدى اليمين أمام الرئيس Y": Y is no successor
_OATH_SPAN = 30  # tokens from the oath word to "خلفاً"
_AR_TAKING = L._ar("أداء", "تأدية", "لأداء", "بأداء", "وأداء", "لتأدية")  # the oath as a noun
_AR_OATH_ADJ = L._ar("الدستورية", "القانونية")
_EN_OATH = frozenset({"oath", "sworn", "inaugurated", "inauguration", "swearing-in"})




def holder_ar(sr: Any, t: int, new: Any, old: Any) -> Any:  # Mention | None | False
    """The successor before "خلفاً" at *t* when an oath or a congratulation stands between
    the nearest free person *new* and *t*; None when neither does (the caller keeps *new*),
    False when the one congratulated is not recognised."""
    lo = max(sr.lo, t - 14)
    congrat = next((x for x in range(t - 1, lo - 1, -1) if sr.f(x) & _AR_CONGRAT), None)
    if congrat is not None:
        between = [m for m in sr.args if m.etype == "Person" and congrat < m.lo < t and
                   m is not old]
        if between:
            return between[-1]  # "هنأ X Y بانتخابه", "تهنئة إلى Y بمناسبة انتخابه"
        addressee = next((m for m in reversed(sr.args) if m.etype == "Person" and
                          m.hi <= congrat and congrat - m.hi <= 3 and
                          sr.has_prep(m, _AR_TO)), None)
        if addressee is None:  # "اتصل K بنظيره لتهنئته": the guest K received (if told)
            addressee = called_guest_ar(sr, congrat, new, old)
        return addressee if addressee is not None else False  # "اتصل X بنظيره Y لتهنئته"
    sworn = sworn_before_someone_ar(sr, t) or oath_owner_ar(sr, t)
    if sworn is not None:
        return sworn
    if new is None or not any(sr.f(x) & _AR_OATH for x in range(new.hi, t)):
        return None
    for m in sr.args:  # the clause's subject: its first person not governed by a preposition
        if m.lo >= t:
            break
        if m.etype == "Person" and m.kind != "ref" and not sr.has_prep(m, _AR_TO):
            return m
    return None


def sworn_before_someone_ar(sr: Any, t: int) -> Any:
    """"أدى X اليمين رئيساً للمحكمة أمام رئيس الجمهورية Y، خلفاً لـZ" / "أدى X اليمين أمام
    الرئيس Y، ضمن حكومة W، خلفاً لـZ": the one sworn in, X (the first free person before the
    oath), never Y before whom he swore nor anyone named after him; None when no person
    governed by "أمام" stands between an oath word and "خلفاً" at *t*."""
    oath = next((x for x in range(t - 1, max(sr.lo, t - _OATH_SPAN) - 1, -1)
                 if sr.f(x) & _AR_OATH), None)
    if oath is None or not any(m.etype == "Person" and oath < m.lo < t and
                               sr.f(title_start(m) - 1) & _AR_IN_FRONT_OF for m in sr.args):
        return None
    return next((m for m in sr.args if m.etype == "Person" and m.hi <= oath and
                 m.kind != "ref" and not sr.has_prep(m, _AR_TO)), None)


def oath_owner_ar(sr: Any, t: int) -> Any:
    """"موكب أداء اليمين لـY رئيساً للحكومة، خلفاً لـZ" / "مراسم أداء اليمين الدستورية للوزير
    الأول الجديد Y خلفاً لـZ": Y, the person the لـ of the oath noun names (at most one adjective
    and a title between), whose oath it is; None when no such noun stands before "خلفاً" at
    *t* (not the verb "أدى اليمين لـ")."""
    oath = next((x for x in range(t - 1, max(sr.lo, t - _OATH_SPAN) - 1, -1)
                 if sr.f(x) & _AR_OATH), None)
    if oath is None or not sr.f(oath - 1) & _AR_TAKING:
        return None
    x = oath + 2 if sr.f(oath + 1) & _AR_OATH_ADJ else oath + 1
    m = sr.after(x, types=("Person",), maxgap=4)
    if m is None or m.hi > t or title_start(m) != x or not sr.has_prep(m, {"ل"}):
        return None
    return m


def holder_en(sr: Any, t: int, new: Any) -> Any:
    """"X received Y hours after taking the oath of office to succeed Z": X (the subject
    before the object *new*), when an oath word stands between *new* and "to" at *t* - 1."""
    if new is None or not any(sr.key(x) in _EN_OATH for x in range(new.hi, t)):
        return new
    subj = sr.before(title_start(new), types=("Person",), maxgap=4)
    return subj if subj is not None else new
