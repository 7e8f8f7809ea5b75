"""Per-token cue flags for the negation and modality tests (``negated`` / ``hypothetical``,
:mod:`loaders.extract.modality`).

``_cue_flags`` gives a token's ``_CF_*`` bits (negation, contrast, denial, passive auxiliary,
comma, Arabic قد, modals, "can", "due"), cached per token text; ``_range_cues`` lists, for a
token range, the flags of each token and the positions of the rarer kinds (``_Cues``), made
once per sentence on its first test; ``_article_cues`` does so once per article for a test
at a token outside the asking sentence.
"""

from __future__ import annotations

from itertools import compress, repeat
from operator import and_

from loaders.extract import lexicon as L
from loaders.extract.mentions import Doc
from loaders.extract.rule_common import _FORMS, EN_PASSIVE_AUX, forms
from loaders.extract.tokens import Tok

# English words of denial (also the verb before "that" in ``modality._denied_that_en``)
EN_DENY = L._en("denied", "denies", "deny", "refuted", "dismissed", "baseless", "unfounded")
_C1 = L._ar("نفى", "نفت", "ينفي", "تنفي", "نفي", "كذب", "كذبت")
_EN_DENIED_AFTER = EN_DENY | {"rejected", "false", "untrue", "incorrect", "fabricated",
                              "inaccurate", "wrong"}
_C01 = EN_DENY | _C1
_AR_CONTRAST = L._ar("لكن", "لكنه", "لكنها", "ولكن", "ولكنه", "ولكنها", "بينما", "غير ان",
                     "الا ان", "إلا أن", "لكنهم")
_EN_CONTRAST = frozenset({"but", "however", "while", "whereas", "although", "though", "yet"})
_AR_QAD = frozenset({"قد", "وقد", "فقد", "لقد"})


# ---- per-token-text cue flags for negated() / hypothetical() --------------------------
_CF_NEG = 1  # a negation word (Arabic: AR_NEG, also after و/ف; English: EN_NEG, "-n't")
_CF_GHAIR = 2  # غير
_CF_CONTRAST = 4  # "but", "لكن", "،", ";", "؛": another clause starts after it
_CF_C01 = 8  # a denial word (_C01)
_CF_AUX = 16  # a passive auxiliary
_CF_DENIED = 32  # a denial adjective/verb after an auxiliary (_EN_DENIED_AFTER)
_CF_COMMA = 64  # "،", ",", ";", "؛"
_CF_QAD = 128  # Arabic قد (also after و/ف)
_CF_MODAL = 256  # Arabic AR_MODAL (not قد), English EN_MODAL (not the month "May")
_CF_CAN = 512  # English "can" / "could" (not the month)
_CF_DUE = 1024  # English "due" (not the month)
_CF_HYP = _CF_QAD | _CF_MODAL | _CF_CAN | _CF_DUE
_CUE_FLAGS: dict[str, int] = {}  # token text -> its flags (a function of the text)


def _cue_flags(t: Tok) -> int:
    """The _CF_* flags of token *t* (what negated() and hypothetical() test per token)."""
    key, text = t.key, t.text
    fs = _FORMS.get(text)
    if fs is None:
        fs = forms(t)
    f = 0
    bare = key[1:] if key[:1] in "وف" else key
    if t.ar:
        if key in L.AR_NEG or (key[:1] in "وف" and key[1:] in L.AR_NEG):
            f |= _CF_NEG
        if key in _AR_QAD or bare in _AR_QAD:
            f |= _CF_QAD
        elif key in L.AR_MODAL or bare in L.AR_MODAL:
            f |= _CF_MODAL
    else:
        if not fs.isdisjoint(L.EN_NEG) or text.lower().endswith("n't"):
            f |= _CF_NEG
        if not (t.cap and key == "may"):  # the month
            if not fs.isdisjoint(L.EN_MODAL):
                f |= _CF_MODAL
            if key in ("can", "could"):
                f |= _CF_CAN
            if key == "due":
                f |= _CF_DUE
    if key == "غير":
        f |= _CF_GHAIR
    if key in _AR_CONTRAST or key in _EN_CONTRAST or text in ("،", ";", "؛"):
        f |= _CF_CONTRAST
    if text in ("،", ",", ";", "؛"):
        f |= _CF_COMMA
    if not fs.isdisjoint(_C01):
        f |= _CF_C01
    if key in EN_PASSIVE_AUX:
        f |= _CF_AUX
    if not fs.isdisjoint(_EN_DENIED_AFTER):
        f |= _CF_DENIED
    return f


class _Cues:
    """An article's cue tokens for negated() / hypothetical(): the flags of each token and
    the positions (ascending) of the rarer kinds."""

    __slots__ = ("flags", "neg", "c01", "aux_denied", "hyp")

    def __init__(self, flags: list[int]):
        self.flags = flags
        self.neg: list[int] = []
        self.c01: list[int] = []
        self.aux_denied: list[int] = []  # x: an auxiliary at x and a denial word at x + 1
        self.hyp: list[int] = []


