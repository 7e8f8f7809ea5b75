"""MET_WITH: an attendance list told side by side (session 29, ``proto``).

The state agencies (QNA, ONA, SANA ...) close a reception with who attended for each side in
one sentence: "حضر اللقاء A رئيس الديوان الأميري، ومن الجانب الإيراني B القائم بأعمال وزير
الخارجية", "حضر جلسة المباحثات من الجانب السوري A، ومن الجانب القطري B", "حضر المقابلة A، ومن
جانب الضيف B". The list goes on past "، ومن / وعن (ال)جانب <side>" (``other_side_ar``, called
from ``meeting_attended_ar.attendees_ar``); a side being named, every attendee met every
participant of the meeting and the other attendees (``meeting_attended.attended_meeting``
reads ``side_named`` up to the last attendee).

Session 68: the other side told with a verb of comprising, "وحضر الاجتماع عن جانب الحزب A، فيما ضم
وفد الاتحاد الوطني B" / "بحضور وفدي البلدين، ضم الجانب السوري A، فيما ضم الجانب الروسي B" ("،
فيما / بينما / و ضم (ال)جانب / (ال)وفد <side>", ``meeting_present_including_ar.comprised_side_end``).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.meeting_attend_forms import titled_list_ar
from loaders.extract.meeting_present_including_ar import comprised_side_end

_AR_AND_FROM = L._ar("ومن", "وعن")
_AR_WHILE = L._ar("فيما", "بينما")  # "، فيما ضم الجانب الروسي C" (session 68)
_AR_SIDE = L._ar("الجانب", "جانب")
_AR_COMMAS = ("،", ",")
_AR_OTHER = L._ar("آخر", "اخر", "أخرى", "اخرى", "ثان", "ثاني")  # "ومن جانب آخر": "besides"
_MAX_TITLE = 12  # tokens of a title told after the last name, up to the comma


def other_side_ar(sr: Any, people: list) -> list:
    """The attendees of the other side after the list *people* ("A <title>، ومن الجانب
    الإيراني B (وC)"), else []: the comma, "ومن / وعن (ال)جانب" and one word for the side,
    then a person within a few words (an honorific, a title) and no punctuation between."""
    if not people:
        return []
    last = people[-1]
    y = last.hi
    while y < min(sr.hi, last.hi + _MAX_TITLE) and not sr.toks[y].punct:
        o = sr.mention_at.get(y)
        if o is not None and o.etype == "Person" and o is not last and o.kind == "name":
            return []  # (another name: not the list's end; a description is his second title,
            # "رئيس مجلس الوزراء وزير الخارجية")
        y += 1
    if y >= sr.hi or sr.key(y) not in _AR_COMMAS:
        return []
    comprised = comprised_side_end(sr, y + 2 if sr.f(y + 1) & _AR_WHILE else y + 1)
    if comprised is not None:  # "، فيما ضم الجانب الروسي C" / "، وضم الوفد التركي C" (s68)
        start = comprised
    elif sr.key(y + 1) not in _AR_AND_FROM or sr.key(y + 2) not in _AR_SIDE or \
            sr.key(y + 3) in _AR_OTHER:
        return []
    else:
        start = y + 4  # past the side's word: "الإيراني", "الضيف"
    m = sr.after(start, types=("Person",), maxgap=6)
    if m is None or m in people or any(sr.toks[z].punct for z in range(start, m.lo)):
        return []
    # (the list goes on past a title told after a name, "B وزير الخارجية، ومعالي رئيس جهاز
    # الاستخبارات C، والمتحدث باسم الرئاسة D": session 64)
    return [c for c in titled_list_ar(sr, sr.chain(m, ("Person",))) if c not in people]

