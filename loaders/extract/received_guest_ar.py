"""Arabic: "him" of a meeting verb after a reception told in the sentence before is the guest
(session 56).

"استقبل رئيس الوزراء نواف سلام وزير الخارجية الإيراني عباس عراقجي. ثم التقاه رئيس الجمهورية
جوزاف عون": the one met next is the guest Araghchi, not the host Salam whom the previous
sentence names first (``SubjectHelpers._prev_subject``). ``received_guest_ar`` gives the
guest when the previous sentence opens with a verb of receiving (``L.AR_RECEIVE_VERBS``,
after و / ثم only) followed by the host's name and then the guest's, no preposition on the
guest. Called by ``meetings`` before the previous sentence's subject is taken.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import forms, title_start

_OPENERS = L._ar("و", "ثم", "وقد", "قد", "كما")
_MAX_GAP = 8  # tokens between the host's name and the guest's title or name


def received_guest_ar(sr: Any, exclude: str) -> Any:
    """The guest of the reception opening the previous sentence (module doc), else None."""
    if sr.si == 0:
        return None
    doc = sr.doc
    s = doc.sents[sr.si - 1]
    toks = doc.toks
    verb = next((x for x in range(s.lo, min(s.hi, s.lo + 3))
                 if forms(toks[x]) & L.AR_RECEIVE_VERBS), None)
    if verb is None or any(toks[x].key not in _OPENERS for x in range(s.lo, verb)):
        return None
    people = sorted((m for m in doc.by_sent.get(sr.si - 1, ()) if m.etype == "Person" and
                     not m.in_title and m.lo > verb), key=lambda m: m.lo)
    if len(people) < 2 or title_start(people[0]) > verb + 1:
        return None
    host, guest = people[0], people[1]
    if guest.eid in (exclude, host.eid) or title_start(guest) - host.hi > _MAX_GAP or \
            guest.prefix.lstrip("وف")[:1] in ("ب", "ل"):
        return None
    return guest
