"""MET_WITH (session 24, second round, timeline): "A joins them" after a meeting.

Live blogs and briefs tell a meeting, then who came in: "10:30 - Y is at the palace for talks
with Z. Z's political aide, former minister A, joins them." / "A later joined them." A met
the people of the meeting told in this sentence or the one before (the attendee pairs of
``meeting_present_more``). Not "A joined them in condemning the strike" (only the end of the
sentence, a time word or the talks may follow "them"). Arabic: "وانضم إليهما (لاحقاً) A",
"A ينضم إليهما" (``joins_them_ar``). Session 28: "the two men / leaders ..." in place of
"them" ("A later joined the two men", "with A joining the two men", "وانضم إلى الرئيسين A");
only after one meeting (of two, or one table).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.plural_refs import _AR_DUALS, _EN_PEOPLE

_ADV = frozenset({"also", "later", "then", "briefly", "soon", "subsequently"})
_AFTER_THEM = frozenset({"later", "shortly", "afterwards", "soon", "briefly", "there",
                         "for", "at", "in", "midway", "partway"})
_MEETING = frozenset({"talks", "meeting", "meetings", "session", "discussions", "lunch",
                      "dinner", "table", "sessions", "photograph", "photo"})


def _after_them_ok(sr: Any, t: int, width: int = 1) -> bool:
    """What follows "joins them" at *t* (the object *width* words long: "them", "the two
    men"): the sentence's end, a comma, a time word, or "for / at / in (the) talks" ("in
    condemning" is no meeting)."""
    y = t + 1 + width
    if y >= sr.hi or sr.toks[y].punct:
        return True
    k = sr.key(y)
    if k not in _AFTER_THEM:
        return False
    if k in ("for", "at", "in"):
        z = y + 1
        while z < sr.hi and z < y + 4 and sr.key(z) in ("the", "their", "a", "later"):
            z += 1
        return sr.key(z) in _MEETING
    return True


def the_two_en(sr: Any, x: int) -> int:
    """The length of "the two men / leaders / presidents ..." (the pair of a meeting told
    before, session 28) starting at *x*; 0 when there is none."""
    if sr.key(x) != "the" or sr.key(x + 1) not in ("two", "three") or \
            sr.key(x + 2) not in _EN_PAIR_NOUNS:
        return 0
    return 3


# the people nouns of "the two men / leaders ..." (plural_refs' list) and "the two sides"
_EN_PAIR_NOUNS = _EN_PEOPLE | {"sides"}


def joins_them_en(sr: Any, t: int, width: int = 1) -> list:
    """"A (also) joins / joined them" / "A joined the two men", "with A joining the two
    men": A and his list ("X's aide, A, joins them": the name apposed before the verb); []
    when no person ends right before (*width*: the object's length)."""
    if sr.toks[sr.lo].ar or not _after_them_ok(sr, t, width):
        return []
    y = t - 1
    while y > sr.lo and sr.key(y) in _ADV:
        y -= 1
    if sr.key(y) == ",":
        y -= 1
    m = sr.mention_at.get(y)
    if m is None or m.etype != "Person" or m.hi != y + 1 or m.poss:
        return []
    from loaders.extract.meeting_attended import _list_ending_at

    return _list_ending_at(sr, m)


AR_JOINS = L._ar("انضم", "وانضم", "انضمت", "وانضمت", "ينضم", "وينضم", "تنضم", "وتنضم")
_AR_TO_THEM = L._ar("إليهما", "اليهما", "إليهم", "اليهم", "إليهن")
# "انضم إلى الرئيسين X" (session 28): a dual of the two who met (plural_refs' duals, and the
# genitive duals it leaves out: "بين الجانبين" is no reference back there)
_AR_TO_DUAL = _AR_DUALS | L._ar("الجانبين", "الضيفين", "الطرفين", "المسؤولين")
_AR_ADV = L._ar("لاحقا", "لاحقاً", "أيضا", "أيضاً", "بعد", "قليل", "ذلك", "اليوم")
_AR_IN = L._ar("في", "فى")
_AR_MEETING = L._ar("اللقاء", "الاجتماع", "المحادثات", "المباحثات", "الجلسة", "لقاء", "اجتماع",
                    "محادثات", "مباحثات", "جلسة")
# session 71: "وعقد الرئيسان خلوة انضم إليها لاحقاً X وY": the meeting noun right before the
# verb and "إليها / إليه" (to it) in place of "to them"
_AR_TO_IT = L._ar("إليها", "اليها", "إليه", "اليه")
_AR_MEETING_IT = L._ar("خلوة", "خلوه", "لقاء", "لقاءً", "اجتماع", "اجتماعاً", "اجتماعا", "جلسة",
                       "جلسه", "محادثات", "مباحثات", "قمة", "قمه")
register_triggers(AR_JOINS, frozenset())


def joins_them_ar(sr: Any) -> None:
    """Arabic: "وانضم إليهما (لاحقاً) X" / "X ينضم إليهما": X met the people of the latest
    meeting (this sentence's or the one before), each of them."""
    from loaders.extract.meeting_own_side import one_meeting
    from loaders.extract.rule_common import latest_meeting_pairs, pair_all, previous_meeting_pairs

    for t in sr.triggers(AR_JOINS, frozenset()):
        width = 2 if sr.f(t + 1) & L.AR_TO and sr.f(t + 2) & _AR_TO_DUAL else 1
        to_it = width == 1 and sr.f(t + 1) & _AR_TO_IT and t > sr.lo and \
            sr.f(t - 1) & _AR_MEETING_IT  # "خلوة انضم إليها X" (session 71)
        if (width == 1 and not sr.f(t + 1) & _AR_TO_THEM and not to_it) or sr.blocked(t):
            continue
        m = sr.mention_at.get(t - 1)
        if m is None or m.etype != "Person" or m.hi != t:
            y = t + 1 + width
            while y < sr.hi and sr.f(y) & _AR_ADV:
                y += 1
            m = sr.after(y, types=("Person",), maxgap=8)
            if m is None or m.prefix or any(sr.toks[z].punct for z in range(y, m.lo)):
                continue
        people = sr.chain(m, ("Person",))
        end = max(people[-1].hi, t + 1 + width)
        while end < sr.hi and sr.f(end) & _AR_ADV:
            end += 1
        if sr.f(end) & _AR_IN and not sr.f(end + 1) & _AR_MEETING:
            continue  # "وانضم إليهما X في جولة على الأسواق": no meeting
        pairs = latest_meeting_pairs(sr)
        if to_it:  # (not the joiners' own pair read in this sentence: the meeting they join)
            ids = {a.eid for a in people}
            pairs = [p for p in pairs if not set(p) <= ids] or previous_meeting_pairs(sr)
        if not one_meeting(pairs):
            continue
        principals = {p for pair in pairs for p in pair if p.startswith("person:")}
        if principals.isdisjoint(a.eid for a in people):
            pair_all(sr, people, principals, "attended_meeting_joined_ar")
