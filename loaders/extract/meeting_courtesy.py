"""MET_WITH of courtesy phrases (session 15): plain functions of ``sr`` run by ``meetings_en``
and ``meetings_ar`` on a sentence with their cue word.

- "X presented his / her (a copy of his) credentials to Y": the envoy met Y (the Arabic
  "قدّم X أوراق اعتماده إلى Y" is ``meetings_ar._credentials``);
- "X called on Y (at ..., in ...)": a visit; "called on Y to / not to / for ..." is an appeal;
- "Y granted X an audience", "X was granted an audience by / with Y" ("received X in
  audience" is a plain reception);
- "X had a (private) audience with Y", "X held a (bilateral) summit with Y", "X paid a
  courtesy call on Y", "X and Y conferred / huddled (in ...)" (session 20);
- "Y held talks / a meeting with him (and with Z)", "أجرى Y محادثات معه (ومع Z)": the pronoun
  is the visitor of the last sentences, else the person named before (as "Y received him").
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.core_recall_objects import guest_antecedent, pronoun_object_en
from loaders.extract.meeting_phrases import _joint_subjects
from loaders.extract.rule_common import EMPTY, person_at, title_start

EN_COURTESY = frozenset({"credentials", "called", "audience", "talks", "meeting", "discussions",
                         "consultations", "courtesy", "summit", "conferred", "huddled", "calls"})
AR_TALKS_NOUNS = L._ar("محادثات", "مباحثات", "مشاورات", "لقاء", "اجتماعا", "اجتماعاً",
                       "اجتماع", "جلسة", "مناقشات")
_EN_HANDED = frozenset({"presented", "presents", "presenting", "handed", "hands", "handing",
                        "submitted", "submits", "submitting", "present", "hand", "submit",
                        "delivered", "offered"})
_EN_GRANTED = frozenset({"granted", "grants", "gave", "gives", "given", "accorded"})
_EN_PASSIVE = frozenset({"was", "were", "been", "is", "be"})
_EN_APPEAL_AFTER = frozenset({"to", "not", "for"})
_EN_TALK_HEAD = frozenset({"talks", "meeting", "discussions", "consultations"})
_EN_HAD = frozenset({"had", "has", "held", "holds"})
_EN_PAID = frozenset({"paid", "pays", "paying", "made", "makes"})
_EN_SUMMIT_MODS = frozenset({"a", "an", "their", "his", "her", "first", "bilateral", "two-day",
                             "one-day", "brief", "private", "historic", "landmark", "mini",
                             "mini-summit", "closed-door", "second", "third", "separate"})
_AR_WITH_HIM = L._ar("معه", "معها")


def _person_at(sr: Any, y: int, gap: int = 4) -> Any:
    """The person named within *gap* words after *y* (titles allowed), with no punctuation
    between and not a possessive ("to Y's envoy"); else None."""
    m = sr.after(y, types=("Person",), maxgap=gap)
    if m is None or m.poss or any(sr.toks[z].punct for z in range(y, m.lo)):
        return None
    return m


def _person_next(sr: Any, y: int) -> Any:
    """The person whose title or name starts at *y* (past "the" and a nationality or
    country: "Saudi Crown Prince X", "Jordan's King Y"; session 51), else None ("a summit with
    Gulf rulers after Y left" names no partner)."""
    y = y + 1 if sr.key(y) == "the" else y
    m = person_at(sr, y)
    if m is None and (sr.key(y) in L.NATIONALITY or sr.toks[y].poss):
        m = person_at(sr, y + 1)
    return m


def _subject(sr: Any, v: int) -> Any:
    """The English subject of the verb at *v* when it is a person, else None."""
    s = sr.subject_before(v)
    return s if s is not None and s.etype == "Person" else None


def _credentials_en(sr: Any, t: int) -> None:
    """"X presented his credentials to Y" (*t*: 'credentials')."""
    if sr.key(t + 1) != "to":
        return
    v = next((x for x in range(t - 1, max(sr.lo, t - 7) - 1, -1) if sr.key(x) in _EN_HANDED),
             None)
    if v is None or not any(sr.key(x) in ("his", "her", "their") for x in range(v + 1, t)):
        return
    envoy, host = _subject(sr, v), _person_at(sr, t + 2)
    if envoy is not None and host is not None and envoy.eid != host.eid and \
            not sr.blocked(v, envoy):
        sr.add("MET_WITH", envoy.eid, host.eid, "credentials_en")


def _called_on_en(sr: Any, t: int) -> None:
    """"X called on Y (in Beirut)": a visit; not "called on Y (and Z) to / not to / for"."""
    if sr.key(t + 1) != "on" or sr.key(t - 1) in _EN_PASSIVE:
        return
    host = _person_at(sr, t + 2, gap=3)
    if host is None:
        return
    last = sr.chain(host, ("Person",))[-1]
    if sr.key(last.hi) in _EN_APPEAL_AFTER or (
            sr.toks[last.hi].text == "," if last.hi < sr.hi else False) and \
            sr.key(last.hi + 1) in ("urging", "asking"):
        return  # an appeal, not a visit
    guest = _subject(sr, t)
    if guest is not None and guest.eid != host.eid and not sr.blocked(t, guest):
        for h in sr.chain(host, ("Person",)):
            if h.eid != guest.eid:
                sr.add("MET_WITH", guest.eid, h.eid, "called_on_en")


def _audience_en(sr: Any, t: int) -> None:
    """"Y granted X an audience", "X was granted an audience by / with Y" (*t*: 'audience')."""
    v = next((x for x in range(t - 1, max(sr.lo, t - 8) - 1, -1) if sr.key(x) in _EN_GRANTED),
             None)
    if v is None:
        _had_noun_with_en(sr, t, "had_audience_en")  # "X had a (private) audience with Y"
        return
    if sr.key(v - 1) in _EN_PASSIVE:
        if sr.key(t + 1) not in ("by", "with"):
            return
        a, b = _subject(sr, v - 1), _person_at(sr, t + 2)
    else:
        a, b = _subject(sr, v), _person_at(sr, v + 1)
        if sr.key(t + 1) == "to" and sr.key(v + 1) in ("an", "a"):
            b = _person_at(sr, t + 2)  # "Y granted an audience to X" (Oman; session 54)
        elif b is not None and b.hi > t:
            return
    if a is not None and b is not None and a.eid != b.eid and not sr.blocked(v, a):
        sr.add("MET_WITH", a.eid, b.eid, "granted_audience_en")


def _had_noun_with_en(sr: Any, t: int, rule: str) -> None:
    """"X had / held a (private, bilateral ...) NOUN with Y (and Z)" (*t*: the noun): X met Y."""
    if sr.key(t + 1) != "with":
        return
    v = t - 1
    while v > sr.lo and v > t - 4 and sr.key(v) in _EN_SUMMIT_MODS:
        v -= 1
    if sr.key(v) not in _EN_HAD or v == t - 1:
        return
    a, b = _subject(sr, v), _person_next(sr, t + 2)
    if a is None or b is None or sr.blocked(v, a) or sr._irrealis(v):
        return
    for m in sr.chain(b, ("Person",)):
        if m.eid != a.eid:
            sr.add("MET_WITH", a.eid, m.eid, rule)


def _courtesy_call_en(sr: Any, t: int) -> None:
    """"X paid / made a courtesy call on Y" (*t*: 'courtesy'): a visit, not a telephone call
    ("on" required: "a courtesy call to Y" may be by phone)."""
    if sr.key(t + 1) != "call" or sr.key(t + 2) != "on" or sr.key(t - 1) != "a" or \
            sr.key(t - 2) not in _EN_PAID:
        return
    host = _person_next(sr, t + 3)
    guest = _subject(sr, t - 2)
    if host is None or guest is None or host.eid == guest.eid or sr.blocked(t - 2, guest) or \
            sr._irrealis(t - 2):
        return
    for h in sr.chain(host, ("Person",)):
        if h.eid != guest.eid:
            sr.add("MET_WITH", guest.eid, h.eid, "courtesy_call_en")


def _conferred_together_en(sr: Any, t: int) -> None:
    """"X and Y conferred / huddled (in Riyadh, for an hour)": the joint subjects met (with an
    object: "conferred with Z" and "conferred an award" are other rules' or none)."""
    if sr.key(t + 1) in ("with", "on", "upon", "over") or sr.mention_at.get(t + 1) is not None:
        return
    subj = sr.subject_before(t)
    if subj is None or subj.etype != "Person" or subj.hi != t or sr.blocked(t, subj) or \
            sr._irrealis(t):
        return
    ch = _joint_subjects(sr, subj)
    for i, a in enumerate(ch):
        for b in ch[i + 1:]:
            if a.eid != b.eid:
                sr.add("MET_WITH", a.eid, b.eid, "conferred_together_en")


def _talks_with_him_en(sr: Any, t: int) -> None:
    """"Y held talks / a meeting with him": Y met the visitor (*t*: the noun)."""
    if sr.key(t + 1) != "with" or sr.key(t + 2) not in ("him", "her"):
        return
    v = next((x for x in range(t - 1, max(sr.lo, t - 5) - 1, -1)
              if sr.key(x) in ("held", "holds", "hold", "had", "has")), None)
    host = _subject(sr, v) if v is not None else None
    if host is None:
        return
    a = v - 1
    while sr.key(a) in ("then", "later", "also", "afterwards", "subsequently"):
        a -= 1
    if sr.key(a) == "and":
        return  # "X criticised A and B, and then held talks with him": X is the subject, not
        # B (``meeting_together_after.talks_with_him_en`` reads it; not "and B held talks")
    if sr.blocked(v, host):
        return
    guest = pronoun_object_en(sr, t, host)
    if guest is not None and guest.eid != host.eid:
        sr.add("MET_WITH", host.eid, guest.eid, "talks_with_him_en")
    if sr.key(t + 3) == "and":  # "... with him and (with) President Z": Z too
        also_with_pronoun_en(sr, t + 3, host)


def also_with_pronoun_en(sr: Any, a: int, host: Any) -> None:
    """"Y met him and (President) Z", "held talks with him and with Z" (*a*: the 'and' after
    the pronoun): Y met Z and whoever is listed with Z."""
    if sr.key(a + 1) in ("he", "she"):
        return  # "Y received him and he then met Z": the guest met Z (meeting_chain.guest_he_en)
    z = _person_at(sr, a + (2 if sr.key(a + 1) == "with" else 1))
    for m in sr.chain(z, ("Person",)) if z is not None else ():
        if m.eid != host.eid:
            sr.add("MET_WITH", host.eid, m.eid, "with_him_and_en")


def courtesy_en(sr: Any) -> None:
    """The English phrases of this module (see the module doc)."""
    for t in sr.triggers(EMPTY, EN_COURTESY):
        k = sr.key(t)
        if k == "credentials":
            _credentials_en(sr, t)
        elif k in ("called", "calls"):  # ("calls on Y": the present of timelines)
            _called_on_en(sr, t)
        elif k == "audience":
            _audience_en(sr, t)
        elif k in _EN_TALK_HEAD:
            _talks_with_him_en(sr, t)
        elif k == "courtesy":
            _courtesy_call_en(sr, t)
        elif k == "summit":
            _had_noun_with_en(sr, t, "held_summit_with_en")
        elif k in ("conferred", "huddled"):
            _conferred_together_en(sr, t)


def talks_with_him_ar(sr: Any) -> None:
    """"(و)أجرى / عقد Y محادثات / لقاءً معه": Y met the visitor of the last sentences, else the
    person named before Y in the sentence."""
    for t in sr.triggers(AR_TALKS_NOUNS, frozenset()):
        if not sr.f(t + 1) & _AR_WITH_HIM:
            continue
        host = sr.before(t, types=("Person",), maxgap=1)
        if host is None or host.lo <= sr.lo or any(sr.toks[z].punct for z in range(host.hi, t)):
            continue
        guest = guest_antecedent(sr, exclude=host.eid)
        if guest is None:
            here = sr.before(title_start(host), types=("Person",),
                             maxgap=20)
            guest = here if here is not None and here.eid != host.eid else \
                sr._prev_subject(exclude=host.eid)
        if guest is not None and guest.eid != host.eid and not sr.blocked(t, host):
            sr.add("MET_WITH", host.eid, guest.eid, "talks_with_him_ar")
