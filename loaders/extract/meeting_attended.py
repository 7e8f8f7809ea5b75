"""MET_WITH: who attended a meeting met its participants on the other side.

"قاآني التقى A وB، كما حضر الاجتماع C" / "اجتمع X مع A وB. وشارك في الاجتماع C" / "Sadr sat
down with A and B. C and D also attended." / "The meeting was also attended by C": C met the
meeting's convener -- the one person every pair of the meeting shares (Qaani, X, Sadr) --
also when C is of the convener's own country (session 24, ``meeting_own_side``), unless the
meeting is a single pair of unknown sides (which side C took is not said). The meeting is
the latest one read: pairs of this sentence, else of the previous sentence
(``relations.SentenceRules.run`` keeps its output). Negation blocks.

Session 18: "وانضم إلى الوفد (في لقاء بعبدا) X" (X joined the delegation at the meeting told
in the sentence before, even when X's own later meeting follows: "...، والتقى لاحقاً Z"), and
"Around / At the table were A, <apposition>, B and C" after "X met leaders of <group>" (a
meeting of one person with a group: the people at the table met X, whatever their country).

Arabic (session 19: a meeting of two, a side named, "بحضور Z", the meeting named by its
partner): ``meeting_attended_ar``.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.attendee_later_en import (
    apposed_attendee_en,
    bare_also_attended_en,
    names_meeting_en,
)
from loaders.extract.attendee_list_back_en import listed_back_en
from loaders.extract.attendee_two_back_en import meeting_two_back_en
from loaders.extract.dispatch import needs
from loaders.extract.meeting_attend_forms import (
    known_as_en,
    meeting_with_partner,
    own_meetings_after,
    possessor_side,
    talks_pairs_ar,
)
from loaders.extract.meeting_attended_ar import (
    _AR_ATTEND,
    _AR_COMPRISED,
    _AR_JOINED,
    _AR_PRESENT,
    attended_with_ar,
    attendees_ar,
    co_attendees_ar,
    partners_ar,
    present_ar,
    side_named,
)
from loaders.extract.meeting_audiences_attended import (
    apposed_more_en,
    audience_series_people,
    plural_meetings_named,
)
from loaders.extract.meeting_ceremony_en import (
    ceremony_before,
    ceremony_partners,
    co_attendees_en,
    names_ceremony_en,
    own_pair_here,
    rite_pairs,
)
from loaders.extract.meeting_held_attended_en import more_by_en, semicolon_list_en
from loaders.extract.meeting_host_aide_ar import guests_received_together
from loaders.extract.meeting_own_side import (
    conveners,
    country_unknown,
    one_table,
    own_host_table,
    whole_meeting,
)
from loaders.extract.meeting_place_named_en import place_meeting_pairs
from loaders.extract.meeting_placed_talks_en import placed_talks_pairs_en
from loaders.extract.meeting_present_more import country_named, sides_named
from loaders.extract.meeting_relative_aside_en import main_clause_pairs_en
from loaders.extract.meeting_sat_in_en import after_last_with, sat_in_pairs, sitting_in_en
from loaders.extract.meeting_sides_en import (
    before_apposition,
    latest_meeting_anywhere,
    side_partners,
    third_country,
    were_present,
)
from loaders.extract.meeting_titled_lists import titled_members
from loaders.extract.meeting_with_present_en import apposed_before_close, with_list_back_en
from loaders.extract.plural_title_apposed_en import plural_title_apposed_en
from loaders.extract.protocol_forms import (
    attended_opening_ar,
    meeting_attended_by_en,
    titled_after_by_en,
)
from loaders.extract.relative_attendee_en import relative_attendee_en
from loaders.extract.relative_heads import EN_COMMA, EN_WHO_WHOM, relative_head_back
from loaders.extract.rule_common import latest_meeting_pairs, previous_meeting_pairs, title_start

_EN_WITH_ATTENDING = frozenset({"attending", "present", "attendance", "sitting"})
_EN_ATTEND = frozenset({"attended", "joined", "table", "included"}) | _EN_WITH_ATTENDING
_EN_AROUND = frozenset({"around", "at"})
_EN_WERE = frozenset({"were", "sat"})
_EN_MEETING = frozenset({"meeting", "talks", "meetings", "session", "audience", "audiences"})
_EN_AUX = frozenset({"also", "was", "were", "had", "have", "has", "been"})


def _around_table_en(sr: Any, t: int) -> list:
    """"Around / At the table were (sat) X, <apposition>, Y, and Z" (the sentence's opening)."""
    if t - 2 != sr.lo or sr.key(t - 1) != "the" or sr.key(t - 2) not in _EN_AROUND or \
            sr.key(t + 1) not in _EN_WERE:
        return []
    m = sr.after(t + 2, types=("Person",), maxgap=4)
    if m is None or any(sr.toks[y].punct for y in range(t + 2, m.lo)):
        return []
    people = [m]
    while True:  # "X, who leads B, Y, the head of C, and Z": one item per comma-led person
        nxt = next((c for c in sr.args if c.lo >= people[-1].hi and c.etype == "Person" and
                    c.eid != people[-1].eid), None)  # (not "X, the Badr chief,": X again)
        if nxt is None or not _next_item(sr, people[-1], nxt):
            return people
        people.append(nxt)


def _next_item(sr: Any, a: Any, b: Any) -> bool:
    """*b* is the next item of a list after *a*: a comma (", and") right before *b*'s title, no
    full stop or verb of saying between."""
    start = title_start(b)
    if start - a.hi > 16 or sr.key(start - 1) not in (",", "and"):
        return False
    return not any(sr.key(y) in (".", ";", "said", "says", "told") for y in range(a.hi, start))


def _with_attending_en(sr: Any, t: int) -> list:
    """"..., with X (and Y) (also) attending / present / at the table": the list between
    the clause's "with" and *t* (session 19); "with X(, <title>,) in attendance" (session 19,
    second round)."""
    y = t - 1
    sitting = sr.key(t) == "sitting"
    if sitting and not sitting_in_en(sr, t):  # "with X sitting in (on the talks)" (s33)
        return []
    if sr.key(t) == "table":
        if sr.key(y) != "the" or sr.key(y - 1) != "at":
            return []
        y -= 2
    if sr.key(t) == "attendance":  # "with X(, <title>,) in attendance"
        if sr.key(y) != "in":
            return []
        y -= 1
        if sr.key(y) == ",":
            y = before_apposition(sr, y)
    while y > sr.lo and sr.key(y) == "also":
        y -= 1
    if sr.key(y) == ",":  # "with <title>, X, attending" (session 30, meeting_with_present_en)
        o = apposed_before_close(sr, y)
        return with_list_back_en(sr, [o]) if o is not None else []
    m = sr.mention_at.get(y)
    if m is None or m.etype != "Person" or m.hi != y + 1:
        return []
    people = _list_ending_at(sr, m)
    if sitting:  # (the list after the nearest "with": not "met A and then with B, with Z")
        people = after_last_with(sr, people)
    w = title_start(people[0]) - 1
    for z in range(w, max(sr.lo, w - 4), -1):  # ("with foreign ministers A and B attending")
        if sr.key(z) == "with":
            return people if sr.key(z - 1) == "," or sitting and sr.key(z - 1) not in L.EN_MEET \
                else []  # ("received her with his adviser X sitting in")
        o = sr.mention_at.get(z)
        if (sr.toks[z].punct and sr.key(z) != "'s") or (o is not None and o.etype == "Person"):
            break
    return with_list_back_en(sr, people)  # "with <title>, X, and Y also present" (session 30)


def _list_ending_at(sr: Any, m: Any) -> list:
    """The list of people ending at *m* ("X and Y" for Y), else [m]."""
    for c in sr.args:
        ch = sr.chain(c, ("Person",)) if c.etype == "Person" and c.hi <= m.lo else []
        if m in ch:
            return ch[: ch.index(m) + 1]
    return [m]


_CLAUSE_ENDS = frozenset({",", ";", ".", "and"})


def _relative_head(sr: Any, close: int) -> Any:
    """The person X of "X, who <clause>," whose clause the comma *close* ends, else None."""
    return relative_head_back(sr, close - 2, max(sr.lo, close - 16), EN_WHO_WHOM, EN_COMMA,
                              lambda w: sr.key(w) in _CLAUSE_ENDS)


def listed_before_comma(sr: Any, y: int) -> list | None:
    """The attendees whose words end at the comma *y* before the attendance verb: the list
    ending at X of "X, who <clause>, attended" or of "X, <apposition>, attended" opening the
    sentence (``attendee_later_en.apposed_attendee_en``); None when neither."""
    if sr.key(y) != ",":
        return None
    head = _relative_head(sr, y)
    if head is None:
        head = apposed_attendee_en(sr, y)
    if head is None:  # "X, <apposition>, who <clause>," / a long clause (session 40)
        head = relative_attendee_en(sr, y)
    return _list_ending_at(sr, head) if head is not None else None


def _after_by(sr: Any, k: int) -> Any:
    """The person named after "by" from token *k*: "by X", "by the Undersecretary of ...,
    X" (X)."""
    m = sr.after(k, types=("Person",), maxgap=6)
    if m is None:  # "by HE Minister of Foreign Affairs and Emigrants X": a long capitalised
        far = sr.after(k, types=("Person",), maxgap=10)  # title (session 53)
        if far is not None and all(
                sr.toks[y].cap and not sr.toks[y].punct or sr.key(y) in ("of", "and", "the")
                for y in range(k, far.lo)):
            m = far
    if m is None:  # "by the two countries' foreign and defense ministers, A, B, C and D"
        m = plural_title_apposed_en(sr, k)  # (session 67)
    if m is None or m.kind != "name":
        m = titled_after_by_en(sr, k) or m
    return m


def _by_after_side(sr: Any, t: int) -> int | None:
    """The token "by" of "attended by", also when the side comes between: "was attended on
    the Sudanese side by X", "on the Qatari side by" (QNA; session 65). None without it."""
    if sr.key(t + 1) == "by":
        return t + 1
    if sr.key(t + 1) == "on" and sr.key(t + 2) == "the" and sr.key(t + 4) == "side" and \
            sr.key(t + 5) == "by" and t + 5 < sr.hi:
        return t + 5
    return None


def _it_was_attended(sr: Any, t: int) -> bool:
    """"(On the Lebanese side,) it was (also) attended by X" right after a sentence that told
    a meeting: "it" is that meeting (QNA; session 53)."""
    y = t - 1
    if sr.key(y) == "also":
        y -= 1
    if sr.key(y) != "was" or sr.key(y - 1) != "it":
        return False
    return (y - 1 == sr.lo or sr.key(y - 2) == ",") and \
        sr.doc.state.get("met_out", (-9, ()))[0] == sr.si - 1


def _talks_included(sr: Any, t: int) -> list:
    """"The talks (in Cairo) (also) included X (and Y)": the sentence opens on the meeting
    noun, told before (session 53)."""
    lo = sr.lo
    if sr.key(lo) != "the" or sr.key(lo + 1) not in _EN_MEETING or t - lo > 8 or any(
            sr.toks[y].punct for y in range(lo, t)):
        return []
    m = sr.after(t + 1, types=("Person",), maxgap=6)
    if m is None or any(sr.toks[y].punct for y in range(t + 1, title_start(m))):
        return []
    return sr.chain(m, ("Person",))


def _attendees_en(sr: Any, t: int) -> list:
    """"X (and Y) (also) attended (the meeting)." / "was (also) attended by X (and Y)"."""
    if sr.key(t) in _EN_WITH_ATTENDING and not were_present(sr, t):
        return []  # (only "with X attending" (``_with_attending_en``), "X were also present")
    if sr.key(t) == "table":
        return _around_table_en(sr, t)
    if sr.key(t) == "included":
        return _talks_included(sr, t)
    by = _by_after_side(sr, t)
    if by is not None:
        if not any(sr.key(y) in _EN_MEETING for y in range(sr.lo, t)) and \
                not (ceremony_before(sr, t) and rite_pairs(sr)) and \
                not _it_was_attended(sr, t):  # "The signing was attended by"
            return []
        m = _after_by(sr, by + 1)
        if m is None:
            return []
        people = semicolon_list_en(sr, more_by_en(
            sr, apposed_more_en(sr, sr.chain(m, ("Person",))),  # ("by A, <title>, and B")
            lambda k: _after_by(sr, k)))  # ("attended by A and
        # by B"; "A, <title>; B, <title>; and C": meeting_held_attended_en)
        return people + [p for p in titled_members(sr, people[-1]) if p not in people]
        # ("attended by Foreign Minister A and presidential spokesman B": session 66)
    nxt = sr.key(t + 1) if t + 1 < sr.hi else "."
    if nxt not in (".", ",", ";") and not names_meeting_en(sr, t) and \
            not were_present(sr, t) and \
            not (names_ceremony_en(sr, t) and rite_pairs(sr)):  # ("also attended the ceremony")
        return []  # "X attended a conference": no meeting of the text ("the Oval Office
        # meeting", "part of the talks": ``attendee_later_en``)
    y = t - 2 if sr.key(t) == "attendance" else t - 1  # ("was also in attendance")
    while y > sr.lo and sr.key(y) in _EN_AUX:
        y -= 1
    if sr.key(y) == "who" and sr.key(y - 1) == ",":  # "X, who (also) joined the talks"
        y -= 2
    listed = listed_before_comma(sr, y)
    if listed is not None:  # "X, who visited Damascus last month, also attended the talks",
        return listed  # "X, the White House coordinator for the Middle East, attended"
    if sr.key(y) == "," and y - 1 not in sr.mention_at:
        y = before_apposition(sr, y)  # "X, the foreign minister, attended the meeting"
    if sr.key(y) == "," and y - 1 in sr.mention_at:  # "..., the head of Z, X, also attended"
        m = sr.mention_at[y - 1]
        if sr.key(m.lo - 1) != "," and sr.key(title_start(m) - 1) != "," and \
                not known_as_en(sr, m):  # ("X, known as Abu Fadak, attended": the same man)
            return []  # "X, who took over from Y, attended": not Y
        y -= 1
    m = sr.mention_at.get(y)
    if m is None or m.etype != "Person":
        return []
    return listed_back_en(sr, _list_ending_at(sr, m))  # the whole list ending at m: "X and Y
    # also attended"; "A, <apposition>, and B were also present" (session 68)


def _partners(sr: Any, attendee: str, pairs: list[tuple[str, str]], ar: bool,
              group: bool = False) -> list[str]:
    """The participants *attendee* met (module doc; English: ``meeting_sides_en``)."""
    if group and len(pairs) == 1:  # "X met faction leaders. Around the table were A, B": X
        people = [p for p in pairs[0] if p.startswith("person:")]
        return people if len(people) == 1 and people[0] != attendee else []
    if _joint_here(sr, ar):  # "received A and B in a joint meeting attended by C": one
        people = sorted({p for pair in pairs for p in pair})  # table (session 55)
        return [] if attendee in people else people
    if not ar:
        sides = side_partners(sr, attendee, pairs)
        if sides == [] and third_country(sr, attendee, pairs):
            return sorted({p for pair in pairs for p in pair})
        if sides == [] and _side_of_no_country(sr, attendee, pairs):
            return sorted({p for pair in pairs for p in pair})
        if sides is not None:
            return sides
        sides = sides_named(sr, attendee, pairs)  # (countries of titles: new names)
        if sides:
            return sides
    people = sorted({p for pair in pairs for p in pair})
    if attendee in people:
        return []
    if ar and len(pairs) == 1:
        met = partners_ar(sr, attendee, people, pairs=pairs)
        if not met and country_named(sr, attendee) is None and not _described_here(sr, people):
            met = country_unknown(attendee, pairs)  # "وحضر الاجتماع سكرتير مجلس وزراء إقليم
            # كوردستان X": his side unknown, as after "بحضور" (session 28; session 40)
        return met or (people if attended_opening_ar(sr) else [])  # (``protocol_forms``)
    if one_table(pairs):  # "اجتمع X في منزل A بكلٍّ من A وB. وحضر الاجتماع أيضاً C": one
        return people  # meeting of all (session 27, meet27): C met every participant
    hubs = conveners(people, pairs)
    if ar and not hubs and own_host_table(sr, attendee, people, pairs):
        return people  # "استقبل H وفداً برئاسة A ضم B وC. وحضر اللقاء Z" (Z of H's country)
    hub = hubs[0] if len(pairs) >= 2 and len(hubs) == 1 else None
    if hub is None:
        if len(pairs) == 1 and not ar and (meeting_attended_by_en(sr) or
                                           _unknown_side_named(sr, attendee)):
            return people  # "The audience was attended by Z" (``protocol_forms``); an
            # attendee of no known country met both (session 28: the brief pairs him with all)
        return []  # one pair: which side the attendee took is not said
    own = sr.doc.country_of(attendee)
    if own is not None and own == sr.doc.country_of(hub):
        if ar and guests_received_together(sr, hub, pairs):  # "استقبل H A وB. وحضر
            return people  # اللقاء Z": both guests at one table (meeting_host_aide_ar)
        return whole_meeting(attendee, pairs, [], True)  # his own side
    return [hub]


def _side_of_no_country(sr: Any, attendee: str, pairs: list[tuple[str, str]]) -> bool:
    """Is the meeting one of two people, one of no country the article or a title tells (the
    UN Secretary-General), and *attendee* of neither's? Then he met both, as ``sides_named``
    reads one whose title alone tells his country (session 67), also when the gazetteer
    tells it ("Swedish Foreign Minister Margot Wallstrom also attended"; session 71)."""
    people = {p for pair in pairs for p in pair}
    if len(people) != 2 or attendee in people or not all(p.startswith("person:") for p in people):
        return False
    at = next((c.lo for c in sr.args if c.eid == attendee), None)
    if at is not None and any(c.lo > at and c.eid in people for c in sr.args):
        return False  # ("The meeting, also attended by Z, came after X met Y": not X-Y)
    nat = {country_named(sr, p) for p in people}
    return None in nat and country_named(sr, attendee) not in nat


_AR_JOINT = L._ar("مشترك", "مشتركة", "المشترك", "المشتركة")


def _joint_here(sr: Any, ar: bool) -> bool:
    """Does the sentence call its meeting a joint one ("received A and B in a joint meeting
    attended by C", «في لقاء مشترك حضره C»)?"""
    if ar:
        return any(sr.f(y) & _AR_JOINT and sr.f(y - 1) & L.AR_MEET_NOUNS
                   for y in range(sr.lo + 1, sr.hi))
    return any(sr.key(y) == "joint" and sr.key(y + 1) in ("meeting", "session", "talks")
               for y in range(sr.lo, sr.hi - 1))


def _described_here(sr: Any, people: list[str]) -> bool:
    """Is one of *people* told in this sentence by a description only ("وكان الأمين العام قد
    التقى Y، وحضر اللقاء Z")? Then the unknown side's fallback is not tried (session 40: as
    the scorer's ``desc`` gate, a resolved description is the less sure partner)."""
    here = [m for m in sr.ments if m.etype == "Person"]
    named = {m.eid for m in here if m.kind == "name"}
    return any(m.kind == "desc" and m.eid in people and m.eid not in named for m in here)


def _unknown_side_named(sr: Any, attendee: str) -> bool:
    """Is *attendee* of no known country, the attended meeting named in his sentence ("in a
    meeting also attended by Z"; session 66: also "Z (, <apposition>,) also attended.", where
    "also" ties him to that meeting and the brief pairs an attendee with both principals)
    and he named in full somewhere (two words or more, or a gazetteer entry: not "General
    Security" read as a rank and a name)?"""
    if country_named(sr, attendee) is not None or \
            not (any(sr.key(y) in _EN_MEETING for y in range(sr.lo, sr.hi)) or
                 bare_also_attended_en(sr)):  # ("Z also attended.": session 66)
        return False
    return _named_in_full(sr, attendee)


def _named_in_full(sr: Any, eid: str) -> bool:
    """Is *eid* known, or named somewhere with two words or more (not "General Security"
    read as a rank and a name)?"""
    return eid in sr.doc.gaz.entries or any(
        m.eid == eid and m.hi - m.lo >= 2 for m in sr.doc.ments)


def _with_list_partners(sr: Any, people: list, pairs: list[tuple[str, str]],
                        sat_in: bool = False) -> None:
    """"X and Y held talks, with A and B attending": each attendee met the other side
    (``side_partners``), a third country's attendee at a two-person meeting met both, and
    attendees of two different countries met each other."""
    two = sorted({p for pair in pairs for p in pair if p.startswith("person:")})
    for a in people:
        met = [p for p in two if p != a.eid] if sat_in else side_partners(sr, a.eid, pairs)
        if met == [] and third_country(sr, a.eid, pairs) or met is None and len(pairs) == 1:
            met = two  # ("with Turkey's F also at the table": a three-way meeting; session 30:
            # an attendee of no known country at a meeting of two met both)
        for p in met or ():
            sr.add("MET_WITH", a.eid, p, "with_attending_en")
    for i, a in enumerate(people):
        for b in people[i + 1:]:
            ca, cb = sr.doc.country_of(a.eid), sr.doc.country_of(b.eid)
            if pairs and None not in (ca, cb) and ca != cb:
                sr.add("MET_WITH", a.eid, b.eid, "with_attending_en")


CUE_SETS = frozenset({_AR_ATTEND, _EN_ATTEND})


_ATTENDED_EN = "attended_meeting_en"  # doc.state: (sentence, the meeting its attendees met)


def _principals_before(sr: Any) -> list[tuple[str, str]]:
    """English: the latest meeting's pairs; when the sentence before only told attendees of a
    meeting ("The meeting was attended by A. It was also attended on the Sudanese side by B"),
    the meeting they attended, not A's own pairs with its principals (session 65)."""
    pairs = latest_meeting_pairs(sr)
    if any(r.type == "MET_WITH" for r in sr.out):
        return pairs
    si, base = sr.doc.state.get(_ATTENDED_EN, (-9, ()))
    return list(base) if si == sr.si - 1 and base else pairs


@needs((_AR_ATTEND, _EN_ATTEND))
def attended_meeting(sr: Any) -> None:
    """Add the MET_WITH pairs of the attendees of the latest meeting (module doc)."""
    ar = sr.toks[sr.lo].ar
    for t in sr.triggers(_AR_ATTEND, _EN_ATTEND):
        if ar and sr.f(t) & _AR_PRESENT:
            present_ar(sr, t)
            continue
        named = attended_with_ar(sr, t) if ar and not sr.f(t) & _AR_JOINED else None
        if named is not None:
            if not sr.blocked(t):
                for a in named[0]:
                    for p in partners_ar(sr, a.eid, sorted(named[1] - {a.eid})):
                        sr.add("MET_WITH", a.eid, p, "attended_meeting_ar")
            continue
        with_list = [] if ar else _with_attending_en(sr, t)
        people = with_list or (attendees_ar(sr, t) if ar else _attendees_en(sr, t))
        if not people or sr.blocked(t):
            continue
        if plural_meetings_named(sr, t):  # "The audiences were attended by X": the host and
            met_all = audience_series_people(sr)  # every guest of them (session 66)
            if met_all:
                for a in people if ar else apposed_more_en(sr, people):
                    for p in met_all:
                        if p != a.eid:
                            sr.add("MET_WITH", a.eid, p, "audiences_attended")
                continue
        pairs = _principals_before(sr) if not ar else latest_meeting_pairs(sr)
        if ar and sr.f(t) & _AR_COMPRISED:  # "وضمّ اللقاء A وB": not A-B's own pair, read by
            own = {m.eid for m in people}  # meeting_comprised_ar, but the meeting told before
            pairs = [p for p in pairs if not set(p) <= own] or \
                [p for p in previous_meeting_pairs(sr) if not set(p) <= own]
        if with_list:
            pairs = main_clause_pairs_en(sr, pairs, with_list[0].lo)  # (not a relative's)
            sat_in = sr.key(t) == "sitting"
            _with_list_partners(sr, with_list, sat_in_pairs(sr, with_list[0], pairs)
                                if sat_in else pairs, sat_in)
            continue
        rite = not ar and (ceremony_before(sr, t) or names_ceremony_en(sr, t)) and \
            bool(rite_pairs(sr))  # (a signing / oath / handover told here or just before)
        if rite and own_pair_here(sr, people):
            continue  # "X, who attended the ceremony, held talks with Y": his own meeting
        if own_meetings_after(sr, people, pairs):  # "وحضر اللقاء X، الذي ... حيث اجتمع بـA",
            rite = False  # a meeting told later in the sentence is the one he attended
            pairs = meeting_with_partner(sr, people, pairs)  # "X, who attended the meeting
            # with Asad": the meeting told before (with his partner if one is)
        if ar and sr.f(t) & _AR_JOINED:  # "وانضم إلى الوفد ... X، ...، والتقى لاحقاً Z": the
            si, prev = sr.doc.state.get("met_out", (-9, ()))  # delegation's meeting told before
            pairs = [(r.source, r.target) for r in prev if r.type == "MET_WITH"] \
                if si == sr.si - 1 else []
        placed = None if ar else place_meeting_pairs(sr, t)
        talks = None if ar or placed else placed_talks_pairs_en(sr, t)
        if placed:  # "A attended the Addis Ababa talks" (session 33; none held there: as before)
            pairs = placed
        elif talks is not None:  # "at talks in Doha last week attended by A and B": their own
            pairs = talks  # meeting, not the latest told elsewhere (session 68)
        elif not pairs and not ar and not rite and (sr.key(t + 1) == "by" or
                                                    names_meeting_en(sr, t)):
            pairs = latest_meeting_anywhere(sr)  # "... also attended the meeting." (never a
            # ceremony's: ``meeting_ceremony_en.rite_pairs``)
        elif not pairs and not ar and not rite:
            pairs = meeting_two_back_en(sr, t)  # "X received Y. Photos showed the two men
            # shaking hands. Z was also present." (attendee_two_back_en, session 67)
        if ar and not sr.f(t) & _AR_JOINED:  # (not a welcome at the airport told between)
            pairs = talks_pairs_ar(sr, pairs)
        if not pairs and ar and not sr.f(t) & _AR_JOINED:
            pairs = latest_meeting_anywhere(sr)  # "وشارك في المباحثات X": the talks told before
        pairs = list({frozenset(p): p for p in reversed(pairs)}.values())[::-1] \
            if len(pairs) > 1 else pairs  # (one pair told twice, by two rules: one meeting)
        side = ar and pairs and side_named(sr, t, people[-1].lo)  # (also "A، ومن الجانب
        # الإيراني B": meeting_by_side)
        rite = rite and bool(pairs)
        mets = []
        for a in people:
            met = sorted({p for pair in pairs for p in pair} - {a.eid}) if side else \
                ceremony_partners(a.eid, pairs) if rite else \
                _partners(sr, a.eid, pairs, ar, group=sr.key(t) == "table")
            if not met and ar:  # "المستشار الإعلامي لبري X" (meeting_attend_forms)
                met = possessor_side(sr, a, pairs)
            mets.append(met)
        for a, met in zip(people, mets, strict=True):
            if not met and not ar and country_named(sr, a.eid) is None and \
                    _named_in_full(sr, a.eid):
                # "Interior Minister A and Information Minister B were also present": B, of
                # no known side, sat with A, listed with him (session 50)
                met = next((m for b, m in zip(people, mets, strict=True) if m and b is not a), [])
            for p in met:
                sr.add("MET_WITH", a.eid, p, "attended_meeting_ar" if ar else
                       "attended_meeting_en")
        if not ar and pairs and any(mets):
            sr.doc.state[_ATTENDED_EN] = (sr.si, pairs)  # (for a second attendee sentence)
        if ar and pairs:
            co_attendees_ar(sr, people, side)
        elif rite or talks == []:  # "The signing was attended by A and B": A met B
            co_attendees_en(sr, people, "attended_meeting_en")  # (meeting_ceremony_en); "talks
            # in Doha attended by A and B", a meeting of their own (meeting_placed_talks_en)
