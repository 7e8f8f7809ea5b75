"""MET_WITH, Arabic attendees (``meeting_attended`` reads the attendee and pairs him).

"حضر الاجتماع X (وY)" / "شارك في الاجتماع X" / "وانضم إلى الوفد (في لقاء بعبدا) X": the
attendees (``attendees_ar``). Session 19: a meeting of two is no longer silent: the attendee
met its participant of the other country ("استقبل خامنئي الأمير خالد. وحضر اللقاء سفير
المملكة X": Khamenei); with a side named ("وشارك في المباحثات من الجانب التركي X وY",
"وحضرها عن الجانب القطري X") he met every participant, and the attendees of the list met each
other (also a counterpart of another country: "وزير الخارجية الأردني X ونظيره السوري Y");
"وحضرها X" after the talks of the sentence; the talks told further back ("وكان الشرع قد وصل
..." between) when none is nearer. And "بحضور Z" after the meeting of its sentence
(``meeting_checks._present_only`` keeps Z out of the meeting itself; "بمشاركة Z" likewise): Z
met its participants (session 24: his own side too, ``meeting_own_side``); "بحضور وزيري
خارجية البلدين Z وW": Z and W met each other too (session 45: and the two guests of "استقبل H
A، وB، بحضور Z" met each other).
The meeting attended named by its partner: "وحضر اللقاء مع بزشكيان X", "X، الذي حضر لقاء A مع
B", "وحضر الاجتماع مع الوفد الإسرائيلي X" (the Israelis of the latest meeting and their host).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.meeting_attend_forms import (
    attendee_mention_ar,
    name_ends_ar,
    title_then_name_ar,
    titled_list_ar,
)
from loaders.extract.meeting_audiences_attended import AR_PLURAL_MEETINGS
from loaders.extract.meeting_by_side import other_side_ar
from loaders.extract.meeting_host_aide_ar import (
    MOST_TOGETHER,
    both_guests_ar,
    received_together_ar,
)
from loaders.extract.meeting_own_side import country_unknown, last_clause_pairs, whole_meeting
from loaders.extract.meeting_present_including_ar import members_start_ar
from loaders.extract.meeting_present_more import country_named, present_pairs_ar
from loaders.extract.meeting_sides_en import latest_meeting_anywhere
from loaders.extract.meeting_witnessed_ar import witnessed_presence_ar
from loaders.extract.principal_named import agent_named_after, principal
from loaders.extract.rule_common import latest_meeting_pairs, meet_each_other, title_start

# "وضمّ اللقاء X وY" / "وجمع الاجتماع X" after the meeting told: X and Y sat at it, as "وحضر
# اللقاء X" (session 60; the verb with the meeting noun right after it, as the English "the
# meeting also included X"; "ضمّ الوفد" is a delegation's, ``meeting_delegation_member_ar``)
_AR_COMPRISED = L._ar("ضم", "وضم", "ضمت", "وضمت", "جمع", "وجمع", "جمعت", "وجمعت")
_AR_ATTEND = L._ar("حضر", "وحضر", "حضرت", "وحضرت", "شارك", "وشارك", "شاركت", "وشاركت",
                   "انضم", "وانضم", "انضمت", "وانضمت", "حضرها", "وحضرها", "حضره", "وحضره",
                   "بحضور", "وبحضور", "بمشاركة", "وبمشاركة", "حضور") | _AR_COMPRISED
ATTEND_CUES_AR = _AR_ATTEND  # (public: meeting_between_attended)
_AR_PRESENT = L._ar("بحضور", "وبحضور", "بمشاركة", "وبمشاركة", "حضور")
_AR_BARE_PRESENCE = L._ar("حضور")  # "في حضور Z" (session 24), as "بحضور Z"
_AR_IN = L._ar("في", "فى")
_AR_BOTH_SIDES = L._ar("البلدين", "الجانبين", "الطرفين")
_AR_JOINED = L._ar("انضم", "وانضم", "انضمت", "وانضمت")
_AR_ATTENDED_IT = L._ar("حضرها", "وحضرها", "حضره", "وحضره")  # "..., وحضرها X": it = the talks
_AR_IN_IT = L._ar("فيه", "فيها")  # "شارك فيه X": took part in it (the meeting named before)
_AR_FROM_SIDE = L._ar("عن", "من")
_AR_SIDE = L._ar("الجانب", "جانب")
_AR_DELEGATION = L._ar("الوفد", "الاجتماع", "اللقاء", "المحادثات")
_AR_MEETING_NOUN = L._ar("لقاء", "اجتماع", "محادثات")
_AR_TAKE_PART = L._ar("شارك", "وشارك", "شاركت", "وشاركت")
_AR_JOIN_IN = L._ar("في", "فى")
_AR_SESSION = L._ar("جلسة", "جلسات")
_AR_MEETING = L._ar("الاجتماع", "اللقاء", "المباحثات", "المحادثات", "المشاورات", "المقابلة",
                    "الاستقبال") | AR_PLURAL_MEETINGS  # ("حضر المقابلة X": the agencies;
# the plural and the dual, «حضر المقابلات / اللقاءين»: session 66)


_AR_THE_SESSION = L._ar("الجلسة")
_AR_TALKS = L._ar("مباحثات", "محادثات", "المباحثات", "المحادثات", "عمل", "حوار")


def _talks_session_told(sr: Any) -> bool:
    """Did this sentence or the one before tell a session of talks ("جلسة مباحثات")? Then
    "الجلسة" is that meeting, not a parliament's sitting."""
    doc = sr.doc
    for si in (sr.si - 1, sr.si):
        if si < 0:
            continue
        s = doc.sents[si]
        toks = doc.toks
        if any(toks[y].key in _AR_SESSION_KEYS and toks[y + 1].key in _AR_TALKS
               for y in range(s.lo, s.hi - 1)):
            return True
    return False


