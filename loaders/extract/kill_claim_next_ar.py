"""ASSASSINATED_BY: a killing told first, its claim in a later clause of the same sentence
(session 22, ``kill``), Arabic; the counterpart of :mod:`kill_claim_next_en`.

Arabic wire copy tells the death, the means and the place first, and who claimed it last:

- a coordinated clause: "قُتل X ... بضربة ...، وأعلنت Y مسؤوليتها عن العملية / عنها"،
  "...، وتبنّى Y العملية / الهجوم / التفجير"؛ an admission, "...، وأقرّت / اعترفت Y (لاحقاً)
  بمسؤوليتها (عن اغتياله)" (session 54)؛
- a relative clause on the operation: "... في عملية أعلن Y تنفيذها"، "... بضربة أعلنت Y أنها
  نفّذتها"، "... في انفجار أعلن Y أنه ثمرة عملية خاصة نفّذها".

The claimer (a body, a country or a titled person: "وتبنّى القائد الانفصالي Z العملية") is the
agent of each person the clause before says was killed ("قُتل / اغتيل / قضى / استشهد / لقي
مصرعه <title> X"، "X قُتل"، "أما X فقُتل"، "اغتيال / مقتل X"), also when the killing has an agent of its own (the strike's nationality:
"بضربة أميركية ...، وأعلنت القيادة المركزية مسؤوليتها عنها" gives both; that second agent is
not carried to "وقُتل في الضربة نفسها Z", nor to a victim named after a noun, "بعد اغتيال
X بغارة إسرائيلية ...، وأعلن الجيش الإسرائيلي مسؤوليته عنها", who keeps Israel only).

Not read: a negated claim ("ولم تعلن أي جهة مسؤوليتها"، "لم يتبنَّ Y العملية"), a denial
("ونفى Y مسؤوليته") or an accusation ("واتهمت إيران Y بالوقوف وراءها": no claim verb), a claim
of another deed ("مسؤوليته عن الهجوم على قاعدة ..."، "عن هجوم آخر"), a claim that names its
own victim ("أعلن Y مسؤوليته عن اغتيال Z": ``killing_nominal``), the announcement of a death
("وأعلن الجيش مقتله": no claim), a report of the claim by someone else ("وقال مسؤولون إن Y
تبنّى ...": the claim verb does not open its clause); a claim opening the next sentence
("قُتل X في الغارة. وتبنّت Y العملية") is read by :mod:`kill_claim_opening_ar` (session 70).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.dispatch import register_triggers
from loaders.extract.kill_victim_lists import titled_list, titles_as_names
from loaders.extract.rule_common import EMPTY, title_start

if TYPE_CHECKING:
    from loaders.extract.mentions import Mention
    from loaders.extract.relations import SentenceCore

AB = "ASSASSINATED_BY"
_AGENTS = ("Country", "Organization", "Person")

# the claim verbs: "أعلن Y مسؤوليته / تنفيذها / أنه نفّذها", "تبنّى Y العملية"
_AR_ANNOUNCED = L._ar("اعلن", "اعلنت", "واعلن", "واعلنت")
_AR_ADOPTED = L._ar("تبنى", "تبنت", "وتبنى", "وتبنت")
# an admission (session 54): "، وأقرّت / اعترفت Y (لاحقاً) بمسؤوليتها (عن اغتياله)"
_AR_ADMITTED = L._ar("اقر", "اقرت", "واقر", "واقرت", "اعترف", "اعترفت", "واعترف", "واعترفت")
AR_CLAIM_NEXT = _AR_ANNOUNCED | _AR_ADOPTED | _AR_ADMITTED
_AR_RESP = L._ar("مسؤوليتها", "مسؤوليته", "المسؤولية", "مسؤوليتهم", "بمسؤوليتها",
                 "بمسؤوليته", "بالمسؤولية", "بمسؤوليتهم")
_AR_ABOUT_IT = L._ar("عنها", "عنه")
_AR_HIS_KILLING = L._ar("اغتياله", "اغتيالها", "مقتله", "مقتلها", "قتله", "تصفيته")
_AR_THE_OP = L._ar("العملية", "العمليه", "الهجوم", "الغارة", "الغاره", "الضربة", "الضربه",
                   "التفجير", "القصف", "الاغتيال", "الانفجار")
_AR_DOING_IT = L._ar("تنفيذها", "تنفيذه", "تنفيذ")
_AR_THAT_IT = L._ar("انها", "انه", "بانها", "بانه")
_AR_DID_IT = L._ar("نفذتها", "نفذها", "نفذته", "نفذت", "نفذ", "نفذه", "شنتها", "شنها")
_AR_OBJECTS = _AR_RESP | _AR_THE_OP | _AR_DOING_IT | _AR_THAT_IT
_AR_LATER = L._ar("لاحقا", "لاحقاً", "رسميا", "رسمياً", "فورا", "فوراً", "الخميس", "الجمعة",
                  "السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء")
# another target after the claimed deed: "عن الهجوم على قاعدة ..."
_AR_OTHER_TARGET = L._ar("على", "ضد", "اخر", "آخر", "الآخر", "الاخر")
# the killing before the claim: a verb before the victim (VSO), after him, or a noun
_AR_KILLED_V = L._ar("قتل", "اغتيل", "قضى", "استشهد", "لقي", "فقتل", "فاغتيل", "وقتل",
                     "واغتيل")
_AR_KILLED_N = L._ar("مقتل", "اغتيال", "ومقتل", "واغتيال")
_AR_GROUP_WORDS = L._ar("تنظيم", "جماعة", "حركة", "جهاز", "فصيل")
_AR_OPERATION = L.AR_STRIKE | L._ar("عملية", "بعملية", "عمليه", "انفجار", "بانفجار", "تفجير",
                                    "بتفجير", "هجوم", "بهجوم")
_AR_QAD = L._ar("قد", "كان", "وكان")
_CLOSING_QUOTES = frozenset({'"', "»", "\u201d", "'"})
_AR_RESULT_V = L._ar("أسفر", "أسفرت", "اسفر", "اسفرت", "أدى", "أدت", "ادى", "ادت")


def _past_closing_quotes(sr: SentenceCore, z: int) -> int:
    """The first token from *z* on that is no closing quotation mark."""
    while z < sr.hi and sr.toks[z].text in _CLOSING_QUOTES:
        z += 1
    return z


_MAX_APPOSITION_AR = 8  # tokens from the first comma to the closing one


def _past_apposition(sr: SentenceCore, z: int) -> int:
    """Past a short apposition of the claimer set off by commas, *z* on the first comma
    ("وأعلنت جماعة Y، المرتبطة بتنظيم Z، مسؤوليتها عن الهجوم": session 72, ``recall72``);
    not past a person or a verb of saying in it; else *z*."""
    if z >= sr.hi or sr.toks[z].text not in ("،", ","):
        return z
    for y in range(z + 1, min(sr.hi, z + _MAX_APPOSITION_AR)):
        t = sr.toks[y]
        if t.text in ("،", ","):
            return y + 1 if y > z + 1 and sr.f(y + 1) & _AR_RESP else z
        if t.punct or sr.f(y) & L.AR_SAID:
            return z
        m = sr.mention_at.get(y)
        if m is not None and m.etype == "Person":
            return z
    return z


def _claim_object(sr: SentenceCore, c: int, agent: Mention) -> bool:
    """After the claimer at *c*: the claimed object is the operation told before ("تبنّى Y
    العملية", "أعلن Y مسؤوليته عنها / عن الهجوم", "أعلن Y تنفيذها", "أعلن Y أنه (ثمرة عملية)
    نفّذها")."""
    # past the quoted name's closing mark: "أعلن «لواء الإسلام» في بيان مسؤوليته"، 'أعلن تنظيم
    # "X" المسؤولية عنه' (session 70), and the brackets of "القيادة المركزية الأميركية (سنتكوم)"
    z = _past_closing_quotes(sr, agent.hi)
    if sr.key(z) == "(":
        z = _past_closing_quotes(sr, next(
            (y + 1 for y in range(z + 1, min(sr.hi, z + 6)) if sr.key(y) == ")"), z))
    z = _past_apposition(sr, z)
    for y in range(z, min(sr.hi, z + 4)):  # "(لاحقاً)"، "في بيان"، "... الدولة الإسلامية"
        if sr.f(y) & _AR_OBJECTS:
            z = y
            break
        if sr.toks[y].punct or sr.mention_at.get(y) is not None:
            break
    fz = sr.f(z)
    if sr.f(c) & _AR_ADMITTED:  # (an admission claims only the responsibility)
        if not fz & _AR_RESP:
            return False
        z += 1
        if sr.f(z) & _AR_LATER:
            z += 1
        return bool(z >= sr.hi or sr.toks[z].punct or sr.f(z) & _AR_ABOUT_IT or
                    sr.key(z) == "عن" and (sr.f(z + 1) & _AR_HIS_KILLING or
                                          sr.f(z + 1) & _AR_THE_OP and
                                          not sr.f(z + 2) & _AR_OTHER_TARGET))
    if c in sr.triggers(_AR_ADOPTED, EMPTY):
        return bool(fz & _AR_THE_OP) and not sr.f(z + 1) & _AR_OTHER_TARGET
    if fz & _AR_RESP:
        z += 1
        if sr.f(z) & _AR_LATER:
            z += 1
        if sr.f(z) & _AR_ABOUT_IT:
            return True
        if sr.key(z) == "عن" and sr.f(z + 1) & _AR_HIS_KILLING:
            return True  # "بمسؤوليتها عن اغتياله": the one killed before
        return sr.key(z) == "عن" and bool(sr.f(z + 1) & _AR_THE_OP) and \
            not sr.f(z + 2) & _AR_OTHER_TARGET
    if fz & _AR_DOING_IT:
        return sr.key(z) != "تنفيذ" or bool(sr.f(z + 1) & _AR_THE_OP)
    if fz & _AR_THAT_IT:  # "أنها نفّذتها", "أنه ثمرة عملية خاصة نفّذها"
        for y in range(z + 1, min(sr.hi, z + 6)):
            if sr.toks[y].punct or sr.mention_at.get(y) is not None:
                return False
            if sr.f(y) & _AR_DID_IT:
                return sr.key(y) not in ("نفذ", "نفذت") or bool(sr.f(y + 1) & _AR_THE_OP)
    return False


def _before_title_in(sr: SentenceCore, x: int, lo: int) -> int:
    """The token before a person's title at *x*, also past a title the mentions do not read,
    "<title> في <one or two words>" ("مقتل القيادي في الكتائب X": مقتل), and an office before
    a rank, "<title> <one word>" ("اغتيل محافظ عدن اللواء X": اغتيل; session 57)."""
    for y in range(x - 3, max(lo, x - 4) - 1, -1):
        if sr.key(y + 1) == "في" and sr.f(y) & L.AR_TITLE_FIRST and not any(
                sr.toks[z].punct for z in range(y, x)):
            return y - 1
    y = x - 2
    if y >= lo and sr.f(y) & L.AR_TITLE_FIRST and not sr.toks[y + 1].punct and \
            sr.f(y - 1) & _AR_KILLED_V:
        return y - 1
    if x - 1 >= lo and sr.f(x - 1) & _AR_KILLED_V:
        return x - 1
    return _office_before_rank(sr, x, lo)


def _office_before_rank(sr: SentenceCore, x: int, lo: int) -> int:
    """"قُتل قائد شرطة المحافظة العميد X"، "قُتل وزير الدفاع في حكومة النظام العماد X": an
    office of up to six words (no comma, no other name) between the killing verb and the rank
    that opens X's title (session 70): the verb; else the token before the title."""
    if x - 1 < lo:
        return x - 1
    if not sr.f(x) & L.AR_TITLE_FIRST:
        if not sr.f(x - 1) & L.AR_TITLE_FIRST or x - 2 < lo:
            return x - 1
        x -= 1  # "العماد X" with the rank outside the mention's title
    for y in range(x - 2, max(lo, x - 8) - 1, -1):
        if sr.toks[y + 1].punct:
            break
        m = sr.mention_at.get(y + 1)
        if m is not None and m.kind == "name":
            break
        if sr.f(y) & _AR_KILLED_V:
            return y if sr.f(y + 1) & L.AR_TITLE_FIRST else x - 1
    return x - 1


def _killed_before(sr: SentenceCore, lo: int, hi: int, had: set[str]) -> list[Mention]:
    """The people in tokens [lo, hi) told as killed: right after a killing verb (with their
    title: "قُتل القيادي X"), before one ("X قُتل", "أما X فقُتل", "وكان X قد قُتل") or, when
    the killing names no agent (*had*: the victims with one), after "اغتيال / مقتل"."""
    toks = sr.toks
    out = []
    for m in sr.args:
        if m.etype != "Person" or m.lo < lo or m.hi > hi or m.poss:
            continue
        b = _before_title_in(sr, title_start(m), lo)
        fb = sr.f(b) if b >= lo else EMPTY
        if fb & _AR_KILLED_V or fb & _AR_KILLED_N and (m.eid not in had or _strike_result(sr, b)):
            # "مقتل القيادي X والقيادي الآخر Y، وأعلنت Z مسؤوليتها": the list after the title
            out += [v for v in titled_list(sr, titles_as_names(sr, sr.chain(m, ("Person",))))
                    if v.hi <= hi and v not in out]
            continue
        for y in range(m.hi, min(hi, m.hi + 3)):
            fy = sr.f(y)
            if fy & _AR_KILLED_V:
                out.append(m)
                break
            if toks[y].punct or not fy & _AR_QAD:
                break
        if m not in out and _relative_passive(sr, m.hi, hi):
            out.append(m)  # "خلفاً لX، الذي قُتل برصاص أحد حراسه" (session 70)
    return [m for m in out if m.kind != "desc" or not any(
        n.kind == "name" and 0 <= n.lo - m.hi <= 6 and
        not any(toks[y].punct for y in range(m.hi, n.lo)) for n in out)]


_AR_PASSIVE_ONLY = L._ar("اغتيل", "اغتيلت")


def _relative_passive(sr: SentenceCore, y: int, hi: int) -> bool:
    """"X، الذي قُتل / اغتيل ..." at *y*: the passive only (اغتيل, or قُتل written with its
    damma), no person right after it ("الذي قتل Y" is also the active)."""
    if y + 2 >= hi or sr.toks[y].text not in ("،", ",") or not sr.f(y + 1) & L.AR_REL_PRONOUNS:
        return False
    v = sr.toks[y + 2]
    if not (sr.f(y + 2) & _AR_PASSIVE_ONLY or v.text.startswith("قُتل")):
        return False
    m = sr.mention_at.get(y + 3)
    return m is None or m.etype != "Person"


def _strike_result(sr: SentenceCore, n: int) -> bool:
    """The killing noun at *n* is what the strike led to ("وأسفرت عن مقتل X"، "ما أدى إلى
    مقتل X"): the strike's own agent and the claimer both stand (unlike "بعد اغتيال X
    بغارة إسرائيلية"، a time phrase, whose victim keeps the strike's agent only)."""
    return sr.key(n - 1) in ("عن", "الى", "إلى", "الي") and bool(sr.f(n - 2) & _AR_RESULT_V)


def _opens_clause(sr: SentenceCore, c: int) -> bool:
    """The claim verb at *c* opens its sentence, a coordinated clause ("، وأعلن") or a
    relative clause after the operation and its place or time ("في عملية أعلن", "بضربة
    أعلنت", "في انفجار بإنغوشيا عام 2006 أعلن")."""
    if c == sr.lo:
        return True
    if sr.toks[c].text.startswith("و") and sr.toks[c - 1].text in ("،", ","):
        return True
    for y in range(c - 1, max(sr.lo, c - 5) - 1, -1):  # "في انفجار (بإنغوشيا عام 2006) أعلن"
        if sr.toks[y].punct or sr.mention_at.get(y) is not None and \
                sr.mention_at[y].etype != "Location":
            return False
        if sr.f(y) & _AR_OPERATION:
            return True
    return False


def claimed_next_ar(sr: SentenceCore) -> None:
    """"قُتل X ...، وأعلن Y مسؤوليته عن العملية" / "في عملية أعلن Y تنفيذها" / "X ... .
    وتبنّى Y الهجوم": X by Y (see the module doc)."""
    if AR_CLAIM_NEXT not in sr._by_ar:
        return
    for c in sr.triggers(AR_CLAIM_NEXT, EMPTY):
        agent = sr.after(c + 1, types=_AGENTS, maxgap=0)
        if agent is None and sr.f(c + 1) & _AR_GROUP_WORDS:  # "تنظيم ولاية خراسان"
            agent = sr.after(c + 2, types=_AGENTS, maxgap=0)
        if agent is None or not _opens_clause(sr, c) or not _claim_object(sr, c, agent):
            continue
        if sr.negated(c) or sr.blocked(c, agent) or sr._irrealis(c):
            continue
        if c == sr.lo:
            continue  # (a claim opening the next sentence: not read, see the module doc)
        had = {r.source for r in sr.out if r.type == AB}
        for v in _killed_before(sr, sr.lo, c, had):
            if v.eid == agent.eid:
                continue
            n = len(sr.doc.kill_agents)
            sr.add(AB, v.eid, agent.eid, "claimed_next_ar")
            if v.eid in had and len(sr.doc.kill_agents) > n:
                sr.doc.kill_agents.pop()  # (a second agent: not carried to "وقُتل معه Z",
                sr.doc.kill_pairs.pop()  # "وقُتل في الضربة نفسها Z": strike_refs)

register_triggers(AR_CLAIM_NEXT, EMPTY)
