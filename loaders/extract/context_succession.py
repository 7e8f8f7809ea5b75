"""SUCCESSOR_OF when the predecessor is a pronoun ("X succeeded him", "وخلفه X"): whoever
the text just said was killed or removed (``_latest_victim``, ``_killed_earlier``,
``_killed_here``) or held the post (``_holder_here``); ``predecessor_pronoun_en``,
``khalafahu_ar``."""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L
from loaders.extract.context_words import _AR_CLAUSE_START
from loaders.extract.khalafahu_gap_ar import holder_before_comma_ar, past_gap_ar
from loaders.extract.khalafahu_post_ar import clause_ends_at, post_title_at, pronoun_before_head
from loaders.extract.kill_reduced_en import reduced_passive_en
from loaders.extract.meeting_credentials_ar import kana_subject_ar
from loaders.extract.pronoun_clause_ar import time_opened_ar
from loaders.extract.rule_common import (
    EMPTY,
    killed_right_after,
    title_start,
)
from loaders.extract.succession_khalafahu import (
    KHALAFAHU_OPENERS,
    clause_subject_before,
)
from loaders.extract.succession_pronoun import post_holder_before
from loaders.extract.succession_same_act import first_leaver_en


def _latest_victim(sr: Any, exclude: str, back: int = 2) -> str | None:
    """The person the text reported killed (with an agent) in this or the last *back*
    sentences, latest first; None when none or when that is *exclude*."""
    vs = [(s_, e) for s_, e in sr.doc.state.get("victims", ())
          if sr.si - back <= s_ <= sr.si and e != exclude]
    if not vs:
        return None
    last = [e for s_, e in vs if s_ == vs[-1][0]]
    if len(last) > 1:  # several killed together: the one this sentence names ("Soleimani's
        here = {m.eid for m in sr.args}  # deputy, X, was named to replace him")
        named = [e for e in last if e in here]
        if len(named) == 1:
            return named[0]
    return vs[-1][1]


def _killed_earlier(sr: Any, exclude: str, back: int = 2) -> str | None:
    """A person of the last *back* sentences followed by a passive killing verb ("X was
    killed in January"), also when no agent was named; the latest such person."""
    best = None
    for m in sr.doc.ments:
        if m.etype != "Person" or m.eid == exclude or not (sr.si - back <= m.sent < sr.si):
            continue
        if killed_right_after(sr.doc.toks, m):
            best = m.eid
    return best


def _killed_here(sr: Any, t: int, exclude: str) -> str | None:
    """The last person of this sentence before *t* followed by a passive killing ("X was
    killed in ..., and Y succeeded him", the timeline's "X killed in a US raid; Y succeeded
    him"): the sentence's own victim comes before those of the sentences before it."""
    best = None
    toks = sr.doc.toks
    for m in sr.args:
        if m.hi > t or m.etype != "Person" or m.eid == exclude or m.poss:
            continue
        if killed_right_after(toks, m) or reduced_passive_en(sr, m.hi):
            best = m.eid
    return best


def _holder_here(sr: Any, new: Any) -> str | None:
    """"The agency was headed by Y; X replaced him": the person of the clause before the new
    one's (this sentence, after "by" or as its subject), not a victim of an earlier one."""
    semi = [y for y in range(sr.lo, new.lo) if sr.toks[y].text == ";"]
    if not semi:
        return None
    here = [m for m in sr.args if m.hi <= semi[-1] and m.etype == "Person" and
            m.eid != new.eid and not m.poss and not m.in_title]
    return here[-1].eid if len(here) == 1 else None


# ---- SUCCESSOR_OF: "X succeeded him", "وخلفه في المنصب X" ----------------------------------
_EN_FROM_VERBS = frozenset({"took", "takes", "taken", "taking", "inherited", "assumed"})


def _successor_of_near(sr: Any, here: list, near: Any) -> str | None:
    """The person of *here* the clause before said succeeded *near* ("A succeeded / replaced
    B", "A took over (the ministry) from B"): the "him" a later "X replaced him" means is A,
    whose old post X took (session 24); None when no such succession is told."""
    ids = {m.eid for m in here}
    for r in sr.out:
        if r.type == "SUCCESSOR_OF" and r.target == near.eid and r.source in ids:
            return r.source
    if sr.key(title_start(near) - 1) != "from":
        return None
    lo = here[0].hi
    if any(sr.key(y) in _EN_FROM_VERBS for y in range(lo, min(title_start(near), lo + 8))):
        return here[0].eid
    return None


