"""MET_WITH (English, session 18): an attendee met the meeting's other side.

Who only attended a meeting ("C also attended the meeting", "The meeting was attended by C",
"X received Y in the presence of C") met the participants of a country other than his own:
"Barzani (Iraq) received the Iranian ambassador Y in the presence of his deputy C" -- C met
Y, not Barzani; "... and of Iran's consul D" -- D met Barzani. An attendee of the country of
every participant (a meeting among Iraqi leaders) met its convener, the one person every pair
shares. Who has no known country, or sees only people of no known country, met nobody said.
Session 24: whoever met the other side met his own side too (``meeting_own_side``).

Session 19, second round: the attendee before an apposition ("X, the foreign minister,
attended the meeting": ``before_apposition``) and "A, B and C were (also) present" with no
"with" (``were_present``), read by ``meeting_attended._attendees_en``; "A accompanied X in both
meetings" (``_accompanied_in_meetings``, by ``joined_at_meeting_en``): A met X and X's partners.

Read by ``meeting_attended.attended_meeting`` (the attendee list) and
``meeting_checks.unmet_partners`` (the "presence" list, whose pairs of this sentence it drops).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.apposition_title_and_en import joins_title_words_en
from loaders.extract.hyphen_modifiers_en import hyphen_modifier_en
from loaders.extract.meeting_own_side import (
    conveners,
    country_unknown,
    one_table,
    whole_meeting,
)
from loaders.extract.meeting_place_named_en import place_named_meeting_en
from loaders.extract.presence_one_list_en import one_list_meeting_en
from loaders.extract.rule_common import _EN_SPEECH_VERBS, meet_each_other, title_start

_EN_DET = frozenset({"the", "all", "both", "two", "three", "four", "those", "these", "their",
                     "his", "her", "its", "that", "this"})
_EN_CLAUSE = frozenset({".", ";", ":", "with", "who", "whom", "which", "while", "where", "after",
                        "before", "since", "said", "says", "as", "when", "met", "received", "by"})
_EN_MEETING = frozenset({"meeting", "talks", "meetings", "session", "discussions"})
# the first word of an apposition title ("X, the foreign minister,", "X, now White House
# coordinator,")
_EN_APPOSITION_OPEN = frozenset({"the", "a", "an", "his", "her", "its", "now", "then"})


def side_partners(sr: Any, attendee: str, pairs: list[tuple[str, str]],
                  own: str | None = None) -> list[str] | None:
    """The participants of *pairs* whom *attendee* (of the country *own*, else the one known
    of him) met (module doc); None when the countries tell nothing (the caller's older
    reading then applies)."""
    pairs = list({frozenset(pair): pair for pair in pairs}.values())  # (two rules, one pair)
    people = sorted({p for pair in pairs for p in pair if p.startswith("person:")})
    if attendee in people:
        return []
    own = own or sr.doc.country_of(attendee)
    if own is None or not people:
        return None
    if len(pairs) == 1 and len(people) == 2 and own in map(sr.doc.country_of, people) and \
            not _told_after(sr, attendee, people):
        return people  # one side's man at a meeting of two met both (session 25), also when
        # the other side has no country ("X received the UN envoy Y. The meeting was
        # attended by X's deputy Z")
    hubs = conveners(people, pairs)
    if len(pairs) == 1 and len(people) == 2:
        hubs = hubs[:1]
    if len(hubs) != 1:  # several meetings, no convener (a summit): whom he met is not said
        return whole_meeting(attendee, pairs, [], True) if one_table(pairs) else []
    hub = hubs[0]
    guests = [p for p in people if p != hub]
    home, away = sr.doc.country_of(hub), {sr.doc.country_of(p) for p in guests}
    if own == home:
        if away == {own}:  # a meeting among one country's people: its convener
            return [hub] if len(pairs) >= 2 else None
        return whole_meeting(attendee, pairs,
                             [p for p in guests if sr.doc.country_of(p) not in (None, own)],
                             True)  # (the host's side: his own side too, session 29)
    if own in away:
        return whole_meeting(attendee, pairs, [hub])  # the guests' side: the host
    return []  # of neither side (a third country at a summit): not said


def _told_after(sr: Any, attendee: str, people: list[str]) -> bool:
    """Is one of *people* named after *attendee* in this sentence ("The meeting, also attended
    by Z, came a day after X met Y": the meeting is the one told before, not X-Y)?"""
    at = next((c.lo for c in sr.args if c.eid == attendee), None)
    return at is not None and any(c.lo > at and c.eid in people for c in sr.args)


def third_country(sr: Any, attendee: str, pairs: list[tuple[str, str]],
                  own: str | None = None) -> bool:
    """A meeting of two people, both of known countries other than the attendee's own ("A met
    B, in talks also attended by US envoy C", "... in the presence of China's Wang Yi": C met
    both; session 19, second round)."""
    two = {p for pair in pairs for p in pair if p.startswith("person:")}
    own = own or sr.doc.country_of(attendee)
    return len(two) == 2 and own is not None and attendee not in two and \
        all(sr.doc.country_of(p) not in (None, own) for p in two)


def latest_meeting_anywhere(sr: Any) -> list[tuple[str, str]]:
    """The pairs of the latest meeting read in the article, however far back ("The director
    of his office also attended the meeting", sentences after the meeting)."""
    _, prev = sr.doc.state.get("met_out", (-9, ()))
    return [(r.source, r.target) for r in prev if r.type == "MET_WITH"]


def names_the_meeting(sr: Any, t: int) -> bool:
    """Does "the meeting" / "all three meetings" (a determiner, then a meeting noun) follow
    the token *t*? A hyphenated modifier may stand before the noun ("the delegation-level
    talks", "the one-on-one meeting": session 64, ``hyphen_modifiers_en``), and so may a
    meeting modifier of ``lexicon.EN_MEETING_MODS`` ("also attended the trilateral meeting",
    "the expanded talks": session 66, as ``were_present`` reads them)."""
    y = t + 1
    while y < sr.hi and y < t + 4 and sr.key(y) in _EN_DET:
        y += 1
    if y == t + 1:
        return False
    z = y
    while z < sr.hi and z < y + 5 and (sr.toks[z].text == "-" or hyphen_modifier_en(sr, z) or
                                       sr.key(z) in L.EN_MEETING_MODS):
        z += 1
    return sr.key(y) in _EN_MEETING or (z > y and sr.toks[z - 1].text != "-" and
                                         sr.key(z) in _EN_MEETING)


EN_JOINED_AT = frozenset({"accompanied", "joined"})


def joined_at_meeting_en(sr: Any) -> None:
    """"X was accompanied / joined at the meeting by A, <title>, and (by) B": A and B met
    whom X met at the latest meeting (X's partners there), else X himself ("X chaired a
    meeting of officials. X was joined at the meeting by A")."""
    from loaders.extract.meeting_signed_en import after_apposition
    from loaders.extract.rule_common import latest_meeting_pairs

    for t in sr.triggers(frozenset(), EN_JOINED_AT):
        if sr.key(t) == "accompanied" and sr.key(t - 1) not in ("was", "were", ","):
            _accompanied_in_meetings(sr, t)
            continue
        if sr.key(t) == "accompanied" and sr.key(t - 1) in ("was", "were") and \
                sr.key(t + 1) == "by":
            _accompanied_after_meeting(sr, t)
            continue
        if sr.key(t - 1) not in ("was", "were") or sr.key(t + 1) != "at" or \
                not names_the_meeting(sr, t + 1):
            continue
        by = next((y for y in range(t + 3, min(sr.hi, t + 7)) if sr.key(y) == "by"), None)
        if by is None:  # "was accompanied at the meeting at Al Mushrif Palace by A" (s71)
            by = _by_after_setting(sr, t + 1)
        first = sr.after(by + 1, types=("Person",), maxgap=6) if by is not None else None
        host = sr.subject_before(t)
        if (host is None or host.etype != "Person") and sr.key(sr.lo) == "the" and not any(
                m.etype == "Person" and m.lo < t for m in sr.args):
            host = sr._prev_subject(exclude=first.eid if first is not None else "")
        if first is None or host is None or host.etype != "Person" or first.poss or \
                sr.blocked(t, host):
            continue
        people = sr.chain(first, ("Person",))
        second = after_apposition(sr, people[-1]) if len(people) == 1 else None
        people += [second] if second is not None else []
        pairs = latest_meeting_pairs(sr) or latest_meeting_anywhere(sr)
        met = [p for pair in pairs if host.eid in pair for p in pair if p != host.eid]
        for a in people:
            for p in dict.fromkeys(met or [host.eid]):
                if p != a.eid:
                    sr.add("MET_WITH", a.eid, p, "joined_at_meeting_en")


_EN_TOOK_PART = frozenset({"part", "attended", "joined", "present", "attendance"})


_SETTING_SPAN = 10  # words of "at the meeting at Al Mushrif Palace" before "by"


def _by_after_setting(sr: Any, k: int) -> int | None:
    """The "by" that closes a short setting phrase opening at *k* ("at the meeting at Al
    Mushrif Palace by"), with no punctuation nor person inside it; else None."""
    for y in range(k + 1, min(sr.hi, k + _SETTING_SPAN + 1)):
        if sr.key(y) == "by":
            return y
        if sr.toks[y].punct or (y in sr.mention_at and sr.mention_at[y].etype == "Person"):
            return None
    return None


def _accompanied_after_meeting(sr: Any, t: int) -> None:
    """"X met Y. X was accompanied by A, <title>, and by B" (session 49): A and B met X, X's
    partners of the meeting the sentence before told, and each other. Only when X is a side
    of that meeting and this sentence reads no meeting of its own."""
    from loaders.extract.rule_common import previous_meeting_pairs

    if any(r.type == "MET_WITH" for r in sr.out) or sr.key(t - 2) == "who" or any(
            sr.key(y) in _EN_TOOK_PART for y in range(t, sr.hi)):
        return  # ("..., both of whom took part in the talks": the attendance rules'; "X, who
        # was accompanied by A, flew in": an aside of a main clause of its own)
    host = sr.subject_before(t - 1)
    first = sr.after(t + 2, types=("Person",), maxgap=8)  # ("by the president of the
    # ECOWAS Commission, Omar Touray")
    if host is None or first is None or host.etype != "Person" or first.poss or \
            any(sr.toks[y].punct and sr.key(y) not in (",", "-")
                for y in range(t + 2, first.lo)) or sr.blocked(t, host):
        return
    people = sr.chain(first, ("Person",))
    last = people[-1]
    by = next((y for y in range(last.hi, min(sr.hi, last.hi + 14))
               if sr.key(y) == "by" and sr.key(y - 1) == "and"), None)  # ", (<title>,) and by B"
    more = sr.after(by + 1, types=("Person",), maxgap=8) if by is not None else None
    if more is not None and not any(sr.toks[y].punct and sr.key(y) not in (",", "-")
                                    for y in range(last.hi, more.lo)):
        people += sr.chain(more, ("Person",))
    if len(people) == 1 and sr.key(last.hi) == ",":  # "by A, <title>, and B"
        from loaders.extract.meeting_signed_en import after_apposition
        second = after_apposition(sr, last)
        people += [second] if second is not None else []
    if len(people) < 2:
        return  # (one companion told alone, "He was accompanied by Aziz Ahmad, his deputy":
        # most writers leave him unpaired)
    pairs = previous_meeting_pairs(sr)
    met = [p for pair in pairs if host.eid in pair for p in pair if p != host.eid]
    if not met:
        return
    for i, a in enumerate(people):
        for p in dict.fromkeys([host.eid, *met, *(b.eid for b in people[i + 1:])]):
            if p != a.eid:
                sr.add("MET_WITH", a.eid, p, "accompanied_after_meeting_en")


# the meeting nouns of "were (also) present at the ...": session 69 (blind69h) adds the talks'
# other names ("were also present at the discussion", ENA-like; "at the consultations")
_PRESENT_AT_NOUNS = L.EN_TALKS_NOUNS | frozenset({"discussion"})


def were_present(sr: Any, t: int) -> bool:
    """"X (and Y) were (also) present(, ...|.)": *t* is "present" after "was / were (also)",
    closing the clause (not "were present at a conference", "the present talks"); also "was
    (also) in attendance", "were present at / during the meeting." (*t* = "attendance",
    "present")."""
    y = t - 1
    if sr.key(t) == "attendance" and sr.key(y) == "in":
        y -= 1  # "X was also in attendance" (session 51)
    elif sr.key(t) != "present":
        return False
    if sr.key(y) == "also":
        y -= 1
    if sr.key(y) not in ("was", "were"):
        return False
    if t + 1 >= sr.hi or sr.key(t + 1) in (".", ",", ";"):
        return True
    if sr.key(t + 1) not in ("at", "during"):
        return False
    n = t + 3
    while n < min(sr.hi, t + 8) and (sr.key(n) in L.EN_MEETING_MODS or hyphen_modifier_en(sr, n) or
                                     sr.toks[n].text == "-"):
        n += 1  # "at the closed-door / trilateral meeting" (session 65)
    noun = n if sr.key(t + 2) == "the" and sr.key(n) in _PRESENT_AT_NOUNS else \
        place_named_meeting_en(sr, t + 1)  # "were present at the meeting." (session 51),
    # "during the meeting." (session 53), "at the Oval Office meeting." (session 62)
    return noun is not None and (noun + 1 >= sr.hi or sr.key(noun + 1) in (".", ",", ";"))


def before_apposition(sr: Any, close: int) -> int:
    """The token ending the person X of "X, the <title>," / "X, now <title>," whose apposition
    the comma *close* ends (no person, clause word or other punctuation in it), else *close*."""
    for w in range(close - 1, max(sr.lo, close - 9), -1):
        k = sr.key(w)
        if k == ",":
            m = sr.mention_at.get(w - 1)
            ok = m is not None and m.etype == "Person" and m.hi == w and \
                sr.key(w + 1) in _EN_APPOSITION_OPEN
            return w - 1 if ok else close
        if sr.toks[w].punct or w in sr.mention_at and sr.mention_at[w].etype == "Person" or \
                k in ("who", "which", "said") or k == "and" and not joins_title_words_en(sr, w):
            return close  # ("X, the chief negotiator and spokesman,": apposition_title_and_en)
    return close


def _accompanied_in_meetings(sr: Any, t: int) -> None:
    """"A (and B) accompanied X in / at (both) meetings / the talks": A met X and whom X met at
    the latest meetings told (the two latest with "both" / "all" / a plural noun)."""
    from loaders.extract.rule_common import latest_meeting_pairs

    host = sr.after(t + 1, types=("Person",), maxgap=0)
    if host is None or host.hi >= sr.hi or sr.key(host.hi) not in ("in", "at", "to") or \
            not names_the_meeting(sr, host.hi):
        return
    who = sr.subject_before(t)
    if who is None or who.etype != "Person" or who.eid == host.eid or sr.blocked(t, who):
        return
    pairs = latest_meeting_pairs(sr) or latest_meeting_anywhere(sr)
    if any(sr.key(y) in ("both", "all", "meetings") for y in range(host.hi + 1, host.hi + 4)):
        _, prev = sr.doc.state.get("met_prev", (-9, ()))
        pairs += [(r.source, r.target) for r in prev if r.type == "MET_WITH"]
    met = {p for pair in pairs if host.eid in pair for p in pair} | {host.eid}
    for a in sr.chain(who, ("Person",)):
        for p in sorted(met - {a.eid}):
            sr.add("MET_WITH", a.eid, p, "accompanied_in_meetings_en")


def present_en(sr: Any, m: Any) -> bool:
    """"in the presence of Iran's ambassador C", "... of B and Iran's consul in Erbil, C": a
    title with a possessive, or a list member after a present one, longer than what
    ``meeting_checks._present_only`` reads, between "presence of" and C."""
    s = title_start(m)  # (not from the name: "his son, Lt. Gen. C" ends no clause at "Lt.")
    for y in range(s - 1, max(sr.lo, s - 18), -1):
        k = sr.key(y)
        if k == "of" and sr.key(y - 1) == "presence":
            return True
        o = sr.mention_at.get(y)
        if o is not None and o is not m and o.etype == "Person":
            return present_en(sr, o)  # a list member after a present one
        if k in _EN_CLAUSE:
            return False  # "... of B, and discussed with C": a clause of its own
    return False


def _before_separately(sr: Any, m: Any, pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """*pairs* less those of a person named after a later "separately" ("held talks with A,
    in the presence of C, and met separately with B": C was not at the talks with B)."""
    sep = next((y for y in range(m.hi, sr.hi) if sr.key(y) == "separately"), None)
    if sep is None:
        return pairs
    later = {p.eid for p in sr.args if p.etype == "Person" and p.lo > sep}
    return [pair for pair in pairs if later.isdisjoint(pair)]


def present_partners(sr: Any, present: list[Any]) -> None:
    """"X received Y in the presence of C (and D)": C and D met the participants of the
    other country among this sentence's pairs (module doc)."""
    pairs = [(r.source, r.target) for r in sr.out if r.type == "MET_WITH"]
    if not pairs:
        return
    together: list[str] = []  # (the guests of one reception who met each other: session 45)
    for m in present:
        if m.etype != "Person":
            continue
        s = title_start(m)
        pres = next((y for y in range(s - 1, max(sr.lo, s - 18), -1)
                     if sr.key(y) == "presence"), None)
        every, guests = one_list_meeting_en(sr, pairs, pres) if pres is not None else ([], [])
        if every and m.eid not in every:  # "received A and B ..., in the presence of C"
            for p in every:
                sr.add("MET_WITH", m.eid, p, "present_side_en")
            together = together or guests
            continue
        own = _title_country(sr, m)
        met = side_partners(sr, m.eid, _before_separately(sr, m, pairs), own)
        if met == [] and third_country(sr, m.eid, pairs, own):
            met = sorted({p for pair in pairs for p in pair})  # a third country's witness
        if met is None:
            met = _kin_of_side(sr, m, pairs)  # "in the presence of his son, C"
        if met is None and sr.key(m.hi) not in _EN_SPEECH_VERBS:  # no country known: he
            met = country_unknown(m.eid, pairs)  # met them all the same (session 28; not the
            # speaker closing the list: "..., Spokesman Y said")
        for p in met or ():
            sr.add("MET_WITH", m.eid, p, "present_side_en")
    meet_each_other(sr, together, "co_guests_en")  # "received A and B ..., in the presence
    # of C": A and B sat at one table (session 45)


_EN_HIS_SIDE = frozenset({"son", "brother", "deputy", "aide", "adviser", "advisor", "nephew",
                          "daughter", "wife", "envoy", "spokesman", "secretary", "chief"})


def _kin_of_side(sr: Any, m: Any, pairs: list[tuple[str, str]]) -> list[str] | None:
    """"A was received by B in the presence of his son / her deputy, C" (countries unknown):
    C is of one side of the one meeting of two, so a participant: C met both."""
    two = {p for pair in pairs for p in pair}
    if len(two) != 2 or not all(p.startswith("person:") for p in two):
        return None
    s = title_start(m)
    pres = next((y for y in range(s - 1, max(sr.lo, s - 18), -1)
                 if sr.key(y) == "presence"), None)
    if pres is None or sr.key(pres + 1) != "of" or sr.key(pres + 2) not in ("his", "her") or \
            sr.key(pres + 3) not in _EN_HIS_SIDE:
        return None
    if any(o.etype == "Person" and o is not m for o in sr.args if pres < o.lo < m.lo):
        return None  # "of his son and of B's aide, C": not said whose
    return sorted(two)


def _title_country(sr: Any, m: Any) -> str | None:
    """The country of the title before *m*: "Iran's Consul General in Erbil, C" -> Iran."""
    for y in range(m.lo - 1, max(sr.lo, m.lo - 9), -1):
        o = sr.mention_at.get(y)
        if sr.key(y) == "and" or (o is not None and o.etype == "Person"):
            return None
        if o is not None and o.etype == "Country" and (
                sr.key(o.hi) == "'s" or sr.toks[o.hi - 1].text.endswith(("'s", "\u2019s"))):
            return o.eid
    return None


EN_SIDE_INCLUDED = frozenset({"included", "comprised", "includes"})
EN_SIDE_NOUNS = frozenset({"side", "delegation", "team"})


def side_included_en(sr: Any) -> None:
    """"(X and Y held talks.) The Turkish side / delegation included A (and B)" (session 49):
    the members met the people of the meeting the sentence before told, and each other (also
    past a long title or an apposition: "included Army Lt. Gen. A, chief of staff of the
    Iraqi army, and B, the minister for Peshmerga affairs", session 61). Only
    for a sentence that opens with "The <nationality> side / delegation / team", reads no
    meeting of its own, right after a meeting sentence, in an article about no indirect
    talks."""
    if sr.key(sr.lo) != "the" or any(r.type == "MET_WITH" and r.sent == sr.si for r in sr.out) \
            or "indirect" in sr.doc.text:  # ("indirect talks": the sides sat apart)
        return
    from loaders.extract.rule_common import previous_meeting_pairs

    for t in sr.triggers(frozenset(), EN_SIDE_INCLUDED):
        y = t - 1
        while y > sr.lo and sr.key(y) in ("also",):
            y -= 1
        y = _before_at_the_talks(sr, y)
        if sr.key(y) not in EN_SIDE_NOUNS or y - sr.lo > 3:
            continue
        first = sr.after(t + 1, types=("Person",), maxgap=3) or _titled_first(sr, t)
        if first is None or any(sr.toks[z].punct for z in range(t + 1, title_start(first))) \
                or sr.blocked(t, first):
            continue
        members = _members_past_appositions(sr, sr.chain(first, ("Person",)))
        pairs = previous_meeting_pairs(sr)
        people = sorted({p for pair in pairs for p in pair if p.startswith("person:")})
        if not people:
            continue
        for i, a in enumerate(members):
            for p in [*people, *(o.eid for o in members[i + 1:])]:
                if p != a.eid:
                    sr.add("MET_WITH", a.eid, p, "side_included_en")


_AT_THE_TALKS = frozenset({"at", "to", "in", "for"})


def _before_at_the_talks(sr: Any, y: int) -> int:
    """The word before "at / to / in / for the talks" ending at *y* ("The Russian delegation at
    the talks included A": at "delegation", session 68), else *y*."""
    if sr.key(y) in L.EN_MEET_NOUNS and sr.key(y - 1) == "the" and sr.key(y - 2) in _AT_THE_TALKS:
        return y - 3
    return y


def _titled_first(sr: Any, t: int) -> Any:
    """The first person after the verb at *t* when a longer title opens the list ("included
    Army Lt. Gen. A", "included army chief of staff A": session 61), else None."""
    m = next((c for c in sr.args if c.lo > t and c.etype == "Person"), None)
    return m if m is not None and t < title_start(m) <= t + 2 else None


def _members_past_appositions(sr: Any, members: list) -> list:
    """*members* (a chain of names) going on past an apposition after a member: "A, chief of
    staff of the Iraqi army, and B, the minister for Peshmerga affairs" (session 61): the
    person whose title or name follows ", and" at most 14 words after a member's comma, no
    person, clause end or verb of saying between."""
    members = list(members)
    while members:
        last = members[-1]
        if sr.key(last.hi) != ",":
            return members
        nxt = next((c for c in sr.args if c.lo > last.hi and c.etype == "Person"), None)
        if nxt is None or nxt.eid in {m.eid for m in members}:
            return members
        start = title_start(nxt)  # (its title or name opens right after ", and")
        if start - last.hi > 14 or sr.key(start - 1) != "and" or sr.key(start - 2) != "," or any(
                sr.key(y) in (".", ";", "who", "which") or sr.key(y) in _EN_SPEECH_VERBS
                for y in range(last.hi + 1, start - 2)):
            return members
        members.extend(sr.chain(nxt, ("Person",)))
    return members


EN_AT_SIDE = frozenset({"side"})


def at_his_side_en(sr: Any) -> None:
    """"X returned to Beirut with Y at his side and held talks with Z" (session 49): Y came
    with X, so Y met X's partners of this sentence (Z)."""
    for t in sr.triggers(frozenset(), EN_AT_SIDE):
        if sr.key(t - 1) not in ("his", "her") or sr.key(t - 2) != "at":
            continue
        comp = sr.mention_at.get(t - 3)
        if comp is None or comp.etype != "Person" or comp.hi != t - 2 or \
                sr.key(title_start(comp) - 1) != "with":
            continue
        host = sr.subject_before(title_start(comp) - 1)
        if host is None or host.etype != "Person" or host.eid == comp.eid or \
                sr.blocked(t, host):
            continue
        met = [p for r in sr.out if r.type == "MET_WITH" and r.sent == sr.si
               for p in (r.source, r.target) if host.eid in (r.source, r.target)]
        for p in dict.fromkeys(met):  # (not X himself: the dev gold does not pair the
            if p not in (comp.eid, host.eid):  # two who travelled together, enJG5)
                sr.add("MET_WITH", comp.eid, p, "at_his_side_en")
