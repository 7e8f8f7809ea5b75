"""Arabic meetings told with a light verb whose partner comes before the meeting noun
(session 58).

"حيث عقد مع رئيس مجلس النواب X خلوة استمرت ساعتين"، "وأجرى عراقجي مع نظيره العماني Y
محادثات في مسقط": the partner after a separate «مع» stands right before the noun, where the
noun rule of ``meetings._met_svo`` looked for «مع» only after the noun (so the rules had no
pair; the scorer sometimes did). :func:`partner_before_noun_ar` gives the position of that
«مع», so the partner is read as the one after it and the subject is looked for before it.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start

# the verbs that hold a meeting noun ("عقد اجتماعاً"، "أجرى محادثات")
_AR_LIGHT = L._ar("عقد", "وعقد", "يعقد", "عقدت", "وعقدت", "تعقد", "اجرى", "واجرى", "يجري",
                  "اجرت", "واجرت", "تجري", "عقدا", "اجريا")
_REACH = 4  # words between the light verb and «مع» (the subject, VSO)


def partner_before_noun_ar(sr: Any, t: int) -> int | None:
    """The index of the «مع» of "<light verb> (X) مع Y <noun at t>", else None: Y (a person or
    a body, with its title) ends right before the noun, «مع» is a separate word before Y's
    title, and a light verb stands at most `_REACH` words before «مع» with no punctuation
    between."""
    m = sr.mention_at.get(t - 1) if t - 1 >= sr.lo else None
    if m is None or m.hi != t or m.etype not in ("Person", "Organization"):
        return None
    w = title_start(m) - 1
    if w <= sr.lo or sr.key(w) != "مع":
        return None
    for y in range(w - 1, max(sr.lo, w - 1 - _REACH) - 1, -1):
        if sr.toks[y].punct:
            return None
        if sr.f(y) & _AR_LIGHT:
            return w
    return None