_AR_SESSION_KEYS = L._ar("جلسة", "جلسه")


def _few_party_summit_told(sr: Any) -> bool:
    """Did this sentence or one of the two before tell a summit of a few leaders ("قمة ثلاثية",
    "القمة الثنائية"; «وأكد القادة الثلاثة ...» may come between)? Then "وحضر القمة X" attends
    that meeting, not an Arab or Gulf summit."""
    doc = sr.doc
    toks = doc.toks
    for si in (sr.si - 2, sr.si - 1, sr.si):
        if si < 0:
            continue
        s = doc.sents[si]
        if any(toks[y].key in L.AR_SUMMIT and toks[y + 1].key in L.AR_FEW_PARTY
               for y in range(s.lo, s.hi - 1)):
            return True
    return False


_AR_MEETING_TOLD = L.AR_MEET_NOUNS | L.AR_MEET | _AR_MEETING  # ("حضر الاستقبال X")


def _meeting_told_before(sr: Any) -> bool:
    """Does the sentence before tell a meeting (a meeting verb or noun)?"""
    if sr.si == 0:
        return False
    prev = sr.doc.sents[sr.si - 1]
    return any(not sr.f(y).isdisjoint(_AR_MEETING_TOLD) for y in range(prev.lo, prev.hi))


def _opens_attending_meeting(sr: Any) -> bool:
    """Does the sentence open with the attendance of a meeting ("وشارك في الاجتماع (الموسع)
    ..."، "وحضر اللقاء ...")? Then "، فيما حضره من الجانب الروسي A وB" after a list of any
    length is that meeting's other side (session 65)."""
    x = sr.lo + 1
    if not sr.f(sr.lo) & _AR_ATTEND or sr.f(sr.lo) & _AR_PRESENT:
        return False
    if sr.f(sr.lo) & _AR_TAKE_PART and sr.key(x) in _AR_JOIN_IN:
        x += 1
    return bool(sr.f(x) & _AR_MEETING)


