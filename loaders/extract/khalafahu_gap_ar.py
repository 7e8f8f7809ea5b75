"""The words between "خلفه / خلفها" and its subject in the explainer's history sentences:
"ثم خلفها في الملف X", "وخلفها فيه لاحقاً X", "ثم خلفها في المنصب عام 2022 X": a phrase of
the post or the file and a time phrase; ``past_gap_ar`` gives the first token after them.
Not "بعد / قبل / منذ ..." (a clause of its own: "خلفه بعد استقالة Y" names Y, no subject).
Called from ``context_succession.khalafahu_ar`` when no subject follows the verb at once;
``holder_before_comma_ar`` gives the pronoun's person when nothing else did (the subject past
such a gap only; "وجلس Y ...، وخلفه X" is behind him): the last person
of the clause before "، ثم / ، و" ("استقبل ... Y، ثم خلفها في الملف X": Y).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

# the post or the file after "في" ("في الملف", "في المنصب", "في المهمة")
_AR_GAP_NOUNS = L._ar("الملف", "ملف", "المنصب", "منصبه", "منصبها", "المهمة", "مهمته",
                      "مهامه", "مهامها", "الرئاسة", "القيادة", "الموقع", "المقعد", "الحقيبة",
                      "رئاسة", "قيادة", "الأمانة", "الامانة", "الوزارة")
_AR_IN_IT = L._ar("فيه", "فيها", "لاحقا", "لاحقاً", "بعدها", "مؤقتا", "مؤقتاً", "بالوكالة",
                  "بالإنابة", "بالانابة")
_AR_TIME_HEADS = L._ar("عام", "سنة", "مطلع", "منتصف", "أواخر", "أوائل", "نهاية", "بداية")
# a month ("كانون الثاني": two words) or a time head: the words of a date (also read by
# succession_fronted_time_ar)
AR_DATE_WORDS = L.AR_MONTHS | L._ar("الثاني", "الأول") | _AR_TIME_HEADS
_AR_IN = frozenset({"في", "فى"})


def _timeish(sr: Any, x: int) -> bool:
    return sr.toks[x].text.isdigit() or bool(sr.f(x) & AR_DATE_WORDS)


def past_gap_ar(sr: Any, x: int) -> int:
    """The first token at or after *x* past a post / file phrase ("في الملف", "فيه") and a
    time phrase ("لاحقاً", "عام 2022", "في آذار 2021"); *x* itself when none opens there."""
    for _ in range(10):
        if x >= sr.hi or sr.mention_at.get(x) is not None:
            break
        if sr.key(x) in _AR_IN and x + 1 < sr.hi and (
                sr.f(x + 1) & _AR_GAP_NOUNS or _timeish(sr, x + 1)):
            x += 2
            org = sr.after(x, types=("Organization",), maxgap=0)
            if org is not None:
                x = org.hi
        elif sr.f(x) & _AR_IN_IT or _timeish(sr, x) or sr.toks[x].text == "/":
            x += 1
        else:
            break
    return x


_AR_THEN = L._ar("ثم", "و")


def holder_before_comma_ar(sr: Any, t: int, new: str) -> str | None:
    """The last person named before ", ثم خلفه" / "، وخلفه" at *t* in this sentence (not a
    possessor, not *new*); None when the verb does not follow a comma or nobody is named."""
    c = t - 1 if sr.key(t - 1) in _AR_THEN else t
    if sr.toks[c - 1].text not in ("،", ",") or c - 1 < sr.lo:
        return None
    before = [m for m in sr.args if m.etype == "Person" and m.hi < c and not m.poss and
              m.eid != new and m.eid.startswith("person:")]
    return before[-1].eid if before else None
