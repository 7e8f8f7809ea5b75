"""MET_WITH (Arabic, session 69, blind69h): the participants of a summit or meeting that was held
or hosted, "with the participation of A, B and C", met each other.

"استضاف X في القاهرة قمة دول جوار السودان، بمشاركة A، وB، وC" / "استضاف X ... قمة رؤساء دول
المواجهة بمشاركة A، وB، وC" / "وكان الاجتماع الخامس قد عُقد في إسلام آباد بمشاركة A وB وC" /
"عقدت قوى الإطار اجتماعاً ...، بمشاركة A وB وC": A, B and C sat at one table (the brief: a
joint meeting pairs its participants with each other; the host's own pairs with each of them are
read by the other rules when no rule reads the sentence, so the one who holds or hosts it, a
person, is paired here with each of them too). ``meeting_presided_ar`` read such a list only after a chair ("برئاسة")
or a meeting named three- or four-sided; ``meeting_convened_ar`` only after a convener named
between the holding verb and the noun.

Read only when a meeting noun (اجتماع، لقاء، جلسة، قمة) stands within reach before "بمشاركة" with
no delegation noun ("وفد برئاسة X وبمشاركة Y": one delegation's members), no "indirect" and no
sentence stop between, and a verb of holding or hosting (عقد، عُقد، انعقد، استضاف، احتضن) is told
before "بمشاركة" near the noun; not a planned, future or negated meeting ("من المقرر أن
تستضيف", "ستعقد", "لم يُعقد"), not talks or a conference merely "with the participation of"
(no such noun).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.meeting_attend_forms import titled_list_ar
from loaders.extract.meeting_press import each_pair_met
from loaders.extract.rule_common import person_at, title_start

_MEETING = L._ar("اجتماع", "الاجتماع", "اجتماعا", "اجتماعاً", "اجتماعها", "اجتماعه", "لقاء",
                 "اللقاء", "لقاءً", "جلسة", "الجلسة", "قمة", "القمة")
_HELD = L._ar("عقد", "وعقد", "عقدت", "وعقدت", "عُقد", "وعُقد", "عُقدت", "وعُقدت", "انعقد",
              "وانعقد", "انعقدت", "وانعقدت", "استضاف", "واستضاف", "استضافت", "واستضافت",
              "احتضن", "واحتضن", "احتضنت", "واحتضنت")
_BARRED = L._ar("وفد", "الوفد", "وفدا", "وفداً", "بوفد", "المباشرة", "مباشرة")
_FUTURE = ("ستست", "سيست", "ستعقد", "سيعقد", "ستحتضن", "سيحتضن", "تستضيف", "يستضيف")
_HAD = L._ar("قد", "وقد")
_STOPS = (".", "؛", ";")
_NOUN_REACH = 14  # words from "بمشاركة" back to the meeting noun
_VERB_REACH = 8   # words from the meeting noun back to the verb that holds or hosts it
_ASIDE_REACH = 22  # the same when a comma closes an aside right before the noun ("استضاف X،
# اليوم الأربعاء، في القصر الرئاسي، قمة ...")


def held_participants_ar(sr: Any, p: int) -> None:
    """Pair the participants listed after "بمشاركة" at *p* (module doc)."""
    noun = None
    for x in range(p - 1, max(sr.lo, p - _NOUN_REACH) - 1, -1):
        if sr.f(x) & _BARRED or sr.toks[x].text in _STOPS:
            return
        if sr.f(x) & _MEETING:
            noun = x
            break
    if noun is None:
        return
    reach = _ASIDE_REACH if noun > sr.lo and sr.toks[noun - 1].text in ("،", ",") else _VERB_REACH
    verb = next((y for y in range(max(sr.lo, noun - reach), p) if sr.f(y) & _HELD), None)
    if verb is None or any(sr.toks[y].text in _STOPS for y in range(verb, noun)):
        return
    first = person_at(sr, p + 1)
    if first is None or sr.blocked(p, first) or sr.blocked(verb) or any(
            sr.f(y) & L.AR_MODAL and not sr.f(y) & _HAD or sr.key(y).startswith(_FUTURE)
            for y in range(sr.lo, p)):
        return  # (قد before the past verb is "had": "وكان X قد استضاف"; before an imperfect,
        # "may", it blocks the verb itself: ``sr.blocked``)
    people = titled_list_ar(sr, sr.chain(first, ("Person",)))
    host = _host(sr, verb, noun)
    if host is not None and all(m.eid != host.eid for m in people):
        people = [host] + people
    if len(people) > 1:
        each_pair_met(sr, people, "held_participants_ar")


def _host(sr: Any, verb: int, noun: int) -> Any:
    """The person who holds or hosts the meeting: named right after the verb at *verb* ("استضاف
    (فخامة) الرئيس X"), else right before it ("وكان الرئيس X قد استضاف"); None if none (a body
    or a place hosting: "استضافت القاهرة", "عقدت قوى الإطار")."""
    m = sr.after(verb + 1, types=("Person",), maxgap=4)
    if m is not None and m.hi <= noun and title_start(m) <= verb + 5:
        return m
    y = verb - 1 if verb - 1 >= sr.lo and sr.f(verb - 1) & _HAD else verb
    m = sr.before(y, types=("Person",), maxgap=0)
    return m if m is not None and m.hi == y else None
