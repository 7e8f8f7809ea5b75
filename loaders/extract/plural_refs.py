"""Plural and pronoun references to people named before, as mentions every rule can use.

A sentence often refers to people of the previous ones by a description or a pronoun:
"The two men were killed in a U.S. strike", "Both commanders died", "a US strike killed him",
"واغتيل القائدان بغارة أمريكية", "وقتلت غارة إسرائيلية الرجلين". :func:`add_refs` turns such a
reference into a *reference mention* (kind ``"ref"``) of the sentence's arguments:

- a plural description (English "the two/three men, leaders, commanders, officials,
  generals ...", "both men", "the pair", "each man / leader" (session 67); Arabic duals "القائدان/القائدين"، "الرجلان/الرجلين"،
  "القياديان"، "المسؤولان"، "الجنرالان"، "الزعيمان"، "الشهيدان"، "الجانبان"، "الطرفان"،
  "كلاهما/كليهما") stands for the
  last two (three) people joined by "and" / "و" before it: in the same sentence, else in one of
  the two sentences before; else, when no such list exists and the sentence names nobody
  before it, a companion "X returned to D with A at his side" of a sentence before
  (session 55: X and A); else the exactly two (three) people the sentence before names
  ("X ... was met by Y. Minutes later both men died"). Its id is a *group id* (``group:<sentence>:<token>``) that
  ``SentenceCore.add`` expands into one relation per member;
- an English object pronoun right after a killing verb ("killed him/her", "killed them")
  stands for the nearest person named before it in the sentence (else the last one of the
  sentences before; "them": the last pair).

Nothing is made when the people cannot be found (no pair joined by "and": "the two men"
after a single name gives nothing), so a relation is never stated with an unknown partner.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.coreference import deceased_person
from loaders.extract.dual_nationals_ar import dual_nationals_ar, nationals_members
from loaders.extract.meeting_plural_object import antecedent_group
from loaders.extract.mention_base import Mention
from loaders.extract.rule_common import title_start

GROUP_PREFIX = "group:"
_EN_NUM = {"two": 2, "three": 3, "both": 2}
_EN_PEOPLE = frozenset({"men", "leaders", "commanders", "officials", "generals", "officers",
                        "militants", "brothers", "ministers", "politicians", "figures",
                        "envoys", "diplomats", "chiefs", "heads", "victims", "women",
                        "journalists", "scientists", "clerics", "presidents", "premiers",
                        "delegations"})
_EN_PAIR = frozenset({"pair", "duo"})
# "..., and the two were received by Y" / "the two then met Y": "the two" without a noun,
# before a verb of its clause
_EN_BARE_NUM_VERB = frozenset({"were", "met", "held", "had", "then", "also", "later", "have",
                               "discussed", "talked", "are", "will", "would"})
# "X travelled to D with W": W is X's companion (one list for "the two")
_EN_TRAVEL_V = frozenset({"travelled", "traveled", "flew", "went", "came", "arrived",
                          "headed", "returned", "travelling", "traveling"})
_EN_KILL_V = frozenset({"killed", "killing", "assassinated", "assassinating", "slew",
                        "eliminated"})  # "the army said it had eliminated him"
_EN_OBJ = {"him": 1, "her": 1, "them": 2}
# hosting verbs whose object "them" is the pair named before ("X received them")
_EN_HOST_V = frozenset({"received", "receives", "receiving", "hosted", "hosts", "hosting",
                        "welcomed", "welcomes", "welcoming"})
_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "'", "\u2018", "\u2019"})
# Arabic definite duals of nouns for people (the plural of each has another shape, so the
# -ين form is a dual: القادة / الرجال / الجنرالات / الزعماء / الشهداء); "كلاهما"
_AR_DUALS = L._ar("القائدان", "القائدين", "الرجلان", "الرجلين", "القياديان", "المسؤولان",
                  "الجنرالان", "الجنرالين", "الزعيمان", "الزعيمين", "الشهيدان", "الشهيدين",
                  "كلاهما", "كليهما", "الاثنان", "الاثنين", "الوزيران", "الوزيرين",
                  "الجانبان", "الطرفان", "الوفدان", "الوفدين",  # ("بين الجانبين": the sides)
                  "الرئيسان", "الرئيسين",  # (the plural is رؤساء)
                  # envoys, ambassadors, guests as a subject (session 63: "ثم انتقل الموفدان
                  # إلى السراي"; not the -ين form: "الموفدين" is also a plural, "على شرف
                  # الضيفين" the honoured, not the ones who met)
                  "الموفدان", "المبعوثان", "السفيران", "الضيفان", "الزائران")
# "the two sides": the host and the guest of a meeting, parted by a comma or an aside
_AR_SIDES = L._ar("الجانبان", "الطرفان", "الوفدان", "الوفدين")  # (tested at a dual of
# _AR_DUALS only, so "الجانبين" / "الطرفين", which are not there, are not listed)
# the bare form is also Monday ("، الإثنين،", "يوم الاثنين"): "the two" only after these
_AR_MONDAY = L._ar("الاثنين", "والاثنين")
_AR_BETWEEN = L._ar("بين", "كلا", "مع", "لدى", "عند")
_AR_THAT = L._ar("إن", "أن", "بأن", "ان")  # a reported clause opening right before the dual
# "The envoys also met C": the group a sentence before introduced as "two ... envoys, A and B"
# (meeting_plural_object.py)
_EN_BARE = frozenset({"envoys", "emissaries", "aides", "advisers", "delegates", "negotiators"})
# "met each man separately": the two people named before, as "both men" (session 67)
_EN_EACH = "each"
_EN_EACH_NOUNS = frozenset({"man", "woman", "leader", "commander", "minister", "official",
                            "envoy"})
EN_CUES = frozenset(_EN_NUM) | _EN_PAIR | frozenset(_EN_OBJ) | _EN_BARE | {_EN_EACH}
AR_CUES = _AR_DUALS
# token keys (with a conjunction or preposition glued on) that make a sentence without
# mentions worth reading (rules.RuleExtractor)
AR_KEYS = frozenset(_AR_DUALS | {p + w for w in _AR_DUALS for p in ("و", "ف", "ب", "ل", "وب")})


def _joined(doc: Any, a: Mention, b: Mention, sides: bool = False) -> bool:
    """*a* and *b* (a before b) are members of one list: "X and Y", "X, Y and Z", "X وY",
    "X visited Z together with Y" (not a comma alone before lower-case words, session 20;
    not an Arabic comma with words between and no و, session 63, unless the reference is
    "the two sides", whose host and guest such a comma parts: *sides*)."""
    start = title_start(b)
    if start < a.hi or start - a.hi > 14:
        return False
    if b.prefix.startswith("و") or doc.toks[start].key.startswith("و") and doc.toks[start].ar:
        return True
    keys = [doc.toks[x].key for x in range(a.hi, start)]
    if not sides and doc.toks[start].ar and any(doc.toks[x].ar and not doc.toks[x].punct
                                                for x in range(a.hi, start)):
        return False  # "استقبل X، صباح اليوم، Y وZ": a time phrase, no list (no و: session 63)
    if any(k in L.EN_MEET for k in keys):
        return False  # "X returned with A at his side and held talks with B": no list
    if any(k == "with" and j and keys[j - 1] in ("together", "along")
           for j, k in enumerate(keys)):
        return not any(k in (".", ";", ",") for k in keys)  # "X ... together with Y"
    if not any(k in ("and", "و", "&") for k in keys) and any(
            doc.toks[x].key not in (",", "،") and not doc.toks[x].cap and not doc.toks[x].ar
            for x in range(a.hi, start)):
        return False  # "X at Baabda on Monday, a week after ... Y": a comma, no list
    return any(k in ("and", "و", ",", "،", "&") for k in keys) and not any(
        k in (".", ";", "؛", "who", "which", "الذي", "التي") for k in keys)


# (session 47) a clause of time after the main clause: its "him" is the main clause's subject
_EN_TIME_SUB = frozenset({"before", "after", "when", "until", "while", "as"})
_EN_NOT_SVO = frozenset({"and", ",", "who", "which", "whose", "of", "'s", "or", ";", ":"})


def _main_subject(sr: Any, here: list[Mention], x: int) -> Mention | None:
    """"X met Y hours before Israel killed him": "him" of a clause of time after a meeting is
    the meeting's subject X (named right before its verb), not the one he met, the nearest
    person; None when the sentence is not of that shape (a succession keeps the nearest: "X
    succeeded Y after the US killed him")."""
    if len(here) < 2 or not any(sr.key(y) in _EN_TIME_SUB for y in range(here[-1].hi, x)):
        return None
    last = here[-1]
    start = title_start(last)
    verb = next((y for y in range(start - 1, max(sr.lo, start - 4) - 1, -1)
                 if sr.key(y) in L.EN_MEET), None)  # "met (with) Y", "held talks with Y"
    if verb is None:
        return None
    subj = next((m for m in reversed(here[:-1]) if verb - 3 <= m.hi <= verb), None)
    if subj is None or subj.eid == last.eid or not _EN_NOT_SVO.isdisjoint(
            sr.key(y) for y in range(subj.hi, verb)):
        return None  # ("X, who ... met Y", "X and Z met Y": not one subject)
    return subj


def _travel_pair(sr: Any, people: list[Mention]) -> list[str]:
    """"X travelled to D with W" (the last two people; no punctuation between): [X, W]."""
    if len(people) < 2:
        return []
    a, b = people[-2], people[-1]
    keys = [sr.toks[x].key for x in range(a.hi, title_start(b))]
    if "with" not in keys or _EN_TRAVEL_V.isdisjoint(keys[:keys.index("with")]) or \
            any(k in (".", ";", ",", "who", "which") for k in keys) or a.eid == b.eid:
        return []
    return [a.eid, b.eid]


def _last_list(doc: Any, people: list[Mention], n: int, sides: bool = False) -> list[str]:
    """The last *n* people of *people* (in text order) joined as one list, else []."""
    for i in range(len(people) - 1, n - 2, -1):
        run = people[i - n + 1:i + 1]
        if len({m.eid for m in run}) == n and all(
                _joined(doc, run[j], run[j + 1], sides) for j in range(n - 1)):
            if i - n >= 0 and _joined(doc, people[i - n], run[0], sides) and \
                    people[i - n].eid not in {m.eid for m in run}:
                return []  # "X, Y and Z ... the two leaders": not a list of two
            return [m.eid for m in run]
    return []


def _people_before(sr: Any, x: int, back: int) -> list[list[Mention]]:
    """Named people before token *x*: this sentence's first, then each sentence before."""
    here = [m for m in sr.args if m.etype == "Person" and m.hi <= x and m.kind != "ref"]
    # "X and Y were among the guests, and Z received the two men": not Z, the subject of
    # the reference's own clause (the people before its ", and" / "، و" when two are there)
    cut = None if len(here) < 3 else next((
        b for b in range(x - 1, sr.lo, -1) if sr.toks[b].text in (",", "،") and (
            sr.key(b + 1) == "and" or (sr.toks[b + 1].ar and sr.toks[b + 1].key[:1] == "و" and
                                       sr.mention_at.get(b + 1) is None))), None)
    if cut is not None:
        before_cut = [m for m in here if m.hi <= cut]
        if len(before_cut) >= 2 and len(before_cut) < len(here):
            here = before_cut
    out = [here]
    for si in range(sr.si - 1, max(-1, sr.si - 1 - back), -1):
        out.append(sorted((m for m in sr.doc.by_sent.get(si, ()) if m.etype == "Person" and
                           not m.in_title and m.kind != "ref"), key=lambda m: m.lo))
    return out


def _met_pairs_before(sr: Any) -> set[frozenset[str]]:
    """The pairs that met in the two sentences before (attendees aside), when this sentence
    tells a meeting too; empty otherwise."""
    if L.EN_MEET not in sr._by_en and L.AR_MEET not in sr._by_ar:
        return set()
    state = sr.doc.state
    return {frozenset((r.source, r.target)) for si, out in (
        state.get("met_out", (-9, ())), state.get("met_prev", (-9, ())))
        if sr.si - 2 <= si < sr.si for r in out
        if r.type == "MET_WITH" and not r.rule.startswith("attended_meeting")}


def met_pair_instead(sr: Any, x: int, ppl: list[str]) -> list[str]:
    """The two people "the two" at *x* of a meeting sentence stands for, given the
    candidates *ppl* (the last two people named): when the sentence names nobody before *x*
    and *ppl* are not both people of the meeting told in the two sentences before ("X
    received Y. A and B attended. The two discussed ..."), the pair that met there, and no
    one when more than one pair met there (ambiguous); else *ppl*."""
    if any(m.etype == "Person" and m.hi <= x and m.kind != "ref" and not m.poss
           for m in sr.args):
        return ppl
    pairs = _met_pairs_before(sr)
    owners = {m.eid for m in sr.args if m.etype == "Person" and m.hi <= x and m.poss}
    if owners and pairs and frozenset(ppl) not in pairs:
        # "Y's office said the two discussed ...": the one pair Y met in (session 19: "X
        # was received by B, and then met Y. Y's office said the two discussed ...": X, Y)
        mine = [pair for pair in pairs if owners & pair]
        if len(mine) == 1:
            return sorted(mine[0])
    if len(ppl) < 2 and len(pairs) == 1:
        # one name before, the other a pronoun: "At the palace he was greeted by Y. The two
        # met for an hour" (session 64): the one pair that met there
        return sorted(next(iter(pairs)))
    if not pairs or all(any(p in pair for pair in pairs) for p in ppl):
        return ppl  # ("X and Y held talks with Z. The two officials also met ...")
    return sorted(next(iter(pairs))) if len(pairs) == 1 else []


def _at_side_pair(doc: Any, people: list[Mention]) -> list[str]:
    """"X (, who ...,) returned to D on Monday with A at his side (and held talks with Y)":
    [X, A], X the first person the sentence names, a travel verb between X and "with";
    else []."""
    if len(people) < 2:
        return []
    toks = doc.toks
    first = people[0]
    for a in people[1:]:
        y = title_start(a)
        if toks[y - 1].key != "with" or a.eid == first.eid or [
                toks[z].key for z in range(a.hi, min(len(toks), a.hi + 3))] not in (
                ["at", "his", "side"], ["at", "her", "side"]):
            continue
        if any(toks[z].key in _EN_TRAVEL_V for z in range(first.hi, y - 1)):
            return [first.eid, a.eid]
    return []


# the word before a plural reference that makes it the pair a meeting brought together:
# "a meeting between the two men", «اجتماع جمع الرجلين»، «لقاء بين الرجلين»
_BETWEEN_CUES = frozenset({"between"}) | L._ar("بين", "جمع", "وجمع", "جمعت", "وجمعت")


# "the two ministers": a pair whose titles name another office is not it (session 68: "ووضع
# الوزيرين ... وحضر اللقاء وزير الخارجية A، ورئيس جهاز المخابرات اللواء B. وكان الوزيران قد عقدا
# اجتماعاً": not A and B)
_AR_MINISTER_DUALS = L._ar("الوزيران", "الوزيرين")
_AR_MINISTER = (L.fold_ar("وزير"), L.fold_ar("نظير"))  # (a minister, "his counterpart")


def _other_office(doc: Any, run: list[Mention]) -> bool:
    """Does a member of *run* carry a title without "وزير" / "نظير" in it ("رئيس جهاز
    المخابرات", also one the name took in: "الملك عبد الله الثاني")?"""
    def title_words(m: Mention) -> range:
        if 0 <= m.tlo < m.lo:
            return range(m.tlo, m.lo)
        return range(m.lo, m.lo + 1) if doc.toks[m.lo].key in L.AR_TITLE_FIRST else range(0)

    return any(len(span := title_words(m)) and not any(w in doc.toks[y].key for y in span
                                                       for w in _AR_MINISTER) for m in run)


def _members(sr: Any, x: int, n: int, obj: bool = False, sides: bool = False,
             ministers: bool = False) -> list[str]:
    groups = _people_before(sr, x, back=2)
    if sr.key(x - 1) in _BETWEEN_CUES and not _last_list(sr.doc, groups[0], n, sides):
        # "X took over from Y after a meeting between the two men", «تسلّم X مهامه من Y بعد
        # اجتماع جمع الرجلين»: the exactly n people the sentence named before it, no list
        # needed (session 63)
        ids = list(dict.fromkeys(m.eid for m in groups[0]))
        if len(ids) == n:
            return ids
    for i, people in enumerate(groups):
        found = _last_list(sr.doc, people, n, sides) or (
            _at_side_pair(sr.doc, people) if i and n == 2 else [])
        if found and ministers and _other_office(sr.doc, [m for m in people if m.eid in found]):
            continue  # (a sentence before may name the two ministers)
        if found:
            if i and n == 2:
                # "the two" of a meeting sentence: the pair that met before, not the last
                # two people named (attendees, companions); nothing when it is ambiguous
                return met_pair_instead(sr, x, found)
            return found
    here = {m.eid for m in groups[0]}
    if here and sr.f(x - 1) & _AR_THAT and len(groups) > 1:
        here = set()  # "وقال S إن الرئيسين عقدا محادثات": the speaker is none of them (s65)
    if (not here or obj and len(here) == 1) and len(groups) > 1 and \
            not (ministers and _other_office(sr.doc, groups[1])):
        # no list, but the sentence before names exactly n people: "The Quds Force commander
        # ... was met at the steps by X. Minutes later both men died ..."; also past the one
        # subject of this sentence when the reference is the object ("... A ... B. وكان X
        # قد التقى الرجلين", "X met the two men"; session 24)
        ids = [e for e in dict.fromkeys(m.eid for m in groups[1]) if e not in here]
        if len(ids) == n:
            return ids
        heads = [e for e in dict.fromkeys(m.eid for m in groups[1] if led_by_en(sr, m))
                 if e not in here]
        if len(heads) == n:  # "The Saudi delegation was led by A, while the Iranian team was
            return heads  # headed by B, acting on behalf of C. The two men met ...": A and B
    return []


def led_by_en(sr: Any, m: Mention) -> bool:
    """English: *m* heads a side, named right after "led by" / "headed by" (session 65)."""
    b = title_start(m) - 1
    return b >= 1 and not sr.doc.toks[b].ar and sr.doc.toks[b].key == "by" and \
        sr.doc.toks[b - 1].key in L.EN_HEADED


def _ref(sr: Any, lo: int, hi: int, eids: list[str]) -> Mention | None:
    if not eids:
        return None
    if len(eids) == 1:
        eid = eids[0]
    else:
        eid = f"{GROUP_PREFIX}{sr.si}:{lo}"
        sr.doc.state.setdefault("groups", {})[eid] = tuple(eids)
    t0, t1 = sr.toks[lo], sr.toks[hi - 1]
    poss = t1.poss or (hi < sr.hi and sr.toks[hi].text in ("'", "’"))  # "the two men's"
    return Mention(lo, hi, t0.start, t1.end, eid, "Person", sr.si, kind="ref", tlo=lo,
                   poss=poss)


_EN_HOST_ADV = frozenset({"also", "then", "later", "warmly", "personally", "first", "had",
                          "has", "have", "formally", "officially"})


def _host_subject_before(sr: Any, v: int) -> bool:
    """A person's name ends right before the hosting verb at *v* (adverbs and an auxiliary
    between allowed): "Hailemariam Dessalegn (then) received them"."""
    y = v - 1
    while y > sr.lo and sr.key(y) in _EN_HOST_ADV:
        y -= 1
    m = sr.mention_at.get(y)
    return m is not None and m.etype == "Person" and m.kind != "ref" and not m.poss


# what may follow a bare "the two" object of a hosting or meeting verb: a place, a time, the
# end of the clause ("X received the two at the palace", "X met the two separately")
_EN_AFTER_BARE_OBJ = frozenset({"at", "in", "on", "for", "separately", "together", "jointly",
                                "briefly", "later", "before", "after", "during", ",", ".", ";",
                                "and", "to", "shortly", "today", "yesterday"})
_EN_MET_V = _EN_HOST_V | frozenset({"met", "meets", "meeting"})


def _bare_object_en(sr: Any, x: int) -> bool:
    """"(Y) received / met / hosted the two (at ...)": "the two" at *x*-1 is a bare object of
    a hosting or meeting verb whose subject is a person named right before it (session 70)."""
    return sr.key(x - 2) in _EN_MET_V and _host_subject_before(sr, x - 2) and (
        x + 1 >= sr.hi or sr.key(x + 1) in _EN_AFTER_BARE_OBJ)


def _en_refs(sr: Any, hits: list[int]) -> list[Mention]:
    out = []
    for x in hits:
        k = sr.key(x)
        if k == "them" and sr.key(x - 1) in _EN_HOST_V:
            # "A and B ..., when X received them": the pair named before, when a person is
            # the verb's subject right before it (not "X said crowds had welcomed them";
            # session 67)
            if not _host_subject_before(sr, x - 1):
                continue
            ref = _ref(sr, x, x + 1, _members(sr, x, 2, obj=True))
            if ref is not None:
                out.append(ref)
            continue
        if k in _EN_OBJ:
            if sr.key(x - 1) not in _EN_KILL_V and not (
                    sr.toks[x - 1].text in _QUOTE_MARKS and sr.key(x - 2) in _EN_KILL_V and
                    sr.toks[x - 3].text in _QUOTE_MARKS):  # 'had "eliminated" him' (s57)
                continue
            if _EN_OBJ[k] == 1:
                here = [m for m in sr.args if m.etype == "Person" and m.hi <= x and
                        m.kind != "ref" and not m.poss]
                eid = here[-1].eid if here else sr._antecedent(sr.lo, exclude=set())
                subj = _main_subject(sr, here, x)
                if subj is not None:  # "X met Y hours before Israel killed him": X
                    eid = subj.eid
                if here and sr.si > 0 and any(sr.toks[y].text in (",", "،")
                                              for y in range(here[-1].hi, x)):
                    # "X was killed on Tuesday. Speaking to K, officials said Israel killed
                    # him": the person the article said was killed, not K of another clause
                    dead = deceased_person(sr.doc, sr.si, sr.lo, back=2)
                    eid = dead or eid
                ref = _ref(sr, x, x + 1, [eid] if eid else [])
            else:
                ref = _ref(sr, x, x + 1, _members(sr, x, 2))
        elif k in _EN_BARE:
            if x - 1 != sr.lo or sr.key(x - 1) != "the":
                continue
            ref = _ref(sr, x - 1, x + 1, antecedent_group(sr, x, k, _joined))
        elif k in _EN_PAIR:
            if sr.key(x - 1) != "the":
                continue
            ref = _ref(sr, x - 1, x + 1, _members(sr, x - 1, 2))
        elif k == _EN_EACH:
            if sr.key(x + 1) not in _EN_EACH_NOUNS or _names_follow(sr, x + 2):
                continue  # ("each other", "each year"; "each man, A and B,")
            ref = _ref(sr, x, x + 2, _members(sr, x, 2, obj=sr.key(x - 1) in L.EN_MEET))
        else:
            noun = next((y for y in range(x + 1, min(sr.hi, x + 3))
                         if sr.key(y) in _EN_PEOPLE), None)
            if noun is None and k != "both" and sr.key(x - 1) == "the" and \
                    sr.key(x + 1) in _EN_BARE_NUM_VERB:
                # "X travelled to D with W, and the two were received by Y": a list of this
                # sentence, else (naming nobody before) of the sentences before
                here = _people_before(sr, x - 1, back=0)[0]
                ref = _ref(sr, x - 1, x + 1, (_travel_pair(sr, here) or _last_list(
                    sr.doc, here, _EN_NUM[k])) if here else _members(sr, x - 1, _EN_NUM[k]))
                if ref is not None:
                    out.append(ref)
                continue
            if noun is None and k != "both" and sr.key(x - 1) == "the" and \
                    _bare_object_en(sr, x):
                # "A and B flew in. Earlier, X received the two at the palace" (session 70)
                ref = _ref(sr, x - 1, x + 1, _members(sr, x - 1, _EN_NUM[k], obj=True))
                if ref is not None:
                    out.append(ref)
                continue
            if noun is None or (k != "both" and sr.key(x - 1) not in ("the", "both", "all")):
                continue
            lo = x - 1 if sr.key(x - 1) in ("the", "all") else x
            if _names_follow(sr, noun + 1) or sr.key(noun + 1) == "," and \
                    _names_follow(sr, noun + 2):
                continue
            ref = _ref(sr, lo, noun + 1, _members(sr, lo, _EN_NUM[k],
                                                  obj=sr.key(lo - 1) in L.EN_MEET))
        if ref is not None:
            out.append(ref)
    return out


def _names_follow(sr: Any, x: int) -> bool:
    """The description is a title of names right after it ("اغتيال الشهيدين X وY", "the two
    men, X and Y,"): not a reference back. A name after an attendance word is someone else
    («اجتماع جمع الرجلين بحضور X»: X attended, session 63)."""
    for y in (x, x + 1) if x >= sr.hi or sr.key(x) not in L.AR_IN_PRESENCE else (x,):
        m = sr.mention_at.get(y)
        if m is not None and m.etype == "Person" and m.kind != "ref":
            return True
    return False


def _pair_named_after(sr: Any, x: int) -> bool:
    """Two people or more joined by «و» right after the Arabic dual ending before *x*
    ("اغتيال الشهيدين X وY"): its apposition. One person alone is another argument when the
    sentence names no one before the dual: "(وصل A وB إلى دمشق.) والتقى الوزيران X" (the two
    ministers met X, session 62)."""
    for y in (x, x + 1):
        m = sr.mention_at.get(y)
        if m is not None and m.etype == "Person" and m.kind != "ref":
            return len([c for c in sr.chain(m) if c.etype == "Person"]) >= 2
    return False


def _ar_refs(sr: Any, hits: list[int]) -> list[Mention]:
    out = []
    for x in hits:
        if _names_follow(sr, x + 1) and (_pair_named_after(sr, x + 1) or any(
                m.etype == "Person" and m.hi <= x for m in sr.args)):
            continue  # (a dual after people of its own sentence: as before, session 62)
        if sr.toks[x].key in _AR_MONDAY and sr.key(x - 1) not in _AR_BETWEEN:
            continue  # "استقبل X، الإثنين، وفداً": the day, not "the two"
        found = _members(sr, x, 2, obj=bool(sr.f(x - 1) & L.AR_MEET) and (
            sr.toks[x].key.endswith("ين")), sides=bool(sr.f(x) & _AR_SIDES),
            ministers=bool(sr.f(x) & _AR_MINISTER_DUALS))  # (the
        # accusative dual: "التقى الرجلين")
        nats = dual_nationals_ar(sr.toks, x, sr.hi)
        if nats is not None:  # "الوزيرين الصيني والباكستاني": those titled so
            found = nationals_members(sr.toks, sr.toks[x].key, _people_before(sr, x, back=2),
                                      nats, found)
        ref = _ref(sr, x, x + 1, found)
        if ref is not None:
            t = sr.toks[x]
            pre = t.key[: len(t.key) - len(t.stems[-1][1])] if t.stems else ""
            if pre:
                ref.prefix = pre  # "بالقائدين": the preposition stays a prefix
            out.append(ref)
    return out


def add_refs(sr: Any) -> list[Mention]:
    """Reference mentions of the sentence (see the module doc), not covering a name."""
    hits_en = sr._by_en.get(EN_CUES)
    hits_ar = sr._by_ar.get(AR_CUES)
    refs = (_en_refs(sr, hits_en) if hits_en else []) + (_ar_refs(sr, hits_ar) if hits_ar else [])
    return [r for r in refs if not any(sr.mention_at.get(k) is not None
                                       for k in range(r.lo, r.hi))]


def member_pairs(sr: Any, members: list[Mention]) -> list[tuple[str, str]]:
    """The pairs of people that met among *members* (one list of a meeting's sides), a
    plural reference expanded into its people: "a meeting between the two men" is one
    mention standing for two (session 63); not when a word of the sentence tells that
    meeting as not held («أي لقاء مباشر بين الوفدين لم يُعقد»: :func:`unheld_ref_meeting`)."""
    doc = sr.doc
    if any(expand(doc, m.eid) for m in members) and unheld_ref_meeting(sr):
        members = [m for m in members if not expand(doc, m.eid)]
    eids = list(dict.fromkeys(e for m in members for e in (expand(doc, m.eid) or (m.eid,))))
    return [(a, b) for i, a in enumerate(eids) for b in eids[i + 1:]]


# words that make a meeting of "the two men" told in a sentence naming nobody else a meeting
# not held, wherever they stand ("A meeting between the two generals, floated by mediators,
# was ruled out", «أي لقاء مباشر بين الوفدين لم يُعقد»)
_UNHELD = L.EN_NEG | L.AR_NEG | L.AR_MODAL | frozenset({
    "ruled", "floated", "proposed", "possible", "expected", "planned", "would", "will",
    "may", "might", "could", "any"}) | L._ar("أي", "اي", "محتمل", "مقترح")


def unheld_ref_meeting(sr: Any) -> bool:
    """Does the sentence (naming nobody but a plural reference) tell its meeting as not
    held, planned or proposed, by any word of it? (session 63)"""
    return any(sr.toks[y].key in _UNHELD for y in range(sr.lo, sr.hi))


def expand(doc: Any, eid: str) -> tuple[str, ...] | None:
    """The members of a group id, None for any other id."""
    if eid.startswith(GROUP_PREFIX):
        return doc.state.get("groups", {}).get(eid, ())
    return None
