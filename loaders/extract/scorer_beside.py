"""The host of an event a meeting was held beside (session 56; called by
``scorer_bystander.bystander_pair``, a veto on the scorer's MET_WITH only): "A and B held talks
on the sidelines of the BRICS summit in Kazan, hosted by Russian President H" / «عقد A وB
محادثات على هامش القمة التي استضافها الرئيس H»: H hosted the summit, not A's talks with B, so
H is no partner of A or B there. The rules read the same (``meeting_host.beside_event``).

The host stands a few title words after "hosted / chaired by" («استضافها / ترأسها» ...), and
the words "sidelines / margins / fringes of" («هامش») come at most ``REACH`` words before that
verb, with no meeting noun between ("..., in talks hosted by H": H hosted the talks); the
other side of the pair is named before them.
"""

from __future__ import annotations

from loaders.extract import lexicon as L
from loaders.extract.mention_base import Mention
from loaders.extract.scorer_aside import CLAUSE_END, ar_in
from loaders.extract.scorer_features import _ar
from loaders.extract.tokens import Tok

REACH = 12  # tokens between "sidelines of" and "hosted by" ("... of the BRICS summit in Kazan,")
TITLE_REACH = 6  # tokens between the hosting verb and the host's name (his title)
_HOSTED_EN = frozenset({"hosted", "co-hosted", "chaired", "convened", "organised", "organized"})
_HOSTED_AR = _ar("استضافها", "استضافه", "يستضيفها", "يستضيفه", "تستضيفها", "ترأسها", "ترأسه",
                 "يترأسها", "رعاها", "رعاه", "نظمها", "نظمه")
# the hosted noun is the meeting itself: "on the sidelines of the conference, in talks hosted
# by H" (H hosted the talks: kept)
_MEETING_EN = frozenset({"talks", "meeting", "meetings", "encounter", "dinner", "lunch",
                         "luncheon", "breakfast", "banquet", "reception"})
_MEETING_AR = _ar("محادثات", "المحادثات", "مباحثات", "المباحثات", "لقاء", "اللقاء", "اجتماع",
                  "الاجتماع", "مأدبة", "عشاء", "غداء", "حفل")


def _hosting_verb(m: Mention, toks: list[Tok], lo: int) -> int:
    """The index of "hosted (by)" / «استضافها» a few title words before *m*, else -1."""
    start = m.tlo if 0 <= m.tlo < m.lo else m.lo
    for k in range(start - 1, max(lo, start - TITLE_REACH) - 1, -1):
        t = toks[k]
        if t.text in CLAUSE_END:
            return -1
        if t.ar:
            if ar_in(t, _HOSTED_AR):
                return k
        elif t.key == "by" and k - 1 >= lo and toks[k - 1].key in _HOSTED_EN:
            return k - 1
    return -1


def _beside_before(toks: list[Tok], lo: int, k: int) -> int:
    """The index of "sidelines of" / «هامش» at most ``REACH`` words before *k*, else -1."""
    for x in range(k - 1, max(lo, k - REACH) - 1, -1):
        t = toks[x]
        if t.text in CLAUSE_END or (ar_in(t, _MEETING_AR) if t.ar else t.key in _MEETING_EN):
            return -1
        if ar_in(t, L.AR_BESIDE) if t.ar else (
                t.key in L.EN_BESIDE and x + 1 < k and toks[x + 1].key == "of"):
            return x
    return -1


def beside_host(a: Mention, b: Mention, toks: list[Tok], lo: int) -> bool:
    """Is one of *a*, *b* the host of an event the other met someone beside (module doc)?"""
    for h, o in ((a, b), (b, a)):
        if h.etype != "Person" or h.hi <= h.lo:
            continue
        k = _hosting_verb(h, toks, lo)
        if k < 0:
            continue
        x = _beside_before(toks, lo, k)
        if x >= 0 and o.hi <= x:
            return True
    return False
