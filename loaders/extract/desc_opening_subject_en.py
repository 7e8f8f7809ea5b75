"""English: a description of a kind of person opening its sentence is the previous sentence's
subject (session 64, desc64).

"UN envoy Staffan de Mistura wrapped up his tour in Nouakchott, where he was received by
Mauritanian Foreign Minister X. The veteran Swedish-Italian diplomat, who took up the post in
November, began the tour in Rabat, where he held talks with Y": "The ... diplomat" is de
Mistura, the one the writer was telling about, not X, the last diplomat named (an object); and
a description with nationalities or qualifiers between "The" and its head word ("The veteran
Swedish-Italian diplomat", "The seasoned Norwegian envoy") is one, as "the diplomat" is. Only
head words of a kind of person (``description_fit``: diplomat, envoy, general, negotiator ...;
not an office such as "the minister", whose holder the title tells), only when the previous
sentence's subject (``scorer_context.prev_subject``) is known to fit the word (the gazetteer's
titles or the article's) and is of no other country than a nationality the description names
("X hosted his Saudi counterpart Y. The Saudi general ...": not X) and beside no one titled there
with the very word ("General K ... met General Y. The general ...": either), and only at the
sentence's start, where the subject stands. It overrides the usual reading only when that one
gives nobody or someone named beside the subject in its sentence (the object there); the
article's general named earlier stays ("U.S. CENTCOM chief General K visited Israel. ... Israeli
chief of staff General H joined them later. The general also held talks with Y": K, session 57).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.extract import lexicon as L
from loaders.extract.description_fit import fits_title, head_word
from loaders.extract.pronoun_topic import prev_with_person
from loaders.extract.scorer_context import prev_subject

if TYPE_CHECKING:
    from loaders.extract.mentions import Doc
    from loaders.extract.tokens import Tok

_REACH = 7  # words between "The" and the head word ("The 75-year-old Swedish-Italian diplomat")
# words of seniority and age that qualify a kind of person besides ``lexicon.EN_QUALIFIERS``
_EN_SEASONED = frozenset({"seasoned", "experienced", "career", "respected", "year", "old",
                          "born"})


def opens_sentence_en(toks: list[Tok], lo: int, k: int) -> bool:
    """Does the English title word at *k* open the sentence starting at *lo*, after "The" and
    only qualifiers, nationalities, seniority, an age and hyphens ("The veteran Swedish-Italian
    diplomat", "The seasoned 75-year-old envoy")?"""
    if toks[lo].key != "the" or not lo < k <= lo + _REACH:
        return False
    return all(toks[x].key in L.EN_QUALIFIERS or toks[x].key in L.NATIONALITY or
               toks[x].key in _EN_SEASONED or toks[x].text == "-" or toks[x].text.isdigit()
               for x in range(lo + 1, k))


def opening_subject_en(doc: Doc, si: int, lo: int, k: int) -> str | None:
    """The previous sentence's subject for the description of a kind of person opening the
    sentence at *lo* with its head word at *k* (module doc); None when the word names an office
    or that subject is not known to fit it."""
    if not opens_sentence_en(doc.toks, lo, k):
        return None
    head = head_word(doc, k, k + 1)
    if head is None:
        return None
    subj = prev_subject(doc, si, set(), skip_possessors=True)
    if subj is None or not fits_title(doc, subj, head, known=True):
        return None
    country = doc.country_of(subj)
    nats = {L.NATIONALITY[doc.toks[x].key] for x in range(lo + 1, k)
            if doc.toks[x].key in L.NATIONALITY}
    if nats and country is not None and country not in nats:
        return None  # "X hosted his Saudi counterpart Y. The Saudi general ...": not X
    word = doc.toks[k].key
    if any(m.etype == "Person" and m.eid != subj and 0 <= m.tlo < m.lo and
           any(doc.toks[x].key == word for x in range(m.tlo, m.lo))
           for m in doc.by_sent.get(prev_with_person(doc, si), ())):
        return None  # "General K ... met General Y. The general ...": either (session 57)
    return subj


def yields_to_subject(doc: Doc, si: int, found: str) -> bool:
    """Does *found*, the person the usual reading gives the description of sentence *si*, give
    way to the previous sentence's subject: named (not as a reference) in that sentence?"""
    sj = prev_with_person(doc, si)
    return sj >= 0 and any(m.eid == found and m.kind == "name" for m in doc.by_sent.get(sj, ()))
