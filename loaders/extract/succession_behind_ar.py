"""Arabic «خلف» as the place word "behind", not the verb "succeeded" (session 42).

"وقف الوزير X خلف Y في الصورة"، "وجلس X خلف Y خلال الاجتماع"، "سار X خلف النعش": after a verb of
standing, sitting, walking or lining up, «خلف» places the subject behind the person named after
it. The «خلف» rule (``succession_rules_ar``, ``khalafa_ar``) read every "X خلف Y" as a
succession; this check makes it skip a bare «خلف» whose clause opens with such a verb (at most
six words back, no punctuation between).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

# verbs of posture and movement that «خلف» (behind) completes
_AR_POSTURE = L._ar(
    "وقف", "ووقف", "يقف", "ويقف", "وقفت", "ووقفت", "تقف", "جلس", "وجلس", "يجلس", "ويجلس",
    "جلست", "وجلست", "تجلس", "سار", "وسار", "يسير", "ويسير", "سارت", "وسارت", "اصطف", "واصطف",
    "يصطف", "اصطفت", "مشى", "ومشى", "يمشي", "ظهر", "وظهر", "يظهر", "ظهرت", "وظهرت", "صلى",
    "وصلى", "يصلي", "اختبأ", "واختبأ", "يختبئ")
# the bare place word (the verb forms with a pronoun or a prefix stay verbs)
_AR_BARE = L._ar("خلف", "وخلف", "فخلف")


def behind_not_succeeded_ar(sr: Any, t: int) -> bool:
    """True when «خلف» at *t* follows a verb of posture or movement in its clause: "behind"."""
    if sr.toks[t].key not in _AR_BARE:
        return False
    for y in range(t - 1, max(sr.lo, t - 7) - 1, -1):
        if sr.toks[y].punct:
            return False
        if sr.toks[y].key in _AR_POSTURE:
            return True
    return False
