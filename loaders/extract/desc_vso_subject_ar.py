"""An Arabic title with a nationality right after a meeting verb, then a known person of another
country: the title is the verb's subject (a description of someone named elsewhere), the person
its object (session 63, pool63).

"واستقبل رئيس الوزراء القطري الحيّة ووفد الحركة"، "التقى وزير الخارجية السوري وزير ..."
"ورافق ولي العهد السعودي الشرعَ": the phrase "title + nationality" runs on to the name after
it, and was read as that man's own title ("the Qatari prime minister Khalil al-Hayya"), so the
meeting lost its subject (the dropped subject of the sentences before took its place). A title
of one nationality is no title of a known man of another: the title is then a description,
resolved like any other (the Qatari premier named before), and the name the object. Only right
after a meeting verb of the VSO order (``title_holder_checks.vso_meeting_verb_ar``), only when the
name's country is known and differs from the title's (not "استقبل الرئيس السوري أحمد الشرع"),
and (``title_holders``) only when the description finds a holder named before: with none, "استقبل
وزير الخارجية التشيلي بومبيو" is a Chilean namesake (``given_alike``), not Mike Pompeo.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract.title_holder_checks import vso_meeting_verb_ar

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc


def _meeting_verb_before(doc: Doc, k: int, lo: int) -> bool:
    """Is the word right before *k* a VSO meeting verb ("استقبل", "والتقى", "ورافق")?"""
    if k - 1 < lo:
        return False
    t = doc.toks[k - 1]
    if t.punct or not t.ar:
        return False
    return vso_meeting_verb_ar(t)


def title_is_vso_subject_ar(doc: Doc, k: int, lo: int, eid: str,
                            role_nat: str | None) -> bool:
    """Is the Arabic title at *k* (of nationality *role_nat*), right after a meeting verb,
    the verb's subject rather than the title of the known person *eid* named after it (a man
    of another country)?"""
    return doc.toks[k].ar and _meeting_verb_before(doc, k, lo) and \
        other_nationals_title(doc, role_nat, eid)


def other_nationals_title(doc: Doc, role_nat: str | None, eid: str) -> bool:
    """Is a description of nationality *role_nat* no title of the known person *eid* named
    right after it (his known country another)? ``meetings_ar._person_after`` then keeps the
    description as the verb's subject."""
    if role_nat is None:
        return False
    own = doc.country_of(eid)
    return own is not None and own != role_nat
