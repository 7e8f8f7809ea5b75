"""Who "خلفه" stands for when no death or removal is told: the clause subject before it.

"وكان X قد غادر منصبه الشهر الماضي، وخلفه Y" / "ويتولى X ملف الخليج، وسبق أن عمل سفيراً
لدى الكويت، حيث خلفه Y" / "وكان X وZ قد استشهدا في غارة، وخلفه في قيادة الفيلق Y": Y
succeeded X, the sentence's first person that no preposition governs (before any victim
the text told earlier, who is no subject here), when "خلفه" follows "حيث / إذ / حين /
عندما" or a comma after a clause that tells X left, died or served ("ووقف X وخلفه Y", X
stood and Y behind him, tells no succession). Asked by ``context_succession.khalafahu_ar``,
which also accepts "حيث / إذ / حين / عندما خلفه Y" as a clause start.
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

KHALAFAHU_OPENERS = L._ar("حيث", "إذ", "اذ", "حين", "عندما", "بعدما",
                          "فيما", "بينما")  # "تولى X الوزارة، فيما خلفه في الجهاز Y" (s24)
_LEFT = L._ar("غادر", "ترك", "تنحى", "استقال", "انتقل", "أقيل", "اقيل", "أعفي", "اعفي",
              "عزل", "قتل", "قتلا", "اغتيل", "اغتيلا", "استشهد", "استشهدا", "توفي", "رحل",
              "منصبه", "منصبها", "المنصب", "سفيرا", "سفيراً", "عمل", "شغل", "تولى",
              # "قاد X الحركة حتى مقتله / وفاته، وخلفه Y" (session 58)
              "مقتله", "مقتلها", "وفاته", "وفاتها", "اغتياله", "اغتيالها", "استشهاده",
              "استشهادها", "رحيله", "رحيلها")
_PREP_WORDS = L._ar("مع", "من", "إلى", "الى", "على", "عن", "لدى", "في", "بين", "بحضور")


def clause_subject_before(sr: Any, t: int, new_eid: str) -> str | None:
    """The first person of the sentence before *t* that is no prepositional object, no
    possessor and not *new_eid* (None if the sentence names none, or if "خلفه" at *t*
    opens no clause after a leaving, a death or a post)."""
    prev = sr.toks[t - 1] if t > sr.lo else None
    if prev is not None and prev.key == "ثم" and t - 2 > sr.lo and \
            sr.toks[t - 2].text in ("،", ","):  # "X ... حتى مقتله، ثم خلفه Y" (s58)
        t, prev = t - 1, sr.toks[t - 2]
    if prev is None or not (sr.f(t - 1) & KHALAFAHU_OPENERS or prev.text in ("،", ",") and
                            any(sr.f(y) & _LEFT for y in range(sr.lo, t - 1))):
        return None
    for m in sr.args:
        if m.lo >= t:
            break
        if m.etype != "Person" or m.in_title or m.poss or m.eid == new_eid:
            continue
        start = m.tlo if m.tlo >= 0 else m.lo
        if m.prefix.lstrip("وف")[:1] in ("ب", "ل") or (
                start > sr.lo and sr.f(start - 1) & _PREP_WORDS):
            continue
        return m.eid
    return None


_QAD_KAN = L._ar("قد", "كان", "كانت", "وقد")
_REL = L._ar("الذي", "التي")


def relative_head_kana_ar(sr: Any, t: int) -> Any:
    """"X، الذي كان قد خلف بدوره Y": the head X of the relative clause whose own verb (after
    كان / قد) is the succession verb at *t* (None otherwise)."""
    p = t - 1
    while p > sr.lo and p > t - 3 and sr.f(p) & _QAD_KAN:
        p -= 1
    if p == t - 1 or p - 1 < sr.lo or not sr.f(p) & _REL or \
            sr.toks[p - 1].text not in ("،", ","):
        return None
    return sr.before(p - 1, types=("Person",), maxgap=1)
