"""ASSASSINATED_BY: helpers of the base rules that read the clause around a killing word.

Who the subject is ("X said on Friday that security forces had killed Y": the forces; "X, who
headed ..., and Y were killed": X too), who did the strike ("an attack Israel admitted to",
"a Saudi-led coalition air strike"), the description before a subordinator ("after the
general and X were killed"), kin and appositive owners ("X's son"), the strike told before
and its object, and where an Arabic clause ends.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.core_wire_rules import strike_subject_en
from loaders.extract.kill_victim_lists import _EN_CLAUSE
from loaders.extract.orders import EN_ORDERED as _EN_ORDERED
from loaders.extract.rule_common import EN_PASSIVE_AUX, title_start
from loaders.extract.strike_refs import definite_strike, prior_strike_agents

_EN_SAID_VERBS = frozenset({"said", "says", "announced", "confirmed", "told", "stated",
                            "added", "reported", "claimed", "declared", "revealed",
                            # "X spoke from the White House, adding that a small team had
                            # killed Y": the team, not the White House (session 71)
                            "adding", "saying", "noting"})
_EN_SUBJ_PRON = frozenset({"it", "they", "he", "she", "we", "i", "its", "their", "his", "our"})


# time and manner words between a verb of saying and its clause ("said a day earlier that")
_EN_SAID_SKIP = frozenset({"on", "that", "late", "earlier", "later", "also", "a", "an", "day",
                           "days", "week", "weeks", "hours", "ago", "last", "in", "statement",
                           "separately", "previously", "two", "three"})


def _said_other_subject(sr: Any, lo: int, t: int) -> bool:
    """English: a verb of saying between the speaker (ending at *lo*) and the killing verb
    at *t*, whose clause has a subject of its own that is no pronoun ("X said on Friday that
    security forces had killed Y": the forces, not X; "X said it had killed Y": X)."""
    for x in range(lo, t):
        if sr.key(x) in _EN_SAID_VERBS:
            y = x + 1
            while y < t and (sr.key(y) in _EN_SAID_SKIP
                             or sr.toks[y].cap and (sr.key(y).endswith("day") or
                                                    sr.key(y) in L.EN_MONTHS)):
                y += 1
            return y < t and sr.key(y) not in _EN_SUBJ_PRON and sr.mention_at.get(y) is None
    return False


def _who_clause_member(sr: Any, first: Any) -> list:
    """English: "X, who headed ..., and (his deputy) Y were killed": X, the subject list's
    first member whose relative clause ends right before "and" + the list member *first*
    (when the list starts there); [] otherwise."""
    start = title_start(first)
    b = next((y for y in range(start - 1, max(sr.lo, start - 5), -1)
              if sr.key(y) == "and"), None)
    if b is None or sr.toks[b - 1].text != "," or any(
            sr.toks[y].ar or sr.toks[y].punct or (sr.toks[y].cap and
                                                  sr.key(y) not in L.NATIONALITY)
            for y in range(b + 1, start)):
        return []  # "..., and (his Iraqi lieutenant) Y": only lower-case words between
    for y in range(b - 2, max(sr.lo, b - 30), -1):
        if sr.key(y) == "who" and sr.toks[y - 1].text == ",":
            head = sr.before(y - 1, types=("Person",), maxgap=0)
            if head is not None and head.kind == "name" and not head.poss and \
                    head.eid != first.eid and not any(
                        sr.toks[z].text in (".", ";") for z in range(y, b)):
                return [head]
            return []
        if sr.key(y) in ("and", "who", "which") or sr.mention_at.get(y) is not None and \
                sr.mention_at[y].etype == "Person":
            return []
    return []
_C10 = L._ar("اغتيل", "قتل", "استشهد", "استشهدا", "استشهدوا", "قتلا", "اغتيلا",
             "اغتيلوا", "ارتقى", "ارتقيا", "ارتقوا", "ارتقت")  # (also) passive readings


AR_EXECUTED_IT = L._ar("نفذتها", "نفذها", "شنتها", "شنها", "نفذته", "شنته", "اطلقتها",
                       "اطلقها", "نفذتهما", "شنتهما", "نفذه", "شنه",
                       # "بصاروخ أطلقه Y" (a masculine means, session 22)
                       "اطلقه", "اطلقته", "اطلقوه", "اطلقوها",
                       # "بتفجير تبناه Y" (a claim in the relative clause, session 57)
                       "تبناه", "تبنته", "تبناها", "تبنتها", "تبنوه")
_EN_STRIKE_MODS = frozenset({"air", "drone", "missile", "rocket", "artillery", "naval",
                             "helicopter", "precision", "-"})


_EN_DID_STRIKE = frozenset({"carried", "conducted", "launched", "claimed", "admitted",
                            "acknowledged", "staged", "executed", "mounted"})
_EN_DID_ADV = frozenset({"that", "which", "only", "later", "reportedly", "had", "has",
                         "publicly", "officially", "eventually", "never"})


# a place after these, not a side: "an attack in Moscow", "killed by gunmen in Tehran"
EN_AT_PLACE = frozenset({"in", "near", "at", "outside", "inside"})


def _strike_done_by(sr: Any, x: int) -> str | None:
    """English: "(in) an attack Israel (only) admitted to / carried out / claimed", "a strike
    that the US launched": the subject of the relative clause after the strike noun at *x*
    (not when negated: "an attack Israel never admitted")."""
    y = x + 1
    if sr.key(y) in ("that", "which"):
        y += 1
    m = sr.after(y, types=("Country", "Organization"), maxgap=1)
    if m is None or sr.key(m.lo - 1) in EN_AT_PLACE:
        return None  # ("a bomb attack in Moscow claimed by Ukraine": the place)
    z = m.hi
    while z < sr.hi and sr.key(z) in _EN_DID_ADV and z - m.hi < 3:
        if sr.key(z) == "never":
            return None
        z += 1
    return m.eid if sr.key(z) in _EN_DID_STRIKE and sr.key(z + 1) != "by" else None


def _org_before_strike(sr: Any, lo: int, x: int) -> str | None:
    """English: an organisation named right before the strike noun at *x*, with only strike
    modifiers between ("a Saudi-led coalition air strike", "an IDF drone strike")."""
    y = x - 1
    while y >= lo and sr.key(y) in _EN_STRIKE_MODS:
        y -= 1
    m = sr.mention_at.get(y) if y >= lo else None
    if m is None or m.etype != "Organization" or m.kind != "name" or m.hi != y + 1:
        return None
    return m.eid


def org_joined_before_strike(sr: Any, lo: int, x: int) -> str | None:
    """English: a second organisation joined by "and" or a hyphen to the one right before the
    strike noun at *x* ("a joint IDF and Shin Bet strike", "an IDF-Shin Bet strike"): its id,
    else None (the first is ``_org_before_strike``'s)."""
    y = x - 1
    while y >= lo and sr.key(y) in _EN_STRIKE_MODS:
        y -= 1
    m = sr.mention_at.get(y) if y >= lo else None
    if m is None or m.etype != "Organization" or m.hi != y + 1:
        return None
    j = m.lo - 1
    if j <= lo or sr.key(j) not in ("and", "-"):
        return None
    o = sr.mention_at.get(j - 1)
    if o is None or o.etype != "Organization" or o.kind != "name" or o.hi != j or \
            o.eid == m.eid:
        return None
    return o.eid


_EN_DESC_NOUNS = frozenset({"general", "commander", "leader", "cleric", "chief", "minister",
                            "president", "official", "envoy", "militant", "scientist"})


def _subordinator_of(sr: Any, first: Any) -> int | None:
    """Position of "after/when" before "the <description> and" that opens a victim list
    whose first member is *first* (the description's mention, or the name after "and")."""
    p = first.lo
    for sub in (p - 4, p - 1, p - 2):  # "after the general and X" / "after [the general]"
        if sub >= sr.lo and sr.key(sub) in _EN_SUBORD and sr.key(sub + 1) == "the":
            return sub
    return None


def _described_before(sr: Any, sub: int) -> Any:
    """"X succeeded Y after the general and Z were killed" (subordinator *sub*): "the
    general" is Y, the person named last before the clause who is not the main clause's
    subject (X); None for any other shape."""
    if not (sr.key(sub) in _EN_SUBORD and sr.key(sub + 1) == "the" and
            sr.key(sub + 2) in _EN_DESC_NOUNS and sr.key(sub + 3) == "and"):
        return None
    people = [m for m in sr.args if m.etype == "Person" and m.hi <= sub and m.kind == "name"]
    if len(people) < 2 or people[-1].eid == people[0].eid:
        return None
    return people[-1]


def _speaker_not_victim(sr: Any, victim: Any, t: int) -> bool:
    """Is *victim* the subject of a verb of saying before the passive at *t* ("X said (that)
    six people were killed", "X, who survived, said his aides were killed")? Also the speaker of
    a headline's "X: <subject> killed in ..." ("Biden: IS leader killed in US raid"), whose
    clause after the colon has a subject of its own (not a list's "X: killed by Y")."""
    if sr.toks[victim.hi].text == ":" and victim.hi + 1 < t and any(
            sr.key(y) not in EN_PASSIVE_AUX for y in range(victim.hi + 1, t)):
        return True
    for y in range(victim.hi, t):
        if sr.key(y) not in _EN_SAID_VERBS:
            continue
        if sr.key(y - 1) in ("who", "which"):
            return False  # "X, who said he feared for his life, was killed": X
        if y - victim.hi <= 2:
            return True
        return sr.key(victim.hi) == "," and sr.key(victim.hi + 1) in ("who", "which") and \
            sr.toks[y - 1].text == ","  # (not "X, who said ..., was killed")
    return False


_EN_GROUP_WORDS = frozenset({"several", "some", "many", "two", "three", "four", "five", "six",
                             "of", "his", "her", "their", "its", "members", "ministers",
                             "aides", "bodyguards", "guards", "family", "relatives", "others",
                             "other", "commanders", "officials", "companions", "sons",
                             "children", "people", "fighters", "a", "number", "dozen"})


def _head_before_group(sr: Any, t: int) -> Any:
    """"X, prime minister of Y, and several of his ministers were killed" (verb *t*): X, the
    person before an apposition and "and <a group of people>" that end right before the
    passive; None for any other shape."""
    y = t - 1
    while y > sr.lo and sr.key(y) in EN_PASSIVE_AUX:
        y -= 1
    g = y
    while g > sr.lo and sr.key(g) in _EN_GROUP_WORDS and g not in sr.mention_at:
        g -= 1
    if g == y or sr.key(g) != "and":
        return None
    c = g - 1 if sr.toks[g - 1].text == "," else g
    for z in range(c - 1, max(sr.lo, c - 16) - 1, -1):
        tk = sr.toks[z]
        if tk.text == ",":
            h = sr.mention_at.get(z - 1)
            return h if h is not None and h.etype == "Person" and h.kind == "name" and \
                h.hi == z else None
        if tk.punct and tk.text not in ("-", "'", "’") or sr.key(z) in _EN_CLAUSE:
            return None
        m = sr.mention_at.get(z)
        if m is not None and m.etype == "Person" and sr.toks[m.hi].text != "-" and \
                sr.key(title_start(m) - 1) != "of":
            return None  # (a person inside, other than "Houthi-run", "deputy of Y")
    return None


def companion_named(sr: Any, x: int, gap: int = 4) -> Any:
    """"(along) with his deputy, Y," from token *x*: the person named after a possessive
    role noun and a comma (at most *gap* words before the name, none of a clause; "from his
    father, the founding president Y" with a gap of 6)."""
    if sr.key(x) not in ("his", "her", "their"):
        return None
    m = sr.after(x, types=("Person",), maxgap=gap)
    if m is None or any(sr.key(y) in _EN_CLAUSE or sr.toks[y].cap or
                        sr.toks[y].punct and sr.toks[y].text != ","
                        for y in range(x + 1, title_start(m))):
        return None
    if gap > 4 and (sr.key(x + 2) != "," or sr.key(m.hi) in _EN_SAID):
        return None  # (the wider reach only for "his father, the founding president Y": not
        # "from his brother in 2022, Y said")
    return m


_EN_SAID = frozenset({"said", "says", "told", "added", "announced"})


_EN_KIN = frozenset({"son", "sons", "daughter", "daughters", "brother", "brothers", "sister",
                     "sisters", "wife", "husband", "father", "mother", "nephew", "nephews",
                     "cousin", "grandson", "grandsons", "children", "child", "relatives",
                     "family", "bodyguard", "bodyguards", "driver", "guards"})


def _kin_of(sr: Any, m: Any) -> bool:
    """Is *m* named as whose relative or guard was killed ("the son of Y", "Y's son")?"""
    start = title_start(m)
    return (sr.key(start - 1) == "of" and sr.key(start - 2) in _EN_KIN) or (
        m.poss and sr.key(m.hi) in _EN_KIN)


# an apposition's lead-in before "Y's heir" / "the son of Y": "X, widely seen as Y's heir,"
_EN_SEEN_AS = frozenset({"widely", "long", "once", "often", "largely", "generally", "seen",
                         "regarded", "considered", "viewed", "described", "tipped", "touted",
                         "known", "as"})


def _seen_as(sr: Any, lo: int, hi: int) -> bool:
    """Are the words in [lo, hi) a lead-in like "widely seen as" ending in "as"?"""
    return hi - lo >= 2 and sr.key(hi - 1) == "as" and all(
        sr.key(y) in _EN_SEEN_AS for y in range(lo, hi))


def _appositive_owner(sr: Any, m: Any) -> Any:
    """"X, the son / a deputy of Y, was killed": for *m* = Y named inside an apposition
    ("of Y" right before the closing comma), the person X the apposition describes; False
    when X is a capitalised name no step recognised; None for any other shape."""
    of_y = sr.key(title_start(m) - 1) == "of" and m.hi < sr.hi and sr.toks[m.hi].text == ","
    ys_n = m.poss and any(sr.toks[z].text == "," for z in range(m.hi, min(sr.hi, m.hi + 3)))
    if not (of_y or ys_n):  # "the son of Y," / "Y's cousin,"
        return None
    for y in range(title_start(m) - (2 if of_y else 1), max(sr.lo, m.lo - 12) - 1, -1):
        tk = sr.toks[y]
        if tk.text == ",":
            if sr.key(y + 1) not in ("the", "a", "an", "his", "her") and \
                    y + 1 != title_start(m) and not _seen_as(sr, y + 1, title_start(m)):
                return None
            h = sr.mention_at.get(y - 1)
            if h is not None and h.etype == "Person" and h.kind == "name" and h.hi == y:
                return h if h.eid != m.eid else False  # ("Hammam al-Hayya, the son of
                # Khalil al-Hayya": a family name linked to Y is another person)
            return False if sr.toks[y - 1].cap else None  # an unknown name: not Y either
        if sr.key(y) in _EN_SEEN_AS:
            continue  # (checked at the comma)
        if tk.punct or sr.key(y) in _EN_CLAUSE or (y in sr.mention_at and
                                                   sr.mention_at[y].etype == "Person"):
            return None
    return None


_EN_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})


