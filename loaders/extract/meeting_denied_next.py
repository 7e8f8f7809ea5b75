"""MET_WITH: a meeting the next sentence denies took place (session 55, ``seen55``).

"أفاد مصدر بأن X التقى Y في الرياض. غير أن مكتب Y نفى حصول أي لقاء." / "A source said X met
Y in Riyadh. Y's office denied that any meeting took place.": the pairs of the sentence before
are dropped. The denial must open its sentence (its verb among the first words, nothing but the
denier and a contrast word before it) and deny the meeting itself: "(نفى) حصول / وقوع / عقد أي
لقاء"، "أي لقاء"، "(denied) that any (such) meeting took place", "(denied) the meeting". A
meeting noun followed by "with / مع / بين" counts only when a person of the pairs is named
right after it ("denied that any meeting with Y took place"), not another ("denied any meeting
with Hamas"), nor a denial told as withdrawn since ("Riyadh at first / initially denied that
any meeting had taken place", "نفت في البداية": the article tells the meeting as held). The
same-sentence denials are ``meeting_denied`` and ``meeting_denied_later``.

Session 61: the Arabic denier after the verb, with the conjunction glued on (VSO: "ونفى مكتب
Y حصول أي لقاء", "لكن نفت قوات سوريا الديمقراطية عقد أي اجتماع", "فيما نفى المتحدث ... وقوع
اللقاء"); not a denial of something said of the meeting ("تقارير عن خلاف خلال اللقاء", "أي
علاقة للقاء بالانتخابات"). Reports of a meeting denied ("ونفت الرئاسة تقارير عن لقاء جمع X
بـW") are left: in four dev pieces they deny another meeting than the one told before.

Called by ``rules.RuleExtractor._extract`` once the sentences' relations (and the scorer's)
are read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.meeting_denied_later import AR_ANY, AR_DENY, AR_HAPPEN, EN_DENY

if TYPE_CHECKING:
    from loaders.extract.mention_core import Mention
    from loaders.extract.rel import Rel
    from loaders.extract.tokens import Tok

_AR_MEETING = L._ar("اللقاء", "الاجتماع", "لقاء", "اجتماع", "اللقاءات", "الاجتماعات")
_AR_WITH = L._ar("مع", "بين", "ب")
_EN_MEETING = frozenset({"meeting", "meetings", "encounter"})
_EN_DET = frozenset({"any", "the", "a", "such", "this", "that"})
_EN_WITH = frozenset({"with", "between"})
_EN_PLACE = frozenset({"took", "had", "has", "ever", "was", "happened", "occurred"})
_AT_FIRST = frozenset({"first", "initially", "originally", "earlier"}) | L._ar(
    "البداية", "البدء", "بادئ", "بادىء", "سابقا", "سابقاً")
_OPENING = 9  # the denier ("The office of Syrian President X") before the verb


def _deny_verb(toks: list[Tok], lo: int, hi: int) -> int:
    """The denial verb among the sentence's first words, else -1 (no comma before it); an
    Arabic one may carry the conjunction و / ف ("ونفى", "فنفت": session 61)."""
    for y in range(lo, min(hi, lo + _OPENING)):
        t = toks[y]
        if t.key in AR_DENY or t.key in EN_DENY or (
                t.ar and t.key[:1] in ("و", "ف") and t.key[1:] in AR_DENY):
            after = {toks[x].key for x in range(y + 1, min(hi, y + 4))}
            if any(toks[x].key in _AT_FIRST for x in range(lo, y)) or after & _AT_FIRST:
                return -1  # ("Riyadh at first denied that any meeting had taken place")
            return y
        if t.punct:
            return -1
    return -1


def _meeting_noun(toks: list[Tok], t: int, hi: int) -> int:
    """The meeting noun of the denial's object after the verb at *t*, else -1."""
    if toks[t].ar:
        keys = [toks[y].key for y in range(t + 1, min(hi, t + 9))]
        for i, k in enumerate(keys):
            if k in _AR_MEETING and (i == 0 or keys[i - 1] in AR_ANY | AR_HAPPEN):
                return t + 1 + i  # (past the denier of a VSO sentence: "ونفى مكتب Y حصول
                # أي لقاء": session 61)
            if toks[t + 1 + i].punct:
                return -1
        return -1
    keys = [toks[y].key for y in range(t + 1, min(hi, t + 6))]
    i = 1 if keys[:1] == ["that"] else 0
    while i < len(keys) and keys[i] in _EN_DET:
        i += 1
    if i == (1 if keys[:1] == ["that"] else 0) or i >= len(keys) or keys[i] not in _EN_MEETING:
        return -1
    rest = keys[i + 1:i + 2]
    if i and keys[0] == "that" and rest and rest[0] not in _EN_PLACE | _EN_WITH:
        return -1  # ("denied that the meeting was about Z": what was said in it)
    return t + 1 + i


def _with_other(toks: list[Tok], noun: int, ments: list[Mention], pair_ids: set[str]) -> bool:
    """"a meeting with / between W": W is named and none of *pair_ids*."""
    if noun + 1 >= len(toks):
        return False
    nxt = toks[noun + 1]
    if not (nxt.key in _AR_WITH or nxt.key in _EN_WITH or nxt.text.startswith("ب")):
        return False
    named = [m for m in ments if noun < m.lo <= noun + 6]
    return not any(m.eid in pair_ids for m in named)


def denied_next(toks: list[Tok], sents: list, by_sent: dict[int, list[Mention]],
                rels: list[Rel]) -> list[Rel]:
    """*rels* without the MET_WITH pairs of a sentence the next one denies (module doc)."""
    met_sents = {r.sent for r in rels if r.type == "MET_WITH"}
    out = rels
    for si in sorted(met_sents):
        if si + 1 >= len(sents):
            continue
        s = sents[si + 1]
        t = _deny_verb(toks, s.lo, s.hi)
        if t < 0:
            continue
        noun = _meeting_noun(toks, t, s.hi)
        if noun < 0:
            continue
        pair_ids = {x for r in out if r.type == "MET_WITH" and r.sent == si
                    for x in (r.source, r.target)}
        if _with_other(toks, noun, by_sent.get(si + 1, []), pair_ids):
            continue
        out = [r for r in out if not (r.type == "MET_WITH" and r.sent == si)]
    return out
