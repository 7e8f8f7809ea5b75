"""The people an Arabic usual given name starts, without a title ("التقى عباس عراقجي
..."; ``_ar_given_name_people``; not before a two-word title, "وولي العهد"), and a family name
shared by two people named together
(``_ar_shared_family``); steps of ``find_mentions`` (imported from ``arabic_names``)."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from loaders.extract import given_names as GN
from loaders.extract import lexicon as L
from loaders.extract.arabic_given_names import (
    _AR_COMPOUND_FIRST,
    _AR_KUNYA_WORDS,
    _AR_NOT_BEFORE_GIVEN,
    _ar_coordinated_first,
    _ar_given_first,
    _ar_given_name_span,
    _ar_person_before,
)
from loaders.extract.arabic_name_span import _SHEIKH
from loaders.extract.arabic_name_words import _ar_name_word
from loaders.extract.mention_base import (
    _B_AR_GIVEN,
    Mention,
    _positions_in,
    _resolve_name,
    make_mention,
)
from loaders.textnorm import strip_article_ar

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc


# kin nouns that take a possessive pronoun ("وابنته الصغيرة", "وزوجته الثانية", "وشقيقها
# الأكبر"): with the pronoun, never a first name
_AR_KIN_STEMS = frozenset(L.fold_ar(w) for w in (
    "ابن", "ابنت", "بنت", "نجل", "نجلت", "زوج", "زوجت", "شقيق", "شقيقت", "اخ", "اخت", "والد",
    "والدت", "حفيد", "حفيدت", "صهر", "عم", "عمت", "خال", "خالت"))
_AR_HIS = ("هما", "هم", "ها", "ه")


def kin_with_pronoun_ar(stem: str) -> bool:
    """Is the folded word a kin noun with a possessive pronoun ("ابنته", "شقيقها")?"""
    return any(stem.endswith(p) and stem[: -len(p)] in _AR_KIN_STEMS for p in _AR_HIS)


def _two_word_title(doc: Doc, k: int) -> bool:
    """Do the و-word at *k* (without its و) and the next word make a title of two words
    ("X وولي العهد السعودي Y": the crown prince, not a man called Wali al-Ahd)?"""
    toks = doc.toks
    return k + 1 < len(toks) and f"{toks[k].key[1:]} {toks[k + 1].key}" in L.AR_TITLES


def _ar_given_name_people(doc: Doc, si: int, covered: dict[int, Mention],
                          out: list[Mention]) -> None:
    """Arabic: an unknown person named without a title, e.g. as subject or object of a
    verb ("التقى عباس عراقجي ..."، "وخلف نعيم قاسم ..."): two or three name words starting
    with a usual given name (given_names.yaml). A given name that is also an ordinary word
    (سعيد، صالح، علي) counts only before a known name word or a family-name shape."""
    toks = doc.toks
    s = doc.sents[si]
    known = doc.gaz.ar_latin
    # candidates: words with a given name (the pass bit), and words right after a person
    # (a name joined by و); a person found here adds its end
    pos = sorted({*_positions_in(doc, s.lo, s.hi - 1, _B_AR_GIVEN),
                  *[m.hi for m in out if m.etype == "Person" and m.hi < s.hi - 1]})
    i, done = 0, s.lo
    while i < len(pos):
        k = pos[i]
        i += 1
        if k < done:
            continue
        t = toks[k]
        coordinated = k not in covered and t.key.startswith("و") and \
            t.key not in L.AR_TITLES and t.key not in L.AR_COMMON_NOUNS and \
            t.key not in L.AR_HONORIFIC_WORDS and not _two_word_title(doc, k) and \
            _ar_person_before(covered, k)  # (not "X وزير ...": a title, not "and Zir")
        first = _ar_given_first(doc, t) if t.ar and not t.punct and k not in covered else None
        if coordinated:
            first = first or _ar_coordinated_first(doc, t)
        if first is None or (k > s.lo and (toks[k - 1].key in _AR_NOT_BEFORE_GIVEN or
                                           any(st in _AR_NOT_BEFORE_GIVEN
                                               for _o, st in toks[k - 1].stems))):
            continue
        off, stem = first
        if coordinated and kin_with_pronoun_ar(stem):
            continue  # "قُتل X وابنته الصغيرة": his daughter, no name
        j = _ar_given_name_span(doc, k, s.hi, covered, definite_ok=coordinated)
        if j - k < 2:
            continue
        second = toks[k + 1]
        second_key = strip_article_ar(second.key)
        if coordinated and not second.key.startswith("ال") and \
                not GN.family_name_shape(second_key) and second.key not in known:
            continue  # "X Y وZ W": W must look like a family name
        if not coordinated and stem not in _AR_COMPOUND_FIRST and \
                (stem not in GN.STRONG or stem == "علي"):
            if not (second.key in known or second_key in known or second.key in GN.ALL or
                    GN.family_name_shape(second_key) or (second.key in ("بن", "ال") and
                                                         j - k >= 3) or  # "تركي آل الشيخ"
                    (j - k == 3 and GN.family_name_shape(strip_article_ar(toks[j - 1].key))) or
                    # "حسن شيخ محمود": شيخ inside a Somali name, before a usual name
                    (j - k == 3 and second.key == _SHEIKH and toks[k + 2].key in GN.ALL)):
                continue
        surface = doc.text[t.start + off:toks[j - 1].end]
        if stem in _AR_KUNYA_WORDS:
            surface = "أبو" + surface[surface.find(" "):]  # أبا / أبي فدك: Abu Fadak
        eid = _resolve_name(doc, surface, "Person")
        me = make_mention(doc, si, k, j, eid, off=off, prefix=t.key[:len(t.key) - len(stem)])
        out.append(me)
        for x in range(k, j):
            covered[x] = me
        done = j
        if j < s.hi - 1 and j not in pos[i:]:
            bisect.insort(pos, j, lo=i)


def _ar_shared_family(doc: Doc, si: int, covered: dict[int, Mention],
                      out: list[Mention]) -> None:
    """Arabic: three or more usual given names joined by و before one family name share it
    ("قتل حازم وأمير ومحمد هنية": Hazem, Amir and Mohammed Haniyeh; session 14). Each
    given name is a person of its own with that family name."""
    toks = doc.toks
    s = doc.sents[si]
    for k in _positions_in(doc, s.lo, s.hi - 3, _B_AR_GIVEN):
        if k in covered or (k > s.lo and toks[k - 1].key.startswith("و") and
                            _ar_given_first(doc, toks[k - 1]) is not None):
            continue
        first = _ar_given_first(doc, toks[k])
        if first is None or first[0]:
            continue  # (the first name has no proclitic)
        names = [(k, 0)]
        j = k + 1
        while j < s.hi and j not in covered and toks[j].key.startswith("و"):
            g = _ar_given_first(doc, toks[j])
            if g is None or g[0] != 1 or g[1] in _AR_COMPOUND_FIRST:
                break
            names.append((j, 1))
            j += 1
        if len(names) < 3 or j >= s.hi:
            continue
        bare = covered.get(j)  # the family name alone, linked to a known bearer
        if bare is not None and not (bare.etype == "Person" and bare.lo == j and
                                     bare.hi == j + 1):
            continue
        fam = toks[j]
        if fam.key.startswith("و") or fam.key in GN.ALL or \
                (bare is None and not _ar_name_word(doc, fam, False)):
            continue
        if bare is not None:
            out.remove(bare)
            del covered[j]
        for x, off in names:
            t = toks[x]
            last = x == names[-1][0]
            surface = t.text[off:] + " " + fam.text
            eid = _resolve_name(doc, surface, "Person")
            hi = j + 1 if last else x + 1
            me = make_mention(doc, si, x, hi, eid, off=off, prefix=t.key[:off])
            out.append(me)
            for y in range(x, hi):
                covered[y] = me
