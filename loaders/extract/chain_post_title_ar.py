"""Arabic lists whose members carry their office after the name, each closed by a comma
(session 68, blind68d).

Agency copy names guests name first and office after, one per comma: «التقى X حامد كرزاي الرئيس
الأفغاني السابق، وعبدالله عبدالله رئيس المجلس الأعلى للمصالحة الوطنية»، «استقبل X علي لاريجاني أمين
المجلس الأعلى للأمن القومي، ووزير الخارجية عباس عراقجي»، «... فخامة السيد A الرئيس السابق، وسعادة
الدكتور B». The office between the first member and the comma belongs to him, so the و after
the comma opens the next member of the same list. :func:`post_title_gap_ar` tells such a gap
(the words between one member and the next, the titles' country or body mentions left out).

Not read: a gap with a verb or any word that does not open an office («X الذي زار ...، وY»), a
gap longer than an office (``_MAX_TITLE``), a comma not followed by و on the next member
(«X رئيس الوزراء، Y»: an apposition, not a list).
"""

from __future__ import annotations

from typing import Any

from loaders.extract import lexicon as L

_COMMAS = frozenset({"،", ","})
_MAX_TITLE = 9  # words of an office after a name: «رئيس المجلس الأعلى للمصالحة الوطنية في ...»


def post_title_gap_ar(gap: list[Any], waw_next: bool, styles: frozenset[str]) -> bool:
    """Is *gap* (tokens between two people of an Arabic list) "<office of the first>،" with
    the next member opened by و (*waw_next*, or an honorific of address with و in *styles*
    right after the comma: «، وسعادة الدكتور B», or his own office opened by و: «، ووزير الخارجية B»)?"""
    if len(gap) < 2 or not gap[0].ar or gap[0].key not in L.AR_TITLE_FIRST:
        return False
    comma = next((i for i, t in enumerate(gap) if t.text in _COMMAS), -1)
    if comma < 1 or comma > _MAX_TITLE:
        return False
    if any(t.punct for t in gap[:comma]):
        return False
    rest = gap[comma + 1:]
    if not rest:
        return waw_next
    if len(rest) == 1 and rest[0].ar and rest[0].key in styles:
        return True
    # the next member's own office, opened by و: «، ووزير الخارجية B»
    return rest[0].ar and rest[0].key[:1] == "و" and rest[0].key[1:] in L.AR_TITLE_FIRST and \
        len(rest) <= _MAX_TITLE and not any(t.punct for t in rest)
