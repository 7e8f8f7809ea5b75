"""A time aside set off by commas before an Arabic meeting noun (session 66).

"عقد السفير الأميركي X والسفير الإيراني Y، أمس، جولة محادثات" / "أجرى X وY، اليوم الأحد،
مباحثات" / "عقد X وY، صباح الثلاثاء، جلسة مباحثات": the words between the two commas tell
when, and the subjects before them held the talks named after them. ``time_aside_start_ar``
gives the position of the comma opening such an aside when it ends right before *x* (the
rule "met_plural_noun_ar" of ``meetings.MeetingRules._met_svo`` then looks for the last
subject before that comma); *x* itself when there is none. Across such an aside the subjects
must follow the holding verb at once (``held_right_before_ar``): not the members of "أجرى وفد
يضم A وB، الخميس، مباحثات" (a delegation's members held talks with someone else, not with each
other).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

# the words of a time aside: a day, "yesterday" / "today", the part of a day, a month, a date
AR_TIME_ASIDE_WORDS = L.AR_WEEKDAYS | L.AR_MONTHS | L._ar(
    "أمس", "امس", "اليوم", "يوم", "مساء", "صباح", "ظهر", "الماضي", "الجاري", "الأول", "الثاني",
    "أول", "امسية", "أمسية", "الليلة", "فجر")
# the verbs holding the talks, right before their subjects ("عقد / أجرى X وY، أمس، ...")
AR_HELD_VERBS = L._ar("عقد", "وعقد", "عقدت", "وعقدت", "يعقد", "أجرى", "وأجرى", "اجرى", "واجرى",
                      "أجرت", "وأجرت", "يجري", "ويجري")
_COMMAS = ("،", ",")
_REACH = 4  # words inside the aside at most


def time_aside_start_ar(sr: Any, x: int) -> int:
    """The comma opening a time aside that closes right before *x* (module doc), else *x*."""
    if x - 2 <= sr.lo or sr.toks[x - 1].text not in _COMMAS:
        return x
    y = x - 2
    while y > sr.lo and x - 1 - y <= _REACH:
        tk = sr.toks[y]
        if tk.text in _COMMAS:
            return y if y < x - 2 else x
        if sr.mention_at.get(y) is not None or not (
                sr.f(y) & AR_TIME_ASIDE_WORDS or tk.text.replace("-", "").replace("/", "").isdigit()):
            return x
        y -= 1
    return x


def held_right_before_ar(sr: Any, x: int) -> bool:
    """Is the word before *x* (the first subject's title) a verb holding talks (module doc)?"""
    return x - 1 >= sr.lo and bool(sr.f(x - 1) & AR_HELD_VERBS)
