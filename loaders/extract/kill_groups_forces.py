"""ASSASSINATED_BY: counted groups, "its forces killed X" and a killing noun with a subject.

Reads "killed two of his advisers, X and Y" / "قُتل اثنان من مستشاريه، هما X وY" (the named
members of a counted group), "Israel's military said its forces killed X" / "أكد الجيش
الإسرائيلي أن قواته قتلت X" (the speaker is the agent) and "اغتيال الولايات المتحدة X" (a
killing noun whose subject follows it).
"""

from __future__ import annotations

from operator import attrgetter
from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.context_tails import apposition_tail
from loaders.extract.core_wire_rules import _among_cue, strike_subject_en
from loaders.extract.dispatch import needs
from loaders.extract.kill_claims_verdicts import it_killed_speaker_ar
from loaders.extract.kill_clause_helpers import (
    _AR_CLAUSE_STOP,
    prior_strike_object,
    prior_strike_subject,
)
from loaders.extract.kill_cues import _EN_KILLED, AB
from loaders.extract.kill_his_forces_ar import titled_speaker_army_ar
from loaders.extract.kill_list_more_en import more_victims_en
from loaders.extract.kill_quoted_verb_ar import (
    AR_FINISHED,
    AR_NEUTRALISED,
    before_quotes,
    say_before_forces_ar,
)
from loaders.extract.kill_quoted_verb_ar import AR_SAY as _AR_SAY
from loaders.extract.mention_core import QUOTES
from loaders.extract.rule_common import EMPTY, EN_PASSIVE_AUX, title_start

_EN_ITS_FORCES = frozenset({"forces", "troops", "jets", "aircraft", "drones", "warplanes",
                            "soldiers", "fighters", "gunmen", "commandos", "operatives"})
# "its fighters shot dead X", "their gunmen gunned down X" (session 54): the verb, its particle
_EN_PHRASAL = {"shot": "dead", "gunned": "down",
               "took": "out", "struck": "down",  # "its jets took out X" (session 58)
               "taken": "out"}  # 'its jets had "taken out" X' (session 61)
_EN_HAD = frozenset({"had", "has", "have"})
_EN_ITS_KILL = _EN_KILLED | frozenset(_EN_PHRASAL)
_EN_SAY = frozenset({"said", "says", "announced", "confirmed", "stated", "added"})
_AR_STATE_SPEAKERS = L._ar("الحكومة", "السلطات")  # (+ a nationality adjective)
# (with "neutralised", AR_NEUTRALISED: the army's euphemism, only with a titled object)
_AR_KILL_ACT = L._ar("قتلت", "اغتالت", "قتلوا", "اغتالوا", "صفت", "قتل", "اغتال") | AR_NEUTRALISED
_AR_ON = L._ar("على", "علي")


# ---- a counted group killed, its named members after "among them" -----------------------
_AR_COUNT = L._ar("اثنان", "اثنين", "ثلاثة", "ثلاث", "أربعة", "أربع", "خمسة", "خمس", "ستة",
                  "ست", "سبعة", "سبع", "ثمانية", "ثماني", "تسعة", "تسع", "عشرة", "عشر",
                  "عدد", "عددا", "عشرات", "العشرات")
_EN_COUNT = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                       "several", "dozens", "scores", "many", "least", "some", "eleven",
                       "twelve", "multiple", "numerous", "dozen"})
_AR_GROUP_KILL = L._ar("قتل", "قتلت", "قتلوا", "مقتل", "استشهد", "استشهدوا", "استشهاد",
                       "اغتيل", "اغتيال", "اغتالت", "اغتال")
_EN_GROUP_KILL = frozenset({"killed"})
_AR_NOUN_DEATH = L._ar("مقتل", "استشهاد", "اغتيال")
_AR_NAMELY = L._ar("هما", "هم", "وهما", "وهم")  # "اثنين من مستشاريه، هما X وY"
# "أبرزهم X" (the best known of them): an among cue of a killed group only (session 45)
_AR_FOREMOST = L._ar("أبرزهم", "وأبرزهم", "أبرزها", "وأبرزها")
_AR_AMONG_CUES = L._ar("بينهم", "منهم", "ومنهم", "وبينهم", "بينهما") | _AR_NAMELY | _AR_FOREMOST
_EN_AMONG_CUES = frozenset({"including", "among"})


