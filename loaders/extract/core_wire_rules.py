"""Core-relation rules for constructions of wire-style news prose (agents named by a
strike's nationality, replacements "in his place", members of a group met, the article's
visitor). First written against dev sets 22-25.

Plain functions over a :class:`loaders.extract.relations.SentenceRules` instance (``sr``), as
in :mod:`loaders.extract.core_recall` (no import of ``relations``). Each is a construction of
news prose, not a fit to one sentence:

- the subject of an active killing verb is a strike whose agent is an adjective ("after
  Israeli strikes killed Y", "an Israeli airstrike in X's suburbs killed Y");
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.meeting_phrases import guest_as_object_en
from loaders.extract.meeting_told import teller_subject_en
from loaders.extract.rule_common import killed_right_after, title_start
from loaders.extract.succession_nominated import nominated_to_succeed
from loaders.extract.succession_pronoun import earlier_holder, post_went_to_holder

# ---- ASSASSINATED_BY ------------------------------------------------------------------------
_EN_STRIKE_HEADS = frozenset({"strike", "strikes", "airstrike", "airstrikes", "raid", "raids",
                              "bombing", "bombardment", "attack", "attacks", "drone", "drones",
                              "missile", "missiles", "warplanes", "jets", "fire"})
_EN_NP_WORDS = frozenset({"a", "an", "the", "air", "drone", "missile", "precision", "deadly",
                          "targeted", "overnight", "massive", "new", "further", "separate"})


def strike_subject_en(sr: Any, t: int, agent_m: Any) -> str | None:
    """Agent of an active killing verb at *t* whose subject is a strike named by its
    nationality: "after Israeli strikes killed Y", "a U.S. drone strike killed Y", "an
    Israeli airstrike in Beirut's southern suburbs killed Y". The strike noun is right
    before the verb, or followed by an in/on/near place phrase up to the verb. None when the
    strike has no national adjective (then no agent is stated by it), or when a named
    agent stands between the strike and the verb."""
    x = t - 1
    # skip a short place phrase: "in Beirut's southern suburbs", "near Baghdad airport"
    y = x
    while y > max(sr.lo, t - 9) and sr.key(y) not in _EN_STRIKE_HEADS:
        if sr.toks[y].punct and sr.toks[y].text not in ("'", "’"):
            return None
        y -= 1
    if sr.key(y) not in _EN_STRIKE_HEADS:
        return None
    if y < x and sr.key(y + 1) not in ("in", "on", "near", "at", "outside", "inside", "across"):
        return None
    if agent_m is not None and y < agent_m.lo < t and agent_m.etype != "Location" and \
            agent_m.etype != "Country":
        return None
    lo = y
    while lo - 1 >= sr.lo and (sr.key(lo - 1) in _EN_STRIKE_HEADS or
                               sr.key(lo - 1) in _EN_NP_WORDS or
                               sr.key(lo - 1) in L.NATIONALITY or
                               sr.mention_at.get(lo - 1) is not None and
                               sr.mention_at[lo - 1].etype == "Country" or
                               sr.key(lo - 1) in (".", "s")) and lo > y - 6:
        lo -= 1
    if lo == y:
        return None
    return sr.nat_agent(lo, y)


# ---- SUCCESSOR_OF -------------------------------------------------------------------------
_EN_APPOINTERS = frozenset({"appointed", "named", "chose", "chosen", "tapped", "selected",
                            "installed", "elected", "nominated", "designated", "promoted",
                            "picked", "reappointed"})
_EN_KILLED = frozenset({"killed", "assassinated", "slew", "murdered", "eliminated"})
_EN_REMOVED = frozenset({"fired", "dismissed", "sacked", "ousted", "removed", "replaced",
                         "deposed", "axed"})
# left a post of his own accord (the subject left): "Y retired / resigned / stepped down"
_EN_LEFT_POST = frozenset({"retired", "resigned", "quit", "stepped", "died"})
_EN_LEADER_CUES = frozenset({"new", "leader", "commander", "chief", "head", "secretary-general",
                             "successor", "predecessor", "longtime", "long-time", "late",
                             "top", "founder", "general"})
_EN_HEAD_TITLES = frozenset({"leader", "commander", "chief", "head", "secretary-general",
                             "successor", "president"})
_EN_PASS = frozenset({"was", "were", "been", "is", "are", "be", "got"})
_EN_NP_SKIP = frozenset({"the", "a", "an", "its", "his", "her", "their", "longtime", "long-time",
                         "veteran", "late", "former", "then", "leader", "chief", "commander",
                         "head", "secretary-general", "predecessor", "founder"})


def _removed_person(sr: Any, before: int) -> Any:
    """The person the sentence says was killed or removed before token *before*: the
    object of an active verb ("fired Mark Esper", "killed Y") or the subject of a passive
    one ("Y was also killed in the attack"). Latest such verb wins."""
    for x in range(before - 1, sr.lo - 1, -1):
        k = sr.key(x)
        if k in _EN_LEFT_POST and (k != "stepped" or sr.key(x + 1) == "down"):
            m = sr.before(x, types=("Person",), maxgap=6)  # "Y retired / stepped down"
            if m is not None and sr.toks[x - 1].text == ",":
                # "Y, a commander who had replaced Z as number two, died": Y, not Z
                head = sr.subject_before(x, maxgap=24)
                m = head if head is not None and head.etype == "Person" else m
            if m is not None:
                return m
            continue
        if k not in _EN_KILLED and k not in _EN_REMOVED:
            continue
        if sr.key(x - 1) in _EN_PASS or (sr.key(x - 2) in _EN_PASS and
                                           sr.key(x - 1) in ("also", "later", "reportedly")):
            m = sr.before(x, types=("Person",), maxgap=8)
        else:
            m = sr.after(x + 1, types=("Person",), maxgap=4)
        if m is not None and m.hi <= before:
            return m
    return None


def _appointee(sr: Any, verb: int) -> Any:
    """Who the appointment verb at *verb* installs: its object (active) or its subject."""
    if sr.key(verb - 1) in _EN_PASS:
        return sr.subject_before(verb - 1, maxgap=20)
    m = sr.after(verb + 1, types=("Person",), maxgap=4)
    if m is not None and m.poss:  # "named Soleimani's deputy, Esmail Qaani, to ..."
        m = sr.after(m.hi, types=("Person",), maxgap=3)
    return m


def _pronoun_predecessor(sr: Any, verb: int, new: Any, t: int) -> str | None:
    """Whom "him" in "K appointed X to replace him" / "in his place" stands for: the person
    the sentence says was killed or removed before the appointment ("fired Mark Esper and
    installed Miller in his place"), else the possessor in the object ("named X, Y's deputy,
    to succeed him", "named Y's deputy, X, to replace him"), else the victim of a killing
    the last sentences reported with its agent, else the first person named before the verb
    who is neither X nor the one appointing ("Y died on Friday, and K named X to replace
    him"); first of all the one an earlier clause says took over ("She replaced Y in 2022,
    and X was appointed to replace her": she)."""
    held = earlier_holder(sr, verb, new)
    if held is None and sr.key(verb - 1) in _EN_PASS:  # "his old post went to X, who was ..."
        held = post_went_to_holder(sr, verb, new)
    if held is not None:
        return held
    old = _removed_person(sr, verb)
    if old is not None:
        return old.eid
    namer = sr.before(verb, types=("Person",), maxgap=12) if sr.key(verb - 1) not in _EN_PASS \
        else None
    if namer is not None and killed_right_after(sr.toks, namer):
        namer = None  # "its leader, Y, has been killed, and named X to replace him": Y
    skip = {new.eid} | ({namer.eid} if namer is not None else set())
    old = next((m for m in sr.args if verb < m.lo < t and m.poss and
                m.etype == "Person" and m.eid not in skip), None)
    if old is None and sr.key(verb - 1) in _EN_PASS:
        # passive: "Y's deputy, X, was named to replace him": the possessor of the subject
        old = next((m for m in sr.args if m.hi <= verb and m.poss and m.etype == "Person" and
                    m.eid not in skip and m.hi <= new.lo), None)
    if old is not None:
        return old.eid
    victims = [e for s_, e in sr.doc.state.get("victims", ())
               if sr.si - 2 <= s_ < sr.si and e not in skip]
    if victims:
        return victims[-1]
    if sr.key(verb - 1) in _EN_PASS and sr.key(sr.lo) in ("his", "her") and \
            new.lo - sr.lo <= 6:
        # "His first deputy, X, was appointed to take over his duties": whose deputy, the
        # previous sentence's subject
        p = sr._prev_subject(exclude=new.eid)
        if p is not None:
            return p.eid
    old = next((m for m in sr.args if m.hi <= verb and m.etype == "Person" and
                not m.poss and m.eid not in skip), None)
    if old is None:
        return _he_was_removed(sr, verb, skip) or _left_last_sentence(sr, skip)
        # "Y retired in March. X took his place."
    return old.eid


def _he_was_removed(sr: Any, verb: int, skip: set[str]) -> str | None:
    """"Y did not last long. He was removed in July, when X was appointed in his place":
    a sentence opened by he / she who left or was removed before the appointment verb at
    *verb*: the previous sentence's subject (None without such a verb or subject)."""
    if sr.key(sr.lo) not in ("he", "she") or not any(
            sr.key(x) in _EN_REMOVED or sr.key(x) in _EN_LEFT_POST or sr.key(x) in _EN_KILLED
            for x in range(sr.lo + 1, verb)):
        return None
    p = sr._prev_subject(exclude=next(iter(skip)) if len(skip) == 1 else "")
    return p.eid if p is not None and p.eid not in skip else None


def _left_last_sentence(sr: Any, skip: set[str]) -> str | None:
    """The person the previous sentence says left, was removed or was killed: a person
    followed within a few words by such a verb ("Y retired in March", "Y was fired")."""
    toks = sr.doc.toks
    for m in sorted((m for m in sr.doc.by_sent.get(sr.si - 1, ()) if m.etype == "Person" and
                     m.eid not in skip and not m.poss), key=lambda m: m.lo):
        for y in range(m.hi, min(len(toks), m.hi + 4)):
            k = toks[y].key
            if k in _EN_LEFT_POST or k in _EN_REMOVED or k in _EN_KILLED:
                return m.eid
            if toks[y].punct:
                break
    return None


def replaced_him_en(sr: Any, t: int) -> tuple[str, str] | None:
    """(new, old) of "K appointed/named X (, Y's deputy,) to replace/succeed him" and "K
    installed X in his place" (also passive: "X was named to succeed him"); *t* is the
    pronoun 'him'/'her' or the 'place' of "in his/her place". None when unclear."""
    k = sr.key(t)
    first = t - 3  # the last word before "to replace him" / "in his place"
    if k in ("him", "her"):
        if sr.key(t - 1) not in ("replace", "succeed") or sr.key(t - 2) != "to" or \
                nominated_to_succeed(sr, t - 1):
            return None  # "X has been nominated to succeed him": not (yet) a succession
        span = 16
    elif k == "take" and sr.key(t - 1) == "to" and sr.key(t + 1) == "over" and \
            sr.key(t + 2) in ("his", "her") and sr.key(t + 3) in _EN_DUTIES:
        # "X was appointed to take over his duties": as "to replace him"
        span, first, t = 16, t - 2, t + 2
    elif k in ("place", "stead") and sr.key(t - 1) in ("his", "her") and (
            sr.key(t - 2) in _EN_TOOK_HIS or sr.key(t - 2) == "in" and sr.key(t - 3) == "over" and
            sr.key(t - 4) in _EN_TOOK_HIS):
        # "Y retired in March and X took his place / took over in his place" (session 20: the
        # second): the subject took it
        v = t - 2 if sr.key(t - 2) in _EN_TOOK_HIS else t - 4
        new = sr.subject_before(v, maxgap=20)
        if new is None or new.etype != "Person" or sr.blocked(v, new):
            return None
        old = _pronoun_predecessor(sr, v, new, t)
        return (new.eid, old) if old and old != new.eid else None
    elif k in ("place", "stead") and sr.key(t - 1) in ("his", "her") and sr.key(t - 2) == "in":
        span = 8
    else:
        return None
    # (a name counts as one word: "named a militant, Abu al-Hussein al-Husseini al-Qurashi,
    # to replace him")
    span += sum(m.hi - m.lo - 1 for m in sr.args if m.etype == "Person" and
                t - span - 12 <= m.lo and m.hi <= t)
    verb = next((x for x in range(first, max(sr.lo, t - span) - 1, -1)
                 if sr.key(x) in _EN_APPOINTERS), None)
    if verb is None:
        return None
    new = _appointee(sr, verb)
    if new is None or new.etype != "Person":
        return None
    old = _pronoun_predecessor(sr, verb, new, t)
    if old is None or old == new.eid or sr.blocked(verb, new):
        return None
    return (new.eid, old)


def successor_en(sr: Any) -> list[tuple[str, str, int, str]]:
    """English successions the main rules miss; returns (new, old, trigger, rule):

    - "K appointed X ... to replace him/her" and "K installed X in his place"
      (:func:`replaced_him_en`);
    - "K named X as its new leader, a month after a strike killed (longtime leader) Y";
    - "(since) taking/takes over from Y": the sentence's subject took over from Y;
    - "X took the place of Y" (:func:`took_place_of`).
    """
    out: list[tuple[str, str, int, str]] = []
    hi = sr.hi
    for t in sr.triggers(_EMPTY, _EN_SUCC_TRIG):
        k = sr.key(t)
        if k in ("him", "her", "place", "stead") or k == "take" and sr.key(t + 1) == "over":
            pair = replaced_him_en(sr, t)
            if pair is not None:
                out.append((*pair, t, "replace_him_en" if k not in ("place", "stead")
                            else "in_his_place_en"))
        elif k in _EN_APPOINTERS and sr.key(t - 1) not in _EN_PASS and sr.key(t - 1) != "who":
            new = sr.after(t + 1, types=("Person",), maxgap=4)
            if new is None:
                continue
            aft = next((x for x in range(new.hi, min(hi, new.hi + 14))
                        if sr.key(x) in ("after", "following")), None)
            if aft is None or any(sr.toks[y].text in (";", ".") for y in range(new.hi, aft)):
                continue
            cue_new = any(sr.key(y) in _EN_LEADER_CUES for y in range(new.hi, aft))
            keys = {sr.key(y) for y in range(new.hi, aft)}
            head_new = bool(keys & _EN_HEAD_TITLES) or (  # "its new secretary-general"
                "new" in keys and bool(keys & (_EN_LEADER_CUES | {"secretary"} - {"new"})))
            kx = next((x for x in range(aft + 1, min(hi, aft + 14))
                       if sr.key(x) in _EN_KILLED and sr.key(x - 1) not in _EN_PASS), None)
            if kx is None:
                continue
            y = kx + 1
            while y < hi and sr.key(y) in _EN_NP_SKIP:
                y += 1
            old = sr.after(y, types=("Person",), maxgap=0)
            if old is None or old.eid == new.eid:
                continue
            cue_old = any(sr.key(z) in _EN_LEADER_CUES for z in range(kx + 1, old.lo)) or \
                bool(old.role)
            if head_new or (cue_new and cue_old):
                out.append((new.eid, old.eid, t, "named_after_killing_en"))
        elif k in _EN_TOOK and sr.key(t + 1) == "the":
            pair = took_place_of(sr, t)
            if pair is not None:
                out.append((*pair, t, "took_place_of"))
        elif k in ("taking", "takes", "take") and sr.key(t + 1) == "over" and \
                sr.key(t + 2) == "from":
            old = sr.after(t + 3, types=("Person",), maxgap=2)
            if old is None:
                continue
            subj = next((m for m in sr.args if m.etype == "Person" and m.hi <= t and
                         not sr._object_marked(m) and not m.poss), None)
            if subj is not None and subj.eid != old.eid:
                out.append((subj.eid, old.eid, t, "taking_over_from_en"))
    return out


_AR_TAKE_PLACE = L._ar("حل", "يحل", "تحل", "حلت", "ليحل", "لتحل", "سيحل", "وحل")
_AR_PLACE = L._ar("محل", "مكان")
_AR_HIS_PLACE = L._ar("محله", "مكانه", "محلها", "مكانها")
_AR_IN_IT = L._ar("فيها", "فيه", "بها", "به")  # a relative clause's resumptive pronoun
_AR_PLACE_ANY = _AR_PLACE | _AR_HIS_PLACE
_EN_TOOK = frozenset({"took", "takes", "taking", "take"})
# what one takes over from a predecessor: "appointed to take over his duties"
_EN_DUTIES = frozenset({"duties", "post", "position", "role", "job", "responsibilities",
                        "functions", "powers", "portfolio"})
_AR_ADV = L._ar("رسميا", "رسمياً", "فعليا", "فعلياً", "بذلك", "اذن")


_AR_KHALAFAN = L._ar("خلفا", "خلفاً", "بدلا", "بدلاً", "عوضا", "عوضاً")
_AR_GONE = L._ar("مقتل", "اغتيال", "استشهاد", "وفاة", "رحيل", "استقالة", "اقالة", "إقالة",
                 "اعفاء", "إعفاء", "عزل", "مصرع", "تصفية", "بمقتل", "باغتيال", "باقالة")


def _gone_person(sr: Any, before: int) -> Any:
    """Arabic: the person named after a death or removal noun ("بعد مقتل X", "إقالة X")
    earlier in the sentence (latest first)."""
    for x in range(before - 1, sr.lo - 1, -1):
        if sr.toks[x].ar and sr.f(x) & _AR_GONE:
            m = sr.after(x + 1, types=("Person",), maxgap=2)
            if m is not None and m.hi <= before:
                return m
    return None


def successor_ar(sr: Any) -> list[tuple[str, str, int, str]]:
    """Arabic "حلّ (رسمياً) محلّ (سلفه) Y" (:func:`took_place_of`): the subject replaced Y;
    "بعد مقتل Y، عيّن K X خلفاً له": X succeeded Y (the pronoun: who died or was removed)."""
    out: list[tuple[str, str, int, str]] = []
    for t in sr.triggers(_AR_SUCC_TRIG, _EMPTY):
        if sr.f(t) & _AR_KHALAFAN and sr.key(t + 1) in ("له", "لها", "منه", "منها"):
            old = _gone_person(sr, t)
            new = sr.before(t, types=("Person",), maxgap=4)
            if old is not None and new is not None and new.eid != old.eid and new.lo > old.lo:
                out.append((new.eid, old.eid, t, "khalafan_lahu_ar"))
            continue
        pair = took_place_of(sr, t)
        if pair is not None:
            out.append((*pair, t, "took_place_of"))
    return out


def took_place_of(sr: Any, t: int) -> tuple[str, str] | None:
    """(new, old) of a "take the place of" construction; *t* is its verb:

    - Arabic "حلّ (رسمياً) محلّ (سلفه) Y": the subject before the verb (also the head of "X،
      الذي حلّ محلّ Y" or "X، أوراق اعتماده ليحلّ محلّ Y"), or VSO "حلّ X محلّ Y";
      "حلّ X محلّه / مكانه": the pronoun is who the sentence says died or was removed
      ("بعد اغتيال Y، حلّ X محلّه");
    - English "X took/takes the place of Y" (not "of Y's deputy": someone else)."""
    if sr.toks[t].ar:
        if not sr.f(t) & _AR_TAKE_PLACE or nominated_to_succeed(sr, t):
            return None
        x = t + 1
        if sr.key(x) in _AR_IN_IT:
            x += 1  # "الحكومة التي حلّ فيها X محلّ Y": the relative clause's own subject X
        new = sr.after(x, types=("Person",), maxgap=0)
        if new is not None and sr.f(new.hi) & _AR_PLACE_ANY:
            x = new.hi  # VSO: "حلّ X محلّ Y"
        else:
            new = sr.before(t, types=("Person",), maxgap=14)
        while x < sr.hi and sr.f(x) & _AR_ADV:
            x += 1
        if sr.key(x) in _AR_HIS_PLACE:
            old = _gone_person(sr, t)
        elif sr.f(x) & _AR_PLACE:
            x += 1
            if sr.key(x) in ("سلفه", "سلفها"):
                x += 1
            old = sr.after(x, types=("Person",), maxgap=1)
        else:
            return None
    else:
        if sr.key(t) not in _EN_TOOK or sr.key(t + 1) != "the" or \
                sr.key(t + 2) != "place" or sr.key(t + 3) != "of":
            return None
        new = sr.subject_before(t, maxgap=20)
        old = sr.after(t + 4, types=("Person",), maxgap=3)
    if new is None or old is None or new.etype != "Person" or new.eid == old.eid or \
            old.poss or sr.blocked(t, new):
        return None
    return (new.eid, old.eid)


def wire_successor(sr: Any) -> None:
    """Add the successions of :func:`successor_en` / :func:`successor_ar` (not negated)."""
    ar = sr.toks[sr.lo].ar
    for new, old, t, rule in (successor_ar(sr) if ar else successor_en(sr)):
        if not sr.blocked(t):
            sr.add("SUCCESSOR_OF", new, old, rule)


# ---- MET_WITH: a group met, its named members listed after "among them" -----------------
_AR_GROUP_HEADS = L._ar("قادة", "قيادات", "زعماء", "ممثلي", "ممثلين", "امناء", "مسؤولي",
                        "مسؤولين", "رؤساء", "كبار", "وفد", "وفود")
_EN_GROUP_HEADS = frozenset({"leaders", "commanders", "heads", "chiefs", "representatives",
                             "officials", "figures", "delegation", "delegations", "members",
                             "envoys"})
_AR_AMONG = L._ar("بينهم", "بينها", "منهم", "ومنهم", "بينهما")
_EN_AMONG = frozenset({"including", "among"})
_GROUP_TYPES = ("Person", "Organization")


def _among_cue(sr: Any, x: int) -> int:
    """Length of an "among them" cue at *x* ("بينهم", "من بينهم", "ومن بينها", "منهم",
    "including", "among them"); 0 if none."""
    t = sr.toks[x]
    if t.ar:
        if t.key in ("من", "ومن") and sr.f(x + 1) & _AR_AMONG:
            return 2
        return 1 if sr.f(x) & _AR_AMONG or t.key in _AR_AMONG else 0
    if t.key == "including":
        return 1
    if t.key == "among" and sr.key(x + 1) in ("them", "whom", "those"):
        return 2
    return 0


def _member_list(sr: Any, first: Any) -> list:
    """The people/groups listed from *first* on: the list of :meth:`chain`, where a group
    in the possessive stands for the person after it ("Kataib Hezbollah's Abu Fadak and
    Asaib Ahl al-Haq's Qais al-Khazali" -> the two people)."""
    if not any(m.poss for m in sr.args):
        return sr.chain(first, _GROUP_TYPES)
    out = []
    cur = first
    while cur is not None:
        if cur.poss and cur.etype == "Organization":
            p = sr.after(cur.hi, types=("Person",), maxgap=0)
            if p is None:
                break
            cur = p
        out.append(cur)
        nxt = next((m for m in sr.args if m.lo >= cur.hi and m is not cur), None)
        if nxt is None or nxt.etype not in _GROUP_TYPES:
            break
        start = title_start(nxt)
        gap = [sr.key(x) for x in range(cur.hi, start)]
        if not gap or not all(g in (",", "،", "and", "و") for g in gap):
            break
        cur = nxt
    return out


def group_members_met(sr: Any, meet: frozenset, meet_en: frozenset) -> None:
    """"اجتمع X بقادة فصائل ..., بينهم A وB" / "اجتماع عقده X مع قادة الفصائل ..., ومن بينها
    O1 وO2" / "X met leaders of armed factions, among them A and B": X met each named member
    (people or, for "leaders of" named groups, the groups). The group itself is then no
    partner of its own (its members are)."""
    for c in sr.triggers(_AR_AMONG, _EN_AMONG):
        if sr.toks[c].ar and sr.key(c - 1) in ("من", "ومن"):
            c -= 1
        n = _among_cue(sr, c)
        if not n:
            continue
        # the group noun before the cue, governed by with/بـ/مع
        g = next((x for x in range(c - 1, max(sr.lo, c - 14) - 1, -1)
                  if (sr.toks[x].ar and (sr.f(x) & _AR_GROUP_HEADS) and (
                      sr.key(x - 1) in ("مع", "ومع") or sr.toks[x].key.startswith(("ب", "وب"))
                      or sr.key(x - 1) in ("مع", "بـ")))
                  or (not sr.toks[x].ar and sr.key(x) in _EN_GROUP_HEADS and
                      sr.key(x - 1) in ("with", "met", "the", "received", "hosted", "militia",
                                        "faction", "factions", "group", "party", "armed",
                                        "of", "and", "senior", "top"))), None)
        if g is None:
            continue
        t = next((x for x in range(g - 1, max(sr.lo, g - 14) - 1, -1)
                  if (sr.toks[x].ar and sr.f(x) & meet) or
                  (not sr.toks[x].ar and sr.key(x) in meet_en)), None)
        if t is None or sr.blocked(t):
            continue
        subj = sr.before(g, types=("Person",), maxgap=g - t - 1) if g - t > 1 else None
        if subj is not None and subj.lo < t:
            subj = None
        if subj is None:
            subj = teller_subject_en(sr, t, sr.subject_before(t)) if not sr.toks[t].ar else \
                sr.before(t, types=("Person",), maxgap=8)  # ("X told Y ..., and met": X)
        if subj is None or subj.etype != "Person":
            continue
        first = sr.after(c + n, types=_GROUP_TYPES, maxgap=4)
        if first is None:
            continue
        members = _member_list(sr, first)
        members = [m for m in members if m.eid != subj.eid]
        if not members:
            continue
        groups = {m.eid for m in sr.args if g - 3 <= m.lo < c and m.etype == "Organization"
                  and not m.poss and m.hi <= c}  # "militia leaders", "قادة فصائل مسلحة"
        sr.out[:] = [r for r in sr.out if not (
            r.type == "MET_WITH" and {r.source, r.target} & groups and
            subj.eid in (r.source, r.target))]
        for m in members:
            sr.add("MET_WITH", subj.eid, m.eid, "met_group_members")


# ---- MET_WITH: "the guest" as subject ---------------------------------------------------------
_AR_GUEST = L._ar("الضيف", "ضيف", "ضيفه", "ضيفها", "الزائر")
_EN_GUEST = frozenset({"guest", "visitor"})
_AR_MEET_VERBS = L._ar("التقى", "التقي", "اجتمع", "يلتقي", "يجتمع", "وبحث", "بحث", "ناقش",
                       "عقد", "اجرى", "أجرى")


def _latest_visitor(sr: Any, back: int = 8) -> str | None:
    visitors = sr.doc.state.get("visitors", ())
    cands = [(s_, eid) for s_, eid in visitors if sr.si - back <= s_ <= sr.si]
    if not cands:
        return None
    last = max(s_ for s_, _ in cands)
    ids = [eid for s_, eid in cands if s_ == last]
    return ids[0] if len(set(ids)) == 1 else None


def guest_subject_met(sr: Any) -> None:
    """"التقى الضيف الإيراني بـY" / "The visitor then met Y" / "The Iranian guest met Y":
    the guest is the person the article said visited (one visitor in the latest visit
    sentence of the last few); met Y and each listed after Y."""
    for g in sr.triggers(_AR_GUEST, _EN_GUEST):
        t = sr.toks[g]
        if t.ar:
            if not sr.f(g) & _AR_GUEST or sr.mention_at.get(g) is not None:
                continue
            v = next((x for x in range(g - 1, max(sr.lo, g - 3) - 1, -1)
                      if sr.f(x) & _AR_MEET_VERBS), None)
            e = g + 1
            while e < sr.hi and sr.key(e) in L.NATIONALITY:
                e += 1
            if v is None and sr.f(e) & _AR_MEET_VERBS:
                v = e  # SVO: "(إن) الضيف العراقي التقى (أيضاً) Y"
                e += 1
                while e < sr.hi and sr.key(e) in ("ايضا", "كذلك", "ايضاً"):
                    e += 1
            if v is None:
                continue
        else:
            if t.key in _EN_GUEST and guest_as_object_en(sr, g, _latest_visitor(sr)):
                continue  # meeting_phrases.py: "Y received the Iranian visitor"
            if t.key not in _EN_GUEST or sr.key(g - 1) not in ("the", "his", "her") and \
                    sr.key(g - 1) not in L.NATIONALITY:
                continue
            e = g + 1
            while e < sr.hi and sr.key(e) in ("also", "then", "later", "had", "has", "first"):
                e += 1
            if sr.key(e) not in ("met", "received", "held"):
                continue
            v = e
            e += 1
        guest = _latest_visitor(sr)
        if guest is None:
            continue
        obj = sr.after(e, types=("Person", "Organization"), maxgap=8)
        if obj is not None and any(sr.toks[x].punct for x in range(e, obj.lo)):
            obj = None  # a title may stand between: "أمين المجلس الأعلى للأمن القومي X"
        if obj is None or obj.eid == guest or sr.blocked(v):
            continue
        for m in sr.chain(obj, ("Person",)) if obj.etype == "Person" else [obj]:
            if m.eid != guest:
                sr.add("MET_WITH", guest, m.eid, "guest_met")


_AR_PLACE_NOUNS = L._ar("مقر", "مبنى", "قصر", "مكتب", "منزل", "دار", "مقار", "مقرات", "ديوان",
                        "سفارة", "قنصلية", "مطار", "المقر", "القصر", "المكتب", "مجمع")


def in_place_phrase(sr: Any, m: Any) -> bool:
    """Arabic: is *m* the complement of a place after في ("في مقر هيئة الحشد", "في قصر
    السلام")? Then it says where, and is no subject or partner."""
    x = title_start(m) - 1
    if x < sr.lo or not sr.toks[x].ar:
        return False
    if sr.f(x) & _AR_PLACE_NOUNS:
        return sr.key(x - 1) in ("في", "فى", "داخل", "امام", "قرب")
    return any(fm in ("فيمقر", "بمقر", "بمبني", "بقصر", "بمكتب")
               for fm in (sr.toks[x].key,))


def meeting_object(sr: Any, m: Any, meet_ar: frozenset) -> bool:
    """Arabic: is *m* the first person named after a meeting verb before it ("التقى، عقب
    المراسم، وزير الخارجية X")? Then it is that verb's object, not a clause subject."""
    for v in range(max(sr.lo, m.lo - 10), m.lo):
        if sr.toks[v].ar and sr.f(v) & meet_ar:
            first = sr.after(v + 1, types=("Person",), maxgap=10)
            if first is m:
                return True
    return False


_AR_VISIT_NOUNS = L._ar("زيارة", "زياره", "جولة", "جوله", "الزيارة", "رحلة")


def visit_pron_subject(sr: Any, t: int) -> Any:
    """"(سبقتها) زيارة إلى أبوظبي التقى فيها/خلالها Y" with no visitor named in the
    sentence: the visitor of the last sentences (one person) is who met Y. Returns that
    person's latest mention, or None."""
    if sr.key(t + 1) not in ("فيها", "خلالها", "خلاله", "اثناءها"):
        return None
    if not any(sr.f(x) & _AR_VISIT_NOUNS for x in range(max(sr.lo, t - 6), t)):
        return None
    eid = _latest_visitor(sr, back=3)
    if eid is None:
        return None
    return next((m for m in reversed(sr.doc.ments) if m.eid == eid and m.sent < sr.si),
                None)


def indirect_talks(sr: Any, t: int) -> bool:
    """"indirect talks with Y" / "محادثات غير مباشرة مع Y": talks through a mediator are no
    meeting of the two sides (the mediator's own meetings are stated separately)."""
    tk = sr.toks[t]
    if tk.ar:
        return sr.key(t + 1) == "غير" and sr.key(t + 2).startswith("مباشر")
    kp = sr.toks[t - 1].key if sr.lo <= t - 1 < sr.hi else ""  # = sr.key(t - 1)
    return kp in ("indirect", "proximity") or (
        kp in ("of", "round") and sr.key(t - 2) == "indirect")


# ---- ASSASSINATED_BY: inverted passive "Also killed in the strike ... was Y" -------------------
_EN_DIRECTION = frozenset({"direction", "orders", "order", "behest", "instructions", "command"})
_EN_DEF_STRIKES = frozenset({"strike", "airstrike", "attack", "raid", "bombing", "operation"})


def inverted_killed_en(sr: Any) -> None:
    """"Also killed in the strike, which ... at the direction of X, was Y" / "Killed along
    with him in the U.S. strike were Y and Z": the victims come after the verb 'was/were'
    at the end. Agents: those the clause names ('by X', 'at the direction of X', 'a U.S.
    strike'), and for "the strike" the agents of the killing reported just before."""
    lo, hi = sr.lo, sr.hi
    x = lo
    while x < hi and sr.toks[x].punct:
        x += 1
    kx = sr.toks[x].key if x < hi else ""  # = sr.key(x) (x >= lo), without a call
    if kx == "also" and sr.key(x + 1) == "killed":
        t = x + 1
    elif kx == "killed" and sr.key(x + 1) in ("also", "too", "in", "alongside", "along",
                                                    "with"):
        t = x
    else:
        return
    w = next((y for y in range(t + 2, hi) if sr.key(y) in ("was", "were") and
              sr.toks[y - 1].text == ","), None)
    if w is None:
        return
    victim = sr.after(w + 1, types=("Person",), maxgap=3)
    if victim is None or sr.blocked(t):
        return
    agents: list[str] = []
    named: list[str] = []  # agents the clause itself names ('by X', 'at the direction of X')
    same_strike = False
    for y in range(t + 1, w):
        k = sr.key(y)
        if k == "by" or (k in _EN_DIRECTION and sr.key(y + 1) == "of"):
            m = sr.after(y + (1 if k == "by" else 2), maxgap=3)
            if m is not None and m.hi <= w and m.etype in ("Person", "Country", "Organization"):
                agents.append(m.eid)
                named.append(m.eid)
        elif k in _EN_DEF_STRIKES:
            nat = sr.nat_agent(max(t + 1, y - 3), y)
            if nat:
                agents.append(nat)
            elif sr.key(y - 1) in ("the", "same", "that") and y - t <= 4:
                same_strike = True
                prev = [(s_, a) for s_, a in sr.doc.kill_agents if sr.si - 3 <= s_ < sr.si]
                if prev:
                    last = max(s_ for s_, _a in prev)
                    agents.extend(a for s_, a in prev if s_ == last)
    for a in dict.fromkeys(agents):
        for v in sr.chain(victim, ("Person",)):
            if v.eid != a:
                sr.add("ASSASSINATED_BY", v.eid, a, "killed_inverted_en")
    if same_strike and named:
        # "the strike, which ... at the direction of X": the strike that killed the victims
        # reported just before, so X is their agent too
        vs = [(s_, e) for s_, e in sr.doc.state.get("victims", ()) if sr.si - 3 <= s_ < sr.si]
        last_s = max((s_ for s_, _e in vs), default=None)
        for e in dict.fromkeys(e for s_, e in vs if s_ == last_s):
            for a in dict.fromkeys(named):
                if e != a:
                    sr.add("ASSASSINATED_BY", e, a, "killed_inverted_en")


# ---- VISITED --------------------------------------------------------------------------------
_EN_LEFT = frozenset({"left", "leaves", "leaving", "headed", "heads", "heading", "departed",
                      "departs", "set"})
_PLACES = ("Location", "Country")


def visited_more(sr: Any) -> None:
    """VISITED forms the main rules miss: "X left/departed/headed for Y" ("set off for"),
    and Arabic "(سبقتها) زيارة إلى Y التقى فيها ..." whose visitor is the article's visitor
    of the last sentences (no visitor named in the sentence)."""
    if sr.toks[sr.lo].ar:
        for t in sr.triggers(_AR_VISIT_NOUNS, _EMPTY):
            if t >= sr.hi - 2 or sr.key(t + 1) not in ("الي", "إلى", "الى"):
                continue
            dest = sr.after(t + 2, types=_PLACES, maxgap=0)
            if dest is None or any(m.etype == "Person" and m.lo < t for m in sr.args):
                continue
            v = next((x for x in range(dest.hi, min(sr.hi, dest.hi + 3))
                      if visit_pron_subject(sr, x) is not None), None)
            if v is None:
                continue
            guest = visit_pron_subject(sr, v)
            if guest is not None and not sr.blocked(t):
                sr.add("VISITED", guest.eid, dest.eid, "visit_there_ar")
        return
    for t in sr.triggers(_EMPTY, _EN_LEFT):
        p = t + 1
        if sr.key(t) == "set":
            if sr.key(p) not in ("off", "out"):
                continue
            p += 1
        if sr.key(p) not in ("for", "to") or (sr.key(t) in ("left", "leaves", "leaving") and
                                               sr.key(p) != "for"):
            continue
        dest = sr.after(p + 1, types=_PLACES, maxgap=1)
        if dest is None:
            continue
        who = sr.subject_before(t, maxgap=20)
        if who is None or who.etype != "Person" or sr.blocked(t, who):
            continue
        sr.add("VISITED", who.eid, dest.eid, "left_for_en")


# ---- LEADS / MEMBER_OF: "Org named X as its new leader", "its longtime leader X" ----------
_EN_ITS = frozenset({"its", "their"})


def _its_title(sr: Any, x: int) -> tuple[str | None, int]:
    """Role kind ('lead' / 'member' / None) of the title phrase starting at *x* (after
    qualifiers: "new", "longtime", "acting"), and the token after it."""
    while sr.key(x) in L.EN_QUALIFIERS or sr.key(x) in ("new", "first"):
        x += 1
    words = []
    y = x
    while y < sr.hi and len(words) < 3:
        k = sr.key(y)
        if k == "-":
            y += 1
            continue
        if not k.isalpha():
            break
        words.append(k)
        y += 1
    for n in (3, 2, 1):
        if len(words) >= n:
            phrase = " ".join(words[:n])
            kind = L.EN_TITLES.get(phrase)
            if kind is not None:
                end = x
                seen = 0
                while seen < n:
                    if sr.key(end) != "-":
                        seen += 1
                    end += 1
                role = "lead" if kind in ("lead", "head_state") else (
                    "member" if kind == "member" else None)
                return role, end
    return None, x


def org_roles_en(sr: Any) -> None:
    """"Hezbollah named X as its new secretary-general" -> X LEADS Hezbollah; "... as its
    spokesman" -> MEMBER_OF; "Hezbollah said its longtime leader X ..." -> LEADS. The body
    is the clause's subject (an organisation right before the verb or 'its')."""
    for t in sr.triggers(_EMPTY, _EN_ROLE_TRIG):
        k = sr.key(t)
        if k in _EN_APPOINTERS and sr.key(t - 1) not in _EN_PASS:
            org = sr.before(t, types=("Organization",), maxgap=4)
            if org is None or any(m.etype == "Person" and org.hi <= m.lo < t for m in sr.args):
                continue
            new = sr.after(t + 1, types=("Person",), maxgap=1)
            if new is None:
                continue
            x = new.hi
            if sr.key(x) == "as":
                x += 1
            if sr.key(x) not in _EN_ITS:
                continue
            role, _end = _its_title(sr, x + 1)
            if role and not sr.blocked(t, org):
                sr.add("LEADS" if role == "lead" else "MEMBER_OF", new.eid, org.eid,
                       "org_named_its_en")
        elif k in _EN_ITS and sr.key(t - 1) not in ("of",):
            role, end = _its_title(sr, t + 1)
            if role is None:
                continue
            p = sr.after(end, types=("Person",), maxgap=0)
            if p is None:
                continue
            org = sr.before(t, types=("Organization",), maxgap=3)
            if org is None or any(m.etype == "Person" and org.hi <= m.lo < t for m in sr.args):
                continue
            sr.add("LEADS" if role == "lead" else "MEMBER_OF", p.eid, org.eid, "its_title_en")


_EN_DURING = frozenset({"during", "at", "in"})
_EN_MEETING_NOUNS = frozenset({"meeting", "talks", "summit", "encounter"})
_EN_JOINT_VERBS = frozenset({"discussed", "agreed", "signed", "stressed", "exchanged",
                             "reviewed", "emphasized", "emphasised", "explored", "addressed"})


def pair_during_meeting_en(sr: Any) -> None:
    """"X and Y discussed Z during a meeting in Baghdad": the coordinated subjects met each
    other (only with a joint verb right after them and 'during/at a meeting', no 'with')."""
    for t in sr.triggers(_EMPTY, _EN_MEETING_NOUNS):
        if t < sr.lo + 2 or sr.key(t + 1) in ("with", "between"):
            continue
        d = t - 1
        if sr.key(d) in ("a", "their", "the", "joint", "bilateral", "separate"):
            d -= 1
        if sr.key(d) not in _EN_DURING:
            continue
        v = next((x for x in range(sr.lo, d) if sr.key(x) in _EN_JOINT_VERBS), None)
        if v is None or sr.blocked(v):
            continue
        subs = [m for m in sr.args if m.hi <= v and m.etype == "Person"]
        if len(subs) < 2:
            continue
        last = max(subs, key=lambda m: m.hi)
        if any(not sr.toks[x].punct for x in range(last.hi, v)) and \
                sr.key(last.hi) not in ("also", "have", "had", "jointly"):
            continue
        for m in subs:
            ch = sr.chain(m, ("Person",))
            if len(ch) >= 2 and ch[-1] is last:
                for i in range(len(ch)):
                    for j in range(i + 1, len(ch)):
                        sr.add("MET_WITH", ch[i].eid, ch[j].eid, "pair_during_meeting_en")
                break


# trigger word sets (positions come from the sentence's trigger index, not a token scan)
_EMPTY: frozenset[str] = frozenset()
_EN_TOOK_HIS = frozenset({"took", "taken", "takes", "take", "taking"})
_EN_SUCC_TRIG = frozenset({"him", "her", "place", "stead", "taking", "takes", "take", "took"}) | \
    _EN_APPOINTERS
_AR_SUCC_TRIG = _AR_KHALAFAN | _AR_TAKE_PLACE
_EN_ROLE_TRIG = _EN_APPOINTERS | _EN_ITS
_AR_DEV = _AR_SUCC_TRIG | _AR_AMONG | _AR_GUEST | _AR_VISIT_NOUNS | L._ar(
    "أسفر", "أسفرت", "اسفر", "اسفرت", "أدى", "أدت", "ادى", "ادت", "أودى", "أودت", "قتل",
    "اغتيل", "استشهد")
_EN_DEV = _EN_SUCC_TRIG | _EN_AMONG | _EN_GUEST | _EN_MEETING_NOUNS | _EN_LEFT | \
    _EN_ROLE_TRIG | frozenset({"killed", "killing", "visiting"})


def wire_rules_triggered(sr: Any) -> bool:
    """Does the sentence hold a word any rule of this module starts from? (One lookup in
    the sentence's trigger index; most sentences have none.)"""
    return bool(sr.triggers(_AR_DEV, _EN_DEV))


# the cue sets of wire_rules_triggered, registered at import so that SentenceRules.run can look
# them up in the trigger index directly (without a call)
WIRE_CUES = (_AR_DEV, _EN_DEV)
register_triggers(*WIRE_CUES)


_AR_ACC_ROLES = L._ar("قائدا", "رئيسا", "امينا", "مسؤولا", "سفيرا", "وزيرا", "مديرا", "نائبا",
                      "متحدثا", "مستشارا", "خلفا")


def acc_role(sr: Any, x: int) -> bool:
    """Arabic: is token *x* a role in the accusative ("قائداً", "رئيساً لأركان ...")? After
    an appointment verb it marks the person before it as the appointee."""
    return x < sr.hi and sr.toks[x].ar and bool(sr.f(x) & _AR_ACC_ROLES)


# ---- more English constructions: ", killing X", "when Israeli jets struck", "named to succeed"
_EN_STRUCK = frozenset({"struck", "hit", "bombed", "pounded", "targeted", "attacked", "shelled",
                        "stormed", "ambushed",  # (a raid on a compound, a convoy: session 21)
                        "fired", "raided", "flattened", "destroyed", "levelled", "leveled",
                        "razed", "demolished"})  # (what the strike did to a building)


def _np_nat_agent(sr: Any, lo: int, hi: int) -> str | None:
    """Agent named by the noun phrase [lo, hi) before a strike verb: a country/organisation
    mention or a nationality adjective ("Israeli jets", "U.S. forces", "Israel")."""
    for x in range(lo, hi):
        m = sr.mention_at.get(x)
        if m is not None and m.etype in ("Country", "Organization") and \
                sr.key(title_start(m) - 1) not in ("in", "at", "on", "near"):
            return m.eid
    return sr.nat_agent(lo, hi)


def strike_agent_before(sr: Any, t: int, reach: int) -> tuple[int, str | None]:
    """(position, agent) of the strike verb within *reach* tokens before the participle at
    *t* ("<agent> struck Y, killing ..."): the agent is the noun phrase of at most five words
    before the verb (see :func:`_np_nat_agent`); (-1, None) when there is no strike verb."""
    v = next((x for x in range(t - 2, max(sr.lo, t - reach) - 1, -1)
              if sr.key(x) in _EN_STRUCK), None)
    if v is None:
        return -1, None
    passive = sr.key(v - 1) in ("was", "were", "been", "being") and sr.key(v + 1) == "by"
    if passive or (sr.key(v) == "fired" and sr.key(v + 1) in ("from", "by")):
        # the agent after the verb: "X's car was hit by Israeli jets, killing him", "(was hit
        # by) missiles fired from a U.S. drone, killing him"
        hi = next((x for x in range(v + 2, min(t, v + 10)) if sr.toks[x].punct), min(t, v + 10))
        agent = _np_nat_agent(sr, v + 2, hi)
        if agent or passive:
            return v, agent
    lo = v
    while lo > sr.lo and not sr.toks[lo - 1].punct and v - lo < 5:
        lo -= 1
    return v, _np_nat_agent(sr, lo, v)


def more_kills_en(sr: Any) -> None:
    """"<agent> struck Y, killing X (and Z)" -> X by the agent; "X was killed (along with
    ...) when <agent> struck Y" -> X by the agent. The agent is the subject of the strike
    verb: a country/body or a nationality adjective ("Israeli jets"); none, no relation."""
    for t in sr.triggers(_EMPTY, _EN_KILL_TRIG):
        k = sr.key(t)
        if k == "killing" and sr.toks[t - 1].text == ",":
            victim = sr.after(t + 1, types=("Person",), maxgap=5)
            if victim is None:
                continue
            v, agent = strike_agent_before(sr, t, reach=14)
            if agent and not sr.blocked(v):
                for m in sr.chain(victim, ("Person",)):
                    sr.add("ASSASSINATED_BY", m.eid, agent, "struck_killing_en")
        elif k == "killed" and sr.key(t - 1) in _EN_PASS:
            toks = sr.toks  # (t < x < hi: toks[x].key = sr.key(x))
            w = next((x for x in range(t + 1, min(sr.hi, t + 12))
                      if toks[x].key in ("when", "as")), None)
            if w is None or any(toks[x].key == "by" for x in range(t + 1, w)):
                continue
            v = next((x for x in range(w + 1, min(sr.hi, w + 7)) if sr.key(x) in _EN_STRUCK),
                     None)
            if v is None:
                continue
            agent = _np_nat_agent(sr, w + 1, v)
            victim = sr.before(t, types=("Person",), maxgap=4)
            if agent and victim is not None and not sr.blocked(t, victim):
                sr.add("ASSASSINATED_BY", victim.eid, agent, "killed_when_struck_en")


def named_to_succeed_en(sr: Any) -> None:
    """"X, named/appointed to succeed/replace Y, ..." -> X succeeded Y (a reduced passive
    after the person it describes)."""
    for t in sr.triggers(_EMPTY, _EN_APPOINTERS):
        if sr.key(t + 1) != "to" or sr.key(t + 2) not in ("succeed", "replace") or \
                nominated_to_succeed(sr, t + 2):
            continue
        old = sr.after(t + 3, types=("Person",), maxgap=2)
        new = sr.before(t, types=("Person",), maxgap=2)
        if old is None or new is None or new.eid == old.eid:
            continue
        if sr.toks[t - 1].text not in (",", "—") and sr.key(t - 1) not in ("was", "been",
                                                                            "is", "being"):
            continue
        if not sr.blocked(t, new):
            sr.add("SUCCESSOR_OF", new.eid, old.eid, "named_to_succeed_en")


_EN_KILL_TRIG = frozenset({"killing", "killed"})


_AR_RESULT_V = L._ar("أسفر", "أسفرت", "اسفر", "اسفرت", "أدى", "أدت", "ادى", "ادت", "أودى",
                     "أودت")
_AR_DEATH_N = L._ar("مقتل", "اغتيال", "استشهاد", "مصرع")
_AR_STRIKE_V = L._ar("شن", "شنت", "قصف", "قصفت", "نفذ", "نفذت", "استهدف", "استهدفت", "ضرب",
                     "ضربت", "اغار", "اغارت", "هاجم", "هاجمت")


def result_killing_ar(sr: Any) -> None:
    """"شنت إسرائيل غارات على طهران، ما أسفر عن مقتل X" / "قصفت طائرات إسرائيلية Y، مما أدى
    إلى مقتل X": the agent is the subject of the strike verb of the main clause (a country or
    body after the verb, or the nationality of its aircraft); none named, no relation."""
    for r in sr.triggers(_AR_RESULT_V, _EMPTY):
        if sr.key(r - 1) not in ("ما", "مما", "وما"):
            continue
        d = r + 1
        if sr.key(d) in ("عن", "الي", "إلى", "الى"):
            d += 1
        if not sr.f(d) & _AR_DEATH_N:
            continue
        victim = sr.after(d + 1, types=("Person",), maxgap=6)
        if victim is None:
            continue
        v = next((x for x in range(r - 2, max(sr.lo, r - 16) - 1, -1)
                  if sr.f(x) & _AR_STRIKE_V), None)
        if v is None or sr.blocked(v):
            continue
        agent = None
        m = sr.after(v + 1, types=("Country", "Organization"), maxgap=0)
        if m is not None and sr.key(m.lo - 1) not in ("في", "على", "علي"):
            agent = m.eid
        if agent is None:
            agent = sr.nat_agent(v + 1, min(r, v + 4))  # "طائرات إسرائيلية"
        if agent is None:
            b = sr.before(v, types=("Country", "Organization"), maxgap=1)
            agent = b.eid if b is not None else None
        if agent:
            for p in sr.chain(victim, ("Person",)):
                sr.add("ASSASSINATED_BY", p.eid, agent, "result_killing_ar")


_AR_KILLED_V = L._ar("قتل", "اغتيل", "استشهد")
_AR_WHEN = L._ar("عندما", "حين", "حينما", "لدى", "بعدما")


def killed_when_struck_ar(sr: Any) -> None:
    """"قُتل X عندما قصفت طائرات إسرائيلية Y": the strike verb's subject is the agent (a
    country/body right after the verb, or the nationality of its aircraft)."""
    for t in sr.triggers(_AR_KILLED_V, _EMPTY):
        w = next((x for x in range(t + 1, min(sr.hi, t + 12)) if sr.f(x) & _AR_WHEN), None)
        if w is None or not sr.f(w + 1) & _AR_STRIKE_V:
            continue
        victim = sr.after(t + 1, types=("Person",), maxgap=6)
        if victim is None or victim.lo > w:
            continue
        m = sr.after(w + 2, types=("Country", "Organization"), maxgap=0)
        agent = m.eid if m is not None else sr.nat_agent(w + 2, min(sr.hi, w + 5))
        if agent and not sr.blocked(t, victim):
            for p in sr.chain(victim, ("Person",)):
                sr.add("ASSASSINATED_BY", p.eid, agent, "killed_when_struck_ar")


_EN_TOLD = frozenset({"told", "assured", "urged", "warned", "informed", "reminded", "thanked",
                      "congratulated", "briefed", "tells", "assures", "urges", "warns"})


_EN_VISITING = frozenset({"visiting"})


def told_visiting_en(sr: Any) -> None:
    """"X told/assured/warned visiting (Iraqi Prime Minister) Y that ...": said to a guest in
    person, so X met Y."""
    for t in sr.triggers(_EMPTY, _EN_VISITING):
        v = t - 1
        if sr.key(v) not in _EN_TOLD:
            continue
        guest = sr.after(t + 1, types=("Person",), maxgap=5)
        subj = sr.subject_before(v, maxgap=20)
        if guest is None or subj is None or subj.etype != "Person" or subj.eid == guest.eid:
            continue
        if not sr.blocked(v, subj):
            sr.add("MET_WITH", subj.eid, guest.eid, "told_visiting_en")


# the (Arabic, English) words each rule of this module below starts from (its only loop is
# over ``sr.triggers`` of them): SentenceRules.run calls a rule only on a sentence with one
# of them (a gate looked up once per sentence); registered at import for that look-up
RULE_CUES: dict[Any, tuple[frozenset[str], frozenset[str]]] = {
    group_members_met: (_AR_AMONG, _EN_AMONG),
    guest_subject_met: (_AR_GUEST, _EN_GUEST),
    pair_during_meeting_en: (_EMPTY, _EN_MEETING_NOUNS),
    told_visiting_en: (_EMPTY, _EN_VISITING),
    more_kills_en: (_EMPTY, _EN_KILL_TRIG),
    named_to_succeed_en: (_EMPTY, _EN_APPOINTERS),
    result_killing_ar: (_AR_RESULT_V, _EMPTY),
    killed_when_struck_ar: (_AR_KILLED_V, _EMPTY),
    org_roles_en: (_EMPTY, _EN_ROLE_TRIG),
    visited_more: (_AR_VISIT_NOUNS, _EN_LEFT),
}
for _cues in RULE_CUES.values():
    register_triggers(*_cues)