def prior_strike_subject(sr: Any, t: int) -> str | None:
    """"The strike (also) killed X" (English verb *t*): the first agent of the strike an
    earlier sentence told, when the subject is a definite strike noun without its own."""
    y = t - 1
    while y > sr.lo and sr.key(y) in ("also", "reportedly", "had", "has", "that", "which"):
        y -= 1
    if y - 2 > sr.lo and sr.key(y) in _EN_DAY_PARTS:
        y -= 1  # "the strike on Friday evening also killed X" (session 40)
    if y - 1 > sr.lo and sr.key(y) in L.EN_WEEKDAYS and sr.key(y - 1) == "on":
        y -= 2
    prior = prior_strike_agents(sr) if definite_strike(sr, y) else []
    return prior[0] if prior else None


def prior_strike_object(sr: Any, lo: int, hi: int) -> str | None:
    """"وقتلت الغارة X" / "أسفرت الغارة عن مقتل X": a definite strike noun in [lo, hi) with
    no agent of its own stands for the strike told before (its first agent)."""
    if not any(definite_strike(sr, y) for y in range(lo, min(hi, lo + 3))):
        return None
    prior = prior_strike_agents(sr)
    return prior[0] if prior else None


def _executed_object(sr: Any, t: int, victim: Any) -> bool:
    """Active "executed" kills only a person that is its object: the name right after it or
    after titles and adjectives ("executed the Jordanian pilot X"), not "executed a plan by X"
    or "executed an attack ... X"."""
    for y in range(t + 1, victim.lo):
        tk = sr.toks[y]
        if tk.punct or tk.key in ("a", "an", "by", "of", "that", "which", "on", "in", "at"):
            return False
    return True
