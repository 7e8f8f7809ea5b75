"""MET_WITH (session 22): third parties at an in-person meeting, in forms the older attendee
rules (``meeting_attended``, ``meeting_sides_en.present_partners``,
``meeting_attended_ar.present_ar``) did not read.

Who only attended met the meeting's other side, as those rules read it (``sides_named``: the
participant of another country of a meeting of two, both when neither is of his country; a
convener and his guests), the countries also read from the titles a new name was given
("Kenyan Foreign Minister A", "Kenya's foreign minister, A": ``country_named``):
- "Also present (at the talks) were A and B" (the list after an inverted "present were");
- "A sat in on the talks" / "A took part in the meeting";
- "A and B were (also) in the room / at the table" and "Also in the room were A and B"
  (session 59);
- "The meeting took place / was held in the presence of A" (no pair in its own sentence: the
  meeting of the sentence before); session 64: also "The signing took place in the presence
  of A", and a group named before the list ("of the AU panel - A, B and C");
- Arabic "وجرى / وعُقد اللقاء بحضور Z" and "وبحث الجانبان ... بحضور Z" (``present_pairs_ar``,
  read by ``present_ar``): the dual's meeting, else the one of the sentence before ("the
  two sides": the latest one told).
Of a meeting of two people of the attendee's own country there is no other side: he met both
(session 59, as the Arabic "وحضر اللقاء Z" reads it). Attendees merely listed together are not
paired with each other (session 16). Session 24:
whoever met the other side met his own side too (``meeting_own_side.whole_meeting``).
Who joined the principals met every one of them and each other (annotators pair all):
- "The two leaders, who were joined by their foreign ministers(,) A and B, discussed ..." (a
  talk verb after the list; the meeting of two of this sentence or the one before) and "X,
  who was joined by A, held talks with Y" (X's meeting);
- "S was received, together with / along with A, by Y" and "S, together with A, met Y".
Not: a ceremony, a protest or a visit someone joined (no meeting pair, no talk verb), a call
(``add`` drops remote contacts), a negated or planned meeting (``blocked``, no pair). The
attendees' rule ids start with "attended_meeting" (``plural_refs`` then keeps "the two" of
the next sentence for the principals).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.attendee_later_en import (
    bare_took_part_en,
    names_meeting_en,
    relative_to_comma_en,
)
from loaders.extract.attendee_list_back_en import listed_back_en
from loaders.extract.dispatch import register_triggers
from loaders.extract.meeting_joins_them import joins_them_en, the_two_en
from loaders.extract.meeting_own_side import (
    conveners,
    country_unknown,
    one_meeting,
    one_table,
    whole_meeting,
)
from loaders.extract.meeting_place_named_en import place_meeting_pairs
from loaders.extract.meeting_place_owner import names_told_place
from loaders.extract.meeting_sides_en import latest_meeting_anywhere, names_the_meeting
from loaders.extract.meeting_together_after import together_after_en
from loaders.extract.meeting_together_subjects_en import together_subjects_en
from loaders.extract.protocol_forms import titled_after_by_en
from loaders.extract.rule_common import EMPTY, latest_meeting_pairs, pair_all, title_start

EN_PRESENT_MORE = frozenset({"present", "presence", "sat", "took", "joined", "together",
                             "along", "attendance", "joins", "joining", "participated",
                             "attending", "room", "table", "sitting"})
_EN_MEETING = frozenset({"meeting", "talks", "meetings", "session", "discussions"})
_EN_HELD = frozenset({"took", "was", "were", "held", "happened", "came"})
_EN_RECEIVED = frozenset({"received", "welcomed", "hosted", "greeted"})
_EN_PLURAL_HEADS = frozenset({"leaders", "men", "presidents", "ministers", "sides", "premiers",
                              "officials", "envoys", "delegations", "two", "both"})
_EN_MET = L.EN_MEET
# what the principals did at the table after "who were joined by A" ("discussed trade")
_EN_TALKED = L.EN_MEET | frozenset({"discussed", "discuss", "talks", "agreed", "signed",
                                    "reviewed", "examined", "addressed", "focused", "exchanged"})
# "the two sides" (also read by ``meeting_press.dual_subject_met_ar``)
AR_TWO_SIDES = L._ar("الجانبان", "الطرفان", "الجانبين", "الطرفين")
# a meeting to come before "بحضور": "وسيُعقد / ستجري ...", "اللقاء المقبل", "من المقرر أن"
_AR_MEETING_TO_COME = L._ar("سيعقد", "وسيعقد", "ستعقد", "وستعقد", "سيجري", "وسيجري", "ستجري",
                            "وستجري", "المقبل", "المقبلة", "القادم", "القادمة", "المقرر",
                            "المتوقع", "المرتقب", "المزمع")
# (and the dual of its two principals, "وعقد الرئيسان ... جلسة عمل بحضور Z": session 66)
_AR_MEETING = L._ar("اللقاء", "الاجتماع", "المباحثات", "المحادثات", "الجانبان", "الطرفان",
                    "الجلسة", "المشاورات", "الرئيسان", "الزعيمان", "القائدان", "الوزيران")
# the audience and the reception as the subject of "took place" (session 67): «وجرت المقابلة
# بحضور Z»، «وجرى هذا الاستقبال بحضور Z»، «وتمت هذه المقابلة بحضور Z»; not «وأقيم حفل الاستقبال
# بحضور Z» (a reception party), «وأجرت القناة المقابلة بحضور Z» (an interview)
_AR_AUDIENCE = L._ar("المقابلة", "الاستقبال")
_AR_TOOK_PLACE = L._ar("جرى", "جرت", "تم", "تمت")
_AR_THIS = L._ar("هذا", "هذه")
register_triggers(EMPTY, EN_PRESENT_MORE)


def _people(sr: Any, start: int, maxgap: int = 8) -> list:
    """The list of people that begins at most *maxgap* tokens after *start* (a title with
    one comma before the name allowed: "their foreign ministers, A and B")."""
    m = sr.after(start, types=("Person",), maxgap=maxgap)
    if m is None or any(sr.key(y) in (".", ";", ":") or (sr.toks[y].punct and sr.key(y) != ","
                                                          and not _title_hyphen(sr, y))
                        for y in range(start, m.lo)):
        return []
    if sum(sr.key(y) == "," for y in range(start, title_start(m))) > 1:
        return []
    return sr.chain(m, ("Person",))


def _title_hyphen(sr: Any, y: int) -> bool:
    """Is token *y* the hyphen inside a title's word ("Secretary-General", "Vice-President")
    before the name, between two words (session 66: "Also present were GCC Secretary-General
    A and B")?"""
    return sr.key(y) == "-" and y - 1 >= sr.lo and y + 1 < sr.hi and \
        not sr.toks[y - 1].punct and not sr.toks[y + 1].punct


def country_named(sr: Any, eid: str, m: Any = None) -> str | None:
    """The country of *eid* as the article knows it, else of the nationality of a title it
    was named with ("Kenyan Foreign Minister A", "Kenya's foreign minister, A")."""
    own = sr.doc.country_of(eid)
    if own is not None:
        return own
    for o in ((m,) if m is not None else ()) or [o for o in sr.doc.ments if o.eid == eid]:
        if o.role_nat:
            return o.role_nat
        if o.role_org and o.role_org.startswith("country:"):
            return o.role_org  # ("Ghana's foreign minister, A")
    for o in (m,) if m is not None else [o for o in sr.args if o.eid == eid]:
        own = opening_title_country_en(sr, o)
        if own is not None:
            return own  # ("Iran's consul general in Erbil, X, was also present": session 39)
    if m is not None:
        for y in range(max(sr.lo, title_start(m) - 1), m.lo):  # (the adjective before it)
            c = sr.mention_at.get(y)
            if c is not None and c.etype == "Country" and not sr.toks[y].ar:
                return c.eid  # ("Kenya's foreign minister"; not "ممثل حماس في لبنان")
            own = L.NATIONALITY.get(sr.key(y))  # ("وزير الخارجية والتعاون الدولي الصومالي")
            if own is not None and (y >= title_start(m) or not sr.toks[y].ar):
                return own
    return None


def opening_title_country_en(sr: Any, m: Any) -> str | None:
    """The country of the title opening the sentence before *m* and a comma ("Iran's consul
    general in Erbil, X," / "The French officer on the committee, Gen. X,"): a country's
    possessive or a nationality adjective, no person, clause word or other punctuation
    between the sentence's start and the comma; else None."""
    c = title_start(m) - 1
    if sr.toks[sr.lo].ar or c - sr.lo < 2 or c - sr.lo > 10 or sr.key(c) != ",":
        return None
    found = None
    for y in range(sr.lo, c):
        k = sr.key(y)
        o = sr.mention_at.get(y)
        if (sr.toks[y].punct and k not in ("'s", "'", ".")) or k in _CLAUSE_WORDS or (
                o is not None and o.etype == "Person"):
            return None
        if found is None and o is not None and o.etype == "Country" and o.poss:
            found = o.eid
        elif found is None and y <= sr.lo + 1 and L.NATIONALITY.get(k) is not None:
            found = L.NATIONALITY[k]
    return found


_CLAUSE_WORDS = frozenset({"who", "which", "said", "says", "met", "told", "and", "while"})


def sides_named(sr: Any, a: str, pairs: list[tuple[str, str]], m: Any = None) -> list[str]:
    """Whom the attendee *a* met at the meeting of *pairs*: of a meeting of two, the one of
    another country (both when neither is of his); else, the convener if *a* is of a guest's
    country, the guests of other countries if of the convener's (``side_partners``, with the
    countries of titles: ``country_named``; *m*: the attendee's mention)."""
    own = country_named(sr, a, m)
    people = sorted({p for pair in pairs for p in pair if p.startswith("person:")})
    if own is None or a in people or not people:
        return []
    nat = {p: country_named(sr, p) for p in people}
    if len(people) == 2 and len({frozenset(pair) for pair in pairs}) == 1:
        if None in nat.values():  # (one side of no known country: he met both, as "one
            # side's man at a meeting of two met both" (``side_partners``); session 67: "A met
            # B. Swedish Foreign Minister C also attended the meeting", "Bourita held talks
            # with the UN envoy B. The meeting, held in the presence of Morocco's ..., C")
            return people
        if set(nat.values()) == {own}:  # (a meeting of his own country's people has no other
            return whole_meeting(a, pairs, [], True)  # side: he sat with both; session 59)
        return whole_meeting(a, pairs, [p for p in people if nat[p] != own]) \
            if own in nat.values() else people
    hubs = conveners(people, pairs)
    if len(hubs) != 1:  # several meetings, no convener: not said (one table: all of them)
        return whole_meeting(a, pairs, [], True) if one_table(pairs) else []
    guests = [p for p in people if p != hubs[0]]
    if own == nat[hubs[0]]:
        return whole_meeting(a, pairs, [p for p in guests if nat[p] not in (None, own)])
    return whole_meeting(a, pairs, hubs) if own in {nat[p] for p in guests} else []


def _pair_sides(sr: Any, people: list, pairs: list[tuple[str, str]], rule: str) -> None:
    """Each attendee met the meeting's other side (``sides_named``)."""
    for a in people:
        met = sides_named(sr, a.eid, pairs, a)
        if not met and country_named(sr, a.eid, a) is None:  # no country known: every
            met = country_unknown(a.eid, pairs)  # participant (the brief; session 29, attend)
        for p in met:
            sr.add("MET_WITH", a.eid, p, rule)
    # (attendees merely listed together are not said to have met each other: session 16)


# words of a sentence about the meeting told before it: one joining it (by phone or video), "the
# talks lasted an hour" (``_joined_between``)
_EN_ABOUT_MEETING = frozenset({"joined", "phone", "telephone", "video", "meeting", "talks"})


def _joined_between(sr: Any) -> bool:
    """Does the sentence before this one tell of the meeting ("Erdogan joined by phone", "The
    talks lasted an hour")? Then a bare attendance ("A also sat in") may reach the meeting
    told before it; not past another event ("Fidan later flew to Doha": session 52)."""
    if sr.si < 1:
        return False
    prev = sr.doc.sents[sr.si - 1]
    return any(sr.doc.toks[y].key in _EN_ABOUT_MEETING for y in range(prev.lo, prev.hi))


def _principals_before_attendees(sr: Any, reach: int = 1) -> list[tuple[str, str]]:
    """When the sentence before read only attendees of a meeting ("The meeting was also
    attended by A.") or its host ("The meeting, ..., was hosted by H.": session 61), the pairs
    of the sentence before it (the principals' meeting: "X received Y ...") that the attendees
    of this sentence met too; [] otherwise. *reach*: 2 lets one sentence stand between (a
    bare "A also sat in" after "Z joined by phone")."""
    if any(r.type == "MET_WITH" for r in sr.out):
        return []
    si, prev = sr.doc.state.get("met_out", (-9, ()))
    met = [r for r in prev if r.type == "MET_WITH"]
    if not sr.si - reach <= si < sr.si or not met or not all(
            r.rule.startswith(("attended_meeting", "hosted_meeting")) for r in met):
        return []
    psi, before = sr.doc.state.get("met_prev", (-9, ()))
    if psi != si - 1:
        return []
    return [(r.source, r.target) for r in before if r.type == "MET_WITH"]


# the inverted list opened by another participle ("Joining the talks were A and B", "Sitting
# in on the talks were A and B": session 67)
_EN_INVERTED_OPENERS = frozenset({"joining", "sitting"})


def _sitting_in_on_meeting(sr: Any, t: int) -> bool:
    """Is the "sitting" at *t* followed by "in on" and the meeting ("sitting in on the talks
    between X and Y")?"""
    return sr.key(t + 1) == "in" and sr.key(t + 2) == "on" and names_the_meeting(sr, t + 2)


def _present_were(sr: Any, t: int) -> list:
    """"Also present (at the meeting) were A and B": the list after "were"; "Also in
    attendance was A" (session 24); "Also attending were A and B", "Attending the talks were
    A and B" (session 51); "Among those present were", "Joining / Sitting in on the talks
    were A and B" (session 67)."""
    if sr.key(t) == "attendance":
        if sr.key(t - 1) != "in":
            return []
        t -= 1
    if sr.key(t) == "sitting" and not _sitting_in_on_meeting(sr, t):
        return []  # ("Sitting in on the talks were A and B": session 67)
    if sr.key(t) == "joining" and not names_the_meeting(sr, t):
        return []  # ("Joining the talks were A and B"; not "Joining the protest were")
    among = t - 2 == sr.lo and sr.key(t - 1) == "those" and sr.key(t - 2) == "among"
    w = next((y for y in range(t + 1, min(sr.hi, t + 6)) if sr.key(y) in ("were", "was")),
             None)
    if among and w is not None and w > t + 1 and not names_the_meeting(sr, t + 1):
        return []  # (not "Among those present at the funeral were")
    if w is None or any(sr.toks[y].punct for y in range(t + 1, w)) or \
            (sr.key(t - 1) != "also" and t != sr.lo and not among):
        return []  # ("Among those present were A and B": session 67)
    if sr.key(t) == "attending" and w > t + 1 and not names_the_meeting(sr, t):
        return []  # ("Attending the talks were A and B"; not "attending a rally were")
    return _people(sr, w + 1)


def _sat_in(sr: Any, t: int) -> list:
    """"A (also) sat in on the talks" / "A took part in (participated in) the meeting" / "A
    sitting in on the meeting": A and his list."""
    if sr.key(t) == "sitting":  # "(Photographs showed) A sitting in on the meeting between
        # X and Y" (session 65); not ", with A sitting in" (``meeting_sat_in_en``)
        if not _sitting_in_on_meeting(sr, t) or any(sr.key(y) == "with"
                                                    for y in range(max(sr.lo, t - 6), t)):
            return []
    elif sr.key(t) == "sat":
        if sr.key(t + 1) != "in" or (sr.key(t + 2) != "on" or not names_the_meeting(
                sr, t + 2)) and not bare_took_part_en(sr, t):
            return []  # ("A and B also sat in, an official said": session 61)
    elif sr.key(t) == "participated":  # "A participated in the talks" (session 51)
        if sr.key(t + 1) != "in" or not names_meeting_en(sr, t + 1):
            return []
    elif (sr.key(t + 1) != "part" or sr.key(t + 2) != "in" or
          not names_meeting_en(sr, t + 2)) and not bare_took_part_en(sr, t):
        return []  # ("A also took part, the source said", "in the Addis Ababa talks":
        # ``attendee_later_en``)
    return _attendees_ending_before(sr, t - 1)


def _attendees_ending_before(sr: Any, y: int) -> list:
    """The attendee list whose words end at token *y*, just before the attendance verb
    ("A and B (also) sat in", "A, who ..., took part", "Ghana's foreign minister, A, was in
    the room"); [] when no person ends there."""
    while y > sr.lo and sr.key(y) == "also":
        y -= 1
    y = relative_to_comma_en(sr, y)  # "..., by A and B, who also sat in on the meeting"
    from loaders.extract.meeting_attended import _list_ending_at, listed_before_comma

    listed = listed_before_comma(sr, y)
    if listed is not None:  # "A, who brokered the encounter, also took part in the talks",
        return listed_back_en(sr, listed)  # "A, director of ..., also took part"
    if sr.key(y) == ",":  # "Ghana's foreign minister, A, sat in on the talks"
        y -= 1
    m = sr.mention_at.get(y)
    if m is None or m.etype != "Person" or m.hi != y + 1:
        return []
    # "T1, A, and T2, B, were in the room": A too (attendee_list_back_en, session 64)
    return listed_back_en(sr, _list_ending_at(sr, m))


_EN_ROOM_PREP = {"room": "in", "table": "at"}


def _in_the_room(sr: Any, t: int) -> list:
    """"A and B were (also) in the room(, as was Z)" / "A was at the table." / "A was in the
    room as well / too" (session 61) and the inverted
    "Also in the room were A and B" / "At the table were A and B" (session 59): the people
    present at the meeting told (the clause closes after "room" / "table"; *t*: that noun)."""
    if sr.key(t - 1) != "the" or sr.key(t - 2) != _EN_ROOM_PREP.get(sr.key(t)):
        return []
    if sr.key(t + 1) in ("were", "was"):  # (inverted: the list after the verb)
        y = t - 3
        if not (y < sr.lo or y == sr.lo and sr.key(y) == "also"):
            return []
        return _people(sr, t + 2)
    end = t + 1
    if sr.key(end) == "too" or (sr.key(end), sr.key(end + 1)) == ("as", "well"):
        end += 1 if sr.key(end) == "too" else 2  # "A was in the room as well / too" (s61)
    if end < sr.hi and not sr.toks[end].punct:
        return []  # (not "was in the room when ...", "at the table of the council")
    y = t - 3
    if sr.key(y) == "also":
        y -= 1
    if sr.key(y) not in ("were", "was"):
        return []
    return _attendees_ending_before(sr, y - 1)


def _meeting_in_presence(sr: Any, t: int) -> list:
    """"The meeting took place / was held in the presence of A": A (no person before)."""
    if sr.key(t + 1) != "of" or sr.key(t - 1) not in ("the", "in") or \
            any(r.type == "MET_WITH" for r in sr.out):
        return []
    named = [m for m in sr.args if m.etype == "Person" and m.lo < t]
    if named:  # (only the place of that meeting: "held at Kadhimi's office in the presence
        # of A", session 64)
        told = {p for pair in latest_meeting_pairs(sr) for p in pair}
        if not all(names_told_place(sr, m, told) for m in named) or any(
                sr.key(y) in _EN_HELD and sr.blocked(y) for y in range(sr.lo, t)):
            return []  # ("The next meeting will be held at X's office ...": not that one)
    if not any(sr.key(y) in _EN_MEETING or sr.key(y) == "signing" for y in range(sr.lo, t)) or \
            not any(sr.key(y) in _EN_HELD for y in range(sr.lo, t)):
        return []  # ("The signing took place in the presence of A": session 64)
    titled = titled_after_by_en(sr, t + 2)  # ("in the presence of Morocco's Permanent
    # Representative to the United Nations in New York, A": a long capitalised title; s67)
    return _people(sr, t + 2, maxgap=6) or _people_past_group(sr, t + 2) or (
        sr.chain(titled, ("Person",)) if titled is not None else [])


_EN_DASHES = frozenset({"-", "–", "—", ":"})


def _people_past_group(sr: Any, start: int) -> list:
    """The list after a group named first and a dash or colon ("in the presence of the AU panel
    - former Nigerian president A, former Kenyan president B and C": session 64)."""
    dash = next((y for y in range(start, min(sr.hi, start + 5)) if sr.key(y) in _EN_DASHES), -1)
    if dash < 0 or any(sr.toks[y].punct or (m := sr.mention_at.get(y)) is not None and
                       m.etype == "Person" for y in range(start, dash)):
        return []
    return _people(sr, dash + 1, maxgap=6)


_EN_JOINED_ASIDE = frozenset({"later", "also", "then", "subsequently"})
_EN_JOINED_FOR = frozenset({"talks", "meeting", "discussions", "consultations", "session"})


def _joined_opening(sr: Any, t: int) -> bool:
    """"X received Y. The two ministers (They) were (later) joined by A and B (for talks).":
    A and B met the two principals of the one meeting the sentence before told, and each
    other (session 53). True when the sentence is of that shape (read or not)."""
    y = t - 1
    if sr.key(y) in _EN_JOINED_ASIDE:
        y -= 1
    if sr.key(y) != "were":
        return False
    if sr.key(y - 1) == "they" and y - 1 == sr.lo:
        opens = True
    else:
        opens = y - 3 == sr.lo and sr.key(sr.lo) == "the" and sr.key(sr.lo + 1) == "two" and \
            sr.key(y - 1) in _EN_PLURAL_HEADS
    if not opens:
        return False
    people = _people(sr, t + 2, maxgap=6)
    if not people or sr.blocked(t):
        return True
    end = people[-1].hi
    if end < sr.hi and not sr.toks[end].punct and not (
            sr.key(end) in ("for", "at", "in") and any(
                sr.key(z) in _EN_JOINED_FOR for z in range(end + 1, min(sr.hi, end + 4)))):
        return True  # (not "were joined by A on a tour of the old city")
    pairs = [pair for pair in latest_meeting_anywhere(sr)
             if {a.eid for a in people}.isdisjoint(pair)] \
        if sr.doc.state.get("met_out", (-9, ()))[0] == sr.si - 1 else []
    if len({frozenset(p) for p in pairs}) == 1:  # (one meeting of two)
        pair_all(sr, people, set(pairs[0]), "attended_meeting_joined_en")
    return True


def _joined_by(sr: Any, t: int) -> None:
    """"The two leaders, who were joined by (their ministers) A and B, discussed ..." / "X and
    Y, joined by A, held talks": A and B met the principals and each other; so do A and B of
    "X and Y met ..., where they were joined by A and B" (the sentence's own meeting)."""
    if sr.key(t + 1) != "by":
        return
    if _joined_opening(sr, t):
        return
    y = t - 1
    where = False  # "The two leaders met at State House, where they were joined by A and B"
    if sr.key(y) in ("were", "was"):
        y -= 1
        where = sr.key(y) == "they" and sr.key(y - 1) == "where" and sr.key(y - 2) == "," and \
            any(r.type == "MET_WITH" for r in sr.out)
        if where:
            y -= 1
        elif sr.key(y) != "who":
            return
        y -= 1
    if sr.key(y) != ",":
        return
    people = _people(sr, t + 2)
    if not people or sr.blocked(t) or not where and not any(
            sr.key(z) in _EN_TALKED for z in range(people[-1].hi, sr.hi)):
        return  # (not "who was joined by his wife, toured the old city")
    if where:
        pairs = [(r.source, r.target) for r in sr.out if r.type == "MET_WITH"]
        pair_all(sr, people, {p for pair in pairs for p in pair if p.startswith("person:")},
                 "attended_meeting_joined_en")
        return
    joined = {a.eid for a in people}
    pairs = [pair for pair in latest_meeting_pairs(sr) if joined.isdisjoint(pair)]
    if not pairs and sr.doc.state.get("met_out", (-9, ()))[0] == sr.si - 1:
        pairs = [pair for pair in latest_meeting_anywhere(sr) if joined.isdisjoint(pair)]
    if not pairs:
        return
    principals = {p for pair in pairs for p in pair if p.startswith("person:")}
    head = sr.mention_at.get(y - 1)
    if head is not None and head.etype == "Person" and not head.eid.startswith("group:"):
        if head.eid not in principals:
            return
        principals = {p for pair in pairs if head.eid in pair for p in pair}
    elif sr.key(y - 1) not in _EN_PLURAL_HEADS or len({frozenset(p) for p in pairs}) != 1:
        return  # ("the two leaders": one meeting of two)
    pair_all(sr, people, principals, "attended_meeting_joined_en")


def _together_with(sr: Any, t: int) -> None:
    """"S was received, together with A, by Y" / "S, together with A, met Y": S, A and Y met."""
    if sr.key(t + 1) != "with":
        return
    if together_after_en(sr, t, pair_all) or sr.key(t - 1) != ",":
        return  # "received by Y(,) together with A" / "met Y along with A": meeting_together_after
    people = _people(sr, t + 2, maxgap=6)
    if not people:
        return
    close = people[-1].hi
    if sr.key(close) != ",":
        return
    if sr.key(t - 2) in _EN_RECEIVED and sr.key(t - 3) in ("was", "were"):
        if sr.key(close + 1) != "by":
            return
        host = sr.after(close + 2, types=("Person",), maxgap=6)
        subj = sr.before(t - 3, types=("Person",), maxgap=25)
        if host is None or subj is None or subj.poss or sr.blocked(t - 2, subj):
            return
        sr.add("MET_WITH", subj.eid, host.eid, "received_together_en")
        pair_all(sr, people, {subj.eid, host.eid}, "attended_meeting_together_en")
        return
    subj = sr.mention_at.get(t - 2)
    if subj is None or subj.etype != "Person" or sr.key(close + 1) not in _EN_MET and not (
            sr.key(close + 1) in ("held", "holds") and sr.key(close + 2) in L.EN_TALKS_NOUNS):
        return  # ("..., met Y" / "..., held talks with Y")
    together_subjects_en(sr, subj, people)  # (meeting_together_subjects_en)


def present_more(sr: Any) -> None:
    """The English forms of the module doc (cue: ``EN_PRESENT_MORE``)."""
    if sr.toks[sr.lo].ar:
        return
    for t in sr.triggers(EMPTY, EN_PRESENT_MORE):
        k = sr.key(t)
        width = 1 if sr.key(t + 1) == "them" else the_two_en(sr, t + 1)
        if k in ("joined", "joins", "joining") and width:
            people = joins_them_en(sr, t, width)  # "Berri's aide, A, joins them." (session
            # 24b); "A joined the two men", "with A joining the two men" (session 28)
            pairs = latest_meeting_pairs(sr) if people and not sr.blocked(t) else []
            if one_meeting(pairs):
                principals = {p for pair in pairs for p in pair if p.startswith("person:")}
                if principals.isdisjoint(a.eid for a in people):
                    pair_all(sr, people, principals, "attended_meeting_joined_en")
            continue
        if k == "joined":
            _joined_by(sr, t)
            continue
        if k in ("together", "along"):
            _together_with(sr, t)
            continue
        if k in ("present", "attendance", "attending") or (k in _EN_INVERTED_OPENERS and
                                                           t == sr.lo):
            people = _present_were(sr, t)  # ("Also attending were A and B": session 51)
        elif k == "presence":
            people = _meeting_in_presence(sr, t)
        elif k in _EN_ROOM_PREP:
            people = _in_the_room(sr, t)
        else:
            people = _sat_in(sr, t)
        if not people or sr.blocked(t):
            continue
        bare = k in ("sat", "took") and bare_took_part_en(sr, t) and _joined_between(sr)
        pairs = latest_meeting_pairs(sr)
        if not pairs and bare and sr.doc.state.get("met_out", (-9, ()))[0] >= sr.si - 2:
            pairs = latest_meeting_anywhere(sr)  # "X met Y. Z joined by phone. A also sat
            # in": the meeting two sentences back (session 61)
        pairs += _principals_before_attendees(sr, 2 if bare else 1)
        into = t + 2 if k in ("sat", "took", "sitting") else t + 1 if k == "participated" else -1
        placed = place_meeting_pairs(sr, into) if into > 0 else None
        if placed is not None:  # "A also took part in the Addis Ababa talks" (session 33)
            pairs = placed
        elif not pairs and (k == "presence" or names_the_meeting(sr, t) or (
                into > 0 and names_the_meeting(sr, into))):  # "took part in the talks",
            # a sentence told between (session 51)
            pairs = latest_meeting_anywhere(sr)
        _pair_sides(sr, people, pairs, "attended_meeting_present_en")


def present_pairs_ar(sr: Any, t: int) -> list[tuple[str, str]]:
    """"وجرى اللقاء بحضور Z" / "وبحث الجانبان ... بحضور Z" (no pair of people named before
    "بحضور"): the pairs of this sentence's dual (``dual_subject_met_ar``), else of the meeting
    of the sentence before; "the two sides": of the latest meeting told."""
    expanded = _expanded_meeting(sr, t) or _audience_took_place(sr, t)
    if not (expanded or any(sr.f(y) & _AR_MEETING for y in range(sr.lo, t))) or any(
            sr.f(y) & _AR_MEETING_TO_COME for y in range(sr.lo, t)):
        return []  # (not "وسيُعقد اللقاء المقبل بحضور Z": a meeting to come; session 64)
    pairs = latest_meeting_pairs(sr)
    told = {p for pair in pairs for p in pair}
    if any(m.etype == "Person" and m.lo < t and not m.eid.startswith("group:") and
           not names_told_place(sr, m, told) for m in sr.args):
        return []  # (not the place of that meeting: "وقال المصدر إن اللقاء جرى في مكتب
        # الكاظمي بحضور Z", one of its people's office; session 64)
    if not pairs and any(sr.f(y) & AR_TWO_SIDES for y in range(sr.lo, t)):
        pairs = latest_meeting_anywhere(sr)  # ("the two sides": of the latest meeting told)
    return pairs


def _audience_took_place(sr: Any, t: int) -> bool:
    """Is the audience or the reception the subject of "took place" before "بحضور" at *t*
    («وجرت المقابلة بحضور Z»، «وجرى هذا الاستقبال بحضور Z»)?"""
    for y in range(sr.lo + 1, t):
        if sr.f(y) & _AR_AUDIENCE:
            verb = y - 2 if sr.f(y - 1) & _AR_THIS else y - 1
            return verb >= sr.lo and bool(sr.f(verb) & _AR_TOOK_PLACE)
    return False


# "(وعُقد بعد ذلك) اجتماع موسع / جلسة موسعة بحضور Z": the talks told before, widened to the
# delegations (session 66; an indefinite noun, so ``_AR_MEETING`` does not hold it)
_AR_EXPANDED = L._ar("موسع", "موسعة", "موسعا", "موسعه")
_AR_WIDENED_NOUNS = L.AR_MEET_NOUNS | L._ar("جلسة", "جلسه", "جلسة مباحثات")


def _expanded_meeting(sr: Any, t: int) -> bool:
    """Does an indefinite meeting noun qualified "expanded" come before "بحضور" at *t*, with
    no body named before it ("وعُقد بعد ذلك اجتماع موسع بحضور Z"; not "وعقد مجلس الوزراء
    اجتماعاً موسعاً بحضور Z", the cabinet's own meeting)?"""
    for y in range(sr.lo + 1, t):
        if sr.f(y) & _AR_EXPANDED and sr.key(y - 1) in _AR_WIDENED_NOUNS:
            return not any(m.etype in ("Organization", "Person") and m.lo < y for m in sr.args)
    return False


_EN_TALKS = frozenset({"talks", "meeting", "meetings", "round", "negotiations", "session"})


def co_joiners_en(sr: Any, subj: Any, x: int) -> None:
    """"A and B joined Y for talks / the final round": A and B sat at the same talks, so met
    each other too (the issue: "joined the talks"); not "for a summit / a conference / dinner"
    (called by ``meetings_en.joined_for_talks_en``, *x*: the "for" / "at" / "in")."""
    if not any(sr.key(y) in _EN_TALKS for y in range(x + 1, min(sr.hi, x + 5))):
        return
    from loaders.extract.meeting_attended import _list_ending_at

    people = _list_ending_at(sr, subj)
    pair_all(sr, people[:-1], {subj.eid}, "attended_meeting_joined_en")
