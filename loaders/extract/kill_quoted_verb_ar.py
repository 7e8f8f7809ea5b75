"""Arabic killing verbs in scare quotes and with "its forces / aircraft" as subject (session 61).

Armies' own words are often quoted as they were said: «أن طائراته «قضت» على X», «أن إسرائيل
"قضت" على X», «أن جهاز الاستخبارات التركي «حيّد» القيادي في الحزب X». The quotation marks
around the verb stand between it and its subject before (SVO), so the subject is looked for
past them (``before_quotes``); "its forces / aircraft / fighters" («قواته / طائراته /
مقاتلاته») right after «أن / بأن» stand for the body or country that said it
(``forces_speaker_ar``, the speaker finder of ``kill_groups_forces.its_forces_killed``).
Read by ``kill_phrasal.agent_verb_killed_ar`` and ``kill_groups_forces.its_forces_killed``.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.mention_core import QUOTES

_AGENTS = ("Organization", "Country")
AR_ITS_FORCES = L._ar("قواته", "قواتها", "جنوده", "طائراته", "طائراتها", "مقاتلاته",
                      "مقاتلاتها",
                      # its fighters / members (session 54): «أن مقاتليها قتلوا X»
                      "مقاتليها", "مقاتلوها", "مقاتليه", "مقاتلوه", "عناصرها", "عناصره",
                      "مسلحيها", "مسلحوها")
AR_SAY = L._ar("اكد", "اكدت", "اعلن", "اعلنت", "قال", "قالت", "ذكر", "ذكرت", "افاد",
               "افادت", "اوضح", "اوضحت")
# the verbs an army's statement quotes: "finished off" (with its «على»: «قضت على X»; «قضى»
# alone is "died" or "spent") and "neutralised" (only with a titled person as its object:
# «حيّد القيادي X», not «حيّدت نفسها / الخلافات»)
AR_FINISHED = L._ar("قضى", "قضت", "قضوا")
AR_NEUTRALISED = L._ar("حيد", "حيدت", "حيدوا")


def before_quotes(sr: Any, x: int) -> int:
    """The index of the last token before *x* that is no quotation mark ('"قضت"', «قضت»)."""
    y = x - 1
    while y > sr.lo and sr.toks[y].punct and sr.toks[y].text in QUOTES:
        y -= 1
    return y


def say_before_forces_ar(sr: Any, f: int) -> int | None:
    """The verb of saying up to twelve words before the its-forces noun at *f* («أكد / قال
    الجيش ... أن قواته»), when that noun stands right after «أن / بأن»; else None."""
    if not sr.f(f) & AR_ITS_FORCES or sr.key(f - 1) not in ("ان", "بان"):
        return None
    return next((y for y in range(f - 2, max(sr.lo, f - 12) - 1, -1) if sr.f(y) & AR_SAY),
                None)


def forces_speaker_ar(sr: Any, f: int) -> Any:
    """The body or country whose "forces / aircraft" the word at *f* names («أكد الجيش
    الإسرائيلي أن طائراته ...»: the army), the one named right after or right before the
    verb of saying; else None."""
    say = say_before_forces_ar(sr, f)
    if say is None:
        return None
    return sr.after(say + 1, types=_AGENTS, maxgap=0) or sr.before(say, types=_AGENTS, maxgap=1)
