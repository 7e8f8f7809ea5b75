"""English: a meeting or killing told only inside what a correction note or a fact check calls
false (session 56) is no relation:

- a verb of misreporting or an adverb of error before a verb of saying, whose clause holds the
  relation word: "An earlier version of this article misstated that X met Y", "A previous
  version wrongly reported that X met Y", "Social media posts falsely claim that X met Y",
  "incorrectly said X had met Y" ("that" may be left out); a picture said to show it: "a
  video purporting to show X meeting Y", "a photo purportedly showing X with Y"; a fact check's
  "There is no evidence that X met Y", "Nothing suggests that X met Y";
- a report noun whose "that" clause holds the relation word, called false after it: "Reports
  that X met Y were incorrect", "Claims that X met Y are false" (the rules read this one by
  the passive auxiliary and its denial adjective, ``sentence_cues``; the scorer's gate asks
  here, ``scorer_gates.unreal_meeting``);
- a report its own writer could not check: "Reuters could not (independently) confirm /
  verify reports of a meeting between X and Y", "was unable to verify claims that X met Y"
  (session 65);
- a fact check's claim whose verdict the next sentence gives: "Claim: Israel killed X in Doha.
  Verdict: False.", "A viral post claims that Iran killed X. This is false." (session 57).

Not "X was mistakenly killed by Y" nor "wrongly detained" (an adverb of error with no verb of
saying: the killing took place), and not past the end of the clause that was called false
(", and / but / while ..." after a comma, ";", ":", ".").
"""

from __future__ import annotations

from collections.abc import Sequence

from loaders.extract.tokens import Tok

_MISSTATED = frozenset({"misstated", "misstates", "misreported", "misreports", "misquoted",
                        "misidentified", "misattributed"})
_ERROR_ADVERBS = frozenset({"falsely", "wrongly", "incorrectly", "erroneously", "mistakenly",
                            "inaccurately", "misleadingly"})
_SAYING = frozenset({"said", "say", "says", "saying", "reported", "report", "reports",
                     "reporting", "claimed", "claim", "claims", "claiming", "stated", "states",
                     "state", "suggested", "suggest", "suggests", "suggesting", "asserted",
                     "wrote", "implied", "alleged", "alleges", "indicated", "identified",
                     "described", "shared", "circulated", "attributed"})
_PURPORTING = frozenset({"purporting", "purported", "purports", "claiming"})
_SHOW = frozenset({"show", "depict", "prove"})
_PURPORTEDLY = frozenset({"purportedly", "allegedly", "supposedly"})
_SHOWING = frozenset({"showing", "shows", "depicting", "depicts"})
_EVIDENCE = frozenset({"evidence", "proof", "indication", "sign"})
_NO = frozenset({"no", "little", "scant"})
_SUGGESTS = frozenset({"suggests", "suggested", "indicates", "indicated", "proves", "proved"})
_REPORT_NOUNS = frozenset({"reports", "report", "claims", "claim", "rumours", "rumors",
                           "rumour", "rumor", "allegations", "posts", "suggestions"})
_BE = frozenset({"is", "are", "was", "were", "been"})
_FALSE_ADJ = frozenset({"false", "untrue", "incorrect", "inaccurate", "baseless", "fabricated",
                        "unfounded", "wrong", "fake", "misleading"})
_CLAUSE_END = frozenset({"and", "but", "while", "although", "though", "saying", "adding",
                         "whereas"})
_OPENERS = _MISSTATED | _ERROR_ADVERBS | _PURPORTING | _PURPORTEDLY | _EVIDENCE | {"nothing"}
FALSE_TOLD_CUES = _OPENERS | _REPORT_NOUNS  # modality.blocked: no false_told call without one
_REACH = 30  # tokens from the cue to the relation word


def _clause_open(toks: Sequence[Tok], a: int, k: int) -> bool:
    """No end of the reported clause between *a* and *k*: no ".", ";", ":" and no ", and /
    but / saying" (commas of an apposition or a relative clause stay inside)."""
    for y in range(a, k):
        ky = toks[y].key
        if ky in (".", ";", ":", "?", "!") or (ky in _CLAUSE_END and toks[y - 1].key == ","):
            return False
    return True


def _misreported_at(toks: Sequence[Tok], p: int, k: int) -> bool:
    """The token at *p* opens a misreporting ("misstated", "wrongly reported") whose object
    clause reaches *k*."""
    key = toks[p].key
    if key in _MISSTATED:
        v = p
    elif key in _ERROR_ADVERBS and p + 1 < k and toks[p + 1].key in _SAYING:
        v = p + 1
    elif key in _PURPORTING and p + 2 < k and toks[p + 1].key == "to" and \
            toks[p + 2].key in _SHOW:
        v = p + 2  # "a video purporting to show X meeting Y"
    elif key in _PURPORTEDLY and p + 1 < k and toks[p + 1].key in _SHOWING:
        v = p + 1  # "a photo purportedly showing X with Y"
    elif key in _EVIDENCE and toks[p - 1].key in _NO and p + 1 < k and \
            toks[p + 1].key == "that":
        v = p + 1  # "There is no evidence that X met Y"
    elif key == "nothing" and p + 1 < k and toks[p + 1].key in _SHOWING | _SUGGESTS:
        v = p + 1  # "Nothing suggests that X met Y"
    else:
        return False
    return _clause_open(toks, v + 1, k)


