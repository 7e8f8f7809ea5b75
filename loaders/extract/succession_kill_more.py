"""SUCCESSOR_OF and ASSASSINATED_BY constructions of wire prose that the base rules
(:mod:`loaders.extract.relations`, :mod:`loaders.extract.killings`) leave out, and a few
corrections of what they produce. Plain functions over a
:class:`loaders.extract.relations.SentenceRules` instance (``sr``), run by
:func:`more_core` after the killing rules of the sentence:

- "X took over (the post) from Y", "X, who took over ... after a strike killed Y";
- "Y, whom X succeeded" / "Y, whom he succeeded (after the U.S. killed him)";
- "تسلّم X رئاسة/قيادة/منصب ... من Y" (a post, not a letter, is handed over);
- "X، الذي عيّنه سلفه Y": Y is the predecessor of the main clause's subject, not of X;
- "أعلن جيش الاحتلال أنه اغتال X": the speaker did it (its own claim);
- "X's office said he had (personally) ordered the strike" after a sentence reporting the
  killing: the speaker's possessor (or the speaker) ordered it;
- the agent "القوات الأمريكية" / "U.S. forces" is the armed forces, not the country its
  adjective names, unless the country is also named outside that name;
- dropped: a killing under suspicion, charges or (insufficient) evidence ("found
  insufficient evidence that he had ordered the killing of X", "بتهمة التورط في اغتيال X")
  when the suspect is the agent.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

_EMPTY: frozenset[str] = frozenset()
AB, SO = "ASSASSINATED_BY", "SUCCESSOR_OF"

_EN_OVER = frozenset({"over"})
_EN_TAKE = frozenset({"took", "taken", "taking", "takes", "take"})
_EN_WHOM = frozenset({"whom"})
_EN_SUCC_VERBS = frozenset({"succeeded", "replaced"})
_EN_KILL_VERBS = frozenset({"killed", "assassinated"})
_EN_STRIKE = frozenset({"strike", "airstrike", "attack", "raid", "operation", "bombing"})
_EN_ORDERED = frozenset({"ordered", "authorized", "authorised", "approved", "directed"})
_EN_SAID = frozenset({"said", "says", "announced", "confirmed", "stated", "added"})
_EN_SPOKES = frozenset({"office", "spokesman", "spokeswoman", "spokesperson", "aides"})
_EN_SUSPECT = frozenset({"evidence", "suspicion", "suspected", "suspect", "charged", "charges",
                         "charge", "alleged", "allegedly", "warrant", "accused", "accusing",
                         "trial", "convicted", "acquitted", "investigating", "probe"})
_AR_SUSPECT = L._ar("بتهمه", "تهمه", "بتهم", "للاشتباه", "الاشتباه", "بالتورط", "متهم",
                    "متهما", "متهمه", "مذكره", "مذكرة", "بتهمة", "تهمة", "اتهام", "باتهام",
                    "يشتبه", "المشتبه")
_EN_KILL_WORDS = frozenset({"killing", "killed", "assassination", "murder", "kill",
                            "assassinated", "murdered"})
_AR_KILL_WORDS = L._ar("اغتيال", "مقتل", "قتل", "تصفيه", "اغتال", "اغتالت", "قتلت")

_AR_TASALLAM = L._ar("تسلم", "تسلّم", "يتسلم", "استلم", "تسلمت", "استلمت", "تسلمه", "تسلمها")
_AR_POST = L._ar("رئاسه", "قياده", "منصب", "منصبه", "مهام", "مهامه", "حقيبه", "زمام", "اداره",
                 "امانه", "رئاسة", "قيادة", "حقيبة", "إدارة", "أمانة")
_AR_MIN = frozenset({"من"})
_AR_PRED = L._ar("سلفه", "سلفها")
_AR_APPOINTED_HIM = L._ar("عينه", "عينها", "اختاره", "اختارها", "كلفه", "كلفها", "نصبه",
                          "رشحه", "رقاه", "سماه")
_AR_RELATIVE = frozenset({"الذي", "التي"})
_AR_ANNOUNCE = L._ar("اعلن", "اعلنت", "اكد", "اكدت", "قال", "قالت", "زعم", "زعمت", "ذكر",
                     "ذكرت", "اقر", "اقرت")
_AR_IT_KILLED = L._ar("انه", "بانه", "انها", "بانها")
_AR_KILL_VERB = L._ar("اغتال", "قتل", "صفى", "استهدف")
_FORCES = ("organization:us-armed-forces", "organization:israel-defense-forces")

# cue words of the whole module: a sentence with none of them skips it
_EN_CUES = _EN_OVER | _EN_WHOM | _EN_ORDERED | _EN_KILL_WORDS | _EN_SUCC_VERBS
_AR_CUES = _AR_TASALLAM | _AR_PRED | _AR_KILL_WORDS | _AR_KILL_VERB | _AR_IT_KILLED


def _start(m: Any) -> int:
    return m.tlo if m.tlo >= 0 else m.lo


# ---- successions ---------------------------------------------------------------------------
def took_over_from_en(sr: Any) -> None:
    """"X (had) taken over Hezbollah's operations from Y"; "X, who took over the Quds Force
    after a U.S. drone strike killed Y"."""
    for t in sr.triggers(_EMPTY, _EN_OVER):
        if sr.key(t - 1) not in _EN_TAKE:
            continue
        old = None
        for x in range(t + 1, min(sr.hi, t + 12)):
            k = sr.key(x)
            if sr.toks[x].punct and sr.toks[x].text not in ("'", "’", "-"):
                break
            if k == "from":
                old = sr.after(x + 1, types=("Person",), maxgap=2)
                break
            if k in ("after", "following"):
                # "after a U.S. drone strike killed Y" (the killing of Y is the cause)
                kv = next((y for y in range(x + 1, min(sr.hi, x + 9))
                           if sr.key(y) in _EN_KILL_VERBS), None)
                if kv is not None and sr.key(kv - 1) not in ("was", "were", "been"):
                    old = sr.after(kv + 1, types=("Person",), maxgap=2)
                break
        if old is None:
            continue
        if any(r.type == SO and r.target == old.eid for r in sr.out):
            continue  # a base rule already read it ("since taking over from Y")
        verb = t - 1
        if sr.key(verb) == "taking":
            continue  # the base rules read "taking over from Y" (core_recall)
        if sr.key(verb - 1) in ("had", "has", "have"):
            verb -= 1
        if sr.key(verb - 1) == "who":
            new = sr.before(verb - 1, types=("Person",), maxgap=3)
        else:
            new = sr.subject_before(verb, maxgap=25)
        if new is None or new.etype != "Person" or new.eid == old.eid:
            continue
        if sr.blocked(t, new) or sr._irrealis(t - 1):
            continue
        sr.add(SO, new.eid, old.eid, "took_over_from_en")


