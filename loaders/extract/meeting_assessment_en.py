"""MET_WITH (session 36): a security assessment or consultation held with a list, in English.

"X held a situational assessment with A, B and C" / "X held a late-night security consultation
with A and B" / "X, who held a situation assessment on Sunday with A": one sitting of all of
them (the nouns are no meeting word of ``lexicon.EN_MEET``), so X met each of the list and the
people of the list met each other (as the annotators read a table of commanders).

The verb of holding ("held", "holds", "conducted", "convened") stands at most five tokens
before the noun (its article and adjectives between), and "with" at most four after it (a
day or a place between: "on Sunday", "in Rafah"); the list starts right after "with" (a title
between). The holder is the verb's subject (``subject_before``). Not planned or negated
(``blocked``); not "an assessment of / by" (no "with").
"""

from __future__ import annotations

from typing import Any

from loaders.extract.dispatch import register_triggers
from loaders.extract.rule_common import EMPTY, pair_all, title_start

EN_ASSESSMENT = frozenset({"assessment", "assessments", "consultation", "consultations"})
_HOLD = frozenset({"held", "holds", "hold", "holding", "conducted", "conducts", "convened"})
register_triggers(EMPTY, EN_ASSESSMENT)
_TITLE_INNER = frozenset({"for", "to"})  # inside a long title ("Minister for ... Affairs")


def _gap_ok(sr: Any, lo: int, hi: int) -> bool:
    """Do the tokens from *lo* to *hi* join two members of a list of titled people: a comma
    or "and" first, then only commas, "and", "the", "of" and capitalised or numbered words
    (a title: ", the Commander of the Israeli Air Force MG")? "for" / "to" between two
    capitalised words belong to a title too (", Deputy Prime Minister for International
    Relations and Cooperation Affairs, and HH Sayyid", ", Advisor to His Majesty": session 65;
    up to sixteen tokens then)."""
    if not lo < hi <= lo + 16 or sr.key(lo) not in (",", "and"):
        return False
    inner = False
    for y in range(lo, hi):
        k, text = sr.key(y), sr.toks[y].text
        if k in _TITLE_INNER and lo < y < hi - 1 and sr.toks[y - 1].text[:1].isupper() and \
                sr.toks[y + 1].text[:1].isupper():
            inner = True
            continue
        if k not in (",", "and", "the", "of") and not text[:1].isupper() and \
                not text[:1].isdigit():
            return False
    return inner or hi <= lo + 12


def titled_list(sr: Any, first: Any) -> list:
    """*first* and the people listed after it, each with a long title of its own ("A, the
    Commander of the Israeli Air Force MG B and the Head of the Intelligence Directorate MG
    C"), where ``chain`` stops at the first such title."""
    people = [first]
    for m in sorted((m for m in sr.args if m.etype == "Person" and m.lo >= first.hi),
                    key=lambda m: m.lo):
        if m.lo < people[-1].hi or m.eid in {p.eid for p in people}:
            continue
        if not _gap_ok(sr, people[-1].hi, title_start(m)) and \
                not _gap_ok(sr, people[-1].hi, m.lo):
            break
        people.append(m)
    return people


def assessment_with_en(sr: Any) -> None:
    """"X held a (security) assessment / consultation with A, B and C" (module doc)."""
    if sr.toks[sr.lo].ar:
        return
    for t in sr.triggers(EMPTY, EN_ASSESSMENT):
        v = next((y for y in range(t - 1, max(sr.lo, t - 6) - 1, -1) if sr.key(y) in _HOLD),
                 None)
        w = next((y for y in range(t + 1, min(sr.hi, t + 5)) if sr.key(y) == "with"), None)
        if v is None or w is None or any(sr.toks[y].punct and sr.key(y) != "-"
                                         for y in range(v + 1, w)):
            continue
        first = sr.after(w + 1, types=("Person",), maxgap=8)
        host = sr.subject_before(v)
        if first is None or first.poss or host is None or host.etype != "Person" or \
                host.hi > v or sr.blocked(v, host):
            continue
        listed = sr.chain(first, ("Person",))
        longer = titled_list(sr, first)
        people = [m for m in (longer if len(longer) > len(listed) else listed)
                  if m.eid != host.eid]
        if people:
            pair_all(sr, people, {host.eid}, "assessment_with_en")