def _count_at(sr: Any, x: int) -> bool:
    """A number word or figure at *x* ("ثلاثة", "12", "several", "at least")."""
    tk = sr.toks[x]
    if tk.text.isdigit():
        return True
    return bool(sr.f(x) & _AR_COUNT) if tk.ar else tk.key in _EN_COUNT


def _partitive_group(sr: Any, t: int, first: Any) -> bool:
    """Arabic: a count or "من" between the killing verb at *t* and the mention *first*
    ("قُتل ثلاثة من عناصر حزب X"): the group the victims belong to, not the killer; not
    gunmen in the nominative, the active verb's subject, before a named victim: "قتل مسلحون
    من حركة الشباب حاكم الإقليم X" (session 57)."""
    if _gunmen_subject_ar(sr, t, first):
        return False
    return any(sr.key(y) == "من" or _count_at(sr, y) for y in range(t + 1, first.lo))


# fighters in the nominative plural (the subject of an active verb, never its object)
_AR_GUNMEN_NOM = L._ar("مسلحون", "مقاتلون", "مهاجمون", "عناصر")
_AR_AMONG = L._ar("بينهم", "منهم", "بينها", "أبرزهم", "ابرزهم", "بينهما")


def _gunmen_subject_ar(sr: Any, t: int, first: Any) -> bool:
    """"قتل مسلحون من Y X": fighters of the body *first* right after the verb at *t*, and a
    person after the body with no punctuation and no «بينهم / منهم» between."""
    if not (sr.toks[t].ar and sr.f(t + 1) & _AR_GUNMEN_NOM and sr.key(t + 2) == "من" and
            first.lo == t + 3 and first.etype in ("Organization", "Country")):
        return False
    v = sr.after(first.hi, types=("Person",), maxgap=10)
    return v is not None and not any(
        sr.toks[y].punct or sr.f(y) & _AR_AMONG for y in range(first.hi, v.lo))


def _with_count(sr: Any, t: int) -> int:
    """"killed X together with / along with (about) 15 commanders", "killed Corporal X of the
    Internal Security Force and five members of Hamas": the position of the counted group
    joined to the first victim after the killing verb at *t* (0 if none). The group may
    follow the victim's apposition or place past commas ("killed X, the head of Y, in a
    strike on Z, together with more than a dozen of its commanders"), and is counted by a
    number word, "more than / over / nearly (a) N", or "a dozen / a number of"; Arabic "مع /
    برفقة (أكثر من) عدد من ..." (session 61). No clause opener on the way ("killed X, who had
    met Y along with five aides": the aides met Y)."""
    ar = sr.toks[t].ar
    for y in range(t + 2, min(sr.hi, t + 30)):
        tk = sr.toks[y]
        if tk.punct and tk.text not in (",", "،") and y not in sr.mention_at:
            return 0  # (not the hyphen of "al-Dosari")
        if ar:
            if sr.f(y) & _AR_CLAUSE_STOP:
                return 0
            if sr.f(y) & _AR_WITH_GROUP:
                return _counted_group_ar(sr, y + 1)
            if tk.text.startswith("و") and _count_at(sr, y) and any(
                    m.etype == "Person" and t < m.lo and m.hi <= y for m in sr.args):
                return y  # "قتلت الغارات اللواء X وستة علماء، بينهم Y" (session 63)
        elif tk.key in _EN_GROUP_STOP:
            return 0
        elif sr.key(y) == "with" and sr.key(y - 1) in ("together", "along"):
            return _counted_group_en(sr, y + 1)
        elif tk.key == "and" and (g := _counted_group_en(sr, y + 1)) and any(
                m.etype == "Person" and t < m.lo and m.hi <= y for m in sr.args):
            return g  # "killed Corporal X ... and five members of Hamas", "... and at least
            # six nuclear scientists, among them Y" (session 63)
    return 0