def attendees_ar(sr: Any, t: int) -> list:
    """"حضر الاجتماع X (وY)" / "شارك في الاجتماع X": X (and the people joined to X)."""
    x = t + 1
    if sr.f(t) & _AR_JOINED:  # "وانضم إلى الوفد (في لقاء بعبدا) X": X joined the meeting
        if not (sr.f(x) & L.AR_TO and sr.f(x + 1) & _AR_DELEGATION):
            return []
        y = x + 2
        if sr.key(y) in _AR_JOIN_IN and sr.f(y + 1) & _AR_MEETING_NOUN:
            y += 3  # "في لقاء بعبدا": the meeting and its place
        m = sr.after(y, types=("Person",), maxgap=8)
        if m is None or m.prefix or any(sr.toks[z].punct for z in range(y, m.lo)):
            return []
        return sr.chain(m, ("Person",))
    in_it = bool(sr.f(t) & _AR_TAKE_PART) and sr.key(x) in _AR_IN_IT
    if in_it:  # "أعقبه اجتماع موسع بين الوفدين شارك فيه X ونظيره Y" (session 62): as "حضره"
        x += 1
    if sr.f(t) & _AR_ATTENDED_IT or in_it:  # "عقد الجانبان جلسة مباحثات ...، وحضرها (عن الجانب القطري) X"
        if not any(sr.f(y) & (L.AR_MEET_NOUNS | L.AR_MEET) or
                   sr.f(y) & _AR_MEETING and y > sr.lo and sr.f(y - 1) & _AR_ATTEND
                   for y in range(max(sr.lo, t - 20), t)) \
                and not (t - sr.lo <= 1 and _meeting_told_before(sr)) \
                and not _opens_attending_meeting(sr):
            # ("حضر الاستقبال A، فيما حضره من الجانب السوري B": the reception attended,
            # session 55)
            return []  # "أقيمت جنازة حضرها X": no talks (a meeting verb: "التقى X Y، وحضره Z";
            # "التقى X Y. كما حضره Z": the meeting of the sentence before, session 53)
        if sr.key(x) in _AR_FROM_SIDE and sr.key(x + 1) in _AR_SIDE:
            x += 3
        m = sr.after(x, types=("Person",), maxgap=5)
        if m is None or any(sr.toks[y].punct for y in range(x, m.lo)):
            return []
        # "حضرها الأمين العام للوزارة السفير X": X, not a description read before him
        # (session 44); the list goes on past a title told after a name, as after "وحضر":
        # "فيما حضره ... X وزير الخارجية، وY وزير الدفاع، وZ" (session 64)
        people = titled_list_ar(sr, sr.chain(attendee_mention_ar(sr, m), ("Person",)))
        return people + other_side_ar(sr, people)  # "حضرها من الجانب العماني X <title>، ومن
        # الجانب الإيراني Y" (session 61: the other side's attendee, as for "وحضر")
    if sr.f(t) & _AR_TAKE_PART:
        if sr.key(x) not in _AR_JOIN_IN:
            return []
        x += 1
    if sr.f(t) & _AR_COMPRISED and not sr.f(x) & _AR_MEETING:
        return []  # "ضمّ الوفد X"، "جمع التبرعات": no meeting named right after the verb
    if sr.f(x) & _AR_SESSION and sr.f(x + 1) & _AR_MEETING:
        x += 1  # "وحضر جلسة المباحثات (عن الجانب السوري) X" (session 24)
    if sr.key(x) in _AR_FROM_SIDE and sr.f(x + 1) & _AR_SIDE and sr.toks[x + 2].ar and \
            not sr.toks[x + 2].punct:
        x += 2  # "فيما حضر من الجانب الباكستاني X، وY": a side of the reception told before
    elif sr.key(x) in L.AR_SUMMIT and _few_party_summit_told(sr):
        if sr.key(x + 1) in L.AR_FEW_PARTY:
            x += 1  # "وحضر القمة (الثلاثية) X" after "قمة ثلاثية جمعت A وB وC" (session 65)
    elif not sr.f(x) & _AR_MEETING and not (sr.key(x) in _AR_THE_SESSION and
                                            _talks_session_told(sr)):
        return []  # (session 51; the side's adjective read as the meeting; "وحضر الجلسة X"
        # after "عقدا جلسة مباحثات": that session, session 52)
    x += 1
    if sr.key(x) in _AR_FROM_SIDE and sr.f(x + 1) & _AR_SIDE and x + 2 < sr.hi and \
            sr.toks[x + 2].ar and not sr.toks[x + 2].punct:
        x += 3  # "وحضر اللقاء عن الجانب الفلسطيني <a long title> X": the title counted from
        # the side's adjective on (session 69)
    m = sr.after(x, types=("Person",), maxgap=8)
    if m is None or not title_then_name_ar(sr, x, m):
        return []
    people = titled_list_ar(sr, sr.chain(attendee_mention_ar(sr, m), ("Person",)))
    return people + other_side_ar(sr, people)  # "، ومن الجانب الإيراني Y" (meeting_by_side)


def partners_ar(sr: Any, attendee: str, people: list[str], m: Any = None,
                pairs: list | None = None) -> list[str]:
    """Arabic, a meeting of two: the attendee met the one of the other country ("استقبل
    خامنئي الأمير خالد. وحضر اللقاء سفير المملكة X": Khamenei), and his own side too
    (session 24, ``meeting_own_side.whole_meeting`` on *pairs*). The countries of new names are read from their titles too
    (``meeting_present_more.country_named``: "وزير الخارجية والتكامل الإقليمي الغاني X";
    *m*: the attendee's mention)."""
    own = country_named(sr, attendee, m)  # (also of the nationality of a title: a new name)
    if own is None:
        return []
    met = [p for p in people if country_named(sr, p) not in (None, own)]
    if pairs is None:
        pairs = [tuple(people)] if len(people) == 2 else [(p, p) for p in people]
    return whole_meeting(attendee, pairs, met, own in {country_named(sr, p) for p in people})


