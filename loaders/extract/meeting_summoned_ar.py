"""The Arabic designation formula: "استدعى X Y إلى بعبدا، حيث التقاه / أبلغه بالتكليف" (session 65).

A president who summons the man he designates to his palace and then, in a clause with no
subject of its own, meets, receives or informs him there ("حيث التقاه"، "حيث أبلغه بالتكليف"،
"واستقبله"، "ثم اجتمع به") met him: X met Y. The attendees of "، بحضور Z" after it are then
read by ``meeting_attended_ar.present_ar`` (Z met X and Y).

Not read: a body that summons ("استدعت الخارجية السفير Y": no person X), a summons alone
("استدعى X السفير Y للتشاور": no meeting clause after it), a meeting clause with a subject of
its own ("حيث استقبله الرئيس Z": Z's meeting), and a summons negated or planned
(``sr.blocked``).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

AR_SUMMONED = L._ar("استدعى", "واستدعى", "استدعت", "واستدعت", "فاستدعى")
# the meeting verb with the summoned man as its pronoun object
_AR_SAW_HIM = L._ar("التقاه", "والتقاه", "فالتقاه", "استقبله", "واستقبله", "فاستقبله",
                    "أبلغه", "وأبلغه", "فأبلغه", "ابلغه", "وابلغه", "كلفه", "وكلفه", "فكلفه")
_AR_MET_VERB = L._ar("اجتمع", "واجتمع", "التقى", "والتقى")  # "حيث اجتمع به"
_AR_WITH_HIM = L._ar("به", "معه")
_AR_WHERE_THEN = L._ar("حيث", "وحيث", "ثم", "وثم")
_AR_STOP = frozenset({".", "؛", ";", ":", "!", "؟"})
_AR_NOT = L._ar("لم", "ولم", "لن", "ولن", "لا")
_REACH = 10  # words read after the summoned man for the place and the meeting verb


def _meeting_verb(sr: Any, y: int) -> int | None:
    """Position of "حيث التقاه / أبلغه"، "واستقبله"، "ثم اجتمع به" within reach after *y*
    (a place, a day and a comma may come between), else None."""
    for v in range(y, min(sr.hi, y + _REACH)):
        tx = sr.toks[v].text
        if tx in _AR_STOP or (v in sr.mention_at and sr.mention_at[v].etype == "Person"):
            return None
        k = sr.key(v)
        if k not in _AR_SAW_HIM and not (k in _AR_MET_VERB and sr.key(v + 1) in _AR_WITH_HIM):
            continue
        # the first meeting verb decides: it opens a clause ("حيث"، "ثم", a و / ف prefix) or none
        return v if sr.key(v - 1) in _AR_WHERE_THEN or k.startswith(("و", "ف")) else None
    return None


def _own_subject(sr: Any, v: int) -> bool:
    """The meeting verb at *v* has a person of its own right after it ("حيث استقبله (الرئيس)
    Z"), not an attendee after "بحضور" / "في حضور"."""
    k = v + 2 if sr.key(v) in _AR_MET_VERB else v + 1
    m = sr.after(k, types=("Person",), maxgap=1)
    return m is not None and (m.tlo if 0 <= m.tlo < m.lo else m.lo) == k


def summoned_met_ar(sr: Any) -> None:
    """"استدعى X Y إلى <place>، حيث التقاه": X met Y (module doc)."""
    for t in sr.triggers(AR_SUMMONED, frozenset()):
        if t > sr.lo and sr.key(t - 1) in _AR_NOT:
            continue
        x = sr.after(t + 1, types=("Person",), maxgap=3)
        if x is None or x.prefix.lstrip("وف") or \
                any(sr.toks[y].punct for y in range(t + 1, x.lo)):
            continue
        y = sr.after(x.hi, types=("Person",), maxgap=2)
        if y is None or y.eid == x.eid or y.prefix.lstrip("وف") or \
                any(sr.toks[z].punct for z in range(x.hi, y.lo)):
            continue
        v = _meeting_verb(sr, y.hi)
        if v is None or _own_subject(sr, v) or sr.blocked(t, x):
            continue
        sr.add("MET_WITH", x.eid, y.eid, "summoned_met_ar")
