"""MET_WITH, Arabic (session 62): talks held "with him" before the meeting noun.

"وصل الرئيس X إلى أبوظبي، حيث عقد معه الشيخ H جلسة مباحثات" / "(وصل X إلى أبوظبي.) وعقد معه H
جلسة مباحثات" / "وعقد H معه جلسة مباحثات" / "وأجرى H معه مباحثات": H, named between the verb of
holding and the noun, held the talks with the one «معه» stands for: the nearest person named
before the verb in the sentence, else the subject of the sentence before. Read only when the
holder is named right after the verb (or right after «معه»), so "استقبل H X، وعقد معه جلسة
مباحثات" stays the base rules' (the host carried); not a future or negated holding
(``SentenceCore.blocked``). Called from ``meetings`` (met_noun_ar) before «مع Y» is looked for.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start

_AR_HELD = L._ar("عقد", "وعقد", "عقدت", "وعقدت", "أجرى", "وأجرى", "اجرى", "واجرى", "أجرت", "وأجرت",
                 "اجرت", "واجرت")
_AR_WITH_HIM = L._ar("معه", "معها")
_REACH = 12  # the verb of holding, «معه» and the holder's name before the meeting noun


def with_him_talks_ar(sr: Any, t: int) -> tuple[Any, Any] | None:
    """(holder, partner) of "عقد (H) معه (H) جلسة مباحثات" at the meeting noun *t* (module
    doc), else None."""
    v = next((y for y in range(t - 1, max(sr.lo, t - _REACH) - 1, -1)
              if sr.key(y) in _AR_HELD), None)
    if v is None or any(sr.toks[y].punct for y in range(v + 1, t)):
        return None
    w = next((y for y in range(v + 1, t) if sr.key(y) in _AR_WITH_HIM), None)
    if w is None:
        return None
    holder = next((m for m in sr.args if m.etype == "Person" and v < title_start(m) and
                   m.hi <= t and not m.prefix and title_start(m) in (v + 1, w + 1)), None)
    if holder is None:
        return None
    named = [m for m in sr.args if m.etype == "Person" and m.hi <= v and m.eid != holder.eid]
    partner = max(named, key=lambda m: m.hi) if named else sr._prev_subject(exclude=holder.eid)
    if partner is None or partner.eid == holder.eid:
        return None
    return holder, partner
