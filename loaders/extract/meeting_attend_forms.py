"""MET_WITH (session 24): more forms of a meeting's attendee (``meeting_attended``,
``meeting_attended_ar``, ``meeting_present_more``).

- The attendee told by a title, then by his name after a comma: "وحضر اللقاء وزير الخارجية في
  حكومة تصريف الأعمال، أسعد الشيباني" (the title alone had been resolved to another person).
- A person named inside the attendee's title is its possessor, not the attendee, and of that
  participant's side: "وحضر اللقاء المستشار الإعلامي لبري علي حمدان" (``possessor_side``).
- A relative clause with no comma after the name: "رافقه وزير الخارجية X الذي شارك في اللقاء"
  (``name_ends_ar``), as "X، الذي شارك في اللقاء".
- The talks attended are not a welcome at the airport told between (``talks_pairs_ar``).
- "بحضور اللواء X رئيس المخابرات، والدكتور Y وزير الخارجية": the list goes on past a title
  told after a name (``titled_list_ar``).
- "X, known as Abu Fadak, also attended" (``known_as_en``); "X, the PLO's security chief known as
  Abu Iyad, attended" (session 69).
- The attendee is not the one whose envoy or ambassador he is: "وحضر اللقاء سفير خادم الحرمين
  الشريفين لدى اليمن X" (X; session 62, ``principal_named``).
- The attendee's own meeting told in a relative after him is not the one attended: "وحضر
  اللقاء X، الذي ... حيث اجتمع بـA"، "X, who attended the meeting with Asad, said" (the
  meeting told before, with that partner if one is: ``own_meetings_after``,
  ``meeting_with_partner``)."""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.principal_named import agent_named_after, envoy_of
from loaders.extract.rule_common import title_start

_COMMAS = ("،", ",")
_MAX_STACKED = 2  # commas of titles stacked before a name
_WHO = L._ar("الذي", "التي") | {"who"}


def name_ends_ar(sr: Any, y: int) -> bool:
    """Does a person's name end right before *y* ("عبداللهيان الذي شارك")?"""
    m = sr.mention_at.get(y - 1)
    return m is not None and m.etype == "Person" and m.kind == "name" and m.hi == y


def _next_person(sr: Any, m: Any, span: int) -> Any:
    return next((o for o in sr.args if m.hi <= o.lo <= m.hi + span and o.etype == "Person"),
                None)


def attendee_mention_ar(sr: Any, m: Any) -> Any:
    """The attendee's own mention for the first person *m* after the cue (module doc)."""
    if envoy_of(m, sr.toks, sr.lo, sr.args):
        # "حضر الاستقبال سفير خادم الحرمين الشريفين لدى اليمن X": X, not the king he serves
        # (session 62, as ``meeting_attended_ar.present_ar``)
        c = agent_named_after(sr, m)
        if c is not None:
            m = c
    if m.kind != "name":
        c = _next_person(sr, m, 8)
        if c is not None and c.kind == "name" and c.prefix.startswith("ل") and \
                not any(sr.toks[y].punct for y in range(m.hi, c.lo)):
            m = c  # ("المستشار الإعلامي لبري علي حمدان": the title, then its possessor)
    if m.kind == "name" and m.prefix.startswith("ل"):  # "المستشار الإعلامي لبري علي حمدان"
        c = _next_person(sr, m, 1)
        if c is not None and c.kind == "name" and not c.prefix:
            return c
        return m
    if m.kind == "name":
        return m
    c = _next_person(sr, m, 8)  # "وزير الخارجية في حكومة تصريف الأعمال، أسعد الشيباني"
    if c is None or c.kind != "name" or sr.key(c.lo - 1) not in _COMMAS and (
            sr.toks[c.lo - 1].punct or c.prefix):  # (session 29, proto: or no comma, the long
        return m  # title running into the name: "... في حكومة تصريف الأعمال السيد X")
    if any(sr.toks[y].punct or getattr(sr.mention_at.get(y), "etype", "") == "Person"
           for y in range(m.hi, c.lo - 1)):
        return m
    return c


