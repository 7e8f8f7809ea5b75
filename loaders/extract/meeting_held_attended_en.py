"""MET_WITH (session 31, meeten): who held a meeting "attended by" a list, in English.

Read by ``core_recall_meetings.attended_meeting`` ("X chaired a meeting attended by Y and Z"):

- "Dermer held a consultation in Jerusalem attended by A and B": "consultation(s)" and
  "discussions" name a meeting as "meeting" and "talks" do (``EN_HELD_NOUNS``);
- "X welcomed Y, and the two then held a session attended by A and B" / "The two leaders
  held talks attended by A": "the two" held it, the two persons named before in the sentence,
  else the people of the latest meeting read (``held_by_two``);
- "X and Y held talks attended by A": both subjects held it;
- the attendees of one list met each other ("attended by A and B": A met B), as they met the
  holders. A person followed by a verb of saying ends the list ("attended by A and B, the
  spokesman C told reporters": not C).

Not read: "X held a rally attended by thousands" (no meeting noun, no person after "by").
Arabic ("ترأس X اجتماعاً حضره Y وZ") stays one (host, attendee) pair per attendee.
"""

from __future__ import annotations

from typing import Any

from loaders.extract.rule_common import latest_meeting_pairs, title_start

EN_HELD_NOUNS = frozenset({"consultation", "consultations", "discussions"})
_BETWEEN = frozenset({"also", "then", "later", "earlier", "jointly", "subsequently"})
_TWO_HEADS = frozenset({"leaders", "sides", "men", "ministers", "presidents", "officials"})
_SAYING = frozenset({"told", "said", "says", "stated", "added"})


def _subject_end(sr: Any, chair: int) -> int:
    """The token ending the subject of the verb at *chair* ("X also held": X's last token)."""
    y = chair - 1
    while y > sr.lo and sr.key(y) in _BETWEEN:
        y -= 1
    return y


def held_by_two(sr: Any, chair: int) -> list[str]:
    """The holders' ids when "the two (leaders)" or "X and Y" is the subject of *chair*
    ("held"): the persons of the latest meeting read, or the list ending right before the
    verb; else []."""
    y = _subject_end(sr, chair)
    k = sr.key(y)
    if k == "two" or (k in _TWO_HEADS and sr.key(y - 1) == "two"):
        before = list(dict.fromkeys(m.eid for m in sr.args if m.etype == "Person" and
                                    m.hi <= y))  # "X welcomed Y, and the two held"
        if len(before) == 2:
            return before
        return sorted({p for pair in latest_meeting_pairs(sr) for p in pair
                       if p.startswith("person:")})
    m = sr.mention_at.get(y)
    if m is None or m.etype != "Person" or m.hi != y + 1:
        return []
    for c in sr.args:  # the list "X and Y" ending at m
        ch = sr.chain(c, ("Person",)) if c.etype == "Person" and c.hi <= m.lo else []
        if m in ch and len(ch) > 1 and sr.key(title_start(ch[0]) - 1) != "with":
            return [x.eid for x in ch[: ch.index(m) + 1]]
    return []


def held_attended_pairs(sr: Any, hosts: list[str],
                        listed: list) -> list[tuple[str, str]]:
    """(host, attendee) pairs of the list *listed* after "attended by", and the attendees'
    pairs among themselves (module doc)."""
    attendees: list[str] = []
    for m in listed:
        if sr.key(m.hi) in _SAYING or sr.key(m.hi) == "," and sr.key(m.hi + 1) in _SAYING:
            break
        if m.eid not in hosts and m.eid not in attendees:
            attendees.append(m.eid)
    out = [(h, a) for a in attendees for h in hosts]
    people = [a for a in attendees if a.startswith("person:")]  # (a body listed: the host's)
    out.extend((a, b) for i, a in enumerate(people) for b in people[i + 1:])
    return out


_AND_BY_REACH = 24  # tokens from the list's last person to the next "by" (an apposition and
# "from the Iranian side" may stand between)


def more_by_en(sr: Any, people: list, first_after_by: Any) -> list:
    """*people* (the list after "attended by") continued by "... and by B" / ", and, from the
    Iranian side, by B" (session 31): "The talks were attended by A and by the Saudi
    Ambassador B" lists A and B. *first_after_by(k)* reads the person named after the "by"
    at *k* - 1 (the attendee rule's own reader). No full stop, semicolon or second verb
    between; the "and" comes before the "by", at most one comma-closed phrase between them."""
    out = list(people)
    while out:
        last = out[-1]
        y, end = last.hi, min(sr.hi, last.hi + _AND_BY_REACH)
        by = None
        while y < end:
            k = sr.key(y)
            if k in (".", ";", ":") or k in _SAYING:
                break
            if k == "and":
                z = y + 1
                if sr.key(z) == ",":  # "and, from the Iranian side, by"
                    z = next((w for w in range(z + 1, min(end, z + 8)) if sr.key(w) == ","),
                             None)
                    z = z + 1 if z is not None else end
                by = z if z < end and sr.key(z) == "by" else None
                break
            y += 1
        if by is None:
            return out
        nxt = first_after_by(by + 1)
        if nxt is None or nxt in out:
            return out
        out.extend(m for m in sr.chain(nxt, ("Person",)) if m not in out)


_SEMICOLON_REACH = 24  # words of a title after a name, up to the semicolon (protocol style)


def semicolon_list_en(sr: Any, people: list) -> list:
    """*people* continued by a list whose members, each with a long title, are cut by
    semicolons (session 50, the Gulf agencies' protocol style): "attended by A, Deputy Ruler
    of Abu Dhabi and National Security Advisor; B, Deputy Prime Minister ...; and C,
    Minister of ...". Only when the semicolon closes the title of the one named before and
    the next name follows it (after "and", an honorific or a title); no full stop between."""
    out = list(people)
    while out:
        last = out[-1]
        semi = next((y for y in range(last.hi, min(sr.hi, last.hi + _SEMICOLON_REACH))
                     if sr.key(y) in (";", ".", ":") or _person_at(sr, y)), None)
        if semi is None or sr.key(semi) != ";":
            return out
        nxt = sr.after(semi + 1, types=("Person",), maxgap=6)
        if nxt is None or nxt in out or any(
                sr.key(y) in (".", ";", ":") for y in range(semi + 1, nxt.lo)):
            return out
        out.extend(m for m in sr.chain(nxt, ("Person",)) if m not in out)
    return out


def _person_at(sr: Any, y: int) -> bool:
    m = sr.mention_at.get(y)
    return m is not None and m.etype == "Person"
