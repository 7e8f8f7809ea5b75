"""ASSASSINATED_BY: what the agent says or a court rules, and dual victims.

Reads an army that says it killed X ("أكد الجيش أنه قتل X"), "Israel admitted killing X" /
"أقرت إسرائيل باغتيال X", a court's verdict against the killer ("Y was convicted of killing
X", "حكم على Y بالإعدام بتهمة قتل X"), "أعلنت Y أنها قتلت X" and the dual pronoun
"لقي X وY حتفهما بضربة أميركية" (both victims).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.core_recall_kill import companions
from loaders.extract.coreference import deceased_person
from loaders.extract.dispatch import needs
from loaders.extract.kill_aka_object_ar import aka_described_object_ar
from loaders.extract.kill_claim_elided_ar import elided_claimer_ar
from loaders.extract.kill_claim_participle_ar import AR_SAY_PARTICIPLES, participle_claimer_ar
from loaders.extract.kill_claim_victim import claimed_victim_ar
from loaders.extract.kill_cues import AB
from loaders.extract.kill_said_it import bare_army
from loaders.extract.kill_victim_lists import _more_victims, titled_list
from loaders.extract.rule_common import EMPTY, EN_PASSIVE_AUX, title_start

_EN_SUSPECT = frozenset({"evidence", "suspicion", "suspected", "suspect", "charged", "charges",
                         "charge", "alleged", "allegedly", "warrant", "accused", "accusing",
                         "trial", "convicted", "acquitted", "investigating", "probe"})
_AR_SUSPECT = L._ar("بتهمه", "تهمه", "بتهم", "للاشتباه", "الاشتباه", "بالتورط", "متهم",
                    "متهما", "متهمه", "مذكره", "مذكرة", "بتهمة", "تهمة", "اتهام", "باتهام",
                    "يشتبه", "المشتبه")
_EN_KILL_WORDS_W = frozenset({"killing", "killed", "assassination", "murder", "kill",
                            "assassinated", "murdered"})
_AR_KILL_WORDS_W = L._ar("اغتيال", "مقتل", "قتل", "تصفيه", "اغتال", "اغتالت", "قتلت")
_AR_CLAIM_SAY = L._ar("اعلن", "اعلنت", "اكد", "اكدت", "قال", "قالت", "زعم", "زعمت", "ذكر",
                     "ذكرت", "اقر", "اقرت")
_AR_KILLED_HIM_V = L._ar("اغتاله", "اغتالها", "اغتالهما", "قتله", "قتلها", "قتلهما", "صفاه",
                         # a feminine agent: "أعلنت الوزارة / إسرائيل أنها قتلته / اغتالته"
                         "قتلته", "اغتالته", "قتلتها", "اغتالتها", "قتلتهما", "اغتالتهما",
                         "صفته")
_AR_CLAIM_NOUN = L._ar("اعلان", "إعلان", "بيان", "تاكيد", "تأكيد", "اعلانه", "اعلانها")
_AR_IT_KILLED = L._ar("انه", "بانه", "انها", "بانها")
AR_CLAIM_SAY, AR_THAT_IT = _AR_CLAIM_SAY, _AR_IT_KILLED  # (public: kill_approved_strike)
_AR_KILL_VERB_W = L._ar("اغتال", "قتل", "صفى")
# "أعلن جهاز الاستخبارات أنه «حيّد» X": the euphemism of the agent's own claim (session 24);
# only the bare token (not "وحيد", alone) after أنه / أنها, with or without quotes
_AR_NEUTRALISED = L._ar("حيد", "حيدت")
_QUOTES = frozenset({"«", "\"", "“", "'"})
_CLOSE = frozenset({"»", "\"", "”", "'"})


_AR_THAT_C = frozenset({"ان", "بان", "لان"})
_AR_BARE_ARMY = L._ar("الجيش", "القوات", "جيشه", "قواته", "قواتها", "جيشها")


@needs((_AR_KILL_VERB_W, EMPTY))
def bare_army_killed_ar(sr: Any) -> None:
    """"أعلن المتحدث باسم الجيش الإسرائيلي X أن الجيش اغتال Y": the bare "الجيش" after
    "أن" is the army named before it in the sentence (not the spokesman); with no army named,
    the army of the country or nationality named before (``kill_said_it.bare_army``)."""
    for t in sr.triggers(_AR_KILL_VERB_W, EMPTY):
        a = t - 1
        if sr.key(a) == "قد":
            a -= 1
        if not sr.f(a) & _AR_BARE_ARMY or sr.key(a - 1) not in _AR_THAT_C:
            continue
        army = next((m for m in reversed(sr.ments) if m.hi <= a - 1 and
                     m.etype == "Organization" and ("army" in m.eid or "forces" in m.eid)), None)
        if army is None and sr.toks[a].key == "الجيش":
            army = bare_army(sr, a)  # "قال وزير الدفاع الإسرائيلي K إن الجيش قتل Y": the
            # army of the country or nationality named before, not the minister (s57)
        victim = sr.after(t + 1, types=("Person",), maxgap=6)
        if army is None or victim is None or sr.blocked(t):
            continue
        for v in sr.chain(victim, ("Person",)):
            sr.add(AB, v.eid, army.eid, "bare_army_killed_ar")


_AR_ADMIT = L._ar("اقر", "اقرت", "يقر", "تقر", "اعترف", "اعترفت", "يعترف", "تعترف")
# the act (اغتيال، قتل), not the death: "أقرّ الحرس / اعترفت حماس بمقتل X" acknowledges a
# loss, the killer is named elsewhere ("في غارة إسرائيلية"; session 63)
_AR_KILL_NOUN_B = L._ar("اغتيال", "قتل", "تصفيه", "تصفية")
_EN_ADMIT = frozenset({"admitted", "acknowledged", "admits", "acknowledges", "conceded"})


@needs((_AR_ADMIT, _EN_ADMIT))
def admitted_killing(sr: Any) -> None:
    """"أقرّت إسرائيل باغتيال X" / "Israel admitted killing X": the agent's own admission (not
    "أقرّ الحرس بمقتل X": the death of its own man)."""
    ar = sr.toks[sr.lo].ar
    for t in sr.triggers(_AR_ADMIT, _EN_ADMIT):
        if ar:
            noun = next((x for x in range(t + 1, min(sr.hi, t + 5))
                         if sr.toks[x].key.startswith("ب") and sr.f(x) & _AR_KILL_NOUN_B), None)
            if noun is None:
                continue
            agent = sr.after(t + 1, types=("Country", "Organization", "Person"), maxgap=1)
            if agent is None or agent.lo > noun:
                agent = sr.before(t, types=("Country", "Organization", "Person"), maxgap=1)
        else:
            noun = t + 1 if sr.key(t + 1) in ("killing", "assassinating") else None
            if noun is None:
                continue
            agent = sr.subject_before(t, maxgap=8)
        victim = sr.after(noun + 1, types=("Person",), maxgap=2)
        if agent is None or victim is None or agent.eid == victim.eid or \
                agent.etype not in ("Country", "Organization", "Person") or sr.blocked(t):
            continue
        for v in sr.chain(victim, ("Person",)):
            sr.add(AB, v.eid, agent.eid, "admitted_killing")


# ---- a court's verdict against a killer ------------------------------------------------
_EN_VERDICT = frozenset({"sentenced", "convicted", "guilty"})
_EN_KILL_GERUND = frozenset({"killing", "murdering", "assassinating"})
_EN_KILL_NOUN_OF = frozenset({"killing", "murder", "assassination", "slaying"})
_AR_CHARGE = L._ar("بتهمة", "بتهمه", "بجريمة", "بجريمه", "لإدانته", "لادانته", "لإدانتهم",
                   "لادانتهم", "المدان", "المدانين", "المدانون", "إدانته", "ادانته", "إدانتهم",
                   "ادانتهم", "بإدانته", "بادانته")  # "بعد إدانته بقتل Y" after a verdict word
_AR_VERDICT = L._ar("بالإعدام", "بالاعدام", "بإعدام", "باعدام", "حكم", "حكمت", "حكما", "حكماً",
                    "بالسجن", "أدانت", "ادانت", "دانت", "أصدرت", "اصدرت", "قضت")


@needs((_AR_CHARGE, _EN_VERDICT))
def verdict_killer(sr: Any) -> None:
    """A court's verdict against a killer: "a court sentenced X to death for the killing /
    murder of Y", "X was sentenced to death for killing Y", "X was convicted of killing Y",
    "found X guilty of the assassination of Y", "حكمت المحكمة بالإعدام على X بتهمة قتل Y",
    "حكماً بالإعدام بحق X لإدانته / بعد إدانته باغتيال Y" -> Y by X. Not a charge alone
    ("charged with", "بتهمة" without a verdict word), not an acquittal, not negated."""
    ar = sr.toks[sr.lo].ar
    for t in sr.triggers(_AR_CHARGE, _EN_VERDICT):
        if ar:
            kill = t + 1
            if not sr.f(kill) & _AR_KILL_NOUN_B:
                continue
            if not any(sr.f(y) & _AR_VERDICT for y in range(max(sr.lo, t - 15), t)):
                continue
            killer = sr.before(t, types=("Person",), maxgap=3)
            victim = sr.after(kill + 1, types=("Person",), maxgap=3)
            if killer is None and sr.toks[kill].key.startswith("ب"):
                continue
        else:
            k = sr.key(t)
            prep = "for" if k == "sentenced" else "of"
            x = next((y for y in range(t + 1, min(sr.hi, t + 14))
                      if sr.key(y) == prep or sr.toks[y].text in (";", ":")), None)
            if x is None or sr.key(x) != prep:
                continue
            y = x + 1 + (sr.key(x + 1) == "the")
            if sr.key(y).isdigit() and y > x + 1:  # "of the 1982 killing of Y" (session 71)
                y += 1
            attack = _attack_that_killed(sr, y)
            if attack is not None:  # "guilty of the (1982) truck bombing that killed Y"
                vstart = attack
            elif sr.key(y) in _EN_KILL_NOUN_OF and sr.key(y + 1) == "of":
                vstart = y + 2
            elif sr.key(y) in _EN_KILL_GERUND and y == x + 1:
                vstart = y + 1
            elif y == x + 2 and sr.key(y) in _EN_KILL_NOUN_OF and sr.key(t - 1) == "those" \
                    and sr.key(t - 2) == "among" and sr.key(y + 1) in ("was", "were"):
                # "Among those convicted of the killing was X": the killing told before
                dead = deceased_person(sr.doc, sr.si, t)
                killer = sr.after(y + 2, types=("Person",), maxgap=1)
                if dead and killer is not None and killer.eid != dead and \
                        not sr.blocked(t, killer):
                    sr.add(AB, dead, killer.eid, "verdict_killer")
                continue
            else:
                continue
            victim = sr.after(vstart, types=("Person",), maxgap=3)
            killer = sr.after(t + 1, types=("Person",), maxgap=x - t)
            if killer is not None and killer.hi > x:
                killer = None
            if killer is None and k == "guilty":
                killer = sr.before(t, types=("Person",), maxgap=0)  # "found X guilty"
                if killer is None:
                    killer = _found_apposed(sr, t)  # "found X, a member of Z, guilty"
            if killer is None:
                a = t - 1
                if sr.key(a) == "found":  # "X was found guilty"
                    a -= 1
                if sr.key(a) in EN_PASSIVE_AUX:
                    killer = sr.subject_before(a, maxgap=12)
        if killer is None or victim is None or killer.eid == victim.eid or \
                killer.etype != "Person" or sr.blocked(t, killer):
            continue
        sr.add(AB, victim.eid, killer.eid, "verdict_killer")


_EN_ATTACK_NOUNS = frozenset({"bombing", "attack", "blast", "explosion", "shooting", "ambush"})


def _attack_that_killed(sr: Any, y: int) -> int | None:
    """Session 71: "(guilty of the) truck bombing that / which killed Y": the offset after
    "killed" when an attack noun, at most two words after *y*, is followed by that / which
    killed; else ``None``."""
    for a in range(y, min(sr.hi - 2, y + 3)):
        if sr.key(a) in _EN_ATTACK_NOUNS:
            if sr.key(a + 1) in ("that", "which") and sr.key(a + 2) == "killed":
                return a + 3
            return None
    return None


def _found_apposed(sr: Any, t: int) -> Any:
    """Session 71: the convicted person of "found X, a member of Z, guilty" (*t* = guilty):
    the person right after "found", when one comma-closed apposition naming no other person
    stands between him and *t*; else ``None``."""
    if sr.key(t - 1) != ",":
        return None
    x = sr.before(t, types=("Person",), maxgap=12)
    if x is None or sr.key(x.hi) != "," or sr.key(x.lo - 1) != "found":
        return None
    commas = [y for y in range(x.hi, t) if sr.key(y) == ","]
    return x if len(commas) == 2 else None


_AR_DUAL_DEATH = L._ar("حتفهما", "مصرعهما")


@needs((_AR_DUAL_DEATH, EMPTY))
def dual_victims_ar(sr: Any, start: int) -> None:
    """"لقي قائد ... X ونائب ... Y حتفهما بضربة أميركية": the dual pronoun names both people
    before it as victims (a title between them is no break in the list)."""
    for t in sr.triggers(_AR_DUAL_DEATH, EMPTY):
        ppl = [m for m in sr.args if m.etype == "Person" and m.hi <= t and t - m.hi <= 30]
        if len(ppl) < 2:
            continue
        pair = ppl[-2:]
        agents = {r.target for r in sr.out[start:] if r.type == AB and
                  r.source in (pair[0].eid, pair[1].eid)}
        for a in agents:
            for v in pair:
                if v.eid != a and not any(r.type == AB and r.source == v.eid and r.target == a
                                          for r in sr.out):
                    sr.add(AB, v.eid, a, "dual_victims_ar")


# the speaker's own verb after "أنها": feminine too ("ثم أعلنت (إسرائيل) أنها قتلت X"; the
# elided subject is read by kill_claim_elided_ar; session 38)
_AR_IT_KILL_W = _AR_KILL_VERB_W | L._ar("اغتالت", "قتلت")
_AR_IT_KILLED_ANY = _AR_IT_KILL_W | _AR_KILLED_HIM_V | _AR_NEUTRALISED  # (one set, not a union per triggers() call)
_AR_THEN_W = L._ar("ثم", "كما", "فيما", "بينما")
# the words of saying before "أنه": verbs, nouns and participles ("زاعماً أنه"; session 67)
_AR_SAY_ANY = _AR_CLAIM_SAY | _AR_CLAIM_NOUN | AR_SAY_PARTICIPLES


def it_killed_speaker_ar(sr: Any, t: int) -> tuple[int | None, str | None]:
    """The claim around the killing verb at *t* right after "أنه / أنها": (the verb or noun
    of saying, the speaker's id) of "أعلن الجيش الإسرائيلي (الجمعة) أنه قتل ...", "أعلنت
    إسرائيل أنها اغتالت ..."; (None, None) when *t* is no such verb."""
    if not sr.f(t - 1) & _AR_IT_KILLED:
        return None, None
    say = next((y for y in range(t - 2, max(sr.lo, t - 10) - 1, -1)
                if sr.f(y) & _AR_SAY_ANY), None)
    if say is None:
        return None, None
    if sr.f(say) & AR_SAY_PARTICIPLES:  # "اعترف الجيش بالغارة، زاعماً أنه اغتال X"
        return say, participle_claimer_ar(sr, say)
    spk = sr.after(say + 1, types=("Organization", "Country", "Person"), maxgap=0)
    if spk is None or spk.hi > t - 1:
        spk = sr.before(say, types=("Organization", "Country", "Person"), maxgap=2)
        if spk is not None and any(sr.f(y) & _AR_THEN_W for y in range(spk.hi, say)):
            spk = None  # "اغتالت إسرائيل X، ثم أعلنت أنها قتلت Y": X ends the clause
            # before; the subject is left out (kill_claim_elided_ar; session 38)
    if spk is None and sr.key(say + 1) == "الجيش" and say + 1 not in sr.mention_at:
        spk = bare_army(sr, say + 1)  # "لم تعلّق إسرائيل ... ثم قال الجيش إنه قتل X"
    # (kill_claim_elided_ar: "ثم أعلنت أنها قتلت X", no subject)
    return say, spk.eid if spk is not None else \
        elided_claimer_ar(sr, say) if not sr.f(say) & _AR_CLAIM_NOUN else None


@needs((_AR_IT_KILL_W | _AR_KILLED_HIM_V | _AR_NEUTRALISED, EMPTY))
def announced_it_killed_ar(sr: Any) -> None:
    """"(وكان) جيش الاحتلال (قد) أعلن أنه اغتال X" / "أعلنت إسرائيل أنها قتلت X" / "أعلن
    جهاز الاستخبارات أنه «حيّد» X": the speaker's own claim names it as the agent."""
    for t in sr.triggers(_AR_IT_KILLED_ANY, EMPTY):
        q = vstart = 0  # (an opening quote before the verb; where the victim is looked for)
        if sr.toks[t].key in _AR_NEUTRALISED:  # (the bare verb only)
            q = int(sr.toks[t - 1].text in _QUOTES)
            vstart = t + 1 + int(q > 0 and sr.toks[t + 1].text in _CLOSE)  # 'أنه «حيّد» X'
        elif sr.f(t) & _AR_NEUTRALISED:
            continue
        say, spk_id = it_killed_speaker_ar(sr, t - q)
        if say is None or spk_id is None:
            continue
        if sr.f(t) & _AR_KILLED_HIM_V:
            # "استشهاد X، بعد ساعات من إعلان الجيش الإسرائيلي أنه اغتاله": the person the
            # sentence named before the claim
            victim = claimed_victim_ar(sr, say)  # (not one inside a relative clause)
            if victim is not None and victim.eid == spk_id:
                victim = None
            last = t
        else:
            victim = sr.after(vstart or t + 1, types=("Person",), maxgap=2)
            if vstart and victim is None:  # 'أنه «حيّد» قائد ...، الملقب X' (session 70)
                victim = aka_described_object_ar(sr, vstart)
                vstart = victim.tlo if victim is not None else vstart
            if vstart and victim is not None and title_start(victim) != vstart and not (
                    victim.lo == vstart + 1 and sr.key(vstart).startswith("ال")):
                continue  # ('أنها حيّدت الخلافات مع X': no person neutralised)
            if victim is None and not vstart:  # "أنه اغتال قبل نحو ثلاثة أشهر عضو ... X": an adverbial first
                victim = next((m for m in sr.args if m.etype == "Person" and m.kind == "name"
                               and t < m.lo <= t + 20), None)
                if victim is not None and any(sr.toks[y].text in ("،", ",", ".")
                                              for y in range(t + 1, victim.lo)):
                    victim = None
            last = victim.hi - 1 if victim is not None else t
        if victim is None or spk_id == victim.eid or sr.blocked(t):
            continue
        victims = titled_list(sr, sr.chain(victim, ("Person",))) \
            if not sr.f(t) & _AR_KILLED_HIM_V else [victim]
        for v in _more_victims(victims, companions(sr, max(last, victims[-1].hi - 1))):
            sr.add(AB, v.eid, spk_id, "announced_it_killed_ar")


# "على يد مقاتليه / عناصره / قواته": the men of the body that tells it (session 49)
AR_ITS_MEN = L._ar("مقاتليه", "مقاتليها", "عناصره", "عناصرها", "مسلحيه", "مسلحيها", "قواته",
                   "قواتها", "جنوده")


def its_men_speaker_ar(sr: Any, k: int) -> str | None:
    """The body or country that says so before token *k* ("أعلن تنظيم X أن Y قُتل على يد
    مقاتليه": X), the subject right after a verb of saying (or right before it); else None."""
    say = next((y for y in range(k - 1, sr.lo - 1, -1) if sr.f(y) & _AR_CLAIM_SAY), None)
    if say is None:
        return None
    spk = sr.after(say + 1, types=("Organization", "Country"), maxgap=3) or \
        sr.before(say, types=("Organization", "Country"), maxgap=1)
    return spk.eid if spk is not None and spk.hi <= k else None
