"""Arabic: who a removal word before "خلفاً له / مكانه / بدلاً منه" removed, when the person
right after it is not the one removed (session 22, second round).

- The word carries the removed one as a pronoun: "أقاله K وعيّن X خلفاً له" (K dismissed him),
  "بعد إقالته، عيّن K X مكانه": the pronoun stands for the first person named before it in the
  sentence (never K nor X; none when it names none: an earlier sentence is too unsure);
- an active verb whose subject is named before its object: "أقال الرئيس K الوزير Y وعيّن X
  خلفاً له": Y, not K; also past a day between commas after the subject (session 67): "أقال
  الرئيس K، ليل الثلاثاء، رئيسة الحكومة Y، وعيّن مكانها X", "أعفى K، اليوم الأحد، Y" (the
  meeting rule's ``object_after_aside_ar``), or an attribution or relative aside, "أقال K، بحسب
  بيان الرئاسة، Y" (``aside_span_ar.past_aside_ar``).

``removed_after_ar`` returns ``KEEP`` when neither applies (the caller's own reading holds)."""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.aside_span_ar import past_aside_ar
from loaders.extract.meeting_asides_ar import object_after_aside_ar

KEEP = "\x00keep"  # not such a word: read the person right after it, as before
# a removal verb or noun with an attached pronoun (the folded key; "أقاله" and the noun
# "إقالة" fold alike, so the written text must end in ه, not ة)
_AR_REMOVED_HIM = L._ar("أقاله", "أقالها", "أعفاه", "أعفاها", "عزله", "عزلها", "إقالته",
                        "إقالتها", "إعفاءه", "إعفائه", "إعفاؤه", "إعفاءها", "عزلته")
# an active removal verb without a pronoun: its subject comes first (VSO)
# (not "عزل", also the noun: "بعد عزل الرئيس Y")
_AR_REMOVE_VERB = L._ar("أقال", "أقالت", "أعفى", "أعفت", "عزلت")

AR_REMOVAL_WORDS = _AR_REMOVED_HIM | _AR_REMOVE_VERB


def _bare(key: str) -> str:
    return key[1:] if key[:1] in ("و", "ف") and len(key) > 3 else key


def removed_after_ar(sr: Any, x: int, new: str) -> str | None:
    """Whom the removal word at *x* removed, when not the person right after it (see the
    module); ``KEEP`` when the word is not one of these; None when unknown."""
    key = _bare(sr.key(x))
    if key in _AR_REMOVED_HIM:
        if not sr.toks[x].text.endswith(("ه", "ها")):
            return KEEP  # the noun "إقالة Y"
        subj = sr.after(x + 1, types=("Person",), maxgap=2)
        skip = {new} | ({subj.eid} if subj is not None else set())
        # "شغل Y المنصب حتى 2023، حين أعفاه K"; an earlier sentence is too unsure (its
        # first free person is often not the one the pronoun stands for)
        return next((m.eid for m in sr.args if m.etype == "Person" and m.hi <= x and
                     m.eid not in skip and m.eid.startswith("person:")), None)  # no "الرجلين"
    if key in _AR_REMOVE_VERB:
        subj = sr.after(x + 1, types=("Person",), maxgap=2)
        obj = sr.after(subj.hi, types=("Person",), maxgap=3) if subj is not None else None
        if obj is None and subj is not None:  # "أقال K، ليل الثلاثاء، Y" (session 67)
            obj = object_after_aside_ar(sr, subj.hi)
            past = past_aside_ar(sr, subj.hi)  # "أقال K، بحسب بيان الرئاسة، Y"
            if obj is None and past > subj.hi:
                obj = sr.after(past, types=("Person",), maxgap=3)
        if obj is not None and obj.eid not in (subj.eid, new) and \
                not obj.prefix.startswith("و"):  # "أقال K ونائبه Y": both removed
            return obj.eid
    return KEEP