def _called_false_after(toks: Sequence[Tok], p: int, k: int, hi: int) -> bool:
    """"Reports / claims that ... <k> ... were / are false": the report noun at *p*, "that"
    right after it, and an auxiliary with a word of falsity after *k* in the sentence."""
    if toks[p].key not in _REPORT_NOUNS or p + 1 >= k or toks[p + 1].key != "that":
        return False
    if not _clause_open(toks, p + 2, k):
        return False
    for y in range(k + 1, min(hi - 1, k + _REACH)):
        ky = toks[y].key
        if ky in (".", ";", ":"):
            return False
        if ky in _BE and toks[y + 1].key in _FALSE_ADJ:
            return True
        if ky in _BE and y + 2 < hi and toks[y + 1].key in ("entirely", "completely", "totally",
                                                             "also") and \
                toks[y + 2].key in _FALSE_ADJ:
            return True
    return False


_CLAIM_LABELS = frozenset({"claim", "claims", "rumour", "rumor", "post", "posts"})
_VERDICT_LABELS = frozenset({"verdict", "rating", "conclusion", "ruling"})
_THIS = frozenset({"this", "that", "it"})
_CLAIM_HEADS = frozenset({"claim", "claims", "post", "posts", "report", "reports"})


def _verdict_false_next(toks: Sequence[Tok], hi: int) -> bool:
    """Does the sentence at *hi* open with a fact check's verdict of falsity: "(Our) verdict:
    False / Misleading", "Rating: False", "This is false", "This claim is (entirely) false"?"""
    n = len(toks)
    y = hi
    if y < n and toks[y].key in ("our", "the"):
        y += 1
    if y + 2 < n and toks[y].key in _VERDICT_LABELS and toks[y + 1].key == ":":
        return toks[y + 2].key in _FALSE_ADJ
    y = hi
    if y < n and toks[y].key in _THIS | {"the"}:
        y += 1
        if y < n and toks[y].key in _CLAIM_HEADS:
            y += 1
        if y + 1 < n and toks[y].key in _BE:
            y += 1
            if toks[y].key in ("entirely", "completely", "totally", "also") and y + 1 < n:
                y += 1
            return toks[y].key in _FALSE_ADJ
    return False


def claim_then_false(toks: Sequence[Tok], lo: int, hi: int, k: int) -> bool:
    """A fact check: the relation word at *k* is told after a "Claim:" label opening its
    sentence, or after a claim word ("A viral post claims that Iran killed X"), and the next
    sentence gives the verdict false ("Verdict: False.", "This is false.") (session 57)."""
    if toks[k].ar or not _verdict_false_next(toks, hi):
        return False
    if hi > lo + 1 and toks[lo].key in _CLAIM_LABELS and toks[lo + 1].key == ":":
        return _clause_open(toks, lo + 2, k)
    return any(toks[p].key in _SAYING and _clause_open(toks, p + 1, k)
               for p in range(max(lo, k - _REACH), k))


def false_told(toks: Sequence[Tok], lo: int, hi: int, k: int) -> bool:
    """Is the relation word at *k* (sentence tokens *lo*..*hi*) told only in a clause called
    false by a correction or a fact check?"""
    if toks[k].ar:
        return False
    for p in range(k - 1, max(lo, k - _REACH) - 1, -1):
        key = toks[p].key
        if key in _OPENERS:
            if _misreported_at(toks, p, k):
                return True
        elif key in _REPORT_NOUNS and (_called_false_after(toks, p, k, hi) or
                                       _unconfirmed_report(toks, lo, p, k)):
            return True
    return claim_then_false(toks, lo, hi, k)


_CONFIRM = frozenset({"confirm", "verify", "corroborate"})
_NOT_ABLE = frozenset({"not", "unable", "cannot", "couldnt", "cant", "impossible"})
_OF_REPORT = frozenset({"of", "about", "that", "on"})


def _unconfirmed_report(toks: Sequence[Tok], lo: int, p: int, k: int) -> bool:
    """"(Reuters) could not (independently) confirm / verify (the) reports of a meeting between
    X and Y", "was unable to verify claims that X met Y": the report noun at *p*, the object of
    a negated checking verb right before it, introduces the relation word at *k* (session 65;
    the Arabic "لم يتسنَّ التأكد من صحة أنباء عن لقاء": ``rule_common.drop_unsure_ar``)."""
    if p + 1 >= k or toks[p + 1].key not in _OF_REPORT or not _clause_open(toks, p + 1, k):
        return False
    v = p - 1
    if v >= lo and toks[v].key in ("the", "these", "those", "such"):
        v -= 1
    if v < lo or toks[v].key not in _CONFIRM:
        return False
    if v - 1 >= lo and toks[v - 1].key == "independently":
        v -= 1
    return any(toks[y].key in _NOT_ABLE for y in range(max(lo, v - 3), v))