_AR_STILL = L._ar("زال", "زالت", "يزال", "تزال", "يزالون", "يزالان", "تزالان", "نزال", "أزال",
                  "زالوا")  # "ما زال / لا يزال": "still", no negation
_CF_RARE = _CF_NEG | _CF_C01 | _CF_AUX | _CF_HYP  # (not the frequent comma kinds)


def _article_cues(doc: Doc) -> _Cues:
    """The cue tokens of the whole article (for a negated()/hypothetical() test at a token
    outside the asking sentence; made once per article)."""
    c = doc.state.get("_rel_cues")
    if c is None:
        c = doc.state["_rel_cues"] = _range_cues(doc, 0, len(doc.texts))
    return c


# an adverb between "was" and "dismissed" ("was later dismissed": a removal; session 53)
_EN_ASIDE_ADVERBS = frozenset({"later", "subsequently", "eventually", "then", "also",
                               "abruptly", "summarily", "quickly", "briefly"})


def _range_cues(doc: Doc, lo: int, hi: int) -> _Cues:
    """The cue tokens of tokens [lo, hi): ``flags`` is indexed by token position (0 before
    *lo*, but the token before it, which the "was dismissed" test reads); per token text the
    flags are cached. ``SentenceCore`` makes them for its own sentence on its first
    negated()/hypothetical() test: most sentences of an article never ask (real text: about
    two in three), so their tokens are not scanned."""
    known = _CUE_FLAGS
    get = known.get
    toks = doc.toks
    texts = doc.texts
    if lo:
        flags = [0] * (lo - 1)
        f = get(texts[lo - 1])
        if f is None:
            if len(known) > 200_000:
                known.clear()
            f = known[texts[lo - 1]] = _cue_flags(toks[lo - 1])
        flags.append(f)
    else:
        flags = []
    neg: list[int] = []
    c01: list[int] = []
    aux: list[int] = []
    hyp: list[int] = []
    own = list(map(get, texts[lo:hi]))  # (the flags of the range's tokens, looked up in C)
    if None in own:  # (rare: a text not seen before)
        for x, f in enumerate(own):
            if f is None:
                text = texts[lo + x]
                f = get(text)
                if f is None:
                    if len(known) > 200_000:
                        known.clear()
                    f = known[text] = _cue_flags(toks[lo + x])
                own[x] = f
    flags += own
    # (only the tokens with a rare flag are read further: no Python loop over the others)
    for p in compress(range(lo, hi), map(and_, own, repeat(_CF_RARE, len(own)))):
        f, text = flags[p], texts[p]
        removal = p and text.lower() == "dismissed" and (flags[p - 1] & _CF_AUX or (
            p - 1 > lo and texts[p - 1].lower() in _EN_ASIDE_ADVERBS and
            flags[p - 2] & _CF_AUX) or _dismissed_official(toks, p, hi))
        # ("Y was (later) dismissed and replaced by X": a removal, no denial; "K
        # dismissed Defense Minister Y and named X to replace him": session 54)
        if f & _CF_NEG and not removal and not (
                p + 1 < hi and toks[p + 1].key in _AR_STILL):  # "ما زالت", "لا يزال"
            neg.append(p)
        if f & _CF_C01 and not removal:
            c01.append(p)
        if f & _CF_AUX:
            aux.append(p)
        if f & _CF_HYP:
            hyp.append(p)
    c = _Cues(flags)
    c.neg, c.c01, c.hyp = neg, c01, hyp
    c.aux_denied = aux and [p for p in aux if p + 1 < len(flags) and flags[p + 1] & _CF_DENIED and not (
        texts[p + 1].lower() == "dismissed" and "as" not in (
            texts[p + 2].lower() if p + 2 < hi else "", texts[p + 3].lower() if p + 3 < hi else ""))
        and not (p + 2 < hi and texts[p + 2].lower() in _EN_DENIED_OBJECT)]
    # ("Y was dismissed in March": a removal; "reports ... were dismissed as false": a denial;
    # "he had been denied the powers / access": something withheld, no denial of a report)
    return c


def _dismissed_official(toks: list, p: int, hi: int) -> bool:
    """Is "dismissed" at *p* followed by an office holder's title ("dismissed Defense
    Minister Y", "dismissed the interior minister, Y"): a removal, not a denial?"""
    y = p + 1
    if y < hi and toks[y].key == "the":
        y += 1
    if not (y < hi and toks[y].key in L.EN_TITLE_FIRST and (toks[y].cap or y > p + 1)):
        return False
    for z in range(y, min(hi, y + 7)):  # not "dismissed (the) President X's claim that ..."
        if toks[z].poss or toks[z].text in ("'s", "’s", "'", "’") or toks[z].key in (
                "claim", "claims", "remarks", "statement", "report", "reports", "comments"):
            return False
        if toks[z].punct or toks[z].key in ("and", "on", "in", "after", "from"):
            break
    return True


# what a person is denied (session 54): "had been denied the powers to ...", "denied entry"
_EN_DENIED_OBJECT = frozenset({"the", "a", "an", "his", "her", "their", "its", "access", "entry",
                               "permission", "bail", "visas", "any"})

