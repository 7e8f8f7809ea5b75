"""The traveller of a tour's next stop after a reception told with a pronoun (session 39).

"فقد استقبلها رئيس الجمهورية H في قصر بعبدا، ثم انتقلت إلى السراي حيث التقت Y": the one who
moved on to the next stop is the guest "ها" stands for (paired with H by the pronoun rule,
``met_pron_ar``), not H, the first person named in the sentence: the guest met Y, not H.
:func:`received_traveller_ar` gives that guest for ``subjects._carried_subject`` and for
``meeting_visitor``'s subject of a verb of moving on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from loaders.extract import lexicon as L
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
