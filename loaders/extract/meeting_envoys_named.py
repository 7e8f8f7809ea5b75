""""سفيري فرنسا A وبريطانيا B" / "the ambassadors of France and Britain, A and B": the envoys
are named, so the host met them, not the countries (session 52).

A country takes part in a meeting through its unnamed envoys ("التقى ممثلي روسيا والصين",
"met envoys of Britain, France ..."; ``country_envoys``); when the sentence names the envoys
right after the country (or after the list of countries, a comma between), the people are the
partners and the country is only part of their title.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.rule_common import title_start

_AR_NOT_NAME = frozenset({"لدى", "لدي", "في", "فى", "الى", "إلى", "من", "عن", "على", "علي",
                          "مع", "و", "ثم", "حيث", "الذي", "التي", "الذين", "كل", "كلا"})
_JOIN = frozenset({"و", "and", ",", "،", "the"})
_SPAN = 8  # tokens from the country to the first envoy named


def envoys_named(sr: Any, country: Any) -> bool:
    """Is a person named right after the country mention *country* (past more countries
    joined by "و" / "and" / a comma)?"""
    x = country.hi
    if _unread_name_ar(sr, x):
        return True  # "سفيري إيطاليا جيانلوكا ألبريني ومالطا Y": a name not read as one
    for m in sr.args:
        if m.lo < x:
            continue
        start = title_start(m)
        if start - country.hi > _SPAN:
            return False
        if any(sr.key(y) not in _JOIN and not (sr.toks[y].ar and sr.key(y) == "و")
               for y in range(x, start)):
            return False
        if m.etype == "Person":
            return True
        if m.etype != "Country":
            return False
        x = m.hi
    return False


_DELEGATION = frozenset({"delegation", "delegations", "team", "negotiators", "negotiating",
                         "congressional", "government", "governmental", "high", "-", "level",
                         "senior", "military", "security", "official", "ministerial",
                         "parliamentary", "economic", ","})
_AR_LED = frozenset({"برئاسة", "يرأسه", "يترأسه", "ترأسه"})


def led_delegation(sr: Any, body: Any, x: int | None = None) -> bool:
    """Is the country or body mention *body* (or the delegation word ending at token *x*) that
    of a delegation whose head is named ("a U.S. delegation headed by Richard Norland",
    «وفداً من الكونغرس الأميركي برئاسة النائب X»)? Then the head met the host, not the
    body (the dev gold pairs only the people)."""
    y = body.hi if x is None else x
    while y < sr.hi and y - (body.hi if x is None else x) < 6 and (
            sr.key(y) in _DELEGATION or sr.toks[y].ar and not sr.toks[y].punct and
            sr.key(y) not in _AR_LED and sr.key(y).startswith("وفد")):
        y += 1
    if y >= sr.hi:
        return False
    if sr.toks[y].ar:
        if sr.key(y) not in _AR_LED:
            return False
        y += 1
    else:
        if sr.key(y) not in L.EN_HEADED or sr.key(y + 1) != "by":
            return False
        y += 2
    m = sr.after(y, types=("Person",), maxgap=6)
    return m is not None and not any(sr.toks[z].punct and sr.toks[z].text not in ("-", ".")
                                     for z in range(y, title_start(m))) or \
        _role_then_name(sr, y)


_OWN = frozenset({"its", "their", "the"})


def _role_then_name(sr: Any, y: int) -> bool:
    """English: "led by its chief negotiator, Omar Hamdan": a lower-case role opened by
    its / their / the at *y*, one comma, and a person right after it."""
    if y >= sr.hi or sr.toks[y].ar or sr.key(y) not in _OWN:
        return False
    z = y + 1
    while z < sr.hi and z - y <= 4 and not sr.toks[z].punct and sr.toks[z].text.islower():
        z += 1
    if z == y + 1 or z >= sr.hi or sr.toks[z].text != ",":
        return False
    m = sr.after(z + 1, types=("Person",), maxgap=1)
    return m is not None and m.lo == z + 1


def _unread_name_ar(sr: Any, x: int) -> bool:
    """Arabic: do two words that are no particle, article-word or mention stand at *x*
    (right after the country), then "و" + a country: a name the mention finder missed?"""
    if x + 2 >= sr.hi or not sr.toks[x].ar:
        return False
    for y in (x, x + 1):
        tk = sr.toks[y]
        if tk.punct or tk.key in _AR_NOT_NAME or tk.text.startswith(("ال", "و")) or \
                y in sr.mention_at:
            return False
    nxt = sr.mention_at.get(x + 2)
    return sr.key(x + 2).startswith("و") and nxt is not None and nxt.etype == "Country"
