""""الوزير الضيف" / "the visiting minister": the visitor received before, not the host (s52).

"استقبل السلطان هيثم بن طارق ... حسين أمير عبداللهيان وزير خارجية ... وكان وزير الخارجية قد
عقد ... جلسة مباحثات مع الوزير الضيف": the guest minister is the one received, not the Omani
minister named last; "Abdelatty welcomed his Turkish counterpart Hakan Fidan. The visiting
minister was later received by Sisi": Fidan. A description followed by «الضيف» / «الزائر» (or
after "visiting") is read as the person received in the latest reception told in the last
sentences: the person named right after "استقبل / استضاف" and its subject (the second person
after the verb; "استقبل H G"), or the first one after "received / hosted / welcomed" ("H
received G"). Kept as the generic reading when no reception is found, or when the guest
found is the description's own sentence's subject... (the caller passes what it had)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L

if TYPE_CHECKING:
    from loaders.extract.mention_core import Mention
    from loaders.extract.mentions import Doc

_AR_GUEST_AFTER = L._ar("الضيف", "الزائر")
_EN_VISITING = frozenset({"visiting"})
_AR_RECEIVE = L.AR_RECEIVE_VERBS | L._ar("استقبلت", "واستقبلت", "تستقبل", "وتستقبل",
                                         "استضافت", "واستضافت")
_EN_RECEIVE = frozenset({"received", "hosted", "welcomed", "receives", "hosts", "welcomes"})
_AR_TRANSITIVE = _AR_RECEIVE | L._ar(
    "التقى", "والتقى", "يلتقي", "ويلتقي", "ودع", "وودع", "يودع", "هنأ", "وهنأ", "يهنئ", "قلد",
    "وقلد", "منح", "ومنح", "ابلغ", "وابلغ", "اطلع", "واطلع", "سلم", "وسلم", "حمل", "وحمل",
    "اقام", "واقام", "صحب", "وصحب", "رافق", "ورافق", "قابل", "وقابل")
_BACK = 6  # sentences
_EN_PASSIVE = frozenset({"was", "were", "been", "being"})


def guest_marked(doc: Doc, b: int, k: int, end: int, hi: int) -> bool:
    """Is the description at tokens *k*..*end* marked as the guest: «الوزير الضيف» (the word
    right after it) or "the visiting minister" (a word between "the" at *b* and *k*)?"""
    toks = doc.toks
    if toks[k].ar:  # one definite word: "وهنأ رئيس الوزراء الضيفَ" greets the guest, and
        # "استقبل الرئيس الضيفَ" receives him (the word is the object)
        return end == k + 1 < hi and toks[end].key in _AR_GUEST_AFTER and \
            toks[k].key.startswith(("ال", "وال", "بال", "لل", "فال")) and \
            not (k > 0 and toks[k - 1].key in _AR_TRANSITIVE)
    return any(toks[x].key in _EN_VISITING for x in range(max(b, 0), k))


def _guest_of(doc: Doc, si: int, people: list[Mention], upto: int) -> str | None:
    """The guest of the latest reception verb before token *upto* of sentence *si* (*people*:
    its person mentions in order), else None."""
    toks = doc.toks
    s = doc.sents[si]
    guest = None
    for v in range(s.lo, min(s.hi, upto)):
        t = toks[v]
        if t.key not in (_AR_RECEIVE if t.ar else _EN_RECEIVE):
            continue
        after = list(dict.fromkeys(m.eid for m in people if m.lo > v))
        before = [m for m in people if m.hi <= v]
        host_before = bool(before) and before[-1].hi >= v - 3  # "وكان H قد استقبل G"
        if not t.ar and v > s.lo and toks[v - 1].key in _EN_PASSIVE:
            guest = before[-1].eid if before else None  # "G was received by H"
        elif t.ar and not host_before:
            guest = after[1] if len(after) >= 2 else None  # "استقبل H G"
        else:
            guest = after[0] if after else None  # "H received G"
    return guest


def guest_description(doc: Doc, si: int, k: int, eid: str | None) -> str | None:
    """The guest a guest-marked description at token *k* of sentence *si* refers to: the one
    received in the latest reception of the last sentences (or earlier in this sentence),
    else *eid* (the generic reading)."""
    by_sent: dict[int, list[Mention]] = {}
    for m in doc.ments:
        if m.etype == "Person" and si - _BACK <= m.sent <= si and m.lo < k:
            by_sent.setdefault(m.sent, []).append(m)
    for s_ in range(si, max(-1, si - _BACK - 1), -1):
        people = sorted(by_sent.get(s_, ()), key=lambda m: m.lo)
        if len(people) < 2 and s_ != si:
            continue
        g = _guest_of(doc, s_, people, k if s_ == si else doc.sents[s_].hi)
        if g is not None:
            return g
    return eid