def title_then_name_ar(sr: Any, x: int, m: Any) -> bool:
    """Between the cue's next word *x* and the name *m*: punctuation only as the comma of a
    title told before the name ("بحضور محافظ درعا، أنور طه الزعبي"، "بحضور قائد الأمن الداخلي في
    المحافظة، العميد أحمد الدالاتي"; session 53), or the commas of two titles stacked before it
    ("بحضور نائب وزير الدفاع الوطني، رئيس أركان الجيش الوطني الشعبي، الفريق أحمد قايد صالح";
    session 66)? Each run before a comma opens with a title word and holds no person; after the
    last one only the name (and its rank), or the title that carries it."""
    commas = [y for y in range(x, m.lo) if sr.toks[y].punct]
    if not commas:
        return True
    if len(commas) > _MAX_STACKED or any(sr.key(c) not in _COMMAS for c in commas):
        return False
    starts = [x] + [c + 1 for c in commas[:-1]]
    if title_start(m) not in (commas[-1] + 1, *starts):
        return False
    for start, comma in zip(starts, commas, strict=True):
        if comma == start or comma - start > _AR_TITLE_RUN or \
                sr.key(start) not in L.AR_TITLE_FIRST or \
                title_start(m) > comma and any(
                    getattr(sr.mention_at.get(y), "etype", "") == "Person"
                    for y in range(start, comma)):
            return False
    return True


def possessor_side(sr: Any, a: Any, pairs: list[tuple[str, str]]) -> list[str]:
    """"وحضر اللقاء المستشار الإعلامي لبري علي حمدان": an attendee whose title names a
    participant of the meeting as its possessor (ل + the name, at most four words before him)
    is of that participant's side: he met every participant (``whole_meeting``)."""
    from loaders.extract.meeting_own_side import whole_meeting

    for y in range(a.lo - 1, max(sr.lo, a.lo - 5), -1):
        if sr.toks[y].punct:
            return []
        c = sr.mention_at.get(y)
        if c is not None and c.etype == "Person" and c.hi == y + 1:
            if not c.prefix.startswith("ل") or c.kind != "name":
                return []
            mine = [p for p in pairs if c.eid in p]
            return whole_meeting(a.eid, mine, [c.eid]) if mine else []
    return []


