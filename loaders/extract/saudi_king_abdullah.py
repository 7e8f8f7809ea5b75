"""A bare "King Abdullah" / «الملك عبدالله» is the Saudi King Abdullah (2005-2015) in an article
that ties him to the Saudi throne (session 71).

The gazetteer gives the bare style and name to Jordan's Abdullah II; the Saudi king's entry
takes it only once the article named him through his country (``known_names``), "of Saudi
Arabia" (``of_state_holder``) or in full (``styled_short_name``). Saudi wire copy of 2005 and
2015 often writes "King Abdullah" alone next to his brothers: "received by King Abdullah in
Riyadh, hours after the funeral of his half-brother King Fahd", "King Salman, who took the
throne after the death of his half-brother, King Abdullah". When every name mention of Abdullah II
is such a short form (no "II", «الثاني»), the article names no Jordanian cue (Jordan, Amman,
a Jordanian body or person, the nationality word) and either (a) names a Saudi king who
reigned before him (Khalid, Fahd) and tells that his reign is over (a death, funeral or
accession word: "died", "the late", "burial", "throne", «وفاة»، «الراحل»، «تشييع»، «البيعة»;
session 72: "King Abdullah met King Fahd in Jeddah" is Jordan's king visiting a living Fahd,
1999-2005) or (b) writes the bare form right after a kin word ("his
half-brother, King Abdullah", «لأخيه الملك عبدالله») whose owner, the person named last before
it in the sentence, is a Saudi royal of the gazetteer, or (c) calls him dead ("a son of the
late King Abdullah", «المغفور له الملك عبدالله»: Jordan's king reigns; session 72), those
mentions are the Saudi king's.
Called by ``rules`` after all sentences are read; an article naming no Abdullah II is not
read. Once the bare name is the Saudi king, a description of a king ("the king", "the monarch")
that coreference gave to the earlier king named as dead or buried before it ("the funeral of his
half-brother King Fahd": ``desc_new_ruler.loss_at``) is the new king when its own sentence
tells no death or burial ("Chirac was received by the king in the morning"; session 72).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.desc_new_ruler import loss_at, loss_told_in

if TYPE_CHECKING:
    from loaders.extract.mention_core import Mention
    from loaders.extract.mentions import Doc

JORDAN_KING, SAUDI_KING = "person:abdullah-ii", "person:abdullah-bin-abdulaziz"
_SAUDI, _JORDAN = "country:saudi-arabia", "country:jordan"
# Saudi kings whose reign ended before Abdullah II's began (1999): a bare King Abdullah beside
# them is their brother
_EARLIER_SAUDI_KINGS = frozenset({"person:fahd-bin-abdulaziz", "person:khalid-bin-abdulaziz",
                                  "person:faisal-bin-abdulaziz"})
_NAME_END = frozenset({"abdullah", "abdallah"}) | L._ar("عبدالله", "الله")
_NUMERAL = frozenset({"ii", "2"}) | L._ar("الثاني")
_KING = frozenset({"king"}) | L._ar("الملك")
_JORDAN_WORDS = frozenset({"jordan", "amman", "hashemite"}) | L._ar(
    "الأردن", "الاردن", "والأردن", "الأردني", "الأردنية", "الهاشمية", "عمّان")
# the earlier king is gone or the throne changed hands: the bare "King Abdullah" may be his heir
_REIGN_OVER = frozenset({
    "died", "dies", "death", "late", "funeral", "burial", "buried", "mourning", "passing",
    "succeeded", "succeed", "successor", "throne", "proclaimed", "ascended", "accession",
    "enthroned", "crowned", "allegiance", "condolences"}) | L._ar(
    "وفاة", "بوفاة", "لوفاة", "توفي", "الراحل", "المغفور", "للمغفور", "رحيل", "برحيل", "تشييع",
    "جنازة", "العرش", "عرش", "البيعة", "مبايعة", "بيعة", "خلفا", "خلفاً", "التعازي", "تعازي",
    "العزاء", "ثراه")
_LATE = frozenset({"late"}) | L._ar("الراحل", "المغفور", "للمغفور", "الفقيد")
_KIN = frozenset({"brother", "father", "uncle", "cousin"}) | L._ar(
    "أخيه", "لأخيه", "أخوه", "أخاه", "شقيقه", "لشقيقه", "والده", "لوالده", "عمه")


def _short(doc: Doc, m: Mention) -> bool:
    """Is *m* a bare "(King) Abdullah" (its last word the given name, no numeral after it)?"""
    toks = doc.toks
    if toks[m.hi - 1].key not in _NAME_END:
        return False
    return m.hi >= len(toks) or toks[m.hi].key not in _NUMERAL


def _jordan_named(doc: Doc) -> bool:
    """Does the article name Jordan otherwise than by Abdullah II's own mentions?"""
    nat = L.NATIONALITY
    if any(t.key in _JORDAN_WORDS or nat.get(t.key) == _JORDAN for t in doc.toks):
        return True
    return any(m.eid == _JORDAN or (m.eid != JORDAN_KING and doc.country_of(m.eid) == _JORDAN)
               for m in doc.ments)