_EN_SUBORD = frozenset({"after", "when", "before", "while", "because", "since", "once",
                        "until", "although", "though", "whereas"})
# "اغتيالهما على يد أمريكا" after "الشهيدين X وY": the dual / plural pronoun is the list
_AR_KILL_NOUN_DUAL = L._ar("مقتلهما", "اغتيالهما", "استشهادهما", "تصفيتهما", "مقتلهم",
                           "اغتيالهم", "استشهادهم", "تصفيتهم")
# a killing or bombing noun as the means: "باغتيال نفّذه Y", "بتفجير نفذه Y" (session 56)
_AR_KILL_MEANS = L._ar("اغتيال", "تصفية", "تفجير", "تفجيرين", "تفجيرات")


_AR_CLAUSE_STOP = L._ar("قال", "وقال", "قالت", "وقالت", "أضاف", "وأضاف", "إن", "أن", "الذي",
                        "التي", "فيما", "بينما", "وأكد", "أكد", "وأكدت", "أكدت", "بحسب", "وفق",
                        "وفقا", "حسب")


def _ar_clause_limit(sr: Any, x: int, limit: int = 14) -> int:
    """Tokens from *x* to the next clause opener (a speech verb, "إن"/"أن", a relative
    pronoun), at most *limit*: an agent after it belongs to another statement."""
    for y in range(x, min(sr.hi, x + limit)):
        if sr.toks[y].ar and sr.f(y) & _AR_CLAUSE_STOP:
            return max(1, y - x)
    return limit