def _counted_group_ar(sr: Any, x: int) -> int:
    """The count of a group opening at *x* after «مع / برفقة» («(أكثر من) عدد من»), else 0."""
    z = x + (sr.key(x) in _AR_MORE and sr.key(x + 1) == "من") * 2
    return z if _count_at(sr, z) else 0


def _counted_group_en(sr: Any, x: int) -> int:
    """The count of a group opening at *x* after "together / along with" or "and" ("(about /
    over / at least) 15", "more than a dozen", "a number of"), else 0."""
    z = x + (sr.key(x) in ("about", "some", "nearly", "around", "at", "over"))
    if sr.key(z) == "more" and sr.key(z + 1) == "than":
        z += 2
    if sr.key(z) == "a" and sr.key(z + 1) in ("dozen", "number", "handful"):
        return z
    if _count_at(sr, z) or (sr.key(z) == "least" and _count_at(sr, z + 1)):
        return z
    return 0


# a clause between the victim and "together with N": the group belongs to that clause
_EN_GROUP_STOP = frozenset({"who", "which", "whom", "whose", "when", "while", "after",
                            "before", "said", "says", "told", "met", "meeting", "where"})
_AR_WITH_GROUP = L._ar("مع", "برفقة")
_AR_MORE = L._ar("أكثر", "نحو", "قرابة", "حوالي")


def _foremost_of_killed(sr: Any, t: int, x: int) -> bool:
    """"أبرزهم" at *x* names the best known of the group the killing word at *t* counts:
    "قتلت إسرائيل خمسة من القادة، أبرزهم X". The counted noun phrase is the last count
    before *x*, at most eight tokens before it, and it is the killing's own: no earlier count
    after *t* (not "قُتل خمسة أشخاص في غارة على اجتماع حضره عدد من القادة، أبرزهم X", whose
    named men attended), and no speech verb or clause opener between *t* and *x*."""
    if not (sr.toks[x].ar and sr.f(x) & _AR_FOREMOST):
        return False
    counts = [y for y in range(t + 1, x) if _count_at(sr, y) and not (
        sr.toks[y].text.isdigit() and sr.f(y + 1) & L.AR_MONTHS)]  # "في ضربات 13 حزيران": a date
    if len(counts) != 1 or x - counts[0] > 8:
        return False
    return not any(sr.f(y) & (_AR_SAY | _AR_CLAUSE_STOP) for y in range(t + 1, x))


# adverbs between the auxiliary and a passive verb: "X was also / reportedly killed"
_EN_PASSIVE_ADV = frozenset({"also", "reportedly", "allegedly", "apparently", "later",
                             "then", "both", "all", "likewise", "too"})


def _passive_en(sr: Any, t: int) -> bool:
    """Is the verb at *t* passive: "were killed", "was also killed", "was reportedly killed"
    (session 61: with the adverb the sentence's first body, the victim's own in his
    apposition, "X, head of Z, was also killed, along with ..., among them Y", had been read
    as the agent of an active "Z ... killed")?"""
    y = t - 1
    while y > sr.lo and sr.key(y) in _EN_PASSIVE_ADV:
        y -= 1
    return sr.key(y) in EN_PASSIVE_AUX


_TEXT = attrgetter("text")


