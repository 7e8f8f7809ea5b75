"""Arabic: the members of a list of people, each followed by his country in brackets.

"استقبل لافروف نظراءه عبد الله ديوب (مالي) وبكاري ياو سانغاري (النيجر) وكاراموكو جان ماري تراوري
(بوركينا فاسو)": the first member has a title before him, the next ones only و, and names the
other steps do not know ("بكاري ياو") or read without their first word ("جان ماري تراوري").
``paren_country_members`` (a step of ``mentions.find_mentions``, only in Arabic sentences with a
bracket after a person) reads each "و + one to four words + (Country)" after "X (Country)" as
a person, taking in a shorter person found inside it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.mention_base import Mention, _resolve_name, make_mention

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

_MAX_WORDS = 4


def _country_in_brackets(doc: Doc, p: int, hi: int, covered: dict[int, Mention]) -> int:
    """End (after ")") of "(Country)" opening at token *p*, else -1."""
    toks = doc.toks
    if p + 2 >= hi or toks[p].text != "(":
        return -1
    c = covered.get(p + 1)
    if c is not None:
        return c.hi + 1 if c.etype == "Country" and c.hi < hi and toks[c.hi].text == ")" else -1
    q = next((x for x in range(p + 2, min(p + 4, hi)) if toks[x].text == ")"), None)
    if q is None:
        return -1
    # a country the other steps leave alone in brackets ("(مالي)": also "financial")
    hits = doc.gaz.exact.get(tuple(toks[x].key for x in range(p + 1, q))) or ()
    return q + 1 if any(doc.etype(h[0]) == "Country" for h in hits) else -1


def paren_country_members(doc: Doc, si: int, covered: dict[int, Mention],
                          out: list[Mention]) -> None:
    """See the module docstring."""
    toks = doc.toks
    hi = doc.sents[si].hi
    for m in sorted((m for m in out if m.etype == "Person" and m.kind == "name"),
                    key=lambda m: m.lo):
        end = _country_in_brackets(doc, m.hi, hi, covered)
        while end > 0 and end < hi and toks[end].ar and toks[end].key.startswith("و") and \
                len(toks[end].key) > 2 and (end not in covered or covered[end].etype == "Person"):
            b = end
            p = b + 1
            while p < hi and p - b < _MAX_WORDS and toks[p].ar and not toks[p].punct:
                p += 1
            nxt = _country_in_brackets(doc, p, hi, covered)
            inside = list({id(covered[x]): covered[x] for x in range(b, p)
                           if x in covered}.values())
            if nxt < 0 or any(o.etype != "Person" for o in inside) or any(
                    toks[x].key in L.AR_STOP or toks[x].key in L.AR_COMMON_VERBS
                    for x in range(b + 1, p)):
                break
            for o in inside:
                if o in out:
                    out.remove(o)
            surface = doc.text[toks[b].start + 1:toks[p - 1].end]
            me = make_mention(doc, si, b, p, _resolve_name(doc, surface, "Person"), off=1,
                          prefix="و")
            out.append(me)
            for x in range(b, p):
                covered[x] = me
            end = nxt
