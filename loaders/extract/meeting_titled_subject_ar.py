"""Arabic VSO meetings whose host carries a body in his title (session 18).

"استقبل الشيخ X رئيس مجلس الوزراء وزير الخارجية، في الدوحة أمس، Y": the body ("مجلس الوزراء")
right after the host's title word is part of the host's title, not the one received; the guest
is the person after the day-and-place aside that follows the title
(``meeting_asides_ar.object_after_aside_ar``). :func:`past_subject_title_ar` gives that guest
(None when the body is not in the title, or no aside and person follow).

Third round: "استقبل الشيخ X رئيس الدولة، في قصر الشاطئ بأبوظبي أمس، Y": a title right after
the host's name that names the host himself (a description of him) is no guest either; the
guest is the person after the aside (:func:`past_own_title_ar`).

Session 65: the body's title may be apposed between commas ("استقبل الرئيس X، رئيس مجلس
القيادة الرئاسي، اليوم، المبعوث الأممي Y"): the guest is still the person after the aside.

Session 58: a host told by stacked titles and then his name ("استقبل رئيس مجلس السيادة القائد
العام للقوات المسلحة الفريق أول X ... Y"): the guest is after the name
(:func:`past_subject_name_ar`); session 67: also when a comma closes the place-and-day aside
after the name ("... الفريق أول ركن X بمكتبه ببورتسودان اليوم، المبعوث الشخصي ... Y").

Session 65: the host's title set off by commas right after his name ("استضاف أحمد أبو الغيط،
الأمين العام لجامعة الدول العربية، اليوم الأحد ...، اجتماعاً ثلاثياً ضم A وB وC" / "استقبل X،
رئيس المجلس الرئاسي، Y"): the body in that apposition is the host's, never the one met
(:func:`in_subject_apposition_ar`); the guest, if any, is after the apposition. (The first
session-65 paragraph above wants a title word right before the body, "X، رئيس مجلس القيادة،";
this one a title word right after the comma, "X، الأمين العام لجامعة الدول العربية،": two helpers
wrote them the same session, and each reads titles the other does not.)
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.meeting_asides_ar import object_after_aside_ar
from loaders.extract.rule_common import title_start

_REACH = 8  # words of the title after the body, up to its comma


def _guest_past_comma(sr: Any, start: int) -> Any:
    """The guest after the first comma within `_REACH` words of *start* and the aside that
    follows it ("...، في قصر الشاطئ أمس، Y"), else None (a person or punctuation first).
    Session 72: with no aside, the person whose title or name opens right after that comma
    ("حين استقبل X، الرئيس الدوري للاتحاد الأفريقي آنذاك، وزير الخارجية Y": Y)."""
    for y in range(start, min(sr.hi, start + _REACH)):
        tk = sr.toks[y]
        if tk.text in ("،", ","):
            guest = object_after_aside_ar(sr, y)
            if guest is None and sr.f(y + 1) & L.AR_TITLE_FIRST:
                p = sr.after(y + 1, types=("Person",), maxgap=4)
                if p is not None and title_start(p) == y + 1:
                    guest = p
            return guest
        m = sr.mention_at.get(y)
        if tk.punct or (m is not None and m.etype == "Person"):
            return None
    return None


def _past_apposition_comma(sr: Any, x: int) -> int:
    """*x*, or the word after it when *x* is the comma that opens an apposed title."""
    return x + 1 if x < sr.hi and sr.toks[x].text in ("،", ",") else x


def past_subject_title_ar(sr: Any, subj: Any, body: Any) -> Any:
    """The guest after "<subj>(،) <title word> <body> (<more title>)، <aside>، Y", else None
    (session 65: the title may stand between commas, "استقبل X، رئيس مجلس القيادة الرئاسي،
    اليوم، المبعوث الأممي Y")."""
    start = _past_apposition_comma(sr, subj.hi)
    if body.etype != "Organization" or not 1 <= body.lo - start <= 6 or \
            not sr.f(body.lo - 1) & L.AR_TITLE_FIRST or any(
                sr.toks[y].punct or sr.mention_at.get(y) is not None
                for y in range(start, body.lo - 1)):
        return None  # (the name may end before its "بن جاسم آل ثاني")
    return _guest_past_comma(sr, body.hi)


def in_subject_apposition_ar(sr: Any, subj: Any, body: Any) -> bool:
    """Is *body* inside the title set off by a comma right after the host's name ("X، الأمين
    العام لجامعة الدول العربية،"): a title word first, no other punctuation or mention before
    the body?"""
    c = subj.hi
    return body.etype == "Organization" and c < sr.hi and sr.toks[c].text in ("،", ",") and \
        2 <= body.lo - c <= 6 and bool(sr.f(c + 1) & L.AR_TITLE_FIRST) and not any(
            sr.toks[y].punct or sr.mention_at.get(y) is not None for y in range(c + 1, body.lo))


def past_subject_apposition_ar(sr: Any, subj: Any, body: Any) -> Any:
    """The guest after the host's comma-set title holding *body* and the aside after it
    ("X، الأمين العام للجامعة، اليوم في القاهرة، Y"), else None."""
    return _guest_past_comma(sr, body.hi)


def past_own_title_ar(sr: Any, subj: Any, own: Any) -> Any:
    """The guest after "<subj> (<own>: more of his name or his title) <title>، <aside>، Y",
    else None (*own* names the host himself, right after *subj*)."""
    if own.eid != subj.eid or own.lo != subj.hi:
        return None
    return _guest_past_comma(sr, own.hi)


def _past_named_host(sr: Any, subj: Any, own: Any) -> Any:
    """The guest after "<subj: a description of the host> <second title> <own: the host's
    name> (، <aside>،) Y" (ar58: "التقى رئيس مجلس السيادة القائد العام للقوات المسلحة
    الفريق أول X، ببورتسودان، Y"), else None: *own* must follow *subj* within `_REACH` words,
    none of them punctuation or another mention."""
    if own.eid != subj.eid or subj.kind != "desc" or own.kind != "name" or \
            not 1 <= own.lo - subj.hi <= _REACH or any(
                sr.toks[y].punct or sr.mention_at.get(y) is not None
                for y in range(subj.hi, own.lo)):
        return None
    nxt = own.hi
    if nxt < sr.hi and sr.toks[nxt].text in ("،", ","):
        return object_after_aside_ar(sr, nxt)
    guest = sr.after(nxt, maxgap=3)
    return guest if guest is not None and guest.eid != own.eid else None


_GUEST_REACH = 16  # words from the host's name to his guest's name (a place, a day, titles)


def past_subject_name_ar(sr: Any, subj: Any, first: Any) -> Any:
    """The guest of a host told first by his stacked titles (*subj*, a description of him)
    and then by his name (session 58; Sudanese and Syrian protocol chains two offices before
    the name): the first mention after the description (*first*: a body of his second title,
    or his name itself) is no guest. *first* the name right after the titles: the guest is the
    one after the name or after its aside (:func:`_past_named_host`: "التقى رئيس مجلس السيادة
    القائد العام للقوات المسلحة الفريق أول X، ببورتسودان، Y"); else the person after the name
    with no punctuation between ("استقبل رئيس مجلس السيادة الانتقالي القائد العام للقوات
    المسلحة الفريق أول ركن X بمكتبه ببورتسودان اليوم المبعوث الشخصي ... Y", or with a comma
    closing that aside, "... اليوم، المبعوث الشخصي ... Y": :func:`_aside_comma_ar`). None when
    *first* is not before or at the host's name told right after *subj*."""
    if subj.etype != "Person":
        return None
    guest = _past_named_host(sr, subj, first)
    if guest is not None:
        return guest
    name = next((m for m in sr.args if m.eid == subj.eid and m.etype == "Person" and
                 m.kind == "name" and subj.hi <= m.lo <= subj.hi + 12), None)
    if name is None or first.lo > name.lo or any(
            sr.toks[y].punct for y in range(subj.hi, name.lo)):
        return None
    guest = sr.after(name.hi, types=("Person",), maxgap=_GUEST_REACH)
    if guest is None or guest.eid == subj.eid:
        return None
    marks = [y for y in range(name.hi, guest.lo) if sr.toks[y].punct]
    if marks and (marks != [_aside_comma_ar(sr, name.hi)] or not _guest_opens(sr, marks[0] + 1, guest)):
        return None
    return guest


def _aside_comma_ar(sr: Any, x: int) -> int | None:
    """The comma closing a short place-and-day aside right after the host's name, with no
    comma before it (session 67, SUNA: "... الفريق أول ركن X بمكتبه ببورتسودان اليوم، المبعوث
    الشخصي ... Y"): no punctuation and no person or body named between *x* and it, else None."""
    for y in range(x + 1, min(sr.hi, x + _REACH)):
        tk = sr.toks[y]
        if tk.text in ("،", ","):
            return y
        m = sr.mention_at.get(y)
        if tk.punct or (m is not None and m.etype in ("Person", "Organization")):
            return None
    return None


def _guest_opens(sr: Any, x: int, guest: Any) -> bool:
    """Does the guest's phrase open right after the aside's comma at *x - 1*: his name or a
    title word first ("، المبعوث الشخصي ...", "، السفير ...")?"""
    return guest.lo == x or bool(sr.f(x) & L.AR_TITLE_FIRST)
