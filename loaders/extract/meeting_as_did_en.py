"""MET_WITH (session 57): ", as did Z" / ", as was Z" after a meeting clause: Z did the same.

- "A, B and C joined the Oval Office meeting, as did Israel's minister Z": the clause is an
  attendance ("joined", "attended", "sat in", "took part", "present"): Z met everyone of the
  meeting pairs read in this sentence for its people (the meeting's sides and the attendees);
  Z may carry a title set off by a comma (", as was Iraq's foreign minister, Fuad Hussein":
  session 59);
- ", as did A and B": each of the list did the same (session 64: "Foreign Minister F attended
  the delegation-level talks, as did Defense Minister A and Foreign Minister Prince B");
- "X met the new president afterwards, as did Z", "X was received on Dec. 22, as was Z": Z met
  whom the clause's subject X (the sentence's first person) met in this sentence.

Only the meeting pairs this sentence's rules read (``sr.out`` from *n_met*); no pair when
none was read. Run by ``relations.SentenceRules.run`` after the sentence's meeting rules.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.rule_common import title_start

_AS_VERBS = frozenset({"did", "was", "were"})
_ATTENDING = frozenset({"joined", "attended", "sat", "took", "present", "attending", "room",
                        "table"})


def as_did_en(sr: Any, n_met: int) -> None:
    """", as did Z": Z met whom the clause's people met (module doc)."""
    ks = sr.key_set()
    if "as" not in ks or ks.isdisjoint(_AS_VERBS) or sr.toks[sr.lo].ar:
        return
    for k in range(sr.lo + 1, sr.hi - 2):
        if sr.key(k) != "as" or sr.key(k - 1) != "," or sr.key(k + 1) not in _AS_VERBS:
            continue
        z = sr.after(k + 2, types=("Person",), maxgap=6)
        if z is None or z.poss or any(sr.toks[y].punct for y in range(k + 2, title_start(z))):
            continue  # (no mark before Z's title; a comma between that title and the name
            # sets it off: ", as was Iraq's foreign minister, Fuad Hussein": session 59)
        people = [m for m in sr.args if m.etype == "Person" and m.hi <= k and not m.poss]
        if not people:
            continue
        pairs = [(r.source, r.target) for r in sr.out[n_met:] if r.type == "MET_WITH"]
        attending = any(sr.key(y) in _ATTENDING for y in range(people[0].hi, k))
        own = {m.eid for m in people} if attending else {people[0].eid}
        met = {p for pair in pairs if own & set(pair) for p in pair}
        if not attending:
            met -= own
        for zz in sr.chain(z, ("Person",)):  # ", as did A and B" (session 64)
            for p in sorted(met):
                if p != zz.eid:
                    sr.add("MET_WITH", zz.eid, p, "as_did_en")
