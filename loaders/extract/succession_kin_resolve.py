"""SUCCESSOR_OF, both languages: who "his late brother" / «لأخيه الراحل» is, when no name
follows the kin noun (kin68's resolution, made public for the English readings in session 69).

Two steps, the first that names someone wins:

- ``kin_named_before``: the one person named before the kin noun who shares the taker's
  family name (the last part of both ids: taymour-jumblatt / walid-jumblatt,
  nawaf-al-ahmad-al-jaber-al-sabah / sabah-al-ahmad-al-jaber-al-sabah); of several, the one
  a death word is near when the kin noun is "late" / «الراحل»; for the father of "X bin Y",
  the one whose given name is Y.
- ``dead_holder_before``: a cousin or half-brother has another family name (haitham-bin-tariq
  / qaboos-bin-said, salman-bin-abdulaziz / abdullah-bin-abdulaziz named "King Abdullah"): the
  latest person named before with a ruler's title of the taker's post, no deputy, with a
  death word near his mention.

Each language gives its own title and death tests (``succession_kin_pred_ar``,
``succession_kin_pred_en``).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

MentionTest = Callable[[Any, Any], bool]  # (doc tokens, mention) -> bool


def family(eid: str) -> str | None:
    """The family name of a person id: its last part ("walid-jumblatt" -> "jumblatt"), or
    None when shorter than three letters."""
    last = eid.rsplit(":", 1)[-1].rsplit("-", 1)[-1]
    return last if len(last) >= 3 else None


def patronym(eid: str) -> str | None:
    """The father's given name of a "X bin Y" id ("hamdan-bin-mohammed" -> "mohammed")."""
    parts = eid.rsplit(":", 1)[-1].split("-")
    return parts[parts.index("bin") + 1] if "bin" in parts[:-1] else None


def kin_named_before(sr: Any, x: int, new: Any, father: bool, late: bool,
                     died: MentionTest) -> Any:
    """The one person named before token *x* in the article who shares *new*'s family name
    (not one named after it: "تيمور جنبلاط، الذي خلف والده ...، ووالده الزعيم وليد جنبلاط"
    made the scorer drop both men's meetings on dev, arLB1). With *father* and a "X bin Y"
    taker ("حمدان بن محمد ... خلفاً لوالده"): the one named before whose given name is Y (not a
    brother "مكتوم بن محمد", who shares the "bin Y"; session 54). With *late* ("his late
    brother", «لأخيه الراحل») and several of the family: the one *died* holds for. Else None."""
    pat = patronym(new.eid) if father else None
    if pat is not None:
        dads = {m.eid: m for m in sr.doc.ments if m.lo < x and m.etype == "Person" and
                m.eid != new.eid and m.eid.rsplit(":", 1)[-1].split("-")[0] == pat}
        if dads:
            return next(iter(dads.values())) if len(dads) == 1 else None
    fam = family(new.eid)
    if fam is None:
        return None
    kin = {m.eid: m for m in sr.doc.ments if m.lo < x and m.etype == "Person" and
           m.eid != new.eid and family(m.eid) == fam and
           not (pat is not None and patronym(m.eid) == pat)}  # (a brother: no father)
    if len(kin) > 1 and late:  # "خلفاً لأخيه الراحل": the one who died
        toks = sr.doc.toks
        kin = {m.eid: m for m in sr.doc.ments if m.eid in kin and died(toks, m)}
    return next(iter(kin.values())) if len(kin) == 1 else None


def dead_holder_before(sr: Any, x: int, new: Any, heads: Collection[str],
                       ruler_heads: Callable[[Any], Collection[str]], deputy: MentionTest,
                       died: MentionTest) -> Any:
    """The latest person named before token *x*, other than *new*, whose ruler's title words
    (*ruler_heads* of the mention) share one of *heads* (the taker's post), not *deputy*,
    who *died* near his mention; or None (session 68)."""
    if not heads:
        return None
    wanted = set(heads)
    toks = sr.doc.toks
    best = None
    for m in sr.doc.ments:
        if m.lo >= x or m.etype != "Person" or m.eid == new.eid or \
                not wanted.intersection(ruler_heads(m)):
            continue
        if deputy(toks, m):
            continue
        if died(toks, m):
            best = m  # (doc.ments is in text order: the latest wins)
    return best
