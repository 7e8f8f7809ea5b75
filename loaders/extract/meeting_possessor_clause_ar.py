"""MET_WITH, Arabic (session 60, blind60c): whose meeting a clitic on a meeting noun means when
the noun opens a time adjunct after a comma.

"فالتقى X رئيس المجلس Y، بعد يوم من لقائه الرئيس Z" / "أعلن وزير الدفاع X، عبر منصة إكس،
التوصل إلى اتفاق ...، إثر لقائه Z" / "وقال X، عقب اجتماعه بـZ، إن ...": the "ه" of "لقائه" is
the subject of the clause the adjunct hangs on (X), not the nearest person before the noun (the
object Y of "التقى", or someone of an earlier sentence when the subject stands more than forty
words back). The adjunct is the stretch between the comma and the noun made only of time and
cause words ("بعد يوم من"، "إثر"، "عقب"، "خلال"، "لدى"). The comma-bounded stretches before it
that name no one ("، عبر منصة إكس،", "التوصل إلى اتفاق ... بحلب،"), a relative clause ("X، الذي
خلف Y في المنصب، خلال لقائه Z": X) and a و/ف meeting verb with a carried subject ("زار بيروت X،
فالتقى Y وZ، بعد يوم من لقائه W": X) are passed over to the first clause that names a person, whose subject is read by ``core_recall_objects._clause_subject_ar``.
Not after a reception ("استقبل X Y، بعد ساعات من لقائه Z": the guest's earlier meeting, which
the reception rules read) and never past a clause with a subject of its own naming no person.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start

# the words of a time or cause adjunct before the meeting noun ("بعد يوم من لقائه")
_ADJUNCT = L._ar("بعد", "وبعد", "قبل", "وقبل", "عقب", "وعقب", "اثر", "إثر", "على", "خلال",
                 "وخلال", "لدى", "ولدى", "عند", "وعند", "اثناء", "أثناء", "من", "يوم", "يومين",
                 "أيام", "ايام", "ساعات", "ساعة", "ساعه", "أسبوع", "اسبوع", "اسابيع", "أسابيع",
                 "شهر", "أشهر", "اشهر", "وذلك", "في", "فور", "إثر", "أعقاب", "اعقاب")
_COMMAS = ("،", ",")
_MEET_PRON_NOUNS = L._ar("لقائه", "لقائها", "اجتماعه", "اجتماعها", "لقاءه", "لقاءها",
                         "استقباله", "استقبالها", "مباحثاته", "محادثاته")
_RELATIVE = frozenset({"الذي", "التي", "الذين", "اللذان", "اللتان", "والذي", "والتي"})
_MAX_SEGMENTS = 4


def _adjunct_comma(sr: Any, t: int) -> int | None:
    """The comma right before the adjunct that ends at the meeting noun *t*, else None."""
    for x in range(t - 1, max(sr.lo, t - 6) - 1, -1):
        if sr.toks[x].text in _COMMAS:
            return x if x < t - 1 else None
        if not sr.f(x) & _ADJUNCT:
            return None
    return None


def _apposed_head(sr: Any, start: int) -> Any:
    """"زار بيروت X، مستشار المرشد Y،": the stretch at *start* is an apposition (a title word
    right after X and its comma); X when he is the only person of his own stretch and no
    prepositional object; else None."""
    head = sr.mention_at.get(start - 2) if start - 2 >= sr.lo else None
    if head is None or head.etype != "Person" or head.hi != start - 1 or \
            not sr.f(start) & L.AR_TITLE_FIRST:
        return None
    lo = next((x + 1 for x in range(title_start(head) - 1, sr.lo - 1, -1)
               if sr.toks[x].text in _COMMAS), sr.lo)
    own = [m for m in sr.args if lo <= m.lo < head.hi and m.etype == "Person"]
    if own != [head] or sr.has_prep(head, {"ب", "ل", "مع", "في", "الي", "من", "عن"}):
        return None
    return head


def apposed_clause_head_ar(sr: Any, comma: int) -> Any:
    """The head X of an apposition that ends at *comma* ("زار بيروت X، مستشار المرشد Y،
    فالتقى A وB": X carries on as the subject of "فالتقى"), else None (``_apposed_head``)."""
    start = next((x + 1 for x in range(comma - 1, sr.lo - 1, -1)
                  if sr.toks[x].text in _COMMAS), sr.lo)
    return _apposed_head(sr, start) if start > sr.lo else None


def possessor_adjunct_between_ar(sr: Any, lo: int, hi: int) -> bool:
    """Does the stretch [*lo*, *hi*) open a comma-bounded time adjunct on a meeting noun with
    its clitic ("، بعد يوم من لقائه" before the next person at *hi*)? The person after it is
    that earlier meeting's partner, not one more member of the list before the comma."""
    if lo >= hi or sr.toks[lo].text not in _COMMAS:
        return False
    noun = next((x for x in range(lo + 1, hi) if not sr.f(x) & _ADJUNCT), None)
    return noun is not None and noun > lo + 1 and bool(sr.f(noun) & _MEET_PRON_NOUNS) and \
        all(sr.f(x) & L.AR_TITLE_FIRST or sr.toks[x].key.startswith("ال")
            for x in range(noun + 1, hi))


def _carried_or_relative(sr: Any, start: int) -> bool:
    """Does the comma-bounded stretch at *start* name its people as someone else's: a relative
    clause ("، الذي خلف Y في رئاسة الحكومة،") or a و/ف meeting verb whose subject is carried
    ("زار بيروت X، ...، فالتقى Y وZ": Y is met)?"""
    k = sr.key(start)
    if k in _RELATIVE:
        return True
    fs = sr.f(start)
    return start > sr.lo and k[:1] in ("و", "ف") and bool(fs & L.AR_MEET) and \
        not fs & L.AR_MEET_NOUNS  # (after a comma: "والتقى X Y" opening the sentence is X's)


def possessor_clause_subject_ar(sr: Any, t: int) -> Any:
    """The subject of the clause a comma-bounded adjunct opening with the meeting noun at *t*
    hangs on (module doc), else None."""
    return clause_subject_back_ar(sr, _adjunct_comma(sr, t))


def clause_subject_back_ar(sr: Any, comma: int | None) -> Any:
    """The subject of the nearest clause before *comma* that names a person, passing over
    comma-bounded stretches that name no one, relative clauses and carried meeting verbs, and
    reading an apposition's head (module doc); None at a reception or when none is found."""
    from loaders.extract.core_recall_objects import _clause_subject_ar  # (import cycle)

    for _ in range(_MAX_SEGMENTS):
        if comma is None:
            return None
        start = next((x + 1 for x in range(comma - 1, sr.lo - 1, -1)
                      if sr.toks[x].text in _COMMAS), sr.lo)
        if any(sr.f(x) & L.AR_RECEIVE_VERBS for x in range(start, comma)):
            return None  # a reception: the guest's own meeting (arrival_guest_ar)
        if any(start <= m.lo < comma and m.etype == "Person" for m in sr.args) and \
                not _carried_or_relative(sr, start):
            return _clause_subject_ar(sr, comma) or _apposed_head(sr, start)
        comma = start - 1 if start > sr.lo else None
    return None
