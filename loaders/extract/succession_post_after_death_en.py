"""SUCCESSOR_OF, English: a post taken after its holder died or left.

Reads "X took the helm of ORG / took over as chief / became its leader after Y was killed /
after the assassination of Y" and the pronoun or event told before ("after his death", "after
the crash").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.coreference import deceased_person
from loaders.extract.kill_beside_en import past_apposition
from loaders.extract.rule_common import EMPTY, title_start
from loaders.extract.succession_listed_dead_en import dead_of_the_post_en
from loaders.extract.succession_took_over_en import _EN_TAKE_AFTER, _taker_before
from loaders.extract.succession_words import (
    _AR_INSTEAD_T,
    _C4,
    _EN_AFTER,
    _EN_POST,
    _EN_STEP_IN,
    _SO,
    EN_ROLE,
)

_EN_GONE_NOUN = frozenset({"killing", "death", "assassination", "slaying", "ouster",
                           "resignation", "dismissal", "martyrdom", "removal"})
_EN_GONE_VERB = frozenset({"killed", "assassinated", "died", "slain", "ousted", "resigned",
                           "dismissed", "martyred", "removed", "retired", "quit", "fired",
                           "sacked", "fled", "toppled", "overthrown", "deposed", "impeached",
                           "exiled"})
# the gone verbs of an active clause ("after Y died / fled the country")
_EN_GONE_ACTIVE = frozenset({"died", "resigned", "retired", "quit", "fled", "abdicated",
                             # a timeline's present (session 57): "2020 - X takes office
                             # after Y resigns amid mass protests"
                             "dies", "resigns", "retires", "quits", "flees", "abdicates"})


# kin and office words between "the death of his" and the predecessor's name
_EN_KIN_BEFORE = frozenset({"father", "brother", "uncle", "cousin", "mother", "husband",
                            "half-brother", "predecessor", "grandfather", "son", "nephew",
                            "wife", "sister"})


def _kin_word_back(sr: Any, y: int) -> int:
    """First token of the kin word ending at *y* ("father", "half-brother", "brother-in-law"),
    else -1."""
    if sr.key(y) == "law" and sr.key(y - 1) == "-" and sr.key(y - 2) == "in" and \
            sr.key(y - 3) == "-":
        y -= 4  # "brother-in-law", "son-in-law" (session 65)
    if sr.key(y) not in _EN_KIN_BEFORE:
        return -1
    if sr.key(y - 1) == "-" and sr.key(y - 2) in ("half", "step"):
        y -= 2
    return y


def _kin_before(sr: Any, start: int) -> int:
    """Where "his / her <kin>(,)" right before the name at *start* begins ("the death of his
    father Hafez al-Assad", "of his half-brother, Sheikh Y", "of his cousin and
    brother-in-law, Y"), else *start* itself."""
    y = start - 1
    if sr.key(y) == ",":
        y -= 1
    first = _kin_word_back(sr, y)
    if first < 0:
        return start
    if sr.key(first - 1) == "and":  # two kin words of one man (session 65)
        other = _kin_word_back(sr, first - 2)
        first = other if other >= 0 else first
    return first - 1 if sr.key(first - 1) in ("his", "her") else start


def _past_late(sr: Any, start: int) -> int:
    """Where "(the) late" right before the title at *start* begins ("the death of his
    half-brother, the late Amir Sheikh Y", "the death of the late King Y"; session 59), else
    *start* itself."""
    if sr.key(start - 1) != "late":
        return start
    return start - 2 if sr.key(start - 2) == "the" else start - 1


def _gone_after(sr: Any, x: int) -> Any:
    """The person whose death or removal the phrase after "after"/"following" at *x* states:
    "the (US) killing/assassination of (General) Y", "Y's killing", "Y was killed / died /
    resigned", "a US strike killed Y". None for "his death" and for anything else."""
    end = min(sr.hi, x + 18)  # ("after the February 2008 killing of his cousin and
    # brother-in-law, Y": 15 tokens; session 65)
    m = next((c for c in sr.args if c.etype == "Person" and x < c.lo < end), None)
    if m is None:
        return None
    named = _past_late(sr, title_start(m))
    start = _kin_before(sr, named)  # ("the death of his father Y")
    if start == named:
        start = _holder_apposed_before(sr, named)  # "after its leader, Y, was killed"
    if sr.key(m.hi) in _EN_GONE_NOUN and m.poss:
        return m  # "after Soleimani's killing"
    if m.poss and m.hi < end:
        return None  # "after Israel killed Nasrallah's bodyguard": not Nasrallah (s60)
    if _killed_its_chief(sr, x, start, m):
        return m  # "after Israel killed the organization's chief, Y" (session 60)
    between = range(x + 1, start)
    if any(sr.toks[y].punct and sr.toks[y].text not in ("-", ".", "'") for y in between):
        return None
    if any(sr.key(y) in _EN_GONE_NOUN for y in between) and sr.key(start - 1) == "of" or \
            (sr.key(start - 1) == "of" and sr.key(start - 2) in _EN_GONE_NOUN):
        return m  # "after the US assassination of Lieutenant General Y"
    if any(sr.key(y) in _EN_GONE_VERB for y in between) and sr.key(start - 1) in \
            _EN_GONE_VERB:
        return m  # "after a U.S. strike killed Y"
    y0 = past_apposition(sr, m)  # "after Y, its founder, was killed" (session 51)
    if y0 == m.hi and sr.key(y0) == "," and start < named and sr.key(named - 1) == ",":
        y0 += 1  # the closing comma of "after his father, Y, died" (session 66)
    y = y0
    while y < min(sr.hi, y0 + 3) and sr.key(y) in ("was", "were", "had", "been", "is",
                                                   "has", "reportedly"):
        y += 1
    if y > y0 and sr.key(y) in _EN_GONE_VERB or sr.key(y0) in _EN_GONE_ACTIVE or \
            sr.key(y0) in ("stepped", "steps") and sr.key(y0 + 1) in ("down", "aside"):
        return m  # "after Y was killed in a drone strike"
    return None


def _holder_apposed_before(sr: Any, start: int) -> int:
    """Where "its leader, " / "the group's founder, " / "the movement's military chief, "
    right before the name at *start* begins (the post of the one whose death follows: "took
    command after its leader, Y, was killed"; session 66), else *start* itself."""
    y = start - 1
    if sr.key(y) != ",":
        return start
    y -= 1
    if sr.key(y) not in _EN_HOLDER_NOUNS and sr.key(y) not in EN_ROLE:
        return start
    first = y
    while y - 1 > sr.lo and first - y < 4 and (sr.key(y - 1) in _EN_HOLDER_OWNER or
                                               sr.key(y - 1) in _EN_BODY_NOUNS):
        y -= 1
    return y if y < first and sr.key(y) in _EN_HOLDER_OWNER else start


def _killed_its_chief(sr: Any, x: int, start: int, m: Any) -> bool:
    """Do the words between "after" at *x* and the person *m* (his title from *start*) end in
    a gone verb and its object, the holder's post ("killed the organization's chief, Y",
    "assassinated its commander, Y", "killed the group's leader Y")?"""
    y = start - 1
    if sr.key(y) == ",":
        y -= 1
    if start < m.lo and sr.key(start) in _EN_HOLDER_NOUNS | EN_ROLE:
        pass  # (the post read as his title: "the organization's chief Y")
    elif sr.key(y) in EN_ROLE or sr.key(y) in _EN_HOLDER_NOUNS:
        y -= 1
    else:
        return False
    while y > x and start - y <= 6 and (sr.key(y) in _EN_HOLDER_OWNER or
                                        sr.key(y) in _EN_BODY_NOUNS or
                                        sr.mention_at.get(y) is not None and
                                        sr.mention_at[y].etype == "Organization"):
        y -= 1
    return y > x and sr.key(y) in _EN_GONE_VERB and \
        not any(sr.toks[z].punct and sr.toks[z].text not in ("'", "-") for z in range(x + 1, y))


_EN_HOLDER_NOUNS = frozenset({"predecessor", "founder", "boss", "head", "chief", "leader",
                              "commander", "secretary-general"})
_EN_HOLDER_OWNER = frozenset({"the", "its", "his", "her", "their", "'s", "s", "group's",
                              "movement's", "organization's", "organisation's", "top",
                              "then", "former", "longtime", "military", "political"})


_EN_BODY_NOUNS = frozenset({"group", "movement", "army", "force", "forces", "party", "ministry",
                            "government", "militia", "organization", "organisation", "country",
                            "council", "brigade", "brigades", "corps", "agency", "service",
                            "unit", "faction", "office", "presidency", "state", "military",
                            "navy", "division", "command", "alliance", "coalition", "bureau",
                            "headquarters"})


def _body_next(sr: Any, x: int) -> bool:
    """A body (a named one or a noun such as "the group") within the three words from *x*:
    what one leads or takes charge of, unlike "protests" or "the investigation"."""
    for y in range(x, min(sr.hi, x + 4)):
        if sr.key(y) in _EN_BODY_NOUNS:
            return True
        m = sr.mention_at.get(y)
        if m is not None and m.etype in ("Organization", "Country"):
            return True
        if sr.toks[y].punct or sr.key(y) in _EN_AFTER or sr.key(y) == "since":
            return False
    return False


# "after the crash / strike / his death": the event that killed someone named before
_EN_DEATH_EVENT = frozenset({"crash", "strike", "attack", "assassination", "killing", "death",
                             "bombing", "raid", "explosion", "blast", "ambush", "airstrike"})


def _pronoun_taken(sr: Any, t: int, x: int, new: Any) -> bool:
    """Between the verb *t* and "بعد" at *x*, a succession phrase ("خلفاً لـY", "بدلاً من Y")
    or a person other than *new*: the -ه of "بعد مقتله" is theirs, not a death told before."""
    for z in range(t + 1, x):
        if sr.f(z) & (_C4 | _AR_INSTEAD_T):
            return True
        m = sr.mention_at.get(z)
        if m is not None and m.etype == "Person" and m.eid != new.eid:
            return True
    return False


# ("when their helicopter crashed": session 54)
_EN_DEATH_NEAR = _EN_GONE_VERB | _EN_GONE_NOUN | frozenset({"crash", "crashed"})


def recent_titled_people(sr: Any, new: Any) -> Iterator[Any]:
    """The people of this or the last five sentences named with a title before the name, in
    text order, before *new*'s title and other than *new* (the candidates for the holder of
    a post *new* took over after a death)."""
    for m in sr.doc.ments:
        if m.etype == "Person" and m.eid != new.eid and sr.si - 5 <= m.sent <= sr.si and \
                m.lo < title_start(new) and 0 <= m.tlo < m.lo:
            yield m


def _dead_in_post(sr: Any, t: int, aft: int, new: Any) -> str | None:
    """By office: the latest person of this or the last five sentences whose title is a
    word of the post taken ("took over as acting president after the crash" -> "President
    Y", named near a death word: "X, who died in a helicopter crash alongside President
    Y"); None when no such person."""
    post = {sr.key(y) for y in range(t + 1, aft)} - {"as", "the", "over", "acting", "interim"}
    toks = sr.doc.toks
    best = None
    for m in recent_titled_people(sr, new):
        if not any(toks[y].key in post for y in range(m.tlo, m.lo)):
            continue
        near = range(max(0, m.tlo - 15), min(len(toks), m.hi + 8))
        if any(toks[y].key in _EN_DEATH_NEAR for y in near):
            best = m  # doc.ments is in text order: the latest wins
    return best.eid if best is not None else None


class _DeadRef:
    """The predecessor by id only (someone named in an earlier sentence)."""

    def __init__(self, eid: str) -> None:
        self.eid = eid


# offices one becomes besides EN_ROLE's ("became emir / king / ruler of Dubai / prime
# minister after the death of Y"; session 55)
EN_TOP_POSTS = frozenset({"emir", "amir", "king", "sultan", "ruler", "monarch", "caliph",
                          "prime", "premier", "speaker", "governor", "chairman", "mufti",
                          "patriarch", "pope", "imam"})
# the words of any post one becomes: a role word or a top office ("became Kuwait's emir")
EN_POST_BECOME = EN_ROLE | EN_TOP_POSTS

# "X came / rose / swept to power, seized power after Y was ousted" (session 49)
EN_TO_POWER = frozenset({"came", "comes", "rose", "swept", "seized"})
# "X ascended / acceded to the throne after the death of Y" (session 55)
EN_ASCEND = frozenset({"ascended", "acceded"})
# "the alliance that brought him / X to power after Y stepped aside" (session 56, long56):
# the object of the causative verb took the post
EN_BROUGHT = frozenset({"brought", "swept", "propelled", "catapulted", "carried"})
# "X now heads / leads ORG after Y was killed" (read only after "now" / "currently")
EN_HEADS_NOW = frozenset({"heads", "leads", "runs", "commands"})
_EN_TAKE_OR_POWER = _EN_TAKE_AFTER | EN_TO_POWER | EN_ASCEND | EN_BROUGHT | EN_HEADS_NOW  # (one set, not a
# union per triggers() call)


def _brought_to_power(sr: Any, t: int) -> Any:
    """The person X of "brought X / him to power" at *t*: a name right after the verb, or for
    "him / her" the one person the sentence names before the verb; else None."""
    if sr.key(t + 1) in ("him", "her"):
        if (sr.key(t + 2), sr.key(t + 3)) != ("to", "power"):
            return None
        people = {m.eid: m for m in sr.args if m.etype == "Person" and m.kind == "name" and
                  m.hi <= t}
        return next(iter(people.values())) if len(people) == 1 else None
    m = sr.after(t + 1, types=("Person",), maxgap=0)
    if m is None or m.kind != "name" or (sr.key(m.hi), sr.key(m.hi + 1)) != ("to", "power"):
        return None
    return m


def took_post_after_death_en(sr: Any) -> None:
    """"X took the helm of ORG / took over as chief / inherited the force / took office /
    became its leader / emir / ascended the throne after Y was killed / after (on) the
    death of (his father) Y": X succeeded Y.
    A post word (or "over") must follow the verb ("took a flight after ..." gives nothing).
    Also "stepped in (as leader) / into the role", "was sworn in as president", "took charge
    of", and "has led / headed / run ORG since Y was killed" (a perfect: "led the march" is
    none)."""
    for t in sr.triggers(EMPTY, _EN_TAKE_OR_POWER):
        kt = sr.key(t)
        since = False
        brought = None
        if kt in EN_BROUGHT:
            brought = _brought_to_power(sr, t)
            if brought is None:
                continue
        elif kt in EN_ASCEND:
            if not {"throne", "power"} & {sr.key(t + 1), sr.key(t + 2), sr.key(t + 3)}:
                continue  # "ascended the throne / to power", "acceded to the throne"
        elif kt in EN_TO_POWER:
            if (sr.key(t + 1), sr.key(t + 2)) != ("to", "power") and sr.key(t + 1) != "power":
                continue  # "came to power / rose to power / seized power after Y was ousted"
        elif kt in EN_HEADS_NOW:
            if sr.key(t - 1) not in ("now", "currently") or not _body_next(sr, t + 1):
                continue  # "X now heads ORG after ...": the post he holds since (session 60)
        elif kt in _EN_STEP_IN:
            if kt in ("led", "headed", "run"):
                if sr.key(t - 1) not in ("has", "have", "had") or not _body_next(sr, t + 1):
                    continue  # "has led protests since ...": no post
                since = True
            elif kt == "sworn" and sr.key(t + 1) != "in" or \
                    kt != "sworn" and sr.key(t + 1) not in ("in", "into") and \
                    (sr.key(t + 1), sr.key(t + 2)) != ("up", "as"):
                continue  # "stepped up attacks" / "stepped out of"
            elif sr.key(t + 1) == "into" and sr.key(t + 2) in ("the", "his", "her") and \
                    sr.key(t + 3) not in _EN_POST:
                continue  # "stepped into the car"
        elif kt in ("took", "taken", "takes", "take") and sr.key(t + 1) == "charge" and \
                not _body_next(sr, t + 2):
            continue  # "took charge of the investigation"
        elif kt in ("became", "becomes", "become"):
            if not any(sr.key(y) in EN_POST_BECOME for y in range(t + 1, min(sr.hi, t + 6))):
                continue  # ("became Kuwait's emir after the death of Y")
        elif kt in ("served", "serves"):  # "had served as acting minister after Y died"
            if sr.key(t + 1) != "as" or not any(
                    sr.key(y) in EN_ROLE or sr.key(y) in ("acting", "interim")
                    for y in range(t + 2, min(sr.hi, t + 6))):
                continue
        elif kt not in ("inherited", "inherits", "inheriting") and sr.key(t + 1) != "over" \
                and not any(sr.key(y) in _EN_POST for y in range(t + 1, min(sr.hi, t + 5))):
            continue
        aft = None
        for x in range(t + 1, min(sr.hi, t + 22)):
            if sr.toks[x].text in (";", ":") or (sr.toks[x].text == "," and
                                                 sr.key(x + 1) not in _EN_AFTER):
                break
            if sr.key(x) in _EN_AFTER or since and sr.key(x) == "since" or \
                    sr.key(x) in ("on", "upon") and sr.key(x + 1) in ("the", "his", "her") \
                    and sr.key(x + 2) in _EN_GONE_NOUN:
                aft = x  # ("became ruler on the death of his brother Y")
                break
        if aft is None:
            continue
        old = _gone_after(sr, aft)
        if old is not None:  # "after the crash that killed President Y and Z": which one held
            old = dead_of_the_post_en(sr, old, t + 1, aft)  # the post taken (session 65)
            if old is None:
                continue
        new = _taker_before(sr, t) if brought is None else brought
        if old is None and new is not None and sr.key(aft + 1) in ("the", "his", "her") and \
                sr.key(aft + 2) in _EN_DEATH_EVENT:
            # "... took over as acting president after the crash": the one the text said died
            dead = _dead_in_post(sr, t, aft, new) or \
                deceased_person(sr.doc, sr.si, title_start(new), back=3)
            if dead and dead != new.eid:
                old = _DeadRef(dead)
        if old is None:
            continue
        if new is None or new.eid == old.eid or new.hi > t and brought is None:
            continue
        if new.kind == "name" and sr.key(title_start(new) - 1) == "late" and \
                new.hi - new.lo == 1:
            continue  # "The late Hakim took the helm after his brother, Y, was martyred": a
            # bare surname of a dead man, resolved to the living son of that name (s66)
        if any(r.type == _SO and r.target == old.eid for r in sr.out):
            continue
        if sr.blocked(t, new) or sr._irrealis(t):
            continue
        sr.add(_SO, new.eid, old.eid, "took_post_after_death_en")


# a post held ("the post Y held", «المنصب الذي كان يشغله Y»): cue words of successions' dispatch,
# also read by succession_took_held_ar
EN_POST_HELD = frozenset({"held", "occupied"})
_EN_POST_NOUNS = frozenset({"post", "position", "job", "role", "seat", "office", "portfolio"})
AR_POST_HELD = L._ar("يشغله", "شغله", "يتولاه", "تولاه", "يشغلها", "شغلها", "تشغله")
