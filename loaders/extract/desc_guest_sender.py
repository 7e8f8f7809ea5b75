""""الضيف السعودي" (the guest) is never the sender of the message the guest carried (session 25b).

"استقبل X وزير الدفاع السعودي الأمير خالد ...، الذي سلّمه رسالة خطية من خادم الحرمين الشريفين
الملك سلمان. وكان الضيف السعودي قد وصل ... واستقبله في المطار Y": the guest is the minister, not
the king named last (the generic reading takes the most recent Saudi). A person all of whose
mentions before the description stand right after "رسالة / برقية (خطية) من" ("a (written)
letter / message from") is the sender; :func:`guest_not_sender` then gives the latest other
person of the description's nationality named before, else nobody. Not when the sender is also
named elsewhere ("استقبل X الملك سلمان") nor for descriptions other than the guest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L

if TYPE_CHECKING:
    from loaders.extract.mention_core import Mention
    from loaders.extract.mentions import Doc

_MESSAGE = L._ar("رسالة", "رسالتين", "رسائل", "برقية") | frozenset({
    "letter", "letters", "message", "messages"})
_FROM = L._ar("من") | frozenset({"from"})


def _sender(doc: Doc, m: Mention, same: list[Mention]) -> bool:
    """Is *m* (with the mentions *same* of its person right before it) named right after
    "رسالة ... من" / "a letter ... from"?"""
    start = m.tlo if m.tlo >= 0 else m.lo
    for o in reversed(same):
        if o.hi == start or o.hi + 1 == start:  # "خادم الحرمين الشريفين الملك" + "سلمان"
            start = min(start, o.tlo if o.tlo >= 0 else o.lo)
    toks = doc.toks
    lo = doc.sents[m.sent].lo
    if start - 1 < lo or toks[start - 1].key not in _FROM:
        return False
    return any(toks[y].key in _MESSAGE or any(st in _MESSAGE for _p, st in toks[y].stems)
               for y in range(max(lo, start - 5), start - 1))


def guest_not_sender(doc: Doc, k: int, role_nat: str | None, eid: str) -> str | None:
    """*eid* for the guest description at *k*, unless it is only a message's sender: then the
    latest other person of nationality *role_nat* named before *k*, else None."""
    before = [m for m in doc.ments if m.lo < k and m.etype == "Person"]
    own = [m for m in before if m.eid == eid]
    if not own or not all(_sender(doc, m, own[:i]) for i, m in enumerate(own)):
        return eid
    other = [m for m in before if m.eid != eid and role_nat and m.role_nat == role_nat]
    return other[-1].eid if other else None