def predecessor_pronoun_en(sr: Any, t: int, new: Any) -> str | None:
    """'him' in "X succeeded/replaced him" (the verb at *t*): the person the text just said
    was killed (with or without an agent), else the nearest other person before the verb
    (this or the previous sentence)."""
    if new is None:
        return None
    old = _killed_here(sr, t, new.eid) or first_leaver_en(sr, t, new.eid) or \
        _holder_here(sr, new) or _latest_victim(sr, new.eid) or _killed_earlier(sr, new.eid)
    if old is None:
        here = [m for m in sr.args if m.hi <= t and m.etype == "Person" and m.eid != new.eid
                and not m.poss]
        if here:
            old = here[-1].eid
            lead, near = here[0], here[-1]  # "Y died in a U.S. strike that K ordered, and X
            # replaced him": K ordered it (an agent), him is the sentence's subject Y
            agentive = sr.key(near.hi) in ("ordered", "authorized", "authorised", "approved") \
                or sr.key(title_start(near) - 1) == "by"
            if agentive and lead is not near and not lead.in_title and \
                    title_start(lead) <= sr.lo + 1:
                old = lead.eid
            elif lead is not near:  # "A took over from B ..., while X replaced him": A left
                old = _successor_of_near(sr, here, near) or old  # the post X took, not B
        elif sr.si > 0:
            prev = [m for m in sr.doc.by_sent.get(sr.si - 1, ()) if m.etype == "Person" and
                    m.eid != new.eid and not m.in_title]
            ids = {m.eid for m in prev}
            old = prev[0].eid if len(ids) == 1 else post_holder_before(sr, t, new)
    return old


_AR_KHALAFAHU = L._ar("خلفه", "وخلفه", "خلفها", "وخلفها", "فخلفه", "فخلفها", "ليخلفه",
                      "ليخلفها", "ويخلفه", "ويخلفها",
                      # a woman succeeded him / her: "وخلفته نائبته X"
                      "خلفته", "وخلفته", "فخلفته", "خلفتها", "وخلفتها", "فخلفتها", "لتخلفه",
                      "لتخلفها")
_AR_KIN_OF = L._ar("ابن", "ابنة", "شقيق", "شقيقة", "اخو", "اخت", "نجل")
_AR_POST_WORDS = L._ar("المنصب", "منصبه", "منصبها", "قيادة", "رئاسة", "الامانة", "الأمانة",
                       "زعامة", "قيادته", "رئاسته", "امانة", "منصب")
_AR_GONE = L._ar("مقتل", "اغتيال", "استشهاد", "وفاة", "رحيل", "استقالة", "اقالة", "إقالة",
                 "اعفاء", "إعفاء", "عزل", "مصرع", "تصفية", "قتل", "اغتيل", "قضى", "استقال",
                 "توفي", "توفى", "اقيل", "عزل", "استشهد", "تنحى", "تنازل",
                 # a woman died, resigned, was removed ("استقالت Y، وخلفها X")
                 "توفيت", "استقالت", "اقيلت", "قتلت", "اغتيلت", "استشهدت", "أعفيت", "اعفيت")


def _head_succeeded(sr: Any, t: int, head: Any) -> list[tuple[str, str, int]]:
    """The head *head* of "X، الذي خلفه" (the verb at *t*) succeeded the person the -ه stands
    for (the one named before X: ``pronoun_before_head``), when not blocked; else []."""
    old_id = pronoun_before_head(sr, head)
    if old_id is None or sr.blocked(t, head):
        return []
    return [(head.eid, old_id, t)]