def _late(doc: Doc, m: Mention) -> bool:
    """Is the bare name *m* called dead ("the late King Abdullah", «الملك الراحل عبدالله»،
    «المغفور له الملك عبدالله»، «الملك عبدالله الراحل»)? Jordan's Abdullah II reigns."""
    toks = doc.toks
    if m.hi < len(toks) and toks[m.hi].key in _LATE:
        return True
    return any(toks[x].key in _LATE for x in range(max(0, m.lo - 3), min(m.hi, m.lo + 2)))


def _kin_of_saudi(doc: Doc, m: Mention) -> bool:
    """Does a kin word owned by a Saudi person stand right before the bare name *m*?"""
    toks = doc.toks
    x = m.lo - 1
    while x >= 0 and (toks[x].text in (",", "،") or toks[x].key in _KING):
        x -= 1
    if x < 0 or toks[x].key not in _KIN:
        return False
    owner = None
    for o in doc.ments:
        if o.sent == m.sent and o.hi <= x and o.etype == "Person" and o.eid != JORDAN_KING and \
                (owner is None or o.hi > owner.hi):
            owner = o
    return owner is not None and doc.country_of(owner.eid) == _SAUDI


def saudi_king_abdullah(doc: Doc) -> None:
    """See the module docstring."""
    ids = doc.mentioned_ids()
    if JORDAN_KING not in ids or SAUDI_KING in ids:
        return
    mine = [m for m in doc.ments if m.eid == JORDAN_KING]
    if not all(_short(doc, m) for m in mine if m.kind == "name") or _jordan_named(doc):
        return
    if not any(_kin_of_saudi(doc, m) or _late(doc, m) for m in mine if m.kind == "name") and (
            ids.isdisjoint(_EARLIER_SAUDI_KINGS) or not any(t.key in _REIGN_OVER for t in doc.toks)):
        return
    for m in mine:
        m.eid = SAUDI_KING
    _descriptions_of_the_dead_king(doc)
    doc.mentions_changed()


def _descriptions_of_the_dead_king(doc: Doc) -> None:
    """The descriptions given to an earlier Saudi king named as dead before them go to the new
    king, unless their sentence tells a death or a burial (module doc)."""
    lost: dict[str, int] = {}
    for m in doc.ments:
        if m.eid in _EARLIER_SAUDI_KINGS and m.kind == "name" and m.eid not in lost and \
                loss_at(doc, m):
            lost[m.eid] = m.lo
    if not lost:
        return
    for m in doc.ments:
        if m.kind == "desc" and m.eid in lost and m.lo > lost[m.eid] and \
                not loss_told_in(doc, doc.sents[m.sent]):
            m.eid = SAUDI_KING