def present_ar(sr: Any, t: int) -> None:
    """"استقبل X الضيفَ Y، بحضور (بمشاركة) الوزير Z (وW)": Z met the participants of the
    meeting told before "بحضور" in the sentence (its last clause), both sides once Z's country
    is known (session 24: his own side and the guest's envoy too)."""
    witnessed = sr.key(t) in _AR_BARE_PRESENCE and witnessed_presence_ar(sr, t)
    if sr.key(t) in _AR_BARE_PRESENCE and sr.key(t - 1) not in _AR_IN and not witnessed:
        return  # (only "في حضور Z", "شهد اللقاء حضور Z": not "رفض حضور الاجتماع")
    # "بحضور وفدي البلدين، من بينهم Z وW": the people named after the cue (session 66)
    start = members_start_ar(sr, t) or t + 1
    m = sr.after(start, types=("Person",), maxgap=9)  # (the farthest: a title, a comma)
    if m is not None and principal(m, sr.toks, sr.lo, sr.args):
        # "بحضور سفير خادم الحرمين الشريفين لدى اليمن Y": Y, not the king he serves (s58)
        m = agent_named_after(sr, m)
    if m is None or not title_then_name_ar(sr, start, m) or sr.blocked(t) or (
            min(m.lo, title_start(m)) - t > 7 and not any(
                sr.toks[y].punct for y in range(t + 1, m.lo))):
        return
    before = {c.eid for c in sr.args if c.lo < t}
    after = {c.eid for c in sr.args if c.lo >= t} - before  # (a partner told by a pronoun or
    # a description before "بحضور" is no mention: "التقاه X"، "استقبل X ضيفه الإيراني")
    pairs = last_clause_pairs(sr, t, [(r.source, r.target) for r in sr.out if r.type ==
                                      "MET_WITH" and r.source not in after and
                                      r.target not in after])
    if not pairs:  # "وجرى اللقاء بحضور Z", "وبحث الجانبان ... بحضور Z" (meeting_present_more)
        pairs = latest_meeting_pairs(sr) if witnessed else present_pairs_ar(sr, t)
    people = sorted({p for pair in pairs for p in pair})
    # "بحضور المعاون السياسي لبري النائب X": X, not the possessor inside his title (s58)
    present = titled_list_ar(sr, sr.chain(attendee_mention_ar(sr, m), ("Person",)))
    if start != t + 1:  # "بحضور وفدي البلدين، ضم الجانب السوري A، فيما ضم الجانب الروسي B" (s68)
        present += other_side_ar(sr, present)
    if people and any(sr.f(y) & _AR_BOTH_SIDES for y in range(t + 1, m.lo)):
        co_attendees_ar(sr, present, False, True)  # "بحضور وزيري خارجية البلدين X وY"
    together = received_together_ar(sr, pairs, t) if present else ("", [])
    placed = False  # gate: some attendee was placed at the meeting (session 45)
    for a in present:
        if a.eid not in people:  # (the guest's envoy at his reception too: session 24)
            met = partners_ar(sr, a.eid, people, a, pairs)
            if not met and pairs and country_named(sr, a.eid, a) is None:
                met = country_unknown(a.eid, pairs)  # (his side unknown: session 28)
            met = both_guests_ar(a, met, pairs, together)
            for p in met:
                sr.add("MET_WITH", a.eid, p, "present_at_meeting_ar")
            placed = placed or bool(met)
    if placed:  # "استقبل H A، وB، بحضور Z": one table, so A met B (session 45)
        guests = together[1] or (received_together_ar(sr, pairs, t, MOST_TOGETHER)[1]
                                 if len(pairs) > 2 else [])  # "A، وB، وC" (session 70)
        meet_each_other(sr, guests, "co_guests_ar")


_AR_WITH = L._ar("مع")
_AR_WHO = L._ar("الذي", "التي")
_AR_PART_OF = L._ar("جزء", "بعض")