def whom_succeeded_en(sr: Any) -> None:
    """"Y, whom X succeeded (as ...)" / "Y, whom he succeeded": X (or the sentence's subject
    for "he") succeeded Y; "... after the U.S. killed him": Y was killed by the U.S."""
    for t in sr.triggers(_EMPTY, _EN_WHOM):
        old = sr.before(t, types=("Person",), maxgap=1)
        if old is None or old.kind != "name":
            continue
        x = t + 1
        new = None
        if sr.key(x) in ("he", "she"):
            x += 1
        else:
            new = sr.after(x, types=("Person",), maxgap=0)
            if new is None:
                continue
            x = new.hi
        if sr.key(x) in ("had", "has", "later", "eventually"):
            x += 1
        if sr.key(x) not in _EN_SUCC_VERBS:
            continue
        if new is None:
            # "he": the subject of the main clause, named before Y
            new = next((m for m in sr.args if m.etype == "Person" and m.hi <= _start(old)
                        and m.eid != old.eid and not m.in_title), None)
            if new is None:
                new = sr._prev_subject(old.eid)
        if new is None or new.eid == old.eid or sr.blocked(x, new):
            continue
        sr.add(SO, new.eid, old.eid, "whom_succeeded_en")
        # "... after the United States killed him" (him = Y)
        for y in range(x + 1, min(sr.hi, x + 14)):
            if sr.key(y) in _EN_KILL_VERBS and sr.key(y + 1) in ("him", "her"):
                agent = sr.before(y, types=("Country", "Organization", "Person"), maxgap=1)
                if agent is not None and agent.eid not in (old.eid, new.eid) and \
                        sr.key(y - 1 - (agent.hi - agent.lo)) != "was" and not sr.blocked(y):
                    sr.add(AB, old.eid, agent.eid, "whom_succeeded_killed_him_en")
                break
            if sr.toks[y].text in (",", ";", "."):
                break


