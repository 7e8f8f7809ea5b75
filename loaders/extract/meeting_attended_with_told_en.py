"""MET_WITH (session 64): "Z sat in on / attended the talks with Y", the talks told before.

"Iraqi Prime Minister A held talks with President Y in Tehran. Foreign Minister Z sat in on the
talks with Y." / "A met Y in Moscow. Ambassador Z also attended the meeting with Y." The
definite meeting noun with "with Y" names a meeting the article told in the sentences before
(``accompanied_next_en.recent_meeting_pairs``: the latest meeting, and the one before it when
close); Z, of Y's own country, met Y (read already as a meeting of Z with Y) and Y's partners
of another country there (A). An attendee of the other side ("Russia's ambassador Z also
attended the talks with [the Iranian] Y") met Y only, not his own minister (the dev gold's
convention); nothing when no meeting told before has Y, or a country is not known; not when
negated or planned ("did not attend", "will sit in on"). "Z attended X's meeting with Y"
(both sides named) is ``meeting_attended_named.attended_named_en``'s.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.accompanied_next_en import recent_meeting_pairs
from loaders.extract.meeting_present_more import country_named


def _meeting_with_at(sr: Any, x: int) -> int | None:
    """The position of "with" in "the talks / meeting with" opening at *x*, else None."""
    if sr.key(x) != "the" or sr.key(x + 1) not in L.EN_TALKS_NOUNS or sr.key(x + 2) != "with":
        return None
    return x + 2


def attended_talks_with_told_en(sr: Any, v: int, x: int) -> None:
    """*v*: the verb of attending, *x*: the word after it (and after "in on" / "part in");
    add Z's pairs with Y's partners of the meeting told before (module doc)."""
    w = _meeting_with_at(sr, x)
    if w is None:
        return
    partner = sr.after(w + 1, types=("Person",), maxgap=6)
    if partner is None or partner.poss or \
            any(sr.toks[k].punct for k in range(w + 1, partner.lo)):
        return
    subj = sr.subject_before(v)
    if subj is None or subj.etype != "Person" or subj.poss or sr.blocked(v, subj):
        return
    side = country_named(sr, partner.eid, partner)
    if side is None:
        return
    attendees = [a for a in sr.people_chain(subj)
                 if country_named(sr, a.eid, a) == side]  # (Y's own side: "his" talks)
    ids = {a.eid for a in attendees}
    others = list(dict.fromkeys(q for pair in recent_meeting_pairs(sr) if partner.eid in pair
                                for q in pair if q != partner.eid and q not in ids))
    others = [q for q in others if country_named(sr, q) not in (side, None)]
    if not attendees or not others:
        return
    for a in attendees:
        for p in [partner.eid] + others:
            if p != a.eid:
                sr.add("MET_WITH", a.eid, p, "attended_talks_with_told_en")
