"""A host who gathered people around one table met them, and they met each other (session 65).

"ثم جمع الرئيس الفرنسي إلى طاولة واحدة في قصر الصنوبر رؤساء الكتل النيابية، ومنهم A، وB، وC" /
"He then gathered the leaders of nine parties, including A, around one table": the host met
each person the list names, and they met each other (one gathering: the dev annotation pairs
the participants of a gathering, "The meeting brought together A, B and C"). The table phrase
is required («إلى / حول طاولة (واحدة / الحوار / مستديرة)», "around one / the same / a table"),
and so is the list's opener («ومنهم»، «ومن بينهم»، «وبينهم»، «بمن فيهم»; "including", "among
them"). Not a gathering planned, proposed or negated (``sr.blocked``), nor the present
«تجمع» of an initiative ("مبادرة ... لعقد طاولة تجمع A وB").
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.meeting_attend_forms import titled_list_ar

AR_GATHERED = L._ar("جمع", "وجمع", "فجمع")
EN_GATHERED = L._en("gathered", "assembled")
_AR_TABLE = L._ar("طاولة", "الطاولة")
_AR_TO_TABLE = L._ar("إلى", "الى", "حول", "على")
_AR_AMONG = L._ar("ومنهم", "منهم", "بينهم", "وبينهم", "ومن", "من", "فيهم")  # "ومن بينهم"، "بمن فيهم"
_EN_TABLE = L._en("table")
_EN_AROUND = L._en("around", "round", "at")
_EN_AMONG = L._en("including", "among")
_REACH = 16  # words after the verb read for the table and the list


def _each_met(sr: Any, host: Any, members: list[Any], rule: str) -> None:
    """The host met each member; the members met each other."""
    people = [host] + [m for m in members if m.eid != host.eid]
    if len(people) < 2:
        return
    for i, a in enumerate(people):
        for b in people[i + 1:]:
            if a.eid != b.eid:
                sr.add("MET_WITH", a.eid, b.eid, rule)


def _first_listed(sr: Any, lo: int, hi: int, ar: bool) -> Any:
    """The first person after the list's opener between *lo* and *hi*, else None."""
    for y in range(lo, hi):
        k = sr.key(y)
        if ar and k in _AR_AMONG and (k.endswith(("هم", "فيهم")) or sr.key(y + 1) == "بينهم"):
            start = y + 1 if k.endswith("هم") else y + 2
            m = sr.after(start, types=("Person",), maxgap=6)
            return m if m is not None and not any(
                sr.toks[z].text in (".", "؛") for z in range(start, m.lo)) else None
        if not ar and k in _EN_AMONG:
            start = y + 1 + (sr.key(y + 1) == "them")
            return sr.after(start, types=("Person",), maxgap=3)
    return None


def round_table_ar(sr: Any) -> None:
    """«جمع X إلى طاولة واحدة ...، ومنهم A وB»: X met A and B, A met B (module doc)."""
    for t in sr.triggers(AR_GATHERED, frozenset()):
        end = min(sr.hi, t + _REACH)
        if not any(sr.key(y) in _AR_TABLE and sr.key(y - 1) in _AR_TO_TABLE
                   for y in range(t + 1, end)):
            continue
        host = sr.after(t + 1, types=("Person",), maxgap=3)
        if host is None or host.prefix.lstrip("وف") or sr.blocked(t, host):
            continue
        first = _first_listed(sr, host.hi, min(sr.hi, host.hi + 2 * _REACH), True)
        if first is None:
            continue
        _each_met(sr, host, titled_list_ar(sr, sr.chain(first, ("Person",))), "round_table_ar")


def round_table_en(sr: Any) -> None:
    """"X gathered the leaders ..., including A, around one table": X met A (module doc)."""
    for t in sr.triggers(frozenset(), EN_GATHERED):
        end = min(sr.hi, t + 2 * _REACH)
        if not any(sr.key(y) in _EN_TABLE and any(sr.key(z) in _EN_AROUND
                                                  for z in range(max(t, y - 3), y))
                   for y in range(t + 1, end)):
            continue
        host = sr.subject_before(t)
        if host is None or host.etype != "Person" or sr.blocked(t, host):
            continue
        first = _first_listed(sr, t + 1, end, False)
        if first is None:
            continue
        _each_met(sr, host, sr.chain(first, ("Person",)), "round_table_en")