def tasallam_min_ar(sr: Any) -> None:
    """"تسلّم X رئاسة الأركان من Y" / "وتسلّم X منصبه من Y": a post handed over from Y to X
    (a letter or a message "تسلّم رسالة من Y" is no succession)."""
    for t in sr.triggers(_AR_TASALLAM, _EMPTY):
        post = next((x for x in range(t + 1, min(sr.hi, t + 6)) if sr.f(x) & _AR_POST), None)
        if post is None:
            continue
        frm = next((x for x in range(post + 1, min(sr.hi, post + 8))
                    if sr.key(x) == "من" or sr.toks[x].text in ("،", ",", ".")), None)
        if frm is None or sr.key(frm) != "من":
            continue
        old = sr.after(frm + 1, types=("Person",), maxgap=2)
        if old is None:
            continue
        new = sr.after(t + 1, types=("Person",), maxgap=3)
        if new is None or new.lo > post:
            new = sr.before(t, types=("Person",), maxgap=4)
        if new is None or new.eid == old.eid or sr.blocked(t, new):
            continue
        sr.add(SO, new.eid, old.eid, "tasallam_min_ar")


def predecessor_of_subject_ar(sr: Any) -> None:
    """"أعفى K المسؤول X، الذي عيّنه سلفه Y": "سلفه" is K's predecessor (X was appointed by
    Y): SUCCESSOR_OF K -> Y, and not X -> Y."""
    for t in sr.triggers(_AR_PRED, _EMPTY):
        if not sr.f(t - 1) & _AR_APPOINTED_HIM:
            continue
        rel = t - 2
        if sr.key(rel) in ("قد",):
            rel -= 1
        if sr.key(rel) == "كان":
            rel -= 1
        if sr.key(rel) not in _AR_RELATIVE:
            continue
        old = sr.after(t + 1, types=("Person",), maxgap=2)
        appointee = sr.before(rel, types=("Person",), maxgap=2)
        if old is None or appointee is None:
            continue
        sr.out[:] = [r for r in sr.out if not (
            r.type == SO and r.source == appointee.eid and r.target == old.eid)]
        subj = next((m for m in sr.args if m.etype == "Person" and m.hi <= _start(appointee)
                     and m.eid not in (appointee.eid, old.eid) and not m.in_title), None)
        if subj is not None and not sr.blocked(t, subj):
            sr.add(SO, subj.eid, old.eid, "predecessor_of_subject_ar")


# ---- killings ------------------------------------------------------------------------------
def announced_it_killed_ar(sr: Any) -> None:
    """"(وكان) جيش الاحتلال (قد) أعلن أنه اغتال X" / "أعلنت إسرائيل أنها قتلت X": the
    speaker's own claim names it as the agent."""
    for t in sr.triggers(_AR_KILL_VERB, _EMPTY):
        if not sr.f(t - 1) & _AR_IT_KILLED:
            continue
        say = next((y for y in range(t - 2, max(sr.lo, t - 10) - 1, -1)
                    if sr.f(y) & _AR_ANNOUNCE), None)
        if say is None:
            continue
        spk = sr.after(say + 1, types=("Organization", "Country", "Person"), maxgap=0)
        if spk is None or spk.hi > t - 1:
            spk = sr.before(say, types=("Organization", "Country", "Person"), maxgap=2)
        victim = sr.after(t + 1, types=("Person",), maxgap=2)
        if spk is None or victim is None or spk.eid == victim.eid or sr.blocked(t):
            continue
        for v in sr.chain(victim, ("Person",)):
            sr.add(AB, v.eid, spk.eid, "announced_it_killed_ar")