# qualifiers of an orderer's title that tell when he held it ("then-President", "former")
_EN_TIME_QUALIFIERS = frozenset({"then", "former", "late", "outgoing", "incoming"})


def _ordered_strike_nat(sr: Any, m: Any) -> str | None:
    """English: the country of the strike whose orderer is *m* ("a U.S. drone strike ordered
    by President Trump", "an Israeli airstrike authorised by X", past a time qualifier of his
    title: "ordered by then-President X", "by former President X"); None without one."""
    ob = title_start(m) - 1
    while ob > sr.lo and (sr.key(ob) in _EN_TIME_QUALIFIERS or sr.key(ob) == "-"):
        ob -= 1  # "by then-President X" (session 67)
    if sr.key(ob) != "by" or sr.key(ob - 1) not in _EN_ORDERED:
        return None
    return strike_subject_en(sr, ob - 1, None)


_EN_NAMING_VERBS = frozenset({"called", "calls", "described", "describes", "termed", "dubbed",
                              "labelled", "labeled", "branded"})


def _past_speaker_en(sr: Any, lo: int, x: int) -> int:
    """The start of the words before the strike noun at *x* that may name its side: none
    (*x*) after a naming verb -- "in what Tehran called / described as an Israeli strike"
    names neither Tehran (who only names it) nor, as a stated fact, Israel (session 12)."""
    for y in range(x - 1, lo - 1, -1):
        if sr.toks[y].key in _EN_NAMING_VERBS:
            return x
    return lo
