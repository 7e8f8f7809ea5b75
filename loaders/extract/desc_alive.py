"""A description of someone acting now ("the Iranian general met Y", «والتقى الجنرال
الإيراني Y») is not a person the article has already said was killed, when another candidate
is left (session 57).

"قُتل قائد فيلق القدس قاسم سليماني بغارة أمريكية. وتولى خليفة سليماني إسماعيل قاآني قيادة
الفيلق. والتقى الجنرال الإيراني زعيم منظمة بدر هادي العامري": of the Iranians named,
Soleimani is named most often, but he is dead: the general who met al-Amiri is Qaani. A
pluperfect ("had met", «وكان ... قد التقى») looks back and keeps every candidate, and so does
a dead qualifier (``qual == "old"``: "the slain general"), read by ``coref_peers``. Called by
``coreference._resolve_description`` before the most salient candidate is taken."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.coref_peers import AR_DEAD_QUALS, EN_DEAD_QUALS, _killed_here
from loaders.extract.rule_common import title_start

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

_LOOK_BACK = frozenset({"had", "قد", "وقد", "لقد"})


_DEAD_QUALS = AR_DEAD_QUALS | EN_DEAD_QUALS


def _dead_title(doc: Doc, m) -> bool:
    """Is the name mention *m* called dead in its title ("رئيس الوزراء الإثيوبي الراحل X",
    "the late Prime Minister X"; session 72)?"""
    return any(doc.toks[x].key in _DEAD_QUALS for x in range(max(0, title_start(m) - 2), m.lo))


def _killed_before(doc: Doc, eid: str, si: int) -> bool:
    """Did a sentence before *si* tell that *eid* was killed (a killing word about one of
    its mentions) or call him dead ("الراحل", "the late")?"""
    for m in doc.ments:
        if m.eid != eid or m.sent >= si or m.etype != "Person" or m.kind != "name":
            continue
        if _dead_title(doc, m):
            return True
        people = {x for p in doc.by_sent.get(m.sent, ()) if p.etype == "Person"
                  for x in range(title_start(p), p.hi)}
        if _killed_here(doc, m, people):
            return True
    return False


def living_candidates(doc: Doc, si: int, cands: list[str], at_tok: int) -> list[str]:
    """*cands* without the people an earlier sentence said were killed, unless that leaves
    none or the description's sentence looks back (a pluperfect before *at_tok*)."""
    if len(set(cands)) < 2:
        return cands
    lo = doc.sents[si].lo
    if any(doc.toks[x].key in _LOOK_BACK for x in range(lo, at_tok)):
        return cands
    alive = [e for e in cands if not _killed_before(doc, e, si)]
    return alive or cands


# words of the dead man's burial or death in the description's own sentence: there the title
# still names him ("The king was buried in the royal cemetery", «ووري جثمان الرئيس الثرى»)
_DEATH_TALK = frozenset({"buried", "burial", "funeral", "died", "mourned", "coffin",
                         "grave", "interred"}) | frozenset(L._ar(
    "دفن", "ودفن", "ووري", "جثمان", "جثمانه", "تشييع", "جنازة", "توفي", "وفاة", "ضريح", "نعش"))


def gone_before(doc: Doc, eid: str, si: int, at_tok: int) -> bool:
    """Did an earlier sentence say *eid* was killed or call him dead, with the description's
    sentence not looking back (no pluperfect before *at_tok*) and not telling a burial or a
    death itself? "شارك ... البشير في تشييع رئيس الوزراء الإثيوبي الراحل ملس زيناوي. والتقى
    السيد الرئيس ...": not Meles (session 72); "The king was buried ...": still the dead king."""
    s = doc.sents[si]
    if any(doc.toks[x].key in _LOOK_BACK for x in range(s.lo, at_tok)):
        return False
    if any(doc.toks[x].key in _DEATH_TALK for x in range(s.lo, s.hi)):
        return False
    return _killed_before(doc, eid, si)

