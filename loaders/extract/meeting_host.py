"""MET_WITH: who hosted or chaired a meeting met each of its participants.

"A met B in Paris. Envoy H, who hosted the meeting, said ..." / "The meeting, hosted by H,
lasted an hour" / "H hosted the talks" / "واجتمع A وB ...، في لقاء ترأسه H" / "ترأس H
الاجتماع" / "في اجتماع استضافه H": H met A and B. The meeting is the latest one read: the
MET_WITH pairs of this sentence, else of the previous sentence (kept by
``relations.SentenceRules.run``). "H hosted X" (a person right after the verb) is a meeting
the base rules read; only "hosted the meeting / talks" and "hosted by" are read here.
Negation and modality block ("would host the talks").

Not a meeting beside the hosted one (session 56): "A and B held talks on the sidelines of
the BRICS summit, hosted by H" / "على هامش القمة التي استضافها H": H hosted the summit, not
A's talks with B (``beside_event``; ``meetings_en.hosted_event_en`` asks it too).

Session 61: an aside between the meeting opening the sentence and its passive verb ("The
roughly half-hour meeting, on the sidelines of a US-Gulf summit, was hosted by H"; the summit
of the aside is not the hosted event: ``_noun_before_aside``).

Session 70: not a body's sitting after a meeting told before («وكان البرلمان قد صوّت، في
جلسة ترأسها H، على منح الثقة»: ``_body_session_ar``).

Session 60: "H hosted the sessions / the discussions / the negotiations" name the meeting
too ("the gathering" may be a summit's), and the latest meeting may be one table of three or more
(``meeting_own_side.one_meeting``: "A and B met C in Doha. H hosted the sessions").
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.meeting_hosted_guests import hosted_guests_en
from loaders.extract.meeting_own_side import one_meeting
from loaders.extract.rule_common import latest_meeting_pairs

_AR_CHAIRED_IT = L._ar("ترأسه", "ترأسها", "استضافه", "استضافها", "رعاه", "رعاها")
_AR_CHAIRED = L._ar("ترأس", "وترأس", "استضاف", "واستضاف")
_AR_MEETING = L._ar("لقاء", "اللقاء", "اجتماع", "الاجتماع", "مباحثات", "المباحثات",
                    "محادثات", "المحادثات", "الاجتماعات", "اللقاءات", "جلسة", "الجلسة",
                    "قمة", "القمة")
_EN_HOSTED = frozenset({"hosted", "chaired", "brokered"})
_EN_MEETING = frozenset({"meeting", "talks", "meetings", "session", "summit", "encounter",
                         # session 60: "H hosted the sessions / the discussions" (not "the
                         # gathering": a summit's too, enBU2)
                         "sessions", "discussions", "negotiations"})

_AR_HOST = _AR_CHAIRED_IT | _AR_CHAIRED

register_triggers(_AR_HOST, _EN_HOSTED)
# the cue sets of :func:`hosted_meeting` (``SentenceRules.run`` calls it only when one is
# present)
CUE_SETS = frozenset({_AR_HOST, _EN_HOSTED})


def beside_event(sr: Any, noun: int, lo: int | None = None) -> bool:
    """Is the event noun at *noun* the one a meeting was held beside ("on the sidelines /
    margins of the summit", "على هامش القمة"), within six words before it (not before
    *lo*) and no comma between ("on the sidelines of the conference, in talks hosted by H":
    the talks are H's)?"""
    start = max(sr.lo if lo is None else lo, noun - 6)
    for x in range(noun - 1, start - 1, -1):
        if sr.toks[x].text in (",", "،", ";", "؛"):
            return False  # "..., in talks hosted by H": the talks are hosted
        if sr.key(x) in L.EN_BESIDE and sr.key(x + 1) == "of" or sr.f(x) & L.AR_BESIDE:
            return True
    return False


def _host_ar(sr: Any, t: int) -> Any:
    """"(في) لقاء ترأسه H" / "ترأس H الاجتماع": H, else None."""
    fs = sr.f(t)
    if fs & _AR_CHAIRED_IT:
        noun = next((y for y in range(t - 1, max(sr.lo, t - 2) - 1, -1)
                     if sr.f(y) & _AR_MEETING), None)
        if noun is None or beside_event(sr, noun):
            return None
        return sr.after(t + 1, types=("Person",), maxgap=4)
    h = sr.after(t + 1, types=("Person",), maxgap=4)
    if h is None or not (sr.f(h.hi) & _AR_MEETING):
        return None  # "ترأس X وفداً": no meeting of the text
    return h


def _host_en(sr: Any, t: int) -> Any:
    """"H, who hosted the meeting" / "H hosted the talks" / "the meeting, hosted by H":
    H, else None."""
    if sr.key(t + 1) == "by":
        noun = _noun_before_aside(sr, t) or next(
            (y for y in range(t - 1, max(sr.lo, t - 4) - 1, -1) if sr.key(y) in _EN_MEETING),
            None)
        if noun is None or beside_event(sr, noun):
            return None
        h = sr.after(t + 2, types=("Person",), maxgap=5)
        return h if h is not None and not h.poss else None  # (not "hosted by X's office")
    if sr.key(t + 1) not in ("the", "this", "that") or sr.key(t + 2) not in _EN_MEETING:
        return None
    y = t - 1
    if sr.key(y) == "who" and y - 1 > sr.lo and sr.toks[y - 1].text == ",":
        y -= 2
    elif sr.key(y) in ("also", "had", "has"):
        y -= 1
    m = sr.mention_at.get(y)
    return m if m is not None and m.etype == "Person" else None


# the words between an aside's comma and the participle: "was (also) hosted", "had been chaired"
_EN_AUX = frozenset({"was", "were", "is", "are", "had", "been", "also"})


def _noun_before_aside(sr: Any, t: int) -> int | None:
    """"The (half-hour) meeting, <aside>, was hosted by H" (session 61: "The roughly
    half-hour meeting, on the sidelines of a US-Gulf summit, was hosted by H", "The talks,
    which lasted two hours, were chaired by H"): the meeting noun that opens the sentence
    before the aside (its words no meeting of their own), else None. *t*: the participle."""
    y = t - 1
    while y > sr.lo and sr.key(y) in _EN_AUX:
        y -= 1
    if y == t - 1 or sr.toks[y].text != ",":
        return None
    for x in range(y - 1, max(sr.lo, y - 16) - 1, -1):
        if sr.toks[x].text == ",":
            noun = x - 1  # opening the sentence: "The (roughly half-hour) meeting,"
            if noun < sr.lo or noun - sr.lo > 5 or sr.key(sr.lo) not in ("the", "their", "this"):
                return None
            # (not a summit: an event of its own, not the meeting told before)
            return noun if sr.key(noun) in _EN_MEETING and sr.key(noun) != "summit" else None
        if sr.toks[x].punct and sr.toks[x].text not in ("-", "'"):
            return None  # ("a US-Gulf summit", "al-Shara'a": no clause end)
    return None


_AR_SESSION = L._ar("جلسة", "الجلسة", "جلسته", "جلستها")
_AR_SITTING_BODY = L._ar("البرلمان", "المجلس", "مجلس", "الكنيست")


def _body_session_ar(sr: Any, t: int) -> bool:
    """«صوّت البرلمان، في جلسة ترأسها H، على ...» (session 70): the session chaired at *t* is
    a body's sitting (a body named before it in this sentence), and this sentence read no
    meeting of its own: the chair met none of the previous sentence's meeting."""
    if not sr.f(t) & _AR_CHAIRED_IT or any(r.type == "MET_WITH" for r in sr.out):
        return False
    noun = next((y for y in range(t - 1, max(sr.lo, t - 2) - 1, -1) if sr.f(y) & _AR_SESSION),
                None)
    if noun is None:
        return False
    return any(m.etype == "Organization" and m.hi <= noun for m in sr.ments) or \
        any(sr.f(y) & _AR_SITTING_BODY for y in range(sr.lo, noun))


def hosted_meeting(sr: Any) -> None:
    """Add the host's MET_WITH pairs with the latest meeting's participants (module doc)."""
    ar = sr.toks[sr.lo].ar
    for t in sr.triggers(_AR_HOST, _EN_HOSTED):
        if not ar and sr.key(t) == "hosted":
            hosted_guests_en(sr, t)  # "H hosted A and B for talks": A met B
        host = _host_ar(sr, t) if ar else _host_en(sr, t)
        if host is None or sr.blocked(t, host):
            continue
        if ar and _body_session_ar(sr, t):
            continue
        pairs = list(dict.fromkeys(tuple(sorted(p)) for p in latest_meeting_pairs(sr)
                                   if host.eid not in p))
        if not pairs or not one_meeting(pairs):
            continue  # one meeting (of two sides, or one table of all: session 60): whom a
            # host of several meetings met is not said
        for p in sorted({q for pair in pairs for q in pair}):
            if p.startswith("person:"):  # (a body met is no guest of the host)
                sr.add("MET_WITH", host.eid, p,
                       "hosted_meeting_ar" if ar else "hosted_meeting_en")