@needs((_AR_AMONG_CUES, _EN_AMONG_CUES), (_AR_GROUP_KILL, _EN_GROUP_KILL))
def killed_among(sr: Any) -> None:
    """A counted group killed with its named members listed after "among them": "قُتل ثلاثة
    من عناصر X، بينهم القيادي Y، بغارة تركية", "مقتل خمسة من مستشاريه في غارة إسرائيلية ...،
    بينهم Y ونائبه Z", "An Israeli strike killed five X members, among them Y" -> the members
    were killed by the killing's agent (stated in the sentence; none, no relation)."""
    if not sr.triggers(_AR_AMONG_CUES, _EN_AMONG_CUES) and \
            ":" not in map(_TEXT, sr.toks[sr.lo:sr.hi]):  # (in C: no generator per call)
        return
    for t in sr.triggers(_AR_GROUP_KILL, _EN_GROUP_KILL):
        ar = sr.toks[t].ar
        group = 0  # (the position of a group counted after "together with", if read there)
        passive = not ar and _passive_en(sr, t)
        if not any(_count_at(sr, y) for y in range(t + 1, min(sr.hi, t + 5))) and not (
                passive and any(_count_at(sr, y) for y in range(max(sr.lo, t - 8), t))):
            group = _with_count(sr, t)
            if not group:
                continue  # "Three militants were killed ..., among them X"
        cue, n = 0, 0
        for x in range(t + 2, min(sr.hi, max(t + 30, group + 16))):
            if sr.toks[x].text == ":" and _colon_names(sr, t, x):
                cue, n = x, 1  # "Five members were killed in the strike: X, Y and Z"
                break
            if sr.toks[x].text in (".", ";", "؛", ":"):
                break
            n = _among_cue(sr, x) or int(_foremost_of_killed(sr, t, x))
            if not n and sr.toks[x].ar and sr.f(x) & _AR_NAMELY and \
                    sr.toks[x - 1].text in ("،", ",") and x - t <= 8 and not any(
                        sr.f(y) & (_AR_SAY | _AR_CLAUSE_STOP) for y in range(t + 1, x)):
                n = -1  # "، هما X وY": the members themselves, named right after
            if n:
                cue = x
                break
        if not cue:
            continue
        if n < 0:
            n = 2 if sr.toks[cue + 1].text == ":" else 1  # ("، هم: X وY")
            first = sr.after(cue + n, types=("Person",), maxgap=2)
        else:
            first = sr.after(cue + n, types=("Person",), maxgap=12)
        if first is None or sr.blocked(t) or any(sr.toks[y].punct
                                                 for y in range(cue + n, first.lo)):
            continue
        victims = sr.chain(first, ("Person",))
        if sr.toks[cue].text == ":" or sr.toks[cue + 1].text == ":":
            victims = victims + _after_semicolons(sr, victims[-1])  # ("X, <apposition>; Y; and Z")
        if not ar:  # "among them X, son of K, and Y" (session 38: the list readers of an
            # active killing, ``kill_list_more_en``)
            victims = victims + (apposition_tail(sr, victims[-1]) or
                                 more_victims_en(sr, victims[-1]))
        if ar:
            agent, _how = sr._agent_after(t + 1, limit=max(30, victims[-1].hi - t + 14))
            vso = sr.after(t + 1, maxgap=1)
            if agent is None and vso is not None and vso.etype in ("Organization", "Country") \
                    and not _partitive_group(sr, t, vso) and not sr.f(t) & _AR_NOUN_DEATH:
                agent = vso.eid  # "قتلت القوات الإسرائيلية خمسة ...، بينهم X"
            if agent is None:  # "أعلن الجيش الإسرائيلي أنه قتل تسعة علماء، بينهم X"
                agent = it_killed_speaker_ar(sr, t)[1]
            if agent is None:  # "[Israel struck ...] كما قتلت الغارات ستة علماء، بينهم X":
                agent = prior_strike_object(sr, t + 1, t + 3)  # the strike told before (s63)
        elif passive:
            agent, _how = sr._agent_after(t + 1, limit=max(14, victims[-1].hi - t + 12))
        else:  # "An Israeli strike killed five ..., among them X"
            subj = sr.before(t, types=("Organization", "Country"), maxgap=3)
            agent = strike_subject_en(sr, t, subj) or (subj.eid if subj is not None else None)
            if agent is None and subj is None:  # "[Israel struck ...] The strikes also
                agent = prior_strike_subject(sr, t)  # killed six scientists, among them X"
        if not agent:
            # "killed X together with 15 commanders, among them Y": X's agent
            named = {m.eid for m in sr.args if t < m.lo < cue and m.etype == "Person"}
            agent = next((r.target for r in sr.out if r.type == AB and r.source in named),
                         None)
        if not agent:
            continue
        for v in victims:
            if v.eid != agent:
                sr.add(AB, v.eid, agent, "killed_among")


