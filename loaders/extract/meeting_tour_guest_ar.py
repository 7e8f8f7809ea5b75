"""The traveller of a tour's next stop after a reception told with a pronoun (session 39).

"فقد استقبلها رئيس الجمهورية H في قصر بعبدا، ثم انتقلت إلى السراي حيث التقت Y": the one who
moved on to the next stop is the guest "ها" stands for (paired with H by the pronoun rule,
``met_pron_ar``), not H, the first person named in the sentence: the guest met Y, not H.
:func:`received_traveller_ar` gives that guest for ``subjects._carried_subject`` and for
``meeting_visitor``'s subject of a verb of moving on.

So too the next stop told after "قبل أن" (session 65): "ثم انتقل إلى عين التينة حيث استقبله
H، قبل أن يزور السراي ويلتقي Y" / "، قبل أن يلتقي Y": the guest met Y, not H
(:func:`before_next_stop_ar` finds the clause).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.meeting_tour import after_before_that_ar
from loaders.extract.rule_common import title_start

# a reception verb with its object pronoun: "(و/ف)استقبله"، "استقبلها"
_AR_RECEIVED_PRON = L._ar("استقبله", "استقبلها", "واستقبله", "واستقبلها", "فاستقبله", "فاستقبلها")


def received_traveller_ar(sr: Any, host: Any, t: int,
                          subject_before: Callable[[Any, int], Any] | None = None) -> Any:
    """The guest *host* received with a pronoun object right before his name, when that
    reception's pair was read (``met_pron_ar``); his latest mention before *t*; else None.
    With *subject_before* (``meeting_fallback._subject_before``), a reception whose pair was
    not read gives the person that finder names before the reception verb ("وبدأ X جولته من
    كمبالا حيث استقبله H، قبل أن ينتقل إلى أديس أبابا ويلتقي Z": X, session 65)."""
    v = title_start(host) - 1
    if v < sr.lo or not sr.f(v) & _AR_RECEIVED_PRON:
        return None
    guests = {r.target if r.source == host.eid else r.source for r in sr.out
              if r.type == "MET_WITH" and r.rule == "met_pron_ar" and
              host.eid in (r.source, r.target)}
    if not guests and subject_before is not None:
        g = subject_before(sr, v)
        return g if g is not None and g.etype == "Person" and g.eid != host.eid else None
    if len(guests) != 1:
        return None
    gid = guests.pop()
    seen = [m for m in sr.doc.ments if m.eid == gid and m.hi <= t]
    return seen[-1] if seen else None


_AR_VISIT_SUBJ = L._ar("يزور", "تزور", "ينتقل", "تنتقل", "يتوجه", "تتوجه")


def before_next_stop_ar(sr: Any, t: int) -> bool:
    """The meeting verb at *t* opens "قبل أن يلتقي Y" or closes "قبل أن يزور <place>
    و<t>" (a visit verb with no subject named, its place of one to five words and no
    punctuation between)."""
    if after_before_that_ar(sr, t):
        return True
    if not sr.toks[t].key.startswith("و"):
        return False
    for v in range(t - 2, max(sr.lo + 1, t - 6) - 1, -1):
        if sr.toks[v].punct:
            return False
        if sr.key(v) in _AR_VISIT_SUBJ:  # (no subject of its own: "قبل أن يزور X B ويلتقي")
            return after_before_that_ar(sr, v) and not any(
                m.etype == "Person" and v < m.lo < t for m in sr.args)
    return False
