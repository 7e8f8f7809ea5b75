"""Who a person is named for, not as a party (session 31, moved here from ``scorer_gates`` in
session 50 so that the meeting rules read it too without importing the scorer's gates): the
one another acts or speaks for ("the envoy of President X", "المعاون السياسي لبري", "مبعوث
الرئيس X ... Y"), the sender of greetings or a letter, or (session 47) the one whose family
or relatives are meant ("received the family of X", "ذوي الشهيد X").
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.mention_base import Mention
from loaders.extract.tokens import Tok

_ar = L._ar

# the nouns of one who acts or speaks for another, and what one sends ("envoy of X")
_AGENTS_EN = frozenset({
    "envoy", "envoys", "emissary", "emissaries", "representative", "representatives", "aide",
    "aides", "adviser", "advisers", "advisor", "advisors", "spokesman", "spokeswoman",
    "spokesperson", "delegate", "delegates", "messenger", "greetings", "message"})
_AGENTS_AR = _ar("مبعوث", "مبعوثة", "مبعوثو", "مبعوثي", "موفد", "موفدة", "ممثل", "ممثلة",
                 "ممثلو", "ممثلي", "مستشار", "مستشارة", "مستشارو", "مستشاري", "معاون", "معاونو",
                 "معاوني", "رسول", "سفير", "سفيرة")  # ("سفير خادم الحرمين الشريفين Y")
# "a senior adviser to President X" (session 52): X is whom he advises
_AIDES_TO_EN = frozenset({"adviser", "advisers", "advisor", "advisors", "aide", "aides",
                          "counselor", "counsellor"})
_SENT_AR = _ar("تحيات", "تحية", "رسالة", "رسائل")  # (greetings, a letter: of their sender)
# (session 47) kin: "received the family of X", "استقبل عائلة X", "ذوي الشهيد X": not X
_KIN_EN = frozenset({"family", "families", "relatives", "widow", "widows", "wife", "son", "sons",
                     "daughter", "daughters", "father", "mother", "brother", "sister", "parents",
                     "children", "nephew", "cousin", "kin", "driver", "bodyguard", "bodyguards",
                     "guards", "escort"})  # (the last five: "the driver of X", session 56)
# (not نجلة / ابنة / والدة / شقيقة: folded they are نجله / ابنه / والده / شقيقه, "his son /
# father / brother", whose name follows as an apposition: "ووالده الزعيم وليد جنبلاط")
_KIN_AR = _ar("عائلة", "عائلات", "عوائل", "أسرة", "أسر", "ذوي", "ذوو", "أهالي", "أرملة", "زوجة",
              "نجل", "نجلي", "أبناء", "أنجال", "والد", "شقيق", "أشقاء", "أقارب")
_LI = ("ل", "لل")  # (the proclitic "of / for": "المعاون السياسي لبري")
PRINCIPAL_REACH = 6  # tokens after a construct's name within which its agent is named


def _ar_word(t: Tok) -> str:
    """An Arabic token's folded key without a leading و / ف and the article: "والمبعوث" ->
    مبعوث."""
    w = t.key
    if len(w) > 3 and w[0] in "وف":
        w = w[1:]
    if w.startswith("ال") and len(w) > 4:
        w = w[2:]
    return w


def _kin_of_described_en(toks: list[Tok], j: int, lo: int) -> bool:
    """"the son(s) / driver of Hamas (political) chief X": a kin noun's "of" up to four words
    before X's title (a body, a nationality, a qualifier between; session 56)."""
    for k in range(j, max(lo, j - 4), -1):
        if toks[k].punct:
            return False
        if toks[k].key == "of":
            return k - 1 > lo and toks[k - 1].key in _KIN_EN
    return False


def _person_start(m: Mention, lo: int) -> int | None:
    """Where the title or name of *m* starts, when *m* names or describes a person and does
    not open the sentence (*lo*: its first token), so that a word may govern it; else None."""
    if m.etype != "Person" or m.kind not in ("name", "desc"):
        return None
    start = m.tlo if 0 <= m.tlo < m.lo else m.lo
    return start if start > lo else None


def _agent_named_before(toks: list[Tok], j: int, ments: list[Mention]) -> bool:
    """Arabic: is a person named right before the agent noun at *j* (a comma between allowed:
    "السيد Y، المبعوث الشخصي للرئيس X"), the agent of the one named after it? Not the
    sentence's first person, the subject whose object the noun opens ("التقى عراقجي المستشارةَ
    الخاصة للرئيس السوري Z": Z is the adviser)."""
    k = j - 1 if j > 0 and toks[j - 1].text in (",", "،") else j
    return any(o.etype == "Person" and o.hi == k and
               any(p.etype == "Person" and p.hi <= o.lo for p in ments) for o in ments)


