"""Session 28 (scorerfit): feature families of the learned scorer that do not name a word,
tried for how they carry across writers (``bench/scorer_generalisation.py``). Switched on by
``$SCORER_EXTRA`` (comma-separated family names; none by default, so the shipped weights and
``rules+scorer``'s output are unchanged unless a family is shipped in ``SHIPPED``):

- ``aff``: the two people's known affiliations (the body or country of any of their titles in
  the article, ``role_org`` / ``role_nat``, and the rules' LEADS / MEMBER_OF targets):
  ``aff:same`` when they share one ("Turkish President Erdogan and Foreign Minister Fidan"),
  ``aff:diff`` when both have some and none is shared;
- ``copart``: the rules related both to one third entity of the sentence by MET_WITH (two
  participants of one meeting: "A and B met C"), ``copart`` (and ``copart:same`` with ``aff``
  when they share an affiliation);
- ``punct``: the commas between the two (0, 1, 2 or more: an apposition or a list between).
"""

from __future__ import annotations

import os
from typing import Any

from loaders.extract.scorer_features import Candidate

SHIPPED: tuple[str, ...] = ()
FAMILIES = frozenset(f for f in os.environ.get("SCORER_EXTRA", ",".join(SHIPPED)).split(",")
                     if f in ("aff", "copart", "punct"))

_AFF_TYPES = frozenset({"LEADS", "MEMBER_OF"})
_COMMA = frozenset({",", "،"})
_CM = ("cm=0", "cm=1", "cm=2")


def affiliations(doc: Any, rels: list) -> dict[str, set[str]]:
    """Per person id: the bodies and countries of its titles in the article and of the
    rules' LEADS / MEMBER_OF relations."""
    out: dict[str, set[str]] = {}
    for ms in doc.by_sent.values():
        for m in ms:
            if m.etype == "Person":
                for x in (m.role_org, m.role_nat):
                    if x:
                        out.setdefault(m.eid, set()).add(x)
    for r in rels:
        if r.type in _AFF_TYPES:
            out.setdefault(r.source, set()).add(r.target)
    return out


def add_extra_features(doc: Any, rels: list, cands: list[tuple[int, Candidate]]) -> None:
    """Append the switched-on families' features to each candidate's (in place)."""
    if not FAMILIES or not cands:
        return
    aff = affiliations(doc, rels) if "aff" in FAMILIES or "copart" in FAMILIES else {}
    met: dict[int, dict[str, set[str]]] = {}  # sentence -> id -> its MET_WITH partners
    if "copart" in FAMILIES:
        for r in rels:
            if r.type == "MET_WITH":
                d = met.setdefault(r.sent, {})
                d.setdefault(r.source, set()).add(r.target)
                d.setdefault(r.target, set()).add(r.source)
    toks = doc.toks
    for si, c in cands:
        a, b, f = c.a, c.b, c.feats
        same = False
        if aff and a.etype == "Person" and b.etype == "Person":
            xa, xb = aff.get(a.eid), aff.get(b.eid)
            if xa and xb:
                same = not xa.isdisjoint(xb)
                if "aff" in FAMILIES:
                    f.append("aff:same" if same else "aff:diff")
        if "copart" in FAMILIES:
            d = met.get(si)
            if d:
                pa, pb = d.get(a.eid), d.get(b.eid)
                if pa and pb and (pa & pb) - {a.eid, b.eid}:
                    f.append("copart")
                    if same:
                        f.append("copart:same")
        if "punct" in FAMILIES:
            n = sum(1 for k in range(a.hi, b.lo) if toks[k].key in _COMMA) if b.lo > a.hi else 0
            f.append(_CM[n if n < 2 else 2])
