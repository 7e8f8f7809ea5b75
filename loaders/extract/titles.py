"""Title cues in both languages (الرئيس، رئيس الوزراء، الجنرال، قائد، زعيم؛ President, Prime
Minister, General, commander, leader, head, deputy ...), step 2 of ``find_mentions``: the scan
``_titles``, with the cues that are no title here (a body's or a place's name, an adjective, a
given name). Where a title phrase starts and ends is ``title_phrase`` (``_title_at``), its
modifiers before and after ``title_modifiers``, the name or description after it
``title_holders``, the Arabic phrase extents ``title_extent_ar`` and the tests on the holder
``title_holder_checks``."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from loaders.extract import given_names as GN
from loaders.extract import lexicon as L
from loaders.extract.arabic_names import _ar_given_first
from loaders.extract.mention_base import (
    _B_TITLE,
    Mention,
    _positions,
    _Work,
)
from loaders.extract.title_extent_ar import _AR_NAMED_PLACES
from loaders.extract.title_holder_checks import (
    _imperfect_verb,
    _org_word_first_name,
)
from loaders.extract.title_holders import _title_holder
from loaders.extract.title_modifiers import (
    _IQLIM,
    _POSTED_TITLES,
    _title_modifiers,
)
from loaders.extract.title_phrase import (
    _may_title,
    _title_at,
)

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc

__all__ = [  # the names other modules import from here
    "_imperfect_verb",
    "_IQLIM",
    "_may_title",
    "_org_word_first_name",
    "_POSTED_TITLES",
    "_title_at",
    "_titles",
]


def _name_follows_ar(doc: Doc, covered: dict[int, Mention], j: int, hi: int) -> bool:
    """Arabic: token *j* goes on a person's name after a first name ("بن", a usual given
    name, a known name word or a family-name shape; no place, body or definite noun)."""
    if j >= hi or j in covered:
        return False
    t = doc.toks[j]
    if not t.ar or t.punct or t.key.startswith("ال"):
        return False
    return t.key in ("بن", "ابن") or t.key in GN.ALL or t.key in doc.gaz.ar_latin or \
        GN.family_name_shape(t.key)


# title words without the article that are also given names (session 13)
_AR_GIVEN_TITLES = L._ar("أمير", "سلطان")


def _titles(w: _Work) -> None:
    """Title cues ("الرئيس", "رئيس الوزراء", "قائد فيلق القدس"; "President", "Prime
    Minister", "Quds Force commander") with the nationality or body around them, then: a known
    name gets the role; an unknown name after it becomes a new entity ("وزير الخارجية العراقي
    فؤاد حسين", "Iraqi Foreign Minister Fuad Hussein"); without a name, the title is a
    description resolved to the person holding that role ("المسؤول العسكري الإيراني البارز",
    "the Quds Force commander") or left for cataphora."""
    doc, si, s, toks, covered, out = w.doc, w.si, w.s, w.toks, w.covered, w.out
    starts = _positions(doc, s.lo, s.hi, _B_TITLE)
    start_set = set(starts)
    k = starts[0] if starts else s.hi
    while k < s.hi:
        if k not in start_set:
            nxt = bisect.bisect_right(starts, k)
            k = starts[nxt] if nxt < len(starts) else s.hi
            continue
        if k in covered:  # (a name that starts with its title is handled as a name)
            k += 1
            continue
        tt = _title_at(doc, k, s.hi)
        if tt is None:
            k += 1
            continue
        tend, role, phrase = tt
        if not toks[k].ar and toks[k].cap and role == "plain" and tend in covered and \
                covered[tend].lo == tend and covered[tend].etype == "Organization":
            k = tend  # "the (U.N.) General Assembly": a body's name, no general (session 16)
            continue
        if toks[k].ar and k > s.lo and not toks[k - 1].punct and \
                any(st in _AR_NAMED_PLACES and not toks[k - 1].key[:-len(st)].endswith("ال")
                    for _o, st in toks[k - 1].stems):
            k = tend  # "مطار الملك خالد الدولي", "جامعة الإمام الصادق": a place named after
            continue  # someone, no person of the piece
        if toks[k].ar and k > s.lo and toks[k].stems and \
                toks[k].stems[-1][1] in _AR_PRESS_ADJ and \
                any(st in _AR_EVENT_NOUNS for _o, st in toks[k - 1].stems):
            k += 1  # "مؤتمر صحفي مشترك", "في المؤتمر الصحفي": an adjective, no journalist
            continue
        if toks[k].ar and toks[k].key in _AR_TEAM and _team_not_rank(doc, covered, k, s.hi):
            k += 1  # "فريق سعودي", "وفريق أممي": a team, no lieutenant general (session 16)
            continue
        if toks[k].ar and k > s.lo and toks[k].key in L.AR_ABD_TITLES and \
                any(st == "عبد" for _o, st in toks[k - 1].stems):
            k += 1  # "عبد الأمير جاسم", "عبد الملك X": a given name, no prince or king
            continue
        if toks[k].ar and tend == k + 1 and toks[k].key == "شيخ" and k > s.lo and \
                (k - 1) not in covered and _ar_given_first(doc, toks[k - 1]) is not None and \
                _name_follows_ar(doc, covered, k + 1, s.hi):
            k += 1  # "حسن شيخ محمود": شيخ inside a (Somali) name, no title
            continue
        if toks[k].ar and tend == k + 1 and toks[k].key in _AR_GIVEN_TITLES and \
                _name_follows_ar(doc, covered, k + 1, s.hi):
            k += 1  # "أمير موسوي", "سلطان بن سلمان": a first name, no emir or sultan
            continue
        if tend - k > 1:
            # "رئيس البرلمان العراقي": a named body inside the phrase ends the title there
            cut = next((x for x in range(k + 1, tend) if x in covered and covered[x].lo == x
                        and covered[x].etype in ("Organization", "Country")), None)
            short = _title_at(doc, k, cut) if cut is not None else None
            if short is not None:
                tend, role, phrase = short
        if toks[k].ar and k > s.lo and toks[k - 1].key in _AR_AIDES and role != "plain":
            role = "plain"  # "مساعد رئيس السلطة القضائية ... X": his aide, not the head
        appositive, vso_obj, b, j, role, role_org, role_nat, qual, in_title, of_the, mp = \
            _title_modifiers(doc, si, s, toks, covered, out, k, tend, role, phrase)
        k = _title_holder(w, k, tend, j, b, role, phrase, role_org, role_nat, qual, in_title,
                          appositive, vso_obj, of_the, mp)


_AR_TEAM = frozenset(("فريق", "وفريق", "لفريق", "بفريق", "ففريق"))
# "صحفي" / "صحافي" after an event noun is its adjective (press conference, press statement)
_AR_PRESS_ADJ = L._ar("صحفي", "صحافي", "الصحفي", "الصحافي")
_AR_EVENT_NOUNS = L._ar("مؤتمر", "المؤتمر", "بيان", "البيان", "تصريح", "التصريح", "لقاء",
                        "اللقاء", "مؤتمرا", "مقابله", "المقابله", "حديث", "الحديث")


def _team_not_rank(doc: Doc, covered: dict[int, Mention], k: int, hi: int) -> bool:
    """Is the Arabic token at *k* an indefinite "فريق" (also after و / ل / ب) followed by an
    indefinite adjective ("فريق سعودي", "وفريق أممي", "فريق فني"): a team, not the rank?"""
    if doc.toks[k].key not in _AR_TEAM or k + 1 >= hi or (k + 1) in covered:
        return False
    nx = doc.toks[k + 1]
    return nx.ar and not nx.key.startswith("ال") and nx.key.endswith(("ي", "يه", "ية"))


# an aide of the office holder named after the title ("مساعد رئيس مكتب الرئيس X")
_AR_AIDES = frozenset(L.fold_ar(w) for w in (
    "مساعد", "مساعدة", "معاون", "معاونة", "سكرتير", "سكرتيرة"))