def attended_with_ar(sr: Any, t: int) -> tuple[list, set[str]] | None:
    """The attendee and whom he met, when the meeting attended is named by its partner:
    "وحضر اللقاء مع بزشكيان X" (X; Pezeshkian), "وحضر الاجتماع مع الوفد الإسرائيلي X" (X; the
    Israelis of the latest meeting and whom they met), "X، الذي حضر لقاء A مع B" (X; A and B),
    "X، الذي شارك في (جزء من) المباحثات" (X; the latest meeting's participants). Whom he met is
    then narrowed to the other country (``partners_ar``); None: no such form."""
    x = t + 1
    if sr.f(t) & _AR_TAKE_PART:
        if sr.key(x) not in _AR_JOIN_IN:
            return None
        x += 1
        if sr.key(x) in _AR_PART_OF and sr.key(x + 1) == "من":
            x += 2  # "شارك في جزء من المباحثات"
    if not sr.f(x) & (_AR_MEETING | _AR_MEETING_NOUN):
        return None
    close = t - 2 if sr.key(t - 2) in ("،", ",") else t - 1  # (or "X الذي شارك في اللقاء")
    relative = sr.key(t - 1) in _AR_WHO and (close == t - 2 or name_ends_ar(sr, t - 1))
    pairs = latest_meeting_anywhere(sr)
    if relative:  # "X، الذي حضر لقاء A مع B": X before the relative pronoun
        who = sr.before(close, types=("Person",), maxgap=0)
        if who is None:
            return None
        if sr.key(x) in _AR_MEETING_NOUN:  # (an indefinite noun: its partners follow; not
            # "اللقاء", whose forms hold "لقاء")
            a = sr.after(x + 1, types=("Person",), maxgap=0)
            b = sr.after(a.hi + 1, types=("Person",), maxgap=0) if a is not None and \
                sr.f(a.hi) & _AR_WITH else None
            return ([who], {a.eid, b.eid}) if b is not None else None
        return [who], {p for pair in pairs for p in pair}
    if not sr.f(x + 1) & _AR_WITH:
        return None
    y = sr.after(x + 2, types=("Person",), maxgap=0)
    if y is not None:  # "حضر اللقاء مع بزشكيان X"
        nat, start = None, y.hi
    else:  # "حضر الاجتماع مع الوفد الإسرائيلي X": the delegation's people of that country
        nat, start = L.NATIONALITY.get(sr.key(x + 3)), x + 4
        if not sr.f(x + 2) & _AR_DELEGATION or nat is None:
            return None
    m = sr.after(start, types=("Person",), maxgap=8)
    if m is None or any(sr.toks[z].punct for z in range(start, m.lo)):
        return None
    if m.kind != "name":  # "مبعوث الرئيس المنتخب ترامب إلى الشرق الأوسط ستيف ويتكوف": not the
        # president read in the title, its holder named after it
        m = next((c for c in sr.args if m.lo < c.lo <= m.hi + 10 and c.etype == "Person" and
                  c.kind == "name" and not any(sr.toks[z].punct for z in range(m.hi, c.lo))),
                 m)
        while True:  # (past the names inside the title)
            c = sr.after(m.hi, types=("Person",), maxgap=4)
            if c is None or c.kind != "name" or any(sr.toks[z].punct for z in range(m.hi, c.lo)) \
                    or c.prefix.startswith("و") or sr.key(m.hi).startswith("و"):
                break
            m = c
    if y is not None:
        return sr.chain(m, ("Person",)), {y.eid}
    theirs = {p for pair in pairs for p in pair if sr.doc.country_of(p) == nat}
    return sr.chain(m, ("Person",)), {p for pair in pairs if theirs & set(pair) for p in pair}


def side_named(sr: Any, t: int, first: int) -> bool:
    """"وشارك في المباحثات من الجانب التركي X" / "وحضرها عن الجانب القطري X": the attendee
    sat at the talks for one side."""
    return any(sr.f(y) & _AR_SIDE and sr.key(y - 1) in _AR_FROM_SIDE for y in range(t + 1, first))


def co_attendees_ar(sr: Any, people: list, side: bool, both: bool = False) -> None:
    """The attendees of one list met each other: all of them when they sat for one side
    ("من الجانب التركي X وY"), else a counterpart of another country ("وحضر المباحثات وزير
    الخارجية الأردني X ونظيره السوري Y"; not two ministers merely listed), or any two of
    different countries when the list is of both countries' (*both*: "وزيري خارجية البلدين")."""
    for i, a in enumerate(people):
        for b in people[i + 1:]:
            ca, cb = sr.doc.country_of(a.eid), sr.doc.country_of(b.eid)
            if side or (ca is not None and cb is not None and ca != cb and (
                    both or sr._counterpart(b))):
                sr.add("MET_WITH", a.eid, b.eid, "attended_meeting_ar")
