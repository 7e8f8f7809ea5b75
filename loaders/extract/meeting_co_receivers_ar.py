"""MET_WITH (session 37, meetar): the people who welcome a guest together met each other.

"وكان في استقبال X (لدى وصوله إلى المطار) Y وZ" / "...، وكان في استقباله بمطار بغداد وكيل
الوزارة Y، والسفير Z": Y and Z stood together at the welcome, so every two of them met, and
the guest met each of them (the list goes on past "، و" and a title, ``titled_list_ar``).
Called from ``MeetingRules._in_reception_ar`` (meetings.py) with the first host read there,
and from ``meetings_ar._in_his_reception`` ("وكان في استقباله A، والسفير B") and
``meetings_ar._receivers_of_ar`` («وكان X في مقدمة مستقبلي Y»). The three read the host named
between كان and «في» with ``host_after_kana``.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.meeting_attend_forms import titled_list_ar
from loaders.extract.rule_common import meet_each_other, title_start

_KANA = L.AR_KANA | L._ar("فكان", "وكانوا", "كانوا")


def host_after_kana(sr: Any, f: int) -> Any:
    """«(و)كان X في استقبال(ه) / في مقدمة مستقبلي Y»: the person X named between a كان and the
    «في» at *f* (nothing else between them but X's title), else None. Not a name inside a
    title, nor one after a preposition clitic («بـX»، «لـX»)."""
    m = sr.before(f, types=("Person",), maxgap=0)
    if m is None or m.hi != f or m.in_title or m.prefix.lstrip("وف")[:1] in ("ب", "ل"):
        return None
    s = title_start(m)  # (a title word the mention leaves out: "كان معاون وزير الخارجية X")
    return m if any(x >= sr.lo and sr.f(x) & _KANA for x in (s - 1, s - 2)) else None


def co_receivers_ar(sr: Any, guest: Any, host: Any, rule: str = "in_reception_ar",
                    hosts_rule: str = "in_reception_ar") -> None:
    """Pair *guest* with every host listed from *host* (*rule*), and every two hosts
    (*hosts_rule*)."""
    hosts = [h for h in titled_list_ar(sr, sr.chain(host, ("Person",))) if h.eid != guest.eid]
    for h in hosts:
        sr.add("MET_WITH", guest.eid, h.eid, rule)
    ids = list(dict.fromkeys(h.eid for h in hosts))
    meet_each_other(sr, ids, hosts_rule)