def _after_semicolons(sr: Any, last: Any) -> list:
    """The people opening each later item of a colon's list cut by semicolons ("killed: X,
    the son of K; Y, who ran his office; Z; and W"): the person right after each ";" (or
    "; and"), never one inside an item's apposition."""
    out = []
    for y in range(last.hi, sr.hi):
        if sr.toks[y].text not in (";", "؛"):
            continue
        z = y + 2 if sr.key(y + 1) in ("and", "و") else y + 1
        m = sr.mention_at.get(z)
        if m is None or m.etype != "Person":
            break
        out.append(m)
    return out


def _colon_names(sr: Any, t: int, colon: int) -> bool:
    """Does the colon at *colon* open the list of the counted group killed at *t*: close
    after it (at most 12 tokens, no verb of saying or clause stop between) and a person
    named right after it? ("five of its members were killed in the Israeli strike: X; Y;
    and Z", «قُتل في الغارة خمسة من أعضاء الحركة: X، وY»; session 62)"""
    if colon - t > 12 or colon + 1 >= sr.hi:
        return False
    m = sr.mention_at.get(colon + 1)
    if m is None or m.etype != "Person":
        return False
    return not any(sr.key(y) in _EN_SAY or sr.f(y) & (_AR_SAY | _AR_CLAUSE_STOP)
                   for y in range(t + 1, colon))


def _neutralised_object_ar(sr: Any, t: int, victim: Any) -> bool:
    """Unless the verb at *t* is "حيّد", True; else is *victim* (or his title) its object
    right after it («أن قواته حيّدت القيادي في Z X»; not «حيّدت نفسها / الخلافات مع X»)?"""
    return not sr.f(t) & AR_NEUTRALISED or title_start(victim) == t + 1


_AR_FORCES_KILL = _AR_KILL_ACT | AR_FINISHED  # («أن طائراته «قضت» على X», session 61)


@needs((_AR_FORCES_KILL, _EN_ITS_KILL))
def its_forces_killed(sr: Any) -> None:
    """"Israel's military said its forces killed X" / "أكد الجيش الإسرائيلي أن قواته قتلت X" /
    «أن طائراته «قضت» على X» (the verb quoted, session 61): the speaker's own forces are the
    speaker (a body or a country) as the agent."""
    ar = sr.toks[sr.lo].ar
    trig = sr.triggers(_AR_FORCES_KILL, EMPTY) if ar else sr.triggers(EMPTY, _EN_ITS_KILL)
    for t in trig:
        f = before_quotes(sr, t)  # ('its jets had "eliminated" X', «أن طائراته «قضت»»)
        while not ar and f > sr.lo and sr.key(f) in _EN_HAD:
            f -= 1
        part = None if ar else _EN_PHRASAL.get(sr.key(t))
        if part is not None and sr.key(t + 1) != part:
            continue  # "its fighters shot down a drone": no killing
        if ar:
            say = say_before_forces_ar(sr, f)
            if say is None:
                continue
            spk = sr.after(say + 1, types=("Organization", "Country"), maxgap=0) or \
                sr.before(say, types=("Organization", "Country"), maxgap=1)
            if spk is None and sr.key(say + 1) in _AR_STATE_SPEAKERS:
                # "قالت الحكومة الصومالية إن قواتها قتلت X": the country of the adjective
                country = L.NATIONALITY.get(sr.key(say + 2))
                if country is not None and not sr.blocked(t):
                    victim = sr.after(t + 1, types=("Person",), maxgap=6)
                    if victim is not None and not _neutralised_object_ar(sr, t, victim):
                        victim = None
                    for v in sr.chain(victim, ("Person",)) if victim is not None else ():
                        sr.add(AB, v.eid, country, "its_forces_killed")
                continue
            if spk is None and (army := titled_speaker_army_ar(sr, say)) is not None:
                # «أعلن الرئيس الفرنسي X أن قواته قتلت Y»: France's army (kill_his_forces_ar)
                _his_forces_killed(sr, t, army)
                continue
        else:
            if sr.key(f) not in _EN_ITS_FORCES or sr.key(f - 1) not in ("its", "their"):
                continue
            say = f - 2 if sr.key(f - 2) != "that" else f - 3
            if sr.key(say) not in _EN_SAY:
                continue
            spk = sr.before(say, types=("Organization", "Country"), maxgap=1)
        on = t
        if ar and sr.f(t) & AR_FINISHED:
            on = next((y for y in range(t + 1, min(sr.hi, t + 3)) if sr.f(y) & _AR_ON), -1)
            if on < 0 or any(sr.toks[y].text not in QUOTES for y in range(t + 1, on)):
                continue  # "قضت قواته أسبوعاً ...": no «على» right after (past a quote)
        victim = sr.after(on + (2 if part else 1), types=("Person",), maxgap=6)
        if victim is not None and part == "out" or part == "down" and sr.key(t) == "struck":
            # "took out / struck down" kill only a person named right after: not "took out
            # an Israeli tank commanded by X", "struck down a drone launched by X's unit"
            victim = sr.after(t + 2, types=("Person",), maxgap=3)
            if victim is not None and (victim.poss or any(
                    sr.toks[y].punct and sr.toks[y].text not in QUOTES
                    for y in range(t + 2, victim.lo))):
                victim = None
        if spk is None or victim is None or sr.blocked(t):
            continue
        if ar and not _neutralised_object_ar(sr, t, victim):
            continue
        for v in sr.chain(victim, ("Person",)):
            sr.add(AB, v.eid, spk.eid, "its_forces_killed")


