"""A veto on the scorer's meetings (session 65, scorerfp65, gate "nexthost", called by
``scored.ScoredExtractor``): a guest received by one host and then by another, in one
sentence, met each of them, not the two hosts each other.

«فقد استقبلها الرئيس جوزيف عون في قصر بعبدا ... ثم انتقلت إلى السراي حيث التقت رئيس الحكومة
نواف سلام، واختتمت جولتها في عين التينة مع رئيس مجلس النواب نبيه بري»: not Aoun - Berri;
"His Majesty was welcomed at Mehrabad Airport by Iran's Minister of Petroleum Javad Owji
before an official reception ceremony hosted by President Raisi": not Owji - Raisi; «التقى
ميقاتي، قبل أن يتوجه إلى تل أبيب للقاء نتنياهو»: not Mikati - Netanyahu. The pair's first
person met someone else in the sentence by the rules' reading (the guest), who is named before
him or not by name ("استقبلها"): he is a host, not the guest; and a word of sequence ("then",
"later", "before", "afterwards", «ثم»، «قبل»، «لاحقاً»، «بعدها») stands between the two names:
the second is the guest's next host. Not a bare "after" / «بعد» ("received the delegation,
days after its visit to X": an earlier meeting of the guests, which the gold keeps); not when
an attendance word follows ("then met Y at the Serail, where Z joined the discussion": Z
attended); not "G was received by A, then by B" (the first, G, is the guest: G - B stays).
Session 61's ``scorer_two_hosts`` reads the same across sentences for the article's main
actor. On dev: 4 wrong pairs refused, no right one lost.
"""

from __future__ import annotations

from loaders.extract import lexicon as L
from loaders.extract.mention_base import Mention
from loaders.extract.rule_common import forms
from loaders.extract.scorer_attendees import ATTEND_BIT
from loaders.extract.scorer_features import tok_info
from loaders.extract.tokens import Tok

_EN_NEXT = frozenset({"then", "later", "before", "afterwards", "subsequently"})
_AR_NEXT = L._ar("ثم", "قبل", "لاحقا", "بعدها", "بعدئذ")  # (shadda and tanween fold away)


def _partners(a: str, rels: list[tuple[str, str, str]]) -> set[str]:
    """The ids the rules met with *a* in *rels* (a sentence's rule relations)."""
    out = set()
    for typ, s, t in rels:
        if typ == "MET_WITH":
            if s == a:
                out.add(t)
            elif t == a:
                out.add(s)
    return out


def next_host(a: Mention, b: Mention, toks: list[Tok], hi: int, ments: list[Mention],
              rels: list[tuple[str, str, str]]) -> bool:
    """Are *a* and *b* a host and the next host of his guest (module doc)? *hi*: the
    sentence's end; *ments*: its mentions; *rels*: its rule relations (type, source,
    target)."""
    if a.etype != "Person" or b.etype != "Person":
        return False
    first, second = (a, b) if a.lo < b.lo else (b, a)
    if second.lo <= first.hi:
        return False
    guests = _partners(first.eid, rels) - {second.eid}
    if not guests:
        return False
    named_after = {m.eid for m in ments if m.lo > first.lo}
    if guests <= named_after:
        return False  # (the first is the guest: "G was received by A, then by B")
    for k in range(first.hi, second.lo):
        t = toks[k]
        if t.punct:
            continue
        if (not _AR_NEXT.isdisjoint(forms(t))) if t.ar else t.key in _EN_NEXT:
            # (not when one joins or attends there: "then met Y, where Z joined the talks")
            return not any(tok_info(toks[y])[1] & ATTEND_BIT for y in range(k + 1, hi))
    return False
