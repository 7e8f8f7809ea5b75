"""ASSASSINATED_BY: the killer's own statement that it killed someone, told in a clause of
saying far from its subject or in a relative clause about the victim.

- "Israel publicly acknowledged for the first time on Monday that it killed X" (the speaker
  of "that it killed", past time and manner words): :func:`speaker_it_killed`, asked by the
  active rule of ``KillingRules.assassinated`` when no agent stands near the verb;
- "X, whom Israel said it (had) killed in a strike on P", "X, who Israel says it killed",
  "X, who Israel killed in July" /
  "X، الذي قالت / أعلنت Y إنها / أنها قتلته (في غارة)": :func:`whom_said_killed`.

Not a statement by the killer: "X said that security forces killed Y" (a subject of its own
after "that"), a denial ("Israel denied that it killed X"), an accusation ("Iran said Israel
killed X" is Israel's, through the other rules), a negated or planned killing.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.dispatch import needs, register_triggers
from loaders.extract.mention_core import Mention
from loaders.extract.national_armies import ARMY_WORDS, army_of, is_national_army
from loaders.extract.rule_common import EMPTY

if TYPE_CHECKING:
    from loaders.extract.relations import SentenceCore

AB = "ASSASSINATED_BY"
_AGENTS = ("Country", "Organization", "Person")

# the verbs of saying that tell the speaker's own deed ("said / acknowledged it had killed
# Y"; also read by ``kill_its_strike_en``)
EN_SAID_IT_VERBS = frozenset({"said", "says", "acknowledged", "acknowledges", "admitted",
                              "admits", "confirmed", "confirms", "announced", "announces",
                              "claimed", "claims", "stated", "conceded", "concedes", "revealed"})
_EN_IT = frozenset({"it", "they"})
_EN_HAD = frozenset({"had", "has", "have"})
_EN_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "'", "\u2018", "\u2019"})


def before_quoted_verb(sr: SentenceCore, t: int) -> int:
    """The position before the killing verb at *t*, past the opening mark of a verb quoted
    alone ('said the army had "eliminated" him': the speaker's own word; session 57)."""
    if t - 2 >= sr.lo and t + 1 < sr.hi and sr.toks[t - 1].text in _EN_QUOTE_MARKS and \
            sr.toks[t + 1].text in _EN_QUOTE_MARKS:
        return t - 2
    return t - 1
# what may stand between a verb of saying and "that": time and manner words
_EN_FILLER = L.EN_WEEKDAYS | frozenset({"publicly", "officially", "formally", "for", "the", "first", "time",
                        "on", "in", "a", "an", "statement", "late", "earlier", "later", "also",
                        "last", "week", "month", "year", "days", "ago", "openly", "finally",
                        "previously", "separately", "again", "once", "more",
                        "today", "yesterday", "night", "this", "weeks", "months", "early",
                        "mid"})
_EN_SAYING = frozenset({"announcing", "saying", "adding", "confirming", "claiming"})
_EN_SAY_ADV = frozenset({"publicly", "officially", "formally", "openly", "finally", "also",
                         "later", "previously", "earlier", "has", "had", "have", "now", "for", "the",
                         "first", "time", "ever", "just", "recently"})


def _date_part(sr: SentenceCore, y: int) -> bool:
    """Is the token at *y* a day or year number of a date, or a comma after one ("October 22,
    2024,")?"""
    tx = sr.toks[y].text
    if tx == ",":
        return y > sr.lo and sr.toks[y - 1].text.isdigit()
    return tx.isdigit() and len(tx) in (1, 2, 4)


def date_filler_back(sr: SentenceCore, y: int) -> int:
    """The first token at or before *y* that is no time or manner word of the verb of saying
    (up to ten): "said (in March / on October 22, 2024, / for the first time on Monday) that
    it had killed Y" (capitalised months, a day and a year: session 58)."""
    stop = max(sr.lo, y - 10)
    while y > stop and (sr.key(y) in _EN_FILLER or
                        sr.toks[y].cap and sr.key(y) in L.EN_MONTHS or _date_part(sr, y)):
        y -= 1
    return y


def speaker_it_killed(sr: SentenceCore, t: int) -> Mention | None:
    """English "killed" at *t* after "(that) it / they (had)": the speaker of the verb of
    saying before, up to ten time and manner words between ("Israel publicly acknowledged for
    the first time on Monday that it killed X", "the army announced in August it had killed
    X"); None otherwise."""
    y = before_quoted_verb(sr, t)
    if sr.key(y) in _EN_HAD:
        y -= 1
    if sr.key(y) not in _EN_IT:
        return None
    y -= 1
    if sr.key(y) == "that":  # "said in August (that) it had killed"
        y -= 1
    y = date_filler_back(sr, y)
    if sr.key(y) in _EN_SAYING and sr.toks[y - 1].text == "," and \
            sr.key(y - 2) in EN_SAID_IT_VERBS:
        y -= 2  # "the army said, announcing that it had killed X"
    if sr.key(y) not in EN_SAID_IT_VERBS:
        return None
    z = y - 1  # "Israel has for the first time publicly admitted that it killed X"
    while z > max(sr.lo, y - 9) and sr.key(z) in _EN_SAY_ADV:
        z -= 1
    if sr.toks[z].text == ",":
        z = _before_which_clause(sr, z)  # "Israel, which did not claim it then, later
        # admitted that it had killed X" (session 52)
    m = sr.mention_at.get(z)
    if m is None and sr.key(z) in ARMY_WORDS and sr.key(z - 1) == "the":
        return bare_army(sr, z)  # "the army said it had killed X" (session 20)
    if m is None or m.hi != z + 1 or m.etype not in _AGENTS:
        return None
    return m


def _before_which_clause(sr: SentenceCore, c: int) -> int:
    """The token before ", which / who ... ," closed by the comma at *c* (at most 14 words
    inside, no other comma), else *c*."""
    for w in range(c - 1, max(sr.lo, c - 15), -1):
        if sr.toks[w].punct:
            return w - 1 if sr.toks[w].text == "," and sr.key(w + 1) in ("which", "who") \
                else c
    return c


# the armed forces of a country the gazetteer knows (also read by killings)
ARMY_OF = {"country:united-states": "organization:us-armed-forces",
           "country:israel": "organization:israel-defense-forces"}
ARMIES = frozenset(ARMY_OF.values())


# a preposition of place before a country (past a compass adjective): where, not who
_PLACE_PREPS = frozenset({"in", "into", "across", "inside", "to", "from", "against", "over"}) | \
    L._ar("في", "إلى", "الى", "داخل", "ضد", "من")
_COMPASS = L.EN_COMPASS | L.EN_COMPASS_ADJ | frozenset({"central"}) | L._ar(
    "شمال", "جنوب", "شرق", "غرب", "وسط")


def _place_named(sr: SentenceCore, m: Mention) -> bool:
    """Is the country mention *m* named as a place ("in (northern) Iraq", «في لبنان»)?"""
    toks = sr.doc.toks
    y = m.lo - 1
    if y >= 0 and toks[y].key in _COMPASS:
        y -= 1
    return y >= 0 and toks[y].key in _PLACE_PREPS


def bare_army(sr: SentenceCore, z: int) -> Mention | None:
    """"Israel, which had not yet claimed such killings, said nothing. By June the army said
    it had killed X": a bare "the army / military" at *z* is the army of the country (or the
    army itself) named last in this sentence or the three before, when the gazetteer knows it
    (a mention of that army made for the sentence); with no country named, the army of the
    nationality word named last (``_nationality_army``); None otherwise (another country's
    army, nothing named)."""
    last = None
    for m in reversed(sr.doc.ments):
        if m.sent > sr.si or m.sent == sr.si and m.lo >= z or m.sent < sr.si - 3:
            continue
        if m.etype == "Country" and _place_named(sr, m):
            continue  # "Israel pressed on with its campaign in Lebanon. The army ...": not
            # the Lebanese army (session 64)
        if m.etype == "Country" or m.eid in ARMIES or is_national_army(sr.doc.gaz, m.eid):
            last = m
            break
    if last is None:
        return _nationality_army(sr, z)
    eid = last.eid if last.eid in ARMIES or last.etype != "Country" else \
        ARMY_OF.get(last.eid) or army_of(sr.doc.gaz, last.eid)
    if eid is None:
        return None
    return replace(last, eid=eid, etype="Organization", lo=z, hi=z + 1, sent=sr.si,
                   kind="desc", tlo=-1, prefix="", poss=False, in_title=False)


def _nationality_army(sr: SentenceCore, z: int) -> Mention | None:
    """With no country named: the army of the last nationality word before *z* in this
    sentence or the three before ("Israeli Defence Minister Israel Katz said the army had
    killed X": the Israeli army), when the gazetteer knows that army (session 57)."""
    doc = sr.doc
    nat = L.NATIONALITY
    lo = doc.sents[max(0, sr.si - 3)].lo
    for y in range(z - 1, lo - 1, -1):
        state = nat.get(doc.toks[y].key)
        if state is not None:
            eid = ARMY_OF.get(state) or army_of(doc.gaz, state)
            if eid is None:
                return None
            tok = doc.toks[z]
            return Mention(lo=z, hi=z + 1, start=tok.start, end=tok.end, eid=eid,
                           etype="Organization", sent=sr.si, kind="desc")
    return None


def said_army_killed(sr: SentenceCore, t: int) -> Mention | None:
    """English "killed" at *t* after "said (that) the army / military (had)": that army
    ("Defence Minister Israel Katz said the army had killed X": the Israeli army, not the
    minister, whom ``_said_other_subject`` of ``killing_rules_en`` drops) (session 57)."""
    y = before_quoted_verb(sr, t)
    if sr.key(y) in _EN_HAD:
        y -= 1
    if sr.key(y) not in ARMY_WORDS or sr.key(y - 1) != "the":
        return None
    w = y - 2
    if sr.key(w) == "that":
        w -= 1
    if sr.key(w) not in EN_SAID_IT_VERBS:
        return None
    return bare_army(sr, y)


# ---- "X, whom Y said it killed" / "X، الذي قالت Y إنها قتلته" -----------------------------
_EN_WHOM = frozenset({"whom", "who"})
_EN_KILLED = frozenset({"killed", "assassinated", "eliminated"})
_AR_REL = L.AR_REL_PRONOUNS
_AR_SAY = L._ar("قالت", "قال", "اعلنت", "أعلنت", "اعلن", "أعلن", "اكدت", "أكدت", "اكد", "أكد",
                "ذكرت", "ذكر", "اقرت", "أقرت", "اعترفت", "زعمت")
_AR_THAT_IT = L._ar("انها", "إنها", "أنها", "بانها", "بأنها", "انه", "إنه", "أنه", "بانه",
                    "بأنه", "انهم", "إنهم", "أنهم")
_AR_KILLED_HIM = L._ar("قتلته", "اغتالته", "قتلها", "اغتالها", "قتله", "اغتاله", "قتلتها",
                       "اغتالتها", "صفته", "قتلوه", "اغتالوه")
_AR_QAD = L._ar("قد", "قامت")


def _victim_before(sr: SentenceCore, rel: int) -> Mention | None:
    """The person named right before the comma that opens the relative clause at *rel*."""
    c = rel - 1
    if c <= sr.lo or sr.toks[c].text not in ("،", ","):
        return None
    m = sr.mention_at.get(c - 1)
    if m is not None and m.etype == "Person" and m.hi == c:
        return m
    return _apposed_victim(sr, c)


def _apposed_victim(sr: SentenceCore, c: int) -> Mention | None:
    """The person before an apposition that the comma at *c* closes ("X, the group's top
    commander, whom Y said it killed"; "X، أبرز قادة الحزب، الذي قال Y إنه قتله"): up to
    eight words, no person and no verb of saying or killing among them (session 14)."""
    for y in range(c - 1, max(sr.lo, c - 9), -1):
        t = sr.toks[y]
        if t.text in ("،", ","):
            m = sr.mention_at.get(y - 1)
            if y == c - 1 or m is None or m.etype != "Person" or m.hi != y:
                return None
            return m
        m = sr.mention_at.get(y)
        if (m is not None and m.etype == "Person") or t.punct or (t.ar and sr.f(y) & (_AR_SAY | _AR_KILLED_HIM)) \
                or t.key in EN_SAID_IT_VERBS or t.key in _EN_KILLED or t.key in _EN_WHOM:
            return None
    return None


def _en_whom(sr: SentenceCore, w: int) -> tuple[Mention, Mention, int] | None:
    """English "whom" / "who" at *w*: (victim, agent, killing verb) for ", whom Y said it
    (had) killed" and ", who Y (had) killed"."""
    victim = _victim_before(sr, w)
    agent = sr.after(w + 1, types=_AGENTS, maxgap=1)
    if victim is None or agent is None or agent.lo > w + 2:
        return None
    y = agent.hi
    if sr.key(y) in _EN_HAD:
        y += 1
    if sr.key(y) in _EN_KILLED:  # "X, who Israel (had) killed in July" (no object after)
        obj = sr.mention_at.get(y + 1)
        return (victim, agent, y) if obj is None or obj.etype != "Person" else None
    if sr.key(y) not in EN_SAID_IT_VERBS:
        return None
    y += 1
    if sr.key(y) == "that":
        y += 1
    if sr.key(y) not in _EN_IT and sr.key(y) not in ("he", "she"):
        return None
    y += 1
    if sr.key(y) in _EN_HAD:
        y += 1
    if sr.key(y) not in _EN_KILLED:
        return None
    return victim, agent, y


def _ar_whom(sr: SentenceCore, r: int) -> tuple[Mention, Mention, int] | None:
    """Arabic "الذي" at *r*: (victim, agent, killing verb) for "، الذي قالت Y إنها قتلته"."""
    victim = _victim_before(sr, r)
    if victim is None or not sr.f(r + 1) & _AR_SAY:
        return None
    agent = sr.after(r + 2, types=_AGENTS, maxgap=0)
    if agent is None or not sr.f(agent.hi) & _AR_THAT_IT:
        return _third_party_said_ar(sr, r, victim)
    y = agent.hi
    y += 1
    if sr.f(y) & _AR_QAD:
        y += 1
    return (victim, agent, y) if sr.f(y) & _AR_KILLED_HIM else None


_AR_THAT = L._ar("إن", "ان", "أن", "بأن", "بان")
_AR_BODY_AGENTS = ("Organization", "Country")


def _third_party_said_ar(sr: SentenceCore, r: int, victim: Mention
                         ) -> tuple[Mention, Mention, int] | None:
    """"X، الذي قالت وزيرة الجيوش Y (في يونيو 2020) إن القوات الفرنسية قتلته": (X, the body or
    country right after «إن», the verb) -- the killer named by a titled speaker (session 64;
    the nearest person, the speaker, had been read as the victim); else None."""
    speaker = sr.after(r + 2, types=("Person",), maxgap=4)
    if speaker is None:
        return None
    that = next((y for y in range(speaker.hi, min(sr.hi, speaker.hi + 6))
                 if sr.f(y) & _AR_THAT), None)
    if that is None or any(sr.toks[y].punct for y in range(speaker.hi, that)):
        return None
    agent = sr.after(that + 1, types=_AR_BODY_AGENTS, maxgap=0)
    if agent is None:
        return None
    y = agent.hi + 1 if sr.f(agent.hi) & _AR_QAD else agent.hi
    return (victim, agent, y) if sr.f(y) & _AR_KILLED_HIM else None


def whom_said_killed(sr: SentenceCore) -> None:
    """"X, whom Y said it had killed" / "X، الذي قالت Y إنها قتلته": X killed by Y."""
    if _AR_REL not in sr._by_ar and _EN_WHOM not in sr._by_en:
        return  # (no cue word: no trigger look-up)
    for w in sr.triggers(_AR_REL, _EN_WHOM):
        found = _ar_whom(sr, w) if sr.toks[w].ar else _en_whom(sr, w)
        if found is None:
            continue
        victim, agent, t = found
        if victim.eid == agent.eid or sr.blocked(t) or sr.negated(agent.hi + 1):
            continue
        sr.add(AB, victim.eid, agent.eid, "whom_said_killed")


register_triggers(_AR_REL, _EN_WHOM)


_HEAD_TITLES = frozenset({"prime minister", "premier", "president", "king", "emir",
                          "supreme leader", "crown prince",
                          # the minister of the armed forces speaks for the state's killings:
                          # 'Katz: "We eliminated Nasrallah"' (session 58)
                          "defence minister", "defense minister"})


def speaker_side(sr: SentenceCore, person: str) -> str | None:
    """The side a speaker's "we" stands for in '"We eliminated X," Y said' (session 20): the
    body Y leads in the gazetteer, else Y's country when Y heads a state or government;
    None otherwise (a "we" of nobody known is no agent, and never Y in person)."""
    e = sr.doc.gaz.get(person)
    if e is None:
        return None
    leads = getattr(e, "leads", None) or []
    if leads:
        return leads[0]
    titles = {t.lower() for t in getattr(e, "titles", None) or []}
    if titles & _HEAD_TITLES and getattr(e, "country", None):
        return e.country
    return None


_EN_TOLD = frozenset({"told", "tells", "said", "says", "declared", "declares", "announced",
                      "announces", "stated", "added", "boasted", "claimed", "insisted"})


def we_speaker_en(sr: SentenceCore, t: int) -> Mention | None:
    """The speaker of a "we" killing reported after a verb of saying whose nearest noun is an
    audience (session 59): 'X told the Knesset / the UN General Assembly that "we eliminated
    Y"': X (the person before the verb), not the body told. None without "we" right before
    *t* or without a person and a verb of saying before it."""
    if "we" not in (sr.key(t - 1), sr.key(t - 2)):
        return None
    for v in range(t - 2, max(sr.lo, t - 16), -1):
        if sr.key(v) in _EN_TOLD:
            sp = sr.before(v, types=("Person",), maxgap=6)
            return sp if sp is not None and sp.hi <= v else None
    return None


_AR_WE_KILLED = L._ar("قضينا", "قتلنا", "اغتلنا", "صفينا")


@needs((_AR_WE_KILLED, EMPTY))
def we_killed_ar(sr: SentenceCore) -> None:
    """'نتنياهو أمام الكنيست: «قضينا على X»' / '«اغتلنا X»، قال Y': the quoted speaker's
    side (``speaker_side``) killed X; the speaker is the one person named before the quote's
    colon or opening mark, else right after its closing mark."""
    for t in sr.triggers(_AR_WE_KILLED, EMPTY):
        if sr.negated(t):
            continue
        v = t + 1 + (sr.key(t + 1) in ("على", "علي"))
        victim = sr.after(v, types=("Person",), maxgap=2)
        q = next((y for y in range(t - 1, max(sr.lo, t - 4) - 1, -1)
                  if sr.toks[y].text in ("«", '"', "\u201c", ":")), None)
        if victim is None or q is None:
            continue
        b = q - 1 if sr.toks[q - 1].text == ":" else q
        speaker = next((m for m in reversed(sr.args) if m.etype == "Person" and
                        m.hi <= b and b - m.hi <= 4), None)
        if speaker is None:
            close = next((y for y in range(victim.hi, min(sr.hi, victim.hi + 4))
                          if sr.toks[y].text in ("»", '"', "\u201d")), None)
            speaker = sr.after(close + 1, types=("Person",), maxgap=3) if close else None
        side = speaker_side(sr, speaker.eid) if speaker is not None else None
        if side is None or speaker is None or speaker.eid == victim.eid or sr.blocked(t):
            continue
        for m in sr.chain(victim, ("Person",)):
            if m.eid != speaker.eid:
                sr.add(AB, m.eid, side, "we_killed_ar")


# a country's intelligence service the gazetteer knows
INTEL_OF = {"country:turkey": "organization:turkish-national-intelligence-organization",
            "country:israel": "organization:mossad",
            "country:united-states": "organization:cia"}
_EN_INTEL = frozenset({"intelligence", "spy"})
_EN_SERVICE = frozenset({"service", "agency", "services", "organisation", "organization"})


def own_intelligence(sr: SentenceCore, agent: str, lo: int, t: int) -> str:
    """"Turkey said its intelligence service killed X": the country's intelligence service
    (``INTEL_OF``) when the words from *lo* (after the country) to the killing verb at *t* are
    a verb of saying, (that,) "its" and an intelligence service; *agent* otherwise."""
    if agent not in INTEL_OF or t - lo > 12:
        return agent
    keys = [sr.key(y) for y in range(lo, t)]
    if "its" not in keys or not keys or keys[0] not in EN_SAID_IT_VERBS:
        return agent
    i = keys.index("its")
    rest = keys[i + 1:]
    if rest and rest[-1] in _EN_HAD:
        rest = rest[:-1]  # "said its intelligence agency had killed X"
    if len(rest) == 2 and rest[0] in _EN_INTEL and rest[1] in _EN_SERVICE and all(
            k in _EN_FILLER or k == "that" for k in keys[1:i]):  # "said on Sunday that its"
        return INTEL_OF[agent]
    return agent
