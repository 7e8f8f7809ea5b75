"""Arabic: a known person named in full with the father's name in the middle, read apart by
the earlier steps: «إسماعيل عبد السلام هنية» (a new "Ismail Abdul Salam" + Haniyeh), «حسن عبد
الكريم نصر الله», «عبد الملك بدر الدين الحوثي» (Badreddin read as Mustafa Badreddine), «عمار
عبد العزيز الحكيم» (the father Abdul Aziz al-Hakim). When the given name(s) at the start and the
family name(s) at the end are, without the middle, exactly a gazetteer person's name, the whole
span is that one person (``middle_name_people_ar``, a step of ``find_mentions``)."""

from __future__ import annotations

from operator import attrgetter
from typing import TYPE_CHECKING

from loaders.extract.arabic_name_span import _AR_KUNYA_HEADS
from loaders.extract.arabic_name_words import _ar_name_word
from loaders.extract.mention_base import Mention, make_mention
from loaders.textnorm import core_tokens

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

_LO = attrgetter("lo")


def _known_without_middle(doc: Doc, lo: int, hi: int) -> str | None:
    """The one gazetteer person whose name is ``toks[lo:hi]`` without one to three middle
    tokens (one or two given-name tokens kept at the start, one or two family tokens at the
    end), else None."""
    toks = doc.toks
    text = doc.text
    found = None
    for g in (1, 2):
        for f in (1, 2):
            if not 1 <= hi - f - (lo + g) <= 3:
                continue
            key = (*core_tokens(text[toks[lo].start:toks[lo + g - 1].end]),
                   *core_tokens(text[toks[hi - f].start:toks[hi - 1].end]))
            ids = {h[0] for h in doc.gaz.exact.get(key) or ()
                   if doc.etype(h[0]) == "Person"}
            if len(ids) > 1 or (ids and found is not None and found not in ids):
                return None
            if ids:
                found = next(iter(ids))
    return found


def middle_name_people_ar(doc: Doc, si: int, covered: dict[int, Mention],
                          out: list[Mention]) -> None:
    """Join a person's name read as two (or one with the given name left out) when its
    ends make a known person's name: see the module docstring."""
    toks = doc.toks
    s = doc.sents[si]
    people = sorted([m for m in out if m.etype == "Person" and m.kind == "name"], key=_LO)
    # (until a join removes mentions, every one of *people* is still in *out*: the
    # membership tests, each an equality test per mention, are needed only after one)
    joined = False
    for b in people:
        if b.prefix or joined and b not in out:
            continue
        a = None
        for m in people:  # (a loop: no generator per person)
            if m.hi == b.lo and (not joined or m in out):
                a = m
                break
        if a is not None and (a.prefix or a.eid in doc.gaz.entries or
                              toks[a.lo].key in _AR_KUNYA_HEADS):
            continue  # two people: "بإسماعيل ..."، "أبو تقوى وأبو باقر الساعدي"، "يخلف علي
            # أكبر أحمديان شمخانيَ" (a known person before; a kunya has no father's name)
        if a is None:
            lo = b.lo - 1  # «عمار عبد العزيز الحكيم»: the given name left uncovered
            if lo < s.lo or lo in covered or not toks[lo].ar or toks[lo].key.startswith(
                    ("ال", "و")) or not _ar_name_word(doc, toks[lo], True) or \
                    not doc.gaz.is_given_name(toks[lo].key):
                continue
        else:
            lo = a.lo
        ends = [b.hi]
        if b.hi < s.hi and b.hi not in covered and toks[b.hi].ar and \
                toks[b.hi].key.startswith("ال") and _ar_name_word(doc, toks[b.hi], False):
            ends.insert(0, b.hi + 1)  # «... بدر الدين الحوثي»: the family name after
        for hi in ends:
            pid = _known_without_middle(doc, lo, hi)
            if pid is None or (a is not None and a.eid == pid):
                continue  # (not "قيس هادي الخزعلي ليث الخزعلي": the first is whole already)
            me = make_mention(doc, si, lo, hi, pid)
            for old in (a, b):
                if old is not None:
                    out.remove(old)
            out.append(me)
            joined = True
            for k in range(lo, hi):
                covered[k] = me
            break
