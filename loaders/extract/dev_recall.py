"""Recall helpers for the core relations found missing on wire-style seed-world pieces.

Plain functions over a :class:`loaders.extract.relations.SentenceRules` instance (``sr``), as
in :mod:`loaders.extract.core_recall` (no import of ``relations``). Each is a construction of
news prose, not a fit to one sentence:

- the subject of an active killing verb is a strike whose agent is an adjective ("after
  Israeli strikes killed Y", "an Israeli airstrike in X's suburbs killed Y");
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

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
                            "picked"})
_EN_KILLED = frozenset({"killed", "assassinated", "slew", "murdered", "eliminated"})
_EN_REMOVED = frozenset({"fired", "dismissed", "sacked", "ousted", "removed", "replaced",
                         "deposed", "axed"})
_EN_LEADER_CUES = frozenset({"new", "leader", "commander", "chief", "head", "secretary-general",
                             "successor", "predecessor", "longtime", "long-time", "late",
                             "top", "founder", "general"})
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
    return sr.after(verb + 1, types=("Person",), maxgap=4)


def successor_en(sr: Any) -> list[tuple[str, str, int, str]]:
    """English successions the main rules miss; returns (new, old, trigger, rule):

    - "K appointed X ... to replace him/her" and "K installed X in his place": the pronoun is
      the person the sentence just said was killed or removed ("fired Mark Esper and
      installed Miller in his place", "Y was also killed ..., and K appointed X to replace
      him");
    - "K named X as its new leader, a month after a strike killed (longtime leader) Y";
    - "(since) taking/takes over from Y": the sentence's subject took over from Y.
    """
    out: list[tuple[str, str, int, str]] = []
    lo, hi = sr.lo, sr.hi
    for t in range(lo, hi):
        k = sr.key(t)
        if k in ("him", "her") and sr.key(t - 1) in ("replace", "succeed") and \
                sr.key(t - 2) == "to":
            verb = next((x for x in range(t - 3, max(lo, t - 16) - 1, -1)
                         if sr.key(x) in _EN_APPOINTERS), None)
            new = _appointee(sr, verb) if verb is not None else None
            old = _removed_person(sr, verb) if verb is not None else None
            if new is not None and old is not None and new.eid != old.eid:
                out.append((new.eid, old.eid, t, "replace_him_en"))
        elif k == "place" and sr.key(t - 1) in ("his", "her") and sr.key(t - 2) == "in":
            verb = next((x for x in range(t - 3, max(lo, t - 8) - 1, -1)
                         if sr.key(x) in _EN_APPOINTERS), None)
            new = _appointee(sr, verb) if verb is not None else None
            old = _removed_person(sr, verb) if verb is not None else None
            if new is not None and old is not None and new.eid != old.eid:
                out.append((new.eid, old.eid, t, "in_his_place_en"))
        elif k in _EN_APPOINTERS and sr.key(t - 1) not in _EN_PASS and sr.key(t - 1) != "who":
            new = sr.after(t + 1, types=("Person",), maxgap=4)
            if new is None:
                continue
            aft = next((x for x in range(new.hi, min(hi, new.hi + 14))
                        if sr.key(x) in ("after", "following")), None)
            if aft is None or any(sr.toks[y].text in (";", ".") for y in range(new.hi, aft)):
                continue
            cue_new = any(sr.key(y) in _EN_LEADER_CUES for y in range(new.hi, aft))
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
            if cue_new and cue_old:
                out.append((new.eid, old.eid, t, "named_after_killing_en"))
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


_AR_TAKE_PLACE = L._ar("حل", "يحل", "تحل", "حلت", "ليحل", "لتحل", "سيحل")
_AR_PLACE = L._ar("محل", "مكان")
_AR_ADV = L._ar("رسميا", "رسمياً", "فعليا", "فعلياً", "بذلك", "اذن")


def successor_ar(sr: Any) -> list[tuple[str, str, int, str]]:
    """Arabic "حلّ (رسمياً) محلّ (سلفه) Y": the subject (or the head of "الذي") replaced Y."""
    out: list[tuple[str, str, int, str]] = []
    for t in range(sr.lo, sr.hi):
        if not sr.toks[t].ar or not sr.f(t) & _AR_TAKE_PLACE:
            continue
        x = t + 1
        while x < sr.hi and sr.f(x) & _AR_ADV:
            x += 1
        if not sr.f(x) & _AR_PLACE:
            continue
        x += 1
        if sr.key(x) in ("سلفه", "سلفها"):
            x += 1
        old = sr.after(x, types=("Person",), maxgap=0)
        if old is None:
            continue
        new = sr.before(t, types=("Person",), maxgap=14)
        if new is None:  # VSO: "حلّ X محلّ Y" has X between
            continue
        if new.eid != old.eid:
            out.append((new.eid, old.eid, t, "took_place_of_ar"))
    return out


def dev_successor(sr: Any) -> None:
    """Add the successions of :func:`successor_en` / :func:`successor_ar` (not negated)."""
    ar = sr.toks[sr.lo].ar
    for new, old, t, rule in (successor_ar(sr) if ar else successor_en(sr)):
        if not sr.blocked(t):
            sr.add("SUCCESSOR_OF", new, old, rule)