def _his_forces_killed(sr: Any, t: int, army: str) -> None:
    """The victims of the Arabic verb at *t* ("أن قواته قتلت Y") killed by *army*."""
    if sr.blocked(t):
        return
    victim = sr.after(t + 1, types=("Person",), maxgap=6)
    if victim is None or not _neutralised_object_ar(sr, t, victim):
        return
    for v in sr.chain(victim, ("Person",)):
        sr.add(AB, v.eid, army, "its_forces_killed")


_AR_KILL_NOUN = L._ar("اغتيال", "مقتل", "قتل", "تصفية")
# a plural head before a list of victims: «اغتيال إسرائيل القادة الثلاثة X وY وZ» (session 71)
_AR_VICTIMS_HEAD = L._ar("القادة", "القياديين", "القياديَّين", "المسؤولين", "الأمناء")
_AR_DEF_COUNT = L._ar("الثلاثة", "الثلاث", "الأربعة", "الخمسة", "الاثنين", "الاثنان", "الستة", "السبعة")


@needs((_AR_KILL_NOUN, EMPTY))
def nominal_subject_ar(sr: Any) -> None:
    """"اغتيال الولايات المتحدة قاسم سليماني": a killing noun, its agent (a country or body)
    right after it, then the victim (without لـ, which the base rules read), or a list of
    victims, after a plural head and a count: «اغتيال إسرائيل القادة الثلاثة X وY وZ»."""
    for t in sr.triggers(_AR_KILL_NOUN, EMPTY):
        a = sr.after(t + 1, types=("Country", "Organization"), maxgap=0)
        if a is None or a.prefix:
            continue
        k = a.hi
        if k < sr.hi and sr.key(k) in _AR_VICTIMS_HEAD:
            k += 1 + (k + 1 < sr.hi and sr.key(k + 1) in _AR_DEF_COUNT)
        v = sr.after(k, types=("Person",), maxgap=0)
        if v is None or v.prefix or sr.blocked(t):
            continue
        for w in sr.chain(v, ("Person",)):
            if w.prefix in ("", "و"):  # (the list's «وY», not «لY»)
                sr.add(AB, w.eid, a.eid, "nominal_subject_ar")
