"""A veto on the scorer's meetings (session 46, ``relative``, called by
``scored.ScoredExtractor``): a meeting told in a relative clause is its head's, not the main
clause's. "Pezeshkian attended the funeral of Haniyeh, who met Ali Khamenei a day before his
killing" gives no Pezeshkian - Khamenei; «انتقد الكاظمي، سلف السوداني الذي التقى بايدن عام
2021، نوري المالكي» gives no Biden - Maliki (the review of session 46's lower thresholds).

A relative clause opens with "who" / «الذي» / «التي» ... followed within ``REL_CUE_REACH``
tokens by a meeting cue, and runs to the next comma, semicolon or the sentence's end. A scorer
pair with one mention inside it and the other outside is dropped unless the outside one is the
clause's head (named right before the pronoun, a comma between at most); a clause whose head is
the meeting itself («وجرى خلال اللقاء، الذي حضره X», "the talks, which X attended") is no
other person's.
"""

from __future__ import annotations

from loaders.extract.mention_base import Mention
from loaders.extract.scorer_attendees import ATTEND_BIT
from loaders.extract.scorer_features import _ar, tok_info
from loaders.extract.scorer_gates import MEET_BIT
from loaders.extract.tokens import Tok

_RELATIVE = frozenset({"who", "whom"}) | _ar("الذي", "التي", "الذين", "اللذين", "اللتين")
_CLAUSE_END = frozenset({",", "،", ";", "؛", ".", "(", ")"})
REL_CUE_REACH = 3  # tokens after the pronoun within which its meeting cue stands
_MEET_OR_ATTEND = MEET_BIT | ATTEND_BIT  # (relative_aside: a clause of either is no aside)


def relative_meeting(a: Mention, b: Mention, toks: list[Tok], lo: int, hi: int) -> bool:
    """Is one of the pair inside a relative clause telling a meeting and the other outside
    it and not its head (module doc)?"""
    for r in range(lo, hi):
        if toks[r].key not in _RELATIVE:
            continue
        if not any(tok_info(toks[k])[1] & MEET_BIT
                   for k in range(r + 1, min(hi, r + 1 + REL_CUE_REACH))):
            continue
        head_end = r - 1 if r - 1 >= lo and toks[r - 1].text in (",", "،") else r
        if head_end > lo and tok_info(toks[head_end - 1])[1] & MEET_BIT:
            continue  # the meeting itself is the head: "the talks, which X attended"
        end = _clause_end(toks, r, hi)
        a_in, b_in = r < a.lo < end, r < b.lo < end
        if a_in == b_in:
            continue
        out = b if a_in else a
        if out.hi != head_end:
            return True
    return False


def _clause_end(toks: list[Tok], r: int, hi: int) -> int:
    """The end of the relative clause opening at *r*: the next comma, semicolon or other clause
    end (``_CLAUSE_END``), or the sentence's end *hi*."""
    end = r + 1
    while end < hi and not (toks[end].punct and toks[end].text in _CLAUSE_END):
        end += 1
    return end


def relative_aside(a: Mention, b: Mention, toks: list[Tok], lo: int, hi: int) -> bool:
    """Session 72 (retrain72): is one of the pair named only inside a relative clause set off
    by commas that tells no meeting, and the other outside it and not its head? "Vice
    President Hadi, who is running the government while President Saleh recovers from his
    wounds, received Ambassador Feierstein" (not Saleh - Feierstein), "Rubio, who is
    travelling with Trump, also held talks with Faisal bin Farhan" (not Trump - Faisal),
    «التقى X Y، الذي خلف Z في منصبه قبل عام، في بغداد» (not Z - X). The clause opens with ", who"
    / «، الذي» and runs to the next comma, semicolon or the sentence's end; a meeting word in
    it leaves the pair to ``relative_meeting``, an attendance word ("who was accompanied /
    flanked by Z", «الذي عُقد بحضور Z») keeps it (a companion sits in), and so does a clause
    whose head is a meeting noun."""
    for r in range(lo + 1, hi):
        if toks[r].key not in _RELATIVE or toks[r - 1].text not in (",", "،"):
            continue
        end = _clause_end(toks, r, hi)
        a_in, b_in = r < a.lo < end, r < b.lo < end
        if a_in == b_in:
            continue
        if r - 2 >= lo and tok_info(toks[r - 2])[1] & MEET_BIT:
            continue  # the meeting is the head: «الاجتماع، الذي عُقد بحضور X،»
        if any(tok_info(toks[k])[1] & _MEET_OR_ATTEND for k in range(r + 1, end)):
            continue  # ("who was flanked / accompanied by X", «الذي عُقد بحضور X»)
        out = b if a_in else a
        if out.hi != r - 1:
            return True
    return False