def said_he_ordered_strike_en(sr: Any) -> None:
    """"X's office said he had (personally) ordered the strike" / "X said he had ordered the
    strike", right after a sentence reporting the killing with a named agent: X ordered it."""
    prev = [(s_, e) for s_, e in sr.doc.__dict__.get("victims", ()) if sr.si - 2 <= s_ < sr.si]
    if not prev:
        return
    for t in sr.triggers(_EMPTY, _EN_ORDERED):
        x = t + 1
        if sr.key(x) not in ("the", "that", "this"):
            continue
        if sr.key(x + 1) not in _EN_STRIKE and not (
                sr.key(x + 1) in ("air", "drone") and sr.key(x + 2) in _EN_STRIKE):
            continue
        y = t - 1
        while sr.key(y) in ("personally", "himself", "had", "has", "have", "directly"):
            y -= 1
        if sr.key(y) not in ("he", "she"):
            continue
        y -= 1
        if sr.key(y) == "that":
            y -= 1
        if sr.key(y) not in _EN_SAID:
            continue
        spk = sr.before(y, types=("Person",), maxgap=3)
        if spk is None:
            continue
        gap = [sr.key(z) for z in range(spk.hi, y)]
        if gap and not (spk.poss and gap[-1] in _EN_SPOKES) and not all(
                g in ("later", "also", "then", "subsequently", "publicly") for g in gap):
            continue
        if sr._irrealis(t) or sr.blocked(t):
            continue
        last = max(s_ for s_, _e in prev)
        for v in dict.fromkeys(e for s_, e in prev if s_ == last):
            if v != spk.eid:
                sr.add(AB, v, spk.eid, "said_he_ordered_strike_en")


def forces_not_country(sr: Any, start: int) -> None:
    """The agent "القوات الأمريكية" / "U.S. forces" is the armed forces: a country named only
    by the adjective inside that name is no second agent."""
    new = [r for r in sr.out[start:] if r.type == AB]
    if not new:
        return
    forces = [m for m in sr.args if m.eid in _FORCES]
    if not forces:
        return
    inside: dict[str, set[int]] = {}
    for m in forces:
        for x in range(m.lo, m.hi):
            for fm in sr.f(x):
                c = L.NATIONALITY.get(fm) or L.NATIONALITY.get("ال" + fm)
                if c:
                    inside.setdefault(c, set()).add(x)
    if not inside:
        return
    named_outside: set[str] = set()
    for x in range(sr.lo, sr.hi):
        m = sr.mention_at.get(x)
        if m is not None and m.etype == "Country":
            named_outside.add(m.eid)
            continue
        if m is not None and m.eid in _FORCES:
            continue
        for fm in sr.f(x):
            c = L.NATIONALITY.get(fm) or L.NATIONALITY.get("ال" + fm)
            if c:
                named_outside.add(c)
    out = sr.out[:start]
    for r in sr.out[start:]:
        if r.type == AB and r.target in inside and r.target not in named_outside:
            force = next(m.eid for m in forces if any(x in inside[r.target]
                                                      for x in range(m.lo, m.hi)))
            r = r._replace(target=force)
            if any(o.type == AB and o.source == r.source and o.target == force for o in out):
                continue
        out.append(r)
    sr.out[:] = out


def drop_suspected(sr: Any, start: int) -> None:
    """A killing named under suspicion, charges or evidence ("insufficient evidence that he
    had ordered the killing of X", "on suspicion of ordering the killing of X", "بتهمة
    التورط في اغتيال X"): its suspect, named before it, is no agent."""
    if not any(r.type == AB for r in sr.out[start:]):
        return
    cues = sr.triggers(_AR_SUSPECT, _EN_SUSPECT)
    if not cues:
        return
    kills = sr.triggers(_AR_KILL_WORDS, _EN_KILL_WORDS)
    bad: list[tuple[int, int]] = []  # (cue, killing word) pairs
    for c in cues:
        k = next((k for k in kills if c < k <= c + 10), None)
        if k is not None:
            bad.append((c, k))
    if not bad:
        return

    def suspect(r: Any) -> bool:
        for _c, k in bad:
            agent_before = any(m.eid == r.target and m.hi <= k for m in sr.args) or \
                r.target not in {m.eid for m in sr.args}
            victim_after = any(m.eid == r.source and m.lo > k for m in sr.args)
            agent_after = any(m.eid == r.target and m.lo > k for m in sr.args)
            if victim_after and agent_before and not agent_after:
                return True
        return False

    sr.out[start:] = [r for r in sr.out[start:] if not (r.type == AB and suspect(r))]


def more_core(sr: Any, start: int) -> None:
    """Run the rules above on one sentence; *start* is the length of ``sr.out`` before the
    sentence's killing rules ran."""
    if not sr.triggers(_AR_CUES, _EN_CUES):
        return
    if sr.toks[sr.lo].ar:
        tasallam_min_ar(sr)
        predecessor_of_subject_ar(sr)
        announced_it_killed_ar(sr)
    else:
        took_over_from_en(sr)
        whom_succeeded_en(sr)
        said_he_ordered_strike_en(sr)
    forces_not_country(sr, start)
    drop_suspected(sr, start)
