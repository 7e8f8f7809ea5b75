"""English meeting frames of wire prose beyond the verb-object rules of ``meetings.py``:
plain functions over a ``SentenceRules`` instance ``sr``, run by
:func:`loaders.extract.meetings_en.meetings_en` (which also holds delegations, hosted summits,
plural anaphora and what blocks a meeting). Each is a construction, with its negatives in
``tests/unit/test_extract_meetings_en.py``:

- a place or time phrase before the object: "X received at his office in Baghdad (the
  visiting minister) Y", "X met in Damascus on Wednesday with Y";
- "X had met Y's successor, Z," (Z, not Y); "X was received by his Iraqi counterpart, Y,";
- "After meeting Y, X said", "Following talks with Y, X ...";
- "X met several officials, including Y and Z"; "Among those X met were Y and Z", "Y was
  among the leaders X met";
- "The talks brought together X and Y"; "X received a visit from Y", "X paid a visit to Y";
- "the first meeting between the Syrian leader and the movement" (the organisation just
  named); "X hosted talks between Y and Z" (the host met each);
- "X visited Baghdad, meeting Y and Z" / ", holding talks with Y" (not a participle of
  another agent: "X accused Y of ... by hosting Z", ``participle_other_agent_en``); "X met Y
  on Sunday and Z on Monday".
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain
from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.context_tails import apposition_tail
from loaders.extract.core_context import possessed_person_en
from loaders.extract.core_recall import passive_by
from loaders.extract.meeting_generic_en import (
    EN_WITH,
    chain_past_body,
    generic_before_adjunct,
    generic_before_complement,
    past_first_object,
    pronoun_before_with_object,
)
from loaders.extract.meeting_noun_sides import add_past_call
from loaders.extract.meeting_press import venue_before_with_en
from loaders.extract.meeting_shapes_en import opening_lead
from loaders.extract.meeting_told import teller_subject_en
from loaders.extract.participle_other_agent_en import (
    means_of_another_deed_en,
    reported_other_subject_en,
)
from loaders.extract.participle_prep_en import prep_object_en
from loaders.extract.relative_heads import EN_COMMA, EN_WHO, relative_head_back
from loaders.extract.reported_scope_en import report_start
from loaders.extract.rule_common import EMPTY, between_after, title_start
from loaders.extract.together_list_en import together_people

_EN_PASSIVE_AUX = frozenset({"was", "were", "been", "being", "is", "are", "be"})
_EN_WITH_NOUNS = frozenset({"talks", "meeting", "meetings", "met", "down", "discussions",
                            "consultations", "negotiations"})
# the plural nouns of bodies: generic in lower case ("Palestinian factions"), the last word of
# a body's own name when capitalised ("the Rapid Support Forces")
EN_BODY_PLURALS = frozenset({"factions", "militias", "groups", "parties", "movements",
                             "forces", "organisations", "organizations"})

_EN_EVENT_NOUNS = frozenset({"summit", "talks", "meeting", "meetings", "conference", "dinner",
                             "gathering", "session", "negotiations", "consultations", "round",
                             "summits", "forum", "process", "dialogue"})
_EN_PERSON_NOUNS = frozenset({"prince", "minister", "envoy", "general", "commander",
                              "president", "premier", "leader", "official", "diplomat",
                              "cleric", "chief", "secretary", "ambassador", "king", "sheikh",
                              "speaker", "visitor", "guest", "spokesman", "lawmaker",
                              "politician", "adviser", "advisor", "emir", "monarch", "head",
                              "negotiator", "representative", "mediator", "crown", "sultan"})
_EN_BETWEEN = frozenset({"between"})


def generic_plural_body(toks: Any, m: Any) -> bool:
    """Is the body mention *m* a generic plural ("Palestinian factions", "the security
    forces"), its last word in lower case, not a body whose own name ends in one ("the Rapid
    Support Forces", "the Syrian Democratic Forces", session 64)?"""
    last = toks[m.hi - 1]
    return last.key in EN_BODY_PLURALS and not last.cap


def _pair(sr: Any, a: str, b: str, rule: str) -> None:
    if a != b:
        sr.add("MET_WITH", a, b, rule)


def _no_punct(sr: Any, lo: int, hi: int) -> bool:
    return not any(sr.toks[y].punct and sr.toks[y].text not in ("-", "'", "’")
                   for y in range(lo, hi))


def _objects_after(sr: Any, t: int) -> list:
    """The people/bodies met, after the verb at *t*."""
    start = t + 1
    while start < sr.hi and sr.key(start) in ("with", "down", "talks", "held", "separate",
                                              "also", "later", "on"):
        start += 1
    first = sr.after(start, types=("Person", "Organization"), maxgap=8)
    if first is None or not sr._close_object(t, first) or first.poss:
        return []
    return list(sr.chain(first, ("Person", "Organization")))


# ---- more verb frames --------------------------------------------------------------------------
_EN_ACTIVE_MEET = frozenset({"received", "receives", "met", "meets", "hosted", "hosts",
                             "welcomed", "welcomes", "greeted"})
_EN_PLACE_ADJ_WORDS = L.EN_WEEKDAYS | frozenset({"at", "in", "on", "the", "his", "her", "their", "its", "a",
                                 "office", "offices", "palace", "residence", "home", "house",
                                 "headquarters", "ministry", "airport", "capital", "city",
                                 "presidential", "official", "government", "of", "state",
                                 "guesthouse", "late", "early", "last", "this", "morning", "evening", "night", "week", "day",
                                 "with", "visiting", "building", "compound", "embassy"})


def place_then_object_en(sr: Any) -> None:
    """"X received at his office in Baghdad (the visiting minister) Y", "X met in Damascus on
    Wednesday with Y": a place or time phrase between the verb and its object."""
    for t in sr.triggers(EMPTY, _EN_ACTIVE_MEET):
        if sr.key(t + 1) not in ("at", "in", "on") or sr.key(t - 1) in _EN_PASSIVE_AUX:
            continue
        x = t + 1
        obj = None
        while x < sr.hi and x < t + 20:  # (QNA: "met at the Amiri Diwan on Sunday morning
            m = sr.mention_at.get(x)  # with HE President of the Republic of Lebanon General Y")
            if m is not None and (m.etype in ("Location", "Country") or venue_before_with_en(
                    sr, m)):  # "met at the Pentagon (on Friday)": a body as the place
                x = m.hi
                continue
            if m is not None and m.etype in ("Person", "Organization") and not m.poss:
                obj = m
                break
            k = sr.key(x)
            if k in _EN_PLACE_ADJ_WORDS or k in L.NATIONALITY or k in L.EN_TITLE_FIRST or \
                    k in L.EN_QUALIFIERS or (sr.toks[x].cap and not sr.toks[x].punct) or \
                    sr.toks[x].poss:
                x += 1
                continue
            break
        if obj is None or (0 <= obj.tlo < obj.lo and obj.tlo < x and False):
            continue
        if obj.etype == "Organization" and sr.key(obj.hi) not in (".", ",", "and", "in", "on"):
            continue
        subj = sr.subject_before(t)
        if subj is None or subj.etype not in ("Person", "Organization") or sr.blocked(t, subj):
            continue
        for o in sr.chain(obj, ("Person", "Organization")):
            _pair(sr, subj.eid, o.eid, "place_then_object_en")


def _active_objects(sr: Any) -> Iterator[tuple[int, int]]:
    """Each active meeting verb and the first token of its object: 'met (with) Y' -> Y."""
    toks, lo, hi = sr.toks, sr.lo, sr.hi  # (toks[x].key = sr.key(x) for lo <= x < hi)
    for t in sr.triggers(EMPTY, _EN_ACTIVE_MEET):
        if (toks[t - 1].key if lo <= t - 1 < hi else "") in _EN_PASSIVE_AUX:
            continue
        yield t, t + 2 if (toks[t + 1].key if lo <= t + 1 < hi else "") == "with" else t + 1


def possessed_object_en(sr: Any) -> None:
    """"X had met Y's successor, Z," (Y a person): Z, named in the apposition, was met."""
    for t, x in _active_objects(sr):
        m = sr.mention_at.get(x)
        if m is None or m.etype != "Person" or not m.poss or m.lo != x:
            continue
        z = possessed_person_en(sr, m)
        if z is None or z.eid == m.eid:
            continue
        subj = sr.subject_before(t)
        if subj is None or subj.etype != "Person" or sr.blocked(t, subj):
            continue
        _pair(sr, subj.eid, z.eid, "possessed_object_en")


def _passive_agents(sr: Any) -> Iterator[tuple[int, int]]:
    """Each passive meeting verb and its agent's "by": 'was received (in Baghdad) by Y'."""
    for t in sr.triggers(EMPTY, _EN_ACTIVE_MEET):
        if sr.key(t - 1) not in _EN_PASSIVE_AUX:
            continue
        by = passive_by(sr, t)
        if by is not None:
            yield t, by


def passive_apposed_agent_en(sr: Any) -> None:
    """"X was received by his Iraqi counterpart, Y," / "... by the Iraqi prime minister,
    Y,": the agent named in an apposition after a title."""
    for t, by in _passive_agents(sr):
        x = by + 1
        if sr.key(x) not in ("his", "her", "their", "the"):
            continue
        x += 1
        while x < sr.hi and x < by + 7 and sr.mention_at.get(x) is None and (
                sr.key(x) in L.NATIONALITY or sr.key(x) in L.EN_TITLE_FIRST or
                sr.key(x) in L.EN_QUALIFIERS or sr.key(x) in ("counterpart", "minister",
                                                             "prime", "foreign", "of")):
            x += 1
        if sr.key(x) != "," or x == by + 2:
            continue
        agent = sr.mention_at.get(x + 1)
        if agent is None or agent.etype != "Person" or agent.lo != x + 1:
            continue
        subj = pronoun_before_with_object(sr, t, sr.subject_before(t - 1, maxgap=12))
        if subj is None or subj.etype != "Person" or subj is agent or sr.blocked(t, subj):
            continue
        _pair(sr, subj.eid, agent.eid, "passive_apposed_agent_en")


_EN_OPENERS = frozenset({"after", "following", "before", "upon", "during", "having", "fresh"})
_EN_OPEN_FILLERS = frozenset({"his", "her", "a", "the", "their", "separate", "lengthy", "two",
                              "three", "four", "five", "several", "hours", "of", "long",
                              "closed-door", "marathon", "private", "two-hour", "three-hour",
                              "day-long"})
_EN_HAVING_VERBS = frozenset({"met", "hosted", "received", "welcomed"})
# participles that open a sentence on their own, their object right after them
EN_BARE_PARTICIPLES = frozenset({"meeting", "receiving", "hosting"})


def _opening_head(sr: Any, lo: int) -> int | None:
    """The meeting word of an opening phrase from *lo* ("After (three hours of) talks with",
    "Fresh from talks with", "Having met / held talks with"), or None."""
    k0 = sr.key(lo)
    if k0 == "fresh":
        if sr.key(lo + 1) not in ("from", "off"):
            return None
        lo += 1
    elif k0 == "having":
        if sr.key(lo + 1) in _EN_HAVING_VERBS:
            return lo + 1
        if sr.key(lo + 1) not in ("held", "had"):
            return None
        lo += 1
    elif k0 in EN_BARE_PARTICIPLES and lo == sr.lo:
        # "Meeting Y in Baghdad, X called for ...": the participle itself opens (session 56);
        # its object must follow at once, titled or not ("Meeting reporters ..." names none,
        # "Meeting Y's demands" is no meeting)
        y0 = lo + 2 if sr.key(lo + 1) == "with" and k0 == "meeting" else lo + 1
        obj = sr.after(y0, types=("Person",), maxgap=4)
        if obj is None or obj.poss or any(not sr.toks[y].cap or sr.toks[y].punct
                                          for y in range(y0, title_start(obj))):
            return None  # (a capitalised nationality may stand before the title)
        return lo
    elif k0 not in _EN_OPENERS:
        return None
    x = lo + 1
    while sr.key(x) in _EN_OPEN_FILLERS:
        x += 1
    return x


def _past_apposition(sr: Any, comma: int) -> int:
    """The comma closing a short apposition that opens at *comma* ("with Y, the speaker of
    parliament, X left"), else *comma* itself."""
    if sr.key(comma + 1) not in ("the", "a", "an", "his", "her", "their", "lebanon",
                                 "iran", "iraq") and not (  # (a key drops the "'s")
            comma + 1 < sr.hi and sr.toks[comma + 1].text[:1].islower()):
        return comma
    for y in range(comma + 1, min(sr.hi, comma + 9)):
        if sr.mention_at.get(y) is not None and sr.mention_at[y].etype == "Person":
            return comma
        if sr.toks[y].text == ",":
            return y
    return comma


def opening_meeting_en(sr: Any) -> None:
    """"After meeting Y, X told reporters ...", "Following talks with Y, X said ...", "After
    his meeting with Y, X ...", "Having met Y in Beirut, X flew on ...", "Fresh from talks
    with Y, X ...": the main clause's subject met Y."""
    lo = opening_lead(sr)  # ("Speaking to reporters / A day after talks with Y, X said")
    x = _opening_head(sr, lo)
    if x is None:
        return
    having = sr.key(lo) == "having" and sr.key(x) in _EN_HAVING_VERBS
    if not having and sr.key(x) not in L.EN_TALKS_NOUNS and not (
            sr.key(x) == "meeting" or sr.key(x) in ("talking", "receiving", "hosting")):
        return
    if sr.key(lo) == "during" and sr.key(x) == "meeting" and sr.key(x - 1) == "his":
        return  # relations._met_his_noun reads these
    v = x
    start = v + 1
    if sr.key(start) == "with":
        start += 1
    elif having:
        pass
    elif sr.key(v) in L.EN_TALKS_NOUNS and sr.key(v) != "meeting":
        return
    elif sr.key(v) == "meeting" and x > lo + 1:
        return  # "after the meeting, X said": no partner named
    obj = sr.after(start, types=("Person", "Organization"), maxgap=4)
    if obj is None or obj.poss or not _no_punct(sr, start, obj.lo):
        return
    objs = [obj]
    for c in sr.chain(obj, ("Person", "Organization"))[1:]:
        if not any(sr.key(y) in ("and", "&") for y in range(objs[-1].hi, c.lo)):
            break  # "After meeting Y, X said": the comma closes the phrase
        objs.append(c)
    comma = next((y for y in range(objs[-1].hi, min(sr.hi, objs[-1].hi + 12))
                  if sr.toks[y].text == ","), None)
    if comma is None:
        return
    comma = _past_apposition(sr, comma)
    subj = sr.after(comma + 1, types=("Person",), maxgap=3)
    if subj is None or subj.poss or any(sr.toks[y].punct or sr.f(y) & L.EN_MEET for y in range(
            comma + 1, title_start(subj))):
        return  # (not "After meeting Y, he went to Z, where he met W": W was met)
    if sr.blocked(v) or (subj.hi < sr.hi and sr.blocked(subj.hi, subj)) or any(
            sr.f(y) & (L.EN_MODAL | L.EN_NEG) and sr.key(y) != "without"
            for y in range(subj.hi, report_start(sr, subj.hi, subj.hi + 4))):
        return  # "Before meeting Y, X will visit Najaf" (not "X said the talks would ...")
    for o in objs:
        _pair(sr, subj.eid, o.eid, "opening_meeting_en")


_EN_GENERIC_OBJ = frozenset({"officials", "leaders", "commanders", "figures", "politicians",
                             "ministers", "lawmakers", "dignitaries", "representatives",
                             "members", "delegates", "clerics", "envoys", "diplomats",
                             # session 66: "met the ambassadors of the Gulf states, including
                             # US Ambassador X", "received the heads of the blocs, including Y"
                             "ambassadors", "heads", "chiefs"})
_EN_INCLUDING = frozenset({"including", "among", "such"})
_EN_SPEAKER_VERBS = frozenset({"said", "says", "told", "added", "stated", "wrote"})


def generic_object_including_en(sr: Any) -> None:
    """"X met several officials, including Y and Z" / "... senior leaders, among them Y":
    the named ones were met (not "received messages of condolence from leaders, including
    Y": sent from afar)."""
    for inc in sr.triggers(EMPTY, _EN_INCLUDING):
        k = sr.key(inc)
        start = inc + 1
        if k == "among":
            if sr.key(inc + 1) != "them":
                continue
            start = inc + 2
        elif k == "such":
            if sr.key(inc + 1) != "as":
                continue
            start = inc + 2
        g = inc - 1 if sr.key(inc - 1) != "," else inc - 2
        g0 = g
        g = generic_before_complement(sr, g, _EN_GENERIC_OBJ)  # ("leaders of <body>")
        if g < 0:  # ("leaders at Y's house in Baghdad on December 29, including A")
            g = generic_before_adjunct(sr, g0, _EN_GENERIC_OBJ)
        if g < 0:
            continue
        t = None
        y0 = g - 1
        if sr.toks[y0].poss and not sr.toks[y0].cap and y0 not in sr.mention_at and \
                sr.key(y0 - 1) == "the":
            y0 -= 1  # "received K and the council's members, including A" (session 69)
        g0 = past_first_object(sr, y0) + 1  # ("met K and later leaders ...": past K)
        mod = sr.mention_at.get(g0 - 1)
        if mod is not None and mod.etype == "Organization" and g0 - 1 == g - 1:
            g0 = mod.lo  # a body naming the group ("met Coordination Framework leaders")
        for y in range(g0 - 1, max(sr.lo, g0 - 7) - 1, -1):
            if sr.key(y) in _EN_ACTIVE_MEET or (sr.key(y) == "with" and any(
                    sr.key(z) in _EN_WITH_NOUNS for z in range(y - 3, y))):
                t = y
                break
            if sr.mention_at.get(y) is not None or sr.toks[y].punct:
                break
        if t is None or sr.key(t - 1) in _EN_PASSIVE_AUX or any(
                sr.key(y) in L.EN_SENT_NOUNS for y in range(t + 1, g0)):
            continue  # ("received messages of condolence from world leaders, including Y")
        first = sr.after(start, types=("Person",), maxgap=4)
        if first is None or not _no_punct(sr, start, first.lo):
            continue
        subj = sr.subject_before(t if sr.key(t) != "with" else next(
            z for z in range(t - 1, t - 4, -1) if sr.key(z) in _EN_WITH_NOUNS))
        subj = teller_subject_en(sr, t, subj)  # "X told Y ..., and later met leaders, ..."
        if subj is None or subj.etype != "Person" or sr.blocked(t, subj):
            continue
        for o in chain_past_body(sr, sr.people_chain(first)):  # ("A of <body> and B")
            if sr.key(o.hi) in _EN_SPEAKER_VERBS:
                break  # ("including A, (spokesman) B said": B is the source)
            _pair(sr, subj.eid, o.eid, "generic_object_including_en")


_EN_GATHERED = frozenset({"gathered", "assembled"})


def _meeting_subject(sr: Any, v: int) -> bool:
    """"The meeting (in Paris on Tuesday) gathered": a meeting noun is the verb's subject, with
    no punctuation and at most five words between (session 68)."""
    for y in range(v - 1, max(sr.lo, v - 7) - 1, -1):
        if sr.toks[y].punct:
            return False
        if sr.key(y) in _EN_EVENT_NOUNS:
            return True
    return False


def _described_list(sr: Any, first: Any) -> list:
    """*first* and the people listed after it, past the appositions of each member ("A, head
    of X, military strongman B, C, speaker of Y, and D, the head of Z"; session 68)."""
    ch = sr.chain(first, ("Person", "Organization"))
    ch += [m for m in together_people(sr, first) if all(c.eid != m.eid for c in ch)]
    while ch[-1].etype == "Person":
        more = [m for m in apposition_tail(sr, ch[-1]) if all(c.eid != m.eid for c in ch)]
        if not more:
            break
        ch += more
    return ch


def brought_together_en(sr: Any) -> None:
    """"The talks ... brought together X and Y", "The meeting gathered X, head of Z, and Y":
    each pair met."""
    for x in sr.triggers(EMPTY, _EN_TOGETHER_GATHERED):
        if sr.key(x) in _EN_GATHERED:
            if not _meeting_subject(sr, x):
                continue  # ("X gathered A and B": the host's own, read elsewhere)
            ev, x = x, x - 1  # (the verb stands for "brought together")
        elif sr.key(x - 1) not in ("brought", "bringing", "brings", "bring"):
            continue
        else:
            ev = next((y for y in range(x - 2, sr.lo - 1, -1) if sr.key(y) in _EN_EVENT_NOUNS),
                      None)
        if ev is None:
            continue
        first = sr.after(x + 1, types=("Person", "Organization"), maxgap=4)
        if first is None or sr.blocked(x - 1) or sr.blocked(ev):
            continue  # (session 54: "called for a meeting bringing together X and Y")
        ch = _described_list(sr, first)
        for i in range(len(ch)):
            for j in range(i + 1, len(ch)):
                _pair(sr, ch[i].eid, ch[j].eid, "brought_together_en")


_EN_TOGETHER_GATHERED = frozenset({"together"}) | _EN_GATHERED


def visit_person_en(sr: Any) -> None:
    """"X received a visit from Y", "Y paid a (courtesy) visit to X" (a person): a meeting."""
    for v in sr.triggers(EMPTY, frozenset({"visit"})):
        prep = sr.key(v + 1)
        if prep not in ("from", "to", "by"):
            continue
        o = sr.after(v + 2, types=("Person",), maxgap=3)
        if o is None or o.poss or not _no_punct(sr, v + 2, o.lo):
            continue
        b = v - 1
        while b > sr.lo and sr.key(b) in ("a", "an", "courtesy", "brief", "surprise",
                                          "rare", "private", "late-night", "short"):
            b -= 1
        verb = sr.key(b)
        if (prep in ("from", "by") and verb not in ("received", "receives")) or \
                (prep == "to" and verb not in ("paid", "pays", "made")):
            continue
        subj = sr.subject_before(b)
        if subj is None or subj.etype != "Person" or sr.blocked(b, subj):
            continue
        _pair(sr, subj.eid, o.eid, "visit_person_en")


_EN_ORG_NOUNS = frozenset({"movement", "group", "organisation", "organization", "militia",
                           "faction", "party"})


def _recent_org(sr: Any, before: int) -> str | None:
    """The organisation named last before token *before* (this or the previous sentence),
    titles included ("senior Hamas official X" names Hamas)."""
    for si in (sr.si, sr.si - 1):
        if si < 0:
            continue
        cands = [m for m in sr.doc.by_sent.get(si, ()) if m.etype == "Organization" and
                 (si < sr.si or m.hi <= before) and
                 sr.doc.toks[m.hi - 1].key not in EN_BODY_PLURALS]
        if cands:
            return max(cands, key=lambda m: m.hi).eid
    return None


def between_and_body_en(sr: Any) -> None:
    """"the first meeting between the Syrian leader and the movement": the movement is the
    organisation just named."""
    for x in sr.triggers(EMPTY, frozenset({"between"})):
        if sr.key(x - 1) not in ("meeting", "talks", "meetings", "encounter", "summit"):
            continue
        first = sr.after(x + 1, types=("Person", "Organization"), maxgap=3)
        if first is not None and first.lo <= x + 4:
            pid, end = first.eid, first.hi
        else:  # "between the Syrian leader and ...": the person of that country just named
            pid, end = _described_person(sr, x + 1)
        if pid is None or sr.key(end) != "and" or sr.key(end + 1) != "the" or \
                sr.key(end + 2) not in _EN_ORG_NOUNS or \
                sr.mention_at.get(end + 2) is not None:
            continue
        org = _recent_org(sr, x)
        if org is None or org == pid or sr.blocked(x - 1):
            continue
        _pair(sr, pid, org, "between_and_body_en")


def _described_person(sr: Any, x: int) -> tuple[str | None, int]:
    """"the Syrian leader" at *x*: the last person of that country named in this or the
    previous sentence, and the position after the description."""
    if sr.key(x) != "the":
        return None, x
    nat = L.NATIONALITY.get(sr.key(x + 1))
    if nat is None or sr.key(x + 2) not in _EN_PERSON_NOUNS:
        return None, x
    for si in (sr.si, sr.si - 1):
        ppl = [m for m in sr.doc.by_sent.get(si, ()) if m.etype == "Person" and
               (si < sr.si or m.hi <= x) and sr.doc.country_of(m.eid) == nat]
        if ppl:
            return max(ppl, key=lambda m: m.hi).eid, x + 3
    return None, x


_EN_HOST_VERBS = frozenset({"hosted", "hosts", "chaired", "convened", "hosting"})


def hosted_between_en(sr: Any) -> None:
    """"X hosted (a first round of direct) talks (in Baghdad) between Y and Z": the host met
    each of them (the base rules give Y-Z)."""
    for x in sr.triggers(EMPTY, _EN_BETWEEN):
        n = x - 1
        if sr.key(n) not in _EN_EVENT_NOUNS:  # "talks in Baghdad between"
            n = next((y for y in range(x - 2, max(sr.lo, x - 5), -1) if sr.key(y) == "in"),
                     0) - 1
            if n < sr.lo or sr.key(n) not in _EN_EVENT_NOUNS or between_after(sr, n) != x:
                continue
        h = None
        for y in range(n - 1, max(sr.lo, n - 8) - 1, -1):
            if sr.key(y) in _EN_HOST_VERBS and sr.mention_at.get(y) is None:
                h = y
                break
            if sr.toks[y].punct or sr.mention_at.get(y) is not None:
                break
        if h is None or sr.key(h - 1) in _EN_PASSIVE_AUX:
            continue
        first = sr.after(x + 1, types=("Person", "Organization"), maxgap=4)
        host = sr.subject_before(h)
        if first is None or host is None or host.etype != "Person" or sr.blocked(h, host):
            continue
        for m in sr.chain(first, ("Person", "Organization")):
            _pair(sr, host.eid, m.eid, "hosted_between_en")


_EN_PARTICIPLES = frozenset({"meeting", "holding", "receiving", "hosting"})


def _he_subject(sr: Any, t: int) -> int | None:
    """The position of a subject "he"/"she" opening the main clause before the participle at
    *t* (at the sentence start or after an opening apposition "A former negotiator, he"),
    with no person or body named between it and *t*; else None."""
    for y in range(sr.lo, min(t, sr.lo + 12)):
        if sr.key(y) in ("he", "she") and (y == sr.lo or sr.key(y - 1) == ","):
            if any(m.lo < t and m.hi > y and m.etype in ("Person", "Organization") and
                   not prep_object_en(sr, m) for m in sr.args):  # (participle_prep_en)
                return None
            return y
    return None


def _past_title_item(sr: Any, start: int) -> int:
    """"meeting the new president, Y and Z": past a leading list item that is only a title
    ("the", qualifiers, nationalities, title words, then a comma), the position after its
    comma; else *start*. (Y is met either way: the title's holder or the next one met.)"""
    if sr.key(start) != "the":
        return start
    for y in range(start + 1, min(sr.hi, start + 6)):
        k = sr.key(y)
        if k == ",":
            return y + 1 if y > start + 1 and sr.key(y - 1) in L.EN_TITLE_FIRST else start
        if sr.toks[y].cap or sr.mention_at.get(y) is not None or not (
                k in L.EN_TITLE_FIRST or k in L.EN_QUALIFIERS or k in L.NATIONALITY):
            return start
    return start


_CLAUSE_MARKS = frozenset({",", ";", ":", "(", ")"})
_DASHES = frozenset({"\u2014", "\u2013", "-"})


def _relative_head_before(sr: Any, t: int) -> Any:
    """The named person heading ", who <verb> ..." when the participle at *t* ends that
    relative clause ("..., who visited Iraq repeatedly during his years in the post, meeting
    Y": session 58), else None. Only the comma before the participle may close the clause."""
    head = relative_head_back(
        sr, t - 2, max(sr.lo, t - 20), EN_WHO, EN_COMMA,
        lambda y: sr.key(y) in _CLAUSE_MARKS or sr.toks[y].text in _DASHES)
    return head if head is not None and not head.poss else None


def participle_clause_en(sr: Any) -> None:
    """"X visited Baghdad on Sunday, meeting Y and Z" / ", holding talks with Y": the main
    clause's subject met the objects of the participle."""
    for t in sr.triggers(EMPTY, _EN_PARTICIPLES):
        if sr.key(t - 1) not in (",", "before", "after", "while", "by") or t - 1 <= sr.lo:
            continue
        k = sr.key(t)
        start = t + 1
        if k == "holding":
            if sr.key(t + 1) not in ("talks", "meetings", "a") :
                continue
            w = next((y for y in range(t + 1, min(sr.hi, t + 5)) if sr.key(y) == "with"), None)
            if w is None:
                continue
            start = w + 1
        elif sr.key(t + 1) == "with":
            start = t + 2
        lead = t  # "meeting the new president, Y": Y's closeness is read after the comma
        if start != (start := _past_title_item(sr, start)):
            lead = start - 1
        first = sr.after(start, types=("Person", "Organization"), maxgap=4)
        if first is None or first.poss or not _no_punct(
                sr, start, first.tlo if start <= first.tlo < first.lo else first.lo) or \
                (k != "holding" and not sr._close_object(lead, first)):
            continue  # (the title may hold "Gen." / "Brig.": "meeting Defense Minister Gen. Y")
        before = sr.mention_at.get(t - 2)
        if before is not None and before.etype in ("Person", "Organization") and \
                not prep_object_en(sr, before):  # (not "fared better with O, holding talks")
            continue  # "X, meeting Y, said": context_meetings.gerund_meeting_en reads these
        sid = sr._subject_antecedent(t - 1)
        subj = next((m for m in sr.args if m.eid == sid and m.hi <= t), None) if sid else None
        if sr.key(t - 1) == "by" and means_of_another_deed_en(
                sr, subj.hi if subj is not None else sr.lo, t - 1):
            continue  # "X accused Y of violating the deal by hosting Z": Y's (s68)
        rel = _relative_head_before(sr, t)
        if rel is not None:  # "X took over from Y, who visited Iraq ..., meeting Z": Y
            sid, subj = rel.eid, rel
        if subj is None and sid is not None:
            # "He had visited Beirut a week earlier, meeting Y": the pronoun subject of the
            # main clause, when nobody is named before the participle
            he = _he_subject(sr, t)
            if he is not None and not sr.blocked(t) and not any(
                    sr.f(y) & (L.EN_MODAL | L.EN_NEG) for y in range(he, t)):
                for o in sr.chain(first, ("Person", "Organization")):
                    _pair(sr, sid, o.eid, "participle_clause_en")
            continue
        if subj is None or subj.etype != "Person" or sr.blocked(t, subj) or any(
                sr.f(y) & (L.EN_MODAL | L.EN_NEG) for y in range(subj.hi, t)):
            continue
        if reported_other_subject_en(sr, subj, t):
            continue  # "X said that by hosting Y, Z had ...": not X's meeting (s68)
        objs = sr.chain(first, ("Person", "Organization"))
        for o in objs:
            _pair(sr, subj.eid, o.eid, "participle_clause_en")
        # "X met Y in Muscat, hours after holding talks with Z": Z met X, not Y
        side = {m.eid for m in sr.chain(subj, ("Person",))}
        mid = {m.eid for m in sr.args if m.etype == "Person" and subj.hi <= m.lo < t} - side
        if mid:
            oid = {o.eid for o in objs}
            sr.out[:] = [r for r in sr.out if not (r.type == "MET_WITH" and (
                r.source in mid and r.target in oid or r.target in mid and r.source in oid))]


_EN_TIME_WORDS = L.EN_WEEKDAYS | frozenset({"on", "in", "at", "the", "morning", "evening",
                            "afternoon", "night", "day", "next", "following", "later",
                            "earlier", "his", "residence", "office", "palace", "home"})


def object_then_object_en(sr: Any) -> None:
    """"X met Y on Sunday and Z on Monday": Z is a second object of the same verb."""
    for t in sr.triggers(EMPTY, _EN_ACTIVE_MEET):
        if sr.key(t - 1) in _EN_PASSIVE_AUX:
            continue
        first = sr.after(t + 1, types=("Person",), maxgap=4)
        if first is None or first.poss or not sr._close_object(t, first):
            continue
        last = sr.chain(first, ("Person",))[-1]
        x = last.hi
        n = 0
        while x < sr.hi and n < 5 and (sr.key(x) in _EN_TIME_WORDS or sr.mention_at.get(x) is
                                       not None and sr.mention_at[x].etype == "Location"):
            x = sr.mention_at[x].hi if sr.mention_at.get(x) is not None else x + 1
            n += 1
        if n == 0 or sr.key(x) != "and":
            continue
        z = sr.mention_at.get(x + 1)
        if z is None or z.etype != "Person" or z.lo != x + 1 or z.poss:
            continue
        if sr.key(z.hi) not in ("on", "in", "at", "later", ".", ",", "the"):
            continue
        subj = sr.subject_before(t)
        if subj is None or subj.etype != "Person" or sr.blocked(t, subj):
            continue
        _pair(sr, subj.eid, z.eid, "object_then_object_en")


_EN_AMONG_NOUNS = frozenset({"those", "the", "leaders", "officials", "figures", "people",
                             "politicians", "commanders", "whom", "who", "that", "he", "she"})


def among_those_met_en(sr: Any) -> None:
    """"Among those X met were Y and Z" / "Y was among the leaders X met": Y (and Z) met X."""
    for a in sr.triggers(EMPTY, frozenset({"among"})):
        v = None
        for y in range(a + 1, min(sr.hi, a + 8)):
            if sr.key(y) in _EN_ACTIVE_MEET and sr.mention_at.get(y) is None:
                v = y
                break
            if sr.key(y) not in _EN_AMONG_NOUNS and sr.mention_at.get(y) is None:
                break
        if v is None or sr.key(v - 1) in _EN_PASSIVE_AUX:
            continue
        host = sr.before(v, types=("Person",), maxgap=2)
        if host is None or host.lo <= a:
            host = None
            if sr.key(v - 1) in ("he", "she"):
                pm = sr._pronoun(v, 2)
                host = pm
        if host is None or sr.blocked(v, host):
            continue
        guests: list = []
        if a == sr.lo:  # "Among those X met were Y and Z"
            w = next((y for y in range(v + 1, min(sr.hi, v + 8)) if sr.key(y) in
                      ("were", "was", "are", "is")), None)
            g = sr.after(w + 1, types=("Person", "Organization"), maxgap=4) if w else None
            if g is not None:
                guests = sr.chain(g, ("Person", "Organization"))
        elif sr.key(a - 1) in ("was", "were", "is", "are"):  # "Y was among the leaders X met"
            g = sr.before(a - 1, types=("Person",), maxgap=2)
            if g is not None:
                guests = [g]
                for m in sr.args:
                    if m.hi <= g.lo and g in sr.chain(m):
                        ch = sr.chain(m)
                        guests = ch[: ch.index(g) + 1]
                        break
        for g in guests:
            _pair(sr, host.eid, g.eid, "among_those_met_en")


# ---- the agent of a passive meeting goes on to another meeting? No: its subject does ---------
_EN_SPEECH_AFTER = frozenset({"said", "says", "told", "reported", "announced", "stated"})


def passive_then_active_en(sr: Any) -> None:
    """"X was received by Y and later held talks with Z": X (not Y) met Z."""
    for t, by in _passive_agents(sr):
        a = sr.after(by + 1, types=("Person",), maxgap=4)
        if a is None:
            continue
        agents = sr.people_chain(a)
        x = agents[-1].hi
        nxt = sr.mention_at.get(x)
        while nxt is not None and nxt.etype == "Person" and nxt.lo == x:
            agents.append(nxt)  # "Mohammed Shia | Al Sudani": one name read as two
            x = nxt.hi
            nxt = sr.mention_at.get(x)
        if sr.key(x) != "and":
            continue
        v = x + 1
        while v < sr.hi and sr.key(v) in ("later", "then", "also", "subsequently", "afterwards"):
            v += 1
        if sr.key(v) not in ("held", "met", "sat", "hosted", "received") or \
                (sr.key(v) == "sat" and sr.key(v + 1) != "down"):
            continue
        subj = sr.subject_before(t - 1, maxgap=12)
        if subj is None or subj.etype != "Person" or sr.blocked(t, subj) or sr.blocked(v):
            continue
        objs = [o for o in _objects_after(sr, v) if o.eid != subj.eid]
        ae = {m.eid for m in agents}
        oe = {o.eid for o in objs}
        sr.out[:] = [r for r in sr.out if not (
            r.sent == sr.si and r.type == "MET_WITH" and (
                (r.source in ae and r.target in oe) or (r.target in ae and r.source in oe)))]
        for o in objs:
            _pair(sr, subj.eid, o.eid, "passive_then_active_en")


def _closes_opening_meeting(sr: Any, c: int) -> bool:
    """Is the comma at *c* the first of the sentence, closing an opening phrase with a
    meeting word ("During his meeting with Y,", "In a meeting with Y on Monday,"), or a
    passive participle and its agent ("Received by Y,", session 54)?"""
    lead = sr.key(sr.lo)
    if lead in ("received", "welcomed", "hosted", "greeted") and sr.key(sr.lo + 1) == "by":
        return not any(sr.toks[y].text == "," for y in range(sr.lo, c))
    if lead not in _EN_OPENERS and lead not in ("in", "at"):
        return False
    if any(sr.toks[y].text == "," for y in range(sr.lo, c)):
        return False
    return any(sr.f(y) & L.EN_MEET for y in range(sr.lo, c))


def speaker_partner_en(sr: Any) -> None:
    """", Iraq's Foreign Ministry said." / ", a PUK official told Rudaw": the speaker of the
    reporting clause is no meeting partner (unless also named elsewhere in the sentence)."""
    spk = set()
    for m in sr.args:
        if sr.key(m.hi) not in _EN_SPEECH_AFTER or m.hi + 5 < sr.hi - 1 or \
                any(sr.key(z) == "that" or sr.f(z) & L.EN_MEET for z in range(m.hi, sr.hi)):
            continue  # only a reporting clause closing the sentence
        b = title_start(m) - 1
        if sr.key(b) == "," and _closes_opening_meeting(sr, b):
            continue  # "During his meeting with Y, X said Iraq needs water": X is the subject
        if sr.key(b) == "," or (b >= sr.lo and sr.toks[b].poss and sr.key(b - 1) == ","):
            spk.add(m.eid)
    if not spk:
        return
    spk -= {m.eid for m in sr.args if sr.key(m.hi) not in _EN_SPEECH_AFTER}
    if spk:
        sr.out[:] = [r for r in sr.out if not (
            r.sent == sr.si and r.type == "MET_WITH" and (r.source in spk or r.target in spk))]


_EN_HELD_VERBS = frozenset({"held", "holds", "hold", "holding", "had", "has", "have"})
_EN_NOUN_MODIFIERS = frozenset({"a", "an", "the", "separate", "brief", "lengthy", "long",
                                "private", "closed-door", "further", "fresh", "new", "more"})


def _talks_with_objects(sr: Any) -> Iterator[tuple[int, int]]:
    """Each meeting noun right before "with" and the first token of its object: "held (separate)
    talks with Y", "had a meeting with Y" -> (the verb "held" / "had", else the noun; Y)."""
    for w in sr.triggers(EMPTY, EN_WITH):
        n = w - 1
        if n < sr.lo or sr.key(n) not in _EN_WITH_NOUNS or sr.key(n) in ("met", "down"):
            continue
        v = n - 1
        while v > sr.lo and v > n - 4 and sr.key(v) in _EN_NOUN_MODIFIERS:
            v -= 1
        yield (v if v >= sr.lo and sr.key(v) in _EN_HELD_VERBS else n), w + 1


def org_title_object_en(sr: Any) -> None:
    """"met Asaib Ahl al-Haq leader Qais al-Khazali", "met Patriotic Union of Kurdistan (PUK)
    President Bafel Talabani": the titled person, not the body, was met; so too after a
    meeting noun, "held talks with Patriotic Union of Kurdistan (PUK) co-leader Bafel Talabani"
    (session 64)."""
    for t, x in chain(_active_objects(sr), _talks_with_objects(sr)):
        org = None
        for m in sr.ments:  # (a loop: no generator per object)
            if m.lo == x and m.etype == "Organization":
                org = m
                break
        if org is None:
            continue
        y = org.hi
        if sr.key(y) == "(":
            y = next((z + 1 for z in range(y, min(sr.hi, y + 5)) if sr.key(z) == ")"), y)
        p = next((m for m in sr.args if m.etype == "Person" and m.lo > y and
                  title_start(m) <= y + 1 and m.lo - y <= 4), None)
        if p is None or not all(sr.key(z) in L.EN_TITLE_FIRST or sr.toks[z].cap or
                                sr.key(z) in L.EN_QUALIFIERS or sr.toks[z].text == "-"
                                for z in range(y, p.lo)):  # ("co-leader": session 64)
            continue
        subj = sr.subject_before(t)
        if subj is None or subj.etype != "Person" or sr.blocked(t, subj):
            continue
        sr.out[:] = [r for r in sr.out if not (
            r.sent == sr.si and r.type == "MET_WITH" and {r.source, r.target} ==
            {subj.eid, org.eid})]
        for c in sr.people_chain(p):
            _pair(sr, subj.eid, c.eid, "org_title_object_en")


_EN_ADVERBIAL = frozenset({"in", "on", "at", "later", "then", "also", "last", "this", "the",
                           "week", "month", "year", "early", "late",
                           "afterwards"}) | L.EN_MONTHS | L.EN_WEEKDAYS


def coordinated_subject(sr: Any, t: int) -> Any:
    """", and (in January) hosted ...": the verb at *t* shares the subject of the sentence's
    first clause (not the object or apposition named last); None when it is no such verb."""
    x = t - 1
    while x > sr.lo and (sr.key(x) in _EN_ADVERBIAL or sr.key(x).isdigit()):
        x -= 1
    if sr.key(x) != "and" or sr.key(x - 1) != ",":
        return None
    sid = sr._subject_antecedent(x)
    return next((m for m in sr.args if m.eid == sid and m.hi <= x), None) if sid else None


_EN_ACCOMPANIED = frozenset({"accompanied", "flanked", "escorted", "joined"})


def accompanied_subject_en(sr: Any) -> None:
    """"X, accompanied by Y, was received by Z" / "X, flanked by Y, met Z": X met Z; Y only
    came along (no meeting of Y's)."""
    for a in sr.triggers(EMPTY, _EN_ACCOMPANIED):
        if sr.key(a - 1) != "," or sr.key(a + 1) != "by":
            continue
        x = sr.mention_at.get(a - 2)
        if x is None or x.etype != "Person" or prep_object_en(sr, x):
            continue  # (not "X held talks with Y, accompanied by Z, and ...": Y is no
            # subject; session 58)
        close = next((y for y in range(a + 2, min(sr.hi, a + 14)) if sr.key(y) == ","), None)
        if close is None:
            continue
        comp = {m.eid for m in sr.args if a < m.lo < close and m.etype == "Person"} - {x.eid}
        if not comp:
            continue
        fixed = []
        for r in sr.out:
            if r.sent == sr.si and r.type == "MET_WITH" and (r.source in comp or
                                                              r.target in comp):
                other = r.target if r.source in comp else r.source
                if other not in comp and other != x.eid:
                    fixed.append(other)
        sr.out[:] = [r for r in sr.out if not (
            r.sent == sr.si and r.type == "MET_WITH" and (r.source in comp or r.target in comp))]
        for o in fixed:
            _pair(sr, x.eid, o, "accompanied_subject_en")


_EN_WHOM = frozenset({"whom"})
_EN_WHOM_MEET = frozenset({"met", "talks", "meeting", "meetings", "conferred", "sat"})
_EN_WHOM_SUBJ = frozenset({"he", "she"})


def with_whom_en(sr: Any) -> None:
    """"X thanked Y, with whom he had held talks in Baghdad" / "Y, with whom X met last week,
    said": the one who met Y is the person named after "whom", else "he/she" = the main
    clause's subject (the first person of the sentence not governed by a preposition)."""
    for w in sr.triggers(EMPTY, _EN_WHOM):
        if sr.key(w - 1) != "with" or sr.key(w - 2) != ",":
            continue
        head = sr.before(w - 2, types=("Person",), maxgap=0) or sr.apposed_head(w - 1)
        if head is None or head.poss:
            continue
        verb = next((y for y in range(w + 1, min(sr.hi, w + 7)) if sr.key(y) in _EN_WHOM_MEET
                     and not (sr.key(y) == "sat" and sr.key(y + 1) != "down")), None)
        if verb is None or any(sr.key(y) in (",", ".", ";") for y in range(w + 1, verb)):
            continue
        if sr.key(verb) in ("talks", "meeting", "meetings") and sr.key(verb - 1) not in (
                "held", "had", "hold", "holding", "a", "an", "several"):
            continue
        named = [m for m in sr.args if w < m.lo < verb and m.etype == "Person"]
        if named:
            subj = named[0]
        elif any(sr.key(y) in _EN_WHOM_SUBJ for y in range(w + 1, verb)):
            subj = next((m for m in sr.args if m.etype == "Person" and m.hi <= head.lo and
                         not sr._object_marked(m) and not m.poss), None)
        else:
            continue
        if subj is None or subj.eid == head.eid or sr.blocked(verb, subj):
            continue
        add_past_call(sr, w, subj.eid, head.eid, "with_whom_en")  # (meeting_noun_sides)
