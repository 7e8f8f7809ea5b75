"""MET_WITH: the Arabic dual relative (session 17b).

"... X وY، اللذين استقبلهما Z (في بعبدا)، ثم التقيا W": Z received X and Y, and the two then
met W (X-Z, Y-Z, X-W, Y-W); Z, the host of the relative clause, did not meet W. Also
"اللذين التقاهما Z" / "اللذين التقى بهما Z" / "اللتين اجتمع بهما Z".
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.mention_base import Mention
from loaders.extract.rule_common import EMPTY, title_start

AR_DUAL_RELATIVE = L._ar("اللذين", "اللذان", "اللتين", "اللتان")
AR_MET_THEM = L._ar("استقبلهما", "التقاهما", "استقبلتهما", "التقتهما")
_AR_MET_PREP = L._ar("التقى", "اجتمع", "التقت", "اجتمعت")
_AR_WITH_THEM = L._ar("بهما", "معهما")
_AR_THE_TWO_MET = L._ar("التقيا", "اجتمعا", "التقتا", "اجتمعتا")
_AR_THEN = L._ar("ثم", "وثم", "كما", "و")
register_triggers(AR_DUAL_RELATIVE, EMPTY)


def _pair_before(sr: Any, r: int) -> list[Mention] | None:
    """The two people "X وY" right before the relative at *r* (a comma between), or None."""
    people = [m for m in sr.args if m.etype == "Person" and m.hi <= r]
    if len(people) < 2:
        return None
    second = max(people, key=lambda m: m.hi)
    if r - second.hi > 1:
        return None
    first = next((m for m in sorted(people, key=lambda m: -m.lo) if m.hi <= title_start(second)
                  and sr.chain(m, ("Person",))[-1:] == [second]), None)
    if first is None or len(sr.chain(first, ("Person",))) != 2:
        return None
    return [first, second]


def _host_after(sr: Any, r: int) -> tuple[Mention, int] | None:
    """The host named after "استقبلهما" / "التقى بهما" at *r* + 1, and where the clause's
    verb ends; or None."""
    v = r + 1
    if sr.f(v) & AR_MET_THEM:
        end = v + 1
    elif sr.f(v) & _AR_MET_PREP and sr.f(v + 1) & _AR_WITH_THEM:
        end = v + 2
    else:
        return None
    host = sr.after(end, types=("Person",), maxgap=3)
    return (host, end) if host is not None else None


def dual_relative_ar(sr: Any) -> None:
    """"X وY، اللذين استقبلهما Z، ثم التقيا W" (module doc)."""
    for r in sr.triggers(AR_DUAL_RELATIVE, EMPTY):
        pair = _pair_before(sr, r)
        found = _host_after(sr, r) if pair is not None else None
        if pair is None or found is None:
            continue
        host, end = found
        if sr.blocked(r + 1, host):
            continue
        hosts = sr.chain(host, ("Person",))
        ids = {m.eid for m in pair}
        for h in hosts:
            for p in pair:
                if h.eid not in ids:
                    sr.add("MET_WITH", p.eid, h.eid, "dual_relative_ar")
        then_the_two_met(sr, pair, hosts, "dual_relative_ar")


def then_the_two_met(sr: Any, pair: list[Mention], hosts: list[Mention], rule: str) -> None:
    """"...، ثم التقيا W" after the hosts who received the *pair*: the two met W (and the
    hosts did not)."""
    ids = {m.eid for m in pair}
    w = next((y for y in range(hosts[-1].hi, sr.hi) if sr.f(y) & _AR_THE_TWO_MET and
              sr.toks[y - 1].text in ("،", ",", "ثم", "كما") or
              sr.f(y) & _AR_THE_TWO_MET and sr.key(y).startswith("و")), None)
    first = sr.after(w + 1, types=("Person",), maxgap=4) if w is not None else None
    if first is None or sr.blocked(w, first):
        return
    met = sr.chain(first, ("Person",))
    host_ids = {h.eid for h in hosts}
    met_ids = {m.eid for m in met}
    sr.out[:] = [x for x in sr.out if not (x.type == "MET_WITH" and (
        x.source in host_ids and x.target in met_ids or
        x.target in host_ids and x.source in met_ids))]
    for m in met:
        for p in pair:
            if m.eid not in ids:
                sr.add("MET_WITH", p.eid, m.eid, rule)