def principal(m: Mention, toks: list[Tok], lo: int, ments: list[Mention]) -> bool:
    """Is the person of *m* named as the one another acts or speaks for (his envoy, aide,
    adviser, spokesman), as the sender of greetings or (session 47) as the one whose family or
    relative is meant ("the family of X", "عائلة X", "ذوي الشهيد X"), not as a party (module
    doc)?

    English: such a noun and "of" / "from" stand right before his title or name ("the
    Special Representative of the UN Secretary-General", "aides of President Joe Biden",
    "greetings of President X"; not "the spokesman of the government, X", whose title it
    opens). Arabic: his name carries the proclitic ل after such a noun ("المعاون السياسي
    لبري"); greetings or a letter govern his title or name ("تحيات الرئيس السيسي"); or an
    indefinite such noun governs his title and another person is named right after him, the
    agent ("مبعوث الرئيس المنتخب دونالد ترامب إلى الشرق الأوسط ستيف ويتكوف"; not "مستشار
    الأمن القومي X", whose own title it is).
    *lo*: the sentence's first token; *ments*: its mentions."""
    start = _person_start(m, lo)
    if start is None:
        return False
    if not toks[m.lo].ar:
        j = start - 1
        if _kin_of_described_en(toks, j, lo):
            return True
        if toks[j].key == "the" and j > lo:
            j -= 1
        return j > lo and (toks[j].key in ("of", "from") and toks[j - 1].key in _AGENTS_EN
                           or toks[j].key == "to" and toks[j - 1].key in _AIDES_TO_EN
                           or toks[j].key == "of" and toks[j - 1].key in _KIN_EN)
    if start + 1 == m.lo and not toks[start].key.startswith(("ال", "وال")) and \
            _ar_word(toks[start]) in _AGENTS_AR:
        # "سفير خادم الحرمين الشريفين لدى اليمن Y": the agent noun read as the title of the
        # one he acts for, his own name after (session 52)
        return any(o.etype == "Person" and o.eid != m.eid and m.hi <= o.lo and
                   o.lo - m.hi <= PRINCIPAL_REACH for o in ments)
    # Arabic: up to three words before the name (a title not read as one: "الرئيس المنتخب")
    for j in range(start - 1, max(lo, start - 4) - 1, -1):
        t = toks[j]
        if t.punct:
            return False
        w = _ar_word(t)
        if (w in _SENT_AR or w in _KIN_AR or t.key in _KIN_AR) and (j == start - 1 or
                                                toks[j + 1].key.startswith("ال")):
            return True
        if w in _AGENTS_AR:
            if m.prefix in _LI and start == m.lo or start < m.lo and \
                    toks[start].key.startswith("لل") and t.key.startswith("ال") and \
                    _agent_named_before(toks, j, ments):
                # ("Y المبعوث الشخصي للرئيس السوفيتي X": the title carries the ل, the agent Y
                # named right before his noun, no و opening it: "A، والممثلة الخاصة للأمين
                # العام Y" lists Y; session 72)
                return True
            if t.key.startswith(("ال", "وال")) or j == start - 1 and start == m.lo:
                return False  # (the agent is the one named: "المبعوث الأميركي X")
            return any(o.etype == "Person" and o.eid != m.eid and m.hi <= o.lo and
                       o.lo - m.hi <= PRINCIPAL_REACH for o in ments)
    return False


def envoy_of(m: Mention, toks: list[Tok], lo: int, ments: list[Mention]) -> bool:
    """Arabic (session 62): is *m* the one whose envoy or ambassador is named right before his
    title or name, his agent named after him ("سفير خادم الحرمين الشريفين لدى بلادنا السفير
    Y", "مبعوث الرئيس الأمريكي دونالد ترامب ستيف ويتكوف")? Narrower than ``principal``: the
    agent noun governs *m* itself (not "ممثل الحزب في إيران الشيخ Y", whose own title it is)."""
    start = m.tlo if 0 <= m.tlo < m.lo else m.lo
    if start + 1 == m.lo:  # (the agent noun read as his title: "سفير خادم الحرمين الشريفين")
        start = m.lo
    if start <= lo or not toks[start - 1].ar:
        return False
    t = toks[start - 1]
    return _ar_word(t) in _AGENTS_AR and not t.key.startswith(("ال", "وال")) and \
        principal(m, toks, lo, ments)


def agent_named_after(sr: Any, m: Mention) -> Mention | None:
    """The person named within ``PRINCIPAL_REACH`` words after the principal *m* (his envoy
    or ambassador: "سفير خادم الحرمين الشريفين لدى اليمن Y" -> Y), else None."""
    return sr.after(m.hi, types=("Person",), maxgap=PRINCIPAL_REACH)


# (session 63, pool63) the nouns of one's side, not of a person met: "an ally of X", «حليف X»,
# "X's loyalists"; a government only as what is supported or given ("support for the government
# of X", «دعمه لحكومة X»): «حكومة X» alone is often X himself at the head of it ("تسلّم رئيس
# حكومة سلام ...")
_SIDE_EN = frozenset({"ally", "allies", "loyalists", "supporters", "camp"})
_SIDE_AR = _ar("حليف", "حليفة", "حلفاء", "أنصار", "مناصري", "معسكر", "موالي")
_GOVERNMENT_EN, _FOR_EN = frozenset({"government"}), frozenset({"for", "to"})
_GOVERNMENT_AR = _ar("لحكومة", "ولحكومة")


def side_of(m: Mention, toks: list[Tok], lo: int) -> bool:
    """Is the person of *m* named only as the one whose ally or camp is meant, or whose
    government is supported ("Bahceli, an ally of President Erdogan", «دولت بهتشلي، حليف
    أردوغان»، «ويجدد دعمه لحكومة بن بريك», "support for the government of X")? Such a person is
    no party of a meeting told in the sentence. English: the noun and "of" right before his
    title or name ("for the government of"); Arabic: the indefinite noun (its proclitic و / ف /
    ل / ب aside; «لحكومة» with its ل) right before his title or name."""
    start = _person_start(m, lo)
    if start is None:
        return False
    if not toks[m.lo].ar:
        j = start - 1
        if toks[j].key == "the" and j > lo:
            j -= 1
        if j <= lo or toks[j].key != "of":
            return False
        noun = toks[j - 1].key
        return noun in _SIDE_EN or (noun in _GOVERNMENT_EN and j - 3 >= lo and
                                    toks[j - 2].key == "the" and toks[j - 3].key in _FOR_EN)
    t = toks[start - 1]
    if t.punct or not t.ar or m.prefix:
        return False
    if t.key in _GOVERNMENT_AR:
        return True
    w = t.key[1:] if len(t.key) > 4 and t.key[0] in "وفلب" else t.key
    return w in _SIDE_AR