def talks_pairs_ar(sr: Any, pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The pairs of the latest meeting told before, past a welcome at the airport ("وكان في
    استقبال X لدى وصوله Y" between the talks and "وحضر جلسة المباحثات Z"): Z sat at the
    talks, not at the welcome. *pairs*: the meeting read so far (kept otherwise)."""
    _, out = sr.doc.state.get("met_out", (-9, ()))
    rels = [r for r in out if r.type == "MET_WITH"]
    if not rels or not all(r.rule.startswith("in_reception") for r in rels) or \
            any(r.type == "MET_WITH" for r in sr.out) or \
            {frozenset(p) for p in pairs} - {frozenset((r.source, r.target)) for r in rels}:
        return pairs
    _, out = sr.doc.state.get("met_prev", (-9, ()))
    return [(r.source, r.target) for r in out if r.type == "MET_WITH"]


_AR_HONORIFICS = L._ar("الدكتور", "الدكتورة", "السيد", "السيدة", "الشيخ", "الشيخة", "اللواء",
                       "الفريق", "العميد", "المهندس", "الأستاذ", "معالي", "سعادة", "سمو",
                       # Gulf protocol: "، وصاحب السمو الأمير Y"، "، وفخامة الرئيس Y" (s51)
                       "صاحب", "فخامة", "دولة", "سماحة")


_AR_AIDE = L._ar("مساعد", "معاون")  # a bare aide word before the title it serves
_AR_TITLE_RUN = 8  # the most words of a title the next member's name may follow


def _title_run_ar(sr: Any, x: int, nxt: Any) -> bool:
    """Session 30 (meet30): does a title the tagger left unread run from *x* ("ووزير" after
    "، ") to the name *nxt*: "وحضر اللقاء وزير الخارجية X، ووزير الزراعة Y"، "، وقائد القوات
    المشتركة للتحالف الفريق الركن Y"? The word after "و" opens a title, no punctuation between
    and *nxt* is no possessor ("لبري")."""
    first = sr.key(x)[1:]
    if first[:2] == "ال" and first[2:] in _AR_AIDE:
        first = first[2:]  # "والمعاون السياسي لبري النائب Y" (session 60, after title_holder_ar)
        if not any(sr.toks[z].punct for z in range(x, nxt.lo)) and not nxt.prefix:
            return True
    if first in _AR_AIDE and x + 1 < nxt.lo:  # "، ومساعد وزير الخارجية Y" (session 44)
        first = sr.key(x + 1)
    elif first in _AR_HONORIFICS and x + 1 < nxt.lo:  # "، ومعالي رئيس جهاز الاستخبارات
        first = sr.key(x + 1)  # الوطنية Y": the honorific before the title (session 64)
    return first in L.AR_TITLE_FIRST and not nxt.prefix.startswith("ل") and \
        _no_punct_but_title_comma(sr, x, nxt)


def _no_punct_but_title_comma(sr: Any, x: int, nxt: Any) -> bool:
    """No punctuation from *x* to the name *nxt*, but for one comma that ends the title told
    before him, his own honorific or name right after it (the agencies' "، ووزير الشؤون
    الخارجية، السيد Y"; session 64)."""
    marks = [z for z in range(x, nxt.lo) if sr.toks[z].punct]
    if not marks:
        return True
    c = marks[0]
    return len(marks) == 1 and sr.key(c) in _COMMAS and c > x + 1 and \
        title_start(nxt) in (c + 1, x) and nxt.lo - c <= 2


# in a title run told right after a name (no comma), the name is no member of the list but the
# possessor of the title: "ونائب رئيس الوزراء في عهد حافظ الأسد", "ووزير خارجية حكومة الرئيس
# السابق بشار الأسد" (session 45; not a head title such as "الأمير" / "الرئيس" alone: "ووزير
# الدولة الأمير X", "ومستشار الرئيس الإيراني X" often name the member himself)
_AR_POSSESSOR_CUES = L._ar("عهد", "حكومة", "إدارة", "نظام")


_HOLDER_GAP = 3  # words between a title's possessor and its holder: "للأمن القومي"، "النائب"


def title_holder_ar(sr: Any, m: Any) -> Any:
    """Session 60 (pool60): the holder of the title that *m* only completes, when a name
    follows *m* within `_HOLDER_GAP` words (a rank or the rest of the title between) with no
    punctuation, و or other person between: "ومستشار السوداني للأمن القومي Y"، "والمعاون
    السياسي لبري النائب Y"، "ومدير مكتب أردوغان Y" -> Y, the list member, not the man whose
    adviser he is (two names back to back: the first is the title's genitive). Else *m*."""
    c = next((o for o in sr.args if o.lo >= m.hi and o.etype == "Person"), None)
    if c is None or c.kind != "name" or c.prefix or c.eid == m.eid:
        return m
    start = min(c.lo, title_start(c))
    if start - m.hi > _HOLDER_GAP or any(
            sr.toks[z].punct or sr.key(z).startswith("و") and sr.key(z) not in L.AR_W_TITLE_WORDS
            for z in range(m.hi, c.lo)):
        return m
    return c


def _holders_ar(sr: Any, people: list) -> list:
    """*people* with each later member replaced by the holder of the title it completes
    (``title_holder_ar``; the first is the cue's, read by ``attendee_mention_ar``)."""
    out = people[:1]
    for m in people[1:]:
        h = title_holder_ar(sr, m)
        if h not in out:
            out.append(h)
    return out


def _own_title_run_ar(sr: Any, x: int, nxt: Any) -> bool:
    """``_title_run_ar`` with no comma before *x* (session 45): and no possessor cue
    (``_AR_POSSESSOR_CUES``) nor a verb ("ورئيس البرلمان يعلن Y") between *x* and *nxt*."""
    return _title_run_ar(sr, x, nxt) and not any(
        sr.key(z) in _AR_POSSESSOR_CUES or sr.key(z) in L.AR_COMMON_VERBS
        for z in range(x + 1, nxt.lo))


def _past_apposed_title(sr: Any, y: int) -> int:
    """The comma closing a title told between commas after a name ("X، ولي العهد، وY"), the
    title opening with a title word and holding no person nor a verb; else *y*."""
    if sr.key(y + 1) not in L.AR_TITLE_FIRST:
        return y
    for z in range(y + 2, min(sr.hi, y + _AR_TITLE_RUN)):
        if sr.key(z) in _COMMAS:
            return z
        if sr.toks[z].punct or sr.key(z) in L.AR_COMMON_VERBS or \
                getattr(sr.mention_at.get(z), "etype", "") == "Person":
            return y
    return y


def _second_title_after_title(sr: Any, last: Any, nxt: Any) -> bool:
    """Does a title told right after the name *last* (no comma) end where a second title with
    و opens and runs to the name *nxt*: "بدر عبد العاطي وزير الخارجية والهجرة ووزير الإعلام
    الإريتري يماني قبرمسقل" (the و inside the first title, "والهجرة", opens none)?"""
    if sr.key(last.hi) not in L.AR_TITLE_FIRST:
        return False
    return any(sr.key(z).startswith("و") and _own_title_run_ar(sr, z, nxt)
               for z in range(last.hi + 1, nxt.lo))


def titled_list_ar(sr: Any, people: list) -> list:
    """*people* (after "بحضور") continued past a title told after a name: "بحضور اللواء X
    رئيس المخابرات العامة، والدكتور Y وزير الخارجية" (the next member after "، و" and at most
    an honorific or its title; no person or punctuation in the title between); session 30:
    or a title of up to eight words the tagger did not join to the name (``_title_run_ar``);
    session 45: also right after the name with no comma, "X ووزير الثقافة Y"; session 53:
    past a title between commas, "X، ولي العهد، ورئيس الوزراء Y"."""
    out = _holders_ar(sr, list(people))
    while out:
        last, y = out[-1], out[-1].hi
        nxt = sr.after(y, types=("Person",), maxgap=_AR_TITLE_RUN) \
            if sr.key(y).startswith("و") else None  # "بحضور وزير الخارجية X ووزير الثقافة Y"
        if nxt is not None:  # "ومستشار السوداني للأمن القومي Y": Y, not the possessor (s60)
            nxt = title_holder_ar(sr, nxt)
        if nxt is not None and nxt not in out and _own_title_run_ar(sr, y, nxt):  # (no comma:
            out.extend(c for c in _holders_ar(sr, sr.chain(nxt, ("Person",)))  # session 45)
                       if c not in out)
            continue
        found = None
        while y < min(sr.hi, last.hi + 8) and not sr.toks[y].punct:
            o = sr.mention_at.get(y)
            if o is not None and o.etype == "Person" and o is not last:
                found = o
                break
            y += 1
        if found is not None:  # "X وزير الخارجية والهجرة ووزير الإعلام الإريتري Y" (s64)
            if found in out or not _second_title_after_title(sr, last, found):
                return out
            out.extend(c for c in _holders_ar(sr, sr.chain(found, ("Person",))) if c not in out)
            continue
        if sr.key(y) in _COMMAS:
            y = _past_apposed_title(sr, y)  # "X، ولي العهد، ورئيس الوزراء Y" (session 53)
        if sr.key(y) not in _COMMAS or not sr.key(y + 1).startswith("و"):
            return out
        nxt = sr.after(y + 1, types=("Person",), maxgap=_AR_TITLE_RUN)
        if nxt is None or nxt in out:
            return out
        nxt = title_holder_ar(sr, nxt)
        if y == last.hi:  # "X، ووزير الزراعة Y": only a title the tagger left unread
            if not _title_run_ar(sr, y + 1, nxt):
                return out
        elif nxt.lo != y + 1 and title_start(nxt) != y + 1 and \
                sr.key(y + 1)[1:] not in _AR_HONORIFICS and not _title_run_ar(sr, y + 1, nxt):
            return out  # (not "، والتقى X": a clause of its own)
        out.extend(c for c in _holders_ar(sr, sr.chain(nxt, ("Person",))) if c not in out)
    return out


_APPOSITION_REACH = 16  # words of a title apposition ending in "known as <nickname>"


def _titled_nickname_en(sr: Any, m: Any, y: int) -> bool:
    """"X, the PLO's security chief known as Abu Iyad, attended": "known as" (at *y*, its "as")
    closes a title apposition opened by a comma right after X, the same man as *m* (session 69).
    No clause mark and no other person's name between."""
    for x in range(y - 2, max(sr.lo, y - _APPOSITION_REACH) - 1, -1):
        tk = sr.toks[x]
        if tk.text in _COMMAS:
            head = sr.mention_at.get(x - 1)
            return head is not None and head.hi == x and head.eid == m.eid
        if tk.punct and tk.text not in ("'", "\u2019"):
            return False
        c = sr.mention_at.get(x)
        if c is not None and c.etype == "Person" and c.kind == "name":
            return False
    return False


def known_as_en(sr: Any, m: Any) -> bool:
    """"X, known as Abu Fadak, (also) attended": *m* (the nickname) follows "known as" /
    "nicknamed" / "dubbed" after a comma, or "known as" closing X's title apposition ("X, the
    PLO's security chief known as Abu Iyad, attended": ``_titled_nickname_en``)."""
    y = m.lo - 1
    if sr.key(y) == "as" and sr.key(y - 1) == "known":
        y -= 2
        if sr.key(y) in ("also", "better", "widely", "popularly"):
            y -= 1
        return sr.key(y) == "," or _titled_nickname_en(sr, m, m.lo - 1)
    return sr.key(y) in ("nicknamed", "dubbed") and sr.key(y - 1) == ","


def own_meetings_after(sr: Any, people: list, pairs: list[tuple[str, str]]) -> bool:
    """Are *pairs* (this sentence's) all the attendees' own meetings, told in a relative after
    them ("وحضر اللقاء X، الذي كان قد زار بغداد، حيث اجتمع بـA"; "X, who met A in May, also
    attended the talks")? Then the meeting attended is the one told before."""
    ids = {a.eid for a in people}
    if not pairs or not people or not all(ids & set(p) for p in pairs):
        return False
    close = people[-1].hi
    return sr.key(close) in _COMMAS and sr.key(close + 1) in _WHO


def meeting_with_partner(sr: Any, people: list, pairs: list[tuple[str, str]]) -> list:
    """The meeting told before that the attendees' partners of this sentence took part in
    (the latest, else the one before it), else the latest one (``own_meetings_after``)."""
    ids = {a.eid for a in people}
    partners = {p for pair in pairs for p in pair} - ids
    latest: list = []
    for key in ("met_out", "met_prev"):
        _, out = sr.doc.state.get(key, (-9, ()))
        got = [(r.source, r.target) for r in out if r.type == "MET_WITH"]
        if key == "met_out":
            latest = got
        if any(partners & set(p) for p in got):
            return [p for p in got if not ids & set(p)]
    return [p for p in latest if not ids & set(p)]