def khalafahu_ar(sr: Any) -> list[tuple[str, str, int]]:
    """(new, old, trigger): "(و)خلفه (في المنصب / في قيادة الفيلق) X" opening a clause: X
    succeeded the person the pronoun stands for (who the sentence or the last ones said
    died or was removed, else the previous sentence's subject). "وقف خلفه" (behind him)
    is not a clause start, so gives nothing."""
    out: list[tuple[str, str, int]] = []
    for t in sr.triggers(_AR_KHALAFAHU, EMPTY):
        if sr.toks[t].key not in _AR_KHALAFAHU:
            continue
        prev = sr.toks[t - 1] if t > sr.lo else None
        head = None  # "X، الذي خلفه (في المنصب) Y": X is the predecessor, Y the successor
        relative = prev is not None and prev.key in ("الذي", "التي")
        if relative and t - 2 > sr.lo and sr.toks[t - 2].text in ("،", ","):
            head = sr.before(t - 2, types=("Person",), maxgap=1)
            if head is None:
                continue
        elif relative:
            # "بعد X الذي خلفه Y": the relative right after the name, no comma
            head = sr.before(t - 1, types=("Person",), maxgap=0)
            if head is None:
                continue
        elif prev is not None and (kana := kana_subject_ar(sr, t, maxgap=5)) is not None:
            head = kana  # "وكان الأمين العام X قد خلفه Y": X, Y's predecessor (session 51)
        elif prev is not None and not (prev.text in ("،", ",") or
                                       prev.key in _AR_CLAUSE_START or
                                       prev.key in KHALAFAHU_OPENERS or
                                       sr.toks[t].key[0] in "وفل" or  # "غارة وخلفه Y"
                                       time_opened_ar(sr, t)):  # "وفي آذار خلفه Y"
            continue
        x = t + 1
        post_named = False
        if sr.key(x) in ("في", "فى") and sr.f(x + 1) & _AR_POST_WORDS:
            x += 2
            post_named = True
            org = sr.after(x, types=("Organization",), maxgap=0)
            if org is not None:
                x = org.hi
        new = sr.after(x, types=("Person",), maxgap=1)
        if post_named and head is not None and (new is None or post_title_at(sr, x, new)):
            # "X، الذي خلفه في منصب نائب القائد،": the title is the post (no mention since
            # session 51: title_description._AR_POST_NOUNS); X succeeded him
            out.extend(_head_succeeded(sr, t, head))
            continue
        if new is None and sr.key(x + 1) in L.NATIONALITY:  # "وخلفته نائبته الأميركية X"
            new = sr.after(x, types=("Person",), maxgap=2)
        if new is None and sr.f(x) & _AR_KIN_OF and sr.key(x + 1).endswith("ه"):
            new = sr.after(x, types=("Person",), maxgap=2)  # "ليخلفه ابن عمه X"
        gap_end = past_gap_ar(sr, t + 1) if new is None else t + 1
        gapped = gap_end > t + 1  # "ثم خلفها في الملف X"
        if gapped:
            new = sr.after(gap_end, types=("Person",), maxgap=1)
        if new is None:
            if relative and head is not None and clause_ends_at(sr, gap_end):
                # "ثم في عهد B الذي خلفه." / "B الذي خلفه عام 2021": B succeeded him (s64)
                out.extend(_head_succeeded(sr, t, head))
            continue
        old = head.eid if head is not None else None
        for y in range(t - 1, sr.lo - 1, -1) if old is None else ():  # "قُتل X ...، وخلفه Y"
            if sr.f(y) & _AR_GONE:
                m = sr.after(y + 1, types=("Person",), maxgap=2)
                if m is not None and m.hi <= t and m.eid != new.eid:
                    old = m.eid
                    break
        if old is None:  # "وكان X قد غادر منصبه، وخلفه Y" (succession_khalafahu.py)
            old = clause_subject_before(sr, t, new.eid)
        if old is None:
            old = _latest_victim(sr, new.eid)
        if old is None and (t - sr.lo <= 1 or time_opened_ar(sr, t)):  # "(وفي آذار) خلفه"
            p = sr._prev_subject(exclude=new.eid)
            old = p.eid if p is not None else None
        if old is None and gapped:  # "استقبل ... Y، ثم خلفها في الملف X" (khalafahu_gap_ar)
            old = holder_before_comma_ar(sr, t, new.eid)
        if old is not None and old != new.eid and not sr.blocked(t, new):
            out.append((new.eid, old, t))
    return out
