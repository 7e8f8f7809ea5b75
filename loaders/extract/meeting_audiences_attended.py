"""MET_WITH: the attendees of "the audiences" met the host and every guest of them (session 66).

Gulf agencies tell a ruler's receptions one after another, then name who attended them all in the
plural: «فقد استقبل جلالته A، ثم استقبل B، كما استقبل C. ... حضر المقابلات السيد X والسيد Y»,
"His Majesty received A. His Majesty also received B. Later, His Majesty received C. The
audiences were attended by X and Y", «وحضر اللقاءات / الاجتماعات X». The attendees met the host
and each guest, not only the last meeting's pair (the singular «حضر المقابلة X» still reads the
latest meeting alone: ``meeting_attended``).

``relations.SentenceRules._remember_meeting`` keeps the meetings of the last sentences
(``state["met_series"]``); :func:`audience_series_people` walks them back from the latest while
one person (the host) is in every pair, and gives everyone they paired when that makes two
meetings or more. :func:`plural_meetings_named` tells the plural meeting noun of the attendance
verb at *t*; :func:`apposed_more_en` the English list past each member's title ("attended by
HH Sayyid A, Deputy Prime Minister for ..., and HH Sayyid B, Advisor to His Majesty").
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

# the plural (and dual) meeting nouns right after the attendance verb
AR_PLURAL_MEETINGS = L._ar("المقابلات", "المقابلتين", "اللقاءات", "اللقاءين", "الاجتماعات",
                           "الاجتماعين")
_EN_PLURAL_MEETINGS = frozenset({"audiences", "meetings"})
_EN_AUX = frozenset({"were", "was", "also", "have", "had", "been"})
SERIES_KEY = "met_series"  # doc.state: [(sentence, its rule output), ...] of recent meetings
SERIES_GAP = 2  # sentences between two meetings of one series (a sentence of thanks between)
_SINCE = 3  # sentences from the latest meeting of the series to the attendance


def plural_meetings_named(sr: Any, t: int) -> bool:
    """Is the attendance verb at *t* that of the plural meetings: «حضر المقابلات / اللقاءات»,
    "The audiences / meetings were (also) attended by", "attended the audiences"?"""
    if sr.toks[t].ar:
        return t + 1 < sr.hi and sr.key(t + 1) in AR_PLURAL_MEETINGS
    if sr.key(t + 1) == "the" and t + 2 < sr.hi and sr.key(t + 2) in _EN_PLURAL_MEETINGS:
        return True
    y = t - 1
    while y > sr.lo and sr.key(y) in _EN_AUX:
        y -= 1
    return sr.key(t + 1) == "by" and sr.key(y) in _EN_PLURAL_MEETINGS and \
        sr.key(y - 1) in ("the", "both", "all")


def remember_series(state: dict, si: int, out: list) -> None:
    """Add sentence *si*'s meeting (its rule output *out*) to the recent series (a meeting
    more than :data:`SERIES_GAP` sentences after the last one starts a new series)."""
    series = state.get(SERIES_KEY)
    if series and series[-1][0] >= si - SERIES_GAP:
        series.append((si, out))
    else:
        state[SERIES_KEY] = [(si, out)]


def _pairs(out: list) -> list[tuple[str, str]]:
    return [(r.source, r.target) for r in out if r.type == "MET_WITH"]


def audience_series_people(sr: Any) -> list[str]:
    """Everyone the host of the latest meetings met, the host included (module doc); [] when
    the series makes one meeting of one pair, or no host is in every pair, and in English when
    the meetings are told in one sentence ("received A and then B. The meetings were attended
    by Z": Z met the host only, session 55's convention; the agencies' series tells each
    audience in its own sentence)."""
    series = sr.doc.state.get(SERIES_KEY) or []
    if not series or series[-1][0] < sr.si - _SINCE or series[-1][0] >= sr.si:
        return []
    hosts: set[str] | None = None
    taken: list[tuple[str, str]] = []
    told_in = 0
    for _si, out in reversed(series):
        pairs = _pairs(out)
        common = set.intersection(*(set(p) for p in pairs)) if pairs else set()
        common = common if hosts is None else common & hosts
        if not common:
            break
        hosts = common
        taken += pairs
        told_in += 1
    people = {p for pair in taken for p in pair}
    if hosts is None or len(hosts) != 1 or len(people) < 3 or (
            told_in < 2 and not sr.toks[sr.lo].ar):
        return []
    return sorted(people)


_EN_HONORIFIC = frozenset({"hh", "he", "his", "her", "highness", "excellency", "sayyid", "sheikh",
                           "dr", "mr", "mrs", "ms", "the"})


_ITEM_ENDS = frozenset({",", ".", ";", "and", ")", "were", "was", "also"})
_TITLE_MAX = 9  # words of a title set before the name: "Iran's consul general in Erbil"
_TITLE_LINKS = frozenset({"'s", "in", "to", "of", "for", "at", "the"})


def _title_word_en(sr: Any, z: int) -> bool:
    """Is token *z* a word of a title set before a name: a title word, a nationality, a link
    ("in", "'s"), an owner ("Iran's"), inside a place, state or body named, or a description
    read there?"""
    m = sr.mention_at.get(z)
    if m is not None:
        return m.etype != "Person" or m.kind == "desc"
    k = sr.key(z)
    return k in L.EN_TITLE_WORDS or k in L.NATIONALITY or k in _TITLE_LINKS or (
        sr.toks[z].cap and sr.toks[z].text.endswith(("'s", "’s")))  # ("Iran's": the owner)


def _list_link_start(sr: Any, z: int) -> int:
    """The first token of the list link ending at *z* ("and", "as well as"), or -1."""
    if sr.key(z) == "and":
        return z
    if (sr.key(z - 2), sr.key(z - 1), sr.key(z)) == ("as", "well", "as"):
        return z - 2
    return -1


def _title_before_comma_en(sr: Any, lo: int, y: int) -> int:
    """The start of a title told before the name at *y* (or before its own title words), and
    closed by a comma or not ("and Iran's consul general in Erbil, B", "and Iran's ambassador
    to Iraq, B", "as well as U.S. Secretary of State C"): the first word after the link, else
    *y*. Every word between is a title's
    (``_title_word_en``)."""
    start = y - 2 if sr.key(y - 1) == "," else y - 1
    for z in range(start, max(lo, start - _TITLE_MAX), -1):
        if _list_link_start(sr, z) >= 0:
            return z + 1 if z < start else y
        if not _title_word_en(sr, z):
            return y
    return y


def apposed_more_en(sr: Any, people: list) -> list:
    """*people* (the English attendees after "by") continued past a title set after each:
    ", <title>, and (HH Sayyid) B", ", <title>, as well as <title> C" -- a name right after
    ", and" / ", as well as" (or after "and" right after the one before) and honorifics; no full
    stop or semicolon between."""
    out = list(people)
    while out:
        last = out[-1]
        nxt = next((m for m in sr.args if m.lo >= last.hi and m.etype == "Person" and
                    m.kind == "name" and m.eid not in {o.eid for o in out}), None)
        if nxt is None:
            return out
        y = nxt.tlo if 0 <= nxt.tlo < nxt.lo else nxt.lo
        while y - 1 > last.hi and sr.key(y - 1) in _EN_HONORIFIC:
            y -= 1
        y = _title_before_comma_en(sr, last.hi, y)  # ", and Iran's consul in Erbil, B" (s67)
        conj = _list_link_start(sr, y - 1)
        if conj < last.hi or (conj > last.hi and sr.key(conj - 1) != ",") or any(
                sr.key(z) in (".", ";", ":") for z in range(last.hi, y)) or (
                nxt.hi < sr.hi and sr.key(nxt.hi) not in _ITEM_ENDS):
            return out  # (not ", and B later told reporters": B's own clause; s67)
        out.append(nxt)
    return out
